"""Settings of the search benchmark's workers: the test settings plus an endpoint for Wagtail's default search,
so ours and Wagtail's are timed through the same stack (benchmarks/search_latency.py)."""

from clinic_site.settings.test import *  # noqa: F403

ROOT_URLCONF = "benchmarks.search_urls"
