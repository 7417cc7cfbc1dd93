"""Round-21 cues: a code name in quotes after a naming verb (nlp.name_cues.QUOTED_MODEL, read by nlp.name_syntax) and a
sentence opened "On <benchmark>" with a figure (nlp.bench_uses.ON_OPENING). Every model and benchmark below is invented
(Quintrel, Tollgrind, Vossmere: in no dev, held-out or claims set); each cue has hard negatives."""
from __future__ import annotations

import pytest

import nlp
from nlp.bench_uses import ON_OPENING
from nlp.name_cues import QUOTED_MODEL


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def _ents(pipe, text):
    return [(e.text, e.label_) for e in pipe(text).ents]


@pytest.mark.parametrize("text", ['a model labelled "X"', 'an entry called \u201cX', 'the checkpoint code-named "X"',
                                  'the model known as "X"'])
def test_quoted_cue(text):
    m = QUOTED_MODEL.search(text)
    assert m and text[m.end():].startswith("X")


@pytest.mark.parametrize("text", ['the model "X"', 'the chatbot said "X"', 'a company called "X"'])
def test_quoted_cue_needs_noun_and_naming_verb(text):
    assert QUOTED_MODEL.search(text) is None


def test_code_name_in_quotes(pipe):
    text = ('# An unlisted entrant leads the coding board\n\nAn anonymous model labelled "Quintrel" held first place on the '
            'arena for eight days. Reviewers said "Quintrel" wrote like a known chatbot.')
    assert _ents(pipe, text).count(("Quintrel", "MODEL")) == 2


def test_quoted_common_words_stay_out(pipe):
    text = 'The model "hallucinated" twice. Our chatbot said "Hello" to the AI reviewers, and a model called "The" is no name.'
    assert _ents(pipe, text) == []


@pytest.mark.parametrize("text,name", [("Fine. On Tollgrind the Lite variant clears 48% of the tasks.", "Tollgrind"),
                                       ("On Tollgrind, it scores 61 points.", "Tollgrind")])
def test_on_opening(text, name):
    m = ON_OPENING.search(text)
    assert m and m.group(1) == name


@pytest.mark.parametrize("text", ["Fine. On Tollgrind the lab was quiet.",  # no figure
                                  "We ran it on Tollgrind the next day, 52% done.",  # not the sentence's opening
                                  "On Tollgrind Street the model clears 48%."])  # more name than one word: left
def test_on_opening_needs_its_frame(text):
    assert ON_OPENING.search(text) is None


def test_on_opening_in_pipeline(pipe):
    text = "Vossmere-4 trails the frontier on GPQA Diamond (44.9%). On Tollgrind the Lite variant clears 48% of the tasks."
    assert ("Tollgrind", "BENCHMARK") in _ents(pipe, text)
    assert ("Monday", "BENCHMARK") not in _ents(pipe, "On Monday the lab said its model scored 52% on GPQA Diamond.")


def test_possessive_hardware_by_code(pipe):
    text = ("Training used a pool built on Brindlecast's BC-9 chips for the language model. Labs bought Ossabel's A3 inference "
            "cards to serve small models.")
    got = _ents(pipe, text)
    assert ("Brindlecast", "ORG") in got and ("Ossabel", "ORG") in got


def test_possessive_without_a_code_stays_out(pipe):
    assert _ents(pipe, "Jane's cards were on the table when the AI model launched. Smith's servers crashed after the model launch.") == []


def test_scores_on_with_their_verb(pipe):
    text = ("Our appendix compares suites: scores on Tollgrind track FrontierMath tightly (r = 0.88) "
            "across every language model we ran.")
    assert ("Tollgrind", "BENCHMARK") in _ents(pipe, text)


def test_scores_on_calendar_and_products_stay_out(pipe):
    assert _ents(pipe, "Scores on Monday fell for the AI model. Results on Windows improved for the language model.") == []
