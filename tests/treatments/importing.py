"""What the importer tests share: the sample files, a well-formed Markdown page and small helpers."""

import io
from pathlib import Path

from django.core.management import CommandError, call_command

DATA = Path(__file__).resolve().parents[1] / "data" / "importer"
SEED = DATA / "dry-needling-westminster-co.txt"
PARAFFIN = DATA / "paraffin-wax-therapy.md"

GOOD_MARKDOWN = """\
# Foot Soak

A foot soak is warm water with salts for tired feet. It takes ten minutes.

## How a Foot Soak Works

You sit with your feet in a basin of warm water.

## Benefits of a Foot Soak

- **Warmth:** Warm water relaxes the small muscles of the feet.

## Is a Foot Soak Safe?

- **Temperature:** We check the water before you put your feet in.
"""


def run(*args):
    """Run the command; returns (stdout, stderr, the CommandError or None)."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_treatments", *[str(arg) for arg in args], stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


def block_types(parsed):
    return [block_type for block_type, _ in parsed.body]


def blocks(parsed):
    return dict(parsed.body)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path
