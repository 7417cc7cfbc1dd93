"""A model's maker in brackets right after it: "Skarn 4 (Varnwick)", "ostel-2-mini (Quintavel)".

Tables of contents, release calendars, status pages and lists name a model and then its developer in brackets, with
no sentence around to say what the bracketed word is. After a model the rules found, a bracket holding only one or two
capitalised words (not in capitals: "(NEW)", "(NR)") is the maker when the words pass the gate every new lab's name
passes (:func:`nlp.siblings.item_ok`: no person, place, product, calendar or common word) and are no tier or mode of
the model ("(Thinking)", "(Preview)", "(Base)": :data:`nlp.unknown.TIER_WORDS` and the mode words below).
"""
from __future__ import annotations

import re

from .siblings import item_ok
from .unknown import TIER_WORDS

BRACKET = re.compile(r"[ ]?\((?P<name>[A-Z][a-z]{3,}(?:[ ][A-Z][a-z]+)?)\)")
# what a bracket after a model says besides its maker: a mode, a stage, a setting, a language
MODE_WORDS = frozenset("""Think Thinking Reasoning Preview Beta Alpha Base Legacy Default Deprecated Experimental Instruct Chat
Vision Audio Voice Text Code Coding Research Retired Recommended Fallback Primary Backup Local Hosted Cloud Online Offline
Paid Free Open Closed Proprietary Dense Sparse Quantized Distilled Original Updated Current Latest Stable Nightly Draft
Final Internal External Pending Baseline Ours Teacher Student Judge Human English Chinese Japanese Korean French German
Spanish Italian Portuguese Arabic Hindi Russian Multilingual Greek Norwegian Swedish Finnish Danish Dutch Polish Turkish""".split())


def find(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, "ORG", canonical) of the makers bracketed right after a model of ``taken`` ((start, end, label) of
    the names found so far), none overlapping a name found."""
    if "(" not in text:
        return []
    starts = {s for s, _, _ in taken}
    out = []
    for s, e, lab in taken:
        m = BRACKET.match(text, e) if lab == "MODEL" else None
        if m is None:
            continue
        name = m.group("name")
        a = m.start("name")
        if a in starts or name.split()[0] in MODE_WORDS or name in TIER_WORDS or name.split()[0] in TIER_WORDS:
            continue
        if item_ok(name, "ORG"):
            out.append((a, m.end("name"), "ORG", name))
    return out
