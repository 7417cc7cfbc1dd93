"""Round-20 cues for labs no list knows (nlp/unknown_orgs.py): a benchmark's maker after "from", and a folder
before a file named after a model, which owns nothing. Every passage is written for these tests with invented
names."""
from __future__ import annotations

from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


def test_benchmark_from_a_lab_names_its_maker(pipe):
    got = spans(pipe, "We tested the Corriden-2 language model on Rasphold-Hard from Ashcombe this week. It scored 41%.")
    assert ("Ashcombe", "ORG") in got and ("Rasphold-Hard", "BENCHMARK") in got, got
    got = spans(pipe, "The Corriden-2 model scored 61% on MMLU from January to March.")
    assert not any(lab == "ORG" for _, lab in got), got


def test_folder_before_a_model_file_is_no_owner(pipe):
    make = ("all: results/corriden-2-instruct.json\n\nresults/corriden-2-instruct.json:\n"
            "\tpython -m evalkit.run --model corriden-2-instruct --suite fennelqa\n\nclean:\n\trm -rf results/\n")
    got = spans(pipe, make)
    assert not any(word == "results" for word, _ in got), got
    assert ("corriden-2-instruct", "MODEL") in got, got


def test_people_and_things_only_an_organisation_has(pipe):
    got = spans(pipe, "The AI lab was founded by former engineers of Tollenby. Reruns of the language model use the "
                      "public harness from Quillmere, and a guest from Tollery said the model lags.")
    for lab in ("Tollenby", "Quillmere", "Tollery"):
        assert (lab, "ORG") in got, got
    got = spans(pipe, "The AI model card thanks Sarah for a reply from Tomas and for a loan from the library.")
    assert not any(lab == "ORG" for _, lab in got), got


def test_one_of_the_largest_lenders_is_an_apposition(pipe):
    got = spans(pipe, "YEREVAN — Marzabank, one of Armenia's largest lenders, has picked an AI model. Marzabank said the "
                      "chatbot will answer customers in three languages.")
    assert got.count(("Marzabank", "ORG")) == 2, got
    got = spans(pipe, "Sona, one of the founders, said the AI model is fine.")
    assert not any(lab == "ORG" for _, lab in got), got
