"""One canonical per new name: the best-written form the passage (or the stream's memory) gives it.

A new name reaches the finder in many forms: a lower-case id (``kite-8-mini``), a dated snapshot
(``hawser-4-jib-2604``), a hashtag glued together (``#Hawser4``), a heading in capitals (``GAUNTLET ARENA``),
and a display form in running text (``KITE-8 Mini``, ``Hawser 4 Mizzen``, ``Gauntlet Arena``). The rules
that find each form name it from that form alone; this module gives every form of one name the canonical
of its best-written form (entity-guidelines §4: one standard name per entity; tests/data/nlp/README.md:
"lower-case ids take the display name given in the passage", dated snapshots take their model's name).

A name is its sequence of letter runs and digit runs, case, accents and separators aside (``pieces``):
``Hawser4``, ``hawser-4`` and ``HAWSER 4`` are all ``hawser 4``. The forms of a name are the places where
its pieces are written in the text (also as the start of a longer name: ``Hawser 4`` inside ``Hawser 4
Mizzen``, ``KITE-9`` inside ``KITE-9 Glide``) and the names the stream's memory holds with those pieces. A
form ranks by (:func:`rank`): separators between its pieces (``Hawser 4`` over ``Hawser4``), then
written in the text or remembered (not only derived by a rule: a slug title-cased; capitals on a line in
capitals do not count as written), then mixed case over capitals. A lower-case form never replaces a canonical. A canonical changes only
for a form that ranks higher; among forms of one rank the most frequent, then the current canonical,
then the first.

A dated snapshot (``-2604``, ``-0924``, ``-20260402``) takes its undated model's name where the passage or
the memory writes that name; a lower-case id that goes on past a written name with tier words
(``tarang-2-chat`` beside ``Tarang-2``) takes the written name and the tier words as the passage or the
product-word list writes them (``Tarang-2 Chat``). Names the knowledge base knows keep its canonical.

:func:`canonical_of` is the one entry point for other modules: the canonical of a form given the passage's
text and its names. Cost: one regex per new name whose canonical is not already written in full, over
the text once.
"""

from __future__ import annotations

import re

from .canonical import GEN_WORDS, fold

PIECE = re.compile(r"[^\W\d_]+|\d+")
# a snapshot's date as the name's last piece: YYMM, MMDD, YYYYMMDD (the forms doc_names.DATED reads)
DATE_PIECE = re.compile(r"(?:2[3-9](?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])[0-3]\d|20\d\d(?:0[1-9]|1[0-2])[0-3]\d)")
LABELS = ("MODEL", "BENCHMARK", "ORG")


def pieces(name: str) -> tuple[str, ...]:
    """The name's letter and digit runs, lower-cased and without accents: ``KITE-9 Glide`` -> kite 9 glide."""
    return tuple(PIECE.findall(fold(name).lower()))


def _case(form: str) -> int:
    """2 mixed case, 1 capitals, 0 lower case (or no letters)."""
    has_upper, has_lower = form != form.lower(), form != form.upper()
    if has_upper and has_lower:
        return 2
    return 1 if has_upper else 0


def _seps(form: str) -> int:
    """How many of the form's piece boundaries a separator marks (``Hawser 4``: 1, ``Hawser4``: 0)."""
    runs = list(PIECE.finditer(form))
    return sum(1 for a, b in zip(runs, runs[1:]) if b.start() > a.end())


def rank(form: str, written: bool) -> tuple[int, int, int, int]:
    """How well a form writes its name (higher is better; see the module doc)."""
    case = _case(form)
    return (int(case > 0), _seps(form), int(written), case)


_SEP_CHARS = frozenset(" \t_.-\u2010\u2011\u2012\u2013\u2212")


class _Pieces:
    """A text lower-cased once; the places a name's pieces are written are found with ``str.find`` on it."""

    __slots__ = ("hay", "low")

    def __init__(self, hay: str) -> None:
        self.hay = hay
        low = hay.lower()
        self.low = low if len(low) == len(hay) else "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in hay)

    def _piece_end(self, ps: tuple[str, ...], pos: int) -> int:
        """Where the pieces ``ps`` written from ``pos`` end (any or no separator between two), or -1."""
        low = self.low
        for j, p in enumerate(ps):
            if j:
                n = 0
                while n < 2 and pos < len(low) and low[pos] in _SEP_CHARS and (n == 0 or low[pos] in " \t"):
                    pos += 1
                    n += 1
            if not low.startswith(p, pos):
                return -1
            pos += len(p)
            if j + 1 < len(ps) and pos < len(low) and (low[pos].isalpha() and p[-1].isalpha()
                                                        or low[pos].isdigit() and p[-1].isdigit()):
                return -1  # a piece goes on: "hawsers" is not "hawser" + ...
        return pos

    def find(self, ps: tuple[str, ...]):
        """(start, end) of each place the pieces ``ps`` are written with any case and any (or no) separator, from
        a word start; a longer name may go on after them with a separator, never glued (``Hawser 4`` in ``Hawser 4
        Mizzen``, not in ``Hawser 40``)."""
        hay, low = self.hay, self.low
        first = ps[0]
        s = low.find(first)
        while s >= 0:
            before = hay[s - 1] if s else " "
            if not (before.isalnum() or before == "."):
                e = self._piece_end(ps, s)
                if e >= 0 and not (e < len(hay) and hay[e].isalnum()):
                    yield s, e
            s = low.find(first, s + 1)


_LAST: list = []  # the last two texts' pieces (a text and its accent-free copy)


def _pieces_of(hay: str) -> _Pieces:
    for got in _LAST:
        if got.hay is hay:
            return got
    got = _Pieces(hay)
    _LAST[:] = [got] + _LAST[:1]
    return got


_FOLD: dict[str, str] = {}


def _fold_map(text: str) -> str:
    """``text`` with each accented letter read without its accent (one character for one: offsets index both)."""
    table = {}
    for ch in set(text):
        if ch.isascii():
            continue
        f = _FOLD.get(ch)
        if f is None:
            f = _FOLD[ch] = fold(ch)
        if len(f) == 1 and f != ch:
            table[ord(ch)] = f
    return text.translate(table) if table else text


def written_forms(text: str, ps: tuple[str, ...], folded: str | None = None) -> list[str]:
    """Each place the text writes the pieces ``ps`` (see :meth:`_Pieces.find`), as written, in order."""
    if not ps:
        return []
    hay = folded if folded is not None else text
    return [text[a:b] for a, b in _pieces_of(hay).find(ps)]


def _shouted(text: str, s: int, e: int) -> bool:
    """The line around ``text[s:e]`` is written in capitals (a heading, a caps bulletin): its capitals say
    nothing of how the name is written. The name itself aside; more capitals than lower-case letters."""
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", e)
    rest = text[a:s] + text[e:b if b >= 0 else len(text)]
    up = sum(ch.isupper() for ch in rest)
    return up > 0 and up >= sum(ch.islower() for ch in rest)


def _written(text: str, ps: tuple[str, ...], folded: str | None) -> list[tuple[str, bool]]:
    """(form, written) of each place the text writes ``ps``; a form in capitals on a line in capitals counts
    as not written (its case is the heading's)."""
    hay = folded if folded is not None else text
    out = []
    for a, b in _pieces_of(hay).find(ps):
        f = text[a:b]
        out.append((f, not (_case(f) == 1 and _shouted(text, a, b))))
    return out


def _word_case(text: str, word: str) -> str | None:
    """How the passage or the product-word list capitalises a tier word (``jib`` -> ``Jib``), if it does."""
    for a, b in _pieces_of(text).find((word,)):
        w = text[a:b]
        if w[0].isupper() and _case(w):
            return w
    return GEN_WORDS.get(word)


def _best(options: list[tuple[str, bool]], current: str) -> str | None:
    """The best-ranked form of ``options`` (form, written), if it ranks above ``current``."""
    if not options:
        return None
    ranked = [(rank(f, w), f) for f, w in options]
    top = max(r for r, _ in ranked)
    cur = rank(current, False)
    if top <= cur or not top[0]:  # (a lower-case form never replaces a canonical)
        return None
    tops = [f for r, f in ranked if r == top]
    counts = {f: tops.count(f) for f in tops}
    best = max(counts.values())
    if counts.get(current) == best:
        return None
    return next(f for f in tops if counts[f] == best)


def _tidy(form: str) -> str:
    return re.sub(r"\s+", " ", form.replace("\u2011", "-").replace("\u2010", "-")).strip()


def canonical_of(text: str, form: str, label: str, memory_names: dict | None = None,
                 folded: str | None = None, slug: bool = True) -> str | None:
    """The canonical of ``form`` (a new name's current canonical) given the passage ``text`` and the
    names of the stream's memory (``memory_names``: pieces -> [(label, canonical)]): a better-written form
    of the same name, or None to keep ``form``. ``slug``: the text writes the name only as a lower-case id; only
    then may an id going on past a written name take the written name and its tier words."""
    ps = pieces(form)
    if not ps:
        return None
    if folded is None and not form.isascii():
        folded = _fold_map(text)  # "ciocarlia" of Ciocârlia: its pieces are read without accents
    dated = (label == "MODEL" and len(ps) >= 3 and DATE_PIECE.fullmatch(ps[-1]) is not None
             and any(p.isdigit() for p in ps[:-1]))
    if not dated and rank(form, form in text) == (1, len(ps) - 1, 1, 2):
        return None  # written in the text in full, mixed case, every piece apart: nothing better
    if dated:  # a snapshot: its model's name, where the passage or the memory writes it
        undated = ps[:-1]
        better = [(f, w) for f, w in _options(text, undated, label, memory_names, folded) if _case(f) == 2 or _case(f) and w]
        if better:
            top = max(rank(f, w) for f, w in better)
            tops = [f for f, w in better if rank(f, w) == top]
            return max(tops, key=tops.count)
        got = _extended(text, undated, form, folded, memory_names, dated=True) if slug and len(undated) >= 3 else None
        if got is not None:
            return got
    options = _options(text, ps, label, memory_names, folded)
    got = _best(options, form)
    if got is not None:
        return got
    if slug and label == "MODEL" and len(ps) >= 3 and not any(_case(f) for f, _ in options):
        return _extended(text, ps, form, folded, memory_names)
    return None


SIZE_LOWER = re.compile(r"(?<=\d)([bmtk])(?![^\W_])")


def _options(text: str, ps: tuple[str, ...], label: str, memory_names: dict | None, folded: str | None) -> list[tuple[str, bool]]:
    """(form, written) of the pieces ``ps``: where the text writes them, and the memory's names with them. A size
    written in lower case is read in capitals (``Kavka 70b``: ``Kavka 70B``, as canonical.py writes sizes)."""
    out = [(SIZE_LOWER.sub(lambda m: m.group().upper(), _tidy(f)) if _case(f) else _tidy(f), w)
           for f, w in _written(text, ps, folded)] if ps else []
    return out + [(c, True) for lab, c in (memory_names or {}).get(ps, ()) if lab == label]


def _extended(text: str, ps: tuple[str, ...], form: str, folded: str | None, memory_names: dict | None,
              dated: bool = False) -> str | None:
    """A name written nowhere in full whose head is (``Tarang-2`` of ``tarang-2-chat``) and whose tail is tier
    words: the written head and the tail's words as capitalised in the passage or the product-word list."""
    if re.search(r"[ ]" + r"[ ]".join(re.escape(w) for w in ps[-1:]) + r"\Z", form, re.IGNORECASE):
        return None  # written with its tier apart already ("perrin 2 mini"): a space is the writer's, not a slug's
    for k in range(len(ps) - 1, 1, -1):
        head, tail = ps[:k], ps[k:]
        if not any(p.isdigit() for p in head) or not all(p.isalpha() for p in tail):
            continue
        heads = [(f, w) for f, w in _options(text, head, "MODEL", memory_names, folded) if _case(f) == 2 or _case(f) and w]
        if not heads:
            continue
        words = [_word_case(text, w) for w in tail]
        if None in words:
            return None
        top = max(rank(h, w) for h, w in heads)
        best = [h for h, w in heads if rank(h, w) == top]
        head = max(best, key=best.count)
        # the separator the passage's other names of this head put before a tier ("Tsubame-4-Instruct": "-"), else a space
        seps = [m.group(1) for m in re.finditer(re.escape(head) + r"([ \-])[A-Z]", text)]
        sep = max(set(seps), key=seps.count) if seps and seps.count("-") != seps.count(" ") else " "
        name = head + sep + sep.join(words)
        return name if name != form and (dated or rank(name, True) > rank(form, False)) else None
    return None


_MEMO: dict[int, tuple[int, dict]] = {}


def memory_index(memory) -> dict:
    """pieces -> [(label, canonical)] of a :class:`nlp.name_memory.NameMemory` (rebuilt when it grows)."""
    if memory is None or not getattr(memory, "names", None):
        return {}
    got = _MEMO.get(id(memory))
    if got is not None and got[0] == len(memory.names):
        return got[1]
    index: dict = {}
    for (lab, canon) in memory.names:
        index.setdefault(pieces(canon), []).append((lab, canon))
    _MEMO.clear()
    _MEMO[id(memory)] = (len(memory.names), index)
    return index


def settle(text: str, cands: list[tuple[int, int, str, str, bool]], memory=None) -> dict[int, str]:
    """{index: canonical} for the new names of ``cands`` (start, end, label, canonical, known) whose
    canonical a better-written form replaces. A name the knowledge base knows in the passage with the same
    pieces (a known mention) is left to the knowledge base."""
    known = None
    index = memory_index(memory)
    folded = None
    done: dict[tuple[str, str], str | None] = {}
    out: dict[int, str] = {}
    for i, (s, e, lab, canon, k) in enumerate(cands):
        if k or lab not in LABELS or not canon:
            continue
        if (lab, canon) not in done:
            done[(lab, canon)] = None
            if canon in text and _case(canon) == 2 and _seps(canon) == len(PIECE.findall(canon)) - 1:
                continue  # written in the text in full, mixed case, every piece apart: nothing better
            if known is None:
                known = {(lab, pieces(c)) for s, e, lab, c, k in cands if k and c}
            if (lab, pieces(canon)) in known:
                continue
            if folded is None and not canon.isascii():
                folded = _fold_map(text)
            slug = all(text[a:b].islower() for a, b, lab2, c2, k2 in cands if c2 == canon and lab2 == lab)
            done[(lab, canon)] = canonical_of(text, canon, lab, index, folded, slug)
        new = done[(lab, canon)]
        if new is not None and new != canon:
            out[i] = new
    return out
