"""Round 14 (branch nlp-variants14): a name's other forms in the same passage.

* nlp/written_forms.py: lower-case, slug, hashtag and code-span forms of a name the passage (or the stream's memory)
  found, in any passage: shaped forms (a digit, several words, a CamelCase or *QA name) anywhere, a plain lower-case
  word only in a sentence written in lower case; a CamelCase name recased ("Statusbench"); a two-letter abbreviation
  a found organisation defines in brackets and uses again;
* nlp/caps_shapes.py: names of ALL-CAPS lines that the passage never writes in mixed case, by the mixed-case rules
  read on a headline-cased copy and by a model's family + version + tier shape; shouted one-word guesses and dates
  no mixed-case reading finds are dropped.

Every model, lab and board below is invented (grep finds none in tests/data/nlp); each group has hard negatives.
"""
from __future__ import annotations

import pytest

import nlp
from nlp import caps_shapes, written_forms
from nlp.name_memory import Name, NameMemory, set_memory


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def ents(pipe, text):
    return [(e.text, e.label_, e._.canonical) for e in pipe(text).ents]


LEAD = "Thrumwell Labs released Gannock 3 Orlop, a new language model, and it scores 71.2 on LedgerWisp.\n\n"


# --- lower-case and slug forms -----------------------------------------------------------------------------------

@pytest.mark.parametrize("chat, form, label, canonical", [
    ("@pia ok so gannock 3 orlop is fast but the split is private", "gannock 3 orlop", "MODEL", "Gannock 3 Orlop"),
    ("@pia honestly gannock orlop is fine for me", "gannock orlop", "MODEL", "Gannock 3 Orlop"),
    ("@pia lol thrumwell still won't publish the split", "thrumwell", "ORG", "Thrumwell Labs"),
    ("@pia orlop times out on the long cases", "orlop", "MODEL", "Gannock 3 Orlop"),
    ("Reviewers asked why the ledgerwisp split is private.", "ledgerwisp", "BENCHMARK", "LedgerWisp"),
    ("Tags: #ledgerwisp #evals", "ledgerwisp", "BENCHMARK", "LedgerWisp"),
    ("Run it with `gannock_3_orlop` as the model key.", "gannock_3_orlop", "MODEL", "Gannock 3 Orlop"),
    ("We switched to gannock orlop last week.", "gannock orlop", "MODEL", "Gannock 3 Orlop"),
])
def test_lower_case_form_of_a_found_name(pipe, chat, form, label, canonical):
    assert (form, label, canonical) in ents(pipe, LEAD + chat)


@pytest.mark.parametrize("prose, word", [
    ("People on the ferry love the orlop deck, and the old thrumwell by the harbour.", "orlop"),
    ("The thrumwell near the harbour is old, and nobody minds it.", "thrumwell"),
    ("@pia the orlop deck is wet. People say the orlop is the lowest deck.", "orlop"),  # its ordinary use in prose
    ("@pia you need to thrumwell it before the run", "thrumwell"),  # after "to": a verb
])
def test_plain_lower_case_word_in_prose_is_no_name(pipe, prose, word):
    assert all(t != word for t, _, _ in ents(pipe, LEAD + prose))


def test_no_form_without_the_cased_name(pipe):
    assert all(t not in ("thrumwell", "orlop") for t, _, _ in ents(pipe, "@pia ok so thrumwell says orlop is fast"))


def test_a_form_that_goes_on_is_a_longer_name(pipe):
    got = ents(pipe, LEAD + "@pia gannock 3.5 is next, they say")
    assert all(t != "gannock" for t, _, _ in got)


def test_remembered_name_lower_case_in_chat(pipe):
    memory = NameMemory()
    memory.add(Name("BENCHMARK", "Brindlewick-Eval", "Brindlewick-Eval"))
    memory.add(Name("MODEL", "Wendrake 5 Gunwale", "Wendrake 5 Gunwale"))
    memory.add(Name("MODEL", "WENDRAKE 5 GUNWALE", "WENDRAKE 5 GUNWALE"))  # the same name remembered in capitals too
    set_memory(pipe, memory)
    try:
        got = ents(pipe, "@rui honestly brindlewick is a coin flip and gunwale times out. wendrake 5 is fine")
    finally:
        set_memory(pipe, None)
    assert ("brindlewick", "BENCHMARK", "Brindlewick-Eval") in got
    assert ("gunwale", "MODEL", "Wendrake 5 Gunwale") in got
    assert ("wendrake 5", "MODEL", "Wendrake 5") in got


def test_forms_of_a_name():
    fs = {k: (c, sh) for k, c, sh in written_forms.forms("MODEL", "Gannock 3 Orlop", "Gannock 3 Orlop")}
    assert fs["gannock3orlop"] == ("Gannock 3 Orlop", True)
    assert fs["gannock3"] == ("Gannock 3", True)
    assert fs["gannockorlop"] == ("Gannock 3 Orlop", True)
    assert fs["orlop"] == ("Gannock 3 Orlop", False)
    assert fs["gannock"] == ("Gannock", False)
    assert not any(k == "mini" for k, *_ in written_forms.forms("MODEL", "Gannock 3 Mini", "Gannock 3 Mini"))  # a listed tier


# --- recased CamelCase names ---------------------------------------------------------------------------------

def test_recased_camel_case_name(pipe):
    got = ents(pipe, LEAD + "A reviewer asked to pin the Ledgerwisp data revision before the merge.")
    assert ("Ledgerwisp", "BENCHMARK", "LedgerWisp") in got


def test_recased_plain_word_is_not_a_name(pipe):
    got = ents(pipe, "Corvessa Labs released Driftline 2, a language model. Driftline 2 scores 61.0 on GPQA. "
                     "The driftline of the coast moved.")
    assert all(t != "driftline" for t, _, _ in got)


# --- two-letter abbreviations ---------------------------------------------------------------------------------

def test_two_letter_abbreviation_defined_and_reused(pipe):
    text = ("The Harbour Skills Authority (HS) reviewed the ad. Later the HS fined Thrumwell Labs for a misleading "
            "language model claim; the HS also published its decision.")
    got = [(t, c) for t, lab, c in ents(pipe, text) if t == "HS"]
    assert len(got) == 3 and all(c == "Harbour Skills Authority" for _, c in got)


@pytest.mark.parametrize("text", [
    "Deutsche Windkraft (DE) and Société Générale (FR) and Banco Ibérico (ES) published a language model each.",
    "The Harbour Skills Authority (XQ) reviewed the ad; the XQ fined the language model maker.",  # letters not in the name
])
def test_two_letter_codes_are_not_abbreviations(pipe, text):
    assert not any(len(t) == 2 and lab == "ORG" for t, lab, _ in ents(pipe, text))


def test_letters_match():
    assert written_forms._letters_match("KO", "Konsumentombudsmannen")
    assert not written_forms._letters_match("OK", "Konsumentombudsmannen")
    assert not written_forms._letters_match("KX", "Konsumentombudsmannen")


# --- ALL-CAPS lines ------------------------------------------------------------------------------------------

BULLETIN = ("BULLETIN — 4 APRIL 2026\n\n"
            "TARNLOW'S GANNOCK 3 ORLOP TOPS BRIMSTONE-BENCH; VESKARI CRIES FOUL\n"
            "QUILLMOOR AI SIGNS PORT DEAL; HALDO-4 TO TAKE COUNCIL MINUTES\n"
            "PELLORAN LABS OPENS BRISK-7 SPRIT WEIGHTS\n"
            "WEATHER: FROST WARNING FOR THE NORTH\n")


def test_caps_bulletin_names_by_shape(pipe):
    got = {(t, lab) for t, lab, _ in ents(pipe, BULLETIN)}
    assert ("GANNOCK 3 ORLOP", "MODEL") in got
    assert ("HALDO-4", "MODEL") in got
    assert ("QUILLMOOR AI", "ORG") in got
    assert ("PELLORAN LABS", "ORG") in got
    assert not any(t in ("TOPS", "APRIL 2026", "4 APRIL 2026", "FROST", "WARNING", "WEATHER", "SIGNS") for t, _ in got)


def test_caps_model_canonical():
    text = "TARNLOW'S GANNOCK 3 ORLOP TOPS THE BOARD AND ZELK-4 PASSES"
    shapes = caps_shapes.model_shapes(text, [(0, len(text))])
    assert (text.index("GANNOCK"), text.index(" TOPS"), "MODEL", "Gannock 3 Orlop") in shapes
    assert any(canon == "ZELK-4" for *_, canon in shapes)  # a tier-less short family keeps its capitals
    assert not any(canon.endswith(("Tops", "Passes")) for *_, canon in shapes)


@pytest.mark.parametrize("line", [
    "ROUND 2 RESULTS ARE IN FOR THE REGIONAL CUP",
    "COVID-19 CASES FALL IN MARCH 2026 ACROSS THE NORTH",
    "PHASE 3 TRIAL OF NEW DRUG BEGINS NEXT WEEK IN OSLO",
    "TOP 10 TIPS FOR A BETTER GARDEN THIS SPRING SEASON",
])
def test_caps_counting_heads_are_no_models(line):
    assert caps_shapes.model_shapes(line, [(0, len(line))]) == []


def test_headline_copy_keeps_offsets():
    text = "intro\nNAKHLA AI'S SAHM-2 PASSES JAIS ON DIALECTS\nrest"
    lines = caps_shapes.caps_lines(text)
    copy = caps_shapes.headline_copy(text, lines)
    assert len(copy) == len(text)
    assert "Nakhla AI's Sahm-2 Passes Jais on Dialects" in copy


def test_no_second_reading_without_caps_lines(pipe):
    text = LEAD + "Quillmoor AI said Haldo-4 ships in May."
    assert ("Quillmoor AI", "ORG") in {(t, lab) for t, lab, _ in ents(pipe, text)}


def test_account_named_after_a_name_is_not_the_name(pipe):
    got = ents(pipe, LEAD + "The weights are on GitHub under the ledgerwisp organisation and the gannock_3_orlop package.")
    assert all(t not in ("ledgerwisp", "gannock_3_orlop") for t, _, _ in got)


def test_two_letter_vietnamese_syllable_in_a_lab_form(pipe):
    got = ents(pipe, "The start-up Hồng Vân AI released a new language model that scores 71 on MMLU. "
                     "Hồng Vân said it will open the weights.")
    assert ("Hồng Vân AI", "ORG", "Hồng Vân AI") in got
    assert ("Hồng Vân", "ORG", "Hồng Vân AI") in got
    assert not any(t == "Go AI" for t, _, _ in ents(pipe, "The start-up Go AI released a language model."))


def test_caps_tier_not_where_the_text_writes_the_model_without_it():
    text = "BRASKET-5 SYSTEM CARD\nMarrow, Inc.\n\nWe evaluated Brasket-5 against our previous model."
    lines = caps_shapes.caps_lines(text)
    assert [canon for *_, canon in caps_shapes.model_shapes(text, lines)] == ["Brasket-5"]
