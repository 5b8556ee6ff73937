"""Back up and restore the whole site: database, uploaded media and a manifest.

The database is copied by the tools made for it, not by Django: pg_dump's custom format
(restored with pg_restore) on PostgreSQL, and SQLite's online backup API on SQLite, both
consistent while the site keeps running. Media is a tar.gz of MEDIA_ROOT. The manifest records
when, from which code (Django, Wagtail, applied migrations) and how many pages and appointment
requests (``count_in_backups``), so a restore can check it got everything back.

A backup holds patients' appointment requests: it is written readable by its owner only.
"""

import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection
from django.db.migrations.loader import MigrationLoader

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
PG_DUMP_FILE = "database.dump"
SQLITE_FILE = "database.sqlite3"
# Renditions (resized copies of images) are made again on demand, so they are left out; the
# restore deletes their database rows, else Wagtail would link files the backup does not have.
RENDITIONS_DIR = "images"


class BackupError(Exception):
    """Something an administrator must fix; the message says what."""


# --- What the site holds -------------------------------------------------------------------


def applied_migrations():
    """{app label: [migration names]} applied to the database."""
    applied = {}
    for app, name in sorted(MigrationLoader(connection, ignore_no_migrations=True).applied_migrations):
        applied.setdefault(app, []).append(name)
    return applied


# What else a restore must find again, besides pages: {name in the manifest: a function returning
# a queryset}. Apps add their own from AppConfig.ready (appointments: the appointment requests).
COUNTED = {}


def count_in_backups(name, queryset):
    """Record how many rows ``queryset()`` has in every backup's manifest, checked after a restore."""
    COUNTED[name] = queryset


def counts():
    """What a restore must find again: pages and whatever the apps registered."""
    from wagtail.models import Page

    return {"pages": Page.objects.count(), **{name: queryset().count() for name, queryset in COUNTED.items()}}


def database_is_empty():
    return not connection.introspection.table_names()


def media_root():
    """MEDIA_ROOT when media lives on this machine's disk; None when it is in object storage."""
    return Path(settings.MEDIA_ROOT) if isinstance(storages["default"], FileSystemStorage) else None


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- PostgreSQL through its own client tools ------------------------------------------------


def pg_environment():
    """libpq variables for pg_dump/pg_restore: the password never appears on a command line."""
    db = connection.settings_dict
    env = dict(os.environ)
    values = {
        "PGHOST": db.get("HOST"),
        "PGPORT": str(db.get("PORT") or ""),
        "PGUSER": db.get("USER"),
        "PGPASSWORD": db.get("PASSWORD"),
        "PGDATABASE": db.get("NAME"),
        "PGSSLMODE": db.get("OPTIONS", {}).get("sslmode"),
    }
    env.update({key: value for key, value in values.items() if value})
    return env


def pg_tool(name):
    """Path to pg_dump/pg_restore, refused when older than the server (it would fail half-way)."""
    path = shutil.which(name)
    if not path:
        raise BackupError(f"{name} not found: install the PostgreSQL client tools (apt-get install postgresql-client).")
    version = subprocess.run([path, "--version"], capture_output=True, text=True, check=True).stdout  # noqa: S603
    client = int(re.search(r"\)\s*(\d+)", version).group(1))  # "pg_dump (PostgreSQL) 15.20 (Debian …)"
    connection.ensure_connection()
    server = connection.pg_version // 10000
    if client < server:
        raise BackupError(f"{name} is version {client} but the server is {server}: install postgresql-client-{server}.")
    return path


def run_tool(args, env=None):
    result = subprocess.run(args, capture_output=True, text=True, env=env)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{Path(args[0]).name} failed: {result.stderr.strip()}")


# --- Backup -----------------------------------------------------------------------------------


def backup(destination):
    """Write a backup into the new directory `destination`; return the manifest."""
    destination = Path(destination)
    if destination.exists() and any(destination.iterdir()):
        raise BackupError(f"{destination} is not empty: give a new directory, so no backup is overwritten.")
    destination.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(destination, 0o700)
    old_umask = os.umask(0o077)
    try:
        manifest = {
            "format": FORMAT,
            "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "django": django.__version__,
            "wagtail": wagtail.__version__,
            "python": platform.python_version(),
            "database": connection.vendor,
            "migrations": applied_migrations(),
            "counts": counts(),
            "files": {},
        }
        database_file = backup_database(destination)
        manifest["files"][database_file.name] = {"sha256": sha256(database_file)}
        root = media_root()
        if root is None:
            manifest["media"] = "not included: media is in object storage (back it up with the bucket's versioning)"
        else:
            archive = backup_media(root, destination / MEDIA_ARCHIVE)
            manifest["files"][archive.name] = {"sha256": sha256(archive)}
        (destination / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    finally:
        os.umask(old_umask)
    return manifest


def backup_database(destination):
    if connection.vendor == "postgresql":
        target = destination / PG_DUMP_FILE
        run_tool([pg_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(target)], env=pg_environment())
        return target
    if connection.vendor == "sqlite":
        target = destination / SQLITE_FILE
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            # The online backup API: a consistent copy even while the site writes.
            connection.connection.backup(copy)
        copy.close()
        return target
    raise BackupError(f"Backing up a {connection.vendor} database is not supported: use its own tools.")


def backup_media(root, target):
    with tarfile.open(target, "w:gz") as archive:
        if root.is_dir():
            for path in sorted(root.iterdir()):
                if path.name != RENDITIONS_DIR:
                    archive.add(path, arcname=path.name)
    return target


# --- Restore ----------------------------------------------------------------------------------


def read_manifest(source):
    source = Path(source)
    try:
        manifest = json.loads((source / MANIFEST).read_text())
    except FileNotFoundError:
        raise BackupError(f"{source} has no {MANIFEST}: is it a backup made by backup_site?") from None
    except json.JSONDecodeError:
        raise BackupError(f"{source / MANIFEST} is damaged (not JSON).") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    for name, meta in manifest["files"].items():
        if not (source / name).is_file():
            raise BackupError(f"{source / name} is missing.")
        if sha256(source / name) != meta["sha256"]:
            raise BackupError(f"{source / name} is damaged (checksum differs from the manifest).")
    return manifest


def migrations_unknown_to_this_code(manifest):
    """Migrations in the backup that this code does not have: the backup is from newer code."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.disk_migrations)
    return sorted(
        f"{app}.{name}" for app, names in manifest["migrations"].items() for name in names if (app, name) not in known
    )


def check_restore(manifest, force=False):
    """Refuse what would lose data or half-work; return the list of problems (empty = go)."""
    problems = []
    if manifest["database"] != connection.vendor:
        problems.append(
            f"The backup is of a {manifest['database']} database and this site uses {connection.vendor}: "
            "restore into the same kind of database."
        )
        return problems  # never forced: the file cannot be loaded at all
    if not force and not database_is_empty():
        problems.append(f"The database {connection.settings_dict['NAME']} is not empty: restore into an empty one.")
    root = media_root()
    if not force and MEDIA_ARCHIVE in manifest["files"] and root and root.is_dir() and any(root.iterdir()):
        problems.append(f"MEDIA_ROOT ({root}) is not empty: restore into an empty one.")
    newer = migrations_unknown_to_this_code(manifest)
    if newer and not force:
        problems.append(f"The backup was made by newer code (unknown migrations: {', '.join(newer[:5])}): deploy it.")
    return problems


def restore(source, force=False):
    """Load the database and media of the backup at `source`; return its manifest."""
    source = Path(source)
    manifest = read_manifest(source)
    problems = check_restore(manifest, force=force)
    if problems:
        raise BackupError("\n".join(problems))
    restore_database(source, force=force)
    root = media_root()
    if MEDIA_ARCHIVE in manifest["files"] and root:
        restore_media(source / MEDIA_ARCHIVE, root)
    return manifest


def restore_database(source, force=False):
    if connection.vendor == "postgresql":
        args = [pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
        if force:
            args += ["--clean", "--if-exists"]
        args += ["--dbname", connection.settings_dict["NAME"], str(source / PG_DUMP_FILE)]
        connection.close()
        run_tool(args, env=pg_environment())
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(source / SQLITE_FILE) as backup_copy:
            # Replaces every page of the target database, so this also empties a forced one.
            backup_copy.backup(connection.connection)
        backup_copy.close()
    else:
        raise BackupError(f"Restoring a {connection.vendor} database is not supported: use its own tools.")
    connection.close()  # the next query sees the restored schema


def restore_media(archive_path, root):
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as archive:
        for member in archive.getmembers():
            # Only plain files and folders, only inside MEDIA_ROOT: a crafted archive cannot write elsewhere.
            target = (root / member.name).resolve()
            if not (member.isfile() or member.isdir()) or not target.is_relative_to(root.resolve()):
                raise BackupError(f"{archive_path} holds an unsafe entry {member.name!r}; nothing more extracted.")
            archive.extract(member, root, set_attrs=False, **extract_filter())


def extract_filter():
    # Python 3.11.4+ can also enforce this itself; earlier 3.11 relies on the check above.
    return {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
