"""Round-11 name cues (nlp/name_cues.py through nlp/name_syntax.py), a board's bare word (nlp/doc_names.py)
and names misspelt by one letter (nlp/name_typos.py).

Every passage is written for these tests with invented names (none from a dev, held-out or claims set).
"""
from __future__ import annotations

import pytest

from nlp.name_typos import _one_edit, find as find_typos
from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


@pytest.mark.parametrize("text, name, label", [
    # appositives
    ("The lab released Brannock-2-70B last month. A smaller sibling, Quellow, designed to run on laptops, "
     "has been downloaded a million times.", "Quellow", "MODEL"),
    ("Their compact cousin, Draycott, runs on a phone, the AI lab says.", "Draycott", "MODEL"),
    ("Investors in the AI model space backed Vézelan, the Lyon lab, with €40M.", "Vézelan", "ORG"),
    ("Fenwright, a Minneapolis startup, trains open language models for banks.", "Fenwright", "ORG"),
    ("Lorrimer, the banking federation, said twelve banks are testing AI chatbots.", "Lorrimer", "ORG"),
    # business verbs with the name as subject
    ("AI model pricing: Sallowmere dropped input pricing by a third for its chatbot.", "Sallowmere", "ORG"),
    ("Garrowby raises €40M to train open language models.", "Garrowby", "ORG"),
    ("**Kestwick** hired the former head of AI at a ministry.", "Kestwick", "ORG"),
    ("Pennock used to ship its models under a restrictive licence; the new AI model is MIT.", "Pennock", "ORG"),
    ("Ambervane laid off 60 people while its AI model team keeps growing.", "Ambervane", "ORG"),
    # a score's place
    ("Every model lost between four and seven points on Pellquist, as we expected for a refreshed benchmark.",
     "Pellquist", "BENCHMARK"),
    ("The AI model's best score on Wrensford is 41.2, well below the others.", "Wrensford", "BENCHMARK"),
    # a suit against, a model card's developer, a price cut on a named model, "its X language models"
    ("Court date set in the AI copyright suit against Brannock, the judge said.", "Brannock", "ORG"),
    ("Qingvale cuts Lingvale-2.5 prices by 60% as the AI model price war resumes.", "Qingvale", "ORG"),
    ("Model card: Tsuyama-4, an AI language model\n\n**Developer:** Kagemori, Tokyo\n"
     "**Release date:** 2 December 2026\n\nThe model weights are open.",
     "Kagemori", "ORG"),
    ("A trademark claim against AI developer Greyvale over the name of its Harrowick language models went to trial.",
     "Harrowick", "MODEL"),
])
def test_new_cues_name_one_word(pipe, text, name, label):  # noqa: F811
    assert (name, label) in spans(pipe, text)


@pytest.mark.parametrize("text, word", [
    ("Dana Orrisby hired a lawyer after the AI model leak; Orrisby said nothing.", "Orrisby"),  # a surname
    ("In a statement, the company said its AI model is fine. Critics, the firm said, are wrong.", "Critics"),
    ("Tuesday, the company said its AI model would launch.", "Tuesday"),  # a calendar word before ", the company"
    ("The AI model scored 80% on Monday in the new test.", "Monday"),  # "score on" + a calendar word
    ("Paris, the French capital, hosts the AI summit.", "Paris"),  # an appositive that is no organisation
    ("Maddock, the company's founder, said the AI model ships in June.", "Maddock"),  # a person's role
    ("Meanwhile, the startup said its AI model would be open.", "Meanwhile"),  # a discourse word
    ("The AI lab's best score on English is 41.2, well below French.", "English"),  # a language
])
def test_new_cues_hard_negatives(pipe, text, word):  # noqa: F811
    assert not [s for s in spans(pipe, text) if s[0] == word and s[1] in ("ORG", "MODEL", "BENCHMARK")]


def test_a_cued_one_word_name_counts_at_its_other_mentions(pipe):  # noqa: F811
    text = ("Sallowmere dropped input pricing by a third for its AI models. Developers like it. "
            "Sallowmere says more cuts are coming, and Sallowmere's API is busy.")
    assert spans(pipe, text).count(("Sallowmere", "ORG")) == 3


def test_a_board_named_in_full_is_its_bare_word_too(pipe):  # noqa: F811
    text = ("GPT-5 scored 61.2 on the Silvergate Index, a composite benchmark. "
            "The Silvergate score is the mean of three tests.")
    found = spans(pipe, text)
    assert ("Silvergate Index", "BENCHMARK") in found and ("Silvergate", "BENCHMARK") in found


def test_a_board_word_in_lower_case_text_stays_a_word(pipe):  # noqa: F811
    text = ("GPT-5 scored 61.2 on the Silvergate Index, a composite benchmark. "
            "Our silvergate mirror hosts the data; Silvergate is down today.")
    assert ("silvergate", "BENCHMARK") not in spans(pipe, text)


def test_one_edit():
    assert _one_edit("tamarak", "tamarack") and _one_edit("harow", "harrow") and _one_edit("kestral", "kestrel")
    assert _one_edit("qilni", "qilin")  # two letters swapped
    assert not _one_edit("covid", "korvid") and not _one_edit("harrow", "harrow") and not _one_edit("barrow", "harrow")


def test_misspelt_names_beside_the_right_spelling(pipe):  # noqa: F811
    text = "We tried Tamberlin-2-70B for RAG. Honestly Tamberln's licence is fine, and the model is fast."
    assert ("Tamberln", "MODEL") in spans(pipe, text)
    text = "We evaluated Ambervane 5 on coding. Ambrvane 5 is good at boring enterprise stuff, says the AI team."
    assert ("Ambrvane 5", "MODEL") in spans(pipe, text)


def test_misspelt_name_takes_the_right_canonical():
    text = "Fenwright-3 is out. Fenwrigt's licence is fine."
    found, _ = find_typos(text, [(0, 11, "MODEL", "Fenwright-3", False)])
    assert found == [(20, 28, 0, "Fenwright")]


@pytest.mark.parametrize("text, word", [
    ("We evaluated Lorrimer 5 on coding. Lorimer said the AI team was happy.", "Lorimer"),  # a person speaks
    ("We evaluated Pennick 5 on coding. Penick is fine, the AI team says.", "Penick"),  # alone: 7+ letters on both sides
    ('We evaluated Fenwright-3 on coding. "Fenwrigt" lol, typo. The AI model is fine.', "Fenwrigt"),  # a misspelling cited
    ("We evaluated Fenwright-3 on coding. Fenwrigt Holmes, the AI team's lead, agreed.", "Fenwrigt"),  # a person's name
])
def test_misspelling_hard_negatives(pipe, text, word):  # noqa: F811
    assert not [s for s in spans(pipe, text) if s[0] == word]


def test_a_new_name_spelt_two_ways_takes_the_frequent_spelling():
    text = "Pennock-4 is out. Pennock-4 is good. Penock-4 too."
    names = [(0, 9, "MODEL", "Pennock-4", False), (18, 27, "MODEL", "Pennock-4", False), (37, 45, "MODEL", "Penock-4", False)]
    _, better = find_typos(text, names)
    assert better == {2: "Pennock-4"}


def test_a_board_word_found_by_a_cue_takes_the_boards_full_name(pipe):  # noqa: F811
    text = ("GPT-5 scored 61.2 on the Silvergate Index, a composite AI benchmark. "
            "Every model lost about five points on Silvergate, as we expected.")
    canon = {(e.text, e._.canonical) for e in pipe(text).ents if e.label_ == "BENCHMARK"}
    assert ("Silvergate", "Silvergate Index") in canon and ("Silvergate", "Silvergate") not in canon


def test_an_appositive_naming_another_thing_is_no_model(pipe):  # noqa: F811
    text = ("A claim against AI developer Greyvale over the name of its Harrowick language models went to trial. "
            "Harrowick, the school, was not involved.")
    ents = [(e.start_char, e.text, e.label_) for e in pipe(text).ents if e.text == "Harrowick"]
    assert ents == [(text.index("Harrowick"), "Harrowick", "MODEL")]
