"""source_kind, comparison and unit of claims in indirect and translated speech, stories and lead lines (branch
nlp-attrs13, README conventions 2–4). Invented model, lab and benchmark names throughout (Quernstone, Pipistrel,
Gorsefield, Brackenloft, Vossberg, Larchmere, Ombria-Eval, SundewQA): none is in any set or in the knowledge base."""
import pytest

import nlp
from nlp.reported_speech import developer_said


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"kb_files": []})


def _claims(pipe, text):
    return {(c["model"], c["benchmark"], c["score"]): c for c in pipe(text)._.claims}


def _kinds(pipe, text):
    return {k: c["source_kind"] for k, c in _claims(pipe, text).items()}


# ------------------------------------------------------------------ the developer's word in indirect speech
@pytest.mark.parametrize("sentence", [
    "According to figures communicated by the company, Quernstone-3 obtains 71.5% on Ombria-Eval.",
    "In tests made by the own company, Quernstone-3 reached 71.5% in the Ombria-Eval.",
    "Based on the company's internal test, Quernstone-3 got value 71.5% on Ombria-Eval.",
    "The startup affirms that Quernstone-3 reaches 71.5% on Ombria-Eval.",
    "Still according to the startup, Quernstone-3 hit 71.5% on Ombria-Eval.",
    "Data provided by its developers put Quernstone-3 at 71.5% on Ombria-Eval.",
    "The firm also indicates 71.5% on Ombria-Eval for Quernstone-3.",
    "Quernstone-3 is at 71.5% on Ombria-Eval in its own card.",
    "Measurements carried out by the manufacturer give Quernstone-3 71.5% on Ombria-Eval.",
])
def test_developer_said_in_indirect_speech(sentence):
    assert developer_said(sentence)


@pytest.mark.parametrize("sentence", [
    "Quernstone-3 reached 71.5% on Ombria-Eval in our runs.",
    "Tests run by the evaluation team put Quernstone-3 at 71.5% on Ombria-Eval.",
    "Quernstone-3 finished at 71.5% on Ombria-Eval, also close to its card.",
    "The company's office is in Porto; Quernstone-3 is at 71.5% on Ombria-Eval on the public board.",
    "The organisers of Ombria-Eval ran Quernstone-3 and got 71.5%.",
])
def test_no_developer_word(sentence):
    assert not developer_said(sentence)


def test_model_as_speaker_is_its_makers():
    s = "Gorsefield, the small model from a three-person studio in Hull, says it reaches 44.1% on SundewQA."
    ents = [(0, 10, "MODEL", "Gorsefield", None)]
    assert developer_said(s, ents)
    # the model named as an object, not speaking
    s2 = "A reviewer of Gorsefield says it reaches 44.1% on SundewQA."
    assert not developer_said(s2, [(14, 24, "MODEL", "Gorsefield", None)])


TRANSLATED = """Brackenloft lança Quernstone-3

(Translated from the Portuguese original)

PORTO — The startup Brackenloft launched this Monday the Quernstone-3, a language model for notaries.

In tests made by the own company, Quernstone-3 reached 71.5% in the Ombria-Eval, passing the 66.0% of Pipistrel-2.

The model costs 3 euros per million tokens.
"""

COMPANY_GIVES = """Vossberg shows Pipistrel-4

The Hamburg company Vossberg presented the model Pipistrel-4 on Tuesday.

Pipistrel-4 has 62.3% on SundewQA, the company says. For comparison, the company gives results of other models on the same test: Quernstone-3 — 58.1%, Gorsefield-2 — 55.0%.
"""


def test_translated_press_self_reported(pipe):
    kinds = _kinds(pipe, TRANSLATED)
    assert kinds.get(("Quernstone-3", "Ombria-Eval", 71.5)) == "self-reported"
    assert kinds.get(("Pipistrel-2", "Ombria-Eval", 66.0)) == "self-reported"


def test_company_gives_rivals_self_reported(pipe):
    kinds = _kinds(pipe, COMPANY_GIVES)
    assert kinds.get(("Quernstone-3", "SundewQA", 58.1)) == "self-reported"
    assert kinds.get(("Gorsefield-2", "SundewQA", 55.0)) == "self-reported"
