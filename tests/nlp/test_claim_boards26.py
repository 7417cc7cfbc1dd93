"""Boards a claim's position names (nlp/claim_boards.py) (round 26, branch claims26).

Every sentence here is written for this file; the boards (Quarrywick-SWE, FennelGlyph, Cobblefen Arena, Trundlebank-50)
are in no knowledge base list and in no set (grep found none under tests/ or nlp/). The models are real ones the
knowledge base knows, so the tests read the claims reader, not the entity recogniser.
"""
import pytest

import nlp
from nlp.claim_boards import scored_on_boards


@pytest.fixture(scope="module")
def p():
    return nlp.load()


def got(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims if c["unit"] not in ("rank", "medal")}


@pytest.mark.parametrize("text,name", [
    ("The lab says GPT-5.1 reaches 71.4% on Quarrywick-SWE.", "Quarrywick-SWE"),
    ("In the maintainers' run Qwen3-Max gets 66,0% in FennelGlyph.", "FennelGlyph"),
    ("Its developer quotes 1,250 Elo on the Cobblefen Arena for it.", "Cobblefen Arena"),
    ("We measured 58.2 points on Trundlebank-50 with the default harness.", "Trundlebank-50"),
])
def test_a_figure_on_a_board_shaped_name_names_that_board(text, name):
    found = scored_on_boards(text, [], [])
    assert [(text[s:e], lab, c) for s, e, lab, c in found] == [(name, "BENCHMARK", name)]


@pytest.mark.parametrize("text", [
    "Downloads rose 40% on Monday after the launch.",          # a plain capitalised word: no board's shape
    "It reaches 71.4% on the public split of the test.",       # no capital: a description
    "The team grew 12% in Lisbon and Porto this year.",
    "Quarrywick-SWE is a new repository-repair test.",          # no figure on it
])
def test_no_board_without_a_figure_on_a_board_shaped_name(text):
    assert scored_on_boards(text, [], []) == []


def test_a_recognised_entity_keeps_its_span_and_label():
    text = "It reaches 71.4% on Quarrywick-SWE."
    s = text.index("Quarrywick-SWE")
    assert scored_on_boards(text, [(s, s + 10, "MODEL", "Quarrywick")], []) == []
    assert scored_on_boards(text, [], [(s, s + 10, "ORG", "Quarrywick")]) == []


def test_the_boards_other_mentions_follow_it():
    text = "GPT-5.1 reaches 71.4% on Quarrywick-SWE. Our own Quarrywick-SWE run gave 69.0%."
    found = scored_on_boards(text, [], [])
    assert [text[s:e] for s, e, _, _ in found] == ["Quarrywick-SWE", "Quarrywick-SWE"]


def test_claims_on_an_unrecognised_board(p):
    text = ("An independent lab measured GPT-5.1 at 71.4% in FennelGlyph, while Qwen3-Max got 69.8% in the same test. "
            "The developer of Qwen3-Max had reported 74.0% in FennelGlyph.")
    claims = got(p, text)
    assert ("GPT-5.1", "FennelGlyph", 71.4) in claims
    assert ("Qwen3-Max", "FennelGlyph", 74.0) in claims


# -- a family and a tier word (or a lettered version) before a result verb: a model (nlp/claim_position.py) --------------

@pytest.mark.parametrize("text,name", [
    ("At launch, Wendlow Reason scores 47.8% on ARC-AGI-2 in the lab's own runs.", "Wendlow Reason"),
    ("The company says Farrowby Pro has scored 84.0% on GPQA Diamond.", "Farrowby Pro"),
    ("In the same table Thistlewood R2 reaches 66.1% on MMLU-Pro.", "Thistlewood R2"),
])
def test_a_tiered_name_before_a_result_verb_is_a_model(p, text, name):
    claims = {(c["model"], c["benchmark"]) for c in p(text)._.claims}
    assert any(m == name for m, _ in claims), claims


@pytest.mark.parametrize("text", [
    "Meanwhile Pro scores were not published for GPQA Diamond.",     # a leading function word, no family
    "Hollowick Research reaches 84.0% of its target on GPQA Diamond.",  # "Research" is no tier word
])
def test_no_tiered_model_without_a_family_and_a_tier(text):
    from nlp.claim_position import position_names
    assert [x for x in position_names(text, []) if x[2] == "MODEL"] == []


# -- a recognised model's tier or size left outside its span (nlp/claim_position.tier_tails) ----------------------------

def test_a_model_grows_over_a_size_or_tier_right_after_it():
    from nlp.claim_position import tier_tails
    text = "Its new model, Cindermoss-Coder 14B, solves 49.3% of SWE-bench Verified; Cindermoss Lite is smaller."
    a = text.index("Cindermoss-Coder")
    b = text.index("Cindermoss Lite")
    ents = [(a, a + 16, "MODEL", "Cindermoss-Coder"), (b, b + 10, "MODEL", "Cindermoss")]
    assert [(text[s:e], c) for s, e, _, c in tier_tails(text, ents)] == [
        ("Cindermoss-Coder 14B", "Cindermoss-Coder 14B"), ("Cindermoss Lite", "Cindermoss Lite")]


def test_a_family_recognised_elsewhere_names_its_tiered_mentions():
    from nlp.claim_position import tier_tails
    text = "Tumbleweir's revenue rose. The deck gives Tumbleweir Reason 71.5% on GPQA Diamond."
    ents = [(0, 10, "MODEL", "Tumbleweir")]
    grown = tier_tails(text, ents)
    assert ("Tumbleweir Reason", "MODEL") in [(text[s:e], lab) for s, e, lab, _ in grown]


def test_no_tail_over_a_mode_word_or_another_entity():
    from nlp.claim_position import tier_tails
    text = "Qwen3-Max Thinking and Qwen3-Max Flash Arena"
    f = text.index("Flash")
    ents = [(0, 9, "MODEL", "Qwen3-Max"), (23, 32, "MODEL", "Qwen3-Max"), (f, f + 11, "BENCHMARK", "Flash Arena")]
    assert tier_tails(text, ents) == ents
