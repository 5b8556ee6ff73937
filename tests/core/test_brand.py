"""The clinic's brand: a readable colour (refused below 4.5:1, with a darker shade offered), a raster logo
or a text mark, served to every page through /brand.css (no inline style), and named in the admin."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.brand import brand_css, contrast_with_white, darker_shade, parse_hex, validate_brand_colour


@pytest.mark.parametrize(
    ("colour", "ratio"),
    [("#000000", 21.0), ("#ffffff", 1.0), ("#767676", 4.54), ("#0b5e63", 7.5)],
)
def test_contrast_with_white_follows_wcag(colour, ratio):
    assert contrast_with_white(parse_hex(colour)) == pytest.approx(ratio, abs=0.05)


@pytest.mark.parametrize("colour", ["#0b5e63", "#0B5E63", "#000", "#1d4ed8"])
def test_readable_colours_are_accepted(colour):
    validate_brand_colour(colour)


def test_a_light_colour_is_refused_with_a_darker_shade_that_passes():
    with pytest.raises(ValidationError) as refused:
        validate_brand_colour("#7fd1c7")
    message = refused.value.messages[0]
    assert "4.5:1" in message
    shade = darker_shade(parse_hex("#7fd1c7"))
    assert shade in message
    assert contrast_with_white(parse_hex(shade)) >= 4.5
    # The lightest passing shade: one step lighter would not pass.
    lighter = tuple(min(255, c * 1.02) for c in parse_hex(shade))
    assert contrast_with_white(lighter) < 4.6


@pytest.mark.parametrize("value", ["", "teal", "#12345", "#gggggg", "rgb(0,0,0)"])
def test_anything_but_a_hex_colour_is_refused(value):
    with pytest.raises(ValidationError):
        validate_brand_colour(value)


def test_brand_css_darkens_a_colour_saved_before_the_check():
    assert brand_css("#0b5e63") == ":root { --c-brand: #0b5e63; }\n"
    served = brand_css("#ffff00").split("--c-brand: ")[1][:7]
    assert contrast_with_white(parse_hex(served)) >= 4.5
    assert brand_css("not a colour") == ":root { --c-brand: #0b5e63; }\n"


def test_brand_css_is_kept_for_a_year_only_under_its_current_version(client, clinic_settings):
    clinic_settings.brand_colour = "#1d4ed8"
    clinic_settings.save()
    current = client.get(reverse("brand_css"), {"v": "1d4ed8"})
    assert current.status_code == 200
    assert current["Content-Type"].startswith("text/css")
    assert current.content == b":root { --c-brand: #1d4ed8; }\n"
    assert "immutable" in current["Cache-Control"]
    assert "max-age=31536000" in current["Cache-Control"]
    stale = client.get(reverse("brand_css"), {"v": "0b5e63"})
    assert stale.content == b":root { --c-brand: #1d4ed8; }\n"
    assert "immutable" not in stale["Cache-Control"]
    assert "max-age=60" in stale["Cache-Control"]
    assert client.post(reverse("brand_css")).status_code == 405


def test_pages_link_the_brand_stylesheet_by_colour_and_show_the_text_mark(client, clinic_settings):
    clinic_settings.brand_colour = "#1d4ed8"
    clinic_settings.save()
    html = client.get("/").content.decode()
    assert 'href="/brand.css?v=1d4ed8"' in html
    assert '<meta name="theme-color" content="#1d4ed8">' in html
    assert '<span class="site-brand__name">Westminster Wellness Clinic</span>' in html
    assert "style=" not in html


def test_the_logo_replaces_the_text_mark_with_the_clinic_name_as_alt(client, clinic_settings):
    logo = get_image_model().objects.create(title="logo", file=get_test_image_file(size=(400, 120)))
    clinic_settings.logo = logo
    clinic_settings.save()
    html = client.get("/").content.decode()
    assert 'class="site-brand__logo"' in html
    assert 'alt="Westminster Wellness Clinic"' in html
    assert "site-brand__name" not in html


def test_an_svg_logo_is_refused(clinic_settings):
    logo = get_image_model().objects.create(title="logo", file=get_test_image_file(size=(40, 40)))
    logo.file.name = "original_images/logo.svg"
    clinic_settings.logo = logo
    with pytest.raises(ValidationError) as refused:
        clinic_settings.full_clean()
    assert "SVG" in str(refused.value)


def clinic_form(settings, **overrides):
    data = {
        "name": settings.name,
        "tagline": "",
        "tagline_translations": streamfield([]),
        "logo": "",
        "brand_colour": settings.brand_colour,
        "street_address": "",
        "locality": "",
        "region": "",
        "postal_code": "",
        "phone": "",
        "email": "",
        "opening_hours": streamfield([]),
        "social_links": streamfield([]),
        "latitude": "",
        "longitude": "",
        "social_image": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def settings_url():
    site = Site.objects.get(is_default_site=True)
    return reverse("wagtailsettings:edit", args=["core", "clinicsettings", site.pk])


def test_editor_sees_the_refusal_and_what_they_typed(admin_client, clinic_settings):
    response = admin_client.post(settings_url(), clinic_form(clinic_settings, brand_colour="#9fe3da"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "The nearest darker shade that reaches it is" in html
    assert 'value="#9fe3da"' in html
    clinic_settings.refresh_from_db()
    assert clinic_settings.brand_colour == "#0b5e63"


def test_editor_saves_a_readable_colour_normalised(admin_client, clinic_settings):
    response = admin_client.post(settings_url(), clinic_form(clinic_settings, brand_colour="#1D4ED8"))
    assert response.status_code == 302
    clinic_settings.refresh_from_db()
    assert clinic_settings.brand_colour == "#1d4ed8"


def test_admin_login_and_titles_name_the_clinic(client, admin_client, clinic_settings):
    login = client.get(reverse("wagtailadmin_login")).content.decode()
    assert "Sign in to Westminster Wellness Clinic" in login
    assert "- Westminster Wellness Clinic</title>" in login
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "- Westminster Wellness Clinic</title>" in dashboard


def test_admin_sidebar_and_login_show_the_clinic_logo(client, admin_client, clinic_settings):
    logo = get_image_model().objects.create(title="logo", file=get_test_image_file(size=(400, 120)))
    clinic_settings.logo = logo
    clinic_settings.save()
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    sidebar = dashboard.split("<template data-wagtail-sidebar-branding-logo>")[1].split("</template>")[0]
    assert 'class="clinic-admin-logo"' in sidebar and 'alt="Westminster Wellness Clinic"' in sidebar
    login = client.get(reverse("wagtailadmin_login")).content.decode()
    assert 'alt="Westminster Wellness Clinic"' in login.split('class="login-logo"')[1]
