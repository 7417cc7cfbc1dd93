"""RSS 0.9x / 1.0 (RDF) / 2.0 and Atom feeds, parsed with feedparser."""
from __future__ import annotations

import io
import re
from typing import Any

import feedparser
from lxml import html as lxml_html
from scrapy.http import Response

from spiders.base import ModelwireSpider, iso_utc, lower_headers

_WS = re.compile(r"\s+")


def html_to_text(value: str | None) -> str:
    if not value:
        return ""
    if "<" in value:
        try:
            value = lxml_html.fromstring(value).text_content()
        except Exception:   # lxml raises several types on junk
            value = re.sub(r"<[^>]+>", " ", value)
    return _WS.sub(" ", value).strip()


def parse_feed_body(response: Response) -> Any:
    """feedparser result for a response body (never lets feedparser fetch anything)."""
    headers = lower_headers(response)
    headers["content-location"] = response.url
    return feedparser.parse(io.BytesIO(response.body), response_headers=headers)


def entry_link(entry: Any) -> str | None:
    link = entry.get("link")
    if link:
        return link
    for item in entry.get("links") or []:
        if item.get("rel", "alternate") == "alternate" and item.get("href"):
            return item["href"]
    guid = entry.get("id") or ""
    return guid if guid.startswith(("http://", "https://")) else None


def _own(entry: Any, key: str) -> Any:
    """``entry[key]`` without feedparser's fallbacks (it answers ``updated`` with ``published``)."""
    return dict.get(entry, key)


def entry_hints(entry: Any, version: str = "") -> dict:
    """Hints for one entry. RSS 2.0 ``pubDate`` is ``published``; Atom ``updated`` and RSS 1.0
    ``dc:date`` are ``modified`` (RSS 1.0's ``dc:date`` is also used as ``published``)."""
    authors = [a.get("name", "").strip() for a in entry.get("authors") or [] if a.get("name")]
    if not authors and entry.get("author"):
        authors = [entry["author"].strip()]
    tags = [t.get("term", "").strip() for t in entry.get("tags") or [] if t.get("term")]
    published = iso_utc(_own(entry, "published_parsed")) or iso_utc(_own(entry, "published"))
    modified = iso_utc(_own(entry, "updated_parsed")) or iso_utc(_own(entry, "updated"))
    if not published and version.startswith(("rss09", "rss10")):
        published = modified
    hints = {
        "title": html_to_text(entry.get("title")),
        "published": published,
        "modified": modified,
        "authors": authors,
        "tags": tags,
        "summary": html_to_text(entry.get("summary")),
        "date_source": "feed",
    }
    return {k: v for k, v in hints.items() if v}


class FeedSpider(ModelwireSpider):
    """Each ``source["urls"]`` is a feed; every entry link is fetched as an article page.

    Yields per feed a ``FeedState`` (200) or ``CrawlEvent(not_modified)`` (304),
    then a ``FetchedPage`` or ``CrawlEvent`` per entry (hints as in ``entry_hints``).
    """

    name = "feed"
    via = "feed"

    def first_request(self, url: str):
        return self.doc_request(url, self.parse_feed)

    def parse_feed(self, response: Response):
        event = self.not_modified(response)
        if event is not None:
            yield event
            return
        yield from self.feed_items(response)

    def feed_items(self, response: Response):
        parsed = parse_feed_body(response)
        url = response.meta.get("modelwire_url", response.url)
        if not parsed.entries and not parsed.get("version"):
            yield self.event(url, "failed", "not_feed", str(parsed.get("bozo_exception", ""))[:300])
            return
        for entry in parsed.entries:
            result = self.article_request(entry_link(entry), entry_hints(entry, parsed.get("version") or ""), "feed", base=response.url)
            if result is not None:
                yield result
        yield self.feed_state(response, len(parsed.entries))
