import pytest

from tests.factories import TRUST_PAGE_FACTORIES


@pytest.fixture
def trust_pages(clinic_settings, home_page):
    """One published page of each trust type under the home page, in the footer's order."""
    return [factory(parent=home_page) for factory in TRUST_PAGE_FACTORIES]
