#!/usr/bin/env python
"""Search at 1,000 and 5,000 treatment pages: memory, first search, first search after a publish, warm latency.

    .venv/bin/python -m benchmarks.search_latency                      # SQLite (a temporary file)
    .venv/bin/python -m benchmarks.search_latency --database-url postgres://postgres@127.0.0.1:5432/clinic_bench

The PostgreSQL database is dropped and recreated: point it at a scratch database. For each size, the
site search (/search/?format=json) and Wagtail's default search (``Page.objects.live().search(q)``, ten
results as JSON) are measured in fresh workers, in-process (Django's test client in a subprocess) and
through gunicorn (one worker on --port). Per worker it prints: resident memory after searching minus
before (the worker had served the home page only), the first search, the first search after a page
was published by another process, and warm median and p95; and the CPU time of the first search and of an
average warm one, which other work on a shared machine does not inflate as it does the wall-clock figures.
Exit 1 when the site search misses a target.
"""

import argparse
import http.client
import json
import logging
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.scratch_database import open_database
from benchmarks.search_worker import rss_mib
from benchmarks.stats import percentile

AREAS = ["shoulder", "knee", "neck", "lower back", "hip", "ankle", "wrist", "jaw", "elbow", "foot"]
METHODS = [
    "massage",
    "mobilization",
    "taping",
    "needling",
    "stretching",
    "strengthening",
    "manipulation",
    "traction",
    "exercise therapy",
    "soft tissue release",
]
CONDITIONS = [
    "tendinitis",
    "sprain",
    "strain",
    "arthritis",
    "stiffness",
    "bursitis",
    "post-surgical recovery",
    "sports injury",
    "chronic pain",
    "muscle knots",
    "swelling",
    "nerve pain",
]
QUERIES = [
    "shoulder massage",
    "knee pain",
    "chiro",
    "vesti",
    "neck stiffness",
    "ankle sprain",
    "tendonitis",
    "does it hurt",
    "back cracking",
    "slipped disc",
    "knots in my shoulders",
    "puffy ankle",
    "hip mobilisation",
    "wrist tapeing",
    "jaw clicking",
    "room spinning",
    "elbow",
    "foot pain after running",
    "sports massage for runners",
    "strengthening exercises for arthritis",
]


TARGETS = {"memory": 64, "first": 300, "after_publish": 100}  # MiB, ms, ms
WARM_P95_TARGET = {1000: 50, 5000: 100}
ENGINES = {"site": "/search/?format=json&q=", "wagtail": "/bench-wagtail-search/?q="}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="")
    parser.add_argument("--pages", default="1000,5000", help="site sizes, comma-separated, ascending")
    parser.add_argument("--rounds", type=int, default=5, help="times each query is repeated warm")
    parser.add_argument("--port", type=int, default=8820, help="gunicorn's port (127.0.0.1)")
    parser.add_argument("--no-gunicorn", action="store_true", help="measure in-process workers only")
    return parser.parse_args()


def build_site():
    from wagtail.models import Page, Site

    from home.models import HomePage
    from treatments.models import TreatmentIndexPage

    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = root.add_child(instance=HomePage(title="Home", slug="home"))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home.add_child(instance=TreatmentIndexPage(title="Treatments", slug="treatments"))


def treatment(n, rng):
    from django.utils import timezone

    from treatments.models import TreatmentPage

    area, method = rng.choice(AREAS), rng.choice(METHODS)
    conditions = rng.sample(CONDITIONS, 3)
    title = f"{area.title()} {method} {n}"
    body = [
        (
            "overview",
            {
                "heading": "Overview",
                "text": f"<p>{method.capitalize()} for the {area}, "
                f"for people with {conditions[0]} or {conditions[1]}.</p>",
            },
        ),
        (
            "how_it_works",
            {
                "heading": "How it works",
                "text": f"<p>Your clinician assesses your {area} and uses {method} over several visits.</p>",
            },
        ),
        (
            "benefits",
            {
                "heading": "Benefits",
                "intro": "",
                "items": [{"label": "Less pain", "text": f"Many people with {conditions[2]} feel better."}],
            },
        ),
        (
            "safety",
            {
                "heading": "Safety",
                "intro": "",
                "items": [{"label": "Soreness", "text": "Mild soreness can follow a session."}],
                "care_cards": [],
            },
        ),
        ("conditions", {"heading": "Conditions we treat", "items": conditions}),
    ]
    now = timezone.now()
    return TreatmentPage(
        title=title, slug=f"t-{n}", summary=f"{title}.", body=body, first_published_at=now, last_published_at=now
    )


def add_treatments(index, start, stop):
    """Live treatment pages, added in bulk: without a revision each (the slow part of a publish) and with
    the backend's index updated once for all (``update_index``) rather than page by page; the search
    documents are then built for all of them at once, as ``manage.py rebuild_search_documents`` does."""
    from django.conf import settings
    from django.core.management import call_command
    from django.test import override_settings

    from search.corpus import sync

    rng = random.Random(start)
    started = time.perf_counter()
    manual = {name: {**backend, "AUTO_UPDATE": False} for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()}
    with override_settings(WAGTAILSEARCH_BACKENDS=manual):
        for n in range(start, stop):
            index.add_child(instance=treatment(n, rng))
    call_command("update_index", verbosity=0)
    pages_seconds = time.perf_counter() - started
    started = time.perf_counter()
    sync()
    return pages_seconds, time.perf_counter() - started


def narrowing_agreement():
    """How many queries find a first result as good (the same best score) when ranking reads only the
    backend's best candidates as when it reads every page that shares a word: narrowing costs no quality.
    (Scores, not pages: this site's generated pages tie by the dozen, and ties go by title.)"""
    from unittest import mock

    from wagtail.models import Page

    from search import results

    def best(query):
        hits = results.search_pages(query, Page.objects.live()).hits
        return round(hits[0].score, 9) if hits else None

    narrowed = [best(query) for query in QUERIES]
    with (
        mock.patch.object(results, "ALL_CONCEPTS_CANDIDATES", 100_000),
        mock.patch.object(results, "PER_CONCEPT_CANDIDATES", 100_000),
    ):
        wide = [best(query) for query in QUERIES]
    return sum(a == b for a, b in zip(narrowed, wide, strict=True))


def publish_one():
    """An editor publishes a change (in this process, not the worker being measured)."""
    from treatments.models import TreatmentPage

    page = TreatmentPage.objects.live().order_by("pk").first()
    page.summary = f"{page.summary} Updated {time.time():.0f}."
    page.save_revision().publish()


class InProcessWorker:
    label = "in-process"

    def __init__(self, args):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.search_worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ.copy(),
        )

    def ask(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def get(self, path):
        answer = self.ask(f"get {path}")
        assert answer["status"] == 200, (path, answer)
        return answer["ms"]

    def rss(self):
        return self.ask("rss")["mib"]

    def cpu_ms(self):
        return self.ask("cpu")["ms"]

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


class GunicornWorker:
    label = "gunicorn"

    def __init__(self, args):
        self.log = open(Path(tempfile.gettempdir()) / f"search-latency-{args.port}.log", "w")  # noqa: SIM115
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks.search_settings"}
        command = [str(Path(sys.executable).with_name("gunicorn")), "-b", f"127.0.0.1:{args.port}", "-w", "1"]
        # Without its own control socket: gunicorn 27 otherwise shares one per user with any other gunicorn here.
        command += ["-k", "gthread", "--threads", "2", "--no-control-socket", "clinic_site.wsgi"]
        self.process = subprocess.Popen(  # noqa: S603 - our own gunicorn, arguments from this file
            command, env=env, stdout=self.log, stderr=self.log, start_new_session=True
        )
        self.connection = None
        self.port = args.port
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.get("/robots.txt")
                return
            except OSError:
                time.sleep(0.3)
        raise SystemExit(f"gunicorn did not answer; see {self.log.name}")

    def get(self, path):
        if self.connection is None:
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        started = time.perf_counter()
        try:
            self.connection.request("GET", path, headers={"Host": "localhost"})
            response = self.connection.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            self.connection = None
            raise
        assert response.status == 200, (path, response.status)
        return (time.perf_counter() - started) * 1000

    def workers(self):
        return Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()

    def rss(self):
        return sum(rss_mib(pid) for pid in self.workers())

    def cpu_ms(self):
        """The worker's user and system CPU time (in clock ticks of 10 ms: exact enough over many requests)."""
        ticks = sum(
            sum(map(int, Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[11:13]))
            for pid in self.workers()
        )
        return ticks * 1000 / os.sysconf("SC_CLK_TCK")

    def close(self):
        os.killpg(self.process.pid, 15)
        self.process.wait(timeout=30)
        self.log.close()


def measure(worker_class, args, engine):
    """One fresh worker: memory before and after searching, first search, warm latencies, after a publish."""
    prefix = ENGINES[engine]
    worker = worker_class(args)
    try:
        worker.get("/")  # a worker that has served a page, but never searched
        before = worker.rss()
        cpu = worker.cpu_ms()
        first = worker.get(prefix + QUERIES[0].replace(" ", "+"))
        first_cpu = worker.cpu_ms() - cpu
        for query in QUERIES:
            worker.get(prefix + query.replace(" ", "+"))
        cpu = worker.cpu_ms()
        timings = sorted(worker.get(prefix + query.replace(" ", "+")) for _ in range(args.rounds) for query in QUERIES)
        warm_cpu = (worker.cpu_ms() - cpu) / len(timings)
        publish_one()
        after_publish = worker.get(prefix + QUERIES[0].replace(" ", "+"))
        memory = worker.rss() - before
    finally:
        worker.close()
    return {
        "memory": memory,
        "first": first,
        "after_publish": after_publish,
        "median": statistics.median(timings),
        "p95": percentile(timings, 0.95),
        "first_cpu": first_cpu,
        "warm_cpu": warm_cpu,
    }


HEADER = (
    f"{'pages':>6} {'engine':<8} {'worker':<11} {'+MiB':>7} {'first ms':>9} {'published ms':>13} "
    f"{'p50 ms':>7} {'p95 ms':>7} {'first CPU ms':>12} {'warm CPU ms':>11}"
)


def report(pages, engine, label, figures):
    row = (
        f"{pages:>6} {engine:<8} {label:<11} {figures['memory']:>7.1f} {figures['first']:>9.1f} "
        f"{figures['after_publish']:>13.1f} {figures['median']:>7.1f} {figures['p95']:>7.1f} "
        f"{figures['first_cpu']:>12.1f} {figures['warm_cpu']:>11.1f}"
    )
    misses = []
    if engine == "site":
        limits = {**TARGETS, "p95": WARM_P95_TARGET.get(pages, 100)}
        misses = [name for name, limit in limits.items() if figures[name] > limit]
    print(row + (f"  MISSED: {', '.join(misses)}" if misses else ""), flush=True)
    return not misses


def main():
    args = parse_args()
    url = open_database(args.database_url)
    from django.db import connection

    logging.disable(logging.INFO)  # a line per page created would drown the figures

    sizes = [int(size) for size in args.pages.split(",")]
    workers = [InProcessWorker] + ([] if args.no_gunicorn else [GunicornWorker])
    index = build_site()
    ok, built = True, 0
    print(f"backend: {connection.vendor}; warm searches per worker: {args.rounds * len(QUERIES)}")
    for pages in sizes:
        pages_seconds, documents_seconds = add_treatments(index, built, pages)
        built = pages
        if connection.vendor == "postgresql":
            # A live database has planner statistics (autovacuum); one freshly filled has none yet.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        connection.close()  # the workers open their own; SQLite must not see this one mid-transaction
        print(
            f"\n{pages} treatment pages: added in {pages_seconds:.0f} s, search documents in {documents_seconds:.1f} s"
        )
        same = narrowing_agreement()
        print(f"first result as good with narrowed candidates as with every match: {same} of {len(QUERIES)} queries")
        ok &= same == len(QUERIES)
        connection.close()
        print(HEADER)
        for engine in ENGINES:
            for worker_class in workers:
                ok &= report(pages, engine, worker_class.label, measure(worker_class, args, engine)) or engine != "site"
    print(
        f"\ntargets for the site search: +MiB <= {TARGETS['memory']}, first <= {TARGETS['first']} ms, "
        f"published <= {TARGETS['after_publish']} ms, p95 <= {WARM_P95_TARGET} ms by pages"
    )
    if url.startswith("sqlite"):
        print(f"(database: {url})")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
