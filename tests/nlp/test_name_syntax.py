"""One-word labs and models from syntax (nlp/name_syntax.py), a tier alone for a remembered model
(nlp/name_variants.py), and names used as plain words (nlp/word_uses.py).

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

import pytest

from nlp.name_memory import Name, NameMemory, stream_docs
from nlp.name_syntax import find_syntax_names
from nlp.name_variants import remembered_models
from nlp.word_uses import plain_uses
from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


@pytest.mark.parametrize("text, name", [
    ("Quennell closed a $210M Series B for its language models, led by two sovereign funds.", "Quennell"),
    ("The AI start-up scene is busy: Marrowick raised a $12 million seed round to train small models.", "Marrowick"),
    ("A spokesperson for Tallowmere said the model's benchmark numbers would be re-checked.", "Tallowmere"),
    ("Asked about the leaked model weights, Brindlecot declined to comment.", "Brindlecot"),
    ("An independent rerun by Ostlehaven found the model's coding score held up within a point.", "Ostlehaven"),
    ("The AI evaluation shop Fernwold re-ran the vendor benchmarks and published the gaps.", "Fernwold"),
    ("The leaderboard tweet was a surprise for Hollinbury's first reasoning model, which ranks fifth.", "Hollinbury"),
    ("Grisedale corrected its model card on Friday: the benchmark figure is 78.9%, not 79.8%.", "Grisedale"),
])
def test_one_word_lab_from_syntax(pipe, text, name):  # noqa: F811
    assert (name, "ORG") in spans(pipe, text)


@pytest.mark.parametrize("text, name", [
    ("Our pick this week is Wrenlow, Carrowmore's flagship, a model that now runs on laptops.", "Wrenlow"),
    ("We switched our support bot to Pellucid last month and the model answers faster.", "Pellucid"),
    ("The AI lab says Tamsinor weights are on Hugging Face under an open licence.", "Tamsinor"),
    ("The next Quarrender release, the AI lab says, will add Icelandic and Faroese.", "Quarrender"),
    ("Brackenlea is not the cleverest model you can run at home, but it is the most open.", "Brackenlea"),
    ("Ostlehaven's new model Pellucid tops the AI leaderboard this week.", "Pellucid"),
    ("The lab said its latest open model, Pellucid, is free for research.", "Pellucid"),
])
def test_one_word_model_from_syntax(pipe, text, name):  # noqa: F811
    assert (name, "MODEL") in spans(pipe, text)


def test_flagship_names_the_lab_too(pipe):  # noqa: F811
    found = spans(pipe, "Our pick this week is Wrenlow, Carrowmore's flagship, a model that now runs on laptops.")
    assert ("Wrenlow", "MODEL") in found and ("Carrowmore", "ORG") in found


def test_a_cued_name_keeps_its_label_at_later_mentions(pipe):  # noqa: F811
    text = ("Quennell closed a $210M Series B to build AI models. Investors like the team. "
            "Quennell rents its GPUs, and Quennell's data deals are the moat.")
    assert spans(pipe, text).count(("Quennell", "ORG")) == 3


@pytest.mark.parametrize("text", [
    "Asked about the AI model, Harriet Brindlecot declined to comment, and Brindlecot left the room.",  # a surname
    "Meanwhile the AI model launched on Monday declined to comment is no phrase anyone uses.",
    "A spokesperson for Paris said the AI summit would go ahead.",  # a place
    "We switched our support bot to Monday releases of the AI model.",  # a calendar word
    "For the AI team's new inference server we switched the backend to Rust and the queue to Kafka.",  # tools
    "We migrated the AI billing dashboards to Quarrel last spring.",  # no model, bot or agent switched
])
def test_syntax_cues_leave_people_places_and_words_alone(pipe, text):  # noqa: F811
    words = ("Brindlecot", "Paris", "Monday", "Meanwhile", "Rust", "Kafka", "Quarrel")
    found = [(n, lab) for n, lab in spans(pipe, text) if n in words]
    assert found == []


def test_find_syntax_names_direct():
    text = "Tallowmere raised a $5 million seed round for AI agents. A rival, Osgarth, declined to comment on AI."
    got = {(text[s:e], lab) for s, e, lab, _ in find_syntax_names(text, [], lambda pos: True)}
    assert got == {("Tallowmere", "ORG"), ("Osgarth", "ORG")}
    assert find_syntax_names(text, [], lambda pos: False) == []  # no AI sentence, no name


@pytest.mark.parametrize("text, word", [
    ("Halverd-3 is a new open AI model. Readers will mostly find the Halverd field, a gas field in the North Sea.", "Halverd"),
    ("Lunaro-2 is the lab's new AI model. \"Lunaro\" is the Tagalog word for a shining moon.", "Lunaro"),
    ("Tessmir-4 tops the AI leaderboard. The Tessmir is one of the great rivers of the region.", "Tessmir"),
    ("Ordovan-2 is an open AI model. Not a model: the Ordovan that won the regatta is a 40-foot yacht.", "Ordovan"),
    ("Vendors pitch AI models with names like \"Quillet\", \"Brannock\" and \"Ordovan\". Brannock-2 is one.", "Quillet"),
    ("Kestrova-2 scores 61.0 on the AI benchmark Ruxbench, and it was trained on a lot of Swahili text.", "Swahili"),
    ("Marrowfen-2 leads the AI leaderboard on Filipino-language tasks.", "Filipino-language"),
])
def test_names_used_as_plain_words_are_no_mentions(pipe, text, word):  # noqa: F811
    assert all(n != word for n, _ in spans(pipe, text)), spans(pipe, text)


def test_plain_uses_direct():
    text = "Mount Velhari erupted. The AI model Velhari-2 is fine. Kiswahili is a language."
    mount, lang, model = text.index("Velhari"), text.index("Kiswahili"), text.index("model")
    rows = [(mount, mount + 7, "MODEL", False, "doc"), (lang, lang + 9, "BENCHMARK", False, "doc"),
            (model, model + 5, "MODEL", True, "gaz")]
    assert plain_uses(text, rows, True) == {(mount, mount + 7), (lang, lang + 9)}  # a known name is never touched


def test_remembered_model_for_a_tier_alone(pipe):  # noqa: F811
    intro = "Today Brisling Labs released Tollan 3 Pro and Tollan 3 Flash, two new AI models. Tollan 3 Pro scores 71.2%."
    later = "HOST: The big AI model story is Tollan.\nGUEST: I mostly ran Flash. And Pro is pricier."
    docs = list(stream_docs(pipe, [intro, later]))
    got = {(e.text, e._.canonical) for e in docs[1].ents if e.label_ == "MODEL"}
    assert ("Pro", "Tollan 3 Pro") in got and ("Flash", "Tollan 3 Flash") in got


def test_remembered_models_only_when_one_fits():
    memory = NameMemory()
    for canon in ("Tollan 3 Pro", "Tollan 2 Pro", "Tollan 3 Flash", "Gavot 2 Mini"):
        memory.add(Name("MODEL", canon, canon))
    got = remembered_models([(10, "Tollan")], memory)
    assert got == [(-1, "Tollan 3 Flash")]  # two Pros: ambiguous; Gavot: not named in the document
    assert remembered_models([(10, "Tollan 3 Flash")], memory) == []  # the document's own Flash wins
    assert remembered_models([(10, "Tollan")], None) == []


def test_lower_case_variants_before_a_word_in_capitals(pipe):  # noqa: F811
    intro = "Today Brisling Labs released Gavot 3 Flash, a new AI model. Merrow-3 8B is also out. Gavot 3 Flash scores 60%."
    later = '"PSA: the merrow 3 8b GGUF is broken" — user y\n"running gavot3-flash Q4 on a 3060, fine"'
    docs = list(stream_docs(pipe, [intro, later]))
    got = {(e.text, e._.canonical) for e in docs[1].ents}
    assert ("merrow 3 8b", "Merrow-3 8B") in got and ("gavot3-flash", "Gavot 3 Flash") in got


def test_any_tier_alone_before_a_score_verb(pipe):  # noqa: F811
    text = ("Usage of Tollan 2 Max tripled this quarter, the AI lab says. On the office-task benchmark, Max sits at 54%, "
            "behind GPT-5.1. The Max plan costs more.")
    got = [(e.text, e._.canonical) for e in pipe(text).ents if e.label_ == "MODEL"]
    assert ("Max", "Tollan 2 Max") in got and got.count(("Max", "Tollan 2 Max")) == 1  # not "the Max plan"
