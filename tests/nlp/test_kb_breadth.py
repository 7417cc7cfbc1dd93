"""The knowledge base's breadth (real actors of AI news, by category) and how its longer official names match.

Names in the matching tests are invented (Lanterns, Pebble & Quill, Kestrel) so that no built-in entry
answers for them; the breadth tests read the built-in files only.
"""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest

import nlp
from nlp.kb import load_kb
from kb_checks import builtin_entries as _builtin

MINE = [
    {"label": "ORG", "name": "Ministry of Lanterns, Kites and Canals", "kind": "government", "aliases": ["MLKC"]},
    {"label": "ORG", "name": "Pebble & Quill Labs", "kind": "lab"},
    {"label": "ORG", "name": "Lantern Works", "kind": "company"},
    {"label": "ORG", "name": "Kite Foundry", "kind": "company"},
    {"label": "ORG", "name": "Kestrel Institute", "kind": "lab", "aliases": ["KESTREL"], "exact_aliases": ["KESTREL"]},
    {"label": "BENCHMARK", "name": "Otterbrook Reasoning Suite, Hard Split", "kind": "benchmark"},
    {"label": "ORG", "name": "GUILD/OTTER Committee 7", "kind": "body"},
]


@pytest.fixture(scope="module")
def language(tmp_path_factory):
    path = tmp_path_factory.mktemp("kb") / "mine.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in MINE) + "\n", encoding="utf-8")
    return nlp.load({"kb_files": [str(path)]}, lexeme_attrs=False)


def spans(language, text):
    result = next(nlp.analyze(language, [{"id": 1, "text": text}]))
    return {(text[e["start"]:e["end"]], e["label"]) for e in result["entities"]}


def test_official_names_with_a_comma_or_a_spaced_ampersand_match_whole(language):
    got = spans(language, "The Ministry of Lanterns, Kites and Canals funds Pebble & Quill Labs, which trains AI models; "
                          "their model scored 41.0% on the Otterbrook Reasoning Suite, Hard Split. A working group "
                          "of GUILD/OTTER Committee 7 reviewed the AI standard.")
    assert ("Ministry of Lanterns, Kites and Canals", "ORG") in got
    assert ("Pebble & Quill Labs", "ORG") in got
    assert ("Otterbrook Reasoning Suite, Hard Split", "BENCHMARK") in got
    assert ("GUILD/OTTER Committee 7", "ORG") in got


def test_a_comma_or_a_slash_between_two_names_keeps_them_apart(language):
    got = spans(language, "Lantern Works, Kite Foundry and Pebble & Quill Labs trained new AI models this year; "
                          "Lantern Works/Kite Foundry shared the GPUs.")
    assert {("Lantern Works", "ORG"), ("Kite Foundry", "ORG"), ("Pebble & Quill Labs", "ORG")} <= got
    assert not any("," in s or "/" in s for s, _ in got)


def test_organisations_named_like_common_words_need_a_capital_and_ai_context(language):
    assert ("Orange", "ORG") in spans(language, "Orange will run Mistral AI models across its network, the operator said.")
    for text in ("The sky turned orange over the data centre as the AI model trained.",
                 "Orange light filled the room where they sorted the fruit."):
        assert not any(label == "ORG" for _, label in spans(language, text)), text


def test_an_exact_acronym_matches_only_as_written(language):
    assert ("KESTREL", "ORG") in spans(language, "KESTREL released an open AI model for weather forecasts.")
    assert not any(label == "ORG" for _, label in spans(language, "A kestrel hovered over the AI lab's car park."))


def test_public_bodies_of_the_main_ai_countries_are_known():
    gov = Counter(o["country"] for o in _builtin("orgs.jsonl") if o["kind"] == "government")
    for country in ("UK", "US", "EU", "FR", "DE", "IT", "ES", "CA", "JP", "KR", "CN", "IN", "SG", "SA", "AE", "BR", "AU", "INT"):
        assert gov[country] >= 1, country
    kinds = Counter(o["kind"] for o in _builtin("orgs.jsonl"))
    assert kinds["government"] >= 150 and kinds["university"] >= 120 and kinds["body"] >= 15


def test_language_specific_and_recent_benchmarks_are_known():
    kb = load_kb()
    for name in ("KMMLU", "HAE-RAE Bench", "JMMLU", "ArabicMMLU", "MILU", "Belebele", "AGIEval", "ENEM",
                 "TheAgentCompany", "HarmBench", "MathVerse", "Earnings-22"):
        assert name in kb.benchmarks, name
    for name in ("Sabiá", "SEA-LION", "Jais", "ALLaM", "PLaMo", "EuroLLM", "Apriel"):
        assert kb.families[name].org in kb.orgs, name


ACRONYM = re.compile(r"[A-Z0-9][A-Z0-9-]{3,}")


def test_sourced_org_acronyms_match_only_as_written_or_in_context():
    """An all-capitals name of four letters or more (ARIA, SURF, EPIC) could be a word written in lower case:
    every sourced organisation entry lists such a name as exact, ambiguous or case-sensitive."""
    loose = []
    for o in _builtin("orgs.jsonl"):
        if "source" not in o or o.get("case_sensitive"):
            continue
        amb = o.get("ambiguous") or []
        guarded = set(o.get("exact_aliases", [])) | (set(amb) if amb is not True else {o["name"], *o["aliases"]})
        loose += [s for s in [o["name"], *o["aliases"]] if ACRONYM.fullmatch(s) and s not in guarded]
    assert loose == []
