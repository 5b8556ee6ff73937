"""Candidate pages from the search backend's own index, best first, so ranking reads only the top few.

On SQLite the FTS5 index is asked directly, ordered by its bm25 with the title column weighted as the
ranking weighs it (Wagtail's SQLite backend scores every match with a subquery each, far slower when
many pages share a word). On PostgreSQL its index is asked directly too, with one ``ts_rank`` per field
over the field-weighted vectors Wagtail stores (Wagtail's backend computes one per word and field).
Elasticsearch and OpenSearch are asked through Wagtail's own ``search()``, ordered by their relevance.
Every statement keeps to the pages of one language (their locale), so a Spanish search's candidates are
never crowded out by English pages sharing a word, and English ones never by Spanish pages.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from core.search_weights import WEIGHTS

# bm25 weights of the FTS5 table's columns, in its order (autocomplete, body, title).
FTS_COLUMN_WEIGHTS = (0.0, WEIGHTS["body"], WEIGHTS["title"])


def top_page_ids(pages, groups, limit, language="en"):
    """Ids of up to ``limit`` pages that match a word of every group, most relevant first.

    ``groups`` is a list of word lists: one per thing the visitor asked about, its words alternatives.
    The ids may include pages outside ``pages`` on SQLite; the caller narrows them to ``pages``.
    """
    return top_page_ids_of_each(pages, [(groups, limit)], language)


def top_page_ids_of_each(pages, requests, language="en"):
    """The ids of :func:`top_page_ids` for each ``(groups, limit)`` request, together: in one query on the
    SQLite and PostgreSQL indexes, so a search of several concepts costs one statement, not one each."""
    requests = [
        (groups, limit) for groups, limit in ((nonempty(groups), limit) for groups, limit in requests) if groups
    ]
    if not requests:
        return []
    backend = type(get_search_backend()).__name__
    if backend == "SQLiteSearchBackend" and connection.vendor == "sqlite":
        return union_of(sqlite_top_ids_sql, requests, language)
    if backend == "PostgresSearchBackend" and connection.vendor == "postgresql":
        return union_of(postgres_top_ids_sql, requests, language)
    pages = pages.filter(locale__language_code=language)
    return [pk for groups, limit in requests for pk in backend_top_ids(pages, groups, limit)]


def nonempty(groups):
    return [group for group in groups if group]


def union_of(build_sql, requests, language):
    """Each request's statement in parentheses, joined by UNION ALL: one round trip for all of them."""
    parts, params = [], []
    for number, (groups, limit) in enumerate(requests):
        sql, part_params = build_sql(groups, limit, language)
        parts.append(f"SELECT * FROM ({sql}) AS top_{number}")  # noqa: S608 - built from table names only
        params.extend(part_params)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return [row[0] for row in cursor.fetchall()]


def backend_top_ids(pages, groups, limit):
    query = And([Or([PlainText(word) for word in group]) for group in groups])
    results = pages.search(query, order_by_relevance=True)[:limit]
    get_queryset = getattr(results, "get_queryset", None)  # database backends hand back a queryset
    if get_queryset is not None:
        return list(get_queryset().values_list("pk", flat=True))
    return [page.pk for page in results]


def fts_match(groups):
    """An FTS5 MATCH expression: every group, any of its words; each word quoted, so none is syntax."""
    return " AND ".join("(" + " OR ".join(f'"{word}"' for word in group) + ")" for group in groups)


def in_language():
    """A condition on the page row ``p``: its locale is the language given as the parameter."""
    return f"p.locale_id IN (SELECT id FROM {Locale._meta.db_table} WHERE language_code = %s)"  # noqa: S608 - table name only


def sqlite_top_ids_sql(groups, limit, language="en"):
    fts = apps.get_model("wagtailsearch", "SQLiteFTSIndexEntry")._meta.db_table
    entries = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    pages = Page._meta.db_table
    weights = ", ".join(str(weight) for weight in FTS_COLUMN_WEIGHTS)
    # FTS5's default tokenizer (unicode61) folds accents: "puncion" finds "punción".
    sql = (
        f"SELECT CAST(e.object_id AS INTEGER) FROM {fts} JOIN {entries} e ON e.id = {fts}.rowid "  # noqa: S608 - table names only
        f"JOIN {pages} p ON p.id = CAST(e.object_id AS INTEGER) "
        f"WHERE {fts} MATCH %s AND p.live AND {in_language()} ORDER BY bm25({fts}, {weights}) LIMIT %s"
    )
    return sql, [fts_match(groups), language, limit]


# ts_rank's weights for the D, C, B, A labels Wagtail gives fields by boost (as Wagtail's backend ranks).
TS_RANK_WEIGHTS = "{0.1,0.4,0.7,1.0}"


def tsquery(groups):
    """A to_tsquery expression: every group, any of its words; words are letters and digits only."""
    return " & ".join("(" + " | ".join(word.replace("'", "") for word in group) + ")" for group in groups)


def postgres_top_ids_sql(groups, limit, language="en"):
    entries = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    pages = Page._meta.db_table
    page_types = list(ContentType.objects.get_for_models(*page_models()).values())
    sql = (
        f"SELECT p.id FROM {entries} e JOIN {pages} p ON e.object_id = p.id::varchar, to_tsquery(%s) q "  # noqa: S608 - table names only
        f"WHERE e.content_type_id = ANY(%s) AND p.live AND {in_language()} AND (e.title || e.body) @@ q "
        "ORDER BY ts_rank(%s, e.title, q) * e.title_norm * %s + ts_rank(%s, e.body, q) DESC LIMIT %s"
    )
    # The database's text search configuration indexed the pages; a Spanish page's words are asked for as
    # written too ("punción"), since the vocabulary keeps their accented forms (search/documents.py).
    params = [tsquery(groups), [ct.pk for ct in page_types], language, TS_RANK_WEIGHTS, WEIGHTS["title"]]
    return sql, [*params, TS_RANK_WEIGHTS, limit]


def page_models():
    return [model for model in apps.get_models() if issubclass(model, Page)]
