"""What a new page's StreamField holds before anyone types must be complete.

The editor builds one widget per field from the stored value; a struct field missing from a default
(an optional intro, say) reaches Draftail as undefined and the widget fails to render, with error
badges on a page nobody has touched. Checked for every StreamField of every installed model, so a
page type or setting added later is covered too.
"""

from collections.abc import Mapping

import pytest
from django.apps import apps
from wagtail.blocks import ListBlock, StreamBlock, StructBlock
from wagtail.fields import StreamField


def stream_fields():
    return [
        pytest.param(field, id=f"{model._meta.label}.{field.name}")
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
    ]


def missing_fields(block, value, path):
    """Paths of struct fields that a value leaves out, at any depth."""
    # An ImageBlock is a StructBlock whose value is an image (or None), not a mapping of its fields.
    if isinstance(block, StructBlock) and isinstance(value, Mapping):
        for name, child in block.child_blocks.items():
            if name not in value:
                yield f"{path}.{name}"
            else:
                yield from missing_fields(child, value[name], f"{path}.{name}")
    elif isinstance(block, ListBlock):
        for index, item in enumerate(value):
            yield from missing_fields(block.child_block, item, f"{path}[{index}]")
    elif isinstance(block, StreamBlock):
        for index, child in enumerate(value):
            yield from missing_fields(child.block, child.value, f"{path}[{index}]:{child.block_type}")


@pytest.mark.parametrize("field", stream_fields())
def test_the_default_stream_has_every_field_of_every_block(field):
    value = field.get_default()
    assert list(missing_fields(field.stream_block, value, field.name)) == []


@pytest.mark.parametrize("field", stream_fields())
def test_every_block_an_editor_adds_starts_complete(field):
    for name, block in field.stream_block.child_blocks.items():
        assert list(missing_fields(block, block.get_default(), name)) == []
