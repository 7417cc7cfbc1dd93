"""The rules' evidence against a learned tagger span (nlp.tagger_gate): no model needed, the veto reads the
text and the rules' labelled spans. Every name below is invented; the sentences are written for these tests."""

import pytest

from nlp.tagger_gate import veto_for


def span(text, word, nth=0):
    s = -1
    for _ in range(nth + 1):
        s = text.index(word, s + 1)
    return s, s + len(word)


def labelled(text, *pairs):
    return [(*span(text, w), lab) for w, lab in pairs]


def vetoed(text, rules, word, label):
    s, e = span(text, word)
    return veto_for(rules)(text, s, e, label, 0.99)


def test_the_tail_of_a_longer_capitalised_name_is_vetoed():
    text = "Vireo partners with Hollen Telemark and Quasso to serve its models."
    assert vetoed(text, [], "Telemark", "ORG")
    # first word of its sentence, a stop word, or a word the rules took: not evidence of a longer name
    assert not vetoed("Telemark signed the deal.", [], "Telemark", "ORG")
    assert not vetoed("Hollen Telemark signed the deal.", [], "Telemark", "ORG")
    assert not vetoed("We compared The Telemark with others.", [], "Telemark", "ORG")
    text = "Quasso Brindle-2 beats its rival."
    assert not vetoed(text, labelled(text, ("Quasso", "ORG")), "Brindle-2", "MODEL")


def test_a_head_word_of_another_kind_is_vetoed():
    text = "Vireo will add Marlo 3 to its Reasoning Index soon, and Sorrel Labs agreed."
    assert vetoed(text, [], "Reasoning Index", "MODEL")
    assert not vetoed(text, [], "Reasoning Index", "BENCHMARK")
    assert vetoed(text, [], "Sorrel Labs", "BENCHMARK")


@pytest.mark.parametrize("text, rules, word, label, out", [
    # a list of organisations: an acronym among them is not a benchmark
    ("Backers include Quasso, the Fennick Society, ABQE and Vireo.", [("Fennick Society", "ORG"), ("Vireo", "ORG")],
     "ABQE", "BENCHMARK", True),
    # a list of benchmarks: an unknown item among them may be one
    ("It leads TallyQA, ZentoBench and Harrowset this month.", [("TallyQA", "BENCHMARK"), ("ZentoBench", "BENCHMARK")],
     "Harrowset", "BENCHMARK", False),
    # one neighbour of the same label is enough
    ("It runs Brisa-4, Quillo and Tesk Labs models.", [("Brisa-4", "MODEL"), ("Tesk Labs", "ORG")], "Quillo", "MODEL", False),
    # "and Vireo's Quillo assistant": the item after "and" is Vireo's product, not Vireo
    ("The list includes Hollen's Brask and Vireo's Quillo assistant.", [("Hollen", "ORG"), ("Vireo", "ORG")],
     "Brask", "MODEL", False),
])
def test_list_neighbours_of_another_label(text, rules, word, label, out):
    assert vetoed(text, labelled(text, *rules), word, label) is out


def test_an_abbreviation_after_a_name_takes_that_names_label():
    text = "The Varnese Oversight Office (VOO) will test Kestrel Reasoning Eval (KRE) first."
    rules = labelled(text, ("Varnese Oversight Office", "ORG"), ("Kestrel Reasoning Eval", "BENCHMARK"))
    assert vetoed(text, rules, "VOO", "BENCHMARK")
    assert not vetoed(text, rules, "KRE", "BENCHMARK")


@pytest.mark.parametrize("text, word, label", [
    ("The demo ran on an M7 MacBook Pro at the booth.", "M7 MacBook Pro", "MODEL"),     # a product line inside
    ("See Slide 9 for the Quillo numbers.", "Slide 9", "MODEL"),                          # a label word first
    ("Vireo trains on Brannum4 servers from next year.", "Brannum4", "MODEL"),            # a noun saying hardware
    ("A user called toaster77 posted the Quillo scores.", "toaster77", "BENCHMARK"),      # an id in lower case
    ("Its move to-3D scenes is new for Quillo.", "to-3D", "BENCHMARK"),                   # a sentence word glued
    ("The CS 4/5xx series runs Quillo.", "CS 4/5xx", "MODEL"),                            # a slash
    ("Thanks to Ifeoma Brandt for the Quillo evaluation.", "Ifeoma Brandt", "MODEL"),     # a person: plain words
])
def test_the_rules_word_lists_and_cues_veto(text, word, label):
    assert vetoed(text, [], word, label)


@pytest.mark.parametrize("text, word, label", [
    ("Vireo released Quillo 3 Pro, its reasoning model.", "Quillo 3 Pro", "MODEL"),
    ("Vireo released Meridel Mini today for phones.", "Meridel Mini", "MODEL"),       # a tier word, no digit
    ("The team fine-tuned brisOCR-2 on scanned pages.", "brisOCR-2", "MODEL"),          # an inner capital
    ("Quillo 3 scores 71% on TarnBench Hard.", "TarnBench Hard", "BENCHMARK"),
])
def test_model_shaped_names_pass(text, word, label):
    assert not vetoed(text, [], word, label)


def test_benchmark_heads_keyed_scores_measures_and_repeats():
    text = "The Quarry Ladder ranks chess models; see the Quarry Ladder page."
    assert vetoed(text, [], "Quarry Ladder", "ORG")                    # a benchmark's head word
    text = "[10:02] bot: TALLO-40: 61.2 | ZentoBench: 70.1"
    rules = labelled(text, ("ZentoBench", "BENCHMARK"))
    assert vetoed(text, rules, "TALLO-40", "MODEL")                      # keyed like the line's benchmarks
    assert not vetoed("[10:02] bot: TALLO-40: 61.2 on the tests", [], "TALLO-40", "MODEL")
    assert vetoed("It ran on a card with 24 GB of QRAM only.", [], "QRAM", "BENCHMARK")  # what a quantity measures
    text = "Backers: Quasso, the Fennick Society, ABQE and Vireo. ABQE said yes."
    veto = veto_for(labelled(text, ("Fennick Society", "ORG"), ("Vireo", "ORG")))
    first, later = span(text, "ABQE"), span(text, "ABQE", 1)
    assert veto(text, *first, "BENCHMARK", 0.9) and veto(text, *later, "BENCHMARK", 0.9)  # refused once, refused again


def test_a_lab_named_first_by_a_place_is_vetoed():
    assert vetoed("The summit moved to Abu Dhabi this year for Quillo.", [], "Abu Dhabi", "ORG")
    assert not vetoed("The summit moved to Brannock Labs this year.", [], "Brannock Labs", "ORG")


@pytest.mark.parametrize("text, rules, word, label", [
    ("Tarn-QA results: KESTO-2 81.3; Vireo 5 77.0; BRISA v4 72.5.", [("KESTO-2", "MODEL"), ("Vireo 5", "MODEL")],
     "BRISA v4", "BENCHMARK"),
    ("bot: TALLO-40: 63.8 | ZentoBench: 88.5", [("ZentoBench", "BENCHMARK")], "TALLO-40", "MODEL"),
])
def test_list_items_with_their_scores(text, rules, word, label):
    assert vetoed(text, labelled(text, *rules), word, label)
