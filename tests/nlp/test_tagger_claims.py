"""Claims on benchmarks only the learned tagger found (nlp/tagger_claims.py), and the tagger's code-line veto
(nlp/tagger_gate.py). Invented names, sentences written for this test."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from nlp import tagger_gate
from nlp.entities import TAGGED_KEY
from nlp.tagger_claims import UNUSED, VARIANT, _has_variant, tagger_names, temper, used_as_benchmark

TEXT = ("Mallowfen-7 scores 64.0 on Fettlework and 58.5 on Fettlework-Live. "
        "Varrowind 2 | OXBANE | 71.0")


def _doc(tagged: list[str], known: tuple[str, ...] = ()):
    """A doc of TEXT with its names as the entity stage leaves them; ``tagged``: the tagger's surfaces."""
    nlp = spacy.blank("en")
    doc = nlp(TEXT)
    names = [("Mallowfen-7", "MODEL"), ("Fettlework", "BENCHMARK"), ("Fettlework-Live", "BENCHMARK"),
             ("Varrowind 2", "MODEL"), ("OXBANE", "BENCHMARK")]
    spans, at = [], 0
    for name, label in names:
        s = TEXT.index(name, at)
        at = s + len(name)
        span = doc.char_span(s, at, label=label)
        span._.canonical, span._.known = name, name in known
        spans.append(span)
    doc.ents = spans
    doc.user_data[TAGGED_KEY] = [(sp.start_char, sp.end_char) for sp in spans if sp.text in tagged]
    return doc


def _claim(model: str, bench: str, score: float) -> dict:
    return {"model": model, "benchmark": bench, "score": score, "confidence": 0.95}


def test_tagger_names_are_the_tagged_unknown_names_and_their_shorter_forms():
    assert tagger_names(_doc([])) == {}
    assert tagger_names(_doc(["Fettlework-Live"])) == {"Fettlework-Live": "BENCHMARK", "Fettlework": "BENCHMARK"}
    assert tagger_names(_doc(["OXBANE", "Varrowind 2"])) == {"OXBANE": "BENCHMARK", "Varrowind 2": "MODEL"}
    assert tagger_names(_doc(["OXBANE"], known=("OXBANE",))) == {}  # a name the KB knows is the rules'


def test_a_benchmark_is_used_as_one_after_on_or_before_a_benchmark_noun():
    assert used_as_benchmark("It reached 40% on Plinthwise.", "Plinthwise")
    assert used_as_benchmark("The Plinthwise leaderboard moved.", "Plinthwise")
    assert used_as_benchmark("Plinthwise's test split is small.", "Plinthwise")
    assert not used_as_benchmark("Plinthwise | 40.1 | 38.0", "Plinthwise")
    assert not used_as_benchmark("Plinthwiser on 3 GPUs", "Plinthwise")  # not a mention: a longer word


def test_a_longer_variant_makes_the_stem_a_guess():
    assert _has_variant("Fettlework", {"Fettlework-Live", "Fettlework"})
    assert not _has_variant("Fettlework-Live", {"Fettlework-Live", "Fettlework"})
    assert not _has_variant("Fettle", {"Fettlework"})  # a word of its own, not a variant


def test_temper_lowers_only_claims_on_the_taggers_benchmarks():
    claims = [_claim("Mallowfen-7", "Fettlework", 64.0), _claim("Mallowfen-7", "Fettlework-Live", 58.5),
              _claim("Varrowind 2", "OXBANE", 71.0)]
    temper(_doc(["Fettlework", "Fettlework-Live", "OXBANE", "Varrowind 2"]), TEXT, claims)
    # used "on Fettlework", but Fettlework-Live is named too: a little lower
    assert claims[0]["confidence"] == round(0.95 * VARIANT, 3)
    assert claims[1]["confidence"] == 0.95  # used as a benchmark, no longer variant
    assert claims[2]["confidence"] == round(0.95 * UNUSED, 3)  # a table cell only: never used as a benchmark


def test_temper_leaves_the_rules_names_alone():
    claims = [_claim("Mallowfen-7", "Fettlework", 64.0), _claim("Varrowind 2", "OXBANE", 71.0)]
    temper(_doc(["Varrowind 2"]), TEXT, claims)  # a tagger model only: its claims were right on the spent sets
    assert [c["confidence"] for c in claims] == [0.95, 0.95]


def test_the_gate_refuses_unquoted_words_on_a_line_of_code():
    line = "INSERT INTO runs_table VALUES ('mallowfen-7', 'Skellig-QA', 61.5);\nSkellig-QA is new."
    veto = tagger_gate.veto_for([])
    at = line.index("VALUES")
    assert veto(line, at, at + 6, "BENCHMARK", 0.9)
    quoted = line.index("Skellig-QA")
    assert not tagger_gate._unquoted_code(line, quoted, quoted + 10)  # a quoted value may be a name
    prose = line.rindex("Skellig-QA")
    assert not tagger_gate._unquoted_code(line, prose, prose + 10)  # the next line is prose


def test_an_apposition_or_a_run_through_it_is_a_use():
    assert used_as_benchmark("They put four models through Plinthwise, a 300-question practice exam.", "Plinthwise")
    assert not used_as_benchmark("Plinthwise, a bakery in the old town, opened.", "Plinthwise")


def test_the_gate_refuses_placeholders_of_a_command_line():
    veto = tagger_gate.veto_for([])
    for text, word in (("usage: fettle [--budget TOKENS] [--out DIR]", "TOKENS"), ("run --seed $(OXBANE) now", "OXBANE"),
                       ("fettle -m MALLOW", "MALLOW")):
        at = text.index(word)
        assert veto(text, at, at + len(word), "BENCHMARK", 0.9), text
    text = "Mallowfen-7 tops Skellig-QA this week."
    at = text.index("Skellig-QA")
    assert not veto(text, at, at + 10, "BENCHMARK", 0.9)


def test_the_gate_refuses_build_variables_and_log_levels():
    veto = tagger_gate.veto_for([])
    for text, word in (("OXBANES := fettle-7 skellig-qa\n", "OXBANES"),
                       ("2027-01-04 09:12:44 WARNING fettle.run started skellig-qa", "WARNING")):
        at = text.index(word)
        assert veto(text, at, at + len(word), "BENCHMARK", 0.9), text


def test_the_gate_refuses_an_interpreters_code_a_table_type_and_a_match_result():
    veto = tagger_gate.veto_for([])
    for text, word, label in (("In [4]: import Fettlework as fw\n", "Fettlework", "BENCHMARK"),
                              (">>> board = Skellig.load('x')\n", "Skellig", "BENCHMARK"),
                              ("3×2 Oxbane\n  model  score", "Oxbane", "BENCHMARK"),
                              ("the AI demo came before Mallowfen Town beat Skellig Rovers 2-0.", "Skellig Rovers 2-0", "MODEL")):
        at = text.index(word)
        assert veto(text, at, at + len(word), label, 0.9), text
    text = "Our coding model Skellig 2 beats last year's release on Fettlework."
    at = text.index("Skellig 2")
    assert not veto(text, at, at + 9, "MODEL", 0.9)


def test_a_benchmark_with_a_digit_keeps_its_claims_and_its_maintainers_use_it():
    text = "Oxbane-40 | 71.0\nVarrowind 2 | 66.5"
    nlp = spacy.blank("en")
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 9, label="BENCHMARK"), doc.char_span(17, 28, label="MODEL")]
    doc.ents[0]._.canonical = "Oxbane-40"
    doc.user_data[TAGGED_KEY] = [(0, 9)]
    claims = [_claim("Varrowind 2", "Oxbane-40", 66.5)]
    temper(doc, text, claims)  # never used as a benchmark, but named like one
    assert claims[0]["confidence"] == 0.95
    assert used_as_benchmark("The Plinthwise maintainers rescored every run.", "Plinthwise")


def test_the_gate_refuses_a_tables_column_words():
    veto = tagger_gate.veto_for([])
    text = "Model        Pts   Stderr\nVarrowind 2  41    0.8"
    for word in ("Pts", "Stderr"):
        at = text.index(word)
        assert veto(text, at, at + len(word), "BENCHMARK", 0.9), word
