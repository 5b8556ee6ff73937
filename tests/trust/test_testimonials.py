"""Testimonials: shown only with the patient's permission, on the home page and the treatment they are about."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from tests import factories
from trust import testimonials  # not its class by name: pytest would take "Testimonial…" for a test class


def shown_testimonials(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("section", class_="testimonials")


def quotes(section):
    return [blockquote.get_text(strip=True) for blockquote in section.find_all("blockquote")]


@pytest.fixture
def needling(clinic_settings, make_treatment):
    return make_treatment("Dry Needling")


def test_a_testimonial_without_permission_cannot_be_saved_by_an_editor(db):
    testimonial = testimonials.Testimonial(quote="Great care.", name="Ana P.")
    with pytest.raises(ValidationError) as error:
        testimonial.full_clean()
    assert "permission_given" in error.value.message_dict


def test_home_shows_testimonials_with_the_permission_line(client, needling):
    factories.TestimonialFactory(quote="Back to hiking in six weeks.", name="Sam K.", context="Knee pain")
    section = shown_testimonials(client, "/")
    assert quotes(section) == ["Back to hiking in six weeks."]
    assert "Sam K." in section.find("figcaption").get_text() and "Knee pain" in section.find("figcaption").get_text()
    assert "Shared with each patient's permission" in section.get_text()
    assert section.find("svg")["aria-hidden"] == "true"


def test_a_testimonial_without_permission_is_never_shown(client, needling):
    testimonials.Testimonial.objects.create(quote="Not agreed yet.", name="Lee W.", permission_given=False)
    assert shown_testimonials(client, "/") is None
    assert shown_testimonials(client, needling.url) is None


def test_a_treatment_page_shows_its_own_testimonial_first_and_none_about_other_treatments(
    client, needling, make_treatment
):
    massage = make_treatment("Massage Therapy")
    factories.TestimonialFactory(quote="About massage.", treatment=massage)
    factories.TestimonialFactory(quote="About needling.", treatment=needling)
    factories.TestimonialFactory(quote="General praise.")
    factories.TestimonialFactory(quote="More general praise.")
    assert quotes(shown_testimonials(client, needling.url)) == ["About needling.", "More general praise."]


def test_the_home_page_shows_the_three_newest(client, needling):
    for n in range(5):
        factories.TestimonialFactory(quote=f"Quote {n}.")
    assert quotes(shown_testimonials(client, "/")) == ["Quote 4.", "Quote 3.", "Quote 2."]


def test_editing_a_testimonial_updates_the_cached_pages(client, needling):
    testimonial = factories.TestimonialFactory(quote="First words.")
    assert quotes(shown_testimonials(client, "/")) == ["First words."]
    testimonial.quote = "Better words."
    testimonial.save()
    assert quotes(shown_testimonials(client, "/")) == ["Better words."]
    testimonial.delete()
    assert shown_testimonials(client, "/") is None


def test_a_treatment_deleted_leaves_its_testimonial_as_a_general_one(client, needling, make_treatment):
    massage = make_treatment("Massage Therapy")
    testimonial = factories.TestimonialFactory(quote="Loved it.", treatment=massage)
    massage.delete()
    testimonial.refresh_from_db()
    assert testimonial.treatment is None
    assert quotes(shown_testimonials(client, needling.url)) == ["Loved it."]


def test_a_new_testimonial_is_shown_at_once_though_the_list_is_kept_until_the_next_change(client, needling):
    """The treatment page keeps its testimonials until the next change; adding one is such a change."""
    factories.TestimonialFactory(quote="First praise.")
    assert quotes(shown_testimonials(client, needling.url)) == ["First praise."]
    factories.TestimonialFactory(quote="Newer praise.", treatment=needling)
    assert quotes(shown_testimonials(client, needling.url)) == ["Newer praise.", "First praise."]
    testimonials.Testimonial.objects.get(quote="First praise.").delete()
    assert quotes(shown_testimonials(client, needling.url)) == ["Newer praise."]


def test_each_language_shows_only_its_own_patients_testimonials(
    client, needling, home_page, treatment_index, translate
):
    factories.TestimonialFactory(quote="Back to hiking in six weeks.")
    factories.TestimonialFactory(quote="Volví a caminar al parque.", language="es", treatment=needling)
    factories.TestimonialFactory(quote="Me atendieron en español.", language="es")
    translate(home_page, title="Inicio", slug="inicio")
    translate(treatment_index, title="Tratamientos", slug="tratamientos")
    puncion = translate(needling, title="Punción seca", slug="puncion-seca")
    assert quotes(shown_testimonials(client, "/")) == ["Back to hiking in six weeks."]
    assert quotes(shown_testimonials(client, needling.url)) == ["Back to hiking in six weeks."]
    assert quotes(shown_testimonials(client, "/es/")) == ["Me atendieron en español.", "Volví a caminar al parque."]
    # About dry needling though it names the English page: shown first on the Spanish one.
    about_first = ["Volví a caminar al parque.", "Me atendieron en español."]
    assert quotes(shown_testimonials(client, puncion.url)) == about_first


def test_a_new_testimonial_is_in_the_default_language(db):
    testimonial = testimonials.Testimonial(quote="Great care.", name="Ana P.", permission_given=True)
    assert testimonial.language == "en"
    testimonial.full_clean()
    testimonial.language = "fr"
    with pytest.raises(ValidationError) as error:
        testimonial.full_clean()
    assert "language" in error.value.message_dict
