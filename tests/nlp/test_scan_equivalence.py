"""Shortcuts in the entity scanner find exactly what the plain regex scan finds."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import nlp
from nlp.entities import PIECE

DATA = Path(__file__).resolve().parents[1] / "data" / "nlp"


def _texts() -> list[str]:
    out = []
    for f in sorted(DATA.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out += [rec.get("text") or "", rec.get("title") or ""]
    # word-initial and word-internal prefixes, odd case, a prefix glued to a suffix (DeepSeekMoE)
    out += ["gpt-5 and ChatGPT-4o; xGPT-5 is not one; DeepSeekMoE, deepseek-v3.2, QWEN3-235B-A22B.",
            "Llama-3.1-8B.Instruct, o3-mini (o4), Claude Son-\nnet 4, Gemini2.5 Pro"]
    return out


@pytest.fixture(scope="module")
def finder():
    return nlp.load({}).get_pipe("modelwire_entities").finder


def test_grammar_matches_tried_at_word_heads_equal_a_full_scan(finder):
    texts = _texts()
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


def test_short_forms_found_through_the_scan_regex_equal_a_full_scan(finder):
    texts = _texts() + ["near-R1, non-V3 and xR1; K2 Thinking.K2, Opus 4.1 Sonnet-4 and 4o-mini 4o mini (4.5)"]
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
