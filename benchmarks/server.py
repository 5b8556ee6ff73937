"""A production server on a scratch PostgreSQL database of the benchmark's own.

The server is the production stack (clinic_site.settings.production under gunicorn, WhiteNoise for
static files); the database is created here and dropped afterwards, and the run's Redis keys deleted.
"""

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import redis

from benchmarks.http_client import Client

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/"


# --- Scratch database and production server --------------------------------------------------------


def database_url(base_url, name):
    """The URL of database `name` on the server `base_url` names (its own database part is ignored)."""
    parts = urlsplit(base_url or DEFAULT_POSTGRES)
    return parts._replace(path=f"/{name}").geturl()


def create_database(url):
    admin, name = url.rsplit("/", 1)
    if not re.fullmatch(r"clinic_bench_\w+", name):
        sys.exit(f"refusing to drop and create {name!r}: scratch database names start with clinic_bench_")
    with psycopg.connect(f"{admin}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(url):
    admin, name = url.rsplit("/", 1)
    with psycopg.connect(f"{admin}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def server_environment(db_url, host, port, workers, redis_url=""):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="clinic_site.settings.production",
        # A throwaway key per run: nothing signed by one run must be accepted by another.
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=db_url,
        HOST=host,
        PORT=str(port),
        WEB_CONCURRENCY=str(workers),
    )
    # Production keeps connections open (health-checked); opening one per request is not what we measure.
    env.setdefault("DB_CONN_MAX_AGE", "60")
    if redis_url:
        env["REDIS_URL"] = redis_url
        # Cache keys of this run only: nothing cached (or counted by a rate limit) by an earlier run applies.
        env["CACHE_KEY_PREFIX"] = f"bench-{secrets.token_hex(4)}"
    else:
        env.pop("REDIS_URL", None)
        # The workers' shared cache files: this run's own, so nothing an earlier run cached applies.
        env["CACHE_DIR"] = tempfile.mkdtemp(prefix="clinic-bench-cache-")
    return env


def manage(env, *args, capture=False):
    """Run manage.py with the server's environment (settings, database)."""
    result = subprocess.run(  # noqa: S603
        [str(PYTHON), "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
        text=True,
    )
    return result.stdout


def prepare_site(env):
    """Migrate, load the demo content and collect static files, as a deployment would."""
    for args in (["migrate", "--noinput", "-v0"], ["load_demo_content"], ["collectstatic", "--noinput", "-v0"]):
        manage(env, *args)


def forget_cache(env):
    """Delete what this run's server put in Redis (its keys carry the run's CACHE_KEY_PREFIX)."""
    env = env or {}
    prefix = env.get("CACHE_KEY_PREFIX", "")
    if not env.get("REDIS_URL", "").startswith("redis") or not prefix.startswith("bench-"):
        return
    try:
        client = redis.Redis.from_url(env["REDIS_URL"])
        keys = list(client.scan_iter(match=f"{prefix}:*", count=500))
        if keys:
            client.delete(*keys)
    except redis.RedisError as error:
        print(f"could not delete this run's cache keys ({prefix}:*): {error}")


def has_make_serve():
    makefile = ROOT / "Makefile"
    return makefile.exists() and re.search(r"^serve:", makefile.read_text(), re.MULTILINE) is not None


def server_command(mode, host, port, workers):
    """The one place that says how the server starts: `make serve` (the deployment's own command) or
    gunicorn by hand (before `make serve` existed, or to try other options)."""
    if mode == "auto":
        mode = "make" if has_make_serve() else "gunicorn"
    if mode == "make":
        return ["make", "--no-print-directory", "serve", f"HOST={host}", f"PORT={port}"]
    command = [str(ROOT / ".venv" / "bin" / "gunicorn"), "clinic_site.wsgi:application"]
    config = ROOT / "clinic_site" / "gunicorn.conf.py"
    if config.exists():
        command += ["-c", str(config)]
    # No control socket: by default every gunicorn on the machine would share $HOME/.gunicorn/gunicorn.ctl.
    return command + ["-b", f"{host}:{port}", "-w", str(workers), "--no-control-socket"]


class Server:
    """A production server on a scratch PostgreSQL database, stopped (and the database dropped) on exit."""

    def __init__(self, args, name):
        self.args = args
        self.db_url = database_url(args.postgres, f"clinic_bench_{name}")
        self.host, self.port = "127.0.0.1", args.port
        self.process = None
        self.log = None
        self.log_path = None
        self.env = None

    @property
    def base_url(self):
        return f"http://{self.host}:{self.port}"

    def __enter__(self):
        command = server_command(self.args.server, self.host, self.port, self.args.workers)
        if command[0] != "make" and not Path(command[0]).exists():
            sys.exit("gunicorn is not installed in .venv: pip install -r requirements.txt")
        print(f"database: {self.db_url} (created for this run, dropped after)", flush=True)
        create_database(self.db_url)
        # Whatever goes wrong from here on, the server is stopped and the database dropped.
        try:
            self._start(command)
        except BaseException:
            self.__exit__()
            raise
        return self

    def _start(self, command):
        env = self.env = server_environment(self.db_url, self.host, self.port, self.args.workers, self.args.redis_url)
        started = time.monotonic()
        try:
            prepare_site(env)
        except subprocess.CalledProcessError as error:
            sys.exit(f"preparing the site failed: {' '.join(error.cmd[1:])} (exit {error.returncode}), see above")
        print(f"site prepared in {time.monotonic() - started:.0f} s; server: {' '.join(command)}", flush=True)
        self.log_path = Path(tempfile.gettempdir()) / f"clinic-bench-server-{self.port}.log"
        self.log = open(self.log_path, "w")  # noqa: SIM115 (closed in __exit__)
        # Its own process group, so stopping it stops make, the gunicorn master and every worker.
        self.process = subprocess.Popen(  # noqa: S603
            command, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )
        wait_until_up(self.base_url, self.process, self.log_path)

    def gunicorn_pid(self):
        """The gunicorn master (the server process itself, or make's child)."""
        for pid in [self.process.pid, *_children(self.process.pid)]:
            try:
                if b"gunicorn" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    return pid
            except OSError:
                pass
        return self.process.pid

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        if self.log:
            self.log.close()
        if not self.args.keep_database:
            drop_database(self.db_url)
            forget_cache(self.env)


def _children(pid):
    try:
        children = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return children + [g for c in children for g in _children(c)]


def wait_until_up(base_url, process=None, log_path=None, timeout=120):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            sys.exit(f"the server stopped (exit {process.returncode}); see {log_path}")
        try:
            status = Client(base_url).get("/").status
            if status < 500:
                return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit(f"no answer from {base_url} after {timeout} s")


# Database 15, not 0: the benchmark's cache entries stay apart from a development site's.
LOCAL_REDIS = "redis://127.0.0.1:6379/15"


def default_redis_url():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return LOCAL_REDIS
    except OSError:
        return ""


def cache_description(args):
    """What the server's cache is, for the benchmarks' first line."""
    return args.redis_url or "files shared by the workers"


def add_server_arguments(parser, port, workers=None):
    parser.add_argument("--url", help="measure a server that is already running (e.g. http://127.0.0.1:8000)")
    parser.add_argument(
        "--postgres",
        default=DEFAULT_POSTGRES,
        help="PostgreSQL server for the scratch database clinic_bench_<name> (default %(default)s)",
    )
    parser.add_argument(
        "--server",
        choices=["auto", "make", "gunicorn"],
        default="auto",
        help="how to start the server: `make serve`, gunicorn directly, or auto (make serve when it exists)",
    )
    parser.add_argument("--port", type=int, default=port)
    parser.add_argument(
        "--workers",
        type=int,
        default=workers or int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1)),
        help="gunicorn workers (WEB_CONCURRENCY; default 2 x cores + 1)",
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("REDIS_URL") or default_redis_url(),
        help=f"REDIS_URL for the server's cache (default: $REDIS_URL, else {LOCAL_REDIS} when a Redis "
        "answers there, else none: cache files shared by the workers); --redis-url '' for none",
    )
    parser.add_argument("--keep-database", action="store_true", help="do not drop the scratch database")
