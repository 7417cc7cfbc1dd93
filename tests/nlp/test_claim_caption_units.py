"""Units from captions (README convention 2) over tables read line by line and over model-card lines; an
Elo caption over a "Rating" column. Invented names and figures."""
import pytest

import nlp
from nlp.grid import block_unit


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"kb_files": []})


def _units(pipe, text):
    return {(c["model"], c["score"]): c["unit"] for c in pipe(text)._.claims}


SPACED = """Researchers released FolioCheck-3, a test of document answers. The team ran every model itself.

Correct answers (% of questions), cost and latency:

  Model          Correct   Cost     Latency
  Corrie-4       71.5      $3.10    2.2 s
  Brisk-7B       64.0      $0.40    0.9 s
"""


def test_a_caption_over_a_space_aligned_table(pipe):
    units = _units(pipe, SPACED)
    assert units[("Corrie-4", 71.5)] == "%" and units[("Brisk-7B", 64.0)] == "%"


def test_no_caption_leaves_points(pipe):
    units = _units(pipe, SPACED.replace(" (% of questions)", ""))
    assert units[("Corrie-4", 71.5)] == "points"


def test_a_model_card_statement_over_its_lines(pipe):
    text = ("Model card: Corrie-4-Instruct\nDeveloper: Tamsin Labs\n## Evaluation\n"
            "All scores below are accuracy in %, zero-shot.\nFolioQA: 66.3\nGPQA Diamond: 40.2\n")
    assert _units(pipe, text)[("Corrie-4-Instruct", 66.3)] == "%"  # FolioQA: no unit in any list
    assert _units(pipe, text.replace("accuracy in %", "accuracy"))[("Corrie-4-Instruct", 66.3)] == "points"


def test_an_elo_caption_over_a_rating_column(pipe):
    text = ("The Barter Arena pits trading agents against each other. Standings (ratings on an Elo scale):\n\n"
            "Rank | Model | Rating\n1 | Corrie-4 | 1291\n2 | Brisk-7B | 1240\n")
    units = _units(pipe, text)
    assert units[("Corrie-4", 1291.0)] == "elo" and units[("Corrie-4", 1.0)] == "rank"


def test_block_unit_reads_no_prose_line():
    text = "Scores are in %.\nCorrie-4 reached 71.5 on FolioCheck-3 after a long week of tuning and several reruns."
    assert block_unit(text, text.index("Corrie")) is None  # a sentence of prose, not a row
    rows = "Scores are in %.\nCorrie-4   71.5"
    assert block_unit(rows, rows.index("Corrie")) == "%"
    assert block_unit("Notes\nCorrie-4   71.5", 6) is None
