"""A draft's deferred StreamField validation in one thread must not switch off required blocks for a
validation running in another (core/block_validation.py)."""

import threading

import pytest
from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.base import BlockField


def test_a_publish_validated_during_a_draft_save_still_requires_blocks():
    stream = blocks.StreamBlock([("heading", blocks.CharBlock(required=True))])
    empty = stream.to_python([{"type": "heading", "value": ""}])
    draft_field, publish_field = BlockField(block=stream), BlockField(block=stream)
    draft_field.is_deferred_validation = True  # as the page form sets it for Save draft
    inside, release = threading.Event(), threading.Event()
    wagtail_clean = stream.clean
    outcome = {}

    def slow_clean(value):
        if threading.current_thread().name == "draft":
            inside.set()
            release.wait(5)
        return wagtail_clean(value)

    stream.clean = slow_clean

    def save_draft():
        outcome["draft"] = draft_field.clean(empty)

    def publish():
        try:
            publish_field.clean(empty)
            outcome["publish"] = "accepted"
        except ValidationError:
            outcome["publish"] = "refused"

    draft = threading.Thread(target=save_draft, name="draft")
    draft.start()
    assert inside.wait(5)
    other = threading.Thread(target=publish, name="publish")
    other.start()
    other.join(0.5)  # with the lock it waits here for the draft's validation to finish
    release.set()
    draft.join(5)
    other.join(5)

    assert outcome["draft"] is not None  # the draft is accepted with its empty heading
    assert outcome["publish"] == "refused"


@pytest.mark.parametrize("deferred", [True, False])
def test_validation_itself_is_unchanged(deferred):
    stream = blocks.StreamBlock([("heading", blocks.CharBlock(required=True))])
    field = BlockField(block=stream)
    field.is_deferred_validation = deferred
    empty = stream.to_python([{"type": "heading", "value": ""}])
    if deferred:
        assert len(field.clean(empty)) == 1
    else:
        with pytest.raises(ValidationError):
            field.clean(empty)
