"""What the reliability benchmarks share: a scratch database, a production server, an HTTP client.

The server is the production stack (clinic_site.settings.production under gunicorn, WhiteNoise for
static files) on a PostgreSQL database of the benchmark's own, created here and dropped afterwards.
The client speaks plain HTTP to it as the TLS proxy in front of production would: it sends
`X-Forwarded-Proto: https`, so it keeps Secure cookies itself (Python's cookie jar would not send
them over http), and it can bind each connection to its own loopback source address (127.x.y.z)
so per-client limits see distinct visitors.
"""

import http.client
import math
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/"


# --- Percentiles and reporting ---------------------------------------------------------------------


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an already sorted list (no interpolation: a real observed value)."""
    if not sorted_values:
        return float("nan")
    rank = max(1, math.ceil(round(fraction * len(sorted_values), 9)))  # round: 0.95 * 100 is not exact
    return sorted_values[min(rank, len(sorted_values)) - 1]


def latency_row(label, seconds_list, duration):
    values = sorted(seconds_list)
    return (
        f"{label:<16} {len(values):>7} {len(values) / duration:>8.1f} "
        f"{percentile(values, 0.50) * 1000:>8.1f} {percentile(values, 0.95) * 1000:>8.1f} "
        f"{percentile(values, 0.99) * 1000:>8.1f}"
    )


LATENCY_HEADER = f"{'page type':<16} {'requests':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"


# --- CPU accounting (Linux /proc), so the output can say who used the machine ----------------------

CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def machine_cpu():
    """(busy, total) jiffies of the whole machine since boot, from /proc/stat."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0, 0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def process_tree_cpu(pid):
    """CPU seconds (user + system) used so far by a process and all its descendants, living or reaped."""
    total = 0
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()
    # utime, stime, and cutime, cstime: the time of children already reaped (gunicorn replaces
    # workers after max_requests; their time must not vanish from the total).
    total += sum(int(n) for n in fields[11:15]) / CLOCK_TICKS
    for child in children:
        total += process_tree_cpu(int(child))
    return total


class CpuMeter:
    """CPU used during a measured interval by the machine, by the server and by this client process."""

    def __init__(self, server_pid=None):
        self.server_pid = server_pid

    def __enter__(self):
        self.started = time.monotonic()
        self.machine = machine_cpu()
        self.server = process_tree_cpu(self.server_pid) if self.server_pid else 0.0
        self.client = self._client_cpu()
        return self

    def __exit__(self, *exc):
        self.seconds = time.monotonic() - self.started
        busy, total = machine_cpu()
        self.machine_busy = (busy - self.machine[0]) / max(1, total - self.machine[1])
        self.server_cpu = (process_tree_cpu(self.server_pid) - self.server) if self.server_pid else None
        self.client_cpu = self._client_cpu() - self.client

    @staticmethod
    def _client_cpu():
        # This process, plus client worker processes it has waited for, plus wrk if it ran.
        own, children = os.times()[:2], os.times()[2:4]
        return sum(own) + sum(children)

    def report(self, client_note="client"):
        cores = os.cpu_count() or 1
        available = cores * self.seconds
        lines = [f"machine: {cores} cores, {self.machine_busy:.0%} busy during the run (every process on it)"]
        share = [f"{client_note} {self.client_cpu:.1f} CPU-s ({self.client_cpu / available:.0%})"]
        if self.server_cpu is not None:
            share.insert(0, f"gunicorn {self.server_cpu:.1f} CPU-s ({self.server_cpu / available:.0%})")
        lines.append(
            f"of {available:.0f} CPU-s available: " + ", ".join(share) + "; the rest is PostgreSQL, Redis and others"
        )
        lines.append("client and server share this machine: figures are a floor for a dedicated server")
        return "\n".join(lines)


# --- Scratch database and production server --------------------------------------------------------


def database_url(base_url, name):
    """The URL of database `name` on the server `base_url` names (its own database part is ignored)."""
    parts = urlsplit(base_url or DEFAULT_POSTGRES)
    return parts._replace(path=f"/{name}").geturl()


def create_database(url):
    import psycopg

    admin, name = url.rsplit("/", 1)
    if not re.fullmatch(r"clinic_bench_\w+", name):
        sys.exit(f"refusing to drop and create {name!r}: scratch database names start with clinic_bench_")
    with psycopg.connect(f"{admin}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_database(url):
    import psycopg

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
        import redis
    except ImportError:  # the site without its Redis cache: nothing was stored
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
    import socket

    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return LOCAL_REDIS
    except OSError:
        return ""


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
        "answers there, else none: local memory in each worker); --redis-url '' for none",
    )
    parser.add_argument("--keep-database", action="store_true", help="do not drop the scratch database")


# --- HTTP client -----------------------------------------------------------------------------------


class Response:
    def __init__(self, status, headers, body, seconds):
        self.status, self.headers, self.body, self.seconds = status, headers, body, seconds

    def header(self, name, default=""):
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return default

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


class Client:
    """One visitor: one keep-alive connection (reopened when the server closes it) and its cookies."""

    def __init__(self, base_url, source_address=None, timeout=60):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port or 80
        self.host_header = parts.netloc
        self.source_address = source_address
        self.timeout = timeout
        self.cookies = {}
        self.connection = None

    def _connect(self):
        source = (self.source_address, 0) if self.source_address else None
        self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout, source_address=source)

    def headers(self, extra=None):
        headers = {
            "Host": self.host_header,
            # What the TLS proxy in front of production adds; production redirects plain http.
            "X-Forwarded-Proto": "https",
            "User-Agent": "clinic-benchmark",
            "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
            "Accept-Encoding": "gzip, br",
        }
        if self.source_address:
            headers["X-Forwarded-For"] = self.source_address
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        headers.update(extra or {})
        return headers

    def request(self, method, path, body=None, headers=None, retry=True):
        if self.connection is None:
            self._connect()
        fresh = self.connection.sock is None
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=self.headers(headers))
            response = self.connection.getresponse()
            data = response.read()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.close()
            # A kept-alive connection the server closed while idle: resend once on a new one, as browsers do.
            # Never for a POST (it may have arrived) and never when the connection was new.
            if retry and not fresh and method in ("GET", "HEAD"):
                return self.request(method, path, body, headers, retry=False)
            raise
        seconds = time.perf_counter() - started
        for key, value in response.getheaders():
            if key.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        if response.will_close:
            self.close()
        return Response(response.status, response.getheaders(), data, seconds)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post_form(self, path, fields, referer_path=None):
        """POST urlencoded fields (a list of pairs) with the Origin and Referer a browser on https sends."""
        origin = f"https://{self.host_header}"
        body = urlencode(fields).encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": origin,
            "Referer": origin + (referer_path or path),
        }
        return self.request("POST", path, body=body, headers=headers)

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def is_loopback(base_url):
    host = urlsplit(base_url).hostname or ""
    return host == "localhost" or host.startswith("127.")


def loopback_address(index, run_octet):
    """A distinct 127.0.0.0/8 address per client; Linux routes the whole block to the loopback interface."""
    return f"127.{run_octet}.{index // 250}.{index % 250 + 1}"


# --- Site discovery --------------------------------------------------------------------------------


def treatment_paths(client):
    """Every live treatment page, from the sitemap (so it also works against a running site)."""
    response = client.get("/sitemap.xml")
    if response.status != 200:
        sys.exit(f"/sitemap.xml answered {response.status}")
    paths = [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", response.text)]
    return sorted(p for p in paths if re.fullmatch(r"/treatments/[^/]+/", p))


VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _looks_like_trap(attrs):
    """How honeypots are usually kept from people and assistive technology alike."""
    return (
        attrs.get("tabindex") == "-1"
        or attrs.get("aria-hidden") == "true"
        or "hidden" in attrs
        or re.search(r"honey|trap|\bhp\b", attrs.get("class") or "") is not None
    )


class FormReader(HTMLParser):
    """The fields of the first POST form on a page: inputs, selects and textareas with their labels."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.action = None
        self.fields = []  # dicts: tag, type, name, value, id, required, options
        self.labels = {}  # id -> label text
        self.legends = []  # (legend text, index of the next field)
        self._in_form = False
        self._done = False
        self._text_target = None
        self._text = []
        self._select = None
        self._open = []  # (tag, hides a trap) of the elements we are inside

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._done:
            return
        if tag not in VOID_ELEMENTS:
            self._open.append((tag, _looks_like_trap(attrs)))
        if tag == "form" and (attrs.get("method") or "").lower() == "post" and self.action is None:
            self._in_form, self.action = True, attrs.get("action") or ""
            return
        if not self._in_form:
            return
        if tag in ("input", "textarea", "select") and attrs.get("name"):
            field = {
                "tag": tag,
                "type": (attrs.get("type") or ("text" if tag != "select" else "select")).lower(),
                "name": attrs["name"],
                "value": attrs.get("value", ""),
                "id": attrs.get("id", ""),
                "required": "required" in attrs,
                "checked": "checked" in attrs,
                "trap": _looks_like_trap(attrs) or any(trap for _, trap in self._open),
                "options": [],
                "legend": self.legends[-1][0] if self.legends else "",
            }
            self.fields.append(field)
            if tag == "select":
                self._select = field
        elif tag == "option" and self._select is not None:
            self._select["options"].append(attrs.get("value", ""))
        elif tag in ("label", "legend"):
            self._text_target, self._text = (tag, attrs.get("for", "")), []

    def handle_endtag(self, tag):
        while self._open and tag in (t for t, _ in self._open):
            if self._open.pop()[0] == tag:
                break
        if tag == "form" and self._in_form:
            self._in_form, self._done = False, True
        elif tag == "select":
            self._select = None
        elif tag == "fieldset" and self.legends:
            self.legends.pop()
        elif self._text_target and tag == self._text_target[0]:
            text = " ".join("".join(self._text).split())
            if tag == "label" and self._text_target[1]:
                self.labels[self._text_target[1]] = text
            elif tag == "legend":
                self.legends.append((text, len(self.fields)))
            self._text_target = None

    def handle_data(self, data):
        if self._text_target:
            self._text.append(data)

    def label_of(self, field):
        return self.labels.get(field["id"]) or field["legend"]


def read_form(html):
    reader = FormReader()
    reader.feed(html)
    if reader.action is None:
        raise ValueError("no POST form on the page")
    return reader


def fill_appointment_form(form, person):
    """The pairs a patient would send: every hidden input copied back, visible fields answered from
    their labels, and any field we do not recognise left as the page gave it (a honeypot stays empty).

    `person` holds name, phone, email. Returns (pairs, expected) where expected maps each visible
    field name we answered to the value the stored request must hold.
    """
    pairs, expected, seen = [], {}, set()
    for field in form.fields:
        name, kind, label = field["name"], field["type"], form.label_of(field).lower()
        if kind == "hidden":
            pairs.append((name, field["value"]))
        elif kind in ("submit", "button", "reset", "image", "file"):
            continue
        elif field["trap"]:
            pairs.append((name, field["value"]))
        elif kind == "radio":
            if name not in seen:  # the first choice of a group ("Phone call")
                seen.add(name)
                pairs.append((name, field["value"]))
                expected[name] = field["value"]
        elif kind == "checkbox" and name in {f["name"] for f in form.fields if f is not field}:
            # A group of checkboxes: tick the first two choices.
            group = [f["value"] for f in form.fields if f["name"] == name]
            if name not in seen:
                seen.add(name)
                pairs += [(name, value) for value in group[:2]]
                expected[name] = group[:2]
        elif kind == "checkbox":
            if field["required"] or "agree" in label:
                pairs.append((name, field["value"] or "on"))
                expected[name] = True
        elif kind == "select":
            choices = [o for o in field["options"] if o]
            value = choices[len(person["name"]) % len(choices)] if choices else ""
            pairs.append((name, value))
            expected[name] = value
        elif "name" in label:
            pairs.append((name, person["name"]))
            expected[name] = person["name"]
        elif "phone" in label or kind == "tel":
            pairs.append((name, person["phone"]))
            expected[name] = person["phone"]
        elif "email" in label or kind == "email":
            pairs.append((name, person["email"]))
            expected[name] = person["email"]
        elif field["required"]:
            pairs.append((name, "Benchmark answer"))
            expected[name] = "Benchmark answer"
        else:
            # Unrecognised and optional: what a visitor would leave alone (a honeypot must stay empty).
            pairs.append((name, field["value"]))
    return pairs, expected


def which(program):
    return shutil.which(program)


# --- Closed-loop load: N clients, each sending its next request as soon as the last one answered -----


def _client_thread(base_url, targets, weights, seed, measure_from, stop_at, records):
    import random

    rng = random.Random(seed)
    client = Client(base_url)
    while True:
        now = time.time()
        if now >= stop_at:
            break
        kind, path = rng.choices(targets, weights)[0]
        started = time.time()
        try:
            response = client.get(path)
            outcome, seconds = response.status, response.seconds
        except (OSError, http.client.HTTPException) as error:
            client.close()
            outcome, seconds = f"{type(error).__name__}: {error}", time.time() - started
        if started >= measure_from and started < stop_at:
            records.append((kind, outcome, seconds, path))
    client.close()


def _client_process(base_url, targets, weights, threads, seed, measure_from, stop_at):
    import threading

    records = []
    workers = [
        threading.Thread(
            target=_client_thread,
            args=(base_url, targets, weights, seed * 1000 + n, measure_from, stop_at, records),
        )
        for n in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return records


def run_load(base_url, targets, weights, clients, duration, warmup, processes):
    """Run `clients` concurrent keep-alive clients for warmup + duration seconds over (kind, path) targets.

    The clients are spread over `processes` processes so Python's GIL does not make the client the
    bottleneck. Returns the records of the measured part: (kind, status or error text, seconds, path).
    """
    import multiprocessing

    processes = max(1, min(processes, clients))
    start = time.time() + 1  # let every process start before the clock runs
    measure_from, stop_at = start + warmup, start + warmup + duration
    shares = [clients // processes + (1 if n < clients % processes else 0) for n in range(processes)]
    context = multiprocessing.get_context("fork")
    with context.Pool(processes) as pool:
        batches = pool.starmap(
            _client_process,
            [(base_url, targets, weights, share, n + 1, measure_from, stop_at) for n, share in enumerate(shares)],
        )
    return [record for batch in batches for record in batch]


def summarise(records, duration):
    """Print latency per kind and overall, the status histogram and the errors; return the error count."""
    from collections import Counter

    kinds = sorted({r[0] for r in records})
    print(LATENCY_HEADER)
    for kind in kinds:
        print(latency_row(kind, [r[2] for r in records if r[0] == kind], duration))
    print(latency_row("all", [r[2] for r in records], duration))
    statuses = Counter(str(r[1]) for r in records)
    print("status: " + ", ".join(f"{status} x {count}" for status, count in sorted(statuses.items())))
    errors = [r for r in records if not (isinstance(r[1], int) and 200 <= r[1] < 400)]
    print(f"errors (non-2xx/3xx or connection errors): {len(errors)}")
    for kind, outcome, _seconds, path in errors[:10]:
        print(f"  {kind} {path}: {outcome}")
    return len(errors)
