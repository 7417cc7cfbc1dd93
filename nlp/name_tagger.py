"""A learned span tagger for model and benchmark names no list knows (opt-in: ``[nlp] name_tagger``).

The hand rules of :mod:`nlp.unknown` learn the cues of the sets they were tuned on and carry little to
fresh text. This tagger is a small spaCy ``spancat_singlelabel`` (hash embeddings of a word's norm,
prefix, suffix and shape, a three-layer window CNN, no pretrained vectors) trained by
``scripts/train_name_tagger.py`` on the entity sets with **mention replacement**: every gold model and
benchmark name is swapped for an invented one, so it learns the contexts and shapes of names, not
names. It ships as a small offline pipeline in ``nlp/data/name_tagger/``.

It only *adds*: the rules run first and keep their spans and canonical names; the tagger reads only
sentences of AI text that hold a name-like word (capitalised, or with a digit) no rule span covers,
proposes runs of name-like words (:func:`name_runs`), and a span is added when its label's probability
reaches the artefact's threshold and it overlaps nothing found. Its canonical name is the cleaned
surface. Without the artefact (or with spaCy unable to read it) the rules work alone.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left
from pathlib import Path
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.util import registry

ARTEFACT = Path(__file__).parent / "data" / "name_tagger"
SPANS_KEY = "names"
LABELS = ("MODEL", "BENCHMARK")  # what the tagger adds
TRAIN_LABELS = ("MODEL", "BENCHMARK", "ORG")  # what it learns: a lab's name competes with a model's
MAX_TOKENS = 8  # a name is at most this many spaCy tokens ("Qwen3 - Coder-480B - A35B - Instruct")
MAX_SENTENCE = 1500  # characters of one sentence the tagger reads (longer ones are cut: linear cost)
JOINERS = frozenset("-.\u2010\u2011_")  # glue inside a name, written without spaces: "SWE-bench", "o3-mini"
# lower-case words that may go on inside a name when spaced ("GPT-5 mini", "Nova 2 pro")
LOWER_IN_NAME = frozenset("mini nano pro flash lite it instruct chat turbo max preview thinking base exp bench eval".split())
# a sentence: ends at . ! ? before a space, a blank line, a line break before a list/heading/table mark, a cell bar
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n\s*\n|\n(?=[#*\-|\u2022])|\||\n")
# a word that may start a name the rules did not find: capitalised, or letters with a digit
GATE_WORD = re.compile(r"(?<![\w.\-])(?:[A-Z\u00c0-\u00de][\w.\-\u2011]*|[\w.\-\u2011]*[A-Za-z][\w.\-\u2011]*\d[\w.\-\u2011]*"
                       r"|[\w.\-\u2011]*\d[\w.\-\u2011]*[A-Za-z][\w.\-\u2011]*)")

LEADING = re.compile(r"[\s#*>\-\u2022\d.)]*\Z")  # what may stand before a sentence's first word
# a first word that may be a name: a digit or an inner capital in it, or a capitalised or digit word after it
FIRST_WORD_NAME = re.compile(r"\S*(?:\d|[a-z][A-Z])|\S+ (?:[A-Z]|\d)")

_state: dict = {"pipe": None, "loaded": False, "threshold": None}


def _name_like(tok) -> bool:
    t = tok.text
    return t[:1].isupper() or any(c.isdigit() for c in t) or t.lower() in LOWER_IN_NAME or (
        t in JOINERS)


def _glued(doc, i: int) -> bool:
    """Token ``i`` is glued to the one before it (no space between)."""
    return i > 0 and not doc[i - 1].whitespace_


def runs_of(doc) -> list[tuple[int, int]]:
    """Runs of name-like tokens: capitalised, with a digit, a tier word, or glued to the run by a joiner
    or directly ("SWE" "-" "bench"); a joiner must be glued on both sides."""
    out, n, i = [], len(doc), 0
    while i < n:
        tok = doc[i]
        if not _name_like(tok) or tok.text in JOINERS or tok.text.lower() in LOWER_IN_NAME and not tok.text[:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < n:
            t = doc[j]
            if t.text in JOINERS:
                if _glued(doc, j) and j + 1 < n and _glued(doc, j + 1) and doc[j + 1].text not in JOINERS:
                    j += 2
                    continue
                break
            if _glued(doc, j) and t.text[:1].isalnum() or _name_like(t) and not _glued(doc, j):
                j += 1
                continue
            break
        out.append((i, j))
        i = j
    return out


def span_candidates(doc) -> list[tuple[int, int]]:
    """Every sub-run of :func:`runs_of` of up to :data:`MAX_TOKENS` tokens that starts and ends on a word
    boundary (not inside a glued word) and starts with a capital or a digit-bearing word."""
    out = []
    for i, j in runs_of(doc):
        for s in range(i, j):
            t = doc[s]
            if _glued(doc, s) and s > i or t.text in JOINERS or (t.text.lower() in LOWER_IN_NAME and not t.text[:1].isupper()):
                continue
            if t.text.lower() in STOP_WORDS and not any(c.isdigit() for c in t.text):
                continue
            for e in range(s + 1, min(j, s + MAX_TOKENS) + 1):
                if e < j and _glued(doc, e):
                    continue  # a span never ends inside a glued word
                if doc[e - 1].text in JOINERS:
                    continue
                out.append((s, e))
    return out


@registry.misc("modelwire.name_runs.v1")
def name_runs():
    """The tagger's suggester: the spans of :func:`span_candidates`, as spaCy's ``Ragged``."""
    from thinc.api import Ragged, get_current_ops
    import numpy as np

    def suggest(docs, *, ops=None):
        ops = ops or get_current_ops()
        spans, lengths = [], []
        for doc in docs:
            c = span_candidates(doc)
            spans.extend(c)
            lengths.append(len(c))
        data = ops.asarray2i(np.array(spans, dtype="i") if spans else np.zeros((0, 2), dtype="i"))
        return Ragged(data, ops.asarray1i(np.array(lengths, dtype="i")))

    return suggest


def load_pipe(path: Path = ARTEFACT):
    """The tagger's spaCy pipeline and threshold from ``path``, or (None, None) when it is absent."""
    import spacy

    if not (path / "config.cfg").is_file():
        return None, None
    try:
        pipe = spacy.load(path)
        meta = json.loads((path / "tagger.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError):
        return None, None
    return pipe, float(meta["threshold"])


def set_pipe(pipe, threshold: float | None) -> None:
    """Use this pipeline and threshold (training and cross-validation); ``None`` switches the tagger off."""
    _state.update(pipe=pipe, threshold=threshold, loaded=True)


def current() -> tuple:
    if not _state["loaded"]:
        _state["pipe"], _state["threshold"] = load_pipe()
        _state["loaded"] = True
    return _state["pipe"], _state["threshold"]


def sentences(text: str) -> list[tuple[int, int]]:
    out, lo = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.start() > lo:
            out.append((lo, m.start() + (1 if text[m.start()] in ".!?" else 0)))
        lo = m.end()
    if lo < len(text):
        out.append((lo, len(text)))
    return out


def _free(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return not any(a < e and b > s for a, b in spans)


def gated(text: str, taken: list[tuple[int, int]], ai_at: Callable[[int], bool], strict: bool = True) -> list[tuple[int, int]]:
    """The sentences the tagger reads: in an AI context, with a name-like word no found span covers.
    ``strict`` (at run time; training reads every such sentence): a sentence's first word counts only with
    a digit, an inner capital, or a capital or digit word after it (alone there it is dropped anyway)."""
    out = []
    spans = sorted(taken)
    for lo, hi in sentences(text):
        hi = min(hi, lo + MAX_SENTENCE)
        # (a found span is shorter than 300 characters: those starting before lo - 300 end before lo)
        inside = [(s, e) for s, e in spans[bisect_left(spans, (lo - 300, -1)):bisect_left(spans, (hi, -1))] if e > lo]
        for m in GATE_WORD.finditer(text, lo, hi):
            w = m.group()
            if w.lower() in STOP_WORDS or not _free(inside, m.start(), m.end()):
                continue
            if strict and LEADING.match(text, lo, m.start()) and not FIRST_WORD_NAME.match(text, m.start()):
                continue
            if ai_at(m.start()):
                out.append((lo, hi))
            break
    return out


HAS_DIGIT = re.compile(r"\d")
# a name begins and ends with a letter or digit, holds two letters and no clock, phone or list punctuation
NAME_EDGES = re.compile(r"(?=\w)(?=(?:[^A-Za-z]*[A-Za-z]){2})[^:+,;()\[\]]*[\w\u00b2\u00b3]\Z")


def _plain_word(text: str, lo: int, hi: int, s: int, e: int) -> bool:
    """A word without a digit that may be capitalised only for where it stands: first in its sentence
    ("Trained on ...", a heading's first word), or in a line written in capitals."""
    if HAS_DIGIT.search(text, s, e):
        return False
    if " " not in text[s:e] and LEADING.match(text, lo, s):
        return True
    letters = [c for c in text[lo:hi] if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def tag(text: str, taken: list[tuple[int, int]], ai_at: Callable[[int], bool],
        ok: Callable[[str], bool] = lambda s: True) -> list[tuple[int, int, str, float]]:
    """New (start, end, label, probability) names the tagger is confident of, overlapping nothing in
    ``taken``; ``ok(surface)`` may refuse a surface (the rules' word lists)."""
    pipe, threshold = current()
    if pipe is None:
        return []
    windows = gated(text, taken, ai_at)
    if not windows:
        return []
    found = []
    for (lo, hi), doc in zip(windows, pipe.pipe([text[lo:hi] for lo, hi in windows], batch_size=64)):
        group = doc.spans.get(SPANS_KEY)
        if group is None:
            continue
        scores = group.attrs.get("scores")
        for k, sp in enumerate(group):
            p = float(scores[k].max()) if scores is not None else 1.0
            s, e = lo + sp.start_char, lo + sp.end_char
            if p >= threshold and sp.label_ in LABELS and _free(taken, s, e) and ok(text[s:e]) \
                    and NAME_EDGES.match(text, s, e) and not _plain_word(text, lo, hi, s, e):
                found.append((s, e, sp.label_, p))
    found.sort(key=lambda t: -t[3])
    kept: list[tuple[int, int, str, float]] = []
    for f in found:
        if _free([(a, b) for a, b, _, _ in kept], f[0], f[1]):
            kept.append(f)
    return sorted(kept)
