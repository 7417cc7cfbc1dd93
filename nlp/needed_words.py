"""Searches skipped when the text lacks every word a match needs: the same matches, less CPU.

Many patterns scan a whole sentence or text for a cue whose every match holds one of a few words ("said",
"according to", "model card"). The regex engine cannot know that: with ``re.I`` or a leading class it tries
the pattern at every position. :func:`necessary_words` reads, from the parsed pattern, a set of strings of
which every match must contain one (a literal run, or the words of every branch of an alternation); a
wrapper then runs the pattern only when the searched text holds one of them (``str.__contains__``: a fast
scan). The set is found from the pattern alone, so it needs no upkeep when a pattern gains a branch.

Sound by construction: a sequence needs what any one of its items needs; an alternation needs the union of
what each branch needs (nothing, when one branch needs nothing); a repeat needs what its body needs only
when it repeats at least once; look-arounds, classes and anchors need nothing. Only ASCII literals are
read. With ``re.I`` the words and the text are compared lower-cased (``numbers.lowered``, which answers
None for the few characters that ``re.I`` folds otherwise than ``str.lower()``: the pattern then runs).

:data:`GATED` lists the patterns wrapped (by :func:`install`, from ``quick_rejects.install``): the ones
whose replayed calls over the bench texts got quicker (``tests/nlp/test_needed_words.py`` checks the
wrappers against their patterns).
"""
from __future__ import annotations

import re
import sys

from .match_starts import start_finder
from .numbers import lowered

try:  # Python 3.11+
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover  (3.10)
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}
_MAX_EXACT = 64  # strings an exact item may stand for before it is read as "some text" only


def _exact(items: list) -> set[str] | None:
    """Every string the sequence `items` can match, when they are few and known (ASCII literals,
    alternations and groups of them), else None."""
    out = {""}
    for op, av in items:
        if op is _C.LITERAL:
            c = chr(av)
            if not c.isascii():
                return None
            alts = {c}
        elif op is _C.SUBPATTERN:
            alts = _exact(list(av[-1]))
        elif op is _C.BRANCH:
            alts = set()
            for alt in av[1]:
                got = _exact(list(alt))
                if got is None:
                    return None
                alts |= got
        else:
            return None
        if alts is None or len(out) * len(alts) > _MAX_EXACT:
            return None
        out = {a + b for a in out for b in alts}
    return out


def _score(words: set[str]) -> tuple[int, int]:
    return (min(len(w) for w in words), -len(words))


def _needs(items: list) -> set[str] | None:
    """A set of strings one of which every match of the sequence `items` contains, or None."""
    best: set[str] | None = None
    i = 0
    while i < len(items):
        # the longest run of exact items from here: its strings are needed whole
        j, run = i, None
        while j < len(items):
            got = _exact(items[i:j + 1])
            if got is None:
                break
            run, j = got, j + 1
        cands = []
        if run is not None and "" not in run:
            cands.append(run)
        op, av = items[i]
        if op is _C.SUBPATTERN:
            cands.append(_needs(list(av[-1])))
        elif op is _C.BRANCH:
            union: set[str] | None = set()
            for alt in av[1]:
                got = _needs(list(alt))
                if got is None:
                    union = None
                    break
                union |= got
            cands.append(union)
        elif op in _REPEATS and av[0] >= 1:
            cands.append(_needs(list(av[2])))
        for c in cands:
            if c and "" not in c and (best is None or _score(c) > _score(best)):
                best = c
        i = max(j, i + 1) if run is not None and j > i else i + 1
    return best


def _folds(items) -> bool:
    """Whether a group of the parsed `items` switches ``re.I`` on (``(?i:...)``)."""
    for op, av in items:
        if op is _C.SUBPATTERN and (av[1] & re.I or _folds(av[-1])):
            return True
        if op is _C.BRANCH and any(_folds(alt) for alt in av[1]):
            return True
        if op in _REPEATS and _folds(av[2]):
            return True
        if op in (_C.ASSERT, _C.ASSERT_NOT) and _folds(av[1]):
            return True
    return False


def necessary_words(rx: re.Pattern) -> tuple[frozenset[str], bool] | None:
    """Strings one of which every match of `rx` contains, and whether they are compared lower-cased (``re.I``
    anywhere in `rx`), or None."""
    items = list(_P.parse(rx.pattern, rx.flags))
    got = _needs(items)
    if not got:
        return None
    fold = bool(rx.flags & re.I) or _folds(items)
    return (frozenset(w.lower() for w in got) if fold else frozenset(got)), fold


class _LiteralGated:
    """A compiled pattern whose ``search``, ``finditer`` and ``findall`` first test that the searched text
    holds one of `words`; ``search`` and ``finditer`` then try the pattern only where a match can begin
    (`trigger`, from :func:`nlp.match_starts.start_finder`, when the beginnings are known: a text that holds
    a common word such as "model" is not searched at every position); ``match`` and the rest are the
    pattern's."""

    __slots__ = ("rx", "words", "fold", "trigger")

    def __init__(self, rx: re.Pattern, words: frozenset[str], fold: bool, trigger: re.Pattern | None = None) -> None:
        self.rx, self.words, self.fold = rx, tuple(sorted(words, key=lambda w: (-len(w), w))), fold
        self.trigger = trigger

    def _gate(self, string: str, pos: int, endpos: int):
        """None when no word of the gate is in string[pos:endpos], else the lower-cased string[pos:endpos]
        for the trigger (False when it cannot be told or there is no trigger: search with the pattern)."""
        if pos > 0 or endpos < len(string):
            string = string[max(pos, 0):endpos]
        low = lowered(string) if self.fold or self.trigger is not None else string
        if low is None:
            return False
        hay = low if self.fold else string
        for w in self.words:
            if w in hay:
                return low if self.trigger is not None else False
        return None

    def _absent(self, string: str, pos: int, endpos: int) -> bool:
        """Whether no word of the gate is in string[pos:endpos] (False when that cannot be told)."""
        if pos > 0 or endpos < len(string):
            string = string[max(pos, 0):endpos]
        if self.fold:
            string = lowered(string)
            if string is None:
                return False
        for w in self.words:
            if w in string:
                return False
        return True

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        low = self._gate(string, pos, endpos)
        if low is None:
            return None
        if low is False:
            return self.rx.search(string, pos, endpos)
        a, b = max(pos, 0), min(endpos, len(string))
        match = self.rx.match  # (the pattern tried from each possible start, in order; see quick_rejects._FromStarts)
        for t in self.trigger.starts(low):
            m = match(string, t + a, b)
            if m is not None:
                return m
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        low = self._gate(string, pos, endpos)
        if low is None:
            return iter(())
        if low is False:
            return self.rx.finditer(string, pos, endpos)
        return self._iter(string, low, max(pos, 0), min(endpos, len(string)))

    def _iter(self, string: str, low: str, pos: int, endpos: int):
        end = 0
        match = self.rx.match  # (the matches from the possible starts, overlapping ones left out, as finditer does)
        for t in self.trigger.starts(low):
            m = match(string, t + pos, endpos)
            if m is not None and m.start() >= end:
                end = m.end()
                yield m

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if self._absent(string, pos, endpos):
            return []
        return self.rx.findall(string, pos, endpos)

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


def literal_gated(rx):
    """`rx` with a gated ``search``/``finditer``/``findall`` (see :class:`_LiteralGated`), or `rx` itself when
    no necessary words are found."""
    got = necessary_words(rx)
    return rx if got is None else _LiteralGated(rx, *got, start_finder(rx))


#: (module, names) of the patterns :func:`install` wraps: each measured by replaying the pipeline's own calls
#: over the `make bench` texts (a replay script of round 18, notes speed18/replay2.py), kept where the wrapped calls took less CPU.
GATED: dict[str, tuple[str, ...]] = {
    "nlp.board_commentary": ("_DOUBT", "_ELO", "_SAME_TEST"),
    "nlp.claim_cues": ("HEDGE",),
    "nlp.claim_places": ("_ON_ORDINAL", "_THE_PLACE"),
    "nlp.claim_rivals": ("_CMP_LATE", "_MODEL_DOC"),
    "nlp.claim_source": ("_LEAK_WORDS", "_OWN_WORDS", "_SELF"),
    "nlp.claim_speaker": ("_GENERIC_THIRD", "_PAGE_QUOTING", "_QUOTING"),
    "nlp.claim_vetoes": ("_INTENT",),
    "nlp.claims": ("_ABOVE_SHARE", "_LEAK", "_PUT_IT_AT", "_RESULT_SUBJECT"),
    "nlp.grid": ("_UNIT_ELO", "_UNIT_POINTS"),
    "nlp.inline_pairs": ("_ANY_COLOUR", "_ORDER_KEY"),
    "nlp.name_roles": ("RIVAL_BEFORE", "_ANY_MODEL_BEFORE"),
    "nlp.native_bodies": ("_FUSED_RX", "_LAST_RX"),
    "nlp.numbers": ("_SPREAD_KEY_BEFORE",),
    "nlp.position_keys": ("_QUICK",),
    "nlp.prose_links": ("_COMPARED",),
    "nlp.reported_speech": ("_DEVELOPER_SAID",),
    "nlp.result_fields": ("_SECTION",),
    "nlp.rival_blocks": ("_BEFORE",),
    "nlp.run_cues": ("_BELOW",),
    "nlp.script_aliases": ("KNOWN_AS_BEFORE",),
    "nlp.short_forms": ("TICKER_TALK",),
    "nlp.source_scope": ("_NOTE_NOUNS",),
    "nlp.unit_notes": ("_ARE_PCT", "_EXCEPT", "_PCT_OF", "_UNIT_KEY"),
    "nlp.unknown": ("MODEL_APPOS_NOUN", "PRIZE_YEAR", "SCORE_HEAD_LINE", "SCORE_LINE", "YEAR_OLYMPIAD"),
    "nlp.unknown_orgs": ("BEFORE",),
    "nlp.unsaid_figures": ("_DENIED",),
    "nlp.variant_index": ("SPOKEN",),
    "nlp.withdrawn_figures": ("_DISREGARD", "_TEXT_STATES"),
}


def install() -> None:
    """Wrap the `GATED` patterns in their modules (once)."""
    import importlib

    for module, names in GATED.items():
        mod = importlib.import_module(module)
        for name in names:
            rx = getattr(mod, name, None)
            if isinstance(rx, re.Pattern):
                setattr(mod, name, literal_gated(rx))
