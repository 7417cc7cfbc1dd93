"""Tests for pipeline.extract.page: golden fixture pages, units of the helpers, and properties.

Fixtures: tests/data/pages/<site>/<slug>.html + <slug>.meta.json (url, hints, encoding) +
<slug>.json (expected record). Regenerate expected records with
``python scripts/regen_page_fixtures.py`` and review the diff; a missing one fails here.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import metadata as md
from pipeline.extract.page import EXTRACTOR_VERSION, KEYS, extract
from pipeline.extract.textclean import clean_text, decode_html, fix_mojibake, word_count

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"
FIXTURES = sorted(PAGES.rglob("*.html"))


def _run(html_path: Path) -> dict:
    meta = json.loads(html_path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    return extract(html_path.read_bytes(), meta["url"], hints=meta.get("hints"), encoding=meta.get("encoding"))


def test_extract_fixture_set_covers_templates():
    sites = {p.parent.name for p in FIXTURES}
    assert {"wpblog", "newsdaily", "lablog", "jsapp", "legacy", "zhnews", "bylines"} <= sites


@pytest.mark.parametrize("html_path", FIXTURES, ids=[str(p.relative_to(PAGES)) for p in FIXTURES])
def test_extract_matches_expected_record(html_path: Path):
    expected_path = html_path.with_suffix(".json")
    if not expected_path.exists():
        pytest.fail(f"missing expected record {expected_path.name}: run scripts/regen_page_fixtures.py and review")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    got = _run(html_path)
    assert set(got) == set(KEYS) == set(expected)
    assert got["text"] == expected["text"]
    for key in KEYS:
        assert got[key] == expected[key], key


# --- behaviour on the fixtures ----------------------------------------------------------
def _fixture(name: str) -> dict:
    return _run(PAGES / f"{name}.html")


def test_extract_wordpress_drops_comments_related_and_share():
    rec = _fixture("wpblog/small-models-big-evals")
    assert rec["published"] == "2025-11-03T00:00:00Z" and rec["published_source"] == "text"
    for junk in ("Leave a Comment", "Great write-up", "Related", "Share this", "Recent Posts", "Small models, big evals"):
        assert junk not in rec["text"]
    assert rec["text"].startswith("Every few weeks")
    assert "\n\nWhat changed in the harness\n\n" in rec["text"]


def test_extract_jsonld_newsarticle_beats_hints_and_normalizes_utc():
    rec = _fixture("newsdaily/open-weights-release")
    assert rec["published"] == "2025-11-04T14:15:00Z" and rec["published_source"] == "json-ld"
    assert rec["modified"] == "2025-11-04T15:40:12Z"
    assert rec["title"] == "Lab releases open-weights model with 1M-token context"
    assert rec["authors"] == ["Priya Raman", "Tomás Ortega"]  # the Organization author is dropped
    assert rec["canonical_url"] == "https://dailycircuit.example.com/ai/2025/11/04/open-weights-long-context"
    assert "cookies" not in rec["text"] and "newsletter" not in rec["text"].lower()
    assert "AI" in rec["tags"]  # feed tags are merged


def test_extract_paywalled_teaser():
    rec = _fixture("newsdaily/chip-export-analysis")
    assert rec["paywalled"] is True
    assert "Subscribe" not in rec["text"]


def test_extract_paywall_judged_on_visible_text_not_jsonld_body():
    body = " ".join(f"Sentence {i} of the full story, only in the structured data." for i in range(60))
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
        f' "isAccessibleForFree": "False", "articleBody": "{body}"}}</script></head><body><article><h1>H</h1>'
        "<p>A teaser paragraph that sets up the story in one sentence.</p></article></body></html>"
    )
    rec = extract(html, "https://x.example/news/a")
    assert rec["paywalled"] is True
    assert "Sentence 59" in rec["text"]  # the full body is still kept as text


_ARTICLE_LD = '"@context": "https://schema.org", "@type": "NewsArticle", "headline": "H"'
_FULL = "".join(f"<p>Paragraph {i} of a long, complete story about a new open model and its scores.</p>"
                for i in range(40))


@pytest.mark.parametrize("head", [
    f'<script type="application/ld+json">{{{_ARTICLE_LD}, "isAccessibleForFree": false}}</script>',
    f'<script type="application/ld+json">{{{_ARTICLE_LD}, "isAccessibleForFree": "False"}}</script>',
    f'<script type="application/ld+json">{{{_ARTICLE_LD}, "isAccessibleForFree": "false"}}</script>',
    f'<script type="application/ld+json">{{{_ARTICLE_LD}, "hasPart": [{{"@type": "WebPageElement",'
    ' "isAccessibleForFree": "False", "cssSelector": ".locked"}]}</script>',
    f'<script type="application/ld+json">{{"@graph": [{{"@type": "WebSite"}}, {{{_ARTICLE_LD},'
    ' "isPartOf": {"@type": ["CreativeWork", "Product"], "isAccessibleForFree": false}}]}</script>',
    '<meta itemprop="isAccessibleForFree" content="false">',
    '<meta property="article:content_tier" content="locked">',
    '<meta property="article:content_tier" content="metered">',
], ids=["bool", "False", "false", "hasPart", "graph-isPartOf", "microdata", "tier-locked", "tier-metered"])
def test_extract_paywall_declared_in_every_form_is_flagged_even_with_full_text(head):
    """What the page declares is what it is: a metered or locked article shown whole to a crawler
    is still behind a wall for its readers."""
    html = f"<html><head>{head}</head><body><article><h1>H</h1>{_FULL}</article></body></html>"
    assert extract(html, "https://x.example/2025/12/01/a")["paywalled"] is True


@pytest.mark.parametrize("head", [
    "", f'<script type="application/ld+json">{{{_ARTICLE_LD}, "isAccessibleForFree": true}}</script>',
    '<meta property="article:content_tier" content="free">'])
def test_extract_free_article_is_not_flagged(head):
    html = f"<html><head>{head}</head><body><article><h1>H</h1>{_FULL}</article></body></html>"
    assert extract(html, "https://x.example/2025/12/01/a")["paywalled"] is False


def test_extract_paywall_markup_next_to_a_teaser_is_flagged():
    html = ('<html><body><article><h1>H</h1><p>A teaser paragraph that sets up the story.</p>'
            '<div data-paywall="hard">Members read on.</div></article></body></html>')
    assert extract(html, "https://x.example/2025/12/01/a")["paywalled"] is True


def test_extract_listing_and_js_shell_page_types():
    assert _fixture("newsdaily/tag-llm")["page_type"] == "not_article"
    shell = _fixture("jsapp/dashboard-shell")
    assert shell["page_type"] == "needs_js" and shell["text"] == ""


def test_extract_charsets_without_or_with_wrong_declaration():
    cafe = _fixture("legacy/cafe-chatbots")  # cp1252 bytes, header says utf-8
    assert "Café chatbots" in cafe["title"] and "€23.50" in cafe["text"] and "\ufffd" not in cafe["text"]
    assert cafe["published_source"] == "url"
    zh = _fixture("zhnews/guochan-damoxing")  # GBK bytes, header says ISO-8859-1
    assert zh["title"] == "国产大模型发布新版本" and zh["language"] == "zh"
    assert "混合专家架构" in zh["text"]


def test_extract_byline_with_email_and_date():
    rec = _fixture("bylines/agents-in-the-wild")
    assert rec["authors"] == ["Jane Doe", "John Roe"]
    assert rec["published"] == "2025-11-03T00:00:00Z"
    assert "Email the author" not in rec["text"]


def test_extract_hints_fill_missing_fields():
    rec = _fixture("wpblog/release-notes-roundup")
    assert rec["published"] == "2025-11-02T17:00:00Z" and rec["published_source"] == "sitemap"
    assert rec["authors"] == ["Marta Lindqvist"]
    assert rec["title"] == "Release notes roundup"  # the page's own title wins over the hint


# --- units --------------------------------------------------------------------------------
def test_decode_html_prefers_valid_utf8_then_declared_then_detection():
    text = "naïve café — “quoted”"
    assert decode_html(text.encode("utf-8"), "iso-8859-1")[0] == text
    assert decode_html(text.encode("cp1252"), "utf-8")[0] == text
    assert decode_html(b"\xef\xbb\xbfhi", None) == ("hi", "utf-8")
    zh = "<html><body><p>" + "人工智能模型发布新的版本，推理能力大幅提升。" * 5 + "</p></body></html>"
    assert decode_html(zh.encode("gbk"), "iso-8859-1")[0] == zh
    sjis = "<p>" + "大規模言語モデルの新しいバージョンが公開されました。" * 5 + "</p>"
    assert decode_html(sjis.encode("shift_jis"), None)[0] == sjis


def test_decode_html_mostly_utf8_with_stray_cp1252_bytes():
    data = ("<p>" + "naïve café crème brûlée " * 5 + "</p>").encode("utf-8") + "“quoted”".encode("cp1252")
    text, enc = decode_html(data, None)
    assert enc == "utf-8" and "crème" in text and text.endswith("“quoted”")


def test_fix_mojibake_repairs_double_encoded_utf8():
    assert fix_mojibake("Itâ€™s a cafÃ© â€” ok") == "It’s a café — ok"
    assert fix_mojibake("Ünïcödé stays") == "Ünïcödé stays"
    # real text that looks like mojibake to a byte-pattern rule (seen in the WCXB dev set)
    assert fix_mojibake("NESCAFÉ® Gold Blend") == "NESCAFÉ® Gold Blend"
    assert fix_mojibake("the ‘K’/‘ß’/‘İ’ masks") == "the ‘K’/‘ß’/‘İ’ masks"
    assert fix_mojibake("3\xa0×\xa04") == "3\xa0×\xa04"
    assert fix_mojibake("we\x92re") == "we’re"  # a windows-1252 quote decoded as a C1 control


def test_clean_text_paragraphs_and_word_count():
    assert clean_text(" a\u00a0 b \n\n\n c\u200b ") == "a b\n\nc"
    assert word_count("模型 is good") == 4


@pytest.mark.parametrize(
    "raw, names",
    [
        (["By Jane Doe and John Roe | Email the author | Nov 3, 2025"], ["Jane Doe", "John Roe"]),
        (["TOM KRISHER, AP Auto Writer"], ["Tom Krisher"]),
        (["Posted by Ludwig van Beethoven on March 2, 2020"], ["Ludwig van Beethoven"]),
        (["Jill Disis, CNN Business", "jill disis"], ["Jill Disis"]),
        (["Dr. Ada Lovelace - Senior Editor"], ["Ada Lovelace"]),
        (["admin"], []),
    ],
)
def test_clean_authors_bylines(raw, names):
    assert md.clean_authors(raw) == names


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-11-03T10:00:00+02:00", "2025-11-03T08:00:00Z"),
        ("2025-11-03T10:00:00.123456789Z", "2025-11-03T10:00:00Z"),
        ("2025-11-03", "2025-11-03T00:00:00Z"),
        ("2025-11-03 10:00:00 +0100", "2025-11-03T09:00:00Z"),
        ("Mon, 03 Nov 2025 10:00:00 GMT", "2025-11-03T10:00:00Z"),
        ("November 3, 2025", "2025-11-03T00:00:00Z"),
        ("3rd Nov 2025", "2025-11-03T00:00:00Z"),
        ("not a date", None),
        ("0000-00-00", None),
    ],
)
def test_parse_date_normalizes_to_utc(value, expected):
    assert md.fmt(md.parse_date(value)) == expected


def test_url_date_and_title_suffix():
    assert md.fmt(md.url_date("https://x.example/2025/11/03/slug")) == "2025-11-03T00:00:00Z"
    assert md.url_date("https://x.example/2025/slug") is None
    assert md.clean_title("Big news | The Daily Circuit", "The Daily Circuit") == "Big news"
    assert md.clean_title("A model that reads everything - Tensor Notes", None) == "A model that reads everything"
    assert md.clean_title("GPT-5 vs. Claude - a comparison", None) == "GPT-5 vs. Claude - a comparison"


def test_extract_empty_and_garbage_inputs():
    for html in (b"", "", b"   ", b"\x00\x01\x02", "<html></html>", "<<<>>>", None):
        rec = extract(html, "https://x.example/a")
        assert rec["page_type"] == "empty" and rec["text"] == "" and set(rec) == set(KEYS)


def test_extract_deeply_nested_and_huge_documents():
    deep = "<html><body>" + "<div>" * 20000 + "<p>deep text</p>" + "</div>" * 20000 + "</body></html>"
    assert set(extract(deep, "https://x.example/deep")) == set(KEYS)
    huge = "<html><body>" + "<p>some words in a paragraph " * 40000 + "</body></html>"
    rec = extract(huge.encode(), "https://x.example/huge")
    assert set(rec) == set(KEYS) and rec["word_count"] == 200000


def test_extract_hints_only_when_page_unparseable():
    rec = extract(b"", "https://x.example/a", hints={"published": "2025-11-03T00:00:00Z", "date_source": "feed"})
    assert rec["published"] == "2025-11-03T00:00:00Z" and rec["published_source"] == "feed"


def test_extractor_version_is_a_string():
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


# --- properties ---------------------------------------------------------------------------
_TYPES = {
    "url": str, "authors": list, "tags": list, "text": str, "word_count": int, "paywalled": bool,
}
PAGE_TYPES = {"article", "not_article", "needs_js", "empty"}
_SOURCES = {None, "json-ld", "meta", "feed", "sitemap", "url", "text", "time-tag"}


def _check(rec: dict, url: str) -> None:
    assert set(rec) == set(KEYS)
    assert rec["url"] == url
    for key, typ in _TYPES.items():
        assert isinstance(rec[key], typ), key
    assert rec["page_type"] in PAGE_TYPES
    assert rec["published_source"] in _SOURCES and rec["modified_source"] in _SOURCES
    assert (rec["published"] is None) == (rec["published_source"] is None)


_settings = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(st.binary(max_size=3000), st.sampled_from([None, "utf-8", "latin-1", "gbk", "bogus-charset"]))
def test_extract_never_raises_on_bytes(data, encoding):
    _check(extract(data, "https://x.example/b", encoding=encoding), "https://x.example/b")


@_settings
@given(st.text(max_size=2000))
def test_extract_never_raises_on_text(text):
    _check(extract(text, "u"), "u")


_TAGS = ["html", "head", "body", "title", "meta", "p", "div", "a", "h1", "h2", "script", "noscript",
         "article", "time", "table", "td", "tr", "ul", "li", "span", "br", "!--", "![CDATA["]
_ATTRS = ['', ' class="byline"', ' property="og:title" content="x"', ' type="application/ld+json"',
          ' datetime="2025-13-45"', ' rel="canonical" href="::bad::"', ' itemprop="datePublished" content="x"',
          ' charset="gbk"', ' lang="zz-ZZ"', ' href="/2025/11/03/a"']
_soup = st.lists(
    st.one_of(
        st.builds(lambda t, a: f"<{t}{a}>", st.sampled_from(_TAGS), st.sampled_from(_ATTRS)),
        st.builds(lambda t: f"</{t}>", st.sampled_from(_TAGS)),
        st.text(max_size=40),
        st.sampled_from(['{"@type": "NewsArticle", "author": [null, {"name": 3}], "datePublished": 1e99}',
                         '{"@graph": [{"@graph": []}], "headline": ["a", {}]}', "&amp;&#0;&#xD800;"]),
    ),
    max_size=60,
).map("".join)


@_settings
@given(_soup, st.one_of(st.none(), st.fixed_dictionaries({}, optional={
    "published": st.one_of(st.text(max_size=30), st.integers(), st.none()),
    "authors": st.one_of(st.text(max_size=30), st.lists(st.one_of(st.text(max_size=20), st.integers()))),
    "tags": st.one_of(st.text(max_size=20), st.lists(st.text(max_size=20))),
    "title": st.one_of(st.text(max_size=30), st.none()),
    "date_source": st.sampled_from(["feed", "sitemap", "bogus"]),
})))
def test_extract_never_raises_on_tag_soup(html, hints):
    _check(extract(html, "https://x.example/2025/11/03/soup", hints=hints), "https://x.example/2025/11/03/soup")
