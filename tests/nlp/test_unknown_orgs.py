"""Labs no list knows, and benchmarks/models introduced by apposition or definition (round 5).

Every name below is invented; the sentences are written for these tests. Each positive case has a
negative twin nearby (a person, a place, a licence, a product line, "the company says").
"""

import pytest

import nlp


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def ents(pipe, text):
    return {(e.text, e.label_, e._.known) for e in pipe(text).ents}


def labels(pipe, text):
    return {e.text: e.label_ for e in pipe(text).ents}


# --- labs from context ------------------------------------------------------------------------

@pytest.mark.parametrize("text, lab", [
    ("Tallow-Coder 2 from Brackwater tops the new agent leaderboard with 58% on SWE-bench Verified.", "Brackwater"),
    ("The Oslo start-up Fernhollow released Moss-3, a 12B model that scores 71 on GPQA.", "Fernhollow"),
    ("Quenby, the Lyon lab behind the Wren models, raised $90 million for more GPUs.", "Quenby"),
    ("**Developed by:** Marrowfield Institute · **License:** Apache-2.0 · a 7B reasoning model", "Marrowfield Institute"),
    ("The LLM benchmark is maintained by Dunmore University and updated monthly.", "Dunmore University"),
    ("Researchers at Pellucid trained the model on 3 trillion tokens.", "Pellucid"),
    ("An independent group, Stoat Evals, re-ran the agent benchmark with a fixed harness.", "Stoat Evals"),
    ("The account belongs to Ravelin's cofounder; the model card for the new LLM is not out yet.", "Ravelin"),
])
def test_lab_from_a_cue_is_an_unknown_org(pipe, text, lab):
    assert (lab, "ORG", False) in ents(pipe, text)


def test_lab_spreads_over_the_document_and_its_handle(pipe):
    text = ("Tallow-Coder 2 from Brackwater sits third on the coding leaderboard.\n\n"
            "Brackwater submitted it through the public harness.\n\n@Brackwater_ai: thanks for running it!")
    got = [(e.text, e.label_, e._.canonical) for e in pipe(text).ents if e.label_ == "ORG"]
    assert [t for t, _, _ in got] == ["Brackwater", "Brackwater", "@Brackwater_ai"]
    assert {c for _, _, c in got} == {"Brackwater"}


def test_org_column_of_a_leaderboard(pipe):
    text = ("| Rank | Model | Org | Score |\n|---|---|---|---|\n| 1 | Heron-4 Max | Kestrelby | 71.9 |\n"
            "| 2 | DeepSeek-V3.2 | DeepSeek | 55.8 |\n")
    got = labels(pipe, text)
    assert got["Kestrelby"] == "ORG" and got["DeepSeek"] == "ORG" and got["DeepSeek-V3.2"] == "MODEL"


def test_funds_are_orgs(pipe):
    got = labels(pipe, "The AI start-up raised $30 million from Brisk Ventures, with Salesforce Ventures joining.")
    assert got.get("Brisk Ventures") == "ORG" and got.get("Salesforce Ventures") == "ORG"
    assert "Salesforce" not in got


@pytest.mark.parametrize("text, word", [
    ("The AI model was developed by Jane Holloway over two summers.", "Jane Holloway"),  # a person
    ("Moss-3 from China scores 71 on GPQA, the lab said.", "China"),  # a place
    ("Throughput, the company says, is up to 156 tokens per second for the model.", "Throughput"),  # "the company says"
    ("The weights of the model are on Hugging Face under MIT, and the API is live.", "MIT"),  # a licence
    ("The model weights ship under the Mistral Research License.", "Mistral"),
    ("Samsung moves more Galaxy AI features onto the device, including an AI summariser.", "Galaxy AI"),  # a product line
    ("You can now chat with Pebblestone, the company's AI assistant, in the app.", "Pebblestone"),  # its assistant
])
def test_not_a_lab(pipe, text, word):
    assert labels(pipe, text).get(word) != "ORG"


def test_no_ai_context_no_lab(pipe):
    assert labels(pipe, "The Oslo start-up Fernhollow sells handmade furniture to hotels.").get("Fernhollow") is None


# --- benchmarks and models by apposition or definition -------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Second, a new benchmark, QuarryMap, tests whether agents can plan a route through a mine.", "QuarryMap"),
    ("- Kindling, a new agent benchmark from a university lab, simulates a dispatch desk.", "Kindling"),
    ("We evaluate on MMLU-Pro and LedgerLoom 2026, a new test of reading spreadsheets.", "LedgerLoom 2026"),
    ("GridWalk 2026 is a refreshed set of grid puzzles that no model has seen.", "GridWalk 2026"),
    ("Chartwise-2 tests map reading from images; models score under 60%.", "Chartwise-2"),
    ("So we built our own eval for agent memory. We call ours Nestling. It has 300 tasks.", "Nestling"),
    ("- `tallymath-eval`: word problems in long prose, for language models.", "tallymath-eval"),
])
def test_benchmark_by_apposition_or_definition(pipe, text, name):
    got = labels(pipe, text)
    assert got.get(name) == "BENCHMARK", got
    assert "Second" not in got


def test_benchmark_keeps_its_label_in_the_document(pipe):
    text = ("Chartwise-2 tests map reading from images. The authors of Chartwise-2 say people reach 94%, "
            "while no model passes 60%.")
    assert [e.label_ for e in pipe(text).ents if e.text == "Chartwise-2"] == ["BENCHMARK", "BENCHMARK"]


@pytest.mark.parametrize("text, name", [
    ("The editor shipped this week with its own coding model, Brindle, which is four times faster.", "Brindle"),
    ("The search company said its in-house Lumen model now answers most queries.", "Lumen"),
    ("Two models came out: a 70B reasoning model, and the other, called Pipit, is a 4B model for phones.", "Pipit"),
    ("The lab is said to be training a successor to its LLM under the code name Persimmon.", "Persimmon"),
    ("The assistant, Pebblestone, answers questions about the news.", "Pebblestone"),
])
def test_model_by_apposition(pipe, text, name):
    assert labels(pipe, text).get(name) == "MODEL"


def test_naming_a_pet_or_a_gadget_is_not_a_model(pipe):
    got = labels(pipe, "lol my cat is named Biscuit and she is smarter than all of these chatbots")
    assert "Biscuit" not in got
    got = labels(pipe, "The lab shipped a coding model along with a command-line agent called Trowel.")
    assert "Trowel" not in got


def test_family_and_hardware_in_one_document(pipe):
    got = labels(pipe, "Quenby, the lab behind the Wren models, says banks use Wren 4 to read contracts, "
                       "and the Wren family will get a vision model.")
    assert got.get("Wren 4") == "MODEL" and got.get("Quenby") == "ORG"
    got = labels(pipe, "The cloud announced Ferrite3 servers with 144 chips each and a preview of Ferrite4 for AI training.")
    assert "Ferrite4" not in got and "Ferrite3" not in got


# --- round 26: a lab's full form after "named" / "called" -------------------------------------

@pytest.mark.parametrize("text, lab", [
    ("The regulator named Quarrendon Labs and Pellucid Research as suppliers of the chatbot models.", "Quarrendon Labs"),
    ("She named Pellucid Research, whose Sorrel-3 model was trained on public text.", "Pellucid Research"),
    ("A small company called Wethermoor AI has built a speech model for Welsh.", "Wethermoor AI"),
])
def test_lab_form_after_naming_verb_keeps_its_lab_word(pipe, text, lab):
    got = labels(pipe, text)
    assert got.get(lab) == "ORG"
    assert lab.split()[0] not in got  # not cut to its first word


def test_word_cited_after_naming_verb_stays_out(pipe):
    # "the word X" cites a word; the rule for names with a lab word leaves that alone
    got = labels(pipe, "The word Sorrel is a plant's name, the chatbot model Sorrel-3 is not.")
    assert "Sorrel" not in got
