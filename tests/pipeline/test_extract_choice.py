"""Main-text choice (issue 21): which candidate is the article, by named evidence; rules that can
be switched off one by one; metadata that does not depend on the text rules."""
from __future__ import annotations

import json
import random
from pathlib import Path

import lxml.html
import pytest

from pipeline.extract import page as pg
from pipeline.extract.page import RULES, extract, prefer_readability

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "data" / "pages"
FIXTURES = sorted(PAGES.rglob("*.html"))
META = ("title", "authors", "published", "published_source", "modified", "modified_source", "canonical_url",
        "site_name", "language", "description", "image", "tags")


_VOCAB = ("boat crane dock tide cargo pier rope anchor mast hull deck wave storm gull quay lock berth buoy "
          "keel sail chart port tug ferry barge net fish salt wind shore reef bay cove inlet lamp bell flag "
          "crew mate clerk toll fee ledger stamp crate sack barrel grain coal iron timber wool tea spice").split()


def _prose(topic: str, n: int) -> str:
    """n sentences of 12 words (words drawn from a vocabulary, seeded by ``topic``, so that two
    topics share almost no 4-word sequence), in paragraphs of four."""
    rnd = random.Random(topic)
    sents = [f"{topic.capitalize()} " + " ".join(rnd.choice(_VOCAB) for _ in range(11)) + "." for _ in range(n)]
    return "\n\n".join(" ".join(sents[i:i + 4]) for i in range(0, n, 4))


ARTICLE = _prose("harbour", 200)          # ~2,400 words of prose
BIO = ("Jo Writer covers shipping and ports for the paper. Before that she reported on farming and the weather "
       "for a radio station up north. She lives by the sea with two dogs, a cat and a small boat named Tern. "
       "Write to her with tips.")  # 43 words, like the bio


def test_short_teaser_loses_to_the_full_article_even_without_shared_words():
    # the case: a 20-odd-word author bio vs readability's full article, sharing no 4-gram
    assert prefer_readability(BIO, ARTICLE, None, "") == "short-vs-article"


def test_long_article_is_not_replaced_by_a_short_part_of_it():
    # the other case: readability kept ~190 words of a long correct article; what
    # trafilatura adds is prose, so the long text stays
    short = ARTICLE.split("\n\n")[3] + "\n\n" + ARTICLE.split("\n\n")[4]
    assert prefer_readability(ARTICLE, short, None, "") is None


def test_short_part_wins_over_a_dump_of_menus_and_link_lines():
    article = _prose("turbine", 16)
    menus = "\n\n".join(f"Section {i}\n\nHome\n\nLogin\n\nTopic {i} news" for i in range(60))
    assert prefer_readability(menus + "\n\n" + article + "\n\n" + menus, article, None, "") == "clean-subset"


def test_longer_readability_needs_to_add_prose_not_captions():
    traf = _prose("market", 20)
    captions = "\n\n".join(f"Photo {i}: a stall at the market" for i in range(40))
    assert prefer_readability(traf, traf + "\n\n" + captions, None, "") is None
    more = _prose("orchard", 12)
    assert prefer_readability(traf, more + "\n\n" + traf, None, "") == "readability-longer"


def test_json_ld_body_and_lede_are_evidence():
    a, b = _prose("river", 12), _prose("mountain", 12)
    assert prefer_readability(a, b, None, b) == "json-ld-agree"
    assert prefer_readability(b, a, None, b) is None
    lede = b.split(". ")[0] + "."
    assert prefer_readability(a, b, lede, "") == "lede"
    assert prefer_readability(a, b, lede, "", off=frozenset({"lede"})) is None


def test_link_density_comes_from_the_pages_anchors():
    tree = lxml.html.document_fromstring(
        "<html><body><p>Plain words here <a href='/x'>Read the other story</a></p>"
        "<ul><li><a href='/a'>First related story</a></li><li><a href='/b'>Second related story</a></li></ul></body></html>")
    anchors = pg._Anchors(tree)
    assert anchors.density("First related story\nSecond related story") == pytest.approx(1.0, abs=0.05)
    assert 0.4 < anchors.density("Plain words here Read the other story") < 0.8
    assert anchors.density("Nothing linked in this line at all") == 0.0


BOILER_PAGE = ("<html><head><title>Tide tables explained</title></head><body><article><h1>Tide tables explained</h1>"
               + "".join(f"<p>{p}</p>" for p in _prose("tide", 24).split("\n\n"))
               + "<p>Share this article</p></article></body></html>").encode()


def test_a_rule_switched_off_changes_the_text_and_every_rule_has_a_description():
    assert all(isinstance(k, str) and v for k, v in RULES.items())
    on = extract(BOILER_PAGE, "https://example.org/tides")["text"]
    off = extract(BOILER_PAGE, "https://example.org/tides", disabled=frozenset({"boilerplate"}))["text"]
    assert "Share this article" not in on and "Share this article" in off


@pytest.mark.parametrize("html_path", FIXTURES, ids=[str(p.relative_to(PAGES)) for p in FIXTURES])
def test_metadata_does_not_depend_on_the_text_rules(html_path: Path):
    # titles, dates and authors stay as good whatever the text choice does: with every text rule
    # off, the fixture's metadata is still the expected record's
    meta = json.loads(html_path.with_suffix(".meta.json").read_text(encoding="utf-8"))
    expected = json.loads(html_path.with_suffix(".json").read_text(encoding="utf-8"))
    got = extract(html_path.read_bytes(), meta["url"], hints=meta.get("hints"), encoding=meta.get("encoding"),
                  disabled=frozenset(RULES))
    for key in META:
        if key != "language":  # guessed from the text when the page does not say it
            assert got[key] == expected[key], key


def test_frozen_list_follows_its_hash_rule():
    from bench.extraction import FROZEN_FILE, frozen_ids, hash_frozen

    ids = frozen_ids()
    assert ids and all(hash_frozen(s, pid) for s, pid in ids)
    assert {s for s, _ in ids} == {"article-extraction-benchmark", "wcxb-dev-articles"}
    assert FROZEN_FILE.read_text(encoding="utf-8").startswith("#")


RULE_PAGES = ROOT / "tests" / "data" / "extract-rules"


def test_section_heads_and_lists_trafilatura_drops_come_back_from_readability():
    # on this page trafilatura keeps the four paragraphs but drops the two <h2> and the <ul> between
    # them; readability keeps all, and what it adds lies between paragraphs both hold
    html = (RULE_PAGES / "section-heads-and-list.html").read_bytes()
    got = extract(html, "https://example.org/news/grants")
    assert got["text_source"] == "readability"
    text = got["text"]
    for piece in ("What the review found", "Shared equipment pools saved more money", "What changes next spring"):
        assert piece in text
    assert text.index("What the review found") < text.index("Shared equipment") < text.index("What changes next")
    assert "Contact the grant office" not in text and "Home" not in text.split("\n")[0]
    off = extract(html, "https://example.org/news/grants", disabled=frozenset({"inner-structure"}))
    assert "What the review found" not in off["text"] and "single fund" in off["text"]


def test_inner_structure_counts_headings_and_items_not_captions_or_edges():
    traf = _prose("quay", 24)  # 288 words
    paras = traf.split("\n\n")
    heads = [("head", "How the quay was rebuilt"), ("item", "Stone from the old lock went into the new wall."),
             ("item", "The crane rails were moved two metres inland.")]
    blocks = [("p", paras[0]), *heads, *[("p", p) for p in paras[1:]]]
    read = "\n\n".join(t for _k, t in blocks)
    assert prefer_readability(traf, read, None, "", read_blocks=blocks) is None  # 23 words < 10% of 288
    heads += [("head", f"Part {i} of the rebuilding of the quay wall") for i in range(4)]
    blocks = [("p", paras[0]), *heads, *[("p", p) for p in paras[1:]]]
    read = "\n\n".join(t for _k, t in blocks)
    assert prefer_readability(traf, read, None, "", read_blocks=blocks) == "inner-structure"  # 59 words
    blocks = [("p", paras[0]), *heads, *heads, *[("p", p) for p in paras[1:]]]
    read = "\n\n".join(t for _k, t in blocks)
    assert prefer_readability(traf, read, None, "", read_blocks=blocks) is None  # every addition repeated: junk
    captions = [("caption", "Photo: the new quay wall at low tide, seen from the ferry ramp")] * 3 + \
        [("p", "Image 2 of 5"), ("p", "(Image credit: Harbour Office archive)")] * 3
    blocks = [("p", paras[0]), *captions, *[("p", p) for p in paras[1:]]]
    read = "\n\n".join(t for _k, t in blocks)
    assert prefer_readability(traf, read, None, "", read_blocks=blocks) is None  # captions are not the article
    blocks = [*[("p", p) for p in paras], *[("head", f"More from the harbour desk number {i}") for i in range(8)]]
    read = "\n\n".join(t for _k, t in blocks)
    assert prefer_readability(traf, read, None, "", read_blocks=blocks) is None  # additions at the end only


def test_teaser_box_ends_at_the_first_short_block_without_links():
    # "Don't miss:" opens a box of linked teasers (with unlinked summary lines); the unlinked product
    # heading and list items after it are the article again (readability's blocks on a deals page)
    blocks = [("p", _prose("deal", 4), 0.0), ("p", "Don't miss:", 0.0),
              ("p", "Ten ferries you can ride for free this summer", 1.0),
              ("p", "The harbour cafe that only opens at low tide", 0.9),
              ("p", "Its owner bakes bread in an old lighthouse", 0.0),  # a teaser's summary line, no link
              ("head", "Tern wireless earphones", 0.0),
              ("item", "Up to twelve hours of battery life on one charge", 0.0),
              ("item", "Sweat proof and splash proof", 0.0), ("p", _prose("close", 4), 0.0)]
    kept = [b[1] for b in pg.clean_blocks(blocks, None, None)]
    assert "Ten ferries you can ride for free this summer" not in kept and "Don't miss:" not in kept
    assert "Its owner bakes bread in an old lighthouse" not in kept
    assert "Tern wireless earphones" in kept and "Sweat proof and splash proof" in kept
    off = [b[1] for b in pg.clean_blocks(blocks, None, None, off=frozenset({"teaser-box"}))]
    assert "Ten ferries you can ride for free this summer" in off


def test_trailing_teaser_list_goes_but_a_list_inside_the_article_stays():
    teasers = "\n".join(f"Ferry story {i} A line of teaser text under the linked headline number {i}" for i in range(4))
    inner = "Bring a coat\nCheck the tide table\nBuy the ticket on board"
    blocks = [("p", _prose("gull", 4), 0.0), ("list", inner, 0.0), ("p", _prose("keel", 4), 0.0),
              ("head", "Newsletter", 0.0), ("list", teasers, 0.4)]
    kept = [b[1] for b in pg.clean_blocks(blocks, None, None)]
    assert inner in kept and teasers not in kept and "Newsletter" not in kept
    assert teasers in [b[1] for b in pg.clean_blocks(blocks, None, None, off=frozenset({"trailing-links"}))]
    listing = [("list", "\n".join(f"Headline {i} of the harbour listing page, with one line of teaser" for i in range(5)), 0.4)] * 2
    assert len(pg.clean_blocks(listing, None, None)) == 2  # only lists: a listing page keeps them


def test_readability_without_its_link_pass_gives_stock_readabilitys_text():
    # page._text_document overrides readability's private _parse to skip a Cleaner pass over links;
    # if a readability release changes _parse, this shows it (the text must stay the stock one)
    from copy import deepcopy

    from readability import Document

    with_text = 0
    for html in ((RULE_PAGES / "section-heads-and-list.html").read_bytes(), BOILER_PAGE, *(p.read_bytes() for p in FIXTURES[:8])):
        tree = pg.parse_html(html)
        stock = Document(deepcopy(tree)).summary(html_partial=True)
        ours = pg._text_document()(deepcopy(tree)).summary(html_partial=True)
        text = [lxml.html.fragment_fromstring(h, create_parent="div").text_content() for h in (stock, ours)]
        assert text[0] == text[1]
        with_text += len(text[0].split()) > 50
    assert with_text >= 5


def test_forum_thread_loses_profile_fields_but_keeps_every_post():
    """A table-layout forum thread (no <p>): each post sits beside its author's profile fields."""
    html = (ROOT / "tests" / "data" / "extract-rules" / "forum-table-thread.html").read_bytes()
    url = "https://board.example/viewtopic.php?t=42"
    text = extract(html, url)["text"]
    for post in ("machine that never goes online", "odd mistakes with cases", "compare it on last month's messages"):
        assert post in text
    for field in ("Joined", "Posts: 58", "Location", "Junior Member", "Senior Member", "Posted:", "pipit", "gannet"):
        assert field not in text, field
    kept = extract(html, url, disabled=frozenset({"forum-profile"}))["text"]
    assert "Joined: 14 Feb 2024" in kept and "Location: Tallinn" in kept  # the rule, not trafilatura, drops them


def test_profile_like_lines_in_an_article_stay():
    blocks = [("p", "The lab opened a second office this autumn and is hiring researchers for it.", 0.0),
              ("p", "Location: Tallinn", 0.0),
              ("p", "Applicants should send a short note about the models they have trained before.", 0.0),
              ("p", "Posts: 3", 0.0)]
    assert [b[1] for b in pg.clean_blocks(blocks, None, None)] == [b[1] for b in blocks]  # two field lines: kept
    profile = blocks[:2] + [("p", "Member since 2019", 0.0)] + blocks[2:]
    assert [b[1] for b in pg.clean_blocks(profile, None, None)] == [blocks[0][1], blocks[2][1]]  # three, three kinds
