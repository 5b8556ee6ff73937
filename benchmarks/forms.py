"""Reading a page's form and filling it in as a patient would (the benchmarks' form filler)."""

import re
from html.parser import HTMLParser

VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def _looks_like_trap(attrs):
    """How honeypots are usually kept from people and assistive technology alike."""
    return (
        attrs.get("tabindex") == "-1"
        or attrs.get("aria-hidden") == "true"
        or "hidden" in attrs
        or re.search(r"honey|trap|\bhp\b", attrs.get("class") or "") is not None
    )


class FormReader(HTMLParser):
    """The fields of the first POST form on a page: inputs, selects and textareas with their labels."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.action = None
        self.fields = []  # dicts: tag, type, name, value, id, required, options
        self.labels = {}  # id -> label text
        self.legends = []  # (legend text, index of the next field)
        self._in_form = False
        self._done = False
        self._text_target = None
        self._text = []
        self._select = None
        self._open = []  # (tag, hides a trap) of the elements we are inside

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._done:
            return
        if tag not in VOID_ELEMENTS:
            self._open.append((tag, _looks_like_trap(attrs)))
        if tag == "form" and (attrs.get("method") or "").lower() == "post" and self.action is None:
            self._in_form, self.action = True, attrs.get("action") or ""
            return
        if not self._in_form:
            return
        if tag in ("input", "textarea", "select") and attrs.get("name"):
            field = {
                "tag": tag,
                "type": (attrs.get("type") or ("text" if tag != "select" else "select")).lower(),
                "name": attrs["name"],
                "value": attrs.get("value", ""),
                "id": attrs.get("id", ""),
                "required": "required" in attrs,
                "checked": "checked" in attrs,
                "trap": _looks_like_trap(attrs) or any(trap for _, trap in self._open),
                "options": [],
                "legend": self.legends[-1][0] if self.legends else "",
            }
            self.fields.append(field)
            if tag == "select":
                self._select = field
        elif tag == "option" and self._select is not None:
            self._select["options"].append(attrs.get("value", ""))
        elif tag in ("label", "legend"):
            self._text_target, self._text = (tag, attrs.get("for", "")), []

    def handle_endtag(self, tag):
        while self._open and tag in (t for t, _ in self._open):
            if self._open.pop()[0] == tag:
                break
        if tag == "form" and self._in_form:
            self._in_form, self._done = False, True
        elif tag == "select":
            self._select = None
        elif tag == "fieldset" and self.legends:
            self.legends.pop()
        elif self._text_target and tag == self._text_target[0]:
            text = " ".join("".join(self._text).split())
            if tag == "label" and self._text_target[1]:
                self.labels[self._text_target[1]] = text
            elif tag == "legend":
                self.legends.append((text, len(self.fields)))
            self._text_target = None

    def handle_data(self, data):
        if self._text_target:
            self._text.append(data)

    def label_of(self, field):
        return self.labels.get(field["id"]) or field["legend"]


def read_form(html):
    reader = FormReader()
    reader.feed(html)
    if reader.action is None:
        raise ValueError("no POST form on the page")
    return reader


def fill_appointment_form(form, person):
    """The pairs a patient would send: every hidden input copied back, visible fields answered from
    their labels, and any field we do not recognise left as the page gave it (a honeypot stays empty).

    `person` holds name, phone, email. Returns (pairs, expected) where expected maps each visible
    field name we answered to the value the stored request must hold.
    """
    pairs, expected, seen = [], {}, set()
    for field in form.fields:
        name, kind, label = field["name"], field["type"], form.label_of(field).lower()
        if kind == "hidden":
            pairs.append((name, field["value"]))
        elif kind in ("submit", "button", "reset", "image", "file"):
            continue
        elif field["trap"]:
            pairs.append((name, field["value"]))
        elif kind == "radio":
            if name not in seen:  # the first choice of a group ("Phone call")
                seen.add(name)
                pairs.append((name, field["value"]))
                expected[name] = field["value"]
        elif kind == "checkbox" and name in {f["name"] for f in form.fields if f is not field}:
            # A group of checkboxes: tick the first two choices.
            group = [f["value"] for f in form.fields if f["name"] == name]
            if name not in seen:
                seen.add(name)
                pairs += [(name, value) for value in group[:2]]
                expected[name] = group[:2]
        elif kind == "checkbox":
            if field["required"] or "agree" in label:
                pairs.append((name, field["value"] or "on"))
                expected[name] = True
        elif kind == "select":
            choices = [o for o in field["options"] if o]
            value = choices[len(person["name"]) % len(choices)] if choices else ""
            pairs.append((name, value))
            expected[name] = value
        elif "name" in label:
            pairs.append((name, person["name"]))
            expected[name] = person["name"]
        elif "phone" in label or kind == "tel":
            pairs.append((name, person["phone"]))
            expected[name] = person["phone"]
        elif "email" in label or kind == "email":
            pairs.append((name, person["email"]))
            expected[name] = person["email"]
        elif field["required"]:
            pairs.append((name, "Benchmark answer"))
            expected[name] = "Benchmark answer"
        else:
            # Unrecognised and optional: what a visitor would leave alone (a honeypot must stay empty).
            pairs.append((name, field["value"]))
    return pairs, expected
