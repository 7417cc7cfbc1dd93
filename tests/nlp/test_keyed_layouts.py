"""Rows whose column order a key gives once (nlp.keyed_rows), header abbreviations and per-column
units from a caption (nlp.grid_caption), unit words that are no benchmark (nlp.unknown). Pure
functions on invented names; the whole pipeline on every layout is in test_table_layouts.py."""
import pytest

from nlp.grid_caption import abbreviates, caption_names, column_units
from nlp.keyed_rows import keyed_tables
from nlp.unknown import _unit_compound


def _read(text):
    """[(header names), [(label, values…)…]] of each keyed table of `text`."""
    out = []
    for _, _, rows in keyed_tables(text):
        head = [text[s:e] for s, e in rows[0][2][1:]]
        out.append((head, [[text[s:e] for s, e in cs] for _, _, cs in rows[1:]]))
    return out


@pytest.mark.parametrize("key, sep", [
    ("Columns: Aster-2 · Bluefin 4 · Corvo 1.5 Max", " · "),
    ("### Aster-2 vs Bluefin 4 vs Corvo 1.5 Max, same harness\n", " vs "),
    ("Aster-2 vs Bluefin 4 vs Corvo 1.5 Max, both with tools, the lab's figures:\n", " | "),
    ("In order: Aster-2, Bluefin 4 and Corvo 1.5 Max", " / "),
])
def test_key_over_rows_names_every_column(key, sep):
    text = f"Intro line.\n\n{key}\nLedgerQA — 71.3{sep}60.2{sep}58.8\nTallyBench — 40.1%{sep}39.0%{sep}22.4%\n\nMore text."
    assert _read(text) == [(["Aster-2", "Bluefin 4", "Corvo 1.5 Max"],
                            [["LedgerQA", "71.3", "60.2", "58.8"], ["TallyBench", "40.1%", "39.0%", "22.4%"]])]


def test_sides_key_under_rows_keeps_a_dotted_version_whole():
    text = ("- LedgerQA: 64.0 → 72.5\n- TallyBench: 31.2 → 44.0\n"
            "(left: Quokka 2 Pro, right: Quokka 2.5 Pro; all pass rates in %)\n")
    assert _read(text)[0][0] == ["Quokka 2 Pro", "Quokka 2.5 Pro"]
    text = text.replace(" → ", " — ")
    assert _read(text)[0][0] == ["Quokka 2 Pro", "Quokka 2.5 Pro"]


def test_first_row_names_its_values_and_the_next_rows_follow_it():
    text = ("Results.\n\nLedgerQA (no tools) — Aster-2 37.5% · Bluefin 4 21.6% · Corvo-1 13.7%\n"
            "TallyBench — 31.1% · 4.9% · 13.6%\n\n(Same column order on every line.)\n\nAll figures are the lab's own.")
    ((head, rows),) = _read(text)
    assert head == ["Aster-2", "Bluefin 4", "Corvo-1"]
    assert rows == [["LedgerQA (no tools)", "37.5%", "21.6%", "13.7%"], ["TallyBench", "31.1%", "4.9%", "13.6%"]]
    # the note under the rows belongs to the block, so the next paragraph is read as its key
    assert text[keyed_tables(text)[0][1]:].startswith("\n\nAll figures")


@pytest.mark.parametrize("text", [
    "LedgerQA — 71.3 · 60.2 · 58.8\nTallyBench — 40.1 · 39.0 · 22.4\n",  # no key at all
    "Columns: Aster-2 · Bluefin 4\nLedgerQA — 71.3 · 60.2 · 58.8\nTallyBench — 40.1 · 39.0 · 22.4\n",  # 2 names, 3 values
    "Scores, in percent, overall / dialect average:\n- Aster-2: 84.0 / 66.2\n- Bluefin 4: 82.5 / 68.9\n",  # not names
])
def test_no_key_no_columns(text):
    assert keyed_tables(text) == []


@pytest.mark.parametrize("abbr, full, want", [
    ("SWE-V", "SWE-bench Verified", True),
    ("AA Index", "Artificial Analysis Intelligence Index", True),
    ("ZB", "ZetaBench", True),
    ("Ledg-H", "LedgerQA Hard", True),
    ("HLE (tools)", "Humanity's Last Exam", True),
    ("MMLU", "MMLU-Pro", False),  # a name written out whole is its own benchmark
    ("SWE-bench", "SWE-bench Verified", False),
    ("Index", "Artificial Analysis Intelligence Index", False),  # must start at the first word
    ("XB", "ZetaBench", False),
    ("Verified SWE", "SWE-bench Verified", False),  # out of order
])
def test_abbreviates(abbr, full, want):
    assert abbreviates(abbr, full) is want


def _grid(text, header):
    """A one-row grid for the table of `text` starting at its "Model" line, with the header cells `header`."""
    a = text.index("Model")
    cells = [(text.index(h, a), text.index(h, a) + len(h)) for h in header]
    return a, [(a, cells[-1][1], [(a, a)] + cells), (a, a, [])]


def test_caption_ties_header_abbreviations_to_its_names_and_units_per_column():
    text = ("Snapshot (vendor figures; LedgerQA Hard and TallyBench in %, Quill Index in points from Marrow Labs)\n\n"
            "Model      Ledg-H   TB     QI\nAster-2    71.3     60.2   58\n")
    around = [(text.index(n), text.index(n) + len(n), "BENCHMARK", n) for n in ("LedgerQA Hard", "TallyBench", "Quill Index")]
    a, rows = _grid(text, ["Ledg-H", "TB", "QI"])
    guessed = [(text.index("QI"), text.index("QI") + 2, "BENCHMARK", "QI")]  # a name the layout gave the header
    got = caption_names(text, a, rows, guessed, around)
    assert [(text[s:e], c) for s, e, _, c in got] == [("Ledg-H", "LedgerQA Hard"), ("TB", "TallyBench"), ("QI", "Quill Index")]
    assert column_units(text, a, around) == {"LedgerQA Hard": "%", "TallyBench": "%", "Quill Index": "points"}


def test_caption_leaves_known_and_ambiguous_headers_alone():
    text = "Caption: TallyBench and TallyBase in %.\n\nModel  TB  MMLU\nAster-2  71.3  60.2\n"
    around = [(text.index(n), text.index(n) + len(n), "BENCHMARK", n) for n in ("TallyBench", "TallyBase")]
    a, rows = _grid(text, ["TB", "MMLU"])
    known = [(text.index("MMLU"), text.index("MMLU") + 4, "BENCHMARK", "MMLU (5-shot)")]
    assert caption_names(text, a, rows, known, around) == known  # "TB" fits both names; MMLU is known


@pytest.mark.parametrize("word, want", [("Elo-scale", True), ("LLM-based", True), ("Quill-style", True),
                                        ("Kestrel-bench", False), ("Aster-2", False), ("Ledger-QA", False)])
def test_unit_compounds_are_no_names(word, want):
    assert _unit_compound(word) is want


def test_a_metric_scaled_to_100_is_points():
    from nlp.grid import statement_unit
    assert statement_unit("PageQA (ANLS×100)") == "points"
    assert statement_unit("token F1 x 100") == "points"
    assert statement_unit("Accuracy (%)") == "%"
    assert statement_unit("GPT-4o x 2 runs") is None
    assert statement_unit("the Box100 tier") is None


def test_a_caption_reaches_through_a_series_of_blocks_under_it():
    from nlp.grid import block_unit
    card = ("Evaluation\nAll scores below are accuracies in percent, zero-shot.\n\nAster-2\nLedgerQA: 71.9\nTallyBench: 58.3\n\n"
            "Aster-2 Mini\nLedgerQA: 60.2\nTallyBench: 41.7\n")
    assert block_unit(card, card.index("LedgerQA: 60.2")) == "%"
    prose = card.replace("Aster-2\nLedgerQA: 71.9", "Aster-2 is the lab's larger model, trained for longer.\nLedgerQA: 71.9")
    assert block_unit(prose, prose.index("LedgerQA: 60.2")) is None  # a paragraph of prose ends the series



def test_a_known_benchmark_heading_the_next_block_of_a_models_as_columns_table():
    from nlp.grid import corner_benches
    text = ("| LedgerQA | Aster-2 | Bluefin 4 |\n| Accuracy (%) | 64.8 | 66.1 |\n| Cost ($) | 0.41 | 0.52 |\n"
            "| TallyBench | Aster-2 | Bluefin 4 |\n| Accuracy (%) | 61.2 | 60.4 |\n")
    rows, pos = [], 0
    for line in text.splitlines():
        rows.append((pos, pos + len(line), [(pos + line.index(c.strip()), pos + line.index(c.strip()) + len(c.strip()))
                                            for c in line.strip("|").split("|")]))
        pos += len(line) + 1
    ents = []
    for name, label in (("LedgerQA", "BENCHMARK"), ("TallyBench", "BENCHMARK")):
        at = text.index(name)
        ents.append((at, at + len(name), label, name))
    for name in ("Aster-2", "Bluefin 4"):
        for at in (text.index(name), text.rindex(name)):
            ents.append((at, at + len(name), "MODEL", name))
    got = corner_benches(text, rows, sorted(ents))
    assert [x and x[3] for x in got] == ["LedgerQA", None, None, "TallyBench"]
