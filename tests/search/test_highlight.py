"""Result snippets: escaped first, then marked (no database)."""

from search.highlight import MAX_LENGTH, best_sentence, highlight
from search.text import stem

MATCHED = {stem("needling"), stem("neck")}


def test_matching_words_in_any_form_are_marked():
    assert (
        highlight("Needling eases a stiff neck.", MATCHED) == "<mark>Needling</mark> eases a stiff <mark>neck</mark>."
    )


def test_markup_in_page_text_is_escaped_never_run():
    html = highlight('<script>alert("neck")</script> & <mark>', MATCHED)
    assert "<script>" not in html
    assert html.count("<mark>") == 1
    assert "&lt;script&gt;" in html and "&amp; &lt;mark&gt;" in html


def test_accented_text_is_marked_where_it_matches():
    assert highlight("Névralgie du neck", {stem("nevralgie")}) == "<mark>Névralgie</mark> du neck"


def test_a_long_sentence_is_cut_at_a_word_with_an_ellipsis():
    text = "neck " * 100
    html = highlight(text, set())
    assert len(html) <= MAX_LENGTH + 1
    assert html.endswith("neck…")


def test_the_sentence_with_most_matches_is_chosen():
    sentences = ["Book online.", "Needling helps.", "Needling helps a stiff neck."]
    assert best_sentence(sentences, MATCHED) == "Needling helps a stiff neck."


def test_a_whole_sentence_beats_a_heading_with_the_same_matches():
    assert best_sentence(["Neck", "Your neck will thank you."], MATCHED) == "Your neck will thank you."


def test_nothing_matched_quotes_the_first_sentence():
    assert best_sentence(["First.", "Second."], set()) == "First."
    assert best_sentence([], MATCHED) == ""
