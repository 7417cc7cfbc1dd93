"""The developer's own runs, named by a common noun or a name stem: "all other cells were measured by the consortium"
where the passage says the consortium made the model, "Results, consortium's measurements", "The company sent us
the table", "the startup behind X has published the results", "Scores in percent, measured by Ferro" beside
Ferro-9B and Ferro-70B, "copied from the Ferro product page" (README convention 4: the developer's own figures are
self-reported, its rivals' rows included, whoever quotes them).

A common noun ("the consortium", "the company", "the lab", "the team" …) stands for the developer only when the
passage ties it to one of its models ("the consortium released Halny-2", "ZEPHA-2 is a vision-language model from a
Seoul–Busan research consortium", "the Kraków startup behind Ptak-3"); a capitalised word stands for it when it is
the first part of a model name of the passage ("Ferro" for "Ferro-70B"). The cue then speaks for the claims of its
own block and the blocks right around it (a caption over a table, a note under it). A claim whose own sentence has a cue keeps it (the caller checks).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .gated_branches import GatedBranches
from .match_starts import beginnings
from .numbers import lowered
from .trigger_scan import TriggerScan

# a group that can make a model
_NOUN = (r"(?:consortium|company|startup|start-up|lab|laboratory|team|firm|group|institute|project|developers?|"
         r"vendor|makers?)")
_NOUN_RX = re.compile(r"\b" + _NOUN + r"\b", re.I)
_MAKES = (r"(?:releas\w*|launch\w*|present\w*|introduc\w*|unveil\w*|publish\w*|train\w*|buil[dt]s?|develop\w*|"
          r"makes|made|created?|ships?|shipped|open-sourc\w*)")
# "<noun> (that|which) (has) released (its new model) <MODEL>": the model must start within the window after it
_NOUN_THEN = re.compile(r"\s+(?:(?:that|which|who)\s+)?(?:(?:has|have|had|is|are|today|now|also|officially|just|"
                        r"recently|first)\s+){0,3}" + _MAKES + r"\b|\s+behind\b", re.I)
# "<MODEL> is a (vision-language) model from a (Seoul–Busan research) <noun>"
_MODEL_FROM = re.compile(r"\s+(?:is|was)\s+(?:an?|the)\s+[^.\n]{0,80}?\b(?:from|by|of)\s+(?:an?|the)\s+"
                         r"(?:[^\s.]+\s+){0,4}?$", re.I)
_WINDOW = 80
_SENTENCE_END = re.compile(r"[.!?]\s")
# one word for the developer stands for the others a story uses for it ("the startup" … "the company" … "the firm")
_FIRM_WORDS = ("company", "startup", "start-up", "firm", "lab", "laboratory", "developer", "developers", "vendor", "maker",
               "makers")


def maker_nouns(text: str, rows) -> list[str]:
    """The words of the passage that stand for a developer of one of its models: common nouns tied to a model
    (lower-cased), organisations named like a model or said to make it, and the first parts of its model names (as
    written). `rows`: (start, end, label, canonical, developer) in text order."""
    models = [r for r in rows if r[2] == "MODEL"]
    if not models:
        return []
    starts = [r[0] for r in models]
    ends = sorted(r[1] for r in models)
    out: list[str] = []

    def made_before(at: int) -> bool:  # "<MODEL> is a … model from a … <noun>"
        lo = bisect_left(ends, at - _WINDOW - 40)
        return any(_MODEL_FROM.match(text[e:at]) for e in ends[lo:bisect_left(ends, at)])

    for m in _NOUN_RX.finditer(text):
        noun = m.group(0).lower()
        if noun in out:
            continue
        after = _NOUN_THEN.match(text, m.end())
        if after is not None:
            lo, hi = bisect_left(starts, after.end()), bisect_right(starts, after.end() + _WINDOW)
            if any("\n" not in text[m.end():r[0]] and not _SENTENCE_END.search(text, after.end(), r[0])
                   for r in models[lo:hi]):
                out.append(noun)
                continue
        if made_before(m.start()):
            out.append(noun)
    lowered_models = {r[3].lower() for r in models}
    for r in rows:  # an organisation named like a model ("Petrel Labs" beside "petrel-mini-8b") or said to make it
        if r[2] != "ORG" or r[3] in out:
            continue
        first = r[3].split()[0].lower() if r[3].split() else ""
        if len(first) > 2 and any(x.startswith(first) and (len(x) == len(first) or x[len(first)] in "- 0123456789")
                                  for x in lowered_models) or made_before(r[0]):
            out.append(r[3])
    if any(w in _FIRM_WORDS for w in out):
        out += [w for w in _FIRM_WORDS if w not in out]
    for canon in dict.fromkeys(r[3] for r in models):
        stem = _STEM.match(canon)
        if stem and stem.group(0) not in out and stem.group(0) in text and re.search(r"\b" + re.escape(stem.group(0)) + r"\b(?![- ]?\d|-\w)", text):
            out.append(stem.group(0))  # "Ferro" beside "Ferro-70B": the name the maker goes by
    return out


_STEM = re.compile(r"[A-Z][A-Za-z]{2,}(?=[- ]?\d|-)")
_RUN_VERB = (r"(?:measured|run|ran|re-?run|obtained|produced|computed|tested|evaluated|conducted|carried\s+out|graded|"
             r"scored|collected|generated)")
_RESULT = (r"(?:measurements?|runs?|tests?|testing|evaluations?|results|numbers|figures|scores|tables?|spreadsheet|"
           r"sheet|benchmarks?)")


# one pattern for every passage (compiled once), matching the cue's anchor only: the words around it that may name
# the developer are read afterwards and checked against the passage's words ("measured by the consortium", "the
# consortium's measurements", "the company sent us the table", "from the Ferro product page"); each branch with the
# words one of which its every match holds: a passage is scanned with the branches it can match (nlp.gated_branches)
_SENT_VERBS = ("sent", "shared", "supplied", "provided", "gave", "published", "posted", "released")
_ANCHOR = GatedBranches([
    ("by", r"\b" + _RUN_VERB + r"\s+by\s+", ("by",)),
    ("own", r"['’]s?\s+(?:own\s+)?(?:(?:internal|official|published)\s+)?" + _RESULT + r"\b", ("'", "’")),
    ("sent", r"\s+(?:(?:has|have|had|also|then|later)\s+)?(?:" + "|".join(_SENT_VERBS) + r")"
             r"\s+(?:us\s+)?(?:(?:the|its|their|these|this|a|an)\s+)?(?:[\w-]+\s+){0,3}?" + _RESULT + r"\b", _SENT_VERBS),
    ("page", r"(?:['’]s?)?\s+(?:own\s+)?(?:product|spec|specification|model|pricing)\s+page\b", ("page",)),
], re.I)
_PAGE_NOUNS = ("product", "spec", "model", "pricing")  # ("specification" holds "spec")


def _spaces_before(text: str, at: int, starts: set) -> None:
    """Add to `starts` the places of the white space right before `at` and of the white space before the word
    before that: where a branch opening with ``\\s+`` and at most one word before its cue word can begin."""
    j = at
    while j > 0 and text[j - 1].isspace():  # (str.isspace is what \s matches in a str pattern)
        j -= 1
        starts.add(j)
    if j == at:
        return
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    while j > 0 and text[j - 1].isspace():
        j -= 1
        starts.add(j)


class _AnchorScan(TriggerScan):
    """`_ANCHOR`'s alternation for one passage tried only where one of its branches can begin: the "by" branch
    at its verbs and the "own" branch at an apostrophe (their beginnings, read from the patterns), the "sent"
    and "page" branches in the white space before their verb or noun or before the word ahead of it. A
    passage's matches are the alternation's (:class:`nlp.trigger_scan.TriggerScan`); the places are found in
    the lowered passage, or the alternation scans every place when a letter folds apart (``numbers.lowered``)."""

    __slots__ = ()
    _WORDS = tuple(sorted(beginnings(re.compile(_ANCHOR.branches[0][1], re.I))
                          | beginnings(re.compile(_ANCHOR.branches[1][1], re.I))))

    def _starts(self, string: str, pos: int, endpos: int):
        low = lowered(string)
        if low is None:
            return None
        starts: set[int] = set()
        find = low.find
        for w in self._WORDS:
            i = find(w)
            while i >= 0:
                starts.add(i)
                i = find(w, i + 1)
        for w in _SENT_VERBS + _PAGE_NOUNS:
            i = find(w)
            while i >= 0:
                _spaces_before(low, i, starts)
                i = find(w, i + 1)
        return sorted(starts)


def _anchors(text: str) -> list[re.Match]:
    """`_ANCHOR`'s matches in `text`, in order."""
    rx = _ANCHOR.pattern_for(text)
    return [] if rx is None else list(_AnchorScan(rx, None).finditer(text))


_TOKEN = re.compile(r"[\w–-]+")
_PHRASE_CUT = re.compile(r"[.,;:()\[\]\n!?\"]")
_DET = {"the", "its", "their", "this", "that"}


def _before(text: str, at: int) -> list[str]:
    """The last words (at most four, lower-cased) right before `at` in its clause; "the startup behind Ptak-3" gives
    the words before "behind"."""
    window = text[max(0, at - 80):at]
    cut = None
    for cut in _PHRASE_CUT.finditer(window):
        pass
    toks = [t.lower() for t in _TOKEN.findall(window[cut.end():] if cut else window)]
    if "behind" in toks[-4:]:
        toks = toks[:len(toks) - toks[::-1].index("behind") - 1]
    return toks[-4:]


def _after(text: str, at: int) -> list[str]:
    """The first words (at most four, lower-cased) from `at` in its clause."""
    window = text[at:at + 80]
    cut = _PHRASE_CUT.search(window)
    return [t.lower() for t in _TOKEN.findall(window[:cut.start()] if cut else window)][:4]


def _names_maker(toks: list[str], words: set, leading: bool) -> bool:
    """Whether the words `toks` name one of `words` (lower-cased): after "by" (`leading`), a name within the first
    words (after a determiner and at most two more words) not followed by a number ("by the group on …", not "by
    Orrin 4"); before a cue, a name ending them."""
    if leading:
        at = 1 if toks and toks[0] in _DET else 0
        for j in range(at, min(len(toks), at + 3)):
            for k in range(j + 1, len(toks) + 1):
                if " ".join(toks[j:k]) in words and not (k < len(toks) and toks[k][:1].isdigit()):
                    return True
        return False
    return any(" ".join(toks[-k:]) in words for k in range(1, min(3, len(toks)) + 1))


def maker_run_scopes(text: str, rows) -> list[tuple[int, int]]:
    """(start, end) of the stretches of the passage a developer's-own-run cue speaks for: its block and the blocks
    right over and under it (a caption over a table, a note under it)."""
    anchors = _anchors(text)
    if not anchors:
        return []
    words = maker_nouns(text, rows)
    if not words:
        return []
    low = {w.lower() for w in words}
    out = []
    for m in anchors:
        if m.lastgroup == "by":
            hit = _names_maker(_after(text, m.end()), low, True) and not re.match(
                r"[^.,;:\n]{0,40}?['’]s?\s+(?:rivals?|competitors?)", text[m.end():m.end() + 60])
        elif m.lastgroup == "page":
            toks = _before(text, m.start())
            hit = "from" in toks[:-1] and _names_maker(toks[toks.index("from") + 1:], low, False)
        else:
            hit = _names_maker(_before(text, m.start()), low, False)
        if hit:
            out.append(_around(text, m.start()))
    return out


def _around(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, at)
    over = text.rfind("\n\n", 0, start) if start > 0 else -1
    end = text.find("\n\n", at)
    under = text.find("\n\n", end + 2) if end >= 0 else -1
    return (0 if over < 0 else over, len(text) if end < 0 or under < 0 else under)


# a cell's mark a note assigns to someone else's numbers: "Cells marked ‡ are copied from the X maintainers' board"
_MARK_NOTE = re.compile(r"\b(?:cells?|scores?|numbers?|figures?|entries|results|values)\s+(?:marked|flagged|with)\s+"
                        r"(?:with\s+)?(?:an?\s+)?(?P<mark>[‡†*§¶]|dagger|asterisk)\S*\s+(?:are|were|is|was|come|came)\s+"
                        r"(?:copied|taken|quoted|reproduced|sourced)?\s*from\b", re.I)
_MARK_CHARS = {"dagger": "†", "asterisk": "*"}


def foreign_marks(text: str) -> set[str]:
    """The cell marks a note says are copied from someone else ("Cells marked ‡ are copied from …")."""
    return {_MARK_CHARS.get(m.group("mark").lower(), m.group("mark")) for m in _MARK_NOTE.finditer(text)}


def marked(line: str, score: float, marks: set[str]) -> bool:
    """Whether the number `score` is written in `line` with one of `marks` right after it ("76.8‡")."""
    for m in re.finditer(r"(?<![\w.])(\d+(?:\.\d+)?)\**\s?([‡†*§¶])", line):
        if m.group(2) in marks and abs(float(m.group(1)) - score) < 1e-9:
            return True
    return False
