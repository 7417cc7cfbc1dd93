"""The digest as an Atom feed (``feed.xml`` in ``--out DIR``): one entry per stored week, newest
first, so the digest can be followed in a feed reader. Made with feedgen, which writes valid Atom.

The feed is rebuilt from the database each time, so a re-run updates a week's entry instead of
adding a second one. Links are relative to the feed unless ``[digest] base_url`` says where the
folder is served; feed readers need that to follow them.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from spiders.dates import parse_iso

FEED_ENTRIES = 26          # half a year of weeks; the archive page lists them all
TITLE = "modelwire: the week in AI"
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S | re.I)


def link(base_url: str, name: str) -> str:
    return urljoin(base_url, name) if base_url else name


def entry_content(html: str, chart_src: str | None, cid: str) -> str:
    """The stored e-mail HTML as an entry's content: its body, the chart pointing at its file."""
    m = _BODY.search(html)
    body = m.group(1) if m else html
    return body.replace(f"cid:{cid}", chart_src) if chart_src else body


def atom(weeks: list[dict[str, Any]], *, base_url: str = "") -> bytes:
    """The Atom document for ``weeks``: dicts with key, stem, label, subject, summary, generated_at,
    until, html (the page's body) and has_chart, newest first."""
    from feedgen.feed import FeedGenerator

    fg = FeedGenerator()
    fg.id(link(base_url, "feed.xml") if base_url else "urn:modelwire:digest")
    fg.title(TITLE)
    fg.subtitle("The weekly digest of AI news: top stories, new models, trends and benchmark claims.")
    fg.author({"name": "modelwire"})
    fg.generator("modelwire")
    fg.language("en")
    fg.link(href=link(base_url, "index.html"), rel="alternate", type="text/html")
    fg.link(href=link(base_url, "feed.xml"), rel="self", type="application/atom+xml")
    stamps = [t for t in (parse_iso(w["generated_at"]) for w in weeks) if t is not None]
    if stamps:
        fg.updated(max(stamps))
    for w in weeks[:FEED_ENTRIES]:
        page = link(base_url, f"{w['stem']}.html")
        fe = fg.add_entry(order="append")
        fe.id(page if base_url else f"urn:modelwire:digest:{w['key']}")
        fe.title(w["label"])
        fe.link(href=page, rel="alternate", type="text/html")
        for setter, value in ((fe.updated, w["generated_at"]), (fe.published, w["until"])):
            if parse_iso(value) is not None:
                setter(parse_iso(value))
        fe.summary(w["summary"])
        if w.get("html"):
            fe.content(w["html"], type="html")
    return fg.atom_str(pretty=True)
