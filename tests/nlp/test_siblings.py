"""A name's label from its siblings (nlp/siblings.py): the unknown members of a coordination or of a block of
bullets take the label their known members agree on; and the lists the step must leave alone.

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

import pytest

from nlp.siblings import find_siblings
from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


@pytest.mark.parametrize("text, name, label", [
    ("The AI safety pledge was signed by labs including Anthropic, Google DeepMind, OpenAI and Vantor.", "Vantor", "ORG"),
    ("The new model was evaluated on GPQA, Zorbla and AIME, where it beat its predecessor.", "Zorbla", "BENCHMARK"),
    ("In our AI tests, Llama 4, Qwen3 and Kestrel were run with the same prompts.", "Kestrel", "MODEL"),
    ("The AI lab widened the tests to diagrams (MMLU-Pro, Quillmetric, GPQA) last year.", "Quillmetric", "BENCHMARK"),
    ("The model's scores on AIME/Plovdex/GPQA are in the appendix of the AI report.", "Plovdex", "BENCHMARK"),
    ("Open AI models to watch:\n- Llama 4\n- Qwen3\n- Tamberlane\n- Mistral Small 3.1\n", "Tamberlane", "MODEL"),
])
def test_unknown_sibling_takes_the_known_members_label(pipe, text, name, label):  # noqa: F811
    assert (name, label) in spans(pipe, text)


@pytest.mark.parametrize("text, name", [
    # a comma after the list's "and" starts a new clause: Vantor is the subject, not a third model
    ("After GPT-5 and Claude Opus 4, Vantor shipped an AI model of its own.", "Vantor"),
    # no conjunction and the run goes on into the sentence
    ("Beside GPT-5, Claude Opus 4, Kestrel sounded tired, the AI reviewer wrote.", "Kestrel"),
    # people and places beside labs stay people and places
    ("The AI deal was signed by OpenAI, Anthropic and Jane Marlow in the spring.", "Jane Marlow"),
    ("AI labs such as OpenAI, Anthropic and Lisbon-based teams hire a lot.", "Lisbon"),
    ("The AI summit hosted OpenAI, Anthropic and Europe for two days.", "Europe"),
    # one known sibling and an item whose shape says nothing
    ("The AI model beat GPQA and Tuesday in one go.", "Tuesday"),
    ("We tested it on GPQA and Harbour last week, an AI team said.", "Harbour"),
    # the siblings disagree: a lab and a model
    ("AI news: OpenAI, GPT-5 and Kestrel were in the headlines.", "Kestrel"),
    # outlets cited as sources and places are no labs' siblings
    ("The AI deal between OpenAI and Microsoft was first reported by Reuters, Bloomberg and The Information.", "The Information"),
    ("The AI labs OpenAI, Anthropic and Meta met at Davos, Bletchley and Seoul.", "Bletchley"),
    # an opener of a sentence is not taken from a list
    ("Kestrel, Llama 4 and Qwen3 were all run by the AI team.", "Kestrel"),
])
def test_lists_left_alone(pipe, text, name):  # noqa: F811
    assert all(n != name for n, _ in spans(pipe, text))


def test_siblings_step_alone():
    text = "The AI index covers GPQA, Zorbla, Quintet and AIME."
    taken = [(20, 24, "BENCHMARK"), (46, 50, "BENCHMARK")]
    assert find_siblings(text, taken, lambda pos: True) == [(26, 32, "BENCHMARK", "Zorbla"), (34, 41, "BENCHMARK", "Quintet")]
    assert find_siblings(text, taken, lambda pos: False) == []  # not an AI sentence
    assert find_siblings(text, taken + [(34, 41, "STOP")], lambda pos: True) == []  # a stop phrase: no list of names
    assert find_siblings("The AI index covers Zorbla and Quintet.", [], lambda pos: True) == []  # no sibling known


@pytest.mark.parametrize("text, names, label", [
    # a plural kind noun heads the list or sums it up: no sibling need be known
    ("Newer AI benchmarks such as Zorbla and Quintet are much harder than the old ones.", ["Zorbla", "Quintet"], "BENCHMARK"),
    ("The AI lab reports Plovdex and Quintet, two long-context evals it built, in its card.", ["Plovdex", "Quintet"], "BENCHMARK"),
    # items carry their scores in brackets
    ("The AI contamination gap is largest on GSM8K (mean 7.9 points), MATH (6.5) and Zorbla (6.1).", ["Zorbla"], "BENCHMARK"),
    # "along with" after the list's "and"
    ("The lab announced Tern 2 Pro and Tern 2 Lite, along with Quillon Voice for AI speech.", ["Quillon Voice"], "MODEL"),
])
def test_list_kind_and_parallel_items(pipe, text, names, label):  # noqa: F811
    found = spans(pipe, text)
    assert all((n, label) in found for n in names)


def test_guess_relabelled_by_known_siblings():
    # "Plov2" is shaped like a model and guessed so; two known benchmarks beside it say otherwise
    text = "The AI model leads on GPQA, Plov2 and AIME, the lab said."
    taken = [(22, 26, "BENCHMARK"), (38, 42, "BENCHMARK")]
    from nlp.siblings import with_siblings
    assert with_siblings(text, taken, [(28, 33, "MODEL", "Plov2")], lambda pos: True) == [(28, 33, "BENCHMARK", "Plov2")]
    # one known benchmark is not enough to overrule a guess
    assert with_siblings(text, taken[:1], [(28, 33, "MODEL", "Plov2")], lambda pos: True) == [(28, 33, "MODEL", "Plov2")]


def test_bullet_described_by_a_known_name_is_no_sibling(pipe):  # noqa: F811
    text = ("AI contest scores:\n\n* GPQA: Gemini 3 Pro 91%, GPT-5 88%\n* AIME 2025: Gemini 3 Pro 95%\n"
            "* Tamberlane Mini (new): 71% on AIME 2025\n* MMLU-Pro: GPT-5 87%\n")
    assert ("Tamberlane Mini", "BENCHMARK") not in spans(pipe, text)


def test_table_column_and_header_siblings(pipe):  # noqa: F811
    text = ("Scores:\n\n| Benchmark | GPT-5 | Claude Opus 4.1 |\n|---|---|---|\n| GPQA Diamond | 85.7 | 80.9 |\n"
            "| Zorbla (hard) | 60.1 | 55.0 |\n| AIME 2025 | 94.6 | 78.0 |\n")
    found = spans(pipe, text)
    assert ("Zorbla", "BENCHMARK") in found
    assert all(n != "Benchmark" for n, _ in found)  # a column's label is no name


def test_table_column_of_one_known_name_says_nothing(pipe):  # noqa: F811
    text = ("Scores:\n\n| Item | GPT-5 |\n|---|---|\n| GPQA Diamond | 85.7 |\n| Zorbla | 60.1 |\n| Harbour | 55.0 |\n")
    assert all(n not in ("Zorbla", "Harbour") for n, _ in spans(pipe, text))


def test_a_benchmark_header_names_its_rows(pipe):  # noqa: F811
    # Round 15 (nlp.board_shapes): the column's header, not its one known sibling, says what the rows are. The test
    # above used "Benchmark" as this header until then; it now uses a header that says nothing.
    text = ("Scores:\n\n| Benchmark | GPT-5 |\n|---|---|\n| GPQA Diamond | 85.7 |\n| Zorbla | 60.1 |\n| Harbour | 55.0 |\n")
    found = spans(pipe, text)
    assert ("Zorbla", "BENCHMARK") in found and ("Harbour", "BENCHMARK") in found


def test_opening_word_is_not_part_of_an_item():
    text = "The AI puzzles are new. Unlike GeoMaze or MATH, ours need no arithmetic."
    i = text.index("MATH")
    assert find_siblings(text, [(i, i + 4, "BENCHMARK")], lambda pos: True) == [(31, 38, "BENCHMARK", "GeoMaze")]
