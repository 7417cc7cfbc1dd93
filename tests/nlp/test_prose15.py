"""Round 15 (branch nlp-prose15): claims in plain prose — numbers that are no scores (deltas named after their
number or by a change verb, a figure true by construction, the start of a run, a GPU's model number, "Div. 1"),
figures a text does not assert (hoaxes, jokes, denials, a team's entry), corrections, places and linking.
Sentences written for these tests; every name is invented (Dorrit 3, Marlowe-2, Pennyroyal 4, Lanthorn-QA,
Fenwold Index, Tillbank, Wexcombe Labs appear in no set), and beside each class the scores that must stay."""
from __future__ import annotations

import pytest

from nlp.numbers import find_numbers


def kind_of(text: str, number: str) -> str:
    hits = [n for n in find_numbers(text) if text[n.start:n.end].split()[0].rstrip("%,;") == number]
    return hits[0].kind


@pytest.mark.parametrize("text, number, kind", [
    # a gap named after its number
    ("Our Lanthorn-QA figure for Dorrit 3 is 1.2 points under its authors' 59.2; the rest agrees.", "1.2", "delta"),
    ("Dorrit 3 sits 4 pp short of Marlowe-2 on Lanthorn-QA.", "4", "delta"),
    ("so you're 2.7 under its card at 8-bit, odd", "2.7", "delta"),
    ("Dorrit 3 had an Elo of 1402 under the code name Quince.", "1402", "score"),
    ("Marlowe-2 ends 3 points behind Dorrit 3 on the Fenwold Index.", "3", "delta"),
    ("Pennyroyal 4 lands 0.8 points above its predecessor on Lanthorn-QA.", "0.8", "delta"),
    # a change named before it, a few words away or right before
    ("The gain on Lanthorn-QA over those six weeks was 3.7 points at the top.", "3.7", "delta"),
    ("The improvement on the Fenwold Index amounted to 2.2 points.", "2.2", "delta"),
    ("the 4-bit quant costs you 1.5 on lanthorn-qa, as expected", "1.5", "delta"),
    ("Dorrit 3 loses 2.4 on Lanthorn-QA when quantised.", "2.4", "delta"),
    # true by construction, the start of a run, hardware, a division
    ("the hand-written reference answers, which pass 100% by construction.", "100", "reference"),
    ("Oracle answers score 1.0 by definition on the Fenwold Index.", "1.0", "reference"),
    ("An initial budget of 1,000 coins is given to each agent on Tillbank; Dorrit 3 ends at 2,310.", "1,000", "setting"),
    ("bare numbers, my runs, 3090, ~38 tok/s for dorrit at Q4.", "3090", "hardware"),
    ("Dorrit 3 on an RTX 4090 scored 71.0 on Lanthorn-QA.", "4090", "hardware"),
    ("Ratings come from 10 virtual contests (Div. 1 and Div. 2) we simulated.", "1", "label"),
    # scores that stay scores
    ("Dorrit 3 is at 61.2% behind Marlowe-2 on Lanthorn-QA.", "61.2", "score"),
    ("Dorrit 3 scored 61.2%, under the 70% bar.", "61.2", "score"),
    ("An initial budget of 1,000 coins is given to each agent on Tillbank; Dorrit 3 ends at 2,310.", "2,310", "score"),
    ("Dorrit 3 reached 3050 on the Tillbank board, ahead of Marlowe-2.", "3050", "score"),
    ("Dorrit 3 scored 71.5 on Lanthorn-QA, a gain that matters.", "71.5", "score"),
    ("Dorrit 3 scored 71.5 on Lanthorn-QA in Round 2.", "71.5", "score"),
    ("Dorrit 3 costs less and scores 66.0 on Lanthorn-QA.", "66.0", "score"),
])
def test_non_score_kinds(text, number, kind):
    assert kind_of(text, number) == kind


# --------------------------------------------------------------------------- figures a text does not assert

from tests.nlp.test_claims import annotate  # noqa: E402
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: E402,F401  (pipe: the blank-pipeline fixture)

MODELS = ["Dorrit 3", "Dorrit 4", "Marlowe-2", "Pennyroyal 4", "marlowe-2"]
BENCHES = ["Lanthorn-QA", "Fenwold Index", "Tillbank"]
ORGS = ["Wexcombe Labs"]


def claims(pipe, text):
    doc = annotate(pipe, text, ents(MODELS, BENCHES, ORGS))
    return sorted((c["model"], c["benchmark"], c["score"]) for c in doc._.claims)


@pytest.mark.parametrize("text", [
    'A fan-made "Dorrit 4" leak with 95% on Lanthorn-QA was a hoax.',
    "The screenshot showing Dorrit 4 at 88.0 on the Fenwold Index turned out to be fake, Wexcombe Labs said.",
    'Wexcombe Labs plans a Dorrit 4 in 2027 "with 90% on Lanthorn-QA", as the founder joked.',
    "The viral claim that Dorrit 4 scored 93% on Lanthorn-QA has been debunked by the maintainers.",
    'Headline: "no, Dorrit 4 did not score 92% on Lanthorn-QA"',
    "Contrary to the thread, Dorrit 4 never reached 80 on the Fenwold Index.",
])
def test_hoax_joke_denial_is_no_claim(pipe, text):
    assert claims(pipe, text) == []


def test_denied_figure_only(pipe):
    got = claims(pipe, "Dorrit 4 did not score 92% on Lanthorn-QA; Dorrit 4 scored 72.9% on Lanthorn-QA, says its card.")
    assert got == [("Dorrit 4", "Lanthorn-QA", 72.9)]


@pytest.mark.parametrize("text", [
    "Dorrit 3 scored 71.0% on Lanthorn-QA. A joke model called Pennyroyal 4 got 12% on the Fenwold Index in the "
    "same run.",  # "joke" as an adjective of a name: no joke about the figure
    "Dorrit 3 scored 71.0% on Lanthorn-QA, and the team says it did not cheat.",
    "Dorrit 3 reaches 64.0 on the Fenwold Index; the fake-news filter was off.",
])
def test_real_claims_stay(pipe, text):
    assert claims(pipe, text)[0][:2] in {("Dorrit 3", "Lanthorn-QA"), ("Dorrit 3", "Fenwold Index")}


@pytest.mark.parametrize("text", [
    "Final standings on Tillbank:\n\n1st — Team Harrow (marlowe-2 + custom planner) — 46.0\n"
    "2nd — Team Bytefen (Dorrit 3) — 43.5\n",
    "Tillbank hackathon results:\n- The Harrow team (built on Marlowe-2): 46.0\n- Team Lockfast [Dorrit 3, no tools]: 43.5\n",
])
def test_team_entries_are_not_the_model(pipe, text):
    got = claims(pipe, text)
    assert not any(m in ("Marlowe-2", "marlowe-2", "Dorrit 3") for m, _, _ in got)


def test_model_named_outside_the_team_brackets_keeps_its_claim(pipe):
    got = claims(pipe, "Marlowe-2 scored 46.0 on Tillbank (Team Harrow ran it).\n")
    assert ("Marlowe-2", "Tillbank", 46.0) in got


# --------------------------------------------------------------------------- corrections

@pytest.mark.parametrize("text, new", [
    ("First, the row for Dorrit 3 reported 44.6% on Lanthorn-QA. The correct figure is 41.8%. The earlier number "
     "included tasks from the dev split.", 41.8),
    ("Dorrit 3 was listed at 44.6 on the Fenwold Index. The corrected value should read 41.8, the authors say.", 41.8),
])
def test_correct_figure_replaces_the_one_before(pipe, text, new):
    got = claims(pipe, text)
    assert [s for _, _, s in got] == [new]
    assert got[0][0] == "Dorrit 3"


def test_that_was_wrong_withdraws_the_figure_before(pipe):
    got = claims(pipe, "Correction. In Monday's issue we wrote that Dorrit 3 scored 71.5% on Lanthorn-QA. That was wrong: "
                       "the figure belonged to another row. Dorrit 3's score on Lanthorn-QA is 57.1%.")
    assert [s for _, _, s in got] == [57.1]


def test_correct_figure_of_a_new_paragraph_leaves_the_old_one(pipe):
    # a "correct figure" sentence far from any claim withdraws nothing
    got = claims(pipe, "Dorrit 3 scored 71.5% on Lanthorn-QA.\n\nWe checked the harness twice. The correct figure for "
                       "the token budget is 4096.")
    assert ("Dorrit 3", "Lanthorn-QA", 71.5) in got


def test_correction_of_a_place(pipe):
    doc = annotate(pipe, "Correction: we also wrote that the Tillbank board had Marlowe-2 in first place; the board lists "
                         "it second.", ents(MODELS, BENCHES, ORGS))
    assert not any(c["unit"] == "rank" and c["score"] == 1.0 for c in doc._.claims)


# --------------------------------------------------------------------------- places

def places(pipe, text):
    doc = annotate(pipe, text, ents(MODELS, BENCHES, ORGS))
    return sorted((c["model"], c["benchmark"], c["score"]) for c in doc._.claims if c["unit"] == "rank")


@pytest.mark.parametrize("text", [
    "Wexcombe Labs's Marlowe-2 posts 61.0% on Lanthorn-QA and second place on the Tillbank board, behind only Dorrit 3.",
    "The launch post put Marlowe-2 at 61.0% on Lanthorn-QA and second place on the Tillbank chat board, behind only Dorrit 3.",
    "The Tillbank board lists Marlowe-2 second, behind Dorrit 3.",
    "Marlowe-2 finished second on Tillbank, behind Dorrit 3, with 73.9% against 76.4%.",
])
def test_second_behind_x_makes_x_first_on_the_named_board(pipe, text):
    got = places(pipe, text)
    assert ("Marlowe-2", "Tillbank", 2.0) in got
    assert ("Dorrit 3", "Tillbank", 1.0) in got
    assert not any(b == "Lanthorn-QA" for _, b, _ in got)  # the place is on the board named after it


@pytest.mark.parametrize("text", [
    "On Tillbank, Marlowe-2 came second, behind Dorrit 3 and Pennyroyal 4 on points.",  # behind two: no first
    "Marlowe-2 ranks fourth on Tillbank, behind Dorrit 3.",  # fourth behind X: X's place unknown
    "Marlowe-2 is second among open models on Tillbank, behind only Dorrit 3.",  # a subset place
    "Marlowe-2 placed second on Tillbank behind Dorrit 3, the board shows.",  # no comma, no "only": claims-dev's reading
])
def test_behind_x_gives_no_first_place(pipe, text):
    assert not any(s == 1.0 for _, _, s in places(pipe, text))


# --------------------------------------------------------------------------- linking: a benchmark and its variant side by side

BENCHES2 = ["Lanthorn-QA Hard", "Lanthorn-QA", "lanthorn-qa"]


def test_short_name_set_against_its_variant_keeps_its_own_name(pipe):
    text = ("Dorrit 3's card lists Lanthorn-QA Hard first.\n\nThe card gives 52.6 for Lanthorn-QA and 31.0 for Lanthorn-QA "
            "Hard, no settings listed.\n\nWith 3-shot I get 50.2 on lanthorn-qa and 30.4 on the hard split.")
    doc = annotate(pipe, text, ents(MODELS, BENCHES2, ORGS))
    got = {(c["benchmark"].lower(), c["score"]) for c in doc._.claims}
    assert got == {("lanthorn-qa", 52.6), ("lanthorn-qa hard", 31.0), ("lanthorn-qa", 50.2), ("lanthorn-qa hard", 30.4)}


def test_short_form_alone_still_means_the_longer_name(pipe):
    # no sentence names the two side by side: the short form is the longer benchmark's ("Vending-Bench Arena … its
    # Vending-Bench simulation")
    text = "Dorrit 3 scored 61.0 on Lanthorn-QA Hard, the new board.\n\nOn Lanthorn-QA it now leads with 61.0."
    doc = annotate(pipe, text, ents(MODELS, BENCHES2, ORGS))
    assert {c["benchmark"] for c in doc._.claims} == {"Lanthorn-QA Hard"}


def test_first_place_read_from_behind_x_is_not_counted_twice(pipe):
    text = ("- Marlowe-2 enters at 68.4 on Tillbank, which puts it at rank 2, behind Dorrit 3 (70.1).\n\n"
            "Unchanged at the top: Dorrit 3 keeps first place on Tillbank with 70.1.")
    got = places(pipe, text)
    assert got.count(("Dorrit 3", "Tillbank", 1.0)) == 1
    assert ("Marlowe-2", "Tillbank", 2.0) in got


@pytest.mark.parametrize("lead", ["The company has also reported", "The lab also reports", "The start-up claims"])
def test_maker_voice_speaks_for_its_model_not_the_rival_named_last(pipe, lead):
    text = ("Wexcombe Labs released Dorrit 3 on Monday. Dorrit 3 collected 18.4 on Lanthorn-QA. The company compared it "
            "with Marlowe-2, which it measured at 17.6 on Lanthorn-QA.\n\n"
            f"{lead} 71.6% on Tillbank, against 68.0% for Pennyroyal 4.")
    got = claims(pipe, text)
    assert ("Dorrit 3", "Tillbank", 71.6) in got
    assert ("Marlowe-2", "Tillbank", 71.6) not in got


def test_maker_voice_with_its_model_named_first_keeps_that_model(pipe):
    got = claims(pipe, "Dorrit 3 scored 80% on Tillbank. The company also reports Marlowe-2 at 55.0% on Lanthorn-QA.")
    assert ("Marlowe-2", "Lanthorn-QA", 55.0) in got


def test_a_slug_glossed_by_its_longer_name_is_not_set_against_it(pipe):
    # '"lanthorn-qa" = 58.1   # Lanthorn-QA Hard, overall': the comment names the slug, it does not contrast the two
    text = ('Our results file:\n"lanthorn-qa" = 58.1   # Lanthorn-QA Hard, overall\n\nDorrit 3 gets 51.6 on lanthorn-qa '
            'too.')
    assert not any(c["benchmark"] == "lanthorn-qa" and c["score"] == 51.6
                   for c in annotate(pipe, text, ents(MODELS, BENCHES2, ORGS))._.claims)
