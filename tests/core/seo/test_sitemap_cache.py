"""/sitemap.xml is cached like the pages and emptied by every publish (issue 18 item 4)."""

from core import page_cache


def test_the_sitemap_is_served_from_the_page_cache(client, site, django_assert_num_queries):
    assert client.get("/sitemap.xml").get("X-Cache") == "MISS"
    with django_assert_num_queries(0):
        response = client.get("/sitemap.xml")
    assert response["X-Cache"] == "HIT"
    assert b"/treatments/dry-needling/" in response.content
    assert "public" in response["Cache-Control"]


def test_a_publish_empties_the_cached_sitemap(client, site, make_treatment):
    client.get("/sitemap.xml")
    make_treatment("Cupping Therapy")
    response = client.get("/sitemap.xml")
    assert response.get("X-Cache") != "HIT"
    assert b"/treatments/cupping-therapy/" in response.content

    site["needling"].unpublish()
    response = client.get("/sitemap.xml")
    assert response.get("X-Cache") != "HIT"
    assert b"/treatments/dry-needling/" not in response.content


def test_a_query_string_or_a_signed_in_editor_is_not_cached(client, site, admin_user):
    for _ in range(2):
        assert client.get("/sitemap.xml", {"x": "1"}).get("X-Cache") is None
    page_cache.invalidate()
    client.force_login(admin_user)
    for _ in range(2):
        assert client.get("/sitemap.xml").get("X-Cache") is None
