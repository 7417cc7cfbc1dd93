"""Names written as slugs and ids: router changelogs, config files, CI bots and chat in lower case.

A router's changelog says "Added tarnfell/quillon-3-harrier"; a CI bot posts "quillon-3-harrier — brindlecap ✅";
a chat says "tarnfell said they'd fix it". No sentence around these names is about AI (the sentence gates of
:mod:`nlp.unknown` fail), and the lower-case forms of names the passage writes with capitals elsewhere are not
spread by :mod:`nlp.doc_names` unless a slash or a backtick marks them as code. Here the passage itself is
the context: a **slug-dense** passage (two ``owner/model-N`` ids, or three lower-case tokens with a hyphen and
a version) writes its names as slugs, so in it

* **ids** ``owner/model-slug`` (a version number in the model part) are read piecewise, as the entity
  guidelines annotate them: the owner an ORG, the slug a MODEL;
* **model-shaped slugs** ``word-N-word``, ``word-N.N``, ``word-N-Nb-it`` are models;
* **lower-case forms** of the names found in the passage or remembered from the stream, separators aside
  (``brindle-cap`` / ``brindlecap`` for BrindleCap; ``quillon-3-harrier`` for Quillon 3 Harrier;
  ``tarnfell`` for Tarnfell Labs, a lab's first word; ``harrier`` for Quillon 3 Harrier, a new tier word
  no list knows, never after "to", a modal or "not": "prices will soar") take that name;
* **lower-case and status-marked lists** ("gpqa-diamond, aime-2025 and brindlecap"; a CI bot's "brindlecap ✅
  tollwick ❌" column): the unknown items take the label of at least two found items that agree, none of
  another kind known (a guess of another kind is relabelled), never in a tag line ("Tags: ...").

Canonical names: a name the passage or the stream knows keeps its canonical; else the display form of the slug
(:func:`nlp.chat_forms.display`: ``quillon-3-harrier`` → Quillon 3 Harrier, an owner ``tarnfell`` → Tarnfell).
Never: file paths and URLs (a slash or dot before the owner, a directory or an extension after the slug),
path words as owners (``src/``, ``docs/``), words the unknown-name rules block as heads (``step-2``, ``covid-19``,
``python-3.12``), stop words, a lower-case form after an article, a possessive or a number ("the brindlecap",
"one epoch"), a modal or "to" before it. Regular expressions over
the text and dictionary look-ups: linear.
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.lang.en.stop_words import STOP_WORDS

from .anchored_scan import matches_from
from .canonical import HYPHENS, fold
from .chat_forms import display
from .unknown import BLOCKED_LOWER, SLUG_BLOCK, TIER_WORDS, slug_starts

_H = re.escape(HYPHENS)
# "tarnfell/quillon-3-harrier": an owner and a model slug with a version; not a path ("src/step-2.py", "a/b/c-2"),
# not a URL ("example.com/x-2"), not a date
ID = re.compile(rf"(?<![\w.@/:{_H}])(?P<owner>[a-z][a-z0-9]*(?:[{_H}_][a-z0-9]+)*)/(?P<model>[a-z][a-z0-9]*(?:[._{_H}][a-z0-9]+)+)"
                rf"(?![\w/]|[.{_H}]\w)")
# a lower-case token with a hyphen and a version: "quillon-3-harrier", "osprin-2", "fenwick-2.5-lite", "tavra-7b-it"
SLUG = re.compile(rf"(?<![\w.@/{_H}'\u2019])(?P<head>[a-z]{{3,}})(?:[{_H}][a-z]{{2,}})?[{_H}]v?\d{{1,2}}(?:\.\d{{1,2}})?[a-z]?"
                  rf"(?:[{_H}][a-z0-9]+(?:\.\d+)?)*(?![\w/]|[{_H}.]\w)")
TOKEN = re.compile(rf"(?<![\w.@/{_H}'\u2019])[a-z][a-z0-9]*(?:[{_H}_][a-z0-9]+)*(?![\w]|[{_H}]\w|\.\w)")
PIECES = re.compile(r"[^\W_]+")
PATH_WORDS = frozenset("src lib bin usr etc home docs doc tests test data models model api apis app apps var tmp opt "
                       "assets static config configs scripts examples example build dist out logs log img images "
                       "www http https file files pkg cmd internal vendor node modules users user en de fr".split())
EXTENSION = re.compile(r"\.(?:py|js|ts|json|jsonl|ya?ml|toml|txt|md|csv|html?|sh|cfg|ini|gguf|bin|pt|safetensors|zip|gz|tar)$")
# before a lower-case form: an article, a possessive, a number or a quantity word ("the grommet", "one epoch", "per epoch")
NOT_NAME_BEFORE = re.compile(r"(?:\b(?:to|will|would|can|could|may|might|not|did|does|do|import|install|the|a|an|our|my|your|their|its|his|her|this|that|these|those|one|each|every|per|"
                             r"some|any|no|first|last|next|another)|\d)[ ]\Z", re.I)
LAB_WORDS = frozenset("labs lab ai systems capital institute research intelligence technologies technology inc ltd group "
                      "robotics collective foundation ventures partners compute analytics software".split())
NUMBER_PART = re.compile(r"v?\d")
YEAR_END = re.compile(rf"[{_H}](?:19|20)\d\d$")
LOWER_TIERS = frozenset(t.lower() for t in TIER_WORDS)


def bench_display(form: str) -> str:
    """The display name of a benchmark's slug: a short word in capitals ("hle" -> HLE), a version kept in lower
    case and a year after a space ("turnstile-v2" -> Turnstile v2, "tollwick-2026" -> Tollwick 2026), other
    parts capitalised and hyphenated ("clausetrace-hard" -> Clausetrace-Hard)."""
    parts = [p for p in re.split(f"[{_H}_ ]", form) if p]
    if len(parts) == 1 and parts[0].isalpha() and len(parts[0]) <= 4:
        return parts[0].upper()
    out = parts[0][:1].upper() + parts[0][1:]
    for p in parts[1:]:
        if re.fullmatch(r"v\d+(?:\.\d+)?|(?:19|20)\d\d", p):
            out += " " + p
        else:
            out += "-" + (p.upper() if len(p) <= 2 and p.isalpha() else p[:1].upper() + p[1:])
    return out


def _display(form: str, label: str) -> str:
    return bench_display(form) if label == "BENCHMARK" else display(form)


def squash(s: str) -> str:
    """A name with case, accents and separators aside: "Quillon 3 Harrier" and "quillon-3-harrier" agree."""
    return fold("".join(PIECES.findall(s)).lower())


def slugs(text: str) -> list[re.Match]:
    """``SLUG``'s matches in ``text``, tried only where one can begin: a slug has a hyphen (and a "v") before a digit,
    after its head word or after the head and one more lower-case word ("fenwick-2", "tavra-mini-v3")."""
    return matches_from(SLUG, text, slug_starts(text, "v"))


def dense(text: str, lower_names: int = 0) -> bool:
    """The passage writes its names as slugs: two ids ``owner/model-N``, or three slug tokens with a version,
    or names found written in lower case (``lower_names``, distinct forms) and slug tokens three in all."""
    if "-" not in text and "/" not in text:
        return False
    n = 0
    for m in ID.finditer(text) if "/" in text else ():
        if _id_ok(m):
            n += 1
            if n >= 2:
                return True
    n = lower_names
    if n >= 3:
        return True
    for m in slugs(text):
        if _head_ok(m.group("head")):
            n += 1
            if n >= 3:
                return True
    return False


def _head_ok(head: str) -> bool:
    return head not in STOP_WORDS and head not in BLOCKED_LOWER and head not in SLUG_BLOCK and head.capitalize() not in TIER_WORDS


def _id_ok(m: re.Match) -> bool:
    owner, model = m.group("owner"), m.group("model")
    return (any(ch.isdigit() for ch in model) and owner not in PATH_WORDS and EXTENSION.search(model) is None
            and len(owner) >= 2 and not owner.isdigit() and _head_ok(re.split(f"[{_H}_.]", model)[0]))


GOES_ON = re.compile(r"[ ](?:v?\d|(?P<w>[a-z]+)\b)")


def _goes_on(text: str, end: int) -> bool:
    """A version or a listed tier word follows: the word begins a longer name."""
    m = GOES_ON.match(text, end)
    return m is not None and (m.group("w") is None or m.group("w") in LOWER_TIERS)


class _Forms:
    """squashed form -> the (label, canonical) of every name a slug may write so: the name itself, a lab's first
    word ("Tarnfell" of Tarnfell Labs), a benchmark without its year, a three-part model's last word."""

    def __init__(self, names=()) -> None:
        self.sets: dict[str, set[tuple[str, str]]] = {}
        for label, canon in names:
            self.add(label, canon)

    def put(self, k: str, v: tuple[str, str]) -> None:
        if len(k) >= 4 and k not in STOP_WORDS:
            self.sets.setdefault(k, set()).add(v)

    def add(self, label: str, canon: str) -> None:
        if label not in ("MODEL", "ORG", "BENCHMARK") or not canon:
            return
        self.put(squash(canon), (label, canon))
        words = canon.split()
        if label == "ORG" and len(words) == 2 and words[1].lower() in LAB_WORDS and words[0].isalpha():
            self.put(squash(words[0]), (label, canon))
        if label == "BENCHMARK" and len(words) == 2 and re.fullmatch(r"20\d\d", words[1]):
            self.put(squash(words[0]), (label, canon))
        parts = [p for p in re.split(f"[{_H} ]", canon) if p]
        if label == "MODEL" and len(parts) == 3 and NUMBER_PART.match(parts[1]) and parts[2].isalpha() \
                and parts[2].lower() not in LOWER_TIERS:  # "takumi" of Kazane 4 Takumi (not a listed tier: "pro", "mini")
            self.put(parts[2].lower(), (label, canon))


class RememberedSlugForms(_Forms):
    """The :class:`_Forms` of a stream's remembered names, kept on its memory and extended as it grows (a slug-dense
    passage looks its forms up: no visit of every remembered name per passage)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0


def remembered_slug_forms(memory) -> RememberedSlugForms | None:
    """The forms of a :class:`nlp.name_memory.NameMemory`'s names (None for no memory), indexed as it grows."""
    if not memory:
        return None
    index = getattr(memory, "slug_forms_index", None)
    if index is None or index.count > len(memory.names):
        index = memory.slug_forms_index = RememberedSlugForms()
    for label, canon in islice(memory.names, index.count, None):
        index.add(label, canon)
    index.count = len(memory.names)
    return index


class _Names:
    """squashed form -> (label, canonical) of the names a slug may write: the passage's and the stream's; a form two
    names share is dropped (see :func:`_names`)."""

    def __init__(self, own: _Forms, index: _Forms | None) -> None:
        self.own, self.index = own, index

    def get(self, k: str) -> tuple[str, str] | None:
        v = self.own.sets.get(k, set())
        if self.index is not None:
            v = v | self.index.sets.get(k, set())
        return next(iter(v)) if len(v) == 1 else None


def _names(found, remembered, extra=()) -> _Names:
    """squashed form -> (label, canonical) of the names a slug may write: the passage's (``found``: start, end,
    label, canonical, surface), the stream's (``remembered``: their :class:`RememberedSlugForms`, or (label,
    canonical) pairs) and ``extra`` ones ((label, canonical)), with a lab's first word ("Tarnfell" of Tarnfell Labs)
    and a benchmark without its year; a form two names share is dropped."""
    index = remembered if isinstance(remembered, _Forms) else None
    own = _Forms(list(remembered or ()) if index is None else [])
    for label, canon in list(extra) + [(lab, canon) for _, _, lab, canon, _ in found]:
        own.add(label, canon)
    return _Names(own, index)


# a status mark after a list item: a CI bot's "gpqa-diamond ✅ brindlecap ❌"
MARK_AFTER = re.compile("[ \t]*(?:\u2705|\u274c|\u26a0\ufe0f?|\u2713|\u2714\ufe0f?|\u2717|\u2718|\U0001f7e2|\U0001f534|\U0001f7e1)")
# what joins two items of a lower-case list: "gpqa-diamond, aime-2025 and brindlecap", "brindlecap + tollwick", "a/b"
LIST_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:(?:and|or|&)[ \t]+)?|[+/&][ \t]*|[ \t]+(?:and|or|vs\.?)[ \t]+)")
TAG_LINE = re.compile(r"[ \t]*(?:[Tt]ags|TAGS|[Tt]opics|[Kk]eywords|[Ll]abels|[Cc]ategories|[Ss]lug)[ \t]*:[^\n]*\Z")
STATUS_WORDS = frozenset("ok pass passed fail failed error errors timeout skipped skip done todo pending running queued flaky "
                         "yes no na none null true false".split())


def _votes(text: str, tokens: list[tuple[int, int]], spans: dict, guessed: frozenset) -> dict[tuple[int, int], str]:
    """{span: label} for the unknown lower-case items of the passage's lists (runs of ``tokens`` joined by
    commas, "and", "+", "/"; or every item followed by a status mark, one column): the label at least two found
    items (``spans``: span -> label) give when every found item that is no guess (``guessed``) gives it, no more
    unknown items than twice the found ones; a guess of another label, outnumbered two to one, takes it too
    ("turnstile-v2" guessed a model among benchmarks)."""
    groups, run = [], []
    for s, e in tokens:
        if run and LIST_SEP.fullmatch(text, run[-1][1], s):
            run.append((s, e))
            continue
        if len(run) > 2:
            groups.append(run)
        run = [(s, e)]
    if len(run) > 2:
        groups.append(run)
    marked = [(s, e) for s, e in tokens if MARK_AFTER.match(text, e)]
    if len(marked) > 2:
        groups.append(marked)
    out = {}
    for group in groups:
        line_start = text.rfind("\n", 0, group[0][0]) + 1
        if "\n" not in text[group[0][0]:group[-1][1]] and TAG_LINE.match(text, line_start, group[0][0]):
            continue  # "Tags: acme-labs, open-weights, china": topics of every kind
        labels = [spans[k] for k in group if k in spans and k not in guessed]
        if len(set(labels)) != 1:
            continue  # no found item, or found items of two kinds ("gpt-5, nvidia and paris")
        best = labels[0]
        others = sum(spans[k] != best for k in group if k in spans)  # (guesses of another kind)
        unknown = [k for k in group if k not in spans]
        if len(labels) < 2 or others * 2 > len(labels) or len(unknown) > 2 * len(labels) or best not in ("MODEL", "BENCHMARK", "ORG"):
            continue
        for k in group:
            w = text[k[0]:k[1]]
            if (k not in spans or k in guessed and spans[k] != best) and len(w) >= 3 and w not in STOP_WORDS \
                    and w not in STATUS_WORDS and _head_ok(re.split(f"[{_H}_]", w)[0]):
                out[k] = best
    return out


def find(text: str, found: list[tuple[int, int, str, str, str]], remembered=(), ai_text: bool = True,
         guessed: frozenset = frozenset()) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of the slug and lower-case forms in a slug-dense ``text`` (see the module
    doc) that overlap nothing of ``found`` ((start, end, label, canonical, surface) of every name found so far,
    "STOP" for the knowledge base's stop phrases); ``remembered``: the stream's names (their
    :class:`RememberedSlugForms`, or (label, canonical) pairs);
    ``guessed``: the spans of ``found`` that are guesses, which a list of the other label relabels (the span
    comes back with the list's label)."""
    if not ai_text:
        return []
    lower = {f[4] for f in found if f[2] != "STOP" and len(f[4]) >= 3 and f[4].islower() and any(ch.isalpha() for ch in f[4])}
    if not dense(text, len(lower)):
        return []
    spans = sorted((s, e) for s, e, *_ in found)
    names = _names([f for f in found if f[2] != "STOP"], remembered)
    out: list[tuple[int, int, str, str]] = []

    busy = bytearray(len(text))  # the characters inside a name found or added (one mark per character: linear)
    for a, b in spans:
        busy[a:b] = b"\x01" * (b - a)

    def free(s: int, e: int) -> bool:
        return busy.find(1, s, e) < 0

    def add(s: int, e: int, label: str, canon: str) -> None:
        if free(s, e):
            out.append((s, e, label, canon))
            busy[s:e] = b"\x01" * (e - s)

    exact = {(s, e): lab for s, e, lab, *_ in found}
    tokens = [m.span() for m in TOKEN.finditer(text)
              if m.span() in exact or m.group() not in STOP_WORDS and m.group() != "vs" and free(*m.span())]
    voted = []
    for (s, e), lab in _votes(text, tokens, exact, guessed).items():  # lists whose found items agree
        hit = names.get(squash(text[s:e]))
        canon = hit[1] if hit and hit[0] == lab else _display(text[s:e], lab)
        voted.append((lab, canon))
        if (s, e) in exact:
            out.append((s, e, lab, canon))  # (a guess relabelled: its characters are marked already)
        else:
            add(s, e, lab, canon)
    for m in ID.finditer(text) if "/" in text else ():  # ids, piecewise
        if not _id_ok(m):
            continue
        owner = names.get(squash(m.group("owner")))
        model = names.get(squash(m.group("model")))
        add(*m.span("owner"), "ORG", owner[1] if owner and owner[0] == "ORG" else display(m.group("owner")))
        if model is None or model[0] == "MODEL":
            add(*m.span("model"), "MODEL", model[1] if model else display(m.group("model")))
    for m in slugs(text):  # model-shaped slugs, unless the passage or the stream names them otherwise
        if not _head_ok(m.group("head")):
            continue
        hit = names.get(squash(m.group()))
        if hit is not None:
            add(*m.span(), *hit)
        elif not YEAR_END.search(m.group()):  # ("tollgate-2026": a board's year, not a model's version)
            add(*m.span(), "MODEL", display(m.group()))
    if out:  # the other forms of the names just read too ("harbormath" after "harbormath-2026 ✅", "kelpforth" after an id)
        names = _names([f for f in found if f[2] != "STOP"], remembered, voted + [(lab, c) for _, _, lab, c in out])
    for m in TOKEN.finditer(text):  # the lower-case forms of the names found or remembered
        hit = names.get(squash(m.group()))
        if hit is None or NOT_NAME_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if m.group() in STOP_WORDS or not any(ch.isalpha() for ch in m.group()) or _goes_on(text, m.end()):
            continue  # ("vireo mini", "vireo 2": a longer name the word only begins)
        add(*m.span(), *hit)
    return sorted(out)
