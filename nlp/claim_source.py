"""Who stands behind a claimed score: ``source_kind`` of a claim, from cues in its sentence.

"self-reported"  the developer says so: "Anthropic said", "according to the company", "in its
                 launch post", "the model card lists", where the organisation speaking made a model
                 the sentence names;
"independent"    someone else measured it: "independent testing by", "in our tests", "verified by",
                 an organisation speaking that made none of the sentence's models, or a leaderboard
                 (an arena or index is run by a third party) with no developer cue;
"unknown"        no cue.

Cues are read nearest first: the claim's sentence, then a caption or note over or under its lines
(`note_scopes`), then the passage's own cue (`passage_kind`: a launch post's intro, a model card, a
leaderboard host's or a reviewer's own run; README convention 4), unless the sentence hedges (`HEDGE`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .numbers import any_finder, has_any, lowered
from .run_cues import obtained_by, same_maker as _same_maker  # (one maker: shared with who ran the numbers)
from .reported_speech import developer_said  # the developer's word in indirect and translated speech
from .string_memo import searcher
from .needed_words import literal_gated
from .table_rows import _line_list  # (start, end) of every line, without its break

_ASSESSORS = (r"(?:committee|panel|jury|assessors?|evaluators?|auditors?|examiners?|coordinators|graders|markers|"
              r"validation\s+(?:unit|team|function)|"
              r"(?:evaluation|assessment)\s+(?:unit|team|panel|committee|board))")
_INDEPENDENT = re.compile(
    r"\b(?:independent(?:ly)?|third[- ]party|in our (?:own )?(?:tests|runs|testing|evaluation)|our (?:own )?"
    r"(?:tests|runs|testing|evaluation|harness|reruns)|we (?:tested|ran|measured|verified)|any model we tested|"
    r"(?:verified|certified|confirmed|audited) by|"
    r"the leaderboard shows|(?:the )?maintainers|(?:our|we) (?:re)?runs?|(?:in|from) our (?:re)?run|"
    r"(?:per|according to|by|from) the (?:organi[sz]ers|benchmark authors|leaderboard)|"
    r"re-?test(?:s|ed|ing)?|outside (?:tests|testing|runs)|(?-i:verifie[sd]) (?:scores|results|entries|runs)|"
    r"(?-i:verified) (?:board|leaderboard|score|result|entry|run)s?|the (?:organi[sz]ers|authors|maintainers) of|"
    r"(?:team|group|lab|authors|people) (?:that|who) (?:built|made|created|maintains?|wrote) the (?:benchmark|test|board)|"
    r"the benchmark['’]s (?:own )?(?:authors|makers|creators|maintainers)|for me(?=\s*[,.;)]|\s*$)|"
    # a third party's own runs ("her team's own runs", "his own tests"), the authors' or a maintainer's run, a board's figures
    r"(?:her|his|my)\s+(?:(?:team|group|lab|students)['’]s?\s+)?own\s+(?:runs?|tests?|testing|numbers|figures|measurements?|"
    r"evaluations?|harness)|the\s+(?:authors|researchers|maintainers|organi[sz]ers|evaluators)\s+(?:also\s+|then\s+)?"
    r"(?:measured|ran|tested|scored|found|evaluated|got|re-?ran|graded)|maintains?\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:harness|benchmark|leaderboard|board|eval(?:uation)?\s+suite)|(?:published|posted|listed|shown|reported)\s+on\s+"
    r"(?:the\s+)?(?:[\w.-]+(?:['’]s?)?\s+){0,3}?(?:leaderboard|board|scoreboard|standings)|"
    # "run on our own servers", "with our default scaffold": the host's own setup
    r"our\s+(?:own\s+)?(?:servers|hardware|machines|gpus|cluster|scaffold)|our\s+(?:default|standard)\s+(?:scaffold|harness|"
    r"setup|settings)|"
    # "All runs are ours": first person, the voice decides; a board's own table or listing
    r"runs\s+(?:are|were)\s+(?:all\s+)?ours|"  # (not "the numbers are ours": a deck's own figures)
    r"(?:table|figures|numbers|results|paper)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:authors|organi[sz]ers|maintainers)|"
    r"(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:board|leaderboard)\s+(?:lists|listed|ranks|ranked|puts|put|places|placed)|"
    # "Rival numbers were re-run by us", "All models run by us through their APIs": first person, the voice decides
    r"(?:re-?run|run|ran|measured|tested|evaluated|obtained|computed|graded|scored)\s+(?:all\s+)?by\s+us|"
    # a buyer's or a validator's own evaluation: "run by the evaluation committee", "the panel scored the output",
    # "Results (validation unit's runs)": a tender's or an audit's assessors test the bidders' models
    r"(?:re-?run|run|ran|measured|tested|evaluated|obtained|computed|graded|scored|conducted|carried\s+out|published|announced|"
    r"released|marked)(?:\s+(?:blind|blindly|independently|manually|separately))?\s+by\s+(?:the|an?|its|their)\s+(?:[\w'’-]+\s+){0,2}?" + _ASSESSORS + r"|" + _ASSESSORS + r"['’]s?\s+(?:own\s+)?(?:runs?|tests?|"
    r"measurements?|figures|scores|evaluations?|scoring)|(?:evaluation|validation|assessment|selection|award)\s+"
    r"(?:committee|panel|unit|team|board|jury)\s+(?:(?:also|then|first|has|had|have)\s+)?(?:translated|scored|ran|re-?ran|"
    r"tested|measured|evaluated|graded|ran|validated|assessed))\b",
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
    r"(?:launch|release) (?:table|figures|numbers|materials)|vendor[- ](?:published|supplied|provided|stated|claimed)|"
    r"internal (?:runs?|benchmarks?)|card\s+(?:also\s+)?(?:lists?|listed|says|said|claims?|claimed|gives|gave)|(?:its|their) (?:makers|developers|creators) (?:(?:had|have|has) )?"
    r"(?:said|say|says|claimed|claim|claims|reported|report|reports|published|listed)|"
    r"our (?:[\w-]+\s+){0,3}?(?:model|flagship)|"
    # "the makers' own headline figures", "the developers' numbers"
    r"(?:the\s+)?(?:makers|developers|vendors|labs|companies)['’]\s+(?:own\s+)?(?:headline\s+|published\s+|official\s+)?"
    r"(?:figures|numbers|scores|results|claims|charts?|tables?))\b",  # "our 4B on-device model, X, scores": the maker speaks
    re.I,
)
# (_SELF is read for whether a sentence or a clause has the cue, never for where it is: "card lists" stands for "the
# Quillmere card lists" too, so that every match begins with a known word and the gate scans from those: nlp.needed_words)
# an organisation that speaks: "Mistral says", "xAI's launch chart", "according to Meta", "by Google"
_SPEAKS_AFTER = re.compile(
    r"(?:['’]s\s+(?:own\s+)?[\w-]+(?:\s+[\w-]+)?|\s+(?:(?:itself|themselves)\s+)?(?:also\s+)?(?:(?:had|has|have)\s+)?(?:said|says|reports?|reported|"
    r"claims?|claimed|lists?|listed|published|notes?|noted|announced|announces|wrote|writes|found|measured|ran|put|puts|got|obtained|"
    r"checked|ranks?|ranked|verified|verifies|verify|certified|confirmed|audited|figures|numbers|results|data))\b",
    re.I,
)
# "by X" is not X speaking when X made the benchmark ("a benchmark made by Korea University")
_SPEAKS_BEFORE = re.compile(r"\b(?:according to|per|(?<!made )(?<!built )(?<!created )(?<!developed )(?<!designed )"
                            r"(?<!written )(?<!maintained )(?<!curated )by|from)\s+(?:the\s+)?$", re.I)
_LEADERBOARD = re.compile(r"arena|index|leaderboard", re.I)


def sentence_cues(sentence: str, ents) -> tuple[bool, bool, list[str], dict[float, str]]:
    """(independent cue, developer cue, organisations speaking, numbers credited to one: :func:`credits`)
    of a sentence: worked out once per sentence, whatever the number of claims in it."""
    return (bool(cue_independent(sentence)), bool(cue_self(sentence)) or developer_said(sentence, ents),
            _speakers(sentence, ents), credits(sentence, ents))


def _speakers(sentence: str, ents) -> list[str]:
    """The organisations speaking in a sentence (:func:`sentence_cues`' third part)."""
    models = {s for s, _, label, _, _ in ents if label == "MODEL"}  # "Ormidan's Pelliston 4 climbed": a maker, not a speaker
    return [canon for s, e, label, canon, _ in ents if label == "ORG" and (
        (_SPEAKS_AFTER.match(sentence, e) and not (e + 3 in models and sentence[e + 1:e + 3] == "s "))
        or _SPEAKS_BEFORE.search(sentence, max(0, s - 20), s))]


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


def note_scopes(text: str) -> list[tuple[int, int, int, int]]:
    """(scope start, scope end, note start, note end): the lines a caption or note speaks for.

    A line ending with ":" (or a Markdown heading) covers the lines right under it, up to a blank
    line; a note line (in parentheses, or starting "Source:", "Figures …", "All numbers …") covers
    the run of lines right over it (one blank line between allowed), and the whole text when it
    says "all numbers / figures / scores"."""
    if "\n" not in text:
        return []
    lines = _line_list(text)
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


# --------------------------------------------------------------------------- passage-level cues
# README convention 4: a cue for the whole passage (a byline "from the model card", a developer's own post,
# a lab's announcement, a leaderboard host's or a reviewer's own run) applies to every claim of the
# passage, tables and lists included, unless a nearer cue (the claim's sentence, a caption or note) says
# otherwise. And who made a model the knowledge base does not know is often said in the passage itself:
# "Harrow Labs released Pennant 3", "Rookery's Corvid-3", "Vela-R1-32B, from the Lisbon lab Marés",
# "Developer: Brightwater Research" in a model card.

_RELEASE_VERB = (r"(?:releas|launch|announc|introduc|unveil|ships?\b|shipped|shipping\b|open[- ]?sourc|publish|present|debut|"
                 r"rolls?\s+out|rolled\s+out|unveil)\w*")
# the text between an organisation and the model it makes: "'s new", " today released", " has launched its"
_ORG_THEN_MODEL = re.compile(
    r"\s*(?:['’]s\s+(?:(?:new|newest|latest|own|open|open-weight|first|flagship|next)\s+){0,2}|"
    r"(?:\s*\([^()\n]{1,30}\))?,?\s*(?:(?:which|that)\s+)?"  # "Shanlan Technology (山岚科技) today open-sourced"
    r"(?:(?:has|have|is|are|today|now|also|formally|officially|quietly|finally|just|will)\s+){0,3}"
    + _RELEASE_VERB + r"\s+(?:(?:its|their|the|a|an|new|newest|latest|open-weight|model|models|on\s+\w+)\s+){0,3})$", re.I)
# the text between a model and its maker: ", from the Lisbon lab", " by", " developed by"
_MODEL_THEN_ORG = re.compile(
    r"\s*,?\s*(?:\((?:from|by)\s+|(?:from|by|(?:made|built|developed|trained|released)\s+by)\s+)(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?$", re.I)
_DEVELOPER_FIELD = re.compile(r"(?:^|\n)[ \t*_|-]*(?:developer|developed by|organi[sz]ation|model creator|creator|"
                              r"made by|publisher)[*_]*\s*[:|]\s*[*_]*$", re.I)
_GAP = 60  # characters at most between an organisation and its model


def passage_makers(text: str, rows) -> dict[str, str]:
    """The maker of each model the passage says who made, by canonical name: `rows` are (start, end,
    label, canonical, org) in text order, as `claims._add_fields` builds them. The first relation
    read for a model wins."""
    out: dict[str, str] = {}
    first_model = next((r for r in rows if r[2] == "MODEL"), None)
    for i, (s, e, label, canon, _) in enumerate(rows):
        if label != "ORG":
            continue
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if nxt and nxt[2] == "MODEL" and nxt[0] - e <= _GAP and _ORG_THEN_MODEL.match(text[e:nxt[0]]):
            out.setdefault(nxt[3], canon)
        prev = rows[i - 1] if i else None
        if prev and prev[2] == "MODEL" and s - prev[1] <= _GAP and _MODEL_THEN_ORG.match(text[prev[1]:s]):
            out.setdefault(prev[3], canon)
        if first_model is not None and _DEVELOPER_FIELD.search(text, max(0, s - 40), s):
            out.setdefault(first_model[3], canon)  # "Developer: X" in a model card: the card's model
    return out


# the developer's own voice: "we are releasing", "today we open-source", "our new model"
_WE_RELEASE = re.compile(r"\b(?:we|we['’]re|we\s+are|we\s+have|we['’]ve)\s+(?:(?:today|now|also|proudly|excited\s+to|"
                         r"happy\s+to|pleased\s+to)\s+){0,2}" + _RELEASE_VERB + r"|\bour\s+(?:new|newest|latest|first|next)\b",
                         re.I)
# a run by the host of a leaderboard or a reviewer: "MathArena runs each model", "the group ran all models itself"
_HOST_RUN = re.compile(r"\b(?:runs?|ran|tests?|tested|evaluates?|evaluated|scores?|scored|grades?|graded)\s+"
                       r"(?:(?:each|every|all|the|\d+|[a-z]+teen|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                       r"twelve|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)\s+){1,2}(?:[\w-]+\s+){0,3}?(?:models?|systems|assistants|chatbots|entrants|submissions)\b|"
                       r"\b(?:ran|tested|evaluated|scored|graded)\s+(?:each|all|both|every\s+one)\s+of\s+(?:them|these|those)\b|"
                       # "Our CI runs a fixed set of checks against every model we serve", "by running three candidates
                       # through two suites every night": a host's own runs, in its own words
                       r"\b(?:runs?|ran|running)\s+(?:[\w-]+\s+){0,4}?(?:checks|tests|evals?|evaluations?|suites?|benchmarks?|battery|"
                       r"harness|prompts|tasks)\s+(?:[\w-]+\s+){0,2}?(?:against|on|over)\s+(?:each|every|all)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:models?|candidates|systems|entrants)\b|\b(?:running|testing|evaluating|benchmarking)\s+(?:the\s+|all\s+|"
                       r"\d+\s+|two\s+|three\s+|four\s+|five\s+|six\s+|several\s+)?(?:[\w-]+\s+){0,2}?(?:candidates|models|contenders)\s+"
                       r"(?:through|on|against|over)\b|"
                       # "which tests Ukrainian models every quarter": a group testing models on a schedule
                       r"\b(?:tests?|evaluates?|benchmarks?|re-?runs?)\s+(?:[\w-]+\s+){0,2}?models\s+(?:every|each)\s+"
                       r"(?:week|month|quarter|year|night|day|release)\b|"
                       r"\b(?:itself|themselves|ourselves)\b", re.I)


# a claim's own sentence that hedges ("apparently it gets", "a screenshot shows", "reportedly") is a nearer
# cue than the passage's: its figure stays "unknown" (README convention 4)
HEDGE = re.compile(r"\b(?:apparently|reportedly|supposedly|allegedly|rumou?r(?:s|ed)?|screenshots?|leak(?:s|ed)?|"
                   r"unverified|(?:not|never)\s+(?:been\s+|yet\s+)?(?:verified|confirmed|checked)|expect\s+(?:about|around)|"
                   r"commonly\s+quoted|usually\s+given)\b", re.I)
_LEAK_WORDS = re.compile(r"\b(?:apparently|supposedly|allegedly|rumou?r(?:s|ed)?|screenshots?|leak(?:s|ed)?)\b", re.I)
# every match of _HOST_RUN contains one of these (a quick reject: most lines run no regex)
_HOST_RUN_WORDS = any_finder(("run", "ran", "test", "evaluat", "scor", "grad", "itself", "themselves", "ourselves"))
# "we ran", "We have now evaluated", a forum user's "I ran", "my numbers", "on my own box", "All runs on a 4070"
_WE_RAN = literal_gated(re.compile(r"\b(?:we|(?-i:I))\s+(?:(?:have|['’]ve)\s+)?(?:also\s+|then\s+|first\s+|now\s+)?(?:tried|tested|ran|"
                     r"benchmarked|checked|evaluated|scored|put|measured|re-?ran|got)\b|\bmy\s+(?:own\s+)?(?:numbers|runs?|"
                     r"results|scores|box|rig|machine|setup)\b|\ball\s+runs\s+on\b|\bon\s+my\s+own\s+\w+", re.I))
_OWN_WORD_LIST = (r"changelogs?|change\s+logs?|release\s+notes?|model\s+cards?|press\s+releases?|technical\s+reports?|"
                  r"launch\s+posts?|launch\s+(?:decks?|slides?|streams?|livestreams?|videos?|events?|keynotes?|webinars?)|technical\s+notes?|tech\s+(?:reports?|notes?)|technical\s+blog(?:\s+posts?)?")
_OWN_WORDS = re.compile(rf"\b(?:{_OWN_WORD_LIST})\b", re.I)
INTRO_BLOCKS = 3  # the title and the first paragraphs: where a byline or an intro says whose numbers follow
# the passage calling itself one of those (a heading "Release notes, v3.1", "This model card", "our technical
# report"), not a review mentioning the developer's ("with the technical report now out"): only this makes "we ran"
# the developer's
_OWN_SELF = literal_gated(re.compile(r"\b(?:this|these|our|the\s+following|welcome\s+to\s+(?:the|our|this))\s+(?:[\w.-]+\s+){0,2}(?:" +
                       _OWN_WORD_LIST + r")\b",
                       re.I))


# the cue lists asked again about a string already searched (a sentence for its source and its speaker; a piece
# twice in one vote): answered from a cache (nlp.string_memo)
cue_independent = searcher(__name__, "_INDEPENDENT")
cue_self = searcher(__name__, "_SELF")
cue_own_words = searcher(__name__, "_OWN_WORDS")

_TITLE_PARTS = re.compile(r"\s+[—–/|]\s+|\s*[:,;]\s+|\s+-\s+|\s*[()]\s*")


def _calls_itself_own(piece: str) -> bool:
    """Whether `piece` names itself a model card, release notes, ...: in a heading-like line (a `#` line, or
    a short line that is no sentence) or as "this/our ..."."""
    if _OWN_SELF.search(piece):
        return True
    for line in piece.splitlines():
        stripped = line.strip(" \t*_|>-")
        if cue_own_words(stripped) and (line.lstrip().startswith("#") or
                                        (len(stripped.split()) <= 10 and not stripped.endswith("."))):
            return True
        if cue_own_words(stripped) and not stripped.endswith(".") and any(
                cue_own_words(part) and len(part.split()) <= 4 for part in _TITLE_PARTS.split(stripped)):
            return True  # "Sève 2 Large — notes de version / release notes, revision 2603": a title part
    return False


_BLOCK_BREAK = re.compile(r"\n[ \t]*\n\s*")  # a blank line and the space after it


@lru_cache(maxsize=8)  # (asked by passage_kind and developer_voice of the same text)
def _intro_end(text: str) -> int:
    """Where the passage's intro ends: after its first `INTRO_BLOCKS` blocks (runs of non-blank lines)."""
    at = 0
    for _ in range(INTRO_BLOCKS):
        m = _BLOCK_BREAK.search(text, at)
        if m is None:
            return len(text)
        at = m.end()
    return at


def passage_kind(text: str, pieces, rows, starts: list[int], voice: bool = False) -> str:
    """source_kind the passage gives claims no nearer cue speaks for: the cues of its pieces (sentences
    and lines, char spans in `pieces`) counted, one vote a piece; the passage's kind when its votes agree
    (or one kind has at least twice the votes of the other), else "unknown". `rows` as in
    :func:`passage_makers`, with `starts` their start offsets; `voice`: the passage is its developer
    speaking (:func:`developer_voice`), so a first-person run ("We measured all three ourselves") is its."""
    from bisect import bisect_left, bisect_right


    developers = {org for _, _, label, _, org in rows if label == "MODEL" and org}
    votes = {"self-reported": 0, "independent": 0}
    first = text.find("\n")
    bench_title = _BENCH_TITLE.search(text, 0, len(text) if first < 0 else first) is not None
    intro = _intro_end(text)
    for a, z in pieces:
        piece = text[a:z]
        inside = [(s - a, e - a, label, canon, org)
                  for s, e, label, canon, org in rows[bisect_left(starts, a):bisect_right(starts, z)] if e <= z]
        vote = None
        low = lowered(piece)
        ran = obtained_by(piece, inside, developers) if " by " in piece else None
        if ran is not None:  # "All scores were obtained by Centre staff": who ran them (nlp.run_cues)
            vote = ("self-reported" if voice else "independent") if ran == "first-person" else ran
        elif cue_independent(piece) or (_HOST_RUN_WORDS(low) and _HOST_RUN.search(piece)) or (
                has_any(low, ("we", "i ", "my ", "runs")) and _WE_RAN.search(piece)):
            vote = "independent"  # a host's or a reviewer's run speaks for the whole passage, wherever it is said
            if voice and (_FIRST_PERSON.search(piece) or _BY_US.search(piece)) and (first_person_only(piece) or not cue_independent(piece)):
                vote = "self-reported"
        elif a >= intro or _LEAK_WORDS.search(piece):
            pass  # a developer's voice counts in the intro only: later, one sentence's credit is its own; a leak's
            # "internal dashboard" is not the developer speaking (and a note line speaks only for what note_scopes gives it)
        elif cue_own_words(piece) or (cue_self(piece) and any(r[2] == "MODEL" for r in inside)) or (
                not cue_self(piece) and not _NOTE_LINE.match(piece.strip()) and developer_said(piece, inside)) or any(
                _same_maker(sp, dev) for sp in (_speakers(piece, inside) if developers else ()) for dev in developers):
            vote = "self-reported"
        else:
            m = _WE_RELEASE.search(piece)
            if m:  # what "we" release: a model (its developer speaks) or a benchmark (its authors test others')
                after = [r for r in inside if r[0] >= m.end() and r[2] in ("MODEL", "BENCHMARK")][:1]
                vote = "independent" if after and after[0][2] == "BENCHMARK" else "self-reported"
                if not after and (_RELEASED_TEST.match(piece, m.end()) or _ITEM_COUNT.match(piece, m.end()) or bench_title):
                    vote = "independent"  # "We release the tasks, the simulator and the grading scripts": a benchmark's
            elif any(_ORG_THEN_MODEL.match(piece, inside[i][1], inside[i + 1][0])
                     for i in range(len(inside) - 1) if inside[i][2] == "ORG" and inside[i + 1][2] == "MODEL"
                     and inside[i + 1][0] - inside[i][1] <= _GAP):
                vote = "self-reported"  # "Harrow Labs released Pennant 3": the lab's announcement
        if vote:
            votes[vote] += 1
    s, i = votes["self-reported"], votes["independent"]
    if voice and s == 0 and i == 0:
        return "self-reported"  # the developer speaking (a model card, a paper's authors training it) and nothing else
    if s > 0 and (s >= 2 * i or (voice and s >= i)):  # the developer speaking settles a tie
        return "self-reported"
    if i > 0 and i >= 2 * s:
        return "independent"
    return "unknown"


# --------------------------------------------------------------------------- the developer's own "we"
# "our own harness", "in our tests" are a third party's run in a review and the developer's own in its
# model card or release notes ("All scores below are accuracy, measured with our own harness"): when the
# passage is the developer speaking, a first-person run around a claim is a self-report.
_FIRST_PERSON = re.compile(r"(?:in |from |any model )?(?:ours|our|we)\b", re.I)
_BY_US = re.compile(r"\bby\s+us\b", re.I)


@lru_cache(maxsize=1024)  # (a claim's span and its block, asked again per claim)
def first_person_only(s: str) -> bool:
    """Whether `s` has an independent cue and every one is in the first person ("our harness", "we ran")."""
    found = False
    for m in _INDEPENDENT.finditer(s):
        if not (_FIRST_PERSON.match(m.group(0)) or _BY_US.search(m.group(0))):
            return False
        found = True
    return found


def developer_voice(text: str, pieces, rows, starts: list[int]) -> bool:
    """Whether the passage's intro is the developer speaking: a model card, release notes, a changelog, a
    press release, "we are releasing <model>", "our new …" (see :func:`passage_kind` for the arguments)."""
    from bisect import bisect_left, bisect_right

    intro = _intro_end(text)
    first = text.find("\n")
    if _BENCH_TITLE.search(text, 0, len(text) if first < 0 else first):
        return False  # "Lintel: A Benchmark of Everyday Structural Reasoning": its authors test others' models
    for a, z in pieces:
        if a >= intro:
            break
        piece = text[a:z]
        if _calls_itself_own(piece):
            return True
        if _authors_of_model(text, piece, a, rows, starts):
            return True
        m = _WE_RELEASE.search(piece)
        if m:  # the first "we release …" says who speaks: a model's developer or a benchmark's authors
            after = [r for r in rows[bisect_left(starts, a + m.end()):bisect_right(starts, z)]
                     if r[2] in ("MODEL", "BENCHMARK")][:1]
            if after:
                return after[0][2] == "MODEL"
            if not _BENCH_WORDS.search(piece, m.end()) and not _ITEM_COUNT.match(piece, m.end()):
                return True
    return False


# a paper's authors making the model: "We train Ostrya-2 Think, an 8B reasoning model", "We pretrain X"; and "We
# compare X with …" when the title opens with X and reads as a paper's ("X: Scaling … (excerpt from Section 5)")
_WE_MAKE = re.compile(r"\bwe\s+(?:(?:also|first|then|now)\s+)?(?:train|pre-?train|fine-?tune|build|develop|distil+)\s+$", re.I)
_WE_COMPARE = re.compile(r"\bwe\s+(?:(?:also|first|then|now)\s+)?(?:compare|evaluate|benchmark)\s+$", re.I)
# "we trained a model. it's called Mooring": a model's makers writing
_WE_MADE_A_MODEL = re.compile(r"\bwe(?:['’]ve|\s+have)?\s+(?:just\s+)?(?:trained|built|pre-?trained|fine-?tuned)\s+(?:a|an|our|"
                              r"this|the)\s+(?:(?:new|own|small|first|little|[\w-]+b)\s+){0,2}(?:language\s+)?model\b", re.I)
_PAPER_TITLE = re.compile(r"\b(?:section|table|appendix|paper|preprint|arxiv|abstract|proceedings)\b", re.I)


def _authors_of_model(text: str, piece: str, a: int, rows, starts: list[int]) -> bool:
    """Whether an intro sentence is the authors making a model (:data:`_WE_MAKE`), or comparing the model a
    paper's title opens with (:data:`_WE_COMPARE`)."""
    if "we " not in piece.lower():
        return False
    if _WE_MADE_A_MODEL.search(piece):
        return True
    from bisect import bisect_left, bisect_right

    for r in rows[bisect_left(starts, a):bisect_right(starts, a + len(piece))]:
        if r[2] != "MODEL":
            continue
        before = text[max(a, r[0] - 30):r[0]]
        if _WE_MAKE.search(before):
            return True
        if _WE_COMPARE.search(before):
            title_end = text.find("\n")
            title = text[:len(text) if title_end < 0 else title_end]
            if _PAPER_TITLE.search(title) and title.lstrip(" #*").startswith(text[r[0]:r[1]]):
                return True
    return False


_RELEASED_TEST = re.compile(r"\s*(?:(?:the|our|all|these|its)\s+)?(?:tasks|benchmark|dataset|test\s+set|leaderboard|"
                            r"suite|problems|questions|items|grading\s+scripts?|harness|simulator)\b", re.I)
# a paper's title naming a benchmark or a data set it presents ("X: A Benchmark for …", "X: an evaluation suite …")
_BENCH_TITLE = re.compile(r"[:—–-]\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:benchmark|dataset|data\s+set|test\s+suite|"
                          r"evaluation\s+suite|leaderboard|eval)\b", re.I)
# "We present Lintel, 2,150 multiple-choice questions …": a count of items is a data set, not a model
_ITEM_COUNT = re.compile(r"\s*[^\s,.;]+(?:\s+[^\s,.;]+){0,3},?\s+(?:of\s+)?\d[\d,.]*\s+(?:[\w-]+\s+){0,4}?(?:questions|tasks|"
                         r"problems|items|prompts|exercises|puzzles|examples)\b", re.I)
_BENCH_WORDS = re.compile(r"\b(?:benchmarks?|datasets?|leaderboards?|test\s+sets?|suites?|eval(?:uation)?s?)\b", re.I)


def block_around(text: str, at: int, reach: int = 600) -> str:
    """The run of non-blank lines around `at` and the paragraphs right over and under it (a caption or
    a key line set off by a blank line), at most `reach` characters each way."""
    start = text.rfind("\n\n", max(0, at - reach), at)
    start = max(0, at - reach) if start < 0 else start
    over = text.rfind("\n\n", max(0, start - reach), start)
    over = max(0, start - reach) if over < 0 else over
    end = text.find("\n\n", at, at + reach)
    if end < 0:
        return text[over:min(len(text), at + reach)]
    under = text.find("\n\n", end + 2, end + 2 + reach)
    return text[over:min(len(text), end + 2 + reach) if under < 0 else under]
