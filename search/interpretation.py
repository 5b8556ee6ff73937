"""From what a visitor typed to what they mean: concepts with weighted variants.

"chiropracter" is corrected to a word the site uses, "vesti" is completed, "slipped
disk" brings in "herniated disc", and "is shockwave therapy painful" is reduced to
the words that matter. Each concept is one thing the visitor asked about; its variants
are the ways a page may say it, weighted by how sure we are that they mean the same.
"""

from dataclasses import dataclass, field

from .english import is_english
from .languages import current
from .text import stem, stop_words, words

EXACT = 1.0
WORD_FORM = 1.0
CORRECTED = 0.9
COMPLETED = 0.85
SYNONYM = 0.8
PART_OF_PHRASE = 0.25
# A lay word points to what pages say with the certainty of its kind: a condition's lay name means the
# condition; a part of the body or a symptom only hints at it. A body area's name (the areas treatments
# are filed under) is weaker still: it says where, not what.
LEXICON_WEIGHTS = {"condition": 0.8, "clinic": 0.8, "anatomy": 0.7, "activity": 0.5, "symptom": 0.5}
BODY_AREA = 0.6
WORD_IN_PHRASE = 0.8  # a lay word inside a longer phrase ("heel" in "heel spur") still brings its meanings
MIN_LENGTH_TO_RESPELL = 7
IMPLIED = 0.75  # a known phrase said in other words (implied_phrases)
MEANT = 0.5  # how sure a concept's variant must be to say a word of such a phrase
IN_CONTEXT_DISTANCE = 2  # a neighbour that makes a known phrase is strong evidence: "gate" → "gait"


@dataclass
class Token:
    typed: str
    word: str  # the word searched for: what was typed, or its correction
    variants: dict  # stem tuple -> weight
    corrected: bool = False


@dataclass
class Concept:
    label: str
    variants: dict = field(default_factory=dict)
    about_clinic: bool = False  # insurance, prices, hours: answered by the clinic's own pages
    body_part: bool = False  # names only where ("calves"), not what is wrong there

    def add(self, key, weight):
        if weight > self.variants.get(key, 0):
            self.variants[key] = weight


@dataclass
class Interpretation:
    typed: str
    concepts: list
    corrected_query: str = ""  # set when a spelling correction changed the query

    @property
    def about_clinic(self):
        return any(concept.about_clinic for concept in self.concepts)

    def retrieval_words(self, vocabulary, limit=80):
        """Surface words for the search backend: every form the site uses of every variant."""
        found = []
        for concept in self.concepts:
            for key in sorted(concept.variants, key=concept.variants.get, reverse=True):
                for part in key:
                    found += sorted(vocabulary.forms.get(part, ())) or []
        return list(dict.fromkeys(found))[:limit]


def is_real_word(word):
    """A word of the search's language's dictionary: meant as typed. Only English has one (search/english.py);
    a Spanish word is checked against the Spanish pages' vocabulary alone."""
    return current() == "en" and is_english(word)


def resolve(word, vocabulary, correct=True):
    if len(word) < 3 or word.isdigit():
        return Token(word, word, {(stem(word),): EXACT})
    if vocabulary.is_known(word):
        return known_word(word, vocabulary, correct)
    completions = vocabulary.completions(word)
    if completions:
        return Token(word, word, {(stem(c),): COMPLETED for c in completions})
    # A real English word the site does not use ("kills") is what the visitor meant, not a typo for a word
    # the site does use ("pills"); only its neighbours can say otherwise (in_context()).
    fixed = vocabulary.correction(word) if correct and not is_real_word(word) else None
    if fixed:
        return Token(word, fixed, {(stem(fixed),): CORRECTED}, corrected=True)
    return Token(word, word, {(stem(word),): EXACT})


def in_context(tokens, vocabulary):
    """Correct the real words typed for another ("gate analysis", "carpel tunnel"): a word the site does not
    use becomes a known word one or two letters away when that word and its neighbour make a phrase the site
    or its lexicon knows ("gait analysis", "carpal tunnel")."""
    for i, token in enumerate(tokens):
        if token.corrected or len(token.word) < 4 or vocabulary.is_known(token.word):
            continue
        neighbours = [tokens[j].word for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
        for fixed in vocabulary.corrections(token.word, max_distance=IN_CONTEXT_DISTANCE):
            if any(vocabulary.in_phrase_with(fixed, neighbour) for neighbour in neighbours):
                tokens[i] = Token(token.typed, fixed, {(stem(fixed),): CORRECTED}, corrected=True)
                break


def known_word(word, vocabulary, correct):
    """A word whose stem the site knows. A long word the site never writes this way ("chiropracter")
    is still offered the spelling the site uses, one letter away, while its stem keeps matching."""
    token = Token(word, word, {(stem(word),): EXACT})
    if correct and len(word) >= MIN_LENGTH_TO_RESPELL and not vocabulary.is_written(word) and not is_real_word(word):
        fixed = vocabulary.correction(word, max_distance=1)
        if fixed and stem(fixed) != stem(word):
            token.word, token.corrected = fixed, True
            token.variants[(stem(fixed),)] = CORRECTED
    return token


def synonym_spans(tokens, vocabulary):
    """Which runs of tokens name a synonym phrase: [(token indexes, phrase key)], in the order typed."""
    spans, used = [], set()
    keys = [(stem(t.word),) for t in tokens]
    available = {key[0]: i for i, key in enumerate(keys)}
    found = []
    for phrase in vocabulary.multiword_sharing(available):
        # Word order varies ("rolled my ankle", "ankle I rolled"): all of the phrase's words must be there.
        positions = [available.get(part) for part in phrase]
        if None not in positions:
            found.append((sorted(positions), phrase))
    # Where phrases overlap ("my feet roll in and my arches collapse": "feet roll in", "arch of foot",
    # "collapsed arches"), the longest wins, then the one whose words stand closest together, then the most
    # specific: a condition says more than a part of the body.
    found.sort(key=lambda span: (-len(span[1]), span[0][-1] - span[0][0], -specificity(span[1], vocabulary), span[1]))
    for positions, phrase in found:
        if used.isdisjoint(positions):
            spans.append((positions, phrase))
            used |= set(positions)
    for i, key in enumerate(keys):
        if i not in used and (key in vocabulary.phrase_groups or key in vocabulary.lexicon.meanings):
            spans.append(([i], key))
            used.add(i)
    return sorted(spans)


SPECIFICITY = {"condition": 3, "clinic": 3, "symptom": 2, "activity": 1, "anatomy": 0}
SYNONYM_SPECIFICITY = 2  # an editor's synonym group: treatment and condition names, mostly


def specificity(key, vocabulary):
    """How precisely a phrase says what is wrong: a condition's lay name most, a part of the body least."""
    kinds = [SPECIFICITY[target.kind] for target in vocabulary.lexicon.targets(key)]
    if key in vocabulary.phrase_groups:
        kinds.append(SYNONYM_SPECIFICITY)
    return max(kinds, default=0)


def interpret(typed, vocabulary, correct=True):
    all_words = words(typed)
    stop = stop_words()
    content = [w for w in all_words if w not in stop] or all_words
    tokens = [resolve(w, vocabulary, correct) for w in content]
    if correct:
        in_context(tokens, vocabulary)

    concepts, covered = [], set()
    for positions, phrase in synonym_spans(tokens, vocabulary):
        concept = Concept(" ".join(tokens[i].word for i in positions))
        concept.add(phrase, EXACT)
        for other in vocabulary.synonyms_of(phrase):
            concept.add(other, SYNONYM)
        add_meanings(concept, phrase, vocabulary.lexicon)
        if len(positions) > 1:
            for i in positions:
                add_meanings(concept, (stem(tokens[i].word),), vocabulary.lexicon, scale=WORD_IN_PHRASE)
        for i in positions:
            scale = 1.0 if len(positions) == 1 else part_weight((stem(tokens[i].word),), vocabulary.lexicon)
            for key, weight in tokens[i].variants.items():
                concept.add(key, weight * scale)
        concepts.append(concept)
        covered |= set(positions)
    for i, token in enumerate(tokens):
        if i not in covered:
            concepts.append(Concept(token.word, dict(token.variants)))
    implied_phrases(concepts, vocabulary)

    corrections = {t.typed: t.word for t in tokens if t.corrected}
    corrected_query = " ".join(corrections.get(w, w) for w in all_words) if corrections else ""
    return Interpretation(typed=typed, concepts=concepts, corrected_query=corrected_query)


def implied_phrases(concepts, vocabulary):
    """Known phrases said in other words: "tingly fingers at night" says "numb hands at night" (tingly →
    numbness, fingers → hand), a lay name of carpal tunnel syndrome. When the meanings of two or more concepts
    together cover every word of a phrase, each of those concepts also means what the phrase means, a little
    less surely. Work per query is one pass over the known phrases, whatever the number of pages."""
    if len(concepts) < 2:
        return
    covers = [{key[0] for key, weight in c.variants.items() if len(key) == 1 and weight >= MEANT} for c in concepts]
    union = set().union(*covers)
    for phrase in vocabulary.multiword:
        if phrase in vocabulary.lexicon.clinic or not union.issuperset(phrase):
            continue
        if any(cover.issuperset(phrase) for cover in covers):
            continue  # one concept says it all: the phrase itself, found already, or a coincidence of its meanings
        for concept, cover in zip(concepts, covers, strict=True):
            if cover.isdisjoint(phrase):
                continue
            for other in vocabulary.synonyms_of(phrase):
                concept.add(other, SYNONYM * IMPLIED)
            add_meanings(concept, phrase, vocabulary.lexicon, scale=IMPLIED)


def part_weight(key, lexicon):
    """How much a word of a phrase counts alone: a little ("gives" in "knee gives out"), but never less than
    the meanings it brings ("hamstring" in "pulled hamstring" is surer than the thigh it hints at)."""
    meanings = [weight_of(target) * WORD_IN_PHRASE for target in lexicon.targets(key)]
    return max([PART_OF_PHRASE, *meanings])


def weight_of(target):
    return LEXICON_WEIGHTS[target.kind] * (BODY_AREA if target.is_area else 1.0)


def add_meanings(concept, key, lexicon, scale=1.0):
    """What the lexicon says a lay phrase means, as weighted variants of its concept."""
    for target in lexicon.targets(key):
        weight = weight_of(target) * scale
        concept.add(target.key, weight)
    if key in lexicon.clinic:
        concept.about_clinic = True
    if scale == 1.0 and lexicon.names_body_part(key):
        concept.body_part = True
