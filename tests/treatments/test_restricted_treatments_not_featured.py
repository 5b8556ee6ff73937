"""A treatment behind a password, a login or a group is not featured or offered as related (issue 11, item 15)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.models import FeaturedTreatment
from treatments.models import RelatedTreatment


def restrict(page, kind):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password="opensesame")
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.first())


KINDS = [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN, PageViewRestriction.GROUPS]


@pytest.fixture
def treatments(make_treatment, staff):
    return {"open": make_treatment("Massage Therapy"), "hidden": make_treatment("Dry Needling")}


@pytest.mark.parametrize("kind", KINDS)
def test_home_page_leaves_out_a_restricted_featured_treatment(client, home_page, treatments, kind):
    home_page.featured_treatments = [FeaturedTreatment(treatment=treatments[key]) for key in ("open", "hidden")]
    home_page.save_revision().publish()
    restrict(treatments["hidden"], kind)
    html = client.get("/").content.decode()
    assert "/treatments/massage-therapy/" in html
    assert "/treatments/dry-needling/" not in html


@pytest.mark.parametrize("kind", KINDS)
def test_a_restricted_treatment_is_not_offered_as_related(client, treatments, make_treatment, kind):
    page = make_treatment("Cupping Therapy")
    page.related_treatments = [RelatedTreatment(treatment=treatments[key]) for key in ("open", "hidden")]
    page.save_revision().publish()
    restrict(treatments["hidden"], kind)
    html = client.get("/treatments/cupping-therapy/").content.decode()
    assert "/treatments/massage-therapy/" in html
    assert "/treatments/dry-needling/" not in html
