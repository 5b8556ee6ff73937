"""What every page type shares comes from core.pages, once, not from a copy in each page type."""

import pytest
from wagtail.models import get_page_models

from appointments.models import AppointmentPage
from core.pages import BasePage, SectionsMixin, SummaryMixin
from home.models import ContentPage, HomePage
from treatments.models import TreatmentIndexPage, TreatmentPage

PROJECT_PAGE_TYPES = [m for m in get_page_models() if m._meta.app_label in ("home", "treatments", "appointments")]
SHARED = ("search_summary", "sections", "contents")


@pytest.mark.parametrize("model", PROJECT_PAGE_TYPES, ids=lambda model: model.__name__)
def test_no_page_type_carries_its_own_copy_of_what_pages_share(model):
    assert issubclass(model, SummaryMixin)
    assert not [name for name in SHARED if name in vars(model)], model.__name__


def test_the_base_page_is_abstract_so_no_table_changes():
    assert BasePage._meta.abstract
    assert all(issubclass(model, BasePage) for model in (HomePage, ContentPage, TreatmentIndexPage, TreatmentPage))
    # A form page is never served from the page cache: it takes the summary only.
    assert not issubclass(AppointmentPage, BasePage)


@pytest.mark.parametrize(
    ("model", "fields", "summary"),
    [
        (HomePage, dict(hero_text="<p>Move&nbsp;better,</p><p>hurt less.</p>"), "Move better, hurt less."),
        (HomePage, dict(hero_text="<p>Hero</p>", search_description="Tuned."), "Tuned."),
        (TreatmentIndexPage, dict(intro="<p>All our <b>treatments</b>.</p>"), "All our treatments."),
        (TreatmentPage, dict(summary="Needles <3 cm.", search_description="Tuned."), "Needles <3 cm."),
        (TreatmentPage, dict(summary="", search_description="Tuned."), "Tuned."),
        (ContentPage, dict(summary="", search_description="About us."), "About us."),
        (AppointmentPage, dict(intro="<p>We reply in a day.</p>", search_description="Tuned."), "We reply in a day."),
        (AppointmentPage, dict(intro="", search_description=""), ""),
    ],
)
def test_summary_is_the_first_non_empty_source_and_rich_text_reads_as_plain_text(db, model, fields, summary):
    assert model(**fields).search_summary == summary


def test_sections_and_contents_come_from_the_stream(db):
    page = ContentPage(
        body=[
            ("section", {"heading": "Our team", "text": "<p>Who we are.</p>"}),
            ("section", {"heading": "Our team", "text": "<p>And more.</p>"}),
            ("quote", {"quote": "Great care.", "attribution": "A patient"}),
        ]
    )
    assert isinstance(page, SectionsMixin)
    assert [section.anchor for section in page.sections] == ["our-team", "our-team-2", ""]
    assert [section.heading for section in page.contents] == ["Our team", "Our team"]
