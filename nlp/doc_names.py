"""A document's own names: a new name found once with a cue is the same name at its other mentions.

Articles introduce a new model, lab or benchmark once, where a cue says what it is ("released
Tarrow-3", "a benchmark called GlassMaze"), and then repeat it where no cue is: in a heading, in all
capitals (``TARROW-3``), as a lower-case id (``ostrea/tarrow-3``), with its separators changed
(``Tarrow 3``) or broken across a line (``Glass-\\nMaze``). The finder's other rules see one mention
at a time; this module remembers what the document itself has named.

Only names no list knows are remembered (the knowledge base already finds its own names everywhere),
and only with their label: a name the document uses with two labels is left alone. A mention is
matched on its letters and digits alone (case, spaces and hyphens aside), from a word start to a
word end, never inside a longer name (a capitalised word or a version right after or before it),
and never where something else was found. Guards against spreading an ordinary word: a one-word name
whose lower-case form the document also uses as a plain word is not remembered ("Sounding" beside
"sounding"); a lower-case mention counts only for a name with a digit or a hyphen, or inside an id (after
``/`` or a backtick: not "the tarrowlabs organisation"); other mentions keep the name's own capitals or are
written all in capitals.

Later mentions are often shorter (:func:`_head`, :func:`remembered`): the family word ("Tarrow" for
``Tarrow-3``), the version alone ("V2" for ``Loam-V2``), a benchmark without its year or "-Eval", a lab
without "Capital" or "Systems" (``marram/`` for Marram Systems), a lab's acronym (:func:`acronyms`); or
longer by a tier the finder left out (:func:`tails`: "Tarrow 3 Mini"). A tier alone (:func:`tiers_alone`:
"the new Pro model", "runs Flash in house", "Speciale") is the model of the document whose name ends with
it, the one named most before it when two are; a tie is left alone. API ids ``org/model-2`` quoted as code
are read piecewise (:func:`api_ids`), and :func:`unify` gives each new name one canonical (a clipped code
takes its brand: ``V3.2-Exp`` beside ``DeepSeek-V3.2`` is ``DeepSeek-V3.2-Exp``).

One pass over the text's pieces; each start looks ahead at most the longest name's length; the other steps
are one regex over the text each, with bisection for overlaps: linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS, fold
from .unknown import _AL, _UP, CAP_WORD, TIER_WORDS

_H = re.escape(HYPHENS)
# what may separate two pieces of one name: nothing, a space, a hyphen or underscore, a hyphen and a line break
GAP = re.compile(rf"(?:|[ _]|[{_H}][ \t]?\n?[ \t]*)\Z")
# a name that goes on after the match: more letters or digits, glued on or after a hyphen or a dot, or a capital after a space
GOES_ON = re.compile(rf"[\w]|[{_H}.]\w| +(?:[A-Z0-9]|(?:mini|nano)\b)")
# after a name written in lower case ("meghna 3 8b GGUF", "tarrow3-mini Q4") a word in capitals is another word: only a
# number or a tier goes on with it
LOWER_GOES_ON = re.compile(rf"[\w]|[{_H}.]\w| +(?:\d|(?:{'|'.join(sorted({t for t in TIER_WORDS if t[:1].isupper()}))}|mini|nano)\b)")
# in a heading in capitals the next word is capitalised anyway: only a tier word or a number goes on
CAPS_GOES_ON = re.compile(rf"[\w]|[{_H}.]\w| +(?:\d|(?:{'|'.join(sorted({t.upper() for t in TIER_WORDS}))}|HARD|VERIFIED)\b)")
# a percentage right after a name is its score ("Vellum-QA 48.5 %", "Tarrow 3 61%"), not a version going on
SCORE_AFTER = re.compile(r" +\d{1,3}(?:[.,]\d+)? ?%")
CAP_BEFORE = re.compile(r"\b([A-Z][\w]*)[ \t]+\Z")  # "Anna Tidewell": a capitalised word right before
PIECE_RUN = re.compile(r"[^\W_]+")
MAX_GAP = 3


@lru_cache(maxsize=4096)  # (a pure function of a name, asked again for each of its mentions and by several readers)
def _squash(s: str) -> str:
    return fold("".join(PIECE_RUN.findall(s)).lower())  # accents aside: "kori-2-32b" is Kōri-2-32B


# "the new Pro model", "the Lite variant": a tier word standing for a model named in full elsewhere
ALONE_TIERS = frozenset(t for t in TIER_WORDS if t[:1].isupper() and t.isalpha())


def _words_at_start(words) -> str:
    """An alternation of capitalised ``words``, each only at a word's start: ``\\b`` written as a look-behind after the
    first letter, so that the engine skips to the capitals these words begin with instead of trying every position."""
    return "|".join(rf"{w[0]}(?<!\w{w[0]}){w[1:]}" for w in words)


TIER_ALONE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?(%s)\s+(?:model|variant|version|checkpoint)s?\b" % "|".join(sorted(ALONE_TIERS)))
LAST_PART = re.compile(rf"[ {_H}]+")
TIER_SCORES = re.compile(r"(%s)(?=[ ](?:scores|scored|sits|sat|gets|got|reaches|reached|leads|led|trails|trailed|posts|posted|"
                         r"hits|lands|landed|is[ ]at|was[ ]at|is[ ](?:now[ ])?(?:available|out|live|free)|supports|costs|beats|handles)\b)"
                         % _words_at_start(sorted(ALONE_TIERS, key=len, reverse=True)))
# "We built Max for long work", "try Max on it": a tier as the object of a maker's or a user's verb
TIER_OBJECT = re.compile(r"\b(?:built|trained|released|launched|shipped|tried|try|using|use|tested|benchmarked)[ ](%s)\b(?![ ]?-)"
                         % "|".join(sorted(ALONE_TIERS, key=len, reverse=True)))
# tiers that stand alone in running text ("runs Flash inside its data centre", "Speciale is API-only"); the
# other tier words are ordinary words too often (Code, Large, Max, Thinking); Claude's keep the family rule
BARE_TIERS = frozenset("Pro Flash Ultra Mini Lite Nano Turbo Omni Speciale Terminus Flash-Lite".split())
CLAUDE_TIERS = frozenset({"Opus", "Sonnet", "Haiku"})
BARE_WORD = re.compile(r"(?:%s)\b" % _words_at_start(sorted(BARE_TIERS, key=len, reverse=True)))
WORD = re.compile(rf"[{_UP}][{_AL}]+(?:[{_H}]{CAP_WORD})?")
# a product tier, not a model: "Pro users", "the Flash plan"
NOT_MODEL_AFTER = re.compile(r"(?:[ \t]*(?:,|and|or|/)[ \t]*[A-Z][a-z]+)*[ \t]+(?:users?|subscribers?|subscriptions?|plans?|tiers?|accounts?|members?|customers?|"
                             r"licen[cs]es?|seats?|pricing|price|storage|memory|drives?|sales?|cards?|photography)\b")
VENUE_BEFORE = re.compile(r"\b(?:in|inside|into|via|through|from|using)\s+\Z")
SENTENCE_START = re.compile(r"(?:\A|[.!?:#*|>\n\u2022-])[\s\"\u201c'*]*\Z")


@lru_cache(maxsize=4096)  # (a pure function of a canonical name, read once per passage for each model)
def _endings(canon: str) -> frozenset[str]:
    """The tier words a model's name ends with: "Flash-Lite" and "Lite" for ``Gemini 2.5 Flash-Lite``."""
    parts = LAST_PART.split(canon)
    out = {parts[-1]} if len(parts) > 1 else set()
    if " " in canon:
        out.add(canon.rsplit(" ", 1)[1])
    if len(parts) > 1 and canon.islower() and parts[-1].capitalize() in BARE_TIERS:
        out.add(parts[-1].capitalize())  # an id "corvid-3-pro" ends with "Pro" too
    return frozenset(p for p in out if p[:1].isupper() and WORD.fullmatch(p) and p not in CLAUDE_TIERS)


def _own_word(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a word of its own, not part of a longer name: no letter, digit, hyphen, dot or slash
    glued on, no capitalised word or number right before or after, no quotes around it (a word cited)."""
    before = text[s - 1] if s else " "
    if before.isalnum() or before in "_.@/" + HYPHENS:
        return False
    if GOES_ON.match(text, e) or CAP_BEFORE_ANY.search(text, max(0, s - 30), s):
        return False
    quoted = before in "\"\u201c'\u2018" and text[e:e + 1] in "\"\u201d'\u2019"
    return not quoted


CAP_BEFORE_ANY = re.compile(r"\b(?!(?:The|A|An|And|Or|But|So|Its|Their|Our|Then|While|Also|With|For|On|In|At|By|Of|To)\b)"
                            r"[A-Z0-9][\w.]*(?<![a-z]{2}\.)[ \t]+\Z")  # (not a sentence's last word: "is Flash. Flash on ...")


def tiers_alone(text: str, models: list[tuple[int, str]], taken: list[tuple[int, int]],
                listed=lambda word: False) -> list[tuple[int, int, str, str]]:
    """(start, end, "MODEL", canonical) for each tier word standing alone for a model the document names
    in full (``models``: (start, canonical) of the models found) whose name ends with it: "the new Pro
    model", and in running text the tiers of ``BARE_TIERS`` and the last word of a versioned name
    ("Maverick" for ``Llama 4 Maverick``, "Speciale"). With two such models ("Tarrow 2 Pro", "Tarrow 3
    Pro") the one named most often before the word wins; a tie is left alone. None inside ``taken`` (sorted
    spans that do not overlap); no
    last word that ``listed`` (the knowledge base) knows as a name of its own ("Codex": its rules decide)."""
    ending: dict[str, dict[str, list[int]]] = {}
    ends: dict[str, set[str]] = {}  # (a model is named many times: its endings read once)
    for start, canon in models:
        if canon not in ends:
            ends[canon] = _endings(canon)
        for end_word in ends[canon]:
            ending.setdefault(end_word, {}).setdefault(canon, []).append(start)
    if not ending:  # no model of the text ends with a tier: no regex over it
        return []
    for owners in ending.values():
        for starts in owners.values():
            starts.sort()
    out = []
    seen: set[int] = set()

    def add(s: int, e: int) -> None:
        owners = ending.get(text[s:e], {})
        counts = sorted(((bisect_left(starts, s), canon) for canon, starts in owners.items()), reverse=True)
        if not counts or len(counts) > 1 and counts[0][0] == counts[1][0] or s in seen:
            return
        if not _overlaps(taken, s, e):
            out.append((s, e, "MODEL", counts[0][1]))
            seen.add(s)

    for m in TIER_ALONE.finditer(text):
        add(*m.span(1))
    found = [m.span() for m in BARE_WORD.finditer(text) if m.group() in ending]
    scored = ({m.span(1) for rx in (TIER_SCORES, TIER_OBJECT) for m in rx.finditer(text) if m.group(1) in ending}
              if ending.keys() - BARE_TIERS else set())
    found += sorted(scored)  # "Max sits at 54%": any tier of a model named before, right before a score verb
    for w in ending.keys() - BARE_TIERS:  # a name's own last word: rare, looked up one by one
        i = text.find(w)
        while i >= 0:
            if not (i and text[i - 1].isalnum()) and not text[i + len(w):i + len(w) + 1].isalnum():
                found.append((i, i + len(w)))
            i = text.find(w, i + 1)
    for s, e in sorted(found):
        w = text[s:e]
        if not _own_word(text, s, e) or NOT_MODEL_AFTER.match(text, e):
            continue
        if w not in BARE_TIERS and (s, e) not in scored:  # a model's own last word ("Maverick"): versioned names only, never an ordinary word
            if (w in TIER_WORDS or len(w) < 5 or listed(w) or SENTENCE_START.search(text, max(0, s - 4), s)
                    or VENUE_BEFORE.search(text, max(0, s - 10), s)  # "the default in Codex": the product
                    or re.search(rf"\b{re.escape(w.lower())}\b", text)
                    or not any(ch.isdigit() for canon in ending[w] for ch in canon)):
                continue
        add(s, e)
    out.sort()
    return out


# a tier or variant written right after a new name: "Perrin 2 Mini", "Skerry-Coder-2-Lite", "Ledgerline-Eval Hard"
MODEL_TAIL = re.compile(rf"([ {_H}])(Pro|Flash|Ultra|Mini|mini|Lite|Nano|nano|Turbo|Max|Plus|Air|Omni|Instruct|Chat|Thinking|"
                        rf"Coder|Preview|Flash-Lite|v\d{{1,2}}(?:\.\d)?)(?![\w]|[{_H}.]\w| +[A-Z0-9])")
BENCH_TAIL = re.compile(rf"([ {_H}])(Hard|Verified|Lite|Pro|Multilingual|Plus|Live|Extended|Mini|Full|Diamond)"
                        rf"(?![\w]|[{_H}.]\w| +[A-Z0-9])")


def tails(text: str, names: list[tuple[int, int, str, str]]) -> dict[int, tuple[int, str]]:
    """{index in ``names``: (new end, new canonical)} for the new names (start, end, label, canonical)
    that go on with a tier or variant the finder left out: ``Perrin 2`` in "the smaller Perrin 2 Mini"
    is ``Perrin 2 Mini``. A model's name must hold a version (a number); "Pro users" is a product tier."""
    out = {}
    for i, (s, e, lab, canon) in enumerate(names):
        rx = MODEL_TAIL if lab == "MODEL" else BENCH_TAIL if lab == "BENCHMARK" else None
        m = rx.match(text, e) if rx is not None else None
        if m is None or lab == "MODEL" and not any(ch.isdigit() for ch in text[s:e]) or NOT_MODEL_AFTER.match(text, m.end()):
            continue
        word = m.group(2)
        if word[:1].islower() and not word[:1] == "v" and canon != canon.lower():
            word = word.capitalize()  # "perrin 2 mini" -> Perrin 2 Mini
        sep = "-" if m.group(1) != " " and " " not in canon else " "
        out[i] = (m.end(), canon + sep + word)
    return out


# a clipped version code: "V3", "R1-0528", "V3.2-Exp", "M2"
CODE = re.compile(rf"[A-Z]\d{{1,2}}(?:\.\d{{1,2}})?(?:[{_H}][A-Za-z0-9]+)*")
BRANDED = re.compile(rf"(.+?)([ {_H}])([A-Z]\d{{1,2}}(?:\.\d{{1,2}})?(?:[{_H}][A-Za-z0-9]+)*)")
SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)|\n")
ID_HEAD = re.compile(rf"([a-z][a-z0-9]*)([ {_H}_])")


# a snapshot's date at a model name's end: "Corvid 3 Pro 2611", "Loam-2-0324", "Loam 2 2025-06-17"
DATED = re.compile(rf"[ {_H}](?:0[1-9]\d\d|1[0-2]\d\d|2[0-9]0[1-9]|2[0-9]1[0-2]|20\d\d[{_H}]?\d\d[{_H}]?\d\d)\Z")


def unify(text: str, cands: list[tuple[int, int, str, str, bool]]) -> dict[int, str]:
    """{index: canonical} for new names (``known`` False) of ``cands`` (start, end, label, canonical, known)
    whose canonical the document itself tells better:

    * a clipped code ("V3.2-Exp", "R1") where the document names models of one brand with such codes
      (``DeepSeek-V3.2``): ``DeepSeek-V3.2-Exp``, unless another lab is named before it in its sentence;
    * a lower-case id whose first word is a lab or brand the document writes with its capitals ("DeepSeek"
      beside ``deepseek-r1``): ``DeepSeek-R1``;
    * a name spelt two ways (``DeepSeek R1`` beside ``DeepSeek-R1``): the canonical of a known mention, else the
      one most of its mentions have (the first on a tie).
    """
    out: dict[int, str] = {}
    fresh = [i for i, c in enumerate(cands) if not c[4] and c[2] in ("MODEL", "BENCHMARK")]
    if not fresh:
        return out
    codes = [i for i in fresh if cands[i][2] == "MODEL" and cands[i][3] == text[cands[i][0]:cands[i][1]]
             and CODE.fullmatch(cands[i][3])]
    ids = [i for i in fresh if cands[i][2] == "MODEL" and (w := text[cands[i][0]:cands[i][1]]) == w.lower() and ID_HEAD.match(w)]
    if codes:
        out.update(_branded_codes(text, cands, codes))
    if ids:
        out.update(_cased_ids(text, cands, ids))
    squashed: dict[str, str] = {}  # canonical -> its letters and digits (canonicals repeat)
    groups: dict[tuple[str, str], list[int]] = {}
    for i, (s, e, lab, canon, known) in enumerate(cands):
        if lab in ("MODEL", "BENCHMARK"):
            name = out.get(i, canon)
            k = squashed.get(name)
            if k is None:
                k = squashed[name] = _squash(name)
            groups.setdefault((lab, k), []).append(i)
    for members in groups.values():
        names = [out.get(i, cands[i][3]) for i in members]
        if len(set(names)) < 2 or all(cands[i][4] for i in members):
            continue
        known = [n for i, n in zip(members, names) if cands[i][4]]
        count, order = Counter(names), {n: -i for i, n in reversed(list(enumerate(names)))}
        best = known[0] if known else max(count, key=lambda n: (not n.isupper(), count[n], order[n]))  # (a spelling in
        # capitals only where the document has no other: "GAUNTLET ARENA" in a caps heading is its Gauntlet Arena)
        for i, n in zip(members, names):
            if n != best and not cands[i][4]:
                out[i] = best
    by_key = {k: out.get(m[0], cands[m[0]][3]) for (lab, k), m in groups.items() if lab == "MODEL"}
    for i in fresh:  # "Corvid 3 Pro 2611" beside Corvid 3 Pro: a dated snapshot is the model the document names
        name = out.get(i, cands[i][3])
        d = DATED.search(name) if cands[i][2] == "MODEL" else None
        if d is not None and (undated := by_key.get(_squash(name[:d.start()]))) is not None:
            out[i] = undated
    return out


def _branded_codes(text: str, cands: list[tuple[int, int, str, str, bool]], codes: list[int]) -> dict[int, str]:
    """The clipped codes (indices ``codes``) the document's one brand of code-named models owns."""
    brands: list[tuple[str, str]] = []
    marks = [(s, e, _squash(text[s:e])) for s, e, lab, *_ in cands if lab == "ORG"]
    for s, e, lab, canon, _ in cands:
        m = BRANDED.fullmatch(canon) if lab == "MODEL" and not CODE.fullmatch(canon) else None
        if m is not None:
            brands.append((m.group(1), m.group(2)))
            marks.append((s, e, _squash(m.group(1))))
    if len({b.lower() for b, _ in brands}) != 1:
        return {}
    # one brand, written the way most of its names are ("Loam-V2" twice, "Loam V2" once: "Loam-")
    counted = Counter(brands)
    brand, sep = max(counted, key=lambda b: (counted[b], -brands.index(b)))
    # where a lab or a branded model is named, and whose: the last one before a clipped code owns it
    marks.sort(key=lambda m: m[1])
    mark_ends = [m[1] for m in marks]
    out = {}
    for i in codes:
        s, w = cands[i][0], cands[i][3]
        j = bisect_left(mark_ends, s)  # the lab or brand named last before it, if in its sentence
        last = marks[j - 1] if j and not SENTENCE_END.search(text, marks[j - 1][1], s) else None
        if last is None or last[2] == _squash(brand):  # not "MiniMax open-sources M1"
            out[i] = brand + sep + w
    return out


def _cased_ids(text: str, cands: list[tuple[int, int, str, str, bool]], ids: list[int]) -> dict[int, str]:
    """The lower-case ids (indices ``ids``) whose first word the document writes with capitals elsewhere."""
    cased: dict[str, str] = {}  # squashed word -> how the document writes it with capitals
    for s, e, lab, canon, known in cands:
        w = text[s:e]
        if w != w.lower() and w != w.upper() and " " not in w:
            cased.setdefault(_squash(w), w)
        if lab == "MODEL":
            first = LAST_PART.split(canon)[0]
            if first != first.lower() and first != first.upper():
                cased.setdefault(_squash(first), first)
    out = {}
    for i in ids:
        w, canon = text[cands[i][0]:cands[i][1]], cands[i][3]
        m = ID_HEAD.match(w)
        brand = cased.get(_squash(m.group(1)))
        rest = LAST_PART.split(canon, 1)
        if brand is not None and w[m.end():] and len(rest) == 2 and brand != m.group(1).capitalize() and rest[0] != brand:
            out[i] = brand + ("-" if m.group(2) != " " else " ") + rest[1]
    return out


ACRONYM = re.compile(r"(?<![\w\-.@/])[A-Z]{2,6}(?![\w\-]|\.\w)")
MINOR_WORDS = frozenset("of for the and on in at de".split())


BRACKET_PAIR = re.compile(r"\(([A-Z]{2})\)")


# compiled once here, not at each name the loops below read
_WORD_GAPS = re.compile(rf"[\s{_H}]+")
_OPEN_PAREN = re.compile(r"\s*\(")


def acronyms(text: str, names: list[tuple[int, int, str, str]], taken: list[tuple[int, int]],
             listed=lambda word: False) -> list[tuple[int, int, str, str]]:
    """(start, end, "ORG", canonical) for the acronyms of the document's lab names of two or more words
    ("Orrin Vale Research" → "OVR", "Technology Innovation Institute" → "TII"): the full name's canonical.
    Not a benchmark's: "IMO" beside "International Mathematical Olympiad" is as often the body, an ORG.
    Three letters at least, or two written in brackets right after the full name; none ``listed`` (the
    knowledge base knows it), none inside ``taken`` (sorted spans that do not overlap)."""
    full: dict[str, set[tuple[str, str]]] = {}
    after: set[int] = set()  # where "(XY)" right after a full name may start
    for s, e, lab, canon in names:
        if lab != "ORG":
            continue
        words = [w for w in _WORD_GAPS.split(text[s:e]) if w and w.lower() not in MINOR_WORDS]
        if len(words) >= 2 and all(w[:1].isupper() and w.isalpha() for w in words):
            full.setdefault("".join(w[0] for w in words), set()).add((lab, canon))
            m = _OPEN_PAREN.match(text, e)
            if m:
                after.add(m.end())
    if not full:
        return []
    # "X (FR); Y (PL); Deutsche Bahn (DE)": two bracketed pairs of capitals or more that abbreviate no name of
    # the document make a list of codes (countries), and a bracketed pair in it is a code, not an abbreviation
    codes = len({p for p in BRACKET_PAIR.findall(text) if p not in full}) >= 2 if after else False
    out = []
    for m in ACRONYM.finditer(text):
        s, e = m.span()
        owners = full.get(m.group())
        if not owners or len(owners) > 1 or listed(m.group()) or e - s < 3 and (s not in after or codes):
            continue
        if not _overlaps(taken, s, e):
            lab, canon = next(iter(owners))
            out.append((s, e, lab, canon))
    return out


def _overlaps(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    """``[s, e)`` overlaps one of ``taken``: spans sorted by start that do not overlap each other (a bisection)."""
    j = bisect_left(taken, (e, -1))
    return j > 0 and taken[j - 1][1] > s


# an API model id "org/model-2": a lower-case org slug, a slash, a lower-case model id with a number in it
ID_BEFORE = re.compile(r"(?:--model[ =]|model[ _]?id:?[ \t]+|model:[ \t]*)\Z", re.I)
API_ID = re.compile(rf"(?<![\w./@:{_H}])([a-z][a-z0-9{_H}]{{2,30}})/([a-z]{{3,}}(?:[a-z0-9]|[.{_H}](?=[a-z0-9]))*)(?![\w/]|\.\w)")


def api_ids(text: str, taken: list[tuple[int, int]], memory: dict[str, tuple[str, str, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) for the parts of API model ids ``org/model`` not found yet
    (``harrow/quince-4-ultra``: ORG ``harrow``, MODEL ``quince-4-ultra``; the guidelines annotate them
    piecewise). The org is the document's lab of that name where it names one (``memory``), else the slug;
    a model id no display name is known for keeps the id. Only ids with a number in the model part, quoted
    as code (or after "--model", "model id") or under a lab the document names."""
    out = []
    for m in API_ID.finditer(text) if "/" in text else ():
        lab = memory.get(_squash(m.group(1)))
        quoted = m.start() and text[m.start() - 1] in "`'\"" or ID_BEFORE.search(text, max(0, m.start() - 12), m.start())
        if not any(ch.isdigit() for ch in m.group(2)) or not (quoted or lab and lab[0] == "ORG"):
            continue  # "input/output-2": an id is quoted as code or names the document's lab
        for (s, e), label, canon in ((m.span(1), "ORG", lab[1] if lab and lab[0] == "ORG" else m.group(1)),
                                     (m.span(2), "MODEL", m.group(2))):
            if not _overlaps(taken, s, e):
                out.append((s, e, label, canon))
    return out


def _plain_word(name: str) -> bool:
    """One capitalised word with nothing else in it: the kind of name an ordinary word can be."""
    return name.isalpha() and name[:1].isupper() and name[1:].islower()


def remembered(text: str, names: list[tuple[int, int, str, str]],
               other: list[tuple[int, int, str]], listed=lambda word: False) -> dict[str, tuple[str, str, str]]:
    """squashed key -> (label, canonical, surface) for the names worth spreading. ``names``: the new
    names found (start, end, label, canonical); ``other``: everything else found (start, end, label),
    whose labels also count against a name used two ways. Their short forms (:func:`_head`) too, unless
    ``listed`` (the knowledge base) knows the short form as a name of its own."""
    labels: dict[str, set[str]] = {}
    first: dict[str, tuple[str, str, str]] = {}
    for s, e, lab, canon in names:
        surface = text[s:e]
        k = _squash(surface)
        labels.setdefault(k, set()).add(lab)
        if k not in first or surface == canon != first[k][2] and not surface.isupper() and not surface.islower():
            first[k] = (lab, canon, surface)  # the first mention, or one written as its canonical (not in capitals,
            # nor an id's lower-case owner part "tarnholm/…", whose canonical is the id's own spelling)
    for s, e, lab in other:
        k = _squash(text[s:e])
        if k in labels:
            labels[k].add(lab)
    out = {}
    for k, (lab, canon, surface) in first.items():
        if len(labels[k]) > 1 or len(k) < 4 or not any(ch.isupper() for ch in surface):
            continue  # two labels in one document; too short; a lower-case word is no evidence of a name
        # (each `x in text` before a search of a pattern built around the literal x: that pattern can only match where
        # x is written, and compiling a pattern per name costs more than the search)
        if k in STOP_WORDS or _plain_word(surface) and k in text and re.search(rf"(?<![\w/`.@{_H}]){k}(?![\w/`]|\.\w)", text):
            continue  # "Sounding" beside "sounding": an ordinary word (not "press@tarnlab.example", a domain)
        out[k] = (lab, canon, surface)
    org_words = {_squash(text[s:e].split()[0]) for s, e, lab, *_ in [*names, *other] if lab == "ORG" and text[s:e].split()}
    model_words = {_squash(LAST_PART.split(c)[0]) for _, _, lab, c in names if lab == "MODEL"}
    for lab, canon, written in first.values():
        h = _head(canon, lab)
        if h is None:
            continue
        surface, head_canon = h
        k = _squash(surface)
        alone = out.get(k)  # "Halberd" found alone too: still the lab of "Halberd Capital"
        if alone is not None and not (alone[0] == lab and _squash(alone[1]) == k) or labels.get(k, {lab}) != {lab}:
            continue  # another name; found as something else
        if len(k) < 4 or k in STOP_WORDS or k in (model_words if lab == "ORG" else org_words) or listed(surface):
            continue  # too short; "Corvid" of Corvid Labs and Corvid 2
        if written != written.lower() and surface.lower() in text and re.search(
                rf"(?<![\w/`.{_H}]){re.escape(surface.lower())}(?![\w/`{_H}]|[ ]\d)", text):
            continue  # "Tollgate" beside "tollgate": an ordinary word (a lower-case id's own word aside)
        out[k] = (lab, head_canon, surface)
    codes: dict[str, set[str]] = {}  # "V2" of Loam-V2: the version alone is that model (guidelines: R1 is DeepSeek-R1)
    for lab, canon, _ in first.values():
        m = BRANDED.fullmatch(canon) if lab == "MODEL" and not CODE.fullmatch(canon) else None
        if m is not None:
            codes.setdefault(m.group(3), set()).add(canon)
    for code, owners in codes.items():
        k = _squash(code)
        if len(owners) == 1 and k not in out and labels.get(k, {"MODEL"}) <= {"MODEL", "BENCHMARK"}:
            out[k] = ("MODEL", next(iter(owners)), code)
    return out


# what a lab's name may end with beyond its own word: "Halberd Capital" is "Halberd" later, "Marram Systems" "marram/"
LAB_WORDS = frozenset("""Labs Lab AI Systems Capital Institute Research Intelligence Technologies Technology Inc Ltd Group
Dynamics Robotics Collective Foundation Ventures Partners Compute Analytics Software Corporation Corp Holdings Evals""".split())
BENCH_GENERIC = frozenset("eval bench benchmark test suite".split())
# a board's own word: "Sextant" is still the Sextant Board a passage names ("the overall Sextant score"), "Longbow" the
# Longbow Index; a capitalised word only (the head must start with a capital)
BOARD_WORDS = frozenset("board index arena leaderboard".split())
BENCH_VARIANT = re.compile(r"(?:v?\d+(?:\.\d+)?|Hard|Verified|Lite|Pro|Multilingual|Plus|Live|Extended|Mini|Full|Diamond)")
SEPARATED = re.compile(rf"([ {_H}]+)")


def _head(canon: str, label: str) -> tuple[str, str] | None:
    """(surface, canonical) of the short form a new name is written with later: a model's family word before
    its version (``Perrin 2`` → Perrin, ``glint-9b-chat`` → Glint, ``Skerry-Coder-2`` → Skerry), a benchmark's
    name without its year or variant (``Tollgate 2026`` → Tollgate) or without "-Eval" (``Ledgerline-Eval``:
    "Ledgerline" is still ``Ledgerline-Eval``), a lab's name without "Capital", "Systems" (``Halberd Capital``)."""
    parts = SEPARATED.split(canon)
    words, seps = parts[0::2], parts[1::2]
    if len(words) < 2:
        return None
    if label == "MODEL":
        n = 0
        while n < len(words) and (words[n].isalpha() and words[n] not in TIER_WORDS and (n == 0 or words[n][:1].isupper())):
            n += 1
        if n == 0 or n == len(words) or not any(ch.isdigit() for w in words[n:] for ch in w):
            return None  # a name with no version is its family already
        head = "".join(w + sp for w, sp in zip(words[:n], seps))[: -len(seps[n - 1])]
        if head == head.lower():
            head = " ".join(w.capitalize() for w in words[:n]) if n > 1 else head.capitalize()
        return (head, head) if head[:1].isupper() else None
    if label == "BENCHMARK":
        if (words[-1].lower() in BENCH_GENERIC or words[-1].lower() in BOARD_WORDS and words[-1][:1].isupper()
                and len(words) == 2) and words[0][:1].isupper():
            return "".join(w + sp for w, sp in zip(words[:-1], seps))[: -len(seps[-1])], canon
        n = len(words)
        while n > 1 and BENCH_VARIANT.fullmatch(words[n - 1]):
            n -= 1
        if n == len(words) or not words[0][:1].isupper():
            return None
        head = "".join(w + sp for w, sp in zip(words[:n], seps))[: -len(seps[n - 1])]
        return head, head
    if label == "ORG" and words[-1] in LAB_WORDS and all(w[:1].isupper() and w.isalpha() for w in words[:-1]):
        return "".join(w + sp for w, sp in zip(words[:-1], seps))[: -len(seps[-1])], canon
    return None


def spread(text: str, parts: list[str], low: list[str], starts: list[int], ends: list[int],
           memory: dict[str, tuple[str, str, str]], taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """The other mentions of the remembered names: (start, end, label, canonical), none overlapping
    ``taken`` (sorted spans already found) nor each other. ``parts``/``low``/``starts``/``ends``: the
    text cut into pieces as the finder does (gap, piece, gap, ...; pieces lower-cased; their offsets)."""
    if not memory:
        return []
    if not all(map(str.isascii, memory)) or not text.isascii():
        low = [fold(p) for p in low]  # keys are folded: "Kōri" is found as "kori" and "Kōri"
    prefixes = {k[:i] for k in memory for i in range(1, len(k) + 1)}
    longest = max(map(len, memory))
    found: list[tuple[int, int, str, str]] = []
    busy = sorted(taken)
    bi = 0
    n = len(low)
    after = 0  # pieces before this are inside a mention already found
    for i in [i for i, p in enumerate(low) if p in prefixes]:  # the pieces that can begin a name, in one pass
        if i < after or i and parts[2 * i] == "":
            continue
        acc, j, best = low[i], i, None
        while True:
            if acc in memory:
                best = j
            if j + 1 >= n or len(acc) >= longest:
                break
            gap = parts[2 * j + 2]
            if len(gap) > MAX_GAP + 2 or not GAP.match(gap):
                break
            nxt = acc + low[j + 1]
            if nxt not in prefixes:
                break
            acc, j = nxt, j + 1
        if best is None:
            continue
        s, e = starts[i], ends[best]
        k = "".join(low[i:best + 1])
        hit = _mention(text, s, e, memory[k])
        while bi < len(busy) and busy[bi][1] <= s:
            bi += 1
        free = bi >= len(busy) or busy[bi][0] >= e
        if hit is not None and free and hit[2] > e:
            free = bi >= len(busy) or busy[bi][0] >= hit[2]
        if hit is not None and free:
            found.append((s, hit[2], hit[0], hit[1]))
            after = max(best + 1, bisect_left(starts, hit[2]))
    return found


def _mention(text: str, s: int, e: int, entry: tuple[str, str, str]) -> tuple[str, str, int] | None:
    """(label, canonical, end) when ``text[s:e]`` is a mention of the remembered name, not part of a longer
    one; a tier or variant right after it goes with it ("perrin 2 mini": ``Perrin 2 Mini``, its end moved)."""
    lab, canon, surface = entry
    m = text[s:e]
    if m == surface:
        pass
    elif m.isupper() and sum(ch.isalpha() for ch in m) >= 3:
        pass  # a heading in capitals
    elif m == m.lower():
        slug = s and text[s - 1] in "/`" or text[e:e + 1] in ("/", "`")
        if not (slug or any(ch.isdigit() for ch in surface) or not m.isalpha() and m.isascii()  # "halyard-r"
                or lab == "MODEL" and _lower_family(text, s, m)):
            return None
    elif _case_pattern(m) != _case_pattern(surface):
        return None  # "Tarrow Three" is not "TarrowThree"'s other spelling unless the capitals agree
    before = text[s - 1] if s else " "
    if before.isalnum() or before in "_.@" or before in HYPHENS and s > 1 and text[s - 2].isalnum():
        return None
    c = CAP_BEFORE.search(text, max(0, s - 30), s)
    if c is not None and c.group(1).lower() not in STOP_WORDS and c.group(1) not in HEADLINE_VERBS and not m.isupper():
        return None  # "Anna Tidewell", "Gemma Tidewell": part of a longer name (a person's)
    if (CAPS_GOES_ON if m.isupper() else LOWER_GOES_ON if m == m.lower() else GOES_ON).match(text, e) \
            and not SCORE_AFTER.match(text, e):  # "Vellum-QA 48.5 %": its score, not a longer name
        more = tails(text, [(s, e, lab, canon)]).get(0)
        if more is None or m.isupper():
            return None  # "Tarrow 3" inside "Tarrow 3.5", "tarrow-3-instruct", "Tarrow 3 Vision"
        return lab, more[1], more[0]
    return lab, canon, e


def _lower_family(text: str, s: int, word: str) -> bool:
    """"fjord is fine at ..." where the document writes the model's id in lower case ("fjord-8b-chat", "fjord 8b"):
    the family word in lower case is that document's spelling of the name, not a common noun (never after an
    article or a possessive: "the fjord", "our fjord")."""
    if ARTICLE_BEFORE.search(text, max(0, s - 6), s):
        return False
    return word in text and re.search(rf"(?<![\w{_H}]){re.escape(word)}[{_H} _]?\d", text) is not None


ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|our|my|your|their|its|this|that)[ ]\Z", re.I)


# a headline's verb before a name the passage found ("Meet Meridian", "Acme Announces Sori-2"): not a first name
HEADLINE_VERBS = frozenset("""Meet Introducing Announcing Announce Announces Unveils Unveil Unveiling Launches Launch Launching
Releases Release Releasing Ships Ship Try Trying Testing Tested Inside Why How Versus Vs Open-Sources Debuts""".split())


def _case_pattern(s: str) -> str:
    """Capitals at the starts of its letter runs, ignoring separators: "Proof-Ladder" and "ProofLadder" agree."""
    return "".join("U" if ch.isupper() else "l" for ch in s if ch.isalpha())
