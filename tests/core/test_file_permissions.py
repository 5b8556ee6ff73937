"""The database file and uploaded media are readable by the site's own account only."""

import os
import stat

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.db.utils import ConnectionHandler


@pytest.fixture
def usual_umask(django_db_blocker):
    old = os.umask(0o022)  # what most servers run with: new files world-readable
    with django_db_blocker.unblock():  # these tests open their own scratch databases
        yield
    os.umask(old)


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.parametrize("journal_mode", ["DELETE", "WAL"])
def test_a_new_sqlite_database_and_its_journal_are_owner_only(usual_umask, tmp_path, journal_mode):
    path = tmp_path / "db.sqlite3"
    handler = ConnectionHandler({"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}})
    connection = handler["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA journal_mode={journal_mode}")
            cursor.execute("CREATE TABLE request (name TEXT)")
            cursor.execute("INSERT INTO request VALUES ('Jane Doe')")
        files = [p for p in tmp_path.iterdir() if p.name.startswith("db.sqlite3")]
        assert files
        for file in files:
            assert mode(file) == 0o600, file.name
    finally:
        connection.close()


def test_an_existing_world_readable_database_is_made_owner_only(usual_umask, tmp_path):
    path = tmp_path / "db.sqlite3"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    handler = ConnectionHandler({"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}})
    try:
        handler["default"].ensure_connection()
        assert mode(path) == 0o600
    finally:
        handler["default"].close()


def test_uploads_and_their_folders_are_owner_only(usual_umask, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    storage = FileSystemStorage()  # reads MEDIA_ROOT and the permission settings
    small = storage.save("original_images/scan.png", ContentFile(b"x" * 10))
    large = storage.save("documents/letter.pdf", ContentFile(b"x" * (settings.FILE_UPLOAD_MAX_MEMORY_SIZE + 1)))
    for name in (small, large):
        assert mode(storage.path(name)) == 0o600
        assert mode(os.path.dirname(storage.path(name))) == 0o700
    assert mode(settings.MEDIA_ROOT) == 0o700
