"""Page trees for tests, built with wagtail-factories (torchbox.com's pattern): each factory makes a valid
page of its type under the parent it is given, e.g. ``TreatmentPageFactory(parent=index, title="Cupping")``."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from appointments.models import AppointmentPage
from home.models import ContentPage, HomePage
from locations.models import LocationIndexPage, LocationPage
from people.models import ClinicianPage, Credential, Language, OurTeamPage
from tests.conftest import core_body
from treatments.models import BodyArea, Condition, TreatmentIndexPage, TreatmentPage
from trust.models import (
    AccessibilityStatementPage,
    FirstVisitPage,
    InsurancePage,
    Insurer,
    LanguageTagline,
    NondiscriminationPage,
    PrivacyNoticePage,
    Testimonial,
)


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_text = "<p>We help people move better.</p>"

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"About us {n}")
    summary = "Who we are."
    body = factory.LazyFunction(
        lambda: [("section", {"heading": "Our team", "text": "<p>Physiotherapists and chiropractors.</p>"})]
    )

    class Meta:
        model = ContentPage


class TreatmentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Treatments"
    intro = "<p>Every treatment we offer.</p>"

    class Meta:
        model = TreatmentIndexPage


class TreatmentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Treatment {n}")
    summary = factory.LazyAttribute(lambda page: f"{page.title} explained in plain language.")
    body = factory.LazyAttribute(lambda page: core_body(page.title.lower()))
    last_reviewed = datetime.date(2026, 1, 15)
    reviewed_by = "Alex Rivera, PT, DPT"

    class Meta:
        model = TreatmentPage


class AppointmentPageFactory(wagtail_factories.PageFactory):
    title = "Request an appointment"
    intro = "<p>We reply within one business day.</p>"

    class Meta:
        model = AppointmentPage


class ConditionFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Condition {n}")

    class Meta:
        model = Condition


class BodyAreaFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Area {n}")

    class Meta:
        model = BodyArea


class LocationIndexPageFactory(wagtail_factories.PageFactory):
    title = "Locations"

    class Meta:
        model = LocationIndexPage


class LocationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Location {n}")
    street_address = "7400 W 92nd Ave"
    locality = "Westminster"
    region = "CO"
    postal_code = "80021"
    phone = "(303) 555-0142"

    class Meta:
        model = LocationPage


class OurTeamPageFactory(wagtail_factories.PageFactory):
    title = "Our team"

    class Meta:
        model = OurTeamPage


class ClinicianPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Clinician Number{n}")
    job_title = "Physical therapist"
    bio = "<p>Helps people move better.</p>"

    class Meta:
        model = ClinicianPage


class CredentialFactory(DjangoModelFactory):
    abbreviation = factory.Sequence(lambda n: f"C{n}")
    meaning = factory.LazyAttribute(lambda credential: f"Meaning of {credential.abbreviation}")

    class Meta:
        model = Credential


class LanguageFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Language {n}")
    code = factory.Sequence(lambda n: f"l{n}")

    class Meta:
        model = Language


class FirstVisitPageFactory(wagtail_factories.PageFactory):
    title = "Your first visit"
    slug = "your-first-visit"
    summary = "What to bring, how long it takes and what to wear."
    what_to_bring = "<ul><li>Your insurance card</li></ul>"
    how_long = "<p>About an hour.</p>"
    what_to_wear = "<p>Shorts for a knee problem.</p>"

    class Meta:
        model = FirstVisitPage


class InsurancePageFactory(wagtail_factories.PageFactory):
    title = "Insurance and payment"
    slug = "insurance-and-payment"
    summary = "Yes, we take insurance, including Medicare."
    coverage = "<p>Ask your insurer how many visits are covered.</p>"
    self_pay = "<p>First visit $140.</p>"
    insurers = factory.LazyFunction(lambda: [Insurer(name="Aetna"), Insurer(name="Medicare", note="Part B")])

    class Meta:
        model = InsurancePage


class PrivacyNoticePageFactory(wagtail_factories.PageFactory):
    title = "Notice of privacy practices"
    slug = "notice-of-privacy-practices"
    summary = "How we use and share your health information."
    effective_date = datetime.date(2026, 1, 1)
    body = factory.LazyFunction(lambda: [("section", {"heading": "Your rights", "text": "<p>See your record.</p>"})])

    class Meta:
        model = PrivacyNoticePage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Accessibility statement"
    slug = "accessibility"
    summary = "Everyone should be able to use this website."
    how_tested = "<p>Automated axe checks and screen-reader checks.</p>"
    report_barrier = "<p>Tell us what was hard to use.</p>"
    statement_date = datetime.date(2026, 11, 1)

    class Meta:
        model = AccessibilityStatementPage


class NondiscriminationPageFactory(wagtail_factories.PageFactory):
    title = "Nondiscrimination notice"
    slug = "nondiscrimination-notice"
    summary = "We treat everyone fairly."
    notice = "<p>We do not discriminate.</p>"
    taglines = factory.LazyFunction(
        lambda: [
            LanguageTagline(language="Español", language_code="es", text="ATENCIÓN: servicios gratuitos."),
            LanguageTagline(language="العربية", language_code="ar", text="ملحوظة: خدمات مجانية."),
        ]
    )

    class Meta:
        model = NondiscriminationPage


TRUST_PAGE_FACTORIES = [
    FirstVisitPageFactory,
    InsurancePageFactory,
    PrivacyNoticePageFactory,
    AccessibilityStatementPageFactory,
    NondiscriminationPageFactory,
]


class TestimonialFactory(DjangoModelFactory):
    quote = factory.Sequence(lambda n: f"They helped me walk again, story {n}.")
    name = factory.Sequence(lambda n: f"Patient {n}.")
    permission_given = True

    class Meta:
        model = Testimonial
