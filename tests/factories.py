"""Page trees for tests, built with wagtail-factories (torchbox.com's pattern): each factory makes a valid
page of its type under the parent it is given, e.g. ``TreatmentPageFactory(parent=index, title="Cupping")``."""

import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from appointments.models import AppointmentPage
from home.models import ContentPage, HomePage
from treatments.models import BodyArea, Condition, TreatmentIndexPage, TreatmentPage


def treatment_body(word):
    """The four sections every treatment must have, in the stored (block_type, value) form."""
    return [
        ("overview", {"heading": "Overview", "text": f"<p>An overview of {word} for patients.</p>"}),
        ("how_it_works", {"heading": "How it works", "text": "<p>Your clinician explains each step.</p>"}),
        (
            "benefits",
            {"heading": "Benefits", "intro": "", "items": [{"label": "Pain relief", "text": "It can ease pain."}]},
        ),
        (
            "safety",
            {
                "heading": "Safety and considerations",
                "intro": "",
                "items": [{"label": "Soreness", "text": "Mild soreness can follow a session."}],
                "when_to_seek_care": "<p>Call 911 for chest pain.</p>",
            },
        ),
    ]


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
    body = factory.LazyAttribute(lambda page: treatment_body(page.title.lower()))
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
