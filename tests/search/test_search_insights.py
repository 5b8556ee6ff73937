import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.contrib.search_promotions.models import Query

from search.models import ZeroResultDailyHits


@pytest.fixture
def searches(client, make_treatment):
    make_treatment("Dry Needling")
    for _ in range(3):
        client.get("/search/", {"q": "needling"})
    client.get("/search/", {"q": "xylophone"})
    client.get("/search/", {"q": "xylophone"})


def test_insights_list_frequent_and_empty_searches_with_fixes(admin_client, searches):
    response = admin_client.get("/admin/reports/search-insights/")
    assert response.status_code == 200
    zero = response.context["zero"]
    top = response.context["top"]
    assert [(row["query_string"], row["searches"]) for row in zero] == [("xylophone", 2)]
    assert [(row["query_string"], row["searches"]) for row in top][:2] == [("needling", 3), ("xylophone", 2)]
    assert zero[0]["synonym_url"] == "/admin/snippets/site_search/synonym/add/?term=xylophone"
    assert zero[0]["promote_url"] == f"/admin/searchpicks/{Query.get('xylophone').pk}/"


def test_add_synonym_link_opens_a_prefilled_form(admin_client, searches):
    response = admin_client.get("/admin/snippets/site_search/synonym/add/?term=xylophone")
    assert response.status_code == 200
    assert response.context["form"].initial["term"] == "xylophone"
    response = admin_client.post(
        "/admin/snippets/site_search/synonym/add/", {"term": "xylophone", "equivalents": "dry needling"}
    )
    assert response.status_code == 302


def test_promote_link_opens_the_promotions_for_that_query(admin_client, searches):
    query = Query.get("xylophone")
    assert admin_client.get(f"/admin/searchpicks/{query.pk}/").status_code == 200


def test_nothing_about_the_visitor_is_stored_with_a_query():
    stored = {f.name for f in ZeroResultDailyHits._meta.get_fields()} | {f.name for f in Query._meta.get_fields()}
    assert not stored & {"ip", "ip_address", "user", "user_agent", "session", "remote_addr"}


def test_insights_need_search_permissions(client, django_user_model, searches):
    user = django_user_model.objects.create_user("editor", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/reports/search-insights/").status_code in (302, 403)
    group = Group.objects.create(name="Search editors")
    group.permissions.add(Permission.objects.get(codename="add_synonym"))
    user.groups.add(group)
    assert client.get("/admin/reports/search-insights/").status_code == 200
