"""Django's database session store, refusing session keys Django could never have made.

Django's own store sends any cookie value of 8+ characters to the database. A forged cookie
with a NUL byte then reaches PostgreSQL, which rejects it, and every page the visitor opens
answers 500. Django makes keys of lowercase letters and digits only, at most 40 long (the
column's size), so anything else is treated as no session at all: the visitor is anonymous.
"""

from django.contrib.sessions.backends.base import VALID_KEY_CHARS
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

KEY_CHARS = frozenset(VALID_KEY_CHARS)


class SessionStore(DatabaseSessionStore):
    def _validate_session_key(self, key):
        return super()._validate_session_key(key) and len(key) <= 40 and set(key) <= KEY_CHARS
