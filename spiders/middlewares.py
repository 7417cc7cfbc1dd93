"""Downloader middlewares: private-address guard, Retry-After aware retries, robots.txt size cap.

(The pace per host, robots.txt ``Crawl-delay`` included, is ``spiders.pace``.) All are plain classes built by ``from_crawler`` and enabled by
``spiders.settings.crawl_settings``.
"""
from __future__ import annotations

import ipaddress
import logging
import socket
import time
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from typing import Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.utils.asyncio import run_in_thread, sleep
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message

from spiders.addresses import AddressPolicy
from spiders.resolver import refused_addresses

logger = logging.getLogger(__name__)

ANSWERED_AT = "modelwire_answered_at"   # request.meta: time.monotonic() when the answer arrived

class BlockedRequest(IgnoreRequest):
    """A request refused by a modelwire guard; ``reason`` goes into ``CrawlEvent.reason``."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class PrivateAddressMiddleware:
    """Refuse requests to non-public addresses (SSRF guard), including every redirect hop.

    The host is resolved with ``socket.getaddrinfo`` (in a thread, cached per
    host and port); if *any* address is forbidden (see ``is_forbidden_address``)
    and not allowed, the request raises ``BlockedRequest("private_address")``, an
    ``IgnoreRequest``, so the request's errback runs. Schemes other than
    http/https raise ``BlockedRequest("scheme")``. Hosts that do not resolve pass
    through so that the download fails with a DNS error.

    This early check saves a robots.txt fetch and gives a clear log line; the
    check that holds is made again on the addresses the connection actually
    uses, by ``spiders.resolver.GuardedResolver`` (``TWISTED_DNS_RESOLVER``), so
    a DNS answer that changes between this check and the connection (DNS
    rebinding) is refused too: ``ResolvedAddressMiddleware`` turns that refusal
    into the same ``BlockedRequest("private_address")``.

    With ``http_proxy`` / ``https_proxy`` set, the connection goes to the proxy, so the
    connection-time check sees the proxy (which is allowed, even on a private address): the
    target is then checked here only, by resolving its name before the request is handed to
    the proxy. The proxy resolves the name again; a DNS answer that changes in between is not
    caught, so a proxy should refuse private ranges itself.

    Settings:
      ``MODELWIRE_ALLOW_PRIVATE``: list of addresses, CIDR ranges or host names, each with an
        optional ``:PORT`` (``127.0.0.1:8080``, ``10.0.0.0/8``, ``[::1]:8080``), that may be
        fetched anyway (see ``spiders.addresses.AddressPolicy``).
      ``MODELWIRE_PRIVATE_GUARD_ENABLED``: default True.

    Stats: ``modelwire/fetch/blocked_private``, ``modelwire/fetch/blocked_scheme``.
    """

    def __init__(self, crawler: Any):
        settings = crawler.settings
        if not settings.getbool("MODELWIRE_PRIVATE_GUARD_ENABLED", True):
            raise NotConfigured
        self.crawler = crawler
        self.stats = crawler.stats
        self.policy = AddressPolicy.from_settings(settings)
        self._cache: dict[tuple[str, int], list[str]] = {}
        self._logged: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any) -> PrivateAddressMiddleware:
        return cls(crawler)

    async def resolve(self, host: str, port: int) -> list[str]:
        try:
            return [str(ipaddress.ip_address(host.split("%", 1)[0]))]
        except ValueError:
            pass
        key = (host, port)
        if key not in self._cache:
            try:
                infos = await run_in_thread(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
            except (socket.gaierror, UnicodeError, OSError):
                infos = []
            self._cache[key] = sorted({info[4][0] for info in infos})
        return self._cache[key]

    async def process_request(self, request: Request) -> None:
        parts = urlparse_cached(request)
        if parts.scheme not in ("http", "https"):
            self.stats.inc_value("modelwire/fetch/blocked_scheme")
            raise BlockedRequest("scheme", parts.scheme or "none")
        host = (parts.hostname or "").lower().rstrip(".")
        if not host:
            self.stats.inc_value("modelwire/fetch/blocked_scheme")
            raise BlockedRequest("scheme", "no host")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError:
            port = 80
        if self.policy.host_allowed(host, port):
            return None
        # With a proxy (http_proxy / https_proxy) this is the only check of the target: the
        # connection-time check sees the proxy's address, and the proxy resolves the name again.
        bad = self.policy.blocked_addresses(await self.resolve(host, port), port)
        if bad:
            self.stats.inc_value("modelwire/fetch/blocked_private")
            if host not in self._logged:
                self._logged.add(host)
                logger.info("Refusing %s: %s resolves to non-public %s", request.url, host, ", ".join(bad))
            raise BlockedRequest("private_address", f"{host} -> {', '.join(bad)}")
        return None


    def process_response(self, request: Request, response: Response) -> Response:
        """A redirect to a scheme other than http(s) (``file:``, ``ftp:``, ``gopher:``...) is refused.

        Scrapy's redirect middleware does not follow such a redirect and would hand the
        3xx answer on as an HTTP error; count it as what it is instead.
        """
        if 300 <= response.status < 400 and b"Location" in response.headers:
            from urllib.parse import urljoin, urlsplit

            location = response.headers[b"Location"].decode("latin-1", "replace").strip()
            try:
                scheme = urlsplit(urljoin(request.url, location)).scheme
            except ValueError:
                scheme = "invalid"
            if scheme not in ("http", "https"):
                self.stats.inc_value("modelwire/fetch/blocked_scheme")
                raise BlockedRequest("scheme", f"redirect to {scheme or 'none'}: {location[:200]}")
        return response


def parse_retry_after(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date)."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware (replaces it) with a non-blocking wait before each retry.

    For 429 and 503 responses with ``Retry-After`` the retry waits until that long after the
    answer arrived (``spiders.pace`` notes the arrival, and pauses the whole host as long), and
    counts ``modelwire/fetch/retry_after``; a stated wait longer than
    ``MODELWIRE_RETRY_AFTER_MAX`` (default 120 s) is not retried at all, since retrying sooner
    would ignore it (``modelwire/fetch/retry_after_too_long``). Otherwise it waits
    ``MODELWIRE_RETRY_BACKOFF * 2 ** (attempt - 1)`` seconds (default base 1 s),
    capped by ``MODELWIRE_RETRY_BACKOFF_MAX`` (default 30 s). Waiting awaits a
    timer (``scrapy.utils.asyncio.sleep``), so the reactor keeps running. Retry
    counts, codes and exceptions are Scrapy's ``RETRY_*`` settings.
    """

    def __init__(self, settings: Any):
        super().__init__(settings)
        self.backoff = settings.getfloat("MODELWIRE_RETRY_BACKOFF", 1.0)
        self.backoff_max = settings.getfloat("MODELWIRE_RETRY_BACKOFF_MAX", 30.0)
        self.retry_after_max = settings.getfloat("MODELWIRE_RETRY_AFTER_MAX", 120.0)

    def backoff_delay(self, retry_request: Request) -> float:
        attempt = int(retry_request.meta.get("retry_times", 1))
        return min(self.backoff * 2 ** max(attempt - 1, 0), self.backoff_max)

    def retry_after_delay(self, response: Response) -> float | None:
        """The ``Retry-After`` of a 429 / 503 answer in seconds (None: not stated)."""
        if response.status not in (429, 503):
            return None
        return parse_retry_after(response.headers.get(b"Retry-After"))

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        stated = self.retry_after_delay(response)
        if stated is not None and stated > self.retry_after_max:
            self.crawler.stats.inc_value("modelwire/fetch/retry_after_too_long")
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        if stated is not None:
            self.crawler.stats.inc_value("modelwire/fetch/retry_after")
            arrived = request.meta.get(ANSWERED_AT, time.monotonic())
            delay = arrived + stated - time.monotonic()   # counted from the answer, not from now
        else:
            delay = self.backoff_delay(retry)
        if delay > 0:
            await sleep(delay)
        return retry

    async def process_exception(self, request: Request, exception: Exception) -> Request | None:  # type: ignore[override]
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = self._retry(request, exception)
        if retry is None:
            return None
        delay = self.backoff_delay(retry)
        if delay > 0:
            await sleep(delay)
        return retry


class ResolvedAddressMiddleware:
    """Report a connection refused by ``spiders.resolver.GuardedResolver`` as a blocked request.

    The resolver refuses by handing the connection no address, which the HTTP client
    reports as a DNS failure. Placed after ``BackoffRetryMiddleware`` (so its
    ``process_exception`` runs first), it turns that failure for a host the resolver
    refused into ``BlockedRequest("private_address")``: counted as blocked, logged once,
    never retried. Stats: ``modelwire/fetch/blocked_private``,
    ``modelwire/fetch/blocked_private_connect``.
    """

    def __init__(self, crawler: Any):
        if not crawler.settings.getbool("MODELWIRE_PRIVATE_GUARD_ENABLED", True):
            raise NotConfigured
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> ResolvedAddressMiddleware:
        return cls(crawler)

    def process_exception(self, request: Request, exception: Exception) -> None:
        from twisted.internet.error import DNSLookupError
        from scrapy.exceptions import CannotResolveHostError


        if not isinstance(exception, (DNSLookupError, CannotResolveHostError)):
            return None
        host = (urlparse_cached(request).hostname or "").lower().rstrip(".")
        bad = refused_addresses(host)
        if not bad:
            return None
        self.stats.inc_value("modelwire/fetch/blocked_private")
        self.stats.inc_value("modelwire/fetch/blocked_private_connect")
        raise BlockedRequest("private_address", f"{host} -> {', '.join(bad)} (at connect time)")


ROBOTS_MAX_SIZE = 500 * 1024   # bytes of a robots.txt that are read, as Google does
_ROBOTS_PARSERS: dict = {}     # netloc -> parser (or the Deferred of its fetch), for the process


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware (replaces it), with two changes.

    One robots.txt per host for the whole process: every source's crawler shares the parsers,
    so three sources on one site fetch its robots.txt once, and all of them obey the same rules.

    Only the first ``MODELWIRE_ROBOTS_MAX_SIZE`` bytes (default 500 KiB, Google's limit) are
    read, cut at the last whole line; the rest is ignored. A 9 MB robots.txt of 228,000 rules
    otherwise cost 0.66 s of CPU for every URL checked against it.
    Stats: ``modelwire/fetch/robots_truncated``.
    """

    def __init__(self, crawler: Any):
        super().__init__(crawler)
        self._parsers = _ROBOTS_PARSERS
        self.max_size = crawler.settings.getint("MODELWIRE_ROBOTS_MAX_SIZE", ROBOTS_MAX_SIZE)

    def process_response(self, request: Request, response: Response) -> Response:
        if not request.meta.get("dont_obey_robotstxt") or len(response.body) <= self.max_size:
            return response
        if not urlparse_cached(request).path.endswith("/robots.txt"):
            return response
        body = response.body[:self.max_size]
        cut = body.rfind(b"\n")
        self._stats.inc_value("modelwire/fetch/robots_truncated")
        logger.info("robots.txt of %s is %d bytes; read the first %d", request.url, len(response.body),
                    cut + 1 if cut >= 0 else len(body))
        return response.replace(body=body[:cut + 1] if cut >= 0 else body)


class ParseErrorMiddleware:
    """Spider middleware: a callback that raises (a parser choking on hostile input) costs that
    response only, and is counted.

    Without it the exception is logged by Scrapy and the rest of that document's entries are
    lost, while the run is recorded ``ok`` with nothing failed. Here it becomes
    ``CrawlEvent(failed, parse_error)`` with the exception's type and message, counted in the
    run like any other failure (stats ``modelwire/crawl/failed/parse_error``); what the callback
    yielded before the exception is kept.
    """

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> ParseErrorMiddleware:
        return cls(crawler)

    def process_spider_exception(self, response: Response, exception: Exception):
        from scrapy.spidermiddlewares.httperror import HttpError

        spider = self.crawler.spider
        if isinstance(exception, (HttpError, IgnoreRequest)) or not hasattr(spider, "event"):
            return None
        url = response.meta.get("modelwire_url", response.url) if response.request else response.url
        logger.warning("could not parse %s: %s: %s", url, type(exception).__name__, str(exception)[:200])
        return [spider.event(url, "failed", "parse_error", f"{type(exception).__name__}: {exception}"[:300])]
