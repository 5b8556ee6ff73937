"""The benchmarks' visitor fills in the real appointment form as a person would.

benchmarks/concurrent_requests.py counts stored requests against what it sent; if its form filler
fell out of step with the template (a renamed field, a new hidden input, a honeypot it filled in), that
benchmark would report losses that are not the site's. These tests keep the two in step.
"""

from wagtail.contrib.forms.models import FormSubmission

from benchmarks import forms, stats

PERSON = {"name": "Pat Bench", "phone": "(303) 555-0199", "email": "pat.bench@example.com"}


def as_post_data(pairs):
    data = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    return data


def test_the_filled_form_is_stored_once_with_every_value_sent(client, appointment_page, make_treatment):
    make_treatment("Dry Needling")
    form = forms.read_form(client.get(appointment_page.url).content.decode())

    pairs, expected = forms.fill_appointment_form(form, PERSON)
    response = client.post(appointment_page.url, as_post_data(pairs))

    assert response.status_code in (200, 302, 303)
    stored = FormSubmission.objects.get(page=appointment_page).form_data
    assert {name: stored.get(name) for name in expected} == expected
    # Every visible field the page asks for was answered.
    assert expected["name"] == "Pat Bench"
    assert expected["phone"] == "(303) 555-0199"
    assert expected["email"] == "pat.bench@example.com"
    assert expected["treatment"] == "Dry Needling"
    assert expected["preferred_days_and_times"] == ["Weekday mornings", "Weekday afternoons"]
    assert expected["i_agree_to_be_contacted_about_this_request"] is True


def test_hidden_inputs_are_copied_and_traps_left_alone():
    html = """
    <form method="post" action="/request-an-appointment/">
      <input type="hidden" name="csrfmiddlewaretoken" value="abc">
      <input type="hidden" name="guard-stamp" value="signed:1">
      <div class="visually-hidden" aria-hidden="true">
        <label for="id_guard-website">Your name</label><input type="text" name="guard-website" id="id_guard-website">
      </div>
      <label for="id_fax">Fax</label><input type="text" name="fax" id="id_fax">
      <label for="id_name">Name</label><input type="text" name="name" id="id_name" required>
      <label for="id_nick">Nickname</label><input type="text" name="nick" id="id_nick" tabindex="-1">
    </form>
    """
    pairs, expected = forms.fill_appointment_form(forms.read_form(html), PERSON)

    assert dict(pairs) == {
        "csrfmiddlewaretoken": "abc",
        "guard-stamp": "signed:1",
        "guard-website": "",
        "fax": "",
        "name": "Pat Bench",
        "nick": "",
    }
    assert expected == {"name": "Pat Bench"}


def test_percentiles_are_observed_values_by_nearest_rank():
    values = list(range(1, 101))

    assert stats.percentile(values, 0.50) == 50
    assert stats.percentile(values, 0.95) == 95
    assert stats.percentile(values, 0.99) == 99
    assert stats.percentile([7.0], 0.99) == 7.0
