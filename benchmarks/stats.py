"""Percentiles and CPU accounting, so a benchmark's output says how fast and who used the machine."""

import math
import os
import time
from pathlib import Path

# --- Percentiles and reporting ---------------------------------------------------------------------


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an already sorted list (no interpolation: a real observed value)."""
    if not sorted_values:
        return float("nan")
    rank = max(1, math.ceil(round(fraction * len(sorted_values), 9)))  # round: 0.95 * 100 is not exact
    return sorted_values[min(rank, len(sorted_values)) - 1]


def latency_row(label, seconds_list, duration):
    values = sorted(seconds_list)
    return (
        f"{label:<16} {len(values):>7} {len(values) / duration:>8.1f} "
        f"{percentile(values, 0.50) * 1000:>8.1f} {percentile(values, 0.95) * 1000:>8.1f} "
        f"{percentile(values, 0.99) * 1000:>8.1f}"
    )


LATENCY_HEADER = f"{'page type':<16} {'requests':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"


# --- CPU accounting (Linux /proc), so the output can say who used the machine ----------------------

CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def machine_cpu():
    """(busy, total) jiffies of the whole machine since boot, from /proc/stat."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0, 0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def process_tree_cpu(pid):
    """CPU seconds (user + system) used so far by a process and all its descendants, living or reaped."""
    total = 0
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()
    # utime, stime, and cutime, cstime: the time of children already reaped (gunicorn replaces
    # workers after max_requests; their time must not vanish from the total).
    total += sum(int(n) for n in fields[11:15]) / CLOCK_TICKS
    for child in children:
        total += process_tree_cpu(int(child))
    return total


class CpuMeter:
    """CPU used during a measured interval by the machine, by the server and by this client process."""

    def __init__(self, server_pid=None):
        self.server_pid = server_pid

    def __enter__(self):
        self.started = time.monotonic()
        self.machine = machine_cpu()
        self.server = process_tree_cpu(self.server_pid) if self.server_pid else 0.0
        self.client = self._client_cpu()
        return self

    def __exit__(self, *exc):
        self.seconds = time.monotonic() - self.started
        busy, total = machine_cpu()
        self.machine_busy = (busy - self.machine[0]) / max(1, total - self.machine[1])
        self.server_cpu = (process_tree_cpu(self.server_pid) - self.server) if self.server_pid else None
        self.client_cpu = self._client_cpu() - self.client

    @staticmethod
    def _client_cpu():
        # This process, plus client worker processes it has waited for, plus wrk if it ran.
        own, children = os.times()[:2], os.times()[2:4]
        return sum(own) + sum(children)

    def report(self, client_note="client"):
        cores = os.cpu_count() or 1
        available = cores * self.seconds
        lines = [f"machine: {cores} cores, {self.machine_busy:.0%} busy during the run (every process on it)"]
        share = [f"{client_note} {self.client_cpu:.1f} CPU-s ({self.client_cpu / available:.0%})"]
        if self.server_cpu is not None:
            share.insert(0, f"gunicorn {self.server_cpu:.1f} CPU-s ({self.server_cpu / available:.0%})")
        lines.append(
            f"of {available:.0f} CPU-s available: " + ", ".join(share) + "; the rest is PostgreSQL, Redis and others"
        )
        lines.append("client and server share this machine: figures are a floor for a dedicated server")
        return "\n".join(lines)
