"""``nlp.load(lexeme_attrs=False)`` (what annotate and ``modelwire nlp`` use) skips spaCy's lexical
attribute functions; nothing the pipeline outputs may depend on them."""
from __future__ import annotations

from pathlib import Path

import nlp
from lean_every_text import PARTS, in_slice, records


def test_the_every_text_comparison_has_one_file_per_slice_and_the_slices_cover_every_text():
    """The comparison itself runs in ``test_lean_every_text_*.py`` (one slice each, see lean_every_text.py)."""
    files = sorted(p.name for p in Path(__file__).parent.glob("test_lean_every_text_*.py"))
    assert files == [f"test_lean_every_text_{k + 1}.py" for k in range(PARTS)]
    every = records()
    assert [sum(in_slice(r, k) for k in range(PARTS)) for r in every] == [1] * len(every)


def test_lean_pipeline_computes_only_is_punct_for_new_words(blank_pipe):
    lean, full = nlp.load({}, lexeme_attrs=False), blank_pipe
    assert len(lean.vocab.lex_attr_getters) == 1 < len(full.vocab.lex_attr_getters)
    word = lean.make_doc("zqx1234 ;")
    assert word[1].is_punct and not word[0].like_num and word[0].shape_ == ""
    assert full.make_doc("zqx1234")[0].shape_ == "xxxdddd"
