"""Who stands behind a claimed score: ``source_kind`` of a claim, from cues in its sentence.

"self-reported"  the developer says so: "Anthropic said", "according to the company", "in its
                 launch post", "the model card lists", where the organisation speaking made a model
                 the sentence names;
"independent"    someone else measured it: "independent testing by", "in our tests", "verified by",
                 an organisation speaking that made none of the sentence's models, or a leaderboard
                 (an arena or index is run by a third party) with no developer cue;
"unknown"        no cue.

Cues are read in the claim's sentence only: one sentence's source says nothing about the next.
"""
from __future__ import annotations

import re

_INDEPENDENT = re.compile(
    r"\b(?:independent(?:ly)?|third[- ]party|in our (?:own )?(?:tests|runs|testing|evaluation)|our (?:own )?"
    r"(?:tests|runs|testing|evaluation|harness|reruns)|we (?:tested|ran|measured|verified)|any model we tested|"
    r"(?:verified|certified|confirmed|audited) by|"
    r"the leaderboard shows|(?:the )?maintainers|(?:our|we) (?:re)?runs?|(?:in|from) our (?:re)?run|"
    r"(?:per|according to|by|from) the (?:organi[sz]ers|benchmark authors|leaderboard))\b",
    re.I,
)
_SELF = re.compile(
    r"\b(?:(?:the )?(?:company|lab|team|developer|startup|firm)(?:['’]s)?\s+(?:said|says|reports?|reported|claims?|"
    r"claimed|notes?|noted|wrote|writes|lists?|listed|published|announced|own)|according to (?:the )?"
    r"(?:company|lab|developer|team)|(?:launch|release) (?:post|notes|blog|announcement|chart)|model card|"
    r"technical report|tech report|system card|release notes|announcement|internal (?:tests|testing|evaluation)|"
    r"(?<!our )own (?:count|figures|numbers|tests|evaluations?|testing|harness|grading|runs)|in-house|"
    r"self-run|self-reported|vendor[- ]reported|(?:reported|published|provided) by (?:the |each |its )?"
    r"(?:vendors?|developers?|makers?|labs?)|(?:vendor|developer|official) (?:figures|numbers|scores|results)|"
    r"(?:launch|release) (?:table|figures|numbers)|"
    r"our (?:[\w-]+\s+){0,3}?(?:model|flagship))\b",  # "our 4B on-device model, X, scores": the maker speaks
    re.I,
)
# an organisation that speaks: "Mistral says", "xAI's launch chart", "according to Meta", "by Google"
_SPEAKS_AFTER = re.compile(
    r"(?:['’]s\s+(?:own\s+)?[\w-]+(?:\s+[\w-]+)?|\s+(?:also\s+)?(?:said|says|reports?|reported|claims?|claimed|lists?|"
    r"listed|published|notes?|noted|announced|wrote|writes|found|measured|ran|put|puts|checked|ranks?|ranked|"
    r"verified|certified|confirmed|audited|figures|numbers|results|data))\b",
    re.I,
)
_SPEAKS_BEFORE = re.compile(r"\b(?:according to|per|by|from)\s+(?:the\s+)?$", re.I)
_LEADERBOARD = re.compile(r"arena|index|leaderboard", re.I)


def sentence_cues(sentence: str, ents) -> tuple[bool, bool, list[str], dict[float, str]]:
    """(independent cue, developer cue, organisations speaking, numbers credited to one: :func:`credits`)
    of a sentence: worked out once per sentence, whatever the number of claims in it."""
    speakers = [canon for s, e, label, canon, _ in ents if label == "ORG" and (
        _SPEAKS_AFTER.match(sentence, e) or _SPEAKS_BEFORE.search(sentence, max(0, s - 20), s))]
    return bool(_INDEPENDENT.search(sentence)), bool(_SELF.search(sentence)), speakers, credits(sentence, ents)


def _same_maker(speaker: str, developer: str) -> bool:
    """The same organisation, or a lab of the same company ("Google DeepMind" for a "Google"
    model): names that share their first word."""
    return speaker == developer or speaker.split()[:1] == developer.split()[:1]


# a number the sentence credits to an organisation right beside it: "DeepSeek's reported 93.1%",
# "93.1%, as reported by Mistral", "the 93.1% DeepSeek claims" (the sentence's own cue may be another's)
_NUM = r"(?P<n>(?<![\w.])\d+(?:\.\d+)?)(?![\d.]?\d)"
_CREDIT_AFTER_ORG = re.compile(r"['’]s\s+(?:own\s+|official(?:ly)?\s+)?(?:reported|claimed|stated|published|announced|"
                               r"self-reported|quoted)\s+(?:figure\s+of\s+|score\s+of\s+|result\s+of\s+)?" + _NUM, re.I)
_CREDIT_BEFORE_ORG = re.compile(_NUM + r"%?\s*,?\s*(?:(?:as\s+)?(?:reported|claimed|stated|published|announced|quoted)"
                                r"\s+by\s+(?:the\s+)?|(?P<bare>(?:as\s+|that\s+)?))$", re.I)
_CREDIT_VERB = re.compile(r"\s*(?:reports?|reported|claims?|claimed|states?|stated|quotes?|quoted|published|announced)\b",
                          re.I)
_ANY_NUM = re.compile(_NUM)


def credits(sentence: str, ents) -> dict[float, str]:
    """The numbers a sentence credits to an organisation right beside them, by value (numbers the
    sentence writes more than once are left out): worked out once per sentence."""
    orgs = [(s, e, canon) for s, e, label, canon, _ in ents if label == "ORG"]
    if not orgs:
        return {}
    out: dict[float, str] = {}
    for s, e, canon in orgs:
        m = _CREDIT_AFTER_ORG.match(sentence, e)
        if m is None:
            m = _CREDIT_BEFORE_ORG.search(sentence, max(0, s - 40), s)
            if m is not None and m.group("bare") is not None and not _CREDIT_VERB.match(sentence, e):
                m = None
        if m is not None:
            out.setdefault(float(m.group("n")), canon)
    if out:
        seen: dict[float, int] = {}
        for m in _ANY_NUM.finditer(sentence):
            v = float(m.group("n"))
            seen[v] = seen.get(v, 0) + 1
        out = {v: org for v, org in out.items() if seen.get(v) == 1}
    return out


def attributed_to(sentence: str, ents, score: float) -> str | None:
    """The organisation the sentence credits with ``score`` right beside it (see :func:`credits`)."""
    return credits(sentence, ents).get(score)


def source_kind(sentence: str, ents, benchmark: str | None = None, cues=None, score: float | None = None) -> str:
    """`ents`: (start, end, label, canonical, org) of the sentence's entities, offsets in `sentence`;
    `org` is a model's developer (None when unknown or not a model). `cues`: `sentence_cues` of the
    sentence, when already known."""
    independent, self_cue, speakers, credited_by = cues if cues is not None else sentence_cues(sentence, ents)
    developers = {org for _, _, label, _, org in ents if label == "MODEL" and org}
    credited = credited_by.get(score) if score is not None and developers else None
    if credited is not None:  # the number's own credit outweighs the sentence's ("we measured X, close to its reported Y")
        return "self-reported" if any(_same_maker(credited, dev) for dev in developers) else "independent"
    kind = _kind_of(independent, self_cue, speakers, developers)
    if kind == "unknown" and benchmark and _LEADERBOARD.search(benchmark):
        return "independent"
    return kind


def _kind_of(independent: bool, self_cue: bool, speakers: list[str], developers: set) -> str:
    """The order of the cues: an independent cue, a developer speaking, a self-report cue, someone
    else speaking."""
    if independent:
        return "independent"
    if any(_same_maker(sp, dev) for sp in speakers for dev in developers):
        return "self-reported"
    if self_cue:
        return "self-reported"
    if speakers:
        return "independent"
    return "unknown"


# --------------------------------------------------------------------------- passage-level notes
# A caption or a note speaks for the lines it covers: "Results on B from our rerun:" over a list,
# "(figures as published by each vendor)" or "Source: Moonshot AI." under a table, "All numbers
# from X's launch table." anywhere. A row or a bullet has no cue of its own; its note has.
_NOTE_LINE = re.compile(
    r"^\W*(?:\(.*\)|(?:sources?|notes?|figures|numbers|scores|results|data)\b.*|all (?:the )?(?:numbers|figures|scores|"
    r"results)\b.*)\W*$", re.I)
_ALL_NOTE = re.compile(r"\ball (?:the )?(?:numbers|figures|scores|results)\b", re.I)
_HEADING_LINE = re.compile(r"^\s*#{1,6}\s")


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def note_scopes(text: str) -> list[tuple[int, int, int, int]]:
    """(scope start, scope end, note start, note end): the lines a caption or note speaks for.

    A line ending with ":" (or a Markdown heading) covers the lines right under it, up to a blank
    line; a note line (in parentheses, or starting "Source:", "Figures …", "All numbers …") covers
    the run of lines right over it (one blank line between allowed), and the whole text when it
    says "all numbers / figures / scores"."""
    if "\n" not in text:
        return []
    lines = _lines(text)
    blank = [not text[a:b].strip() for a, b in lines]
    # first and last line of the run of non-blank lines each line is in, in two passes: linear
    first, last = [0] * len(lines), [0] * len(lines)
    for i in range(len(lines)):
        first[i] = i if i == 0 or blank[i - 1] else first[i - 1]
    for i in reversed(range(len(lines))):
        last[i] = i if i == len(lines) - 1 or blank[i + 1] else last[i + 1]
    out = []
    for i, (a, b) in enumerate(lines):
        if blank[i]:
            continue
        line = text[a:b].strip()
        if line.endswith(":") or _HEADING_LINE.match(text, a, b):
            if last[i] > i:
                out.append((lines[i + 1][0], lines[last[i]][1], a, b))
        elif len(line) <= 200 and _NOTE_LINE.match(line):
            if _ALL_NOTE.search(line):
                out.append((0, len(text), a, b))
                continue
            j = i - 1
            if j >= 0 and blank[j]:
                j -= 1  # one blank line between a table and its note
            if j >= 0 and not blank[j]:
                out.append((lines[first[j]][0], lines[j][1], a, b))
    return out


def note_kind(note: str, ents, developers: set) -> str:
    """source_kind a note gives the claims it covers: `ents` are the note's entities as in
    :func:`source_kind`, `developers` the makers of the models in the lines it covers (a
    developer's table speaks for its rivals' rows too: "All numbers from X's launch table")."""
    independent, self_cue, speakers, _ = sentence_cues(note, ents)
    return _kind_of(independent, self_cue, speakers, developers)
