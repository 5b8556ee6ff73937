"""What visitors search for never reaches a log: the development server's request log drops query strings
(gunicorn's access log format already does, tests/core/test_gunicorn.py)."""

import logging
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from core.log_filters import StripQueryStrings

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Jane Doe 303-555-0142"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("GET /search/?q=jane+doe+303 HTTP/1.1", "200", "512"), '"GET /search/ HTTP/1.1" 200 512'),
        (
            ("GET /search/suggest/?q=jane%40example.com&x=1 HTTP/1.1", "200", "20"),
            '"GET /search/suggest/ HTTP/1.1" 200 20',
        ),
        (("GET /?q='jane' HTTP/1.1", "404", "0"), '"GET / HTTP/1.1" 404 0'),
        (("GET /search/?q=jane doe HTTP/1.1", "400", "0"), '"GET /search/ HTTP/1.1" 400 0'),
    ],
)
def test_the_filter_drops_query_strings_and_keeps_the_rest(args, expected):
    record = logging.LogRecord("django.server", logging.INFO, __file__, 1, '"%s" %s %s', args, None)
    assert StripQueryStrings().filter(record) is True
    assert record.getMessage() == expected


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_development_server_log_has_no_search_words(tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "clinic_site.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "PYTHONUNBUFFERED": "1",
    }
    log = tmp_path / "server.log"
    with log.open("wb") as out:
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "runserver", "--noreload", "--skip-checks", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            query = urllib.parse.urlencode({"q": SECRET})
            deadline = time.monotonic() + 60
            while True:
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz?{query}", timeout=5)  # noqa: S310
                    break
                except (urllib.error.URLError, ConnectionError):
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise
                    time.sleep(0.3)
            with pytest.raises(urllib.error.HTTPError):  # a 4xx is logged as a warning: stripped too
                urllib.request.urlopen(f"http://127.0.0.1:{port}/static/none.css?{query}", timeout=5)  # noqa: S310
            time.sleep(0.5)
        finally:
            server.terminate()
            server.wait(timeout=10)
    text = log.read_text()
    assert "GET /healthz HTTP/1.1" in text  # the request is logged...
    assert "GET /static/none.css HTTP/1.1" in text
    for word in ("Jane", "0142", "q="):
        assert word not in text  # ...without what was searched
