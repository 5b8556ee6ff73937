#!/usr/bin/env python
"""Load: 32 visitors for 60 s against gunicorn + PostgreSQL over home, treatments, search and the form.

    .venv/bin/python -m benchmarks.load                        # own scratch database and server
    .venv/bin/python -m benchmarks.load --duration 20 --clients 16
    .venv/bin/python -m benchmarks.load --url http://127.0.0.1:8000   # a server already running

It creates the PostgreSQL database clinic_bench_load (dropped afterwards), migrates it, loads the
demo content, collects static files, starts the production server (`make serve`, or gunicorn with
the production settings before that target exists), warms up, then measures. Each client is a
closed loop (next request when the last one answered) on a keep-alive connection, picking pages at
random: home, the treatments list, every demo treatment page, searches (including a misspelling and
one that finds nothing) and the appointment form. Prints requests/s and p50/p95/p99 latency per page
type and overall, the status histogram and every error; exits 1 on any error.
"""

import argparse
import sys
import time
from urllib.parse import urlencode

from benchmarks import http_client, load_generator, server, stats

# What visitors type: plain words, a lay description, a misspelling ("cuping"), nothing found.
SEARCHES = ["dry needling", "back pain", "cuping", "sports massage", "is shockwave therapy painful", "xylophone"]
FORM_PATH = "/request-an-appointment/"
# How often each kind of page is asked for (relative weights).
MIX = {"home": 15, "treatments": 10, "treatment": 45, "search": 20, "form": 10}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    server.add_server_arguments(parser, port=8501)
    parser.add_argument("--duration", type=float, default=60, help="measured seconds (default %(default)s)")
    parser.add_argument("--warmup", type=float, default=10, help="unmeasured seconds first (default %(default)s)")
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients (default %(default)s)")
    parser.add_argument(
        "--client-processes", type=int, default=2, help="processes the clients are spread over (default %(default)s)"
    )
    return parser.parse_args()


def targets(base_url):
    client = http_client.Client(base_url)
    treatments = http_client.treatment_paths(client)
    if not treatments:
        sys.exit("no treatment pages in /sitemap.xml: load the demo content first")
    pages = [("home", "/"), ("treatments", "/treatments/"), ("form", FORM_PATH)]
    pages += [("treatment", path) for path in treatments]
    pages += [("search", "/search/?" + urlencode({"q": q})) for q in SEARCHES]
    counts = {kind: sum(1 for k, _ in pages if k == kind) for kind in MIX}
    weights = [MIX[kind] / counts[kind] for kind, _ in pages]
    # Every page answers before the clock starts; a page that cannot is a broken site, not a slow one.
    for kind, path in pages:
        response = client.get(path)
        if response.status != 200:
            sys.exit(f"{kind} {path} answered {response.status} before the run: not measuring a broken site")
    client.close()
    return pages, weights, len(treatments)


def measure(args, base_url, server_pid=None):
    pages, weights, treatment_count = targets(base_url)
    print(
        f"pages: home, treatments list, {treatment_count} treatment pages, {len(SEARCHES)} searches, the form (GET); "
        f"mix {MIX}",
        flush=True,
    )
    print(
        f"{args.clients} clients in {args.client_processes} processes; "
        f"warm-up {args.warmup:.0f} s, measured {args.duration:.0f} s",
        flush=True,
    )
    with stats.CpuMeter(server_pid) as cpu:
        records = load_generator.run_load(
            base_url, pages, weights, args.clients, args.duration, args.warmup, args.client_processes
        )
    errors = load_generator.summarise(records, args.duration)
    print(cpu.report(client_note="client (Python)"))
    print("(CPU figures include the warm-up)")
    return errors


def main():
    args = parse_args()
    started = time.monotonic()
    if args.url:
        errors = measure(args, args.url.rstrip("/"))
    else:
        with server.Server(args, "load") as site:
            print(f"gunicorn workers: {args.workers}; cache: {server.cache_description(args)}", flush=True)
            errors = measure(args, site.base_url, site.gunicorn_pid())
    print(f"total time {time.monotonic() - started:.0f} s")
    print("RESULT: " + ("0 errors" if not errors else f"{errors} ERRORS"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
