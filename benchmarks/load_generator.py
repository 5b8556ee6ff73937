"""Closed-loop load: N clients, each sending its next request as soon as the last one answered."""

import http.client
import multiprocessing
import random
import threading
import time
from collections import Counter

from benchmarks.http_client import Client
from benchmarks.stats import LATENCY_HEADER, latency_row


def _client_thread(base_url, targets, weights, seed, measure_from, stop_at, records):
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
