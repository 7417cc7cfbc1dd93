"""PageSpider and the failure paths every spider shares (errbacks, never exceptions)."""
from __future__ import annotations

A1 = "/2024/05/openai-releases-gpt-5-preview.html"


def test_page_failures_become_events(crawl, mockserver):
    base = mockserver.url
    urls = [f"{base}{p}" for p in (
        "/status/404", "/status/500", "/slow/3", "/pdf", "/huge", "/redirect-loop", "/redirect/8", A1,
        "/redirect/3")]
    r = crawl({"kind": "page", "urls": urls},
              options={"timeout": 1, "max_size": 20_000}, settings={"RETRY_TIMES": 1})
    reasons = {e["url"].replace(base, ""): (e["event"], e["reason"]) for e in r.events()}
    assert reasons == {
        "/status/404": ("failed", "http_404"),
        "/status/500": ("failed", "http_500"),
        "/slow/3": ("failed", "timeout"),
        "/pdf": ("failed", "not_html"),
        "/huge": ("failed", "too_large"),
        "/redirect-loop": ("failed", "redirects"),
        "/redirect/8": ("failed", "redirects"),
    }
    assert set(r.pages()) == {f"{base}{A1}", f"{base}/redirect/3"}
    assert r.pages()[f"{base}{A1}"]["via"] == "page"
    # a redirect chain within REDIRECT_MAX_TIMES gives the final URL and the hops
    page = r.pages()[f"{base}/redirect/3"]
    assert page["final_url"] == f"{base}/redirect/0"
    assert page["redirect_urls"] == [f"{base}/redirect/3", f"{base}/redirect/2", f"{base}/redirect/1"]
    assert r.count("/status/500") == 2          # one retry (RETRY_TIMES=1)
    assert r.count("/status/404") == 1          # 4xx is not retried
    assert r.stats["test"]["finish_reason"] == "finished"


def test_page_known_is_unchanged_and_dns_failure(crawl, mockserver):
    base = mockserver.url
    r = crawl({"kind": "page", "urls": [f"{base}{A1}?utm_source=x", "http://does-not-exist.invalid/a-story-about-models"]},
              known={f"{base}{A1}": {"modified": None}}, settings={"RETRY_TIMES": 0, "DNS_TIMEOUT": 5})
    events = {e["url"]: (e["event"], e["reason"]) for e in r.events()}
    assert events == {f"{base}{A1}?utm_source=x": ("unchanged", ""),
                      "http://does-not-exist.invalid/a-story-about-models": ("failed", "dns")}
    assert not [p for p in r.paths if p.startswith(A1)]


def test_run_crawl_several_jobs_returns_stats_per_source(crawl, mockserver):
    base = mockserver.url
    jobs = [
        {"source": {"name": "one", "kind": "page", "urls": [f"{base}{A1}"]}, "known": {}, "http_state": {}},
        {"source": {"name": "two", "kind": "feed", "urls": [f"{base}/feed.rdf"]}, "known": {}, "http_state": {}},
    ]
    r = crawl(jobs=jobs)
    assert set(r.stats) == {"one", "two"}
    assert r.stats["one"]["modelwire/crawl/page"] == 1 and r.stats["two"]["modelwire/crawl/page"] == 2
    assert isinstance(r.stats["one"]["start_time"], str)
    assert {i["source"] for i in r.items} == {"one", "two"}
