"""Who speaks for a paragraph: the page's lead actor, found once, and the references to it (README convention 4).

The cue readers (`nlp.claim_source`, `nlp.claim_speaker`) read WORDS: "tests", "measured", "researchers" give
`independent`, "the company said" gives `self-reported`, whoever the tests or the researchers belong to. This module
reads STRUCTURE instead, in three steps, none of which names a wording of a set:

1. The lead event: the first sentence of the title and opening paragraphs in which someone releases (launches,
   presents, publishes, introduces …) a named MODEL or BENCHMARK. Its subject is the page's lead actor; a released
   model makes the actor the model's maker, a released benchmark makes it a third party that runs others' models.
   Whether the actor also WROTE the page: a first person in the lead event ("we release"), a dateline before it
   ("Oslo, 3 May 2026 —", the press-release form), or a byline / "press release" line naming it.
2. References to the actor in a claim's sentence: a definite description headed by an organisation noun ("the
   company", "the Oslo company's", "the team's", "the researchers'", "the authors"), a pronoun subject of a
   speech verb ("It also says", "They report"), and the first person outside quotes when the actor wrote the page.
   A description resolves to the actor only when no other organisation is named between the lead and the sentence
   (no competing antecedent).
3. Propagation inside a paragraph: a sentence with no speaker of its own (no organisation named in it, no reference)
   keeps the speaker of the sentence before it in the same paragraph; a paragraph (or a caption line ending in ":")
   starts afresh. A named organisation in a sentence stops the propagation: its own speaker decides (the cue readers).

The speaker gives `self-reported` when the actor made the released model (its rivals' figures too: README convention
4, a competitor's figure quoted in a developer's announcement takes that announcement's cue) and `independent` when
the actor released a benchmark. Only claims whose clause has no named speaker (`nlp.claim_speaker`) are touched.
"""
from __future__ import annotations

import re

from .claim_source import _INDEPENDENT  # the cue words that name another speaker
from .run_cues import same_maker

_INTRO_REACH = 900
# the release verbs (a closed class of English: what makers do with a model, or authors with a benchmark)
_RELEASE = re.compile(
    r"\b(?:releas(?:e|es|ed|ing)|launch(?:es|ed|ing)?|introduc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|present(?:s|ed|ing)?|"
    r"publish(?:es|ed|ing)?|announc(?:e|es|ed|ing)|debut(?:s|ed)?|open[- ]?sourc(?:e|es|ed|ing)|roll(?:s|ed)?\s+out|"
    r"ship(?:s|ped)?)\s+(?:(?:its|their|our|the|a|an|new|newest|latest|first|open|open-weight|today|on\s+\w+)\s+|"
    r"[\w-]+\s+){0,4}$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|yet\s+to|no)\s+(?:\w+\s+){0,2}$", re.I)
_SENT_START = re.compile(r"(?:^|[.!?]\s+|\n)(?=[^\n.!?]*$)")
_WE = re.compile(r"\b(?:we|our|us|we['’](?:re|ve))\b", re.I)
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»')
# "Bergen, 4 march 2027 —", "Tartu, 9 May 2027 —": the press-release form
_DATELINE = re.compile(r"(?m)^[ \t*_]*[A-Z][\w .'’-]{1,40},[ \t]+[^\n—–]{4,30}?\d{4}[ \t]*[—–-][ \t]*")
# a byline or source line near the top: "*Cairnwell AI team, 4 May 2027*", "By the X team", "Press release, X"
_BYLINE = re.compile(r"(?m)^[ \t]*(?:[*_]+[^\n]{3,120}[*_]+|(?:by|from|posted\s+by)\s+[^\n]{3,120}|"
                     r"[^\n]{0,20}\bpress\s+release\b[^\n]{0,120})[ \t]*$", re.I)
_PRESS = re.compile(r"\bpress\s+release\b", re.I)
# a definite description headed by an organisation noun ("the company", "the Oslo company's", "the team's")
_ORG_NOUN = (r"(?:company|firm|lab|laboratory|start-?up|developers?|makers?|vendor|team|researchers|scientists|authors|"
             r"group|university|institute)")
_DESCRIPTION = re.compile(r"\b(?:the|this)\s+(?:[A-Z][\w-]*\s+|[\w-]+-based\s+|(?:same|young|small|new|research|"
                          r"development|project)\s+){0,2}" + _ORG_NOUN + r"(?:['’]s?)?(?=[\s,.;:])", re.I)
# a pronoun subject of a speech verb: "It also says", "They report"
_PRONOUN_SAYS = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:It|They)\s+(?:also\s+|further\s+|then\s+)?(?:says|said|reports|"
                           r"reported|claims|claimed|puts|put|states|stated|lists|listed|adds|added)\b")
_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])|\n")


def _sentence_start(text: str, at: int, lo: int) -> int:
    cut = max(text.rfind(". ", lo, at), text.rfind("\n", lo, at), text.rfind("! ", lo, at), text.rfind("? ", lo, at))
    return lo if cut < 0 else cut + 1


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _intro_end(text: str) -> int:
    ends = [m.end() for m in _PARAGRAPH_BREAK.finditer(text[:_INTRO_REACH * 2])]
    return min(ends[3] if len(ends) > 3 else len(text), _INTRO_REACH)


class Lead:
    """The page's lead actor: `role` "maker" or "third", `org` its name when an organisation is named, `end` where
    its lead sentence ends, `writer` whether it wrote the page, `model` the model or benchmark it releases."""

    __slots__ = ("role", "org", "end", "writer", "model")

    def __init__(self, role: str, org: str | None, end: int, writer: bool, model: str) -> None:
        self.role, self.org, self.end, self.writer, self.model = role, org, end, writer, model


def lead_actor(text: str, rows) -> Lead | None:
    """The lead event of the page (see the module's doc). `rows`: (start, end, label, canonical, org) in text order."""
    end = _intro_end(text)
    for i, r in enumerate(rows):
        if r[0] >= end:
            break
        if r[2] not in ("MODEL", "BENCHMARK"):
            continue
        s0 = _sentence_start(text, r[0], 0)
        m = _RELEASE.search(text, max(s0, r[0] - 80), r[0])
        if m is None or _NEGATED.search(text, max(s0, m.start() - 30), m.start()):
            continue
        subject = text[s0:m.start()]
        if not subject.strip() and text[s0:s0 + 1] != "#":
            continue  # an imperative or a bare "Introducing X" title: no actor named here (the byline may say)
        orgs = [x for x in rows[:i] if x[2] == "ORG" and x[0] >= s0]
        org = orgs[-1][3] if orgs else None
        stop = text.find("\n", r[1])
        stop = len(text) if stop < 0 else stop
        dot = text.find(". ", r[1], stop)
        s_end = stop if dot < 0 else dot + 1
        role = "maker" if r[2] == "MODEL" else "third"
        writer = bool(_WE.search(_QUOTED.sub(" ", subject)))
        line = text.rfind("\n", 0, s0 + 1) + 1
        if not writer and _DATELINE.match(text, line) and _DATELINE.match(text, line).end() <= m.start():
            writer = True
        if not writer:
            for b in _BYLINE.finditer(text, 0, end):
                if _PRESS.search(b.group(0)) or (org and any(x[2] == "ORG" and b.start() <= x[0] < b.end() and
                                                             same_maker(x[3], org) for x in rows)):
                    writer = True
                    break
        return Lead(role, org, s_end, writer, r[3])
    return None


def _own_orgs(rows, a: int, z: int, lead: Lead) -> bool:
    """Whether an organisation other than the lead actor is named in text[a:z]."""
    return any(a <= x[0] < z and x[2] == "ORG" and not (lead.org and same_maker(x[3], lead.org)) for x in rows)


def _refers(text: str, a: int, z: int, lead: Lead, own: bool = False) -> bool:
    """Whether the sentence text[a:z] refers to the lead actor (a description, a pronoun speaking, the writer's we).
    `own`: the claim's own sentence, whose other cue words ("the independent X board", "the maintainers re-ran")
    name another speaker and keep theirs: every independent cue must lie inside a reference to the actor."""
    s = _QUOTED.sub(lambda m: " " * len(m.group(0)), text[a:z])
    refs = [m.span() for m in _DESCRIPTION.finditer(s)]
    m = _PRONOUN_SAYS.match(s)
    if m:
        refs.append(m.span())
    if lead.writer:
        refs += [m.span() for m in _WE.finditer(s)]
    if not refs:
        return False
    if own:
        for m in _INDEPENDENT.finditer(s):
            if not any(ra < m.end() and m.start() < rz for ra, rz in refs):
                return False
    return True


def paragraph_kinds(text: str, claims: list[dict], rows, lead: Lead | None = None) -> None:
    """Set ``source_kind`` of the claims whose sentence (or an earlier sentence of the same paragraph, with no speaker
    of its own between) refers to the page's lead actor, unless the claim's clause has a named speaker
    (``_spoke`` set by `nlp.claims`: (a named speaker, cue words)); `lead`: `lead_actor` of the page. See the module's
    doc."""
    if not claims:
        return
    if lead is None:
        return
    kind = "self-reported" if lead.role == "maker" else "independent"
    # a competing antecedent: an organisation other than the actor named after the lead stops the resolution (not one
    # in a sentence of the intro that releases the same thing again: "A group in the Faculty of Law has released …")
    own = _release_spans(text, rows, lead)
    other = next((x[0] for x in rows if x[0] >= lead.end and x[2] == "ORG" and not any(a <= x[0] < z for a, z in own)
                  and not (lead.org and same_maker(x[3], lead.org))), len(text))
    memo: dict[tuple, bool] = {}
    tied = None
    for c in claims:
        named, cued = c.get("_spoke") or (False, False)
        if named or c["start"] < lead.end:
            continue
        a = c["start"]
        if a >= other and not lead.writer:
            continue
        key = (a, cued)
        got = memo.get(key)
        if got is None:
            got = memo[key] = _speaks(text, a, c["end"], lead, rows, other, cued)
        if got == "para":  # carried from an earlier sentence: not for a benchmark another organisation speaks for
            if tied is None:
                tied = _tied_benchmarks(text, rows, lead) - {lead.model}  # the actor speaks for what it released
            got = c["benchmark"] not in tied
        if got:
            c["source_kind"] = kind


_SENTENCE = re.compile(r"[^.!?\n]+")


def _release_spans(text: str, rows, lead: Lead) -> list[tuple[int, int]]:
    """The sentences of the intro that release the lead's model or benchmark again: their organisations are the
    actor's own ("Larkspire University researchers launch Tesselbench" … "A group in its Faculty of Law has released
    Tesselbench")."""
    end = _intro_end(text)
    out = []
    for x in rows:
        if x[0] >= end:
            break
        if x[3] == lead.model:
            s0 = _sentence_start(text, x[0], 0)
            if _RELEASE.search(text, max(s0, x[0] - 80), x[0]):
                m = _SENTENCE.match(text, s0 + (1 if text[s0:s0 + 1] in ".!?\n" else 0))
                out.append((s0, m.end() if m else x[1]))
    return out


def _tied_benchmarks(text: str, rows, lead: Lead) -> set:
    """The benchmarks named in a sentence that also names an organisation other than the lead actor or a third party's
    cue words ("The X numbers were taken from Y's verified board"): another speaker may own their figures."""
    out = set()
    for m in _SENTENCE.finditer(text):
        inside = [x for x in rows if m.start() <= x[0] < m.end()]
        if any(x[2] == "ORG" and not (lead.org and same_maker(x[3], lead.org)) for x in inside) or (
                any(x[2] == "BENCHMARK" for x in inside) and _INDEPENDENT.search(text, m.start(), m.end())):
            out.update(x[3] for x in inside if x[2] == "BENCHMARK")
    return out


def _speaks(text: str, a: int, z: int, lead: Lead, rows, other: int, cued: bool):
    """True when the claim's sentence text[a:z] refers to the lead actor; "para" when an earlier sentence of its
    paragraph does and no sentence between (nor this one) names another organisation or has cue words; else False."""
    para = text.rfind("\n\n", 0, a)
    para = 0 if para < 0 else para + 2
    if _own_orgs(rows, max(para, lead.end), z, lead):
        return False  # another organisation named in the paragraph before: the nearer antecedent
    if _refers(text, a, z, lead, own=True) and (a < other or not _DESCRIPTION.search(text, a, z)):
        return True
    if cued:
        return False
    if para > 0 and text[:para].rstrip().endswith(":"):  # a caption line "…:" over a table belongs with it
        prev = text.rfind("\n\n", 0, para - 2)
        para = 0 if prev < 0 else prev + 2
    pos = para
    before = []
    for m in _SPLIT.finditer(text, para, a):
        before.append((pos, m.start()))
        pos = m.end()
    before.append((pos, a))
    for s, e in reversed(before):
        if not text[s:e].strip():
            continue
        if _own_orgs(rows, s, e, lead):
            return False
        if _refers(text, s, e, lead) and (s < other or not _DESCRIPTION.search(text, s, e)):
            return "para"
    return False


def lead_rivals(text: str, claims: list[dict], rows, lead: Lead | None) -> None:
    """README convention 3 from the lead event: a page whose lead releases one model and whose headline names it is
    about that model, and every other model's figure on it is cited for comparison (its predecessor
    too), wherever it stands: not only in a paragraph that also gives the subject's own score (`nlp.claim_rivals`).
    Its variants and same-version siblings (`nlp.claim_rivals.variant`) are not rivals; a digest of items has no
    subject; ranks and medals are places, not comparisons; a sentence naming another organisation is that
    organisation speaking for its own model."""
    if lead is None or lead.role != "maker" or not claims:
        return
    from .claim_rivals import _ITEM, _RIVAL_CUT

    subject = lead.model
    head = _headline_end(text)
    note = _EDITION.match(text)  # "[Translated from Japanese] …": an edition note is no part of the headline
    cut = _RIVAL_CUT.search(text, note.end() if note else 0, head)  # "X beats Y", "X vs Y": the rival after the cut
    named = [x[3] for x in rows if x[2] == "MODEL" and x[0] < (cut.start() if cut else head)]
    if not any(_same_line(m, subject) for m in named) or not all(_same_line(m, subject) for m in named):
        return  # the headline does not name the released model alone: a letter, a digest, a board story, two launches
    if len(_ITEM.findall(text)) >= 2:
        return
    for c in claims:
        if c.get("is_comparison") or c.get("unit") in ("rank", "medal"):
            continue
        if _same_line(c["model"], subject):
            continue
        if _own_orgs(rows, c["start"], c["end"], lead):
            continue  # another organisation named in the sentence speaks for its own model ("Google says …")
        c["is_comparison"] = True


_VERSION_WORD = re.compile(r"\S*\d")
_EDITION = re.compile(r"[ \t#*_]*(?:\[[^\]\n]{0,120}\]|\([^)\n]{0,120}\))")


def _same_line(model: str, subject: str) -> bool:
    """`model` is `subject`, a variant of it or a sibling of the same family and version (`nlp.claim_rivals.variant`),
    or shares its name up to the version ("Llama 4 Maverick" beside "Llama 4 Scout"; not "Fennick 6 Pro" beside
    "Fennick 7 Pro")."""
    from .claim_rivals import variant

    if variant(model, subject) or variant(subject, model):
        return True
    a, b = _VERSION_WORD.search(model), _VERSION_WORD.search(subject)
    return bool(a and b) and model[:a.end()].lower() == subject[:b.end()].lower() and not (
        model[a.end():a.end() + 1].isdigit() or subject[b.end():b.end() + 1].isdigit()) and _full_version(
        model, a.end()) == _full_version(subject, b.end())


def _full_version(name: str, at: int) -> str:
    m = re.match(r"[\d.]*", name[at:])
    return name[:at] + (m.group(0).rstrip(".") if m else "")


def _headline_end(text: str) -> int:
    """The end of the page's headline: its first line, and a second heading line under it (a translated title)."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    nxt = text.find("\n", end + 1)
    second = text[end + 1:len(text) if nxt < 0 else nxt]
    if second.lstrip().startswith("#"):
        end = len(text) if nxt < 0 else nxt
    return end
