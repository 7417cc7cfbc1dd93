"""The knowledge base's second breadth pass: ordinary organisations of the regions the first pass thinned (Africa,
Southeast Asia, Latin America, the Middle East, Central Asia, Eastern Europe), regional model families, and how the
entries whose names are also plain words, places or generic phrases are kept from matching those.

The breadth tests read the built-in files only; the matching tests use real built-in entries, since what they check
is the gating chosen for those entries (case-sensitive names, families reached only through versioned names).
"""
from __future__ import annotations

import json
from collections import Counter

from nlp.kb import builtin_paths, load_kb
from kb_checks import language, spans  # noqa: F401  (language: a fixture)

REGIONS = {
    "Africa": {"NG", "KE", "ZA", "EG", "GH", "MA", "RW", "ET", "UG", "TG"},
    "Southeast Asia": {"ID", "MY", "TH", "VN", "PH", "SG"},
    "Latin America": {"BR", "MX", "AR", "CL", "CO", "PE", "UY", "PA"},
    "Middle East and Turkey": {"SA", "AE", "QA", "KW", "BH", "OM", "JO", "LB", "IL", "TR"},
    "Central Asia": {"KZ", "UZ"},
    "Eastern Europe": {"PL", "UA", "CZ", "RO", "HU", "BG", "RS", "GR", "EE", "LT", "SI"},
}


def _orgs() -> list[dict]:
    path = next(p for p in builtin_paths() if p.name == "orgs.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("//")]


def test_every_region_has_its_public_bodies_companies_and_universities():
    by_region = {r: Counter(o["kind"] for o in _orgs() if o.get("country") in cc) for r, cc in REGIONS.items()}
    for region, kinds in by_region.items():
        floor = 3 if region == "Central Asia" else 10
        assert kinds["government"] >= floor and kinds["company"] >= floor, (region, kinds)
        assert kinds["university"] >= (1 if region == "Central Asia" else 8), (region, kinds)


def test_regional_model_families_name_known_developers():
    kb = load_kb()
    for family in ("GigaChat", "YandexGPT", "Typhoon", "SeaLLM", "Sahabat-AI", "ILMU", "PLLuM", "BgGPT", "KAZ-LLM",
                   "N-ATLaS", "DictaLM", "GPT-SW3"):
        assert kb.families[family].org in kb.orgs, family
    for bench in ("AfriXNLI", "MasakhaNER", "SeaExam", "ThaiExam", "MalayMMLU", "KazMMLU", "KLEJ", "TMMLU+"):
        assert bench in kb.benchmarks, bench


def test_regional_organisations_match_by_official_name_acronym_and_short_form(language):
    got = spans(language, "The Central Bank of Nigeria (CBN) and NITDA asked Flutterwave and MTN Nigeria to test AI "
                          "models; in Jakarta, Telkomsel and Indosat Ooredoo Hutchison trained Sahabat-AI.")
    assert ("Central Bank of Nigeria", "ORG", "Central Bank of Nigeria") in got
    assert ("CBN", "ORG", "Central Bank of Nigeria") in got
    assert ("NITDA", "ORG", "National Information Technology Development Agency") in got
    assert {("Flutterwave", "ORG", "Flutterwave"), ("Telkomsel", "ORG", "Telkomsel")} <= {(s, l, c) for s, l, c in got}
    assert ("Indosat Ooredoo Hutchison", "ORG", "Indosat Ooredoo Hutchison") in got
    assert ("Sahabat-AI", "MODEL", "Sahabat-AI") in got


def test_names_that_are_also_generic_phrases_match_only_as_written(language):
    got = spans(language, "A private equity group bought the AI startup, and Standard bank accounts get AI alerts; "
                          "Equity Group Holdings and Standard Bank deployed AI models for loans.")
    assert {s for s, label, _ in got if label == "ORG"} == {"Equity Group Holdings", "Standard Bank"}


def test_a_family_named_like_a_word_is_found_by_its_versioned_names_only(language):
    got = spans(language, "SCB 10X released Typhoon 2 for Thai AI chat.")
    assert {(s, c) for s, label, c in got if label == "MODEL"} == {("Typhoon 2", "Typhoon 2")}
    got = spans(language, "Typhoon Yagi shut the AI lab's office, and the AI models were trained elsewhere.")
    assert not any(label == "MODEL" for _, label, _ in got)
    got = spans(language, "The HuLU benchmark tests Hungarian AI models; Hulu streams AI documentaries.")
    assert {s for s, label, _ in got if label == "BENCHMARK"} == {"HuLU"}
