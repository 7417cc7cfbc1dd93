"""Ninth round of claim rules: numbers that are not scores (a chat log's clock, a thread's counter, a
speed) and benchmark names that only the claim's position gives. Sentences written for these tests,
invented names."""
from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import claims, ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)


def test_chat_clock_is_not_a_score(pipe):
    text = ("[14:07] evalbot: Quillon-4 ZetaBench: 66.2\n"
            "[14:09] mara: Quillon-4 flat on ZetaBench, as expected\n"
            "14:12 — Quillon-4 reaches 67.0 on ZetaBench after the fix\n")
    doc = annotate(pipe, text, ents(["Quillon-4"], ["ZetaBench"]))
    got = {c[2] for c in claims(doc)}
    assert got <= {66.2, 67.0} and 67.0 in got


def test_thread_counter_is_not_a_score(pipe):
    text = ("1/ Quillon-4 is out today, it hits 70.5 on ZetaBench.\n\n"
            "2/7 for comparison Orrin Flash is at 61.2 on ZetaBench.\n")
    doc = annotate(pipe, text, ents(["Quillon-4", "Orrin Flash"], ["ZetaBench"]))
    assert sorted(claims(doc)) == [("Orrin Flash", "ZetaBench", 61.2), ("Quillon-4", "ZetaBench", 70.5)]


def test_speed_is_not_a_score(pipe):
    for speed in ("at 30 tok/s", "at 45 tokens per second", "at 120 t/s"):
        doc = annotate(pipe, f"Quillon-4 gets 58.0% on ZetaBench {speed}.", ents(["Quillon-4"], ["ZetaBench"]))
        assert claims(doc) == [("Quillon-4", "ZetaBench", 58.0)], speed


def test_board_in_claim_position(pipe):
    """An unknown capitalised name a model is ranked or scored on is the claim's benchmark, with its
    later mentions; a benchmark found inside it ("Index") gives way to the whole name."""
    text = ('Tessel-5 is ranked first on the Weaver Index, the independent loom-planning leaderboard, with 74.2. '
            'Tessel-4 had scored 58.6 on the Weaver Index a year ago.')
    doc = annotate(pipe, text, ents(["Tessel-5", "Tessel-4"], ["Index"]))
    assert sorted(claims(doc)) == [("Tessel-4", "Weaver Index", 58.6), ("Tessel-5", "Weaver Index", 1.0),
                                   ("Tessel-5", "Weaver Index", 74.2)]


def test_board_named_by_the_heading_over_a_ranked_list(pipe):
    text = ("Pebble Ladder: the go rating list for language models\n\n"
            "The Pebble Ladder has models play full games through text alone and rates them on an Elo scale. "
            "The maintainers, a group of volunteers at a small club, run every game themselves and publish "
            "every record, including the illegal moves, which count as a loss after three tries. "
            "Each model plays at least forty games against the others before it is listed.\n\n"
            "This month's list:\n1. Quillon-4 — 1612\n2. Orrin Flash — 1577\n")
    doc = annotate(pipe, text, ents(["Quillon-4", "Orrin Flash"]))
    got = {c[:3] for c in claims(doc) if c[2] > 100}
    assert got == {("Quillon-4", "Pebble Ladder", 1612.0), ("Orrin Flash", "Pebble Ladder", 1577.0)}


def test_no_board_from_places_owners_or_settings():
    """Sentence-first words, an owner's name, a team's office and a quantisation setting are no benchmarks."""
    from nlp.name_roles import claim_benchmarks
    assert claim_benchmarks("On ZetaBench, a benchmark of exams, it reports 83.7%.", []) == [
        (3, 12, "BENCHMARK", "ZetaBench")]
    assert claim_benchmarks("a team of 26 at Marlow's Lisbon office", []) == []
    assert claim_benchmarks("would Quillon-4 hit 55% at Q8 on a laptop?", []) == []
    assert claim_benchmarks("It came first in Europe on Tuesday.", []) == []
    assert claim_benchmarks("found 17% on tiers 1-3 and 6% on Tier 4.", []) == []
    assert claim_benchmarks("it scores 0.86 on ZetaBench-style puzzles", [(18, 27, "BENCHMARK", "ZetaBench")]) == []
    # a sentence's full stop is not part of the name
    assert claim_benchmarks("Tessel-5 scored 73.6% on Weaver 2024.", []) == [(25, 36, "BENCHMARK", "Weaver 2024")]
    # a name another entity already covers is left alone
    assert claim_benchmarks("Tessel-5 scores 70.1 on Marlow Labs tests", [(25, 36, "ORG", "Marlow Labs")]) == []


def test_lab_name_is_no_claim_model(pipe):
    """"Brindle" of "Brindle Technology" (an ORG-shaped span) is never the model a claim goes to."""
    text = ("Brindle Technology today released Brindle-M3, a mixture-of-experts model.\n\n"
            "- ZetaBench: 81.5\n- QuillEval: 66.0\n")
    doc = annotate(pipe, text, ents(["Brindle-M3", "Brindle"], ["ZetaBench", "QuillEval"]))
    assert {c[0] for c in claims(doc)} == {"Brindle-M3"}


def test_points_lost_are_a_change(pipe):
    doc = annotate(pipe, "Quillon-4 lost 41 points on ZetaArena since May and now sits at 1502.",
                   ents(["Quillon-4"], ["ZetaArena"]))
    assert [c[2] for c in claims(doc)] == [1502.0]
