"""Result snippets quote only what a visitor can read on the page, with paragraphs and items kept apart."""

import re
from html import unescape

import pytest
from wagtail import blocks
from wagtail.models import Page

from home.models import ContentPage
from search.documents import documents
from search.text import STOP_WORDS, words
from treatments.blocks import TreatmentStreamBlock
from treatments.models import TreatmentIndexPage, TreatmentPage

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
GLUED = re.compile(r"[a-z]\.[A-Z]")
SNIPPET = re.compile(r'<p class="result__snippet">(.*?)</p>', re.DOTALL)


def block_names(block, found=None):
    """Every block type name a StreamField could store, including a list's "item"."""
    found = set() if found is None else found
    if isinstance(block, blocks.StreamBlock):
        for name, child in block.child_blocks.items():
            found.add(name)
            block_names(child, found)
    elif isinstance(block, blocks.StructBlock):
        for child in block.child_blocks.values():
            block_names(child, found)
    elif isinstance(block, blocks.ListBlock):
        found.add("item")
        block_names(block.child_block, found)
    return found


def stream_blocks():
    return [TreatmentStreamBlock(), ContentPage._meta.get_field("body").stream_block]


BLOCK_NAMES = set().union(*(block_names(block) for block in stream_blocks()))
# Names like "overview" or "faq" are ordinary words in the pages' own text; compound names and a list's
# "item" (which no page here says) never are.
LEAKED_NAMES = {name for name in BLOCK_NAMES if "_" in name}

PARAGRAPHS = "<p>Most people feel better after two visits here.</p><p>Some people need a few more.</p>"


@pytest.fixture
def site(demo_content, db):
    index = TreatmentIndexPage.objects.get(locale__language_code="en")
    faq = {
        "heading": "Frequently asked questions",
        "items": [
            {"question": "Can I see a chiropractor while pregnant?", "answer": PARAGRAPHS},
            {"question": "Do I need a referral?", "answer": "<p>Usually not.</p><ul><li>Call us</li><li>Ask</li></ul>"},
        ],
    }
    page = TreatmentPage(
        title="Prenatal Chiropractic",
        slug="prenatal-chiropractic",
        summary="Gentle chiropractic care adapted for each stage of pregnancy.",
        body=[
            ("overview", {"heading": "Overview", "text": PARAGRAPHS + "<p>Pillows support the belly.</p>"}),
            ("how_it_works", {"heading": "How it works", "text": "<p>A padded table.</p><p>Side-lying moves.</p>"}),
            (
                "benefits",
                {
                    "heading": "Benefits",
                    "intro": "<p>Comfort matters.</p><p>Sleep improves.</p>",
                    "items": [
                        {"label": "Pelvic comfort", "text": "Pelvic joints move more freely."},
                        {"label": "Better sleep", "text": "Less aching at night."},
                    ],
                },
            ),
            (
                "safety",
                {
                    "heading": "Safety and considerations",
                    "intro": "",
                    "items": [{"label": "Pregnant patients", "text": "Tell us how many weeks pregnant you are."}],
                    "care_cards": [
                        {
                            "level": "urgent",
                            "signs": "<p>Bleeding needs a doctor.</p><p>Severe cramps need a doctor.</p>",
                        }
                    ],
                },
            ),
            ("conditions", {"heading": "Conditions we treat", "items": ["Pelvic girdle pain", "Sciatica"]}),
            ("faq", faq),
            ("quote", {"quote": "I slept through the night again.", "attribution": "Priya"}),
        ],
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    home = index.get_parent()
    about = ContentPage(
        title="Visiting during pregnancy",
        slug="visiting-during-pregnancy",
        body=[
            ("section", {"heading": "Parking", "text": PARAGRAPHS + "<ol><li>Park behind.</li><li>Ring.</li></ol>"}),
            ("faq", faq),
            ("callout", {"heading": "Important", "text": "<p>Bring your notes.</p><p>Arrive early.</p>"}),
        ],
    )
    home.add_child(instance=about)
    about.save_revision().publish()
    return Page.objects.live().specific().filter(depth__gt=1)


def documents_of(pages):
    """The search documents of these pages, by page id."""
    return documents.get_for_keys([documents.key(page) for page in pages])


def varied_queries(pages, count=50):
    """Fifty queries spread over the words the pages use, plus the question that showed the bug."""
    vocabulary = sorted({word for doc in documents_of(pages).values() for word in doc.words} - STOP_WORDS)
    vocabulary = [word for word in vocabulary if len(word) > 3 and not word.isdigit()]
    step = max(1, len(vocabulary) // (count - 5))
    picked = vocabulary[::step][: count - 5]
    return ["pregnant", "chiropractor while pregnant", "people", "referral", "sleep better", *picked]


def check_text(text):
    problems = []
    if UUID.search(text):
        problems.append("a UUID")
    if GLUED.search(text):
        problems.append("two paragraphs run together")
    if "item" in words(text) or any(name in text for name in LEAKED_NAMES):
        problems.append("a block type name")
    return problems


def test_every_quotable_sentence_is_visible_text(site):
    """The class of problem, not one query: no sentence a snippet could quote carries stored-JSON detail."""
    for page_id, document in documents_of(site).items():
        assert document.sentences
        for sentence in document.sentences:
            assert not check_text(sentence), (page_id, sentence, check_text(sentence))


def test_fifty_searches_show_no_internal_identifiers(client, site):
    queries = varied_queries(site)
    assert len(queries) == 50
    quoted = 0
    for query in queries:
        response = client.get("/search/", {"q": query})
        assert response.status_code == 200
        for snippet in SNIPPET.findall(response.content.decode()):
            text = unescape(re.sub(r"</?mark>", "", snippet))
            quoted += 1
            assert not check_text(text), (query, text, check_text(text))
    assert quoted >= 50  # the searches really quoted pages


def test_a_question_and_its_answer_are_quoted_apart(client, site):
    page = client.get("/search/", {"q": "chiropractor while pregnant"}).content.decode()
    snippets = [unescape(re.sub(r"</?mark>", "", s)) for s in SNIPPET.findall(page)]
    assert "Can I see a chiropractor while pregnant?" in snippets


def test_a_label_is_quoted_with_its_explanation(site):
    document = documents_of([TreatmentPage.objects.get(slug="prenatal-chiropractic")]).popitem()[1]
    assert "Pelvic comfort: Pelvic joints move more freely." in document.sentences
    assert "Some people need a few more." in document.sentences
