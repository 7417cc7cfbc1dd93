"""Footnote marks after a score and reference lines, blanked for the claims readers (round 14, branch nlp-columns14).

Papers, model cards and wiki pages hang a footnote mark on a number or a name: "61.8%[1]", "Kasauti-QA[3]", "71.2^a",
"$68.0^{\\dagger}$", "58.3<sup>2</sup>"; the notes then stand as reference lines "[4]: IndicEval Collective, blog post"
(a reference list's "[1] Ito et al. …" item keeps its label). The number reader took the mark's digit for a second score ("72.4% on
Kasauti-QA[3]" gave 3) and the reference line's label for a score of the benchmark it names. ``blank_footnotes`` returns
the text with each mark and each reference line's label replaced by spaces of the same length (like
``nlp.rank_marks.blank_moves``), so every offset still indexes the original text; the number the mark hangs on stays.
("71.2†", "68.0*" need nothing: the number reader stops at the mark.)

A mark is a bracketed number of one or two digits or one letter glued to what it marks (no space between), not a
Markdown link ("[1](…)", "[1]:" inside a line), an index inside code ("x[1]" after a letter is blanked too: no score is
lost), nor a bracketed range ("[1, 5]"). A caret mark follows a digit only. A note's definition line opens with "[n]:".
"""
from __future__ import annotations

import re

_MARK = re.compile(
    r"(?<=[\w%)\]\"'’”.])(?P<mark>\[(?:\d{1,2}|[a-z†‡*])\])(?![(:\[])"
    r"|(?<=\d)(?P<caret>\^\{?(?:[a-z\d*]|\\dagger|\\ddagger|†|‡){1,2}\}?)"
    r"|(?<=[\w%])(?P<sup><sup>[^<>\n]{1,4}</sup>)", re.I)
# a note's definition line "[4]: IndicEval Collective, blog post" (Markdown's reference style); a reference list's item
# "[2] Ruiz et al. …" keeps its label: the discourse reader starts a new topic at it (tests/nlp/test_claims_round6.py)
_REF_LINE = re.compile(r"^[ \t]*(?P<mark>\[\d{1,3}\]:)(?=[ \t]+\S)", re.M)
_CHEAP = ("[", "^", "<sup")


def _spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _MARK.finditer(text):
        g = "mark" if m.group("mark") is not None else "caret" if m.group("caret") is not None else "sup"
        out.append(m.span(g))
    out += [m.span("mark") for m in _REF_LINE.finditer(text)]
    return sorted(set(out))


def blank_footnotes(text: str) -> str:
    """``text`` with its footnote marks and reference-line labels replaced by spaces (same length), or ``text``
    itself."""
    if not any(c in text for c in _CHEAP):
        return text
    spans = _spans(text)
    if not spans:
        return text
    parts, pos = [], 0
    for a, b in spans:
        if a < pos:
            continue
        parts.append(text[pos:a])
        parts.append(" " * (b - a))
        pos = b
    parts.append(text[pos:])
    return "".join(parts)
