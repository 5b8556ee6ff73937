"""No dead ends: when search finds nothing good, what a patient can do next.

The body-area browse (every area with a live treatment), the conditions closest to what was typed,
and the clinic's phone number (from the template's clinic settings). The lists of areas and conditions
are kept per page-cache generation (which changes on every publish), so a search stays within its query budget.
"""

from dataclasses import dataclass

from django.core.cache import cache
from rapidfuzz import fuzz, process, utils

from core.languages import current_language
from core.page_cache import generation
from treatments.taxonomy import BodyArea, Condition, in_language

from .evidence import GENERIC
from .text import content_stems

CLOSEST_CONDITIONS = 5
MIN_SIMILARITY = 70  # rapidfuzz 0–100, for conditions that share no word but are spelled alike
WEAK_SCORE = 3.0  # a best result below this (e.g. one common word in a summary) is not a good answer
LABELS_TIMEOUT = 300  # seconds: catches label renames, which change no page generation


@dataclass(frozen=True)
class Label:
    name: str
    slug: str


@dataclass
class NextSteps:
    body_areas: list
    conditions: list


def is_weak(outcome, hits):
    """No result, a poor best result, or words that no page uses: the visitor may not have found it."""
    return not hits or hits[0].score < WEAK_SCORE or bool(outcome.unknown)


def live_labels(model):
    """The model's labels (name and slug) that a live treatment in the active language is filed under, as that
    language names them, A to Z (two queries in a language other than the default, one in it)."""
    language = current_language()
    key = f"search:next-steps:{model._meta.model_name}:{language}:{generation()}"
    labels = cache.get(key)
    if labels is None:
        filed = model.objects.filter(treatments__live=True, treatments__locale__language_code=language).distinct()
        labels = [Label(label.name, label.slug) for label in in_language(filed.only("translation_key", "name", "slug"))]
        cache.set(key, labels, LABELS_TIMEOUT)
    return labels


def closest_conditions(conditions, interpretation, typed):
    """Conditions sharing a word with what the query means (its lay words' meanings too), best first;
    failing any, those spelled most like it."""
    wanted = {stem for concept in interpretation.concepts for key in concept.variants for stem in key} - GENERIC
    scored = []
    for condition in conditions:
        stems = set(content_stems(condition.name))
        shared = len(stems & wanted)
        if shared:
            scored.append((-shared / len(stems), condition.name, condition))
    if scored:
        return [condition for *_, condition in sorted(scored)[:CLOSEST_CONDITIONS]]
    names = {condition.name: condition for condition in conditions}
    similar = process.extract(
        typed, list(names), scorer=fuzz.token_set_ratio, processor=utils.default_process, score_cutoff=MIN_SIMILARITY
    )
    return [names[name] for name, *_ in similar[:CLOSEST_CONDITIONS]]


def next_steps(interpretation, typed):
    conditions = live_labels(Condition)
    closest = closest_conditions(conditions, interpretation, typed) if interpretation else []
    return NextSteps(body_areas=live_labels(BodyArea), conditions=closest)
