"""Shortcuts in the entity scanner find exactly what the plain regex scan finds.

The test texts are ``corpus_texts`` (tests/nlp/conftest.py): in ``make test`` a fixed sample (every
fourth record of every set), in ``make bench`` (``slow``) all of them; the odd forms written here are
in both.
"""
from __future__ import annotations

import unicodedata

import pytest

from nlp.entities import PIECE


@pytest.fixture(scope="module")
def texts(corpus_texts) -> list[str]:
    out = list(corpus_texts)
    # word-initial and word-internal prefixes, odd case, a prefix glued to a suffix (DeepSeekMoE)
    out += ["gpt-5 and ChatGPT-4o; xGPT-5 is not one; DeepSeekMoE, deepseek-v3.2, QWEN3-235B-A22B.",
            "Llama-3.1-8B.Instruct, o3-mini (o4), Claude Son-\nnet 4, Gemini2.5 Pro"]
    return out


@pytest.fixture(scope="module")
def finder(blank_pipe):
    return blank_pipe.get_pipe("modelwire_entities").finder


def test_grammar_matches_tried_at_word_heads_equal_a_full_scan(finder, texts):
    assert len(texts) > 200
    total = 0
    for text in texts:
        pieces = [(m.start(), m.end(), m.group().lower()) for m in PIECE.finditer(text)]
        heads: dict[str, list[int]] = {}
        for s0, _, p in pieces:
            if s0 == 0 or not text[s0 - 1].isalnum():
                heads.setdefault(p, []).append(s0)
        for fam in finder.grammars:
            want = [(m.start(), m.end()) for m in fam.grammar.regex.finditer(text)]
            got = [(m.start(), m.end()) for m in finder._grammar_matches(fam.grammar, text, heads, sorted(heads))]
            assert got == want, (fam.name, text[:80])
            total += len(want)
    assert total > 500


def test_short_forms_found_through_the_scan_regex_equal_a_full_scan(finder, texts):
    texts = texts + ["near-R1, non-V3 and xR1; K2 Thinking.K2, Opus 4.1 Sonnet-4 and 4o-mini 4o mini (4.5)"]
    total = 0
    for fam in finder.kb.families.values():
        g = fam.grammar
        if g is None or g.short is None:
            continue
        for text in texts:
            want = [(m.start(), m.end()) for m in g.short.finditer(text)]
            assert [(m.start(), m.end()) for m in g.short_matches(text)] == want, (fam.name, text[:80])
            total += len(want)
    assert total > 100


ODD_FORMS = [
    "Orin-70B-Instruct, Nimbus-13B-Chat, Vela-2.5-32B-Reasoner and Mixtral-8x7B; x-Orin-7B, é-Nimbus-7B, _Foo-7B.",
    "Qwen-2-7B Foo.Bar-7B Foo.Bar-Chat Foo-٣B-7B A-7B-7B Foo‑13B‑Instruct Foo—13B Foo-13b-it Foo-13B-A3B",
    "Helix Research Labs, McKinsey AI, Orin Labs' model; Open Lab Research AI. Xy Labs and Mira Robotics-x",
    "Paris Lab Research said; Nova Intelligence\nLabs, Vega AI-lab, VegaAI Labs, the Kestrel Lab. Kestrel  Labs",
]


def test_anchored_scans_equal_a_full_scan(texts):
    from nlp import entities as E

    texts = texts + ODD_FORMS
    found = 0
    for text in texts:
        for rx, starts in ((E.UNKNOWN_SIZE, E._name_starts(text, E.SIZE_AFTER_NAME, E._SIZE_NAME_CHARS)),
                           (E.UNKNOWN_TYPE, E._name_starts(text, E.TYPE_AFTER_NAME, E._TYPE_NAME_CHARS)),
                           (E.ORG_FORM, E._org_form_starts(text))):
            want = [(m.start(), m.end()) for m in rx.finditer(text)]
            assert [(m.start(), m.end()) for m in E._finditer_from(rx, text, starts)] == want, (rx.pattern[:30], text[:80])
            found += len(want)
    assert found > 50


def test_pieces_match_the_piece_regex(texts):
    from nlp.entities import Pieces

    def cjk(ch: str) -> bool:  # Chinese, Japanese and Korean letters write words without spaces
        return unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))

    def script_edge(a: str, b: str) -> bool:  # "問うJMMLUで": a Latin word glued between CJK letters is a word of its own
        return a.isalpha() and b.isalpha() and cjk(a) != cjk(b)

    for text in texts + ODD_FORMS + ["", "+", "C++ 1.5.2 a.5 1..5 ²x Ⅻ İstanbul ΟΔΟΣ_x +a", "問うJMMLUで米OpenAIの2位"]:
        want = [(m.start(), m.end(), m.group().lower()) for m in PIECE.finditer(text)]
        p = Pieces.of(text)
        assert list(zip(p.start, p.end, p.low)) == want
        heads = [i for i, (s, _, _) in enumerate(want)
                 if s == 0 or not text[s - 1].isalnum() or script_edge(text[s - 1], text[s])]
        assert [i for i in range(len(want)) if p.word_start(i)] == heads
