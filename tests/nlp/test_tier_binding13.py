"""A family's tiers, versions and snapshots as one name class (nlp/tier_binding.py, after nlp/name_tiers.py).

Every family and tier word here is invented for these tests (grep-checked: in no dev, held-out or claims set):
Marlinth, Quorrin, Carrack, Ostavo, Snorrel (families and labs), Pellow, Vantel, Drisket, Tolberd (tiers).
"""
from __future__ import annotations

import pytest

from tests.nlp.test_entities import pipe  # noqa: F401  (the loaded-pipeline fixture)


def _ents(pipe, text):
    return [(e.text, e.label_, e._.canonical) for e in pipe(text).ents]


def _models(pipe, text):
    return {(t, c) for t, lab, c in _ents(pipe, text) if lab == "MODEL"}


# 1. a tier written once right after a found family and version, spaced or glued, with no closing place
@pytest.mark.parametrize("text, name, canon", [
    ("Ostavo Labs released Marlinth 4, its new language model. The team moved its AI pipeline to Marlinth 4 Pellow "
     "with two weeks' notice.", "Marlinth 4 Pellow", "Marlinth 4 Pellow"),
    ("Ostavo Labs released Quorrin-2, an open-weight language model. Our AI runs had Quorrin-2 Vantel level with "
     "GPT-5 on MMLU-Pro.", "Quorrin-2 Vantel", "Quorrin-2 Vantel"),
    ("Snorrel released Carrack 3, a reasoning model. In our AI tests Carrack 3 Drisket beat Claude Sonnet 4.5 on "
     "GPQA Diamond by four points.", "Carrack 3 Drisket", "Carrack 3 Drisket"),
])
def test_a_tier_after_a_found_family(pipe, text, name, canon):
    assert (name, canon) in _models(pipe, text)
    at = text.index(name)
    assert (at, at + len(name)) in {(e.start_char, e.end_char) for e in pipe(text).ents}  # not cut to the family


def test_a_glued_version_after_a_family_found_alone(pipe):
    text = ("Ostavo builds the Carrack family of open-weight language models. Carrack-3 is its newest model. "
            "You will own the AI release evaluation for Carrack-3 Drisket and the next generation.")
    assert ("Carrack-3 Drisket", "Carrack-3 Drisket") in _models(pipe, text)


@pytest.mark.parametrize("text, bad", [
    # products and everyday numbered things: no family found before the word
    ("The AI team runs GPT-5 on laptops with Windows 11 Home and tests on an iPhone 17 Pro.", "Windows 11 Home"),
    ("The AI assistant drafts notes for the Phase 3 Trial at the hospital.", "Phase 3 Trial"),
    ("The AI startup held its launch at the Route 66 Diner near the depot.", "Route 66 Diner"),
    ("Regulators asked whether the AI driver reaches Level 4 Autonomy this year.", "Level 4 Autonomy"),
    ("The AI model's Version 2 Update ships next week for every user.", "Version 2 Update"),
    # a found family followed by a verb of a title-case headline, a product plan, a calendar word
    ("Ostavo Labs released Marlinth 4, a language model. Marlinth 4 Tops the AI board on MMLU-Pro.", "Marlinth 4 Tops"),
    ("Ostavo Labs released Marlinth 4, a language model. Marlinth 4 Pro plan users get the AI model first.",
     "Marlinth 4 Pro"),
    ("Ostavo Labs released Marlinth 4, a language model. We tested Marlinth 4 Monday on the AI benchmark.",
     "Marlinth 4 Monday"),
])
def test_no_tier_on_products_and_plain_words(pipe, text, bad):
    assert all(t != bad for t, _ in _models(pipe, text))


def test_no_tier_in_a_title_case_headline(pipe):
    text = ("Ostavo Releases Marlinth 4 Tolberd Edition For Enterprise Customers\n\n"
            "Ostavo Labs released Marlinth 4, a language model for AI agents.")
    assert all(not t.startswith("Marlinth 4 Tolberd") for t, _ in _models(pipe, text))


# 3. bare tiers: before and after the full name, a heading in capitals, a chat in lower case
def test_a_bare_tier_before_and_after_the_full_name(pipe):
    text = ("Who can use Vantel?\nVantel is open to every developer through the AI API. The small model is "
            "Quorrin 2 Vantel, and the large one is Quorrin 2 Pellow. Since launch, Vantel has answered most questions.")
    got = [(t, c) for t, c in _models(pipe, text) if t == "Vantel"]
    assert got == [("Vantel", "Quorrin 2 Vantel")]
    spans = [(e.start_char, e._.canonical) for e in pipe(text).ents if e.text == "Vantel"]
    assert len(spans) == 3 and {c for _, c in spans} == {"Quorrin 2 Vantel"}


def test_a_bare_tier_after_a_sentence_ending_in_a_name(pipe):
    # (the word before the full stop is no name the tier ends: "Apache-2.0. Drisket is …")
    text = ("Snorrel released Carrack 3 and a reasoning variant, Carrack 3 Drisket. The base Carrack 3 is under "
            "Apache-2.0. Drisket is API-only for now, said the AI lab.")
    spans = [(e.text, e._.canonical) for e in pipe(text).ents if e.text == "Drisket"]
    assert spans == [("Drisket", "Carrack 3 Drisket")]


def test_a_bare_tier_in_an_all_caps_headline(pipe):
    text = ("OSTAVO'S PELLOW TOPS LEGAL BOARD\n\nThe maintainers of the AI benchmark published results on Thursday. "
            "Marlinth 4 Pellow from Ostavo Labs placed first, followed by Claude Opus 4.5. Marlinth 4 Vantel was fourth.")
    assert ("PELLOW", "Marlinth 4 Pellow") in _models(pipe, text)


def test_a_bare_tier_in_lower_case_where_the_chat_writes_the_model_so(pipe):
    text = ("**ana** 09:12\ncan someone add marlinth-4-pellow and gpt-5 to the AI eval runner? we have keys now\n\n"
            "**tom** 09:15\non it. pellow is slow tho, the runner times out")
    assert ("pellow", "Marlinth 4 Pellow") in _models(pipe, text)


def test_no_bare_tier_when_two_families_carry_it(pipe):
    text = ("The AI board lists Marlinth 4 Pellow and Quorrin 2 Pellow, two language models. Pellow was fast on both.")
    assert all(t != "Pellow" for t, _ in _models(pipe, text))


def test_no_lower_case_tier_where_the_model_is_written_with_capitals(pipe):
    text = ("The AI lab released Marlinth 4 Pellow and Marlinth 4 Vantel, two language models. The weights are "
            "small, and the lab says people can pellow through them quickly.")
    assert all(t != "pellow" for t, _ in _models(pipe, text))


# 4. snapshots and spellings: the canonical the passage gives the undated family and tier
def test_a_dated_snapshot_is_the_tier_model_the_passage_names(pipe):
    text = ("Ostavo Labs released Marlinth 4 Pellow and Marlinth 4 Vantel, two AI language models. Vantel is open to "
            "every developer through the API under the id marlinth-4-vantel-2611.")
    assert ("marlinth-4-vantel-2611", "Marlinth 4 Vantel") in _models(pipe, text)


def test_a_slug_takes_the_passage_s_hyphen(pipe):
    text = ("Snorrel released Quorrin-2 Vantel and Quorrin-2 Pellow, two AI language models. Call it with the "
            "model id quorrin-2-vantel from any client.")
    assert ("quorrin-2-vantel", "Quorrin-2 Vantel") in _models(pipe, text)


def test_the_family_and_tier_without_the_version(pipe):
    text = ("Today: Marlinth 4 Pellow versus Marlinth 4 Vantel, two AI language models. The wedding speech? "
            "Marlinth Pellow mentioned the bride's ex.")
    assert ("Marlinth Pellow", "Marlinth 4 Pellow") in _models(pipe, text)


# 1b. in an AI passage: coordinated family-and-tier shapes, and single closed mentions beside a found one
def test_two_coordinated_family_and_tier_shapes(pipe):
    text = ("Episode 41 of the AI eval podcast\n03:12 What rotating 40 problems did to the scores of Carrack 3 Drisket "
            "and Quorrin 2 Tolberd\n11:40 Why SWE-bench Verified is nearly used up")
    got = _models(pipe, text)
    assert ("Carrack 3 Drisket", "Carrack 3 Drisket") in got and ("Quorrin 2 Tolberd", "Quorrin 2 Tolberd") in got


def test_a_single_closed_mention_in_a_passage_that_names_tiers(pipe):
    text = ("The Friday AI digest\n\n1. Board moves. On LMArena, Marlinth 4 Pellow entered the top five this week.\n\n"
            "2. A correction. Last week we wrote that Carrack 3 Drisket led the board.\n\n"
            "3. Coming up: new results for Quorrin-2 Vantel, and the first board with Greek scans.")
    got = _models(pipe, text)
    assert {("Carrack 3 Drisket", "Carrack 3 Drisket"), ("Quorrin-2 Vantel", "Quorrin-2 Vantel")} <= got


def test_no_coordinated_shapes_outside_an_ai_passage(pipe):
    text = "The tour stops at Route 66 Diner and Highway 1 Motel before the ferry to Pier 39 Market."
    assert not _models(pipe, text)


# 3 with a stream: a tier named in full in an earlier article stands bare in a later one that names the family
def test_a_remembered_tier_stands_bare_in_a_later_article(pipe):
    from nlp.name_memory import stream_docs

    first = ("Ostavo Labs released Marlinth 4, a family of two AI language models: Marlinth 4 Pellow, a large "
             "reasoning model, and Marlinth 4 Vantel, a small one.")
    later = ("Ostavo Labs said Marlinth 4 is now used by three banks for AI document review. Pellow is the one "
             "they pay for; it scores 71.2% on MMLU-Pro.")
    docs = list(stream_docs(pipe, [first, later]))
    got = {(e.text, e._.canonical) for e in docs[1].ents if e.label_ == "MODEL"}
    assert ("Pellow", "Marlinth 4 Pellow") in got
    alone = {(e.text, e._.canonical) for e in pipe(later).ents if e.label_ == "MODEL"}
    assert all(t != "Pellow" for t, _ in alone)  # (without the earlier article: no family tier to bind it to)
