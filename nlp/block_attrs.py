"""Attributes a whole block gives its values: a unit said once for a table, a list or a chart, and a block marked as
the authors' own (round 14, branch nlp-columns14).

A page says the unit once for a block, not at each number: a caption ("Main results (accuracy, %)", "Scores are exact
match (%)"), a lead line ("Values are accuracy in percent; the outer ring is 100."), a note after a table or a list ("All
numbers are pass@1 accuracy in percent", "(… all numbers %, single seed.)", "Scores in points."). ``Blocks.unit(at)``
finds such a statement for a number with no unit of its own: in the number's paragraph, else in the run of paragraphs
next to it — every paragraph between the statement and the number holds claims too (a table, a list, a chart's lines).
A paragraph with no claim and no statement ends the block. Only a number with no unit written gets the block's unit,
and an arena's Elo keeps its own.

A block is the authors' own when one of its rows is marked "(ours)" / "(this work)" / "Ours", or when its title says
"our evaluations" / "internal evals" (``own_blocks``): its claims whose source nothing else told are self-reported,
and the rows of other model families are cited for comparison — when the block says whose rows are the authors'
(the marked row is the table's first row or its family names the passage's first line; the title names the model
before "vs" / "against").
"""
from __future__ import annotations

import re
from bisect import bisect_right

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# "All numbers are pass@1 accuracy in percent", "Values are accuracy in percent", "Scores are exact match (\%)",
# "all numbers %", "scores in points", "Results are given as percentages"
_UNIT_STATEMENT = re.compile(
    r"\b(?:numbers|values|scores|figures|results|entries|cells|accuracy|accuracies|columns)\b(?:[ \t]+(?:below|above|here|shown|reported|"
    r"given|listed))?[ \t]*(?:are|is|in|as|:)?[ \t]*(?P<body>[^.;\n]{0,60}?)(?P<u>\bin[ \t]+(?:percent|per[ \t]?cent|"
    r"percentages?|points)\b|\bpercentages?\b|(?<![\d.])\\?%(?!\w)|\((?:pts|points)\))",
    re.I)
# a caption's bracket: "(accuracy, %)", "(% accuracy)", "(our evaluations, % accuracy)", "(pass@1, %)"
_UNIT_BRACKET = re.compile(
    r"\((?:[^()\n]{0,40}?,[ \t]*)?(?:accuracy|exact[ \t]match|pass@\d|success[ \t]rate|score)s?[ \t]*,[ \t]*\\?%[ \t]*\)"
    r"|\((?:[^()\n]{0,40}?,[ \t]*)?\\?%[ \t]*(?:accuracy|acc\.?|exact[ \t]match|pass@\d|success[ \t]rate)[ \t]*\)", re.I)
_NOT_UNIT = re.compile(r"\b(?:up|down|rose|fell|grew|higher|lower|more|less|increase|decrease|change|share|of[ \t]+the)\b",
                       re.I)
_CHEAP = ("%", "percent", "per cent", "points", "pts")
# a table's second part under the first: "Table 3 (part 2 of 2). Continued. Same rows, same settings." — the first
# part's caption still gives the unit (round 15, nlp-machine15)
_CONTINUED = re.compile(r"\b(?:part[ \t]+\d+[ \t]+of[ \t]+\d+|continued|cont(?:inued|'d)\.|same[ \t]+(?:rows|settings|columns|"
                        r"setup|protocol))\b", re.I)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


class Blocks:
    """The unit statements of ``text`` by paragraph, and which paragraphs hold the claims starting at ``starts``."""

    def __init__(self, text: str, starts):
        self.units: dict[int, str] = {}
        if not any(c in text for c in _CHEAP):
            return
        pars = _paragraphs(text)
        self._starts = [a for a, _ in pars]
        for rx in (_UNIT_STATEMENT, _UNIT_BRACKET):
            for m in rx.finditer(text):
                if rx is _UNIT_STATEMENT and _NOT_UNIT.search(m.group("body")):
                    continue  # "scores are up 3%", "results of the 5% split"
                u = "points" if "point" in m.group(0).lower() or "pts" in m.group(0).lower() else "%"
                self.units.setdefault(self._par(m.start()), u)
        if not self.units:
            return
        self._claimed = {self._par(s) for s in starts}
        self._continued = {i for i, (a, b) in enumerate(pars) if i not in self.units and _CONTINUED.search(text, a, b)}

    def _par(self, at: int) -> int:
        return bisect_right(self._starts, at) - 1

    def unit(self, at: int, bench: str = "") -> str | None:
        """the unit a statement of the block around ``at`` gives its bare numbers, or None"""
        if not self.units or ("arena" in bench.lower() and "hard" not in bench.lower()):
            return None
        k = self._par(at)
        if k in self.units:
            return self.units[k]
        for step in (-1, 1):  # the caption or lead line over the block first, then a note under it
            i = k + step
            while 0 <= i < len(self._starts):
                if i in self.units:
                    return self.units[i]
                if i not in self._claimed and not (step == -1 and i in self._continued):
                    break  # (a "part 2 of 2 … same settings" caption goes on to the first part's)
                i += step
        return None


# -- the authors' own block ------------------------------------------------------------------------------------------
_OURS_MARK = re.compile(r"\((?:ours|this[ \t]+work|our[ \t]+model)\)|\*\*ours\*\*|(?:^|[|&\t])[ \t]*ours[ \t]*(?=[|&\t]|$)",
                        re.I | re.M)
_OWN_TITLE = re.compile(r"\b(?:our(?:[ \t]+own)?|internal|in-house)[ \t]+(?:evaluations?|evals?)\b", re.I)
_RIVAL_WORD = re.compile(r"\b(?:vs\.?|versus|against|compared|the[ \t]+field|rivals?|competitors?|competition)\b", re.I)
_TITLE_MAX = 160
_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+[A-Z]")  # a title is no run of sentences ("… on the hub. A few numbers from our eval run")


def _family(name: str) -> str:
    w = re.split(r"[\s\-_]+", name.strip().lower(), maxsplit=1)
    return re.sub(r"\d.*$", "", w[0]) if w else ""


def _line_at(text: str, at: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    return a, b if b >= 0 else len(text)


def own_blocks(text: str, claims: list[dict]) -> None:
    """Self-reported source and comparisons in blocks marked as the authors' own (see above); changes ``claims``."""
    low = text.lower()
    if "ours" not in low and "this work" not in low and "our model" not in low and " eval" not in low:
        return  # quick reject
    pars = _paragraphs(text)
    starts = [a for a, _ in pars]
    by_par: dict[int, list[dict]] = {}
    for c in claims:
        by_par.setdefault(bisect_right(starts, c["start"]) - 1, []).append(c)
    first_line = text[:text.find("\n")] if "\n" in text else text
    for k, cs in by_par.items():
        a, b = pars[k]
        ours: set[str] = set()
        mark = _OURS_MARK.search(text, a, b)
        if mark:
            la, lb = _line_at(text, mark.start())
            marked = [c for c in cs if la <= c["start"] < lb or c.get("sentence", "") and c["sentence"] in text[la:lb]]
            first = min(cs, key=lambda c: c["start"])
            fam = {_family(c["model"]) for c in marked}
            if marked and (first in marked or any(f and f in first_line.lower() for f in fam)):
                ours = fam
        else:
            # the title: a short line of the block over its claims, or the one-line paragraph right over the block
            lines = [(s, e) for s, e in [_line_at(text, a)] if e - s <= _TITLE_MAX]
            head = min(c["start"] for c in cs)
            pos = a
            while pos < head:
                s, e = _line_at(text, pos)
                if e - s <= _TITLE_MAX and (s, e) not in lines:
                    lines.append((s, e))
                pos = e + 1
            if k > 0 and pars[k - 1][1] - pars[k - 1][0] <= _TITLE_MAX:
                lines.append(pars[k - 1])
            title = next(((s, e) for s, e in lines if _OWN_TITLE.search(text, s, e) and not _SENTENCE_BREAK.search(text, s, e)
                          and not any(s <= c["start"] < e for c in cs)), None)
            if title is None:
                continue
            t = text[title[0]:title[1]]
            r = _RIVAL_WORD.search(t)
            if r:
                named = {_family(c["model"]) for c in cs if c["model"].lower() in t[:r.start()].lower()}
                ours = named
            mark = title
        if not mark:
            continue
        for c in cs:
            if c.get("source_kind") in (None, "unknown"):
                c["source_kind"] = "self-reported"
            if ours and not c.get("is_comparison") and _family(c["model"]) not in ours:
                c["is_comparison"] = True
