"""How much a match counts: the score of a page for a query, from the field weights of
core/search_weights.py (the same table the page models' ``search_fields`` boosts read). Page types say
which of their text goes to which field (``search_document_fields()``, search/documents.py).
This module reads no database.
"""

from dataclasses import dataclass

from core.search_weights import WEIGHTS

from .interpretation import EXACT, SYNONYM

# In long text, words of a phrase far apart mean nothing together; elsewhere ("Neck pain
# and stiffness") they usually do.
LOOSE_FIELDS = {"body"}
ANY_ORDER = 0.8  # a phrase whose words are all in one short field, in another order
NON_TREATMENT_FACTOR = 0.5  # a content page that mentions a term ranks below a treatment about it
# Real evidence (is_evidence): a word few pages use, or a common one where it says what the page is about.
# "Pain" somewhere in most pages is no reason to list them all.
EVIDENCE_WEIGHT = WEIGHTS["summary"]
COMMON_SHARE = 0.4  # a word on more than this share of pages is common
SURE = SYNONYM  # the word typed, its correction or completion, or an equivalent: not a hint
TITLE_WEIGHT = WEIGHTS["title"] * ANY_ORDER
MIN_SHARE_OF_BEST = 0.1  # results scoring under this share of the best one are noise
# In "ankles swollen all the time" the swelling is what the visitor needs treated; the ankle only says
# where. A page that merely mentions the body part ("Ankle surgery") must not outrank one about the
# swelling, so where the query also says what is wrong, a body part counts for this share.
BODY_PART_SHARE = 0.5
UNANSWERED = 0.1  # a page matching a clinic question's other words ("take") but not the question itself


@dataclass(frozen=True, slots=True)
class Variant:
    key: tuple
    weight: float  # the interpretation's weight × rarity
    anywhere: bool = False  # a rare word the visitor meant for sure: a match anywhere is evidence
    common: bool = False  # a single word most pages use: evidence only in a page's name


@dataclass(frozen=True)
class Prepared:
    variants: tuple
    about_clinic: bool = False
    share: float = 1.0  # how much of the concept's best match counts


def prepare(concepts, vocabulary):
    """Each concept's variants with their rarity, computed once per query rather than per page.

    The synonyms of a common word ("pain": discomfort, hurt) are as generic as the word itself.
    """
    limit = COMMON_SHARE * vocabulary.size

    def is_common(key):
        return vocabulary.document_frequency(key) > limit

    says_what = any(not concept.body_part for concept in concepts)
    prepared = []
    for concept in concepts:
        generic = any(len(key) == 1 and weight >= EXACT and is_common(key) for key, weight in concept.variants.items())
        variants = tuple(
            Variant(
                key,
                weight * vocabulary.idf(key),
                anywhere=not generic and weight >= SURE and not is_common(key),
                common=len(key) == 1 and is_common(key),
            )
            for key, weight in concept.variants.items()
        )
        share = BODY_PART_SHARE if concept.body_part and says_what else 1.0
        prepared.append(Prepared(variants, concept.about_clinic, share))
    return prepared


def score(doc, concepts):
    """A document's score for prepared concepts, and the stems that matched (for highlighting).

    Each concept counts once, by its best variant in the heaviest field that holds it; a page that
    matches only some of the concepts keeps part of its score. A page with no real evidence scores
    nothing, and a navigation page (home, an index) only counts when the query names it.
    """
    total, matched_concepts, matched = 0.0, 0, set()
    evidence = in_title = answers_clinic = False
    weights, short = doc.weights, doc.short_stems
    for concept in concepts:
        best = 0.0
        for variant in concept.variants:
            key = variant.key
            field_weight = weights.get(key)
            if field_weight is None and len(key) > 1 and short.issuperset(key):
                field_weight = any_order_weight(doc, key)
            if field_weight:
                matched.update(key)
                value = field_weight * variant.weight
                if value > best:
                    best = value
                if not evidence:
                    evidence = is_evidence(variant, field_weight)
                if field_weight >= TITLE_WEIGHT:
                    in_title = True
        if best:
            matched_concepts += 1
            total += best * concept.share
            answers_clinic = answers_clinic or concept.about_clinic
    if not total or not evidence or (getattr(doc, "is_navigation", False) and not in_title):
        return 0.0, matched
    value = total * (0.4 + 0.6 * matched_concepts / len(concepts))
    if any(concept.about_clinic for concept in concepts):
        # A question about the clinic (insurance, hours) is answered by the clinic's own page that says it.
        factor = (1.0 if answers_clinic else UNANSWERED) * (NON_TREATMENT_FACTOR if doc.is_primary else 1.0)
    else:
        factor = 1.0 if doc.is_primary else NON_TREATMENT_FACTOR
    return value * factor, matched


def is_evidence(variant, field_weight):
    """A rare word the visitor meant anywhere; other words where the page says what it is about; a common
    word alone ("pain", "therapy") only in a page's name."""
    if variant.anywhere or field_weight >= TITLE_WEIGHT:
        return True
    return field_weight >= EVIDENCE_WEIGHT and not variant.common


def any_order_weight(doc, key):
    return next((weight * ANY_ORDER for weight, stems in doc.field_stems if stems.issuperset(key)), 0.0)


def without_noise(hits):
    """Hits (best first) without those scoring far below the best."""
    if not hits:
        return hits
    floor = hits[0].score * MIN_SHARE_OF_BEST
    return [hit for hit in hits if hit.score >= floor]
