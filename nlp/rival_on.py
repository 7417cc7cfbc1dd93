"""The arena of a head-to-head comparison: "X beats Y on Z", "tested against Y and W on Z", "Y trails X on Z".

A result that sets one model against another names what they were compared on right after "on"; when the
rival between the verb and "on" is a model (a known one, or a capitalised name with a version digit:
"Brindle 2", "GPT-4.1"; a point inside a version is no sentence break), the technical word after "on" (CamelCase, acronym, letters with digits: "TarnExam",
"ZQMLU") is a benchmark. Sport and calendar ("Arsenal beat Chelsea on Saturday", "voted against Brindle on
Friday") have no versioned rival, or no technical word after "on", and are left alone.

:func:`arena_starts` gives the offsets right after each such "on " (the caller reads the name there with its
technical-word pattern and its usual checks). Cheap gate: the text must hold " on " and one of the verbs.
"""

from __future__ import annotations

import re

_VERBS = ("beat", "outperform", "against", "trail", "ahead of", "edges", "edged", "surpass")
# the comparison's verb, the rival (no sentence break, at most 70 characters), then "on" and a capital
RIVAL_ON = re.compile(r"\b(?:beats?|beating|outperform(?:s|ed|ing)?|against|trails?|trailed|trailing|ahead\s+of|"
                      r"edges?(?:\s+out)?|edged(?:\s+out)?|surpass(?:es|ed|ing)?)\s+(?P<rival>(?:[^.;:!?\n]|\.(?=\d)){2,70}?)\s+on\s+"
                      r"(?:the\s+)?(?=[A-Z\u00c0-\u00de])")
# a rival that is a model by its shape: a capitalised name with a version digit ("Brindle 2", "GPT-4.1", "Vetch-3")
VERSIONED = re.compile(r"(?<![\w.])[A-Z][\w.]*(?:[ \-\u2011][A-Z][\w.]*)?[ \-\u2011]?\d+(?:\.\d+)?[A-Za-z]?\b(?![\-\u2013]\d)")


def arena_starts(text: str, model_spans) -> list[int]:
    """Offsets right after "on " in "<verb> <rival> on <Name>" whose rival holds a model: a span of
    ``model_spans`` ((start, end) pairs) or a versioned capitalised name."""
    if " on " not in text or not any(v in text for v in _VERBS):
        return []
    out = []
    for m in RIVAL_ON.finditer(text):
        a, b = m.span("rival")
        if any(a <= s and e <= b for s, e in model_spans) or VERSIONED.search(m.group("rival")):
            out.append(m.end())
    return out
