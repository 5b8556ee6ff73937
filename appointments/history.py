"""Answers to questions that were later removed from the form stay visible to the front desk.

Wagtail lists and exports only the answers to the form's current fields: when an editor removed *Email*,
the emails of earlier patients vanished from the list and the export, although they were still stored.
Here every answer stored for the page keeps a column ("historical columns"), headed by the question as it
was asked (taken from the page's revisions) and marked as removed.

Why this rather than letting only administrators change the fields: editors do need to improve the
questions, and even an administrator's change must not hide what patients already sent; this way no
change to the form, by anyone, hides an answer.
"""

from django.utils.translation import gettext as _


def stored_answer_names(page):
    """Every answer name stored for the page. One query; the retention purge keeps the table small."""
    names = set()
    for form_data in page.get_submissions().values_list("form_data", flat=True).iterator():
        if isinstance(form_data, dict):
            names.update(form_data)
    return names


def labels_from_revisions(page, names):
    """The label each field had in the newest revision that still asked it."""
    labels = {}
    for content in page.revisions.order_by("-created_at", "-pk").values_list("content", flat=True).iterator():
        for field in (content or {}).get("form_fields", []):
            if field.get("clean_name") in names and field.get("label"):
                labels.setdefault(field["clean_name"], field["label"])
        if labels.keys() >= names:
            break
    return labels


def removed_fields(page, current_names):
    """(name, heading) for answers stored under names the form no longer asks, in a stable order."""
    missing = stored_answer_names(page) - set(current_names)
    if not missing:
        return []
    labels = labels_from_revisions(page, missing)
    return [
        (name, _("%(label)s (removed question)") % {"label": labels.get(name) or name.replace("_", " ").capitalize()})
        for name in sorted(missing)
    ]
