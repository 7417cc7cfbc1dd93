"""Round-12 names from a page's structure and syntax (nlp/glossary_names.py, nlp/business_cues.py, nlp/name_tiers.py).

Every passage is written for these tests with invented names (grep-checked: none in a dev, held-out or claims set).
"""
from __future__ import annotations

import pytest

from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


def _ents(pipe, text):
    return {(e.text, e.label_) for e in pipe(text).ents}


GLOSSARY = ("A glossary of the AI benchmarks in this week's press releases\n\n"
            "GPQA Diamond — the hardest 198 questions of GPQA.\n\n"
            "Gallowgate-2027 — jailbreak resistance, refreshed every spring by a safety institute.\n\n"
            "Glimmerfen — prompt injection in agent tasks; lower is better.\n\n"
            "SWE-bench Verified — 500 real GitHub issues checked by humans.\n\n"
            "Ravelstoke Index — a composite of travel-planning tasks, published monthly.\n\n"
            "Models scored well on Gallowgate-2027 this year, and Glimmerfen is hard.")


def test_glossary_block_heads_take_their_known_siblings_label(pipe):
    got = _ents(pipe, GLOSSARY)
    for name in ("Gallowgate-2027", "Glimmerfen", "Ravelstoke Index"):
        assert (name, "BENCHMARK") in got
    # the name keeps its label at its later mentions
    assert sum(1 for e in pipe(GLOSSARY).ents if e.text == "Glimmerfen") == 2


@pytest.mark.parametrize("text, name, label", [
    ("Terms you will meet in AI coverage:\n\nQuarrender: a spreadsheet-editing test for language models built by two universities.",
     "Quarrender", "BENCHMARK"),
    ("Names in this AI issue\n\n**Corvellan** — an open reasoning model from a small lab, released in May.", "Corvellan", "MODEL"),
    ("Who is who in AI\n\n- Hinterby – a Lisbon startup that trains small language models.", "Hinterby", "ORG"),
])
def test_a_definition_that_says_its_kind_labels_the_head(pipe, text, name, label):
    assert (name, label) in _ents(pipe, text)


def test_run_in_numbered_list_items_take_their_siblings_label(pipe):
    text = ("Answers to the AI benchmark quiz\n"
            "1 SWE-bench Verified · 2 Thornquist · 3 GPQA Diamond · 4 Ossuary-QA · 5 MMLU-Pro · 6 Mellifont")
    got = _ents(pipe, text)
    for name in ("Thornquist", "Ossuary-QA", "Mellifont"):
        assert (name, "BENCHMARK") in got


@pytest.mark.parametrize("text, word", [
    # a record's fields, a transcript's speakers, datelines, questions: no glossary
    ("Patent: LANGUAGE MODELS FOR AI\nApplicant: Dapplemoor Labs, Leeds\nInventors: Ann Kestrane; Bo Tamsworth\n"
     "Filed: Jun. 2, 2026\nAssignee: Dapplemoor Labs\nAgent: Orrindel & Co\n", "Applicant"),
    ("Patent: LANGUAGE MODELS FOR AI\nApplicant: Dapplemoor Labs, Leeds\nInventors: Ann Kestrane; Bo Tamsworth\n"
     "Filed: Jun. 2, 2026\nAssignee: Dapplemoor Labs\nAgent: Orrindel & Co\n", "Assignee"),
    ("Pellacombe: The city's artificial-intelligence start-up Wickerhulme Labs has released a model.", "Pellacombe"),
    ("Pellacombe — The Leeds-founded artificial intelligence company Wickerhulme AI released a model.", "Pellacombe"),
    ("Description: Kestrane is a bilingual assistant powered by GPT-5.", "Description"),
    ("Bonus: which model topped the AI leaderboard in May?", "Bonus"),
    ("TAMSWORTH: Hi. I'm a nurse, and I use an AI chatbot.\nHOST: Which one?\nTAMSWORTH: A model from OpenAI.\n", "TAMSWORTH"),
    ("LEADERBOARD UPDATE — the AI arena, 4 May\n\nThe models moved.", "LEADERBOARD UPDATE"),
])
def test_fields_speakers_and_datelines_are_no_glossary_heads(pipe, text, word):
    assert all(e.text != word for e in pipe(text).ents)


@pytest.mark.parametrize("text, name, label", [
    ("Glossary of AI terms. Bazaar Row — an arena where shopping agents compete. Run by Corvellan and two universities.",
     "Corvellan", "ORG"),
    ("2026, March — the AI model Quillfen-2 launches with a 32k context. Hinterby signs a compute deal with Dapplemoor.",
     "Hinterby", "ORG"),
    ("2026, March — the AI model Quillfen-2 launches with a 32k context. Hinterby signs a compute deal with Dapplemoor.",
     "Dapplemoor", "ORG"),
    ("The AI lab Fennick inked a multi-year cloud agreement on Monday.", "Fennick", "ORG"),
    ("Wickerhulme raised 38 million złoty in a round led by a fund, to train language models.", "Wickerhulme", "ORG"),
    ("The open language model benchmark is backed by Ostrowe, the organisers say.", "Ostrowe", "ORG"),
    ("GERRY: They've put this assistant in the cab. It's called — what is it? Ours is Tamsworth. It reads out the notes.",
     "Tamsworth", "MODEL"),
    ("Orrindel 1.5 is a Turkish language model. The Orrindel family is named after a tree.", "Orrindel", "MODEL"),
    ("The Harbury lineup of AI chatbots grew this year, the company said.", "Harbury", "MODEL"),
    ("Pellacombe is a family of large language models developed by a French company.", "Pellacombe", "MODEL"),
])
def test_business_syntax_names_one_word_labs_and_models(pipe, text, name, label):
    assert (name, label) in _ents(pipe, text)


@pytest.mark.parametrize("text, word", [
    ("The Kennedy family attended the AI conference on language models.", "Kennedy"),
    ("Our AI assistant was built by Ana Ruiz in a weekend.", "Ruiz"),
    ("Which one do you like? Mine is Tuesday. Theirs is Blackthorne, a pub.", "Blackthorne"),
    ("Which one do you like? Mine is Tuesday. Theirs is Blackthorne, a pub.", "Tuesday"),
    ("The Marrowdale family signed a lease on the farm, and AI models were not discussed.", "Marrowdale"),
])
def test_business_cues_leave_people_days_and_plain_families_alone(pipe, text, word):
    assert all(word not in e.text for e in pipe(text).ents)
