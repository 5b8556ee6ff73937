#!/usr/bin/env python
"""Throughput of a cached treatment page against a static file on the same gunicorn + WhiteNoise stack.

    .venv/bin/python -m benchmarks.throughput                  # own scratch database and server
    .venv/bin/python -m benchmarks.throughput --duration 30 --clients 64
    .venv/bin/python -m benchmarks.throughput --url http://127.0.0.1:8000

Both are asked for by the same client at the same concurrency for the same time: a treatment page
(anonymous, so the page cache may answer it) and the site's hashed stylesheet (WhiteNoise, which
never reaches Django's views). The runs alternate (static, page, static, page …) so a neighbour's
load on a shared machine hits both alike. Prints requests/s of each, their ratio (target: the page
at least 50% of the static file) and errors; exits 1 on any error or a ratio under the target.

The client is wrk when installed (apt-get install wrk): it costs far less CPU than Python, which
matters when client and server share the machine. Without it the Python client is used and the
output says so.
"""

import argparse
import re
import shutil
import statistics
import subprocess
import sys

from benchmarks import http_client, load_generator, server, stats

TARGET_RATIO = 0.5
HEADERS = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip, br", "User-Agent": "clinic-benchmark"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    server.add_server_arguments(parser, port=8503)
    parser.add_argument("--duration", type=float, default=20, help="seconds per run (default %(default)s)")
    parser.add_argument("--warmup", type=float, default=10, help="unmeasured seconds of each first")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each, alternating (default %(default)s)")
    parser.add_argument("--clients", type=int, default=32, help="concurrent connections (default %(default)s)")
    parser.add_argument("--page", help="the treatment page path (default: the first in the sitemap)")
    parser.add_argument(
        "--client", choices=["auto", "wrk", "python"], default="auto", help="load generator (default: wrk if found)"
    )
    return parser.parse_args()


def find_targets(base_url, page):
    client = http_client.Client(base_url)
    page = page or http_client.treatment_paths(client)[0]
    response = client.get(page)
    if response.status != 200:
        sys.exit(f"{page} answered {response.status}")
    match = re.search(r'<link[^>]+rel="stylesheet"[^>]+href="(/static/[^"]+\.css)"', response.text)
    if not match:
        sys.exit(f"no stylesheet link on {page}")
    static = match.group(1)
    if not re.search(r"\.[0-9a-f]{12}\.css$", static):
        print(f"warning: {static} has no content hash: are these production settings?")
    # The page twice more: whatever the first request put in the cache, the last one shows.
    client.get(page)
    cache = client.get(page).header("X-Cache") or "no X-Cache header (page caching not detected)"
    static_response = client.get(static)
    print(f"page: {page} (X-Cache: {cache})")
    print(
        f"static: {static} (Content-Encoding: {static_response.header('Content-Encoding') or 'none'}, "
        f"Cache-Control: {static_response.header('Cache-Control')})"
    )
    client.close()
    return page, static


def run_wrk(base_url, path, args, duration):
    # A generous timeout: a slow answer is measured as slow, not counted as an error.
    command = ["wrk", f"-t{min(args.clients, 2)}", f"-c{args.clients}", f"-d{duration:.0f}s", "--timeout", "60s"]
    command.append("--latency")
    for name, value in HEADERS.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run(  # noqa: S603
        [*command, base_url + path], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output):
        errors += int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output):
        errors += sum(int(n) for n in match.groups())
    p99 = re.search(r"99%\s+([\d.]+\w+)", output)
    return rate, errors, p99.group(1) if p99 else "?"


def run_python(base_url, path, args, duration):
    records = load_generator.run_load(base_url, [("x", path)], [1], args.clients, duration, 0, 2)
    errors = sum(1 for r in records if not (isinstance(r[1], int) and 200 <= r[1] < 400))
    latencies = sorted(r[2] for r in records)
    return len(records) / duration, errors, f"{stats.percentile(latencies, 0.99) * 1000:.1f}ms"


def measure(args, base_url, server_pid=None):
    page, static = find_targets(base_url, args.page)
    use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk"))
    if args.client == "wrk" and not shutil.which("wrk"):
        sys.exit("wrk not found: apt-get install wrk, or --client python")
    run = run_wrk if use_wrk else run_python
    print(
        f"client: {'wrk' if use_wrk else 'Python (wrk not found; the client costs more CPU)'}, "
        f"{args.clients} connections, {args.duration:.0f} s per run, {args.rounds} rounds "
        f"after {args.warmup:.0f} s warm-up of each",
        flush=True,
    )
    # Every gunicorn worker loads the site on its first requests: warm them all before measuring.
    for path in (page, static):
        run(base_url, path, args, args.warmup)
    rates = {"static": [], "page": []}
    errors = 0
    with stats.CpuMeter(server_pid) as cpu:
        for round_number in range(1, args.rounds + 1):
            for kind, path in (("static", static), ("page", page)):
                rate, failed, p99 = run(base_url, path, args, args.duration)
                rates[kind].append(rate)
                errors += failed
                print(f"  round {round_number} {kind:<6} {rate:8.1f} req/s  p99 {p99:>8}  errors {failed}", flush=True)
    static_rate, page_rate = statistics.mean(rates["static"]), statistics.mean(rates["page"])
    ratio = page_rate / static_rate if static_rate else 0.0
    print(f"static file:    {static_rate:8.1f} req/s (mean of {args.rounds})")
    print(f"treatment page: {page_rate:8.1f} req/s (mean of {args.rounds})")
    print(f"ratio: {ratio:.0%} of the static file (target >= {TARGET_RATIO:.0%}); errors: {errors}")
    print(cpu.report(client_note="client (wrk)" if use_wrk else "client (Python)"))
    failed = errors or ratio < TARGET_RATIO
    print("RESULT: " + ("target met, 0 errors" if not failed else "FAILED"))
    return 1 if failed else 0


def main():
    args = parse_args()
    if args.url:
        return measure(args, args.url.rstrip("/"))
    with server.Server(args, "throughput") as site:
        print(f"gunicorn workers: {args.workers}; cache: {server.cache_description(args)}", flush=True)
        return measure(args, site.base_url, site.gunicorn_pid())


if __name__ == "__main__":
    sys.exit(main())
