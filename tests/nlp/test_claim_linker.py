"""The learned claim linker (nlp/claim_linker.py): built by its script from the repository's claims
sets (tests/nlp/test_artefact_rebuilds.py checks the committed file is what it builds), it pairs a
model, a benchmark and a number in a format the rules were not written for, keeps away from counts,
prices, sizes and version digits, does bounded work per number, and is opt-in."""

from __future__ import annotations

import pytest

import nlp
from nlp import claim_linker as cl


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def _linked(pipe, text: str, rules: bool = False) -> list[dict]:
    """The linker's claims on `text`, as if no rule claim were made (rules=False) or after the rules'."""
    doc = pipe(text)
    units = pipe.get_pipe("modelwire_claims")._bench_units()
    return cl.link(doc, list(doc._.claims) if rules else [], units)


def test_linker_pairs_a_word_order_no_rule_reads(pipe):
    """"reaches on B N percent" (verb before the benchmark, the number after it) with invented names."""
    text = "The new model Torvik-32B from an Oslo lab reaches on KelpBench 71.4 percent, per its release notes."
    found = _linked(pipe, text)
    assert [(c["model"], c["benchmark"], c["score"]) for c in found] == [("Torvik-32B", "KelpBench", 71.4)]
    c = found[0]
    assert c["linker"] is True and c["unit"] == "%" and c["sentence"] == text[c["start"]:c["end"]]
    assert cl.model()[1] <= c["confidence"] <= 1.0
    assert c["source_kind"] in ("self-reported", "independent", "unknown") and c["is_comparison"] is False


def test_linker_reads_a_table_cell_by_its_column_header(pipe):
    """A "¦"-separated table: each number's candidate is its row's model and its column's benchmark,
    and that pairing outranks every other pairing of the number."""
    text = ("| system ¦ KelpBench ¦ DuneEval ¦ cost |\n| Torvik-32B ¦ 71.4 ¦ 55.2 ¦ $3 / $9 |\n"
            "| Brandt-70B ¦ 68.9 ¦ 52.0 ¦ $5 / $15 |")
    doc = pipe(text)
    weights, _ = cl.model()
    best = {}
    for c in cl.doc_candidates(doc, []):
        p = cl.probability(c.x, weights)
        if p > best.get(c.num.value, (None, -1))[1]:
            best[c.num.value] = ((c.model, c.benchmark), p)
    assert {v: mb for v, (mb, _) in best.items()} == {
        71.4: ("Torvik-32B", "KelpBench"), 55.2: ("Torvik-32B", "DuneEval"),
        68.9: ("Brandt-70B", "KelpBench"), 52.0: ("Brandt-70B", "DuneEval")}


@pytest.mark.parametrize("text", [
    "Torvik-32B was trained on 4,096 GPUs for 21 days and costs $0.40 per million tokens on KelpBench runs; "
    "it has 32 billion parameters, a 128K context and ships as version 2.1.",
    "Brandt-70B handled 120 KelpBench tasks in 14 hours on 8 nodes, 76% cheaper than last year, with 3 retries.",
    "KelpBench now has 500 problems, and Osric-8B holds a 12% market share among 40 labs as of March 2026.",
    "If Torvik-32B keeps improving it could reach 80% on KelpBench next year.",
])
def test_linker_adds_nothing_for_counts_prices_sizes_versions_or_forecasts(pipe, text):
    assert _linked(pipe, text) == []
    assert _linked(pipe, text, rules=True) == []


@pytest.mark.parametrize("clause, lines, sizes", [
    ("Torvik-32B scores 71.4 on KelpBench, Brandt-70B 68.9 on DuneEval and Osric-8B 60.3 on MMLU, ", 1, (30, 300)),
    # long semicolon-separated lines, read as a table whose rows have hundreds of cells
    ("Torvik-32B 71.4 KelpBench; Brandt-70B 68.9 DuneEval; Osric-8B 60.3 MMLU; ", 3, (10, 100)),
])
def test_candidates_are_bounded_per_number_and_linear(pipe, clause, lines, sizes):
    """A run-on text of many models, benchmarks and numbers: at most _CAP models × _CAP benchmarks
    per number, and ten times the words give ten times the candidates, not a hundred."""
    counts = []
    for n in sizes:
        doc = pipe("\n".join([clause * n] * lines))
        cands = cl.doc_candidates(doc, [])
        numbers = {c.num.start for c in cands}
        assert len(numbers) >= 2 * n
        assert len(cands) <= cl._CAP * cl._CAP * len(numbers)
        counts.append(len(cands))
    assert counts[1] <= 11 * counts[0]


def test_claim_linker_is_opt_in_and_validated(tmp_path):
    from pipeline.annotate.run import nlp_version
    from pipeline.config import ConfigError, load_config

    default = nlp.load()
    assert default.get_pipe("modelwire_claims").claim_linker is False
    assert nlp.load({"claim_linker": True}).get_pipe("modelwire_claims").claim_linker is True
    with pytest.raises(ValueError, match="claim_linkr"):
        nlp.load({"claim_linkr": True})
    cfg = tmp_path / "modelwire.toml"
    cfg.write_text("[nlp]\nclaim_linker = true\n", encoding="utf-8")
    opts = load_config(cfg).nlp_options()
    assert opts["claim_linker"] is True
    # switching it on makes stored articles due again (their claims change)
    assert nlp_version("v", opts) != nlp_version("v", {**opts, "claim_linker": False})
    cfg.write_text("[nlp]\nclaim_linker = 'often'\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(cfg)
    assert str(cfg) in str(err.value) and "claim_linker" in str(err.value)


def test_annotate_stores_the_linkers_claim_when_switched_on(tmp_path, pipe):
    """A real database: with [nlp] claim_linker the article is due again and the stored claims are the
    linker pipeline's (the rules' and the linker's, each with its confidence); without it, the rules'.
    (The text is one whose claim the rules of round 6 make too, so the linker's own claim is the
    pairing `_linked(..., rules=False)` finds: the store must keep it once, not twice.)"""
    from pipeline.annotate.run import annotate
    from pipeline.store.db import open_db

    store = open_db(tmp_path / "a.db")
    try:
        text = ("Oslo, 3 March. The new model Torvik-32B from an Oslo lab reaches on KelpBench 71.4 percent, "
                "per its release notes. It was trained on 4,096 GPUs for 21 days.")
        assert [(c["model"], c["benchmark"], c["score"]) for c in _linked(pipe, text, rules=False)] == [
            ("Torvik-32B", "KelpBench", 71.4)]
        store.store_article({"url": "https://news.example/torvik", "title": "An Oslo lab's new model", "text": text,
                             "published": "2026-03-03T09:00:00Z", "authors": [], "tags": [],
                             "word_count": len(text.split())}, source="test")
        sql = "SELECT model, benchmark, score, unit, confidence FROM claims ORDER BY model, benchmark, score"
        annotate(store, {}, workers=1)
        without = store.conn.execute(sql).fetchall()
        res = annotate(store, {"claim_linker": True}, workers=1)
        assert res.articles == 1 and res.errors == 0
        rows = store.conn.execute(sql).fetchall()
        linked = [r for r in rows if r[:3] == ("Torvik-32B", "KelpBench", 71.4)]
        assert len(linked) == 1 and linked[0][3] == "%"
        assert set(without) <= set(rows)
    finally:
        store.close()
