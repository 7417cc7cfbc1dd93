"""Unknown names by the third round of rules (nlp/unknown.py, nlp/entities.py): scores inside lists,
benchmark metric cues, clipped digits after a name, lab forms; and the words they must leave alone.

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

import pytest

import nlp as mwnlp


@pytest.fixture(scope="module")
def pipe():
    return mwnlp.load()


def ents(pipe, text):
    return [(e.text, e.label_) for e in pipe(text).ents]


@pytest.mark.parametrize("text, name, label", [
    ("* GPQA Diamond: Gemini 3 Pro 91%, Pelwick 4 87%, GPT-5.1 88%", "Pelwick 4", "MODEL"),
    ("The lab said Vantor 2 beat GPT-4o on MMLU (86.8%), GPQA (50.4%) and FlintQA-9 (95.0%).", "FlintQA-9", "BENCHMARK"),
    ("The model scores 38.3% on Scale's GrindstoneTask, a set of long agent runs.", "GrindstoneTask", "BENCHMARK"),
    ("o3 sets a new high on Zorvex, SWE-bench and MMMU, the company said of its AI model.", "Zorvex", "BENCHMARK"),
    ("A paper shows that TallyMath accuracy of small language models drops with noise.", "TallyMath", "BENCHMARK"),
    ("Its ProofKit-500 score (94.2) could be reproduced, unlike its agentic results.", "ProofKit-500", "BENCHMARK"),
    ("Qwen2.5-72B-Instruct scored 86.1 on GlimQA-redux and 83.1 on MATH.", "GlimQA-redux", "BENCHMARK"),
    ("* HMMT November 2025: GPT-5.1-high 93%, Gemini 3 Pro 91%, Borealis 4.1 Fast 85%", "Borealis 4.1 Fast", "MODEL"),
    ("Larkin-V2 set off a price war among AI labs. The 236B model is cheap.", "Larkin-V2", "MODEL"),
    ("The Danish AI Initiative released an open model for public services.", "Danish AI Initiative", "ORG"),
    ("Users can reach the new models through Gemma Chat or the API.", "Gemma Chat", "MODEL"),  # a known family's new assistant
    ("Brackwater Dynamics launched Pelwick 5, its new AI model.", "Brackwater Dynamics", "ORG"),
])
def test_found(pipe, text, name, label):
    found = ents(pipe, text)
    assert (name, label) in found, found


@pytest.mark.parametrize("text, word", [
    ("Monthly AI: labs raised more for models in May than in all of 2023.", "Monthly AI"),
    ("Dutch AI startups raised money for new language models this quarter.", "Dutch AI"),
    ("Courses on Distributed Systems and Embedded Systems now cover AI models.", "Systems"),
    ("The TalkGPT and OrcaMix datasets were mixed 3:1 before fine-tuning the model.", "TalkGPT"),
    ("The chatbot was fine-tuned on FableGPT conversations collected from users.", "FableGPT"),
    ("Brisk-Dev is a dense model RL-tuned on top of Qwen2.5-72B.", "RL-tuned"),
    ("Q: Which benchmarks should a small lab run before a model release?", "Which"),
    ("**New benchmark:** KiteBench asks models to fill in proofs.", "New"),
])
def test_left_alone(pipe, text, word):
    found = ents(pipe, text)
    assert all(word not in t for t, _ in found), found


@pytest.mark.parametrize("text, family", [
    ("Vesta Labs says its Juno Coder, a diffusion language model, is fast. "
     "Not to be confused with the planet Juno, which the model can describe.", "Juno"),
    ("Tarrow-8 is out with a 1M context and beats GPT-5 mini on AIME. The post came from Tarrow's cofounder.", "Tarrow"),
])
def test_a_family_word_is_not_spread_to_other_senses(pipe, text, family):
    doc = pipe(text)
    assert any(e.text.startswith(family) and e.label_ == "MODEL" for e in doc.ents)  # the model itself is found
    assert (family, "MODEL") not in [(e.text, e.label_) for e in doc.ents]


def test_dated_letter_versions_and_their_list(pipe):
    text = ("Rumour mill: Corvina-R2 has been imminent since April. Corvina has instead shipped incremental "
            "upgrades, R1-0528, V3.1 and V3.2, and folded reasoning into the main model line.")
    found = ents(pipe, text)
    assert {("R1-0528", "MODEL"), ("V3.1", "MODEL"), ("V3.2", "MODEL")} <= set(found), found


def test_a_sentence_opener_is_not_part_of_a_lab(pipe):
    found = ents(pipe, "Meanwhile Tessaly Labs released an open model for agents.")
    assert ("Tessaly Labs", "ORG") in found and not any(t.startswith("Meanwhile") for t, _ in found), found


def test_a_plan_name_is_not_the_assistant_s(pipe):
    found = ents(pipe, "ChatGPT Plus and Pro subscribers get the new model first.")
    assert ("ChatGPT", "MODEL") in found and ("ChatGPT Plus", "MODEL") not in found, found
