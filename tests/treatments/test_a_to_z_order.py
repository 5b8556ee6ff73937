"""Lists visitors scan from A to Z ignore case and accents, whatever the database and creation order."""

import re

import pytest
from bs4 import BeautifulSoup

from core.sorting import a_to_z, a_to_z_key

# The order a reader expects. Byte order (SQLite, PostgreSQL's C collation) puts "TMJ" before
# "Therapeutic", capitals before "acupuncture" and "É" after "Z".
A_TO_Z = ["acupuncture", "Dry Needling", "Électrothérapie", "Therapeutic Massage", "TMJ Therapy", "Zen Shiatsu"]


@pytest.fixture(params=["forwards", "backwards"])
def treatments(request, make_treatment, appointment_page):
    titles = A_TO_Z if request.param == "forwards" else A_TO_Z[::-1]
    for n, title in enumerate(titles):
        make_treatment(title, slug=f"treatment-{n}")
    return titles


def test_treatments_index_lists_a_to_z(client, treatments):
    main = BeautifulSoup(client.get("/treatments/").content, "html.parser").find("main")
    titles = [a.get_text(strip=True) for a in main.find_all("a", href=re.compile(r"^/treatments/treatment-\d+/$"))]
    assert titles == A_TO_Z


def test_appointment_form_offers_treatments_a_to_z(client, treatments, appointment_page):
    form = client.get(appointment_page.url).context["form"]
    assert [value for value, _ in form.fields["treatment"].choices][1:] == A_TO_Z


def test_the_key_ignores_case_and_accents_but_keeps_the_order_total():
    assert a_to_z_key("Électrothérapie")[0] == a_to_z_key("electrotherapie")[0]
    assert a_to_z_key("STRASSE")[0] == a_to_z_key("Straße")[0]
    # Titles equal but for case still come out in one order, whichever comes first.
    assert a_to_z(["tmj", "TMJ"]) == a_to_z(["TMJ", "tmj"])
