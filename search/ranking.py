"""How much a match counts: the score of a page for a query, from the field weights of
core/search_weights.py (the same table the page models' ``search_fields`` boosts read). Page types say
which of their text goes to which field (``search_document_fields()``, search/documents.py).
This module reads no database.
"""

# In long text, words of a phrase far apart mean nothing together; elsewhere ("Neck pain
# and stiffness") they usually do.
LOOSE_FIELDS = {"body"}
ANY_ORDER = 0.8  # a phrase whose words are all in one short field, in another order
NON_TREATMENT_FACTOR = 0.5  # a content page that mentions a term ranks below a treatment about it


def prepare(concepts, vocabulary):
    """Each concept as [(stem n-gram, weight × rarity)], computed once per query rather than per page."""
    return [[(key, weight * vocabulary.idf(key)) for key, weight in concept.variants.items()] for concept in concepts]


def score(doc, concepts):
    """A document's score for prepared concepts, and the stems that matched (for highlighting).

    Each concept counts once, by its best variant in the heaviest field that holds it; a page that
    matches only some of the concepts keeps part of its score.
    """
    total, matched_concepts, matched = 0.0, 0, set()
    weights, short = doc.weights, doc.short_stems
    for variants in concepts:
        best = 0.0
        for key, weight in variants:
            field_weight = weights.get(key)
            if field_weight is None and len(key) > 1 and short.issuperset(key):
                field_weight = any_order_weight(doc, key)
            if field_weight:
                matched.update(key)
                best = max(best, field_weight * weight)
        if best:
            matched_concepts += 1
            total += best
    if not total:
        return 0.0, matched
    value = total * (0.4 + 0.6 * matched_concepts / len(concepts))
    return (value if doc.is_primary else value * NON_TREATMENT_FACTOR), matched


def any_order_weight(doc, key):
    return next((weight * ANY_ORDER for weight, stems in doc.field_stems if stems.issuperset(key)), 0.0)
