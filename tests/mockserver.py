"""A local HTTP server for the spider tests: the fixture site plus routes that misbehave.

Serves ``tests/data/site/`` (``{{BASE}}`` in text files becomes the server's base URL;
``x.gz`` that does not exist is ``x`` gzipped; ``dir/`` serves ``dir/index.html``), with
ETag / Last-Modified and 304 answers. Misbehaving routes:

  /status/<code>            that status, small HTML body
  /retry-after/<seconds>    429 with Retry-After the first time (per path and query), then an article
  /slow/<seconds>           waits, then an article
  /redirect/<n>             302 chain of n hops ending at an article
  /redirect-loop            302 to /redirect-loop-b, which redirects back
  /redirect-to?url=U        302 to U
  /pdf                      application/pdf
  /huge                     200 KB of HTML
  /calendar/<yyyy-mm>       a month page whose "Older" link is the previous month, forever

Every request is recorded in ``server.log`` as ``{"path", "method", "headers" (lower-cased
names), "time"}``.

Run ``python tests/mockserver.py`` to serve on a free port; it prints the base URL.
"""
from __future__ import annotations

import gzip
import hashlib
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

SITE = Path(__file__).parent / "data" / "site"
LAST_MODIFIED = "Wed, 01 May 2024 00:00:00 GMT"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".rdf": "application/rdf+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain; charset=utf-8",
    ".gz": "application/x-gzip",
}
ARTICLE = (
    "<!doctype html><html><head><title>{title}</title>"
    '<meta property="og:type" content="article"></head>'
    "<body><article><h1>{title}</h1><p>Generated article body for {title}.</p></article></body></html>"
)


class Handler(BaseHTTPRequestHandler):
    server: MockServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:   # keep pytest output clean
        pass

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        self.server.record(self)
        path = urlsplit(self.path).path
        for pattern, handler in ROUTES:
            match = re.fullmatch(pattern, path)
            if match:
                return handler(self, *match.groups())
        return self.static(path)

    # -- helpers --------------------------------------------------------------
    def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
             headers: dict | None = None) -> None:
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if status != 304 else 0))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD" and status != 304:
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    def article(self, title: str) -> None:
        self.send(200, ARTICLE.format(title=title).encode())

    def static(self, path: str) -> None:
        rel = path.lstrip("/")
        target = SITE / rel
        gz = False
        if path.endswith("/") or not rel:
            target = target / "index.html"
        elif not target.exists() and rel.endswith(".gz") and (SITE / rel[:-3]).is_file():
            target, gz = SITE / rel[:-3], True
        try:
            target.resolve().relative_to(SITE.resolve())
        except ValueError:
            return self.send(403, b"forbidden")
        if not target.is_file():
            return self.send(404, b"<html><body>not found</body></html>")
        body = target.read_bytes()
        ctype = CONTENT_TYPES.get(target.suffix, "application/octet-stream")
        if ctype.startswith(("text/", "application/")) and b"{{BASE}}" in body:
            body = body.replace(b"{{BASE}}", self.server.url.encode())
        if gz:
            body = gzip.compress(body, mtime=0)
            ctype = CONTENT_TYPES[".gz"]
        etag = '"%s"' % hashlib.md5(body).hexdigest()
        validators = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if (inm and etag in [t.strip() for t in inm.split(",")]) or (not inm and ims == LAST_MODIFIED):
            return self.send(304, headers=validators)
        self.send(200, body, ctype, validators)


def r_status(h: Handler, code: str) -> None:
    h.send(int(code), f"<html><body>status {code}</body></html>".encode())


def r_retry_after(h: Handler, seconds: str) -> None:
    with h.server.lock:
        first = h.path not in h.server.state
        h.server.state[h.path] = True
    if first:
        return h.send(429, b"<html><body>slow down</body></html>", headers={"Retry-After": seconds})
    h.article(f"Retried after {seconds}")


def r_slow(h: Handler, seconds: str) -> None:
    time.sleep(float(seconds))
    h.article(f"Slow {seconds}")


def r_redirect(h: Handler, n: str) -> None:
    if int(n) <= 0:
        return h.article("Redirect target")
    h.send(302, b"", headers={"Location": f"/redirect/{int(n) - 1}"})


def r_redirect_loop(h: Handler, suffix: str) -> None:
    h.send(302, b"", headers={"Location": "/redirect-loop" if suffix else "/redirect-loop-b"})


def r_redirect_to(h: Handler) -> None:
    target = parse_qs(urlsplit(h.path).query).get("url", ["/"])[0]
    h.send(302, b"", headers={"Location": target})


def r_pdf(h: Handler) -> None:
    h.send(200, b"%PDF-1.4\n% fake pdf\n" + b"0" * 100 + b"\n%%EOF\n", "application/pdf")


def r_huge(h: Handler) -> None:
    filler = "<p>" + "lorem ipsum dolor sit amet " * 40 + "</p>\n"
    body = ("<!doctype html><html><head><title>Huge</title></head><body><article>"
            + filler * 200 + "</article></body></html>").encode()
    h.send(200, body)


def r_calendar(h: Handler, year: str, month: str) -> None:
    y, m = int(year), int(month)
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    body = (
        f"<!doctype html><html><head><title>Calendar {y}-{m:02d}</title></head><body>"
        f"<h1>Events {y}-{m:02d}</h1>"
        f'<a rel="next" href="/calendar/{py}-{pm:02d}">Older</a></body></html>'
    )
    h.send(200, body.encode())


ROUTES = [
    (r"/status/(\d{3})", r_status),
    (r"/retry-after/(\d+)", r_retry_after),
    (r"/slow/([\d.]+)", r_slow),
    (r"/redirect/(\d+)", r_redirect),
    (r"/redirect-loop(-b)?", r_redirect_loop),
    (r"/redirect-to", r_redirect_to),
    (r"/pdf", r_pdf),
    (r"/huge", r_huge),
    (r"/calendar/(\d{4})-(\d{2})/?", r_calendar),
]


class MockServer(ThreadingHTTPServer):
    """``with MockServer() as server: server.url ...``; ``server.log`` lists the requests."""

    daemon_threads = True

    def __init__(self, host: str = "127.0.0.1", port: int = 0):
        super().__init__((host, port), Handler)
        self.url = f"http://{host}:{self.server_address[1]}"
        self.log: list[dict] = []
        self.state: dict[str, bool] = {}
        self.lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def record(self, h: Handler) -> None:
        entry = {
            "path": h.path,
            "method": h.command,
            "headers": {k.lower(): v for k, v in h.headers.items()},
            "time": time.time(),
        }
        with self.lock:
            self.log.append(entry)

    def requests(self, path: str | None = None, since: int = 0) -> list[dict]:
        with self.lock:
            entries = self.log[since:]
        return [e for e in entries if path is None or e["path"] == path]

    def start(self) -> MockServer:
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":
    server = MockServer()
    print(server.url, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    sys.exit(0)
