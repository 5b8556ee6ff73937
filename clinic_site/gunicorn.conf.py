"""gunicorn settings, read from the environment (`make serve` uses this file).

Run behind a TLS proxy (nginx, a load balancer): gunicorn binds to HOST:PORT and must be reachable only
from that proxy, which sets X-Forwarded-Proto (Django trusts it: SECURE_PROXY_SSL_HEADER).
"""

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"

# Processes: the classic 2 x cores + 1. Each has a few threads, so a request waiting on the database
# does not hold a whole process; rendering is CPU-bound, so more threads would not help. Every process
# shares one cache, Redis (REDIS_URL) or else files on this machine (settings CACHES), so a publish
# handled by any process, or by a command outside the server, empties every process's page cache.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"

# A request still running after this long is killed and logged; the database's statement timeout
# (DB_STATEMENT_TIMEOUT_MS, 30 s) ends a slow query first.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then, so a slow leak never takes the site down. Django and Wagtail are
# imported once in the master (preload_app) so a new worker starts in milliseconds; at 2,000 requests,
# without preloading, a busy site spent a good part of its CPU re-importing them (benchmarks/throughput.py).
# The app opens no database or Redis connection at import, so nothing is shared across the fork.
# A code deploy therefore needs a restart, not a HUP.
preload_app = True
max_requests = 10000
max_requests_jitter = 1000

# The addresses whose X-Forwarded-Proto/For gunicorn believes (the TLS proxy); comma-separated.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Logs to stdout/stderr for the process manager. The access log has the path without the query string
# and no referrer: search queries ("?q=herniated disc") can be health data.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'

# gunicorn 27's control socket defaults to one path per user: two sites (or a site and a benchmark run)
# on one machine would fight over it. Nothing here uses it.
control_socket_disable = True


# The appointment notification worker (manage.py db_worker --backend notifications) runs as a child of
# the gunicorn master, so `make serve` (or a systemd unit running gunicorn) also sends the queued emails;
# it is restarted if it stops, and stopped with gunicorn. NOTIFICATION_WORKER=0 when it runs elsewhere
# (its own unit, or one machine of several).
notification_worker = os.environ.get("NOTIFICATION_WORKER", "1") == "1"
WORKER_COMMAND = [
    sys.executable,
    str(Path(__file__).resolve().parent.parent / "manage.py"),
    "db_worker",
    "--backend",
    "notifications",
    "--no-reload",
]
_worker = {"process": None, "stopping": False}


def _keep_worker_running(log):
    while not _worker["stopping"]:
        _worker["process"] = subprocess.Popen(WORKER_COMMAND)  # noqa: S603
        code = _worker["process"].wait()
        if not _worker["stopping"]:
            log.warning("Notification worker stopped (exit code %s); starting it again in 5 s", code)
            time.sleep(5)


def on_exit(server):
    _worker["stopping"] = True
    if _worker["process"] is not None and _worker["process"].poll() is None:
        _worker["process"].terminate()
        try:
            _worker["process"].wait(timeout=graceful_timeout)
        except subprocess.TimeoutExpired:
            _worker["process"].kill()


def when_ready(server):
    if notification_worker:
        threading.Thread(target=_keep_worker_running, args=(server.log,), daemon=True).start()
