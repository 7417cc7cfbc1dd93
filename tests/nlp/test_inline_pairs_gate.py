"""nlp.inline_pairs: the colour-word gate before the legend scans hides no legend (invented names)."""
import random

from nlp import inline_pairs as ip


def test_gate_is_a_superset_of_both_legends():
    rng = random.Random(14)
    pieces = ["Vexmoor 3", "Tarnel-2", " in ", " (", ")", "=", ": ", "teal", "GREY", "Light blue", "dark-Red", "navy",
              "reddish", "and", ", ", ". ", "\n", " ", "Brannock", "ﬁ", "İ", "K"]
    for _ in range(4000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        a = rng.randint(0, len(s))
        b = rng.randint(a, len(s))
        if ip._COLOUR_AFTER.search(s, a, b) or ip._COLOUR_BEFORE.search(s, a, b):
            assert ip._ANY_COLOUR.search(s, a, b), (s, a, b)


def test_legend_still_read_and_no_colour_reads_none():
    text = ("Bars, Vexmoor 3 in teal, Tarnel-2 in grey. Values, teal first: BrannockQA 61.2 / 78.8; "
            "QuillBench 70.1 / 64.0.")
    rows = ip.inline_pair_tables(text)
    assert rows and len(rows[0][2]) >= 2
    assert ip.inline_pair_tables("Bars, Vexmoor 3 in front, Tarnel-2 behind. BrannockQA 61.2 / 78.8; QuillBench 70.1 / 64.0.") == []
