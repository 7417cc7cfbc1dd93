"""Serve the bundled offline demo site: three fictional AI-news outlets on random local ports.

    python -m pipeline.demo.server [--revision 2] [--host 127.0.0.1]

Standard library only. See pipeline/demo/README.md for the file layout and revision rules.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import mimetypes
import posixpath
import threading
import time
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

DEFAULT_ROOT = Path(__file__).resolve().parent / "site"
OUTLETS = ("tokenwise", "frontier-ledger", "openweights-lab")
PLACEHOLDERS = {
    "tokenwise": b"__BASE_TOKENWISE__",
    "frontier-ledger": b"__BASE_FRONTIER_LEDGER__",
    "openweights-lab": b"__BASE_OPENWEIGHTS_LAB__",
}
TEXT_SUFFIXES = {".html", ".htm", ".xml", ".txt", ".atom", ".rss", ".json", ".css", ".js", ".svg"}
TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".xml": "application/xml",
    ".atom": "application/atom+xml",
    ".rss": "application/rss+xml",
    ".txt": "text/plain",
    ".json": "application/json",
    ".css": "text/css",
    ".js": "text/javascript",
    ".svg": "image/svg+xml",
}
FALLBACK_DATE = datetime(2025, 10, 1, 8, 0, tzinfo=timezone.utc)
REVISIONS = (1, 2)


def _v2_name(p: Path) -> Path:
    return p.with_name(f"{p.stem}.v2{p.suffix}")


def _is_revision_file(p: Path) -> bool:
    return ".v2" in p.suffixes


class DemoSite:
    """Run the three demo outlets, each on its own ThreadingHTTPServer (port 0) in a daemon thread."""

    def __init__(self, root: str | Path | None = None, revision: int = 1, host: str = "127.0.0.1"):
        self.root = Path(root) if root else DEFAULT_ROOT
        self.host = host
        self._revision = 1
        self.set_revision(revision)
        self._servers: dict[str, ThreadingHTTPServer] = {}
        self._threads: list[threading.Thread] = []
        self._bases: dict[str, str] = {}
        self._lock = threading.Lock()
        self._requests: list[tuple[str, str, str, int]] = []
        lm = self.root / "lastmod.json"
        self._lastmod: dict = json.loads(lm.read_text(encoding="utf-8")) if lm.exists() else {}

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> dict[str, str]:
        if self._servers:
            return self.bases
        for outlet in OUTLETS:
            handler = type(f"Handler_{outlet.replace('-', '_')}", (_Handler,), {"site": self, "outlet": outlet})
            srv = ThreadingHTTPServer((self.host, 0), handler)
            srv.daemon_threads = True
            self._servers[outlet] = srv
            host, port = srv.server_address[:2]
            h = f"[{host}]" if ":" in host else host
            self._bases[outlet] = f"http://{h}:{port}"
        for outlet, srv in self._servers.items():
            t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05},
                                 name=f"demo-{outlet}", daemon=True)
            t.start()
            self._threads.append(t)
        return self.bases

    def stop(self) -> None:
        for srv in self._servers.values():
            srv.shutdown()
            srv.server_close()
        for t in self._threads:
            t.join(timeout=5)
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> "DemoSite":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- state -----------------------------------------------------------------------------------
    @property
    def bases(self) -> dict[str, str]:
        return dict(self._bases)

    @property
    def revision(self) -> int:
        return self._revision

    def set_revision(self, n: int) -> None:
        if n not in REVISIONS:
            raise ValueError(f"revision must be one of {REVISIONS}, not {n!r}")
        self._revision = n

    @property
    def requests(self) -> list[tuple[str, str, str, int]]:
        """Snapshot of ``(outlet, method, path_with_query, status)`` for every request so far."""
        with self._lock:
            return list(self._requests)

    def reset_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def _record(self, outlet: str, method: str, path: str, status: int) -> None:
        with self._lock:
            self._requests.append((outlet, method, path, status))

    def url(self, outlet: str, path: str = "/") -> str:
        return self._bases[outlet] + path

    # -- files -----------------------------------------------------------------------------------
    def resolve(self, outlet: str, url_path: str) -> tuple[Path | None, str | None]:
        """Map a URL path (query ignored) to ``(file, logical_relpath)``; ``(None, redirect)`` for a
        directory without trailing slash; ``(None, None)`` when nothing is served."""
        base = (self.root / outlet).resolve()
        path = unquote(urlsplit(url_path).path) or "/"
        if "\x00" in path:
            return None, None
        norm = posixpath.normpath(path)
        if norm.startswith("..") or "/../" in f"{norm}/":
            return None, None
        rel = norm.lstrip("/")
        rel = "" if rel == "." else rel
        rev = self._revision
        if path.endswith("/") or rel == "":
            candidates = [f"{rel}/index.html" if rel else "index.html", f"{rel}/index.xml" if rel else "index.xml"]
        else:
            candidates = [rel]
        for cand in candidates:
            p = base / cand
            if not p.resolve().is_relative_to(base) or _is_revision_file(p):
                return None, None
            if rev >= 2 and _v2_name(p).is_file():
                return _v2_name(p), cand
            if p.is_file():
                return p, cand
        if not path.endswith("/") and rel:
            d = base / rel
            if d.is_dir() and any((d / n).is_file() or (rev >= 2 and _v2_name(d / n).is_file())
                                  for n in ("index.html", "index.xml")):
                return None, path + "/"
        return None, None

    def last_modified(self, outlet: str, rel: str) -> datetime:
        iso = self._lastmod.get(str(self._revision), {}).get(f"{outlet}/{rel}")
        if not iso:
            return FALLBACK_DATE
        return datetime.fromisoformat(iso).astimezone(timezone.utc).replace(microsecond=0)

    def substitute(self, data: bytes, outlet: str) -> bytes:
        """Replace ``__BASE__`` (own origin) and ``__BASE_<OUTLET>__`` at the byte level."""
        if b"__BASE" not in data:
            return data
        data = data.replace(b"__BASE__", self._bases[outlet].encode("ascii"))
        for outlet, ph in PLACEHOLDERS.items():
            if outlet in self._bases:
                data = data.replace(ph, self._bases[outlet].encode("ascii"))
        return data


class _Handler(BaseHTTPRequestHandler):
    site: DemoSite
    outlet: str
    server_version = "DemoSite/1.0"
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # silence default stderr logging
        pass

    def do_GET(self):
        self._serve(head=False)

    def do_HEAD(self):
        self._serve(head=True)

    def _send_empty(self, status: int, headers: dict[str, str] | None = None, head=False, body: bytes = b""):
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        # record before the body goes out, so a client that has read the response sees the record
        self.site._record(self.outlet, self.command, self.path, status)
        self.end_headers()
        if body and not head:
            self.wfile.write(body)

    def _serve(self, head: bool):
        site = self.site
        file, rel = site.resolve(self.outlet, self.path)
        if file is None and rel:
            loc = site._bases[self.outlet] + rel
            q = urlsplit(self.path).query
            self._send_empty(301, {"Location": loc + (f"?{q}" if q else "")}, head)
            return
        if file is None:
            self._send_empty(404, {"Content-Type": "text/html; charset=utf-8"}, head,
                             b"<!doctype html><title>404 Not Found</title><h1>Not Found</h1>\n")
            return
        data = file.read_bytes()
        suffix = Path(rel).suffix.lower()
        if suffix in TEXT_SUFFIXES:
            data = site.substitute(data, self.outlet)
        ctype = TYPES.get(suffix) or mimetypes.guess_type(rel)[0] or "application/octet-stream"
        if suffix == ".xml" and b"<rss" in data[:400]:
            ctype = "application/rss+xml"
        if suffix in TEXT_SUFFIXES:
            try:
                data.decode("utf-8")
                ctype += "; charset=utf-8"
            except UnicodeDecodeError:
                pass  # legacy page: charset only declared in its <meta>
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        lm = site.last_modified(self.outlet, rel)
        headers = {
            "ETag": etag,
            "Last-Modified": format_datetime(lm, usegmt=True),
            "Cache-Control": "no-cache",
        }
        if self._not_modified(etag, lm):
            self._send_empty(304, headers, head=True)
            return
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for k, v in headers.items():
            self.send_header(k, v)
        site._record(self.outlet, self.command, self.path, 200)
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def _not_modified(self, etag: str, lm: datetime) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = [t.strip() for t in inm.split(",")]
            return "*" in tags or any(t.removeprefix("W/") == etag for t in tags)
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                since = parsedate_to_datetime(ims)
            except (TypeError, ValueError, IndexError):
                return False
            if since.tzinfo is None:
                since = since.replace(tzinfo=timezone.utc)
            return lm <= since
        return False


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Serve the modelwire offline demo site.")
    ap.add_argument("--revision", type=int, default=1, choices=REVISIONS)
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--root", default=None, help="site directory (default: the bundled one)")
    args = ap.parse_args(argv)
    site = DemoSite(root=args.root, revision=args.revision, host=args.host)
    bases = site.start()
    print(f"modelwire demo site, revision {site.revision} (Ctrl-C to stop)")
    for outlet, base in bases.items():
        print(f"  {outlet:16s} {base}/")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        site.stop()


if __name__ == "__main__":
    main()
