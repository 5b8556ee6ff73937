"""A publish made outside the server (cron's publish_scheduled, an import, a shell) empties the running
server's page cache, in every worker process, without Redis: the default cache is shared files."""

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.core.test_gunicorn import CONF, free_port

ROOT = Path(__file__).resolve().parents[2]
RENAME = """
from treatments.models import TreatmentPage
page = TreatmentPage.objects.get(slug="dry-needling")
page.title = "Dry Needling Renamed"
page.save_revision().publish()
"""


@pytest.fixture
def environment(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "REDIS"))}
    env.update(
        DJANGO_SETTINGS_MODULE="clinic_site.settings.dev",
        DEBUG="0",
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        CACHE_DIR=str(tmp_path / "cache"),
        MEDIA_ROOT=str(tmp_path / "media"),
        NOTIFICATION_WORKER="0",
    )
    for command in (["migrate", "--noinput", "-v0"], ["load_demo_content"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)  # noqa: S603
    return env


@pytest.fixture
def server(environment, tmp_path):
    port = free_port()
    log = (tmp_path / "gunicorn.log").open("w")
    process = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "gunicorn", "-c", str(CONF), "clinic_site.wsgi"],
        cwd=ROOT,
        env={**environment, "PORT": str(port), "WEB_CONCURRENCY": "2"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/treatments/"
    deadline = time.monotonic() + 60
    while True:
        try:
            get(url)
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
    yield url
    process.terminate()
    process.wait(timeout=30)
    log.close()


def get(url):
    # A new connection each time, so gunicorn's workers take turns answering.
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
        return response.headers.get("X-Cache"), response.read().decode()


def test_a_publish_from_another_process_reaches_every_worker(server, environment):
    before = [get(server) for _ in range(8)]
    assert any(cache == "HIT" for cache, _ in before), "the list was never served from the page cache"
    assert all("Dry Needling" in body and "Renamed" not in body for _, body in before)

    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", RENAME], cwd=ROOT, env=environment, check=True, capture_output=True
    )

    after = [get(server) for _ in range(8)]
    assert all("Dry Needling Renamed" in body for _, body in after), [cache for cache, _ in after]
