"""Claim layouts real pages use (round 11, branch nlp-layouts11b): LaTeX source tables, dotted-leader
boards with a place and a bracketed count, a phrase column beside a board's Score, part columns of
one exam, a qualified model column ("Proposed model") after a party's column. Invented names only
(Quillfeather, Wicklow, Pibroch, Heddle-Eval, TussockQA, Velleity Board: in no set), and hard negatives."""
import pytest

import nlp
from nlp.table_rows import latex_tables
from nlp.leader_lines import leader_score
from nlp.numbers import find_numbers


@pytest.fixture(scope="module")
def p():
    return nlp.load()


def got(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}


LATEX = r"""Quillfeather-4: results (Section 4)

We compare Quillfeather-4 with GPT-5.1 on two suites; best in bold, runner-up underlined.

\begin{tabular}{l|cc}
\toprule
\textbf{Model} & \textbf{Heddle-Eval} & \textbf{TussockQA} \\
\midrule
GPT-5.1 & \underline{61.0} & 70.2$^*$ \\
Quillfeather-4 & \textbf{66.3} & \textbf{74.9} \\ \hline
\bottomrule
\end{tabular}
"""


def test_latex_cells_drop_marks_and_rules():
    (a, b, rows), = latex_tables(LATEX)
    cells = [[LATEX[s:e] for s, e in cs] for _, _, cs in rows]
    assert cells == [["Model", "Heddle-Eval", "TussockQA"], ["GPT-5.1", "61.0", "70.2"],
                     ["Quillfeather-4", "66.3", "74.9"]]


def test_latex_table_reads_to_claims(p):
    claims = got(p, LATEX)
    assert {("Quillfeather-4", "Heddle-Eval", 66.3), ("Quillfeather-4", "TussockQA", 74.9),
            ("GPT-5.1", "Heddle-Eval", 61.0), ("GPT-5.1", "TussockQA", 70.2)} <= claims


def test_no_latex_table_from_an_escaped_ampersand_or_one_row():
    assert latex_tables("R\\&D spend \\\\\nnothing here & there \\\\") == []  # one row only
    assert latex_tables("A & B & C\nD & E & F\n") == []  # no row ends: prose with ampersands


def test_leader_score_takes_the_number_the_dots_lead_to():
    line = "Wicklow-2 ........ 1,684  (412 games)"
    nums = [n for n in find_numbers(line) if n.is_score]
    assert [n.value for n in leader_score(line, nums)] == [1684]
    two = "Wicklow-2 ........ 71.2   68.0"  # two bare numbers: ambiguous, unchanged
    nums2 = [n for n in find_numbers(two) if n.is_score]
    assert leader_score(two, nums2) == nums2


def test_dotted_leader_board_with_places_and_counts(p):
    text = ("Velleity Board: language models at the go board\n\n"
            "Velleity Board pits language models against each other with no tools. Latest list (Elo, games played):\n\n"
            "#1  Gemini 3 Pro ........ 1,684  (412 games)\n"
            "#2  GPT-5.2 ............. 1,651  (398)\n"
            "#3  Wicklow-2 ........... 1,590  (405)\n"
            "#4  Pibroch-7B .......... 1,512  (300)\n")
    claims = got(p, text)
    assert ("Wicklow-2", "Velleity Board", 1590) in claims
    assert ("Pibroch-7B", "Velleity Board", 1512) in claims
    assert ("Pibroch-7B", "Velleity Board", 4) in claims  # the place
    assert not any(c[2] in (412, 398, 405, 300) for c in claims)  # the game counts


def test_phrase_column_beside_a_score_is_no_benchmark(p):
    text = ("Velleity Board ranks speech models on twelve languages; the organisers run every model. "
            "This month's board:\n\n"
            "Rank\tModel\tScore\tLanguages above 80\n"
            "1\tGemini 3 Pro\t78.4\t7\n"
            "2\tWicklow-2\t76.9\t6\n"
            "3\tPibroch-7B\t61.5\t2\n")
    claims = got(p, text)
    assert ("Wicklow-2", "Velleity Board", 76.9) in claims
    assert not any("Languages" in c[1] for c in claims)


def test_part_columns_score_the_whole_exam(p):
    text = ("The startup behind Quillfeather-4 published its results on Heddle-Eval, built from this year's "
            "exams in two subjects:\n\n"
            "Model\tHeddle-Eval (%)\tReading part (%)\tMath part (%)\n"
            "Quillfeather-4\t71.3%\t78.9%\t63.6%\n"
            "GPT-5.1\t74.8%\t73.2%\t76.5%\n")
    claims = got(p, text)
    assert {("Quillfeather-4", "Heddle-Eval", 78.9), ("Quillfeather-4", "Heddle-Eval", 63.6),
            ("GPT-5.1", "Heddle-Eval", 76.5)} <= claims
    assert not any("part" in c[1].lower() for c in claims)


def test_proposed_model_column_after_a_bidder_column(p):
    text = ("Evaluation sheet. Technical score (max 60) combines measured accuracy on Heddle-Eval with the "
            "methodology; financial score (max 40) follows the usual formula.\n\n"
            "Bidder | Proposed model | Heddle-Eval accuracy | Technical (60) | Financial (40)\n"
            "Bidder 1 | Wicklow-2 | 84.6% | 54.0 | 22.5\n"
            "Bidder 2 | GPT-5.1 | 81.3% | 50.5 | 31.0\n"
            "Bidder 3 | Pibroch-7B | 73.9% | 44.0 | 40.0\n")
    claims = got(p, text)
    assert {("Wicklow-2", "Heddle-Eval", 84.6), ("GPT-5.1", "Heddle-Eval", 81.3),
            ("Pibroch-7B", "Heddle-Eval", 73.9)} <= claims
    assert not any(c[0].startswith("Bidder") for c in claims)
    assert not any(c[1] in ("Technical", "Financial") for c in claims)


def test_table_flattened_into_one_line(p):
    text = ("We copied the comparison table from the product page; it flattened into one run of text:\n\n"
            "Benchmark Wicklow-9B Wicklow-70B GPT-5.1 MMLU-Pro 52.1 68.4 78.9 GPQA Diamond 38.0 55.6 70.5 "
            "Heddle-Eval 31.2 49.7 33.3 Scores in percent.\n")
    claims = got(p, text)
    assert {("Wicklow-9B", "MMLU-Pro", 52.1), ("Wicklow-70B", "MMLU-Pro", 68.4), ("GPT-5.1", "MMLU-Pro", 78.9),
            ("Wicklow-9B", "GPQA Diamond", 38.0), ("GPT-5.1", "Heddle-Eval", 33.3)} <= claims
    assert ("GPT-5.1", "MMLU-Pro", 52.1) not in claims


def test_flat_line_with_a_short_group_is_no_table():
    from nlp.flat_rows import flat_tables
    text = "Benchmark A-1 B-2 MMLU 52.1 GPQA 38.0 55.6"
    ents = [(10, 13, "MODEL", "A-1"), (14, 17, "MODEL", "B-2"), (18, 22, "BENCHMARK", "MMLU"), (28, 32, "BENCHMARK", "GPQA")]
    assert flat_tables(text, ents) == []  # the first row has one number for two columns


GLUED = ("Velleity Board, coding track: the board as of Friday, copied from the page (the table came out as one line):\n\n"
         "RankModelRatingVotes95% CI1Wicklow Pro1,41211,204+7/−72Pibroch-7B Max1,39812,880+6/−6"
         "3Quillfeather Ultra1,3569,115+9/−84GPT-5.11,3418,902+9/−9\n\n"
         "Velleity Board ratings are Elo-style.\n")


def test_glued_rows_split_at_places_and_known_shapes():
    from nlp.glued_rows import glued_tables
    (a, b, rows), = glued_tables(GLUED)
    cells = [[GLUED[s:e] for s, e in cs] for _, _, cs in rows]
    assert cells[0] == ["Rank", "Model", "Rating"]
    assert cells[1:] == [["1", "Wicklow Pro", "1,412"], ["2", "Pibroch-7B Max", "1,398"],
                         ["3", "Quillfeather Ultra", "1,356"], ["4", "GPT-5.1", "1,341"]]  # "GPT-5.1" cut by the shape


def test_glued_board_reads_to_claims(p):
    claims = got(p, GLUED)
    assert ("GPT-5.1", "Velleity Board", 1341) in claims
    assert ("Quillfeather Ultra", "Velleity Board", 1356) in claims


def test_no_glued_table_without_a_clear_row():
    from nlp.glued_rows import glued_tables
    text = "RankModelRating1Kite 41,2002Kite 31,1003Kite 21,000\n"  # every name ends in a digit: no shape to cut by
    assert glued_tables(text) == []


def test_latex_caption_under_the_rules_gives_the_percent_unit(p):
    text = LATEX.replace("\\end{tabular}\n", "\\end{tabular}\n\\caption{Accuracy (\\%) on two suites.}\n")
    units = {(c["model"], c["benchmark"]): c["unit"] for c in p(text)._.claims}
    assert units[("Quillfeather-4", "Heddle-Eval")] == "%"
