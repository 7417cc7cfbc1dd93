"""Which model and which benchmark a claim is about, across sentences and layouts (nlp.claim_discourse,
nlp.grid): the passage's released model, a lab as the subject of its figure, "its predecessor", a
product named like the family, long-format tables, a corner benchmark, arrow keys in a heading.
Invented models, labs and benchmarks; hand-marked entities on spacy.blank("en") + sentencizer."""
import pytest
import spacy

from nlp.claim_discourse import family_refs, lab_refs, predecessor_refs, product_mentions, released_model
from nlp.claims import ClaimExtractor, extract_claims
from test_claims import annotate
from test_claims_discourse import B, M, O, ents


@pytest.fixture(scope="module")
def pipe():
    p = spacy.blank("en")
    p.add_pipe("sentencizer")
    return p


def got(doc, comparison=False):
    if comparison:
        return sorted((c["model"], c["benchmark"], c["score"], bool(c.get("is_comparison"))) for c in doc._.claims)
    return sorted((c["model"], c["benchmark"], c["score"]) for c in doc._.claims)


# ----------------------------------------------------------------------------------------- layouts

def test_a_long_format_table_reads_each_rows_benchmark(pipe):
    text = ("Pebblemark results, long format\n\nmodel\tbenchmark\tscore\nTamsin 3\tPebblemark\t62.4\n"
            "Tamsin 3\tSlatequiz\t31.0\nOrrin-4\tPebblemark\t58.9\nOrrin-4\tSlatequiz\t28.4\n")
    doc = annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark", "Slatequiz"]))
    assert got(doc) == [("Orrin-4", "Pebblemark", 58.9), ("Orrin-4", "Slatequiz", 28.4),
                        ("Tamsin 3", "Pebblemark", 62.4), ("Tamsin 3", "Slatequiz", 31.0)]


def test_a_corner_benchmark_over_measure_rows_and_a_second_block(pipe):
    text = ("We run every model ourselves.\n\n| Pebblemark | Tamsin 3 | Orrin-4 |\n|---|---|---|\n"
            "| Accuracy (%) | 64.8 | 66.1 |\n| Cost per test ($) | 0.41 | 0.52 |\n| Latency (s) | 48 | 35 |\n\n"
            "| LedgerCalc | Tamsin 3 | Orrin-4 |\n|---|---|---|\n| Accuracy (%) | 61.2 | 60.4 |\n"
            "| Cost per test ($) | 0.88 | 1.10 |\n")
    # LedgerCalc is in no list: the corner of a models-as-columns table over measure rows names it
    doc = annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark"]))
    assert got(doc) == [("Orrin-4", "LedgerCalc", 60.4), ("Orrin-4", "Pebblemark", 66.1),
                        ("Tamsin 3", "LedgerCalc", 61.2), ("Tamsin 3", "Pebblemark", 64.8)]


def test_a_plain_word_corner_names_no_benchmark(pipe):
    text = "| Results | Tamsin 3 | Orrin-4 |\n|---|---|---|\n| Accuracy (%) | 64.8 | 66.1 |\n| Latency (s) | 48 | 35 |\n"
    assert got(annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"]))) == []


def test_an_arrow_key_in_the_heading_names_the_columns_and_the_before_is_compared(pipe):
    text = ("## Highlights\n- Tamsin 3 replaces Tamsin 2 as the default.\n\n"
            "### Benchmarks (old → new, Tamsin 2 → Tamsin 3)\n- Pebblemark: 61.3 → 72.8\n- Slatequiz: 41.2% → 58.9%\n")
    doc = annotate(pipe, text, ents(["Tamsin 3", "Tamsin 2"], ["Pebblemark", "Slatequiz"]))
    assert got(doc, comparison=True) == [
        ("Tamsin 2", "Pebblemark", 61.3, True), ("Tamsin 2", "Slatequiz", 41.2, True),
        ("Tamsin 3", "Pebblemark", 72.8, False), ("Tamsin 3", "Slatequiz", 58.9, False)]


# ----------------------------------------------------------------------------------------- models

def test_a_product_named_like_the_family_is_not_the_model(pipe):
    text = ("Quillon on Tuesday made Tamsin 3 available in the Tamsin app, and within hours the model had "
            "reached 1501 on Pebblemark.")
    doc = annotate(pipe, text, [("Tamsin 3", M, "Tamsin 3"), ("Tamsin", M, "Tamsin"), ("Pebblemark", B, "Pebblemark")])
    assert got(doc) == [("Tamsin 3", "Pebblemark", 1501.0)]
    assert [x[3] for x in product_mentions("Try the Tamsin app today.", [(8, 14, M, "Tamsin")])] == []
    assert product_mentions("Tamsin appears twice.", [(0, 6, M, "Tamsin")]) == [(0, 6, M, "Tamsin")]


def test_a_product_running_a_model_gives_the_model_the_result(pipe):
    text = "We ran Pebblemark on four assistants. Chatterly, running Orrin-4, scored 78.1% on Pebblemark."
    doc = annotate(pipe, text, ents(["Chatterly", "Orrin-4"], ["Pebblemark"]))
    assert got(doc) == [("Orrin-4", "Pebblemark", 78.1)]


def test_the_card_is_the_card_of_the_model_this_paragraph_named(pipe):
    text = ("Quillon released Tamsin 3 with 70.1% on Pebblemark.\n\n"
            "Then there is Orrin-4, from a small lab. It appeared with a one-page card. The card lists 64.0% on Pebblemark.\n\n"
            "The card also lists 55.5% on Slatequiz.")
    doc = annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark", "Slatequiz"]))
    # in a paragraph naming no model, "the card" stays the passage's first model's
    assert got(doc) == [("Orrin-4", "Pebblemark", 64.0), ("Tamsin 3", "Pebblemark", 70.1),
                        ("Tamsin 3", "Slatequiz", 55.5)]


def test_a_lab_as_the_subject_of_its_figure_is_the_released_model(pipe):
    text = ("Tamsin 3 is out\n\nQuillon released Tamsin 3 on Thursday.\n\n"
            "On Pebblemark, a test of ledgers, Quillon reports 83.7%, against 85.0% for Orrin-4.")
    doc = annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark"], ["Quillon"]))
    assert got(doc) == [("Orrin-4", "Pebblemark", 85.0), ("Tamsin 3", "Pebblemark", 83.7)]


def test_lab_refs_the_labs_own_model_else_none_when_it_makes_another():
    text = "Orrin-4 is out. Lattice reports 70.1% on Pebblemark."
    known = [(0, 7, M, "Orrin-4"), (16, 23, O, "Lattice"), (42, 52, B, "Pebblemark")]
    rows = [(0, 7, M, "Orrin-4", "Lattice"), (16, 23, O, "Lattice", None)]
    assert lab_refs(text, known, rows, [known[0]]) == [(16, 23, M, "Orrin-4")]
    # the released model is another lab's: the lab's figure is no claim of it
    rows = [(0, 7, M, "Orrin-4", "Quillon"), (16, 23, O, "Lattice", None)]
    assert lab_refs(text, known, rows, [known[0]]) == []
    # a lab that says something else
    assert lab_refs("Orrin-4 is out. Lattice reports strong demand.", known[:2], rows, [known[0]]) == []


def test_released_model_is_the_headlines_else_the_first_paragraphs():
    assert released_model("Tamsin 3 is out\n\nOrrin-4 lags.", [(0, 8, M, "Tamsin 3"), (17, 24, M, "Orrin-4")]) == "Tamsin 3"
    text = "A busy week\n\nQuillon shipped Orrin-4.\n\nTamsin 3 lags."
    assert released_model(text, [(29, 36, M, "Orrin-4"), (39, 47, M, "Tamsin 3")]) == "Orrin-4"
    assert released_model("Nothing here.", []) is None


def test_its_predecessor_is_the_latest_earlier_version_named(pipe):
    text = ("The score went from 61.0 for the original Lantern to 68.3 for Lantern 2 on Pebblemark. "
            "On Slatequiz, Quillon reports 74.6 for Lantern 2 against 72.9 for its predecessor.")
    doc = annotate(pipe, text, ents(["Lantern 2", "Lantern"], ["Pebblemark", "Slatequiz"]))
    assert ("Lantern", "Slatequiz", 72.9, True) in got(doc, comparison=True)
    assert ("Lantern 2", "Slatequiz", 74.6, False) in got(doc, comparison=True)


@pytest.mark.parametrize("text, names, want", [
    ("Tamsin 3 Mini beats its predecessor.", ["Tamsin 2 Mini", "Tamsin 1.5 Mini", "Tamsin 2 Max", "Tamsin 3 Mini"],
     "Tamsin 2 Mini"),
    ("Tamsin 3 Mini beats its predecessor.", ["Tamsin 3 Mini", "Orrin-2"], None),  # no earlier version named
    ("Tamsin 3 Mini beats its predecessor, Tamsin 2 Mini, …", ["Tamsin 2 Mini", "Tamsin 3 Mini"], None),  # named there
])
def test_predecessor_refs(text, names, want):
    ents_ = [(-20 - i, -19 - i, M, n) for i, n in enumerate(names[:-1])][::-1] + [(0, len(names[-1]), M, names[-1])]
    found = predecessor_refs(text, sorted(ents_))
    assert [x[3] for x in found] == ([want] if want else [])


def test_a_bare_family_name_later_is_the_one_longer_model_named(pipe):
    text = ("My numbers on Pebblemark:\n- Tamsin Small 1.1: 46.3%\n- Orrin-4: 52.4%\n\n"
            "Reply by a reader:\nThe official board lists a different figure, probably because of the quantisation "
            "and the sampling settings people use at home.\n\nReply by another reader:\nRan Tamsin on a laptop, got 47.0% on Pebblemark. Not worth it.")
    doc = annotate(pipe, text, [("Tamsin Small 1.1", M, "Tamsin Small 1.1"), ("Tamsin", M, "Tamsin"),
                                ("Orrin-4", M, "Orrin-4"), ("Pebblemark", B, "Pebblemark")])
    assert ("Tamsin Small 1.1", "Pebblemark", 47.0) in got(doc)
    far = " filler words here" * 10
    # two longer models of the family, or the bare name beside the longer one: two models, left alone
    assert family_refs([(0, 8, M, "Tamsin 2"), (10, 20, M, "Tamsin 3 Max"), (400, 406, M, "Tamsin")])[-1][3] == "Tamsin"
    assert family_refs([(0, 8, M, "Tamsin 2"), (30, 36, M, "Tamsin"), (400, 406, M, "Tamsin")])[-1][3] == "Tamsin"
    assert family_refs([(0, 8, M, "Tamsin 2"), (len(far), len(far) + 6, M, "Tamsin")])[-1][3] == "Tamsin 2"


def test_put_it_at_and_for_it_point_at_the_subject(pipe):
    text = ("Orrin-4 scores 70.5% on Pebblemark, its card says. An independent run, posted a week later, "
            "put it at 66.2%.\n\nOrrin-4 is second on the board; its lab's own post claimed 1483 for it.")
    doc = annotate(pipe, text, ents(["Orrin-4"], ["Pebblemark"]))
    assert ("Orrin-4", "Pebblemark", 66.2) in got(doc)
    assert ("Orrin-4", "Pebblemark", 1483.0) in got(doc)


def test_a_model_said_to_be_higher_leaves_the_subject_in_force(pipe):
    text = ("How good is it?\nOn Pebblemark Tamsin 3 scores 71.9. Orrin-4 is higher, I think 80 something.\n\n"
            "And in English?\nIt gets 58.2% on Slatequiz.")
    doc = annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark", "Slatequiz"]))
    assert got(doc) == [("Tamsin 3", "Pebblemark", 71.9), ("Tamsin 3", "Slatequiz", 58.2)]
    # with "than", the model compared is the new subject
    text = "Tamsin 3 scores 71.9 on Pebblemark. Orrin-4 is better than most.\n\nIt gets 58.2% on Slatequiz."
    assert ("Orrin-4", "Slatequiz", 58.2) in got(annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark", "Slatequiz"])))


def test_a_benchmark_described_in_apposition_keeps_the_sentence_about_the_model(pipe):
    text = ("Quillon released Tamsin 3.\n\nThe company reports 37.5% on Pebblemark, a set where earlier "
            "frontier models scored in the low single digits.")
    assert got(annotate(pipe, text, ents(["Tamsin 3"], ["Pebblemark"]))) == [("Tamsin 3", "Pebblemark", 37.5)]


def test_our_vendors_model_is_an_unnamed_model(pipe):
    text = "My manager says our vendor's model gets 95% on Pebblemark. Orrin-4 scored 88.7 on it at launch."
    assert ("Orrin-4", "Pebblemark", 95.0) not in got(annotate(pipe, text, ents(["Orrin-4"], ["Pebblemark"])))


# ----------------------------------------------------------------------------------------- benchmarks

def test_dollars_on_the_headlines_board_scored_in_usd(pipe):
    text = ("Vendomat 2: which model runs the best shop?\n\nTamsin 3 ended the year with $5,478.16, the highest "
            "balance, followed by Orrin-4 with $3,838.74. A scripted baseline the lab wrote reaches about $63,000.")
    doc = annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Vendomat 2"]))
    doc._.claims = extract_claims(doc, bench_units={"Vendomat 2": "USD"})
    assert sorted((c["model"], c["score"], c["unit"]) for c in doc._.claims if c["unit"] == "USD") == [
        ("Orrin-4", 3838.74, "USD"), ("Tamsin 3", 5478.16, "USD")]


def test_debuted_at_and_a_labs_rating_for_it_take_the_topic_benchmark(pipe):
    text = ("Tamsin 3 and the Pebblemark board\n\nOrrin-4 debuted at 1501 and has slid a bit since.\n\n"
            "Tamsin 3 changed the conversation. Quillon reported a rating of 2029 for it.")
    doc = annotate(pipe, text, ents(["Orrin-4", "Tamsin 3"], ["Pebblemark"], ["Quillon"]))
    # (Quillon makes no model the passage names: its figure is the headline's model's)
    assert got(doc) == [("Orrin-4", "Pebblemark", 1501.0), ("Tamsin 3", "Pebblemark", 2029.0)]


def test_component_still_runs_on_a_text_with_none_of_these(pipe):
    doc = ClaimExtractor(pipe)(pipe("Nothing about models at all, only 42 apples."))
    assert doc._.claims == []


def test_a_chat_turn_naming_a_benchmark_makes_it_the_topic_of_the_turns_after(pipe):
    text = ("[10:01] ana: has anyone run Pebblemark on Tamsin 3 yet?\n[10:02] bo: yes, it gets 71.2% there\n"
            "[10:03] ana: and Orrin-4?\n[10:04] bo: Orrin-4 got 64.0%\n[10:05] cy: new topic, Slatequiz is out\n"
            "[10:06] bo: Orrin-4 scores 55.0% on it")
    doc = annotate(pipe, text, ents(["Tamsin 3", "Orrin-4"], ["Pebblemark", "Slatequiz"]))
    assert ("Orrin-4", "Slatequiz", 55.0) in got(doc) and ("Orrin-4", "Pebblemark", 64.0) in got(doc)
    assert ("Orrin-4", "Pebblemark", 55.0) not in got(doc)


def test_a_week_or_episode_number_is_no_score(pipe):
    text = "Pebblemark, week 3\n\nu/ana: Tamsin 3 is at 71.2% for me."
    assert got(annotate(pipe, text, ents(["Tamsin 3"], ["Pebblemark"]))) == [("Tamsin 3", "Pebblemark", 71.2)]
