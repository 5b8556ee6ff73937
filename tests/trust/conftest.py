import pytest

from tests.factories import TRUST_PAGE_FACTORIES
from tests.i18n.conftest import spanish_locale, translate  # noqa: F401 - Spanish pages, made as elsewhere


@pytest.fixture
def trust_pages(clinic_settings, home_page):
    """One published page of each trust type under the home page, in the footer's order."""
    return [factory(parent=home_page) for factory in TRUST_PAGE_FACTORIES]
