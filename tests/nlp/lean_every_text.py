"""The lean pipeline's every-text comparison (``nlp.load(lexeme_attrs=False)`` against the full one), cut
into :data:`PARTS` slices, one test file each (``test_lean_every_text_*.py``): ``--dist loadfile`` keeps a
file on one worker, and as one test the comparison was the suite's longest item (160 s of one worker at the
end of round 24). Every text is in exactly one slice; each slice still runs both pipelines over its texts."""
from __future__ import annotations

import nlp
from nlp_texts import data_texts

PARTS = 4


def records() -> list[dict]:
    """Every annotated text, with its first line as the title, numbered in set order."""
    texts = data_texts()
    assert len(texts) > 200
    return [{"id": i, "text": t, "title": t.split("\n", 1)[0][:80]} for i, t in enumerate(texts)]


def in_slice(record: dict, k: int) -> bool:
    """Record ``k``'s slice: data_texts lists each annotated record's text then its title, so a slice takes
    every PARTS-th pair (a text and its title together), keeping the slices' work even."""
    return record["id"] // 2 % PARTS == k


def compare_slice(k: int) -> None:
    """The lean and the full pipeline give the same output on slice ``k``."""
    part = [r for r in records() if in_slice(r, k)]
    full, lean = nlp.load({}), nlp.load({}, lexeme_attrs=False)
    got = list(nlp.analyze(lean, part))
    assert got == list(nlp.analyze(full, part))
    # not a vacuous comparison: each slice holds its share of the 1,000+ mentions and 100+ claims of the whole
    assert sum(len(r["entities"]) for r in got) > 1000 // PARTS and sum(len(r["claims"]) for r in got) > 100 // PARTS
