#!/usr/bin/env python
"""Hostile input against the whole site: no server error, no injected markup reflected unescaped.

    .venv/bin/python -m benchmarks.bad_input                      # SQLite (a temporary file)
    .venv/bin/python -m benchmarks.bad_input --database-url postgres://postgres@127.0.0.1:5432/clinic_badinput

The PostgreSQL database is dropped and recreated: point it at a scratch database.
Builds the demo site on a throwaway database, then sends search strings, appointment form
values, paths, headers and methods through Django's full request stack in this process
(middleware included, DEBUG off, a restricted ALLOWED_HOSTS, so errors surface as the 500s
visitors would get). Prints, per category, the number of requests, a histogram of status
codes, server errors and unescaped reflections; exits 1 if there is any of either.
"""

import argparse
import os
import sys
import traceback
from collections import Counter, defaultdict

from benchmarks.hostile_requests import INJECTIONS, JAVASCRIPT_URL, MARK, REFLECTED, build_cases
from benchmarks.scratch_database import open_database


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="", help="default: a temporary SQLite file")
    parser.add_argument("--verbose", action="store_true", help="print every request that failed a check")
    return parser.parse_args()


def prepare_database(url):
    url = open_database(url)
    from django.conf import settings
    from django.core.management import call_command

    # Like production: unknown hosts refused, errors rendered as pages rather than raised.
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["localhost", "testserver"]
    call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    return url


def send(client, request):
    method, path, data = request.pop("method"), request.pop("path"), request.pop("data")
    if method == "GET":
        return client.get(path, data, **request)
    if method == "POST" and isinstance(data, dict):
        return client.post(path, data, **request)
    if method == "POST":
        content_type = request.pop("content_type")
        return client.generic("POST", path, data.encode("utf-8", "surrogateescape"), content_type, **request)
    return client.generic(method, path, **request)


def reflected(response):
    """True if an injected marker came back as markup in something a browser would render."""
    content_type = response.get("Content-Type", "")
    if not content_type or "json" in content_type or not hasattr(response, "content"):
        return False  # JSON is data, never rendered as HTML (nosniff); streamed files are ours
    body = response.content.decode("utf-8", "replace")
    return MARK in body and (any(fragment in body for fragment in REFLECTED) or bool(JAVASCRIPT_URL.search(body)))


def detector_works():
    """The reflection check must be able to fail: raw markup is caught, escaped markup is not."""
    from django.http import HttpResponse, JsonResponse
    from django.utils.html import escape

    raw = [HttpResponse(f"<p>{injection}</p>") for injection in INJECTIONS[:5]]
    raw.append(HttpResponse(f'<a href="javascript:{MARK}">x</a>'))
    safe = [HttpResponse(f'<input value="{escape(injection)}">') for injection in INJECTIONS]
    safe.append(JsonResponse({"q": INJECTIONS[0]}))
    return all(map(reflected, raw)) and not any(map(reflected, safe))


def main():
    args = parse_args()
    url = prepare_database(args.database_url)
    from django.core.signals import got_request_exception
    from django.db import connection
    from django.test import Client

    exceptions = []
    got_request_exception.connect(lambda sender, request, **kw: exceptions.append(traceback.format_exc()), weak=False)
    assert detector_works(), "the reflection detector misses raw markup or flags escaped markup"
    cases = build_cases()
    client = Client(raise_request_exception=False)
    stats = defaultdict(lambda: {"count": 0, "codes": Counter(), "errors": [], "reflected": []})

    for category, label, request in cases:
        before = len(exceptions)
        try:
            response = send(client, dict(request))
            status = response.status_code
            leaked = reflected(response)
        except Exception:  # noqa: BLE001 - anything the client could not turn into a response counts
            status, leaked = "exception", False
            exceptions.append(traceback.format_exc())
        row = stats[category]
        row["count"] += 1
        row["codes"][status] += 1
        if status == "exception" or status >= 500 or len(exceptions) > before:
            row["errors"].append((label, status, exceptions[-1] if len(exceptions) > before else ""))
        if leaked:
            row["reflected"].append((label, status))

    from appointments.models import AppointmentPage

    stored = AppointmentPage().get_submission_class().objects.count()
    print(f"backend: {connection.vendor}; requests: {len(cases)}; appointment requests stored by them: {stored}")
    print(f"{'category':<10}{'requests':>9}{'server errors':>15}{'reflected':>11}  status codes")
    for category, row in stats.items():
        codes = " ".join(f"{code}×{n}" for code, n in sorted(row["codes"].items(), key=str))
        print(f"{category:<10}{row['count']:>9}{len(row['errors']):>15}{len(row['reflected']):>11}  {codes}")
    failures = 0
    for category, row in stats.items():
        for label, status, trace in row["errors"]:
            failures += 1
            print(f"\nSERVER ERROR [{category}] {label}: {status}")
            if trace:
                print(trace if args.verbose else trace.strip().splitlines()[-1])
        for label, status in row["reflected"]:
            failures += 1
            print(f"\nREFLECTED [{category}] {label}: {status}")
    if url.startswith("sqlite"):
        print(f"(database: {url})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
