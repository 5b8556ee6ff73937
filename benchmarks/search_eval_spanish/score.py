#!/usr/bin/env python3
"""Score the Spanish site search (/es/search/) against the Spanish development set.

Usage:
    python3 benchmarks/search_eval_spanish/score.py --url http://127.0.0.1:8301 [--k 10] [--show-misses]

The site must hold the Spanish demo treatment pages (``manage.py load_demo_content``), published, under
/es/tratamientos/<slug>/. Each query of queries.tsv (qid, query, relevant, kind; ``relevant`` lists
``slug:grade`` pairs, grade 2 = the page the patient means, 1 = also a good answer) is asked as
``GET <url>/es/search/?q=<query>&format=json``; a result's slug is the last segment of its URL.

Prints per query kind and overall: MRR@k (first grade-2 hit) and success@1 (a grade-2 page first), and
ends with ``overall MRR@k=<x> success@1=<y>``. Standard library only; exits 1 if a request failed.
"""

import argparse
import csv
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_queries(path):
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            grades = {}
            for pair in row["relevant"].split(","):
                slug, grade = pair.strip().rsplit(":", 1)
                grades[slug] = int(grade)
            yield row["qid"], row["query"], grades, row["kind"]


def slug_of(url):
    parts = [part for part in urllib.parse.urlsplit(url).path.split("/") if part]
    return parts[-1] if parts else ""


def ask(base, query, timeout):
    url = f"{base.rstrip('/')}/es/search/?{urllib.parse.urlencode({'q': query, 'format': 'json'})}"
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - a URL the caller gives
        data = json.loads(response.read())
    return [slug_of(result["url"]) for result in data.get("results", [])]


def score(ranked, grades, k):
    top = ranked[:k]
    reciprocal_rank = next((1 / (i + 1) for i, slug in enumerate(top) if grades.get(slug) == 2), 0.0)
    first = 1.0 if top and grades.get(top[0]) == 2 else 0.0
    return reciprocal_rank, first


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8301")
    parser.add_argument("--queries", default=str(HERE / "queries.tsv"))
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--show-misses", action="store_true", help="list queries whose first result is not grade 2")
    args = parser.parse_args()

    by_kind, errors = defaultdict(list), 0
    for qid, query, grades, kind in load_queries(args.queries):
        try:
            ranked = ask(args.url, query, args.timeout)
        except (urllib.error.URLError, ValueError, KeyError, TypeError) as exc:
            print(f"{qid} {query!r}: error: {exc}", file=sys.stderr)
            ranked, errors = [], errors + 1
        result = score(ranked, grades, args.k)
        by_kind[kind].append(result)
        by_kind["overall"].append(result)
        if args.show_misses and not result[1]:
            print(f"miss {qid} {query!r}: top={ranked[:3]} want={[s for s, g in grades.items() if g == 2]}")

    print(f"{'kind':<14}{'n':>4}{'MRR@' + str(args.k):>9}{'succ@1':>9}")
    for kind in [*sorted(k for k in by_kind if k != "overall"), "overall"]:
        rows = by_kind[kind]
        mrr, first = (sum(column) / len(rows) for column in zip(*rows, strict=True))
        print(f"{kind:<14}{len(rows):>4}{mrr:>9.3f}{first:>9.3f}")
    overall = by_kind["overall"]
    mrr = sum(r[0] for r in overall) / len(overall)
    first = sum(r[1] for r in overall) / len(overall)
    print(f"overall MRR@{args.k}={mrr:.3f} success@1={first:.3f}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
