"""Round 14 (branch nlp-context14): names nobody knows, found by what the text does with them.

* nlp/defined_names.py: an acronym defined by a long form that reads like an evaluation ("... (SCORL), 3,200
  questions"), the other way round ("SCORL: Structured ..., a Benchmark for"), and a paper title that calls one
  name a benchmark/test ("Quillisk: ... as a Test of ...");
* nlp/bench_uses.py: "on X's Romanian subset", "X (the puzzle set from ...)", "the X accounting benchmark";
* nlp/business_syntax.py (read by nlp/name_syntax.py): "X API", "X's new endpoint", "(X staff)", "X, whose model
  ...", "the vendors X, Y and Z"; and a word two different cues name a company without an AI sentence.

Every name below is invented (grep finds none in tests/data/nlp); each group has hard negatives.
"""
from __future__ import annotations

import pytest

import nlp
from nlp import defined_names


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def ents(pipe, text):
    return [(e.text, e.label_, e._.canonical) for e in pipe(text).ents]


def labels_of(pipe, text, surface):
    return {lab for t, lab, _ in ents(pipe, text) if t == surface}


# --- defined acronyms and titles ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, acro, long_form", [
    ("Abstract: We present Structured Claims Over Receipts and Ledgers (SCORL), 3,200 questions over scanned invoices "
     "in nine languages. GPT-5 reaches 61% on SCORL, while open models trail.", "SCORL",
     "Structured Claims Over Receipts and Ledgers"),
    ("Title: SCORL: Structured Claims Over Receipts and Ledgers, a Benchmark for Bookkeeping Agents\nAuthors: A. Example\n"
     "We evaluate GPT-5 and Claude Opus 4.5 on SCORL.", "SCORL", "Structured Claims Over Receipts and Ledgers"),
    ("Mapping Instructions To Spreadsheet Tables (MITST) is a new benchmark for agents; GPT-5 scores 44 on MITST.",
     "MITST", "Mapping Instructions To Spreadsheet Tables"),
    ("The Tepperow Reading Exam (TRE) asks models to read tenancy contracts. Claude Opus 4.5 leads TRE with 71%.",
     "TRE", "Tepperow Reading Exam"),
])
def test_defined_acronym_is_a_benchmark(pipe, text, acro, long_form):
    got = ents(pipe, text)
    assert (long_form, "BENCHMARK", acro) in got
    assert sum(1 for t, lab, c in got if t == acro and lab == "BENCHMARK" and c == acro) == text.count(acro) - long_form.count(acro)


@pytest.mark.parametrize("text", [
    # a method, a page, a training recipe: no evaluation reading
    "The lab uses Retrieval-Augmented Generation (RAG) in its language model, and the Frequently Asked Questions (FAQ) "
    "page explains the model's limits.",
    "Our model is trained with Reinforcement Learning from Human Feedback (RLHF) and Direct Preference Optimization (DPO).",
    # an organisation's long form is left to org_shapes
    "The National Evaluation Standards Agency (NESA) tested GPT-5 on a new benchmark.",
    # letters that do not spell the acronym
    "We present Structured Claims Over Receipts (XQZ), 3,200 questions for language models.",
])
def test_defined_acronym_negatives(pipe, text):
    assert not [x for x in ents(pipe, text) if x[1] == "BENCHMARK"]


def test_paper_title_names_a_benchmark(pipe):
    text = ('  title = "Quillisk: Tangled Dependencies as a Test of Multi-Step Planning",\n  author = "Doe, Jane",\n'
            "Models such as Gemini 3 Pro still fail Quillisk at the hardest tier.")
    got = ents(pipe, text)
    assert [t for t, lab, _ in got if lab == "BENCHMARK"] == ["Quillisk", "Quillisk"]


def test_paper_title_of_a_model_is_no_benchmark(pipe):
    text = 'Title: Zandrel: A Family of Open Language Models for Welsh\nWe release Zandrel under Apache 2.0.'
    assert "BENCHMARK" not in labels_of(pipe, text, "Zandrel")


def test_initials_matcher():
    assert defined_names._initials_match("GRTF", "Grounded Reading of Tax Forms".split())
    assert defined_names._initials_match("GROTF", "Grounded Reading of Tax Forms".split())
    assert not defined_names._initials_match("GRT", "Grounded Reading of Tax Forms".split())


# --- benchmarks by use -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The larger model reaches 61.9 on RoMMLU and 55.0 on Cobbledown's Romanian subset, ahead of Llama 3.1 8B. "
     "On Cobbledown's Finnish forms it reaches 58%.", "Cobbledown"),
    ("My own quick run on Tarrasque (the puzzle set from last spring): Gemini 3 Pro got 41. GPT-5.1 39. The model "
     "handled my Tarrasque easy tier fine.", "Tarrasque"),
    ("This PR adds the Ledgerwick 2026 accounting benchmark to the harness; GPT-5 runs on Ledgerwick 2026 in 3 minutes.",
     "Ledgerwick 2026"),
    ("| Model | Score |\n|---|---|\n| GPT-5 | 71 |\n\nNotes: KNARRO-QA (an accounting test released in January) is new; "
     "GPT-5 leads KNARRO-QA.", "KNARRO-QA"),
])
def test_benchmark_by_use(pipe, text, name):
    got = [lab for t, lab, _ in ents(pipe, text) if t == name]
    assert got and set(got) == {"BENCHMARK"} and len(got) == text.count(name)


@pytest.mark.parametrize("text, word", [
    ("Paris (the set of the film) hosted the AI model launch.", "Paris"),
    ("On Sweden's public leaderboard the model leads, said the AI lab.", "Sweden"),
    ("The Smith family benchmark of language models is a joke, said the AI lab.", "Smith"),
    ("On Tuesday's hard split GPT-5 scored 40.", "Tuesday"),
])
def test_benchmark_by_use_negatives(pipe, text, word):
    assert "BENCHMARK" not in labels_of(pipe, text, word)


# --- companies by business syntax --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, n", [
    ("Morvanta API Status\n\nCurrent status: Degraded performance. The Tepperow 3 model is slow; requests to the "
     "Morvanta API time out after 30 seconds.", "Morvanta", 2),
    ("Pricing — Ostrander API\n\nAll prices per 1M tokens, USD. Batch requests are 50% off.\n\n| Model | Input | Output |\n"
     "|---|---|---|\n| Larkspire 2 | $1.00 | $4.00 |", "Ostrander", 1),
    ("Bug: running the harness against Zandrel's new endpoint with model id `pellar-2-0402` fails after ~40 cases.\n"
     "**@lwright** (Zandrel staff) commented: thanks, we're aware of the model timeout.", "Zandrel", 2),
    ("I have nothing against Vintral, whose model my son uses and likes. I object to a chatbot's score used as a slogan.",
     "Vintral", 1),
    ("Wimbrel API — Deprecation notice: the Cobble-8 family of models\n\nEffective 30 September 2026, the following "
     "models will no longer be served.\n\nQuestions: contact your account manager. — The Wimbrel team, Lisbon", "Wimbrel", 2),
])
def test_company_by_business_syntax(pipe, text, name, n):
    got = [lab for t, lab, _ in ents(pipe, text) if t == name]
    assert got == ["ORG"] * n


def test_vendor_list(pipe):
    text = ("The prompt-injection flaw was coordinated with the vendors Skerrow, Fennick and Larkspire, which added the "
            "case to their red-team suites for their language models.")
    got = ents(pipe, text)
    for w in ("Skerrow", "Fennick", "Larkspire"):
        assert (w, "ORG", w) in got


@pytest.mark.parametrize("text, word", [
    ("Hospital staff said the chatbot helped. Former Senate staff tested the model.", "Senate"),
    ("Hospital staff said the chatbot helped. Former Senate staff tested the model.", "Hospital"),
    ("The Batch API is cheaper for the model, and the Realtime API streams the chatbot's voice.", "Batch"),
    ("The models are available through the Bigcorpus API and as open weights on Hugging Face.", "Bigcorpus"),
    ("Every forge has a forge API now, and Forge API pricing for the model is low.", "Forge"),
    ("He joined the start-ups Madrid and Lisbon hosted for AI models.", "Madrid"),
])
def test_business_syntax_negatives(pipe, text, word):
    assert "ORG" not in labels_of(pipe, text, word)


def test_surname_is_no_company(pipe):
    text = "Dana Ostrander said the model was fine. (Ostrander staff) later retracted the AI claim."
    assert "ORG" not in labels_of(pipe, text, "Ostrander")


def test_a_field_key_is_no_titled_name(pipe):
    text = "Title: SCORL: Structured Claims Over Receipts and Ledgers, a Benchmark for Bookkeeping Agents\nGPT-5 leads SCORL."
    assert "Title" not in [t for t, _, _ in ents(pipe, text)]


@pytest.mark.parametrize("text, word", [
    ("Revenue from the hosted Wimbrel API grew 40% as Wimbrel-2 adoption rose among developers of AI models.", "Wimbrel"),
    ("Revenue from Tarrasque API calls grew 40% as Tarrasque-2 adoption rose among developers of AI models.", "Tarrasque"),
    ("The prize went to a lab in Cambridge, Massachusetts, whose model Larkspire-1 proved 58 problems.", "Massachusetts"),
])
def test_business_syntax_negatives_families_and_places(pipe, text, word):
    assert "ORG" not in labels_of(pipe, text, word)
