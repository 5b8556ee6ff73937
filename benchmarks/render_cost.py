#!/usr/bin/env python
"""CPU per uncached treatment page against a plain Wagtail StreamField page with the same text, in one process.

    .venv/bin/python -m benchmarks.render_cost                 # SQLite (a temporary file)
    .venv/bin/python -m benchmarks.render_cost --profile 25    # and cProfile's 25 costliest calls in ours
    .venv/bin/python -m benchmarks.render_cost --database-url postgres://postgres@127.0.0.1:5432/clinic_bench

The plain page is what a new Wagtail project starts with: a page type with a heading and a rich-text
paragraph block, a template that loops over its stream with ``{% include_block %}`` and nothing else (no
header, footer, navigation, structured data or page cache). It gets the dry needling page's text, one
heading and paragraph per section, and sits beside it under the home page, so both go through the same
middleware, routing and database. Requests alternate between the two (Django's test client, no network),
CPU time of this process is measured. Ours is measured twice: right after a publish (the page cache
emptied before each request: a new generation, so what is kept "until the next change" is built again,
the navigation and the clinic's details), and as any other miss after a publish (only this page's cached
copy removed: what every page shares is read from the cache, as for every page but the first rendered).
Exits 1 when ours right after a publish costs more than --target times the plain page (issue 18: 1.5).
"""

import argparse
import cProfile
import pstats
import statistics
import sys
import time

from benchmarks.query_counts import enrich_dry_needling, prepare_database

PLAIN_TEMPLATE = """{% load wagtailcore_tags wagtailuserbar %}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>{% wagtailuserbar %}<main><h1>{{ page.title }}</h1>
{% for block in page.body %}{% include_block block %}{% endfor %}
</main></body></html>"""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="")
    parser.add_argument("--rounds", type=int, default=200, help="requests of each page (after 20 to warm up)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="print cProfile's N costliest calls")
    parser.add_argument("--sort", default="tottime", help="cProfile order: tottime (own time) or cumulative")
    parser.add_argument("--target", type=float, default=1.5)
    return parser.parse_args()


def plain_page_model():
    """A page type as `wagtail start` makes one, created in the benchmark's database only."""
    from django.db import connection
    from django.template import engines
    from wagtail import blocks
    from wagtail.fields import StreamField
    from wagtail.models import Page

    template = engines["django"].from_string(PLAIN_TEMPLATE)

    class PlainPage(Page):
        body = StreamField([("heading", blocks.CharBlock()), ("paragraph", blocks.RichTextBlock())])

        class Meta:
            app_label = "home"

        def get_template(self, request, *args, **kwargs):
            return template

    with connection.schema_editor() as editor:
        editor.create_model(PlainPage)
    return PlainPage


def add_plain_page(ours):
    from django.utils.html import escape

    from core.visible_text import stream_pieces

    PlainPage = plain_page_model()
    body = []
    for block_type, pieces in stream_pieces(ours.body):
        body.append(("heading", block_type.replace("_", " ").capitalize()))
        body.append(("paragraph", "".join(f"<p>{escape(piece)}</p>" for piece in pieces)))
    plain = PlainPage(title=ours.title, slug="plain-wagtail-page", body=body)
    ours.get_parent().get_parent().add_child(instance=plain)
    plain.save_revision().publish()
    return plain.url


def forget_cached_copy(path):
    """Remove only this page's copy from the page cache, as if it had not been asked for since the publish."""
    from django.core.cache import cache
    from django.test import RequestFactory

    from core.page_cache import generation, local_copies
    from core.page_cache.keys import cache_key

    def forget():
        cache.delete(cache_key(RequestFactory().get(path), generation()))
        local_copies.clear()

    return forget


def cpu_ms(client, path, before=None):
    if before:
        before()
    started = time.process_time()
    response = client.get(path)
    elapsed = (time.process_time() - started) * 1000
    assert response.status_code == 200, (path, response.status_code)
    return elapsed, len(response.content)


def queries(client, path, before=None):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if before:
        before()
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    return len(captured)


def main():
    args = parse_args()
    prepare_database(args.database_url)
    from django.test import Client

    from core import page_cache
    from treatments.models import TreatmentPage

    enrich_dry_needling()
    ours = TreatmentPage.objects.get(slug="dry-needling")
    pages = {
        "plain Wagtail page": (add_plain_page(ours), None),
        "ours, after a publish": (ours.url, page_cache.invalidate),
        "ours, a later miss": (ours.url, forget_cached_copy(ours.url)),
    }
    client = Client()
    for path, before in pages.values():
        for _ in range(20):
            cpu_ms(client, path, before)
    timings = {name: [] for name in pages}
    sizes = {}
    for _ in range(args.rounds):
        for name, (path, before) in pages.items():
            elapsed, sizes[name] = cpu_ms(client, path, before)
            timings[name].append(elapsed)

    print(f"{args.rounds} uncached requests of each, alternating; CPU time of this process per request")
    print(f"{'page':24} {'median ms':>10} {'p90 ms':>8} {'queries':>8} {'HTML kB':>8}")
    for name, (path, before) in pages.items():
        values = sorted(timings[name])
        p90 = values[int(len(values) * 0.9) - 1]
        count = queries(client, path, before)
        print(f"{name:24} {statistics.median(values):>10.2f} {p90:>8.2f} {count:>8} {sizes[name] / 1000:>8.1f}")
    plain = statistics.median(timings["plain Wagtail page"])
    ratio = statistics.median(timings["ours, after a publish"]) / plain
    later = statistics.median(timings["ours, a later miss"]) / plain
    print(f"ratio ours / plain: {ratio:.2f} after a publish, {later:.2f} a later miss (target at most {args.target})")

    if args.profile:
        path, before = pages["ours, after a publish"]
        profiler = cProfile.Profile()
        for _ in range(50):
            before()
            profiler.enable()
            client.get(path)
            profiler.disable()
        print(f"\ncProfile, 50 uncached requests of our treatment page, {args.profile} costliest by {args.sort} time:")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats(args.sort).print_stats(args.profile)
    return 0 if ratio <= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
