"""Who may take the appointment page and reviewed treatments down (issue 11, items 1 and 9).

Only administrators may delete, unpublish, move or restrict the appointment page, the treatments index,
a live treatment, or the home page above them; editors keep those powers over content pages and over
treatment drafts that never went live. The buttons are hidden and the URLs refused (single and bulk).
"""

import pytest
from wagtail.models import Page, PageViewRestriction

from home.models import ContentPage
from tests.core.test_roles import is_refused
from tests.twofactor import verified_login


@pytest.fixture
def site(home_page, treatment_index, make_treatment, appointment_page, staff):
    about = home_page.add_child(instance=ContentPage(title="About us", slug="about", summary="Who we are."))
    about.save_revision().publish()
    return {
        "home": home_page,
        "index": treatment_index,
        "treatment": make_treatment("Dry Needling"),
        "draft": make_treatment("Cupping", live=False),
        "appointments": appointment_page,
        "about": about,
        **staff,
    }


GUARDED = ["appointments", "index", "treatment", "home"]


def state(page):
    page = Page.objects.filter(pk=page.pk).first()
    if page is None:
        return "deleted"
    restricted = PageViewRestriction.objects.filter(page=page).exists()
    return (page.live, page.path, restricted)


def take_down(client, page, how):
    """Each way the admin takes a page down, posted straight at its URL."""
    if how == "delete":
        return client.post(f"/admin/pages/{page.pk}/delete/")
    if how == "unpublish":
        return client.post(f"/admin/pages/{page.pk}/unpublish/", {"include_descendants": "on"})
    if how == "restrict":
        return client.post(f"/admin/pages/{page.pk}/privacy/", {"restriction_type": "password", "password": "letmein"})
    if how == "move":
        return client.post(f"/admin/pages/{page.pk}/move/{page.get_parent().pk}/confirm/")
    action = how.removeprefix("bulk ")
    data = {"include_descendants": "on"} if action == "unpublish" else {}
    if action == "move":
        data = {"chooser": page.get_parent().pk}
    return client.post(f"/admin/bulk/wagtailcore/page/{action}/?id={page.pk}", data)


WAYS = ["delete", "unpublish", "restrict", "move", "bulk delete", "bulk unpublish", "bulk move"]


@pytest.mark.parametrize("how", WAYS)
@pytest.mark.parametrize("name", GUARDED)
def test_only_administrators_take_guarded_pages_down(client, site, name, how):
    """Marketing editors, who may publish across the site, are the role Wagtail would let do it."""
    page = site[name]
    before = {key: state(site[key]) for key in GUARDED}
    client.force_login(site["editor"])
    take_down(client, page, how)
    assert {key: state(site[key]) for key in GUARDED} == before


@pytest.mark.parametrize("name", ["appointments", "index", "treatment", "home"])
def test_editors_see_no_button_to_take_guarded_pages_down(client, site, name):
    page = site[name]
    client.force_login(site["editor"])
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    for action in ("delete", "unpublish", "move"):
        assert f"/admin/pages/{page.pk}/{action}/" not in html, action
    assert 'data-a11y-dialog-show="set-privacy"' not in html  # the "Change privacy" button
    listing = client.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    for action in ("delete", "unpublish", "move"):
        assert f"/admin/pages/{page.pk}/{action}/" not in listing, action


@pytest.mark.parametrize("how", ["delete", "unpublish", "restrict", "move"])
@pytest.mark.parametrize("name", GUARDED)
def test_the_view_behind_each_url_refuses_editors(client, site, name, how):
    url = {
        "delete": f"/admin/pages/{site[name].pk}/delete/",
        "unpublish": f"/admin/pages/{site[name].pk}/unpublish/",
        "restrict": f"/admin/pages/{site[name].pk}/privacy/",
        "move": f"/admin/pages/{site[name].pk}/move/",
    }[how]
    client.force_login(site["editor"])
    response = client.get(url)
    assert is_refused(response) or response.status_code == 403, response.status_code


@pytest.mark.parametrize("how", ["unpublish", "restrict", "bulk unpublish"])
def test_editors_still_take_their_content_pages_down(client, site, how):
    client.force_login(site["editor"])
    take_down(client, site["about"], how)
    assert state(site["about"]) != (True, site["about"].path, False)


@pytest.mark.parametrize("how", ["delete", "bulk delete"])
def test_editors_may_delete_a_treatment_draft_that_never_went_live(client, site, how):
    client.force_login(site["editor"])
    take_down(client, site["draft"], how)
    assert state(site["draft"]) == "deleted"


@pytest.mark.parametrize("name", ["index", "treatment", "appointments"])
@pytest.mark.parametrize("how", ["unpublish", "restrict", "bulk unpublish"])
def test_administrators_still_may(client, site, name, how):
    page = site[name]
    verified_login(client, site["admin"])
    take_down(client, page, how)
    assert state(page) != (True, page.path, False)


@pytest.mark.parametrize("how", ["delete", "bulk delete"])
def test_administrators_still_delete_a_live_treatment(client, site, how):
    verified_login(client, site["admin"])
    take_down(client, site["treatment"], how)
    assert state(site["treatment"]) == "deleted"
