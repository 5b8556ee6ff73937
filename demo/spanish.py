"""The demo site's Spanish pages: every English demo page has its Spanish version.

Written for this project in plain, patient-level Spanish (not machine translated). Before a real launch a
qualified reviewer must check every translation (README "Languages"). Each page is made with Wagtail's
``copy_for_translation``, so it shares its English page's ``translation_key`` and the two name each other
in ``hreflang`` and the language switcher. Only missing pages are created; an editor's work is never
overwritten.

The texts: the home, treatments index, Dry Needling and appointment pages here; the other treatments and the
About page as Markdown in demo/content/es/ (a mirror of demo/content/); the team, locations and trust pages in
demo/spanish_pages.py; the treatments' warning signs in demo/red_flags.py.
"""

import re
from pathlib import Path

from wagtail.models import Locale

from appointments.models import AppointmentFormField, AppointmentPage
from demo import spanish_labels, spanish_pages
from demo.red_flags import RED_FLAGS_ES, care_cards
from home.models import ContentPage, FeaturedTreatment
from locations.models import LocationIndexPage, LocationPage
from people.models import ClinicianPage, Credential, OurTeamPage
from treatments.importer import MalformedFile, read_markdown_page
from treatments.importer.build import benefits_value, conditions_value, faq_value, rich_text, safety_value
from treatments.importer.markdown import read_markdown
from treatments.language_review import approved_publish
from treatments.models import BodyArea, Condition, TreatmentIndexPage, TreatmentPage
from treatments.taxonomy import default_labels
from trust.models import (
    AccessibilityStatementPage,
    FirstVisitPage,
    InsurancePage,
    Insurer,
    NondiscriminationPage,
    PrivacyNoticePage,
)
from trust.testimonials import Testimonial

SPANISH = "es"
# The clinic details' tagline (English in load_demo_content's CLINIC), as Spanish pages show it.
TAGLINE = "Fisioterapia, punción seca, quiropráctica y masaje en un solo lugar"
# The Spanish names patients need, beside the English glossary's (load_demo_content.GLOSSARY), with the same
# guidance for Spanish editors; "temporomandibular" is one term in both languages.
GLOSSARY = {
    "fascitis plantar": "El nombre que se da al dolor de talón; explique qué es la primera vez.",
    "ciática": "Los pacientes la buscan por este nombre.",
    "articulación temporomandibular": "Diga “ATM” después de la primera vez.",
}

HOME = {
    "title": "Inicio",
    "slug": "inicio",
    "seo_title": "Fisioterapia, punción seca y quiropráctica en Westminster, CO",
    "hero_heading": "Muévase mejor, con menos dolor",
    "hero_text": (
        "<p>Fisioterapeutas, quiroprácticos y masajistas que trabajan en equipo para ayudarle a recuperarse "
        "del dolor y de las lesiones, y a volver a hacer lo que le gusta.</p>"
    ),
    "featured_heading": "Tratamientos más solicitados",
}

TREATMENTS_INDEX = {
    "title": "Tratamientos",
    "slug": "tratamientos",
    "intro": (
        "<p>Todos los tratamientos que ofrecemos, de la A a la Z. ¿No sabe cuál le conviene? Pida una cita y le "
        "ayudamos a elegir.</p>"
    ),
}

DRY_NEEDLING = {
    "title": "Punción seca",
    "slug": "puncion-seca",
    "seo_title": "Punción seca en Westminster, CO",
    "summary": (
        "Agujas muy finas sueltan los músculos tensos y con nudos para aliviar el dolor y ayudarle a moverse "
        "con más libertad."
    ),
    "also_known_as": "punción seca de puntos gatillo, dry needling",
    "search_description": (
        "Punción seca en Westminster, CO, con fisioterapeutas con licencia: agujas muy finas para el dolor muscular."
    ),
    "body": [
        {
            "type": "overview",
            "value": {
                "heading": "¿Qué es la punción seca?",
                "text": (
                    "<p>La punción seca es una técnica que usan fisioterapeutas y otros profesionales de la salud "
                    "para aliviar el dolor de músculos y articulaciones. Consiste en introducir agujas muy finas, "
                    "sin medicamento, en los nudos o bandas tensas del músculo.</p>"
                    "<p>No es acupuntura. La acupuntura viene de la medicina tradicional china; la punción seca se "
                    "basa en la anatomía y trata directamente los músculos y tejidos blandos.</p>"
                ),
            },
        },
        {
            "type": "how_it_works",
            "value": {
                "heading": "Cómo funciona",
                "text": (
                    "<p>Su fisioterapeuta busca con las manos los puntos tensos o dolorosos del músculo e "
                    "introduce la aguja en ellos. A menudo el músculo da un pequeño salto, que dura un instante. "
                    "Ese salto ayuda a que el músculo se relaje y a que le llegue más sangre, lo que alivia el "
                    "dolor.</p><p>Una sesión suele durar de 15 a 30 minutos y casi siempre forma parte de un "
                    "plan con ejercicios.</p>"
                ),
            },
        },
        {
            "type": "benefits",
            "value": {
                "heading": "Beneficios",
                "intro": "",
                "items": [
                    {
                        "label": "Menos dolor",
                        "text": "Puede aliviar el dolor muscular y articular, también el que dura mucho tiempo.",
                    },
                    {
                        "label": "Más movimiento",
                        "text": "Al soltar los músculos tensos, las articulaciones se mueven con más facilidad.",
                    },
                    {
                        "label": "Mejor función muscular",
                        "text": "Los músculos trabajan mejor y con más coordinación cuando no tienen nudos.",
                    },
                    {
                        "label": "Complemento de su plan",
                        "text": "Se combina con ejercicios de fisioterapia para tratar la causa del dolor.",
                    },
                ],
            },
        },
        {
            "type": "safety",
            "value": {
                "heading": "Seguridad y precauciones",
                "intro": (
                    "<p>La punción seca es segura cuando la hace un profesional formado y con licencia. Aun así, "
                    "tenga en cuenta lo siguiente:</p>"
                ),
                "items": [
                    {
                        "label": "Molestias",
                        "text": "Puede sentir una molestia breve al entrar la aguja; suele ser fácil de tolerar.",
                    },
                    {
                        "label": "Efectos después de la sesión",
                        "text": "Es normal tener algún moretón, dolor muscular o cansancio durante uno o dos días.",
                    },
                    {
                        "label": "Díganos si toma anticoagulantes",
                        "text": (
                            "Avísenos si toma medicamentos para la sangre, si está embarazada o si le dan miedo "
                            "las agujas; adaptaremos el tratamiento."
                        ),
                    },
                ],
                "care_cards": care_cards("dry-needling", RED_FLAGS_ES),
            },
        },
        {
            "type": "conditions",
            "value": {
                "heading": "Qué tratamos",
                "items": [
                    "Dolor de cuello",
                    "Dolor de espalda",
                    "Dolor de hombro",
                    "Codo de tenista",
                    "Dolores de cabeza por tensión",
                    "Nudos musculares y puntos gatillo",
                ],
            },
        },
    ],
}

APPOINTMENT = {
    "title": "Pedir una cita",
    "slug": "pedir-una-cita",
    "intro": (
        "<p>Díganos cómo contactarle y en qué le podemos ayudar. Nuestra recepción le responde en español en un "
        "día hábil para buscar una hora que le venga bien.</p>"
    ),
    "thank_you_text": (
        "<p>Gracias, hemos recibido su solicitud. Nuestra recepción le contactará en un día hábil. Si necesita "
        "hablar con nosotros antes, llámenos.</p>"
    ),
    "subject": "Nueva solicitud de cita (en español)",
}

# The Spanish form's questions, in the order and with the types of appointments.models.DEFAULT_FIELDS.
APPOINTMENT_FIELDS = [
    ("Nombre", "singleline", True, "", ""),
    ("Teléfono", "phone", True, "", "Le llamaremos o le escribiremos a este número para buscar una hora."),
    ("Correo electrónico", "email", False, "", ""),
    ("Forma de contacto preferida", "radio", True, "Llamada\nMensaje de texto\nCorreo electrónico", ""),
    ("Tratamiento", "treatment", False, "", "¿No está seguro? Déjelo en blanco y le ayudamos a elegir."),
    (
        "Días y horas preferidos",
        "checkboxes",
        False,
        "Entre semana por la mañana\nEntre semana por la tarde\nEntre semana al anochecer\nSábado",
        "",
    ),
    (
        "Acepto que me contacten sobre esta solicitud",
        "checkbox",
        True,
        "",
        "Por favor, no incluya detalles médicos; los hablaremos con usted en privado.",
    ),
]


ES_CONTENT = Path(__file__).resolve().parent / "content" / "es"
FRONT_MATTER = re.compile(r"\A---\n(?P<fields>.*?)\n---\n", re.DOTALL)
# How each kind of section of a Spanish treatment file becomes its block (treatments/importer/build.py).
BUILDERS = {"benefits": benefits_value, "safety": safety_value, "conditions": conditions_value, "faq": faq_value}


def read_spanish_treatment(path, english):
    """The fields of ``english``'s Spanish page from its Markdown mirror, demo/content/es/treatments/<slug>.md.

    The file starts with "key: value" lines between "---" lines (slug, summary, description, seo_title,
    also_known_as), then "# Title" and one "## " section for each of the English page's blocks, in the same
    order: the Spanish headings say nothing the English importer could recognise, so a section's place says
    which block it is. The warning signs come from demo/red_flags.py, as for the English page.
    """
    text = path.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    if match is None:
        raise MalformedFile(path, 1, 'start with the page\'s fields between two "---" lines')
    meta = dict(line.split(": ", 1) for line in match["fields"].splitlines())
    # Blank lines in place of the fields keep the Markdown's line numbers right in error messages.
    doc = read_markdown(("\n" * match.group().count("\n") + text[match.end() :]).split("\n"), str(path))
    kinds = [block.block_type for block in english.body]
    if len(doc.sections) != len(kinds) or doc.intro:
        message = f'write one "## " section for each of the English page\'s blocks ({", ".join(kinds)})'
        raise MalformedFile(path, doc.title_line, message)
    body = []
    for kind, section in zip(kinds, doc.sections, strict=True):
        if kind in BUILDERS:
            built = BUILDERS[kind](section, doc, str(path))
            if built is None:
                raise MalformedFile(path, section.line, f'the "{section.heading}" section does not read as {kind}')
            value = built[0]
        else:
            value = {"heading": section.heading, "text": rich_text(section.pieces)}
        if kind == "safety":
            value["care_cards"] = [*value["care_cards"], *care_cards(english.slug, RED_FLAGS_ES)]
        body.append({"type": kind, "value": value})
    return {
        "title": doc.title,
        "slug": meta["slug"],
        "seo_title": meta["seo_title"],
        "summary": meta["summary"],
        "search_description": meta["description"],
        "also_known_as": meta["also_known_as"],
        "body": body,
    }


class SpanishDemo:
    def __init__(self, report):
        self.report = report  # report(page, created), the command's own output
        self.locale, _ = Locale.objects.get_or_create(language_code=SPANISH)

    def load(self, home):
        created_home = home.get_translation_or_none(self.locale) is None
        spanish_home = self.translate(home, HOME)
        # Before the Spanish treatments are published, so their search documents name them in Spanish.
        self.labels(Condition, spanish_labels.CONDITIONS)
        self.labels(BodyArea, spanish_labels.BODY_AREAS)
        self.credentials()
        self.treatments(home)
        appointment = AppointmentPage.objects.child_of(home).first()
        if appointment is not None:
            self.translate(appointment, APPOINTMENT, form_fields=True)
        about = ContentPage.objects.child_of(home).filter(slug="about").first()
        if about is not None:
            self.translate(about, self.about_fields)
        self.locations(home)
        self.team(home)
        self.trust_pages(home)
        if created_home:
            self.feature_spanish_treatments(home, spanish_home)
        self.testimonials()
        return spanish_home

    def labels(self, model, names):
        """The Spanish name of each English condition or body area that has none yet (an editor's stays)."""
        english = default_labels(model).filter(name__in=names)
        translated = set(
            model.objects.filter(locale=self.locale, translation_key__in=english.values("translation_key")).values_list(
                "translation_key", flat=True
            )
        )
        for label in english:
            if label.translation_key in translated:
                continue
            translation = label.copy_for_translation(self.locale)
            translation.name, translation.slug = names[label.name], ""  # the slug follows the Spanish name
            translation.save()

    def credentials(self):
        """What each demo credential means, in Spanish, where it has no Spanish translation yet."""
        english = Credential.objects.filter(
            locale=Locale.get_default(), abbreviation__in=spanish_labels.CREDENTIALS
        ).exclude(translation_key__in=Credential.objects.filter(locale=self.locale).values("translation_key"))
        for credential in english:
            translation = credential.copy_for_translation(self.locale)
            translation.meaning = spanish_labels.CREDENTIALS[credential.abbreviation]
            translation.save()

    def testimonials(self):
        """Spanish-speaking patients' own testimonials, with their permission, if there are none in Spanish yet."""
        if Testimonial.objects.filter(language=SPANISH).exists():
            return
        english = {page.slug: page for page in TreatmentPage.objects.filter(locale__language_code="en")}
        for quote, name, context, slug in spanish_labels.TESTIMONIALS:
            about = english.get(slug)
            Testimonial.objects.create(
                quote=quote,
                name=name,
                context=context,
                treatment=(about.get_translation_or_none(self.locale) or about) if about else None,
                language=SPANISH,
                permission_given=True,
            )

    def treatments(self, home):
        index = TreatmentIndexPage.objects.child_of(home).first()
        if index is None:
            return
        # Created, it gets the Clinical review workflow like the English one (treatments/apps.py).
        self.translate(index, TREATMENTS_INDEX)
        for page in TreatmentPage.objects.child_of(index).order_by("path"):
            if page.slug == "dry-needling":
                self.translate(page, DRY_NEEDLING, review_fields=True)
                continue
            path = ES_CONTENT / "treatments" / f"{page.slug}.md"
            if path.exists():  # an editor's own English treatment has no Spanish demo text
                self.translate(page, lambda english, path=path: read_spanish_treatment(path, english), True)

    def about_fields(self, english):
        title, summary, sections = read_markdown_page(ES_CONTENT / "about.md")
        body = [{"type": "section", "value": {"heading": heading, "text": text}} for heading, text in sections]
        return {**spanish_pages.ABOUT, "title": title, "summary": summary, "body": body}

    def locations(self, home):
        index = LocationIndexPage.objects.child_of(home).first()
        if index is None:
            return
        self.translate(index, spanish_pages.LOCATION_INDEX)
        for page in LocationPage.objects.child_of(index).filter(slug__in=spanish_pages.LOCATIONS):
            self.translate(page, spanish_pages.LOCATIONS[page.slug])

    def team(self, home):
        index = OurTeamPage.objects.child_of(home).first()
        if index is None:
            return
        self.translate(index, spanish_pages.TEAM)
        for page in ClinicianPage.objects.child_of(index).filter(slug__in=spanish_pages.CLINICIANS):
            self.translate(page, self.clinician_fields)

    def clinician_fields(self, english):
        """Job title and biography in Spanish; the treatments and places they link to, in Spanish where they exist."""
        return {
            **spanish_pages.CLINICIANS[english.slug],
            "treatments": self.in_spanish(english.treatments.all()),
            "locations": self.in_spanish(english.locations.all()),
        }

    def in_spanish(self, pages):
        return [page.get_translation_or_none(self.locale) or page for page in pages]

    def trust_pages(self, home):
        for model in (FirstVisitPage, InsurancePage, PrivacyNoticePage, AccessibilityStatementPage):
            page = model.objects.child_of(home).first()
            if page is not None:
                self.translate(page, self.trust_fields)
        page = NondiscriminationPage.objects.child_of(home).first()
        if page is not None:
            # The language taglines are the same on every language's notice; the copy keeps them.
            self.translate(page, spanish_pages.NONDISCRIMINATION)

    def trust_fields(self, english):
        fields = dict(spanish_pages.TRUST_PAGES[english.slug])
        if "sections" in fields:
            fields["body"] = [
                {"type": "section", "value": {"heading": heading, "text": text}}
                for heading, text in fields.pop("sections")
            ]
        if isinstance(english, InsurancePage):
            fields["insurers"] = [Insurer(name=name, note=note) for name, note in spanish_pages.INSURERS]
        return fields

    def feature_spanish_treatments(self, home, spanish_home):
        """The copied home page features the English treatments; the Spanish one features their Spanish pages."""
        english = [item.treatment for item in home.featured_treatments.select_related("treatment")]
        pages = [page for page in self.in_spanish(english) if page.locale_id == self.locale.pk and page.live]
        spanish_home.refresh_from_db()  # its tree fields (numchild) changed as pages were added under it
        spanish_home.featured_treatments = [FeaturedTreatment(treatment=page) for page in pages]
        spanish_home.save()
        with approved_publish():
            spanish_home.save_revision().publish()

    def translate(self, page, fields, review_fields=False, form_fields=False):
        """The Spanish version of ``page`` with ``fields``, created and published if missing.

        ``fields`` is a dict, or a function of the English page that returns one (read only when needed).
        """
        existing = page.get_translation_or_none(self.locale)
        if existing is not None:
            self.report(existing, False)
            return existing
        if callable(fields):
            fields = fields(page.specific)
        translation = page.copy_for_translation(self.locale).specific
        for name, value in fields.items():
            setattr(translation, name, value)
        if review_fields:
            # Each language has its own review (treatments/language_review.py): this one has not had it yet.
            translation.last_reviewed = None
            translation.reviewed_by = ""
            translation.next_review_due = None
            translation.reviewer_page = None
        if form_fields:
            translation.form_fields = [
                AppointmentFormField(
                    label=label, field_type=kind, required=required, choices=choices, help_text=help_text
                )
                for label, kind, required, choices, help_text in APPOINTMENT_FIELDS
            ]
        translation.save()
        # The project's own demo content: published as the English demo pages are, without a workflow.
        with approved_publish():
            translation.save_revision().publish()
        self.report(translation, True)
        return translation
