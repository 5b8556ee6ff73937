"""Turn existing treatment pages, saved as Markdown or plain text, into TreatmentPages.

Reading a file happens in two steps. A format reader (``markdown.py`` or ``plaintext.py``)
turns the text into a ``Document``: a title, the paragraphs before the first heading, and
headed sections made of ``Piece``s (paragraphs, bullets, "Label: text" items). ``build.py``
then decides which block each section becomes, by what its heading means rather than its
exact wording, and checks the result with the stream block's own validation. A file is
either understood completely or rejected with a ``path:line: what to fix`` message, so
nothing half-imported ever reaches the database.

    parsed = parse_file("cupping-therapy.md")
    page, created = import_treatment(parsed, parent=index_page, publish=True)
"""

import re
from pathlib import Path

from django.db import transaction

from treatments.models import TreatmentPage
from treatments.taxonomy import BodyArea, Condition, default_labels, labels_for

from .build import build, rich_text, summarize
from .document import MalformedFile, ParsedTreatment
from .headings import classify
from .markdown import read_markdown
from .plaintext import read_plain_text
from .prose import named_conditions, read_names_with

__all__ = [
    "FORMATS",
    "MalformedFile",
    "ParsedTreatment",
    "add_listed_conditions",
    "classify",
    "import_treatment",
    "parse_file",
    "parse_text",
    "read_markdown_page",
    "read_names_with",
]

FORMATS = {".md": "markdown", ".markdown": "markdown", ".txt": "text"}


def parse_file(path):
    """Read a .md/.markdown/.txt file into a ParsedTreatment; raises MalformedFile."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise MalformedFile(path, 1, "file not found") from None
    except OSError as error:
        raise MalformedFile(path, 1, f"cannot read the file ({error.strerror})") from None
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        message = f'unknown file type "{path.suffix}"; use .md for Markdown or .txt for plain text'
        raise MalformedFile(path, 1, message)
    return parse_text(decode(data, path), name=str(path), fmt=fmt)


def parse_text(text, name="<text>", fmt=None):
    """Parse already-decoded text. ``fmt`` is "markdown" or "text"; by default it follows the name."""
    fmt = fmt or FORMATS.get(Path(name).suffix.lower(), "markdown")
    if not text.strip():
        raise MalformedFile(name, 1, "the file is empty")
    reader = read_markdown if fmt == "markdown" else read_plain_text
    return build(reader(text.split("\n"), name), name)


def read_markdown_page(path):
    """A Markdown page that is not a treatment (the demo's About page), read by the importer's own parser.

    Returns (title, summary, [(heading, rich text HTML)]), so such pages get the same lists, safe links,
    escaped HTML and ``path:line`` errors as treatment files.
    """
    path = Path(path)
    doc = read_markdown(decode(path.read_bytes(), path).split("\n"), str(path))
    summary = summarize(" ".join(piece.plain for piece in doc.intro))
    return doc.title, summary, [(section.heading, rich_text(section.pieces)) for section in doc.sections]


def import_treatment(parsed, parent, publish=False):
    """Create or update the TreatmentPage with ``parsed.slug`` under ``parent``; returns (page, created)."""
    with transaction.atomic():
        existing = TreatmentPage.objects.child_of(parent).filter(slug=parsed.slug).first()
        # Editing the latest revision keeps an editor's unpublished changes to other fields.
        page = existing.get_latest_revision_as_object() if existing else TreatmentPage(slug=parsed.slug, live=False)
        page.title = parsed.title
        page.summary = parsed.summary
        page.body = parsed.body
        if parsed.also_known_as:
            page.also_known_as = parsed.also_known_as
        if existing is None:
            parent.add_child(instance=page)
        classify_page(page)
        revision = page.save_revision()
        if publish:
            revision.publish()
    return page, existing is None


def add_listed_conditions(parsed_treatments):
    """Add the conditions these files list before any of them is filed, so a page is filed under a condition
    that another file of the same import lists, whatever order the files come in."""
    labels_for(Condition, [name for parsed in parsed_treatments for name in listed_conditions(parsed.body)])


def listed_conditions(body):
    """The names in a body's conditions list(s): a parsed body's (type, value) pairs or a page's StreamValue."""
    pairs = ((block.block_type, block.value) if hasattr(block, "block_type") else block for block in body)
    return [name for block_type, value in pairs if block_type == "conditions" for name in value["items"]]


def classify_page(page):
    """File the page under shared conditions (from its conditions list, and the existing ones its descriptive
    text names) and the body areas they mention."""
    names = listed_conditions(page.body)
    listed = labels_for(Condition, names)
    # Every condition is looked for, the listed ones too, so "Arthritis pain" in the list is not also read as
    # the clinic's "Arthritis".
    named = [label for label in named_conditions(page, default_labels(Condition)) if label not in listed]
    conditions = [*listed, *named]
    if conditions:
        page.conditions = conditions
    text = " ".join([page.title, *names, *(label.name for label in named)])
    areas = [area for area in default_labels(BodyArea) if area.matches(text)]
    if areas:
        page.body_areas = areas


# Reading bytes: every way a file can fail to be text gets a message with its line.

CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")


def decode(data, path):
    if b"\0" in data:
        line = data[: data.index(b"\0")].count(b"\n") + 1
        raise MalformedFile(path, line, "this is a binary file, not text; save it as UTF-8 Markdown or plain text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise MalformedFile(path, line, "the file is not UTF-8 text; save it with UTF-8 encoding") from None
    control = CONTROL_CHARACTER.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        message = f"the text contains a control character (U+{ord(control.group()):04X}); remove it"
        raise MalformedFile(path, line, message)
    return text.replace("\r\n", "\n")
