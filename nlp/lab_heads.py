"""A lab named like its models: "Drossel" the company beside "Drossel-5" the model.

Labs often give their model family their own name. The reader of new names spreads a family's word alone
as the family (MODEL) through the text, which is right for "Drossel beat Gemini" but wrong where the text
shows the word acting as the company: raising money, releasing, reporting ("Drossel raises $310 million",
"Drossel released Drossel-5 Turbo"), an apposition naming a lab ("Drossel, the Lisbon start-up behind ..."),
its people or money ("Drossel's founders"). One such mention makes the bare word the lab in that text
(guidelines §1: a bare name is MODEL only where it denotes the model); a mention followed by a score stays
the model ("Drossel at 81.2").
"""

from __future__ import annotations

import re

from .canonical import HYPHENS

_H = re.escape(HYPHENS)
# what a company does that a model does not: money, releases, reports, hiring; "X, the ... lab behind ..." (not
# "releases"/"launches", plural nouns as often as verbs: "most Qwen releases")
COMPANY_AFTER = re.compile(
    rf"\s+(?:has\s+|have\s+|had\s+|also\s+|just\s+|now\s+|then\s+)?(?:raised|raises|released|launched|"
    rf"unveiled|unveils|open[{_H}]?sourced|put\s+out|puts\s+out|shipped|announced|announces|quotes|quoted|"
    rf"reports|reported|hired|hires|employs|owns|was\s+founded|is\s+funded|is\s+private|is\s+valued|"
    rf"(?:says|said)\s+(?:it|its|that\s+it|on|in\s+a)\b)\b"
    rf"|,\s+(?:a|an|the)\s+(?:[\w.&'\u2019{_H}]+\s+){{0,4}}?(?:lab|laboratory|start[{_H}]?up|company|firm|developer|maker)\b"
    rf"|['\u2019]s\s+(?:co[{_H}]?founders?|founders?|CEO|CTO|chief|staff|employees|valuation|funding|investors|"
    rf"(?:(?:new|own|latest|consumer|flagship)\s+)*(?:assistant\s+)?app)\b")
# a score right after the word: the model, whatever the text calls the lab ("Drossel at 81.2", "Drossel | 74")
SCORE_AFTER = re.compile(r"\s*(?:\|\s*\d|\s+(?:at|scored|scores|achieves|achieved|reaches|reached|hits|hit|posts|posted)\s+\d)")


def _bare(text: str, i: int, j: int) -> bool:
    """The word at [i, j) alone: not inside a longer word, an id or a versioned name ("Drossel-5")."""
    if i and (text[i - 1].isalnum() or text[i - 1] in "_.@/" + HYPHENS):
        return False
    return not (j < len(text) and (text[j].isalnum() or text[j] in "_" + HYPHENS or text[j] == "." and text[j + 1:j + 2].isalnum()))


def company_mentions(text: str, word: str) -> list[tuple[int, int]]:
    """(start, end) of the bare mentions of ``word`` that act as a company (see the module's cues)."""
    out = []
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if _bare(text, i, j) and COMPANY_AFTER.match(text, j):
            out.append((i, j))
        i = text.find(word, j)
    return out


def company_words(text: str, words) -> set[str]:
    """The one-word family names among ``words`` that the text shows acting as a company at least once."""
    return {w for w in words if " " not in w and w[:1].isupper() and company_mentions(text, w)}


def scored_after(text: str, end: int) -> bool:
    """Whether a score follows the name ending at ``end``: that mention is the model."""
    return SCORE_AFTER.match(text, end) is not None
