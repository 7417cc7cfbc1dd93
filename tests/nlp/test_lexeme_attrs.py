"""``nlp.load(lexeme_attrs=False)`` (what annotate and ``modelwire nlp`` use) skips spaCy's lexical
attribute functions; nothing the pipeline outputs may depend on them."""
from __future__ import annotations

import pytest

import nlp
from nlp_texts import data_texts


@pytest.mark.slow  # two full pipeline passes over every annotated text (the suite's longest test): make bench
def test_lean_pipeline_gives_the_same_results_on_every_test_text():
    texts = data_texts()
    assert len(texts) > 200
    records = [{"id": i, "text": t, "title": t.split("\n", 1)[0][:80]} for i, t in enumerate(texts)]
    full, lean = nlp.load({}), nlp.load({}, lexeme_attrs=False)
    got = list(nlp.analyze(lean, records))
    assert got == list(nlp.analyze(full, records))
    assert sum(len(r["entities"]) for r in got) > 1000 and sum(len(r["claims"]) for r in got) > 100


def test_lean_pipeline_computes_only_is_punct_for_new_words(blank_pipe):
    lean, full = nlp.load({}, lexeme_attrs=False), blank_pipe
    assert len(lean.vocab.lex_attr_getters) == 1 < len(full.vocab.lex_attr_getters)
    word = lean.make_doc("zqx1234 ;")
    assert word[1].is_punct and not word[0].like_num and word[0].shape_ == ""
    assert full.make_doc("zqx1234")[0].shape_ == "xxxdddd"
