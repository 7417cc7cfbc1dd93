"""Round 14, second step (branch nlp-claims14b): classes of claims-test15's errors, tested with invented names
(Marrowby, Kestomer, Wexhollow, Vantrell, Ottavine appear in no set) and hard negatives.

- nlp.header_words: an evaluation harness's table (`|Tasks|Version|…|Value|Stderr|`): the Value cell is the run's
  model's score, the Version and Stderr cells none, and no header word is a model; a "Tasks" column of counts
  beside a board's score names no benchmark per row.
- nlp.own_marks: "X (ours)" and a model's README title make the passage its developer's, so its first-person runs
  (and rivals re-run by it) are `self-reported`.
- nlp.source_scope: a capitals dateline with the lab's own "our" opens its release; a newspaper's does not.
- nlp.claim_source: more third-party run cues ("graded blind by the coordinators", "tests … models every quarter").
- nlp.grid_caption: a board's title in capitals ("VANTRELL INDEX v3.1 —"), a dotted version left out of its name."""
import pytest

import nlp
from nlp.header_words import harness_tables, header_word, numeric_column
from nlp.own_marks import own_voice


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"kb_files": []})


def _claims(pipe, text):
    return [(c["model"], c["benchmark"], c["score"]) for c in pipe(text)._.claims]


def _kinds(pipe, text):
    return {(c["model"], c["benchmark"], c["score"]): c["source_kind"] for c in pipe(text)._.claims}


HARNESS = """Issue #88: Marrowby-3 numbers lower than the card

I ran the harness against `ottavine/marrowby-3` (Marrowby-3 on the card). Output:

```
hf (pretrained=ottavine/marrowby-3,dtype=bfloat16), batch_size: 8
|    Tasks     |Version|  Filter  |n-shot|  Metric   |   |Value |   |Stderr|
|--------------|------:|----------|-----:|-----------|---|-----:|---|-----:|
|Wexhollow-QA  |      2|none      |     0|acc        |↑  |0.6120|±  |0.0131|
|Kestomer Bench|      1|none      |     5|exact_match|↑  |0.4475|±  |0.0152|
```

The card says 66.0 on Wexhollow-QA.
"""


def test_harness_value_cells_are_the_runs_model(pipe):
    got = _claims(pipe, HARNESS)
    assert not any(header_word(m) for m, _, _ in got)
    values = {(m, s) for m, _, s in got if s < 1}
    assert ("Marrowby-3", 0.612) in values
    assert not any(s in (0.0131, 0.0152, 2.0, 1.0) for _, _, s in got)  # stderr and version cells


def test_harness_tables_found_only_with_a_value_column():
    assert harness_tables(HARNESS)
    assert not harness_tables("| Model | Tasks | Score |\n|---|---|---|\n| Marrowby-3 | 40 | 61.2 |\n")


def test_header_words():
    assert header_word("Stderr") and header_word("n-shot") and header_word("Version")
    assert not header_word("Marrowby-3") and not header_word("Kestomer")


BOARD_PIPE = """Wexhollow Arena — public board (spreadsheet agents), snapshot 3 July 2026
Scores are the share of tasks solved, in %. The board's staff run every entry.

| Rank | Model | Pass % | Tasks |
|---|---|---|---|
| 1 | Marrowby-3 | 64.2 | 500 |
| 2 | Kestomer-9B | 62.8 | 500 |
"""

BOARD_BOX = """WEXHOLLOW ARENA — public board (spreadsheet agents), snapshot 3 July 2026
Scores are the share of tasks solved, in %.

+------+-------------+--------+-------+
| Rank | Model       | Pass % | Tasks |
+------+-------------+--------+-------+
|  1   | Marrowby-3  |  64.2  |  500  |
|  2   | Kestomer-9B |  62.8  |  500  |
+------+-------------+--------+-------+
"""


@pytest.mark.parametrize("text", [BOARD_PIPE, BOARD_BOX])
def test_tasks_count_column_is_no_benchmark_column(pipe, text):
    got = {(m, s) for m, b, s in _claims(pipe, text) if b.lower() == "wexhollow arena"}
    assert {("Marrowby-3", 64.2), ("Kestomer-9B", 62.8)} <= got
    assert not any(s == 500 for _, _, s in _claims(pipe, text))


def test_numeric_column():
    text = "| Model | Task | Score |\n| Marrowby-3 | Wexhollow-QA | 61.2 |\n| Kestomer-9B | 500 | 58.0 |\n"
    rows, pos = [], 0
    for line in text.splitlines():
        cells, at = [], pos
        for part in line.strip("|").split("|"):
            a = text.index(part, at)
            cells.append((a, a + len(part)))
            at = a + len(part)
        rows.append((pos, pos + len(line), cells))
        pos += len(line) + 1
    assert numeric_column(text, rows, 2)
    assert not numeric_column(text, rows, 1)  # a name in one row: a benchmark per row


CAPS_INDEX = """VANTRELL INDEX v3.1 — composite of 7 evaluations, refreshed 2 June 2026
(maintained by a non-profit collective; every model is run by us)

+----+--------------+-------+--------+
| #  | model        | index | change |
+----+--------------+-------+--------+
| 1  | Marrowby-3   |  73.4 |  +0.8  |
| 2  | Kestomer-9B  |  70.9 |   new  |
+----+--------------+-------+--------+
"""


def test_capitals_board_title_without_its_minor_version(pipe):
    got = _claims(pipe, CAPS_INDEX)
    assert ("Marrowby-3", "VANTRELL INDEX", 73.4) in got
    assert not any(s == 0.8 for _, _, s in got)


OURS = """Table 2. Main results. Accuracy in %.

| Model | Wexhollow-QA | Kestomer Bench |
|---|---|---|
| Marrowby-3 (ours) | 71.2 | 55.0 |
| Brannock-2 | 69.0 | 57.3 |

Rival rows were re-run by us with the providers' recommended settings.
"""

REVIEW = """Table 2. Main results. Accuracy in %.

| Model | Wexhollow-QA | Kestomer Bench |
|---|---|---|
| Marrowby-3 | 71.2 | 55.0 |
| Brannock-2 | 69.0 | 57.3 |

We ran all models ourselves on our own harness for this review.
"""


def test_ours_mark_makes_first_person_runs_self_reported(pipe):
    kinds = _kinds(pipe, OURS)
    assert kinds[("Marrowby-3", "Wexhollow-QA", 71.2)] == "self-reported"
    assert kinds[("Brannock-2", "Wexhollow-QA", 69.0)] == "self-reported"  # a rival re-run by the developer


def test_review_without_mark_stays_independent(pipe):
    kinds = _kinds(pipe, REVIEW)
    assert kinds[("Marrowby-3", "Wexhollow-QA", 71.2)] == "independent"


def test_own_voice_marks():
    text = "# marrowby-3 · evaluation (README excerpt)\n\nBoth tables are our own runs."
    a = text.index("marrowby-3")
    assert own_voice(text, [(a, a + 10, "MODEL", "Marrowby-3", None)])
    text = "# wexhollow-qa · README\n\nAll runs are ours."
    a = text.index("wexhollow-qa")
    assert not own_voice(text, [(a, a + 12, "BENCHMARK", "Wexhollow-QA", None)])
    text = "Marrowby-3 (ours) leads."
    assert own_voice(text, [(0, 10, "MODEL", "Marrowby-3", None)])
    assert not own_voice("Marrowby-3 (theirs) leads.", [(0, 10, "MODEL", "Marrowby-3", None)])


PRESS = """Ottavine Labs releases Marrowby-3

LISBON — Ottavine Labs today is releasing its fourth-generation language models, Marrowby-3 and Marrowby-3 Lite. Below are our own measurements (accuracy in %), with a foreign model we measured with the same prompts.

                 Wexhollow-QA   Kestomer Bench
Marrowby-3          80.4           72.9
Brannock-2          77.9           75.2
"""

NEWS = """Ottavine Labs releases Marrowby-3

LISBON — Ottavine Labs today is releasing its fourth-generation language models, Marrowby-3 and Marrowby-3 Lite. "We are close to the best," said its founder.

The Pellam Institute has measured Marrowby-3 itself: in its test the model reached 76.8% on Wexhollow-QA.
"""


def test_capitals_dateline_with_our_is_the_labs_release(pipe):
    kinds = _kinds(pipe, PRESS)
    assert kinds[("Marrowby-3", "Wexhollow-QA", 80.4)] == "self-reported"


def test_capitals_dateline_of_a_news_story_stays_third_party(pipe):
    kinds = _kinds(pipe, NEWS)
    assert kinds.get(("Marrowby-3", "Wexhollow-QA", 76.8)) != "self-reported"


def test_third_party_run_cues():
    from nlp.claim_source import _HOST_RUN, _INDEPENDENT
    assert _INDEPENDENT.search("answers graded blind by the coordinators alongside the human scripts")
    assert _INDEPENDENT.search("All runs are ours, with the standard 3-shot prompt.")
    assert _INDEPENDENT.search("the Wexhollow board lists it second")
    assert _HOST_RUN.search("a group which tests Portuguese models every quarter with its own runs")
    assert not _INDEPENDENT.search("the slide 4 numbers are ours; say so out loud")
    assert not _HOST_RUN.search("the company tests its models")


RESCORE = """Rescoring notice — Wexhollow-QA leaderboard, 2 June 2026

Our grader had a bug; all submissions were rescored.

Wexhollow-QA (accuracy, %)
Model              new     old    change
Marrowby-3         71.4    72.9   -1.5
Kestomer-9B        63.2    65.5   -2.3
"""


def test_new_old_change_columns(pipe):
    got = {(m, s) for m, b, s in _claims(pipe, RESCORE)}
    assert ("Marrowby-3", 71.4) in got and ("Kestomer-9B", 63.2) in got
    assert not any(s in (72.9, 65.5, 1.5, 2.3) for _, s in got)


def test_new_column_needs_an_old_one():
    from nlp.header_words import new_column
    text = "Model new old change"
    cells = [(0, 5), (6, 9), (10, 13), (14, 20)]
    assert new_column(text, cells) == 1
    text = "Model new size"
    assert new_column(text, [(0, 5), (6, 9), (10, 14)]) is None


@pytest.mark.parametrize("name, base", [("Galago-14B-Instruct Q8_0", "Galago-14B-Instruct"), ("kelp-7b Q4_K_M", "kelp-7b"),
                                        ("Marrowby-3 AWQ", "Marrowby-3"), ("Kestomer-9B-GGUF", "Kestomer-9B"),
                                        ("Marrowby-3 (4-bit)", "Marrowby-3"), ("GPT-4", "GPT-4"), ("Qwen3-32B", "Qwen3-32B"),
                                        ("Q8", "Q8"), ("Llama 3.1 8B", "Llama 3.1 8B")])
def test_quant_tags(name, base):
    from nlp.quant_tags import strip_quant
    assert strip_quant(name) == base


QUANT = """my runs, same seed:

    model                        Wexhollow-QA   Kestomer Bench
    Marrowby-3-14B Q8_0               61.3           88.0
    Marrowby-3-14B Q4_K_M             59.8           86.4
"""


def test_quantised_rows_keep_the_models_name(pipe):
    got = _claims(pipe, QUANT)
    assert got and all(m == "Marrowby-3-14B" for m, _, _ in got)
