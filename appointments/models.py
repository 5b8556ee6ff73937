import logging

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import (
    FORM_FIELD_CHOICES,
    AbstractEmailForm,
    AbstractFormField,
    FormMixin,
    FormSubmission,
)
from wagtail.fields import RichTextField

from core.blocks import RICH_TEXT_FEATURES
from core.languages import current_language
from core.pages import SummaryMixin
from core.takedown import ALWAYS, TakedownGuardFormMixin, TakedownGuardMixin
from core.visibility import ViewRestrictionsMixin
from core.visible_text import rich_text_pieces
from locations.models import LocationPage
from people.models import ClinicianPage
from treatments.models import TreatmentPage

from .forms import AppointmentFormBuilder
from .guard import GuardForm, new_token
from .history import removed_fields
from .intake import receive
from .notifications import notify_front_desk
from .places import RequestLocation, record_location, title_for_slug
from .status import RequestStatus  # noqa: F401  (a model: imported here so Django registers it)

__all__ = ["AppointmentFormField", "AppointmentPage", "RequestLocation", "RequestStatus", "SubmissionToken"]
from .submissions import AppointmentRequestsPanel

logger = logging.getLogger(__name__)

FIELD_TYPES = FORM_FIELD_CHOICES + (
    ("phone", "Phone number"),
    ("treatment", "Treatment (list of published treatments)"),
    ("location", "Location (list of published locations)"),
    ("clinician", "Clinician (list of published clinician pages)"),
)
# The choice questions a link may preset: ?treatment=<slug>, ?location=<slug>, ?clinician=<slug>.
PRESETS = {"treatment": TreatmentPage, "location": LocationPage, "clinician": ClinicianPage}

# The fields a new appointment page starts with (label, type, required, choices, help text).
DEFAULT_FIELDS = [
    ("Name", "singleline", True, "", ""),
    ("Phone", "phone", True, "", "We will call or text this number to arrange a time."),
    ("Email", "email", False, "", ""),
    ("Preferred contact method", "radio", True, "Phone call\nText message\nEmail", ""),
    ("Treatment", "treatment", False, "", "Not sure? Leave this and we will help you choose."),
    ("Location", "location", False, "", ""),
    ("Preferred clinician", "clinician", False, "", "Optional. We will tell you if they are not available."),
    (
        "Preferred days and times",
        "checkboxes",
        False,
        "Weekday mornings\nWeekday afternoons\nWeekday evenings\nSaturday",
        "",
    ),
    (
        "I agree to be contacted about this request",
        "checkbox",
        True,
        "",
        "Please do not include medical details; we will discuss them with you privately.",
    ),
]


class AppointmentFormField(AbstractFormField):
    page = ParentalKey("AppointmentPage", on_delete=models.CASCADE, related_name="form_fields")
    field_type = models.CharField(
        verbose_name="field type",
        max_length=16,
        choices=FIELD_TYPES,
        help_text=(
            "“Phone number”, “Treatment”, “Location” and “Clinician” are made for this form; "
            "their lists fill themselves from the published pages."
        ),
    )

    # Wagtail's panels, with help where Wagtail gives none.
    panels = [
        FieldPanel("label"),
        FieldPanel("help_text", help_text="Optional. Shown under the field, e.g. why you ask."),
        FieldPanel("required", help_text="Patients cannot send the form without answering a required field."),
        FieldPanel("field_type", classname="formbuilder-type", required_on_save=True),
        FieldPanel("choices", classname="formbuilder-choices"),
        FieldPanel("default_value", classname="formbuilder-default"),
    ]


def default_form_fields():
    """Unsaved form fields for a new appointment page, from DEFAULT_FIELDS."""
    return [
        AppointmentFormField(label=label, field_type=kind, required=required, choices=choices, help_text=help_text)
        for label, kind, required, choices, help_text in DEFAULT_FIELDS
    ]


class AppointmentPageForm(TakedownGuardFormMixin, WagtailAdminFormPageForm):
    pass


# Not core.pages.BasePage: a form page is never served from the page cache (each rendering carries its
# own one-time stamp, see serve()), so it takes only the summary from it.
class AppointmentPage(TakedownGuardMixin, ViewRestrictionsMixin, SummaryMixin, AbstractEmailForm):
    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="What happens after someone sends a request, e.g. “We reply within one business day.”",
    )
    thank_you_text = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Shown after a request is sent. Say when and how the clinic will reply.",
    )

    form_builder = AppointmentFormBuilder

    content_panels = AbstractEmailForm.content_panels + [
        AppointmentRequestsPanel(heading="Appointment requests"),
        "intro",
        InlinePanel(
            "form_fields",
            label="Form fields",
            help_text="The questions patients answer. Ask only what the front desk needs to call back.",
        ),
        "thank_you_text",
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel(
                            "from_address",
                            help_text="The sender of the notification, e.g. website@your-clinic.com.",
                        ),
                        FieldPanel(
                            "to_address",
                            help_text="Who is told that a request arrived, e.g. the front desk. Separate with commas.",
                        ),
                    ]
                ),
                FieldPanel("subject", help_text="E.g. “New appointment request”. Never include patient details."),
            ],
            heading="Notification email",
            help_text="The email says only that a request arrived and links to it; patient details stay in the admin.",
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    # Patients' only way to ask for an appointment, and the page its requests belong to.
    takedown_guard = ALWAYS
    base_form_class = AppointmentPageForm

    class Meta:
        verbose_name = _("appointment request page")

    summary_fields = ("intro", "search_description")

    def search_document_fields(self):
        """What the appointment page says to site search, by ranking field (search/ranking.py).

        The introduction only: the form's questions and the thank-you text are not what a visitor searches for.
        """
        return {"title": [self.title], "summary": [self.search_summary], "body": rich_text_pieces(self.intro)}

    # Error reports (AdminEmailHandler's 500 emails, Sentry-style handlers using Django's filter) would
    # otherwise carry the posted form and the local variables holding it: patients' details.
    @method_decorator(sensitive_post_parameters())
    @sensitive_variables()
    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            response = receive(self, request)
        else:
            # "Request an appointment" links pass ?treatment=, ?location= or ?clinician=<slug>.
            form = self.get_form(page=self, user=request.user, initial=self.initial_choices(request))
            response = self.render_form(request, form, GuardForm.fresh())
        # Each rendering carries its own one-time stamp: a copy kept by a cache would be shared by
        # everyone who gets it, and only the first of them could send a request.
        add_never_cache_headers(response)
        return response

    def render_form(self, request, form, guard, notice=None, status=200):
        context = self.get_context(request)
        context.update(form=form, guard=guard, form_notice=notice)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def get_preview_context(self, request, mode_name):
        return {**super().get_preview_context(request, mode_name), "guard": GuardForm.fresh()}

    def token_was_used(self, token):
        return SubmissionToken.objects.filter(token=token).exists()

    def process_form_submission(self, form, token=None):
        """Stores the request once per form token; returns None when that token has already been used.

        Wagtail saves and then emails; here the save, the token and the queued notification go in one
        transaction, so of two concurrent posts of the same form only one is stored, and the email
        (appointments/notifications.py) follows only a stored request.
        """
        try:
            with transaction.atomic():
                submission = FormMixin.process_form_submission(self, form)
                SubmissionToken.objects.create(
                    token=token or new_token(), submission=submission, language=request_language()
                )
                location = record_location(submission, self.chosen(form, "location"))
                location_id = location.pk if location is not None else None
                if self.to_address or (location is not None and location.notification_email):
                    # Queued with the request, sent by the worker: the visitor never waits for the mail relay.
                    notify_front_desk.enqueue(self.pk, location_id)
        except IntegrityError:
            return None
        return submission

    def get_form_fields(self):
        # Read once per page view: the form and the ?treatment= preselection both need them.
        if not hasattr(self, "_form_fields_list"):
            self._form_fields_list = list(super().get_form_fields())
        return self._form_fields_list

    def get_data_fields(self):
        # Answers to questions removed since stay listed and exported (appointments/history.py says why).
        fields = super().get_data_fields()
        return fields + removed_fields(self, [name for name, _label in fields])

    def get_submissions_list_view_class(self):
        from .views import AppointmentRequestsView  # admin views cannot be imported while models load

        return AppointmentRequestsView

    def render_email(self, form):
        # Email is not a safe place for health information: the notification carries no form data,
        # only where a signed-in member of staff can read the request.
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailforms:list_submissions", args=[self.pk])
        return f"A new appointment request arrived. View it: {url}"

    def chosen(self, form, field_type):
        """The answer to the form's question of ``field_type`` ("" when the form has none)."""
        field = next((f for f in self.get_form_fields() if f.field_type == field_type), None)
        return form.cleaned_data.get(field.clean_name, "") if field is not None else ""

    def initial_choices(self, request):
        """The answers preset by ?treatment=, ?location= and ?clinician= (slugs of live pages)."""
        initial = {}
        for field in self.get_form_fields():
            model = PRESETS.get(field.field_type)
            slug = request.GET.get(field.field_type, "") if model else ""
            title = title_for_slug(model, slug) if slug else None
            if title:
                initial[field.clean_name] = title
        return initial


def request_language():
    """The language the visitor filled the form in (the URL's: /es/… is Spanish), so the front desk replies in it."""
    active = current_language()
    codes = [code for code, _name in settings.LANGUAGES]
    return active if active in codes else settings.LANGUAGE_CODE


class SubmissionToken(models.Model):
    """The one-time token of the form a request was sent from: a second post of the same form is not stored.

    A side table, so requests stay Wagtail's own FormSubmission (admin listing, export, permissions);
    deleting a request deletes its token. It also keeps the language the form was sent in, written in
    the same insert, so every stored request has one.
    """

    token = models.CharField(max_length=64, unique=True)
    submission = models.OneToOneField(FormSubmission, on_delete=models.CASCADE, related_name="appointment_token")
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en")

    def __str__(self):
        return self.token
