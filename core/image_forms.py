"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): a damaged file is a form error, not a 500.

Wagtail's image field decodes the upload to count its pixels, and a truncated or corrupt file (a
PNG cut short, a JPEG header with garbage after it) makes the decoder raise something other than a
ValidationError. The same check, with any decoding failure reported as "not a valid image".
"""

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class CheckedImageField(WagtailImageField):
    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001 - Pillow and its plugins raise many kinds for a bad file
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error


class ClinicImageForm(BaseImageForm):
    file = CheckedImageField(label="File")
