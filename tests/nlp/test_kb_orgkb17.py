"""Round-17 KB categories (nlp-orgkb17): airlines, insurers, research funders and applied-research bodies, telecoms
and platforms, each completed from a named public list (the rows' ``source``), and short forms of rows already present.

The sentences are written for these tests (invented models Liriope 2 and Sandhaven-3; the organisations are real rows).
"""
from __future__ import annotations

import json
import re

import pytest

import nlp
from nlp.kb import DATA_DIR

ROWS = [json.loads(line) for line in (DATA_DIR / "orgs.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
NEW = [r for r in ROWS if "round 17, nlp-orgkb17" in r.get("source", "")]


def test_each_category_is_sourced_and_sizeable():
    cats = {}
    for r in NEW:
        cats.setdefault(r["source"].split(" (round 17")[0], []).append(r)
    assert len(cats) == 4
    assert all(len(v) >= 15 for v in cats.values())
    for src in {r["source"] for r in NEW}:  # a named public list in each
        assert re.search(r"Wikipedia|Science Europe|GSMA|Fortune", src)


def test_acronyms_and_words_are_guarded():
    for r in NEW:
        amb = set(r.get("ambiguous", []))
        for s in [r["name"], *r["aliases"]]:
            if re.fullmatch(r"[A-Z][A-Z&+]{1,5}", s):
                assert s in r.get("exact_aliases", []) or r.get("case_sensitive"), s
    assert {"Lemonade", "Tryg", "Formas"} <= {a for r in NEW for a in r.get("ambiguous", [])}


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def _orgs(pipe, text):
    return [(e.text, e._.canonical) for e in pipe(text).ents if e.label_ == "ORG"]


def test_rows_found(pipe):
    got = _orgs(pipe, "Austrian Airlines and Hiscox tested Liriope 2, while the Swiss National Science Foundation funded Sandhaven-3.")
    assert ("Austrian Airlines", "Austrian Airlines") in got and ("Hiscox", "Hiscox") in got
    assert ("Swiss National Science Foundation", "Swiss National Science Foundation") in got
    got = _orgs(pipe, "SWISS and the DFG signed up for Liriope 2; DNB and NWO followed.")
    assert {("SWISS", "Swiss International Air Lines"), ("DFG", "Deutsche Forschungsgemeinschaft"), ("DNB", "DNB Bank")} <= set(got)


@pytest.mark.parametrize("text", ["Liriope 2 answers in swiss German and formas of Spanish.",
                                  "You can grab the Liriope 2 weights today.",
                                  "A lemonade stand is no AI company, says the Liriope 2 card."])
def test_words_stay_words(pipe, text):
    assert _orgs(pipe, text) == []
