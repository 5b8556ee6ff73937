"""Fixtures that build the site tree the way the demo content does, but small."""

import datetime
import io
import os

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, transaction
from django.test import Client
from django.test.utils import setup_databases, teardown_databases
from wagtail.models import Locale, Page, Site

from appointments.models import AppointmentPage, default_form_fields
from core import page_cache
from core.models import ClinicSettings
from core.roles import CLINICAL_REVIEWERS, FRONT_DESK, MARKETING_EDITORS
from home.models import HomePage
from locations.models import LocationIndexPage, LocationPage
from people.models import ClinicianPage, Credential, Language, OurTeamPage
from treatments.language_review import approved_publish
from treatments.models import TreatmentIndexPage, TreatmentPage

from .twofactor import verified_login


def missing(message):
    """A browser, axe-core or Redis the tests need is absent: skip locally, fail under CI, so CI can
    never pass without having run them."""
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """pytest-django's own, except that the test database is always created and its migrated rows always
    serialized. pytest-django does both only when a collected test asks for them, and the browser tests'
    shared demo (tests/browser/conftest.py) needs them even when run alone: it empties the database and
    puts back what the migrations made."""
    keepdb = django_db_keepdb and not django_db_createdb
    with django_db_blocker.unblock():
        databases = setup_databases(
            verbosity=request.config.option.verbose,
            interactive=False,
            aliases={DEFAULT_DB_ALIAS},
            serialized_aliases={DEFAULT_DB_ALIAS},
            keepdb=keepdb,
        )
    yield
    if not keepdb:
        with django_db_blocker.unblock():
            teardown_databases(databases, verbosity=request.config.option.verbose)


def clear_caches():
    """Empty the caches that remember database rows: Django's caches and the page cache's local copies."""
    for cache in caches.all():
        cache.clear()
    page_cache.local_copies.clear()


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches: the database is rolled back after each test, and the
    page cache, the rate-limit counts and Wagtail's lookups must match it."""
    clear_caches()


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The demo site, loaded once for a module's tests instead of once per test (it takes seconds).

    Like Django's TestCase.setUpTestData: the demo is loaded in a transaction that stays open while
    the module runs, each test runs in a savepoint inside it (the ``db`` fixture), so what a test
    changes is undone and the next test starts from the same demo. Request it before ``db``.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0, stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def spanish_locale(db):
    locale, _ = Locale.objects.get_or_create(language_code="es")
    return locale


@pytest.fixture
def translate(spanish_locale):
    """Spanish copy of ``page`` with ``fields``, published (as if reviewed) unless ``live=False``."""

    def make(page, live=True, **fields):
        translation = page.copy_for_translation(spanish_locale).specific
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save()
        revision = translation.save_revision()
        if live:
            with approved_publish():
                revision.publish()
        return type(translation).objects.get(pk=translation.pk)

    return make


@pytest.fixture
def name_in_spanish(spanish_locale):
    """A Spanish translation of ``label`` named ``name`` (its slug follows the name)."""

    def make(label, name):
        translation = label.copy_for_translation(spanish_locale)
        translation.name, translation.slug = name, ""
        translation.save()
        return translation

    return make


def core_body(word="needling"):
    """A treatment body with the four core sections, in the stored (block_type, value) form."""
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
                "care_cards": [{"level": "emergency", "signs": "<p>Chest pain.</p>"}],
            },
        ),
    ]


@pytest.fixture
def home_page(db):
    root = Page.get_first_root_node()
    # Wagtail's initial migration creates a placeholder page; the site replaces it.
    for child in root.get_children():
        child.delete()
    home = root.add_child(instance=HomePage(title="Home", slug="home", hero_heading="Move better"))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Clinic")
    return home


@pytest.fixture
def clinic_settings(home_page):
    site = Site.objects.get(is_default_site=True)
    settings = ClinicSettings.for_site(site)
    settings.name = "Westminster Wellness Clinic"
    settings.street_address = "7000 W 92nd Ave"
    settings.locality = "Westminster"
    settings.region = "CO"
    settings.postal_code = "80021"
    settings.phone = "(303) 555-0142"
    settings.email = "hello@example.com"
    settings.save()
    return settings


# The demo clinic's hours: weekdays 7:30 a.m. to 6:30 p.m., Saturday mornings (weekday 0 = Monday).
HOURS = [(day, datetime.time(7, 30), datetime.time(18, 30)) for day in range(5)] + [
    (5, datetime.time(8), datetime.time(12))
]


@pytest.fixture
def clinic_with_hours(clinic_settings):
    clinic_settings.opening_hours = [
        ("hours", {"day": str(day), "opens": opens, "closes": closes}) for day, opens, closes in HOURS
    ]
    clinic_settings.save()
    return clinic_settings


@pytest.fixture
def treatment_index(home_page):
    return home_page.add_child(instance=TreatmentIndexPage(title="Treatments", slug="treatments"))


@pytest.fixture
def make_treatment(treatment_index):
    def make(title, slug=None, body=None, summary=None, live=True, **fields):
        fields.setdefault("last_reviewed", datetime.date(2026, 1, 15))
        fields.setdefault("reviewed_by", "Alex Rivera, PT, DPT")
        page = TreatmentPage(
            title=title,
            slug=slug or title.lower().replace(" ", "-"),
            summary=summary or f"{title} explained in plain language.",
            body=body if body is not None else core_body(title.lower()),
            live=live,
            **fields,
        )
        treatment_index.add_child(instance=page)
        page.save_revision().publish() if live else page.save_revision()
        return page

    return make


@pytest.fixture
def locations_index(home_page):
    return home_page.add_child(instance=LocationIndexPage(title="Locations", slug="locations"))


@pytest.fixture
def make_location(locations_index):
    """A live location page; ``make_location("Arvada")`` is at 5720 Grandview Ave, Arvada, with the demo hours."""

    def make(title, slug=None, **fields):
        fields.setdefault("street_address", "5720 Grandview Ave")
        fields.setdefault("locality", title)
        fields.setdefault("region", "CO")
        fields.setdefault("postal_code", "80002")
        fields.setdefault("phone", "(303) 555-0178")
        fields.setdefault(
            "opening_hours",
            [("hours", {"day": str(day), "opens": opens, "closes": closes}) for day, opens, closes in HOURS],
        )
        page = LocationPage(title=title, slug=slug or title.lower().replace(" ", "-"), **fields)
        locations_index.add_child(instance=page)
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def team_index(home_page):
    return home_page.add_child(instance=OurTeamPage(title="Our team", slug="our-team"))


@pytest.fixture
def make_clinician(team_index):
    """A live clinician page; credentials and languages are given by abbreviation and name, made when missing."""

    def make(title, *, credentials=(), languages=(), treatments=(), locations=(), live=True, **fields):
        fields.setdefault("job_title", "Physical therapist")
        fields.setdefault("bio", f"<p>{title} helps people move better.</p>")
        page = ClinicianPage(title=title, slug=title.lower().replace(" ", "-"), live=live, **fields)
        page.credentials = [
            Credential.objects.filter(locale=Locale.get_default()).get_or_create(
                abbreviation=name, defaults={"meaning": f"Meaning of {name}"}
            )[0]
            for name in credentials
        ]
        page.languages = [
            Language.objects.get_or_create(name=name, defaults={"code": name[:2].lower()})[0] for name in languages
        ]
        page.treatments = list(treatments)
        page.locations = list(locations)
        team_index.add_child(instance=page)
        page.save_revision().publish() if live else page.save_revision()
        return page

    return make


@pytest.fixture
def appointment_page(home_page):
    page = AppointmentPage(
        title="Request an appointment",
        slug="request-an-appointment",
        intro="<p>We reply within one business day.</p>",
        thank_you_text="<p>Thank you. We will be in touch within one business day.</p>",
    )
    page.form_fields = default_form_fields()
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def make_staff(db, django_user_model):
    """A user in one of the roles (groups come from the data migration), or an administrator."""

    def make(username, group=None, first_name="", last_name="", superuser=False):
        user = django_user_model.objects.create_user(
            username=username,
            email=f"{username}@example.com",
            password="correct horse battery staple",
            first_name=first_name,
            last_name=last_name,
            is_superuser=superuser,
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def staff(make_staff):
    return {
        "editor": make_staff("mia", MARKETING_EDITORS, "Mia", "Marketing"),
        "reviewer": make_staff("dana", CLINICAL_REVIEWERS, "Dana", "Whitfield"),
        "front_desk": make_staff("frank", FRONT_DESK, "Frank", "Desk"),
        "admin": make_staff("ada", first_name="Ada", last_name="Admin", superuser=True),
    }


@pytest.fixture
def admin_client(admin_user):
    """pytest-django's administrator client (its own, apart from ``client``), past two-step sign-in as
    every administrator must be."""
    admin = Client()
    verified_login(admin, admin_user)
    return admin
