"""The knowledge base's fourth breadth pass (public bodies, courts and IP offices, banks, health systems, unions,
broadcasters, railways, airlines and retailers of Europe, Türkiye, the Gulf, India, South-East Asia, Japan, Korea, Latin
America, Africa and Oceania; law firms; models and benchmarks of 2025) and its canonical names: official names in their
own language (Western European bodies) or the body's own English name (others), acronyms expanded, ARC's two sets apart.

Breadth and matching tests read the built-in files (what they check is the data and the gating chosen for it); the
loader behaviour that a native official name is the canonical of its English and abbreviated forms is tested on an
invented user entry (Quellmark, a name in no evaluation set).
"""
from __future__ import annotations

import json
from collections import Counter

import pytest

import nlp
from nlp import doc_names
from nlp.canonical import key
from nlp.kb import load_kb
from kb_checks import builtin_entries as _builtin, language, spans  # noqa: F401  (language: a fixture)

FOURTH_PASS = "fourth pass nlp-kb5"


def test_the_fourth_pass_covers_many_countries_and_kinds():
    new = [o for o in _builtin("orgs.jsonl") if FOURTH_PASS in o.get("source", "")]
    countries = Counter(o["country"] for o in new)
    kinds = Counter(o["kind"] for o in new)
    assert len(new) >= 500, len(new)
    for cc in ("NL", "IT", "ES", "PT", "FR", "DE", "PL", "SE", "NO", "DK", "FI", "GR", "UA", "TR", "AE", "SA", "QA", "IN",
               "SG", "MY", "ID", "VN", "TH", "PH", "JP", "KR", "BR", "MX", "AR", "CL", "CO", "KE", "NG", "ZA", "EG", "NZ", "AU"):
        assert countries[cc] >= 1, (cc, countries[cc])
    assert sum(countries[cc] for cc in ("NL", "IT", "ES", "PT", "FR", "DE", "PL", "GR", "UA", "TR")) >= 200, countries
    assert kinds["government"] >= 250 and kinds["company"] >= 250 and kinds["university"] >= 30 and kinds["body"] >= 25, kinds


def test_no_surface_names_two_entries_of_one_label():
    """A name or alias (compared as the matcher compares them) belongs to one entry per label; the two old pairs are
    deliberate (a family and its chat product, a benchmark and its SQL track)."""
    owners: dict[tuple[str, str], set[str]] = {}
    for e in load_kb().entries:
        if e.label == "STOP":
            continue
        surfaces = [e.name, *e.aliases] if e.label != "MODEL" or e.kind == "model" else e.aliases
        for s in surfaces:
            owners.setdefault((e.label, key(s)), set()).add(e.name)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert set(shared) <= {("MODEL", "chatglm"), ("BENCHMARK", "birdsql")}, shared


@pytest.mark.parametrize("text, surface, canonical", [
    ("The Agenzia delle Entrate said it would use AI models to flag returns.", "Agenzia delle Entrate", "Agenzia delle Entrate"),
    ("Gemeente Utrecht tested an AI model for permit letters.", "Gemeente Utrecht", "Gemeente Utrecht"),
    ("The Comune di Milano bought an AI model for its call centre.", "Comune di Milano", "City of Milan"),  # an older entry keeps its name
    ("The City of Naples bought an AI model for its call centre.", "City of Naples", "Comune di Napoli"),
    ("Statistisches Bundesamt published AI model usage data.", "Statistisches Bundesamt", "Federal Statistical Office of Germany"),
    ("İstanbul Büyükşehir Belediyesi deployed an AI model.", "İstanbul Büyükşehir Belediyesi", "Istanbul Metropolitan Municipality"),
    ("Comisiones Obreras (CCOO) asked how the AI model would be audited.", "CCOO", "Comisiones Obreras"),
    ("The Kenya Revenue Authority piloted an AI model for audits.", "Kenya Revenue Authority", "Kenya Revenue Authority"),
    ("Te Whatu Ora trialled an AI model that drafts discharge notes.", "Te Whatu Ora", "Te Whatu Ora"),
    ("Perkins Coie and Fenwick & West advise AI labs on the AI model licences.", "Fenwick & West", "Fenwick & West"),
    ("The EUIPO and CNIPA rejected the AI model trade marks.", "CNIPA", "China National Intellectual Property Administration"),
    ("Guy's and St Thomas' NHS Foundation Trust tested the AI model.", "Guy's and St Thomas' NHS Foundation Trust",
     "Guy's and St Thomas' NHS Foundation Trust"),
])
def test_official_names_native_and_english_forms(language, text, surface, canonical):
    assert (surface, "ORG", canonical) in spans(language, text)


@pytest.mark.parametrize("text, surface, canonical", [
    ("MBZUAI released an AI model.", "MBZUAI", "Mohamed bin Zayed University of Artificial Intelligence"),
    ("INRIA released an AI model.", "INRIA", "Inria"),
    ("The USPTO issued AI model guidance.", "USPTO", "United States Patent and Trademark Office"),
    ("The US Patent and Trademark Office issued AI model guidance.", "US Patent and Trademark Office",
     "United States Patent and Trademark Office"),
    ("AESIA will supervise the AI model.", "AESIA", "Agencia Española de Supervisión de la Inteligencia Artificial"),
    ("TÜBİTAK funded the AI model.", "TÜBİTAK", "Scientific and Technological Research Council of Türkiye"),
    ("The Dutch Authority for the Financial Markets asked about the AI model.", "Dutch Authority for the Financial Markets",
     "Autoriteit Financiële Markten"),
    ("PFR invested in the AI model.", "PFR", "Polish Development Fund"),
])
def test_abbreviations_and_stale_forms_take_the_official_name(language, text, surface, canonical):
    assert (surface, "ORG", canonical) in spans(language, text)


def test_arc_sets_are_their_own_benchmarks(language):
    got = spans(language, "The AI model scored 96.1% on ARC-Challenge, 98.0% on ARC-Easy and 91% on the AI2 Reasoning Challenge.")
    assert ("ARC-Challenge", "BENCHMARK", "ARC-Challenge") in got
    assert ("ARC-Easy", "BENCHMARK", "ARC-Easy") in got
    assert ("AI2 Reasoning Challenge", "BENCHMARK", "ARC") in got


@pytest.mark.parametrize("text, surface, canonical", [
    ("OpenAI's text-davinci-003 was retired; the AI model gpt-realtime replaced it.", "text-davinci-003", "text-davinci-003"),
    ("Meta released SAM 3, an AI model for segmentation.", "SAM 3", "SAM 3"),
    ("Google DeepMind's Gemini Robotics-ER 1.5 plans robot tasks.", "Gemini Robotics-ER 1.5", "Gemini Robotics-ER 1.5"),
    ("The Swiss AI Initiative released Apertus 70B.", "Apertus 70B", "Apertus 70B"),
    ("Vistral is a Vietnamese AI model.", "Vistral", "Vistral"),
])
def test_recent_models(language, text, surface, canonical):
    assert (surface, "MODEL", canonical) in spans(language, text)


@pytest.mark.parametrize("text", [
    "The opposition division of the party met to discuss the AI model.",
    "The general court session discussed the AI model on Monday.",
    "A financial services commission of inquiry looked at the AI model.",
    "The AI model runs on a custom ASIC rather than a GPU.",
    "Responsible AI (RAI) reviews are now mandatory for every AI model.",
    "Section 230 of the CDA shields platforms that host an AI model.",
    "The two AI models answered in unison.",
    "David Chalmers argued that the AI model might be conscious.",
    "NPO boards in Kenya asked how an AI model could help.",
])
def test_words_and_acronyms_named_like_new_entries_stay_words(language, text):
    assert not any(lab == "ORG" for _, lab, _ in spans(language, text)), spans(language, text)


def test_a_native_official_name_is_canonical_for_its_english_and_short_forms(tmp_path):
    """Invented body: the loader keeps the native name as the canonical of every listed form; an all-capitals alias
    listed as exact matches only as written."""
    f = tmp_path / "orgs_user.jsonl"
    f.write_text(json.dumps({"name": "Gemeente Quellmark", "kind": "government", "country": "NL",
                             "aliases": ["City of Quellmark", "GQM"], "exact_aliases": ["GQM"]}) + "\n", encoding="utf-8")
    language = nlp.load({"kb_files": [str(f)]}, lexeme_attrs=False)
    got = spans(language, "The City of Quellmark and GQM staff tested an AI model; gqm staff did not.")
    assert ("City of Quellmark", "ORG", "Gemeente Quellmark") in got
    assert ("GQM", "ORG", "Gemeente Quellmark") in got
    assert not any(s == "gqm" for s, _, _ in got)


def test_a_plural_possessive_inside_an_official_name_joins_it(tmp_path):
    """Invented entries: "Quellbrook Farmers' Cooperative" matches whole (the gap "' " joins alias pieces), and a
    possessive outside any entry ("the farmers' AI model") makes nothing."""
    f = tmp_path / "orgs_user.jsonl"
    f.write_text(json.dumps({"name": "Quellbrook Farmers' Cooperative", "kind": "company", "country": "NZ", "aliases": []})
                 + "\n", encoding="utf-8")
    language = nlp.load({"kb_files": [str(f)]}, lexeme_attrs=False)
    got = spans(language, "Quellbrook Farmers' Cooperative said the farmers' AI model was cheap.")
    assert ("Quellbrook Farmers' Cooperative", "ORG", "Quellbrook Farmers' Cooperative") in got
    assert not any("farmers'" in s for s, _, _ in got)


def test_a_bracketed_country_code_in_a_list_of_codes_is_no_acronym(language):
    """Invented names: in "Tarnwick Systems (FR); Olvenby Rail (DE); ..." the bracketed pairs are country codes, so
    "(DE)" after a two-word name is no abbreviation of it; a lone bracketed pair after a name still is."""
    text = "Partners: Tarnwick Systems (FR); Dravik Energi (DE); Kestova AI (SI)."
    names = [(text.index(n), text.index(n) + len(n), "ORG", n) for n in ("Tarnwick Systems", "Dravik Energi", "Kestova AI")]
    assert doc_names.acronyms(text, names, [(s, e) for s, e, _, _ in names]) == []
    one = "Dravik Energi (DE) tested an AI model."
    assert doc_names.acronyms(one, [(0, 13, "ORG", "Dravik Energi")], [(0, 13)]) == [(15, 17, "ORG", "Dravik Energi")]
    got = spans(language, "Olvenby Rail (OR) tested an AI model, and Tarnwick Systems (TS) said TS would too.")
    assert ("TS", "ORG", "Tarnwick Systems") in got
