"""Numbers that are no scores by the name of their quantity (nlp.non_scores, through nlp.numbers.find_numbers):
timestamps, quantity keys, rubric points, goals, gaps named a few words before, a hyphen-glued version digit, the
number of a role or a part. Invented names throughout (Brindlemoor, Oxterra, Vellichor-Bench, Skelda, Mirrowen …:
in no set), and beside each class the scores that must stay scores."""
import pytest

from nlp.numbers import find_numbers


def kind_of(text: str, number: str, nth: int = 0) -> str:
    hits = [n for n in find_numbers(text) if text[n.start:n.end].split()[0].rstrip("%,;") == number]
    return hits[nth].kind


@pytest.mark.parametrize("text, number, kind", [
    # timestamps, any position of a line
    ("07:45 Why Vellichor-Bench only counts its own runs", "07", "clock"),
    ("07:45 Why Vellichor-Bench only counts its own runs", "45", "clock"),
    ("[1:02:45] Skelda on the Oxterra 2 results", "45", "clock"),
    ("At 22:10 the Brindlemoor team posted the board.", "10", "clock"),
    # quantity keys in records and prose
    ('{"model": "mirrowen-9b", "suite": "Vellichor-Bench", "acc": 0.61, "n": 480}', "480", "count"),
    ("model=mirrowen-9b bench=Vellichor-Bench pass=0.58 latency_p95_ms=1210", "1210", "count"),
    ('{"num_problems": 250, "score": 71.2}', "250", "count"),
    ("Oxterra 2 (tokens: 9100, wall_s=33.5) scored 64.0 on Vellichor-Bench", "33.5", "count"),
    # a tender's rubric and its total
    ("- Bid B (Skelda Ltd), offering Oxterra 2: 71.3% on Vellichor-Bench; quality points 41.0; total 80.5",
     "41.0", "rubric"),
    ("- Bid B (Skelda Ltd), offering Oxterra 2: 71.3% on Vellichor-Bench; quality points 41.0; total 80.5",
     "80.5", "rubric"),
    ("Offer 3: Brindlemoor-2, technical score: 33 of the 60 available.", "33", "rubric"),
    # goals and thresholds
    ("The founders say they want 90% on Vellichor-Bench by 2028.", "90", "goal"),
    ("Oxterra 2 needs 75% on Vellichor-Bench to pass certification.", "75", "goal"),
    ("Their target of 80% on Vellichor-Bench is still far away.", "80", "goal"),
    ("The lab aims for 65 on Vellichor-Bench next year.", "65", "goal"),
    ("Skelda hopes to reach 70% on the board.", "70", "goal"),
    # a gap named a few words before
    ("Oxterra 2 still leads, but the gap on Vellichor-Bench is only 2.4", "2.4", "delta"),
    ("The margin over Brindlemoor-2 shrank to 0.9 on Vellichor-Bench.", "0.9", "delta"),
    # a version digit glued to a name no list knows, in any script
    ("Mirrowen's new model Oxterra-4 (옥스테라-4) took the top spot on Vellichor-Bench.", "4", "version", ),
    # the number of a role or a part
    ("Reviewer 3 points out that the abstract and the table disagree.", "3", "label"),
    ("Reviewer 3, page 4: the Oxterra 2 row looks wrong.", "4", "label"),
    ("See Episode 212 for the Skelda interview.", "212", "label"),
])
def test_named_non_scores(text, number, kind):
    assert kind_of(text, number) == kind


@pytest.mark.parametrize("text, number", [
    ("Table 4 lists Oxterra 2 at 66.1% on Vellichor-Bench.", "4"),
    ("See Episode 57 for the Skelda interview.", "57"),
    ("Lot 2: Oxterra 2 offered.", "2"),
])
def test_part_numbers_are_no_scores(text, number):
    assert kind_of(text, number) != "score"


@pytest.mark.parametrize("text, number", [
    ("Oxterra 2 scored 71.3% on Vellichor-Bench.", "71.3"),
    ("Oxterra 2 took the lead on Vellichor-Bench at 72.4%.", "72.4"),
    ("Our lead model is at 68.0 on Vellichor-Bench.", "68.0"),
    ("Oxterra 2 reached 90% on Vellichor-Bench, above the 85% the lab wanted.", "90"),
    ('{"model": "mirrowen-9b", "suite": "Vellichor-Bench", "acc": 0.61, "n": 480}', "0.61"),
    ("Brindlemoor-2: Vellichor-Bench 58.6, total cost $12", "58.6"),
    ("The total for Oxterra 2 on Vellichor-Bench is 412 points out of 600.", "412"),
    ("Oxterra 2 — 3:1 win ratio aside — scores 64.0 on Vellichor-Bench.", "64.0"),
    ("Oxterra 2 wants nothing more; it scored 88 on Vellichor-Bench.", "88"),
    ("The difference is clear: Oxterra 2 scores 71.0.", "71.0"),
])
def test_scores_stay_scores(text, number):
    assert kind_of(text, number) == "score"
