"""The default search lexicon shipped in lexicon.txt, loaded into editable SearchTerm rows.

File format (see the file's header): ``lay words => page words @ Body area`` under ``[kind]`` lines.
"""

from dataclasses import dataclass
from pathlib import Path

from .text import content_stems, fold, stem, words

LEXICON = Path(__file__).with_name("lexicon.txt")
# Each language's starting set, for the search of that language (SearchTerm.language).
LEXICONS = {"en": LEXICON, "es": Path(__file__).with_name("lexicon_es.txt")}
KINDS = ("anatomy", "symptom", "activity", "condition", "clinic")


@dataclass(frozen=True)
class Entry:
    kind: str
    words: tuple
    means: tuple
    body_area: str = ""


def entry_for(term, area_name=None):
    """A SearchTerm row as an Entry, with its body area's current name (``area_name``: as its language names it)."""
    if area_name is None:
        area_name = term.body_area.name if term.body_area else ""
    return Entry(term.kind, phrases(term.words), phrases(term.means), area_name)


def phrases(text):
    return tuple(dict.fromkeys(" ".join(fold(item).split()) for item in text.split(",") if item.strip()))


def read_entries(path=LEXICON):
    """Yield the file's entries; a malformed line raises ValueError naming it, so a bad edit fails loudly."""
    kind = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            kind = line[1:-1].strip()
            if kind not in KINDS:
                raise ValueError(f"{path.name}:{number}: unknown kind [{kind}]")
            continue
        lay, arrow, rest = line.partition("=>")
        means, _, area = rest.partition("@")
        if not arrow or kind is None or not phrases(lay) or not phrases(means):
            raise ValueError(f"{path.name}:{number}: expected “words => meanings @ Body area” under a [kind]")
        yield Entry(kind, phrases(lay), phrases(means), area.strip())


def load_default_terms(term_model, area_model, path=LEXICON, language=None):
    """Add the file's entries whose words are not there yet; never change a row an editor has edited.

    Body areas are found by name (case-insensitive); an area the clinic has renamed or removed is left blank.
    ``language`` (for models with SearchTerm.language) marks the new rows, and only that language's rows
    count as already there. Returns the number of rows added.
    """
    rows = term_model.objects.filter(language=language) if language else term_model.objects
    in_language = {"language": language} if language else {}
    existing = set(rows.values_list("words", flat=True))
    areas = {name.lower(): pk for pk, name in area_model.objects.values_list("pk", "name")}
    new = []
    for entry in read_entries(path):
        words = ", ".join(entry.words)
        if words in existing:
            continue
        existing.add(words)
        new.append(
            term_model(
                words=words,
                means=", ".join(entry.means),
                kind=entry.kind,
                body_area_id=areas.get(entry.body_area.lower()),
                **in_language,
            )
        )
    term_model.objects.bulk_create(new)
    return len(new)


@dataclass(frozen=True)
class Target:
    key: tuple  # the stems pages use
    kind: str  # the entry's kind: how sure we are that it means the same
    is_area: bool = False  # a body area's name: evidence of where, not of what


class Lexicon:
    """Entries indexed for interpretation: what each lay phrase (as content stems) points to."""

    def __init__(self, entries=()):
        self.meanings = {}  # lay phrase key -> {target key: Target}
        self.clinic = set()  # lay phrase keys that ask about the clinic itself
        self.words = set()  # every lay word, so it is known to spelling correction
        for entry in entries:
            targets = [Target(content_stems(m), entry.kind) for m in entry.means]
            if entry.body_area:
                targets.append(Target(content_stems(entry.body_area), entry.kind, is_area=True))
            for phrase in entry.words:
                key = content_stems(phrase)
                if not key:
                    continue
                self.words.update(words(phrase))
                known = self.meanings.setdefault(key, {})
                if entry.kind == "clinic":
                    self.clinic.add(key)
                for target in targets:
                    if target.key and target.key != key and target.key not in known:
                        known[target.key] = target
        self.stems = {stem(word) for word in self.words}

    def targets(self, key):
        return list(self.meanings.get(key, {}).values())

    def names_body_part(self, key):
        """Whether a lay phrase only names a part of the body ("calves", "bottom of my foot"): where, not what."""
        targets = self.meanings.get(key)
        return bool(targets) and all(target.kind == "anatomy" for target in targets.values())
