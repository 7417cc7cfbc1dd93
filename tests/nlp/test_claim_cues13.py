"""Round 13: what a number is in a claim — places in any order, score phrasing, references, corrections
(nlp.claim_places, nlp.claim_discourse, nlp.withdrawn_figures, nlp.non_scores). Sentences written for these tests;
every model and board name is invented (Brindlemoor-2, Skelda-3, Oxterra-5, Mirrowen-2, Quintal-4, Vellichor Arena,
Tallow Index appear in no set)."""
from __future__ import annotations

import pytest

from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)

MODELS = ["Brindlemoor-2", "Skelda-3", "Oxterra-5", "Mirrowen-2", "Quintal-4"]
BENCHES = ["Vellichor Arena", "Tallow Index"]


def claims(pipe, text, models=MODELS, benches=BENCHES):
    doc = annotate(pipe, text, ents(list(models), list(benches), []))
    return sorted((c["model"], c["benchmark"], c["score"], c["unit"]) for c in doc._.claims)


def ranks(got):
    return sorted((m, s) for m, _, s, u in got if u == "rank")


# --------------------------------------------------------------------------- places in any order

@pytest.mark.parametrize("text, expected", [
    ("Vellichor Arena ranking.\n\nSkelda-3 (1,297) is second, Oxterra-5 (1,290) on the third.",
     ("Oxterra-5", 3.0)),
    ("Vellichor Arena ranking.\n\nSkelda-3 is second; Oxterra-5, with 1,290, on the third place.",
     ("Oxterra-5", 3.0)),
    ("On the Vellichor Arena, Brindlemoor-2 leads with 1,302; on the fifth Quintal-4 with 1,266.",
     ("Quintal-4", 5.0)),
    ("On the Vellichor Arena the fourth place goes to Mirrowen-2, and on the fifth place sits Quintal-4 with 1,266.",
     ("Quintal-4", 5.0)),
    ("On the Vellichor Arena, Mirrowen-2 is on place 3 with 1,280.", ("Mirrowen-2", 3.0)),
    ("On the Tallow Index, Skelda-3 leads at 71.2%, narrowly ahead of Oxterra-5, second at 69.8%.",
     ("Oxterra-5", 2.0)),
    ("On the Tallow Index, Oxterra-5 took the third place with 66.0%.", ("Oxterra-5", 3.0)),
])
def test_places_in_any_order(pipe, text, expected):
    assert expected in ranks(claims(pipe, text))


def test_second_at_takes_its_score(pipe):
    got = claims(pipe, "On the Tallow Index, Skelda-3 leads at 71.2%, narrowly ahead of Oxterra-5, second at 69.8%.")
    assert ("Oxterra-5", "Tallow Index", 69.8, "%") in got
    assert ("Skelda-3", "Tallow Index", 69.8, "%") not in got


@pytest.mark.parametrize("text", [
    "On the Tallow Index, Oxterra-5 scored 66.0% on the third day of testing.",
    "On the Tallow Index, Oxterra-5 scored 66.0% at the second attempt.",
    "On the second of May, Oxterra-5 scored 66.0% on the Tallow Index.",
])
def test_ordinals_that_are_no_places(pipe, text):
    assert ranks(claims(pipe, text)) == []


# --------------------------------------------------------------------------- corrections and counterfactuals

@pytest.mark.parametrize("text, gone, kept", [
    ("Skelda-3: Tallow Index 63.0.\nEdit: fixed a typo, I had written 41.7 for the Tallow Index, it's 71.4.", 41.7, 63.0),
    ("Skelda-3 scores 71.4 on the Tallow Index. (Oops, we wrongly gave 47.1 for Skelda-3 on the Tallow Index "
     "in the first draft, a typo.)", 47.1, 71.4),
    ("Correction. An earlier version of this article said Skelda-3 scored 84.2% on the Tallow Index; the lab's "
     "figure is 81.2%. Skelda-3 also scores 77.0% on the Vellichor Arena.", 84.2, 77.0),
    ("Reviewer 2 points out that the abstract states 49.7% for Skelda-3 on the Tallow Index while the table gives "
     "47.9%.", 49.7, 47.9),
])
def test_withdrawn_slips(pipe, text, gone, kept):
    scores = [s for m, b, s, u in claims(pipe, text) if m == "Skelda-3" and u != "rank"]
    assert gone not in scores
    assert kept in scores


def test_abstract_kept_when_the_text_says_it_is_right(pipe):
    text = ("The abstract states 49.7% for Skelda-3 on the Tallow Index while the table gives 47.9%; the authors "
            "confirm the abstract is right.")
    assert 49.7 in [s for m, b, s, u in claims(pipe, text)]


@pytest.mark.parametrize("text", [
    'Another release claimed Oxterra-5 "would rank third overall on the Tallow Index if the board included agents".',
    "With a cleaner harness Oxterra-5 could place second on the Tallow Index, the lab says.",
])
def test_hypothetical_places(pipe, text):
    assert ranks(claims(pipe, text)) == []


def test_real_place_beside_a_hypothetical_one(pipe):
    text = "Oxterra-5 ranks fifth on the Tallow Index with 66.0%; with tools it would rank second."
    assert ("Oxterra-5", 5.0) in ranks(claims(pipe, text))


# --------------------------------------------------------------------------- score phrasing

@pytest.mark.parametrize("verb", ["says", "said", "claims", "reports", "quoted"])
def test_a_model_says_its_figure(pipe, verb):
    text = (f"Larkfield Ladder ratings in launch posts\n\nEvery launch now quotes a Larkfield Ladder rating. "
            f"Skelda-3 {verb} 2,410. Oxterra-5 {verb} 1,975 in its report.")
    got = [(m, s) for m, b, s, u in claims(pipe, text, benches=["Larkfield Ladder"])]
    assert ("Skelda-3", 2410.0) in got and ("Oxterra-5", 1975.0) in got


def test_points_of_elo(pipe):
    got = claims(pipe, "On the Vellichor Arena, Mirrowen-2 sits at 1,331 points of Elo.")
    assert ("Mirrowen-2", "Vellichor Arena", 1331.0, "elo") in got


def test_out_of_and_percentile(pipe):
    text = ("Gorse Exam 2026: four AIs sat the exam\n\nSkelda-3 scored 96 out of 100 in the reading part, which puts "
            "it in the 99th percentile of students. Oxterra-5 scored 94, the 98th percentile.")
    got = claims(pipe, text, benches=["Gorse Exam 2026"])
    assert {("Skelda-3", "Gorse Exam 2026", 96.0, "points"), ("Skelda-3", "Gorse Exam 2026", 99.0, "percentile"),
            ("Oxterra-5", "Gorse Exam 2026", 98.0, "percentile")} <= set(got)


def test_respectively(pipe):
    got = claims(pipe, "Skelda-3 and Oxterra-5 obtained 36 and 35 points on the Tallow Index, respectively.")
    assert {("Skelda-3", 36.0), ("Oxterra-5", 35.0)} <= {(m, s) for m, b, s, u in got}


# --------------------------------------------------------------------------- references: rivals in brackets

@pytest.mark.parametrize("text", [
    "Skelda-3 is out\n\nToday we're shipping it: Skelda-3. On the Vellichor Arena it gets 55.8% (Oxterra-5 51.2%, "
    "Mirrowen-2 49.0%).",
    "Skelda-3 is out\n\nToday we're shipping Skelda-3. On the Tallow Index it gets 66.0% (Oxterra-5 78.0%, Mirrowen-2 "
    "73.3%); on the Vellichor Arena it gets 55.8% (Oxterra-5 51.2%, Mirrowen-2 49.0%).",
])
def test_rivals_in_brackets_leave_the_subject(pipe, text):
    got = claims(pipe, text)
    assert ("Skelda-3", "Vellichor Arena", 55.8, "%") in got
    assert ("Oxterra-5", "Vellichor Arena", 51.2, "%") in got
    assert not [c for c in got if c[2] == 55.8 and c[0] != "Skelda-3"]


def test_subject_after_bracketed_rivals(pipe):
    text = ("Skelda-3 is out\n\nToday we're shipping Skelda-3. On the Tallow Index it gets 66.0% (Oxterra-5 78.0%, "
            "Mirrowen-2 73.3%).\n\nAlso, it scored 70.1 on the Vellichor Arena.")
    assert ("Skelda-3", "Vellichor Arena", 70.1) in [(m, b, s) for m, b, s, u in claims(pipe, text)]


def test_a_bracketed_name_without_a_figure_still_owns_the_number(pipe):
    text = "The strongest entry on the Tallow Index reached 81.5% (Oxterra-5), well ahead of the field."
    assert ("Oxterra-5", 81.5) in [(m, s) for m, b, s, u in claims(pipe, text)]


# --------------------------------------------------------------------------- a metric column header is no board

@pytest.mark.parametrize("header", ["EM", "acc", "F1", "pass@1", "Exact match"])
def test_metric_header_takes_the_title_board(pipe, header):
    text = (f"Dataset card: Tallow Index\n\nBaseline results. We, the dataset authors, evaluated several models on "
            f"the test split (in %):\n\n  model            {header}\n  Skelda-3         62.0\n  Oxterra-5        66.7\n"
            f"  Mirrowen-2       58.9\n  random baseline  25.0\n")
    got = claims(pipe, text)
    assert ("Skelda-3", "Tallow Index", 62.0) in [(m, b, s) for m, b, s, u in got]
    assert not [c for c in got if c[1] != "Tallow Index"]


# --------------------------------------------------------------------------- a list said not to be a ranking

@pytest.mark.parametrize("note", ["This list is not ranked.", "In no particular order.", "Sorted alphabetically.",
                                  "The order means nothing."])
def test_unranked_list_gives_no_places(pipe, note):
    text = ("Five models to watch on the Tallow Index\n\n" + note + "\n\n1. Skelda-3 — 71.2 on the Tallow Index.\n"
            "2. Oxterra-5 — 69.8 on the Tallow Index.\n3. Mirrowen-2 — 66.0 on the Tallow Index.\n")
    got = claims(pipe, text)
    assert ranks(got) == []
    assert ("Skelda-3", "Tallow Index", 71.2) in [(m, b, s) for m, b, s, u in got]


def test_ranked_list_keeps_its_places(pipe):
    text = ("Tallow Index, December standings\n\n1. Skelda-3 — 71.2\n2. Oxterra-5 — 69.8\n3. Mirrowen-2 — 66.0\n\n"
            "Order is by score; ties broken by date.")
    assert ("Skelda-3", 1.0) in ranks(claims(pipe, text))


def test_medal_at_an_unnamed_contest(pipe):
    text = "Skelda-3 — a mystery lab's model with a gold at a programming contest and 51.7% on the Tallow Index."
    got = claims(pipe, text)
    assert not [c for c in got if c[3] == "medal"]
    assert ("Skelda-3", "Tallow Index", 51.7) in [(m, b, s) for m, b, s, u in got]


def test_medal_at_a_named_contest_stays(pipe):
    got = claims(pipe, "Skelda-3 won a gold medal at the Tallow Index finals this year.")
    assert ("Skelda-3", "Tallow Index", 1.0, "medal") in got


def test_correction_notice_withdraws_figure_and_place(pipe):
    text = ("Correction\n\nAn article on Monday misstated two results. It said Skelda-3 scored 84.2% on the Tallow "
            "Index; the figure given by Fennel Labs is 81.2%, and Skelda-3 remains behind. The article also said "
            "Oxterra-5 was second on the Tallow Index; it is first, with 82.0%.")
    got = claims(pipe, text)
    assert not [c for c in got if c[2] == 84.2]
    assert ("Oxterra-5", 2.0) not in ranks(got)
