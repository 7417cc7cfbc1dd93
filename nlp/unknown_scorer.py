"""A learned second opinion on names no list knows: a linear scorer over candidate spans.

The hand rules of :mod:`nlp.unknown` were tuned on the sets they are measured on and carry less
well to fresh text. This scorer reads the same cheap signals a reader uses — the shape of a span
(``Xx d.d X``, ``X-x``), its tier and variant words, the words around it, a number or ``%`` after
it, a known entity next to it, a table row or a bullet — and was trained with *mention replacement*
(``scripts/train_unknown_scorer.py``): every gold model/benchmark name of the tuning sets was
swapped for an invented one, so it learns contexts and shapes, not names.

Candidates are runs of up to :data:`MAX_TOKENS` name-like words (capitalised, with a digit, or a
tier word) in sentences with AI context, plus the rules' own guesses. Each gets hashed features
and a softmax over NONE / MODEL / BENCHMARK from a weight table (``nlp/data/unknown_scorer.npz``,
built by the script, loaded once, offline). A candidate above the *add* threshold that overlaps
nothing found is added; a rule guess whose own label scores under the *veto* threshold is dropped.

Cost: one regex pass over the text for the words, then a few dozen dict look-ups per candidate in
AI sentences and one vectorised sum per text; linear in the text's length.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import Callable

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import clean

ARTEFACT = Path(__file__).parent / "data" / "unknown_scorer.npz"
FEATURE_VERSION = 2  # raise when features change: an artefact of another version is not used
MAX_TOKENS = 6
CLASSES = ("NONE", "MODEL", "BENCHMARK")

# a word: letters/digits with inner dots, hyphens (Helix-2, 1.5, SWE-bench, τ²-bench); anything else is one character
TOKEN = re.compile(r"[\w\u00b2\u00b3]+(?:[.\-\u2010\u2011][\w\u00b2\u00b3]+)*(?:['\u2019]s(?!\w))?|\S")
# lower-case words that may go on inside a name ("GPT-5 mini", "Nova 2 pro")
LOWER_IN_NAME = frozenset("mini nano pro flash lite it instruct chat turbo max preview thinking base exp bench eval".split())
# words whose identity says something about a name's kind wherever the name is from
KIND_WORDS = frozenset("""pro flash ultra mini max lite turbo nano plus instruct chat thinking heavy air fast preview exp small
medium large base coder vision vl omni reasoner reasoning opus sonnet haiku premier edge think instant code math image audio
video voice embed guard zero it distill agent tiny micro alpha beta bench eval qa arena leaderboard hard verified redux
multilingual live extended diamond full easy test exam benchmark suite challenge prize olympiad cup finals championship
lab labs ai inc team model models series family open r1 v2 v3""".split())
NUMBERISH = re.compile(r"\d+(?:[.,]\d+)*")
_SHAPE_RUNS = re.compile(r"(X+|x+|d+)")


def _shape(tok: str) -> str:
    s = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in tok)
    return _SHAPE_RUNS.sub(lambda m: m.group()[0], s)


class Model:
    """The weight table (``dim`` hashed rows x 3 classes) and the decision thresholds: a candidate is
    added at ``add``; a rule guess of a label in ``veto_labels`` is dropped under ``veto``."""

    def __init__(self, weights: np.ndarray, add: float, veto: float, veto_labels: str = "MODEL BENCHMARK") -> None:
        self.w = np.asarray(weights, dtype=np.float32)
        self.dim = self.w.shape[0]
        self.add, self.veto = float(add), float(veto)
        self.veto_labels = frozenset(veto_labels.split())
        self._idx: dict[str, int] = {}

    def index(self, feat: str) -> int:
        i = self._idx.get(feat)
        if i is None:
            if len(self._idx) > 200_000:
                self._idx.clear()
            i = self._idx[feat] = zlib.crc32(feat.encode("utf-8")) % self.dim
        return i

    @classmethod
    def load(cls, path: Path = ARTEFACT) -> "Model | None":
        """The artefact at ``path``; ``None`` (the rules alone) if it is missing, unreadable or of another
        feature version."""
        try:
            with np.load(path) as z:
                if int(z["feature_version"]) != FEATURE_VERSION:
                    return None
                return cls(z["weights"], float(z["add"]), float(z["veto"]), str(z["veto_labels"]))
        except (OSError, KeyError, ValueError, EOFError):
            return None

    def probs(self, rows: list[list[int]]) -> np.ndarray:
        if not rows:
            return np.zeros((0, 3), dtype=np.float32)
        lens = np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows))
        idx = np.fromiter((i for r in rows for i in r), dtype=np.int64, count=int(lens.sum()))
        starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
        z = np.add.reduceat(self.w[idx], starts, axis=0)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


_state: dict = {"model": None, "loaded": False, "recorder": None}


def set_model(model: "Model | None") -> None:
    """Use ``model`` from now on in this process (the training script's cross-validation; ``None``: rules only)."""
    _state["model"], _state["loaded"] = model, True


def set_recorder(fn: "Callable | None") -> None:
    """Call ``fn(text, spans, features, rule_labels)`` for every text scored (the training script's data)."""
    _state["recorder"] = fn


def current_model() -> "Model | None":
    if not _state["loaded"]:
        _state["model"], _state["loaded"] = Model.load(), True
    return _state["model"]


class _Tokens:
    """The words of a text with their look-up tables, made once per text."""

    def __init__(self, text: str) -> None:
        self.text = text
        ms = list(TOKEN.finditer(text))
        self.start = [m.start() for m in ms]
        self.end = [m.end() for m in ms]
        self.tok = [m.group() for m in ms]
        self.low = [t.lower() for t in self.tok]
        self.shape = [_shape(t) for t in self.tok]
        self.lower_words = {t for t in self.tok if t.islower()}
        self.poss = [len(t) > 2 and t[-2] in "'\u2019" for t in self.tok]  # "Humanity's": the name may go on

    def joined(self, i: int) -> bool:
        """Word ``i`` follows word ``i - 1`` after one space."""
        return i > 0 and self.start[i] - self.end[i - 1] == 1 and self.text[self.end[i - 1]] == " "

    def name_like(self, i: int) -> bool:
        t = self.tok[i]
        return (t[0].isalnum() and (t[0].isupper() or any(c.isdigit() for c in t) or self.low[i] in LOWER_IN_NAME)
                or t[0] in "\u03c4")


def candidates(tk: _Tokens) -> list[tuple[int, int]]:
    """(first word, end word) of runs of up to MAX_TOKENS name-like words."""
    out = []
    n = len(tk.tok)
    i = 0
    while i < n:
        if not tk.name_like(i):
            i += 1
            continue
        j = i + 1
        while j < n and tk.joined(j) and tk.name_like(j):
            j += 1
        for a in range(i, j):
            la = tk.low[a]
            if la in STOP_WORDS or not any(c.isalpha() for c in la) and not la.startswith("\u03c4"):
                continue
            if not (tk.tok[a][0].isupper() or any(c.isdigit() for c in la)):
                continue
            for b in range(a + 1, min(j, a + MAX_TOKENS) + 1):
                if tk.low[b - 1] not in STOP_WORDS:
                    out.append((a, b))
        i = j
    return out


def features(tk: _Tokens, a: int, b: int, near: dict, rule: str | None, rule_overlap: bool, ai: bool) -> list[str]:
    """Hashed-to-be feature names of the span of words a..b-1."""
    text, low, shape, tok = tk.text, tk.low, tk.shape, tk.tok
    n = len(tok)
    f = ["bias", f"len={min(b - a, 5)}", "ai" if ai else "noai"]
    if tk.poss[b - 1]:
        f.append("poss")
    if low[a] in tk.lower_words:  # the word is used in lower case elsewhere in the text: a common word
        f.append("common_first")
        if all(low[k] in tk.lower_words for k in range(a, b) if low[k][:1].isalpha()):
            f.append("all_common")
    f.append("shape=" + " ".join(shape[a:b]) if b - a <= 4 else "shape=long")
    f.append("fshape=" + shape[a])
    f.append("lshape=" + shape[b - 1])
    for k in range(a, b):
        w = low[k]
        f.append("w=" + w)
        if w in KIND_WORDS:
            f.append(("kfirst=" if k == a else "klast=" if k == b - 1 else "kin=") + w)
    last = low[b - 1]
    f.append("suf=" + last[-4:])
    f.append("pre=" + low[a][:2] + "|" + shape[a])
    if "-" in tok[b - 1]:
        f.append("hyphtail=" + last.rsplit("-", 1)[-1][:5])
    # the words before and after
    line_start = text.rfind("\n", 0, tk.start[a]) + 1
    for d in (1, 2, 3):
        k = a - d
        f.append(f"L{d}=" + (low[k] if k >= 0 and tk.start[k] >= line_start else "<s>"))
        k = b - 1 + d
        f.append(f"R{d}=" + (low[k] if k < n and text.find("\n", tk.end[b - 1], tk.start[k]) < 0 else "</s>"))
    l1 = low[a - 1] if a > 0 else "<s>"
    r1 = low[b] if b < n else "</s>"
    f.append("L1R1=" + l1 + "|" + r1)
    f.append("fshapeL1=" + shape[a] + "|" + l1)
    f.append("lshapeR1=" + shape[b - 1] + "|" + r1)
    f.append("L1s=" + (shape[a - 1] if a > 0 else "<s>"))
    f.append("R1s=" + (shape[b] if b < n else "</s>"))
    f.append("R1R2=" + r1 + "|" + (low[b + 1] if b + 1 < n else "</s>"))
    f.append("L2L1=" + (low[a - 2] if a > 1 else "<s>") + "|" + l1)
    for k in range(max(0, a - 6), a):
        f.append("bl=" + low[k])
    for k in range(b, min(n, b + 6)):
        f.append("br=" + low[k])
    if a > 0 and tk.joined(a) and tok[a - 1][0].isupper():
        f.append("Lcap")
    if b < n and tk.joined(b) and tok[b][0].isupper():
        f.append("Rcap")
    for k in range(b, min(n, b + 5)):
        if NUMBERISH.fullmatch(tok[k]):
            f.append("num_after")
            if k + 1 < n and tok[k + 1] == "%":
                f.append("pct_after")
            break
    for k in range(max(0, a - 5), a):
        if NUMBERISH.fullmatch(tok[k]):
            f.append("num_before")
    line_head = text[line_start:line_start + 2]
    if line_head.startswith("|"):
        f.append("table")
    elif line_head[:1] in "-*\u2022" and line_head:
        f.append("bullet")
    if tk.start[a] == line_start or text[line_start:tk.start[a]].strip(" \t-*|#\u2022") == "":
        f.append("linestart")
    if near.get("L"):
        f.append("Lent=" + near["L"])
    if near.get("R"):
        f.append("Rent=" + near["R"])
    if rule:
        f.append("rule=" + rule)
    elif rule_overlap:
        f.append("rule_overlap")
    return f


def _nearby(ents: list[tuple[int, int, str]], ends: list[int], starts: list[int], s: int, e: int) -> dict:
    """The label of the entity ending within 40 characters before ``s`` and starting within 40 after ``e``."""
    out = {}
    i = bisect_right(ends, s) - 1
    if i >= 0 and s - ends[i] <= 40:
        out["L"] = ents[i][2]
    j = bisect_left(starts, e)
    if j < len(starts) and starts[j] - e <= 40:
        out["R"] = ents[j][2]
    return out


def rescore(text: str, taken: list[tuple[int, int, str]], guesses: list[tuple[int, int, str, str]],
            ai_at: Callable[[int], bool], ai_text: bool) -> list[tuple[int, int, str, str]]:
    """The rules' ``guesses`` (start, end, label, canonical), minus the vetoed, plus the scorer's own
    names. ``taken``: what the knowledge base found (labels MODEL/ORG/BENCHMARK/STOP); ``ai_at(pos)``:
    whether the sentence at ``pos`` is about AI; ``ai_text``: whether the text is (none is read if not)."""
    model, recorder = current_model(), _state["recorder"]
    if model is None and recorder is None or not ai_text:
        return guesses
    tk = _Tokens(text)
    if not tk.tok:
        return guesses
    blocked = sorted((s, e) for s, e, _ in taken)
    ents = sorted((s, e, lab) for s, e, lab in taken if lab != "STOP")
    ents_by_end = sorted(ents, key=lambda t: t[1])
    ends = [t[1] for t in ents_by_end]
    starts = [t[0] for t in ents]
    rule_at = {(s, e): lab for s, e, lab, _ in guesses}
    guess_spans = sorted(rule_at)

    def overlaps(ordered, s, e) -> bool:
        i = bisect_left(ordered, (s, -1))
        return (i < len(ordered) and ordered[i][0] < e) or (i > 0 and ordered[i - 1][1] > s)

    spans, rows = [], []
    seen = set()
    for a, b in candidates(tk):
        s, e = tk.start[a], tk.end[b - 1] - 2 * tk.poss[b - 1]
        if overlaps(blocked, s, e):
            continue
        seen.add((s, e))
        spans.append((s, e, a, b))
    for s, e in guess_spans:  # the rules' own spans, however their edges fall
        if (s, e) not in seen:
            a = max(0, bisect_right(tk.start, s) - 1)
            b = max(a + 1, bisect_left(tk.end, e) + 1)
            spans.append((s, e, a, min(b, len(tk.tok))))
    feats = []
    for s, e, a, b in spans:
        near = _nearby(ents, ends, starts, s, e) if ents else {}
        rule = rule_at.get((s, e))
        feats.append(features(tk, a, b, near, rule, rule is None and overlaps(guess_spans, s, e), ai_at(s)))
    if recorder is not None:
        recorder(text, [(s, e) for s, e, _, _ in spans], feats, dict(rule_at))
    if model is None or not spans:
        return guesses
    p = model.probs([[model.index(x) for x in f] for f in feats])
    at = {(sp[0], sp[1]): k for k, sp in enumerate(spans)}
    keep = []
    for s, e, lab, canon in guesses:
        if lab not in model.veto_labels or p[at[(s, e)], CLASSES.index(lab)] >= model.veto:
            keep.append((s, e, lab, canon))
    mine = sorted((s, e) for s, e, _, _ in keep)
    best = p[:, 1:].max(axis=1)
    order = np.argsort(-best, kind="stable")
    added = []
    for k in order:
        if best[k] < model.add:
            break
        s, e = spans[k][0], spans[k][1]
        if (s, e) in rule_at or overlaps(mine, s, e):
            continue
        lab = CLASSES[1 + int(p[k, 1:].argmax())]
        added.append((s, e, lab, clean(text[s:e])))
        mine.insert(bisect_left(mine, (s, e)), (s, e))
    return sorted(keep + added)
