"""The claims stage's patterns wrapped where they are defined (round 21: a needed-word gate, a scan from the
matches' possible beginnings, or from their first letters) find exactly what the patterns themselves find: on every
test text, on windows of them as the readers search them, on random strings of the patterns' own words, and on
sentences written here (invented names)."""
from __future__ import annotations

import importlib
import random
import re

import pytest

from nlp.literal_starts import LiteralStarts
from nlp.needed_words import _LiteralGated
from nlp.quick_rejects import _FromStarts
from nlp_texts import data_texts
from test_numbers_fast import _strings, _words_of

#: (module, name, wrapper): each measured by replaying the pipeline's own calls over the bench texts
WRAPPED = [
    ("nlp.claim_speaker", "_GENERIC_MAKER", _LiteralGated),
    ("nlp.claim_speaker", "_THIRD_ACT", _FromStarts),
    ("nlp.claim_discourse", "_OWNED_NAME", LiteralStarts),
    ("nlp.clause_binding", "_SCORE_VERB", _FromStarts),
    ("nlp.clause_binding", "_DISOWNED", _LiteralGated),
    ("nlp.board_shapes", "INLINE_TASKS", _LiteralGated),
    ("nlp.place_markers", "_UNRANKED", _LiteralGated),
    ("nlp.withdrawn_figures", "_RERUN", _FromStarts),
    ("nlp.withdrawn_figures", "_TEXT_RIGHT", _FromStarts),
    ("nlp.inline_pairs", "_VS_KEY", _LiteralGated),
    ("nlp.claims", "_NOT_A_MODEL_SUBJECT", _LiteralGated),
    ("nlp.claim_source", "_OWN_SELF", _LiteralGated),
    ("nlp.claim_source", "_WE_RAN", _LiteralGated),
    ("nlp.claim_places", "_BEST_RESULT", _LiteralGated),
]

# what the wrapped patterns look for, in sentences of our own
_WRITTEN = [
    "Its Vesquel Index puts Brannow 2 first; the firm's Tellisk Bench agrees.",
    "their Ardenmoor Suite\nTHE LAB'S Brannow Arena",
    "The company said Brannow 2 scores 71, and the developer itself reported 70 on Vesquel.",
    "Researchers at a Tellisk institute tested Brannow 2; prepared by the Ardenmoor working group.",
    "Brannow 2 scored 64.5% and later reached 66 on Vesquel-Bench.",
    "Ardenmoor's editors warned against citing the Brannow figure.",
    'tasks: [vesquel, ardenmoor]\n--tasks vesquel,ardenmoor',
    "The Tellisk rows are sorted alphabetically; their order means nothing.",
    "We re-ran the corrected results; the abstract is right and the table was a typo.",
    "Figure 2: Brannow 2 vs Tellisk 3 vs Vesquel. Brannow 71 vs 69 vs 60.",
    "Humans average 80 and the random baseline gets 25 on Ardenmoor.",
    "Welcome to our release notes. These Tellisk technical notes list Brannow 2.",
    "We tested Brannow 2 on my own rig; I ran it twice.",
    "Brannow 2 posts its best result on Vesquel, its best score among open models.",
    "ſcored ıt İt \u212aelvin: Brannow scores 40",
]


def _texts() -> list[str]:
    return [t for t in data_texts() if t]


@pytest.mark.parametrize("module,name,kind", WRAPPED, ids=[f"{m}.{n}" for m, n, _ in WRAPPED])
def test_wrapped_pattern_finds_what_its_pattern_finds(module, name, kind):
    wrapped = getattr(importlib.import_module(module), name)
    assert isinstance(wrapped, kind), (module, name)  # (renamed, or its words or beginnings no longer known)
    raw = wrapped.rx
    assert isinstance(raw, re.Pattern)
    rnd = random.Random(len(name))
    texts = _texts()
    cases = texts[::2] + _WRITTEN + _strings(_words_of(raw) + ["Brannow", "2.5", "71%", "İn", "ſ", "\u212a"], n=800,
                                             seed=len(module))
    cases += [c + " " for c in cases[-200:]]
    hits = 0
    for s in cases:
        want = [(m.span(), m.groups()) for m in raw.finditer(s)]
        assert [(m.span(), m.groups()) for m in wrapped.finditer(s)] == want, s[:200]
        hits += bool(want)
        if kind is LiteralStarts:
            continue  # (a whole-text finditer only)
        w = raw.search(s)
        assert (wrapped.search(s) and wrapped.search(s).span()) == (w and w.span()), s[:200]
        if len(s) > 40:  # a window, as clause_binding and inline_pairs search a clause or a paragraph
            a = rnd.randrange(len(s) - 20)
            b = a + rnd.randrange(5, 400)
            w = raw.search(s, a, b)
            assert (wrapped.search(s, a, b) and wrapped.search(s, a, b).span()) == (w and w.span()), (s[:200], a, b)
            assert [m.span() for m in wrapped.finditer(s, a, b)] == [m.span() for m in raw.finditer(s, a, b)]
    assert hits  # the pattern matched somewhere: both outcomes were tried


def test_self_cue_says_whether_as_with_the_word_before_card():
    """`claim_source._SELF` is read for whether it matches only (a sentence's or a clause's developer cue): its
    "<word> card lists" branch leaves out the word before "card" (so that every match begins with a known word and
    the gate can scan from those), which changes where a match begins, never whether there is one."""
    from nlp import claim_source as cs

    rx = getattr(cs._SELF, "rx", cs._SELF)
    old = re.compile(rx.pattern.replace(r"|card\s+", r"|(?:[\w.-]+\s+)?card\s+", 1), rx.flags)
    assert old.pattern != rx.pattern
    rnd = random.Random(3)
    cases = _texts()[::2] + _WRITTEN + ["The Brannow card lists 71.", "Vesquel-3's model.card says 40", "xcard lists",
                                        "Tellisk card\nalso gives 12", "card gave", "a card  said 5"]
    hits = 0
    for s in cases:
        assert bool(rx.search(s)) == bool(old.search(s)), s[:200]
        assert bool(cs._SELF.search(s)) == bool(old.search(s)), s[:200]
        hits += bool(old.search(s))
        if len(s) > 40:
            a = rnd.randrange(len(s) - 20)
            b = a + rnd.randrange(5, 300)
            assert bool(rx.search(s, a, b)) == bool(old.search(s, a, b)), (s[:200], a, b)
    assert hits
