"""An administrator backs the site up and restores it into an empty database: nothing is missing.

On the PostgreSQL leg (DATABASE_URL is postgres://…) the backup is pg_dump's and the restore goes
into a second, real, empty database; on SQLite it is the online backup API into a new file.
The restore runs as `manage.py restore_site` in its own process, as an administrator would run it.
"""

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from core.backup import BackupError, restore_media

ROOT = Path(__file__).resolve().parents[2]

# Run in the restored site's own process: prints what it holds, as JSON.
INSPECT = """
import json, django
django.setup()
from pathlib import Path
from django.conf import settings
from wagtail.images.models import Image
from wagtail.models import Page
from appointments.models import AppointmentPage

media = Path(settings.MEDIA_ROOT)
submissions = AppointmentPage().get_submission_class().objects.order_by("pk")
image = Image.objects.get()
renditions_after_restore = image.renditions.count()
rendition = image.get_rendition("fill-20x20")
print(json.dumps({
    "pages": sorted([p.url_path, p.title, p.live] for p in Page.objects.all()),
    "requests": [[s.page.url_path, s.form_data, s.submit_time.isoformat()] for s in submissions],
    "media": {str(p.relative_to(media)): p.read_bytes().hex() for p in sorted(media.rglob("*")) if p.is_file()},
    "renditions_after_restore": renditions_after_restore,
    "rendition_file_made": (media / rendition.file.name).is_file(),
}))
"""

REQUESTS = [
    {"name": "Pat Example", "phone": "303 555 0100", "treatment": "Dry needling", "preferred_days_and_times": []},
    {"name": "Zoë Ñúñez-O'Brien", "phone": "+1 (720) 555-0199", "email": "zoe@example.com"},
    {"name": '<b>Sam</b> "Quotes" & more', "phone": "720-555-0142", "preferred_days_and_times": ["Saturday"]},
]


def png_bytes():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 60, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def site_contents():
    from appointments.models import AppointmentPage

    media = Path(settings.MEDIA_ROOT)
    submissions = AppointmentPage().get_submission_class().objects.order_by("pk")
    return {
        "pages": sorted([p.url_path, p.title, p.live] for p in Page.objects.all()),
        "requests": [[s.page.url_path, s.form_data, s.submit_time.isoformat()] for s in submissions],
        # Originals and documents; renditions (images/) are made again after a restore.
        "media": {
            str(p.relative_to(media)): p.read_bytes().hex()
            for p in sorted(media.rglob("*"))
            if p.is_file() and p.relative_to(media).parts[0] != "images"
        },
    }


@pytest.fixture
def empty_database(tmp_path):
    """A URL of a new, empty database of the same kind as the test database; dropped afterwards."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    assert connection.vendor == "postgresql", connection.vendor
    name = f"{db['NAME']}_restore"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    password = f":{quote(db['PASSWORD'], safe='')}" if db.get("PASSWORD") else ""
    try:
        yield f"postgres://{quote(db['USER'], safe='')}{password}@{db['HOST']}:{db['PORT'] or 5432}/{name}"
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run_restored_site(args, database_url, media_root):
    """Run python with args as the restored site: its own database and MEDIA_ROOT."""
    env = {
        key: value
        for key, value in os.environ.items()
        # The restore must not clear a shared cache or reach for a search cluster or a bucket.
        if key not in {"REDIS_URL", "SEARCH_BACKEND", "AWS_STORAGE_BUCKET_NAME", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="clinic_site.settings.dev",
        DEBUG="0",
        DATABASE_URL=database_url,
        MEDIA_ROOT=media_root,
        CACHE_DIR=f"{media_root}-cache",  # not the checkout's own cache/, which a dev server may be using
    )
    return subprocess.run(  # noqa: S603
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_restored_backup_has_every_page_request_and_file(
    make_treatment, appointment_page, empty_database, tmp_path, settings
):
    settings.MEDIA_ROOT = tmp_path / "media"  # this site's uploads only, not those other tests left
    for title in ["Dry needling", "Cupping therapy", "Therapeutic massage"]:
        make_treatment(title)
    make_treatment("Shockwave therapy", live=False)
    submission_class = appointment_page.get_submission_class()
    for form_data in REQUESTS:
        submission_class.objects.create(page=appointment_page, form_data=form_data)
    image = Image.objects.create(title="Treatment room", file=ContentFile(png_bytes(), name="room.png"))
    image.get_rendition("fill-10x10")
    Document.objects.create(title="Intake form", file=ContentFile(b"%PDF-1.4 intake", name="intake-form.pdf"))
    before = site_contents()
    assert len(before["requests"]) == 3 and len(before["media"]) == 2

    backup_dir = tmp_path / "backup"
    call_command("backup_site", str(backup_dir), stdout=io.StringIO())
    manifest = json.loads((backup_dir / "manifest.json").read_text())
    assert manifest["database"] == connection.vendor
    assert manifest["counts"] == {"pages": len(before["pages"]), "appointment_requests": 3}
    assert "0001_initial" in manifest["migrations"]["appointments"]
    assert oct((backup_dir / "manifest.json").stat().st_mode & 0o777) == "0o600"  # patient data: owner only

    restored_media = tmp_path / "restored-media"
    restore = run_restored_site(["manage.py", "restore_site", str(backup_dir)], empty_database, str(restored_media))
    assert restore.returncode == 0, restore.stderr
    assert f"Restore complete: {len(before['pages'])} of {len(before['pages'])} pages" in restore.stdout

    inspect = run_restored_site(["-c", INSPECT], empty_database, str(restored_media))
    assert inspect.returncode == 0, inspect.stderr
    after = json.loads(inspect.stdout)
    assert after["pages"] == before["pages"]
    assert after["requests"] == before["requests"]
    assert {path: data for path, data in after["media"].items() if not path.startswith("images/")} == before["media"]
    # Renditions were purged with the restore and are made again when a page asks for one.
    assert after["renditions_after_restore"] == 0
    assert after["rendition_file_made"]

    # A second restore would mix two sites: refused, and the database is left as it was.
    again = run_restored_site(["manage.py", "restore_site", str(backup_dir)], empty_database, str(restored_media))
    assert again.returncode != 0
    assert "is not empty: restore into an empty one" in again.stderr
    assert (
        json.loads(run_restored_site(["-c", INSPECT], empty_database, str(restored_media)).stdout)["pages"]
        == (before["pages"])
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # the backup reads committed data only
def test_a_damaged_backup_is_refused_before_anything_is_touched(home_page, tmp_path):
    backup_dir = tmp_path / "backup"
    call_command("backup_site", str(backup_dir), stdout=io.StringIO())
    database_file = next(p for p in backup_dir.iterdir() if p.name.startswith("database."))
    database_file.write_bytes(database_file.read_bytes()[:-10])
    with pytest.raises(CommandError, match="damaged"):
        call_command("restore_site", str(backup_dir), "--force")
    assert Page.objects.filter(pk=home_page.pk).exists()


def test_a_backup_never_overwrites_another(home_page, tmp_path):
    (tmp_path / "old-backup").mkdir()
    (tmp_path / "old-backup" / "manifest.json").write_text("{}")
    with pytest.raises(CommandError, match="not empty"):
        call_command("backup_site", str(tmp_path / "old-backup"))
    assert (tmp_path / "old-backup" / "manifest.json").read_text() == "{}"


def test_a_folder_without_a_manifest_is_not_taken_for_a_backup(db, tmp_path):
    with pytest.raises(CommandError, match="no manifest.json"):
        call_command("restore_site", str(tmp_path))


def test_a_media_archive_cannot_write_outside_media_root(tmp_path):
    archive = tmp_path / "media.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        entry = tarfile.TarInfo("../outside.txt")
        entry.size = 4
        tar.addfile(entry, io.BytesIO(b"evil"))
    media_root = tmp_path / "media"
    with pytest.raises(BackupError, match="unsafe entry"):
        restore_media(archive, media_root)
    assert not (tmp_path / "outside.txt").exists()
