"""Politeness-bound crawl: many hosts, each asking for a ``Crawl-delay``, crawled at once.

20 hosts on loopback (127.0.0.2 .. 127.0.0.21, a server each), every robots.txt saying
``Crawl-delay: 1``, every host with a feed of 30 new articles (``bench.sitegen`` pages, distinct
per host, ~3 KB each so that extraction is not the bound). One crawl of 20 feed sources with the default crawl settings (per-site and total
concurrency, download delay) runs in a child process into a fresh database.

A host is its address and port (what robots.txt covers), so the 20 hosts are paced apart: the
ideal wall time is the slowest host's serialized time, ``(its requests - 1) × Crawl-delay``
(robots.txt, the feed, the articles, one after another). The figure is the crawl's wall time
over that ideal (target ≤ 1.15×), with the smallest gap any host saw between two of its requests
(must be ≥ the Crawl-delay) as the politeness check.

    python -m bench.politeness [--hosts 20] [--articles 30] [--delay 1]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]


def short_page(site, n: int) -> bytes:
    """A ~3 KB article of ``site``'s article ``n`` (its title, date, six AI-news sentences): small,
    so that extraction stays far below the pace and the crawl is bound by the Crawl-delay."""
    import random

    from bench import sitegen

    title, rnd, lab, model = site._title(n)
    sentences = [f"{lab} said {model} is a {rnd.choice(sitegen.ADJS)} {rnd.choice(sitegen.NOUNS)} for "
                 f"{rnd.choice(sitegen.TOPICS)}, scoring {rnd.randint(40, 95)}.{rnd.randint(0, 9)}% on "
                 f"{rnd.choice(sitegen.BENCHMARKS)} in tests run in {rnd.choice(sitegen.CITIES)} (#{n}, {k})."
                 for k in range(12)]
    paras = "".join(f"<p>{' '.join(sentences[i:i + 2])}</p>" for i in range(0, 12, 2))
    date = site.published(n).isoformat()
    return (f"<!doctype html><html><head><title>{escape(title)}</title>"
            f'<meta property="og:type" content="article"><meta property="article:published_time" content="{date}">'
            f"</head><body><article><h1>{escape(title)}</h1>{paras}</article></body></html>").encode()


class Host(ThreadingHTTPServer):
    """One site: robots.txt with a Crawl-delay, /feed.xml, and its articles; logs request times."""

    daemon_threads = True

    def __init__(self, address: str, site, numbers: range, delay: float):
        super().__init__((address, 0), _Handler)
        self.url = f"http://{address}:{self.server_address[1]}"
        self.site, self.numbers, self.delay = site, numbers, delay
        self.pages = {site.path(n): short_page(site, n) for n in numbers}
        self.log: list[tuple[str, float]] = []
        self.lock = threading.Lock()

    def feed(self) -> bytes:
        items = "".join(
            f"<item><title>{escape(self.site._title(n)[0])}</title><link>{self.url}{self.site.path(n)}</link>"
            f"<pubDate>{format_datetime(self.site.published(n), usegmt=True)}</pubDate></item>"
            for n in self.numbers)
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Host {self.url}</title>'
                f"{items}</channel></rss>").encode()


class _Handler(BaseHTTPRequestHandler):
    server: Host
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.log.append((self.path, time.monotonic()))
        if self.path == "/robots.txt":
            body, ctype = f"User-agent: *\nCrawl-delay: {self.server.delay:g}\n".encode(), "text/plain"
        elif self.path == "/feed.xml":
            body, ctype = self.server.feed(), "application/rss+xml"
        elif self.path in self.server.pages:
            body, ctype = self.server.pages[self.path], "text/html; charset=utf-8"
        else:
            body, ctype = b"not found", "text/plain"
        self.send_response(200 if body != b"not found" else 404)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def child(spec_path: str) -> dict:
    """In the child process: crawl the sources of ``spec`` with the default crawl settings."""
    from pipeline.config import parse_config
    from pipeline.crawl import run as crawl_mod

    spec = json.loads(Path(spec_path).read_text())
    raw = {"modelwire": {"db": spec["db"], "allow_private": ["127.0.0.0/8"], "log_level": "WARNING"},
           "crawl": {"all_topics": True},
           "sources": [{"name": f"host-{i}", "kind": "feed", "urls": [u]} for i, u in enumerate(spec["feeds"])]}
    config = parse_config(raw, None)
    t0 = time.monotonic()
    result = crawl_mod.run(config, Path(spec["db"]), config.sources, progress=False, command="bench")
    return {"seconds": time.monotonic() - t0, "status": result.status, "totals": result.totals}


def run(hosts: int = 20, articles: int = 30, delay: float = 1.0) -> dict:
    from bench.sitegen import Site

    site = Site(hosts * articles)
    servers = [Host(f"127.0.0.{i + 2}", site, range(i * articles, (i + 1) * articles), delay)
               for i in range(hosts)]
    threads = [threading.Thread(target=s.serve_forever, daemon=True) for s in servers]
    for t in threads:
        t.start()
    try:
        with tempfile.TemporaryDirectory(prefix="mw-bench-polite-") as tmp:
            spec = Path(tmp) / "spec.json"
            spec.write_text(json.dumps({"db": str(Path(tmp) / "polite.db"),
                                        "feeds": [f"{s.url}/feed.xml" for s in servers]}))
            proc = subprocess.run([sys.executable, "-m", "bench.politeness", "--child", str(spec)], cwd=ROOT,
                                  capture_output=True, text=True, timeout=600)
            if proc.returncode != 0:
                raise RuntimeError(f"bench.politeness child failed:\n{proc.stderr[-3000:]}")
            res = json.loads(proc.stdout.strip().splitlines()[-1])
    finally:
        for s in servers:
            s.shutdown()
            s.server_close()
    per_host = [len(s.log) for s in servers]
    gaps = [b - a for s in servers for (_, a), (_, b) in zip(s.log, s.log[1:])]
    firsts = [s.log[0][1] for s in servers if s.log]
    lasts = [s.log[-1][1] for s in servers if s.log]
    ideal = (max(per_host) - 1) * delay
    stored = sum(res["totals"].get(k, 0) for k in ("new", "updated", "duplicate"))
    return {"hosts": hosts, "articles_per_host": articles, "crawl_delay": delay, "requests_per_host": per_host,
            "ideal_s": ideal, "wall_s": res["seconds"], "ratio": res["seconds"] / ideal,
            "served_span_s": max(lasts) - min(firsts), "min_gap_s": min(gaps), "stored": stored,
            "totals": res["totals"], "status": res["status"]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--hosts", type=int, default=20)
    ap.add_argument("--articles", type=int, default=30)
    ap.add_argument("--delay", type=float, default=1.0)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child)))
        return 0
    print(json.dumps(run(args.hosts, args.articles, args.delay), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
