"""gunicorn as `make serve` runs it: settings from the environment, and a real start."""

import os
import runpy
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONF = ROOT / "clinic_site" / "gunicorn.conf.py"


def load_conf(monkeypatch, **env):
    for name in ("HOST", "PORT", "WEB_CONCURRENCY", "GUNICORN_THREADS", "FORWARDED_ALLOW_IPS", "REDIS_URL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONF))


def test_defaults(monkeypatch):
    conf = load_conf(monkeypatch, REDIS_URL="redis://cache.internal:6379/0")
    assert conf["bind"] == "127.0.0.1:8000"
    assert conf["workers"] == 2 * os.cpu_count() + 1
    assert conf["forwarded_allow_ips"] == "127.0.0.1,::1"


def test_every_core_without_redis(monkeypatch):
    """The file cache is shared by every process (tests/core/test_publish_across_processes.py)."""
    conf = load_conf(monkeypatch)
    assert (conf["workers"], conf["threads"]) == (2 * os.cpu_count() + 1, 2)


def test_read_from_the_environment(monkeypatch):
    conf = load_conf(
        monkeypatch,
        HOST="0.0.0.0",  # noqa: S104
        PORT="8123",
        WEB_CONCURRENCY="3",
        FORWARDED_ALLOW_IPS="10.0.0.2",
    )
    assert conf["bind"] == "0.0.0.0:8123"  # noqa: S104
    assert conf["workers"] == 3
    assert conf["forwarded_allow_ips"] == "10.0.0.2"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_gunicorn_serves_and_logs_no_query_strings(tmp_path):
    """Search queries can be health data: the access log keeps the path only."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "DJANGO_SETTINGS_MODULE"))}
    env.update(
        SECRET_KEY="k" * 64,
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        PORT=str(port),
        WEB_CONCURRENCY="1",
        SECURE_SSL_REDIRECT="0",
    )
    log = tmp_path / "gunicorn.log"
    with log.open("w") as out:
        server = subprocess.Popen(  # noqa: S603
            [sys.executable, "-m", "gunicorn", "-c", str(CONF), "clinic_site.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            body = None
            deadline = time.monotonic() + 60
            while body is None and time.monotonic() < deadline:
                try:
                    url = f"http://127.0.0.1:{port}/healthz?q=herniated+disc"
                    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                        body = response.read()
                except OSError:
                    time.sleep(0.3)
        finally:
            server.terminate()
            server.wait(timeout=30)
    text = log.read_text()
    assert body == b'{"status": "ok"}', text
    assert '"GET /healthz HTTP/1.1" 200' in text
    assert "herniated" not in text
