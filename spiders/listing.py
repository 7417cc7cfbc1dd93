"""Listing pages (blog index, news section): article links plus pagination."""
from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

from parsel import Selector, SelectorList
from scrapy.http import Request, Response

from spiders.urls import normalize_url, same_site
from spiders.base import ModelwireSpider, content_type, is_html

NON_ARTICLE_SEGMENTS = frozenset(
    {
        "tag", "tags", "category", "categories", "author", "authors", "page", "topic", "topics",
        "search", "feed", "feeds", "rss", "atom", "login", "signin", "sign-in", "signup", "register",
        "about", "about-us", "contact", "privacy", "privacy-policy", "terms", "subscribe",
        "newsletter", "newsletters", "wp-admin", "wp-login.php", "wp-json", "cdn-cgi", "archive",
        "archives", "user", "users", "profile", "account", "cart", "shop", "events", "jobs",
        "careers", "calendar", "section", "sections", "label", "labels", "series", "people",
        "team", "comments", "share", "static", "assets", "media", "uploads",
    }
)
SKIP_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".ico", ".pdf", ".zip", ".gz", ".xml",
    ".rss", ".atom", ".json", ".css", ".js", ".mp3", ".mp4", ".webm", ".mov", ".txt",
)
_DATED = re.compile(r"/(19|20)\d{2}(/(0?[1-9]|1[0-2])(/|$)|-\d{2}-\d{2}|\d{4}(/|-|$))")
_PAGE_QUERY = re.compile(r"(^|&)(page|p|paged|offset|start)=\d", re.I)
_NEXT_TEXT = re.compile(
    r"^(older( posts?| entries| articles| stories)?|next( page| posts?)?|more( posts| stories| articles)?"
    r"|load more|previous posts|earlier( posts)?)\s*[›»→>]*$|^[›»→]$",
    re.I,
)
_WS = re.compile(r"\s+")


def looks_like_article_url(url: str, base: str) -> bool:
    """Heuristic: a same-site URL whose path looks like an article, not navigation."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not same_site(url, base):
        return False
    path = parts.path.lower()
    segments = [s for s in path.split("/") if s]
    if not segments or any(s in NON_ARTICLE_SEGMENTS for s in segments):
        return False
    if path.endswith(SKIP_EXTENSIONS) or (parts.query and _PAGE_QUERY.search(parts.query)):
        return False
    if normalize_url(url) == normalize_url(base):
        return False
    last = re.sub(r"\.(html?|php|aspx?)$", "", segments[-1])
    words = [w for w in re.split(r"[-_+]+", last) if w]
    if _DATED.search(path) and not last.isdigit() and len(words) >= 2:
        return True
    if len(words) >= 4 and len(last) >= 20:
        return True
    return bool(re.fullmatch(r"\d{5,}", last) and len(segments) >= 2)


def _text(sel: Selector) -> str:
    return _WS.sub(" ", " ".join(sel.css("::text").getall())).strip()


def selected_links(selected: SelectorList) -> Iterator[tuple[str, str]]:
    """``(href, text)`` from a CSS selection: attribute strings, ``<a>`` elements or containers."""
    for sel in selected:
        if isinstance(sel.root, str):
            yield sel.root, ""
        elif sel.attrib.get("href"):
            yield sel.attrib["href"], _text(sel)
        else:
            for a in sel.css("a[href]"):
                yield a.attrib["href"], _text(a)


_NEXT_CLASS = re.compile(
    r"^(next|older|more|next-?page|page-?next|older-?(posts?|entries)|load-?more|pagination-?next|nav-?next)$"
    r"|[_-]next$", re.I)
_PATH_PAGE = re.compile(r"/page/(\d+)/?$", re.I)
_QUERY_PAGE = re.compile(r"(?:^|&)(page|p|paged)=(\d+)(?:&|$)", re.I)


def page_number(url: str) -> int:
    """The page number a listing URL names (``/page/3/``, ``?page=3``), 1 if none."""
    parts = urlsplit(url)
    m = _PATH_PAGE.search(parts.path) or _QUERY_PAGE.search(parts.query)
    return int(m.group(m.lastindex)) if m else 1


def _is_page_of(href: str, base: str, number: int) -> bool:
    """``href`` is page ``number`` of the listing at ``base`` (``/page/N/`` or ``?page=N``)."""
    target, here = urlsplit(href), urlsplit(base)
    m = _PATH_PAGE.search(target.path)
    if m and int(m.group(1)) == number:
        return target.path[:m.start()].rstrip("/") == _PATH_PAGE.sub("", here.path).rstrip("/")
    m = _QUERY_PAGE.search(target.query)
    return bool(m and int(m.group(2)) == number and target.path == here.path)


def next_page_href(response: Response, next_selector: str | None = None) -> str | None:
    """The listing's next (older) page, found generically when no ``next_selector`` is given:
    ``rel=next`` (``<a>`` or ``<link>``), a link whose class (or its parent's) says next / older
    / more, a link whose text says so ("Older posts »", "Next", "»") or is the next page's
    number, and a link to ``/page/N+1/`` or ``?page=N+1`` of this listing."""
    if next_selector:
        for href, _ in selected_links(response.css(next_selector)):
            return href
        return None
    href = response.css('link[rel~="next"]::attr(href), a[rel~="next"]::attr(href)').get()
    if href:
        return href
    links = response.css("a[href]")
    for a in links:
        classes = (a.attrib.get("class") or "").split()
        parent = a.xpath("..")
        if parent:
            classes += (parent[0].attrib.get("class") or "").split()
        if any(_NEXT_CLASS.search(c) for c in classes):
            return a.attrib["href"]
    following = page_number(response.url) + 1
    for a in links:
        label = _text(a) or (a.attrib.get("aria-label") or "").strip()
        if label and _NEXT_TEXT.match(label):
            return a.attrib["href"]
        numbered = label == str(following) or label.lower() in (f"page {following}", f"page {following} »")
        if numbered and not looks_like_article_url(urljoin(response.url, a.attrib["href"].strip()), response.url):
            return a.attrib["href"]
    for a in links:
        if _is_page_of(urljoin(response.url, a.attrib["href"].strip()), response.url, following):
            return a.attrib["href"]
    return None


class ListingSpider(ModelwireSpider):
    """Each ``source["urls"]`` is a listing page.

    Article links: ``source["link_selector"]`` (CSS; ``a`` elements, containers of
    them, or ``::attr(href)``), else ``looks_like_article_url``. Next page:
    ``source["next_selector"]``, else ``rel=next`` or an "Older posts"/"Next"
    link. At most ``max_pages`` pages (default 5) per start URL, and no listing
    URL twice (calendar-style infinite pagination stops at both). Hints:
    ``title`` from the link text.
    """

    name = "listing"
    via = "listing"

    def first_request(self, url: str) -> Request | None:
        return self.listing_request(url, 1)

    def page_limit(self) -> int:
        """How many listing pages to follow: ``max_pages``, or on a first crawl the backfill's."""
        return max(self.max_pages, self.backfill_pages) if self.backfill else self.max_pages

    def listing_request(self, url: str, page_no: int) -> Request | None:
        key = normalize_url(url)
        self._seen_articles.add(key)   # a listing page is never an article
        if key in self._seen_listings:
            self.count("listing/seen")
            return None
        if page_no > self.page_limit():
            self.count("listing/max_pages")
            return None
        self._seen_listings.add(key)
        return Request(
            url, callback=self.parse_listing, errback=self.on_error, dont_filter=True,
            meta={"modelwire_url": url, "page_no": page_no},
        )

    def parse_listing(self, response: Response):
        if not is_html(response):
            yield self.event(response.meta.get("modelwire_url", response.url), "failed", "not_html",
                             content_type(response))
            return
        yield from self.listing_items(response, response.meta.get("page_no", 1))

    def article_links(self, response: Response) -> Iterator[tuple[str, str]]:
        selector = self.source.get("link_selector")
        if selector:
            for href, text in selected_links(response.css(selector)):
                yield urljoin(response.url, href.strip()), text
            return
        for a in response.css("a[href]"):
            url = urljoin(response.url, a.attrib["href"].strip())
            if looks_like_article_url(url, response.url):
                yield url, _text(a)

    def listing_items(self, response: Response, page_no: int = 1):
        self._seen_listings.add(normalize_url(response.url))
        self._seen_articles.add(normalize_url(response.url))
        nxt = next_page_href(response, self.source.get("next_selector"))
        next_url = urljoin(response.url, nxt.strip()) if nxt else None
        if next_url and not same_site(next_url, response.url):
            self.count("listing/offsite_next")
            next_url = None
        if next_url:
            self._seen_articles.add(normalize_url(next_url))
        self.count("listing/page")
        for url, text in self.article_links(response):
            result = self.article_request(url, {"title": text}, "listing")
            if result is not None:
                yield result
        if next_url:
            request = self.listing_request(next_url, page_no + 1)
            if request is not None:
                yield request
