"""How far a caption's or a note's source cue reaches, and which columns it speaks for.

A caption written as a paragraph over a table or a list ("The following table compares X with other open
models. Scores are reported by each developer.") speaks for every line of the block under it, as a line
ending with ":" already does (`nlp.claim_source.note_scopes`). A note may also speak per column: "scores as
published by each developer; … Intelligence Index in points from Artificial Analysis", "reported by each
developer, except SUR-Eval, which we ran", "The ARC-AGI-2 numbers for the three rivals were taken from ARC
Prize's verified board, not run by Anthropic": each clause is read on its own, a clause naming a benchmark
speaks for that benchmark's claims (for the rivals' only when it says "rivals"), "the others" and a clause
naming none for the rest (README convention 4: the nearest cue first). And a passage whose intro is a
lab's dateline announcement or says "our …" while the lab releases the model is the developer speaking,
so its "we ran" is the developer's run.
"""
from __future__ import annotations

import re

from bisect import bisect_left, bisect_right

from .claim_source import _GAP, _ORG_THEN_MODEL, _RELEASE_VERB, _kind_of, sentence_cues

_CAPTION_WORDS = re.compile(r"\b(?:table|tables|following|below|snapshot|chart|scores?|figures|numbers|results|"
                            r"columns?|rows?|entries)\b", re.I)
_CAPTION_MAX = 500  # characters: a caption, not a story paragraph


def _blocks(text: str) -> list[tuple[int, int, int]]:
    """(start, end, number of lines) of each run of non-blank lines."""
    out, pos, start, n, end = [], 0, None, 0, 0
    for line in text.split("\n"):
        if line.strip():
            if start is None:
                start, n = pos, 0
            n += 1
            end = pos + len(line)
        elif start is not None:
            out.append((start, end, n))
            start = None
        pos += len(line) + 1
    if start is not None:
        out.append((start, end, n))
    return out


def caption_scopes(text: str) -> list[tuple[int, int, int, int]]:
    """(scope start, scope end, note start, note end) for a short caption paragraph (at most three lines,
    a caption word: "table", "scores", "the following" …, or ending with ":") right over a block of two or more lines, the
    block being the scope, as `nlp.claim_source.note_scopes` gives them."""
    if "\n\n" not in text:
        return []
    blocks = _blocks(text)
    out = []
    for (a, b, n), (c, d, m) in zip(blocks, blocks[1:]):
        if n <= 3 and m >= 2 and b - a <= _CAPTION_MAX and (_CAPTION_WORDS.search(text, a, b) or
                                                           text[a:b].rstrip().endswith(":")):
            out.append((c, d, a, b))
    return out


# ------------------------------------------------------------------------------------ clauses
_CLAUSE_CUT = re.compile(r"\s*(?:;|,|\s[—–]\s|\.(?:\s+|$)|\(|\))\s*")
# a clause that continues the one before it ("except SUR-Eval, which we ran")
_JOINS_PREVIOUS = re.compile(r"(?:which|who|that|where|as|and\s+which)\b", re.I)
_NEGATED = re.compile(r"not\b", re.I)  # "…, not run by Anthropic": who did not measure it says nothing
_OTHERS = re.compile(r"\b(?:the\s+others|the\s+rest|all\s+others|other\s+(?:columns|benchmarks|scores|numbers|rows)|"
                     r"remaining)\b", re.I)
_RIVALS = re.compile(r"\b(?:rivals?|competitors?|competing\s+models|other\s+(?:models|labs|vendors)|the\s+others['’])",
                     re.I)


def _norm(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


def clauses(note: str) -> list[tuple[int, int]]:
    """The clauses of a note as (start, end) in it: cut at ";", ",", dashes, sentence ends and
    parentheses, a clause opening with "which/who/that/as" joined to the one before it."""
    out: list[list[int]] = []
    at = 0
    for m in list(_CLAUSE_CUT.finditer(note)) + [None]:
        end = len(note) if m is None else m.start()
        if end > at:
            if out and _JOINS_PREVIOUS.match(note, at) and note[out[-1][1]:at].strip() in (",", ""):
                out[-1][1] = end
            else:
                out.append([at, end])
        if m is None:
            break
        at = m.end()
    return [(a, b) for a, b in out]


def clause_kind(note: str, ents, developers: set, benchmark: str, rival: bool) -> str | None:
    """source_kind a note with several clauses gives a claim on `benchmark` (`rival`: the claim is a
    competitor's, cited for comparison): the clause naming its benchmark first, then "the others" when
    some clause names other benchmarks, then a clause naming no benchmark; None when the note is one
    clause or no clause speaks (the caller then reads the note whole). `ents` as in
    :func:`nlp.claim_source.source_kind`, offsets in `note`."""
    parts = clauses(note)
    if len(parts) < 2:
        return None
    want = _norm(benchmark)
    named, others, plain = [], [], []
    for a, b in parts:
        if _NEGATED.match(note, a):
            continue
        inside = [(s - a, e - a, label, canon, org) for s, e, label, canon, org in ents if a <= s and e <= b]
        if _RIVALS.search(note, a, b) and not rival:
            continue  # "for the three rivals": not the table's own models
        benches = [canon for _, _, label, canon, _ in inside if label == "BENCHMARK"]
        if benches:
            named.append((a, b, inside, any(_norm(x) == want or (want and want in _norm(x)) or
                                            (_norm(x) and _norm(x) in want) for x in benches)))
        elif _OTHERS.search(note, a, b):
            others.append((a, b, inside))
        else:
            plain.append((a, b, inside))
    if not named:
        return None
    mine = [(a, b, inside) for a, b, inside, hit in named if hit]
    order = mine + (others if not mine else []) + plain
    for a, b, inside in order:
        independent, self_cue, speakers, _ = sentence_cues(note[a:b], inside)
        kind = _kind_of(independent, self_cue, speakers, developers)
        if kind != "unknown":
            return kind
    return None


# ------------------------------------------------------------------------- benchmark notes
# "The ARC-AGI-2 numbers for the three rivals were taken from ARC Prize's verified board": a sentence that
# names a benchmark and says whose its numbers are speaks for that benchmark's claims anywhere in the passage
_NOTE_NOUNS = re.compile(r"\b(?:numbers|figures|scores|results|column|entries|rows?)\b", re.I)
_DIGIT = re.compile(r"\d")


def bench_notes(text: str, pieces, rows_in, claimed: set) -> list[tuple[int, int]]:
    """Sentences (start, end) of `pieces` that name a benchmark, speak of numbers ("numbers", "figures",
    "column" …) and give a source cue, in which no claim was read (`claimed`: claim sentence starts);
    `rows_in(a, z)` gives a piece's entity rows as `nlp.claims._rows_in` does."""
    out = []
    for a, z in pieces:
        if a in claimed or not _NOTE_NOUNS.search(text, a, z):
            continue
        inside = rows_in(a, z)
        if not any(r[2] == "BENCHMARK" for r in inside):
            continue
        independent, self_cue, speakers, _ = sentence_cues(text[a:z], inside)
        if independent or self_cue or speakers:
            out.append((a, z))
    return out


def bench_note_kind(note: str, ents, developers: set, benchmark: str, rival: bool) -> str | None:
    """The kind a benchmark note (:func:`bench_notes`) gives a claim on `benchmark`: only from a clause
    naming that benchmark (the note is read as one clause when it has one)."""
    want = _norm(benchmark)
    parts = clauses(note) or [(0, len(note))]
    hit = None
    for a, b in parts:
        if any(label == "BENCHMARK" and a <= s and _norm(canon) == want for s, _, label, canon, _ in ents):
            hit = (a, b)
    if hit is None:
        return None
    # the clause naming the benchmark and those after it up to the end of the sentence, without negated ones
    keep = [(a, b) for a, b in parts if a >= hit[0] and not _NEGATED.match(note, a)]
    if _RIVALS.search(note) and not rival:
        return None
    for a, b in keep:
        inside = [(s - a, e - a, label, canon, org) for s, e, label, canon, org in ents if a <= s and e <= b]
        independent, self_cue, speakers, _ = sentence_cues(note[a:b], inside)
        kind = _kind_of(independent, self_cue, speakers, developers)
        if kind != "unknown":
            return kind
    return None


# ------------------------------------------------------------------------------ the lab's voice
# "Buenos Aires, 24 November 2026 — Laboratorio Yaguareté … today presented Margay-2 Reasoner": a dateline
# opening a lab's announcement of its model (a wire story names its agency: "(Reuters) -")
_DATELINE = re.compile(r"(?m)^[ \t]*[A-Z][\w .'’-]{1,40},[ \t]+(?:[\w .'’-]{1,30},[ \t]+)?(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|"
                       r"[A-Z][a-z]+\.?[ \t]+\d{1,2}),?[ \t]+\d{4}[ \t]*(?:—|–|-|\.)[ \t]*")
# a city in capitals and a dash, no date and no agency: "BUDAPEST — Pannon AI today is releasing …" opens a press release
# and a newspaper's story alike; only the lab's own "our"/"we" in the paragraph (outside quotes) makes it the lab's
_CAPS_DATELINE = re.compile(r"[ \t]*[A-ZÀ-Ý][A-ZÀ-Ý'’.-]{3,}(?:[ \t][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){0,2}[ \t]+(?:—|–)[ \t]*")
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|„[^“”\n]*[“”]|«[^»\n]*»')
_FIRST_PERSON = re.compile(r"\b(?:our|we|we['’](?:re|ve))\b", re.I)


# "Pannon AI today is releasing its third-generation language models, Villám-3": the lab's own models named after a comma
_ORG_ITS_MODELS = re.compile(r"\s*(?:(?:has|have|is|are|today|now|also|formally|officially|just)\s+){0,3}" + _RELEASE_VERB +
                             r"\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:models?|LLMs?),?\s+(?:the\s+)?$", re.I)


def _releases(text: str, rows, a: int, z: int) -> bool:
    """Whether text[a:z] has a lab releasing a model ("Plover is releasing Dunlin-5"): `rows` are (start,
    end, label, canonical, developer) in text order."""
    if any(x[2] == "ORG" and y[2] == "MODEL" and y[1] <= z and y[0] - x[1] <= _GAP and (
           _ORG_THEN_MODEL.match(text[x[1]:y[0]]) or _ORG_ITS_MODELS.match(text[x[1]:y[0]])) for x, y in zip(rows, rows[1:])):
        return True
    # a lab no list knows: "Today Plover is releasing Dunlin-5"
    return any(r[2] == "MODEL" and _VERB_BEFORE.search(text, max(a, r[0] - 40), r[0]) for r in rows if r[1] <= z)


_VERB_BEFORE = re.compile(r"\b(?:is|are|has|have)\s+(?:" + _RELEASE_VERB + r")\s+(?:(?:its|their|the|a|an|new|our)\s+){0,2}$",
                          re.I)


def release_voice(text: str, pieces, rows, starts: list[int]) -> bool:
    """Whether the passage's intro (its first three blocks; `pieces` are (start, end) of its sentences) is
    the lab announcing its model: a sentence where a lab releases a model and speaks in the first person
    ("Today Plover is releasing Dunlin-5, our fifth-generation model"), or one that opens with a dateline
    ("Buenos Aires, 24 November 2026 — Laboratorio Yaguareté … today presented Margay-2 Reasoner").
    `rows`, `starts` as in :func:`nlp.claim_source.passage_kind`."""
    blocks = _blocks(text)[:3]
    if not blocks:
        return False
    intro = blocks[-1][1]
    for a, z in pieces:
        if a >= intro:
            break
        inside = rows[bisect_left(starts, a):bisect_right(starts, z)]
        if not _releases(text, inside, a, z):
            continue
        if _FIRST_PERSON.search(text, a, z):
            return True
        line = text.rfind("\n", 0, a) + 1
        m = _DATELINE.match(text, line)
        if m is not None and m.end() <= z:
            return True
        m = _CAPS_DATELINE.match(text, line)
        if m is not None and m.end() <= z:
            para = text.find("\n\n", z)
            if _FIRST_PERSON.search(_QUOTED.sub(" ", text[line:len(text) if para < 0 else para])):
                return True
    return False


def variant_makers(makers: dict[str, str], models: set) -> dict[str, str]:
    """`makers` ({model: the lab the passage says made it}) with the variants of those models the passage
    names ("Esker-3 Pro", "Esker-3-32B" after "Kittiwake launches Esker-3"): a name that extends a made
    model's name by a word or a hyphen is that lab's model too."""
    out = dict(makers)
    for m in models:
        if m in out:
            continue
        for base, org in makers.items():
            if len(m) > len(base) + 1 and m.startswith(base) and m[len(base)] in " -":
                out[m] = org
                break
    return out


# --------------------------------------------------------------------------- mixed sentences
_NUM = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\d.]?\d)")


def number_clause_kind(sentence: str, ents, developers: set, score: float) -> str | None:
    """The kind the clause holding `score` gives it, when the sentence's clauses disagree ("gets 61.0 on LCB
    for me, card says 64.4"): None when the score is written twice, or no clause speaks, or all agree."""
    parts = clauses(sentence)
    if len(parts) < 2:
        return None
    kinds, mine = set(), []
    for a, b in parts:
        inside = [(s - a, e - a, label, canon, org) for s, e, label, canon, org in ents if a <= s and e <= b]
        independent, self_cue, speakers, _ = sentence_cues(sentence[a:b], inside)
        kind = _kind_of(independent, self_cue, speakers, developers)
        if kind != "unknown":
            kinds.add(kind)
        if any(float(m.group(0)) == score for m in _NUM.finditer(sentence, a, b)):
            mine.append(kind)
    if len(kinds) < 2 or len(mine) != 1 or mine[0] == "unknown":
        return None
    return mine[0]


# "from Andon's own page" where the passage's organisation is "Andon Labs": a short name owning the page speaks
_OWN_PAGE = re.compile(r"(?-i:\b[A-Z][\w-]+)['’]s\s+own\s+(?:page|site|website|board|leaderboard|results|measurements?|"
                       r"numbers|figures|runs?|tests?)\b", re.I)


def page_owners(note: str, ents) -> list[tuple]:
    """`ents` of a note with an ORG row added for a capitalised name that owns a page or results ("from Andon's own
    page") where no entity was found."""
    extra = []
    for m in _OWN_PAGE.finditer(note):
        end = m.start() + m.group(0).find("'") if "'" in m.group(0) else m.start() + m.group(0).find("’")
        if not any(s < end and m.start() < e for s, e, *_ in ents):
            extra.append((m.start(), end, "ORG", note[m.start():end], None))
    return sorted(ents + extra) if extra else ents
