"""FeedSpider against the mock server: RSS 2.0, RSS 1.0 (RDF), Atom, incremental and conditional crawls."""
from __future__ import annotations

import pytest

A1 = "/2024/05/openai-releases-gpt-5-preview.html"
A2 = "/2024/05/anthropic-claude-update-announced.html"
A3 = "/2024/06/google-gemini-benchmark-results.html"
A4 = "/2024/06/meta-llama-open-weights-release.html"
A5 = "/2024/06/mistral-raises-new-funding-round.html"
A6 = "/2024/07/deepmind-alphafold-successor-paper.html"


@pytest.fixture(scope="module")
def formats(crawl_module, mockserver):
    """One crawl, three jobs: the RSS 2.0, RSS 1.0 and Atom feeds (no article in two of them)."""
    base = mockserver.url
    jobs = [{"source": {"name": name, "kind": "feed", "urls": [f"{base}/{path}"]}}
            for name, path in (("rss", "feed.rss"), ("rdf", "feed.rdf"), ("atom", "feed.atom"))]
    return crawl_module(jobs=jobs)


def test_feed_rss2_pages_and_hints(formats, mockserver):
    base = mockserver.url
    r = formats.only("rss")
    pages = r.pages()
    tracked = f"{base}{A1}?utm_source=rss&utm_medium=feed"
    assert set(pages) == {tracked, f"{base}{A2}", f"{base}{A3}"}
    first = pages[tracked]
    assert first["via"] == "feed" and first["status"] == 200 and first["body_len"] > 100
    assert first["encoding"] == "utf-8" and first["headers"]["content-type"].startswith("text/html")
    assert first["hints"] == {
        "title": "OpenAI releases GPT-5 preview",
        "published": "2024-05-02T09:00:00+00:00",      # +0200 in the feed
        "authors": ["Jane Doe"],
        "tags": ["Models", "OpenAI"],
        "summary": "OpenAI releases a preview.",
        "date_source": "feed",
    }
    assert first["fetched_at"].endswith("+00:00")
    assert pages[f"{base}{A2}"]["hints"]["authors"] == ["John Roe"]
    # the relative <link> was resolved against the feed URL
    assert pages[f"{base}{A3}"]["hints"]["published"] == "2024-06-01T08:00:00+00:00"
    # the duplicate entry (same article, other tracking parameter) was not requested again
    assert sum(1 for p in r.paths if p.startswith(A1)) == 1
    [state] = r.of("FeedState")
    assert state["url"] == f"{base}/feed.rss" and state["entries"] == 4 and state["etag"]
    assert state["last_modified"] == "Wed, 01 May 2024 00:00:00 GMT"
    assert r.stats["rss"]["modelwire/crawl/page"] == 3


def test_feed_rss1_rdf(formats, mockserver):
    base = mockserver.url
    r = formats.only("rdf")
    pages = r.pages()
    assert set(pages) == {f"{base}{A4}", f"{base}{A5}"}
    hints = pages[f"{base}{A4}"]["hints"]
    assert hints["published"] == hints["modified"] == "2024-06-05T10:00:00+00:00"
    assert hints["authors"] == ["Ada Lovelace"] and hints["tags"] == ["Open weights"]


def test_feed_atom_and_robots_disallow(formats, mockserver):
    base = mockserver.url
    r = formats.only("atom")
    pages = r.pages()
    assert set(pages) == {f"{base}{A6}"}
    assert pages[f"{base}{A6}"]["hints"] == {
        "title": "DeepMind publishes an AlphaFold successor paper",
        "published": "2024-07-03T07:15:00+00:00",
        "modified": "2024-07-04T10:00:00+00:00",
        "authors": ["Grace Hopper", "Alan Turing"],
        "tags": ["Research"],
        "summary": "A new protein model.",
        "date_source": "feed",
    }
    # /private/ is disallowed by robots.txt: blocked event, never requested
    [blocked] = r.events("blocked")
    assert blocked["reason"] == "robots" and "/private/" in blocked["url"]
    assert not [p for p in r.paths if p.startswith("/private/")]


def test_feed_incremental_known_urls_not_requested(crawl, mockserver):
    base = mockserver.url
    known = {
        # same date as the feed (normalized key: tracking parameters dropped) -> unchanged
        f"{base}{A1}": {"modified": "2024-05-02T09:00:00Z"},
        # known without a date -> unchanged
        f"{base}{A2}": {"modified": None},
        # older than the feed's date -> fetched again
        f"{base}{A3}": {"modified": "2024-05-01T00:00:00+00:00"},
    }
    r = crawl({"kind": "feed", "urls": [f"{base}/feed.rss"]}, known=known)
    assert set(r.pages()) == {f"{base}{A3}"}
    unchanged = {e["url"] for e in r.events("unchanged")}
    assert unchanged == {f"{base}{A1}?utm_source=rss&utm_medium=feed", f"{base}{A2}"}
    assert r.count(A2) == 0 and not [p for p in r.paths if p.startswith(A1)]
    assert r.count(A3) == 1


def test_feed_conditional_request_304_not_modified(crawl, mockserver):
    base = mockserver.url
    feed = f"{base}/feed.atom"
    first = crawl({"kind": "feed", "urls": [feed]})
    [state] = first.of("FeedState")
    http_state = {feed: {"etag": state["etag"], "last_modified": state["last_modified"]}}
    r = crawl({"kind": "feed", "urls": [feed]}, http_state=http_state)
    [req] = [x for x in r.requests if x["path"] == "/feed.atom"]
    assert req["headers"]["if-none-match"] == state["etag"]
    assert req["headers"]["if-modified-since"] == state["last_modified"]
    assert [(e["event"], e["url"]) for e in r.items] == [("not_modified", feed)]
    assert r.paths == ["/robots.txt", "/feed.atom"]


def test_feed_changed_etag_and_failures(crawl, mockserver):
    base = mockserver.url
    feed = f"{base}/feed.rdf"
    r = crawl(jobs=[
        {"source": {"name": "stale", "kind": "feed", "urls": [feed]}, "http_state": {feed: {"etag": '"stale"'}}},
        {"source": {"name": "bad", "kind": "feed", "urls": [f"{base}/robots.txt", f"{base}/status/404"]}},
    ])
    # a changed ETag: 200, a new FeedState and the entries
    stale = r.only("stale")
    [state] = stale.of("FeedState")
    assert state["status"] == 200 and state["etag"] != '"stale"'
    assert len(stale.pages()) == 2
    # not a feed, or an HTTP error: failed events, the crawl still finishes
    reasons = {(e["url"].replace(base, ""), e["reason"]) for e in r.only("bad").events("failed")}
    assert reasons == {("/robots.txt", "not_feed"), ("/status/404", "http_404")}
    assert r.stats["bad"]["finish_reason"] == "finished"
