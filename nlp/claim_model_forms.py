"""Which model a claim is about when the text writes it in another form than its name.

Model forms (and one benchmark form), read on the entity tuples (start, end, label, canonical) the claims reader works on
(`doc.ents` are not changed):

* **"Product (Model)"**: a heading or row "ChatGPT (GPT-5.1)", "Le Chat (Mistral Medium 3.1)" names
  the product and, in brackets, the model behind it; the scores under it are the model's. The
  product mention is dropped and the passage's other mentions of that product (one bracketed
  model only) stand for the model.
* **"Parent (sub-test)"**: "LAB-Bench (ProtocolQA): 61.3%" is a LAB-Bench claim (the claims
  conventions keep the parent); the bracketed benchmark is dropped there.
* **a benchmark as a key of a results file**: `"Hangul-Hard": 44.7` beside `"KMMLU": 68.3` (a
  key with a capital, a number for its value, a recognised benchmark among the keys of its object,
  no model) is a benchmark.
* **family + a tier no list knows**: "Albatross-2 Swift" found as two models `Albatross-2` and
  `Swift` (a versioned family, one space, one capitalised word without a digit) is one model; the
  passage's later bare `Swift` is that model.
* **"the 32B version"**: "the 32B version / its 8B variant / the 70B one" after a family was named
  is the model of that size: the model the passage names with that size when there is one, else
  the passage's first family named without a size, joined to the size ("Kōri-2" → "Kōri-2-32B");
  only in a passage that names two sizes or more (one size alone describes the model named).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .quick_rejects import from_starts

_ACRONYM = re.compile(r"[A-Z\d&-]{2,8}\b")  # "BFCL", "HLE": an abbreviation, maybe with an edition after it
_OPEN = re.compile(r"[ \t]*\([ \t]*")
_CLOSE = re.compile(r"[ \t]*\)")


def bracketed_benches(text: str, ents: list[tuple]) -> list[tuple]:
    """`ents` without a BENCHMARK mention in brackets right after another benchmark ("LAB-Bench
    (ProtocolQA): 61.3%"): the sub-test names a part, the claim keeps the parent (the claims
    conventions)."""
    if "(" not in text:
        return ents
    drop = set()
    for i in range(len(ents) - 1):
        x, y = ents[i], ents[i + 1]
        if x[2] == "BENCHMARK" and y[2] == "BENCHMARK" and x[3] != y[3] and not (
                y[3].startswith(x[3]) or x[3].startswith(y[3]) or _ACRONYM.match(text, y[0], y[1])):
            # (not an edition or an abbreviation of the name before: "Berkeley Function-Calling Leaderboard (BFCL v4)")
            o = _OPEN.match(text, x[1])
            if o is not None and o.end() == y[0] and _CLOSE.match(text, y[1]) is not None:
                drop.add(i + 1)
    return [x for i, x in enumerate(ents) if i not in drop] if drop else ents


def bracketed_models(text: str, ents: list[tuple]) -> list[tuple]:
    """`ents` without a MODEL mention followed by another model alone in brackets ("ChatGPT
    (GPT-5.1)"); the passage's other mentions of the first name take the bracketed model when the
    passage brackets that name with one model only."""
    if "(" not in text:
        return ents
    pairs: dict[str, set] = {}
    drop = set()
    for i in range(len(ents) - 1):
        x, y = ents[i], ents[i + 1]
        if x[2] != "MODEL" or y[2] != "MODEL" or x[3] == y[3]:
            continue
        o = _OPEN.match(text, x[1])
        if o is None or o.end() != y[0] or _CLOSE.match(text, y[1]) is None:
            continue
        drop.add(i)
        pairs.setdefault(x[3], set()).add(y[3])
    if not drop:
        return ents
    out = []
    for i, x in enumerate(ents):
        if i in drop:
            continue
        to = pairs.get(x[3]) if x[2] == "MODEL" else None
        if to and len(to) == 1:
            x = (x[0], x[1], x[2], next(iter(to)))
        out.append(x)
    return out


_VERSIONED_END = re.compile(r"\d(?:\.\d+)?$")
_TIER_WORD = re.compile(r"[^\W\d_][^\W\d_]+$")  # one word of letters, no digit


def family_tiers(text: str, ents: list[tuple]) -> list[tuple]:
    """`ents` with "Family-N" + one space + a one-word MODEL mention ("Albatross-2 Swift") joined
    into one model; later mentions of the bare word alone take the joined name when the passage
    joins that word to one family only."""
    joined: dict[str, set] = {}
    out: list[tuple] = []
    i = 0
    while i < len(ents):
        x = ents[i]
        if i + 1 < len(ents):
            y = ents[i + 1]
            if (x[2] == "MODEL" and y[2] == "MODEL" and y[0] == x[1] + 1 and text[x[1]] == " "
                    and _VERSIONED_END.search(text, x[0], x[1]) and _TIER_WORD.fullmatch(text, y[0], y[1])
                    and text[y[0]].isupper() and not x[3].endswith(text[y[0]:y[1]])):
                name = f"{x[3]} {text[y[0]:y[1]]}"
                joined.setdefault(text[y[0]:y[1]], set()).add(name)
                out.append((x[0], y[1], "MODEL", name))
                i += 2
                continue
        out.append(x)
        i += 1
    if not joined:
        return ents
    return [(s, e, lab, next(iter(joined[c]))) if lab == "MODEL" and len(joined.get(c, ())) == 1 else (s, e, lab, c)
            for s, e, lab, c in out]


# "the 32B version", "its 8B variant", "the 70-billion-parameter model"
_SIZE_REF = from_starts(re.compile(  # (tried only after "the", "its", "their": nlp.quick_rejects)
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<n>\d{1,4}(?:\.\d+)?)[ -]?(?P<u>[BbMm]|billion|million)\b(?:[ -]parameters?)?"
    r"\s+(?:version|variant|model|one|edition|checkpoint|flavou?r|size|release)\b"))
_LONE_SIZE = re.compile(r"(?P<n>\d{1,4}(?:\.\d+)?)[ -]?(?P<u>[BM]|billion|million)\b")  # (the character before: _lone)
_HAS_SIZE = re.compile(r"(?<![\w.])\d+(?:\.\d+)?[ -]?[BbMmKkTt]\b|\d+x\d+[Bb]\b")


def _size(n: str, u: str) -> str:
    u = u.lower()
    return f"{n}{'B' if u in ('b', 'billion') else 'M'}"


def size_refs(text: str, ents: list[tuple]) -> list[tuple]:
    """`ents` with a MODEL tuple for each "the 32B version" that a family named before it makes
    a model: the one model named before with that size in its name, else the passage's first
    model named without a size, joined to the size."""
    if not ents or not any(w in text for w in ("version", "variant", "model", "one", "edition", "checkpoint",
                                               "flavo", "size", "release")):
        return ents
    # a size stands for a variant only in a passage that names two sizes or more ("in two sizes, 32B and
    # 8B"); "the 355B-parameter model", "its 405B variant" alone describe the one model named (this
    # scan, from a digit, is the cheap one: most passages stop here)
    sizes = {_size(m.group("n"), m.group("u")) for m in _LONE_SIZE.finditer(text)
             if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.-")}
    if len(sizes) < 2:
        return ents
    refs = list(_SIZE_REF.finditer(text))
    if not refs:
        return ents
    starts = [x[0] for x in ents]
    added = []
    for m in refs:
        i = bisect_left(starts, m.start())
        if (i < len(ents) and ents[i][0] < m.end()) or (i > 0 and ents[i - 1][1] > m.start()):
            continue  # part of a name already
        size = _size(m.group("n"), m.group("u"))
        before = [x for x in ents[:i] if x[2] == "MODEL"]
        if not before:
            continue
        sized = {x[3] for x in before if re.search(rf"(?<![\w.]){re.escape(size)}\b", x[3], re.I)
                 or re.search(rf"(?<![\w.]){re.escape(size[:-1])}[ -]?{size[-1]}\b", x[3], re.I)}
        if len(sized) == 1:
            added.append((m.start(), m.end(), "MODEL", sized.pop()))
            continue
        if sized:
            continue
        plain = [x[3] for x in before if not _HAS_SIZE.search(x[3]) and any(ch.isdigit() for ch in x[3])]
        if not plain:
            continue
        family = plain[0]
        joiner = "-" if "-" in family and " " not in family else " "
        added.append((m.start(), m.end(), "MODEL", f"{family}{joiner}{size}"))
    return sorted(ents + added) if added else ents


# '    "Hangul-Hard": 44.7,' : one key of a results object, a number for its value
_KEY_LINE = re.compile(r'^[ \t]*["\'](?P<key>[^"\'\n]{2,40})["\'][ \t]*:[ \t]*-?\d[\d.]*[ \t]*,?[ \t]*$', re.M)


def json_key_benches(text: str, ents: list[tuple]) -> list[tuple]:
    """`ents` with a BENCHMARK tuple for each key of a run of `"key": number` lines that no entity
    covers, has a capital letter, and sits beside a key the text recognises as a benchmark (and
    none as a model): a results object's benchmark no list knows."""
    if '":' not in text and "':" not in text:
        return ents
    starts = [x[0] for x in ents]

    def label_at(a: int, b: int):
        i = bisect_left(starts, a)
        return ents[i][2] if i < len(ents) and ents[i][0] < b else None

    runs: list[list] = []
    last_end = -2
    for m in _KEY_LINE.finditer(text):
        if m.start() != last_end + 1:
            runs.append([])
        runs[-1].append(m)
        last_end = m.end()
    added = []
    for run in runs:
        labels = [label_at(*m.span("key")) for m in run]
        if "BENCHMARK" not in labels or "MODEL" in labels:
            continue
        for m, lab in zip(run, labels):
            key = m.group("key")
            if lab is None and any(ch.isupper() for ch in key):
                added.append((m.start("key"), m.end("key"), "BENCHMARK", key))
    return sorted(ents + added) if added else ents
