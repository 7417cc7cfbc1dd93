"""Organisation span edges and spans that are no name (nlp.org_bounds: ``edits``, ``not_names``) and the licence gate
after "under" (nlp.licence_words.licence_name). The ``not_names`` cases of tests/nlp/test_typed_heads.py (round 17 built
the person, "<ORG> of <City>" and description negatives twice) are here since dedupe17.

Every organisation and model below is invented (Ostrakan, Dravenholt, Nimbra, Quorvex, Zorbaline, Liriope,
Sandhaven, and typed_heads' Sarnic, Borrin, Lisk, Hobbaro: in no dev, held-out or claims set); places, real acronyms (MTN, KDB) and licences are real. Each
mechanism has hard negatives.
"""
from __future__ import annotations

from types import SimpleNamespace

import pytest

import nlp
from nlp import org_bounds
from nlp.canonical import key
from nlp.licence_words import licence_name

KB = {key(n): SimpleNamespace(label="ORG", name=n) for n in ["Dravenholt Capital Partners", "Universidad de Sandhaven"]}


def _run(text, spans):
    ents = []
    for name, known, entry in spans:
        s = text.index(name)
        ents.append((s, s + len(name), "ORG", name, known, entry))
    moves, drops = org_bounds.edits(text, ents, KB)
    drops = drops | org_bounds.not_names(text, ents)
    return [(text[a:b], c) for _, _, a, b, c, _ in moves], sorted(text[a:b] for a, b in drops)


def test_legal_form_alone_dropped_and_cut():
    assert _run("Ostrakan AI Ltd raised money.", [("Ostrakan AI", False, None), ("Ltd", False, None)]) == ([], ["Ltd"])
    assert _run("Nimbra Pvt Ltd was founded", [("Nimbra Pvt", False, None)]) == ([("Nimbra", "Nimbra")], [])
    assert _run("Quorvex Pte Ltd and", [("Quorvex Pte", False, None)]) == ([("Quorvex", "Quorvex")], [])


@pytest.mark.parametrize("text,name", [("Nimbra Private Equity Fund", "Nimbra Private Equity Fund"),  # no form inside
                                       ("Team AB won", "Team AB"),  # a two-letter form that is also a word
                                       ("Inca Trail Partners", "Inca Trail Partners")])
def test_no_legal_cut(text, name):
    assert _run(text, [(name, False, None)]) == ([], [])


def test_acronym_and_business_noun():
    assert _run("backers include MTN Ventures and", [("MTN", True, None)]) == ([("MTN Ventures", "MTN Ventures")], [])
    assert _run("from KDB Asset Management,", [("KDB", True, None)]) == ([("KDB Asset Management", "KDB Asset Management")], [])


def test_brand_and_finance_arm():
    # round 26: a known brand written in full + a finance arm's trade is another company (invented: "Dravenholt")
    kb = [("Dravenholt", True, None)]
    assert _run("analysts at Dravenholt Securities said", kb) == ([("Dravenholt Securities", "Dravenholt Securities")], [])
    assert _run("from Dravenholt Venture Investment.", kb)[0] == [("Dravenholt Venture Investment", "Dravenholt Venture Investment")]


@pytest.mark.parametrize("text", ["Dravenholt Card holders", "Dravenholt Finance app", "Dravenholt Investment In Chips",
                                  "Dravenholt securities law"])
def test_brand_no_finance_arm(text):
    # a tech brand's products ("Card", "Finance"), "Investment" alone (a headline's noun), a lower-case trade
    assert _run(text, [("Dravenholt", True, None)]) == ([], [])


@pytest.mark.parametrize("text", ["MTN ventures into AI", "MTN said Capital One", "MTN. Bank staff"])
def test_acronym_no_business_noun(text):
    assert _run(text, [("MTN", True, None)]) == ([], [])


def test_connector_continues_institution():
    t = "trained at the Pontificia Universidad Zorbaline de Valparaíso and"
    assert _run(t, [("Pontificia Universidad Zorbaline", False, None), ("Valparaíso", False, None)]) == \
        ([("Pontificia Universidad Zorbaline de Valparaíso", "Pontificia Universidad Zorbaline de Valparaíso")], [])
    assert _run("the Instituto Nimbra de Estatística said", [("Instituto Nimbra", False, None)])[0] == \
        [("Instituto Nimbra de Estatística", "Instituto Nimbra de Estatística")]


@pytest.mark.parametrize("text,name", [("Ostrakan Labs de Paris", "Ostrakan Labs"),  # no institution head
                                       ("Universidad Nimbra de la", "Universidad Nimbra"),  # nothing capitalised after
                                       ("Instituto Nimbra de The Hague", "Instituto Nimbra"),
                                       ("Instituto Nimbra de Lima y Quorvex", "Instituto Nimbra de Lima")])
def test_connector_negatives(text, name):
    assert _run(text, [(name, False, None)]) == ([], [])


def test_connector_after_a_kb_name():
    # a KB name is whole unless the longer string is a KB name too
    assert _run("the Servicio Nimbra de Chile said", [("Servicio Nimbra", True, None)]) == ([], [])
    assert _run("the Universidad de Sandhaven said", [("Universidad", False, None)]) == ([], [])
    assert _run("la Universidad Nimbra de Sandhaven y", [("Universidad Nimbra", True, None)]) == ([], [])


def test_org_of_city():
    assert _run("Ostrakan AI of Osaka released", [("Ostrakan AI", False, None), ("Osaka", False, None)]) == ([], ["Osaka"])
    # a KB organisation after "of" stays; no organisation before "of": nothing to say
    assert _run("Ostrakan AI of Nimbra released", [("Ostrakan AI", False, None), ("Nimbra", True, None)]) == ([], [])
    assert _run("the mayor of Osaka said", [("Osaka", False, None)]) == ([], [])


def test_person_with_a_lab_surname():
    assert _run("Chief executive Maren Dravenholt said", [("Dravenholt", False, None)]) == ([], ["Dravenholt"])
    assert _run("Founder Maren Dravenholt said", [("Dravenholt", False, None)]) == ([], ["Dravenholt"])
    assert _run("Maren Dravenholt (CEO) said", [("Dravenholt", False, None)]) == ([], ["Dravenholt"])


@pytest.mark.parametrize("text", ["Maren Dravenholt said", "Analysts at Dravenholt said", "the chief executive of Dravenholt said",
                                  "CEO Maren said Dravenholt grew"])
def test_person_negatives(text):
    assert _run(text, [("Dravenholt", False, None)]) == ([], [])


def test_person_merged_roles():
    # role words typed_heads' copy had ("Chief economist", "Analyst", "Manager", "Secretary"), and model or benchmark guesses
    assert _run("Chief economist Maren Dravenholt said", [("Dravenholt", False, None)]) == ([], ["Dravenholt"])
    assert _run("Analyst Maren Dravenholt said", [("Dravenholt", False, None)]) == ([], ["Dravenholt"])
    t = "Product manager Maren Dravenholt said"
    s = t.index("Dravenholt")
    assert org_bounds.not_names(t, [(s, s + 10, "MODEL", "Dravenholt", False, None)]) == {(s, s + 10)}
    t = "Chief executive Maren Dravenholt-2 said"  # a model guess with digits is no surname
    s = t.index("Dravenholt")
    assert org_bounds.not_names(t, [(s, s + 12, "MODEL", "Dravenholt-2", False, None)]) == set()


_SARNIC = SimpleNamespace(name="Sarnic Bank", aliases=[])


@pytest.mark.parametrize("text, rows, dropped", [  # (from test_typed_heads.test_not_names)
    ("Chief executive Marta Sarnic said the AI lab grew.", [(22, 28, "ORG", "Sarnic", False, None)], {"Sarnic"}),
    ("Borrin AI of Kyoto released a model.", [(0, 9, "ORG", "Borrin AI", False, None), (13, 18, "ORG", "Kyoto", False, None)],
     {"Kyoto"}),
    ("Sarnic, the Chilean development bank, joined.", [(0, 6, "ORG", "Sarnic Bank", True, _SARNIC),
                                                      (12, 36, "ORG", "Sarnic Bank", True, _SARNIC)], {"Chilean development bank"}),
    # kept: a lab after a place name, a KB body's official name in apposition
    ("Sarnic said Borrin AI grew.", [(0, 6, "ORG", "Sarnic", False, None), (12, 21, "ORG", "Borrin AI", False, None)], set()),
    ("Sarnic, the Sarnic Development Bank, joined.", [(0, 6, "ORG", "Sarnic Bank", True, _SARNIC),
                                                      (12, 35, "ORG", "Sarnic Bank", True, _SARNIC)], set()),
])
def test_not_names(text, rows, dropped):
    assert {text[s:e] for s, e in org_bounds.not_names(text, rows)} == dropped


def test_lower_case_description():
    e = SimpleNamespace(name="BNDES", aliases=["Brazilian Development Bank"])
    assert _run("BNDES, the Brazilian development bank, said", [("Brazilian development bank", True, e)]) == \
        ([], ["Brazilian development bank"])
    assert _run("the Brazilian Development Bank said", [("Brazilian Development Bank", True, e)]) == ([], [])
    g = SimpleNamespace(name="Region Sandhavenland", aliases=[])  # a line-broken name is no description
    assert _run("data from Region Sandhaven-\nland.", [("Region Sandhaven-\nland", True, g)]) == ([], [])
    f = SimpleNamespace(name="Nimbra Data Office", aliases=["Nimbra data office"])  # an alias written so stays
    assert _run("the Nimbra data office said", [("Nimbra data office", True, f)]) == ([], [])


def test_licence_name_after_under():
    assert licence_name("released under MIT.", 15, 18)
    assert licence_name("weights under Apache;", 14, 20)
    t = "The Liriope licence is strict: the weights ship under Liriope."
    assert licence_name(t, t.index("Liriope."), t.index("Liriope.") + 7)
    t = "See the actual licence text. Also: Liriope-7B is still listed under Sandhaven; it moved."
    assert not licence_name(t, t.index("Sandhaven"), t.index("Sandhaven") + 9)
    t = "Its pipeline runs under the Nimbra Mission."
    assert not licence_name(t, t.index("Nimbra"), t.index("Nimbra") + 14)


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def _ents(pipe, text):
    return [(e.text, e.label_) for e in pipe(text).ents]


def test_pipeline(pipe):
    assert ("SURF", "ORG") in _ents(pipe, "Also: Liriope-7B is still listed under SURF; it moved to a new namespace.")
    assert ("IndiaAI Mission", "ORG") in _ents(pipe, "Sarvam trains Liriope 2 in eleven languages under the IndiaAI Mission.")
    assert ("MIT", "ORG") not in _ents(pipe, "The Liriope 2 weights are released under MIT.")
    got = _ents(pipe, "Ostrakan AI Ltd raised money to train Liriope 2.")
    assert ("Ltd", "ORG") not in got and ("Ostrakan AI", "ORG") in got
    got = _ents(pipe, "Nimbra Pvt Ltd released Liriope 2, an open model.")
    assert ("Nimbra", "ORG") in got and ("Nimbra Pvt", "ORG") not in got
    got = _ents(pipe, "Dravenholt AI released Liriope 2 today. Chief executive Maren Dravenholt said the weights follow.")
    assert [t for t, lab in got if t == "Dravenholt"] == []
