"""From a Document to the StreamField value of a TreatmentPage, validated by the block itself."""

import re
from pathlib import Path

from django.utils.text import slugify
from wagtail.blocks import StreamBlockValidationError

from treatments.blocks import TreatmentStreamBlock
from treatments.models import TreatmentPage

from .document import MalformedFile, ParsedTreatment, Piece, Section
from .headings import classify, infer

SUMMARY_MAX_LENGTH = TreatmentPage._meta.get_field("summary").max_length
TITLE_MAX_LENGTH = TreatmentPage._meta.get_field("title").max_length
ALSO_KNOWN_AS_MAX_LENGTH = TreatmentPage._meta.get_field("also_known_as").max_length

# block_counts allow one of each of these; a second one becomes a plain section.
SINGLE_BLOCKS = {"overview", "how_it_works", "benefits", "safety", "conditions"}
# A section of its own for warning signs ("## When to Seek Care", "## Red Flags") joins the Safety section's cards.
CARE_SECTION = re.compile(
    r"when to (seek|call|get|see)|seek (medical|urgent|emergency|immediate)|red flags?|warning signs", re.I
)
SEEK_CARE = re.compile(r"when to (seek|call|get)|seek (medical|urgent|emergency|immediate)|seek care|call 911", re.I)
# What a warning sign asks the patient to do decides its care card (core/health_blocks.py).
EMERGENCY_CARE = re.compile(r"\b(911|988)\b|\bER\b|(?i:emergency|ambulance)")
URGENT_CARE = re.compile(r"urgent|\btoday\b|right away|straight away|immediately|same day", re.IGNORECASE)
ALSO_KNOWN_AS = re.compile(r"^(also known as|also called|other names)\s*:\s*(?P<names>.+?)\.?$", re.IGNORECASE)


def rich_text(pieces):
    """Pieces as Wagtail rich text: paragraphs, lists, and subheadings as bold paragraphs."""
    parts, open_list = [], None
    for piece in pieces:
        tag = {"bullet": "ul", "number": "ol"}.get(piece.kind)
        if tag != open_list:
            parts.append(f"</{open_list}>" if open_list else "")
            parts.append(f"<{tag}>" if tag else "")
            open_list = tag
        if tag:
            parts.append(f"<li>{piece.html}</li>")
        elif piece.kind == "subheading":
            parts.append(f"<p><b>{piece.html}</b></p>")
        else:
            parts.append(f"<p>{piece.html}</p>")
    parts.append(f"</{open_list}>" if open_list else "")
    return "".join(parts)


def item_hint(doc, noun):
    if doc.fmt == "markdown":
        return f'write each {noun} as "- **Label:** explanation"'
    return f'write each {noun} as a "Label: explanation" paragraph'


def text_value(section, doc, name):
    return {"heading": section.heading, "text": rich_text(section.pieces)}, []


def labelled_items(section, doc, name, noun):
    items = [piece for piece in section.pieces if piece.label]
    if not items:
        message = f'the "{section.heading}" section has no items; {item_hint(doc, noun)}'
        raise MalformedFile(name, section.line, message)
    return [{"label": piece.label, "text": piece.text} for piece in items], [piece.line for piece in items]


def benefits_value(section, doc, name):
    items, lines = labelled_items(section, doc, name, "benefit")
    intro = rich_text([piece for piece in section.pieces if not piece.label])
    return {"heading": section.heading, "intro": intro, "items": items}, lines


def safety_value(section, doc, name):
    """Items and intro as for benefits, with warning signs moved to "When to seek care"."""
    care, others, under_care_heading = [], [], False
    for piece in section.pieces:
        if piece.kind == "subheading":
            under_care_heading = bool(SEEK_CARE.search(piece.plain))
            if under_care_heading:
                continue  # the block prints its own "When to seek care" heading
        if SEEK_CARE.search(piece.label) or (under_care_heading and not piece.label):
            care.append(piece)
        else:
            others.append(piece)
    kept = Section(section.heading, section.line, others)
    items, lines = labelled_items(kept, doc, name, "consideration")
    value = {
        "heading": section.heading,
        "intro": rich_text([piece for piece in others if not piece.label]),
        "items": items,
        "care_cards": care_cards([care_piece(piece) for piece in care]),
    }
    return value, lines


def care_level(piece):
    """Call 911 or the emergency room: emergency; "urgent", "today", "right away": urgent; else see a doctor."""
    if EMERGENCY_CARE.search(piece.plain):
        return "emergency"
    return "urgent" if URGENT_CARE.search(piece.plain) else "non_urgent"


def care_cards(pieces):
    """One care card per level of urgency, holding that level's warning signs in the order written."""
    by_level = {}
    for piece in pieces:
        by_level.setdefault(care_level(piece), []).append(piece)
    return [{"level": level, "signs": rich_text(signs)} for level, signs in by_level.items()]


def care_piece(piece):
    # "When to seek care: Call 911 if…" needs no label under a "When to seek care" heading.
    if piece.label and re.match(r"when to", piece.label, re.IGNORECASE):
        return Piece("para", piece.line, piece.text_html, piece.text)
    # A list of warning signs stays a list; a labelled item reads as a sentence on the card.
    kind = piece.kind if piece.kind in ("bullet", "number") and not piece.label else "para"
    return Piece(kind, piece.line, piece.html, piece.plain)


def add_care_sections(body, care_sections):
    """Warning signs under their own heading become care cards in the Safety section, one card per level."""
    pieces = [care_piece(piece) for section in care_sections for piece in section.pieces if piece.kind != "subheading"]
    if not pieces:
        return
    safety = next(value for kind, value in body if kind == "safety")
    by_level = {card["level"]: card["signs"] for card in safety["care_cards"]}
    for card in care_cards(pieces):
        by_level[card["level"]] = by_level.get(card["level"], "") + card["signs"]
    safety["care_cards"] = [{"level": level, "signs": signs} for level, signs in by_level.items()]


def conditions_value(section, doc, name):
    # Anything but a plain list would be lost in a list of names; keep it as a section instead.
    if any(piece.kind not in ("bullet", "number") for piece in section.pieces):
        return None
    return {"heading": section.heading, "items": [piece.plain for piece in section.pieces]}, [
        piece.line for piece in section.pieces
    ]


def is_question(piece):
    if piece.kind == "subheading":
        return True
    return piece.kind == "para" and piece.plain.endswith("?") and len(piece.plain) <= 200 and ". " not in piece.plain


def faq_value(section, doc, name):
    """Questions (### subheadings or lines ending in "?") with the text below them as answers."""
    questions = []
    for piece in section.pieces:
        if is_question(piece):
            questions.append((piece, []))
        elif not questions:
            return None  # text before the first question: not a question list
        else:
            questions[-1][1].append(piece)
    if any(not answer for _, answer in questions):
        return None
    items = [{"question": question.plain, "answer": rich_text(answer)} for question, answer in questions]
    return {"heading": section.heading, "items": items}, [question.line for question, _ in questions]


BUILDERS = {
    "how_it_works": text_value,
    "benefits": benefits_value,
    "safety": safety_value,
    "conditions": conditions_value,
    "faq": faq_value,
    "section": text_value,
}
REQUIRED = {"benefits": 'a "Benefits of {title}" heading', "safety": 'a "Safety and Considerations" heading'}


def build(doc, name):
    intro, also_known_as = split_also_known_as(doc.intro)
    care_sections = [section for section in doc.sections if CARE_SECTION.search(section.heading)]
    sections = [section for section in doc.sections if section not in care_sections]
    # "What is cupping?" / "About cupping" as the first heading simply continues the overview.
    if sections and classify(sections[0].heading, doc.title) == "overview":
        intro = intro + sections.pop(0).pieces
    if not intro:
        message = (
            "there is no overview text before the first heading; start with a paragraph saying what the treatment is"
        )
        raise MalformedFile(name, sections[0].line if sections else doc.title_line, message)
    body = [("overview", {"heading": "Overview", "text": rich_text(intro)})]
    positions = [(intro[0].line, [])]  # source lines of each block and of its items, for error messages
    kinds, assumptions = infer(sections, [classify(section.heading, doc.title) for section in sections])
    for section, kind in zip(sections, kinds, strict=True):
        kind, value, item_lines = section_block(section, kind, doc, name, {kind for kind, _ in body})
        body.append((kind, value))
        positions.append((section.line, item_lines))
    check_required_sections(body, doc, name)
    add_care_sections(body, care_sections)
    validate(body, positions, doc, name)
    return ParsedTreatment(
        title=check_length(doc.title, TITLE_MAX_LENGTH, "the title", doc.title_line, name),
        slug=make_slug(doc, name),
        summary=summarize(overview_text(intro)),
        body=body,
        also_known_as=also_known_as,
        path=str(name),
        assumptions=[f"{name}:{line}: {note}" for line, note in assumptions],
    )


def section_block(section, kind, doc, name, used_kinds):
    if not section.pieces:
        message = f'the heading "{section.heading}" has no text under it; add text or remove the heading'
        raise MalformedFile(name, section.line, message)
    if kind in used_kinds and kind in SINGLE_BLOCKS:
        kind = "section"
    built = BUILDERS[kind](section, doc, name)
    if built is None:
        kind, built = "section", text_value(section, doc, name)
    value, item_lines = built
    return kind, value, item_lines


def split_also_known_as(pieces):
    names, rest = "", []
    for piece in pieces:
        match = ALSO_KNOWN_AS.match(piece.plain)
        if match and not names:
            names = match["names"].strip()
        else:
            rest.append(piece)
    return rest, names[:ALSO_KNOWN_AS_MAX_LENGTH]


def check_required_sections(body, doc, name):
    kinds = {kind for kind, _ in body}
    for kind, heading in REQUIRED.items():
        if kind not in kinds:
            noun = "benefit" if kind == "benefits" else "consideration"
            message = (
                f"there is no {kind} section; add {heading.format(title=doc.title)} and {item_hint(doc, noun)} under it"
            )
            raise MalformedFile(name, doc.title_line, message)


def check_length(text, limit, what, line, name):
    if len(text) > limit:
        raise MalformedFile(name, line, f"{what} is {len(text)} characters long; shorten it to {limit} or fewer")
    return text


def validate(body, positions, doc, name):
    """Run the stream block's own validation and report its first error at the source line."""
    stream_block = TreatmentStreamBlock()
    try:
        stream_block.clean(stream_block.normalize(body))
    except StreamBlockValidationError as error:
        line, message = first_error(error.as_json_data(), body, positions, doc.title_line)
        raise MalformedFile(name, line, message) from None


def first_error(data, body, positions, default_line):
    if data.get("messages"):
        return default_line, data["messages"][0]
    index, block_data = next(iter(data["blockErrors"].items()))
    block_line, item_lines = positions[index]
    heading = body[index][1].get("heading", "")
    field_name, field_data = next(iter(block_data.get("blockErrors", {}).items()), ("", block_data))
    if field_name == "items" and field_data.get("blockErrors"):
        item_index, item_data = next(iter(field_data["blockErrors"].items()))
        line = item_lines[item_index] if item_index < len(item_lines) else block_line
        item_field, item_error = next(iter(item_data.get("blockErrors", {}).items()), ("", item_data))
        where = f'in the "{heading}" section, item {item_index + 1}' + (f" ({item_field})" if item_field else "")
        return line, f"{where}: {first_message(item_error)}"
    where = f'in the "{heading}" section' + (f" ({field_name})" if field_name else "")
    return block_line, f"{where}: {first_message(field_data)}"


def first_message(data):
    if data.get("messages"):
        return data["messages"][0]
    return first_message(next(iter(data["blockErrors"].values())))


# -- Title, slug and summary --------------------------------------------------------------------

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NOT_SENTENCE_ENDS = {"dr", "mr", "mrs", "ms", "st", "e.g", "i.e", "vs", "etc", "approx", "no"}
SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?=\s+[\"“(]?[A-Z0-9])")


def make_slug(doc, name):
    # Markdown files are named after their page; plain text copies are named after the web page
    # ("dry-needling-westminster-co.txt"), so their slug comes from the title.
    stem = Path(name).stem
    if doc.fmt == "markdown" and SLUG.match(stem):
        return stem
    slug = slugify(doc.title)
    if not slug:
        raise MalformedFile(name, doc.title_line, "cannot make a web address from the title; use letters or digits")
    return slug


def overview_text(pieces):
    paragraphs = [piece.plain for piece in pieces if piece.kind == "para"]
    return " ".join(paragraphs or [piece.plain for piece in pieces])


def split_sentences(text):
    sentences, start = [], 0
    for match in SENTENCE_END.finditer(text):
        last_word = text[start : match.start()].split()[-1:] or [""]
        word = last_word[0].lower()
        if word in NOT_SENTENCE_ENDS or len(word) == 1:  # "Dr. Lee", "e.g. taping", "J. Smith"
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [sentence for sentence in sentences if sentence]


def summarize(text):
    """The first sentences of the overview that fit in the summary field."""
    summary = ""
    for sentence in split_sentences(text):
        longer = f"{summary} {sentence}".strip()
        if len(longer) > SUMMARY_MAX_LENGTH:
            break
        summary = longer
    if summary:
        return summary
    # Only when the first sentence alone is too long: cut at a word, never inside one.
    return text[: SUMMARY_MAX_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;:–—-") + "…"
