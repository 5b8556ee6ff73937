"""Each page type says what its text contributes to which ranking field; the weights table is the one
the models' search_fields boosts use too."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, get_page_models
from wagtail.search import index

from core.search_weights import WEIGHTS
from search.documents import DocumentStore, page_pieces
from tests.factories import (
    AppointmentPageFactory,
    BodyAreaFactory,
    ConditionFactory,
    ContentPageFactory,
    HomePageFactory,
    TreatmentIndexPageFactory,
    TreatmentPageFactory,
)

# The ranking field each indexed model field's text goes to (search_document_fields() of its page type).
RANKING_FIELD = {
    "also_known_as": "also_known_as",
    "condition_names": "conditions",
    "body_area_names": "body_areas",
    "summary": "summary",
    "body": "body",
    "intro": "body",
    "hero_text": "body",
}
PROJECT_PAGE_TYPES = [
    model for model in get_page_models() if model._meta.app_label in ("home", "treatments", "appointments")
]


def own_search_fields(model):
    """(model field, boost) of the search fields a page type adds to Wagtail's own."""
    for field in model.search_fields:
        if field in Page.search_fields:
            continue
        if isinstance(field, index.RelatedFields):
            yield from (
                (field.field_name, child.boost) for child in field.fields if isinstance(child, index.SearchField)
            )
        elif type(field) is index.SearchField:
            yield field.field_name, field.boost


@pytest.mark.parametrize("model", PROJECT_PAGE_TYPES, ids=lambda model: model.__name__)
def test_search_field_boosts_are_the_ranking_weights(model):
    for name, boost in own_search_fields(model):
        assert name in RANKING_FIELD, f"{model.__name__}.{name} is indexed but feeds no ranking field"
        assert boost == WEIGHTS[RANKING_FIELD[name]], (model.__name__, name, boost)


@pytest.mark.parametrize("model", PROJECT_PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_describes_itself_to_search(model):
    assert callable(getattr(model, "search_document_fields", None)), model.__name__


@pytest.fixture
def site(db):
    root = Page.get_first_root_node()
    for child in root.get_children():  # Wagtail's placeholder page
        child.delete()
    home = HomePageFactory(parent=root, hero_text="<p>Gentle care for sore joints.</p>")
    index_page = TreatmentIndexPageFactory(parent=home, intro="<p>Everything we offer for wobbly knees.</p>")
    return home, index_page


def test_each_page_type_puts_its_text_in_its_fields(site):
    home, index_page = site
    about = ContentPageFactory(parent=home, summary="Who we are.")
    appointments = AppointmentPageFactory(parent=home, intro="<p>We call back within a day.</p>")
    treatment = TreatmentPageFactory(parent=index_page, title="Dry needling", also_known_as="IMS, trigger point")
    treatment.conditions.add(ConditionFactory(name="Tennis elbow"))
    treatment.body_areas.add(BodyAreaFactory(name="Elbow"))
    treatment.save()

    assert page_pieces(home.specific)["body"] == ["Gentle care for sore joints."]
    assert page_pieces(index_page.specific)["body"] == ["Everything we offer for wobbly knees."]
    assert page_pieces(about.specific)["summary"] == ["Who we are."]
    assert "Physiotherapists and chiropractors." in page_pieces(about.specific)["body"]
    assert page_pieces(appointments.specific)["body"] == ["We call back within a day."]
    pieces = page_pieces(TreatmentPageFactory._meta.model.objects.get(pk=treatment.pk))
    assert pieces["title"] == ["Dry needling"]
    assert pieces["also_known_as"] == ["IMS, trigger point"]
    assert pieces["conditions"] == ["Tennis elbow"]
    assert pieces["body_areas"] == ["Elbow"]
    assert pieces["overview"] == ["Overview", "An overview of dry needling for patients."]
    assert "Mild soreness can follow a session." in " ".join(pieces["body"])


def test_only_treatments_are_primary_results(site):
    home, index_page = site
    treatment = TreatmentPageFactory(parent=index_page)
    store = DocumentStore()
    docs = store.get_for_keys([store.key(page) for page in (home, index_page, treatment)])
    assert {page_id for page_id, doc in docs.items() if doc.is_primary} == {treatment.pk}


def test_documents_are_read_in_a_fixed_number_of_queries(site):
    """No query per page: conditions and body areas of many treatments come in one query each."""
    _home, index_page = site
    condition, area = ConditionFactory(), BodyAreaFactory()

    def queries_for(count):
        pages = []
        for _ in range(count):
            page = TreatmentPageFactory(parent=index_page)
            page.conditions.add(condition)
            page.body_areas.add(area)
            page.save()
            pages.append(page)
        store = DocumentStore()
        with CaptureQueriesContext(connection) as captured:
            docs = store.get_for_keys([store.key(page) for page in pages])
        assert all(doc.weights for doc in docs.values()) and len(docs) == count
        return len(captured)

    assert queries_for(2) == queries_for(8)
