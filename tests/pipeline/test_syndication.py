"""Copies across outlets, end to end: real crawls (the CLI, in subprocesses) of two local outlets.

Outlet "echo" republishes outlet "wire"'s story with its own intro and boilerplate, and also
carries a page whose rel=canonical claims a "wire" article it did not write (a hijack attempt)
and a teaser behind a declared paywall. "echo" is crawled first, then both.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

STORY = [
    "DeepSeek released V3.2 on Monday, a mixture-of-experts model whose sparse attention keeps the cost "
    "of long prompts close to flat as the context grows.",
    "The lab says the model matches the best closed systems on competition mathematics and trails them "
    "slightly on agentic coding, while serving tokens at a fraction of their price.",
    "Weights are published under the MIT licence, and a technical report describes how the attention "
    "indexer picks which earlier tokens each query may read.",
    "Independent testers were quick to check the claims: early runs on public leaderboards put the model "
    "among the strongest open releases of the year, though some warned that scores on older benchmarks "
    "may be inflated by training data that overlaps the tests.",
    "A second variant aimed at long reasoning sessions is available only through the API for now, and the "
    "company says it will decide later whether to open its weights too.",
]
QWEN = [
    "Alibaba's Qwen team published a small coding model that runs on a laptop and still solves most of "
    "the easy problems in the usual test suites.",
    "The release notes stress tool use: the model can call a shell, read the results and retry, which the "
    "team says matters more for daily work than raw benchmark points.",
    "Pricing for the hosted version was cut by half the same day, and the weights come with a permissive "
    "licence that allows commercial use without asking first.",
    "Developers who tried it over the weekend reported that it handles long files well but sometimes "
    "invents library functions, a weakness the team says the next update addresses.",
]


def page(title: str, paras: list[str], *, canonical: str | None = None, published: str, head: str = "") -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<!doctype html><html><head><title>{title}</title>{link}{head}"
            f'<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{published}"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>").encode()


def feed(base: str, items: list[tuple[str, str, str]]) -> bytes:
    xml = "".join(f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
                  for p, t, d in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>{base}/</link>'
            f"{xml}</channel></rss>").encode()


class Outlet:
    """One outlet on its own port: a dict of path -> (content type, body)."""

    def __init__(self):
        self.pages: dict[str, tuple[str, bytes]] = {}
        outlet = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                ctype, body = outlet.pages.get(self.path, ("text/plain", b""))
                self.send_response(200 if self.path in outlet.pages else 404)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def html(self, path: str, body: bytes) -> None:
        self.pages[path] = ("text/html; charset=utf-8", body)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("syndication")
    wire, echo = Outlet(), Outlet()
    original = f"{wire.base}/2025/12/01/deepseek-v32"
    wire.html("/2025/12/01/deepseek-v32", page("DeepSeek ships V3.2", STORY, published="2025-12-01T08:00:00Z"))
    wire.html("/2025/12/02/qwen-coder", page("Qwen's laptop coder", QWEN, published="2025-12-02T09:00:00Z"))
    wire.pages["/feed.xml"] = ("application/rss+xml", feed(wire.base, [
        ("/2025/12/01/deepseek-v32", "DeepSeek ships V3.2", "Mon, 01 Dec 2025 08:00:00 GMT"),
        ("/2025/12/02/qwen-coder", "Qwen's laptop coder", "Tue, 02 Dec 2025 09:00:00 GMT")]))
    copy = [f"This story was first published by Wire and is republished here with permission. {STORY[0]}",
            *STORY[1:], "Sign up for the Echo newsletter to get stories like this one every morning, and "
            "follow us on the usual networks for the rest of the day's news about artificial intelligence."]
    echo.html("/news/deepseek-copy", page("DeepSeek V3.2 is here", copy, canonical=f"{echo.base}/news/deepseek-copy",
                                         published="2025-12-01T14:00:00Z"))
    fake = ["Readers who want cheaper model access should click our partner links today, because this offer "
            "for discounted tokens ends soon and every reader of this page qualifies for the lowest rate."] * 6
    echo.html("/news/fake", page("Cheap tokens", fake, canonical=f"{wire.base}/2025/12/02/qwen-coder",
                                 published="2025-12-01T10:00:00Z"))
    teaser = STORY[:1] + ["Subscribe to read the rest of this analysis."]
    echo.html("/news/locked", page("What V3.2 means for pricing", teaser, published="2025-12-01T16:00:00Z",
                                   head='<meta property="article:content_tier" content="locked">'))
    echo.pages["/feed.xml"] = ("application/rss+xml", feed(echo.base, [
        ("/news/deepseek-copy", "DeepSeek V3.2 is here", "Mon, 01 Dec 2025 14:00:00 GMT"),
        ("/news/fake", "Cheap tokens", "Mon, 01 Dec 2025 10:00:00 GMT"),
        ("/news/locked", "What V3.2 means for pricing", "Mon, 01 Dec 2025 16:00:00 GMT")]))

    def crawl(sources: list[tuple[str, str]]) -> None:
        config = tmp / "modelwire.toml"
        config.write_text('[modelwire]\ndb = "mw.db"\nallow_private = ["127.0.0.1"]\n\n'
                          '[crawl]\ndownload_delay = 0\ntimeout = "5s"\nall_topics = true\n\n' + "".join(
                              f'[[sources]]\nname = "{n}"\nkind = "feed"\nurls = ["{u}/feed.xml"]\n\n'
                              for n, u in sources))
        proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "--config", str(config), "crawl"],
                              capture_output=True, text=True, cwd=tmp, timeout=120)
        assert proc.returncode == 0, proc.stderr[-3000:]

    crawl([("echo", echo.base)])                       # the copy and the hijack attempt come first
    conn = sqlite3.connect(tmp / "mw.db")
    before = conn.execute("SELECT url FROM articles ORDER BY url").fetchall()
    crawl([("echo", echo.base), ("wire", wire.base)])
    yield {"conn": conn, "wire": wire.base, "echo": echo.base, "original": original, "before": before}
    conn.close()
    wire.server.shutdown()
    echo.server.shutdown()


def test_syndicated_copy_with_another_intro_is_one_article_kept_by_the_original(crawled):
    conn, echo = crawled["conn"], crawled["echo"]
    assert (f"{echo}/news/deepseek-copy",) in crawled["before"]  # stored on its own while alone
    rows = conn.execute("SELECT id, url, source, title FROM articles WHERE text LIKE '%sparse attention%'"
                        " AND paywalled = 0").fetchall()
    assert len(rows) == 1
    aid, url, source, title = rows[0]
    assert (url, source, title) == (crawled["original"], "wire", "DeepSeek ships V3.2")
    urls = dict(conn.execute("SELECT url, relation FROM article_urls WHERE article_id = ?", (aid,)).fetchall())
    assert urls == {crawled["original"]: "primary", f"{echo}/news/deepseek-copy": "duplicate"}


def test_canonical_naming_another_site_does_not_take_its_article(crawled):
    conn, wire, echo = crawled["conn"], crawled["wire"], crawled["echo"]
    by_url = dict(conn.execute("SELECT url, title FROM articles").fetchall())
    assert by_url[f"{wire}/2025/12/02/qwen-coder"] == "Qwen's laptop coder"
    assert by_url[f"{echo}/news/fake"] == "Cheap tokens"
    owner = conn.execute("SELECT a.url FROM article_urls u JOIN articles a ON a.id = u.article_id "
                         "WHERE u.url = ?", (f"{wire}/2025/12/02/qwen-coder",)).fetchone()
    assert owner == (f"{wire}/2025/12/02/qwen-coder",)


def test_declared_paywall_teaser_is_flagged(crawled):
    rows = crawled["conn"].execute("SELECT url, paywalled FROM articles WHERE title LIKE 'What V3.2%'").fetchall()
    assert rows == [(f"{crawled['echo']}/news/locked", 1)]
