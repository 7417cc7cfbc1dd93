"""The name tagger's suggester read over plain lists (nlp/name_tagger.py) proposes the spans the
token-by-token reading did, and its lean vocabulary gives new words the features a full one does;
sentences and names written for this test."""

from __future__ import annotations

import random

import numpy as np
import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from nlp import name_tagger as nt

SENTENCES = [
    "We tried Vornik-7 mini and the Plimbra Eval suite today.",
    "SKELLIDOR-2.5 beats Ombrath 3 Pro - and Drusk.",
    "the plain words here, all in lower case",
    "Vornik",
    "x.Fennowick-v2-pro Halvenor 4 nano",
    "Halvenor Labs released Ombrath-2-Instruct; it scored 61.4 on Plimbra-Hard (5-shot).",
    "| Drusk 2 | 77.0 | Vornik 9B | 81.3 |",
    "  Several   spaces   before Skellidor   and after  ",
]


@pytest.fixture(scope="module")
def tagger():
    pipe, _ = nt.load_pipe()
    assert pipe is not None, "the name tagger's artefact (nlp/data/name_tagger/) is committed and must load"
    return pipe, pipe.get_pipe("spancat_singlelabel")


def _ref_like(tok) -> bool:
    t = tok.text
    return t[:1].isupper() or any(c.isdigit() for c in t) or t.lower() in nt.LOWER_IN_NAME or t in nt.JOINERS


def _ref_glued(doc, i):
    return i > 0 and not doc[i - 1].whitespace_


def _ref_runs(doc):
    out, n, i = [], len(doc), 0
    while i < n:
        tok = doc[i]
        if not _ref_like(tok) or tok.text in nt.JOINERS or tok.text.lower() in nt.LOWER_IN_NAME and not tok.text[:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < n:
            t = doc[j]
            if t.text in nt.JOINERS:
                if _ref_glued(doc, j) and j + 1 < n and _ref_glued(doc, j + 1) and doc[j + 1].text not in nt.JOINERS:
                    j += 2
                    continue
                break
            if _ref_glued(doc, j) and t.text[:1].isalnum() or _ref_like(t) and not _ref_glued(doc, j):
                j += 1
                continue
            break
        out.append((i, j))
        i = j
    return out


def _ref_candidates(doc):
    out = []
    for i, j in _ref_runs(doc):
        for s in range(i, j):
            t = doc[s]
            if _ref_glued(doc, s) and s > i or t.text in nt.JOINERS or (t.text.lower() in nt.LOWER_IN_NAME and not t.text[:1].isupper()):
                continue
            if t.text.lower() in STOP_WORDS and not any(c.isdigit() for c in t.text):
                continue
            for e in range(s + 1, min(j, s + nt.MAX_TOKENS) + 1):
                if e < j and _ref_glued(doc, e):
                    continue
                if doc[e - 1].text in nt.JOINERS:
                    continue
                out.append((s, e))
    return out


def _shuffled_texts(n: int) -> list[str]:
    """Word salads of the edge cases: joiners spaced and glued, tier words, stop words, digits, capitals."""
    parts = ["Vornik", "-", "7", "mini", "Pro", "the", "and", ".", "Plimbra", "Eval", "x2", "Q", "pro", "_", "3.5",
             "Of", "it", "Halvenor-4", "nano", "\u2011", "Drusk", "(", ")"]
    rng = random.Random(24)
    out = []
    for _ in range(n):
        words = [rng.choice(parts) for _ in range(rng.randint(0, 14))]
        out.append("".join(w + rng.choice(["", " ", " ", "  "]) for w in words))
    return out


def test_suggester_proposes_what_the_token_reading_did(tagger):
    pipe, _ = tagger
    for text in SENTENCES + _shuffled_texts(400):
        doc = pipe.make_doc(text)
        assert nt.runs_of(doc) == _ref_runs(doc), text
        assert nt.span_candidates(doc) == _ref_candidates(doc), text


def test_suggester_on_a_written_sentence(tagger):
    pipe, _ = tagger
    doc = pipe.make_doc("We tried Vornik-7 mini and the Plimbra Eval suite today.")
    assert [doc[s:e].text for s, e in nt.span_candidates(doc)] == [
        "Vornik-7", "Vornik-7 mini", "Plimbra", "Plimbra Eval", "Eval"]


def test_new_words_get_the_features_a_full_vocabulary_gives(tagger):
    """load_pipe keeps only the lexical attributes the model reads: a word it has not seen gets the norm,
    prefix, suffix and shape spaCy's full set of attribute functions gives it."""
    import spacy
    from spacy.attrs import NAMES

    pipe, _ = tagger
    assert {NAMES[a] for a in pipe.vocab.lex_attr_getters} == {"NORM", "PREFIX", "SUFFIX", "SHAPE"}
    full = spacy.load(nt.ARTEFACT)
    assert len(full.vocab.lex_attr_getters) > 4
    cols = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
    for text in SENTENCES + ["Qorvash’S «Brindlemoor» — US$ 12,5 ÉTÉ ſtrange \u212aelvin’s naïve CAFÉ x²"]:
        assert np.array_equal(pipe.make_doc(text).to_array(cols), full.make_doc(text).to_array(cols)), text
