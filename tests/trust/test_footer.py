"""The footer's copyright line and the clinic's social profiles, from Clinic details."""

import datetime

from bs4 import BeautifulSoup


def footer(client, path="/"):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("footer")


def test_copyright_line_names_the_clinic_and_this_year(client, clinic_settings):
    line = footer(client).find(class_="site-footer__copyright").get_text(strip=True)
    assert line == f"© {datetime.date.today().year} Westminster Wellness Clinic"


def test_social_links_come_from_clinic_details_with_icons_and_names(client, clinic_settings):
    clinic_settings.social_links = [
        ("link", {"network": "instagram", "url": "https://www.instagram.com/westminsterclinic"}),
        ("link", {"network": "facebook", "url": "https://www.facebook.com/westminsterclinic"}),
    ]
    clinic_settings.save()
    links = footer(client).select("ul.social-links a")
    assert [(a["href"], a.get_text(strip=True)) for a in links] == [
        ("https://www.instagram.com/westminsterclinic", "Instagram"),
        ("https://www.facebook.com/westminsterclinic", "Facebook"),
    ]
    for a in links:
        assert a.find("svg")["aria-hidden"] == "true"
        assert "noopener" in a["rel"]


def test_no_social_list_without_profiles(client, clinic_settings):
    assert footer(client).find("ul", class_="social-links") is None
