"""Uploads in the admin: no SVG, size and pixel limits, documents served through Django."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


def png(width=10, height=10):
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def admin_client(client, staff):
    client.force_login(staff["editor"])
    return client


def add_image(client, name, content):
    return client.post("/admin/images/add/", {"title": name, "file": SimpleUploadedFile(name, content)})


def add_document(client, name, content):
    return client.post("/admin/documents/add/", {"title": name, "file": SimpleUploadedFile(name, content)})


def test_a_small_png_is_accepted(admin_client):
    assert add_image(admin_client, "ok.png", png()).status_code == 302
    assert Image.objects.filter(title="ok.png").exists()


def test_svg_images_are_refused(admin_client):
    response = add_image(admin_client, "logo.svg", SVG)
    assert response.status_code == 200
    assert b"Not a supported image format" in response.content
    assert not Image.objects.exists()


def test_oversized_images_are_refused(admin_client, settings):
    big = png() + b"\0" * settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    response = add_image(admin_client, "big.png", big)
    assert b"This file is too big" in response.content
    assert not Image.objects.exists()


def test_images_with_too_many_pixels_are_refused(admin_client):
    # 8,000 x 6,000 is 48 megapixels in a file of a few kilobytes: decoding it would take the memory.
    response = add_image(admin_client, "huge.png", png(8000, 6000))
    assert b"too many pixels" in response.content
    assert not Image.objects.exists()


def test_oversized_documents_are_refused(admin_client, settings):
    big = b"x" * (settings.WAGTAILDOCS_MAX_UPLOAD_SIZE + 1)
    response = add_document(admin_client, "big.txt", big)
    assert b"This file is too big" in response.content
    assert not Document.objects.exists()


def test_documents_are_served_by_django_as_downloads(client, db):
    document = Document.objects.create(title="Intake form", file=SimpleUploadedFile("intake.txt", b"Name:"))
    response = client.get(document.url)
    assert response.status_code == 200  # streamed by Django's view, not a redirect to /media/
    assert b"".join(response.streaming_content) == b"Name:"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
