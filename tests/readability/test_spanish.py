"""Spanish text is measured with Spanish syllables and formulas (Szigriszt-Pazos on the INFLESZ scale,
Fernández-Huerta), and checked against Spanish claims."""

import textstat

from readability.claims import find_claims
from readability.measure import reading_level
from readability.spanish import fernandez_huerta, inflesz_band, syllable_count, szigriszt_pazos

PLAIN_ES = (
    "La fisioterapia le ayuda a moverse mejor. Su terapeuta le enseña ejercicios para casa. Si le duele más, llame."
)
HARD_ES = (
    "La intervención fisioterapéutica multimodal proporciona una optimización considerable de la funcionalidad "
    "musculoesquelética mediante procedimientos individualizados, especialmente en pacientes con patologías "
    "degenerativas concomitantes y limitaciones biomecánicas significativas."
)
ENGLISH = "Cupping therapy facilitates myofascial decompression, ameliorating musculoskeletal dysfunction."


def test_spanish_syllables_follow_spanish_rules():
    # Two strong vowels, or an accented í/ú, are two syllables (where hyphenation dictionaries count one).
    cases = {
        "día": 2, "guía": 2, "poeta": 3, "ahora": 3, "músculo": 3, "país": 2, "oído": 3,
        # A weak vowel joins its neighbour; final "y" is a vowel; "qu"/"gu" add none.
        "cuidado": 3, "ciática": 3, "fisioterapia": 5, "tratamiento": 4, "muy": 1, "hoy": 1, "y": 1,
        "que": 1, "guerra": 2, "pingüino": 3, "averiguáis": 4, "punción": 2, "acupuntura": 5,
    }  # fmt: skip
    assert {word: syllable_count(word) for word in cases} == cases


def test_the_formulas_and_the_inflesz_bands():
    # 10 words, 20 syllables, 1 sentence.
    assert round(szigriszt_pazos(20, 10, 1), 2) == round(206.835 - 124.6 - 10, 2)
    assert round(fernandez_huerta(20, 10, 1), 2) == round(206.84 - 120 - 10.2, 2)
    assert [str(inflesz_band(score)) for score in (20, 45, 55, 70, 90)] == [
        "very difficult",
        "somewhat difficult",
        "normal",
        "quite easy",
        "very easy",
    ]


def test_plain_spanish_is_within_target_and_hard_spanish_is_not():
    plain = reading_level([PLAIN_ES], target=55, language="es")
    assert plain.grade >= 55 and not plain.over_target
    assert (plain.words, plain.sentences) == (19, 3)

    hard = reading_level([HARD_ES], target=55, language="es")
    assert hard.grade < 40 and hard.over_target and str(hard.band) == "very difficult"
    assert hard.smog < plain.smog  # Fernández-Huerta agrees
    assert "musculoesquelética" in hard.hardest and "fisioterapéutica" in hard.hardest
    assert "pacientes" not in hard.hardest  # three syllables is ordinary Spanish


def test_a_higher_spanish_target_is_harder_to_meet():
    assert not reading_level([PLAIN_ES], target=55, language="es").over_target
    assert reading_level([PLAIN_ES], target=99, language="es").over_target


def test_glossary_terms_do_not_count_against_a_spanish_page():
    text = ["La fascitis plantar causa dolor en el talón."]
    exempt = reading_level(text, terms=["fascitis plantar"], language="es")
    assert exempt.grade > reading_level(text, language="es").grade


def test_measuring_spanish_leaves_english_measured_in_english():
    before = reading_level([ENGLISH])
    reading_level([HARD_ES], language="es")
    after = reading_level([ENGLISH])
    assert after == before and after.language == "en" and after.over_target
    assert round(textstat.flesch_kincaid_grade(ENGLISH), 1) == before.grade


def test_spanish_claims_match_plurals_genders_and_verb_forms():
    pieces = [
        "Resultados garantizados.",
        "Estas sesiones curan la ciática.",
        "Es un tratamiento 100% seguro.",
        "Elimina el dolor para siempre.",
        "Cuidamos su salud.",
    ]
    phrases = ["garantizado", "cura", "100 % seguro", "elimina el dolor para siempre"]
    found = [(claim.phrase, claim.sentence) for claim in find_claims(pieces, phrases, "es")]
    assert found == [
        ("garantizado", "Resultados garantizados."),
        ("cura", "Estas sesiones curan la ciática."),
        ("100 % seguro", "Es un tratamiento 100% seguro."),
        ("elimina el dolor para siempre", "Elimina el dolor para siempre."),
    ]


def test_spanish_sentences_split_before_inverted_marks_and_accented_capitals():
    level = reading_level(["¿Duele? Él le explica cada paso. ¡Pregunte lo que quiera!"], language="es")
    assert level.sentences == 3
