"""HTML character references decoded before names are read, wherever the text comes from (round 16).

:func:`nlp.markup.clean_markup` decodes ``&amp;``, ``&#39;``, ``&nbsp;`` … but only on :func:`nlp.analyze`'s path (the
``annotate`` stream and the CLI); a caller that runs the spaCy pipeline on its text (``pipe(text)``, ``nlp.pipe``, the
evaluator) handed the entity finder ``Pilvi&#39;s Usva 3`` as it was, and "Pilvi&#39;s" is no possessive. The finder
now reads a copy with the references decoded (tags are left alone: the table and grid readers parse them) and maps
every offset back to the text it was given, as :mod:`nlp.line_breaks` does for broken words. Text without ``&…;`` is
passed through untouched (one substring test).
"""

from __future__ import annotations

import html
import re

from .markup import OffsetMap

REF = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode(text: str) -> tuple[str, OffsetMap | None]:
    """(text with its character references decoded, map back to ``text``); ``(text, None)`` when there is none."""
    if "&" not in text:
        return text, None
    out: list[str] = []
    pieces: list[tuple[int, int, int, int, bool]] = []
    n = pos = 0
    for m in REF.finditer(text):
        rep = html.unescape(m.group())
        if rep == m.group():
            continue  # not a reference HTML knows ("&foo;"): left as text
        rep = "".join(" " if c.isspace() else c for c in rep)  # (a no-break space reads as a space)
        for s, at, length, copied in ((text[pos:m.start()], pos, m.start() - pos, True), (rep, m.start(), m.end() - m.start(), False)):
            if s:
                out.append(s)
                pieces.append((n, at, len(s), length, copied))
                n += len(s)
        pos = m.end()
    if not pieces:
        return text, None
    if pos < len(text):
        pieces.append((n, pos, len(text) - pos, len(text) - pos, True))
        out.append(text[pos:])
    return "".join(out), OffsetMap(pieces)
