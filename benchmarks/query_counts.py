#!/usr/bin/env python
"""Database queries and render time per page view, uncached and from the page cache.

    .venv/bin/python -m benchmarks.query_counts                      # SQLite (a temporary file)
    .venv/bin/python -m benchmarks.query_counts --database-url postgres://postgres@127.0.0.1:5432/clinic_bench

The PostgreSQL database is dropped and recreated: point it at a scratch database.
Builds the demo site, gives the dry needling page a hero image and three related treatments, then
requests each page as an anonymous visitor (Django test client, the full middleware, view and
template stack, no network). "Uncached" is a page-cache miss in a warm process: the page cache is
emptied before each view, as a publish does; Wagtail's and Django's own per-process lookups stay.
"""

import argparse
import io
import statistics
import time

from benchmarks.scratch_database import open_database

PAGES = [
    ("home", "/", {}),
    ("treatments list", "/treatments/", {}),
    ("treatments by area", "/treatments/", {"area": "AREA"}),
    ("treatment (dry needling)", "/treatments/dry-needling/", {}),
    ("content (about)", "/about/", {}),
    ("search with results", "/search/", {"q": "dry needling"}),
    ("appointment form", "/request-an-appointment/", {"treatment": "dry-needling"}),
]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="")
    parser.add_argument("--rounds", type=int, default=20, help="views of each page per measurement")
    return parser.parse_args()


def prepare_database(url):
    url = open_database(url)
    from django.core.management import call_command

    call_command("load_demo_content", stdout=io.StringIO())
    return url


def enrich_dry_needling():
    """The demo has no images or chosen related treatments; the measured page should have both."""
    from django.core.files.images import ImageFile
    from PIL import Image as PILImage
    from wagtail.images import get_image_model

    from treatments.models import BodyArea, RelatedTreatment, TreatmentPage

    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), (40, 110, 120)).save(buffer, "JPEG")
    image = get_image_model().objects.create(title="Treatment room", file=ImageFile(buffer, name="room.jpg"))
    page = TreatmentPage.objects.get(slug="dry-needling")
    others = TreatmentPage.objects.live().exclude(pk=page.pk).order_by("title")[:3]
    page.hero_image = image
    page.related_treatments = [RelatedTreatment(treatment=other) for other in others]
    area, _ = BodyArea.objects.get_or_create(name="Shoulder")
    page.body_areas.add(area)
    page.save_revision().publish()
    return area.slug


def measure(client, url, params, rounds, cached):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core import page_cache

    client.get(url, params)  # warm this process (templates, content types, renditions)
    timings, queries = [], []
    for _ in range(rounds):
        if not cached:
            page_cache.invalidate()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url, params)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries.append(len(captured))
    return max(queries), statistics.median(timings), response.get("X-Cache", "-")


def main():
    args = parse_args()
    url = prepare_database(args.database_url)
    from django.db import connection
    from django.test import Client

    area = enrich_dry_needling()
    client = Client()
    print(f"backend: {connection.vendor}; {args.rounds} views per figure (queries: the most in one view)")
    print(f"{'page':28} {'uncached: queries':>18} {'median ms':>10}   {'cached: queries':>16} {'median ms':>10}")
    for name, path, params in PAGES:
        params = {key: (area if value == "AREA" else value) for key, value in params.items()}
        uncached = measure(client, path, params, args.rounds, cached=False)
        cached = measure(client, path, params, args.rounds, cached=True)
        hit = cached[0] if cached[2] == "HIT" else "not cached"
        print(f"{name:28} {uncached[0]:>18} {uncached[1]:>10.1f}   {hit:>16} {cached[1]:>10.1f}")
    if url.startswith("sqlite"):
        print(f"(database: {url})")


if __name__ == "__main__":
    main()
