"""Claims on names only the learned tagger found (nlp/tagger_claims.py), and the tagger's code-line veto
(nlp/tagger_gate.py). Invented names, sentences written for this test."""

from __future__ import annotations

import math

import spacy

from nlp import claim_confidence, tagger_gate
from nlp.claim_confidence import FEATURES, TAGGER_FEATURES, TAGGER_SLICE, shifted
from nlp.entities import TAGGED_KEY
from nlp.tagger_claims import tagger_features, tagger_names, temper

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


def test_each_claim_says_which_of_its_names_only_the_tagger_found():
    claims = [_claim("Mallowfen-7", "Fettlework", 64.0), _claim("Mallowfen-7", "Fettlework-Live", 58.5),
              _claim("Varrowind 2", "OXBANE", 71.0)]
    assert len(TAGGER_FEATURES) == 2 and FEATURES[TAGGER_SLICE] == TAGGER_FEATURES
    # the stem "Fettlework" is a shorter form of the tagger's "Fettlework-Live": its benchmark too
    assert tagger_features(_doc(["Fettlework-Live", "Varrowind 2"]), claims) == [[0.0, 1.0], [0.0, 1.0], [1.0, 0.0]]
    assert tagger_features(_doc([]), claims) == [[0.0, 0.0]] * 3  # the tagger off, or the rules' names
    assert tagger_features(_doc(["OXBANE"], known=("OXBANE",)), claims)[2] == [0.0, 0.0]  # a name the KB knows


def test_a_shift_moves_the_log_odds_and_keeps_a_veto():
    assert shifted(0.5, math.log(3)) == 0.75
    assert shifted(0.75, -math.log(3)) == 0.5
    assert shifted(0.9, 0.0) == 0.9
    assert shifted(0.0, 2.0) == 0.0  # a vetoed claim stays at 0
    assert shifted(1.0, -1.0) < 1.0 and shifted(0.999, -1.0) < 0.999  # the rounded ends still move


def test_temper_adds_the_tagger_features_weights(monkeypatch):
    weights = [0.0] * len(FEATURES)
    weights[TAGGER_SLICE] = [math.log(2), -math.log(3)]
    monkeypatch.setattr(claim_confidence, "WEIGHTS", weights)
    claims = [_claim("Mallowfen-7", "Fettlework", 64.0), _claim("Varrowind 2", "OXBANE", 71.0),
              _claim("Varrowind 2", "Fettlework", 66.0)]
    claims[2]["confidence"] = 0.0  # vetoed
    temper(_doc(["OXBANE", "Varrowind 2"]), claims)
    assert claims[0]["confidence"] == 0.95  # the rules' names: untouched
    assert claims[1]["confidence"] == shifted(0.95, math.log(2) - math.log(3)) < 0.95
    assert claims[2]["confidence"] == 0.0
    monkeypatch.setattr(claim_confidence, "WEIGHTS", [0.0] * len(FEATURES))  # zero weights: no change
    claims = [_claim("Varrowind 2", "OXBANE", 71.0)]
    temper(_doc(["OXBANE", "Varrowind 2"]), claims)
    assert claims[0]["confidence"] == 0.95


def test_the_gate_refuses_unquoted_words_on_a_line_of_code():
    line = "INSERT INTO runs_table VALUES ('mallowfen-7', 'Skellig-QA', 61.5);\nSkellig-QA is new."
    veto = tagger_gate.veto_for([])
    at = line.index("VALUES")
    assert veto(line, at, at + 6, "BENCHMARK", 0.9)
    quoted = line.index("Skellig-QA")
    assert not tagger_gate._unquoted_code(line, quoted, quoted + 10)  # a quoted value may be a name
    prose = line.rindex("Skellig-QA")
    assert not tagger_gate._unquoted_code(line, prose, prose + 10)  # the next line is prose


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


def test_the_gate_refuses_a_tables_column_words():
    veto = tagger_gate.veto_for([])
    text = "Model        Pts   Stderr\nVarrowind 2  41    0.8"
    for word in ("Pts", "Stderr"):
        at = text.index(word)
        assert veto(text, at, at + len(word), "BENCHMARK", 0.9), word
