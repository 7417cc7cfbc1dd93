"""What the spiders hand to the item pipelines: plain dataclasses, no Scrapy objects.

The pipeline stage (``pipeline/crawl/pipelines.py``) turns these into stored records; the
spiders never touch the database.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# schema.org ``@type`` values (lower-cased, without the schema.org/ prefix) that make a JSON-LD node an
# article: Article and its subtypes, plus Posting and Review. One list for discovery
# (``spiders.discover.looks_like_article_page``) and extraction (``pipeline.extract.metadata``); here
# because this module imports nothing (the extraction workers must not load Scrapy to read it).
ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "analysisnewsarticle", "backgroundnewsarticle", "opinionnewsarticle",
    "reportagenewsarticle", "reviewnewsarticle", "advertisercontentarticle", "satiricalarticle", "report",
    "scholarlyarticle", "medicalscholarlyarticle", "techarticle", "socialmediaposting", "blogposting",
    "liveblogposting", "posting", "review",
})


@dataclass
class FetchedPage:
    """One downloaded article candidate (HTML page), as fetched."""

    url: str                      # the URL as discovered (feed link, sitemap loc, listing href)
    final_url: str                # after redirects
    status: int
    body: bytes
    source: str                   # source name from the config ("" for ad-hoc crawls)
    via: str                      # "feed" | "sitemap" | "listing" | "page"
    headers: dict[str, str] = field(default_factory=dict)   # lower-cased names
    encoding: str | None = None   # the charset the server or page declared (None: undeclared)
    redirect_urls: list[str] = field(default_factory=list)
    # Metadata that the feed / sitemap / listing said about this URL, used as
    # fallbacks by extraction, each with where it came from:
    # {"title": str, "published": iso str, "modified": iso str, "authors": [str],
    #  "tags": [str], "summary": str, "date_source": "feed" | "sitemap"}
    hints: dict = field(default_factory=dict)
    fetched_at: str = ""          # UTC ISO 8601


@dataclass
class CrawlEvent:
    """A URL that did not become a FetchedPage, counted per source in crawl_runs.

    event: "failed" (reason like "http_404", "timeout", "dns", "too_large",
    "not_html", "connection"), "blocked" (reason "private_address",
    "robots", "scheme"), "unchanged" (known article, feed/sitemap says
    not modified), "not_modified" (feed/sitemap answered 304).
    """

    source: str
    url: str
    event: str
    reason: str = ""
    detail: str = ""


@dataclass
class FeedState:
    """Validators for conditional requests of a feed or sitemap URL."""

    source: str
    url: str
    etag: str | None = None
    last_modified: str | None = None
    status: int = 200
    entries: int = 0              # article links the document listed


@dataclass
class DiscoveredSource:
    """What ``modelwire add-source URL`` learned about a site, without crawling articles.

    ``kind`` is the suggested source kind ("feed", "sitemap", "listing" or
    "page"); ``listing`` is true when the page links to several article-like
    URLs (so a ``listing`` source would work).
    """

    url: str
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    listing: bool = False
    title: str = ""
    kind: str = ""
    final_url: str = ""
