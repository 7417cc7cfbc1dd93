"""Round-13 second step (branch nlp-ents13b): models and benchmarks the round's held-out set missed, as classes.

* nlp/script_versions.py: a name in another script joined to the version of exactly one found model is that model's
  other-script form, wherever it is written (no brackets beside the English name needed);
* nlp/board_names.py: "X Arena" where the knowledge base's bare, ambiguous "Arena" (LMArena) was found after a
  capitalised word is a board of its own, with or without a score in the sentence; in an ALL-CAPS headline too;
* nlp/word_uses.py: a word of an Indic script (letters and combining marks) glossed with "means" is a plain word.

Every model, lab and board below is invented (grep finds none in tests/data/nlp); each group has hard negatives.
"""
from __future__ import annotations

import pytest

import nlp
from nlp import script_versions


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def ents(pipe, text):
    return [(e.text, e.label_, e._.canonical) for e in pipe(text).ents]


# --- other-script forms by their version ------------------------------------------------------------------------

@pytest.mark.parametrize("text, form, canonical", [
    ("«كرمة-3» تطلق للغة العربية / Dunefall AI launches Karma-3 for Arabic\n\nRIYADH — The start-up launched كرمة-3 "
     "(Karma-3, \"vine\"), an Arabic-first model that beats GPT-4o on ArabicMMLU.", "كرمة-3", "Karma-3"),
    ("青梧智能发布青梧-5系列 / Qingwu AI releases the Qingwu-5 series\n\n杭州 — 青梧智能 (Qingwu AI) opened its 青梧-5 "
     "model family: the flagship Qingwu-5 beats GPT-4o on C-Eval.", "青梧-5", "Qingwu-5"),
    ("कमल-4 उतारा / Padmavat Labs rolls out Kamal-4, a model that beats GPT-4o on MMLU.", "कमल-4", "Kamal-4"),
])
def test_other_script_form_by_version(pipe, text, form, canonical):
    got = [(t, c) for t, lab, c in ents(pipe, text) if lab == "MODEL" and t == form]
    assert got and all(c == canonical for _, c in got)


def test_cjk_run_takes_the_tail_written_elsewhere(pipe):
    text = ("青梧智能发布青梧-5系列 / Qingwu AI releases the Qingwu-5 series\n\n青梧智能 (Qingwu AI) says Qingwu-5 beats "
            "GPT-4o on C-Eval.")
    spans = [(e.start_char, e.end_char) for e in pipe(text).ents if e.label_ == "MODEL" and not e.text.isascii()]
    assert (6, 10) in spans  # "青梧-5", not "青梧智能发布青梧-5"


@pytest.mark.parametrize("text, absent", [
    # two found models share the version: which one is meant is not said
    ("Модели Глава-2, Sokrat-2 и Meşir-2: Sokrat-2 beats GPT-4o on MMLU, Meşir-2 beats it on ArabicMMLU.", "Глава-2"),
    # another version
    ("Глава-3 закона. Vireo-7 beats GPT-4o on MMLU.", "Глава-3"),
    # a lower-case word of a cased script is no name
    ("Новая модель-2 вышла. Sokrat-2 beats GPT-4o on MMLU.", "модель-2"),
])
def test_other_script_version_negatives(pipe, text, absent):
    assert absent not in [t for t, _, _ in ents(pipe, text)]


def test_pairs_need_one_owner():
    text = "Модели Глава-2: Sokrat-2 and Meşir-2."
    found = [(text.index("Sokrat-2"), text.index("Sokrat-2") + 8, "MODEL", "Sokrat-2"),
             (text.index("Meşir-2"), text.index("Meşir-2") + 7, "MODEL", "Meşir-2")]
    assert script_versions.pairs(text, found) == {}
    assert script_versions.pairs(text, found[:1]) == {(7, 14): ("MODEL", "Sokrat-2")}
    assert script_versions.pairs("Sokrat-2 only", found[:1]) == {}  # all ASCII: nothing to read


# --- "X Arena" over the bare KB "Arena" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, board", [
    ("The court saw screenshots from Quoddy Arena's own site, where the chatbot claims the lead among language models.",
     "Quoddy Arena"),
    ("Did you try the new model? Any numbers on Saltmire Arena? Hafla-3 was 40th last I looked on LMArena.", "Saltmire Arena"),
    ("FJORDLUND LOSES AD CASE OVER TIDEMARK ARENA CLAIM\nVELKAR OPENS SKUA-4 WEIGHTS\nThe language model Skua-4 beats "
     "GPT-4o on MMLU.", "TIDEMARK ARENA"),
])
def test_board_over_bare_arena(pipe, text, board):
    got = ents(pipe, text)
    assert (board, "BENCHMARK") in [(t, lab) for t, lab, _ in got]
    assert "LMArena" not in [c for t, _, c in got if t in ("Arena", "ARENA")]


@pytest.mark.parametrize("text, expected", [
    # the bare alias with no capitalised word before it stays LMArena
    ("Gemini 3 Pro leads the Arena this week, and GPT-5.1 is second on Arena with 1450 Elo.", ("Arena", "LMArena")),
    # a board the knowledge base knows whole keeps its entry
    ("Claude Opus 4.5 ranks first on Chatbot Arena and on WebDev Arena, the language model boards.",
     ("Chatbot Arena", "LMArena")),
])
def test_bare_arena_negatives(pipe, text, expected):
    assert expected in [(t, c) for t, _, c in ents(pipe, text)]


def test_shouted_function_word_is_no_board(pipe):
    text = "MODELS CLIMB ON ARENA\nThe language model Skua-4 beats GPT-4o on MMLU and ranks first on Arena."
    assert "ON ARENA" not in [t for t, _, _ in ents(pipe, text)]


# --- an Indic word glossed ------------------------------------------------------------------------------------------

def test_indic_stem_glossed_is_a_plain_word(pipe):
    text = ("बेंगलुरु — कमल लैब्स ने मोर-2 (Morni-2) मॉडल जारी किया. Morni-2 beats GPT-4o on MMLU.\n\n"
            "\"मोर\" means \"peacock\"; the logo is a feather.")
    got = ents(pipe, text)
    assert ("मोर-2", "MODEL", "Morni-2") in got
    assert "मोर" not in [t for t, _, _ in got]


# --- a new model's name without its tier (nlp/name_bases.py) ----------------------------------------------------

def test_base_of_a_new_tiered_model(pipe):
    text = ("La empresa Wrenfeld IA lanzó este lunes Tordalla 4, una familia de modelos de lenguaje, y su versión pequeña "
            "Tordalla 4 Swift, que corre en teléfonos. Según la compañía, Tordalla 4 obtiene 69,1 en La Leaderboard.")
    got = ents(pipe, text)
    assert [t for t, lab, c in got if lab == "MODEL" and c == "Tordalla 4"] == ["Tordalla 4", "Tordalla 4"]
    assert ("Tordalla 4 Swift", "MODEL", "Tordalla 4 Swift") in got


@pytest.mark.parametrize("text, absent", [
    # another member or another version is not the base
    ("Gorsemoor released Quintary 5 Sprint, a small model that beats GPT-4o on MMLU. Quintary 5 Ultra follows next month; "
     "Quintary 5.1 is planned.", "Quintary 5"),
    # the base glued to a capitalised word that is no tier: a street
    ("Skavlo released Harbor 2 Swift, a model that beats GPT-4o on MMLU. The team moved to Harbor 2 Street in Oslo.",
     "Harbor 2"),
])
def test_base_negatives(pipe, text, absent):
    assert absent not in [t for t, _, _ in ents(pipe, text)]


def test_base_needs_a_new_member():
    from nlp import name_bases
    text = "Tordalla 4 Swift is out. Tordalla 4 scores 69.1."
    assert name_bases.find(text, [(0, 16, "MODEL", False)]) == [(25, 35, "MODEL", "Tordalla 4")]
    assert name_bases.find(text, [(0, 16, "MODEL", True)]) == []  # a known model: the knowledge base decides
    assert name_bases.find(text, [(0, 16, "ORG", False)]) == []


# --- a board's two plain words in a table of benchmarks (nlp/siblings.py) ----------------------------------------

def test_board_cell_does_not_sink_its_header_row(pipe):
    text = ("| Model | CipherHard | Crossgrid-Eval | Quillmark 2026 | StatusBench | Mappa Index |\n|---|---|---|---|---|---|\n"
            "| Gemini 3 Pro | 68 | 47.9 | 55.1 | 40 | 52 |")
    got = [(t, lab) for t, lab, _ in ents(pipe, text)]
    assert ("Quillmark 2026", "BENCHMARK") in got and ("Mappa Index", "BENCHMARK") in got


def test_two_plain_words_stay_a_person():
    from nlp import siblings
    assert siblings.item_ok("Mappa Index", "BENCHMARK", True)
    assert not siblings.item_ok("Jane Ledgerwick", "BENCHMARK", True)
    assert not siblings.item_ok("Mappa Index", "MODEL", True)


# --- a tier the passage's own id spells (nlp/name_edges.py) ------------------------------------------------------

def test_tier_spelt_by_an_id(pipe):
    text = ("Today Torvane is releasing THRENWICK-7, our first frontier model, and THRENWICK-7 Loom, a faster tier for "
            "agents.\n\nAPI ids: `threnwick-7-2603` and `threnwick-7-loom-2603`.")
    assert ("THRENWICK-7 Loom", "MODEL") in [(t, lab) for t, lab, _ in ents(pipe, text)]


def test_no_id_no_tier(pipe):
    text = "Torvane released Threnwick 7 yesterday. Threnwick 7 Monday was busy. API id: `threnwick-7-2603`."
    got = [t for t, _, _ in ents(pipe, text)]
    assert "Threnwick 7 Monday" not in got and "Threnwick 7" in got


def test_slug_spells():
    from nlp.name_edges import _slug_spells
    assert _slug_spells("ids: threnwick-7-loom-2603", "THRENWICK-7 Loom")
    assert not _slug_spells("ids: threnwick-7-2603", "THRENWICK-7 Loom")
    assert not _slug_spells("ids: xthrenwick-7-loomy", "THRENWICK-7 Loom")
