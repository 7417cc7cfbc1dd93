"""The same model's figure before a change, in the sentence that gives the figure after it: "X now reaches 71.4% on
B, up from 66.0% for the same weights", "…, rising from 40.2 percent before our grader patch", "…, up from 30.5% for
the old weights they replace".

A bare "up from N%" is the sentence reader's to drop (`nlp.claims`: it is usually an unnamed predecessor's), and
`nlp.clause_binding.same_model_claims` reads only "for the same model / system / checkpoint". Revision notes and
model-card updates say the same with the weights or the event: the earlier figure is the same model's on the same
board (README: a same-model before/after cites the before), so it is a claim beside the sentence's own. Read only
when the sentence's claims before the figure give exactly one (model, benchmark); "for its base checkpoint" or
"for the previous version, Y" are other models and stay out.
"""
from __future__ import annotations

import re

from .stem_starts import StemStarts
from .numbers import FIGURE_TEXT

_NUMBER = FIGURE_TEXT
_PLACE_UNITS = ("rank", "medal", "percentile")
# (tried only where "up", "down", "rising" … begins, in a text holding "weights" or "before": nlp.stem_starts)
_EARLIER = StemStarts(re.compile(
    rf"\b(?:up|down|rising|falling|climbing)\s+from\s+(?P<n>{_NUMBER})(?P<u>\s*(?:%|percent\b|per\s+cent\b|points?\b))?"
    r"\s+(?:for\s+the\s+same\s+weights\b|for\s+the\s+(?:old\s+)?weights\s+(?:it|they)\s+replaces?\b|"
    r"(?:for\s+the\s+same\s+weights\s+)?before\s+(?:the|this|that|its|our)\s+(?:[\w-]+\s+){0,2}"
    r"(?:fix|refresh|update|patch|retrain(?:ing)?|re-?training|upgrade|rescoring|re-?scoring)\b)", re.I))


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def earlier_states(text: str, claims: list[dict]) -> list[dict]:
    """The same model's earlier figures of `text` (module docstring), as new claims beside `claims`."""
    if "from" not in text or not claims:
        return []
    out = []
    for m in _EARLIER.finditer(text):
        at = m.start("n")
        own = [c for c in claims if c["start"] <= m.start() < c["end"] and c.get("unit") not in _PLACE_UNITS
               and not c.get("is_comparison") and not isinstance(c.get("comparison"), dict)]
        pairs = {(c["model"], c["benchmark"]) for c in own}
        value = _num(m.group("n"))
        if len(pairs) != 1 or any(c["start"] <= at < c["end"] and c["score"] == value for c in claims):
            continue
        first = own[0]
        u = (m.group("u") or "").strip().lower()
        unit = "%" if u and not u.startswith("point") else first["unit"]
        out.append(dict(first, score=value, unit=unit, comparison=None))
    return out
