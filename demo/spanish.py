"""The demo site's Spanish pages: home, treatments index, Dry Needling and the appointment request page.

Written for this project in plain, patient-level Spanish (not machine translated). Before a real launch a
qualified reviewer must check every translation (README "Languages"). Each page is made with Wagtail's
``copy_for_translation``, so it shares its English page's ``translation_key`` and the two name each other
in ``hreflang`` and the language switcher. Only missing pages are created; an editor's work is never
overwritten.
"""

from wagtail.models import Locale

from appointments.models import AppointmentFormField, AppointmentPage
from home.models import FeaturedTreatment
from treatments.language_review import approved_publish
from treatments.models import TreatmentIndexPage, TreatmentPage

SPANISH = "es"
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
    "featured_heading": "Tratamientos",
}

TREATMENTS_INDEX = {
    "title": "Tratamientos",
    "slug": "tratamientos",
    "intro": (
        "<p>Los tratamientos que ofrecemos en español. ¿No sabe cuál le conviene? Pida una cita y le "
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
                "when_to_seek_care": (
                    "<p>Busque atención médica urgente si después de la sesión le falta el aire, siente dolor "
                    "en el pecho o nota fiebre o enrojecimiento que aumenta. En una emergencia, llame al 911.</p>"
                ),
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


class SpanishDemo:
    def __init__(self, report):
        self.report = report  # report(page, created), the command's own output
        self.locale, _ = Locale.objects.get_or_create(language_code=SPANISH)

    def load(self, home):
        created_home = home.get_translation_or_none(self.locale) is None
        spanish_home = self.translate(home, HOME)
        index = TreatmentIndexPage.objects.child_of(home).first()
        if index is not None:
            # Created, it gets the Clinical review workflow like the English one (treatments/apps.py).
            spanish_index = self.translate(index, TREATMENTS_INDEX)
            if spanish_index is not None:
                dry_needling = TreatmentPage.objects.child_of(index).filter(slug="dry-needling").first()
                if dry_needling is not None:
                    self.translate(dry_needling, DRY_NEEDLING, review_fields=True)
        appointment = AppointmentPage.objects.child_of(home).first()
        if appointment is not None:
            self.translate(appointment, APPOINTMENT, form_fields=True)
        if created_home:
            self.feature_spanish_treatments(spanish_home)
        return spanish_home

    def feature_spanish_treatments(self, spanish_home):
        """The copied home page features the English treatments; the Spanish one features their Spanish pages."""
        pages = TreatmentPage.objects.live().filter(locale=self.locale).order_by("path")
        spanish_home.refresh_from_db()  # its tree fields (numchild) changed as pages were added under it
        spanish_home.featured_treatments = [FeaturedTreatment(treatment=page) for page in pages]
        spanish_home.save()
        with approved_publish():
            spanish_home.save_revision().publish()

    def translate(self, page, fields, review_fields=False, form_fields=False):
        """The Spanish version of ``page`` with ``fields``, created and published if missing."""
        existing = page.get_translation_or_none(self.locale)
        if existing is not None:
            self.report(existing, False)
            return existing
        translation = page.copy_for_translation(self.locale).specific
        for name, value in fields.items():
            setattr(translation, name, value)
        if review_fields:
            # Each language has its own review (treatments/language_review.py): this one has not had it yet.
            translation.last_reviewed = None
            translation.reviewed_by = ""
            translation.next_review_due = None
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
