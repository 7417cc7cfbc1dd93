"""`modelwire_summary`: an extractive summary of 1–3 whole sentences on `doc._.summary`.

Sentences are the sentencizer's, split again at line breaks (`nlp.numbers.segments`), so bylines,
captions and "Subscribe" lines are their own candidates and can be dropped. Candidates that are
boilerplate, questions, headings or very short/long are skipped; the rest are scored by

* position (the first eligible sentences carry the news in most articles),
* title overlap: share of the title's content words the sentence contains. The title is read from
  ``doc.user_data["title"]``; set it before the pipeline runs::

      doc = nlp.make_doc(text); doc.user_data["title"] = title; doc = nlp(doc)

* density: MODEL/ORG/BENCHMARK spans in `doc.ents` (or capitalised words when there are none)
  and numbers, per word,
* centrality: how many of its content words recur in the rest of the text,

and the best ones are picked greedily (no near-duplicates) within `max_words`, then put back in
text order and joined with a space. Nothing heavier than regexes and word counts.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from itertools import chain

from spacy.language import Language
from spacy.tokens import Doc

from .entities import ent_rows, register_extensions
from .numbers import doc_text, has_any, lowered, segments

register_extensions()  # doc._.summary, in its one place

# a byline, credit or "Related" label at the start of a sentence ...
_BOILERPLATE_START = (
    r"\W*(?:by|posted|updated|filed|published|written|reporting|editing|source|tags?|photo|"
    r"image|credit|caption|editor'?s note|related|read (?:more|next)|see also|advertisement|"
    r"sponsored|comments?|loading|share|follow us|sign up|subscribe|log ?in|newsletter|©|copyright)\b"
)
# ... or a call to action, rights notice or reading time anywhere in it
_BOILERPLATE_ANYWHERE = (
    r"subscribe|sign up|newsletter|leave a (?:comment|reply)|share (?:this|on)|follow us|"
    r"first appeared|originally (?:appeared|published)|this (?:story|article) (?:has been|was) updated|"
    r"all rights reserved|cookie|privacy policy|terms of (?:use|service)|let us know|tell us|"
    r"in the comments|what do you think|what's your take|forward (?:it|this)|click here|have a tip|"
    r"contact (?:us|our)|image credit|photo(?:graph)? by|getty images|min read\b"
)
_BOILERPLATE = re.compile("^" + _BOILERPLATE_START + "|" + _BOILERPLATE_ANYWHERE, re.I)
_BOILERPLATE_HEAD = re.compile(_BOILERPLATE_START, re.I)  # with .match: the "^" branch alone
# _BOILERPLATE is tried at every character of a sentence. Each alternative of its second part
# contains one of these lower-case words, so a sentence whose lower-cased text has none of them
# (most) can only match the first part, which is anchored and cheap.
_BOILERPLATE_WORDS = (
    "subscribe", "sign up", "newsletter", "leave a ", "share ", "follow us", "first appeared", "originally ",
    "updated", "all rights reserved", "cookie", "privacy policy", "terms of ", "let us know", "tell us",
    "in the comments", "what do you think", "what's your take", "forward ", "click here", "have a tip",
    "contact ", "image credit", "photo", "getty images", "min read",
)
_FINAL = re.compile(r"[.!]['\"”’)\]]*$")
_CLOSERS = "'\"”’)]"  # what _FINAL allows after the full stop
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d+(?:[.,]\d+)*")
_NUMBER = re.compile(r"\d")
_NUMBER_RUN = re.compile(r"\d+(?:[.,]\d+)?")
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][\w.-]*[A-Za-z0-9]")
_QUOTE_SAID = re.compile(r"[\"“”]\s*,?\s*(?:said|says|according)\b")
_STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its itself just
    me more most my new no nor not now of off on once only or other our out over own same she
    should so some such than that the their them then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you
    your said says say company companies year years week weeks month months one two three first
    last percent model models ai""".split()
)


def _words(s: str) -> int:
    return len(s.split())


def _stem(w: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


_STEMS: dict[str, str | None] = {}  # written word -> its stem, or None for a stop word


def _learn_stem(t: str) -> str | None:
    w = t.lower().strip("'’")
    st = None if w in _STOP or len(w) <= 1 else _stem(w)
    if len(_STEMS) < 200_000:  # a bound for long runs over many vocabularies
        _STEMS[t] = st
    return st


def _is_boilerplate(text: str, has_word: bool | None = None) -> bool:
    """``_BOILERPLATE.search(text)``, skipped when the quick reject shows it cannot match.
    `has_word`: whether `text` holds one of _BOILERPLATE_WORDS, when the caller knows."""
    if has_word is None:
        has_word = has_any(lowered(text), _BOILERPLATE_WORDS)
    if has_word or _BOILERPLATE_HEAD.match(text):
        return _BOILERPLATE.search(text) is not None
    return False


def _ends_final(text: str) -> bool:
    """``_FINAL.search(text)`` without trying every position: ``$`` also matches before a final
    newline."""
    if text.endswith("\n"):
        text = text[:-1]
    return text.rstrip(_CLOSERS)[-1:] in (".", "!")


def _content_set(s: str, pieces: list[str] | None = None) -> set[str]:
    """The stems of the content words of `s` (words of _WORD that are not stop words), as a set.

    Worked out per whitespace-separated piece (`pieces`, ``s.split()`` when not given): no _WORD
    match holds a space, so the words of `s` are those of its pieces, and a piece seen before
    (most) costs one dict look-up in C instead of a regex scan."""
    if pieces is None:
        pieces = s.split()
    parts = list(map(_PIECE_STEMS.get, pieces))
    if None in parts:  # pieces not seen yet
        parts = [p if p is not None else _learn_piece(w) for p, w in zip(parts, pieces)]
    return set(chain.from_iterable(parts))


_PIECE_STEMS: dict[str, tuple[str, ...]] = {}  # whitespace-free piece -> stems of its content words


def _learn_piece(piece: str) -> tuple[str, ...]:
    stems = []
    for w in _WORD.findall(piece):
        st = _STEMS[w] if w in _STEMS else _learn_stem(w)
        if st is not None:
            stems.append(st)
    out = tuple(stems)
    if len(_PIECE_STEMS) < 200_000:  # a bound, as for _STEMS
        _PIECE_STEMS[piece] = out
    return out


def _word_spans(text: str, words: tuple[str, ...]) -> list[tuple[int, int]] | None:
    """(start, end) of every occurrence of `words` in ``text.lower()``, sorted; None when a
    substring test could miss a re.I match (see `lowered`). ``lowered`` keeps every offset (only
    "İ" lower-cases to two characters), so a piece text[a:b] holds one of `words`, lower-cased,
    exactly when a span lies inside [a, b)."""
    low = lowered(text)
    if low is None:
        return None
    spans = []
    for w in words:
        i = low.find(w)
        while i >= 0:
            spans.append((i, i + len(w)))
            i = low.find(w, i + 1)
    spans.sort()
    return spans


def _has_span_in(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether one of `spans` (from `_word_spans`) lies inside [a, b)."""
    for i in range(bisect_left(spans, (a, a)), len(spans)):
        s, e = spans[i]
        if s >= b:
            break
        if e <= b:
            return True
    return False


@Language.factory(
    "modelwire_summary",
    assigns=["doc._.summary"],
    requires=["token.is_sent_start"],
    default_config={
        "max_sentences": 3,
        "max_words": 70,
        "min_words": 8,
        "max_sentence_words": 50,
        "title_key": "title",
    },
)
def make_summary(
    nlp: Language,
    name: str,
    max_sentences: int,
    max_words: int,
    min_words: int,
    max_sentence_words: int,
    title_key: str,
) -> "Summarizer":
    return Summarizer(
        name,
        max_sentences=max_sentences,
        max_words=max_words,
        min_words=min_words,
        max_sentence_words=max_sentence_words,
        title_key=title_key,
    )


class Summarizer:
    """Scores line-aware sentences and keeps the best few, in text order."""

    # feature weights; tuned on the "dev" two thirds of tests/data/nlp/summaries.jsonl only
    W_POSITION = 1.0
    W_TITLE = 1.2
    W_DENSITY = 0.5
    W_CENTRAL = 0.6
    QUOTE_PENALTY = 0.5
    POSITION_DECAY = 0.5
    MIN_RELATIVE = 0.6  # extra sentences must score at least this share of the best one

    def __init__(
        self,
        name: str = "modelwire_summary",
        *,
        max_sentences: int = 3,
        max_words: int = 70,
        min_words: int = 8,
        max_sentence_words: int = 50,
        title_key: str = "title",
    ):
        self.name = name
        self.max_sentences = max_sentences
        self.max_words = max_words
        self.min_words = min_words
        self.max_sentence_words = max_sentence_words
        self.title_key = title_key

    def __call__(self, doc: Doc) -> Doc:
        doc._.summary = " ".join(doc_text(doc)[a:b] for a, b in self.select(doc))
        return doc

    # ----------------------------------------------------------------------------- pieces

    def eligible(self, text: str, n: int | None = None, has_word: bool | None = None) -> bool:
        """Whether a sentence may go into the summary; `n` is its word count and `has_word` the
        boilerplate quick reject (see `_is_boilerplate`), when known."""
        if n is None:
            n = _words(text)
        if n < self.min_words or n > self.max_sentence_words:
            return False
        if not _ends_final(text) or text.rstrip().endswith("?"):
            return False
        if text.lstrip()[:1] in "|#>*•-":
            return False
        return not _is_boilerplate(text, has_word)

    def select(self, doc: Doc) -> list[tuple[int, int]]:
        text = doc_text(doc)
        segs = segments(doc)
        cands, sents, counts, pieces = [], [], [], []  # the eligible sentences: text, word count, s.split()
        eligible = self.eligible
        # the boilerplate words, looked for once in the whole text rather than in each sentence
        spans = _word_spans(text, _BOILERPLATE_WORDS)
        for a, b in segs:
            s = text[a:b]
            split = s.split()
            n = len(split)
            if eligible(s, n, None if spans is None else bool(spans) and _has_span_in(spans, a, b)):
                cands.append((a, b))
                sents.append(s)
                counts.append(n)
                pieces.append(split)
        if not cands:
            # nothing clean: fall back to the first sentence that fits
            fits = [(a, b) for a, b in segs if 0 < _words(text[a:b]) <= self.max_words]
            return fits[:1]
        title = doc.user_data.get(self.title_key) if isinstance(doc.user_data, dict) else None
        words = list(map(_content_set, sents, pieces))
        scores = self._score(doc, cands, sents, counts, words, title if isinstance(title, str) else None)
        order = sorted(range(len(cands)), key=lambda i: -scores[i])
        chosen: list[int] = []
        total = 0
        for i in order:
            if len(chosen) >= self.max_sentences:
                break
            if chosen and scores[i] < self.MIN_RELATIVE * scores[order[0]]:
                break
            n = counts[i]
            if total + n > self.max_words:
                continue
            if any(_overlap(words[i], words[j]) > 0.6 for j in chosen):
                continue
            chosen.append(i)
            total += n
        return [cands[i] for i in sorted(chosen)]

    def _score(self, doc: Doc, cands, sents: list[str], counts: list[int], words: list[set], title: str | None) -> list[float]:
        """Each candidate's score, given its text, word count and set of content stems (`select`
        needs them too, so they are worked out once)."""
        doc_counts = Counter(chain.from_iterable(words))
        title_words = _content_set(title) if title else set()
        ents = sorted(row[0] for row in ent_rows(doc) if row[2] in ("MODEL", "ORG", "BENCHMARK"))
        raw_density, raw_central = [], []
        sqrt, count_of, count_numbers = math.sqrt, doc_counts.__getitem__, _NUMBER_RUN.findall
        for (a, b), s, count, uniq in zip(cands, sents, counts, words):
            n = max(1, count)
            if ents:
                named = bisect_left(ents, b) - bisect_left(ents, a)
            else:
                named = len(_CAPITALISED.findall(s))
            nums = len(count_numbers(s))
            raw_density.append((named + 0.5 * nums) / sqrt(n))
            # centrality: average number of other sentences each content word appears in
            raw_central.append((sum(map(count_of, uniq)) - len(uniq)) / (len(uniq) + 3))
        dmax = max(raw_density) or 1.0
        cmax = max(raw_central) or 1.0
        scores = []
        w_position, w_title, w_density, w_central = self.W_POSITION, self.W_TITLE, self.W_DENSITY, self.W_CENTRAL
        decay, penalty = self.POSITION_DECAY, self.QUOTE_PENALTY
        for i, (s, uniq) in enumerate(zip(sents, words)):
            position = 1.0 / (1.0 + decay * i)
            title_score = len(title_words & uniq) / len(title_words) if title_words else 0.0
            value = (
                w_position * position
                + w_title * title_score
                + w_density * raw_density[i] / dmax
                + w_central * raw_central[i] / cmax
            )
            if s.lstrip()[:1] in "\"“‘'" or (_has_double_quote(s) and _QUOTE_SAID.search(s)):
                value -= penalty
            scores.append(value)
        return scores


def _has_double_quote(s: str) -> bool:
    """Quick reject for _QUOTE_SAID, which starts with one of these."""
    return '"' in s or "“" in s or "”" in s


def _overlap(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def lead_sentences(doc: Doc, n: int = 3, max_words: int = 70) -> list[tuple[int, int]]:
    """Baseline: the first `n` sentences (same line-aware split), trimmed to whole sentences
    within `max_words` (always at least one)."""
    out, total = [], 0
    for a, b in segments(doc)[:n]:
        w = _words(doc_text(doc)[a:b])
        if out and total + w > max_words:
            break
        out.append((a, b))
        total += w
    return out
