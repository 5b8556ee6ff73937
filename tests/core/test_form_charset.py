"""A form post that declares a character set other than UTF-8: 400 and one short log line, on any URL."""

import logging

import pytest
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

URLS = ["/", "/request-an-appointment/", "/search/", "/no-such-page/", "/admin/login/"]
NOT_UTF8 = ["utf-16", "UTF-32", "utf-7", "latin-1", "cp037", "x-no-such-charset", "utf-8x", '"shift_jis"', "utf8"]
BODY = "name=Pat+Example&phone=303-555-0100"


def post(url, content_type):
    client = Client(raise_request_exception=False)
    return client.generic("POST", url, BODY.encode(), content_type=content_type)


@pytest.mark.parametrize("charset", NOT_UTF8)
@pytest.mark.parametrize("url", URLS)
def test_a_urlencoded_post_in_another_charset_is_refused(appointment_page, caplog, url, charset):
    caplog.set_level(logging.INFO)
    response = post(url, f"application/x-www-form-urlencoded; charset={charset}")
    assert response.status_code == 400
    assert "Your form could not be read" in response.content.decode()
    errors = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(errors) == 1 and errors[0].exc_info is None and len(errors[0].getMessage()) < 120
    assert "Pat Example" not in caplog.text
    assert not FormSubmission.objects.exists()


@pytest.mark.parametrize("charset", ["utf-16", "x-no-such-charset"])
def test_a_multipart_post_in_another_charset_is_refused(appointment_page, charset):
    body = b'--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nPat\r\n--b--\r\n'
    client = Client(raise_request_exception=False)
    content_type = f"multipart/form-data; boundary=b; charset={charset}"
    assert client.generic("POST", "/request-an-appointment/", body, content_type=content_type).status_code == 400


@pytest.mark.parametrize("charset", ["utf-8", "UTF-8", '"utf-8"'])
def test_utf8_posts_go_through(appointment_page, charset):
    response = post("/request-an-appointment/", f"application/x-www-form-urlencoded; charset={charset}")
    assert response.status_code == 200  # the form, back with its errors (no stamp, no CSRF check in tests)
