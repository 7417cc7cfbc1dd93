"""A learned second opinion on names no list knows: a linear scorer over candidate spans.

The hand rules of :mod:`nlp.unknown` were tuned on the sets they are measured on and carry less
well to fresh text. This scorer reads the same cheap signals a reader uses — the shape of a span
(``Xx d.d X``, ``X-x``), its tier and variant words, the words around it, a number or ``%`` after
it, a known entity next to it, a table row or a bullet — and was trained with *mention replacement*
(``scripts/train_unknown_scorer.py``): most gold model/benchmark names of the tuning sets were
swapped for invented ones of the same shape, so it learns contexts and shapes, not names.

Candidates are runs of up to :data:`MAX_TOKENS` name-like words (capitalised, with a digit, or a
tier word) in sentences with AI context, table rows and list items, overlapping nothing the
knowledge base found, plus the rules' own guesses. Each gets hashed features and a softmax over
NONE / MODEL / BENCHMARK from a weight table (``nlp/data/unknown_scorer.npz``, built by the script,
loaded once, offline; without it the rules work alone). A candidate at or above the *add* threshold
that overlaps nothing kept is added; a rule guess of a label in ``veto_labels`` whose own label
scores under the *veto* threshold is dropped.

Cost: one regex pass over the text for the runs, then the words around each candidate from a
bounded window, a few dozen dict look-ups per candidate and one vectorised sum per text; linear in
the text's length (about +30% of the pipeline's CPU time on AI news, see bench/RESULTS.md).
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
from .unknown import COMMON_CAPS, _ok_head

ARTEFACT = Path(__file__).parent / "data" / "unknown_scorer.npz"
FEATURE_VERSION = 3  # raise when features change: an artefact of another version is not used
MAX_TOKENS = 6
CLASSES = ("NONE", "MODEL", "BENCHMARK")

_W = "\\w\u00b2\u00b3"  # word characters (with the superscripts of "τ²-bench")
_J = ".\\-\u2010\u2011"  # what joins the parts of one word: "Helix-2", "1.5", "SWE-bench"
# a word: letters/digits with inner dots and hyphens, with a possessive "'s" kept on; anything else is one character
TOKEN = re.compile(rf"[{_W}]+(?:[{_J}][{_W}]+)*(?:['\u2019]s(?!\w))?|\S")
# lower-case words that may go on inside a name ("GPT-5 mini", "Nova 2 pro")
LOWER_IN_NAME = "mini nano pro flash lite it instruct chat turbo max preview thinking base exp bench eval".split()
# a name-like word: capitalised, or with a digit somewhere in it, or a lower-case tier word
_NAME_WORD = (rf"(?<![{_W}])(?<![{_W}][{_J}])(?:[A-Z\u00c0-\u00de\u03c4]|(?=[{_W}{_J}]*\d)[{_W}]|(?:{'|'.join(LOWER_IN_NAME)})(?![{_W}]))"
              rf"[{_W}]*(?:[{_J}][{_W}]+)*(?:['\u2019]s(?!\w))?")
NAME_WORD = re.compile(_NAME_WORD)
# a run of name-like words one space apart: the candidates are its sub-runs
NAME_RUN = re.compile(rf"{_NAME_WORD}(?:[ ]{_NAME_WORD})*")
LOWER_WORD = re.compile(r"(?<![\w.\-])[a-z][a-z]+(?![\w])")
# words whose identity says something about a name's kind wherever the name is from
KIND_WORDS = frozenset("""pro flash ultra mini max lite turbo nano plus instruct chat thinking heavy air fast preview exp small
medium large base coder vision vl omni reasoner reasoning opus sonnet haiku premier edge think instant code math image audio
video voice embed guard zero it distill agent tiny micro alpha beta bench eval qa arena leaderboard hard verified redux
multilingual live extended diamond full easy test exam benchmark suite challenge prize olympiad cup finals championship
lab labs ai inc team model models series family open r1 v2 v3""".split())
NUMBERISH = re.compile(r"\d+(?:[.,]\d+)*")
_SHAPE_RUNS = re.compile(r"(X+|x+|d+)")
_SHAPES: dict[str, str] = {}
HAS_ALPHA = re.compile(r"[^\W\d_]").search
HAS_DIGIT = re.compile(r"\d").search
LIST_LINE = frozenset("|-*\u2022")
WINDOW = 6  # context words on each side
REACH = 90  # characters looked at for them


def _shape(tok: str) -> str:
    sh = _SHAPES.get(tok)
    if sh is None:
        if len(_SHAPES) > 100_000:
            _SHAPES.clear()
        s = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in tok)
        sh = _SHAPES[tok] = _SHAPE_RUNS.sub(lambda m: m.group()[0], s)
    return sh


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


class _Text:
    """A text's name-like runs and, on demand, the words around a position (within its line)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._left: dict[int, list[str]] = {}
        self._right: dict[int, list[str]] = {}
        self._lower: set[str] | None = None

    def lower_words(self) -> set[str]:
        if self._lower is None:
            self._lower = set(LOWER_WORD.findall(self.text))
        return self._lower

    def left(self, s: int) -> tuple[list[str], list[str]]:
        """Up to WINDOW words before ``s`` in its line, nearest last (as written, in lower case)."""
        out = self._left.get(s)
        if out is None:
            text = self.text
            lo = max(text.rfind("\n", 0, s) + 1, s - REACH)
            out = TOKEN.findall(text, lo, s)
            if lo == s - REACH and lo > 0 and text[lo - 1].isalnum() and out:
                out = out[1:]  # a word cut by the window
            out = out[-WINDOW:]
            out = self._left[s] = (out, [t.lower() for t in out])
        return out

    def right(self, e: int) -> tuple[list[str], list[str]]:
        """Up to WINDOW words after ``e`` in its line, nearest first (as written, in lower case)."""
        out = self._right.get(e)
        if out is None:
            text = self.text
            nl = text.find("\n", e, e + REACH)
            out = TOKEN.findall(text, e, nl if nl >= 0 else e + REACH)[:WINDOW]
            out = self._right[e] = (out, [t.lower() for t in out])
        return out


def candidates(tx: _Text, ai_at: Callable[[int], bool], free: Callable[[int, int], bool] = lambda s, e: True
               ) -> list[tuple[int, int, list[str], bool, bool]]:
    """(start, end, words, capitalised word right before, right after) of the sub-runs of up to
    MAX_TOKENS words of each run of name-like words in an AI sentence (or next to one), a table row or
    a list item, that overlap nothing ``free`` refuses."""
    out = []
    text = tx.text
    for run in NAME_RUN.finditer(text):
        r = run.group()
        if " " not in r and (HAS_ALPHA(r) is None or not free(run.start(), run.end())):
            continue  # a number alone, a known name alone
        if not ai_at(run.start()) and text[text.rfind("\n", 0, run.start()) + 1:][:1] not in LIST_LINE:
            continue  # (a table row or a list item reads as a sentence of its own: its text is the context)
        words = ([(m.start(), m.end(), m.group()) for m in NAME_WORD.finditer(text, run.start(), run.end())]
                 if " " in r else [(run.start(), run.end(), r)])
        n = len(words)
        for a in range(n):
            w = words[a][2]
            if w.lower() in STOP_WORDS or not (w[0].isupper() or HAS_DIGIT(w)) or HAS_ALPHA(w) is None:
                continue
            for b in range(a + 1, min(n, a + MAX_TOKENS) + 1):
                last = words[b - 1][2]
                if last.lower() in STOP_WORDS:
                    continue
                e = words[b - 1][1] - (2 if len(last) > 2 and last[-2] in "'\u2019" else 0)
                if free(words[a][0], e):
                    out.append((words[a][0], e, [x[2] for x in words[a:b]],
                                a > 0 and words[a - 1][2][0].isupper(), b < n and words[b][2][0].isupper()))
    return out


def features(tx: _Text, s: int, e: int, toks: list[str], lcap: bool, rcap: bool, near: dict,
             rule: str | None, rule_overlap: bool, ai: bool) -> list[str]:
    """Hashed-to-be feature names of the span s..e made of the words ``toks``."""
    text = tx.text
    low = [t.lower() for t in toks]
    shape = [_shape(t) for t in toks]
    n = len(toks)
    f = ["bias", f"len={min(n, 5)}", "ai" if ai else "noai"]
    if len(toks[-1]) > 2 and toks[-1][-2] in "'\u2019":
        f.append("poss")
    if low[0] in tx.lower_words():  # the word is used in lower case elsewhere in the text: a common word
        f.append("common_first")
        if all(w in tx.lower_words() for w in low if w[:1].isalpha()):
            f.append("all_common")
    f.append("shape=" + " ".join(shape) if n <= 4 else "shape=long")
    f.append("fshape=" + shape[0])
    f.append("lshape=" + shape[-1])
    for k, w in enumerate(low):
        f.append("w=" + w)
        if w in KIND_WORDS:
            f.append(("kfirst=" if k == 0 else "klast=" if k == n - 1 else "kin=") + w)
    f.append("suf=" + low[-1][-4:])
    f.append("pre=" + low[0][:2] + "|" + shape[0])
    if "-" in toks[-1]:
        f.append("hyphtail=" + low[-1].rsplit("-", 1)[-1][:5])
    left_raw, left = tx.left(s)
    right_raw, right = tx.right(e)
    for d in (1, 2, 3):
        f.append(f"L{d}=" + (left[-d] if len(left) >= d else "<s>"))
        f.append(f"R{d}=" + (right[d - 1] if len(right) >= d else "</s>"))
    l1 = left[-1] if left else "<s>"
    r1 = right[0] if right else "</s>"
    f.append("L1R1=" + l1 + "|" + r1)
    f.append("fshapeL1=" + shape[0] + "|" + l1)
    f.append("lshapeR1=" + shape[-1] + "|" + r1)
    f.append("L1s=" + (_shape(left_raw[-1]) if left else "<s>"))
    f.append("R1s=" + (_shape(right_raw[0]) if right else "</s>"))
    f.append("R1R2=" + r1 + "|" + (right[1] if len(right) > 1 else "</s>"))
    f.append("L2L1=" + (left[-2] if len(left) > 1 else "<s>") + "|" + l1)
    f += ["bl=" + w for w in left]
    f += ["br=" + w for w in right]
    if lcap:
        f.append("Lcap")
    if rcap:
        f.append("Rcap")
    for k, w in enumerate(right[:5]):
        if NUMBERISH.fullmatch(w):
            f.append("num_after")
            if k + 1 < len(right) and right[k + 1] == "%":
                f.append("pct_after")
            break
    if any(NUMBERISH.fullmatch(w) for w in left[-5:]):
        f.append("num_before")
    line_start = text.rfind("\n", 0, s) + 1
    line_head = text[line_start:line_start + 2]
    if line_head.startswith("|"):
        f.append("table")
    elif line_head[:1] in "-*\u2022" and line_head:
        f.append("bullet")
    if s == line_start or text[line_start:s].strip(" \t-*|#\u2022") == "":
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
    tx = _Text(text)
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

    spans = candidates(tx, ai_at, lambda s, e: not overlaps(blocked, s, e))
    seen = {(c[0], c[1]) for c in spans}
    for s, e in guess_spans:  # the rules' own spans, however their edges fall
        if (s, e) not in seen:
            spans.append((s, e, TOKEN.findall(text, s, e) or [text[s:e]], False, False))
    feats = []
    for s, e, toks, lcap, rcap in spans:
        near = _nearby(ents, ends, starts, s, e) if ents else {}
        rule = rule_at.get((s, e))
        feats.append(features(tx, s, e, toks, lcap, rcap, near, rule, rule is None and overlaps(guess_spans, s, e), ai_at(s)))
    if recorder is not None:
        recorder(text, [(c[0], c[1]) for c in spans], feats, dict(rule_at))
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
        if (s, e) in rule_at or overlaps(mine, s, e) or text[s:e] in COMMON_CAPS or not _ok_head(text[s:e]):
            continue  # (the rules' word lists hold here too: "Galaxy S25 Ultra", "GPU" never start a name)
        lab = CLASSES[1 + int(p[k, 1:].argmax())]
        added.append((s, e, lab, clean(text[s:e])))
        mine.insert(bisect_left(mine, (s, e)), (s, e))
    return sorted(keep + added)
