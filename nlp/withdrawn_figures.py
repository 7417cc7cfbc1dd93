"""Figures a text withdraws: one entry point, `withdrawn_values`, for `nlp.claims` (claims convention 5,
tests/data/nlp/README.md: "figures a correction notice retracts" are no claims).

Two readers, folded here from `nlp.claim_discourse` and `nlp.claim_places` (same behaviour), plus new wordings:

* `retracted_values`, in a passage with a correction word (`is_correction`): "The article said … 91.3%; the
  report gives 87.3%" and "it should read 70.2%, not 74.5%" withdraw the first / the "not" figure;
* `inline_withdrawn`, anywhere: "…, not 79.1% as we first reported", "is 89.4%, not 94.8%", "posts that
  quoted 1362 … should be disregarded", and (new) "The old figures (39.0, 33.6 and 22.7) should no longer be
  cited", "the earlier numbers of 71.2 and 64.0 are superseded", "N, not M" after a figure with its unit; and
  (round 24) a verdict whose subject is the figure: "that number should be disregarded", "that figure was superseded
  by …", "… figure, 61.6%, is void" (the sentence's first figure), "the figures in the notes (…) are withdrawn" (all);
* `superseded_claims` (new): in a passage that re-runs or corrects ("corrected results", "we re-ran", "updated
  figures"), a figure the writer says they published before ("we published a model card that reported 39.0%
  for X on B") gives way to a later figure of the same model and benchmark.

Each reader is a few regex passes over the passage: linear in its length.
"""
from __future__ import annotations

import re

from .literal_starts import LiteralStarts
from .numbers import find_numbers
from .quick_rejects import from_starts
from .needed_words import literal_gated
from .string_memo import passage_lower

# a correction: "The article said the model scored 91.3%; the report gives 87.3%", "it should read 70.2%,
# not 74.5%": the first figure is withdrawn
_CORRECTION_WORDS = ("correction", "correct figure", "misstat", "erroneous", "in error", "incorrect", "should read")
_SAID_THEN = re.compile(
    r"\b(?:said|listed|reported|stated|gave|showed|put|had|claimed|misstated|quoted)\b(?:[^;.\n]|\.\d)*;\s*(?:but\s+)?"
    r"(?:the\s+|its\s+|our\s+)?(?:[\w'’-]+\s+){0,4}?(?:correct|corrected|actual|right|true|final|updated|gives|shows|"
    r"lists|reports|says|(?:figure|number|score|result)\s+(?:given|stated|published|reported))\b", re.I)
_NOT_AFTER_SHOULD = re.compile(r"\bshould\s+(?:read|be|have\s+been|say)\s+(?:[^;.\n]|\.\d){0,40}?,\s*(?:and\s+)?not\s+", re.I)


def is_correction(text: str) -> bool:
    """Whether the passage `text` corrects figures it or an earlier text gave (a correction notice)."""
    low = passage_lower(text)
    return any(w in low for w in _CORRECTION_WORDS)


def retracted_values(text: str) -> set[float]:
    """Values of the numbers a correction in `text` withdraws: those of a "… said N" clause that a
    "; the correct figure / the report gives M" clause follows, and N in "should read M, not N"."""
    out: set[float] = set()
    sentence = text
    for m in _SAID_THEN.finditer(sentence):
        semi = sentence.index(";", m.start())
        clause = sentence[max(sentence.rfind(";", 0, m.start()), sentence.rfind(". ", 0, m.start()),
                              sentence.rfind("\n", 0, m.start())) + 1:semi]
        out |= {n.value for n in find_numbers(clause) if n.is_score}
    for m in _NOT_AFTER_SHOULD.finditer(sentence):
        nums = find_numbers(sentence[m.end():m.end() + 20])
        if nums and nums[0].start == 0:
            out.add(nums[0].value)
    return out



_NUM = r"(?P<v>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# "…, not 79.1% as we first reported", "not 79.1%, as originally stated"
_NOT_AS_REPORTED = re.compile(
    rf"\bnot\s+(?:the\s+)?{_NUM}\s*(?:%|percent|points?|Elo)?\s*,?\s+as\s+(?:we|it|they|the\s+\w+|was|had\s+been)?\s*"
    r"(?:had\s+|was\s+|were\s+)?(?:first|originally|initially|previously|earlier|mistakenly|wrongly)?\s*"
    r"(?:been\s+)?(?:reported|stated|said|published|written|wrote|printed|posted|listed|shown|given|quoted|had\s+it|claimed)\b", re.I)
# "its AIME 2025 result … is 89.4%, not 94.8%": a figure set right against the one that replaces it
# (and without the verb when the right figure carries its unit: "… 61.2%, not 66.2%")
_IS_NOT = re.compile(rf"(?:\b(?:is|was|are|were|scores?|scored|reads?|stands?\s+at)\s+\d[\d.,]*\s*(?:%|percent|points?|Elo)?|"
                     rf"(?<![\w.,])\d[\d.,]*\s*(?:%|percent\b|points\b|Elo\b))\s*,\s+not\s+"
                     rf"(?:the\s+)?{_NUM}\s*(?:%|percent|points?|Elo)?(?=\s*(?:[.;)](?!\d)|,\s+(?:and|as|but|on|in|at|for)\b|$))", re.I)
# "Earlier posts that quoted 1362 for Grok should be disregarded", "the 71.2 figure should be ignored"
# ("… should no longer be cited", "… are superseded", "no longer stand")
_DISREGARD = re.compile(r"\bshould\s+be\s+(?:disregarded|ignored|discarded|withdrawn|treated\s+as\s+withdrawn)\b|"
                        r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:withdrawn|retracted|superseded|void)\b|"
                        r"\bshould\s+not\s+be\s+(?:quoted|cited|used|reported)\b|"
                        r"\b(?:should|must|can)\s+no\s+longer\s+be\s+(?:cited|used|quoted|relied\s+on|reported)\b|"
                        r"\bno\s+longer\s+(?:stands?|holds?|appl(?:y|ies)|valid)\b", re.I)
# "The old figures (39.0, 33.6 and 22.7)", "the earlier numbers of 71.2 and 64.0": the figures a sentence sets aside
_VALUES = r"\d[\d.,]*%?(?:\s*(?:,\s*and|,|and|or)\s+\d[\d.,]*%?)*"
_OLD_FIGURES = re.compile(
    r"\b(?:old|earlier|previous|original|prior|first|initial|superseded|withdrawn)\s+(?:figures?|numbers?|results?|scores?)"
    rf"\s*(?:\(\s*(?P<vs>{_VALUES})\s*\)|(?:of|were|was|:)\s+(?P<vs2>{_VALUES}))", re.I)
# the verdict's subject: "that number should be disregarded", "that figure was superseded", "the benchmark figures in the
# release notes (…) are withdrawn": one figure withdraws the sentence's first figure, figures withdraw all of them
_FIGURE_NOUN = re.compile(r"\b(?:figure|number|score|result)(?P<pl>s)?\b(?![\w-])", re.I)
_SENTENCE_FIGURE = re.compile(r"(?<![\w.,])(?P<v>\d{1,4}(?:\.\d+)?)(?P<pct>[ \t]?%)?(?![\w]|[.,]\d)")
_QUOTED_NUM = re.compile(
    rf"\b(?:quoted|quoting|cited|citing|reported|reporting|gave|giving|listed|listing|said|stated|showed|showing)\s+"
    rf"(?:(?:a|an|the)\s+)?(?:(?:score|figure|rating|number|result)\s+of\s+)?{_NUM}", re.I)


# "Edit: fixed a typo, I had written 47.1 for B, it's 71.4", "we wrongly gave 63.0 …": the writer's own slip, in a
# sentence that says so (a typo, a mistake, fixed, an edit, a correction)
_HAD_WRITTEN = LiteralStarts(re.compile(
    rf"\b(?:I|we|We)\s+(?:had\s+|originally\s+|first\s+|mistakenly\s+|wrongly\s+|accidentally\s+)*"
    rf"(?:written|wrote|typed|put|posted|listed|given|gave|said|reported)\s+(?:(?:a|an|the)\s+)?{_NUM}"))  # (scanned from "I", "we", "We": nlp.literal_starts)
_SLIP_WORDS = ("typo", "mistake", "fixed", "edit", "correct", "wrong", "oops", "error", "misprint")
# "An earlier version of this article said X scored 84.2%": every figure of that clause
_EARLIER_VERSION = literal_gated(re.compile(  # (scanned only in a text holding its words: nlp.needed_words)
    r"\b(?:an?|the|our)\s+(?:earlier|previous|original|first|older|initial)\s+(?:version|draft|edition|post|story|"
    r"article|report|text)(?:\s+of\s+(?:this|the|our)\s+[\w-]+)?\s+(?:had\s+)?(?:said|stated|gave|reported|listed|showed|"
    r"had|put|quoted|claimed|wrote|misstated)\b", re.I))
# "the abstract states 49.7% … while the table gives 47.9%": the table's figure stands unless the text is said to be right
_TEXT_STATES = re.compile(
    rf"\b(?:abstract|text|prose|introduction|summary|body|caption|blog\s+post)\s+(?:states?|says?|gives?|reports?|"
    rf"claims?|lists?|quotes?)\s+(?:(?:a|an|the)\s+)?{_NUM}", re.I)
_TABLE_GIVES = re.compile(r"\btable(?:\s+\d+)?\s+(?:gives?|shows?|lists?|reports?|says?|has)\s+\d", re.I)
_TEXT_RIGHT = from_starts(re.compile(r"\b(?:abstract|text|prose|introduction|summary)\s+(?:is|was)\s+(?:right|correct)\b|"
                         r"\btable\s+(?:is|was)\s+(?:wrong|incorrect|a\s+typo)\b", re.I))
_CLAUSE_END = re.compile(r";|\.(?!\d)|\n|,\s+(?:but|it|it's|it’s|the\s+(?:right|correct|actual))\b")


def slip_withdrawn(text: str) -> set[float]:
    """Values a writer withdraws as a slip of their own or an earlier version's, or an abstract's figure a
    table contradicts: "I had written 47.1 …, it's 71.4" (in a sentence that says typo / fixed / edit …),
    "An earlier version said … 84.2%", "the abstract states 49.7% … the table gives 47.9%"."""
    low = passage_lower(text)
    out: set[float] = set()
    if any(w in low for w in (" written", " wrote", " typed", " gave", " given", " put", " posted", " listed")):
        for m in _HAD_WRITTEN.finditer(text):
            a = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            e = text.find("\n", m.end())
            sentence = text[a:e if e >= 0 else len(text)].lower()
            if any(w in sentence for w in _SLIP_WORDS):
                out.add(float(m.group("v").replace(",", "")))
    if "version" in low or "draft" in low or "edition" in low or "earlier" in low or "previous" in low:
        for m in _EARLIER_VERSION.finditer(text):
            end = _CLAUSE_END.search(text, m.end())
            clause = text[m.end():end.start() if end else len(text)]
            out |= {n.value for n in find_numbers(clause) if n.is_score}
    if "table" in low and not _TEXT_RIGHT.search(text):
        for m in _TEXT_STATES.finditer(text):
            a = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            e = text.find(". ", m.end())
            if _TABLE_GIVES.search(text, a, e if e >= 0 else len(text)):
                out.add(float(m.group("v").replace(",", "")))
    return out


# "would rank third if …", "could place it second": a hypothetical place is no claim (convention 2)
_WOULD_PLACE = re.compile(
    r"\b(?:would|could|might|should)\s+(?:\w+\s+){0,2}?(?:rank|place|put\s+it|be|finish|come|land|sit)\s+"
    r"(?:it\s+)?(?:in\s+|at\s+|on\s+)?(?:the\s+)?(?:No\.\s?|#|number\s+)?"
    r"(?P<r>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th)?)\b", re.I)
_ORD_WORD = {w: float(i) for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1)}


# a correction notice's "The article also said X was second on B; it is first": the place it withdraws
_SAID_PLACE = re.compile(
    r"\b(?:said|stated|reported|wrote|claimed)\b[^;.\n]{0,80}?\b(?:(?:was|is|came|ranked|placed|finished)\s+(?:the\s+)?|"
    r"(?:had|put|listed|ranked|placed|showed)\s+(?:[\w'’.-]+\s+){1,4}?(?:in\s+|at\s+)?(?:the\s+)?)"
    r"(?P<r>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b[^;\n]*;\s*(?:but\s+|in\s+fact\s+)?"
    r"(?:(?:it|she|he|they|the\s+model)\s+(?:is|was|came|ranks|ranked)|"
    # (round 15) "…; the board lists it second": the board's own list
    r"the\s+(?:[\w'’-]+\s+){1,2}?(?:lists|ranks|puts|places|shows|has|gives)\s+(?:it|her|him|them))"
    r"\s+(?:actually\s+|in\s+fact\s+)?(?:the\s+|in\s+|at\s+)?"
    r"(?P<r2>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)


def retracted_places(text: str, claims: list[dict]) -> list[dict]:
    """`claims` without the places a correction notice says were wrong ("said X was second …; it is first")."""
    if not is_correction(text):
        return claims
    out = []
    for c in claims:
        sentence = c.get("sentence") or ""
        if c.get("unit") == "rank" and ";" in sentence:
            if any(_ORD_WORD[m.group("r").lower()] == c["score"] != _ORD_WORD[m.group("r2").lower()]
                   for m in _SAID_PLACE.finditer(sentence)):
                continue
        out.append(c)
    return out


def hypothetical_places(claims: list[dict]) -> list[dict]:
    """`claims` without the places a sentence only supposes ("would rank third overall if …")."""
    out = []
    for c in claims:
        sentence = c.get("sentence") or ""
        if c.get("unit") == "rank" and ("would" in sentence or "could" in sentence or "might" in sentence
                                        or "should" in sentence):
            vals = set()
            for m in _WOULD_PLACE.finditer(sentence):
                w = m.group("r").lower()
                vals.add(_ORD_WORD.get(w) or float(re.sub(r"\D", "", w)))
            if c["score"] in vals:
                continue
        out.append(c)
    return out


def inline_withdrawn(text: str) -> set[float]:
    """Values a correction in ``text`` withdraws wherever the passage has no correction word (what
    `retracted_values` does not read): N in "…, not N as we first reported" and the figures quoted in a sentence that says they
    "should be disregarded"."""
    low = passage_lower(text)
    out: set[float] = set()
    if "not " in low and " as " in low:
        for m in _NOT_AS_REPORTED.finditer(text):
            out.add(float(m.group("v").replace(",", "")))
    if ", not " in low:
        for m in _IS_NOT.finditer(text):
            out.add(float(m.group("v").replace(",", "")))
    if "should" in low or "withdrawn" in low or "retracted" in low or "superseded" in low or "no longer" in low \
            or "void" in low:
        for m in _DISREGARD.finditer(text):
            a = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            if _OTHER_SUBJECT.search(text, max(a, m.start() - 60), m.start()):
                continue  # "the score of the model that was withdrawn": the model goes, its figure stays
            out |= _subject_figures(text, a, m.start())
            for q in _QUOTED_NUM.finditer(text, a, m.start()):
                out.add(float(q.group("v").replace(",", "")))
            for q in _OLD_FIGURES.finditer(text, a, m.start()):  # "The old figures (39.0, 33.6 and 22.7) …"
                out |= {float(v.replace(",", "")) for v in _VALUE.findall(q.group("vs") or q.group("vs2"))}
    return out


def _subject_figures(text: str, a: int, b: int) -> set[float]:
    """The figures of the sentence text[a:b] that a verdict at b withdraws by naming them as its subject ("figure(s)",
    "number(s)", "score(s)", "result(s)" within 160 characters before it): the first figure for a singular noun, every
    figure for a plural one. A figure has a decimal point or a "%", or three or four digits and is no year."""
    noun = None
    for noun in _FIGURE_NOUN.finditer(text, max(a, b - 160), b):
        pass
    if noun is None:
        return set()
    figures = []
    for f in _SENTENCE_FIGURE.finditer(text, a, b):
        v = f.group("v")
        if "." in v or f.group("pct") or len(v) >= 3 and not re.fullmatch(r"(?:19|20)\d\d", v):
            figures.append(float(v))
    return set(figures if noun.group("pl") else figures[:1])


# a verdict in a relative clause of a noun that is no figure: "… of the model that was withdrawn", "…, which is void"
_OTHER_SUBJECT = re.compile(r"\b(?!(?:figure|number|score|result)s?\b)[A-Za-z][\w-]*\s*,?\s+(?:that|which|who)\s*$", re.I)
_VALUE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# a passage that re-runs or corrects its own figures
_RERUN = from_starts(re.compile(r"\b(?:corrected|revised|updated|amended)\s+(?:results?|figures?|numbers|scores?|table)\b|"
                    r"\bre-?(?:ran|run|running|evaluated|scored|tested)\b", re.I))
# "we published a model card … that reported 39.0%", "in our launch post we reported 71.2%": the writer's earlier figure
_WE_PUBLISHED = re.compile(r"\b(?:we|We)\s+(?:had\s+|originally\s+|first\s+|previously\s+|initially\s+)?"
                           r"(?:published|reported|posted|gave|listed|wrote|announced|released)\b")


def superseded_claims(text: str, claims: list[dict]) -> list[dict]:
    """`claims` without those a re-run or correction in `text` supersedes: a claim from a sentence in which the
    writer says they published or reported it before, when a later claim gives the same model and benchmark
    another figure and the passage says it re-ran or corrected its figures."""
    if "we " not in passage_lower(text) or not _RERUN.search(text):
        return claims
    out = []
    for c in claims:
        sentence = c.get("sentence") or ""
        if c.get("unit") not in ("rank", "medal") and _WE_PUBLISHED.search(sentence) and any(
                o["start"] > c["start"] and o["model"] == c["model"] and o["benchmark"] == c["benchmark"]
                and o["score"] != c["score"] for o in claims):
            continue
        out.append(c)
    return out


def withdrawn_values(text: str) -> set[float]:
    """Every value `text` withdraws: `retracted_values` in a correction notice, `inline_withdrawn` anywhere."""
    return (retracted_values(text) if is_correction(text) else set()) | inline_withdrawn(text) | slip_withdrawn(text)


def drop_withdrawn(text: str, claims: list[dict]) -> list[dict]:
    """The one entry point: `claims` without the figures `text` withdraws (places and medals stay: a
    withdrawn 2.0 is a score, not a rank) and without those a re-run supersedes."""
    claims = retracted_places(text, hypothetical_places(claims))
    gone = withdrawn_values(text)
    if gone:
        claims = [c for c in claims if c["score"] not in gone or c["unit"] in ("rank", "medal")]
    return superseded_claims(text, claims) if claims else claims
