"""The default clinic thesaurus shipped in thesaurus.txt, loaded into editable Synonym rows."""

from pathlib import Path

from .lexicon import phrases

THESAURUS = Path(__file__).with_name("thesaurus.txt")


def read_groups(path=THESAURUS):
    """Yield each line's phrases (first = the term), skipping comments and blank lines."""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        group = list(phrases(line))
        if len(group) >= 2:
            yield group


def load_default_synonyms(model, path=THESAURUS):
    """Add the groups whose term is not there yet; never change one an editor has edited. Returns the count added."""
    existing = set(model.objects.values_list("term", flat=True))
    new = []
    for term, *equivalents in read_groups(path):
        if term not in existing:
            existing.add(term)
            new.append(model(term=term, equivalents=", ".join(equivalents)))
    model.objects.bulk_create(new)
    return len(new)
