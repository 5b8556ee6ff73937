"""What a section heading means, and what an unknown heading's section must be.

Real treatment pages name their sections in many ways ("Why Patients Prefer Cupping", "What Cupping
Helps With", "The Science Behind It"). A heading is read for its meaning: each kind of section has
cue phrases, checked in order, so "Is it safe for conditions like…" counts as safety, not conditions.
When no cue fits, ``infer`` decides from the section's shape and position, the way a reader would:
a list of "Label: explanation" items after how-it-works and before safety is the benefits list.
"""

import re

# Checked in order: the first kind with a matching cue wins.
SECTION_KINDS = [
    ("faq", r"\bfaqs?\b|frequently asked|\bquestions?\b|\bq ?& ?a\b|\bask(ed)? us\b"),
    (
        "safety",
        r"\bsafe|\brisks?\b|side[- ]effects?|precaution|contraindicat|\bavoid|\bcaution|considerations?"
        r"|who should(n'?t| not)\b|\bwarnings?\b|\bharm|\bdanger|\bred flags?\b|\bnot (right|suitable) for\b"
        r"|\bsuitab|\bwhen not to\b",
    ),
    (
        "conditions",
        r"\bconditions?\b|\bwe treat\b|\bwhat\b.*\btreats?\b|\bcommon (problems|injuries|issues|complaints)\b"
        r"|\bailments?\b|\binjuries (we|it) (treat|address)|\b(problems|issues|injuries) (it|we) (treats?|address)",
    ),
    (
        "benefits",
        r"\bbenefi|\badvantages?\b|\bwhy (choose|try|use|consider)\b"
        # Why people choose, prefer or pick a treatment is what it does for them.
        r"|\b(choose|chose|choosing|prefer|prefers|preferred|pick|picks|picking|love|loves|recommend)\b"
        # What it helps with, offers or does for you.
        r"|\bhelps?\b|\bhelping\b|\boffers?\b|\bdo(es)? for (you|me|patients)\b|\bgains?\b|\bperks?\b"
        r"|\breasons?\b|\bresults?\b|\boutcomes?\b|\bwhat you (get|gain)\b|\bpositive effects?\b",
    ),
    (
        "how_it_works",
        r"\bhow\b.*\bworks?\b|what to expect|\bexpect\b|what happens|\bfirst (visit|session|appointment)\b"
        r"|\bprocedure\b|\bduring (a |the |your )?(treatment|session|visit|appointment)\b|\bthe process\b"
        r"|what is involved|\binvolves?\b|\bmechanism|\bscience\b|\bsteps?\b|\bstep[- ]by[- ]step\b"
        r"|\bprepar(e|ing|ation)\b|\bhow (is it|it is|it's) (done|performed|given)\b|\btechniques?\b",
    ),
    ("overview", r"^\W*(overview|introduction|in brief|summary|about\b|what (is|are)\b|what'?s\b)"),
]
SECTION_PATTERNS = [(kind, re.compile(pattern)) for kind, pattern in SECTION_KINDS]

# Words that mark an item as a caution rather than a gain: the shape of a safety list.
CAUTION = re.compile(
    r"\b(risks?|sore(ness)?|bruis\w*|pain(ful)?|avoid|pregnan\w*|bleed\w*|doctor|physician|tell us|side[- ]effects?"
    r"|infection|discomfort|not (suitable|right|recommended)|caution|allerg\w*|stop)\b",
    re.IGNORECASE,
)
# The canonical order of a treatment page's core sections.
ORDER = ["overview", "how_it_works", "benefits", "safety"]


def classify(heading, title=""):
    """The block type a heading asks for; the treatment's own name is ignored ("Safe Lifting" is no safety)."""
    text = heading.lower().replace("’", "'")
    if title:
        text = text.replace(title.lower(), " ")
    for kind, pattern in SECTION_PATTERNS:
        if pattern.search(text):
            return kind
    return "section"


def infer(sections, kinds):
    """For headings no cue recognised, the kind their shape and position say, with the reason.

    ``kinds`` is what ``classify`` said of each of ``sections``; returns a list of the same length with
    an unknown heading's kind filled in where the evidence is clear, and a list of (line, note) saying
    what was assumed. Only the required sections are inferred, once each, and only from a list of
    labelled items: an unknown heading over prose stays a plain section.
    """
    kinds, notes = list(kinds), []
    for index, section in enumerate(sections):
        if kinds[index] != "section" or labelled_items(section) < 1:
            continue
        before, after = set(kinds[:index]), set(kinds[index + 1 :])
        if "benefits" not in kinds and "safety" not in before:
            kinds[index] = "benefits"
            where = "before the safety section" if "safety" in after else "and no benefits heading was found"
            notes.append((section.line, assumed(section, "benefits", f"a list of labelled items {where}")))
        elif "safety" not in kinds and "benefits" in before and is_cautionary(section):
            kinds[index] = "safety"
            notes.append((section.line, assumed(section, "safety", "a list of cautions after the benefits")))
    return kinds, notes


def labelled_items(section):
    return sum(1 for piece in section.pieces if piece.label)


def is_cautionary(section):
    items = [piece for piece in section.pieces if piece.label]
    cautious = sum(1 for piece in items if CAUTION.search(f"{piece.label} {piece.text}"))
    return cautious * 2 >= len(items)


def assumed(section, kind, why):
    return f'assumed "{section.heading}" is the {kind} section ({why}); rename the heading if it is not'
