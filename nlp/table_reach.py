"""How far below a table its own words reach: the first paragraph right under it (a caption, a
source line, a note), never the paragraphs after that.

A table's benchmark comes from its title, heading, caption or the text that introduces it. A later
paragraph is about something else as often as not ("Fans of the older X will recall …" names
another board), so a benchmark named there must not become the table's (`nlp.claims._context_bench`).
"""
from __future__ import annotations

import re

# a blank line, or the start of a Markdown heading / a rule, ends the paragraph under the table
_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]{0,3}(?:#{1,6}[ \t]|(?:[-*_][ \t]*){3,}\n)")


def caption_end(text: str, b: int) -> int:
    """The end of the paragraph right under text[:b] (after its blank lines, if any)."""
    start = b
    while start < len(text) and text[start] in " \t\n\r":
        start += 1
    m = _BREAK.search(text, start - 1 if start > b else start)  # (a heading right under the table ends it at once)
    return m.start() if m else len(text)
