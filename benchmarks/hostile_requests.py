"""The hostile requests of benchmarks.bad_input: search strings, form values, paths, headers, methods.

Every injection carries MARK, so a reflection check can tell our own markup coming back unescaped.
"""

import re

# Every injection carries this marker. Escaped (&lt; &quot;) or URL-encoded it is harmless text;
# any of these raw fragments in an HTML page means markup we injected got through.
MARK = "zq7xmark"
REFLECTED = [
    f"<script>{MARK}",
    f"<img src=x onerror={MARK}",
    f"<svg onload={MARK}",
    f'" onmouseover="{MARK}',
    f"</script><{MARK}",
    f"<{MARK}",
]
JAVASCRIPT_URL = re.compile(rf"(?:href|src|action|formaction)\s*=\s*[\"']?\s*javascript:{MARK}", re.IGNORECASE)
INJECTIONS = [
    f"<script>{MARK}</script>",
    f'"><img src=x onerror={MARK}>',
    f"'><svg onload={MARK}>",
    f'" onmouseover="{MARK}',
    f"</script><{MARK}>",
    f"javascript:{MARK}",
    f"<!--<{MARK}>-->",
    f"{{{{ {MARK} }}}}{{% debug %}}",  # not markup: shows templates never evaluate what visitors send
]


def build_cases():
    """(category, label, request kwargs for Client.generic) for every hostile input."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from treatments.models import TreatmentPage

    document = Document.objects.create(title="Intake form", file=ContentFile(b"%PDF-1.4 form", name="intake.pdf"))
    treatment = TreatmentPage.objects.live().order_by("title").first().url_path.rstrip("/").split("/")[-1]
    page = f"/treatments/{treatment}/"
    cases = []

    def add(category, label, path, method="GET", data=None, **extra):
        cases.append((category, label, {"method": method, "path": path, "data": data, **extra}))

    # --- Search strings ------------------------------------------------------------------------
    searches = [
        '"',
        "'",
        '"""unbalanced',
        "' OR '1'='1",
        "'; DROP TABLE wagtailcore_page; --",
        "massage AND OR NOT",
        "NEAR(massage needling)",
        "mass*",
        "*",
        "title:massage",
        "(((",
        ")))",
        "-massage +needling ~cupping ^2",
        "\\",
        "%",
        "_",
        "a\x00b",
        "\x00",
        "\r\nSet-Cookie: x=1",
        "massage " * 3000,
        "x" * 100_000,
        "💆‍♀️🦴🩺",
        "ｍａｓｓａｇｅ",
        "\u202emassage\u202c",
        "mas\u200bsage",
        "e\u0301\u0301\u0301\u0301",
        "\ufeffneedling",
        "מסאז' טיפול",
        "مساج",
        "{{ 7*7 }} ${7*7} #{7*7}",
        "%00%27%22",
        *INJECTIONS,
    ]
    for q in searches:
        add("search", f"q={q[:40]!r}", "/search/", data={"q": q})
    for q in searches[:12] + INJECTIONS:
        add("search", f"json q={q[:40]!r}", "/search/", data={"q": q, "format": "json"})
        add("search", f"suggest q={q[:40]!r}", "/search/suggest/", data={"q": q})
    for value in ["-1", "0", "abc", "99999999999999999999999", "\x00", "1e9", INJECTIONS[0]]:
        add("search", f"page={value!r}", "/search/", data={"q": "massage", "page": value})
    add("search", "repeated q", "/search/?q=massage&q=needling&q=%00")
    add("search", "format=<script>", "/search/", data={"q": "massage", "format": INJECTIONS[0]})
    add("search", "exact=<script>", "/search/", data={"q": "cuping", "exact": INJECTIONS[1]})
    add("search", "invalid UTF-8", "/search/?q=%ff%fe%fd&format=json")
    add("search", "lone surrogate", "/search/?q=%ed%a0%80")

    # --- Appointment form values -----------------------------------------------------------------
    form = "/request-an-appointment/"
    good = {
        "name": "Pat Example",
        "phone": "303 555 0100",
        "email": "pat@example.com",
        "preferred_contact_method": "Phone call",
        "treatment": "",
        "preferred_days_and_times": ["Saturday"],
        "i_agree_to_be_contacted_about_this_request": "on",
    }
    variants = {
        "empty POST": {},
        "only junk fields": {"junk": "1", "csrfmiddlewaretoken": "x"},
        "huge name": {**good, "name": "N" * 100_000},
        "huge phone": {**good, "phone": "5" * 10_000},
        "NUL in name": {**good, "name": "Pat\x00Example"},
        "NUL in phone": {**good, "phone": "\x00"},
        "NUL in email": {**good, "email": "pat\x00@example.com"},
        "bad email": {**good, "email": "not an email"},
        "radio not a choice": {**good, "preferred_contact_method": "Carrier pigeon"},
        "radio NUL": {**good, "preferred_contact_method": "\x00"},
        "checkbox not a choice": {**good, "preferred_days_and_times": ["Sunday", "x" * 5000]},
        "treatment not a choice": {**good, "treatment": "Bloodletting"},
        "treatment NUL": {**good, "treatment": "\x00"},
        "agree = garbage": {**good, "i_agree_to_be_contacted_about_this_request": "\x00maybe"},
        "missing required": {"email": "pat@example.com"},
        "repeated name": {**good, "name": ["Pat", "Sam", "Alex"]},
        "unicode and RTL": {**good, "name": "\u202eZoë 💆 Ñúñez\u200b"},
        "control chars": {**good, "name": "Pat\r\nBcc: x@example.com", "email": "a@example.com\r\nBcc: b@example.com"},
        "template syntax": {**good, "name": "{{ request }}{% debug %}"},
        "sql": {**good, "name": "Robert'); DROP TABLE wagtailforms_formsubmission;--"},
    }
    for label, data in variants.items():
        add("form", label, form, method="POST", data=data)
    for number, injection in enumerate(INJECTIONS):
        fields = {**good, "name": injection, "phone": injection, "email": injection}
        add("form", f"injection {number} in every field", form, method="POST", data=fields)
        add("form", f"injection {number} bad radio", form, method="POST", data={**good, "treatment": injection})
    add("form", "JSON body", form, method="POST", data='{"name": "Pat"}', content_type="application/json")
    add(
        "form",
        "garbage body",
        form,
        method="POST",
        data="\x00\xff=%%%&&=",
        content_type="application/x-www-form-urlencoded",
    )
    add(
        "form",
        "bad multipart",
        form,
        method="POST",
        data="--x\r\nnonsense",
        content_type="multipart/form-data; boundary=x",
    )
    add("form", "multipart no boundary", form, method="POST", data="x", content_type="multipart/form-data")
    add("form", "too many fields", form, method="POST", data="&".join(f"f{n}=1" for n in range(10_001)),
        content_type="application/x-www-form-urlencoded")  # fmt: skip
    add("form", "3 MB body", form, method="POST", data="name=" + "x" * 3_000_000,
        content_type="application/x-www-form-urlencoded")  # fmt: skip
    for value in [INJECTIONS[0], "\x00", "x" * 5000, "../../etc/passwd", "dry-needling\x00"]:
        add("form", f"GET ?treatment={value[:20]!r}", form, data={"treatment": value})

    # --- Paths ----------------------------------------------------------------------------------
    paths = [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/treatments/..%2f..%2fmanage.py",
        "/treatments%2F",
        "/%5c..%5c..%5cwindows",
        "/" + "a" * 5000 + "/",
        "/a" * 1000 + "/",
        "/%00/",
        "/treatments/%00/",
        f"{page}%00",
        "/tr%C3%A9atments/",
        "/%ff%fe/",
        "/%ed%a0%80/",
        f"/{INJECTIONS[0]}/",
        f"/treatments/{INJECTIONS[1]}/",
        f"{page}junk/more/",
        f"{page}..;/",
        f"{page}?page={INJECTIONS[0]}",
        f"/treatments/?area={INJECTIONS[0]}",
        "/treatments/?area=%00&condition=%00",
        "/treatments/?area=shoulder&area=knee&condition=x" + "y" * 5000,
        "/sitemap.xml?p=abc",
        "/sitemap.xml?p=-1",
        "/sitemap.xml?p=999999999999999999999",
        "/robots.txt/../",
        "/.env",
        "/.git/config",
        "/wp-login.php",
        "//evil.example/",
        "/;/",
        "/admin/../",
        "/admin//login/",
        "/admin/login/?next=//evil.example",
        f"/admin/login/?next=javascript:{MARK}",
        f"/admin/login/?next={INJECTIONS[1]}",
        "/admin/pages/abc/",
        "/admin/pages/99999999999999999999999/edit/",
        "/admin/pages/1/edit/%00",
        "/admin/%00",
        "/admin/api/main/pages/?search=%00",
        f"/documents/{document.pk}/{document.filename}",
        f"/documents/{document.pk}/other-name.pdf",
        f"/documents/{document.pk}/..%2f..%2fsettings.py",
        "/documents/99999999999999999999/x.pdf",
        "/documents/abc/x.pdf",
        "/documents/-1/x.pdf",
        "/media/../manage.py",
        "/media/original_images/%00.png",
        "/static/../manage.py",
        "/static/%2e%2e/manage.py",
        "/static/css/site.css%00",
        "/static/css/" + "x" * 3000 + ".css",
        "/images/abc/fill-10x10/x.png",
    ]
    for path in paths:
        add("path", path[:60], path)

    # --- Headers --------------------------------------------------------------------------------
    header_sets = {
        "bad Host": {"HTTP_HOST": "evil.example"},
        "Host with script": {"HTTP_HOST": f"<{MARK}>"},
        "Host bad port": {"HTTP_HOST": "localhost:abc"},
        "Host NUL": {"HTTP_HOST": "localhost\x00.evil"},
        "Host huge": {"HTTP_HOST": "a" * 5000},
        "Host huge port": {"HTTP_HOST": "localhost:99999999999999999999"},
        "Host port 0": {"HTTP_HOST": "localhost:0"},
        "Host upper case, dot": {"HTTP_HOST": "LOCALHOST."},
        "X-Forwarded-Port": {"HTTP_X_FORWARDED_PORT": "99999999999999999999"},
        "X-Forwarded-Host": {"HTTP_X_FORWARDED_HOST": "evil.example"},
        "huge cookie": {"HTTP_COOKIE": "sessionid=" + "a" * 100_000},
        "many cookies": {"HTTP_COOKIE": "; ".join(f"c{n}=v" for n in range(2000))},
        "NUL in session key": {"HTTP_COOKIE": "sessionid=aaaaaaaa\x00bbbbbbbbbbbbbbbbbbbbbbbb"},
        "unicode session key": {"HTTP_COOKIE": "sessionid=éééééééééééééééééééééééééééééééé"},
        "NUL in csrftoken": {"HTTP_COOKIE": "csrftoken=aaaaaaaaaaaaaaaa\x00aaaaaaaaaaaaaaa"},
        "garbage cookie": {"HTTP_COOKIE": f"sessionid=\x00; csrftoken={INJECTIONS[0]}; ==;;="},
        "X-Forwarded-Proto list": {"HTTP_X_FORWARDED_PROTO": "https, http"},
        "X-Forwarded-Proto garbage": {"HTTP_X_FORWARDED_PROTO": f"javascript{INJECTIONS[0]}"},
        "X-Forwarded-For garbage": {"HTTP_X_FORWARDED_FOR": f"not-an-ip, {INJECTIONS[0]}, 999.1.1.1"},
        "X-Forwarded-For huge": {"HTTP_X_FORWARDED_FOR": ", ".join(["10.0.0.1"] * 3000)},
        "Accept json": {"HTTP_ACCEPT": "application/json"},
        "Accept garbage q": {"HTTP_ACCEPT": "text/html;q=abc, */*;q=-1;;;"},
        "Accept huge": {"HTTP_ACCEPT": ",".join(["text/html"] * 5000)},
        "Accept-Language garbage": {"HTTP_ACCEPT_LANGUAGE": f"xx-YY;q=abc, ../../, {INJECTIONS[0]}"},
        "Accept-Language huge": {"HTTP_ACCEPT_LANGUAGE": "en-US," * 5000},
        "Range one byte": {"HTTP_RANGE": "bytes=0-0"},
        "Range suffix": {"HTTP_RANGE": "bytes=-1"},
        "Range garbage": {"HTTP_RANGE": "bytes=abc-def"},
        "Range many": {"HTTP_RANGE": "bytes=" + ",".join(f"{n}-{n}" for n in range(2000))},
        "If-Modified-Since garbage": {"HTTP_IF_MODIFIED_SINCE": "yesterday\x00"},
        "If-None-Match garbage": {"HTTP_IF_NONE_MATCH": f'"{INJECTIONS[0]}", W/'},
        "User-Agent huge": {"HTTP_USER_AGENT": "Mozilla " * 10_000},
        "Referer script": {"HTTP_REFERER": f"javascript:{MARK}"},
        "Content-Type garbage on GET": {"CONTENT_TYPE": "multipart/form-data; boundary="},
    }
    for target in ["/", page, "/static/css/site.css"]:
        for label, headers in header_sets.items():
            add("header", f"{label} {target[:30]}", target, **headers)

    # --- Methods --------------------------------------------------------------------------------
    targets = ["/", page, "/treatments/", "/search/?q=massage", form, "/admin/login/", "/sitemap.xml", "/robots.txt"]
    targets += [f"/documents/{document.pk}/{document.filename}", "/static/css/site.css"]
    for method in ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "CONNECT", "PROPFIND", "FOO", "G\x00ET"]:
        for target in targets:
            add("method", f"{method!r} {target[:30]}", target, method=method)
    return cases
