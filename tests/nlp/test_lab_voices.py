"""A lab named like its models, speaking (nlp.lab_voices): when "Marlode said the new model …", "Marlode's release
notes put it at N", "Marlode's latest agent model lands at N" give a figure to a model called "Marlode", the figure
is the Marlode model the passage is about; "the makers behind X report their model hits N" is X's N.
Invented names (Marlode, PeskQA); the sentences are written for these tests."""
import pytest

import nlp
from nlp.lab_voices import speaking_labs


def ents_of(text, names):
    """(start, end, label, canonical) of every occurrence of each (name, label), in text order."""
    out = []
    for name, label in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if not (end < len(text) and (text[end].isalnum() or text[end] == "-" and text[end + 1:end + 2].isalnum())):
                out.append((at, end, label, name))
            at = text.find(name, end)
    return sorted(out)


def claim(text, sentence, score):
    a = text.index(sentence)
    return {"model": "Marlode", "benchmark": "PeskQA", "score": score, "start": a, "end": a + len(sentence)}


NAMES = [("Marlode-4 Swift", "MODEL"), ("Marlode-3", "MODEL"), ("Marlode", "MODEL"), ("PeskQA", "BENCHMARK")]


@pytest.mark.parametrize("said", [
    "Marlode said the new model answers 48.0% of PeskQA.",
    "Marlode's release notes put it at 52.5% on PeskQA.",
    "Marlode's latest agent model lands at 39.0% on PeskQA.",
    # its maker speaking, or a page only its maker writes
    "Marlode's developers put the figure at 52.5% on PeskQA.",
    "Marlode's product page claims 52.5% on PeskQA.",
    "Marlode’s own website lists PeskQA at 52.5%.",
    "The makers of Marlode give it 52.5% on PeskQA.",
    "The Marlode model card gives 52.5% on PeskQA.",
])
def test_a_speaking_lab_name_gives_its_figure_to_the_passages_model(said):
    text = ("We tried Marlode-4 Swift for a week. Marlode-4 Swift is quick, and Marlode-4 Swift is cheap; it "
            "replaces Marlode-3. " + said)
    c = claim(text, said, 50.0)
    speaking_labs(text, [c], ents_of(text, NAMES))
    assert c["model"] == "Marlode-4 Swift"  # named most often before; the predecessor Marlode-3 was named last


@pytest.mark.parametrize("text, said", [
    # no longer relative named before: nothing says which model the lab means
    ("Marlode said the new model answers 48.0% of PeskQA. Marlode-4 Swift ships in May.",
     "Marlode said the new model answers 48.0% of PeskQA."),
    # the name answers: it is the model, not a speaker
    ("We tried Marlode-4 Swift. Marlode answers 48.0% of PeskQA.", "Marlode answers 48.0% of PeskQA."),
    ("We tried Marlode-4 Swift. Marlode pages through PeskQA at 48.0%.", "Marlode pages through PeskQA at 48.0%."),
    # a maker's page, but no longer relative named before it
    ("Marlode's product page claims 48.0% on PeskQA. Marlode-4 Swift ships in May.",
     "Marlode's product page claims 48.0% on PeskQA."),
])
def test_a_name_that_does_not_speak_or_has_no_relative_keeps_its_figure(text, said):
    c = claim(text, said, 48.0)
    speaking_labs(text, [c], ents_of(text, NAMES))
    assert c["model"] == "Marlode"


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py): one load per test worker


@pytest.mark.parametrize("text, score", [
    ("Weekly roundup\n\nMarlode-4 Swift, small but sharp. Marlode said the new model answers 48.0% of PeskQA in its "
     "own runs.", 48.0),
    ("Hands-on: Marlode-4 Swift\n\nIn my own runs Marlode-4 Swift reached 35.5% on PeskQA. Marlode's product "
     "page lists 41.5% on PeskQA.", 41.5),
    ("Hands-on: Marlode-4 Swift\n\nMarlode's latest agent model lands at 39.0% on PeskQA, by the lab's count. In my "
     "own runs Marlode-4 Swift reached 35.5% on PeskQA, and Marlode-3 30.0%.", 39.0),
])
def test_the_pipeline_gives_the_lab_voiced_figure_to_the_model(p, text, score):
    got = {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}
    assert ("Marlode-4 Swift", "PeskQA", score) in got, sorted(got)
    assert not any(m == "Marlode" for m, _, _ in got)


@pytest.mark.parametrize("text, owner", [
    ("Gemini 3 Pro tops PeskQA at 61.0%.\n\nElsewhere, the makers behind Qwen3-8B report their model hits 33.3% on "
     "PeskQA after a fine-tune.", "Qwen3-8B"),
    # another model named between the speaker and the figure: that sentence's own grammar decides
    ("Gemini 3 Pro tops PeskQA at 61.0%. The makers behind Qwen3-8B report it now beats GPT-5.1, which hits 33.3% on "
     "PeskQA.", "GPT-5.1"),
])
def test_the_makers_behind_a_model_speak_for_it(p, text, owner):
    got = {(c["model"], c["score"]) for c in p(text)._.claims}
    assert (owner, 33.3) in got, sorted(got)


def test_the_relative_already_scored_on_the_benchmark_is_the_one_meant():
    # two relatives on a spec sheet; only Marlode-3 has a PeskQA figure, so the notes' PeskQA figure is Marlode-3's
    said = "Marlode's release notes put it at 52.5% on PeskQA."
    text = ("Bundled: Marlode-3, Marlode-4 Swift. Marlode-4 Swift handles images; Marlode-4 Swift is new.\n\n"
            "PeskQA: 50.0% (Marlode-3)\n\n"
            + said)
    first = {"model": "Marlode-3", "benchmark": "PeskQA", "score": 50.0, "start": text.index("PeskQA:"),
             "end": text.index("PeskQA:") + 24}
    c = claim(text, said, 52.5)
    speaking_labs(text, [first, c], ents_of(text, NAMES))
    assert c["model"] == "Marlode-3"
