"""The discourse state claims are read in (nlp.claim_discourse): topic benchmarks over paragraphs,
references only the document resolves, places in prose and numbered boards, corrections. Invented
models and benchmarks; hand-marked entities on spacy.blank("en") + sentencizer."""
import pytest
import spacy

from nlp.claim_discourse import Discourse, list_ranks, retracted_values, short_benches
from nlp.numbers import Number
from test_claims import annotate

M, B, O = "MODEL", "BENCHMARK", "ORG"


@pytest.fixture(scope="module")
def pipe():
    p = spacy.blank("en")
    p.add_pipe("sentencizer")
    return p


def ents(models=(), benches=(), orgs=()):
    return [(n, M, n) for n in models] + [(n, B, n) for n in benches] + [(n, O, n) for n in orgs]


def got(doc):
    return [(c["model"], c["benchmark"], c["score"], c["unit"]) for c in doc._.claims]


def test_the_most_named_benchmark_carries_over_the_answers_of_an_interview(pipe):
    text = ("*Mara Lind built Pebblemark-Hard, a test of reading scanned ledgers.*\n\n"
            "**Why another one?**\nBecause Slatequiz is solved. Pebblemark-Hard has 900 questions.\n\n"
            "**How do models do?**\nBadly. Tamsin 3 is at 41.2%. Orrin-4 got 38.5%.")
    doc = annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark-Hard", "Slatequiz"]))
    assert got(doc) == [("Tamsin 3", "Pebblemark-Hard", 41.2, "%"), ("Orrin-4", "Pebblemark-Hard", 38.5, "%")]


def test_two_benchmarks_named_as_often_give_no_document_topic(pipe):
    text = "Slatequiz and Pebblemark are both new.\n\nTamsin 3 is at 41.2%."
    assert got(annotate(pipe, text, ents(["Tamsin 3"], ["Pebblemark", "Slatequiz"]))) == []


def test_a_number_on_an_unnamed_thing_takes_no_topic_benchmark(pipe):
    text = ("Tamsin 3 scores 70.1% on Pebblemark, and Pebblemark is what the lab talks about.\n\n"
            "A tracker put Tamsin 3 at 61 on its composite index, and Orrin-4 at 56.")
    assert got(annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark"]))) == [
        ("Tamsin 3", "Pebblemark", 70.1, "%")]


def test_the_state_resets_at_a_heading_and_keeps_its_benchmark_below_it():
    text = "## Results on Pebblemark\n\nLine one.\n\n## Costs\n\nLine two."
    st = Discourse(text)
    heading = text.index("## Results")
    st.enter(heading, heading + 24, True)

    class Bench:
        label, canonical, start = "BENCHMARK", "Pebblemark", 14
    st.named_benchmarks(heading, [Bench()])
    one = text.index("Line one")
    st.enter(one, one + 9, False)
    assert st.context_bench.canonical == "Pebblemark"
    costs = text.index("## Costs")
    st.enter(costs, costs + 8, True)
    assert st.section_bench is None
    two = text.index("Line two")
    st.enter(two, two + 9, False)
    assert st.context_bench.canonical == "Pebblemark"  # the document's only benchmark, not the heading's


def test_a_word_of_a_longer_benchmark_named_before_is_that_benchmark(pipe):
    text = "Harbor Game Arena posted its go ladder.\n\nRatings are the arena's Elo.\n\n1. Tamsin 3 — 1402\n2. Orrin-4 — 1377\n"
    ents_ = ents(["Tamsin 3", "Orrin-4"], ["Harbor Game Arena"]) + [("arena", B, "Quorum Arena")]
    assert got(annotate(pipe, text, ents_)) == [
        ("Tamsin 3", "Harbor Game Arena", 1402.0, "elo"), ("Tamsin 3", "Harbor Game Arena", 1.0, "rank"),
        ("Orrin-4", "Harbor Game Arena", 1377.0, "elo"), ("Orrin-4", "Harbor Game Arena", 2.0, "rank")]


def test_short_forms_and_the_noun_of_a_benchmark():
    text = "Slate Ledger Exam and Pebblemark Arena are new. Its Pebblemark mode. On the exam it gets 30."
    k = text.index("Its Pebblemark") + 4
    e = [(0, 17, B, "Slate Ledger Exam"), (22, 38, B, "Pebblemark Arena"), (k, k + 10, B, "Pebblemark")]
    out = short_benches(text, e)
    assert out[2][3] == "Pebblemark Arena"
    the_exam = [x for x in out if text[x[0]:x[1]] == "the exam"]
    assert the_exam and the_exam[0][3] == "Slate Ledger Exam"
    # only a longer name named before counts
    assert short_benches("Pebblemark and Pebblemark Arena differ.", [(0, 10, B, "Pebblemark"), (15, 31, B, "Pebblemark Arena")])[0][3] == "Pebblemark"


def test_its_model_after_a_lab_is_the_labs_model(pipe):
    text = "Quillon shipped Tamsin 3 and Lattice shipped Orrin-4.\n\nLattice, for its part, said its model solves 62.5% of Pebblemark."
    doc = pipe(text)
    spans = []
    for surface, label, org in (("Tamsin 3", M, "Quillon"), ("Orrin-4", M, "Lattice"), ("Pebblemark", B, None)):
        i = text.index(surface)
        spans.append((doc.char_span(i, i + len(surface), label=label), org))
    for name in ("Quillon", "Lattice"):
        start = 0
        while (i := text.find(name, start)) >= 0:
            spans.append((doc.char_span(i, i + len(name), label=O), None))
            start = i + 1
    doc.ents = sorted((s for s, _ in spans), key=lambda s: s.start)
    for s, org in spans:
        s._.canonical = s.text
        s._.org = org
    from nlp.claims import ClaimExtractor
    assert got(ClaimExtractor(pipe)(doc)) == [("Orrin-4", "Pebblemark", 62.5, "%")]


@pytest.mark.parametrize("text,want", [
    ("Right now Tamsin 3 leads at 57.3% on Pebblemark.", [("Tamsin 3", 1.0, "rank"), ("Tamsin 3", 57.3, "%")]),
    ("Tamsin 3 is top at 46.8% on Pebblemark.", [("Tamsin 3", 1.0, "rank"), ("Tamsin 3", 46.8, "%")]),
    ("On Pebblemark, Tamsin 3 stood second with 1477, and its sibling, Orrin-4, was third at 1465.",
     [("Tamsin 3", 2.0, "rank"), ("Tamsin 3", 1477.0, "points"), ("Orrin-4", 3.0, "rank"), ("Orrin-4", 1465.0, "points")]),
    ("On Pebblemark, Tamsin 3 leads the public set at 23.3%, with Orrin-4 a close second at 22.7%.",
     [("Tamsin 3", 1.0, "rank"), ("Tamsin 3", 23.3, "%"), ("Orrin-4", 2.0, "rank"), ("Orrin-4", 22.7, "%")]),
    # a comparison, a subset, a hypothetical: no place
    ("Tamsin 3 leads Orrin-4 by 9 points on Pebblemark (71.0 to 62.0).", [("Tamsin 3", 71.0, "points"), ("Orrin-4", 62.0, "points")]),
    ("Tamsin 3 tops open models on Pebblemark with 78.7.", [("Tamsin 3", 78.7, "points")]),
    ("Tamsin 3 leads among small models on Pebblemark at 61.0%.", [("Tamsin 3", 61.0, "%")]),
    ("Of the three, Tamsin 3 led at 71.0% on Pebblemark, with Orrin-4 at 62.0%.", [("Tamsin 3", 71.0, "%"), ("Orrin-4", 62.0, "%")]),
])
def test_places_in_prose(pipe, text, want):
    doc = annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark"]))
    assert [(m, s, u) for m, _, s, u in got(doc)] == want


def test_the_highest_followed_by_is_first_place(pipe):
    text = "On Pebblemark, Tamsin 3 ended with the highest balance, 812 points, followed by Orrin-4 at 640 points."
    claims = got(annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark"])))
    assert [c for c in claims if c[3] == "rank"] == [("Tamsin 3", "Pebblemark", 1.0, "rank")]


def test_a_numbered_board_gives_places_only_in_score_order():
    def items(values, numbers=None):
        text, out = "", []
        for i, v in enumerate(values, start=1):
            line = f"{(numbers or {}).get(i, i)}. M{i} — {v}\n"
            out.append((len(text), len(text) + len(line) - 1, None, Number(0, 0, float(v), None, "score")))
            text += line
        return text, out
    assert list_ranks(*items([90, 80, 70])) == [1.0, 2.0, 3.0]
    assert list_ranks(*items([3.1, 4.5, 6.0])) == [1.0, 2.0, 3.0]  # lower is better: still in order
    assert list_ranks(*items([90, 95, 70])) is None  # not a board in score order
    assert list_ranks(*items([90, 80], numbers={1: 2, 2: 3})) is None  # does not start at 1


def test_a_numbered_board_place_the_text_also_states_is_one_claim(pipe):
    text = "Tamsin 3 holds the top spot on Pebblemark. The standings:\n\n1. Tamsin 3 — 1492\n2. Orrin-4 — 1482\n"
    places = [c for c in got(annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark"]))) if c[3] == "rank"]
    assert places == [("Tamsin 3", "Pebblemark", 1.0, "rank"), ("Orrin-4", "Pebblemark", 2.0, "rank")]


def test_a_correction_drops_the_withdrawn_figure(pipe):
    text = ("# Correction\n\nThe article said Tamsin 3 scored 91.3% on Pebblemark; the lab's report gives 87.3%. "
            "Orrin-4 was listed at 74.5% on Pebblemark; it should read 70.2%, not 74.5%.")
    assert retracted_values(text) >= {91.3, 74.5}
    claims = got(annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark"])))
    assert ("Tamsin 3", "Pebblemark", 87.3, "%") in claims
    assert not [c for c in claims if c[2] in (91.3, 74.5)]


def test_without_a_correction_both_figures_stay(pipe):
    text = "The lab said Tamsin 3 scored 91.3% on Pebblemark; an independent run gives 87.3%."
    assert {c[2] for c in got(annotate(pipe, text, ents(["Tamsin 3"], ["Pebblemark"])))} == {91.3, 87.3}


def test_its_name_after_a_lab_is_the_labs_benchmark_in_the_knowledge_base():
    from nlp.claim_discourse import owned_benches
    text = "Quillon Metrics refreshed its board. Its Reasoning Index now covers ten tests. Its Speed Index too."
    known = [(0, 15, O, "Quillon Metrics")]
    out = owned_benches(text, known, {"Quillon Metrics Reasoning Index", "Pebblemark"})
    assert [(text[s:e], c) for s, e, _, c in out] == [("Reasoning Index", "Quillon Metrics Reasoning Index")]
    assert owned_benches(text, [], {"Quillon Metrics Reasoning Index"}) == []  # no lab named: nothing
