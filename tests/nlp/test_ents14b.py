"""Round 14, step 2 (nlp-ents14b): the arena of a head-to-head comparison (nlp.rival_on), an organisation's
regional arm (nlp.regional_units), a lead by a margin over a rival model (nlp.name_roles), capitals and peoples
that are no labs (nlp.demonyms, nlp.unknown_orgs).

Every passage is written for these tests with invented names (none in a dev or frozen set), with hard negatives.
"""
from __future__ import annotations

import pytest

from nlp import regional_units, rival_on
from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


# --- the arena of a comparison: "X beats Y on Z" -------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Last week Quillmark reported that Vetch-3 Sorrel beats Wenlock 2 from Okapo Labs on TarnExam. Okapo objected.",
     "TarnExam"),
    ("In the vendor's language model report, Quorl-5 outperforms Claude Opus 4.5 on HollowQA by four points.", "HollowQA"),
    ("The language model was tested against Wenlock 2 and GPT-4.1 on ZQMLU and on 3,000 customer questions.", "ZQMLU"),
])
def test_rival_arena_is_a_benchmark(pipe, text, name):  # noqa: F811
    assert (name, "BENCHMARK") in spans(pipe, text)


@pytest.mark.parametrize("text", [
    "Arsenal beat Chelsea 2-1 on BBC One after the language model demo.",  # a score, not a version; a channel
    "The AI lab's chair voted against Wenlock on ITV last night.",  # no versioned rival
    "Marta beat Joe on Tuesday, the AI model team said.",  # no technical word after "on"
])
def test_rival_arena_hard_negatives(pipe, text):  # noqa: F811
    assert not [s for s in spans(pipe, text) if s[1] == "BENCHMARK"]


def test_arena_starts_needs_a_model_rival():
    text = "Vetch-3 beats Wenlock 2 on TarnExam, and the club beat Wenlock on Sunday."
    starts = rival_on.arena_starts(text, [])
    assert [text[s:s + 8] for s in starts] == ["TarnExam"]
    assert rival_on.arena_starts("No comparison here at all.", []) == []


# --- a regional arm: "Google Research Africa" -----------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The grant came from Google Research Africa and the Gates Foundation.", "Google Research Africa"),
    ("Customers include Okapo Bank Nordics and two credit unions, the AI vendor said.", "Okapo Bank Nordics"),
    ("Microsoft Africa Research hosted the language model workshop.", "Microsoft Africa Research"),
    ("OpenAI Europe hired forty staff for its AI policy team.", "OpenAI Europe"),
])
def test_regional_arm_takes_the_region(pipe, text, name):  # noqa: F811
    assert (name, "ORG") in spans(pipe, text)


@pytest.mark.parametrize("text, org", [
    ("Nvidia Europe Sales Rise as AI chips sell out.", "Nvidia"),  # a headline: another capital follows
    ("Meta in Africa is hiring AI engineers.", "Meta"),  # a preposition between
    ("Google Africa Summit opens with an AI keynote from Google.", "Google"),  # an event
])
def test_regional_arm_hard_negatives(pipe, text, org):  # noqa: F811
    assert (org, "ORG") in spans(pipe, text)


def test_regional_ends_offsets():
    text = "backed by Cairnford Labs Asia Pacific."
    s = text.index("Cairnford")
    e = s + len("Cairnford Labs")
    assert regional_units.regional_ends(text, [(s, e, "ORG", "Cairnford Labs")]) == [(s, e, e + len(" Asia Pacific"))]
    assert regional_units.regional_ends(text, [(s, e, "MODEL", "Cairnford Labs")]) == []


# --- a lead by a margin: a rival model, not a board -------------------------------------------------------------
def test_lead_by_a_margin_is_over_a_model(pipe):  # noqa: F811
    text = ("Quorl-5 Sorrel beats Wenlock 2 from Okapo Labs on TarnExam in our language model report.\n"
            "- Five-shot, Sorrel leads Wenlock 2 by 1.4 points, within noise.")
    got = spans(pipe, text)
    assert ("Wenlock 2", "BENCHMARK") not in got
    assert ("TarnExam", "BENCHMARK") in got


# --- capitals and peoples are no labs ---------------------------------------------------------------------------
def test_capital_and_people_are_not_orgs(pipe):  # noqa: F811
    text = ("We are eleven engineers from Kyiv, Lviv and Kharkiv building an AI model made by Ukrainians. "
            "It was developed by the Budapest company Cairnford AI Zrt.")
    orgs = [t for t, lab in spans(pipe, text) if lab == "ORG"]
    assert "Kyiv" not in orgs and "Ukrainians" not in orgs and "Budapest" not in orgs


def test_lab_named_after_a_capital_still_found(pipe):  # noqa: F811
    assert ("Lima Labs", "ORG") in spans(pipe, "The model was trained by Lima Labs, a startup.")


# --- a change of script is a word boundary: "問うJMMLUで", "米OpenAIの" ---------------------------------------------
@pytest.mark.parametrize("text, name, label", [
    ("瀬戸ラボは新しい言語モデルを公開し、日本語の知識を問うJMMLUで首位になったと発表した。", "JMMLU", "BENCHMARK"),
    ("同社は米OpenAIの技術者を採用し、大規模言語モデルを開発した。", "OpenAI", "ORG"),
    ("새 언어 모델은 KMMLU에서 높은 점수를 받았다고 회사가 밝혔다.", "KMMLU", "BENCHMARK"),
])
def test_latin_name_glued_to_cjk(pipe, text, name, label):  # noqa: F811
    assert (name, label) in spans(pipe, text)


def test_glued_latin_still_needs_its_own_end(pipe):  # noqa: F811
    # a longer Latin word that starts with a known name is not the name, CJK around it or not
    got = [t for t, _ in spans(pipe, "同社は米OpenAIXの技術者を採用し、大規模言語モデルを開発した。")]
    assert "OpenAI" not in got
