"""One fresh worker for the search benchmark: Django set up in this process, timing requests the parent asks for.

    DATABASE_URL=… python -m benchmarks.search_worker

Reads commands from stdin, one per line, and answers each with one line of JSON:
``get /path?query`` (milliseconds and status, through the full Django stack with the test client) and
``rss`` (this process's resident memory in MiB, after a garbage collection) and ``cpu`` (the CPU time it
has used, in milliseconds).
"""

import gc
import json
import os
import sys
import time
from pathlib import Path


def rss_mib(pid="self"):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main():
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.search_settings"
    from django.test import Client

    # The project loaded as every server process loads it (Django set up, startup objects frozen).
    import clinic_site.wsgi  # noqa: F401

    client = Client()
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "get":
            started = time.perf_counter()
            response = client.get(argument)
            answer = {"ms": (time.perf_counter() - started) * 1000, "status": response.status_code}
        elif command == "cpu":  # CPU time this process has used, which a busy machine does not inflate
            answer = {"ms": time.process_time() * 1000}
        elif command == "rss":
            gc.collect()
            answer = {"mib": rss_mib()}
        else:
            answer = {"error": f"unknown command {command!r}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
