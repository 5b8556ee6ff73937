"""The SQLite database holds every appointment request: only the account running the site may read it.

SQLite creates a new database file with the process umask (usually 0644, world-readable); its journal
and WAL files take the database file's mode. So the file is made owner-only as soon as a connection
opens it, before anything is written. Uploaded media get the same through FILE_UPLOAD_PERMISSIONS.
"""

import os
import stat

OWNER_ONLY = 0o600


def database_file(settings_dict):
    """The path of a SQLite database on disk, or None for an in-memory one."""
    name = str(settings_dict.get("NAME") or "")
    if not name or name == ":memory:" or "mode=memory" in name:
        return None
    return name.removeprefix("file:").split("?", 1)[0]


def owner_only_database(sender, connection, **kwargs):
    if connection.vendor != "sqlite":
        return
    path = database_file(connection.settings_dict)
    if path and os.path.isfile(path) and stat.S_IMODE(os.stat(path).st_mode) & 0o077:
        os.chmod(path, OWNER_ONLY)
