"""The anonymous page cache: a second visit is served from it, and an editor's change shows at once."""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from home.models import ContentPage
from tests.admin_forms import treatment_form
from tests.twofactor import verified_login
from treatments.models import BodyArea


@pytest.fixture
def visitor():
    return Client()


@pytest.fixture
def cupping(make_treatment):
    return make_treatment("Cupping Therapy", summary="Cupping uses gentle suction.")


def fetch(client, url, **params):
    response = client.get(url, params)
    return response, response.content.decode()


def test_second_visit_is_served_from_the_cache(visitor, cupping):
    first, _ = fetch(visitor, cupping.url)
    second, html = fetch(visitor, cupping.url)
    assert (first.status_code, first["X-Cache"]) == (200, "MISS")
    assert (second.status_code, second["X-Cache"]) == (200, "HIT")
    assert "Cupping uses gentle suction." in html
    assert "public" in second["Cache-Control"]
    assert "max-age=60" in second["Cache-Control"]


def test_a_published_revision_shows_on_the_next_visit(visitor, cupping):
    fetch(visitor, cupping.url)
    cupping.summary = "Cupping, now with a new summary."
    cupping.save_revision().publish()
    response, html = fetch(visitor, cupping.url)
    assert response["X-Cache"] == "MISS"
    assert "Cupping, now with a new summary." in html


def test_publishing_through_the_admin_shows_on_the_next_visit(client, visitor, staff, cupping):
    fetch(visitor, cupping.url)
    fetch(visitor, "/treatments/")
    verified_login(client, staff["admin"])
    data = {**treatment_form(title="Fire Cupping", slug=cupping.slug), "action-publish": "action-publish"}
    client.post(f"/admin/pages/{cupping.pk}/edit/", data)
    assert "Fire Cupping" in fetch(visitor, cupping.url)[1]
    assert "Fire Cupping" in fetch(visitor, "/treatments/")[1]


def test_a_draft_does_not_change_what_visitors_see(visitor, cupping):
    fetch(visitor, cupping.url)
    cupping.summary = "A draft summary."
    cupping.save_revision()
    response, html = fetch(visitor, cupping.url)
    assert response["X-Cache"] == "HIT"
    assert "A draft summary." not in html


def test_an_unpublished_page_is_gone_at_once(visitor, cupping):
    assert fetch(visitor, cupping.url)[0].status_code == 200
    cupping.unpublish()
    assert visitor.get(cupping.url).status_code == 404


def test_a_deleted_page_is_gone_at_once(visitor, cupping):
    url = cupping.url
    assert fetch(visitor, url)[0].status_code == 200
    assert "Cupping Therapy" in fetch(visitor, "/treatments/")[1]
    cupping.delete()
    assert visitor.get(url).status_code == 404
    assert "Cupping Therapy" not in fetch(visitor, "/treatments/")[1]


def test_a_moved_page_leaves_its_old_address(visitor, home_page):
    about = home_page.add_child(instance=ContentPage(title="About us", slug="about"))
    team = home_page.add_child(instance=ContentPage(title="Our team", slug="team"))
    assert fetch(visitor, "/about/")[0].status_code == 200
    about.move(team, pos="last-child")
    old = visitor.get("/about/")
    assert old.status_code != 200  # a redirect to the new address, or gone; never the cached page
    assert fetch(visitor, "/team/about/")[0].status_code == 200


def test_the_lists_show_a_new_or_renamed_treatment_at_once(visitor, home_page, cupping, make_treatment):
    home_page.featured_treatments.create(treatment=cupping)
    home_page.save_revision().publish()
    assert "Cupping Therapy" in fetch(visitor, "/")[1]
    assert "Dry Needling" not in fetch(visitor, "/treatments/")[1]

    make_treatment("Dry Needling")
    assert "Dry Needling" in fetch(visitor, "/treatments/")[1]

    cupping.title = "Fire Cupping"
    cupping.save_revision().publish()
    assert "Fire Cupping" in fetch(visitor, "/")[1]
    assert "Fire Cupping" in fetch(visitor, "/treatments/")[1]


def test_clinic_details_show_at_once(visitor, clinic_settings, cupping):
    fetch(visitor, cupping.url)
    clinic_settings.phone = "(720) 555-0199"
    clinic_settings.save()
    assert "(720) 555-0199" in fetch(visitor, cupping.url)[1]


def test_a_renamed_body_area_shows_at_once(visitor, make_treatment):
    shoulder, _ = BodyArea.objects.get_or_create(name="Shoulder", defaults={"slug": "shoulder"})
    make_treatment("Cupping Therapy", body_areas=[shoulder])
    assert "Shoulder" in fetch(visitor, "/treatments/")[1]
    shoulder.name = "Shoulder and upper arm"
    shoulder.save()
    assert "Shoulder and upper arm" in fetch(visitor, "/treatments/")[1]


def test_a_page_made_private_is_not_served_from_the_cache(visitor, home_page):
    home_page.add_child(instance=ContentPage(title="Staff only", slug="staff", summary="Rota and keys."))
    assert "Rota and keys." in fetch(visitor, "/staff/")[1]
    page = ContentPage.objects.get(slug="staff")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")
    response, html = fetch(visitor, "/staff/")
    assert "Rota and keys." not in html
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_a_signed_in_editor_never_gets_the_anonymous_copy(client, visitor, staff, cupping):
    fetch(visitor, cupping.url)
    assert fetch(visitor, cupping.url)[0]["X-Cache"] == "HIT"
    client.force_login(staff["editor"])
    response, _ = fetch(client, cupping.url)
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"]
    # Nor is the editor's copy kept for visitors.
    cupping.save_revision().publish()
    client.get(cupping.url)
    assert fetch(visitor, cupping.url)[0]["X-Cache"] == "MISS"


def test_a_cached_copy_carries_the_same_security_headers_as_a_rendered_page(visitor, cupping):
    rendered, _ = fetch(visitor, cupping.url)
    cached, _ = fetch(visitor, cupping.url)
    assert cached["X-Cache"] == "HIT"
    for header in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "Cross-Origin-Resource-Policy",
        "Cross-Origin-Opener-Policy",
        "Referrer-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
    ):
        assert cached[header] == rendered[header], header
    assert "'unsafe-inline'" not in cached["Content-Security-Policy"]


def test_a_cached_copy_is_sent_gzipped_to_browsers_that_accept_it(visitor, cupping):
    import gzip

    rendered, html = fetch(visitor, cupping.url)
    compressed = visitor.get(cupping.url, headers={"Accept-Encoding": "gzip, deflate, br"})
    plain = visitor.get(cupping.url)
    assert (compressed["X-Cache"], compressed["Content-Encoding"]) == ("HIT", "gzip")
    assert gzip.decompress(compressed.content).decode() == html == plain.content.decode()
    assert "Content-Encoding" not in plain
    assert int(compressed["Content-Length"]) == len(compressed.content) < len(plain.content) / 2
    for response in (rendered, compressed, plain):
        assert "Accept-Encoding" in response["Vary"]


def test_a_publish_reaches_every_process_copy(visitor, cupping):
    """Each process also keeps recent pages in memory; a publish changes the key, so none is reused."""
    from core import page_cache

    fetch(visitor, cupping.url)
    assert fetch(visitor, cupping.url)[0]["X-Cache"] == "HIT"
    cupping.summary = "Cupping, revised."
    cupping.save_revision().publish()
    response, html = fetch(visitor, cupping.url)
    assert response["X-Cache"] == "MISS"
    assert "Cupping, revised." in html
    page_cache.local_copies.clear()  # another process: only the shared cache has the new copy
    response, html = fetch(visitor, cupping.url)
    assert response["X-Cache"] == "HIT"
    assert "Cupping, revised." in html


def test_a_visitor_with_a_session_takes_the_full_path(visitor, cupping):
    """A session cookie may belong to a signed-in editor: only the full path knows, so no early hit."""
    fetch(visitor, cupping.url)
    visitor.cookies["sessionid"] = "abcdefghijklmnopqrstuvwxyz012345"
    response, html = fetch(visitor, cupping.url)
    assert response.status_code == 200
    assert "X-Cache" not in response
    assert "Cupping uses gentle suction." in html


def test_tracking_parameters_share_the_page_and_unknown_parameters_are_not_cached(visitor, cupping):
    fetch(visitor, cupping.url)
    assert fetch(visitor, cupping.url, utm_source="facebook", fbclid="abc")[0]["X-Cache"] == "HIT"
    for attempt in (1, 2):
        response, _ = fetch(visitor, cupping.url, x=attempt)
        assert response.status_code == 200
        assert "X-Cache" not in response


def test_browse_filters_are_cached_only_for_known_areas(visitor, make_treatment):
    shoulder, _ = BodyArea.objects.get_or_create(name="Shoulder", defaults={"slug": "shoulder"})
    make_treatment("Cupping Therapy", body_areas=[shoulder])
    make_treatment("Dry Needling")
    fetch(visitor, "/treatments/", area="shoulder")
    response, html = fetch(visitor, "/treatments/", area="shoulder")
    assert response["X-Cache"] == "HIT"
    assert "Cupping Therapy" in html and "Dry Needling" not in html
    assert fetch(visitor, "/treatments/")[0]["X-Cache"] == "MISS"  # the unfiltered list is its own entry
    for _ in (1, 2):
        assert "X-Cache" not in fetch(visitor, "/treatments/", area="made-up")[0]


def test_a_visitor_with_a_message_waiting_is_not_served_the_cache(visitor, cupping):
    fetch(visitor, cupping.url)
    visitor.cookies["messages"] = "anything"
    assert "X-Cache" not in fetch(visitor, cupping.url)[0]


def test_search_and_the_appointment_form_are_never_cached(visitor, appointment_page, cupping):
    for url, params in (
        ("/search/", {"q": "cupping"}),
        ("/search/suggest/", {"q": "cupping"}),
        (appointment_page.url, {}),
    ):
        for _ in (1, 2):
            response = visitor.get(url, params)
            assert response.status_code == 200
            assert "X-Cache" not in response
            assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"], url
    assert "no-store" in visitor.get(appointment_page.url)["Cache-Control"]


def test_the_thank_you_page_is_never_stored(visitor, appointment_page):
    form = appointment_page.get_form()
    data = {
        field.clean_name: "x"
        for field in appointment_page.get_form_fields()
        if field.field_type in ("singleline", "email", "phone")
    }
    data.update({"name": "Pat", "phone": "303 555 0100", "email": "pat@example.com"})
    for name, field in form.fields.items():
        if field.required and name not in data:
            data[name] = field.choices[0][0] if getattr(field, "choices", None) else "on"
    response = visitor.post(appointment_page.url, data)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "X-Cache" not in response
