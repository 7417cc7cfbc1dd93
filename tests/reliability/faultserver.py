"""A fault-injection HTTP server for the reliability tests (127.0.0.x only).

Every article is generated from its slug (``article_parts(slug)``), so a test knows the exact
text each stored article must have. Routes (``<slug>`` names the article served in the end):

  /a/<slug>                       a good article (UTF-8)
  /private/<slug>                 a good article, but robots.txt disallows /private/
  /slowok/<slug>                  a good article after FAULT_DELAY seconds (for kill -9 tests)
  /flaky/<n>/<slug>               500, 503, 500, ... for the first n hits, then the article
  /retry503/<slug>                503 with Retry-After: 1 the first time, then the article
  /r429/<slug>                    429 with Retry-After: 1 the first time, then the article
  /always/<code>/<slug>           always that status (503 without Retry-After, 404, ...)
  /reset/<n>/<slug>               TCP reset (no answer) for the first n hits, then the article
  /slow/<seconds>/<slug>          answers after <seconds> (past the crawl timeout)
  /truncated/<slug>               Content-Length twice what is sent, then the connection closes
  /redirect/<n>/<slug>            302 chain of n hops ending at /a/<slug>
  /loop/a, /loop/b                302 to each other
  /redirect-to?url=U              302 to U (any scheme, any host)
  /pdf/<slug>, /png/<slug>        a PDF / PNG at an article URL
  /big/<slug>                     20 MB HTML page with Content-Length
  /big-stream/<slug>              20 MB HTML page without Content-Length (read until close)
  /gzipbomb/<slug>                256 MB of zeros gzipped to ~250 KB, Content-Encoding: gzip
  /nested/<slug>                  the article inside 20,000 nested <div>s
  /unclosed/<slug>                the article with unclosed <p>, <div>, <b> and a cut-off comment
  /charset/<variant>/<slug>       legacy or broken encodings, see CHARSET_VARIANTS
  /feeds/<name>.xml               RSS feed listing FEEDS[name] (paths or absolute URLs)
  /malformed-feed.xml             RSS with an unclosed element, bad entities, junk at the end
  /huge-feed.xml                  5,000 items (700 KB) cycling over 3 articles
  /garbage-feed.xml               random bytes served as application/rss+xml
  /sitemap-loop-a.xml             sitemap index -> loop-b; loop-b -> loop-a and a urlset
  /sitemap-urls.xml               urlset of 2 articles
  /sitemap-malformed.xml          urlset cut off in the middle, with one complete entry
  /sitemap-huge.xml               60,000 <url> entries cycling over 3 articles
  /calendar/<yyyy-mm>             listing page with one dated article and an "Older" link forever
  /robots.txt                     Disallow: /private/ (or ``server.robots``, e.g. with a Crawl-delay)
  /blog/                          a home page linking its feed (/blog/feed.xml, BLOG_FEED articles) and
                                  a listing paginated four ways: a.next, a numbered link, <link rel=next>,
                                  ?page=N; older articles (BLOG_ARCHIVE) are in the listing pages only
  /ldbomb/<slug>                  the article with a JSON-LD block nested 100,000 deep
  /baddates-feed.xml              RSS (ETag, Last-Modified) whose dates include 0000-00-00 and a year
                                  9999 west of UTC, between good entries (bd-1 .. bd-4)
  /baddates-sitemap.xml           urlset with the same bad lastmods (bdm-1 .. bdm-3)

Every request is logged in ``server.log`` as ``(path, time)``; ``server.hits(prefix)``. Every answer
closes its connection, so that client-side retries on reused connections cannot blur hit counts.
"""
from __future__ import annotations

import hashlib
import io
import random
import re
import socket
import struct
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from email.utils import formatdate
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

FAULT_DELAY = 0.0   # seconds; /slowok/ articles wait this long (set per server: server.delay)

_SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "vas", "zel", "or", "pin", "qua", "sto", "bre", "fy", "dun",
              "gar", "hex", "jo", "nim", "pra", "wex", "yul", "cor", "dax", "ell", "fro", "gim"]

# variant -> (text added to the article, encoding of the bytes, Content-Type header, <meta> charset or None)
CHARSET_VARIANTS = {
    # windows-1252 with no declaration anywhere
    "cp1252-undeclared": ("Le modèle coûte 5 € — “naïve” façade, déjà vu.", "cp1252", "text/html", None),
    # windows-1252 bytes, but the HTTP header claims UTF-8
    "cp1252-as-utf8": ("Le modèle coûte 5 € — “naïve” façade, déjà vu.", "cp1252", "text/html; charset=utf-8", None),
    # GBK bytes declared as GB2312 (a subset) in <meta> only
    "gbk-meta-gb2312": ("人工智能模型在新的基准测试中取得了最高分数。", "gbk", "text/html", "gb2312"),
    # GBK bytes with no declaration
    "gbk-undeclared": ("人工智能模型在新的基准测试中取得了最高分数。", "gbk", "text/html", None),
    # Shift_JIS declared in <meta>
    "sjis-meta": ("人工知能モデルが新しいベンチマークで最高得点を記録しました。", "shift_jis", "text/html", "shift_jis"),
    # Shift_JIS bytes with no declaration
    "sjis-undeclared": ("人工知能モデルが新しいベンチマークで最高得点を記録しました。", "shift_jis", "text/html", None),
    # UTF-8 declared in the header, with invalid byte sequences in the middle of the text
    "invalid-utf8": ("Le modèle coûte 5 € — “naïve” façade.", "utf-8", "text/html; charset=utf-8", None),
}
INVALID_UTF8 = b"\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc"


def words(slug: str, n: int) -> str:
    rng = random.Random(hashlib.sha256(slug.encode()).digest())
    return " ".join("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(n))


def article_parts(slug: str) -> tuple[str, list[str]]:
    """(title, paragraphs) of the article named ``slug``; distinct texts for distinct slugs."""
    title = f"Model report {slug}"
    paragraphs = [
        f"The AI lab behind the {slug} language model published benchmark results on Tuesday.",
        f"{words(slug + '/1', 40).capitalize()}.",
        f"{words(slug + '/2', 40).capitalize()}.",
        f"Researchers said the model scored well on reasoning benchmarks, reference {slug}.",
    ]
    return title, paragraphs


def article_html(slug: str, extra: str = "", meta_charset: str | None = None, wrap: tuple[str, str] = ("", ""),
                 unclosed: bool = False) -> str:
    title, paras = article_parts(slug)
    if extra:
        paras = paras[:1] + [extra] + paras[1:]
    head = f'<meta charset="{meta_charset}">' if meta_charset else ""
    if unclosed:
        body = "".join(f"<p>{p}" for p in paras) + "<div><b>"
        tail = "<!-- never closed"
    else:
        body = "".join(f"<p>{p}</p>" for p in paras)
        tail = "</body></html>"
    return (
        f"<!doctype html><html><head>{head}<title>{title}</title>"
        '<meta property="og:type" content="article">'
        f'<meta name="author" content="Test Author"><meta property="article:published_time" '
        f'content="2025-11-03T10:00:00Z"></head><body>{wrap[0]}<article><h1>{title}</h1>{body}'
        f"{'' if unclosed else '</article>'}{wrap[1]}{tail}"
    )


def charset_expected(variant: str, slug: str) -> list[str]:
    extra = CHARSET_VARIANTS[variant][0]
    return [extra] + article_parts(slug)[1]


def _gzip_bomb(size: int = 256 * 1024 * 1024) -> bytes:
    out = io.BytesIO()
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\0" * (1024 * 1024)
    for _ in range(size // len(chunk)):
        out.write(comp.compress(chunk))
    out.write(comp.flush())
    return out.getvalue()


class Handler(BaseHTTPRequestHandler):
    server: FaultServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        self.server.record(path)
        for pattern, handler in ROUTES:
            m = re.fullmatch(pattern, path)
            if m:
                try:
                    return handler(self, *m.groups())
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True
                    return
        self.send(404, b"<html><body>not found</body></html>")

    def send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
             headers: dict | None = None, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        # One request per connection: an HTTP client transparently retries a request whose
        # reused keep-alive connection drops, which would blur the per-path hit counts.
        self.send_header("Connection", "close")
        self.close_connection = True
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def article(self, slug: str, **kw) -> None:
        self.send(200, article_html(slug, **kw).encode("utf-8"))

    def hit(self) -> int:
        """How many times this exact path was requested before (0 the first time)."""
        with self.server.lock:
            n = self.server.counts.get(self.path, 0)
            self.server.counts[self.path] = n + 1
        return n

    def reset(self) -> None:
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()


def r_article(h: Handler, slug: str) -> None:
    h.article(slug)


def r_slowok(h: Handler, slug: str) -> None:
    time.sleep(h.server.delay)
    h.article(slug)


def r_flaky(h: Handler, n: str, slug: str) -> None:
    k = h.hit()
    if k < int(n):
        return h.send(500 if k % 2 == 0 else 503, b"<html><body>oops</body></html>")
    h.article(slug)


def r_retry503(h: Handler, slug: str) -> None:
    if h.hit() == 0:
        return h.send(503, b"<html><body>busy</body></html>", headers={"Retry-After": "1"})
    h.article(slug)


def r_429(h: Handler, slug: str) -> None:
    if h.hit() == 0:
        return h.send(429, b"<html><body>slow down</body></html>", headers={"Retry-After": "1"})
    h.article(slug)


def r_always(h: Handler, code: str, slug: str) -> None:
    h.send(int(code), f"<html><body>status {code} for {slug}</body></html>".encode())


def r_reset(h: Handler, n: str, slug: str) -> None:
    if h.hit() < int(n):
        return h.reset()
    h.article(slug)


def r_slow(h: Handler, seconds: str, slug: str) -> None:
    time.sleep(float(seconds))
    h.article(slug)


def r_truncated(h: Handler, slug: str) -> None:
    body = article_html(slug).encode()
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(len(body) * 2))
    h.end_headers()
    h.wfile.write(body)
    h.wfile.flush()
    h.close_connection = True
    h.connection.shutdown(socket.SHUT_RDWR)


def r_redirect(h: Handler, n: str, slug: str) -> None:
    n_ = int(n)
    h.send(302, b"", headers={"Location": f"/redirect/{n_ - 1}/{slug}" if n_ > 1 else f"/a/{slug}"})


def r_loop(h: Handler, which: str) -> None:
    h.send(302, b"", headers={"Location": "/loop/b" if which == "a" else "/loop/a"})


def r_redirect_to(h: Handler) -> None:
    target = parse_qs(urlsplit(h.path).query).get("url", ["/"])[0]
    h.send(302, b"", headers={"Location": target})


def r_pdf(h: Handler, slug: str) -> None:
    h.send(200, b"%PDF-1.4\n% " + slug.encode() + b"\n" + b"0" * 200 + b"\n%%EOF\n", "application/pdf")


def r_png(h: Handler, slug: str) -> None:
    h.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 200, "image/png")


BIG = 20 * 1024 * 1024


def _big_chunks(slug: str):
    yield article_html(slug).replace("</body></html>", "").encode()
    filler = ("<p>" + words(slug, 150) + "</p>\n").encode()
    sent = 0
    while sent < BIG:
        yield filler
        sent += len(filler)


def r_big(h: Handler, slug: str) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(BIG + 100_000))
    h.end_headers()
    for chunk in _big_chunks(slug):
        h.wfile.write(chunk)
    h.close_connection = True


def r_big_stream(h: Handler, slug: str) -> None:
    h.protocol_version = "HTTP/1.0"   # body ends when the connection closes
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Connection", "close")
    h.end_headers()
    for chunk in _big_chunks(slug):
        h.wfile.write(chunk)
    h.close_connection = True


def r_gzipbomb(h: Handler, slug: str) -> None:
    body = h.server.bomb()
    h.send(200, body, headers={"Content-Encoding": "gzip"})


def r_nested(h: Handler, slug: str) -> None:
    depth = 20_000
    h.article(slug, wrap=("<div>" * depth, "</div>" * depth))


def r_unclosed(h: Handler, slug: str) -> None:
    h.send(200, article_html(slug, unclosed=True).encode())


def r_charset(h: Handler, variant: str, slug: str) -> None:
    extra, encoding, ctype, meta = CHARSET_VARIANTS[variant]
    html = article_html(slug, extra=extra, meta_charset=meta)
    body = html.encode(encoding)
    if variant == "invalid-utf8":
        body = body.replace(b"</h1>", b"</h1>" + INVALID_UTF8, 1)
        body = body.replace("façade.".encode(), "façade.".encode() + INVALID_UTF8[:3], 1)
    h.send(200, body, ctype)


def _rss(items: list[str], title: str = "Fault feed") -> bytes:
    entries = "".join(f"<item><title>{escape(u)}</title><link>{escape(u)}</link></item>" for u in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.invalid/</link>{entries}</channel></rss>").encode()


def r_feed(h: Handler, name: str) -> None:
    items = [u if "://" in u or ":" in u.split("/", 1)[0] else h.server.url + u for u in h.server.feeds.get(name, [])]
    h.send(200, _rss(items, name), "application/rss+xml")


def r_malformed_feed(h: Handler) -> None:
    base = h.server.url
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Broken &nbsp; feed</title>'
        f"<item><title>One &bogus; entity</title><link>{base}/a/malformed-1</link></item>"
        f"<item><title>Two <b>unclosed</title><link>{base}/a/malformed-2</link></item>"
        "<item><title>Three</title><link>   </link></item>"
        "</channel>\x00\x01 junk after the end <<<"
    )
    h.send(200, body.encode(), "application/rss+xml")


def r_huge_feed(h: Handler) -> None:
    base = h.server.url
    items = [f"{base}/a/hugefeed-{i % 3}?utm_source=feed&n={i % 3}" for i in range(5_000)]
    h.send(200, _rss(items, "huge"), "application/rss+xml")


def r_garbage_feed(h: Handler) -> None:
    h.send(200, random.Random(7).randbytes(50_000), "application/rss+xml")


def _urlset(urls: list[str]) -> bytes:
    body = "".join(f"<url><loc>{escape(u)}</loc></url>" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{body}</urlset>").encode()


def _index(urls: list[str]) -> bytes:
    body = "".join(f"<sitemap><loc>{escape(u)}</loc></sitemap>" for u in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{body}</sitemapindex>").encode()


def r_sitemap_loop(h: Handler, which: str) -> None:
    base = h.server.url
    if which == "a":
        body = _index([f"{base}/sitemap-loop-b.xml"])
    else:
        body = _index([f"{base}/sitemap-loop-a.xml", f"{base}/sitemap-urls.xml", f"{base}/sitemap-loop-b.xml"])
    h.send(200, body, "application/xml")


def r_sitemap_urls(h: Handler) -> None:
    base = h.server.url
    h.send(200, _urlset([f"{base}/a/sitemap-1", f"{base}/a/sitemap-2"]), "application/xml")


def r_sitemap_malformed(h: Handler) -> None:
    base = h.server.url
    body = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{base}/a/sitemap-3</loc></url><url><loc>{base}/a/sitemap-cut")
    h.send(200, body.encode(), "application/xml")


def r_sitemap_huge(h: Handler) -> None:
    base = h.server.url
    h.send(200, _urlset([f"{base}/a/hugemap-{i % 3}" for i in range(60_000)]), "application/xml")


def r_calendar(h: Handler, year: str, month: str) -> None:
    y, m = int(year), int(month)
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    body = (
        f"<!doctype html><html><head><title>Calendar {y}-{m:02d}</title></head><body>"
        f"<h1>Posts {y}-{m:02d}</h1><ul><li><a href=\"/news/{y}/{m:02d}/cal-{y}-{m:02d}-model-release\">"
        f"Model release {y}-{m:02d}</a></li></ul>"
        f'<a rel="next" href="/calendar/{py}-{pm:02d}">Older</a></body></html>'
    )
    h.send(200, body.encode())


def r_news(h: Handler, y: str, m: str, slug: str) -> None:
    h.article(slug)


def r_robots(h: Handler) -> None:
    h.send(200, h.server.robots.encode(), "text/plain")


BLOG_FEED = [f"blog-fresh-model-story-{i}" for i in range(3)]          # in the feed and on the home page
BLOG_ARCHIVE = [f"blog-archive-story-{i}" for i in range(3, 9)]  # only in listing pages 2-4
_BLOG_PAGES = {   # page -> (articles, how the next page is linked)
    1: (BLOG_FEED, '<a class="next" href="/blog/page/2/">Older posts &raquo;</a>'),
    2: (BLOG_ARCHIVE[:2], '<a href="/blog/">1</a> <a href="/blog/page/3/">3</a>'),
    3: (BLOG_ARCHIVE[2:4], ""),   # <link rel=next> in the head
    4: (BLOG_ARCHIVE[4:], '<a href="/blog/page/3/">Newer posts</a>'),
}


def r_blog(h: Handler, page: str | None) -> None:
    query = parse_qs(urlsplit(h.path).query)
    n = int(page or query.get("page", ["1"])[0])
    if n not in _BLOG_PAGES:
        return h.send(404, b"<html><body>no such page</body></html>")
    slugs, nav = _BLOG_PAGES[n]
    head = '<link rel="alternate" type="application/rss+xml" title="Blog" href="/blog/feed.xml">'
    if n == 3:
        head += '<link rel="next" href="/blog/?page=4">'
    items = "".join(f'<li><a href="/a/{s}">{article_parts(s)[0]}</a></li>' for s in slugs)
    h.send(200, (f"<!doctype html><html><head><title>Blog page {n}</title>{head}</head><body>"
                 f'<nav><a href="/about/">About</a> <a href="/tag/models/">Models</a></nav>'
                 f"<ul>{items}</ul><div class=\"pagination\">{nav}</div></body></html>").encode())


def r_blog_feed(h: Handler) -> None:
    now = time.time()
    items = "".join(
        f"<item><title>{article_parts(s)[0]}</title><link>{h.server.url}/a/{s}</link>"
        f"<pubDate>{formatdate(now - 3600 * (i + 1), usegmt=True)}</pubDate></item>"
        for i, s in enumerate(BLOG_FEED))
    h.send(200, (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Blog</title>{items}'
                 "</channel></rss>").encode(), "application/rss+xml")


def r_ldbomb(h: Handler, slug: str) -> None:
    bomb = '<script type="application/ld+json">' + "[" * 100_000 + "</script>"
    h.send(200, article_html(slug).replace("</head>", bomb + "</head>").encode())


BAD_DATES = ["0000-00-00T00:00:00+00:00", "9999-12-31T23:59:59-14:00"]


def r_baddates_feed(h: Handler) -> None:
    dates = ["2025-11-01T10:00:00Z", *BAD_DATES, "2025-11-02T10:00:00Z"]
    items = "".join(
        f"<item><title>Bad date entry {i}</title><link>{h.server.url}/a/bd-{i}</link>"
        f"<pubDate>{d}</pubDate><atom:updated>{d}</atom:updated></item>" for i, d in enumerate(dates, 1))
    body = ('<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
            f"<title>Bad dates</title>{items}</channel></rss>").encode()
    h.send(200, body, "application/rss+xml", headers={"ETag": '"bad-dates-1"',
                                                      "Last-Modified": "Sun, 02 Nov 2025 10:00:00 GMT"})


def r_baddates_sitemap(h: Handler) -> None:
    dates = [BAD_DATES[0], "2025-11-02", BAD_DATES[1]]
    body = "".join(f"<url><loc>{h.server.url}/a/bdm-{i}</loc><lastmod>{d}</lastmod></url>"
                   for i, d in enumerate(dates, 1))
    h.send(200, ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                 f"{body}</urlset>").encode(), "application/xml")


ROUTES = [
    (r"/a/([\w.-]+)", r_article),
    (r"/private/([\w.-]+)", r_article),
    (r"/slowok/([\w.-]+)", r_slowok),
    (r"/flaky/(\d+)/([\w.-]+)", r_flaky),
    (r"/retry503/([\w.-]+)", r_retry503),
    (r"/r429/([\w.-]+)", r_429),
    (r"/always/(\d{3})/([\w.-]+)", r_always),
    (r"/reset/(\d+)/([\w.-]+)", r_reset),
    (r"/slow/([\d.]+)/([\w.-]+)", r_slow),
    (r"/truncated/([\w.-]+)", r_truncated),
    (r"/redirect/(\d+)/([\w.-]+)", r_redirect),
    (r"/loop/(a|b)", r_loop),
    (r"/redirect-to", r_redirect_to),
    (r"/pdf/([\w.-]+)", r_pdf),
    (r"/png/([\w.-]+)", r_png),
    (r"/big/([\w.-]+)", r_big),
    (r"/big-stream/([\w.-]+)", r_big_stream),
    (r"/gzipbomb/([\w.-]+)", r_gzipbomb),
    (r"/nested/([\w.-]+)", r_nested),
    (r"/unclosed/([\w.-]+)", r_unclosed),
    (r"/charset/([\w-]+)/([\w.-]+)", r_charset),
    (r"/feeds/([\w-]+)\.xml", r_feed),
    (r"/malformed-feed\.xml", r_malformed_feed),
    (r"/huge-feed\.xml", r_huge_feed),
    (r"/garbage-feed\.xml", r_garbage_feed),
    (r"/sitemap-loop-(a|b)\.xml", r_sitemap_loop),
    (r"/sitemap-urls\.xml", r_sitemap_urls),
    (r"/sitemap-malformed\.xml", r_sitemap_malformed),
    (r"/sitemap-huge\.xml", r_sitemap_huge),
    (r"/calendar/(\d{4})-(\d{2})/?", r_calendar),
    (r"/news/(\d{4})/(\d{2})/([\w.-]+)", r_news),
    (r"/robots\.txt", r_robots),
    (r"/blog/(?:page/(\d+)/)?", r_blog),
    (r"/blog/feed\.xml", r_blog_feed),
    (r"/ldbomb/([\w.-]+)", r_ldbomb),
    (r"/baddates-feed\.xml", r_baddates_feed),
    (r"/baddates-sitemap\.xml", r_baddates_sitemap),
]


class FaultServer(ThreadingHTTPServer):
    """``with FaultServer() as s: s.url``; ``s.feeds[name] = [paths]`` defines /feeds/<name>.xml."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str = "127.0.0.1", port: int = 0, feeds: dict[str, list[str]] | None = None,
                 delay: float = 0.0, robots: str = "User-agent: *\nDisallow: /private/\n"):
        super().__init__((host, port), Handler)
        self.url = f"http://{host}:{self.server_address[1]}"
        self.port = self.server_address[1]
        self.feeds: dict[str, list[str]] = dict(feeds or {})
        self.delay = delay
        self.robots = robots
        self.log: list[tuple[str, float]] = []
        self.counts: dict[str, int] = {}
        self.lock = threading.Lock()
        self._bomb: bytes | None = None
        self._bomb_lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def bomb(self) -> bytes:
        with self._bomb_lock:   # not self.lock: building it takes a second or two
            if self._bomb is None:
                self._bomb = _gzip_bomb()
            return self._bomb

    def record(self, path: str) -> None:
        with self.lock:
            self.log.append((path, time.monotonic()))

    def hits(self, prefix: str = "") -> list[str]:
        with self.lock:
            return [p for p, _ in self.log if p.startswith(prefix)]

    def start(self) -> FaultServer:
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":
    import sys

    with FaultServer(port=int(sys.argv[1]) if len(sys.argv) > 1 else 0) as s:
        print(s.url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
