"""Names written as slugs, ids and lower-case forms in slug-dense passages (nlp/slug_names.py), and list siblings
outside glossaries (nlp/list_votes.py).

Every passage is written for these tests with invented names (grep-checked: none in a dev, held-out or claims set):
the lab Tarnfell Labs, Brakmoor, the models Merrowind 3 Kelpforth, Osprin 5 Wisp / Dunmarrow, the benchmarks
Brindlecap, Tollwick, Saltrick.
"""
from __future__ import annotations

import pytest

from nlp import slug_names
from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


def _ents(pipe, text):
    return {(e.text, e.label_) for e in pipe(text).ents}


def _canons(pipe, text):
    return {(e.text, e.label_, e._.canonical) for e in pipe(text).ents}


CHANGELOG = """Router changelog — week 12

- Added tarnfell/merrowind-3-kelpforth and tarnfell/merrowind-3-saltwick-2603. Kelpforth costs $3.00 per million tokens.
- Added brakmoor/osprin-5-wisp. brakmoor/osprin-5-dunmarrow is available to accounts with spend over $500.
- Fixed: requests to brakmoor/osprin-4.5-wisp were truncated at 4,096 tokens.
"""


def test_ids_of_a_changelog_are_read_piecewise(pipe):
    got = _ents(pipe, CHANGELOG)
    for owner, model in (("tarnfell", "merrowind-3-kelpforth"), ("tarnfell", "merrowind-3-saltwick-2603"),
                         ("brakmoor", "osprin-5-wisp"), ("brakmoor", "osprin-5-dunmarrow"), ("brakmoor", "osprin-4.5-wisp")):
        assert (owner, "ORG") in got and (model, "MODEL") in got


def test_an_id_takes_the_display_name_and_the_lab_the_passage_names():
    text = ("Tarnfell Labs ships two new models.\n- tarnfell/merrowind-3-kelpforth: default\n"
            "- tarnfell/merrowind-2-wisp: legacy\n")
    found = [(0, 13, "ORG", "Tarnfell Labs", "Tarnfell Labs")]
    got = {text[s:e]: (lab, canon) for s, e, lab, canon in slug_names.find(text, found)}
    assert got["tarnfell"] == ("ORG", "Tarnfell Labs")
    assert got["merrowind-3-kelpforth"] == ("MODEL", "Merrowind 3 Kelpforth")


def test_slugs_of_a_ci_bot_are_models(pipe):
    text = ("#evals · nightly run\n\n• merrowind-3-kelpforth — gpqa-diamond ✅ aime-2025 ✅\n"
            "• osprin-5-wisp — gpqa-diamond ✅ tau2-bench ✅\n• osprin-5-dunmarrow — aime-2025 ❌ harness error\n")
    got = _ents(pipe, text)
    assert {("merrowind-3-kelpforth", "MODEL"), ("osprin-5-wisp", "MODEL"), ("osprin-5-dunmarrow", "MODEL")} <= got


def test_lower_case_forms_of_names_the_passage_found():
    text = ("Config for the nightly run: model merrowind-3-kelpforth, fallback osprin-5-wisp, judge osprin-4-mini.\n"
            "provider: tarnfell; suite: brindlecap\n")
    found = [(0, 0, "ORG", "Tarnfell Labs", "Tarnfell Labs"), (0, 0, "BENCHMARK", "Brindlecap", "Brindlecap")]
    got = {text[s:e]: (lab, canon) for s, e, lab, canon in slug_names.find(text, found)}
    assert got["tarnfell"] == ("ORG", "Tarnfell Labs")
    assert got["brindlecap"] == ("BENCHMARK", "Brindlecap")


def test_remembered_names_bind_their_slugs():
    text = "nightly: merrowind-3-kelpforth ok, osprin-5-wisp ok, tollwick-2026 ok, saltwick-2 ok\n"
    got = {text[s:e]: (lab, canon) for s, e, lab, canon in
           slug_names.find(text, [], remembered=[("BENCHMARK", "Tollwick 2026"), ("MODEL", "Osprin 5 Wisp")])}
    assert got["tollwick-2026"] == ("BENCHMARK", "Tollwick 2026")
    assert got["osprin-5-wisp"] == ("MODEL", "Osprin 5 Wisp")


@pytest.mark.parametrize("text", [
    # one id alone is no slug-dense passage
    "In the API the new model is tarnfell/merrowind-3-kelpforth, the lab said.",
    # paths, URLs, files and CLI flags
    "See src/merrowind-3-notes.py, docs/osprin-5-setup and tests/osprin-4-cases.json for the model runs.",
    "Download from https://example.org/tarnfell/merrowind-3-kelpforth and https://example.org/brakmoor/osprin-5-wisp today.",
    "run the model with --warmup-3-steps --seed-2-fixed --retry-4-times and --max-3-tokens",
    # common heads: steps, weeks, phases, versions of tools
    "model rollout: step-2-done, week-3-review, phase-2-trial, python-3.12 and covid-19-data",
])
def test_no_slug_names_in_paths_flags_or_plain_words(text):
    assert slug_names.find(text, []) == []


def test_lower_case_forms_need_a_slug_dense_passage_and_no_article():
    found = [(0, 0, "BENCHMARK", "Brindlecap", "Brindlecap")]
    assert slug_names.find("We ran brindlecap once on the model.", found) == []  # not slug-dense
    text = "runs: merrowind-3-kelpforth, osprin-5-wisp, osprin-4-mini. the brindlecap ring broke; one brindlecap left"
    assert slug_names.find(text, found) == [(s, e, "MODEL", c) for s, e, _, c in slug_names.find(text, [])]


def test_package_names_are_not_labs():
    text = "setup: pip install tarnfell numpy; import tarnfell\nmodels: merrowind-3-kelpforth, osprin-5-wisp, osprin-4-mini\n"
    found = [(0, 0, "ORG", "Tarnfell Labs", "Tarnfell Labs")]
    assert all(text[s:e] != "tarnfell" for s, e, _, _ in slug_names.find(text, found))


def test_a_ci_bots_marked_column_of_benchmarks_labels_its_unknown_items(pipe):
    text = ("#evals · nightly run\n\n• merrowind-3-kelpforth — brindlecap ✅ gpqa-diamond ✅ tollwick-v2 ⚠️ timeout ×3\n"
            "• osprin-5-wisp — brindlecap ✅ tau2-bench ✅ arc-agi-2 ❌ harness error\n"
            "• osprin-5-dunmarrow — saltrick ✅ aime-2025 ✅\n")
    got = _ents(pipe, text)
    assert {("brindlecap", "BENCHMARK"), ("saltrick", "BENCHMARK"), ("tollwick-v2", "BENCHMARK")} <= got
    assert not any(w in ("timeout", "harness", "error") for w, _ in got)


def test_a_lower_case_list_of_benchmarks_in_a_chat(pipe):
    text = ("[09:12] kelp: ran merrowind-3-kelpforth and osprin-5-wisp last night\n"
            "[09:13] kelp: numbers on gpqa-diamond, aime-2025, brindlecap and saltrick are up in the sheet\n")
    got = _ents(pipe, text)
    assert ("brindlecap", "BENCHMARK") in got and ("saltrick", "BENCHMARK") in got


@pytest.mark.parametrize("line", [
    "[09:13] kelp: we flew via lisbon, paris, berlin and dunmarrow on the way to the model workshop",
    "[09:13] kelp: metrics: accuracy, f1, bleu and rouge for the model",
    "[09:13] kelp: deps are numpy, torch, tarnfellpy and brindle-utils for the model",
])
def test_lower_case_lists_with_no_two_found_names_of_one_label(pipe, line):
    text = "[09:12] kelp: ran merrowind-3-kelpforth and osprin-5-wisp last night\n" + line + "\n"
    got = {w for w, _ in _ents(pipe, text)}
    assert not got & {"dunmarrow", "bleu", "rouge", "tarnfellpy", "brindle-utils", "lisbon"}


@pytest.mark.parametrize("text", [
    # a tag line lists topics of every kind
    "Tags: tarnfell-labs, merrowind-3-kelpforth, osprin-5-wisp, open-weights, trillion-parameter, brindle\n",
    # found items of two kinds
    "runs: merrowind-3-kelpforth, osprin-5-wisp, osprin-4-mini\nwe tried gpt-5, openai, gpqa-diamond and brindlecap-notes\n",
])
def test_no_vote_in_tag_lines_or_mixed_lists(pipe, text):
    got = {w for w, _ in _ents(pipe, text)}
    assert not got & {"open-weights", "trillion-parameter", "brindle", "brindlecap-notes"}


# ---- short forms the passage introduces (nlp/short_forms.py)
from nlp import short_forms  # noqa: E402


def _short(text, found, listed=lambda w: False):
    return {text[s:e]: (lab, canon) for s, e, lab, canon in short_forms.find(text, found, listed)}


def test_a_bracketed_abbreviation_after_a_found_body_and_its_later_mentions():
    text = "Funding came from the Kessock Science Council (NWK). The NWK grant covers two years; NWK said so."
    s = text.index("Kessock")
    got = short_forms.find(text, [(s, s + len("Kessock Science Council"), "ORG", "Kessock Science Council", False)])
    assert [(text[a:b], lab, canon) for a, b, lab, canon in got] == [("NWK", "ORG", "Kessock Science Council")] * 3


def test_a_bracketed_benchmark_abbreviation():
    text = "We report the Harwick Fairness Suite (HFS-2) and nothing else; HFS-2 has 900 items."
    s = text.index("Harwick")
    got = _short(text, [(s, s + len("Harwick Fairness Suite"), "BENCHMARK", "Harwick Fairness Suite", False)])
    assert got == {"HFS-2": ("BENCHMARK", "Harwick Fairness Suite")}


@pytest.mark.parametrize("text", [
    "Shares of Velmora Labs (VLMR) rose 4% after the model launch; VLMR closed higher.",  # a ticker
    "Partners: Velmora Labs (FR), Brenlow AI (DE) and Kessock Group (NL) signed.",  # country codes
    "Velmora Labs (VL) ships a model.",  # two letters: too short
])
def test_no_abbreviation_from_tickers_codes_or_two_letters(text):
    s = text.index("Velmora Labs")
    assert _short(text, [(s, s + 12, "ORG", "Velmora Labs", False)]) == {}


def test_a_known_bodys_first_word_alone_mid_sentence():
    text = ("Hosting came from the Velmora Foundation. Editors later removed Velmora from the page.\n"
            "Velmora Commons is a separate site. Velmora said nothing.")
    got = short_forms.find(text, [(text.index("Velmora Foundation"), text.index("Velmora Foundation") + 18, "ORG", "Velmora Foundation", True)])
    assert [(text[a:b], a) for a, b, *_ in got] == [("Velmora", text.index("Velmora from"))]


def test_no_first_word_when_the_passage_writes_it_in_lower_case_or_the_kb_knows_it():
    text = "The Brenlow Foundation funds it. The brenlow trees are old. Grants from Brenlow stay."
    s = text.index("Brenlow Foundation")
    assert short_forms.find(text, [(s, s + 18, "ORG", "Brenlow Foundation", True)]) == []
    text = "The Brenlow Foundation funds it. Grants from Brenlow stay."
    assert short_forms.find(text, [(s, s + 18, "ORG", "Brenlow Foundation", True)], lambda w: w == "Brenlow") == []


@pytest.mark.parametrize("slug, shown", [("hle", "HLE"), ("turnstile-v2", "Turnstile v2"), ("tollwick-2026", "Tollwick 2026"),
                                         ("clausetrace-hard", "Clausetrace-Hard"), ("brindlecap", "Brindlecap")])
def test_a_benchmark_slugs_display_name(slug, shown):
    assert slug_names.bench_display(slug) == shown


# ---- a result's place before or after a list (nlp/siblings.py RESULT_ON / RESULT_AFTER)
@pytest.mark.parametrize("text, names", [
    ("Our AI model leads on GPQA Diamond, Brindlecap and Tollwick this quarter.", {"Brindlecap", "Tollwick"}),
    ("Our AI model leads on SWE-bench Verified and Brindlecap this quarter.", {"Brindlecap"}),
    ("The weekly AI quality index now includes Saltrick and SWE-bench Verified; MMLU removed.", {"Saltrick"}),
    ("Their AI model's Brindlecap and GPQA Diamond numbers use more steps than the defaults.", {"Brindlecap"}),
])
def test_a_results_place_makes_a_list_with_a_known_benchmark_a_list_of_benchmarks(pipe, text, names):
    got = _ents(pipe, text)
    assert {(n, "BENCHMARK") for n in names} <= got


@pytest.mark.parametrize("text, word", [
    ("The AI model was evaluated on English, French and GPQA Diamond.", "English"),
    ("The AI model was tested on Android, iOS and Windows with GPQA Diamond prompts.", "Android"),
    ("The AI model scores on GPQA Diamond and Tarnfell Labs improved.", "Tarnfell Labs"),  # a lab stays a lab
    ("The AI model improved on GPT-5 and Brindlecap last week.", "Brindlecap"),  # a model's list is no benchmark list
    ("The AI model leads on Brindlecap and Tollwick this quarter.", "Tollwick"),  # no known benchmark in it
])
def test_no_benchmark_from_a_results_place_without_one_known_benchmark_alone(pipe, text, word):
    assert (word, "BENCHMARK") not in _ents(pipe, text)


def test_a_new_tier_word_alone_in_lower_case():
    text = ("nightly: merrowind-3-kelpforth ok, osprin-5-wisp ok, osprin-4-mini ok\n"
            "why is kelpforth failing again? mini is fine. prices will kelpforth? no.\n")
    got = [(text[s:e], lab, canon) for s, e, lab, canon in slug_names.find(text, [])]
    assert ("kelpforth", "MODEL", "Merrowind 3 Kelpforth") in got
    assert sum(w == "kelpforth" for w, _, _ in got) == 1  # not after "will"
    assert not any(w == "mini" for w, _, _ in got)  # a listed tier word alone stays a word


def test_a_lower_case_form_that_begins_a_longer_name_is_left_to_it():
    text = "runs: merrowind-3-kelpforth, osprin-5-wisp, osprin-4-mini\nosprin mini is fine, osprin 5 too; osprin wins\n"
    got = [text[s:e] for s, e, *_ in slug_names.find(text, [(0, 0, "MODEL", "Osprin", "Osprin")])]
    assert got.count("osprin") == 1 and text.rindex("osprin") == [s for s, e, *_ in slug_names.find(
        text, [(0, 0, "MODEL", "Osprin", "Osprin")]) if text[s:e] == "osprin"][0]
