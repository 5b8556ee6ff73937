"""Build the demo site: home page, treatments, appointment form, About and trust pages, clinic details,
locations, team.

Everything is built through the model API and the treatment importer, so the demo
keeps working when block definitions change (JSON fixtures would not).
Running it again creates only what is missing and never overwrites an editor's work.
"""

import datetime
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from appointments.models import AppointmentPage, default_form_fields
from core.models import ClinicSettings
from demo import illustrations, spanish, trust_pages
from demo import people as team
from demo.red_flags import add_red_flags
from demo.spanish import SpanishDemo
from home.models import ContentPage, FeaturedTreatment, HomePage
from locations.models import LocationIndexPage, LocationPage
from people.models import ClinicianPage, Credential, Language, OurTeamPage
from readability.models import GlossaryTerm
from search.emergency import EmergencySign
from search.emergency_defaults import load_default_signs
from treatments.importer import import_treatment, parse_file, read_markdown_page
from treatments.models import BodyArea, TreatmentIndexPage, TreatmentPage
from treatments.taxonomy import default_labels

DEMO_DIR = Path(__file__).resolve().parents[2] / "content"
SEED_FILE = DEMO_DIR / "dry-needling-westminster-co.txt"
GLOSSARY = {
    "plantar fasciitis": "The name patients are given for heel pain; say what it is the first time.",
    "sciatica": "Patients search for it by this name.",
    "temporomandibular": "Only in “temporomandibular joint (TMJ)”; use TMJ after that.",
}
FEATURED = ["dry-needling", "physical-therapy", "chiropractic-care", "therapeutic-massage"]

CLINIC = {
    "name": "Westminster Physical Medicine",
    "tagline": "Physical therapy, dry needling, chiropractic care and massage under one roof",
    "street_address": "7400 W 92nd Ave, Suite 120",
    "locality": "Westminster",
    "region": "CO",
    "postal_code": "80021",
    "phone": "(303) 555-0142",
    "email": "frontdesk@example.com",
    # Roughly W 92nd Ave near Wadsworth Blvd: a believable pin for the demo's map data.
    "latitude": Decimal("39.860500"),
    "longitude": Decimal("-105.077200"),
}
SOCIAL_LINKS = [
    ("facebook", "https://www.facebook.com/"),
    ("instagram", "https://www.instagram.com/"),
    ("youtube", "https://www.youtube.com/"),
]
HOURS = [(day, "07:30", "18:30") for day in "01234"] + [("5", "08:00", "12:00")]

# Written for the top of each page and for listings. The importer would take the Overview's first
# sentences, and the page would then say them twice, one under the other.
SUMMARIES = {
    "dry-needling": "Fine needles release tight, knotted muscles to ease pain and help you move more freely.",
    "chiropractic-care": (
        "Gentle adjustments and hands-on care for back, neck and joint pain, with simple exercises to keep you moving."
    ),
    "instrument-assisted-soft-tissue-mobilization": (
        "Smooth handheld tools loosen stiff muscles, tendons and scar tissue, as part of a wider plan."
    ),
    "physical-therapy": (
        "A plan built around your goals to ease pain, rebuild strength and get you back to everyday life."
    ),
    "post-surgical-rehabilitation": (
        "Step-by-step exercise and care after an operation, agreed with your surgeon, to get your movement and "
        "strength back."
    ),
    "shockwave-therapy": (
        "Short pulses of sound energy for stubborn tendon pain, such as heel or elbow pain, that has not settled "
        "with other care."
    ),
    "sports-injury-rehabilitation": (
        "Recover from a sprain, strain or overuse injury and get back to your sport stronger, with a plan that fits "
        "your season."
    ),
    "therapeutic-massage": (
        "Hands-on massage to relax tight muscles, ease aches and help you recover, tailored to how you feel on the day."
    ),
    "tmj-therapy": (
        "Relief for a sore, clicking or stiff jaw through gentle hands-on care and simple exercises you can do at home."
    ),
}


class Command(BaseCommand):
    help = "Load the demo clinic site (idempotent: only missing pages are created)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the site already has a home page (used by `make run`).",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("Site already has content; demo content not loaded.")
            return
        with transaction.atomic():
            home = self.home_page()
            site = self.site(home)
            self.clinic_details(site)
            index = self.child(
                home,
                TreatmentIndexPage,
                "treatments",
                title="Treatments",
                intro=(
                    "<p>Every treatment we offer, A to Z. Not sure which is right for you? "
                    "Request an appointment and we will help you choose.</p>"
                ),
            )
            self.glossary()
            self.treatments(index)
            self.featured(home)
            self.appointment_page(home)
            self.about_page(home)
            # The data migration seeds these; a database flushed since (tests, `make reset`) gets them back.
            load_default_signs(EmergencySign)
            self.locations(home)
            self.team(home)
            trust_pages.trust_pages(lambda model, slug, **fields: self.child(home, model, slug, **fields))
            trust_pages.testimonials({page.slug: page for page in TreatmentPage.objects.child_of(index)})
            self.body_area_images()
            SpanishDemo(self.report).load(home)
        self.stdout.write(self.style.SUCCESS("Demo content ready."))

    def report(self, page, created):
        self.stdout.write(f"{'created' if created else 'exists '} {page.url_path}")

    def home_page(self):
        home = HomePage.objects.first()
        if home:
            self.report(home, False)
            return home
        root = Page.get_first_root_node() or self.root_page()
        # Wagtail's first migration adds a "Welcome" placeholder at /home/; the real home page replaces it.
        for child in root.get_children().filter(slug="home"):
            if child.specific_class is Page:
                child.delete()
        home = root.add_child(
            instance=HomePage(
                title="Home",
                slug="home",
                seo_title="Physical therapy, dry needling and chiropractic care in Westminster, CO",
                hero_heading="Move better, hurt less",
                hero_text=(
                    "<p>Our physical therapists, chiropractors and massage therapists work as one team. "
                    "We help you heal from pain and injury and get back to what you love.</p>"
                ),
                featured_heading="Popular treatments",
                hero_image=illustrations.home_illustration(),
            )
        )
        home.save_revision().publish()
        self.report(home, True)
        return home

    def root_page(self):
        """Recreate the tree root that Wagtail's migrations make, if the database was flushed since."""
        Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
        if not Collection.objects.exists():
            Collection.add_root(name="Root")
        return Page.add_root(instance=Page(title="Root", slug="root"))

    def site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = CLINIC["name"]
        site.save()
        return site

    def clinic_details(self, site):
        settings = ClinicSettings.for_site(site)
        if not settings.social_links:  # added after the first demo; filled in only while empty
            settings.social_links = [("link", {"network": network, "url": url}) for network, url in SOCIAL_LINKS]
            settings.save()
        if not settings.tagline_translations:  # added with the Spanish pages; filled in only while empty
            settings.tagline_translations = [("translation", {"language": spanish.SPANISH, "text": spanish.TAGLINE})]
            settings.save()
        if settings.phone:  # filled in already, by an editor or an earlier run
            return
        for field, value in CLINIC.items():
            setattr(settings, field, value)
        settings.opening_hours = [
            (
                "hours",
                {
                    "day": day,
                    "opens": datetime.time.fromisoformat(opens),
                    "closes": datetime.time.fromisoformat(closes),
                },
            )
            for day, opens, closes in HOURS
        ]
        settings.save()
        self.stdout.write("created clinic details")

    def child(self, parent, model, slug, **fields):
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            self.report(existing, False)
            return existing
        page = parent.add_child(instance=model(slug=slug, **fields))
        page.save_revision().publish()
        self.report(page, True)
        return page

    def treatments(self, index):
        files = [SEED_FILE, *sorted((DEMO_DIR / "treatments").glob("*.md"))]
        reviewed = datetime.date.today()
        for path in files:
            parsed = parse_file(path)
            existing = TreatmentPage.objects.child_of(index).filter(slug=parsed.slug).first()
            if existing:
                self.report(existing, False)
                continue
            add_red_flags(parsed)
            page, _ = import_treatment(parsed, parent=index, publish=False)
            page.summary = SUMMARIES[parsed.slug]
            page.hero_image = illustrations.treatment_illustration(parsed.slug)
            page.last_reviewed = reviewed
            page.reviewed_by = "Dana Whitfield, PT, DPT"
            page.save_revision().publish()
            self.report(page, True)

    def glossary(self):
        """Words the demo pages need that patients know by name; they do not count against a page's grade."""
        for term, note in {**GLOSSARY, **spanish.GLOSSARY}.items():
            GlossaryTerm.objects.get_or_create(term=term, defaults={"note": note})

    def featured(self, home):
        if home.featured_treatments.exists():
            return
        pages = {p.slug: p for p in TreatmentPage.objects.live().filter(slug__in=FEATURED)}
        home.featured_treatments = [FeaturedTreatment(treatment=pages[slug]) for slug in FEATURED if slug in pages]
        home.save_revision().publish()

    def appointment_page(self, home):
        if AppointmentPage.objects.exists():
            self.report(AppointmentPage.objects.first(), False)
            return
        page = AppointmentPage(
            title="Request an appointment",
            slug="request-an-appointment",
            intro=(
                "<p>Tell us how to reach you and what you would like help with. "
                "Our front desk replies within one business day to find a time that suits you.</p>"
            ),
            thank_you_text=(
                "<p>Thank you, your request has been sent. Our front desk will contact you within one "
                "business day. If you need to talk to us sooner, please call.</p>"
            ),
            subject="New appointment request",
            # The front desk is told a request arrived (no patient details); dev settings print it.
            to_address=CLINIC["email"],
        )
        page.form_fields = default_form_fields()
        home.add_child(instance=page)
        page.save_revision().publish()
        self.report(page, True)

    def about_page(self, home):
        title, summary, sections = read_markdown_page(DEMO_DIR / "about.md")
        self.child(
            home,
            ContentPage,
            "about",
            title=title,
            summary=summary,
            show_in_menus=True,
            body=[("section", {"heading": heading, "text": text}) for heading, text in sections],
        )

    def locations(self, home):
        index = self.child(
            home,
            LocationIndexPage,
            "locations",
            title="Locations",
            intro="<p>Two clinics, ten minutes apart. Each has its own hours and parking.</p>",
        )
        for place in team.LOCATIONS:
            fields = {key: value for key, value in place.items() if key not in ("slug", "hours")}
            self.child(index, LocationPage, place["slug"], opening_hours=team.opening_hours(place["hours"]), **fields)

    def team(self, home):
        index = self.child(
            home,
            OurTeamPage,
            "our-team",
            title="Our team",
            intro=(
                "<p>Physical therapists, chiropractors and massage therapists who plan your care together. "
                "Filter by treatment, location or the language you would like to be treated in.</p>"
            ),
        )
        credentials = {
            abbreviation: Credential.objects.get_or_create(
                abbreviation=abbreviation,
                locale=Locale.get_default(),
                defaults={"meaning": meaning, "sort_order": order},
            )[0]
            for abbreviation, meaning, order in team.CREDENTIALS
        }
        languages = {
            name: Language.objects.get_or_create(code=code, defaults={"name": name})[0] for name, code in team.LANGUAGES
        }
        places = {page.slug: page for page in LocationPage.objects.all()}
        treatments = {page.slug: page for page in TreatmentPage.objects.live()}
        for person in team.CLINICIANS:
            existing = ClinicianPage.objects.child_of(index).filter(slug=person["slug"]).first()
            if existing:
                self.report(existing, False)
                continue
            page = ClinicianPage(
                slug=person["slug"],
                title=person["title"],
                job_title=person["job_title"],
                bio=person["bio"],
                accepting_new_patients=person.get("accepting_new_patients", True),
            )
            page.credentials = [credentials[name] for name in person["credentials"]]
            page.languages = [languages[name] for name in person["languages"]]
            page.locations = [places[slug] for slug in person["locations"] if slug in places]
            page.treatments = [treatments[slug] for slug in person["treatments"] if slug in treatments]
            index.add_child(instance=page)
            page.save_revision().publish()
            self.report(page, True)
        self.link_reviewer()

    def link_reviewer(self):
        """The demo's treatments were reviewed by Dana Whitfield: their "Reviewed by" links to her page."""
        reviewer = ClinicianPage.objects.live().filter(slug=team.REVIEWER_SLUG).first()
        if reviewer is None:
            return
        for page in TreatmentPage.objects.live().filter(
            reviewer_page__isnull=True, reviewed_by__startswith=reviewer.title
        ):
            page.reviewer_page = reviewer
            page.save_revision().publish()

    def body_area_images(self):
        """A drawing for each body area that has none (the browse tiles); an editor's own picture stays."""
        for area in default_labels(BodyArea).filter(image__isnull=True):  # the tiles show the English rows' images
            area.image = illustrations.body_area_illustration(area.slug)
            if area.image:
                area.save(update_fields=["image"])
