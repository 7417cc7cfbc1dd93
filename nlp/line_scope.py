"""Line-scoped boards: in a page made of short led lines, a board a line names governs that line only (round 17,
branch nlp-grids17).

Programmes, slide decks, numbered threads and bullet decks set one item per line, each line opened by the same kind of
lead — a time ("09:50", "14h00", "[10:05]"), an enumerator ("2/", "3.", "4)", "3b/"), a bullet ("•", "-", "*", "▪"),
a "Slide 4 —" / "Oral 2:" / "Talk 3:" label. Not a transcript's or a chat log's lines: a time with seconds
("[00:00:11]") or a time before a speaker ("[10:05] cy:") stamps one flow of speech, whose board carries on
(``nlp.claim_discourse`` keeps a chat turn's board for the turns after it). When such a line names a board and gives figures after it
("09:50  Oral 2: \"EskerQA: …\" (Leeds). Gemini 3 Pro 68.3%, Ferrox-70B 49.7%."), the board is that line's, not the
paragraph's: the paragraph reader (``nlp.claim_discourse.Discourse``) otherwise keeps the paragraph's heaviest (first)
board for every line, and every row of a programme gets the first talk's board.

:func:`led_line` says whether the line holding an offset is such a line — its lead's kind matches the lead of the
line before or after it (a run of led lines, not one item) — and gives its span, its lead's kind and its indent.
:func:`figures_after` says whether a number follows a position on its line (the board governs figures, a board-led
line with none is a heading over the lines under it and keeps today's paragraph reading). The Discourse uses both:
the line's board is the topic of the line's sentences, and at the next line of the same or a shallower indent the
topic before the line comes back (a line indented deeper under the board line stays under it).
Cost: called only for sentences that name a benchmark; a few regex matches per call.
"""
from __future__ import annotations

import re

# a line's lead: a time, an enumerator, a bullet, a numbered item label; group names give the kind
_LEAD = re.compile(
    r"[ \t]*(?:"
    r"(?P<time>\[?\d{1,2}[:.h]\d{2}\]?(?:[ \t]*[-–—][ \t]*\d{1,2}[:.h]\d{2})?)(?=[ \t])(?![ \t]*<?[\w./@-]{1,24}>?:[ \t])"
    r"|(?P<enum>\(?\d{1,3}[a-z]?(?:/\d{0,3})?[.)/](?=[ \t]))"
    r"|(?P<bullet>[•·▪►‣◦*+\-–](?=[ \t]))"
    r"|(?P<item>(?:Slide|Oral|Talk|Session|Poster|Track|Item|Panel|Keynote|Part|Step|Round)[ \t]+\d{1,3}[a-z]?[ \t]*[:.—–-](?=[ \t]))"
    r")")
_NUMBER = re.compile(r"\d")


def _line_at(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, len(text) if b < 0 else b


def _lead(text: str, a: int, b: int):
    """(kind, indent) of the lead of the line text[a:b], or None"""
    m = _LEAD.match(text, a, b)
    if m is None:
        return None
    return m.lastgroup, len(text[a:b]) - len(text[a:b].lstrip(" \t"))


def _neighbour(text: str, a: int, b: int, step: int):
    """the (start, end) of the next non-blank line after (step 1) or before (step -1) the line text[a:b], within its
    paragraph; None at a blank line or the text's edge"""
    if step > 0:
        if b >= len(text):
            return None
        na = b + 1
        nb = text.find("\n", na)
        nb = len(text) if nb < 0 else nb
    else:
        if a == 0:
            return None
        nb = a - 1
        na = text.rfind("\n", 0, nb) + 1
    if not text[na:nb].strip():
        return None
    return na, nb


def led_line(text: str, pos: int):
    """(line start, line end, lead kind, indent) of the line holding ``pos`` when it is a led line among led lines of
    the same kind (the line before or the line after has that lead, at any indent); else None"""
    a, b = _line_at(text, pos)
    lead = _lead(text, a, b)
    if lead is None:
        return None
    for step in (-1, 1):
        near = _neighbour(text, a, b, step)
        if near is not None:
            other = _lead(text, *near)
            if other is not None and other[0] == lead[0]:
                return a, b, lead[0], lead[1]
    return None


def figures_after(text: str, pos: int, b: int) -> bool:
    """whether a digit follows ``pos`` on its line (text[pos:b])"""
    return _NUMBER.search(text, pos, b) is not None


def indent_of(text: str, pos: int) -> int:
    """the indent of the line holding ``pos``"""
    a, b = _line_at(text, pos)
    line = text[a:b]
    return len(line) - len(line.lstrip(" \t"))
