"""The known beginnings of a pattern's matches, read from the parsed pattern, and a quick finder of them.

A big alternation searched with ``re.I`` (or behind a leading class or look-behind) gives the regex engine
no first character to scan for: it tries every branch at every position. When every match of the pattern
begins with one of a few strings ("independent", "our own ", "we ran"), a search for those strings (a
regex of literals, which the engine scans quickly) finds every position where a match can start, and the
pattern is tried there only (:mod:`nlp.quick_rejects`, :mod:`nlp.needed_words`).

:func:`beginnings` reads the strings, lower-cased (or as written, for :mod:`nlp.literal_starts`), up to eight characters each: a literal, a small class of
ASCII characters or characters without case (``[- ]``, ``['\u2019]``), a group, an alternation (each branch),
an optional or repeated part (with and without it) extend them; anything else (``\\w``, ``.``, a wide class,
a cased letter outside ASCII) ends a string where it stands, as does the end of the pattern, so a string may be shorter. Look-arounds and
anchors match no character and are passed over. Sound: every match of the pattern begins with one of the
strings (in the lower-cased text: callers lower it with ``numbers.lowered``). Longer strings make fewer
false starts than the two letters :mod:`nlp.quick_rejects` read before (``the`` starts many words; ``the
lead`` few).
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover  (3.10)
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}
_STOP = (None, None)  # an item no string reads past (what follows a repeated part)
LONGEST = 8  # characters read per string
_MOST = 400  # strings a finder holds; more, and shorter strings are read
_SMALL_CLASS = 4  # a class of at most this many ASCII characters is read as an alternation
SPACE = "\x00"  # with ``spaces``: one character of ``\s``, which a finder writes back as ``\s``
SPACES = "\x01"  # with ``spaces``: a run of ``\s`` (``\s+``, ``\s{1,3}``), which a finder writes back as ``\s+``


class _TooMany(Exception):
    pass


def _read(items: list, k: int, fold: bool = True, spaces: bool = False) -> set[str]:
    """The beginnings, up to `k` characters, of every match of the parsed sequence `items`: lower-cased when
    `fold`, else as written (a part that ignores case then ends a string); with `spaces`, a ``\\s`` is read as
    `SPACE` and a run of them as `SPACES` instead of ending the string."""
    if k == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):  # zero width
        return _read(rest, k, fold, spaces)
    if op is _C.LITERAL:
        c = chr(av)
        if not fold:
            return {c + t for t in _read(rest, k - 1, fold, spaces)}
        return {c.lower() + t for t in _read(rest, k - 1, fold, spaces)} if _plain(c) else {""}
    if op is _C.IN:
        if spaces and list(av) == [(_C.CATEGORY, _C.CATEGORY_SPACE)]:  # \s: the same characters in the lower-cased text
            return _capped({SPACE + t for t in _read(rest, k - 1, fold, spaces)})
        if any(o is not _C.LITERAL or (fold and not _plain(chr(a))) for o, a in av):  # (a range, a category, a negation...)
            return {""}
        chars = {chr(a).lower() if fold else chr(a) for _, a in av}
        if len(chars) > _SMALL_CLASS:
            return {""}
        tail = _read(rest, k - 1, fold, spaces)
        return _capped({c + t for c in chars for t in tail})
    if op is _C.SUBPATTERN:
        if not fold and av[1] & re.I:  # a scoped (?i:…): its letters are not known as written
            return {""}
        return _read(list(av[-1]) + rest, k, fold, spaces)
    if op is _C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            out |= _read(list(alt) + rest, k, fold, spaces)
            _capped(out)
        return out
    if op in _REPEATS:
        lo, hi, body = av
        if spaces and hi > 1 and list(body) == [(_C.IN, [(_C.CATEGORY, _C.CATEGORY_SPACE)])]:  # a run of \s
            run = _capped({SPACES + t for t in _read(rest, k - 1, fold, spaces)})
            return _capped(run | _read(rest, k, fold, spaces)) if lo == 0 else run
        if hi == 0:
            return _read(rest, k, fold, spaces)
        once = _read(list(body) + (rest if hi == 1 else [_STOP]), k, fold, spaces)  # (more repeats: the string ends after one)
        return _capped(once | _read(rest, k, fold, spaces)) if lo == 0 else once
    return {""}


def _plain(c: str) -> bool:
    """An ASCII character, or one without case ("\u2019"): what ``re.I`` matches with it, ``str.lower()`` turns into
    its lower case too."""
    return c.isascii() or c.lower() == c == c.upper()


def _capped(strings: set[str]) -> set[str]:
    if len(strings) > _MOST * 4:
        raise _TooMany
    return strings


def beginnings(rx: re.Pattern, longest: int = LONGEST, *, fold: bool = True, spaces: bool = False) -> frozenset[str] | None:
    """Strings one of which begins every match of `rx` (each one to `longest` characters, shorter where the
    pattern says no more), none beginning with another: lower-cased when `fold` (for the lower-cased text),
    else as written (None for a pattern that ignores case); None when a match can begin otherwise (with an
    unknown character first) or the strings would be too many even two characters long. `spaces`: a ``\\s`` is
    read as the character `SPACE` and a run of them as `SPACES` (for :func:`start_finder`, which writes them back
    as ``\\s`` and ``\\s+``), not as an end."""
    if not fold and rx.flags & re.I:
        return None
    items = list(_P.parse(rx.pattern, rx.flags))
    for k in range(longest, 1, -1):
        try:
            got = _read(items, k, fold, spaces)
        except _TooMany:
            continue
        if "" in got:
            return None
        kept = frozenset(s for s in got if not any(s[:i] in got for i in range(1, len(s))))
        if len(kept) <= _MOST:
            return kept
    return None


def _piece(ch: str) -> str:
    return r"\s" if ch == SPACE else r"\s+" if ch == SPACES else re.escape(ch)


def _alternation(strings) -> str:
    """A regex of `strings` written as a trie (a shared beginning once); a string that ends where others go
    on is enough alone (any of them is a yes)."""
    tree: dict = {}
    for s in strings:
        node = tree
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        if "" in node:
            return ""
        alts = [_piece(ch) + emit(node[ch]) for ch in sorted(node)]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree)


def engine_scans(rx: re.Pattern) -> bool:
    """Whether every match of `rx` begins with a character the regex engine can scan for by itself (a literal
    or a class of them, case aside, first): a finder would then cost more than it spares."""
    items = list(_P.parse(rx.pattern, rx.flags))
    while items and items[0][0] is _C.SUBPATTERN:
        items = list(items[0][1][-1])
    if not items:
        return False
    op, av = items[0]
    folds = bool(rx.flags & re.I)
    if op is _C.LITERAL:
        return not folds or chr(av).lower() == chr(av) == chr(av).upper()
    if op is _C.IN:
        return all(o is _C.LITERAL and (not folds or chr(a).lower() == chr(a) == chr(a).upper()) for o, a in av)
    return False


def start_finder(rx: re.Pattern, min_length: int = 2) -> "StartFinder | None":
    """A pattern whose matches in the lower-cased text begin where a match of `rx` can begin (at every such
    position, one character long each, so ``finditer`` misses none; :meth:`StartFinder.starts` lists them), or
    None when the beginnings are not known or one is shorter than `min_length` (it would stop almost everywhere).
    A pattern that starts with ``\\b`` before a word character is tried at word starts only. A ``\\s`` after a
    short word is looked ahead for too ("the" followed by a space and "assistant", not every "the")."""
    got = beginnings(rx, spaces=True)
    if not got or min(len(s) for s in got) < min_length:
        return None
    items = list(_P.parse(rx.pattern, rx.flags))
    word_start = bool(items) and items[0] == (_C.AT, _C.AT_BOUNDARY) and all(s[0].isalnum() or s[0] == "_" for s in got)
    by_first: dict[str, list[str]] = {}
    for s in got:
        by_first.setdefault(s[0], []).append(s[1:])
    alts = []
    for c, rests in sorted(by_first.items()):
        # one character per stop, a run of spaces too: its first space is a stop and so is each later one (a match may
        # begin inside the run, after a look-behind), the rest of the run looked ahead for
        e, run = (r"\s", r"\s*") if c == SPACES else (_piece(c), "")
        # (\w as the pattern reads it: ASCII letters only under re.ASCII)
        alts.append(e + (rf"(?<!\w{e})" if word_start else "") + f"(?={run}{_alternation(rests)})")
    return StartFinder(re.compile("|".join(alts), rx.flags & re.ASCII), _heads(got))


# Substring searches beat the trigger's scan on a text of 100 characters or more, when the heads are none short
# (a two-letter word is everywhere) and few beside their first letters (the engine scans quickly for one first
# character, a search costs one pass per head): measured on the bench texts, round 25.
FIND_FROM = 100  # characters
_FIND_SHORTEST = 3


def find_heads(strings) -> tuple[str, ...] | None:
    """`strings` (literal beginnings), none beginning with another, sorted, when substring searches for them suit
    (see above), else None."""
    heads = set(strings)
    if not heads or "" in heads:
        return None
    kept = tuple(sorted(h for h in heads if not any(h[:i] in heads for i in range(1, len(h)))))
    firsts = len({h[0] for h in kept})
    if min(map(len, kept)) < _FIND_SHORTEST or firsts < 2 or len(kept) > max(16, 3 * firsts):
        return None
    return kept


def occurrences(text: str, heads, pos: int = 0, endpos: int | None = None) -> list[int]:
    """Where one of `heads` (none beginning with another) lies wholly in text[pos:endpos], in order."""
    endpos = len(text) if endpos is None else endpos
    found = []
    find = text.find
    for h in heads:  # (no head begins another, so no position is found twice)
        i = find(h, pos, endpos)
        while i >= 0:
            found.append(i)
            i = find(h, i + 1, endpos)
    found.sort()
    return found


def _heads(got: frozenset[str]) -> tuple[str, ...] | None:
    """The literal beginnings of the strings `got` (up to their first ``\\s``) for substring searches, or None."""
    return find_heads(s.split(SPACE)[0].split(SPACES)[0] for s in got)


class StartFinder:
    """A trigger pattern (what :func:`start_finder` builds) with :meth:`starts`: the starts of its matches in a
    lower-cased text, found on a long text by substring searches for the matches' literal beginnings (`heads`),
    each confirmed by the trigger itself at that position (which sees the text before it, as ``finditer`` does):
    the same positions as ``[m.start() for m in trigger.finditer(low)]``. The rest is the pattern's."""

    __slots__ = ("rx", "heads")

    def __init__(self, rx: re.Pattern, heads: tuple[str, ...] | None) -> None:
        self.rx, self.heads = rx, heads

    def starts(self, low: str):
        if self.heads is None or len(low) < FIND_FROM:
            return map(re.Match.start, self.rx.finditer(low))  # (lazily: a search stops at its first match)
        match = self.rx.match
        return [i for i in occurrences(low, self.heads) if match(low, i) is not None]

    def __getattr__(self, name: str):
        return getattr(self.rx, name)
