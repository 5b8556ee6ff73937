"""What keeps an editor from publishing something incomplete, and what helps them get it right."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, PanelGroup, get_edit_handler
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils import WagtailPageTestCase

from appointments.models import AppointmentPage
from core.blocks import ContentStreamBlock, FigureBlock
from core.models import ClinicSettings
from core.roles import MARKETING_EDITORS
from home.models import ContentPage, HomePage
from tests.admin_forms import treatment_form
from tests.conftest import core_body
from treatments.blocks import TreatmentStreamBlock
from treatments.models import TreatmentIndexPage, TreatmentPage

STREAM = TreatmentStreamBlock()


def messages_of(error):
    """Every message in a (nested) block validation error, flattened."""
    non_block = getattr(error, "non_block_errors", None)
    block_errors = getattr(error, "block_errors", None)
    if non_block is None and block_errors is None:
        return list(error.messages)
    found = [message for e in (non_block.as_data() if non_block else []) for message in e.messages]
    children = block_errors.values() if isinstance(block_errors, dict) else block_errors or []
    for child in children:
        if child is not None:
            found += messages_of(child)
    return found


def clean(body, deferred=False):
    value = STREAM.to_python([{"type": kind, "value": value} for kind, value in body])
    return STREAM.clean_deferred(value) if deferred else STREAM.clean(value)


def without(kind):
    return [(k, v) for k, v in core_body() if k != kind]


def with_section(kind, **changes):
    return [(k, {**v, **changes} if k == kind else v) for k, v in core_body()]


@pytest.mark.parametrize(
    ("missing", "expected"),
    [
        ("benefits", "Add the Benefits section: a treatment cannot be published without it."),
        ("safety", "Add the Safety and considerations section: a treatment cannot be published without it."),
        ("overview", "Add the Overview section"),
    ],
)
def test_a_missing_core_section_is_explained(missing, expected):
    with pytest.raises(StreamBlockValidationError) as caught:
        clean(without(missing))
    assert any(message.startswith(expected) for message in messages_of(caught.value))


def test_a_second_benefits_section_is_refused_with_a_reason():
    body = core_body() + [core_body()[2]]
    with pytest.raises(StreamBlockValidationError) as caught:
        clean(body)
    assert messages_of(caught.value) == ["A treatment page has only one Benefits section: merge the extra one into it."]


def test_benefits_need_at_least_one_item():
    with pytest.raises(StreamBlockValidationError) as caught:
        clean(with_section("benefits", items=[]))
    assert messages_of(caught.value) == ["Add at least one benefit: each needs a short label and a sentence."]


def test_safety_needs_at_least_one_consideration():
    with pytest.raises(StreamBlockValidationError) as caught:
        clean(with_section("safety", items=[]))
    (message,) = messages_of(caught.value)
    assert message.startswith("Add at least one consideration")


def test_each_benefit_needs_a_label_and_a_sentence():
    with pytest.raises(StreamBlockValidationError) as caught:
        clean(with_section("benefits", items=[{"label": "", "text": ""}]))
    assert sorted(messages_of(caught.value)) == [
        "Add a sentence that explains the label.",
        "Give this item a short label, e.g. “Pain relief”.",
    ]


def test_a_draft_may_be_incomplete():
    """Wagtail saves drafts with required parts missing; the rules apply when publishing or submitting."""
    body = [(k, v) for k, v in with_section("benefits", items=[{"label": "", "text": ""}]) if k != "safety"]
    assert clean(body, deferred=True)


def test_too_many_sections_is_refused_even_in_a_draft():
    with pytest.raises(StreamBlockValidationError):
        clean(core_body() + [core_body()[3]], deferred=True)


def test_the_editor_shows_the_message_when_publishing_without_benefits(admin_client, treatment_index):
    data = treatment_form()
    data["body-count"] = "3"
    for key in [k for k in data if k.startswith("body-2-")]:
        del data[key]
    # Renumber the safety block into the gap left by benefits.
    for key in [k for k in data if k.startswith("body-3-")]:
        data["body-2-" + key[len("body-3-") :]] = data.pop(key)
    response = admin_client.post(
        f"/admin/pages/add/treatments/treatmentpage/{treatment_index.pk}/", {**data, "action-publish": "publish"}
    )
    assert response.status_code == 200
    assert "Add the Benefits section: a treatment cannot be published without it." in response.content.decode()
    assert not TreatmentPage.objects.filter(slug="cupping-therapy").exists()


@pytest.fixture
def image(db):
    return get_image_model().objects.create(title="Treatment room", file=get_test_image_file())


def test_an_image_needs_alt_text_or_to_be_marked_decorative(image):
    block = FigureBlock()

    def figure(**image_value):
        return block.normalize({"image": {"image": image, **image_value}, "caption": ""})

    with pytest.raises(StructBlockValidationError) as caught:
        block.clean(figure(decorative=False, alt_text=""))
    assert "alt text" in " ".join(messages_of(caught.value))
    assert block.clean(figure(decorative=False, alt_text="A clinician presses on a patient's shoulder"))
    assert block.clean(figure(decorative=True, alt_text=""))


# --- Help text -------------------------------------------------------------------------------------------

PAGE_MODELS = [HomePage, ContentPage, TreatmentIndexPage, TreatmentPage, AppointmentPage]


def field_panels(panel):
    if isinstance(panel, FieldPanel):
        yield panel
    elif isinstance(panel, InlinePanel):
        yield panel
        yield from field_panels(panel.child_edit_handler)
    elif isinstance(panel, PanelGroup):
        for child in panel.children:
            yield from field_panels(child)


def panels_without_help(model):
    """Fields on the content tab without help. Wagtail's own page fields (the title) keep Wagtail's wording."""
    from wagtail.models import Page

    content_tab = get_edit_handler(model).children[0]
    missing = []
    for panel in field_panels(content_tab):
        if isinstance(panel, InlinePanel):
            if not panel.help_text:
                missing.append(panel.relation_name)
            continue
        name = panel.field_name
        if panel.model is model and name in {f.name for f in Page._meta.get_fields()}:
            continue
        field = panel.model._meta.get_field(name)
        if not (panel.help_text or field.help_text):
            missing.append(f"{panel.model.__name__}.{name}")
    return missing


@pytest.mark.parametrize("model", PAGE_MODELS, ids=lambda model: model.__name__)
def test_every_field_an_editor_fills_has_help_text(model):
    assert panels_without_help(model) == []


def block_help(block):
    return getattr(block.meta, "help_text", None) or getattr(getattr(block, "field", None), "help_text", None)


def blocks_without_help(block, path):
    if isinstance(block, ImageBlock):  # Wagtail's own alt text and "decorative" fields explain themselves
        return []
    missing = []
    if isinstance(block, blocks.ListBlock):
        return blocks_without_help(block.child_block, path + "[]")
    for name, child in getattr(block, "child_blocks", {}).items():
        if isinstance(block, blocks.StructBlock) and not block_help(child):
            missing.append(f"{path}.{name}")
        missing += blocks_without_help(child, f"{path}.{name}")
    return missing


@pytest.mark.parametrize(
    ("name", "stream"),
    [
        ("treatment", TreatmentStreamBlock()),
        ("content", ContentStreamBlock()),
        ("opening hours", ClinicSettings._meta.get_field("opening_hours").stream_block),
    ],
)
def test_every_block_field_has_help_text(name, stream):
    assert blocks_without_help(stream, name) == []


# --- Previews --------------------------------------------------------------------------------------------


class TreatmentPreviewTest(WagtailPageTestCase):
    def test_treatment_pages_preview_live_while_editing(self):
        from wagtail.models import Page

        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Home", slug="preview-home"))
        index = home.add_child(instance=TreatmentIndexPage(title="Treatments", slug="treatments"))
        page = index.add_child(
            instance=TreatmentPage(title="Dry Needling", slug="dry-needling", summary="Needles.", body=core_body())
        )
        # The marketing editor who writes the page previews it (an administrator would first need a second
        # sign-in step, which Wagtail's helper cannot take).
        editor = get_user_model().objects.create_user("preview-editor", password="x")  # noqa: S106
        editor.groups.add(Group.objects.get(name=MARKETING_EDITORS))
        # Wagtail cannot read StreamField data back from the editor's HTML, so post the form as the editor does.
        self.assertPageIsPreviewable(page, post_data=treatment_form(title=page.title, slug=page.slug), user=editor)


ALL_BLOCKS = {
    **{f"treatment.{name}": child for name, child in TreatmentStreamBlock().child_blocks.items()},
    **{f"content.{name}": child for name, child in ContentStreamBlock().child_blocks.items()},
}


@pytest.mark.parametrize("name", sorted(ALL_BLOCKS))
def test_block_picker_shows_a_preview(admin_client, image, name):
    block = ALL_BLOCKS[name]
    assert block.is_previewable
    response = admin_client.get("/admin/block-preview/", {"id": block.definition_prefix})
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/css/site.css" in html  # styled like the site
    preview = block.get_preview_value()
    heading = preview.get("heading") if hasattr(preview, "get") else None
    if heading:
        assert heading in html
    assert f"block-{block.name}" in html
