"""Reading level of Spanish text: syllables by Spanish rules, the Szigriszt-Pazos score read on the INFLESZ
scale, and Fernández-Huerta.

Why not textstat's own Spanish figures: textstat (0.7.13) counts Spanish syllables with pyphen, a hyphenation
dictionary. Hyphenation never splits two vowels ("día", "guía", "poeta") nor leaves one letter at either
end of a word ("músculo" counts two), so its counts are low and every page would read easier than it is.
Spanish syllables follow fixed rules of spelling, applied below. The two formulas are textstat's (its
constants for Spanish), fed these counts; nothing here touches textstat's process-wide language setting.

INFLESZ (Barrio-Cantalejo et al., 2008) is the Szigriszt-Pazos score read for health information for
patients: 55 or more is "normal", what a patient leaflet should reach.
"""

from django.utils.translation import gettext_lazy as _

LANGUAGE = "es"
STRONG_VOWELS = set("aeoáéíóú")  # an accented í or ú is heard on its own (hiatus): it counts as strong
WEAK_VOWELS = set("iuü")
DEFAULT_TARGET = 55  # INFLESZ "normal"
HARD_WORD_SYLLABLES = 4  # Spanish words run longer than English ones: "tratamiento" is ordinary
PLAIN_STAND_IN = "es"  # what an exempt term counts as: one word of one syllable

# (lowest score, name) from the hardest band up; the names are INFLESZ's own.
INFLESZ_BANDS = [
    (0, _("very difficult")),
    (40, _("somewhat difficult")),
    (55, _("normal")),
    (65, _("quite easy")),
    (80, _("very easy")),
]


def is_vowel(word, index):
    letter = word[index]
    if letter in STRONG_VOWELS or letter in WEAK_VOWELS:
        return True
    # "y" is a vowel at the end of a word ("hoy", "muy") or on its own ("y"); elsewhere it is a consonant.
    return letter == "y" and index == len(word) - 1


def syllable_count(word):
    """Syllables of one Spanish word: one per vowel group, and one more wherever two strong vowels meet
    ("po-e-ta", "dí-a"); a weak vowel beside another vowel makes one syllable with it ("cie-lo", "muy")."""
    word = word.lower()
    count, previous = 0, None
    for index, letter in enumerate(word):
        if not is_vowel(word, index):
            previous = None
            continue
        if previous is None or (previous in STRONG_VOWELS and letter in STRONG_VOWELS):
            count += 1
        previous = letter
    return max(count, 1)


def szigriszt_pazos(syllables, words, sentences):
    """The Perspicuity score (0–100, higher is easier) read on the INFLESZ scale."""
    if not words or not sentences:
        return 0.0
    return 206.835 - 62.3 * syllables / words - words / sentences


def fernandez_huerta(syllables, words, sentences):
    """Fernández-Huerta's Flesch adaptation (0–100, higher is easier), as textstat computes it."""
    if not words or not sentences:
        return 0.0
    return 206.84 - 60 * syllables / words - 1.02 * words / sentences


def inflesz_band(score):
    name = INFLESZ_BANDS[0][1]
    for lowest, band in INFLESZ_BANDS:
        if score >= lowest:
            name = band
    return name
