"""Scrapy settings for modelwire crawls: polite by default."""
from __future__ import annotations

from typing import Any

DEFAULT_CONTACT_URL = "https://github.com/modelwire/modelwire"

_MW = "spiders.middlewares"


def crawl_settings(options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return the Scrapy settings dict for a crawl.

    ``options`` (all optional):

    - ``user_agent``: full User-Agent; default ``modelwire/0.1 (+<contact_url>)``.
    - ``contact_url``: URL put in the default User-Agent.
    - ``allow_private``: list of IPs / CIDRs / host names the private-address
      guard lets through (``MODELWIRE_ALLOW_PRIVATE``); default none.
    - ``download_delay``: seconds between requests to one host (default 1.0); a larger
      robots.txt ``Crawl-delay`` wins. Kept per host for the whole process, whichever
      source asks (``spiders.pace``), not per source as Scrapy's own delay would be.
    - ``timeout``: download timeout in seconds (default 30).
    - ``max_size``: maximum response size in bytes (default 10 MB); warnings
      at a quarter of it.
    - ``retry_after_max``: longest ``Retry-After`` honoured, in seconds (default 120); a
      429/503 asking for longer is not retried.
    - ``log_level``: Scrapy log level (default ``"INFO"``).
    - ``concurrency``: requests in flight to one host at a time, over all sources (default 2).
    - ``total_concurrency``: requests in flight in all (default 32).
    - ``obey_robots``: obey robots.txt (default True).

    Other modelwire settings (override through ``extra_settings``):
    ``MODELWIRE_RETRY_BACKOFF`` / ``_MAX`` (retry waits), ``MODELWIRE_MAX_CRAWL_DELAY``
    (60 s cap on robots Crawl-delay), ``MODELWIRE_ROBOTS_MAX_SIZE`` (500 KiB of robots.txt read),
    ``MODELWIRE_HOST_PACE_ENABLED`` (True), ``MODELWIRE_SITEMAP_MAX_FILES`` (50),
    ``MODELWIRE_SITEMAP_MAX_DEPTH`` (3), ``MODELWIRE_MAX_ENTRIES`` (5,000 newest entries read
    per feed or sitemap file), ``MODELWIRE_MAX_ARTICLES`` (20,000 article requests per source
    and run), ``MODELWIRE_FEED_STREAM_SIZE`` (feeds above 1 MB are read incrementally),
    ``MODELWIRE_PRIVATE_GUARD_ENABLED`` (True; also turns off the connect-time check of
    ``spiders.resolver.GuardedResolver``, the ``TWISTED_DNS_RESOLVER``).

    Callers add ``ITEM_PIPELINES`` (see ``spiders.process.run_crawl``).
    """
    o = dict(options or {})
    contact = o.get("contact_url") or DEFAULT_CONTACT_URL
    user_agent = o.get("user_agent") or f"modelwire/0.1 (+{contact})"
    delay = float(o["download_delay"]) if o.get("download_delay") is not None else 1.0
    timeout = float(o["timeout"]) if o.get("timeout") is not None else 30.0
    max_size = int(o["max_size"]) if o.get("max_size") is not None else 10 * 1024 * 1024
    retry_after_max = float(o["retry_after_max"]) if o.get("retry_after_max") is not None else 120.0
    obey = bool(o["obey_robots"]) if o.get("obey_robots") is not None else True
    per_site = int(o.get("concurrency") or 2)
    total = max(int(o.get("total_concurrency") or 32), per_site)
    return {
        # the pace per host is spiders.pace's, shared by every source of the process: Scrapy's
        # own delay and AutoThrottle keep one pace per crawler, i.e. per source
        "AUTOTHROTTLE_ENABLED": False,
        "AUTOTHROTTLE_MAX_DELAY": 60.0,   # also the cap on the pace a slow server's answer time sets
        "MODELWIRE_HOST_DELAY": delay,
        "CONCURRENT_REQUESTS": total,
        "CONCURRENT_REQUESTS_PER_DOMAIN": per_site,
        # Scrapy starts this many asyncio tasks for every response's callback output, however
        # short: 100 (the default) costs ~1 ms of reactor CPU per article page, which yields one
        # item. Outputs here are requests and cheap items plus at most one page per response.
        "CONCURRENT_ITEMS": 4,
        "COOKIES_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        "DOWNLOAD_MAXSIZE": max_size,
        "DOWNLOAD_TIMEOUT": timeout,
        "DOWNLOAD_WARNSIZE": max(max_size // 4, 1),
        "DNS_TIMEOUT": timeout,
        # off (REMOTE_CONTROL_ENABLED below), so not even imported: ~0.1 s of CPU per crawl process
        "EXTENSIONS": {"scrapy.extensions.remote_control.RemoteControl": None},
        # checks the addresses each connection really uses (redirects and DNS rebinding included)
        "TWISTED_DNS_RESOLVER": "spiders.resolver.GuardedResolver",
        "DOWNLOADER_MIDDLEWARES": {
            # before RobotsTxtMiddleware (100): no robots.txt fetch for refused hosts
            f"{_MW}.PrivateAddressMiddleware": 50,
            # one robots.txt per host for the process, read up to 500 KiB
            "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
            f"{_MW}.SharedRobotsTxtMiddleware": 100,
            # last before the download: after robots.txt (its Crawl-delay is known by then),
            # first to see an answer (a Retry-After pause counts from its arrival)
            "spiders.pace.HostPaceMiddleware": 950,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            f"{_MW}.BackoffRetryMiddleware": 550,
            # after the retry middleware, so a connect-time refusal is not retried
            f"{_MW}.ResolvedAddressMiddleware": 560,
        },
        # a callback that raises on hostile input gives a counted failure, not a lost document
        "SPIDER_MIDDLEWARES": {f"{_MW}.ParseErrorMiddleware": 10},
        "HTTPCACHE_ENABLED": False,
        "LOG_LEVEL": o.get("log_level") or "INFO",
        "MODELWIRE_ALLOW_PRIVATE": list(o.get("allow_private") or []),
        "MODELWIRE_RETRY_AFTER_MAX": retry_after_max,
        "MODELWIRE_RETRY_BACKOFF": 1.0,         # s; doubles per attempt
        "MODELWIRE_RETRY_BACKOFF_MAX": 30.0,
        "REDIRECT_MAX_TIMES": 5,
        "REMOTE_CONTROL_ENABLED": False,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
        "RETRY_ENABLED": True,
        "RETRY_TIMES": 2,
        "ROBOTSTXT_OBEY": obey,
        "TELNETCONSOLE_ENABLED": False,
        "USER_AGENT": user_agent,
    }
