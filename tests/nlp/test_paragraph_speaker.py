"""The page's lead actor speaks for its paragraphs (nlp.paragraph_speaker): a model released by X makes "the company",
"the team's", "the researchers'", "It also says" and a press release's "our tests" X's own word (self-reported, its
rivals too); a benchmark released by a team makes the same references a third party's (independent); a named other
organisation and a sentence's own third-party cue words keep theirs. Invented names throughout (Brindlewood, Fennick,
Larkspire, Cairnwell, Veldt-9, Tesselbench, Oxbow-QA: in no set or knowledge-base file)."""
import pytest

import nlp
from nlp.paragraph_speaker import lead_actor


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def _kind_of(pipe, text, score):
    got = [c["source_kind"] for c in pipe(text)._.claims if c["score"] == score]
    assert got, f"a claim with {score} is read"
    return got[0]


NEWS = """# Fennick 3 lands with a bold maths figure

Brindlewood Labs on Monday released Fennick 3, a reasoning model for spreadsheets. The Oslo company's headline figure: 81.4% on Tesselbench.

It also says the model is ahead of GPT-5.1 at 77.0% on Tesselbench.

The smaller Fennick 3 Mini gets 70.2% on Tesselbench.
"""


def test_a_description_and_a_pronoun_speaking_are_the_maker(pipe):
    assert _kind_of(pipe, NEWS, 81.4) == "self-reported"  # "The Oslo company's headline figure"
    assert _kind_of(pipe, NEWS, 77.0) == "self-reported"  # "It also says …": a rival in the maker's word


PRESS = """Bergen, 4 March 2027 — Cairnwell AI, the Bergen firm behind the Fennick family, today presents Fennick 4, an open model.

In our own tests Fennick 4 reaches 74.5 percent on Oxbow-QA.

We also compared it with larger models on Oxbow-QA:

| Model | Oxbow-QA (%) |
|---|---|
| Fennick 4 | 74.5 |
| Veldt-9 | 79.1 |
"""


def test_a_press_release_first_person_is_the_maker_for_its_paragraph_and_table(pipe):
    assert _kind_of(pipe, PRESS, 74.5) == "self-reported"  # "In our own tests" by the releaser (dateline)
    assert _kind_of(pipe, PRESS, 79.1) == "self-reported"  # the rival in the table under "We also compared …:"


BENCH = """# Larkspire researchers launch Tesselbench, a test of spreadsheet reasoning

A team at Larkspire University has released Tesselbench, a benchmark of 2,000 spreadsheet questions.

In the team's first evaluation, the strongest system was Veldt-9, which answered 62.3% of questions correctly. Fennick 3 answered 58.8% of them.
"""


def test_a_benchmarks_team_is_a_third_party(pipe):
    lead = lead_actor(BENCH, [(s.start_char, s.end_char, s.label_, s.text, None) for s in pipe(BENCH).ents])
    assert lead is not None and lead.role == "third"
    assert _kind_of(pipe, BENCH, 62.3) == "independent"  # "the team's first evaluation": the benchmark's makers
    assert _kind_of(pipe, BENCH, 58.8) == "independent"  # the next sentence of the paragraph, no speaker of its own


OTHER = """# Fennick 5 released

Brindlewood Labs on Monday released Fennick 5, a reasoning model.

Brindlewood says Fennick 5 scores 66.0% on Tesselbench.

Epoch AI re-ran Tesselbench last week. The group measured 61.5% for Fennick 5.
"""


def test_a_named_other_organisation_keeps_its_word(pipe):
    assert _kind_of(pipe, OTHER, 66.0) == "self-reported"  # the lead actor named as the speaker: the maker
    # "the company" after another organisation is named no longer resolves to the lead actor
    assert _kind_of(pipe, OTHER, 61.5) != "self-reported"  # "The group" after Epoch AI is named: not the lead actor


def test_no_lead_when_nothing_is_released():
    assert lead_actor("# Weekly notes\n\nSome models did well this week.\n", []) is None


def _cmp_of(pipe, text, score):
    got = [bool(c.get("is_comparison")) for c in pipe(text)._.claims if c["score"] == score]
    assert got, f"a claim with {score} is read"
    return got[0]


LAUNCH = """# Fennick 7 is out, with a Welsh-language focus

Cairnwell AI on Tuesday released Fennick 7, an open model for Welsh.

Fennick 7 answers 71.2% of Oxbow-QA questions, the company says.

GPT-5.1 reaches 74.0% on Oxbow-QA in the company's table. Its predecessor Fennick 6 reached 63.5%.

The smaller Fennick 7 Mini answers 60.1% of Oxbow-QA questions.
"""


def test_a_launch_pages_other_models_are_rivals_wherever_they_stand(pipe):
    assert _cmp_of(pipe, LAUNCH, 71.2) is False  # the subject
    assert _cmp_of(pipe, LAUNCH, 74.0) is True  # another lab's model, in a paragraph without the subject's score
    assert _cmp_of(pipe, LAUNCH, 63.5) is True  # the predecessor
    assert _cmp_of(pipe, LAUNCH, 60.1) is False  # a sibling of the same version


TWO_LAUNCHES = """# Two launches in a day: Fennick 8 and Veldt-10

Cairnwell AI on Tuesday released Fennick 8, an open model.

Fennick 8 answers 72.0% of Oxbow-QA questions, the company says.

Veldt-10 answers 75.5% of Oxbow-QA questions, Larkspire Systems says.
"""


def test_a_headline_with_two_launches_has_no_one_subject(pipe):
    assert _cmp_of(pipe, TWO_LAUNCHES, 75.5) is False
