"""A part of a benchmark named by its language: "68.0% on the Basque part of X", "first on the Welsh-language part of
X". The entity stage may take the language ("Basque", "Welsh-language") for the benchmark; the claims belong to the
benchmark the part is of (README claims convention: an unnamed language part takes the parent's name, one claim per
number), and a lead in a language part is no place on the board (convention 2: ranks only from overall places).

`language_parts` renames, in every claim of the passage, a benchmark that the text writes right before
"part / section / track / board / split of (the) X" to X (X a benchmark the entity stage found; the part a language's
name, not a split with a name of its own such as "X-Clean" or "X Hard"), and drops the rank claims it renamed. One regex pass per such benchmark name, behind a substring test.
"""
from __future__ import annotations

import re

_PART_OF = re.compile(r"[ \t]+(?:part|section|track|board|split|portion)[ \t]+of[ \t]+(?:the[ \t]+)?", re.I)
# a language's name ("Basque", "North Sámi", "Welsh-language"): one or two plain words, no digit and no word of a
# benchmark's own name; a split the text names ("X-Clean", "X Hard") is a benchmark of its own
_LANGUAGE = re.compile(r"[^\W\d_][^\W\d_'’]*(?:[ \t][^\W\d_]+)?(?:-language)?$")
_OWN_NAME = re.compile(r"bench|eval|qa\b|arena|index|hard|clean|lite|verified|test|exam|set\b", re.I)


def _language(name: str, whole: str) -> bool:
    return bool(_LANGUAGE.match(name)) and not _OWN_NAME.search(name) and not name.lower().startswith(whole.lower()[:4])


def language_parts(text: str, claims: list[dict], ents) -> list[dict]:
    """`claims` with language parts renamed to their benchmark (module docstring); `ents`: (start, end, label,
    canonical) in text order."""
    if " of " not in text or not claims:
        return claims
    benches = [e for e in ents if e[2] == "BENCHMARK"]
    parent: dict[str, str] = {}
    for e in benches:
        m = _PART_OF.match(text, e[1])
        if m is None:
            continue
        whole = next((x for x in benches if x[0] == m.end()), None)
        if whole is not None and whole[3] != e[3] and _language(text[e[0]:e[1]], whole[3]):
            parent.setdefault(e[3], whole[3])
    if not parent:
        return claims
    out = []
    for c in claims:
        if c.get("benchmark") in parent:
            if c.get("unit") == "rank":
                continue  # first in a language part: no place on the board
            c = dict(c, benchmark=parent[c["benchmark"]])
        out.append(c)
    return out
