"""The bundled offline demo site (pipeline/demo): server behaviour and content invariants."""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import feedparser
import pytest
from bs4 import BeautifulSoup

from pipeline.demo import MANIFEST, OUTLETS, SITE_ROOT, DemoSite, load_manifest

ARTICLE_KINDS = {"article", "syndicated_copy", "amp_copy", "updated", "new_in_v2", "non_ai", "paywalled", "charset"}
ORIGINAL_KINDS = ARTICLE_KINDS - {"syndicated_copy", "amp_copy"}
BODY_SELECTOR = {
    "tokenwise": "div.entry-content",
    "frontier-ledger": "div.article-body",
    "openweights-lab": "div.post-content",
}
PLACEHOLDER = re.compile(rb"__BASE[A-Z_]*__")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


_opener = urllib.request.build_opener()
_no_redirect = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, headers: dict | None = None, method: str = "GET", follow: bool = True):
    """Return (status, headers, body) without raising on HTTP errors."""
    req = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with (_opener if follow else _no_redirect).open(req, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


@pytest.fixture(scope="module")
def site():
    with DemoSite(revision=1) as s:
        yield s


@pytest.fixture(autouse=True)
def _back_to_rev1(site):
    site.set_revision(1)
    yield
    site.set_revision(1)


@pytest.fixture(scope="module")
def manifest():
    return load_manifest()


def served_path(rel: str) -> str:
    """site-relative file name (without .v2) -> URL path."""
    if rel == "index.html":
        return "/"
    if rel.endswith("/index.html"):
        return "/" + rel[: -len("index.html")]
    return "/" + rel


def logical(rel: str) -> str:
    return rel.replace(".v2.", ".")


# ---------------------------------------------------------------------------------------------
# manifest


def test_manifest_shape(manifest):
    keys = {"outlet", "path", "title", "published", "modified", "authors", "kind", "canonical_of", "revision"}
    seen = set()
    for m in manifest:
        assert keys <= set(m), m
        assert m["outlet"] in OUTLETS
        assert (m["outlet"], m["path"]) not in seen, m["path"]
        seen.add((m["outlet"], m["path"]))
        assert m["revision"] in (1, 2)
        if m["kind"] == "not_article":
            assert m["published"] is None and m["authors"] == []
            continue
        assert m["kind"] in ARTICLE_KINDS, m["kind"]
        assert datetime.fromisoformat(m["published"]).utcoffset() is not None
        if m["modified"]:
            assert datetime.fromisoformat(m["modified"]) >= datetime.fromisoformat(m["published"])
        assert m["authors"] and all(isinstance(a, str) and a for a in m["authors"])
        assert m["title"]
    kinds = {m["kind"] for m in manifest}
    assert ARTICLE_KINDS | {"not_article"} <= kinds, "every special case must be present"
    assert sum(m["kind"] == "non_ai" for m in manifest) >= 2
    assert any(m["outlet"] == "tokenwise" and m["path"] == "/tag/deepseek/" for m in manifest)
    for m in manifest:
        if m["kind"] in ("syndicated_copy", "amp_copy"):
            target = m.get("canonical_outlet") or m["outlet"]
            assert (target, m["canonical_of"]) in seen


def test_every_file_in_manifest(manifest):
    listed = {(m["outlet"], m["path"]) for m in manifest}
    for outlet in OUTLETS:
        for f in (SITE_ROOT / outlet).rglob("*.html"):
            rel = logical(f.relative_to(SITE_ROOT / outlet).as_posix())
            assert (outlet, served_path(rel)) in listed, f"{outlet}/{rel} missing from manifest"


def test_every_manifest_entry_is_served(site, manifest):
    for m in manifest:
        site.set_revision(m["revision"])
        status, headers, body = fetch(site.bases[m["outlet"]] + m["path"])
        assert status == 200, (m["outlet"], m["path"], status)
        assert headers["Content-Type"].startswith("text/html")
        if m["revision"] == 2:
            site.set_revision(1)
            assert fetch(site.bases[m["outlet"]] + m["path"])[0] == 404, m["path"]


def test_article_count_and_week_span(manifest):
    originals = [m for m in manifest if m["kind"] in ORIGINAL_KINDS]
    assert len(originals) >= 42
    weeks = {datetime.fromisoformat(m["published"]).isocalendar()[:2] for m in originals}
    assert len(weeks) >= 8
    for m in originals:
        d = datetime.fromisoformat(m["published"]).date().isoformat()
        assert "2025-10-06" <= d <= "2025-12-07", m["path"]
    for outlet in OUTLETS:
        assert sum(m["outlet"] == outlet for m in originals) >= 12


def test_article_pages_have_title_and_body(site, manifest):
    site.set_revision(2)
    for m in manifest:
        if m["kind"] == "not_article":
            continue
        status, headers, body = fetch(site.bases[m["outlet"]] + m["path"])
        assert status == 200
        enc = "cp1252" if m["kind"] == "charset" else "utf-8"
        soup = BeautifulSoup(body.decode(enc), "html.parser")
        assert soup.title and soup.title.get_text(strip=True)
        assert soup.h1 and soup.h1.get_text(strip=True) == m["title"]
        sel = "div.amp-body" if m["kind"] == "amp_copy" else BODY_SELECTOR[m["outlet"]]
        node = soup.select_one(sel)
        assert node is not None, (m["path"], sel)
        n_words = len(node.get_text(" ").split())
        if m["kind"] == "paywalled":
            teaser = node.find_all("p", recursive=False)
            assert len(teaser) == 2  # only the teaser is delivered
            assert 40 <= sum(len(t.get_text(" ").split()) for t in teaser) < 150
            assert node.select_one(".paywalled") is not None
        else:
            assert n_words >= 150, (m["path"], n_words)
        for name in m["authors"]:
            assert name in soup.get_text(), (m["path"], name)


# ---------------------------------------------------------------------------------------------
# server behaviour


def test_placeholders_substituted(site):
    targets = [
        ("tokenwise", "/"), ("tokenwise", "/feed/"), ("tokenwise", "/2025/11/07/kimi-k2-thinking-300-tool-calls/"),
        ("frontier-ledger", "/robots.txt"), ("frontier-ledger", "/sitemap-index.xml"),
        ("frontier-ledger", "/partner/partner-minimax-m2-ten-billion-active-parameters.html"),
        ("openweights-lab", "/feed.atom"), ("openweights-lab", "/blog/page/2/"),
    ]
    for outlet, path in targets:
        status, _, body = fetch(site.bases[outlet] + path)
        assert status == 200
        assert not PLACEHOLDER.search(body), (outlet, path)
        assert site.bases[outlet].encode() in body
    _, _, body = fetch(site.bases["frontier-ledger"] + "/partner/partner-minimax-m2-ten-billion-active-parameters.html")
    soup = BeautifulSoup(body, "html.parser")
    canonical = soup.find("link", rel="canonical")["href"]
    assert canonical == site.bases["tokenwise"] + "/2025/10/28/minimax-m2-ten-billion-active-parameters/"


def test_routing(site):
    tw = site.bases["tokenwise"]
    status, headers, body = fetch(tw + "/feed/")
    assert status == 200 and headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    status, _, body2 = fetch(tw + "/?utm_source=x&fbclid=abc")
    assert status == 200 and body2 == fetch(tw + "/")[2]
    status, headers, _ = fetch(site.bases["openweights-lab"] + "/blog", follow=False)
    assert status == 301 and headers["Location"].endswith("/blog/")
    assert fetch(tw + "/nope/")[0] == 404
    assert fetch(tw + "/index.v2.html")[0] == 404
    assert fetch(tw + "/../manifest.json")[0] == 404
    status, headers, body = fetch(tw + "/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 1000
    _, headers, _ = fetch(site.bases["openweights-lab"] + "/feed.atom")
    assert headers["Content-Type"] == "application/atom+xml; charset=utf-8"


def test_conditional_requests(site):
    url = site.bases["frontier-ledger"] + "/sitemap-news.xml"
    status, headers, body = fetch(url)
    assert status == 200 and int(headers["Content-Length"]) == len(body)
    etag, lm = headers["ETag"], headers["Last-Modified"]
    assert etag.startswith('"') and lm.endswith("GMT")
    assert fetch(url, {"If-None-Match": etag})[0] == 304
    assert fetch(url, {"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert fetch(url, {"If-None-Match": '"stale"'})[0] == 200
    assert fetch(url, {"If-Modified-Since": lm})[0] == 304
    assert fetch(url, {"If-Modified-Since": "Mon, 06 Oct 2025 00:00:00 GMT"})[0] == 200
    # same bytes -> same ETag across requests
    assert fetch(url)[1]["ETag"] == etag


def test_request_log(site):
    site.reset_requests()
    fetch(site.bases["tokenwise"] + "/robots.txt")
    fetch(site.bases["openweights-lab"] + "/missing?utm_source=a")
    assert site.requests == [
        ("tokenwise", "GET", "/robots.txt", 200),
        ("openweights-lab", "GET", "/missing?utm_source=a", 404),
    ]
    site.reset_requests()
    assert site.requests == []


def test_revision_switch(site):
    fl = site.bases["frontier-ledger"]
    page = fl + "/companies/moonshot-ai-releases-kimi-k2-thinking.html"
    s1, h1, b1 = fetch(page)
    _, _, sm1 = fetch(fl + "/sitemap-articles.xml")
    _, _, atom1 = fetch(site.bases["openweights-lab"] + "/feed.atom")
    site.set_revision(2)
    s2, h2, b2 = fetch(page)
    assert s1 == s2 == 200 and b1 != b2 and h1["ETag"] != h2["ETag"]
    assert fetch(page, {"If-None-Match": h1["ETag"]})[0] == 200
    assert b"Correction, December 6" in b2 and b"Correction" not in b1
    ld = json.loads(BeautifulSoup(b2, "html.parser").find("script", type="application/ld+json").string)
    assert ld["dateModified"] == "2025-12-06T10:40:00-05:00"
    _, _, sm2 = fetch(fl + "/sitemap-articles.xml")
    assert sm1 != sm2 and b"<lastmod>2025-12-06T10:40:00-05:00</lastmod>" in sm2
    _, _, atom2 = fetch(site.bases["openweights-lab"] + "/feed.atom")
    new = b"/blog/open-weights-leaderboard-december-2025/"
    assert new in atom2 and new not in atom1
    assert new in fetch(site.bases["openweights-lab"] + "/blog/")[2]
    with pytest.raises(ValueError):
        site.set_revision(3)


# ---------------------------------------------------------------------------------------------
# feeds, sitemaps, charset


def test_feeds_parse(site, manifest):
    for rev in (1, 2):
        site.set_revision(rev)
        for outlet, path in (("tokenwise", "/feed/"), ("openweights-lab", "/feed.atom")):
            _, _, body = fetch(site.bases[outlet] + path)
            d = feedparser.parse(body)
            assert not d.bozo, (outlet, d.get("bozo_exception"))
            expected = {m["path"] for m in manifest if m["outlet"] == outlet and m["kind"] != "not_article"
                        and m["revision"] <= rev}
            links = set()
            for entry in d.entries:
                assert entry.title and entry.get("published_parsed") and entry.get("author")
                assert "utm_source=rss" in entry.link
                assert entry.link.startswith(site.bases[outlet])
                links.add(entry.link[len(site.bases[outlet]):].split("?")[0])
            assert links == expected, (outlet, rev, links ^ expected)
    site.set_revision(1)
    d = feedparser.parse(fetch(site.bases["tokenwise"] + "/feed/")[2])
    two = [e for e in d.entries if len(e.get("authors", [])) >= 2]
    assert two and all(e.get("tags") for e in d.entries)


def test_sitemaps_well_formed(site, manifest):
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "news": "http://www.google.com/schemas/sitemap-news/0.9"}
    fl = site.bases["frontier-ledger"]
    robots = fetch(fl + "/robots.txt")[2].decode()
    sitemap_url = re.search(r"^Sitemap:\s*(\S+)", robots, re.M).group(1)
    assert "Disallow: /private/" in robots
    index = ET.fromstring(fetch(sitemap_url)[2])
    children = [loc.text for loc in index.findall("sm:sitemap/sm:loc", ns)]
    assert len(children) == 2
    locs = set()
    for url in children:
        status, headers, body = fetch(url)
        assert status == 200 and headers["Content-Type"].startswith("application/xml")
        root = ET.fromstring(body)
        for u in root.findall("sm:url", ns):
            locs.add(u.find("sm:loc", ns).text)
            news = u.find("news:news", ns)
            if news is not None:
                datetime.fromisoformat(news.find("news:publication_date", ns).text)
                assert news.find("news:title", ns).text
            elif u.find("sm:lastmod", ns) is not None:
                datetime.fromisoformat(u.find("sm:lastmod", ns).text)
    expected = {fl + m["path"] for m in manifest
                if m["outlet"] == "frontier-ledger" and m["kind"] not in ("not_article", "amp_copy")}
    assert expected <= locs


def test_legacy_charset_page(site, manifest):
    (m,) = [m for m in manifest if m["kind"] == "charset"]
    status, headers, body = fetch(site.bases[m["outlet"]] + m["path"])
    assert status == 200
    assert headers["Content-Type"] == "text/html"  # charset only in the meta tag
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    text = body.decode("cp1252")
    assert '<meta charset="windows-1252">' in text
    assert "’" in text and "Renée Duval" in text and "“" in text
    assert site.bases["tokenwise"] in text


def test_special_cases_markup(site, manifest):
    by_kind = {}
    for m in manifest:
        by_kind.setdefault(m["kind"], []).append(m)
    fl = site.bases["frontier-ledger"]
    # paywalled
    (p,) = by_kind["paywalled"]
    soup = BeautifulSoup(fetch(fl + p["path"])[2], "html.parser")
    ld = json.loads(soup.find("script", type="application/ld+json").string)
    assert ld["isAccessibleForFree"] is False and ld["hasPart"]["cssSelector"] == ".paywalled"
    assert "Subscribe to read" in soup.get_text()
    # amp copy points to the normal page, which links back with rel=amphtml
    (a,) = by_kind["amp_copy"]
    soup = BeautifulSoup(fetch(fl + a["path"])[2], "html.parser")
    assert soup.find("link", rel="canonical")["href"] == fl + a["canonical_of"]
    normal = BeautifulSoup(fetch(fl + a["canonical_of"])[2], "html.parser")
    assert normal.find("link", rel="amphtml")["href"] == fl + a["path"]
    # the date-only-in-URL Tokenwise post has no machine-readable date
    page = fetch(site.bases["tokenwise"] + "/2025/11/03/three-weeks-with-gpt-5-in-a-real-codebase/")[2]
    assert b"November 3, 2025" in page and b"datetime=" not in page and b"2025-11-03" not in page
    # every openweights page advertises the Atom feed
    for m in manifest:
        if m["outlet"] == "openweights-lab":
            site.set_revision(m["revision"])
            soup = BeautifulSoup(fetch(site.bases["openweights-lab"] + m["path"])[2], "html.parser")
            assert soup.find("link", rel="alternate", type="application/atom+xml")
    # listing pagination: ~6 per page with an "Older posts" link
    site.set_revision(1)
    soup = BeautifulSoup(fetch(site.bases["openweights-lab"] + "/blog/")[2], "html.parser")
    assert len(soup.select("li.post-card")) == 6
    assert soup.find("a", rel="next", string=re.compile("Older posts"))["href"].endswith("/blog/page/2/")
    # robots: one outlet sets a crawl delay
    assert "Crawl-delay: 0.1" in fetch(site.bases["tokenwise"] + "/robots.txt")[2].decode()


def test_manifest_file_matches_constant():
    assert MANIFEST == SITE_ROOT / "manifest.json" and MANIFEST.is_file()
    assert json.loads(Path(MANIFEST).read_text(encoding="utf-8")) == load_manifest()
