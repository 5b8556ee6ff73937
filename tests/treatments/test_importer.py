"""The treatment importer reads the seed page and Markdown into the right blocks."""

import pytest

from tests.treatments.importing import DATA, GOOD_MARKDOWN, PARAFFIN, SEED, block_types, blocks, write
from treatments.importer import classify, parse_file, parse_text

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
    signs = "<p>Call 911 for chest pain; see a doctor for blisters that spread or weep.</p>"
    assert safety["care_cards"] == [{"level": "emergency", "signs": signs}]


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
