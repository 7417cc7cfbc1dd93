"""A model named as a line's head, its benchmark figures after it (nlp.line_labels, round 24). Invented names
(Sedgewarp, Pockridge, Fallowvane, Ardwell, TinselQA, Velmorrow-Math); the whole pipeline runs."""
import pytest

from nlp.line_labels import label_names

NOTES = """Launch notes for Ardwell-3, from its developer's card: 70.2% on TinselQA and 57.4% on Velmorrow-Math.

Rivals, each from its own developer's card:
- Sedgewarp-Sur 2: TinselQA 61.0 %, Velmorrow-Math 48.5 %
- [ ] POCKRIDGE 40B — 62.1% on TinselQA
#   Fallowvane Mini  TinselQA 55.0
Week 3: TinselQA 66.0 for the next checkpoint
"""


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py)


def _ents(text, pairs):
    out = []
    for name, label in pairs:
        at = 0
        while (i := text.find(name, at)) >= 0:
            out.append((i, i + len(name), label, name))
            at = i + 1
    return sorted(out)


def test_heads_of_model_shape_before_a_benchmark_figure_are_models():
    ents = _ents(NOTES, [("Ardwell-3", "MODEL"), ("TinselQA", "BENCHMARK"), ("Velmorrow-Math", "BENCHMARK")])
    got = [name for _, _, _, name in label_names(NOTES, ents)]
    assert got == ["Sedgewarp-Sur 2", "POCKRIDGE 40B", "Fallowvane Mini"]  # not "Week 3", not "Rivals"


def test_a_head_a_list_knows_or_a_line_naming_another_model_gives_nothing():
    text = ("Sedgewarp-Sur 2: TinselQA 61.0 %, ahead of Ardwell-3\nTinselQA 2: 55.0 on TinselQA\n"
            "Update 2: TinselQA 64.0 after the patch\nSTEP 3 — TinselQA 60.5\n")
    ents = _ents(text, [("Ardwell-3", "MODEL"), ("TinselQA", "BENCHMARK")])
    assert label_names(text, ents) == []


def test_the_line_figures_go_to_the_head_not_to_the_subject(p):
    got = {(c["model"], c["benchmark"], c["score"]) for c in p(NOTES)._.claims}
    low = {(m.lower().replace(" ", "-"), b, v) for m, b, v in got}
    assert {("sedgewarp-sur-2", "TinselQA", 61.0), ("sedgewarp-sur-2", "Velmorrow-Math", 48.5),
            ("pockridge-40b", "TinselQA", 62.1), ("fallowvane-mini", "TinselQA", 55.0)} <= low
    assert not {x for x in low if x[0] == "ardwell-3" and x[2] in (61.0, 48.5, 62.1, 55.0)}
