"""Round 14: places, medals and scores a board story writes as commentary (nlp.board_commentary). Sentences written
for these tests in several genres (cricket, racing, football, esports, quiz, live blog, slides, tasting notes); every
model and board name is invented (Tamsin-4, Wickmere 3 Pro, Pallister-2, Hobnail 5, Lissom-7B, Fettle Index, Fettle
Arena, Kestwick Cup 2027 appear in no set)."""
from __future__ import annotations

import pytest

from nlp.board_commentary import story_board
from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)

MODELS = ["Tamsin-4", "Wickmere 3 Pro", "Pallister-2", "Hobnail 5", "Lissom-7B"]
BENCHES = ["Fettle Index", "Fettle Arena", "Kestwick Cup 2027", "Brisk-QA"]


def claims(pipe, text, models=MODELS, benches=BENCHES):
    doc = annotate(pipe, text, ents(list(models), list(benches), []))
    return sorted((c["model"], c["benchmark"], c["score"], c["unit"]) for c in doc._.claims)


def places(got, unit="rank"):
    return sorted((m, s) for m, _, s, u in got if u == unit)


def scores(got):
    return sorted((m, s) for m, _, s, u in got if u not in ("rank", "medal"))


# --------------------------------------------------------------------------- bare places

@pytest.mark.parametrize("text, expected", [
    ("LIVE: Fettle Index refresh\n\n10:02 — First row: Tamsin-4, 73%, unchanged. Still first.\n\n"
     "10:05 — Pallister-2 next, 72%, second.\n\n10:09 — Hobnail 5 on 70%. Now third overall.",
     [("Hobnail 5", 3.0), ("Pallister-2", 2.0), ("Tamsin-4", 1.0)]),
    # tasting notes: the place a sentence of its own after the model's paragraph
    ("Notes on the Fettle Index flight.\n\nWickmere 3 Pro (66.1%): bright, a little thin. Second.\n\n"
     "Lissom-7B (61.0%): rustic and honest. Third.", [("Lissom-7B", 3.0), ("Wickmere 3 Pro", 2.0)]),
    # a dash-framed place in a live feed
    ("Fettle Arena live\n\n21:40 — Wickmere 3 Pro enters at 1,402 — fifth — on its first night.",
     [("Wickmere 3 Pro", 5.0)]),
])
def test_bare_places(pipe, text, expected):
    got = claims(pipe, text)
    assert [p for p in places(got) if p in expected] == expected


@pytest.mark.parametrize("text", [
    # lists of points: an ordinal with a comma and words after it is no place
    "Tamsin-4 scored 71.0% on the Fettle Index. First, we trained it longer. Second, the cost fell by half.",
    # a place word in a paragraph that never names a model
    "Tamsin-4 scored 71.0% on the Fettle Index.\n\nHow did we get here? Second.",
    # a model with no score anywhere in the passage: a list of points, not a board
    "The Fettle Index is out.\n\nWe looked at Lissom-7B today. Third.",
])
def test_no_bare_place(pipe, text):
    assert places(claims(pipe, text)) == []


# --------------------------------------------------------------------------- "71 (1st)"

@pytest.mark.parametrize("text", [
    'Slide 4: "Tamsin-4 is top-three on the Fettle Index"\n• Tamsin-4: 68 (3rd)\n• Pallister-2: 71 (1st)\n• Hobnail 5: 69 (2nd)',
    "Fettle Index standings\n- Pallister-2 — 71 (rank 1)\n- Hobnail 5 — 69 (rank 2)\n- Tamsin-4 — 68 (rank 3)",
])
def test_bracketed_places(pipe, text):
    got = claims(pipe, text)
    assert places(got) == [("Hobnail 5", 2.0), ("Pallister-2", 1.0), ("Tamsin-4", 3.0)]
    assert ("Pallister-2", 71.0) in scores(got)


def test_bracketed_year_or_footnote_is_no_place(pipe):
    got = claims(pipe, "Fettle Index standings\n- Pallister-2 — 71 (2026)\n- Hobnail 5 — 69 (see note 2)")
    assert places(got) == []


# --------------------------------------------------------------------------- medals

def test_medals_in_a_contest_story(pipe):
    text = ("Kestwick Cup 2027: live\n\n09:10 — Gold for Tamsin-4 with 512 points out of 600.\n\n"
            "09:12 — Gold too for Wickmere 3 Pro, 471 points.\n\n"
            "09:14 — Silver for Pallister-2 (388 points) and for Hobnail 5 (362 points).\n\n"
            "09:20 — Bronze for the open-weights Lissom-7B, 251 points.\n\n"
            "09:30 — The cut-off for human gold is expected around 400.")
    got = claims(pipe, text)
    assert places(got, "medal") == [("Hobnail 5", 2.0), ("Lissom-7B", 3.0), ("Pallister-2", 2.0),
                                    ("Tamsin-4", 1.0), ("Wickmere 3 Pro", 1.0)]
    assert ("Tamsin-4", 512.0) in scores(got)


def test_medal_word_without_a_model_after_it(pipe):
    got = claims(pipe, "Kestwick Cup 2027 results: Tamsin-4 scored 512 points. Gold for the human team from Lyon.")
    assert places(got, "medal") == []


# --------------------------------------------------------------------------- commentary scores

def test_cricket_commentary(pipe):
    text = ("Fettle Index, week 12: a day at the crease\n\n"
            "Tamsin-4 remains the captain at the top of the order, unbeaten on 71 index points, with Pallister-2 at "
            "first drop on 69.\n\nHobnail 5, dropped down the order to fourth, scored a patient 67. Lissom-7B "
            "contributed 58 from eighth.")
    got = claims(pipe, text)
    assert scores(got) == [("Hobnail 5", 67.0), ("Lissom-7B", 58.0), ("Pallister-2", 69.0), ("Tamsin-4", 71.0)]
    assert places(got) == [("Hobnail 5", 4.0), ("Lissom-7B", 8.0), ("Tamsin-4", 1.0)]  # "first drop" is no place


def test_race_commentary(pipe):
    text = ("What a night on the Fettle Arena ladder. Coming into the final straight it was Pallister-2 holding the rail "
            "at 1,498, but a late entry came round the outside and crossed the line on top with 1,512. Further back, "
            "Hobnail 5 had a quiet debut in seventh on 1,440, and Lissom-7B finished 19th with 1,302 — punching above "
            "its weight for a model you could run on a phone.")
    got = claims(pipe, text)
    assert ("Pallister-2", 1498.0) in scores(got) and ("Hobnail 5", 1440.0) in scores(got)
    assert ("Lissom-7B", 1302.0) in scores(got)  # the hedge is in another clause, the ordinal no figure
    assert ("Pallister-2", 1.0) not in places(got)  # "on top" is the unnamed entry's, after "but"
    assert ("Hobnail 5", 7.0) in places(got)
    assert all(u == "elo" for _, _, s, u in got if s > 1000)


def test_football_and_esports_commentary(pipe):
    got = claims(pipe, "Fettle Index matchday 9: Wickmere 3 Pro sits in third on 64, level on form with nobody. "
                       "Lissom-7B is stuck in ninth with 41 after another bruising week.")
    assert ("Wickmere 3 Pro", 64.0) in scores(got) and ("Lissom-7B", 41.0) in scores(got)
    assert places(got) == [("Lissom-7B", 9.0), ("Wickmere 3 Pro", 3.0)]


@pytest.mark.parametrize("text", [
    "Fettle Index notes. Tamsin-4 was queried on 71 occasions by the judges last week.",
    "Fettle Arena notes. Pallister-2 was tested at 1,498 metres above sea level, in a mountain lab.",
    "Fettle Index notes. Hobnail 5 launched on 12 March with 405B parameters.",
    "Fettle Index notes. Hobnail 5 would sit on 75 if the bug is fixed.",
    "Fettle Index notes. A rumour says Hobnail 5 will land on 80 next month.",
    "Fettle Index notes. Lissom-7B is priced at $2 per million tokens.",
])
def test_commentary_hard_negatives(pipe, text):
    assert claims(pipe, text) == []


@pytest.mark.parametrize("text, value", [
    # a figure on a measure the sentence does not name
    ("Fettle Index notes. Hobnail 5 sits at 57.6% on the Fettle Index, and at 59.8 on its 12-benchmark average, "
     "behind Pallister-2 at 63.2.", 63.2),
    # not the clause's first figure: a figure cited against another
    ("Tamsin-4 and Pallister-2 both gained tools. On the Fettle Index the first now reaches 91.8% and Pallister-2 "
     "86.1%, compared with 64.9% and 62.8% for the older builds.", 64.9),
    # a run of figures in order belongs to the sentence reader
    ("Fettle Index notes. Tamsin-4 trails Pallister-2, which the same chart shows at 83.7 and 74.9.", 83.7),
])
def test_commentary_leaves_other_figures(pipe, text, value):
    assert not any(s == value for _, _, s, _ in claims(pipe, text))


def test_clause_naming_another_benchmark_is_left_alone(pipe):
    got = claims(pipe, "Fettle Index week 3. Tamsin-4 sits on 71. Pallister-2 went with 64 on Brisk-QA instead.")
    assert ("Tamsin-4", "Fettle Index", 71.0, "points") in got
    assert not any(m == "Pallister-2" and b == "Fettle Index" for m, b, _, _ in got)


def test_story_board():
    text = "Fettle Index, week 3\n\nTamsin-4 sits on 71."
    ents_ = [(0, 12, "BENCHMARK", "Fettle Index"), (22, 30, "MODEL", "Tamsin-4")]
    assert story_board(text, [], ents_) == "Fettle Index"
    assert story_board("A and B", [], [(0, 1, "BENCHMARK", "A"), (6, 7, "BENCHMARK", "B")]) is None


# --------------------------------------------------------------------------- places overall, "first among 31 models"

def test_overall_place_of_the_sentences_one_model(pipe):
    got = claims(pipe, "We just put Tamsin-4 on the hub.\n\nFettle Index: we're 4th overall with 41.2%, the first "
                       "open-weights model in their top four.")
    assert places(got) == [("Tamsin-4", 4.0)]


def test_overall_place_with_two_models_in_the_sentence_is_not_guessed():
    from nlp.board_commentary import _overall_places
    text = "Fettle Index: Tamsin-4 has 41.2% and Pallister-2 has 39.0%; we're 4th overall."
    two = [{"model": m, "benchmark": "Fettle Index", "score": s, "unit": "%", "start": 0, "end": len(text)}
           for m, s in (("Tamsin-4", 41.2), ("Pallister-2", 39.0))]
    assert _overall_places(text, two) == []
    assert [c["score"] for c in _overall_places(text, two[:1])] == [4.0]
    assert _overall_places(text.replace("overall", "overall score"), two[:1]) == []


@pytest.mark.parametrize("text, expected", [
    ("Tamsin-4 reached 77.3% on Brisk-QA, where it is now placed first among 31 models.", [("Tamsin-4", 1.0)]),
    ("Tamsin-4 reached 77.3% on Brisk-QA, where it is now placed first among 31 open models.", []),
    ("Tamsin-4 reached 77.3% on Brisk-QA and ranks first among open models.", []),
])
def test_first_among_the_whole_field(pipe, text, expected):
    assert places(claims(pipe, text)) == expected
