"""Markdown structure comes from a CommonMark parser: nested blocks are read, with the lines they start on."""

import pytest

from treatments.importer import MalformedFile, parse_text

PAGE = """\
# Foot Soak

A foot soak is warm water with salts for tired feet.

> Most people feel the difference in ten minutes.

## How a Foot Soak Works

1. You sit with your feet in a basin
   of warm water.
   - The water is changed for every visitor.
2. You dry your feet.

-

The soak takes ten minutes.

## Benefits of a Foot Soak

- **Warmth:**
  Warm water relaxes the small muscles of the feet.

## Is a Foot Soak Safe?

> - **Temperature:** We check the water before you put your feet in.
"""


def blocks(parsed):
    return dict(parsed.body)


def test_quotes_nested_lists_and_continued_items_are_read_as_the_page_means():
    body = blocks(parse_text(PAGE, name="foot-soak.md"))

    assert body["overview"]["text"] == (
        "<p>A foot soak is warm water with salts for tired feet.</p>"
        "<p>Most people feel the difference in ten minutes.</p>"
    )
    assert body["how_it_works"]["text"] == (
        "<ol><li>You sit with your feet in a basin of warm water.</li></ol>"
        "<ul><li>The water is changed for every visitor.</li></ul>"
        "<ol><li>You dry your feet.</li></ol>"
        "<p>The soak takes ten minutes.</p>"  # the empty "-" item above it is not its list
    )
    assert body["benefits"]["items"] == [
        {"label": "Warmth", "text": "Warm water relaxes the small muscles of the feet."}
    ]
    assert body["safety"]["items"] == [
        {"label": "Temperature", "text": "We check the water before you put your feet in."}
    ]


@pytest.mark.parametrize(
    ("old", "new", "line", "words"),
    [
        ("> - **Temperature:** We check", "> - **Temperature:**\n>\n> We check", 25, '"Temperature" has no text'),
        ("   - The water", "   - # The water", 11, 'only the page title may start with "# "'),
        ("## Is a Foot Soak Safe?", "> # Is a Foot Soak Safe?", 23, 'only the page title may start with "# "'),
        ("# Foot Soak", "> Foot Soak", 1, "the file must start with the title"),
        ("- **Warmth:**\n  Warm", "- **Warmth:**\n\n  Warm", 20, '"Warmth" has no text after it'),
    ],
    ids=["item without text in a quote", "title in a list", "title in a quote", "text before the title", "item split"],
)
def test_errors_inside_nested_blocks_name_the_line_they_are_on(old, new, line, words):
    with pytest.raises(MalformedFile) as raised:
        parse_text(PAGE.replace(old, new), name="docs/foot-soak.md")

    assert raised.value.line == line
    assert str(raised.value).startswith(f"docs/foot-soak.md:{line}: ")
    assert words in str(raised.value)
