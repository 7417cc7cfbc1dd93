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
    r"the leaderboard shows|(?:the )?maintainers)\b",
    re.I,
)
_SELF = re.compile(
    r"\b(?:(?:the )?(?:company|lab|team|developer|startup|firm)(?:['’]s)?\s+(?:said|says|reports?|reported|claims?|"
    r"claimed|notes?|noted|wrote|writes|lists?|listed|published|announced|own)|according to (?:the )?"
    r"(?:company|lab|developer|team)|(?:launch|release) (?:post|notes|blog|announcement|chart)|model card|"
    r"technical report|tech report|system card|release notes|announcement|internal (?:tests|testing|evaluation)|"
    r"(?<!our )own (?:count|figures|numbers|tests|evaluations?|testing|harness|grading|runs)|in-house)\b",
    re.I,
)
# an organisation that speaks: "Mistral says", "xAI's launch chart", "according to Meta", "by Google"
_SPEAKS_AFTER = re.compile(
    r"(?:['’]s\s+(?:own\s+)?[\w-]+(?:\s+[\w-]+)?|\s+(?:also\s+)?(?:said|says|reports?|reported|claims?|claimed|lists?|"
    r"listed|published|notes?|noted|announced|wrote|writes|found|measured|ran|put|puts|checked|ranks?|ranked|"
    r"verified|certified|confirmed|audited))\b",
    re.I,
)
_SPEAKS_BEFORE = re.compile(r"\b(?:according to|per|by|from)\s+(?:the\s+)?$", re.I)
_LEADERBOARD = re.compile(r"arena|index|leaderboard", re.I)


def sentence_cues(sentence: str, ents) -> tuple[bool, bool, list[str]]:
    """(independent cue, developer cue, organisations speaking) of a sentence: worked out once per
    sentence, whatever the number of claims in it."""
    speakers = [canon for s, e, label, canon, _ in ents if label == "ORG" and (
        _SPEAKS_AFTER.match(sentence, e) or _SPEAKS_BEFORE.search(sentence, max(0, s - 20), s))]
    return bool(_INDEPENDENT.search(sentence)), bool(_SELF.search(sentence)), speakers


def _same_maker(speaker: str, developer: str) -> bool:
    """The same organisation, or a lab of the same company ("Google DeepMind" for a "Google"
    model): names that share their first word."""
    return speaker == developer or speaker.split()[:1] == developer.split()[:1]


# a number the sentence attributes to someone: "DeepSeek's reported 93.1%", "93.1%, as Mistral reported",
# "the 93.1% DeepSeek claims" (ORG before / after the number; the sentence's own cue may be another's)
_ATTRIBUTED_BEFORE = re.compile(r"['’]s\s+(?:own\s+|official(?:ly)?\s+)?(?:reported|claimed|stated|published|"
                                r"announced|self-reported|quoted)\s+(?:figure\s+of\s+|score\s+of\s+|result\s+of\s+)?$",
                                re.I)
_ATTRIBUTED_AFTER = re.compile(r"^%?\s*,?\s*(?:as\s+)?(?:reported|claimed|stated|published|announced|quoted)\s+by\s+"
                               r"(?:the\s+)?$|^%?\s*,?\s*(?:as\s+|that\s+)?$", re.I)
_ATTRIBUTED_VERB = re.compile(r"\s*(?:reports?|reported|claims?|claimed|states?|stated|quotes?|quoted|"
                              r"published|announced)\b", re.I)


def attributed_to(sentence: str, ents, score: float) -> str | None:
    """The organisation a number is credited to right beside it ("DeepSeek's reported 93.1%",
    "93.1%, as reported by DeepSeek", "the 93.1% DeepSeek reported"), when the sentence writes the
    number once; None otherwise."""
    text = f"{score:g}"
    found = [m for m in re.finditer(rf"(?<![\d.]){re.escape(text)}(?:\.0+)?(?![\d]|\.\d)", sentence)]
    if len(found) != 1:
        return None
    a, z = found[0].start(), found[0].end()
    for s, e, label, canon, _ in ents:
        if label != "ORG":
            continue
        if e <= a and a - e <= 40 and _ATTRIBUTED_BEFORE.search(sentence[e:a]):
            return canon
        if s >= z and s - z <= 30 and _ATTRIBUTED_AFTER.match(sentence[z:s]) and (
                "by" in sentence[z:s].lower() or _ATTRIBUTED_VERB.match(sentence, e)):
            return canon
    return None


def source_kind(sentence: str, ents, benchmark: str | None = None, cues=None, score: float | None = None) -> str:
    """`ents`: (start, end, label, canonical, org) of the sentence's entities, offsets in `sentence`;
    `org` is a model's developer (None when unknown or not a model). `cues`: `sentence_cues` of the
    sentence, when already known."""
    independent, self_cue, speakers = cues if cues is not None else sentence_cues(sentence, ents)
    developers = {org for _, _, label, _, org in ents if label == "MODEL" and org}
    credited = attributed_to(sentence, ents, score) if score is not None and developers else None
    if credited is not None:  # the number's own credit outweighs the sentence's ("we measured X, close to its reported Y")
        return "self-reported" if any(_same_maker(credited, dev) for dev in developers) else "independent"
    if independent:
        return "independent"
    if any(_same_maker(sp, dev) for sp in speakers for dev in developers):
        return "self-reported"
    if self_cue:
        return "self-reported"
    if speakers:
        return "independent"
    if benchmark and _LEADERBOARD.search(benchmark):
        return "independent"
    return "unknown"
