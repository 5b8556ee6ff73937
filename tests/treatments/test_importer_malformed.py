"""The importer refuses a file it cannot understand, naming the line and the fix."""

import pytest

from tests.treatments.importing import GOOD_MARKDOWN, SEED, write
from treatments.importer import MalformedFile, parse_file, parse_text

# -- Malformed files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("Just some text without a title.\n", 1, 'start with the title as a "# Treatment name"'),
        ("\n\n", 1, "the file is empty"),
        (
            GOOD_MARKDOWN.replace("A foot soak is warm water with salts for tired feet. It takes ten minutes.\n", ""),
            4,
            "no overview text before the first heading",
        ),
        (
            GOOD_MARKDOWN.replace(
                "## Benefits of a Foot Soak\n\n- **Warmth:** Warm water relaxes the small muscles of the feet.\n\n", ""
            ),
            1,
            "there is no benefits section",
        ),
        (
            GOOD_MARKDOWN.replace(
                "## Is a Foot Soak Safe?\n\n- **Temperature:** We check the water before you put your feet in.\n", ""
            ),
            1,
            "there is no safety section",
        ),
        (
            GOOD_MARKDOWN.replace("- **Warmth:** Warm water relaxes the small muscles of the feet.", "- **Warmth:**"),
            11,
            '"Warmth" has no text after it',
        ),
        (
            GOOD_MARKDOWN.replace("- **Warmth:** Warm water relaxes", "Warm water relaxes"),
            9,
            'the "Benefits of a Foot Soak" section has no items; write each benefit as "- **Label:** explanation"',
        ),
        (
            GOOD_MARKDOWN.replace("## Benefits", "## Parking\n\n## Benefits"),
            9,
            'the heading "Parking" has no text under it',
        ),
        (GOOD_MARKDOWN + "\n# Another Title\n", 17, 'only the page title may start with "# "'),
        (
            GOOD_MARKDOWN.replace("- **Warmth:**", "- **" + "Very " * 25 + "warm:**"),
            11,
            'in the "Benefits of a Foot Soak" section, item 1 (label): Ensure this value has at most 100 characters',
        ),
    ],
    ids=[
        "no title",
        "empty",
        "no overview",
        "no benefits",
        "no safety",
        "item without text",
        "benefits without items",
        "empty heading",
        "two titles",
        "label too long for the block",
    ],
)
def test_malformed_markdown_names_the_line_and_the_fix(text, line, words):
    with pytest.raises(MalformedFile) as raised:
        parse_text(text, name="docs/foot-soak.md")

    assert raised.value.line == line
    assert str(raised.value).startswith(f"docs/foot-soak.md:{line}: ")
    assert words in str(raised.value)


def test_plain_text_heading_without_content_is_rejected(tmp_path):
    text = SEED.read_text(encoding="utf-8").replace("How Dry Needling Works", "Our Rooms\n\nHow Dry Needling Works")

    with pytest.raises(MalformedFile) as raised:
        parse_file(write(tmp_path, "needling.txt", text))

    assert raised.value.line == 7
    assert 'the heading "Our Rooms" has no text under it' in str(raised.value)


def test_plain_text_safety_without_items_is_rejected(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    text = text[: text.index("Discomfort:")] + "Ask us if you are unsure.\n"

    with pytest.raises(MalformedFile) as raised:
        parse_file(write(tmp_path, "needling.txt", text))

    assert raised.value.line == 23
    assert 'the "Safety and Considerations" section has no items' in str(raised.value)
    assert '"Label: explanation"' in str(raised.value)


def test_binary_file_is_rejected(tmp_path):
    path = tmp_path / "photo.md"
    path.write_bytes(b"# Title\n\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    with pytest.raises(MalformedFile) as raised:
        parse_file(path)

    assert str(raised.value).startswith(f"{path}:4: this is a binary file")


def test_file_that_is_not_utf8_is_rejected(tmp_path):
    path = tmp_path / "latin1.md"
    path.write_bytes("# Caf\u00e9 Massage\n\nWarm and caf\u00e9-like.\n".encode("latin-1"))

    with pytest.raises(MalformedFile) as raised:
        parse_file(path)

    assert str(raised.value) == f"{path}:1: the file is not UTF-8 text; save it with UTF-8 encoding"


def test_missing_file_and_unknown_type_are_rejected(tmp_path):
    with pytest.raises(MalformedFile, match=r"nowhere\.md:1: file not found"):
        parse_file(tmp_path / "nowhere.md")
    with pytest.raises(MalformedFile, match=r'notes\.docx:1: unknown file type "\.docx"'):
        parse_file(write(tmp_path, "notes.docx", GOOD_MARKDOWN))


def test_malformed_file_str():
    assert str(MalformedFile("a/cupping.md", 14, "no items")) == "a/cupping.md:14: no items"
