"""``modelwire add-source``: run the discovery spider once and phrase what it found."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from spiders.items import CrawlEvent, DiscoveredSource


@dataclass
class Discovery:
    found: DiscoveredSource

    def suggested_name(self) -> str:
        host = (urlsplit(self.found.final_url or self.found.url).hostname or "source").lower()
        host = host.removeprefix("www.")
        return re.sub(r"[^\w.-]+", "-", host).strip("-") or "source"

    def as_source(self, name: str | None = None) -> dict[str, Any]:
        f = self.found
        kind = f.kind or ("feed" if f.feeds else "sitemap" if f.sitemaps else "listing")
        if kind == "feed":
            urls = f.feeds or [f.url]
        elif kind == "sitemap":
            urls = f.sitemaps or [f.url]
        else:
            urls = [f.url]
        return {"name": name or self.suggested_name(), "kind": kind, "urls": urls, "group": "default",
                "link_selector": None, "next_selector": None, "follow_pattern": None}

    def describe(self) -> str:
        f = self.found
        lines = [f"{f.url}" + (f" ({f.title})" if f.title else "")]
        lines.append(f"  feeds:    {', '.join(f.feeds) if f.feeds else 'none found'}")
        lines.append(f"  sitemaps: {', '.join(f.sitemaps) if f.sitemaps else 'none found'}")
        lines.append(f"  listing:  {'yes, the page links to articles' if f.listing else 'no'}")
        lines.append(f"  → kind {self.as_source()['kind']!r}")
        return "\n".join(lines)


def discover_source(url: str, options: dict[str, Any]) -> Discovery | None:
    """Fetch ``url`` (and robots.txt, sitemaps) with the real spider; None if unreachable.

    Runs Scrapy's reactor, so it can be called once per process.
    """
    from spiders.process import run_discover

    items = run_discover([url], options=options, extra_settings={"LOG_FORMATTER": "pipeline.crawl.pipelines.QuietLogFormatter",
                                                                 "LOG_INSTALL_ROOT_HANDLER": False})
    for item in items:
        if isinstance(item, DiscoveredSource):
            return Discovery(item)
    for item in items:
        if isinstance(item, CrawlEvent):
            detail = (item.detail or "").removeprefix(f"{item.reason}: ")
            hint = "; allow it with --allow-private ADDR" if item.reason == "private_address" else ""
            raise DiscoveryFailed(f"{url}: {item.event} ({item.reason}{': ' + detail if detail else ''}){hint}")
    return None


class DiscoveryFailed(Exception):
    pass
