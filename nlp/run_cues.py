"""Who ran the numbers of a passage, said once over its tables and lists (README convention 4).

"All scores were obtained by Centre staff on a held copy of the model", "Results were produced by the Institute's
evaluation team", "figures were measured by our engineers": a sentence saying who obtained the scores speaks for
every claim of the passage. The agent decides the kind: an organisation that made one of the passage's models (or
"the company", "the developer") is the developer's own run (self-reported); anyone else — an evaluator's staff, a
team, researchers — is a third party's run (independent); "our"/"we" is left to the passage's voice (a review's "our
engineers" is independent, a model card's is the developer's: `nlp.claim_source.passage_kind` settles it).
"""
from __future__ import annotations

import re

from .claim_source import _same_maker

_OBTAINED = re.compile(
    r"\b(?:scores|results|numbers|figures|runs|evaluations?|measurements|tests)\s+(?:below\s+|here\s+|above\s+)?"
    r"(?:were|was|are|have\s+been|had\s+been)\s+(?:all\s+)?(?:obtained|measured|produced|computed|collected|generated|"
    r"run|graded|conducted|carried\s+out|performed)\s+by\s+(?P<who>[^.;:()\n]{1,60}?)"
    r"(?=\s+(?:on|in|with|using|under|at|over|from|during|between|for)\b|[.;:,()\n]|$)", re.I)
_DEVELOPER_WORDS = re.compile(r"\b(?:the\s+)?(?:company|developer|vendor|maker|makers|model['’]s\s+(?:developer|maker))\b",
                              re.I)
_FIRST = re.compile(r"\b(?:our|we|us|ourselves)\b", re.I)
# a quick reject: every match of _OBTAINED has one of these
_WORDS = (" by ",)


def obtained_by(piece: str, ents, developers: set) -> str | None:
    """The kind a "scores were obtained by X" sentence gives the passage: "self-reported" when X is a developer
    of the passage's models (`developers`; `ents` as in `nlp.claim_source.source_kind`, offsets in `piece`),
    "independent" for anyone else, "first-person" for "our …" / "we", None when the piece says no such thing."""
    if " by " not in piece:
        return None
    m = _OBTAINED.search(piece)
    if m is None:
        return None
    who = m.group("who")
    a, z = m.span("who")
    if _FIRST.search(who):
        return "first-person"
    if _DEVELOPER_WORDS.search(who):
        return "self-reported"
    orgs = [canon for s, e, label, canon, _ in ents if label == "ORG" and s < z and a < e]
    if any(_same_maker(o, d) for o in orgs for d in developers):
        return "self-reported"
    return "independent"
