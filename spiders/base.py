"""What every modelwire spider shares: arguments, incremental checks, article fetches, errors.

Spiders are configured by plain data (see ``docs/contracts.md``)::

    source      {"name", "kind", "urls", "link_selector", "next_selector",
                 "max_pages", "follow_pattern"}
    known       {normalized_url: {"modified": iso-or-None}}
    http_state  {feed_or_sitemap_url: {"etag", "last_modified"}}

Each may also be given as a JSON string (``scrapy crawl feed -a source='{...}'``).

Incremental rule: an article whose normalized URL is in ``known`` is not requested
unless the feed / sitemap gives it a modified (else published) date strictly newer
than the known ``modified``; a known article without a stored date counts as
unchanged. Skipped articles become ``CrawlEvent(event="unchanged")``.

Article URLs are de-duplicated within a crawl by ``spiders.urls.normalize_url``,
but are requested exactly as discovered (tracking parameters included): some
sites need them, and ``FetchedPage.url`` keeps the discovered spelling.

Dates in hints are UTC ISO 8601 strings with an explicit offset,
e.g. ``2024-05-01T10:00:00+00:00``.

Stats: ``modelwire/crawl/<event>`` and ``modelwire/crawl/<event>/<reason>`` for
every ``CrawlEvent``, ``modelwire/crawl/page`` per ``FetchedPage``,
``modelwire/crawl/feed_state`` per ``FeedState``.
"""
from __future__ import annotations

import json
import re
import heapq
from datetime import datetime, timedelta
from typing import Any, AsyncIterator
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as txerror
from twisted.internet.defer import CancelledError
from twisted.python.failure import Failure

from spiders.dates import UTC, parse_date
from spiders.urls import normalize_url
from spiders.items import CrawlEvent, FeedState, FetchedPage
from spiders.middlewares import BlockedRequest

DEFAULT_MAX_PAGES = 5
DEFAULT_MAX_ENTRIES = 5_000      # newest entries read per feed or sitemap file
DEFAULT_MAX_ARTICLES = 20_000    # article requests per source and run


# ---------------------------------------------------------------------------- dates
# parse_date is spiders.dates'. Hints and fetched_at keep the documented offset form
# (``2024-05-01T10:00:00+00:00``); the store writes them as spiders.dates.format_instant does.


def iso_utc(value: Any) -> str | None:
    dt = parse_date(value)
    return dt.isoformat(timespec="seconds") if dt else None


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def newest(entries, limit: int, date_of) -> tuple[list, int]:
    """The ``limit`` newest of ``entries`` (an iterable, read once), newest first, and how many
    there were in all. Undated entries rank below dated ones and keep their order among
    themselves. Memory holds ``limit`` entries, however long the document."""
    heap: list = []
    total = 0
    for index, entry in enumerate(entries):
        total += 1
        date = date_of(entry)
        key = (date.timestamp() if date else float("-inf"), -index)
        if len(heap) < limit:
            heapq.heappush(heap, (key, index, entry))
        elif key > heap[0][0]:
            heapq.heapreplace(heap, (key, index, entry))
    return [entry for _, _, entry in sorted(heap, key=lambda t: t[0], reverse=True)], total


# ---------------------------------------------------------------------------- helpers

def _as_dict(value: Any) -> dict:
    if value is None or value == "":
        return {}
    if isinstance(value, (str, bytes)):
        value = json.loads(value)
    return value if isinstance(value, dict) else dict(value)


def lower_headers(response: Response) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, values in response.headers.items():
        key = name.decode("latin-1").lower()
        out[key] = ", ".join(v.decode("latin-1") for v in values)
    return out


def content_type(response: Response) -> str:
    return (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()


_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)", re.I | re.S)


def is_html(response: Response) -> bool:
    ctype = content_type(response)
    if ctype:
        return "html" in ctype
    if isinstance(response, HtmlResponse):
        return True
    return bool(_HTML_START.match(response.body[:1024].lstrip(b"\xef\xbb\xbf")))


def declared_encoding(response: Response) -> str | None:
    """The charset the server or the page declared (header, BOM, ``<meta>``), else None.

    Not Scrapy's guess for an undeclared body (``response.encoding`` falls back to
    auto-detection, which calls windows-1252 text windows-1257): extraction treats what it
    is given as declared, so a guess would override its own, better detection.
    """
    if not isinstance(response, TextResponse):
        return None
    getter = getattr(response, "_declared_encoding", None)
    if getter is None:   # a Scrapy without the private helper
        return response.encoding
    try:
        return getter() or None
    except Exception:
        return None


def failure_reason(exc: BaseException) -> tuple[str, str]:
    """Map a download failure to ``(event, reason)`` for a ``CrawlEvent``."""
    if isinstance(exc, HttpError):
        return "failed", f"http_{exc.response.status}"
    if isinstance(exc, BlockedRequest):
        return "blocked", exc.reason
    if isinstance(exc, (DownloadTimeoutError, txerror.TimeoutError, txerror.TCPTimedOutError)):
        return "failed", "timeout"
    if isinstance(exc, (CannotResolveHostError, txerror.DNSLookupError)):
        return "failed", "dns"
    if isinstance(exc, (DownloadCancelledError, CancelledError)):
        return "failed", "too_large" if "max size" in str(exc) or not str(exc) else "cancelled"
    if isinstance(
        exc,
        (
            DownloadConnectionRefusedError,
            DownloadFailedError,
            ResponseDataLossError,
            txerror.ConnectError,
            txerror.ConnectionLost,
            txerror.ConnectionDone,
            ConnectionError,
        ),
    ):
        return "failed", "connection"
    if isinstance(exc, IgnoreRequest):
        msg = str(exc).lower()
        if "max size" in msg or "maxsize" in msg or "larger than" in msg:
            return "failed", "too_large"   # e.g. a gzip bomb: decompressed past DOWNLOAD_MAXSIZE
        if "robots" in msg:
            return "blocked", "robots"
        if "redirect" in msg:
            return "failed", "redirects"
        return "failed", "ignored"
    return "failed", type(exc).__name__.lower()


# ---------------------------------------------------------------------------- spider

class ModelwireSpider(scrapy.Spider):
    """Base of all modelwire spiders; subclasses define ``first_request(url)`` and callbacks."""

    name = "modelwire"
    via = "page"

    def __init__(
        self,
        source: dict | str | None = None,
        known: dict | str | None = None,
        http_state: dict | str | None = None,
        *args: Any,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.source: dict = _as_dict(source)
        self.source_name: str = str(self.source.get("name") or "")
        urls = self.source.get("urls") or self.source.get("url") or []
        self.source_urls: list[str] = [urls] if isinstance(urls, str) else list(urls)
        # keys are already normalized (contract); shared between jobs, never copied or changed
        self.known: dict[str, dict] = _as_dict(known)
        self.http_state: dict[str, dict] = _as_dict(http_state)
        pattern = self.source.get("follow_pattern")
        self.follow_re = re.compile(pattern) if pattern else None
        self.max_pages = int(self.source.get("max_pages") or DEFAULT_MAX_PAGES)
        # first crawl of the source (``first_crawl``, set by the caller): backfill the recent
        # archive, ``backfill_pages`` listing pages deep, entries no older than ``backfill_days``
        self.backfill = bool(self.source.get("first_crawl"))
        self.backfill_pages = int(self.source.get("backfill_pages") or 0)
        days = self.source.get("backfill_days")
        self.backfill_since = (datetime.now(UTC) - timedelta(days=float(days))
                               if self.backfill and days else None)
        self._article_requests = 0
        self._seen_articles: set[str] = set()
        self._seen_docs: set[str] = set()
        self._seen_listings: set[str] = set()

    async def start(self) -> AsyncIterator[Any]:
        for url in self.source_urls:
            request = self.first_request(url)
            if request is not None:
                yield request

    def first_request(self, url: str) -> Request | None:
        """The request a source URL starts with (None: nothing to fetch, e.g. a refused URL). Every
        spider defines it; this base has no way to start."""
        raise TypeError(f"{type(self).__name__} defines no first_request(url)")

    def setting(self, name: str, default: int) -> int:
        crawler = getattr(self, "crawler", None)
        return crawler.settings.getint(name, default) if crawler else default

    # -- stats and events ---------------------------------------------------
    def count(self, key: str, n: int = 1) -> None:
        if getattr(self, "crawler", None) is not None:
            self.crawler.stats.inc_value(f"modelwire/crawl/{key}", n)

    def event(self, url: str, event: str, reason: str = "", detail: str = "") -> CrawlEvent:
        self.count(event)
        if reason:
            self.count(f"{event}/{reason}")
        return CrawlEvent(source=self.source_name, url=url, event=event, reason=reason, detail=detail)

    # -- articles -----------------------------------------------------------
    def article_request(
        self, url: str | None, hints: dict | None = None, via: str | None = None, base: str | None = None
    ) -> Request | CrawlEvent | None:
        """Request for one discovered article, a ``CrawlEvent`` if skipped as unchanged, or None."""
        if not url:
            return None
        url = url.strip()
        if base:
            url = urljoin(base, url)
        scheme = urlsplit(url).scheme
        if scheme not in ("http", "https"):
            # refused, and counted in the run (file:, ftp:, javascript: ... never fetched)
            self.count("skipped/scheme")
            if url in self._seen_articles:
                return None
            self._seen_articles.add(url)
            return self.event(url, "blocked", "scheme", scheme or "none")
        key = normalize_url(url)
        if key in self._seen_articles:
            return None
        self._seen_articles.add(key)
        if self.follow_re and not self.follow_re.search(url):
            self.count("skipped/follow_pattern")
            return None
        hints = {k: v for k, v in (hints or {}).items() if v not in (None, "", [], {})}
        if self.backfill_since is not None and hints.get("date_source") != "feed":
            # the backfill's age limit bounds the archive it adds (sitemaps), never what the
            # feed itself lists as current: a first crawl keeps every feed entry, as before
            date = parse_date(hints.get("published") or hints.get("modified"))
            if date is not None and date < self.backfill_since:
                self.count("skipped/too_old")
                return None
        if key in self.known:
            known_date = parse_date((self.known[key] or {}).get("modified"))
            new_date = parse_date(hints.get("modified") or hints.get("published"))
            if not (known_date and new_date and new_date > known_date):
                return self.event(url, "unchanged")
        if self._article_requests >= self.setting("MODELWIRE_MAX_ARTICLES", DEFAULT_MAX_ARTICLES):
            self.count("skipped/run_cap")
            return None
        self._article_requests += 1
        return Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            dont_filter=True,   # de-duplicated above by normalized URL; keeps redirect loops visible
            meta={"modelwire_url": url, "hints": hints, "via": via or self.via},
        )

    def parse_article(self, response: Response):
        yield self.page_or_event(response)

    def page_or_event(self, response: Response, via: str | None = None, hints: dict | None = None):
        url = response.meta.get("modelwire_url", response.request.url if response.request else response.url)
        if not is_html(response):
            return self.event(url, "failed", "not_html", content_type(response) or "no content-type")
        self.count("page")
        return FetchedPage(
            url=url,
            final_url=response.url,
            status=response.status,
            body=response.body,
            source=self.source_name,
            via=via or response.meta.get("via") or self.via,
            headers=lower_headers(response),
            encoding=declared_encoding(response),
            redirect_urls=list(response.meta.get("redirect_urls", [])),
            hints=dict(hints if hints is not None else response.meta.get("hints") or {}),
            fetched_at=now_iso(),
        )

    # -- feeds and sitemaps -------------------------------------------------
    def date_hint(self, raw: Any) -> str | None:
        """A feed's or sitemap's date as a hint; one that cannot be read (``0000-00-00``, a year
        past 9999 in UTC) costs that field only, and is counted (``modelwire/crawl/bad_date``)."""
        value = iso_utc(raw)
        if value is None and raw not in (None, "", b""):
            self.count("bad_date")
        return value

    def newest_entries(self, entries, url: str, date_of) -> list:
        """The newest ``MODELWIRE_MAX_ENTRIES`` of a document's entries (see ``newest``);
        the rest are counted (``modelwire/crawl/entries_capped``) and logged."""
        limit = self.setting("MODELWIRE_MAX_ENTRIES", DEFAULT_MAX_ENTRIES)
        kept, total = newest(entries, limit, date_of)
        if total > limit:
            self.count("entries_capped", total - limit)
            self.logger.warning("%s has %d entries; read the newest %d", url, total, limit)
        return kept

    def doc_request(self, url: str, callback, **meta: Any) -> Request:
        """Conditional request for a feed or sitemap, using validators from ``http_state``."""
        state = self.http_state.get(url) or self.http_state.get(normalize_url(url)) or {}
        headers = {}
        if state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state.get("last_modified"):
            headers["If-Modified-Since"] = state["last_modified"]
        return Request(
            url,
            callback=callback,
            errback=self.on_error,
            headers=headers,
            dont_filter=True,
            meta={"modelwire_url": url, "handle_httpstatus_list": [304], **meta},
        )

    def not_modified(self, response: Response) -> CrawlEvent | None:
        if response.status == 304:
            return self.event(response.meta.get("modelwire_url", response.url), "not_modified")
        return None

    def feed_state(self, response: Response, entries: int) -> FeedState:
        self.count("feed_state")
        etag = response.headers.get(b"ETag")
        last_mod = response.headers.get(b"Last-Modified")
        return FeedState(
            source=self.source_name,
            url=response.meta.get("modelwire_url", response.url),
            etag=etag.decode("latin-1") if etag else None,
            last_modified=last_mod.decode("latin-1") if last_mod else None,
            status=response.status,
            entries=entries,
        )

    # -- errors ---------------------------------------------------------------
    def on_error(self, failure: Failure):
        request = getattr(failure, "request", None)
        url = request.meta.get("modelwire_url", request.url) if request is not None else ""
        event, reason = failure_reason(failure.value)
        self.logger.debug("%s %s (%s): %s", event, url, reason, failure.value)
        yield self.event(url, event, reason, str(failure.value)[:300])
