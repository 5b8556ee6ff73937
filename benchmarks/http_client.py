"""The benchmarks' HTTP client: a visitor with a keep-alive connection and its own cookies.

It speaks plain HTTP as the TLS proxy in front of production would: it sends `X-Forwarded-Proto:
https`, so it keeps Secure cookies itself (Python's cookie jar would not send them over http), and it
can bind each connection to its own loopback source address (127.x.y.z) so per-client limits see
distinct visitors.
"""

import http.client
import re
import sys
import time
from urllib.parse import urlencode, urlsplit

# --- HTTP client -----------------------------------------------------------------------------------


class Response:
    def __init__(self, status, headers, body, seconds):
        self.status, self.headers, self.body, self.seconds = status, headers, body, seconds

    def header(self, name, default=""):
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return default

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


class Client:
    """One visitor: one keep-alive connection (reopened when the server closes it) and its cookies."""

    def __init__(self, base_url, source_address=None, timeout=60):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port or 80
        self.host_header = parts.netloc
        self.source_address = source_address
        self.timeout = timeout
        self.cookies = {}
        self.connection = None

    def _connect(self):
        source = (self.source_address, 0) if self.source_address else None
        self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout, source_address=source)

    def headers(self, extra=None):
        headers = {
            "Host": self.host_header,
            # What the TLS proxy in front of production adds; production redirects plain http.
            "X-Forwarded-Proto": "https",
            "User-Agent": "clinic-benchmark",
            "Accept": "text/html,application/xhtml+xml,*/*;q=0.8",
            "Accept-Encoding": "gzip, br",
        }
        if self.source_address:
            headers["X-Forwarded-For"] = self.source_address
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        headers.update(extra or {})
        return headers

    def request(self, method, path, body=None, headers=None, retry=True):
        if self.connection is None:
            self._connect()
        fresh = self.connection.sock is None
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=self.headers(headers))
            response = self.connection.getresponse()
            data = response.read()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.close()
            # A kept-alive connection the server closed while idle: resend once on a new one, as browsers do.
            # Never for a POST (it may have arrived) and never when the connection was new.
            if retry and not fresh and method in ("GET", "HEAD"):
                return self.request(method, path, body, headers, retry=False)
            raise
        seconds = time.perf_counter() - started
        for key, value in response.getheaders():
            if key.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        if response.will_close:
            self.close()
        return Response(response.status, response.getheaders(), data, seconds)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post_form(self, path, fields, referer_path=None):
        """POST urlencoded fields (a list of pairs) with the Origin and Referer a browser on https sends."""
        origin = f"https://{self.host_header}"
        body = urlencode(fields).encode()
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": origin,
            "Referer": origin + (referer_path or path),
        }
        return self.request("POST", path, body=body, headers=headers)

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def is_loopback(base_url):
    host = urlsplit(base_url).hostname or ""
    return host == "localhost" or host.startswith("127.")


def loopback_address(index, run_octet):
    """A distinct 127.0.0.0/8 address per client; Linux routes the whole block to the loopback interface."""
    return f"127.{run_octet}.{index // 250}.{index % 250 + 1}"


# --- Site discovery --------------------------------------------------------------------------------


def treatment_paths(client):
    """Every live treatment page, from the sitemap (so it also works against a running site)."""
    response = client.get("/sitemap.xml")
    if response.status != 200:
        sys.exit(f"/sitemap.xml answered {response.status}")
    paths = [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", response.text)]
    return sorted(p for p in paths if re.fullmatch(r"/treatments/[^/]+/", p))
