"""Movement marks of a ranked list, blanked for the claims readers (round 12, branch nlp-layoutgen12).

Power rankings and weekly boards write a place, then how the entry moved since the last edition, then the name:
"1. ▲2 Tamarind 3 — 88.5", "4. ▼1 Quokka-2 — 71.0", "3. NEW Wombat 2 Pro — 64.2", "5. = Quoll 4 — 60.1",
"2. (+3) Numbat-7 — 80.4", "6. — Dingo 2 — 58.0" (unchanged). The readers of numbered boards expect the name right
after the place. ``blank_moves`` returns the text with each such mark replaced by spaces of the same length, so every
offset still indexes the original text (the claims' sentences are taken back from the original by their offsets), and
the one list reader, the one-model-a-line names and the places all read the line as "1.     Tamarind 3 — 88.5".
A mark is blanked only right after a line's place and only when a name and a score follow on the line.
"""
from __future__ import annotations

import re

# the place ("1.", "#1", "1)"), then the mark: an arrow with an optional count, NEW, "=", "(+3)"/"(-2)"/"+3", or a
# dash standing for "no change" when a second dash leads to the score ("6. — Dingo 2 — 58.0")
_MOVE = re.compile(
    r"^[ \t]*(?:#?\d{1,3}[.):]?)[ \t]+(?P<mark>(?:[▲▼△▽↑↓⬆⬇🔺🔻]|\u2b06\ufe0f|\u2b07\ufe0f)[ \t]?[+\-−]?\d{0,3}|\(?(?:NEW|New|new)\)?|="
    r"|\([+\-−±]\d{1,3}\)|[+\-−]\d{1,3}|[—–](?=[ \t]+[^\n—–]{2,60}?[ \t][—–:][ \t]*[~≈]?\d))"
    r"(?=[ \t]+[A-Za-z\u00c0-\u024f][^\n]*?[ \t][—–:|][ \t]*[~≈$]?\d)", re.M)
_CHEAP = ("▲", "▼", "△", "▽", "↑", "↓", "⬆", "⬇", "🔺", "🔻", "NEW", "New", "new", "= ", "(+", "(-", "(−", " +", " -", " −",
          ". —", ". –", ") —", ") –")


def blank_moves(text: str) -> str:
    """``text`` with the movement marks of ranked lists replaced by spaces (same length), or ``text`` itself."""
    if "\n" not in text or not any(c in text for c in _CHEAP):
        return text
    return blank_marks(text, _MOVE)


def blank_marks(text: str, rx) -> str:
    """``text`` with the ``mark`` group of every match of ``rx`` replaced by spaces (same length, so every offset
    still points into the input), or ``text`` itself when nothing matched (shared with nlp.spread_marks)."""
    parts, pos = [], 0
    for m in rx.finditer(text):
        a, b = m.span("mark")
        parts.append(text[pos:a])
        parts.append(" " * (b - a))
        pos = b
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


def trim_ents(original: str, text: str, ents: list[tuple]) -> list[tuple]:
    """The (start, end, label, canonical) ``ents`` with a blanked mark cut off their start ("NEW Quoll 4" → "Quoll 4"):
    ``text`` is ``blank_moves(original)``."""
    out = []
    for s, e, lab, canon in ents:
        if text[s:e] != original[s:e] and text[s].isspace():
            s2 = s
            while s2 < e and text[s2].isspace():
                s2 += 1
            if s2 >= e:
                continue
            if canon == original[s:e]:
                canon = text[s2:e]
            s = s2
        out.append((s, e, lab, canon))
    return out
