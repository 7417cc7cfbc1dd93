"""Property-based tests (hypothesis): no input makes URL normalization, extraction, the extraction
step of the crawl, the relevance filter or the ``modelwire nlp`` filter raise unexpectedly.
"""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipeline.crawl.relevance import RelevanceFilter
from spiders.urls import is_tracking_param, normalize_url, same_site

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# -- URL normalization -------------------------------------------------------------------------

hosts = st.from_regex(r"\A[a-zA-Z0-9]([a-zA-Z0-9-]{0,10}[a-zA-Z0-9])?(\.[a-zA-Z]{2,6}){1,2}\Z")
segments = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/?#"), max_size=12)
params = st.lists(st.tuples(st.sampled_from(["id", "page", "q", "utm_source", "fbclid", "gclid", "ref", "lang", "x"]),
                            st.text(st.characters(blacklist_categories=("Cs",)), max_size=6)), max_size=5)


@st.composite
def urls(draw):
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https"]))
    host = draw(hosts)
    port = draw(st.sampled_from(["", ":80", ":443", ":8080"]))
    path = "/" + "/".join(draw(st.lists(segments, max_size=4)))
    from urllib.parse import urlencode

    query = urlencode(draw(params))
    frag = draw(st.sampled_from(["", "#top", "#comments"]))
    return f"{scheme}://{host}{port}{path}{'?' + query if query else ''}{frag}"


@FAST
@given(st.text(max_size=200))
def test_normalize_url_never_raises_anything_but_valueerror(text):
    try:
        out = normalize_url(text)
    except ValueError:
        return
    assert isinstance(out, str)


@FAST
@given(urls())
def test_normalize_url_is_idempotent_and_strips_tracking(url):
    key = normalize_url(url)
    assert normalize_url(key) == key
    assert "#" not in key
    from urllib.parse import parse_qsl, urlsplit

    parts = urlsplit(key)
    assert parts.hostname == (parts.hostname or "").lower()
    assert not any(is_tracking_param(k) for k, _ in parse_qsl(parts.query, keep_blank_values=True))
    assert same_site(url, key)


@FAST
@given(urls(), st.sampled_from(["utm_source=x", "fbclid=abc", "gclid=1", "utm_medium=rss&utm_campaign=y"]))
def test_tracking_parameters_never_change_the_key(url, tracking):
    base = url.split("#", 1)[0]
    assume(base == base.strip())   # leading/trailing spaces of a whole URL are dropped, inner ones kept
    sep = "&" if "?" in base else "?"
    assert normalize_url(base + sep + tracking) == normalize_url(base)


# -- extraction --------------------------------------------------------------------------------

TAGS = ["html", "head", "body", "article", "div", "p", "h1", "script", "style", "title", "meta", "a", "table",
        "td", "br", "span", "noscript", "template", "svg", "iframe", "main"]
html_tokens = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(['<meta charset="shift_jis">', '<meta charset="bogus-8">', '<meta property="og:type" content="article">',
                     '<link rel="canonical" href="javascript:x">', "<!--", "-->", "<![CDATA[", "]]>", "&#0;", "&#xD800;",
                     "&amp", "<?xml version='1.0'?>", "<!doctype html>", '<script type="application/ld+json">{"@type":',
                     '<time datetime="9999-99-99">', '<meta name="author" content="\x00">']),
    st.text(max_size=40),
)
html_docs = st.lists(html_tokens, max_size=60).map("".join)


def _extract(body, url="https://news.example/2025/11/some-article"):
    from pipeline.extract.page import extract

    return extract(body, url)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_extract_arbitrary_bytes_never_raises(body):
    record = _extract(body)
    assert isinstance(record, dict) and isinstance(record.get("text") or "", str)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_docs, st.sampled_from(["utf-8", "cp1252", "gbk", "shift_jis", "utf-16"]))
def test_extract_hostile_html_never_raises(doc, encoding):
    body = doc.encode(encoding, "replace")
    record = _extract(body)
    assert isinstance(record, dict)
    record = _extract(doc)   # str input too
    assert isinstance(record, dict)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=3000), html_docs.map(lambda d: d.encode("utf-8", "replace"))),
       st.one_of(st.none(), st.sampled_from(["utf-8", "cp1252", "x-unknown", "gb18030", ""])))
def test_extraction_step_of_the_crawl_never_raises_unexpectedly(body, encoding):
    """ExtractPipeline: any page becomes an article or a counted drop (DropItem), never a crash."""
    from scrapy.exceptions import DropItem

    from pipeline.crawl.pipelines import ExtractedArticle, ExtractPipeline
    from spiders.items import FetchedPage

    page = FetchedPage(url="https://news.example/a/x", final_url="https://news.example/a/x", status=200,
                       body=body, source="s", via="feed", headers={"content-type": "text/html"},
                       encoding=encoding, redirect_urls=[], hints={}, fetched_at="2025-11-03T00:00:00+00:00")
    import asyncio
    import inspect

    async def step():
        out = ExtractPipeline().process_item(page)   # in this process (no extraction workers)
        return await out if inspect.isawaitable(out) else out

    try:
        out = asyncio.run(step())
    except DropItem as e:
        assert str(e).startswith(("skipped:", "failed:"))
        return
    assert isinstance(out, ExtractedArticle)


# -- the NLP filters ---------------------------------------------------------------------------

@FAST
@given(st.text(max_size=300), st.text(max_size=2000),
       st.lists(st.text(min_size=1, max_size=12), max_size=4), st.integers(min_value=0, max_value=4))
def test_relevance_filter_never_raises(title, text, extra, min_hits):
    f = RelevanceFilter(extra_terms=tuple(extra), min_hits=min_hits)
    assert isinstance(f.is_relevant(title, text), bool)


@pytest.fixture(scope="module")
def language():
    import nlp

    return nlp.load({})


json_lines = st.one_of(
    st.text(max_size=200),
    st.builds(lambda i, t: json.dumps({"id": i, "text": t}),
              st.one_of(st.integers(), st.text(max_size=5), st.none()), st.text(max_size=400)),
    st.builds(json.dumps, st.one_of(st.lists(st.integers(), max_size=3), st.integers(), st.none(),
                                    st.dictionaries(st.text(max_size=5), st.text(max_size=20), max_size=3))),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(json_lines, max_size=8))
def test_nlp_jsonl_filter_answers_every_line_and_never_raises(language, lines):
    from pipeline.annotate.run import iter_jsonl_results

    lines = [ln.replace("\n", " ").replace("\r", " ") for ln in lines]
    assume(all("\x0b" not in ln and "\x0c" not in ln and "\x1c" not in ln and "\x1d" not in ln
               and "\x1e" not in ln and "\x85" not in ln and "\u2028" not in ln and "\u2029" not in ln
               for ln in lines))
    out = list(iter_jsonl_results(language, lines))
    assert len(out) == len([ln for ln in lines if ln.strip()])
    for res in out:
        assert isinstance(res, dict)
        json.dumps(res)
