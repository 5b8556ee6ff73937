"""Form data for the page editor, in the shape the admin posts (StreamField and inline panels included)."""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


def labelled_items(*pairs):
    return streamfield([("item", {"label": label, "text": text}) for label, text in pairs])


def treatment_form(**overrides):
    """A complete Cupping Therapy page with the four core sections; ``overrides`` replace top-level fields."""
    body = [
        ("overview", {"heading": "Overview", "text": rich_text("<p>Cupping lifts the skin with suction.</p>")}),
        ("how_it_works", {"heading": "How it works", "text": rich_text("<p>Cups stay on for minutes.</p>")}),
        (
            "benefits",
            {"heading": "Benefits", "intro": rich_text(""), "items": labelled_items(("Looser muscles", "It helps."))},
        ),
        (
            "safety",
            {
                "heading": "Safety and considerations",
                "intro": rich_text(""),
                "items": labelled_items(("Marks", "Round marks fade within days.")),
                "care_cards": streamfield([]),
            },
        ),
    ]
    data = {
        "title": "Cupping Therapy",
        "slug": "cupping-therapy",
        "summary": "Cupping uses gentle suction to ease muscle tightness.",
        "also_known_as": "",
        "next_review_due": "",
        "go_live_at": "",
        "body": streamfield(body),
        "related_treatments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def content_form(title, slug):
    return nested_form_data({"title": title, "slug": slug, "summary": "", "body": streamfield([])})


def clinician_form(**overrides):
    """A complete clinician page for the page editor; ``overrides`` replace top-level fields."""
    data = {
        "title": "Rebecca Lindqvist",
        "slug": "rebecca-lindqvist",
        "job_title": "Chiropractor",
        "bio": rich_text("<p>Gentle adjustments and simple exercises.</p>"),
        "portrait_alt": "",
        "accepting_new_patients": "on",
        "go_live_at": "",
    }
    data.update(overrides)
    return nested_form_data(data)
