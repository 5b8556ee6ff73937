#!/usr/bin/env python
"""Search latency at 1,000 treatment pages: builds a throwaway site, then times /search/.

    .venv/bin/python -m benchmarks.search_latency                      # SQLite (a temporary file)
    .venv/bin/python -m benchmarks.search_latency --database-url postgres://postgres@127.0.0.1:5432/clinic_bench

The PostgreSQL database is dropped and recreated: point it at a scratch database.
Prints median and p95 latency of warm searches in one process (Django test client,
the full view and template/JSON stack, no network).
"""

import argparse
import random
import statistics
import time

from benchmarks.scratch_database import open_database

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


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=10, help="times each query is repeated")
    parser.add_argument("--reuse", action="store_true", help="measure the site a previous run built there")
    return parser.parse_args()


def prepare_database(url, reuse=False):
    return open_database(url, reuse=reuse)


def build_site(pages):
    from wagtail.models import Page, Site

    from home.models import HomePage
    from treatments.models import TreatmentIndexPage, TreatmentPage

    rng = random.Random(1000)
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    home = root.add_child(instance=HomePage(title="Home", slug="home"))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    index = home.add_child(instance=TreatmentIndexPage(title="Treatments", slug="treatments"))
    started = time.perf_counter()
    for n in range(pages):
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
        page = index.add_child(instance=TreatmentPage(title=title, slug=f"t-{n}", summary=f"{title}.", body=body))
        page.save_revision().publish()
    return time.perf_counter() - started


def measure(rounds):
    from django.test import Client

    client = Client()
    for query in QUERIES:  # warm: vocabulary, documents, caches
        client.get("/search/", {"q": query, "format": "json"})
    timings = []
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            response = client.get("/search/", {"q": query, "format": "json"})
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (query, response.status_code)
    timings.sort()
    return statistics.median(timings), timings[int(0.95 * (len(timings) - 1))], len(timings)


def main():
    args = parse_args()
    url = prepare_database(args.database_url, reuse=args.reuse)
    from django.db import connection

    build_seconds = 0 if args.reuse else build_site(args.pages)
    if connection.vendor == "postgresql":
        # A live database has planner statistics (autovacuum); one freshly filled has none yet.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    median, p95, count = measure(args.rounds)
    print(f"backend: {connection.vendor}; pages: {args.pages} (built in {build_seconds:.0f} s); searches: {count}")
    print(f"search latency: median {median:.1f} ms, p95 {p95:.1f} ms")
    if url.startswith("sqlite"):
        print(f"(database: {url})")


if __name__ == "__main__":
    main()
