"""The treatment importer: Markdown and plain text files in, TreatmentPages out."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from treatments.importer import MalformedFile, classify, import_treatment, parse_file, parse_text
from treatments.models import TreatmentIndexPage, TreatmentPage

DATA = Path(__file__).parent / "data" / "importer"
SEED = DATA / "dry-needling-westminster-co.txt"
PARAFFIN = DATA / "paraffin-wax-therapy.md"

GOOD_MARKDOWN = """\
# Foot Soak

A foot soak is warm water with salts for tired feet. It takes ten minutes.

## How a Foot Soak Works

You sit with your feet in a basin of warm water.

## Benefits of a Foot Soak

- **Warmth:** Warm water relaxes the small muscles of the feet.

## Is a Foot Soak Safe?

- **Temperature:** We check the water before you put your feet in.
"""


def run(*args):
    """Run the command; returns (stdout, stderr, the CommandError or None)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_treatments", *[str(arg) for arg in args], stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def block_types(parsed):
    return [block_type for block_type, _ in parsed.body]


def blocks(parsed):
    return dict(parsed.body)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- The seed page ------------------------------------------------------------------------------


def test_seed_text_becomes_the_four_core_blocks_in_order():
    parsed = parse_file(SEED)

    assert parsed.title == "Dry Needling"
    assert parsed.slug == "dry-needling"
    assert block_types(parsed) == ["overview", "how_it_works", "benefits", "safety"]


def test_seed_text_is_kept_exactly():
    body = blocks(parse_file(SEED))

    assert body["overview"]["heading"] == "Overview"
    assert body["overview"]["text"].startswith("<p>Dry needling is a therapeutic technique used by healthcare")
    assert body["overview"]["text"].endswith("aims to target muscular and soft tissue issues.</p>")
    assert body["overview"]["text"].count("<p>") == 1
    assert body["how_it_works"]["heading"] == "How Dry Needling Works"
    assert body["how_it_works"]["text"].startswith("<p>During a dry needling session, the practitioner inserts")
    assert body["benefits"]["heading"] == "Benefits of Dry Needling"
    assert [item["label"] for item in body["benefits"]["items"]] == [
        "Pain Relief",
        "Improved Range of Motion",
        "Muscle Function",
        "Complementary Therapy",
        "Musculoskeletal Conditions",
    ]
    assert body["benefits"]["items"][2]["text"] == (
        "By releasing trigger points and tension, dry needling can enhance muscle function and coordination."
    )
    assert body["safety"]["heading"] == "Safety and Considerations"
    assert body["safety"]["intro"] == (
        "<p>Dry needling is generally considered safe when performed by trained and licensed healthcare "
        "professionals. However, as with any medical procedure, there are some considerations:</p>"
    )
    assert [item["label"] for item in body["safety"]["items"]] == [
        "Discomfort",
        "Side Effects",
        "Individual Response",
        "Pre-existing Conditions",
    ]
    assert body["safety"]["items"][0]["text"] == (
        "The insertion of needles can cause some discomfort, but it\u2019s typically brief and tolerable."
    )


def test_seed_site_chrome_is_dropped():
    parsed = parse_file(SEED)

    everything = repr(parsed.body).lower()
    assert "read more" not in everything
    assert "request an appointment" not in everything


def test_seed_summary_is_its_first_sentence():
    parsed = parse_file(SEED)

    assert parsed.summary == (
        "Dry needling is a therapeutic technique used by healthcare professionals, such as physical therapists, "
        "chiropractors, and some medical doctors, to alleviate musculoskeletal pain and dysfunction."
    )


def test_text_file_with_location_in_title_and_other_headings():
    parsed = parse_file(DATA / "cold-plunge-recovery-aurora-co.txt")

    assert parsed.title == "Cold Plunge Recovery"
    assert parsed.slug == "cold-plunge-recovery"
    assert block_types(parsed) == ["overview", "how_it_works", "safety", "benefits", "conditions"]
    body = blocks(parsed)
    assert body["safety"]["heading"] == "Who Should Avoid Cold Plunges?"
    assert body["safety"]["intro"] == "<p>Some people should not use cold water at all:</p>"
    assert [item["label"] for item in body["safety"]["items"]] == ["Heart Conditions", "Cold Sensitivity"]
    assert body["conditions"]["items"] == ["Muscle soreness after training", "Heavy legs during a race week"]
    assert "book now" not in repr(parsed.body).lower()


# -- Markdown -----------------------------------------------------------------------------------


def test_markdown_heading_variants_become_the_right_blocks():
    parsed = parse_file(PARAFFIN)

    assert parsed.slug == "paraffin-wax-therapy"
    assert parsed.title == "Paraffin Wax Therapy"
    assert [(block_type, value["heading"]) for block_type, value in parsed.body] == [
        ("overview", "Overview"),
        ("how_it_works", "What to Expect"),
        ("benefits", "Who Can Benefit"),
        ("safety", "Is Paraffin Wax Therapy Safe?"),
        # A second safety-type heading cannot be another safety block.
        ("section", "Risks and Side Effects"),
        ("conditions", "Conditions Treated"),
        ("section", "Parking and Arrival"),
        ("faq", "Frequently Asked Questions"),
    ]


def test_markdown_items_intro_lists_and_faq():
    parsed = parse_file(PARAFFIN)
    body = blocks(parsed)

    assert (
        body["benefits"]["intro"] == "<p>People with stiff joints often notice the difference on the first visit.</p>"
    )
    assert body["benefits"]["items"][0] == {
        "label": "Easier movement",
        "text": "Warm tissue stretches further with less effort.",
    }
    assert "<ol><li>Wash and dry your hands.</li>" in body["how_it_works"]["text"]
    assert body["conditions"]["items"] == [
        "Hand osteoarthritis",
        "Rheumatoid arthritis between flares",
        "Stiffness after a wrist fracture",
    ]
    assert [item["question"] for item in body["faq"]["items"]] == ["Does the wax hurt?", "Can I do this at home?"]
    assert body["faq"]["items"][0]["answer"] == "<p>No. It feels like warm water that slowly sets.</p>"
    assert parsed.also_known_as == "wax bath, paraffin dip"
    assert "Also known as" not in body["overview"]["text"]


def test_markdown_inline_formatting_becomes_rich_text():
    body = blocks(parse_file(PARAFFIN))

    assert "<i>less painful</i>" in body["overview"]["text"]
    assert '<a href="https://www.arthritis.org/">Arthritis Foundation</a>' in body["overview"]["text"]
    sections = {value["heading"]: value for block_type, value in parse_file(PARAFFIN).body if block_type == "section"}
    assert sections["Parking and Arrival"]["text"] == (
        "<p>Park behind the building and use the <b>side door</b>; the wax tub is warmed before you arrive.</p>"
    )


def test_when_to_seek_care_item_moves_out_of_the_safety_items():
    safety = blocks(parse_file(PARAFFIN))["safety"]

    assert [item["label"] for item in safety["items"]] == ["Temperature check", "Skin problems"]
    assert safety["when_to_seek_care"] == (
        "<p>Call 911 for chest pain; see a doctor for blisters that spread or weep.</p>"
    )


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("How Foo Works", "how_it_works"),
        ("How It Works", "how_it_works"),
        ("What to Expect", "how_it_works"),
        ("What Happens During a Session", "how_it_works"),
        ("Your First Visit", "how_it_works"),
        ("The Procedure", "how_it_works"),
        ("During Treatment", "how_it_works"),
        ("Benefits of Foo", "benefits"),
        ("Who Can Benefit", "benefits"),
        ("Why Choose Foo", "benefits"),
        ("Advantages", "benefits"),
        ("Safety and Considerations", "safety"),
        ("Is Foo Safe?", "safety"),
        ("Risks and Side Effects", "safety"),
        ("Precautions", "safety"),
        ("Contraindications", "safety"),
        ("Who Should Avoid Foo", "safety"),
        ("Conditions We Treat", "conditions"),
        ("Conditions Treated", "conditions"),
        ("What We Treat", "conditions"),
        ("Common Conditions", "conditions"),
        ("Frequently Asked Questions", "faq"),
        ("FAQ", "faq"),
        ("What Is Foo?", "overview"),
        ("About Foo", "overview"),
        ("Parking and Arrival", "section"),
    ],
)
def test_headings_are_recognised_by_meaning(heading, kind):
    assert classify(heading, title="Foo") == kind


def test_the_treatment_name_in_a_heading_is_ignored():
    assert classify("How Safe Lifting Works", title="Safe Lifting") == "how_it_works"
    assert classify("Benefits of Condition Coaching", title="Condition Coaching") == "benefits"


def test_a_first_what_is_heading_becomes_the_overview():
    text = GOOD_MARKDOWN.replace(
        "A foot soak is warm water with salts for tired feet. It takes ten minutes.",
        "## What Is a Foot Soak?\n\nA foot soak is warm water with salts for tired feet.",
    )

    parsed = parse_text(text, name="foot-soak.md")

    assert block_types(parsed) == ["overview", "how_it_works", "benefits", "safety"]
    assert blocks(parsed)["overview"]["text"] == "<p>A foot soak is warm water with salts for tired feet.</p>"


def test_slug_comes_from_the_markdown_file_name_or_else_the_title():
    assert parse_text(GOOD_MARKDOWN, name="soaks/warm-foot-soak.md").slug == "warm-foot-soak"
    assert parse_text(GOOD_MARKDOWN, name="Foot Soak (final).md").slug == "foot-soak"


def test_raw_html_in_the_source_is_escaped():
    text = GOOD_MARKDOWN.replace(
        "It takes ten minutes.",
        'It takes <script>alert("x")</script> ten minutes. <img src=x onerror=alert(1)> [Click](javascript:alert(1)).',
    )

    parsed = parse_text(text, name="foot-soak.md")
    overview = blocks(parsed)["overview"]["text"]

    assert "<script" not in overview
    assert "&lt;script&gt;" in overview
    assert "<img" not in overview
    assert "javascript:" not in overview
    assert "Click" in overview


def test_raw_html_in_a_plain_text_file_is_escaped(tmp_path):
    text = SEED.read_text(encoding="utf-8").replace(
        "How Dry Needling Works\n\nDuring", "How Dry Needling Works\n\n<script>alert(1)</script> During"
    )

    parsed = parse_file(write(tmp_path, "needling.txt", text))

    assert blocks(parsed)["how_it_works"]["text"].startswith("<p>&lt;script&gt;alert(1)&lt;/script&gt; During")


def test_summary_stops_at_the_last_sentence_that_fits():
    sentences = [f"Sentence number {number} talks about warm water and the feet for a while." for number in range(8)]
    text = GOOD_MARKDOWN.replace(
        "A foot soak is warm water with salts for tired feet. It takes ten minutes.", " ".join(sentences)
    )

    summary = parse_text(text, name="foot-soak.md").summary

    assert len(summary) <= 300
    assert summary == " ".join(sentences[:4])
    assert summary.endswith(".")


def test_summary_of_one_very_long_sentence_is_cut_between_words():
    sentence = "A foot soak " + "with warm water " * 30 + "helps."
    text = GOOD_MARKDOWN.replace("A foot soak is warm water with salts for tired feet. It takes ten minutes.", sentence)

    summary = parse_text(text, name="foot-soak.md").summary

    assert len(summary) <= 300
    assert summary.endswith("…")
    cut = summary[:-1]
    assert sentence.startswith(cut)
    assert sentence[len(cut)] == " "


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


# -- Saving pages -------------------------------------------------------------------------------


def test_import_treatment_creates_then_updates(treatment_index):
    parsed = parse_file(SEED)

    page, created = import_treatment(parsed, parent=treatment_index, publish=True)
    again, created_again = import_treatment(parsed, parent=treatment_index, publish=True)

    assert created and not created_again
    assert again.pk == page.pk
    assert TreatmentPage.objects.child_of(treatment_index).count() == 1


def test_command_imports_drafts_by_default(treatment_index):
    out, err, error = run(SEED, PARAFFIN)

    assert error is None, err
    assert out.splitlines() == [
        "created dry-needling (Dry Needling)",
        "created paraffin-wax-therapy (Paraffin Wax Therapy)",
        "2 created, 0 updated, 0 failed",
    ]
    page = TreatmentPage.objects.get(slug="dry-needling")
    assert not page.live
    assert page.latest_revision is not None
    assert page.get_parent().pk == treatment_index.pk
    assert [block.block_type for block in page.body] == ["overview", "how_it_works", "benefits", "safety"]
    assert TreatmentPage.objects.get(slug="paraffin-wax-therapy").also_known_as == "wax bath, paraffin dip"


def test_command_publish_makes_pages_live(treatment_index):
    out, err, error = run(SEED, "--publish")

    assert error is None, err
    page = TreatmentPage.objects.get(slug="dry-needling")
    assert page.live
    assert not page.has_unpublished_changes
    assert page.summary.startswith("Dry needling is a therapeutic technique")


def test_reimport_updates_instead_of_duplicating(treatment_index, tmp_path):
    run(SEED, "--publish")
    changed = SEED.read_text(encoding="utf-8").replace("Pain Relief:", "Less Pain:")
    copy = write(tmp_path, SEED.name, changed)

    out, err, error = run(copy, "--publish")

    assert error is None, err
    assert out.splitlines() == ["updated dry-needling (Dry Needling)", "0 created, 1 updated, 0 failed"]
    assert TreatmentPage.objects.filter(slug="dry-needling").count() == 1
    page = TreatmentPage.objects.get(slug="dry-needling")
    assert page.body[2].value["items"][0]["label"] == "Less Pain"


def test_reimport_without_publish_leaves_the_live_page_alone(treatment_index, tmp_path):
    run(SEED, "--publish")
    copy = write(tmp_path, SEED.name, SEED.read_text(encoding="utf-8").replace("Pain Relief:", "Less Pain:"))

    run(copy)

    page = TreatmentPage.objects.get(slug="dry-needling")
    assert page.live
    assert page.has_unpublished_changes
    assert page.body[2].value["items"][0]["label"] == "Pain Relief"
    draft = page.get_latest_revision_as_object()
    assert draft.body[2].value["items"][0]["label"] == "Less Pain"


def test_dry_run_writes_nothing(treatment_index):
    out, err, error = run(SEED, PARAFFIN, "--dry-run", "--publish")

    assert error is None, err
    assert out.splitlines() == [
        "would create dry-needling (Dry Needling)",
        "would create paraffin-wax-therapy (Paraffin Wax Therapy)",
        "dry run: 2 would be created, 0 would be updated, 0 failed; nothing was written",
    ]
    assert not TreatmentPage.objects.exists()


def test_dry_run_reports_updates(treatment_index):
    run(SEED)

    out, _, _ = run(SEED, "--dry-run")

    assert out.splitlines()[0] == "would update dry-needling (Dry Needling)"


def test_malformed_file_fails_alone(treatment_index):
    bad = DATA / "bad" / "benefits-without-items.md"

    out, err, error = run(bad, SEED)

    assert error is not None
    assert str(error) == "1 file could not be imported"
    assert err.strip() == (
        f'{bad}:9: the "Benefits of Hot Stone Massage" section has no items; '
        'write each benefit as "- **Label:** explanation"'
    )
    assert out.splitlines() == ["created dry-needling (Dry Needling)", "1 created, 0 updated, 1 failed"]
    assert list(TreatmentPage.objects.values_list("slug", flat=True)) == ["dry-needling"]


def test_missing_file_fails_with_its_name(treatment_index, tmp_path):
    missing = tmp_path / "gone.md"

    _, err, error = run(missing, missing)

    assert str(error) == "2 files could not be imported"
    assert f"{missing}:1: file not found" in err


def test_folder_imports_its_treatment_files(treatment_index):
    out, err, error = run(DATA)

    assert error is None, err
    assert out.splitlines()[-1] == "4 created, 0 updated, 0 failed"


def test_parent_option_chooses_the_index(treatment_index):
    _, err, error = run(SEED, "--parent", "treatments")

    assert error is None, err
    assert TreatmentPage.objects.child_of(treatment_index).count() == 1


def test_parent_option_must_be_a_treatment_index(treatment_index):
    with pytest.raises(CommandError, match='"home" is a home page, not a treatments index page'):
        call_command("import_treatments", str(SEED), "--parent", "home", stdout=io.StringIO())
    with pytest.raises(CommandError, match='No page has the slug "nope"'):
        call_command("import_treatments", str(SEED), "--parent", "nope", stdout=io.StringIO())


def test_without_a_treatment_index_the_command_stops(home_page):
    assert not TreatmentIndexPage.objects.exists()

    with pytest.raises(CommandError, match="no treatments index page"):
        call_command("import_treatments", str(SEED), stdout=io.StringIO())
    assert not TreatmentPage.objects.exists()


def test_page_that_cannot_be_saved_is_reported_and_rolled_back(treatment_index):
    # Another kind of page already uses the slug, so the new treatment page fails validation.
    treatment_index.add_child(instance=Page(title="Squatter", slug="dry-needling"))

    out, err, error = run(SEED, PARAFFIN)

    assert str(error) == "1 file could not be imported"
    assert err.startswith(f"{SEED}:1: could not save the page: ")
    assert "dry-needling" in err
    assert out.splitlines()[-1] == "1 created, 0 updated, 1 failed"
    assert list(TreatmentPage.objects.values_list("slug", flat=True)) == ["paraffin-wax-therapy"]
