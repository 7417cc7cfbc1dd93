"""The optional statistical-pipeline hook, exercised with a small pipeline saved to disk.

No trained model can be downloaded here, so the "statistical" NER is a rule-based component
registered under the name ``ner``: what matters is how its ORG spans join ours.
"""
import pytest
import spacy

import nlp


@pytest.fixture(scope="module")
def mini_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("mini") / "mini_ner"
    base = spacy.blank("en")
    ruler = base.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([
        {"label": "ORG", "pattern": "Quantum Widgets"},  # a company our rules do not find (round 8: "X Corp" they do)
        {"label": "ORG", "pattern": "OpenAI"},          # also ours: ours must win
        {"label": "ORG", "pattern": "GPT-5"},           # a wrong ORG over our MODEL: must be ignored
        {"label": "PERSON", "pattern": "Sam Altman"},    # other labels are not ours to add
    ])
    base.to_disk(path)
    return str(path)


def test_spacy_model_hook_adds_orgs_without_touching_our_labels(mini_model):
    language = nlp.load({"spacy_model": mini_model})
    text = "Quantum Widgets licensed GPT-5 from OpenAI, Sam Altman said."
    result = next(nlp.analyze(language, [{"id": 1, "text": text}]))
    got = {(e["text"], e["label"], e["known"]) for e in result["entities"]}
    assert ("Quantum Widgets", "ORG", False) in got
    assert ("GPT-5", "MODEL", True) in got
    assert ("OpenAI", "ORG", True) in got
    assert not any(t == "Sam Altman" for t, _, _ in got)
    assert not any(t == "GPT-5" and label == "ORG" for t, label, _ in got)


def test_spacy_model_hook_missing_model_is_a_clear_error():
    with pytest.raises(ValueError, match="no_such_pipeline"):
        nlp.load({"spacy_model": "no_such_pipeline"})
