"""How much a match in each search field says about what a page is for: one table for everything that ranks.

Page types read it for their ``search_fields`` boosts, so a backend that ranks by itself (Elasticsearch,
OpenSearch, the admin's page search) weighs a field as the site search does; the site search
(search/ranking.py) scores with it. It lives in ``core`` because page types and search both depend on
it and page types must not depend on the search app. The title is the exception: its boost is Wagtail's
own (``Page.search_fields``, which Wagtail's system check wagtailsearch.W001 requires to be kept).
"""

WEIGHTS = {
    "title": 10.0,
    "also_known_as": 9.0,
    "conditions": 6.0,
    "body_areas": 4.0,
    "summary": 3.0,
    "overview": 3.0,
    "body": 1.0,
}
