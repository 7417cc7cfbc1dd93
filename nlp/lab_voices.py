"""A lab named like its models, speaking: "Ferrow said the new model answers 48.0% of B", "Ferrow's release notes
put it at 52.5%", "Ferrow's latest agent model lands at 39.0% on B".

A lab often shares its name with its model family (Ferrow makes Ferrow-2 Large), and the entity stage may type
the bare lab name MODEL. The sentence reader of `nlp.claims` then gives the figure to the nearest model before
it, the speaker "Ferrow", where the sentence means the model the passage is talking about ("the model", "its own
figure"). This pass moves such a claim to that model: of the models named before the sentence whose name is the
speaker's name plus a version or tier ("Ferrow-2 Large", "Ferrow 3"), the one named most often (then the latest):
the passage's model rather than a predecessor it mentions once; and of those, one the passage already scored on the
claim's benchmark first. The speaker is the name before "says the model", "'s model card", "'s developer",
"'s own page", "'s maker", or after "the developers / makers of". A name that speaks but has no longer relative
before it is left alone (nothing says which model it means).

The same holds when the speaker is named by its model: "the makers behind Ferrow-2 report their model hits N" is
Ferrow-2's N, not the figure of the model the passage talked about before (`behind_speakers`).
"""
from __future__ import annotations

import re

# after the name: it speaks of a model ("said the model", "reports its new system"), or names a document only a
# maker publishes ("'s model card", "'s release notes"), or owns "its latest … model"
_SPEAKS = re.compile(
    r"\s+(?:also\s+|now\s+)?(?:says|said|reports|reported|claims|claimed|announced|announces|states|stated)\s+"
    r"(?:that\s+)?(?:the|its)\s+(?:[\w-]+\s+){0,2}(?:model|system|release|version)\b"
    r"|['’]s?\s+(?:own\s+|official\s+|new\s+|latest\s+)?(?:(?:model|system)\s+card|card|launch\s+(?:page|post|blog|"
    r"deck|table|chart)|release\s+(?:notes|post|blog|table)|blog(?:\s+post)?|technical\s+report|tech\s+report)\b"
    r"|['’]s?\s+(?:new|latest|newest)\s+(?:[\w-]+\s+){0,2}model\b"
    # its maker speaking or a page only its maker writes: "X's developer reported", "X's own page says", "X's
    # maker quotes", "the X model card reports"
    r"|['’]s?\s+(?:own\s+|official\s+)?(?:makers?|developers?|creators?|vendor|(?:product\s+|model\s+|web\s*)?page|"
    r"website|site|announcement|launch\s+notes?|press\s+release)\b"
    r"|\s+(?:model|system)\s+card\b",
    re.I)
# before the name: "the developers of X say …", "X's makers" said the other way round
_MAKERS_OF = re.compile(r"\b(?:makers|developers|creators)\s+of\s+$", re.I)


# "the makers / lab / group behind X report their model …": X, then the speaking verb and "its/their model" or "it"
_BEHIND = re.compile(r"\b(?:team|lab|group|company|start-?up|people|makers|developers|researchers|authors)\s+behind\s+$",
                     re.I)
_BEHIND_SAYS = re.compile(
    r"\s+(?:says|say|said|reports?|reported|claims?|claimed|writes|wrote)\s+(?:that\s+)?(?:(?:its|their)\s+(?:new\s+)?"
    r"(?:model|system)|it)\b", re.I)


def _longer(name: str, canon: str) -> bool:
    """Whether `canon` is `name` with a version or tier after it ("Ferrow" → "Ferrow-2 Large")."""
    n, c = name.lower(), canon.lower()
    return len(c) > len(n) + 1 and c.startswith(n) and c[len(n)] in " -" and any(ch.isalnum() for ch in c[len(n):])


def speaking_labs(text: str, claims: list[dict], ents) -> list[dict]:
    """`claims` with each claim given to a speaking lab name moved to the lab's model meant (module docstring).
    `ents`: (start, end, label, canonical) in text order."""
    models = [e for e in ents if e[2] == "MODEL"]
    if not models:
        return claims
    for c in claims:
        name = c.get("model")
        if not name or "start" not in c:
            continue
        a, b = c["start"], c.get("end", c["start"])
        said = [e for e in models if a <= e[0] and e[1] <= b and e[3] == name
                and (_SPEAKS.match(text, e[1]) or _MAKERS_OF.search(text, max(a, e[0] - 30), e[0]))]
        if not said:
            continue
        before = [e[3] for e in models if e[1] <= said[0][0] and _longer(name, e[3])]
        # a relative the passage already scored on this benchmark first (the card of the model the board lists)
        before = [n for n in before if any(o["model"] == n and o.get("benchmark") == c.get("benchmark")
                                           for o in claims)] or before
        if before:  # the relative named most often so far (the passage's model, not a predecessor named once)
            c["model"] = max(reversed(before), key=before.count)
    return claims


def behind_speakers(text: str, claims: list[dict], ents) -> list[dict]:
    """`claims` with a figure that "the makers behind X report their model" hits given to X (module docstring), when
    no other model is named between X and the figure."""
    models = [e for e in ents if e[2] == "MODEL"]
    if not models or "behind" not in text:
        return claims
    for c in claims:
        if "start" not in c or "behind" not in c.get("sentence", ""):
            continue
        a, b = c["start"], c.get("end", c["start"])
        inside = [e for e in models if a <= e[0] and e[1] <= b]
        for i, e in enumerate(inside):
            if _BEHIND.search(text, max(a, e[0] - 40), e[0]) and _BEHIND_SAYS.match(text, e[1]):
                fig = text.find(str(c["score"]).removesuffix(".0"), e[1], b)
                if fig >= 0 and not any(e[1] <= o[0] < fig for o in inside[i + 1:]):
                    c["model"] = e[3]
                break
    return claims
