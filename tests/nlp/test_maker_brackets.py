"""A model's maker bracketed right after it (nlp.maker_brackets).

The models, labs and lines are invented for these tests.
"""
from nlp.maker_brackets import find

LINE = "- Skarn 4 (Varnwick): open weights; Quintavel-2 Mini (Thinking); Tullagh 3 (Paris); Skarn 5 (NEW)"


def spans(text, models):
    taken = [(text.index(m), text.index(m) + len(m), "MODEL") for m in models]
    return [text[s:e] for s, e, lab, _ in find(text, taken)]


def test_a_bracket_after_a_model_names_its_maker():
    assert spans(LINE, ["Skarn 4"]) == ["Varnwick"]


def test_modes_places_and_capitals_are_no_makers():
    assert spans(LINE, ["Quintavel-2 Mini", "Tullagh 3", "Skarn 5"]) == []


def test_only_after_a_model():
    text = "- Skarn 4 (Varnwick)"
    assert find(text, [(2, 9, "ORG")]) == []
    assert find(text, []) == []


def test_the_pipeline_reads_a_release_list(blank_pipe):
    text = ("Release calendar for our AI models, December:\n- Skarn 4 (Varnwick): open weights, 70B\n"
            "- Quintavel-2 Mini (Thinking) and GPT-5.1 (OpenAI)\n")
    ents = [(e.text, e.label_) for e in blank_pipe(text).ents]
    assert ("Varnwick", "ORG") in ents and not any(t == "Thinking" for t, _ in ents)
