"""The demo About page is read by the treatment importer's Markdown parser, not by a reader of its own."""

import importlib
import io

import pytest
from django.core.management import call_command, get_commands

from home.models import ContentPage

ABOUT = """\
# About Us

We are a **small** clinic
in Westminster.

## What We Offer

- Physical therapy
- *Massage*, by [appointment](/request-an-appointment/)

## Before You Come

Bring <script>alert(1)</script> your [forms](javascript:steal).

> Wear loose clothes.
"""


def loader_module():
    # Looked up through Django, so the test follows the command if it moves to another app.
    return importlib.import_module(f"{get_commands()['load_demo_content']}.management.commands.load_demo_content")


@pytest.fixture
def about_page(db, tmp_path, monkeypatch):
    (tmp_path / "about.md").write_text(ABOUT, encoding="utf-8")
    (tmp_path / "treatments").mkdir()
    monkeypatch.setattr(loader_module(), "DEMO_DIR", tmp_path)
    call_command("load_demo_content", stdout=io.StringIO())
    return ContentPage.objects.get(slug="about")


def test_about_page_markdown_becomes_rich_text_like_an_imported_treatment(about_page):
    sections = {block.value["heading"]: block.value["text"].source for block in about_page.body}

    assert about_page.title == "About Us"
    assert about_page.summary == "We are a small clinic in Westminster."
    assert sections["What We Offer"] == (
        "<ul><li>Physical therapy</li>"
        '<li><i>Massage</i>, by <a href="/request-an-appointment/">appointment</a></li></ul>'
    )
    assert sections["Before You Come"] == (
        "<p>Bring &lt;script&gt;alert(1)&lt;/script&gt; your forms.</p><p>Wear loose clothes.</p>"
    )
