"""A found name's other written forms in the same passage: lower case, slugs, hashtags, code spans, a CamelCase
name recased, a two-letter abbreviation defined in brackets.

Chat, comment threads and pull requests write the names they discuss as they type: "ok so quenby is now saying
statusbench is biased", "`tallyroll_2026` — the Tallyroll 2026 benchmark", "#statusbench", "the review misspells
Statusbench". :mod:`nlp.slug_names` reads lower-case forms only in a slug-dense passage and :mod:`nlp.doc_names`
only where a slash or backtick marks them as code; this module reads them in any passage, anchored on a name the
passage found (or the stream's memory remembers) and gated by the form's **shape** or the sentence's **style**:

* **shaped forms** -- a form with a digit, an underscore, a hyphen or several words ("aubade 2", "forge index",
  "tallyroll_2026"), a hashtag or code span, or the lower-case form of a CamelCase or ``*QA``/``*Bench`` name
  ("invoiceqa" of InvoiceQA): no English word is written so, so the form is the name wherever it stands (not after
  a modal, "to", "import"/"install"; not followed by a version or tier that makes it a longer name);
* **plain forms** -- one lower-case word ("quenby", "hawser", "fjäril"): only in a sentence written in lower case
  (its first letter lower case: chat style, "tho mizzen also wins"); in prose an ordinary word is written in lower
  case, a name is not. Never a word the passage also writes in lower case inside a capitalised sentence (its
  ordinary use), a stop word, a word the unknown-name rules block, a listed tier word.
* **recased** -- a capitalised word with the letters of a found CamelCase name ("Statusbench" of StatusBench): a
  name with an inner capital is no English word, so its recased form is that name.
* **a two-letter abbreviation** in brackets right after a found organisation ("Konsumentombudsmannen (KO)") whose
  letters are, in order, letters of the name, the first its first (Schwartz and Hearst's test), and which the
  passage uses again bare: every bare use is that organisation. Not in a passage of codes (two bracketed pairs
  that abbreviate no found name: country lists), not a ticker passage.

The forms a name is written with (:func:`forms`): its letters (case, accents and separators aside), a model's
family word and family + version (``Aubade 2`` of Aubade 2 Lauds) and family + tier without the version
(``hawser jib`` of Hawser 4 Jib), a lab's first word before a lab word, a benchmark without its year, variant or
"-Eval", a tier word of a three-part model no list knows. A form two names share is dropped. Canonical: the
name's (a family word: the family as the canonical writes it). Regular expressions over the text: linear.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS, fold
from .doc_names import _head
from .unknown import BLOCKED_LOWER, SLUG_BLOCK, TIER_WORDS

_H = re.escape(HYPHENS)
PIECES = re.compile(r"[^\W_]+")
LOWER_TIERS = frozenset(t.lower() for t in TIER_WORDS)
# one lower-case token: letters of any script, digits, inner "-" or "_"; not inside a URL, path, e-mail or longer token
TOKEN = re.compile(rf"(?<![\w.@/{_H}'\u2019])[^\W_A-Z][\w]*(?:[{_H}_.][\w]+)*(?![\w]|[{_H}]\w|\.\w|/)")
NOT_BEFORE = re.compile(r"(?:\b(?:to|will|would|can|could|may|might|must|shall|should|not|import|install)|\d)[ ]\Z", re.I)
GOES_ON = re.compile(r"[ ](?:v?\d|(?P<w>[a-z]+)\b)")
# an account, a package or a place named after it: "the internlm organisation", "the foo package"
ACCOUNT_AFTER = re.compile(r"[ ](?:organi[sz]ations?|orgs?|accounts?|repo|repos|repository|namespace|handle|channel|server|"
                           r"subreddit|folder|directory|package|module|crate|library|bucket|user(?:name)?)\b")
SENTENCE_BREAK = re.compile(r"[.!?](?=\s)|\n")
LEAD_MARKS = re.compile(r"[\s>*#\-\u2022\"\u201c'(\[]*(?:@[\w.@]+[ ,:]*)?[\s>*\"\u201c'(\[]*")
SHAPED_NAME = re.compile(r"[a-z][A-Z]|(?:QA|Bench|BENCH|Eval|EVAL)\Z")
CAMEL = re.compile(r"[a-z][A-Z]")
FIRST_PIECE = re.compile(r"[^\W\d_]+")
WORD_HEAD = re.compile(r"(?<!\w)[^\W\d_A-Z][^\W\d_]{0,3}")  # a word's first letters: where a lower-case token may begin
LAB_WORDS = frozenset("labs lab ai systems capital institute research intelligence technologies technology inc ltd group "
                      "robotics collective foundation ventures partners compute analytics software".split())


def squash(s: str) -> str:
    """A form with case, accents and separators aside: "Fjäril 2" and "fjaril-2" agree."""
    return fold("".join(PIECES.findall(s)).lower())


@lru_cache(maxsize=20000)
def forms(label: str, canon: str, surface: str) -> tuple[tuple[str, str, bool], ...]:
    """(squashed form, canonical, shaped) of the ways a name (``label``, ``canon``, as written ``surface``) is written
    in lower case; ``shaped``: the form's lower-case spelling is no English word (a digit, several parts, a CamelCase
    or ``*QA`` name)."""
    out = []
    camel = SHAPED_NAME.search(surface) is not None or SHAPED_NAME.search(canon) is not None
    parts = [p for p in re.split(rf"[ {_H}]+", canon) if p]
    out.append((squash(canon), canon, camel or len(parts) > 1 or any(ch.isdigit() for ch in canon)))
    if surface != canon and squash(surface) != squash(canon):
        out.append((squash(surface), canon, camel or len(surface.split()) > 1))
    h = _head(canon, label)
    if h is not None:
        out.append((squash(h[0]), h[1], SHAPED_NAME.search(h[0]) is not None or len(h[0].split()) > 1))
    if label == "MODEL" and len(parts) >= 3:
        v = next((i for i, p in enumerate(parts) if p[:1].isdigit()), None)
        if v is not None and 0 < v < len(parts) - 1:
            base = " ".join(parts[:v + 1])
            out.append((squash(base), base, True))  # "aubade 2" of Aubade 2 Lauds
            rest = parts[v + 1:]
            if all(p.isalpha() for p in rest):
                out.append((squash(" ".join(parts[:v] + rest)), canon, True))  # "hawser jib" of Hawser 4 Jib
                if len(rest) == 1 and rest[0].lower() not in LOWER_TIERS:
                    out.append((squash(rest[0]), canon, False))  # "mizzen" of Hawser 4 Mizzen
    if label == "ORG" and len(parts) == 2 and parts[1].lower() in LAB_WORDS and parts[0].isalpha():
        out.append((squash(parts[0]), canon, False))
    if label == "BENCHMARK" and len(parts) == 2 and re.fullmatch(r"(?:19|20)\d\d", parts[1]):
        out.append((squash(parts[0]), canon, camel))
    return tuple((k, c, sh) for k, c, sh in out if len(k) >= 4 and k not in STOP_WORDS)


NAME_LABELS = ("MODEL", "ORG", "BENCHMARK")


class RememberedForms:
    """The written forms of the stream's remembered names ((label, canonical, surface), in memory order), indexed as
    the memory grows, so a document visits only what it may hold, never every remembered name: the names a text
    *admits* (a lower-cased piece of the canonical is a piece of the text: ``by_piece``), each form's contributors
    (``by_key``: squashed form -> (position, label, canonical, shaped)), the forms by the letters a string search
    looks for (``by_first``), and the names whose recased CamelCase form is read (``recased``)."""

    def __init__(self, names=()) -> None:
        self.names: list[tuple[str, str, str]] = []
        self.by_piece: dict[str, list[int]] = {}
        self.by_key: dict[str, list[tuple[int, str, str, bool]]] = {}
        self.by_first: dict[str, set[str]] = {}
        self.recased: set[int] = set()
        self.extend(names)

    def extend(self, names) -> None:
        for name in names:
            label, canon, surface = name
            i = len(self.names)
            self.names.append(name)
            for p in dict.fromkeys(PIECES.findall(canon.lower())):
                self.by_piece.setdefault(p, []).append(i)
            if label in NAME_LABELS and canon:
                for k, c, sh in forms(label, canon, surface):
                    self.by_key.setdefault(k, []).append((i, label, c, sh))
                    f = _first(k)
                    if f:
                        self.by_first.setdefault(f, set()).add(k)
            if _recasable(surface):
                self.recased.add(i)

    def admitted(self, present: set[str]) -> set[int]:
        """Positions of the names a text whose pieces are ``present`` admits."""
        out: set[int] = set()
        for p in present & self.by_piece.keys():
            out.update(self.by_piece[p])
        return out


def remembered_forms(memory) -> RememberedForms | None:
    """The :class:`RememberedForms` of a :class:`nlp.name_memory.NameMemory` (None for no memory), kept on it and
    extended with the names added since (the memory only grows)."""
    if not memory:
        return None
    index = getattr(memory, "written_forms_index", None)
    if index is None or len(index.names) > len(memory.names):
        index = memory.written_forms_index = RememberedForms()
    if len(index.names) < len(memory.names):
        index.extend((n.label, n.canonical, n.surface) for n in islice(memory.names.values(), len(index.names), None))
    return index


def _first(k: str) -> str:
    """The letters a string search for form ``k`` looks for: the first four of its first run of letters."""
    m = FIRST_PIECE.match(k)
    return m.group()[:4] if m else ""


def _recasable(surface: str) -> bool:
    return CAMEL.search(surface) is not None and " " not in surface and surface.isalnum()


def _resolve(v: set, shaped: bool) -> tuple[str, str, bool] | None:
    """The (label, canonical, shaped) a form stands for, given the (label, canonical) of every name written with it:
    None when two names share it, unless they are one name spelt two ways."""
    if len(v) > 1 and len({(lab, squash(c)) for lab, c in v}) == 1:
        v = {min(v, key=_spelling_rank)}  # one name spelt two ways ("Quenby", "QUENBY", "quenby"): its mixed-case spelling
    return (*next(iter(v)), shaped) if len(v) == 1 else None


class _Table:
    """squashed form -> (label, canonical, shaped) of the names found (``names``: (label, canonical, surface)) and the
    remembered names a text admits (``index``, ``admitted``), read lazily: a form is resolved when the text writes it.
    A form two names share is dropped, unless they are one name spelt two ways."""

    def __init__(self, names, index: RememberedForms | None = None, admitted: set[int] = frozenset()) -> None:
        self.seen: dict[str, set] = {}
        self.shaped: dict[str, bool] = {}
        self.firsts: dict[str, set[str]] = {}
        for label, canon, surface in names:
            if label not in NAME_LABELS or not canon:
                continue
            for k, c, sh in forms(label, canon, surface):
                self.seen.setdefault(k, set()).add((label, c))
                self.shaped[k] = self.shaped.get(k, False) or sh
                if _first(k):
                    self.firsts.setdefault(_first(k), set()).add(k)
        self.index, self.admitted = index, admitted
        self._got: dict[str, tuple[str, str, bool] | None] = {}
        self._first: dict[str, bool] = {}

    def get(self, k: str) -> tuple[str, str, bool] | None:
        if k not in self._got:
            v, sh = set(self.seen.get(k, ())), self.shaped.get(k, False)
            if self.index is not None:
                for i, lab, c, s in self.index.by_key.get(k, ()):
                    if i in self.admitted:
                        v.add((lab, c))
                        sh = sh or s
            self._got[k] = _resolve(v, sh) if v else None
        return self._got[k]

    def first(self, f: str) -> bool:
        """Some form of the table begins with the letters ``f`` (see :func:`_first`)."""
        if f not in self._first:
            if f not in self.firsts and (self.index is None or f not in self.index.by_first):
                return False
            keys = self.firsts.get(f, set())
            if self.index is not None:
                keys = keys | self.index.by_first.get(f, set())
            self._first[f] = any(self.get(k) is not None for k in keys)
        return self._first[f]


def _spelling_rank(name: tuple[str, str]) -> tuple[bool, bool, str]:
    c = name[1]
    return c.isupper(), c.islower(), c


def _lower_sentence(text: str, s: int) -> bool:
    """The sentence (or line) around ``s`` begins with a lower-case letter: chat style."""
    a = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, s - 400), s)), default=max(0, s - 400))
    if a == max(0, s - 400) and a > 0:
        return False
    m = LEAD_MARKS.match(text, a, s + 1)
    i = m.end() if m else a
    return i < len(text) and text[i].islower()


def _prose_uses(text: str, low: str) -> bool:
    """``low`` is written in lower case inside a sentence that begins with a capital: an ordinary word here."""
    for m in re.finditer(rf"(?<![\w{_H}@#/`.]){re.escape(low)}(?![\w{_H}`/])", text):
        if not _lower_sentence(text, m.start()):
            return True
    return False


def _free(busy: bytearray, s: int, e: int) -> bool:
    return busy.find(1, s, e) < 0


def find(text: str, found: list[tuple[int, int, str, str, bool]], remembered=(), taken=()) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of the other written forms (see the module doc) of ``found`` ((start, end,
    label, canonical, known) of the names found) and ``remembered`` (the stream's names: their :class:`RememberedForms`,
    or (label, canonical, surface) of each),
    overlapping nothing of ``found`` nor ``taken`` (other (start, end) spans: stop phrases). The knowledge base's
    names keep its own aliases and case rules: only new names' forms are read here (and every organisation's
    bracketed abbreviation)."""
    names = [(lab, canon, text[s:e]) for s, e, lab, canon, known in found if not known]
    index = remembered if isinstance(remembered, RememberedForms) else RememberedForms(remembered) if remembered else None
    admitted: set[int] = set()
    if index is not None and index.names:
        present = set(PIECES.findall(text.lower()))
        if not text.isascii():
            present |= {fold(p) for p in present}
        admitted = index.admitted(present)
    out: list[tuple[int, int, str, str]] = []
    busy = None
    if names or admitted:
        table = _Table(names, index, admitted)
        busy = _busy(text, found, taken)
        _lower_forms(text, table, busy, out)
        camel = [n for n in names if _recasable(n[2])]
        camel += [index.names[i] for i in sorted(admitted & index.recased)] if admitted else []
        for lab, canon, surface in camel:
            recased = surface[0] + surface[1:].lower()  # "Statusbench" of StatusBench
            i = text.find(recased)
            while i >= 0:
                e = i + len(recased)
                if (not i or not text[i - 1].isalnum()) and not text[e:e + 1].isalnum():
                    _add(busy, out, i, e, lab, canon)
                i = text.find(recased, e)
    if "(" in text:
        more = abbreviations(text, [f[:4] for f in found])
        if more:
            busy = busy if busy is not None else _busy(text, found, taken)
            for s, e, lab, canon in more:
                _add(busy, out, s, e, lab, canon)
    return sorted(out)


def _busy(text: str, found, taken) -> bytearray:
    """One mark per character inside a name found or a stop phrase."""
    busy = bytearray(len(text))
    for s, e, *_ in found:
        busy[s:e] = b"\x01" * (e - s)
    for s, e in taken:
        busy[s:e] = b"\x01" * (e - s)
    return busy


def _add(busy: bytearray, out: list, s: int, e: int, lab: str, canon: str) -> None:
    if _free(busy, s, e):
        out.append((s, e, lab, canon))
        busy[s:e] = b"\x01" * (e - s)


def _lower_forms(text: str, table: _Table, busy: bytearray, out: list) -> None:
    """The lower-case forms of ``table`` in ``text``: looked up at a token that begins with a form's first letters
    (as written, or accent-folded in a token with other letters), read as a run of up to three lower-case tokens."""
    firsts = {f for w in set(WORD_HEAD.findall(text)) for f in (w[:1], w[:2], w[:3], w[:4]) if table.first(f)}
    starts = set()
    for p in firsts:  # where a form's first letters are written
        i = text.find(p)
        while i >= 0:
            starts.add(i)
            i = text.find(p, i + 1)
    if not text.isascii():  # "ciocârlia" written as itself: its first four letters folded differ
        for m in TOKEN.finditer(text):
            if not m.group().isascii() and table.first(fold(m.group()[:4])):
                starts.add(m.start())
    plain_checked: dict[str, bool] = {}
    for i in sorted(starts):
        m = TOKEN.match(text, i)
        if m is None or not _free(busy, *m.span()) or not m.group()[0].isalpha():
            continue
        run = [m]
        while len(run) < 3 and text[run[-1].end():run[-1].end() + 1] == " ":
            nxt = TOKEN.match(text, run[-1].end() + 1)
            if nxt is None:
                break
            run.append(nxt)
        best = None
        for n in range(len(run), 0, -1):  # the longest run of lower-case tokens a name is written with ("forge index")
            k = squash(text[run[0].start():run[n - 1].end()])
            if table.get(k) is not None:
                best = (run[0].start(), run[n - 1].end(), n, k)
                break
        if best is None:
            continue
        s, e, n, k = best
        w = text[s:e]
        lab, canon, shaped = table.get(k)
        if w in STOP_WORDS or n == 1 and w.isalpha() and NOT_BEFORE.search(text, max(0, s - 10), s):
            continue  # ("prices will soar", "to forge ahead"; a form of several words or with a digit may follow "to")
        if ACCOUNT_AFTER.match(text, e):
            continue
        g = GOES_ON.match(text, e)
        if g is not None and (g.group("w") is None or g.group("w") in LOWER_TIERS):
            continue  # "vireo 2", "vireo mini": a longer name the form only begins
        marked = s and text[s - 1] in "#`" or text[e:e + 1] == "`"
        shaped = shaped or marked or n > 1 or not w.isalpha()
        if not shaped:
            if len(w) < 5 or w in BLOCKED_LOWER or w in SLUG_BLOCK or w in LOWER_TIERS or not _lower_sentence(text, s):
                continue
            if w not in plain_checked:
                plain_checked[w] = _prose_uses(text, w)
            if plain_checked[w]:
                continue
        _add(busy, out, s, e, lab, canon)


BRACKET_TWO = re.compile(r"[ \t]*\((?P<a>[A-Z][A-Z])\)")
BRACKET_PAIR = re.compile(r"\(([A-Z]{2})\)")
TICKER_TALK = re.compile(r"\b(?:[Ss]hares?|[Ss]tocks?|[Tt]icker|NYSE|Nasdaq|NASDAQ|[Ee]quity)\b")


def _letters_match(abbr: str, name: str) -> bool:
    """Schwartz and Hearst's test: the abbreviation's letters are, in order, letters of the name, the first its first."""
    low = name.lower()
    if not low or low[0] != abbr[0].lower():
        return False
    i = 1
    for ch in abbr[1:].lower():
        i = low.find(ch, i)
        if i < 0:
            return False
        i += 1
    return True


def abbreviations(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, "ORG", canonical) of the bare later uses of a two-letter abbreviation a found organisation defines
    in brackets right after its name ("Konsumentombudsmannen (KO)"), and of the bracketed abbreviation itself."""
    defined: dict[str, tuple[str, str, int]] = {}
    for s, e, lab, canon in found:
        m = BRACKET_TWO.match(text, e) if lab == "ORG" else None
        if m is None or not _letters_match(m.group("a"), text[s:e]):
            continue
        a = m.group("a")
        defined[a] = ("", "", 0) if a in defined and defined[a][1] != canon else (lab, canon, m.end())
    defined = {a: v for a, v in defined.items() if v[0]}
    if not defined or TICKER_TALK.search(text):
        return []
    pairs = set(BRACKET_PAIR.findall(text))
    if len(pairs - defined.keys()) >= 2:
        return []  # "(FR)", "(PL)": a list of codes
    out = []
    for a, (lab, canon, after) in defined.items():
        uses = [m.span() for m in re.finditer(rf"(?<![\w{_H}]){a}(?![\w{_H}]|\.\w)", text)]
        if sum(1 for s, _ in uses if s >= after) < 1:
            continue  # defined but never used again: a code as likely as an abbreviation
        out += [(s, e, lab, canon) for s, e in uses]
    return out
