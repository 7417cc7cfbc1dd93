"""The text part's line length: mail clients and terminals show 78 columns (RFC 5322 2.1.1).

``fold`` re-wraps any longer line at spaces, continuing under the line's own indent (and under
the text of a "- ", "* " or "1. " item), so the templates can stay readable. A ``[flag]`` is
kept in one piece. A word longer than
the line, in practice a URL, is never cut: it goes on a line of its own, where it stays clickable.
"""
from __future__ import annotations

import re
import textwrap

WIDTH = 78
_LEAD = re.compile(r"^(\s*)((?:[-*]|\d{1,3}\.)\s+)?")
_FLAG = re.compile(r"\[[^\[\]\n]{1,40}\]")
_GLUE = "\x00"   # stands for a space that must not break while wrapping


def fold_line(line: str, width: int = WIDTH) -> list[str]:
    if len(line) <= width or len(line.split()) < 2:     # short, or one unbreakable word
        return [line]
    m = _LEAD.match(line)
    indent, item = m.group(1), m.group(2) or ""
    hang = indent + " " * len(item)
    if len(hang) > width // 2:      # a deep indent would leave no room; start again further left
        hang = indent[: width // 4]
    glued = _FLAG.sub(lambda f: f.group(0).replace(" ", _GLUE), line)
    wrapped = textwrap.wrap(glued, width=width, subsequent_indent=hang, break_long_words=False,
                            break_on_hyphens=False, drop_whitespace=True)
    return [w.replace(_GLUE, " ") for w in wrapped] or [line]


def fold(text: str, width: int = WIDTH) -> str:
    """``text`` with every line longer than ``width`` wrapped; shorter lines are kept as they are."""
    end = "\n" if text.endswith("\n") else ""
    lines = text[: -1 if end else None].split("\n")
    out: list[str] = []
    for line in lines:
        out.extend(fold_line(line.rstrip(), width))
    return "\n".join(out) + end


def too_long(text: str, width: int = WIDTH) -> list[str]:
    """Lines over ``width`` that are not a lone unbreakable word (a URL)."""
    return [ln for ln in text.splitlines() if len(ln) > width and len(ln.split()) > 1]
