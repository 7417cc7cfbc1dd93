"""One mention of ``Family N Word`` whose place closes the name (nlp/name_tiers.py), and names that a headline's
gerund or a demonym after the version must not swallow (nlp/unknown.py).

Every passage is written for these tests with invented names (grep-checked: none in a dev, held-out or claims set).
"""
from __future__ import annotations

import pytest

from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


def _ents(pipe, text):
    return {(e.text, e.label_) for e in pipe(text).ents}


def _canon(pipe, text, name):
    return next(e._.canonical for e in pipe(text).ents if e.text == name)


@pytest.mark.parametrize("text, name", [
    # a list item beside found models
    ("The leaderboard compares GPT-5, Tolvane 4 Pinion, Claude Sonnet 4.5 and Gemini 2.5 Pro on contract review.",
     "Tolvane 4 Pinion"),
    ("The model card lists baselines: Gemini 2.5 Pro and Quillomar-2 Tallow.", "Quillomar-2 Tallow"),
    ("On the AI benchmark, Orlent 3 Quorlet and GPT-5 mini tie for third place.", "Orlent 3 Quorlet"),
    # a closed clause: an appositive, the sentence's end
    ("The lab's model comes in two sizes. The smaller one, Ostrel 2 Tamsel, runs on a laptop.", "Ostrel 2 Tamsel"),
    # a name's verb or its maker after the word
    ("On the AI leaderboard, Gulvane 5 Crestle entered the top five this week.", "Gulvane 5 Crestle"),
    ("The AI demo ran Fennick 2 Wickle from the Lisbon lab Orlent on a phone.", "Fennick 2 Wickle"),
])
def test_one_mention_whose_place_closes_the_name(pipe, text, name):
    assert (name, "MODEL") in _ents(pipe, text)


def test_the_family_keeps_its_hyphen_in_the_canonical(pipe):
    text = "The model card lists baselines: Gemini 2.5 Pro and Quillomar-2 Tallow."
    assert _canon(pipe, text, "Quillomar-2 Tallow") == "Quillomar-2 Tallow"


@pytest.mark.parametrize("text, name", [
    # a verb's ending: a headline's verb, not a tier
    ("Pemberline 3 Arrives. The AI lab said its new language model beats GPT-5 on MMLU-Pro.", "Pemberline 3 Arrives"),
    # a demonym or a language after the version
    ("The AI lab compared GPT-5 and Thornwick 2 Danish.", "Thornwick 2 Danish"),
    ("Halvering AI unveils Sorrelby-3 Thai language model", "Sorrelby-3 Thai"),
    # a headline's gerund before a name
    ("Episode notes\n\nRanking Tolvane 3 against Llama 3.1 8B on MMLU-Pro for AI agents", "Ranking Tolvane 3"),
])
def test_words_that_are_no_part_of_the_name(pipe, text, name):
    assert all(n != name for n, _ in _ents(pipe, text))


def test_the_demonym_leaves_the_family_found(pipe):
    assert ("Sorrelby-3", "MODEL") in _ents(pipe, "Halvering AI unveils Sorrelby-3 Thai language model")


def test_no_ai_sentence_no_tier(pipe):
    text = "The ferry timetable lists Marrowby 2 Harbour, Dunmarrow 3 Quay and Fennick 4 Pier."
    assert not any(label == "MODEL" for _, label in _ents(pipe, text))


@pytest.mark.parametrize("text, name, found", [
    # a passive naming: what is named is the sentence's subject, so the kind word is in that sentence
    ("Our new AI model is fast. A robot vacuum in our office, bought last spring, has been named Pim by the interns.",
     "Pim", False),
    ("Our AI lab released a model. The new model, which was named Ostrel, runs on phones.", "Ostrel", True),
    # a pronoun subject is the thing talked about before
    ("The lab trained a new language model for Dutch. It was named Tolvane after a river.", "Tolvane", True),
])
def test_passive_naming_reads_its_own_sentence(text, name, found):
    from nlp.unknown import find_unknown
    got = {text[s:e] for s, e, _, _ in find_unknown(text, [], lambda i: True)}
    assert (name in got) is found


def test_a_tier_read_from_one_mention_stands_alone_later(pipe):
    text = ("On the AI leaderboard, Tolvane 4 Pinion was fourth. A spokesperson for the lab said Pinion was "
            "not far behind.")
    got = [(e.text, e._.canonical) for e in pipe(text).ents if e.label_ == "MODEL"]
    assert ("Pinion", "Tolvane 4 Pinion") in got


def test_a_bare_tier_word_used_as_a_plain_word_stays_out(pipe):
    text = ("The AI lab compared GPT-5 and Ostrel 2 Deep. Deep learning is still the lab's main topic.")
    got = {e.text for e in pipe(text).ents}
    assert "Ostrel 2 Deep" in got and "Deep" not in got


@pytest.mark.parametrize("text, name", [
    ("12:05 Ranking Tolvane 3 12B and Llama 3.1 8B on MMLU-Pro", "Tolvane 3 12B"),
    ("Testing Quillomar 2 7B on the AI lab's own harness", "Quillomar 2 7B"),
    ("Kling 2 beats the rest", "Kling 2"),  # no gerund: a stem without a vowel
])
def test_a_headline_gerund_is_no_names_first_word(text, name):
    from nlp.unknown import _model_shapes
    assert [m.group() for m in _model_shapes(text)][0] == name
