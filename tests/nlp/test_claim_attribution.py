"""A number credited to an organisation right beside it takes that credit, whatever the rest of the
sentence says ("we measured X, close to the lab's reported Y"): invented names throughout."""
import pytest

import nlp
from nlp.claim_source import attributed_to, source_kind

@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"kb_files": []})


def test_credit_before_the_number():
    s = "We measured Vireo 2 at 61.0%, close to Corvane's reported 64.5%."
    ents = [(12, 19, "MODEL", "Vireo 2", "Corvane"), (39, 46, "ORG", "Corvane", None)]
    assert attributed_to(s, ents, 64.5) == "Corvane"
    assert attributed_to(s, ents, 61.0) is None
    assert source_kind(s, ents, "GlyphBench", score=64.5) == "self-reported"
    assert source_kind(s, ents, "GlyphBench", score=61.0) == "independent"  # "we measured"


def test_credit_after_the_number():
    s = "Vireo 2 reached 64.5%, as reported by Corvane, on the benchmark."
    ents = [(0, 7, "MODEL", "Vireo 2", "Corvane"), (38, 45, "ORG", "Corvane", None)]
    assert attributed_to(s, ents, 64.5) == "Corvane"
    t = "Vireo 2 sits below the 64.5% Corvane claims for it."
    ents = [(0, 7, "MODEL", "Vireo 2", "Corvane"), (29, 36, "ORG", "Corvane", None)]
    assert attributed_to(t, ents, 64.5) == "Corvane"


def test_another_organisation_credit_is_independent():
    s = "In our runs Vireo 2 got 61.0%, below Tallow Labs' reported 64.5%."
    ents = [(12, 19, "MODEL", "Vireo 2", "Corvane"), (37, 48, "ORG", "Tallow Labs", None)]
    assert attributed_to(s, ents, 64.5) is None  # "Labs' reported": no 's, not read as a credit
    s2 = "In our runs Vireo 2 got 61.0%, below Tallow's reported 64.5%."
    ents2 = [(12, 19, "MODEL", "Vireo 2", "Corvane"), (37, 43, "ORG", "Tallow", None)]
    assert source_kind(s2, ents2, "GlyphBench", score=64.5) == "independent"


def test_a_number_written_twice_is_not_attributed():
    s = "Corvane's reported 64.5% matches the 64.5% we measured for Vireo 2."
    ents = [(0, 7, "ORG", "Corvane", None), (59, 66, "MODEL", "Vireo 2", "Corvane")]
    assert attributed_to(s, ents, 64.5) is None


def test_in_the_pipeline(pipe):
    doc = pipe("On AIME 2025 we measured 92.2% for DeepSeek-V3.2, close to DeepSeek's reported 93.1%.")
    kinds = {c["score"]: c["source_kind"] for c in doc._.claims}
    assert kinds == {92.2: "independent", 93.1: "self-reported"}
