"""Shared objects that change a reviewed treatment mark it "Changed since review" (issue 11, item 10)."""

import pytest
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Workflow

from tests.treatments.test_review_workflow import act
from treatments.models import ChangeSinceReview, Condition
from treatments.review import treatments_due_for_review


@pytest.fixture
def shared(make_treatment, staff):
    """A live treatment with a hero image and a condition, reviewed recently (so not due otherwise)."""
    image = get_image_model().objects.create(title="Treatment room", file=get_test_image_file())
    condition = Condition.objects.create(name="Neck pain")
    # Reviewed today, so the page is not otherwise due for review.
    page = make_treatment("Dry Needling", hero_image=image, last_reviewed=timezone.localdate())
    page.conditions.add(condition)
    page.save_revision().publish()
    page.refresh_from_db()
    return {"page": page, "image": image, "condition": condition}


def marked(page):
    return {p.pk: p.change_since_review for p in treatments_due_for_review()}.get(page.pk)


def replace_file(obj):
    obj.file = get_test_image_file(filename="other.png", colour="red")
    obj.save()


def rename(obj):
    obj.name = "Whiplash"
    obj.save()


def move_focal_point(obj):
    obj.set_focal_point(type("Rect", (), {"centroid_x": 10, "centroid_y": 10, "width": 4, "height": 4})())
    obj.save()


@pytest.mark.parametrize(
    ("key", "change", "words"),
    [
        ("image", replace_file, "file replaced"),
        ("image", move_focal_point, "focal point"),
        ("condition", rename, "renamed to “Whiplash”"),
    ],
)
def test_a_change_to_a_shared_object_marks_the_treatments_using_it(shared, key, change, words):
    assert shared["page"].next_review_due and marked(shared["page"]) is None  # not due to begin with
    change(shared[key])
    assert words in marked(shared["page"])


@pytest.mark.parametrize(
    "change",
    [
        lambda s: setattr(s["image"], "title", "Room 2") or s["image"].save(),  # not shown on the page
        lambda s: setattr(s["condition"], "slug", "neck") or s["condition"].save(),
        lambda s: get_image_model().objects.create(title="Unused", file=get_test_image_file()),
    ],
)
def test_changes_that_do_not_alter_the_page_mark_nothing(shared, change):
    change(shared)
    assert not ChangeSinceReview.objects.exists()


def test_a_draft_treatment_is_not_marked(make_treatment, shared):
    draft = make_treatment("Cupping", live=False, hero_image=shared["image"])
    replace_file(shared["image"])
    assert not ChangeSinceReview.objects.filter(page=draft).exists()


def test_the_report_and_dashboard_show_it(client, shared, staff):
    rename(shared["condition"])
    client.force_login(staff["editor"])
    report = client.get("/admin/reports/treatment-reviews-due/").content.decode()
    dashboard = client.get("/admin/").content.decode()
    for html in (report, dashboard):
        assert "Dry Needling" in html
        assert "Changed since review" in html


def test_approval_in_clinical_review_clears_the_mark(client, shared, staff, treatment_index):
    page = shared["page"]
    rename(shared["condition"])
    assert Workflow.objects.get(name="Clinical review")
    page.save_revision(user=staff["editor"])
    page.get_workflow().start(page, staff["editor"])
    page.refresh_from_db()
    act(client, staff["reviewer"], page, "approve")
    assert marked(page) is None
    assert not ChangeSinceReview.objects.filter(page=page).exists()
