"""A one-benchmark board's further measure columns (nlp.part_columns._measure_columns) and its superseded-figure
columns (nlp.header_words.old_column): every number of a "Fully completed", "Full success (%)" or "<language> subset"
column beside the score is the board's, the "Shown during outage" figures of an incident review never are.
Invented names (Quillmere, Tollbar, MerrowBench, FenmarchBench, Brantle, Ossory, Pellorin); the whole pipeline runs."""
import pytest

import nlp
from nlp.header_words import new_column, old_column
from nlp.part_columns import board_parts

LAUNCH = """Quillmere: a benchmark of chores, scored out of 40

Researchers at Kestwick College released Quillmere, 40 household chores done by an agent in a simulated flat.

| Model | Score (0–40) | Fully completed |
|---|---|---|
| Brantle 4 Pro | 28.5 | 61% |
| Ossory-2 | 24.0 | 47% |
| Pellorin 3 | 19.5 | 30% |
"""

INCIDENT = """Incident review: wrong FenmarchBench figures on the public board

The FenmarchBench board showed inflated scores for two models. The figures below are the corrected ones.

| Model | Corrected (%) | Shown during outage (%) |
|---|---|---|
| Brantle 4 Pro | 55.1 | 58.0 |
| Ossory-2 | 49.3 | 52.7 |
"""

MEAN_AND_SUCCESS = """Tollbar is a new agent benchmark from Kestwick College: 300 errands, each scored 0 to 20.

| Model | Mean score (0–20) | Full success (%) | Cost ($) |
|---|---|---|---|
| Brantle 4 Pro | 14 | 38.5 | 12.40 |
| Ossory-2 | 12 | 30.0 | 8.10 |
| Human volunteers | 18 | 77 | 0 |
"""

SUBSET = """Researchers at Kestwick College released MerrowBench, a test of Welsh and English reading. All entries are run by \
the maintainers; accuracy in %.

| Rank | Model | Accuracy | Welsh subset |
|---|---|---|---|
| 1 | Brantle 4 Pro | 80.2 | 71.0 |
| 2 | Ossory-2 | 77.9 | 73.4 |
"""


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py): one load per test worker


def triples(p, text):
    return sorted((c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims)


def test_a_completion_column_beside_the_score_is_the_boards(p):
    assert triples(p, LAUNCH) == sorted([
        ("Brantle 4 Pro", "Quillmere", 28.5), ("Brantle 4 Pro", "Quillmere", 61.0),
        ("Ossory-2", "Quillmere", 24.0), ("Ossory-2", "Quillmere", 47.0),
        ("Pellorin 3", "Quillmere", 19.5), ("Pellorin 3", "Quillmere", 30.0)])


def test_a_mean_score_and_a_success_rate_are_both_read_and_the_cost_is_not(p):
    got = triples(p, MEAN_AND_SUCCESS)
    assert got == sorted([("Brantle 4 Pro", "Tollbar", 14.0), ("Brantle 4 Pro", "Tollbar", 38.5),
                          ("Ossory-2", "Tollbar", 12.0), ("Ossory-2", "Tollbar", 30.0)])
    assert not any(b == "Full success" for _, b, _ in got)  # the header is no benchmark


def test_a_subset_column_beside_accuracy_keeps_the_parent_name(p):
    got = triples(p, SUBSET)
    assert ("Brantle 4 Pro", "MerrowBench", 71.0) in got and ("Ossory-2", "MerrowBench", 73.4) in got
    assert ("Brantle 4 Pro", "MerrowBench", 80.2) in got


def test_the_superseded_column_of_an_incident_review_gives_nothing(p):
    assert triples(p, INCIDENT) == [("Brantle 4 Pro", "FenmarchBench", 55.1), ("Ossory-2", "FenmarchBench", 49.3)]


def _cells(line: str, at: int = 0):
    out, pos = [], at
    for part in line.split("|"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 1
    return out


def test_old_and_new_headers_with_a_unit_in_brackets():
    for old in ("Shown during outage (%)", "As first published", "Inflated (%)", "Withdrawn", "Old score"):
        assert old_column(old, 0, len(old)), old
    for other in ("Accuracy (%)", "Reported", "Fully completed", "Corrected (%)"):
        assert not old_column(other, 0, len(other)), other
    line = "Model|Corrected (%)|Shown during outage (%)"
    assert new_column(line, _cells(line)) == 1
    line = "Model|Corrected (%)|Public split (%)"
    assert new_column(line, _cells(line)) is None  # a "new" column needs an old one beside it


def test_measure_columns_need_a_measure_word_and_a_share_scale():
    text = "Model|Score|Fully completed|Votes|Spoken\nA|31.5|54%|1200|40.0\nB|29.0|50%|900|38.0\n"
    lines = text.splitlines()
    rows, pos = [], 0
    for ln in lines:
        rows.append((pos, pos + len(ln), _cells(ln, pos)))
        pos += len(ln) + 1
    header, body = rows[0][2], rows[1:]
    assert board_parts(text, header, body, 1, {0}) == [2]  # not "Votes" (no measure word, off the scale), not "Spoken"
    one_row = body[:1]
    assert board_parts(text, header, one_row, 1, {0}) == []  # one row is too little to call a column a share


HARNESS = """# MerrowBench

MerrowBench tests Welsh and English reading. It was built at Kestwick College from public exam papers, with 2,000 \
questions checked by two teachers and a third reader; the questions cover grammar, inflection, idiom and the regional \
usage of both languages, and about one in five of them is marked hard by the reviewers.

## Leaderboard

All entries are run by the maintainers with `merrow-eval 2.1`; accuracy in %.

| Rank | Model | Accuracy |
|---|---|---|
| 1 | Brantle 4 Pro | 80.2 |
| 2 | Ossory-2 | 77.9 |
"""


def test_a_harness_named_in_code_with_its_version_is_not_the_board(p):
    got = triples(p, HARNESS)
    assert ("Brantle 4 Pro", "MerrowBench", 80.2) in got and ("Ossory-2", "MerrowBench", 77.9) in got
