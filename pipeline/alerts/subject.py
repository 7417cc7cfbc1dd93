"""When an article is *about* an entity, not only naming it in passing: one small rule, kept in
one place so it can be replaced by the digest's subject weights when those land.

The rule: the name is in the title, or in the lead (the first sentence of the text), or the
article mentions it at least ``min_mentions`` times (a watch's setting, 4 by default).
"""
from __future__ import annotations

import re

from nlp.canonical import flex

LEAD_SENTENCES = 1


def in_title(title: str, surfaces: list[str]) -> bool:
    """Whether any of the written forms appears in ``title`` as a whole name (any case, any
    separator: "DeepSeek V3.2" matches "DeepSeek-V3.2", but "GPT-5" matches neither "GPT-5.1" nor
    "GPT-5-Codex", other models)."""
    for s in surfaces:
        if s.strip() and re.search(rf"(?<![\w.]){flex(s)}(?![\w]|[.\-]\w)", title or "", re.I):
            return True
    return False


def subject_reason(title: str, surfaces: list[str], mentions: int, first_sentence: int | None,
                   min_mentions: int) -> str | None:
    """Why the article is about the entity ("in the title", "in the lead", "mentioned N times"),
    or None when it only mentions it in passing."""
    if in_title(title, surfaces):
        return "in the title"
    if first_sentence is not None and first_sentence < LEAD_SENTENCES:
        return "in the lead"
    if mentions >= min_mentions:
        return f"mentioned {mentions} times"
    return None
