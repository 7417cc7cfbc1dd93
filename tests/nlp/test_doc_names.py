"""A document's own names (nlp/doc_names.py): a new name found once with a cue is found again at its
other mentions in the same text (a heading in capitals, a lower-case id, other separators, a name
broken across a line), and not where it would spread a person's name, an ordinary word, a name the
text uses with two labels, or a name that goes on into a longer one.

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

import pytest

from nlp.doc_names import remembered, spread
from nlp.entities import Pieces
from tests.nlp.test_entities import ents, pipe  # noqa: F401  (pipe: the loaded-pipeline fixture)

RELEASE = ("TARROW-3: WHAT WE SHIPPED\n\nOstrea Labs released Tarrow-3, a 14B open-weights model for code review. "
           "Tarrow 3 is on the hub as `ostrea/tarrow-3`, and the paper calls it TARROW-3 throughout.")


def test_other_spellings_of_a_new_model_are_the_same_model(pipe):
    got = [(t, lab, canon) for t, lab, canon in ents(pipe, RELEASE) if lab == "MODEL"]
    assert got == [("TARROW-3", "MODEL", "Tarrow-3"), ("Tarrow-3", "MODEL", "Tarrow-3"),
                   ("Tarrow 3", "MODEL", "Tarrow-3"), ("tarrow-3", "MODEL", "Tarrow-3"),
                   ("TARROW-3", "MODEL", "Tarrow-3")]


def test_a_benchmark_in_a_capitals_heading_and_broken_across_a_line(pipe):
    text = ("GLASSMAZE RESULTS\n\nWe introduce GlassMaze, a benchmark of 400 maze-navigation tasks for agents. "
            "The hardest split, Glass-\nMaze-Hard, is released separately. On GlassMaze-Hard, models score 31.2%.")
    assert ents(pipe, text) == [("GLASSMAZE", "BENCHMARK", "GlassMaze"), ("GlassMaze", "BENCHMARK", "GlassMaze"),
                                ("Glass-\nMaze-Hard", "BENCHMARK", "GlassMaze-Hard"),
                                ("GlassMaze-Hard", "BENCHMARK", "GlassMaze-Hard")]


def test_a_name_that_goes_on_is_a_longer_name_not_this_one(pipe):
    text = ("Ostrea Labs released Tarrow-3, a 14B model; TARROW-3 MINI follows in May, and tarrow-3-instruct "
            "is the chat one.")
    got = [t for t, lab, _ in ents(pipe, text) if lab == "MODEL"]
    assert "TARROW-3" not in got and "tarrow-3" not in got
    assert "Tarrow-3" in got


def test_a_persons_name_beside_a_new_model_word_is_not_the_model(pipe):
    text = ("Quarrystone raised $12M for Wicket, a legal drafting model for small firms. "
            "Anna Wicket, a lawyer in Leeds, tried the model. WICKET IN PRACTICE\nLawyers like Wicket.")
    got = [(t, lab) for t, lab, _ in ents(pipe, text)]
    assert got.count(("Wicket", "MODEL")) == 2  # the cue's and the last line's, not Anna's
    assert ("WICKET", "MODEL") in got
    assert text.index("Anna Wicket") + 5 not in [e.start_char for e in pipe(text).ents]


def test_a_common_word_is_not_spread_to_its_capitals(pipe):
    text = ("SOUNDING NOTES\n\nResearchers built Sounding, a benchmark of 300 questions about sonar data for "
            "language models. The sounding board was small.")
    assert [t for t, _, _ in ents(pipe, text)] == ["Sounding"]
    other = text.replace("Sounding", "Kitewire").replace("SOUNDING", "KITEWIRE").replace("sounding", "advisory")
    assert [t for t, _, _ in ents(pipe, other)] == ["KITEWIRE", "Kitewire"]


def _spread(text, names, other=()):
    p = Pieces.of(text)
    memory = remembered(text, names, list(other))
    return [(text[s:e], lab, canon) for s, e, lab, canon in
            spread(text, p.parts, p.low, p.start, p.end, memory, [(s, e) for s, e, *_ in [*names, *other]])]


def test_a_name_with_two_labels_in_one_text_is_left_alone():
    text = "Harlow built the Harlow model. HARLOW ships it. The repo is `harlow/harlow-1`."
    a, b = text.index("Harlow"), text.index("Harlow", 1)
    assert _spread(text, [(a, a + 6, "ORG", "Harlow"), (b, b + 6, "MODEL", "Harlow")]) == []
    assert _spread(text, [(a, a + 6, "ORG", "Harlow")]) == [("Harlow", "ORG", "Harlow"), ("HARLOW", "ORG", "Harlow"),
                                                           ("harlow", "ORG", "Harlow")]
    # a known entity with that name and another label counts against it too
    assert _spread(text, [(a, a + 6, "ORG", "Harlow")], [(b, b + 6, "MODEL")]) == []


@pytest.mark.parametrize("text", [
    "Ostrea released Tarrow-3 today. Dr Tarrow-3 is no one.",           # a capitalised word right before
    "Ostrea released Tarrow-3 today. The x-Tarrow-3 fork is a hack.",    # glued to a word by a hyphen
    "Ostrea released Tarrow-3 today. Try Tarrow-3.5 next.",              # a longer version
    "Ostrea released Tarrow-3 today. Its file is tarrow-3_q4.gguf.",     # inside a file name
    "Ostrea released Tarrow-3 today. TarrowThree is not it.",            # other capitals, other letters
])
def test_no_other_mention_where_the_name_is_part_of_something_else(text):
    assert _spread(text, [(16, 24, "MODEL", "Tarrow-3")]) == []


def test_spreading_is_linear_in_the_text():
    text = "Ostrea released Tarrow-3 today. " + "Tarrow tarrowx 3 Tarrow-33 Tarrow-3! " * 3000
    got = _spread(text, [(16, 24, "MODEL", "Tarrow-3")])
    # the full name, and the family word alone before a lower-case word ("Tarrow tarrowx")
    assert len(got) == 6000 and {g[0] for g in got} == {"Tarrow-3", "Tarrow"}


def test_a_tier_alone_is_the_one_model_the_text_names_with_it(pipe):
    text = ("Ostrea Labs released Tarrow 3 Pro and Tarrow 3 Lite, two open-weights models. In our tests the new Pro "
            "model was better at code. The Lite model is cheaper, and the Pro plan costs $20.")
    got = [(t, canon) for t, lab, canon in ents(pipe, text) if lab == "MODEL"]
    assert got == [("Tarrow 3 Pro", "Tarrow 3 Pro"), ("Tarrow 3 Lite", "Tarrow 3 Lite"), ("Pro", "Tarrow 3 Pro"),
                   ("Lite", "Tarrow 3 Lite")]


def test_a_tier_alone_with_two_owners_or_none_is_left_alone(pipe):
    two = "Ostrea shipped Tarrow 3 Pro a year after Tarrow 2 Pro, two open models. Testers said the new Pro model was better."
    assert [t for t, _, _ in ents(pipe, two)] == ["Ostrea", "Tarrow 3 Pro", "Tarrow 2 Pro"]
    none = "Ostrea Labs released Tarrow 3 Pro, an open-weights model. The Max model is not out yet."
    assert "Max" not in [t for t, _, _ in ents(pipe, none)]


# ---- round 7: later short forms of the document's names (invented names, sentences written for these tests)

def _models(pipe, text):
    return [(t, canon) for t, lab, canon in ents(pipe, text) if lab == "MODEL"]


def test_a_tier_written_after_a_new_name_goes_with_it(pipe):
    text = ("Quell Labs released Brisa 4, an open-weights model for code review. The smaller Brisa 4 Lite runs on a laptop; "
            "on the hub it is brisa 4 lite. Brisa 4 Pro users pay more.")
    assert _models(pipe, text) == [("Brisa 4", "Brisa 4"), ("Brisa 4 Lite", "Brisa 4 Lite"),
                                   ("brisa 4 lite", "Brisa 4 Lite"), ("Brisa 4", "Brisa 4")]  # "Pro users": a plan


def test_a_family_word_alone_is_the_family_but_not_an_ordinary_word_or_a_persons_name(pipe):
    text = "Quell Labs released Brisa-4, an open-weights model. We moved to Brisa last week; Maya Brisa wrote the post."
    assert _models(pipe, text) == [("Brisa-4", "Brisa-4"), ("Brisa", "Brisa")]
    plain = "Quell Labs released Harbor-4, an open-weights model. Harbor is cheaper, said the harbor master."
    assert _models(pipe, plain) == [("Harbor-4", "Harbor-4")]
    ids = "Tried glimmer-9b-chat, a small open model, for a week. The Glimmer tokenizer is odd."
    assert ("Glimmer", "Glimmer") in _models(pipe, ids)


def test_a_word_that_is_both_a_labs_and_a_models_short_form_is_neither():
    text = "Corvane Labs released Corvane-2, an open-weights model. Corvane says more is coming."
    memory = remembered(text, [(0, 12, "ORG", "Corvane Labs"), (22, 31, "MODEL", "Corvane-2")], [])
    assert "corvane" not in memory and {"corvanelabs", "corvane2"} <= memory.keys()
    alone = "Corvane Labs released a report. Corvane says more is coming."
    assert remembered(alone, [(0, 12, "ORG", "Corvane Labs")], [])["corvane"] == ("ORG", "Corvane Labs", "Corvane")


def test_a_bare_tier_in_running_text_is_the_model_named_most_before_it(pipe):
    text = ("Corlan AI released Sable 3 Flash, a small open model, after Sable 2 Flash last year. Sable 3 Flash is "
            "cheap. A bank runs Flash on its own servers. Be careful with \"Flash\": Flash storage is not a model.")
    got = _models(pipe, text)
    assert ("Flash", "Sable 3 Flash") in got and got.count(("Flash", "Sable 3 Flash")) == 1
    tie = "Corlan AI released Sable 3 Flash, an open model, after Sable 2 Flash. A bank runs Flash on its servers."
    assert "Flash" not in [t for t, _ in _models(pipe, tie)]


def test_a_claude_tier_alone_keeps_the_family_level(pipe):
    text = "Anthropic released Claude Opus 4.5 on Monday. Developers said Opus is now cheaper than before."
    assert ("Opus", "Claude Opus") in _models(pipe, text)


def test_a_benchmark_later_without_its_year_or_eval_word(pipe):
    text = ("We introduce Kilnmark-Eval, a benchmark of 300 pottery-glaze questions. Models scored 40% on Quarrel 2026, "
            "a new benchmark. On Kilnmark, models score 40%. Quarrel is harder, and the quarrel goes on.")
    got = [(t, canon) for t, lab, canon in ents(pipe, text) if lab == "BENCHMARK"]
    assert ("Kilnmark", "Kilnmark-Eval") in got and ("Quarrel", "Quarrel") not in got  # "the quarrel": a word
    assert ("Quarrel", "Quarrel") in [(t, c) for t, lab, c in ents(pipe, text.replace(", and the quarrel goes on", ""))
                                      if lab == "BENCHMARK"]


def test_a_labs_short_form_slug_and_acronym_are_the_lab(pipe):
    text = ("Brackwater Capital led the round in Tessel Systems, which released Loam-7B, an open model. "
            "Brackwater partner Ines Roy said the id is `tessel/loam-7b` on the hub.")
    got = [(t, canon) for t, lab, canon in ents(pipe, text) if lab == "ORG"]
    assert ("Brackwater", "Brackwater Capital") in got and ("tessel", "Tessel Systems") in got
    acr = ("Orrin Vale Research (OVR) released Tarn-7, an open model. OVR said Tarn-7 scored 61% on a maths "
           "benchmark. OV and the CEO said nothing.")
    got = [(t, canon) for t, lab, canon in ents(pipe, acr) if lab == "ORG"]
    assert got.count(("OVR", "Orrin Vale Research")) == 2 and "OV" not in [t for t, _ in got] and "CEO" not in [t for t, _ in got]


def test_a_clipped_code_takes_the_documents_one_brand_unless_another_lab_owns_it(pipe):
    text = "Tessel released Loam-V2, an open model. Loam V2 replaces V1. Orrin Labs open-sources V5."
    got = _models(pipe, text)
    assert ("V1", "Loam-V1") in got and ("Loam V2", "Loam-V2") in got
    assert ("V5", "Loam-V5") not in got
    two = "Tessel released Loam-V2, an open model, and Brisk-V4. Loam-V2 replaces V1."
    assert ("V1", "V1") in _models(pipe, two)  # two brands: whose V1 it is the text does not say


def test_a_lower_case_id_takes_the_capitals_the_text_gives_its_brand(pipe):
    text = "DeepRill released DeepRill-X2, an open model. The API id deeprill-x3 is next."
    assert ("deeprill-x3", "DeepRill-X3") in _models(pipe, text)


def test_a_version_alone_is_the_model_even_where_a_cue_guessed_a_benchmark(pipe):
    text = ("Tessel released Loam-V2, an open model. On V2, long prompts are fine, and Loam-V2's context is 128k.\n\n"
            "LOAM-V2 RESULTS\n\nLoam's next step is bigger.")
    got = ents(pipe, text)
    assert ("V2", "MODEL", "Loam-V2") in got and ("V2", "BENCHMARK", "V2") not in got
    assert ("LOAM-V2", "MODEL", "Loam-V2") in got and ("Loam", "MODEL", "Loam") in got  # capitals; possessive
    two = "Tessel released Loam-V2 and Brisk-V2, two open models. On V2, long prompts are fine."
    assert ("V2", "MODEL", "Loam-V2") not in ents(pipe, two) and ("V2", "MODEL", "Brisk-V2") not in ents(pipe, two)


def test_an_api_id_is_read_piecewise_only_where_it_is_quoted_as_code(pipe):
    text = "Changelog: added `ferrow/kestrel-4-mini-preview` (rate-limited). Support is 24/7, and/or input/output-2."
    got = ents(pipe, text)
    assert ("ferrow", "ORG", "ferrow") in got and ("kestrel-4-mini-preview", "MODEL", "kestrel-4-mini-preview") in got
    assert not [t for t, _, _ in got if t in ("input", "output-2", "and", "or")]


def test_a_tier_alone_takes_its_owners_full_name(pipe):
    text = "Tessel released Loam-V2, an open model. A sibling, V2-Speciale, is tuned for proofs; on a maths test Speciale scored 61%."
    got = _models(pipe, text)
    assert ("V2-Speciale", "Loam-V2-Speciale") in got and ("Speciale", "Loam-V2-Speciale") in got


def test_a_percentage_after_a_remembered_name_is_its_score_not_a_longer_name():
    """"Pellowick-Math 48.5 %" in a results line is the benchmark met again with its score; "Pellowick-Math 2" is still
    another (longer) name than "Pellowick-Math"."""
    from nlp.doc_names import _mention

    entry = ("BENCHMARK", "Pellowick-Math", "Pellowick-Math")
    line = "- Arlo 2: TinselQA-9 61.0 %, Pellowick-Math 48.5 %"
    s = line.index("Pellowick")
    assert _mention(line, s, s + 14, entry) == ("BENCHMARK", "Pellowick-Math", s + 14)
    glued = "Pellowick-Math 48.5% on the full set"
    assert _mention(glued, 0, 14, entry) == ("BENCHMARK", "Pellowick-Math", 14)
    versioned = "Pellowick-Math 2 arrives in May"
    assert _mention(versioned, 0, 14, entry) is None
