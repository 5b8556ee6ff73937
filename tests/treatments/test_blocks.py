"""Every block renders, from its own preview value, the way editors see it in the block picker."""

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from core.blocks import ContentStreamBlock, FigureBlock
from core.models import ClinicSettings
from treatments.blocks import TreatmentStreamBlock

ALL_BLOCKS = {
    **dict(TreatmentStreamBlock().child_blocks),
    **dict(ContentStreamBlock().child_blocks),
    "hours": ClinicSettings._meta.get_field("opening_hours").stream_block.child_blocks["hours"],
}


@pytest.fixture
def image(db):
    return get_image_model().objects.create(title="Treatment room", file=get_test_image_file())


@pytest.mark.parametrize("name", sorted(ALL_BLOCKS))
def test_block_has_editor_documentation(name):
    meta = ALL_BLOCKS[name].meta
    assert meta.label
    assert meta.icon and meta.icon != "placeholder"
    assert meta.description
    assert meta.template.startswith("blocks/")
    assert hasattr(meta, "preview_value")


@pytest.mark.parametrize("name", sorted(ALL_BLOCKS))
def test_block_renders_its_preview_value(name, image):
    block = ALL_BLOCKS[name]
    html = block.render(block.get_preview_value(), context={"anchor": "test-anchor"})
    assert html.strip()
    heading = block.get_preview_value().get("heading") if hasattr(block.get_preview_value(), "get") else None
    if heading:
        assert '<h2 id="test-anchor-heading"' in html or 'id="test-anchor"' in html
        assert heading in html


def test_image_uses_alt_text_and_never_the_title(image):
    block = FigureBlock()
    value = block.normalize({"image": {"image": image, "decorative": False, "alt_text": "A quiet room"}, "caption": ""})
    html = block.render(value)
    assert 'alt="A quiet room"' in html
    assert "Treatment room" not in html
    decorative = block.normalize({"image": {"image": image, "decorative": True, "alt_text": ""}, "caption": ""})
    assert 'alt=""' in block.render(decorative)


def test_safety_care_cards_are_announced_by_their_urgency():
    block = TreatmentStreamBlock().child_blocks["safety"]
    html = block.render(block.get_preview_value(), context={"anchor": "safety"})
    assert "When to seek care" in html
    assert '<span class="visually-hidden">Emergency: </span>Call 911 now if you have:' in html


def test_call_to_action_needs_exactly_one_destination():
    from wagtail.blocks import StructBlockValidationError

    block = ContentStreamBlock().child_blocks["call_to_action"]
    value = block.to_python({"heading": "Book", "text": "", "link_text": "Go", "page": None, "external_url": ""})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_opening_hours_must_close_after_they_open():
    from wagtail.blocks import StructBlockValidationError

    block = ALL_BLOCKS["hours"]
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"day": "0", "opens": "18:00", "closes": "08:00"}))
    assert block.clean(block.to_python({"day": "0", "opens": "08:00", "closes": "18:00"}))
