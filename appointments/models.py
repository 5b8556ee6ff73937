from django.core.validators import slug_unicode_re as slug_re
from django.db import models
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES, AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from core.blocks import RICH_TEXT_FEATURES
from core.seo import plain_text

from .forms import AppointmentFormBuilder

FIELD_TYPES = FORM_FIELD_CHOICES + (
    ("phone", "Phone number"),
    ("treatment", "Treatment (list of published treatments)"),
)

# The fields a new appointment page starts with (label, type, required, choices, help text).
DEFAULT_FIELDS = [
    ("Name", "singleline", True, "", ""),
    ("Phone", "phone", True, "", "We will call or text this number to arrange a time."),
    ("Email", "email", False, "", ""),
    ("Preferred contact method", "radio", True, "Phone call\nText message\nEmail", ""),
    ("Treatment", "treatment", False, "", "Not sure? Leave this and we will help you choose."),
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
    field_type = models.CharField(verbose_name="field type", max_length=16, choices=FIELD_TYPES)


class AppointmentPage(AbstractEmailForm):
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
        FormSubmissionsPanel(),
        "intro",
        InlinePanel("form_fields", label="Form fields"),
        "thank_you_text",
        MultiFieldPanel(
            [
                FieldRowPanel(["from_address", "to_address"]),
                FieldPanel("subject"),
            ],
            heading="Notification email",
        ),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "appointment request page"

    @property
    def search_summary(self):
        return plain_text(self.intro)

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return super().serve(request, *args, **kwargs)
        # A "Request an appointment" link on a treatment page passes ?treatment=<slug>.
        form = self.get_form(page=self, user=request.user, initial=self.initial_treatment(request))
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context)

    def initial_treatment(self, request):
        from treatments.models import TreatmentPage

        slug = request.GET.get("treatment", "")
        field = next((f for f in self.get_form_fields() if f.field_type == "treatment"), None)
        # Only a well-formed slug reaches the database (PostgreSQL rejects NUL characters).
        if field is None or not slug_re.fullmatch(slug) or len(slug) > 255:
            return {}
        title = TreatmentPage.objects.live().public().filter(slug=slug).values_list("title", flat=True).first()
        return {field.clean_name: title} if title else {}
