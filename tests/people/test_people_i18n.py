"""Languages a clinician speaks are named in the page's language ("Speaks Spanish", "Habla español")."""

import pytest
from django.utils import translation

from people.taxonomy import Language

pytestmark = pytest.mark.django_db


def test_a_language_is_named_in_the_language_the_page_is_shown_in():
    spanish = Language.objects.create(name="Spanish", code="es")
    vietnamese = Language.objects.create(name="Vietnamese", code="vi")
    with translation.override("en"):
        assert [str(spanish), str(vietnamese)] == ["Spanish", "Vietnamese"]
    with translation.override("es"):
        # Spanish writes language names in lower case.
        assert [str(spanish), str(vietnamese)] == ["español", "vietnamita"]


def test_a_language_django_does_not_know_keeps_the_editors_name():
    language = Language.objects.create(name="Hmong", code="hmn")
    with translation.override("es"):
        assert str(language) == "Hmong"
