"""*Save draft* (or Submit, Publish) clicked while the create view's autosave was creating the page.

The browser posts the create form a second time; before core/autosave.py that found the slug taken and
said "The page could not be created due to validation errors" though the page existed.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests.admin_forms import content_form, treatment_form
from tests.twofactor import verified_login

FALSE_ERROR = "could not be created due to validation errors"
FORM_RENDERING = {"csrfmiddlewaretoken": "one-rendering-of-the-create-form"}


@pytest.fixture
def add_url(home_page, treatment_index):
    def url(model):
        parent = treatment_index if model == "treatmentpage" else home_page
        app = "treatments" if model == "treatmentpage" else "home"
        return reverse("wagtailadmin_pages:add", args=(app, model, parent.pk))

    return url


FORMS = {
    "contentpage": lambda: content_form("Insurance", "insurance"),
    "treatmentpage": treatment_form,
}
ACTIONS = [
    ("contentpage", {}),
    ("contentpage", {"action-publish": "action-publish"}),
    ("treatmentpage", {}),
    ("treatmentpage", {"action-submit": "action-submit"}),
]


@pytest.mark.parametrize("model,action", ACTIONS)
@pytest.mark.parametrize("who", ["editor", "admin"])
def test_a_click_after_the_autosave_created_the_page_saves_that_page(client, staff, add_url, model, action, who):
    verified_login(client, staff[who])
    data = {**FORMS[model](), **FORM_RENDERING}
    autosave = client.post(add_url(model), data, HTTP_ACCEPT="application/json")
    assert autosave.json()["success"] is True
    page = Page.objects.get(pk=autosave.json()["pk"])

    response = client.post(add_url(model), {**data, **action}, follow=True)

    assert response.status_code == 200
    assert FALSE_ERROR not in response.content.decode()
    assert Page.objects.filter(slug=page.slug).count() == 1
    # The autosave's revision and the click's: nothing lost, nothing made twice.
    assert page.revisions.count() == 2
    if action.get("action-publish"):
        assert Page.objects.get(pk=page.pk).live
    if action.get("action-submit"):
        assert Page.objects.get(pk=page.pk).workflow_in_progress


def test_a_second_page_with_a_taken_slug_is_still_refused(client, staff, add_url):
    """Another rendering of the form (a real second page) is not merged into the first one."""
    verified_login(client, staff["editor"])
    client.post(add_url("contentpage"), {**FORMS["contentpage"](), **FORM_RENDERING})
    other = {**FORMS["contentpage"](), "csrfmiddlewaretoken": "another-rendering"}
    response = client.post(add_url("contentpage"), other)
    assert response.status_code == 200
    assert FALSE_ERROR in response.content.decode()
    assert Page.objects.filter(slug="insurance").count() == 1


def test_the_same_form_posted_by_someone_else_creates_nothing_of_theirs(client, staff, add_url):
    verified_login(client, staff["editor"])
    client.post(add_url("contentpage"), {**FORMS["contentpage"](), **FORM_RENDERING})
    verified_login(client, staff["admin"])
    response = client.post(add_url("contentpage"), {**FORMS["contentpage"](), **FORM_RENDERING})
    assert FALSE_ERROR in response.content.decode()
    assert Page.objects.get(slug="insurance").revisions.count() == 1
