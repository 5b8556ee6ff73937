"""Every runtime pin is used: a package pinned but never imported is weight to install, patch and audit."""

import ast
import importlib.metadata
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_RUNTIME = {".venv", "node_modules", "tests", "benchmarks", "migrations"}
# Used without an import statement of ours: say how, so a stale entry is easy to spot.
USED_WITHOUT_IMPORT = {
    "psycopg": "Django's PostgreSQL backend imports it when DATABASE_URL is postgres://",
    "hiredis": "redis-py parses replies with it whenever it is installed",
    "pystemmer": "snowballstemmer stems with it (the same Snowball algorithms in C) whenever it is installed",
    "gunicorn": "the production server, started by `make serve` with clinic_site/gunicorn.conf.py",
}


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_pins():
    lines = (line.split("#")[0].strip() for line in (ROOT / "requirements.txt").read_text().splitlines())
    return [normalise(re.split(r"[\[=<>~!; ]", line)[0]) for line in lines if line and not line.startswith("-")]


def runtime_sources():
    # Skips the virtualenv and node_modules without walking them (they may be real folders, not links).
    for top in sorted(ROOT.iterdir()):
        if top.is_dir() and top.name not in NOT_RUNTIME and not top.name.startswith("."):
            yield from top.rglob("*.py")
        elif top.suffix == ".py":
            yield top


def first_party_modules_used():
    """Top-level modules imported by runtime code, plus dotted names in settings (apps, middleware, backends)."""
    used = set()
    for path in runtime_sources():
        relative = path.relative_to(ROOT)
        if NOT_RUNTIME & set(relative.parts):
            continue
        in_settings = relative.parts[:2] == ("clinic_site", "settings")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                used.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                used.add(node.module.split(".")[0])
            elif in_settings and isinstance(node, ast.Constant) and isinstance(node.value, str):
                used.add(node.value.split(".")[0])
    return used


def test_every_runtime_pin_is_imported_or_says_how_it_is_used():
    providers = {}
    for module, distributions in importlib.metadata.packages_distributions().items():
        for distribution in distributions:
            providers.setdefault(normalise(distribution), set()).add(module)
    used = first_party_modules_used()

    unused = [pin for pin in runtime_pins() if pin not in USED_WITHOUT_IMPORT and not providers.get(pin, set()) & used]

    assert unused == [], f"pinned in requirements.txt but never imported: {unused}; use them or drop the pins"


def test_packages_said_to_be_used_without_an_import_are_still_pinned():
    assert set(USED_WITHOUT_IMPORT) <= set(runtime_pins())
