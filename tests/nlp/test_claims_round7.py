"""Seventh round of claim rules (issue 15): table layouts the rules did not read. One cell per line
(by rows or by columns), aligned columns over a blank corner, Rank and Model columns. Sentences
written for these tests, invented names; entities are marked by hand, so the claim rules are tested
alone."""
from nlp.claim_tables import cell_line_tables
from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)

MODELS = ["Vireo 3", "Helix-2 Pro", "Orrin Flash"]
BENCHES = ["ZetaBench", "QuillEval"]
GRID = {("Vireo 3", "ZetaBench"): 71.3, ("Helix-2 Pro", "ZetaBench"): 68.0, ("Orrin Flash", "ZetaBench"): 52.4,
        ("Vireo 3", "QuillEval"): 60.2, ("Helix-2 Pro", "QuillEval"): 55.1, ("Orrin Flash", "QuillEval"): 41.9}


def full(doc):
    return sorted((c["model"], c["benchmark"], c["score"], c["unit"]) for c in doc._.claims)


def scores(doc):
    return {(c["model"], c["benchmark"]): c["score"] for c in doc._.claims}


def test_one_cell_per_line_by_rows(pipe):
    """A header row (corner word, then the models), then each benchmark's row, one cell per line."""
    lines = ["Task"] + MODELS
    for b in BENCHES:
        lines += [b] + [f"{GRID[m, b]}%" for m in MODELS]
    text = "Our results against two rivals.\n\n" + "\n".join(lines) + "\n\nPrices follow next week.\n"
    doc = annotate(pipe, text, ents(MODELS, BENCHES))
    assert scores(doc) == GRID
    assert {c["unit"] for c in doc._.claims} == {"%"}


def test_one_cell_per_line_by_columns(pipe):
    """An export by columns: the model column first, then each benchmark's column under its header,
    whose bracket gives the unit."""
    lines = ["Model"] + MODELS
    lines += ["ZetaBench (Elo)", "1302", "1288", "1251"]
    lines += ["QuillEval (%)"] + [str(GRID[m, "QuillEval"]) for m in MODELS]
    doc = annotate(pipe, "\n".join(lines) + "\n", ents(MODELS, BENCHES))
    got = full(doc)
    assert ("Vireo 3", "ZetaBench", 1302.0, "elo") in got and ("Orrin Flash", "ZetaBench", 1251.0, "elo") in got
    assert ("Helix-2 Pro", "QuillEval", 55.1, "%") in got
    assert len(got) == 6


def test_one_cell_per_line_without_corner_and_with_a_blank_cell(pipe):
    """No corner cell; a dash for a score not run is no claim; a layout-named model no list knows."""
    lines = ["Vireo 3", "Helix-2 Pro", "Tamsin-9B", "ZetaBench", "71.3", "—", "40.0",
             "QuillEval", "60.2", "55.1", "38.5"]
    doc = annotate(pipe, "\n".join(lines), ents(["Vireo 3", "Helix-2 Pro"], BENCHES))
    assert scores(doc) == {("Vireo 3", "ZetaBench"): 71.3, ("Tamsin-9B", "ZetaBench"): 40.0,
                           ("Vireo 3", "QuillEval"): 60.2, ("Helix-2 Pro", "QuillEval"): 55.1,
                           ("Tamsin-9B", "QuillEval"): 38.5}


def test_short_lines_that_are_no_table(pipe):
    """Short lines with numbers but groups of unequal length, or a shopping-list shape: nothing."""
    uneven = "Vireo 3\nHelix-2 Pro\nZetaBench\n71.3\n68.0\nQuillEval\n60.2\n"
    assert cell_line_tables(uneven) == []
    doc = annotate(pipe, uneven, ents(["Vireo 3", "Helix-2 Pro"], BENCHES))
    assert doc._.claims == []
    poem = "Line one\nLine two\nLine three\n12\n14\nLine four\n15\n16\n"
    assert annotate(pipe, poem, [])._.claims == []


def test_aligned_columns_over_a_blank_corner(pipe):
    """Columns aligned by spaces whose header line is indented (the corner cell left blank): each
    value goes to its own column's model, not all to the first."""
    text = ("Measured by the lab:\n\n"
            "              Vireo 3      Helix-2 Pro     Orrin Flash\n"
            "ZetaBench     71.3         68.0            52.4\n"
            "QuillEval     60.2         55.1            41.9\n\n"
            "Orrin Flash answers in 0.3 seconds.\n")
    doc = annotate(pipe, text, ents(MODELS, BENCHES))
    assert scores(doc) == GRID


def test_rank_column_gives_rank_claims_and_model_column_wins(pipe):
    """A leaderboard with a Rank column: each row's place is a rank claim; the model is the one in
    the Model column, not a harness named in an earlier cell."""
    text = ("The ZetaArena board this week.\n\n"
            "Rank | Harness | Model | Score\n"
            "1 | Orrin Flash | Vireo 3 | 1402\n"
            "2 | Orrin Flash | Helix-2 Pro | 1377\n")
    doc = annotate(pipe, text, ents(MODELS, ["ZetaArena"]))
    got = {(c["model"], c["score"], c["unit"]) for c in doc._.claims}
    assert got == {("Vireo 3", 1.0, "rank"), ("Vireo 3", 1402.0, "elo"),
                   ("Helix-2 Pro", 2.0, "rank"), ("Helix-2 Pro", 1377.0, "elo")}


def test_rank_column_beside_one_benchmark_column(pipe):
    text = "# | Model | ZetaBench\n1 | Vireo 3 | 58.4\n2 | Helix-2 Pro | 56.0\n3 | Orrin Flash | 51.2\n"
    doc = annotate(pipe, text, ents(MODELS, ["ZetaBench"]))
    ranks = {c["model"]: c["score"] for c in doc._.claims if c["unit"] == "rank"}
    assert ranks == {"Vireo 3": 1.0, "Helix-2 Pro": 2.0, "Orrin Flash": 3.0}
    assert ("Helix-2 Pro", "ZetaBench", 56.0) in {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims}



def test_column_blocks_cut_by_blank_lines(pipe):
    """Column blocks exported one by one with blank lines between them; a heading above the first
    block and a second table further down are read on their own."""
    text = ("## Arena export\n\nModel\nVireo 3\nHelix-2 Pro\nOrrin Flash\n\nZetaBench (%)\n71.3\n68.0\n52.4\n\n"
            "QuillEval (%)\n60.2\n55.1\n41.9\n\nThe second board, a week later, is a smaller one and reads so.\n\n"
            "Benchmark\nVireo 3\nHelix-2 Pro\nQuillEval\n61.0\n56.5\n")
    doc = annotate(pipe, text, ents(MODELS, BENCHES))
    got = [(c["model"], c["benchmark"], c["score"]) for c in doc._.claims]
    assert sorted(got) == sorted([(m, b, v) for (m, b), v in GRID.items()]
                                 + [("Vireo 3", "QuillEval", 61.0), ("Helix-2 Pro", "QuillEval", 56.5)])


def test_model_a_change_is_measured_from_is_no_subject(pipe):
    """"a 40% cut from X": X is what the price is measured from; the next sentence's "the model" is
    still the release's model."""
    text = ("Lumen Labs released Vireo 3 on Tuesday. Its price is $2 per million tokens, a 40% cut from "
            "Helix-2 Pro.\n\nReviewers placed the model at 64 on ZetaBench.")
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench"]))
    assert {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims} == {("Vireo 3", "ZetaBench", 64.0)}


def test_it_after_of_what_a_rival_did(pipe):
    """"X costs half of what Y did, and the lab says it scores …": "it" is X, not the nearer Y."""
    text = "Vireo 3 costs half of what Helix-2 Pro did, and the lab says it scores 61.5% on ZetaBench."
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench"]))
    assert {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims} == {("Vireo 3", "ZetaBench", 61.5)}


def test_the_after_of_a_change_is_the_subject(pipe):
    """"went from N for X to M for Y": Y is the subject, so a later number with no model is Y's."""
    text = ("Vireo 3 is a point release of Vireo 2. ZetaBench went from 41.0% for Vireo 2 to 57.5% for "
            "Vireo 3. QuillEval rose less, to 30.5%.")
    doc = annotate(pipe, text, ents(["Vireo 3", "Vireo 2"], ["ZetaBench", "QuillEval"]))
    got = {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims}
    assert got == {("Vireo 2", "ZetaBench", 41.0), ("Vireo 3", "ZetaBench", 57.5), ("Vireo 3", "QuillEval", 30.5)}


def test_the_passages_one_benchmark_carries_over_paragraphs(pipe):
    """A passage that has named one benchmark so far keeps it over a blank line; once a second one
    is named, a later paragraph's bare number has no benchmark to take."""
    text = ("We wrote our own test, ZetaBench, a set of migration tickets from our services.\n\n"
            "Vireo 3 finished 66.3% of the tickets and Helix-2 Pro 61.0%.")
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench", "QuillEval"]))
    assert {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims} == {
        ("Vireo 3", "ZetaBench", 66.3), ("Helix-2 Pro", "ZetaBench", 61.0)}
    two = ("We wrote two tests, ZetaBench and QuillEval, from our services.\n\n"
           "Vireo 3 finished 66.3% of the tickets and Helix-2 Pro 61.0%.")
    assert annotate(pipe, two, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench", "QuillEval"]))._.claims == []


def test_place_a_newcomer_pushes_a_model_to(pipe):
    """"pushing X (1478) to second": X's place; within a subset ("among open models") it is none."""
    text = "On ZetaArena, Vireo 3 debuted at first place with 1512, pushing Helix-2 Pro (1478) to second."
    doc = annotate(pipe, text, ents(MODELS, ["ZetaArena"]))
    got = {(c["model"], c["score"], c["unit"]) for c in doc._.claims}
    assert ("Helix-2 Pro", 2.0, "rank") in got and ("Helix-2 Pro", 1478.0, "elo") in got
    assert ("Vireo 3", 1.0, "rank") in got
    subset = "On ZetaArena, Vireo 3 scored 1512, pushing Helix-2 Pro to second among open models."
    doc = annotate(pipe, subset, ents(MODELS, ["ZetaArena"]))
    assert not any(c["unit"] == "rank" for c in doc._.claims)


def test_the_card_is_the_passage_models_card(pipe):
    """"The card also lists …" after a rival was named: the card of the passage's model."""
    text = ("I tried Vireo 3 on ZetaBench and got 70.1%. The Helix-2 Pro card listed 66.0 on the same test if I "
            "remember right.\n\n"
            "The card also lists 58.2% on QuillEval, which is low.")
    doc = annotate(pipe, text, ents(MODELS, BENCHES))
    got = {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims}
    assert ("Vireo 3", "QuillEval", 58.2) in got and ("Helix-2 Pro", "QuillEval", 58.2) not in got
