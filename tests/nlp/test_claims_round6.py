"""Sixth round of claim rules (issue 15): tables in any dress, the names a layout gives, notes and
captions that say who stands behind a block of numbers. Sentences written for these tests, invented
names; entities are marked by hand, so the claim rules are tested alone."""
import pytest

from nlp.claim_tables import table_blocks
from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)


def got(doc):
    return sorted((c["model"], c["benchmark"], c["score"]) for c in doc._.claims)


ROWS = [("Vireo 3", "ZetaBench", 71.3), ("Vireo 3", "QuillEval", 60.2), ("Helix-2 Pro", "ZetaBench", 68.0),
        ("Helix-2 Pro", "QuillEval", 55.1)]


@pytest.mark.parametrize("sep", [" ¦ ", "\t", "; ", ", ", "   "])
def test_models_as_rows_any_separator(pipe, sep):
    """The same table with five separators; the price column is no benchmark."""
    lines = [["model", "ZetaBench", "QuillEval", "price"], ["Vireo 3", "71.3", "60.2", "$0.40"],
             ["Helix-2 Pro", "68.0", "55.1", "$1.10"]]
    text = "\n".join(sep.join(cells) for cells in lines) + "\n"
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench", "QuillEval"]))
    assert got(doc) == sorted(ROWS)


@pytest.mark.parametrize("sep", ["\t", "; ", " ¦ "])
def test_models_as_columns_any_separator(pipe, sep):
    lines = [["benchmark", "Vireo 3", "Helix-2 Pro"], ["ZetaBench", "71.3", "68.0"], ["QuillEval", "60.2", "55.1"]]
    text = "\n".join(sep.join(cells) for cells in lines) + "\n"
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench", "QuillEval"]))
    assert got(doc) == sorted(ROWS)


def test_outer_bars_around_broken_bar_cells(pipe):
    text = ("| model ¦ ZetaBench ¦ QuillEval |\n| Vireo 3 ¦ 71.3 ¦ 60.2 |\n| Helix-2 Pro ¦ 68.0 ¦ 55.1 |\n")
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench", "QuillEval"]))
    assert got(doc) == sorted(ROWS)


def test_layout_names_cells_no_list_knows(pipe):
    """Models as columns: one header cell is a recognised model, so the others are models too; one
    row label is a recognised benchmark, so the other row labels are benchmarks. "Average" is neither."""
    text = ("| | Tamarin-R 3B | Vireo 3 |\n|---|---|---|\n| KestrelMath | 61.0 | 58.3 |\n"
            "| ZetaBench | 84.2 | 87.9 |\n| Average | 72.6 | 73.1 |\n")
    doc = annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench"]))
    assert got(doc) == [("Tamarin-R 3B", "KestrelMath", 61.0), ("Tamarin-R 3B", "ZetaBench", 84.2),
                        ("Vireo 3", "KestrelMath", 58.3), ("Vireo 3", "ZetaBench", 87.9)]


def test_a_model_column_names_its_cells(pipe):
    text = "model, ZetaBench\nVireo 3, 71.3\nGrackle Mini 2, 64.0\nHelix-2 Pro, 68.0\n"
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench"]))
    assert ("Grackle Mini 2", "ZetaBench", 64.0) in got(doc)


@pytest.mark.parametrize("text", [
    # an address and a sentence with commas are no table
    "Vireo 3 scored 71.3 on ZetaBench, up from 65.0, the lab said.\nIt costs $2, $3 or $4.\nOffices: 12, Rue Haute, Lyon.",
    # an indented code block aligned by spaces
    "    x  =  1\n    y  =  2\n    z  =  3\n",
])
def test_prose_and_code_are_no_tables(text):
    assert table_blocks(text) == []


def test_no_table_without_a_number_cell():
    assert table_blocks("name;role\nAda;lead\nBo;intern\n") == []


@pytest.mark.parametrize("text,kind", [
    # a caption ending with ":" speaks for the lines under it
    ("Results on ZetaBench from our rerun:\n- Vireo 3 — 37.5\n- Helix-2 Pro — 26.5\n", "independent"),
    # a note in parentheses under a table speaks for the table
    ("| model | ZetaBench |\n|---|---|\n| Vireo 3 | 37.5 |\n| Helix-2 Pro | 26.5 |\n"
     "(figures as published by each vendor)\n", "self-reported"),
    # "All numbers …" speaks for the whole text, even across a blank line
    ("## Coding\n- Vireo 3: 37.5 on ZetaBench\n- Helix-2 Pro: 26.5\n\nAll numbers are vendor-reported.", "self-reported"),
])
def test_captions_and_notes_give_source_kind(pipe, text, kind):
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench"]))
    assert len(doc._.claims) == 2
    assert {c["source_kind"] for c in doc._.claims} == {kind}


def test_a_row_with_its_own_cue_keeps_it(pipe):
    text = ("Slide 4 (vendor figures):\nVireo 3: ZetaBench 71.3\nHelix-2 Pro: 70.9 (independently verified)\n")
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench"]))
    kinds = {c["model"]: c["source_kind"] for c in doc._.claims}
    assert kinds == {"Vireo 3": "self-reported", "Helix-2 Pro": "independent"}


def test_a_note_does_not_reach_past_a_blank_line_unless_it_says_all(pipe):
    text = ("Vireo 3 scored 71.3 on ZetaBench.\n\nSomething else.\n\n(Source: the vendor's figures)\n")
    doc = annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench"]))
    assert [c["source_kind"] for c in doc._.claims] == ["unknown"]


@pytest.mark.parametrize("text,want", [
    # an error bar is no score
    ("On ZetaBench, Vireo 3 scores 38% (±3).", [("Vireo 3", "ZetaBench", 38.0)]),
    ("On ZetaBench, Vireo 3 scores 38% (+/- 2.5).", [("Vireo 3", "ZetaBench", 38.0)]),
    # a count of items with words between the number and the noun
    ("ZetaBench, a set of 14 deliberately tricky multi-step problems: Vireo 3 reaches 23.4%.",
     [("Vireo 3", "ZetaBench", 23.4)]),
    # … but a score followed by "on" + words is still a score
    ("Vireo 3 scores 61 on hard ZetaBench problems.", [("Vireo 3", "ZetaBench", 61.0)]),
])
def test_error_bars_and_described_counts(pipe, text, want):
    assert got(annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench"]))) == want


@pytest.mark.parametrize("text,models,benches,want", [
    # a capitalised label before the number is no unrecognised benchmark name
    ("Vireo 3 — Score: 71.3 on ZetaBench", ["Vireo 3"], ["ZetaBench"], [("Vireo 3", "ZetaBench", 71.3)]),
    # "stays at" / "remains at" keep the paragraph's benchmark like "sits at"
    ("On ZetaBench, Helix-2 Pro leads. Vireo 3 stays at 87.5.", ["Vireo 3", "Helix-2 Pro"], ["ZetaBench"],
     [("Helix-2 Pro", "ZetaBench", 1.0), ("Vireo 3", "ZetaBench", 87.5)]),
    # "The model X …" names its subject; it is no pronoun for an earlier model
    ("The model Vireo 3 from the Lyon firm Quillon reaches 78.2 percent on ZetaBench.", ["Vireo 3"], ["ZetaBench"],
     [("Vireo 3", "ZetaBench", 78.2)]),
    # a figure someone quotes "for X" after the number is X's
    ("Quillon said Vireo 3 scored 81.7 on ZetaBench, ahead of the 76.4 it gives for Helix-2 Pro.",
     ["Vireo 3", "Helix-2 Pro"], ["ZetaBench"], [("Helix-2 Pro", "ZetaBench", 76.4), ("Vireo 3", "ZetaBench", 81.7)]),
    # … but "with a custom agent" is a setting of the passage's model, not an unnamed entry
    ("Vireo 3 is out. On ZetaBench, with a custom agent, it reaches 63.8%.", ["Vireo 3"], ["ZetaBench"],
     [("Vireo 3", "ZetaBench", 63.8)]),
    # "X climbs to N on B from M for the base Y": N is X's; "Its B figure is modest: N" is on B
    ("Vireo 3 Coder climbs to 83.5 on ZetaBench from 71.2 for the base Vireo 3. Its QuillEval figure is "
     "modest: 38.6%.", ["Vireo 3 Coder", "Vireo 3"], ["ZetaBench", "QuillEval"],
     [("Vireo 3", "ZetaBench", 71.2), ("Vireo 3 Coder", "QuillEval", 38.6), ("Vireo 3 Coder", "ZetaBench", 83.5)]),
    # the best of a field, unnamed, owns its number: not the passage's model
    ("1. Vireo 3 lands at 68.0 on ZetaBench.\n2. QuillCup: the top community entry reached 24% on ZetaBench.",
     ["Vireo 3"], ["ZetaBench"], [("Vireo 3", "ZetaBench", 68.0)]),
])
def test_score_lines_and_subjects(pipe, text, models, benches, want):
    assert got(annotate(pipe, text, ents(models, benches))) == want


def test_inline_list_names_its_unrecognised_models(pipe):
    """One recognised model in a "name score; name score; …" list makes the other model-shaped
    names models; words without a digit ("Revenue") stay out."""
    text = "ZetaBench results (self-run): KAPOK-7 81.3; Vireo 3 77.0; Larch v4 72.5."
    doc = annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench"]))
    assert got(doc) == [("KAPOK-7", "ZetaBench", 81.3), ("Larch v4", "ZetaBench", 72.5), ("Vireo 3", "ZetaBench", 77.0)]
    assert {c["source_kind"] for c in doc._.claims} == {"self-reported"}
    doc = annotate(pipe, "On ZetaBench: Revenue 12.3; Costs 4.5; Vireo 3 7.0 in all.", ents(["Vireo 3"], ["ZetaBench"]))
    assert all(c["model"] == "Vireo 3" for c in doc._.claims)


def test_a_reference_item_starts_a_new_topic(pipe):
    """In a reference list, a number in item [2] is not on the benchmark of item [1]."""
    text = ("References\n[1] Ito et al. ZetaBench (2025). Best reported: Vireo 3 at 62.3.\n"
            "[2] Ruiz et al. Kestrel-Hard (2026). 240 tasks; top system, Helix-2 Pro, solves 41.7%.\n")
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench"]))
    assert got(doc) == [("Vireo 3", "ZetaBench", 62.3)]


@pytest.mark.parametrize("text,want", [
    ("Verdin-Reason tops ZetaBench with 74.0, followed by Vireo 3 at 70.6.",
     [("Verdin-Reason", "ZetaBench", 1.0), ("Verdin-Reason", "ZetaBench", 74.0), ("Vireo 3", "ZetaBench", 70.6)]),
    ("Its TernaLM reached 61.5 on ZetaBench in March.", [("TernaLM", "ZetaBench", 61.5)]),
])
def test_a_model_shaped_subject_of_a_result_verb_is_a_model(pipe, text, want):
    assert got(annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench"]))) == want


@pytest.mark.parametrize("text", [
    "Revenue reached 61.5 on ZetaBench day.",  # no model shape
    "Quillon posted 61.5 on ZetaBench.",  # a lab the recogniser found stays a lab
])
def test_other_subjects_of_result_verbs_stay_out(pipe, text):
    assert got(annotate(pipe, text, ents([], ["ZetaBench"], ["Quillon"]))) == []


def test_dotted_leaders_under_a_benchmark_caption(pipe):
    text = "ZetaBench:\nVireo 3 ........ 88.1\nHelix-2 Pro ...... 65.0\n"
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench"]))
    assert got(doc) == [("Helix-2 Pro", "ZetaBench", 65.0), ("Vireo 3", "ZetaBench", 88.1)]


@pytest.mark.parametrize("text,want", [
    ("[10:02] ana: Vireo 3 on ZetaBench?\n[10:03] bo: 88.1 last I checked\n", [("Vireo 3", "ZetaBench", 88.1)]),
    ("<ana> Vireo 3 on ZetaBench?\n<bo> about 88.1\n", [("Vireo 3", "ZetaBench", 88.1)]),
    # the same speaker, a line in between, or an answer that is no number: nothing
    ("ana: Vireo 3 on ZetaBench?\nana: 88.1 maybe\n", []),
    ("ana: Vireo 3 on ZetaBench?\nbo: no idea\ncy: 88.1\n", []),
    ("ana: Vireo 3 on ZetaBench?\nbo: 12 tasks failed though\n", []),
])
def test_a_chat_answer_takes_the_question_s_model_and_benchmark(pipe, text, want):
    assert got(annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench"]))) == want


def test_a_guessed_model_the_text_calls_a_suite_is_a_benchmark(pipe):
    """"Kestrel-50 internal suite": the recogniser's guess of a model is read as the benchmark it is;
    "on the same 50 tasks" keeps it for the next sentence; "our … model" is the maker speaking."""
    text = ("Quillon's Kestrel-50 internal suite: our small on-device model, Vireo-4B, scores 47.0 today. "
            "Helix-2 Pro, for reference, scores 44.2 on the same 50 tasks.")
    doc = annotate(pipe, text, ents(["Kestrel-50", "Vireo-4B", "Helix-2 Pro"], [], ["Quillon"]))
    assert got(doc) == [("Helix-2 Pro", "Kestrel-50", 44.2), ("Vireo-4B", "Kestrel-50", 47.0)]
    assert [c["source_kind"] for c in doc._.claims if c["model"] == "Vireo-4B"] == ["self-reported"]


def test_model_benchmark_results_keep_the_model(pipe):
    text = "The Vireo-4B benchmark scores are out: on ZetaBench, Vireo-4B scores 47.0."
    assert got(annotate(pipe, text, ents(["Vireo-4B"], ["ZetaBench"]))) == [("Vireo-4B", "ZetaBench", 47.0)]


def test_bullet_slots_name_their_benchmarks(pipe):
    """"- B: Model, N" bullets: the first slot holds benchmarks (two recognised), so the third
    bullet's unrecognised KestrelComp is one; a "Human baseline" slot is no model."""
    text = ("Benchmarks that moved:\n- ZetaBench: Vireo 3, 80.9\n- QuillEval: Helix-2 Pro, 45.1\n"
            "- KestrelComp: Vireo 3, 60.2\n- ZetaBench: Human baseline, 92.0\n")
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench", "QuillEval"]))
    assert got(doc) == [("Helix-2 Pro", "QuillEval", 45.1), ("Vireo 3", "KestrelComp", 60.2),
                        ("Vireo 3", "ZetaBench", 80.9)]


def test_a_score_card_names_its_model(pipe):
    text = "Tern-9T benchmark card: ZetaBench 70.4, QuillEval 61.7."
    assert got(annotate(pipe, text, ents([], ["ZetaBench", "QuillEval"]))) == [
        ("Tern-9T", "QuillEval", 61.7), ("Tern-9T", "ZetaBench", 70.4)]


class _Counting(list):
    """A list of entity tuples that counts the items read from it (by iteration or index)."""
    reads = 0

    def __iter__(self):
        for x in super().__iter__():
            _Counting.reads += 1
            yield x

    def __getitem__(self, i):
        got = super().__getitem__(i)
        _Counting.reads += len(got) if isinstance(i, slice) else 1
        return got


_BLOCK = ("ZetaBench results (self-run): KAPOK-7 81.3; Vireo 3 77.0; Larch v4 72.5.\n"
          "Verdin-Reason tops ZetaBench with 74.0, ahead of Vireo 3.\n"
          "- ZetaBench: Vireo 3, 80.9\n- QuillEval: Helix-2 Pro, 45.1\n- KestrelComp: Vireo 3, 60.2\n"
          "ana: Vireo 3 on ZetaBench?\nbo: 88.1\n"
          "| | Tamarin-R 3B | Vireo 3 |\n| ZetaBench | 84.2 | 87.9 |\n| KestrelMath | 61.0 | 58.3 |\n"
          "(vendor figures)\n\n")


def _reads(copies: int) -> int:
    import re

    from nlp.claim_chat import qa_pairs
    from nlp.claim_names import cue_names, list_names
    from nlp.claim_tables import bullet_names, layout_names

    text = _BLOCK * copies
    found = sorted((m.start(), m.end(), lab, m.group()) for lab, name in (
        ("MODEL", "Vireo 3"), ("MODEL", "Helix-2 Pro"), ("BENCHMARK", "ZetaBench"), ("BENCHMARK", "QuillEval"))
        for m in re.finditer(re.escape(name), text))
    ents = _Counting(found)
    _Counting.reads = 0
    assert list_names(text, ents) and cue_names(text, ents) and bullet_names(text, ents) and qa_pairs(text, ents)
    a = text.index("| |")
    header = (a, text.index("\n", a), [(a + 2, a + 16), (a + 17, a + 26)])
    row = text.index("| ZetaBench", a)
    rows = [header, (row, text.index("\n", row), [(row + 1, row + 12), (row + 13, row + 19), (row + 20, row + 26)])]
    layout_names(text, rows, _Counting([e for e in found if a <= e[0] < rows[-1][1]]))
    return _Counting.reads


def test_the_new_readers_stay_linear_in_the_text():
    """Eight times the text, about eight times the entity reads (each reader looks names up by
    bisection; a scan of every entity per number or per line made this grow with the square)."""
    small, large = _reads(20), _reads(160)
    assert small > 0 and large < 10 * small, (small, large)


@pytest.mark.parametrize("text,cmp", [
    ("On ZetaBench, Vireo 3 scores 47.0. Helix-2 Pro, for reference, scores 44.2 on the same test.", True),
    ("On ZetaBench, Vireo 3 scores 47.0. Helix-2 Pro, by comparison, scores 44.2 on ZetaBench.", True),
    ("On ZetaBench, Vireo 3 scores 47.0. Helix-2 Pro scores 44.2, a reference point.", False),
])
def test_a_subject_for_reference_is_a_comparison(pipe, text, cmp):
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench"]))
    flags = {c["model"]: c["is_comparison"] for c in doc._.claims}
    assert flags == {"Vireo 3": False, "Helix-2 Pro": cmp}


@pytest.fixture(scope="module")
def full_pipe():
    import nlp
    return nlp.load()


def test_a_bullet_list_with_a_column_of_labs_is_read_without_error(full_pipe):
    # "- Lab: Model, N on B" lines: the labs' column is no slot for model or benchmark names
    # (it raised KeyError 'ORG' and stopped the whole document's claims)
    text = ("Release roundup:\n- Anthropic: Claude Opus 4.5, 80.9 on SWE-bench Verified\n"
            "- OpenAI: GPT-5.1, 76.3 on SWE-bench Verified\n- Google: Gemini 3 Pro, 76.2 on SWE-bench Verified\n"
            "- Quillwork: Tarn 2, 70.1 on SWE-bench Verified\n")
    got = {(c["model"], c["score"]) for c in full_pipe(text)._.claims}
    assert {("Claude Opus 4.5", 80.9), ("GPT-5.1", 76.3), ("Gemini 3 Pro", 76.2)} <= got


def test_a_licence_named_after_the_model_does_not_become_the_subject(full_pipe):
    # the fast path for sentences with no benchmark now drops the licence's name as the full reading
    # does, so "It" in the next line is still the model
    text = ("Quillwork ships Tarn 3, an open model.\n**Licence:** Tarn Community License (commercial use allowed "
            "under 700M monthly users)\nIt scores 71.3% on GPQA Diamond.")
    assert [(c["model"], c["score"]) for c in full_pipe(text)._.claims] == [("Tarn 3", 71.3)]


@pytest.mark.parametrize("text, want", [
    ("Vireo 3 scored 71.3% on ZetaBench (95% CI 69.0-73.5).", [("Vireo 3", 71.3)]),
    ("Vireo 3 is the lab's new model. On ZetaBench we measured 64.2%, with a 95% interval of about plus or minus "
     "1.8 points.", [("Vireo 3", 64.2)]),
    ("Helix-2 Pro scored 58.0% on QuillEval, give or take 2.5 points, at a 90% confidence level.", [("Helix-2 Pro", 58.0)]),
])
def test_an_intervals_level_and_half_width_are_no_scores(full_pipe, text, want):
    assert [(c["model"], c["score"]) for c in full_pipe(text)._.claims] == want
