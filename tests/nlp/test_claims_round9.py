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
