"""One pace per host for the whole crawl process, whichever source or spider asks.

``spiders.process.run_crawl`` runs every source of a crawl as its own Scrapy crawler in one
process, and each crawler has its own downloader with its own per-domain slots: three sources on
one site used to keep three paces, and the site saw three times the ``Crawl-delay`` it asked for.
The gates here live in the process (``PACES``), so every crawler's :class:`HostPaceMiddleware`
waits on the same one for a host.

A host is the URL's authority: host name and port (the default port of the scheme when none is
written). That is what robots.txt covers (RFC 9309), so a ``Crawl-delay`` read from
``http://a.example:8080/robots.txt`` paces exactly the requests it speaks for.

A request is let through when all of these hold:

- at least ``interval`` seconds have passed since the host's last request started and, when
  a delay or Crawl-delay is set, since its last answer arrived (the server saw the request
  somewhere in between), where
  ``interval`` is the largest of the configured delay (``MODELWIRE_HOST_DELAY``), the host's
  robots.txt ``Crawl-delay`` (capped by ``MODELWIRE_MAX_CRAWL_DELAY``) and the host's recent
  answer time (a slow server is given the time it needs, as AutoThrottle with a target
  concurrency of 1 did);
- the host is not paused by a ``Retry-After`` (429/503): the pause runs from the moment the
  answer arrived, so the retry, and every other request to that host, waits at least the
  stated time;
- fewer than ``CONCURRENT_REQUESTS_PER_DOMAIN`` requests to the host (one, if its robots.txt
  has a ``Crawl-delay``: the next starts after the last answer), and fewer than
  ``CONCURRENT_REQUESTS`` in all, are in flight in the process.

Waiting requests are served first come, first served, per host; nothing blocks the reactor.
Stats: ``modelwire/fetch/pace_wait`` (requests that waited), ``modelwire/fetch/crawl_delay_wait``
(of those, to a host with a ``Crawl-delay``), ``modelwire/fetch/retry_after_pause``.
"""
from __future__ import annotations

import time
from collections import deque
from typing import Any

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred

from spiders.middlewares import ANSWERED_AT, parse_retry_after

LATENCY_WEIGHT = 0.3     # weight of the newest answer time in a host's running average
TOKEN = "_modelwire_pace"  # request.meta key: the host whose gate the request holds a place in


def host_key(request: Request) -> str:
    """``host:port`` of a request's URL (lower case, the scheme's port when none is given)."""
    parts = urlparse_cached(request)
    host = (parts.hostname or "").lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port or (443 if parts.scheme == 'https' else 80)}"


class HostGate:
    """The pace of one host: FIFO waiters, the last start, in-flight count, pause, delays."""

    def __init__(self, paces: HostPaces, key: str):
        self.paces = paces
        self.key = key
        self.waiters: deque[Deferred] = deque()
        self.last_start = float("-inf")
        self.paused_until = 0.0
        self.in_flight = 0
        self.crawl_delay = 0.0
        self.latency = 0.0
        self.timer: Any = None

    def interval(self) -> float:
        return max(self.paces.delay, self.crawl_delay, min(self.latency, self.paces.max_delay))

    def limit(self) -> int:
        """Requests in flight at a time: one for a host with a robots.txt Crawl-delay (so the next
        starts after the last answer, and the server sees the delay between any two), else the
        per-site concurrency."""
        return 1 if self.crawl_delay else self.paces.per_site

    def next_start(self) -> float:
        return max(self.last_start + self.interval(), self.paused_until)

    def acquire(self) -> Deferred:
        d: Deferred = Deferred()
        self.waiters.append(d)
        self.pump()
        return d

    def release(self) -> None:
        self.in_flight = max(0, self.in_flight - 1)
        self.paces.in_flight = max(0, self.paces.in_flight - 1)
        self.paces.pump_all()

    def pump(self) -> None:
        """Let the first waiter through if it may go now, else set a timer for when it may."""
        if self.timer is not None and self.timer.active():
            return
        self.timer = None
        while self.waiters:
            if self.in_flight >= self.limit() or self.paces.in_flight >= self.paces.total:
                return   # a release pumps again
            now = time.monotonic()
            start = self.next_start()
            if start > now:
                from twisted.internet import reactor

                self.timer = reactor.callLater(start - now, self.pump)
                return
            d = self.waiters.popleft()
            if d.called:   # its request was cancelled while it waited
                continue
            self.last_start = now
            self.in_flight += 1
            self.paces.in_flight += 1
            d.callback(None)


class HostPaces:
    """Every host's gate in this process, and the limits they share."""

    def __init__(self) -> None:
        self.gates: dict[str, HostGate] = {}
        self.in_flight = 0
        self.delay = 0.0
        self.max_delay = 60.0
        self.per_site = 2
        self.total = 16

    def configure(self, delay: float, max_delay: float, per_site: int, total: int) -> None:
        self.delay = max(0.0, delay)
        self.max_delay = max(0.0, max_delay)
        self.per_site = max(1, per_site)
        self.total = max(self.per_site, total)

    def gate(self, key: str) -> HostGate:
        gate = self.gates.get(key)
        if gate is None:
            gate = self.gates[key] = HostGate(self, key)
        return gate

    def pump_all(self) -> None:
        for gate in list(self.gates.values()):
            if gate.waiters:
                gate.pump()

    def reset(self) -> None:
        self.__init__()


PACES = HostPaces()


class HostPaceMiddleware:
    """Downloader middleware that holds each request at its host's process-wide gate.

    Sits last among the request-side middlewares (after robots.txt, so a host's ``Crawl-delay``
    is known before its first article request; the robots.txt request itself is paced too), and
    so first to see each answer, whose arrival time starts a ``Retry-After`` pause.
    Disabled by ``MODELWIRE_HOST_PACE_ENABLED = False``.
    """

    def __init__(self, crawler: Any):
        settings = crawler.settings
        if not settings.getbool("MODELWIRE_HOST_PACE_ENABLED", True):
            raise NotConfigured
        self.crawler = crawler
        self.stats = crawler.stats
        self.user_agent = settings.get("ROBOTSTXT_USER_AGENT") or settings.get("USER_AGENT") or "*"
        self.max_crawl_delay = settings.getfloat("MODELWIRE_MAX_CRAWL_DELAY", 60.0)
        self.retry_after_max = settings.getfloat("MODELWIRE_RETRY_AFTER_MAX", 120.0)
        PACES.configure(
            settings.getfloat("MODELWIRE_HOST_DELAY", 0.0),
            settings.getfloat("AUTOTHROTTLE_MAX_DELAY", 60.0),
            settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2),
            settings.getint("CONCURRENT_REQUESTS", 16),
        )
        crawler.signals.connect(self.robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(self.answered, signal=signals.response_downloaded)
        crawler.signals.connect(self.request_left, signal=signals.request_left_downloader)

    @classmethod
    def from_crawler(cls, crawler: Any) -> HostPaceMiddleware:
        return cls(crawler)

    def robots_parsed(self, robotparser: Any, request: Request) -> None:
        getter = getattr(robotparser, "crawl_delay", None)
        try:
            delay = getter(self.user_agent) if getter is not None else None
        except Exception:   # a parser without crawl-delay support
            return
        if delay:
            gate = PACES.gate(host_key(request))
            gate.crawl_delay = min(float(delay), self.max_crawl_delay)
            # robots.txt's own answer has just arrived: the delay runs from it too
            gate.last_start = max(gate.last_start, time.monotonic())

    async def process_request(self, request: Request) -> None:
        gate = PACES.gate(host_key(request))
        if gate.waiters or gate.in_flight >= gate.limit() or gate.next_start() > time.monotonic():
            self.stats.inc_value("modelwire/fetch/pace_wait")
            if gate.crawl_delay:
                self.stats.inc_value("modelwire/fetch/crawl_delay_wait")
        await maybe_deferred_to_future(gate.acquire())
        request.meta[TOKEN] = gate.key
        return None

    def request_left(self, request: Request, spider: Any = None) -> None:
        """The download ended (answer, error or cancel): the host's place is free again."""
        key = request.meta.pop(TOKEN, None)
        if key is not None:
            PACES.gate(key).release()

    def answered(self, response: Response, request: Request, spider: Any = None) -> None:
        """An answer has just arrived (before any middleware saw it): note its time and what it says."""
        arrived = request.meta[ANSWERED_AT] = time.monotonic()
        gate = PACES.gate(host_key(request))
        # A delay also runs from the last answer: when a request reached the server between its
        # start here and its answer is unknown, and the next one must not come sooner. (Without a
        # delay, only the answer-time spacing applies, between starts, as AutoThrottle did.)
        if PACES.delay or gate.crawl_delay:
            gate.last_start = max(gate.last_start, arrived)
        latency = request.meta.get("download_latency")
        if isinstance(latency, (int, float)) and latency >= 0:
            gate.latency = (1 - LATENCY_WEIGHT) * gate.latency + LATENCY_WEIGHT * latency
        if response.status in (429, 503):
            seconds = parse_retry_after(response.headers.get(b"Retry-After"))
            if seconds:
                gate.paused_until = max(gate.paused_until, arrived + min(seconds, self.retry_after_max))
                self.stats.inc_value("modelwire/fetch/retry_after_pause")

    # fallbacks: a request always leaves the downloader through request_left_downloader first
    def process_response(self, request: Request, response: Response) -> Response:
        self.request_left(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self.request_left(request)
        return None
