"""Alphabetical order as readers expect it, the same on SQLite and PostgreSQL.

Databases order "TMJ Therapy" before "Therapeutic Massage" (upper case sorts first in byte order) and
put accented letters after z; their case- and accent-blind collations differ by backend. Lists people
scan from A to Z are short, so they are sorted in Python with one key.
"""

import unicodedata


def a_to_z_key(text):
    """``text`` without case or accents: "Électrothérapie" sorts as "electrotherapie"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    # The original breaks ties, so the order is stable and total ("Tmj" and "TMJ" never swap).
    return plain, text


def a_to_z(items, text=lambda item: item):
    """``items`` sorted by ``text(item)`` from A to Z, ignoring case and accents."""
    return sorted(items, key=lambda item: a_to_z_key(text(item)))
