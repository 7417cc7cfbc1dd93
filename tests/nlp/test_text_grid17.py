"""Structure readers of round 17 (branch nlp-grids17): a fixed-width table whose header row has no corner cell (the
names across, board-led rows under them: a slide's or a report's table), and line-scoped boards (a programme, a slide
deck, a numbered thread: the board a led line names governs that line, not the page). Invented names only (none is in
any set or list), other widths and leads than any set, and hard negatives."""
import pytest

import nlp
from nlp.line_scope import figures_after, led_line


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"kb_files": []})


def _claims(pipe, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in pipe(text)._.claims}


# --------------------------------------------------------------------------- corner-less fixed-width tables

SLIDE = """Slide 3: Marlpit-3 against the others (our runs)
                     Marlpit-3    Cobbet 2 Pro    Welkin-9B
  Hobble-QA            71.2          68.4           55.0
  Lantern-Eval         63.5          66.1           41.9
  Quarrel-Bench        48.0          45.2           30.3
"""


def test_a_header_of_models_over_board_led_rows(pipe):
    got = _claims(pipe, SLIDE)
    assert ("Cobbet 2 Pro", "Hobble-QA", 68.4) in got and ("Welkin-9B", "Quarrel-Bench", 30.3) in got
    assert ("Marlpit-3", "Hobble-QA", 68.4) not in got  # not every column given to the first model
    assert len(got) == 9


def test_other_widths_and_two_columns(pipe):
    text = ("Quarterly check (accuracy, %)\n"
            "                 Welkin-9B  Brisco-2\n"
            "Hobble-QA          55.0      40.1\n"
            "Lantern-Eval       41.9      38.0\n"
            "Quarrel-Bench      30.3      22.7\n")
    got = _claims(pipe, text)
    assert {("Brisco-2", "Lantern-Eval", 38.0), ("Welkin-9B", "Quarrel-Bench", 30.3)} <= got
    assert ("Welkin-9B", "Lantern-Eval", 38.0) not in got


def test_a_corner_less_header_of_quantities_or_dates_is_no_score(pipe):
    dates = ("Release plan\n"
             "                  Marlpit-3      Cobbet 2 Pro   Welkin-9B\n"
             "  Preview         2026.03        2026.01        2025.11\n"
             "  Deprecation     2027.05        2026.12        2026.06\n"
             "  Hobble-QA       71.2           68.4           55.0\n")
    got = _claims(pipe, dates)
    assert not any(s in (2026.03, 2027.05, 2026.12, 2025.11) for _, _, s in got)


def test_a_price_table_gives_nothing(pipe):
    text = ("Price list\n"
            "                 Basic     Team     Enterprise\n"
            "Marlpit-3        $3.00     $2.50    $2.00\n"
            "Cobbet 2 Pro     $5.00     $4.00    $3.50\n"
            "Welkin-9B        $0.40     $0.30    $0.20\n")
    assert _claims(pipe, text) == set()


# --------------------------------------------------------------------------- line-scoped boards

PROGRAMME = """Autumn Symposium on Model Testing — Day 2
Hall C · all times CET

9h00  Welcome and coffee
9h20  Talk 1: Quarrel-Bench results (Pikestaff Labs). Top entries: Marlpit-3, 61.0%; Cobbet 2 Pro, 57.5%.
9h45  Talk 2: Hobble-QA results (Yewdale Institute). Welkin-9B 44.2%, Brisco-2 40.1%.
10h10 Break (room B2, 120 seats)
10h50 Talk 4: Lantern-Eval results. Leader: Marlpit-3 at 83.3%.
"""


def test_a_programme_line_keeps_its_own_board(pipe):
    got = _claims(pipe, PROGRAMME)
    assert ("Marlpit-3", "Lantern-Eval", 83.3) in got
    assert ("Welkin-9B", "Hobble-QA", 44.2) in got
    assert not any(m == "Marlpit-3" and s == 83.3 and b != "Lantern-Eval" for m, b, s in got)


def test_a_programme_with_clock_times_and_other_order(pipe):
    text = ("Workshop programme\n"
            "[14:00] Session 1 — Lantern-Eval, new split. Brisco-2 scored 38.0%; Welkin-9B scored 41.9%.\n"
            "[14:30] Session 2 — Hobble-QA revisited. Marlpit-3 scored 71.2%.\n"
            "[15:00] Session 3 — open discussion. Cobbet 2 Pro scored 68.4% in a side run.\n")
    got = _claims(pipe, text)
    assert ("Marlpit-3", "Hobble-QA", 71.2) in got and ("Brisco-2", "Lantern-Eval", 38.0) in got
    assert ("Marlpit-3", "Lantern-Eval", 71.2) not in got


def test_a_line_indented_under_a_board_line_stays_under_it(pipe):
    text = ("Weekend runs\n"
            "* Quarrel-Bench, all 300 tasks: Marlpit-3 61.0%, Cobbet 2 Pro 57.5%\n"
            "    * Welkin-9B trails at 44.2%\n"
            "* Hobble-QA: Brisco-2 40.1%\n")
    got = _claims(pipe, text)
    assert ("Welkin-9B", "Quarrel-Bench", 44.2) in got and ("Brisco-2", "Hobble-QA", 40.1) in got


def test_a_board_heading_line_without_figures_keeps_its_list(pipe):
    text = ("Results on Hobble-QA, our runs:\n"
            "- Marlpit-3 reached 71.2%.\n"
            "- Cobbet 2 Pro reached 68.4%.\n"
            "- Welkin-9B reached 55.0%.\n")
    got = _claims(pipe, text)
    assert {("Marlpit-3", "Hobble-QA", 71.2), ("Welkin-9B", "Hobble-QA", 55.0)} <= got


def test_a_schedule_of_times_and_rooms_claims_nothing(pipe):
    text = ("Conference schedule\n"
            "09:00  Registration, room 101\n"
            "09:30  Keynote, room 204 (capacity 300)\n"
            "10:15  Coffee, foyer\n"
            "11:00  Panel on Hobble-QA governance, room 204, 45 minutes\n")
    assert _claims(pipe, text) == set()


def test_led_line_needs_a_run_of_the_same_lead():
    text = "Intro line\n2/ Hobble-QA: A 1%\n3/ Lantern-Eval: B 2%\nplain"
    assert led_line(text, text.index("Hobble"))[2] == "enum"
    lone = "Intro line\n2/ Hobble-QA: A 1%\nplain prose after it"
    assert led_line(lone, lone.index("Hobble")) is None  # one item is no run
    assert led_line("Prose about Hobble-QA at 1%.\nMore prose.", 12) is None
    assert figures_after(text, text.index("Hobble") + 9, text.index("\n3/"))


def test_a_transcript_or_a_chat_is_one_flow_not_items():
    caption = "[00:00:04] hi\n[00:00:11] I took Hobble-QA, a set of 400 tasks\n[00:01:26] Marlpit-3 got 62.5 percent\n"
    assert led_line(caption, caption.index("Hobble")) is None
    chat = "[10:05] cy: Hobble-QA is out, 400 tasks\n[10:06] ana: Marlpit-3 got 62.5\n"
    assert led_line(chat, chat.index("Hobble")) is None
    programme = "10:05  Talk 1: Hobble-QA, 400 tasks\n10:30  Talk 2: Marlpit-3 at 62.5\n"
    assert led_line(programme, programme.index("Hobble"))[2] == "time"


def test_a_percent_correct_caption_gives_the_corner_less_table_percent(pipe):
    text = SLIDE.replace("(our runs)", "(our runs, % correct)")
    units = {c["unit"] for c in pipe(text)._.claims}
    assert units == {"%"}
    assert {c["unit"] for c in pipe(SLIDE)._.claims} == {"points"}  # no unit said: points, as before


def test_a_tab_separated_header_without_corner(pipe):
    text = ("Results (accuracy, %)\n\n"
            "\tMarlpit-3\tCobbet 2 Pro\tWelkin-9B\n"
            "Hobble-QA\t71.2\t68.4\t55.0\n"
            "Lantern-Eval\t63.5\t66.1\t41.9\n"
            "Quarrel-Bench\t48.0\t45.2\t30.3\n")
    got = _claims(pipe, text)
    assert ("Cobbet 2 Pro", "Lantern-Eval", 66.1) in got and ("Marlpit-3", "Lantern-Eval", 66.1) not in got
