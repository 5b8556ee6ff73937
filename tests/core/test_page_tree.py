from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from appointments.models import AppointmentPage
from home.models import ContentPage, HomePage
from locations.models import LocationIndexPage
from people.models import OurTeamPage
from tests.admin_forms import treatment_form
from tests.twofactor import verified_login
from treatments.models import TreatmentIndexPage, TreatmentPage
from trust.pages import (
    AccessibilityStatementPage,
    FirstVisitPage,
    InsurancePage,
    NondiscriminationPage,
    PrivacyNoticePage,
)


class PageTreeRulesTest(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_the_sections(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        sections = {TreatmentIndexPage, OurTeamPage, LocationIndexPage, AppointmentPage, ContentPage}
        trust = {FirstVisitPage, InsurancePage, PrivacyNoticePage, AccessibilityStatementPage, NondiscriminationPage}
        self.assertAllowedSubpageTypes(HomePage, sections | trust)
        self.assertEqual(HomePage.max_count, 1)

    def test_treatments_live_only_under_the_treatments_index(self):
        self.assertAllowedParentPageTypes(TreatmentIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TreatmentIndexPage, {TreatmentPage})
        self.assertAllowedParentPageTypes(TreatmentPage, {TreatmentIndexPage})
        self.assertAllowedSubpageTypes(TreatmentPage, set())

    def test_appointment_and_content_pages(self):
        self.assertAllowedParentPageTypes(AppointmentPage, {HomePage})
        self.assertAllowedSubpageTypes(AppointmentPage, set())
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})


class TreatmentAdminCreateTest(WagtailPageTestCase):
    """An editor creates a treatment page through the admin with real block data."""

    @classmethod
    def setUpTestData(cls):
        root = Page.get_first_root_node()
        cls.home = root.add_child(instance=HomePage(title="Home", slug="clinic-home"))
        cls.index = cls.home.add_child(instance=TreatmentIndexPage(title="Treatments", slug="treatments"))

    def setUp(self):
        verified_login(self.client, self.login())

    def form_data(self, **overrides):
        return treatment_form(also_known_as="cups, fire cupping", **overrides)

    def test_editor_can_create_a_treatment_with_the_core_sections(self):
        self.assertCanCreate(self.index, TreatmentPage, self.form_data())
        page = TreatmentPage.objects.get(slug="cupping-therapy")
        self.assertEqual(
            [block.block_type for block in page.body],
            ["overview", "how_it_works", "benefits", "safety"],
        )
        self.assertEqual(page.body[2].value["items"][0]["label"], "Looser muscles")

    def test_new_treatment_opens_with_the_four_core_sections(self):
        response = self.client.get(f"/admin/pages/add/treatments/treatmentpage/{self.index.pk}/")
        self.assertEqual(response.status_code, 200)
        page = response.context["page"]
        self.assertEqual(
            [block.block_type for block in page.body],
            ["overview", "how_it_works", "benefits", "safety"],
        )

    def test_a_treatment_without_safety_cannot_be_published(self):
        data = self.form_data()
        # Drop the safety block: the stream then has three blocks.
        data["body-count"] = "3"
        for key in [k for k in data if k.startswith("body-3-")]:
            del data[key]
        data["action-publish"] = "action-publish"
        response = self.client.post(f"/admin/pages/add/treatments/treatmentpage/{self.index.pk}/", data)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(TreatmentPage.objects.filter(slug="cupping-therapy").exists())
        error = response.context["form"].errors.as_data()["body"][0]
        self.assertIn("Safety and considerations", str(error.non_block_errors))
