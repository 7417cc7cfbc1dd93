"""Quizzes and mark schemes: a numbered question and its answer read together (nlp/claim_quiz.py, round 26).

Every text here is written for this file. The models and benchmarks are real ones the knowledge base knows (their
figures invented), so the tests read the quiz reader, not the entity recogniser.
"""
import pytest

import nlp
from nlp.claim_quiz import quiz_pairs


@pytest.fixture(scope="module")
def p():
    return nlp.load()


def got(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims if c["unit"] not in ("rank", "medal")}


MARK_SCHEME = """Unit 4 test: reading model launches (marking guide)

Q1 (1 mark). What did the lab report for Qwen3-Max on GPQA Diamond?
Answer: 77.4% (launch blog). Accept 77 with the source.

Q2 (2 marks). What did Google report for Gemini 3 Pro on ARC-AGI-2, and what did OpenAI report for GPT-5.1 on SWE-bench Verified?
Answer: 29.5% (semi-private set); 74.2%.

Q3 (2 marks). Why was DeepSeek-V3.2's 90.5% on AIME 2025 struck from the board? Answer: the grader leaked answers; no mark for "a typo".

Q4 (1 mark). How many problems does LiveCodeBench have? Answer: 1,055.
"""


def test_a_mark_scheme_gives_each_answer_the_question_s_names(p):
    claims = got(p, MARK_SCHEME)
    assert ("Qwen3-Max", "GPQA Diamond", 77.4) in claims
    assert ("Gemini 3 Pro", "ARC-AGI-2", 29.5) in claims
    assert ("GPT-5.1", "SWE-bench Verified", 74.2) in claims


def test_a_question_s_figure_with_no_named_answer_is_no_claim(p):
    """Q3 quotes a figure the answer says was struck; the answer names nothing: no claim from the pair."""
    assert not any(c["score"] == 90.5 for c in p(MARK_SCHEME)._.claims)
    assert not any(c["score"] == 1055.0 for c in p(MARK_SCHEME)._.claims)


QUIZ = """Pub quiz, round 3: AI (answers at the end)

Q1. Which model scored 61.2% on Humanity's Last Exam in its maker's own run?
Q2. What did the organisers measure for Claude Opus 4.5 on MMLU-Pro?
Q3. How many parameters does the largest open model on the board have?

Answers: 1. Google's Gemini 3 Pro, with tools. 2. 88.6%. 3. About a trillion.
"""


def test_an_answers_paragraph_answers_by_number(p):
    claims = got(p, QUIZ)
    assert ("Gemini 3 Pro", "Humanity's Last Exam", 61.2) in claims   # the figure from the question, the model answered
    assert ("Claude Opus 4.5", "MMLU-Pro", 88.6) in claims


def test_numbered_answer_lines():
    text = ("Q1. What did the arena show for Qwen3-Max on LMArena?\n"
            "Q2. Name a model.\n\n"
            "A1. 1,421 Elo, in the arena's own count.\n")
    ents = [(text.index("Qwen3-Max"), text.index("Qwen3-Max") + 9, "MODEL", "Qwen3-Max"),
            (text.index("LMArena"), text.index("LMArena") + 7, "BENCHMARK", "LMArena")]
    found = quiz_pairs(text, ents)
    assert [(m[3], b[3], n.value) for m, b, _, n in found] == [("Qwen3-Max", "LMArena", 1421.0)]


def test_one_name_pair_and_two_figures_in_one_sentence_is_no_claim():
    text = "Q1. What did the lab report for Qwen3-Max on MMLU-Pro?\nAnswer: 81.0% and 84.2%.\n"
    ents = [(text.index("Qwen3-Max"), text.index("Qwen3-Max") + 9, "MODEL", "Qwen3-Max"),
            (text.index("MMLU-Pro"), text.index("MMLU-Pro") + 8, "BENCHMARK", "MMLU-Pro")]
    assert quiz_pairs(text, ents) == []


def test_no_question_label_no_pair():
    text = "What did the lab report for Qwen3-Max on MMLU-Pro?\nAnswer: 81.0%.\n"
    ents = [(text.index("Qwen3-Max"), text.index("Qwen3-Max") + 9, "MODEL", "Qwen3-Max"),
            (text.index("MMLU-Pro"), text.index("MMLU-Pro") + 8, "BENCHMARK", "MMLU-Pro")]
    assert quiz_pairs(text, ents) == []
