"""Organisations in business lists (nlp.business_lists): invented names only, hard negatives beside them."""
import pytest

from nlp import business_lists


def _orgs(text, taken=()):
    return [text[s:e] for s, e, lab, _ in business_lists.find(text, list(taken))]


def test_deal_list_each_item():
    t = "Tarvik AI has contracts with Brennock Air and Solvane Energy, and a pilot with An Brú. It sells speech models."
    assert _orgs(t) == ["Brennock Air", "Solvane Energy", "An Brú"]


def test_place_word_in_a_name_is_no_surname():
    t = "It has contracts with Brennock Air and Solvane Ireland. Most staff are in Ireland."
    assert _orgs(t) == ["Brennock Air", "Solvane Ireland"]


def test_funding_round_led_by_with_role_apposition():
    t = ("Quorra closed a $40 million Series A led by Marrow Capital, with Hesvard Partners, Nordkap Fund and "
         "the pension manager KOPRA taking part.")
    assert _orgs(t) == ["Marrow Capital", "Hesvard Partners", "Nordkap Fund", "KOPRA"]


def test_customers_include_keeps_inner_of():
    t = "Its customers include Bank of Kellary, Dorrit Mobile and Vessane."
    assert _orgs(t) == ["Bank of Kellary", "Dorrit Mobile", "Vessane"]


def test_thanks_need_a_found_organisation():
    t = "The authors thank Kellorn and the Estonian Research Council for compute."
    s = t.index("Estonian Research Council")
    assert _orgs(t) == []
    assert _orgs(t, [(s, s + len("Estonian Research Council"), "ORG")]) == ["Kellorn"]


@pytest.mark.parametrize("text", [
    "The authors thank Ana Ruiz and Tom Lee for comments. Ruiz said the model works.",  # people thanked
    "The lab has offices in Cork and Galway.",  # places, no cue
    "The project was led by Ana Ruiz, who said Ruiz would stay.",  # a person leads a team: no money around
    "It has deals with Ana Ruiz and Tomas Vell; Ruiz said so.",  # a surname written alone: a person
    "Thanks to Orlenna, the model is fast.",  # "Thanks to" opening a sentence: a cause
    "It signed agreements with China and France.",  # countries
    "Pilots with March and April customers went well.",  # months
])
def test_hard_negatives(text):
    found = _orgs(text)
    assert not [n for n in found if n in ("Ana Ruiz", "Tom Lee", "Tomas Vell", "Cork", "Galway", "Orlenna", "China", "France",
                                          "March", "April")]


def test_item_going_on_with_a_version_is_no_organisation():
    t = "The start-up has a partnership with Vorrin 2 and Quessa."  # a model's version: the list stops there
    assert "Vorrin" not in _orgs(t) and "Vorrin 2" not in _orgs(t)


def test_overlap_with_found_name_skipped():
    t = "contracts with Brennock Air and Solvane Energy"
    s = t.index("Brennock")
    assert _orgs(t, [(s, s + 8, "MODEL")]) == ["Solvane Energy"]


def test_pipeline_finds_list_members():
    import nlp
    doc = nlp.load()("Tarvik AI, which builds speech models for call centres, has contracts with Brennock Air and Solvane "
                     "Energy, and a pilot with An Brú.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Brennock Air", "ORG"), ("Solvane Energy", "ORG"), ("An Brú", "ORG")} <= ents
