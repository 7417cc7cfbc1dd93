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


TIERS = ("Explainer: Swift or Deep? Choosing between the two Tarnhelm 4 models\n\n"
         "Q: What's the difference?\nA: Tarnhelm 4 Swift answers at once; Tarnhelm 4 Deep thinks before it answers.\n\n"
         "Q: Is Deep always better?\nA: On hard reasoning, yes: 77.3% on GPQA Diamond against 69.9% for Swift. "
         "On travel tasks, though, Swift is ahead.")


def test_a_family_written_with_two_new_tiers_takes_them_and_its_bare_tiers(pipe):
    ents = [(e.text, e.label_) for e in pipe(TIERS).ents]
    assert ("Tarnhelm 4 Swift", "MODEL") in ents and ("Tarnhelm 4 Deep", "MODEL") in ents
    assert ents.count(("Tarnhelm 4", "MODEL")) == 1  # (the title's family; no name cut before its tier)
    assert ents.count(("Swift", "MODEL")) == 3 and ents.count(("Deep", "MODEL")) == 2


@pytest.mark.parametrize("text, name", [
    ("2026, June — Velvetine 3 arrives in two tiers, the fast Velvetine 3 Hare and the reasoning Velvetine 3 Owl. "
     "Owl posts 77.3% on GPQA Diamond.\n2026, November — the city picks Hare for its permit assistant.", "Hare"),
    ("2026, June — Velvetine 3 arrives in two tiers, the fast Velvetine 3 Hare and the reasoning Velvetine 3 Owl. "
     "Owl posts 77.3% on GPQA Diamond.\n2026, November — the city picks Hare for its permit assistant.", "Velvetine 3 Owl"),
    ("The committee asks for an evaluation of the AI model, including a comparison with Velvetine 3 and the larger "
     "Velvetine 3 Owl.", "Velvetine 3 Owl"),
])
def test_tiers_in_other_wordings(pipe, text, name):
    assert (name, "MODEL") in _ents(pipe, text)


@pytest.mark.parametrize("text, word", [
    ("Deep learning is hard. Our AI model team uses Windows 11 Home and Windows 11 Pro. A Deep Dive into AI.", "Deep"),
    ("Room 4 Deluxe and Room 4 Standard were booked for the AI model workshop.", "Room 4 Deluxe"),
    ("Velvetine 3 Owl and Velvetine 3 Hare are AI models. Deep learning made them; Swift code serves them.", "Deep"),
])
def test_tier_words_used_as_plain_words_stay_out(pipe, text, word):
    assert all(e.text != word for e in pipe(text).ents)


CHAT = ("forum › local models › \"anyone running fenwold 3 moe locally??\"\n\n"
        "**user1** · 3 Dec\ngot fenwold-3-moe running on 2x3090 at q4. only 9b active so its quick.\n\n"
        "**user2** · 3 Dec\nyeah, fenwold is better with tables. brisbo 9b is weirdly good at proofs too, "
        "and someone thinks the mystery one is a fenwold 3.5 preview.\n\n"
        "**user3** · 4 Dec\nnot everything needs 120b params, the AI model hype is silly. the model 7b is fine. room 4b is mine.")


def test_lower_case_chat_forms_with_a_model_shape(pipe):
    got = {e.text for e in pipe(CHAT).ents if e.label_ == "MODEL"}
    for name in ("fenwold 3 moe", "fenwold-3-moe", "brisbo 9b", "fenwold 3.5 preview"):
        assert name in got
    for word in ("needs 120b", "model 7b", "only 9b"):
        assert word not in got


@pytest.mark.parametrize("text, name, found", [
    ("Every AI model scored below 40 on Threnody-Hard, the long-horizon planning test.", "Threnody-Hard", True),
    ("The AI models were trained for Quenby-Hard, a new split of the old maths benchmark.", "Quenby-Hard", True),
    ("The AI model fan watched Die-Hard again on Friday.", "Die-Hard", False),
    ("The AI models were tested on Quenby-\nThrenody-Hard last week.", "Threnody-Hard", False),  # (a word broken by a line)
])
def test_a_plain_word_with_a_hard_split_is_a_benchmark(pipe, text, name, found):
    assert ((name, "BENCHMARK") in _ents(pipe, text)) is found


EMAIL = ("We're writing because you have an account with Hinterby. We are changing the terms that govern Tarnhelm 2, "
         "Tarnhelm 2 Flash and the Tarnhelm apps.\n\n1. Training on your content. We will use chats to improve our models.\n\n"
         "2. Reasoning mode. Tarnhelm 2 Reason is moving from the Plus plan to the Pro plan. Plus keeps Flash.")


def test_a_family_with_a_listed_tier_and_a_new_one_in_an_ai_passage(pipe):
    got = [(e.text, e.label_) for e in pipe(EMAIL).ents]
    for name in ("Tarnhelm 2", "Tarnhelm 2 Flash", "Tarnhelm 2 Reason", "Flash"):
        assert (name, "MODEL") in got
    assert all(t != "Pro" for t, _ in got)  # "the Pro plan"


@pytest.mark.parametrize("text, name, found", [
    ("[10:03] Agent (Marco): Hi Rahel, thanks for reaching out to Dapplemoor support! Can you confirm the AI model id?",
     "Dapplemoor", True),
    ("If you do not agree with the new AI model terms, you can close your account.\n\n— The Hinterby team", "Hinterby", True),
    ("Refusal appealed: mark \"TARN\"\n\nApplicant: Ostrowe, Singapore. Class 9: downloadable chatbot software; "
     "Class 42: AI model services.", "Ostrowe", True),
    ("Please contact Customer support about the AI model.", "Customer", False),
    ("The AI model was shown at the stadium. The Arsenal team won.", "Arsenal", False),
])
def test_a_companys_own_voice_and_records(pipe, text, name, found):
    assert ((name, "ORG") in _ents(pipe, text)) is found


def test_a_bare_tier_of_two_versions_is_no_ones(pipe):
    text = ("The AI lab's scores: Velvetine 3 Owl 71%, Velvetine 3 Hare 64%, Velvetine 2 Owl 55%. "
            "The Owl is slower, and Hare is cheaper.")
    got = [(e.text, e.label_) for e in pipe(text).ents]
    assert ("Velvetine 3 Hare", "MODEL") in got and ("Hare", "MODEL") in got
    assert ("Owl", "MODEL") not in got


def test_chat_forms_take_display_names():
    from nlp.chat_forms import display
    assert display("brisbo 9b") == "Brisbo-9B"
    assert display("fenwold-3-moe") == "Fenwold 3 MoE"
    assert display("fenwold 3.5 preview") == "Fenwold 3.5 Preview"


def test_a_glued_chat_form_and_a_known_familys_tier_left_alone(pipe):
    got = {(e.text, e.label_) for e in pipe("@user: ok so i finally ran fenwold3 flash on our repo with the AI agent.").ents}
    assert ("fenwold3 flash", "MODEL") in got
    text = ("Model: Gemini 2.5 Flash — DocVQA: 92.8\nModel: Quillfen Flash — DocVQA: 87.6\n\n"
            "Gemini 2.5 Flash was the fastest AI model; Quillfen Flash trails.")
    assert all(e.text != "Flash" for e in pipe(text).ents)  # (not Gemini's tier alone: the end of another name)
