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


def same_maker(speaker: str, developer: str) -> bool:
    """The same organisation, or a lab of the same company ("Google DeepMind" for a "Google"
    model): names that share their first word."""
    return speaker == developer or speaker.split()[:1] == developer.split()[:1]


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
    if any(same_maker(o, d) for o in orgs for d in developers):
        return "self-reported"
    return "independent"


# --------------------------------------------------------------------------- a developer's person speaking
# A transcript's turns: "GUEST (Reuben Achterberg, CTO, Blackthorn Labs): Corvid 3 Pro is at 58.2 there", later
# "ACHTERBERG: Fifty-five flat when we ran it", "WANJIRU KAMAU (Mvule Labs): On Sheng-QA we're at 58.1%": the turns of
# a speaker the passage ties to an organisation that made one of its models are that developer speaking
# (README convention 4: the company's own person is the company).
_TURN = re.compile(r"(?m)^[ \t*_>]*(?P<label>[A-Z][A-Za-z .'’-]{0,40}?)[ \t]*(?:\((?P<paren>[^()\n]{1,100})\))?[*_]*[ \t]*:"
                   r"(?=[ \t]+\S)")
_LABEL_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_GENERIC = {"host", "guest", "moderator", "interviewer", "q", "a", "question", "answer", "note", "update", "source",
            "sources", "model", "developer", "benchmark", "score", "scores", "results", "comment", "reply", "edit"}


def speaker_turns(text: str, rows, developers: set) -> list[tuple[int, int]]:
    """(start, end) of the turns of a transcript whose speaker the passage ties to a developer of its models
    (`rows`: (start, end, label, canonical, developer) entity rows in text order, offsets in `text`)."""
    if ":" not in text or not developers:
        return []
    turns = [m for m in _TURN.finditer(text) if m.group("label").strip()]
    if len(turns) < 2:
        return []
    affiliated: dict[str, str] = {}  # a speaker's name words (upper-cased) -> organisation
    for m in turns:
        if not m.group("paren"):
            continue
        a, z = m.span("paren")
        orgs = [r[3] for r in rows if r[2] == "ORG" and a <= r[0] and r[1] <= z]
        if not orgs:
            continue
        words = _LABEL_WORD.findall(m.group("label")) + _LABEL_WORD.findall(m.group("paren").split(",")[0])
        for w in words:
            if w.lower() not in _GENERIC and len(w) > 2:
                affiliated.setdefault(w.upper(), orgs[0])
    if not affiliated:
        return []
    out = []
    for i, m in enumerate(turns):
        words = [w.upper() for w in _LABEL_WORD.findall(m.group("label"))]
        words += [w.upper() for w in _LABEL_WORD.findall((m.group("paren") or "").split(",")[0])]
        org = next((affiliated[w] for w in words if w in affiliated), None)
        if org is None or not any(same_maker(org, d) for d in developers):
            continue
        end = turns[i + 1].start() if i + 1 < len(turns) else len(text)
        out.append((m.start(), end))
    return out


# --------------------------------------------------------------------------- a prose caption for what follows
# "The numbers below are the final balances as published on Andon Labs' leaderboard.", "All figures that follow are
# from the company's launch post": a sentence of the prose saying whose the numbers below it are speaks for every
# line after it, as a caption over a table does (`nlp.claim_source.note_scopes`).
_BELOW = re.compile(r"\b(?:numbers|figures|scores|results|ratings|balances)\s+(?:below|that\s+follow|which\s+follow|"
                    r"in\s+this\s+(?:post|piece|article|story))\b|\bthe\s+following\s+(?:numbers|figures|scores|results)\b",
                    re.I)
_SENT_END = re.compile(r"[.!?](?=\s|$)|\n")


def below_scopes(text: str) -> list[tuple[int, int, int, int]]:
    """(scope start, scope end, note start, note end) for each sentence saying whose the numbers below are: the
    scope runs from the sentence's end to the end of the text."""
    out = []
    for m in _BELOW.finditer(text):
        a = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n", 0, m.start()) + 1, 0)
        e = _SENT_END.search(text, m.end())
        z = len(text) if e is None else e.end()
        if z < len(text):
            out.append((z, len(text), a, z))
    return out
