"""Broken image files get a form error (never a 500), and camera-size originals are refused."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images.models import Image

INVALID = "Upload a valid image"


def encoded(fmt, width=200, height=200, mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, (width, height), "white" if mode == "RGB" else 1).save(buffer, fmt)
    return buffer.getvalue()


def broken_files():
    for fmt, ext in (("PNG", "png"), ("JPEG", "jpg"), ("GIF", "gif"), ("WEBP", "webp")):
        whole = encoded(fmt)
        yield f"truncated.{ext}", whole[: len(whole) // 3]
        yield f"header-then-zeros.{ext}", whole[:16] + b"\0" * 200
    yield "header-only.png", b"\x89PNG\r\n\x1a\n"
    yield "garbage.jpg", b"\xff\xd8\xff\xe0" + b"garbage" * 50
    yield "broken.avif", b"\x00\x00\x00\x1cftypavif" + b"\0" * 40
    yield "empty-ish.gif", b"GIF89a\x01\x00\x01\x00"


BROKEN = dict(broken_files())


@pytest.fixture
def editor_client(client, staff):
    client.force_login(staff["editor"])
    client.raise_request_exception = False  # a 500 is an answer to assert on, not an exception
    return client


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_image_gets_a_form_error(editor_client, name):
    response = editor_client.post("/admin/images/add/", {"title": name, "file": SimpleUploadedFile(name, BROKEN[name])})
    assert response.status_code == 200
    assert INVALID in response.content.decode()
    assert not Image.objects.exists()


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_image_in_a_multiple_upload_gets_an_error(editor_client, name):
    response = editor_client.post("/admin/images/multiple/add/", {"files[]": SimpleUploadedFile(name, BROKEN[name])})
    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False and INVALID in data["error_message"]
    assert not Image.objects.exists()


def test_a_36_megapixel_camera_original_is_refused(editor_client):
    response = editor_client.post(
        "/admin/images/add/",
        {"title": "camera", "file": SimpleUploadedFile("camera.png", encoded("PNG", 7360, 4912, "1"))},
    )
    assert response.status_code == 200
    assert "too many pixels" in response.content.decode()
    assert not Image.objects.exists()


def test_a_12_megapixel_phone_photo_is_accepted(editor_client):
    response = editor_client.post(
        "/admin/images/add/",
        {"title": "phone", "file": SimpleUploadedFile("phone.png", encoded("PNG", 4032, 3024, "1"))},
    )
    assert response.status_code == 302
    assert Image.objects.get().width == 4032
