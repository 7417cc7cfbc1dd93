"""RSS 0.9x / 1.0 (RDF) / 2.0 and Atom feeds: parsed with feedparser, or incrementally when large.

feedparser builds the whole feed in memory, several hundred bytes per element: a 10 MB feed of
172,000 items peaked at 634 MB. A feed larger than ``MODELWIRE_FEED_STREAM_SIZE`` (1 MB) is
read by ``stream_entries`` instead, an lxml ``iterparse`` that drops each item once read, and
only the newest ``MODELWIRE_MAX_ENTRIES`` entries are kept, so memory stays flat with the
feed's size. Small feeds keep feedparser, which reads the broken ones best.
"""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any, Callable

import feedparser
from lxml import html as lxml_html
from scrapy.http import Response

from spiders.base import ModelwireSpider, iso_utc, lower_headers, parse_date
from spiders.xmlstream import local_name, stream_elements

DEFAULT_STREAM_SIZE = 1024 * 1024

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


def entry_hints(entry: Any, version: str = "", date: Callable[[Any], str | None] = iso_utc) -> dict:
    """Hints for one entry. RSS 2.0 ``pubDate`` is ``published``; Atom ``updated`` and RSS 1.0
    ``dc:date`` are ``modified`` (RSS 1.0's ``dc:date`` is also used as ``published``).
    ``date`` reads each date (the spider's counts the ones it cannot read)."""
    authors = [a.get("name", "").strip() for a in entry.get("authors") or [] if a.get("name")]
    if not authors and entry.get("author"):
        authors = [entry["author"].strip()]
    tags = [t.get("term", "").strip() for t in entry.get("tags") or [] if t.get("term")]
    published = date(_own(entry, "published_parsed") or _own(entry, "published"))
    modified = date(_own(entry, "updated_parsed") or _own(entry, "updated"))
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


_ATOM_ALTERNATE = ("", "alternate")


def _stream_fields(elem: Any) -> tuple[str | None, dict]:
    """``(link, raw fields)`` of one RSS ``<item>`` or Atom ``<entry>`` element."""
    link = guid = None
    raw: dict[str, Any] = {"authors": [], "tags": []}
    for child in elem:
        name = local_name(child.tag).lower()
        text = (child.text or "").strip()
        if name == "link":
            href = child.get("href")
            if href and child.get("rel", "") in _ATOM_ALTERNATE and not link:
                link = href.strip()
            elif text and not link:
                link = text
        elif name in ("guid", "id"):
            guid = text
        elif name == "title":
            raw["title"] = "".join(child.itertext())
        elif name in ("pubdate", "published", "issued"):
            raw["published"] = text
        elif name in ("updated", "modified", "date"):   # atom:updated, dcterms:modified, dc:date
            raw["updated"] = text
        elif name in ("creator", "author"):
            names = [n.text for n in child if isinstance(n.tag, str) and n.tag.endswith("name") and n.text]
            raw["authors"] += [n.strip() for n in names] or ([text] if text else [])
        elif name in ("category", "subject"):
            term = child.get("term") or text
            if term:
                raw["tags"].append(term.strip())
        elif name in ("description", "summary") or (name == "content" and "summary" not in raw):
            raw["summary"] = "".join(child.itertext())
    if not link and guid and guid.startswith(("http://", "https://")):
        link = guid
    return link, raw


def stream_entries(body: bytes) -> Iterator[tuple[str | None, dict]]:
    """``(link, raw fields)`` per item of an RSS 0.9x/1.0/2.0 or Atom feed, read incrementally
    (``spiders.xmlstream``). Malformed XML ends the entries where it breaks."""
    for elem in stream_elements(body, ("item", "entry")):
        yield _stream_fields(elem)


def stream_hints(raw: dict, date: Callable[[Any], str | None] = iso_utc) -> dict:
    """``entry_hints`` for ``stream_entries``' raw fields."""
    hints = {
        "title": html_to_text(raw.get("title")),
        "published": date(raw.get("published")),
        "modified": date(raw.get("updated")),
        "authors": raw.get("authors") or [],
        "tags": raw.get("tags") or [],
        "summary": html_to_text(raw.get("summary")),
        "date_source": "feed",
    }
    if not hints["published"] and raw.get("updated") and "published" not in raw:
        hints["published"] = hints["modified"]   # RSS 1.0 dc:date
    return {k: v for k, v in hints.items() if v}


def _raw_date(raw: dict) -> Any:
    return parse_date(raw.get("updated")) or parse_date(raw.get("published"))


class FeedSpider(ModelwireSpider):
    """Each ``source["urls"]`` is a feed; every entry link is fetched as an article page.

    Yields per feed a ``FeedState`` (200) or ``CrawlEvent(not_modified)`` (304),
    then a ``FetchedPage`` or ``CrawlEvent`` per entry (hints as in ``entry_hints``), newest
    entries first, at most ``MODELWIRE_MAX_ENTRIES`` of them. A date that cannot be read
    costs that field only (``modelwire/crawl/bad_date``).
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
        url = response.meta.get("modelwire_url", response.url)
        if len(response.body) > self.setting("MODELWIRE_FEED_STREAM_SIZE", DEFAULT_STREAM_SIZE):
            self.count("feed_streamed")
            entries = self.newest_entries(stream_entries(response.body), url, lambda e: _raw_date(e[1]))
            links = [(link, stream_hints(raw, self.date_hint)) for link, raw in entries]
            if not links:
                yield self.event(url, "failed", "not_feed", "no items in a large document")
                return
        else:
            parsed = parse_feed_body(response)
            if not parsed.entries and not parsed.get("version"):
                yield self.event(url, "failed", "not_feed", str(parsed.get("bozo_exception", ""))[:300])
                return
            version = parsed.get("version") or ""
            entries = self.newest_entries(
                parsed.entries, url,
                lambda e: parse_date(_own(e, "updated_parsed") or _own(e, "published_parsed")))
            links = [(entry_link(e), entry_hints(e, version, self.date_hint)) for e in entries]
        for link, hints in links:
            result = self.article_request(link, hints, "feed", base=response.url)
            if result is not None:
                yield result
        yield self.feed_state(response, len(links))
