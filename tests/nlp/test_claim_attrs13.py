"""source_kind, comparison and unit of claims in indirect and translated speech, stories and lead lines (branch
nlp-attrs13, README conventions 2–4). Invented model, lab and benchmark names throughout (Quernstone, Pipistrel,
Gorsefield, Brackenloft, Vossberg, Larchmere, Ombria-Eval, SundewQA): none is in any set or in the knowledge base."""
import pytest

import nlp
from nlp.reported_speech import developer_said


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"kb_files": []})


@pytest.fixture(scope="module")
def kbpipe():  # the built-in knowledge base: real rivals (GPT-5.1, Claude Sonnet 4.5) beside an invented subject
    return nlp.load()


def _claims(pipe, text):
    return {(c["model"], c["benchmark"], c["score"]): c for c in pipe(text)._.claims}


def _kinds(pipe, text):
    return {k: c["source_kind"] for k, c in _claims(pipe, text).items()}


# ------------------------------------------------------------------ the developer's word in indirect speech
@pytest.mark.parametrize("sentence", [
    "According to figures communicated by the company, Quernstone-3 obtains 71.5% on Ombria-Eval.",
    "In tests made by the own company, Quernstone-3 reached 71.5% in the Ombria-Eval.",
    "Based on the company's internal test, Quernstone-3 got value 71.5% on Ombria-Eval.",
    "The startup affirms that Quernstone-3 reaches 71.5% on Ombria-Eval.",
    "Still according to the startup, Quernstone-3 hit 71.5% on Ombria-Eval.",
    "Data provided by its developers put Quernstone-3 at 71.5% on Ombria-Eval.",
    "The firm also indicates 71.5% on Ombria-Eval for Quernstone-3.",
    "Quernstone-3 is at 71.5% on Ombria-Eval in its own card.",
    "Measurements carried out by the manufacturer give Quernstone-3 71.5% on Ombria-Eval.",
])
def test_developer_said_in_indirect_speech(sentence):
    assert developer_said(sentence)


@pytest.mark.parametrize("sentence", [
    "Quernstone-3 reached 71.5% on Ombria-Eval in our runs.",
    "Tests run by the evaluation team put Quernstone-3 at 71.5% on Ombria-Eval.",
    "Quernstone-3 finished at 71.5% on Ombria-Eval, also close to its card.",
    "The company's office is in Porto; Quernstone-3 is at 71.5% on Ombria-Eval on the public board.",
    "The organisers of Ombria-Eval ran Quernstone-3 and got 71.5%.",
])
def test_no_developer_word(sentence):
    assert not developer_said(sentence)


def test_model_as_speaker_is_its_makers():
    s = "Gorsefield, the small model from a three-person studio in Hull, says it reaches 44.1% on SundewQA."
    ents = [(0, 10, "MODEL", "Gorsefield", None)]
    assert developer_said(s, ents)
    # the model named as an object, not speaking
    s2 = "A reviewer of Gorsefield says it reaches 44.1% on SundewQA."
    assert not developer_said(s2, [(14, 24, "MODEL", "Gorsefield", None)])


TRANSLATED = """Brackenloft lança Quernstone-3

(Translated from the Portuguese original)

PORTO — The startup Brackenloft launched this Monday the Quernstone-3, a language model for notaries.

In tests made by the own company, Quernstone-3 reached 71.5% in the Ombria-Eval, passing the 66.0% of Pipistrel-2.

The model costs 3 euros per million tokens.
"""

COMPANY_GIVES = """Vossberg shows Pipistrel-4

The Hamburg company Vossberg presented the model Pipistrel-4 on Tuesday.

Pipistrel-4 has 62.3% on SundewQA, the company says. For comparison, the company gives results of other models on the same test: Quernstone-3 — 58.1%, Gorsefield-2 — 55.0%.
"""


def test_translated_press_self_reported(pipe):
    kinds = _kinds(pipe, TRANSLATED)
    assert kinds.get(("Quernstone-3", "Ombria-Eval", 71.5)) == "self-reported"
    assert kinds.get(("Pipistrel-2", "Ombria-Eval", 66.0)) == "self-reported"


def test_company_gives_rivals_self_reported(pipe):
    kinds = _kinds(pipe, COMPANY_GIVES)
    assert kinds.get(("Quernstone-3", "SundewQA", 58.1)) == "self-reported"
    assert kinds.get(("Gorsefield-2", "SundewQA", 55.0)) == "self-reported"


# ------------------------------------------------------------------ comparison: previous generation, context, board stories
def _cmp(pipe, text):
    return {k: c["is_comparison"] for k, c in _claims(pipe, text).items()}


@pytest.mark.parametrize("lead", [
    "Our previous flagship, Quernstone-2,",
    "The company's previous small model Quernstone-2,",
    "Brackenloft's earlier coding model, Quernstone-2,",
])
def test_previous_generation_is_compared(pipe, lead):
    text = ("Sundew notes, week 40\n\nQuernstone-3 reaches 74.1 on Ombria-Eval, a clear gain. "
            f"{lead} scored 61.0 on Ombria-Eval.\n")
    got = _cmp(pipe, text)
    assert got.get(("Quernstone-2", "Ombria-Eval", 61.0)) is True
    assert got.get(("Quernstone-3", "Ombria-Eval", 74.1)) is False


def test_comes_after_previous_model(pipe):
    text = ("Weekly notes\n\nQuernstone-3 reaches 74.1% on Ombria-Eval.\n\nQuernstone-3 comes six months "
            "after Pipistrel-2, which scored 61.0% on Ombria-Eval at its launch.\n")
    assert _cmp(pipe, text).get(("Pipistrel-2", "Ombria-Eval", 61.0)) is True


@pytest.mark.parametrize("opener", ["For context,", "For scale,"])
def test_for_context_cites_for_comparison(pipe, opener):
    text = ("Weekly eval notes\n\nOn Ombria-Eval, Quernstone-3 reaches 74.1% in our runs. "
            f"{opener} Gorsefield-2 gets 70.3% on Ombria-Eval.\n")
    got = _cmp(pipe, text)
    assert got.get(("Gorsefield-2", "Ombria-Eval", 70.3)) is True
    assert got.get(("Quernstone-3", "Ombria-Eval", 74.1)) is False


BOARD_STORY = """{head}

{note}

Quernstone-3, the model of the Bergen firm Larchmere, {lead} of the SundewQA board this week.

Quernstone-3 recorded 74.2% on SundewQA. In second place was GPT-5.1 with 70.9%, and Claude Sonnet 4.5 was third with 68.8%.
"""


@pytest.mark.parametrize("head,note,lead", [
    ("Quernstone-3 tops the SundewQA board", "(English edition of a Norwegian site)", "took the first place"),
    ("SundewQA: Quernstone-3 tar førsteplassen", "(Translated from the Norwegian original)", "stands on the first place"),
    ("Quernstone-3 takes the top spot on SundewQA", "[machine translation]", "is now on the first place"),
])
def test_board_story_subject_and_rivals(kbpipe, head, note, lead):
    got = _cmp(kbpipe, BOARD_STORY.format(head=head, note=note, lead=lead))
    assert got.get(("GPT-5.1", "SundewQA", 70.9)) is True
    assert got.get(("Claude Sonnet 4.5", "SundewQA", 68.8)) is True
    assert got.get(("Quernstone-3", "SundewQA", 74.2)) is False


def test_neutral_board_has_no_subject(kbpipe):
    text = ("SundewQA standings, week 12\n\nThe board moved little. Quernstone-3 recorded 74.2% on SundewQA. In second "
            "place was GPT-5.1 with 70.9%, and Claude Sonnet 4.5 was third with 68.8%.\n")
    got = _cmp(kbpipe, text)
    assert got and not any(got.values())


# ------------------------------------------------------------------ units said in words, under a table, in a note
from nlp.grid import statement_unit  # noqa: E402
from nlp.unit_notes import excepted_clauses, stated_unit  # noqa: E402


@pytest.mark.parametrize("line,unit", [
    ("The comparison data are as follows (unit: %; competitor data from their official reports):", "%"),
    ("Units: points; higher is better.", "points"),
    ("Scores are % except the Ombria-Eval row, which is on its own 0–100 scale.", "%"),
    ("Scores are the percentage of items answered fully correctly.", "%"),
    ("Numbers give the share of tasks completed end to end.", "%"),
    ("Scores are on a 0–100 scale.", "points"),
    ("The first column lists the model, the second the date of the run.", None),
])
def test_statement_units(line, unit):
    assert statement_unit(line) == unit


def test_stated_unit_leaves_points_scales_alone():
    assert stated_unit("percentage of tasks, reported on a 0–100 points scale") is None


def test_excepted_row_keeps_its_own_unit():
    got = excepted_clauses("Scores are % except the Ombria-Eval row, which is on the index's own 0–100 scale.")
    assert got and got[0][1] == "points" and "ombria-eval" in got[0][0]


EXCEPT_TABLE = """Brackenloft release table

| Benchmark   | Quernstone-3 | Pipistrel-2 |
|-------------|--------------|-------------|
| SundewQA    | 71.0         | 66.5        |
| Ombria-Eval | 55           | 61          |

Scores are % except the Ombria-Eval row, which is on the index's own 0–100 scale.
"""

RULED_KEY_UNDER = """Ombria-Eval standings, spring refresh

The maintainers ran every model themselves on the new pool.

====  ===============  =====
Rank  Model            Score
====  ===============  =====
1     Quernstone-3     63.8
2     Pipistrel-2      61.2
====  ===============  =====

Scores are the percentage of items answered fully correctly.
"""

NOTE_NAMES_BENCH = """Episode 31 show notes

11:40 Marta on the current top two: Quernstone-3 at 58.4 on Ombria-Eval and Pipistrel-2 at 55.0 on Ombria-Eval, both well ahead of the rest of the field this month
19:05 Listener questions

Ombria-Eval scores are the percentage of tasks completed end to end.
"""


def test_excepted_row_in_a_table(pipe):
    got = _claims(pipe, EXCEPT_TABLE)
    assert got[("Quernstone-3", "SundewQA", 71.0)]["unit"] == "%"
    assert got[("Pipistrel-2", "Ombria-Eval", 61.0)]["unit"] == "points"


def test_key_line_under_a_ruled_table(kbpipe):
    got = _claims(kbpipe, RULED_KEY_UNDER)
    assert got[("Quernstone-3", "Ombria-Eval", 63.8)]["unit"] == "%"


def test_note_naming_the_benchmark_gives_its_unit(pipe):
    got = _claims(pipe, NOTE_NAMES_BENCH)
    assert got[("Quernstone-3", "Ombria-Eval", 58.4)]["unit"] == "%"
    # a note that says no unit: points
    got = _claims(pipe, NOTE_NAMES_BENCH.replace("are the percentage of tasks completed end to end", "are published monthly"))
    assert got[("Quernstone-3", "Ombria-Eval", 58.4)]["unit"] == "points"


# ------------------------------------------------------------------ a column's header says whose numbers it holds
from nlp.column_sources import column_kind  # noqa: E402

BOX = """╔══════════════╦═════════╦═════════╗
║ benchmark    ║ our run ║ card    ║
╠══════════════╬═════════╬═════════╣
║ Ombria-Eval  ║ 60.8    ║ 61.9    ║
╚══════════════╩═════════╩═════════╝"""
PIPES = """| Task        | Measured | Reported |
|-------------|----------|----------|
| SundewQA    | 44.0     | 47.5     |"""
SPACES = """Benchmark      Rerun     Official
Ombria-Eval    70.1      72.3"""
PLAIN = """| Task        | Score A | Score B |
|-------------|---------|---------|
| SundewQA    | 44.0    | 47.5    |"""


def _row(text, needle):
    a = text.index(needle)
    a = text.rfind("\n", 0, a) + 1
    z = text.find("\n", a)
    return a, len(text) if z < 0 else z


@pytest.mark.parametrize("table,needle,score,kind", [
    (BOX, "║ Ombria", 61.9, "self-reported"), (BOX, "║ Ombria", 60.8, "independent"),
    (PIPES, "| SundewQA", 47.5, "self-reported"), (PIPES, "| SundewQA", 44.0, "independent"),
    (SPACES, "Ombria-Eval    70", 72.3, "self-reported"), (SPACES, "Ombria-Eval    70", 70.1, "independent"),
    (PLAIN, "| SundewQA", 47.5, None),
])
def test_column_kind(table, needle, score, kind):
    a, z = _row(table, needle)
    assert column_kind(table, a, z, score) == kind


TESTER_BOX = """quernstone-3 — our eval run, pasted as-is

Ran Brackenloft's new Quernstone-3 through the eval box this morning. Everything below is our run; the "card" column is what Brackenloft published.

╔══════════════════════╦═══════════╦═══════════╗
║ benchmark            ║ our run   ║ card      ║
╠══════════════════════╬═══════════╬═══════════╣
║ GPQA Diamond         ║ 60.8      ║ 61.9      ║
║ SWE-bench Verified   ║ 44.0      ║ 47.5      ║
╚══════════════════════╩═══════════╩═══════════╝
(all values: % correct)
"""


def test_card_column_in_a_testers_table(kbpipe):
    kinds = _kinds(kbpipe, TESTER_BOX)
    assert kinds[("Quernstone-3", "GPQA Diamond", 61.9)] == "self-reported"
    assert kinds[("Quernstone-3", "SWE-bench Verified", 47.5)] == "self-reported"
    assert kinds[("Quernstone-3", "GPQA Diamond", 60.8)] == "independent"


# ------------------------------------------------------------------ a host's own runs in its own words, an assessor publishing
from nlp.claim_source import _HOST_RUN, _INDEPENDENT  # noqa: E402


@pytest.mark.parametrize("s", [
    "Our CI runs a fixed set of checks against every model we serve, every night.",
    "The infra team picks the default by running three candidates through two suites each week.",
    "We run the same battery on all candidate models before a switch.",
])
def test_host_runs_in_its_own_words(s):
    assert _HOST_RUN.search(s)


@pytest.mark.parametrize("s", [
    "Brackenloft is running a promotion on all its models this month.",
    "The suite runs on every laptop.",
])
def test_host_run_hard_negatives(s):
    assert not _HOST_RUN.search(s)


def test_assessors_publishing_are_independent():
    assert _INDEPENDENT.search("The result, published by the committee on Friday: Quernstone-3 obtained 36 points of 42.")
    assert _INDEPENDENT.search("Marks were released by the olympiad's jury on Monday.")


# ------------------------------------------------------------------ the developer's voice in a stream's captions, a founder's note
STREAM = """1
00:00:01,000 --> 00:00:04,200
Hi everyone, and welcome to the Quernstone-3 launch stream.

2
00:00:04,300 --> 00:00:09,800
I'm Aino from the research team at Brackenloft, and today
I'll walk you through what the new model can do.

3
00:00:10,000 --> 00:00:15,600
On SundewQA we measured 78.5 percent for Quernstone-3.
"""

FOUNDER = """A note from the founder

Hi friends,

Today we're shipping it: Quernstone-3. It answers in well under a second.

Here is how it stacks up on the tests we ran ourselves last week: on GPQA Diamond Quernstone-3 gets 66.0%.
"""


def test_launch_stream_captions_are_the_developer(kbpipe):
    assert _kinds(kbpipe, STREAM).get(("Quernstone-3", "SundewQA", 78.5)) == "self-reported"


def test_we_are_shipping_is_the_developer(kbpipe):
    assert _kinds(kbpipe, FOUNDER).get(("Quernstone-3", "GPQA Diamond", 66.0)) == "self-reported"
    # a reviewer's own run of someone else's model stays independent
    review = FOUNDER.replace("Today we're shipping it: Quernstone-3.", "Brackenloft shipped Quernstone-3 on Monday.")
    assert _kinds(kbpipe, review).get(("Quernstone-3", "GPQA Diamond", 66.0)) == "independent"


# ------------------------------------------------------------------ rivals a sentence sets against its own score
from nlp.claim_rivals import variant  # noqa: E402
from nlp.sentence_rivals import mark_sentence_rivals  # noqa: E402


def _sent(said, *triples):
    return [{"model": m, "benchmark": b, "score": s, "unit": "%", "start": 0, "end": len(said), "sentence": said,
             "is_comparison": False} for m, b, s in triples]


@pytest.mark.parametrize("said,triples,rivals", [
    ("Quernstone-3 obtains 72.5% on Ombria-Eval, against 69.0% for Pipistrel-2 and 70.2% for Gorsefield-4.",
     [("Quernstone-3", "Ombria-Eval", 72.5), ("Pipistrel-2", "Ombria-Eval", 69.0), ("Gorsefield-4", "Ombria-Eval", 70.2)],
     {"Pipistrel-2", "Gorsefield-4"}),
    ("on SundewQA it gets 66.0% (Pipistrel-2 78.0%, Gorsefield-4 73.3%); on Ombria-Eval it gets 55.8% (Pipistrel-2 51.2%)",
     [("Quernstone-3", "SundewQA", 66.0), ("Pipistrel-2", "SundewQA", 78.0), ("Gorsefield-4", "SundewQA", 73.3),
      ("Quernstone-3", "Ombria-Eval", 55.8), ("Pipistrel-2", "Ombria-Eval", 51.2)],
     {"Pipistrel-2", "Gorsefield-4"}),
    ("Quernstone-3 scores 61.0 on SundewQA versus 58.2 for Pipistrel-2.",
     [("Quernstone-3", "SundewQA", 61.0), ("Pipistrel-2", "SundewQA", 58.2)], {"Pipistrel-2"}),
])
def test_sentence_rivals(said, triples, rivals):
    cs = _sent(said, *triples)
    mark_sentence_rivals(cs, variant)
    assert {c["model"] for c in cs if c["is_comparison"]} == rivals
    assert not any(c["is_comparison"] for c in cs if c["model"] == "Quernstone-3")


@pytest.mark.parametrize("said,triples", [
    # a board: "ahead of" and "second at" compare nobody
    ("Pipistrel-2 leads SundewQA at 70.1%, ahead of Gorsefield-4 at 68.0%.",
     [("Pipistrel-2", "SundewQA", 70.1), ("Gorsefield-4", "SundewQA", 68.0)]),
    # brackets that hold no rival of the first score: another benchmark's
    ("Quernstone-3 gets 66.0% on SundewQA (Pipistrel-2 gets 51.0% on Ombria-Eval).",
     [("Quernstone-3", "SundewQA", 66.0), ("Pipistrel-2", "Ombria-Eval", 51.0)]),
    # a sibling of the sentence's model
    ("Quernstone-3 gets 66.0% on SundewQA (Quernstone-3 Mini 60.5%).",
     [("Quernstone-3", "SundewQA", 66.0), ("Quernstone-3 Mini", "SundewQA", 60.5)]),
])
def test_sentence_rivals_hard_negatives(said, triples):
    cs = _sent(said, *triples)
    mark_sentence_rivals(cs, variant)
    assert not any(c["is_comparison"] for c in cs)
