"""Send the appointment form the way a browser does: show it, then post it with its hidden fields."""

from bs4 import BeautifulSoup


def hidden_fields(html):
    form = BeautifulSoup(html, "html.parser").select_one("form.form")
    return {field["name"]: field.get("value", "") for field in form.select("input[type=hidden]")}


def shown_form(client, page):
    """The hidden fields (CSRF token, the form's signed stamp) of the form as a visitor gets it."""
    response = client.get(page.url)
    assert response.status_code == 200
    return hidden_fields(response.content.decode())


def send(client, page, data, **extra):
    return client.post(page.url, {**shown_form(client, page), **data}, **extra)


# A complete request as a patient fills in the default form.
REQUEST = {
    "name": "Pat Example",
    "phone": "303-555-0100",
    "email": "pat@example.com",
    "preferred_contact_method": "Phone call",
    "i_agree_to_be_contacted_about_this_request": "on",
}
