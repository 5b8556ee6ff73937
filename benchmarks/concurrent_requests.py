#!/usr/bin/env python
"""200 appointment requests posted at once: exactly 200 stored, each intact; a double submit stores one.

    .venv/bin/python -m benchmarks.concurrent_requests               # own scratch database and server
    .venv/bin/python -m benchmarks.concurrent_requests --url http://127.0.0.1:8000 \\
        --database-url postgres://postgres@127.0.0.1:5432/clinic     # a server already running

Each of the 200 clients is a visitor of its own: its own source address (127.R.x.y, R random per
run, so a per-address rate limit sees 200 people), its own cookies. Each renders the form, copies
back every hidden input (CSRF, time trap, submission token), fills the visible fields from their
labels and leaves anything else as the page gave it (a honeypot stays empty). When all have the
form, and the form is older than the minimum fill time, they are released together and post.

Then a few visitors each post their one form K times at once (the same submission token; each copy
from another address, so only the token, not the rate limit, can keep the copies out).

Finally the stored requests are read back from the database (through manage.py, with the server's
settings): every request exactly once, with the values that were sent. Exits 1 on any loss,
duplicate or altered value.
"""

import argparse
import functools
import json
import secrets
import sys
import threading
import time
from collections import Counter

from benchmarks import forms, http_client, server

FORM_PATH = "/request-an-appointment/"
# Reads every stored request of the appointment page; run by manage.py shell with the server's settings.
READ_REQUESTS = """
import json
from appointments.models import AppointmentPage
page = AppointmentPage.objects.first()
rows = page.get_submission_class().objects.filter(page=page)
print(json.dumps([row.form_data for row in rows], default=str))
"""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    server.add_server_arguments(parser, port=8502)
    parser.add_argument("--database-url", help="with --url: the database the running server uses")
    parser.add_argument("--requests", type=int, default=200, help="distinct requests (default %(default)s)")
    parser.add_argument("--duplicate-forms", type=int, default=3, help="forms double-submitted (default %(default)s)")
    parser.add_argument("--copies", type=int, default=5, help="copies posted of each (default %(default)s)")
    parser.add_argument(
        "--min-seconds",
        type=float,
        default=3,
        help="the form's minimum fill time, APPOINTMENT_MIN_SECONDS (default %(default)s); we wait 1 s more",
    )
    return parser.parse_args()


class Visitor:
    """One person: renders the form from their own address and prepares what they will send."""

    def __init__(self, base_url, label, address):
        self.base_url, self.label, self.address = base_url, label, address
        self.client = http_client.Client(base_url, source_address=address)
        self.pairs = self.expected = None
        self.outcomes = []

    def render(self):
        response = self.client.get(FORM_PATH)
        if response.status != 200:
            raise RuntimeError(f"{self.label}: the form page answered {response.status}")
        form = forms.read_form(response.text)
        person = {
            "name": f"Bench {self.label}",
            "phone": f"(303) 555-{abs(hash(self.label)) % 10000:04d}",
            "email": f"{self.label.replace(' ', '.').lower()}@example.com",
        }
        self.pairs, self.expected = forms.fill_appointment_form(form, person)
        self.action = form.action or FORM_PATH
        # The connection that rendered the form is closed: the post is a new connection, as after a pause.
        self.client.close()

    def post(self, address=None, copy=False):
        client = self.client
        if copy:  # another copy of the same form, sent from another address with the same cookies
            client = http_client.Client(self.base_url, source_address=address)
            client.cookies = dict(self.client.cookies)
        try:
            response = client.post_form(self.action, self.pairs, referer_path=FORM_PATH)
            rejected = response.status == 200 and "error-summary" in response.text
            outcome = f"{response.status}{' form errors' if rejected else ''}"
        except OSError as error:
            outcome = f"{type(error).__name__}: {error}"
        finally:
            client.close()
        self.outcomes.append(outcome)


def release_together(jobs):
    """Run jobs in threads that all wait at one barrier, then start at the same instant."""
    barrier = threading.Barrier(len(jobs))

    def run(job):
        barrier.wait()
        job()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - started


def render_all(visitors):
    """Every visitor renders the form at once; returns when all have it (errors are fatal: nothing to post)."""
    failures = []

    def render(visitor):
        try:
            visitor.render()
        except (OSError, RuntimeError, ValueError) as error:
            failures.append(f"{visitor.label}: {error}")

    seconds = release_together([lambda v=v: render(v) for v in visitors])
    if failures:
        sys.exit("could not render the form:\n  " + "\n  ".join(failures[:10]))
    return seconds


def wait_minimum(args, since):
    time.sleep(max(0.0, since + args.min_seconds + 1 - time.monotonic()))


def stored_requests(env):
    output = server.manage(env, "shell", "-c", READ_REQUESTS, capture=True)
    return json.loads(output.strip().splitlines()[-1])


def check(stored, visitors):
    """Compare what was sent with what is stored: (missing, extra copies, altered) labels."""
    by_name = Counter()
    rows = {}
    for data in stored:
        for visitor in visitors:
            name_field = next(k for k, v in visitor.expected.items() if v == f"Bench {visitor.label}")
            if data.get(name_field) == f"Bench {visitor.label}":
                by_name[visitor.label] += 1
                rows[visitor.label] = data
                break
    missing = [v.label for v in visitors if by_name[v.label] == 0]
    extra = [v.label for v in visitors if by_name[v.label] > 1]
    altered = [
        v.label
        for v in visitors
        if v.label in rows and any(rows[v.label].get(k) != value for k, value in v.expected.items())
    ]
    return missing, extra, altered


def run(args, base_url, env):
    run_id = secrets.token_hex(3)
    octet = 2 + secrets.randbelow(250)  # a fresh block of addresses per run: earlier runs' limits do not apply
    if http_client.is_loopback(base_url):
        addresses = (http_client.loopback_address(n, octet) for n in range(10**6))
    else:
        print("warning: a remote server sees one address for every visitor; a rate limit will refuse most posts")
        addresses = (None for _ in range(10**6))
    visitors = [Visitor(base_url, f"{run_id} {n:04d}", next(addresses)) for n in range(args.requests)]
    doubles = [Visitor(base_url, f"{run_id} double {n}", next(addresses)) for n in range(args.duplicate_forms)]
    before = len(stored_requests(env))

    print(f"run {run_id}: {len(visitors)} visitors, each from its own address, render the form", flush=True)
    seconds = render_all(visitors + doubles)
    rendered = time.monotonic()
    print(f"  {len(visitors) + len(doubles)} forms rendered concurrently in {seconds:.1f} s", flush=True)
    sample = visitors[0]
    print(f"  fields sent: {', '.join(name for name, _ in sample.pairs)}")
    wait_minimum(args, rendered)

    seconds = release_together([v.post for v in visitors])
    outcomes = Counter(o for v in visitors for o in v.outcomes)
    print(f"  {len(visitors)} posts released at once, all answered in {seconds:.1f} s: {dict(outcomes)}", flush=True)

    jobs = [functools.partial(v.post, next(addresses), copy=True) for v in doubles for _ in range(args.copies)]
    seconds = release_together(jobs)
    outcomes = Counter(o for v in doubles for o in v.outcomes)
    print(
        f"  {len(doubles)} forms x {args.copies} copies (same token, each copy from its own address) "
        f"in {seconds:.1f} s: {dict(outcomes)}",
        flush=True,
    )

    stored = stored_requests(env)
    missing, extra, altered = check(stored, visitors)
    d_missing, d_extra, d_altered = check(stored, doubles)
    ours = len(stored) - before
    print(f"stored: {ours} new requests (expected {len(visitors) + len(doubles)})")
    print(
        f"concurrent: {len(visitors) - len(missing)} of {len(visitors)} stored, "
        f"{len(missing)} lost, {len(extra)} stored more than once, {len(altered)} with altered values"
    )
    print(
        f"double submits: {len(doubles) - len(d_missing)} of {len(doubles)} forms stored, "
        f"{len(d_extra)} stored more than once, {len(d_altered)} with altered values"
    )
    problems = [(m, "lost") for m in missing + d_missing] + [(e, "duplicated") for e in extra + d_extra]
    problems += [(a, "altered") for a in altered + d_altered]
    for label, what in problems[:10]:
        print(f"  {what}: Bench {label}")
    if len(problems) > 10:
        print(f"  … and {len(problems) - 10} more")
    failed = missing or extra or altered or d_missing or d_extra or d_altered
    print("RESULT: " + ("every request stored exactly once, intact" if not failed else "FAILED"))
    return 1 if failed else 0


def main():
    args = parse_args()
    if args.url:
        if not args.database_url:
            sys.exit("--url needs --database-url: the stored requests are counted in the server's database")
        env = server.server_environment(args.database_url, "127.0.0.1", 0, 1, args.redis_url)
        return run(args, args.url.rstrip("/"), env)
    with server.Server(args, "requests") as site:
        print(f"gunicorn workers: {args.workers}; cache: {server.cache_description(args)}", flush=True)
        return run(args, site.base_url, site.env)


if __name__ == "__main__":
    sys.exit(main())
