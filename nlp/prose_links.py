"""Who a figure in prose belongs to, where the sentence reader of `nlp.claims` gives it to the passage's
subject: rivals a line names after "vs", rivals a maker "compared its model with", a re-run's figure, and
a figure a correction replaces.

* `vs_lines`: a line or sentence that opens "vs X …:" / "versus X:" / "Compared with X on the same harness:"
  gives the figures after its colon to X, cited for comparison ("4/6 vs Bittern 1.0 on the same harness:
  48.3% SWE-bench Verified" is Bittern 1.0's 48.3%), not to the thread's own model;
* `compared_rivals`: "Brasa IA compared its model (too) with X, which in its tests gets N": X's figures of
  that sentence are cited for comparison (README convention 3);
* `rerun_claims`: "the maintainers re-ran the model / X …, they got N", "re-ran X … and found N": N is the
  re-run model's on the benchmark the sentence names, else the last one named in its paragraph: the model the
  clause names, when an earlier claim scored it there, or for "it" / "the model" the one model an earlier
  claim scored there (in its paragraph, else in the passage; rivals cited for comparison aside): a re-run checks a figure the passage gave; a claim
  of that sentence that gave N to another model is moved to it;
* `corrected_claims` (with a figure a board "previously showed as N", one "printed as N", and what "we wrote that …"
  in a passage that corrects itself, all withdrawn): "X scored 64.1% on B. That figure was wrong: the release gives 61.4%" (also "That was wrong.",
  and round 15's "… reported 44.6% on B. The correct figure is 41.8%."): the figure is
  withdrawn (README convention 5) and the figure the correction gives is the same model's on the same
  benchmark; "… we wrote that X scored 52%. It was 45.2%; 52 was a typo": the figure named wrong is withdrawn.

One regex pass over the passage per reader, behind a substring quick reject: linear in its length.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .earlier_states import earlier_states
from .language_parts import language_parts
from .second_sources import second_sources
from .numbers import FIGURE_TEXT

_NUMBER = FIGURE_TEXT
_PLACE_UNITS = ("rank", "medal", "percentile")
_SENT_END = re.compile(r"[.!?](?=\s|$)|\n")


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _sentence_end(text: str, at: int) -> int:
    m = _SENT_END.search(text, at)
    return m.end() if m else len(text)


def _models(ents) -> list:
    return [x for x in ents if x[2] == "MODEL"]


# ---------------------------------------------------------------------------------------------- "vs X: 48.3%"

_VS_OPEN = re.compile(r"\W{0,3}(?:\d{1,2}/\d{1,2}\s+|[-•*]\s+)?(?:vs\.?|versus|against|compared\s+(?:with|to))\s+", re.I)
_TO_COLON = re.compile(r"[^:\d\n.;]{0,60}:")


def vs_lines(text: str, claims: list[dict], ents) -> None:
    """Give the figures after the colon of a "vs X …:" sentence to X, as comparisons (in place)."""
    if "vs" not in text and "versus" not in text and "ompared" not in text and "against" not in text:
        return
    models = _models(ents)
    starts = [x[0] for x in models]
    for c in claims:
        if c.get("unit") in _PLACE_UNITS or c.get("start") is None:
            continue
        m = _VS_OPEN.match(text, c["start"], c["end"])
        if m is None:
            continue
        i = bisect_left(starts, m.end())
        if i >= len(models) or models[i][0] != m.end():
            continue
        rival = models[i]
        colon = _TO_COLON.match(text, rival[1], c["end"])
        if colon is None or any(colon.end() <= x[0] < c["end"] for x in models):
            continue  # no colon, or the figures after it name another model
        if c["model"] != rival[3]:
            c["model"] = rival[3]
            c["comparison"] = None
        c["is_comparison"] = True


# ---------------------------------------------------------------------------------------------- "compared its model with X"

_COMPARED = re.compile(
    r"\bcompar(?:ed|es|ing)\s+(?:(?:its|the|their|our|this|his|her)\s+(?:new\s+|own\s+)?(?:model|system|release|flagship|"
    r"product)|it|them)\s+(?:(?:too|also|again|directly|further)\s+)?(?:with|to|against)\s+(?:the\s+)?", re.I)


def compared_rivals(text: str, claims: list[dict], ents) -> None:
    """Mark as comparisons the figures of X in a sentence where a maker "compared its model with X" (in place)."""
    if "ompar" not in text:
        return
    models = _models(ents)
    by_start = {x[0]: x for x in models}
    for m in _COMPARED.finditer(text):
        rival = by_start.get(m.end())
        if rival is None:
            continue
        end = _sentence_end(text, rival[1])
        for c in claims:
            if c["model"] == rival[3] and c["start"] <= m.start() < c["end"] and c["start"] < end:
                c["is_comparison"] = True


# ---------------------------------------------------------------------------------------------- re-runs

_RERUN = re.compile(
    r"\b(?:re-?ran|re-?runs?|re-?running|re-?tested|re-?evaluated|reproduced|re-?scored|re-?benchmarked)\s+"
    r"(?:(?P<it>the\s+(?:new\s+)?model|it)\b|(?=[A-Z\d]))", re.I)
_RERUN_GOT = re.compile(
    rf"(?:,\s*|\s+and\s+|[.;]\s+)(?:(?:then\s+)?(?:they|we|I|it|the\s+\w+)\s+)?(?:got|get|gets|measured|found|obtained|saw|"
    rf"recorded|reached|reports?|reported|came\s+up\s+with)\s+(?:only\s+|just\s+|about\s+|an?\s+)?(?P<n>{_NUMBER})"
    r"(?![\w/-]|[.,]\d)", re.I)


def rerun_claims(text: str, claims: list[dict], ents) -> list[dict]:
    """Claims for a re-run's figure (module docstring); moves, in place, a claim that gave it to another model."""
    low = text.lower()
    if not any(w in low for w in ("re-ran", "reran", "rerun", "re-run", "retest", "re-test", "reevaluat", "re-evaluat",
                                  "reproduc", "rescor", "re-scor")):
        return []
    models = _models(ents)
    benches = [x for x in ents if x[2] == "BENCHMARK"]
    out = []
    vs_targets = {c["comparison"].get("vs") for c in claims if isinstance(c.get("comparison"), dict)}
    for m in _RERUN.finditer(text):
        end = _sentence_end(text, m.end())
        got = _RERUN_GOT.search(text, m.end(), min(len(text), end + 120))
        if got is None or got.start() > end + 1 or _SENT_END.search(text, end, got.start("n")):
            continue  # the figure in the re-run's sentence or the very next one ("They got 74.8%.")
        para = text.rfind("\n\n", 0, m.start()) + 1
        named = [x for x in benches if m.start() <= x[0] < got.start("n")] or [x for x in benches if para <= x[0] < m.start()]
        if not named:
            continue
        bench = named[-1][3]
        earlier = [c for c in claims if c["benchmark"] == bench and c["start"] < m.start() and c.get("unit") not in _PLACE_UNITS
                   and not c["start"] <= got.start("n") < c["end"]]  # (not the figure's own sentence)
        if m.group("it"):
            # "re-ran it / the model": the one model the passage scored on that benchmark before, its rivals aside
            owners = {c["model"] for c in earlier if not c.get("is_comparison") and c["model"] not in vs_targets
                      and c["start"] >= para} or {c["model"] for c in earlier if not c.get("is_comparison")
                                                  and c["model"] not in vs_targets}  # its paragraph's first
            if len(owners) != 1:
                continue
            model = owners.pop()
        else:
            named_model = next((x for x in models if x[0] == m.end()), None)
            if named_model is None or not any(c["model"] == named_model[3] for c in earlier):
                continue  # a re-run checks a figure the passage gave before
            model = named_model[3]
        value = _num(got.group("n"))
        if any(c["score"] == value and c["start"] <= got.start("n") < c["end"] and c["model"] == model for c in claims):
            continue
        moved = [c for c in claims if c["score"] == value and c["start"] <= got.start("n") < c["end"] and c["model"] != model
                 and c.get("unit") not in _PLACE_UNITS]
        if moved:
            for c in moved:
                c["model"], c["benchmark"], c["comparison"] = model, bench, None
            continue
        sa = max(text.rfind("\n", 0, m.start()), max((x.end() for x in _SENT_END.finditer(text, max(0, m.start() - 400), m.start())),
                                                      default=-1)) + 1
        sb = _sentence_end(text, got.end())
        sent = text[sa:sb]
        lead = len(sent) - len(sent.lstrip())
        sent = sent.strip()
        unit = "%" if re.match(r"\s*(?:%|percent\b|per\s+cent\b)", text[got.end():got.end() + 10]) else "bare"
        out.append({"model": model, "benchmark": bench, "score": value, "unit": unit, "metric": None,
                    "comparison": None, "sentence": sent, "start": sa + lead, "end": sa + lead + len(sent)})
    return out


# ---------------------------------------------------------------------------------------------- corrections

_WRONG = re.compile(
    r"\b(?:(?:that|this|the)\s+(?:figure|number|score|result|value|percentage)\s+|(?:that|this)\s+)(?:was|is)\s+"
    r"(?:(?:simply|plainly|also)\s+)?(?:wrong|incorrect|mistaken|in\s+error|a\s+typo|an\s+error|erroneous|a\s+mistake)\b|"
    # (round 15) "The correct figure is 41.8%" right after the sentence that gave the old one
    r"\bthe\s+(?:correct|corrected|right|actual|true|accurate)\s+(?:figure|number|score|result|value|percentage)\s+"
    r"(?:is|was|reads|should\s+(?:be|read|have\s+been))\b", re.I)
_FIGURE = re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER})(?P<u>\s*(?:%|percent\b|per\s+cent\b))?(?![\w/-]|[.,]\d)")


# "…; 52 was a typo", "the 71.2 was wrong": that figure, wherever the two sentences before it gave it
_TYPO = re.compile(rf"(?<![\w.,])(?:the\s+)?(?P<n>{_NUMBER})\s*%?\s+(?:was|is)\s+(?:(?:just|simply)\s+)?"
                   r"(?:a\s+typo|wrong|incorrect|an?\s+(?:error|mistake|misprint))\b", re.I)


def _typo_withdrawn(text: str, claims: list[dict]) -> list[dict]:
    out = claims
    for m in _TYPO.finditer(text):
        value = _num(m.group("n"))
        lo = m.start()
        for _ in range(3):  # its own sentence and the two before it
            lo = max(text.rfind("\n", 0, lo), max((x.end() for x in _SENT_END.finditer(text, max(0, lo - 400), lo)),
                                                  default=-1))
            if lo <= 0:
                break
            lo -= 1
        out = [c for c in out if not (c["score"] == value and max(lo, 0) <= c["start"] < m.start()
                                      and c.get("unit") not in _PLACE_UNITS)]
    return out


# "61.0% (previously shown as 63.5%)", "was printed as 7.2%": the figure a board or a page displayed by mistake
_SHOWN_AS = re.compile(
    rf"\(\s*(?:previously|formerly|originally|earlier|first)\s+(?:shown|listed|printed|displayed|posted)\s+(?:as|at)\s+"
    rf"(?P<n>{_NUMBER})|\b(?:was|were)\s+(?:(?:first|originally|wrongly|mistakenly)\s+)?(?:printed|shown|listed|displayed)"
    rf"\s+as\s+(?P<m>{_NUMBER})", re.I)
# "we wrote that X scored 57%" in a passage that corrects itself: the figure it wrote before
_WE_WROTE = re.compile(r"\bwe\s+(?:had\s+)?(?:wrote|said|reported|stated|printed|gave|put)\s+(?:that\s+)?"
                       r"(?P<clause>(?:[^.;:\n]|\.\d){0,100})", re.I)
_SCORE_FIGURE = re.compile(rf"(?<![\w.,])(?P<n>{_NUMBER})(?P<u>\s*(?:%|percent\b|points?\b|Elo\b))?(?![\w/-]|[.,]\d)",
                           re.I)
_SELF_CORRECTION = ("correction", "regret", "the right figure", "the correct figure", "the correct value", "in error")


def _figure_at(c: dict) -> int | None:
    """The offset of a sentence claim's number in the passage, when its `_how` says where."""
    how = c.get("_how")
    if not isinstance(how, dict) or how.get("at") is None or how.get("path") == "table" or c.get("start") is None:
        return None
    return c["start"] + how["at"]


def _shown_withdrawn(text: str, claims: list[dict]) -> list[dict]:
    """`claims` without the figures a page showed by mistake or a writer wrote before correcting it (see above)."""
    low = text.lower()
    spots = []
    if "shown" in low or "listed" in low or "printed" in low or "displayed" in low or "posted" in low:
        spots += [(m.start("n") if m.group("n") else m.start("m"), _num(m.group("n") or m.group("m")))
                  for m in _SHOWN_AS.finditer(text)]
    if "we " in low and any(w in low for w in _SELF_CORRECTION):
        for m in _WE_WROTE.finditer(text):
            # its first figure with a unit or a decimal point ("X 1 scored 57%": not the version digit)
            f = next((f for f in _SCORE_FIGURE.finditer(text, m.start("clause"), m.end("clause"))
                      if f.group("u") or "." in f.group("n")), None)
            if f is not None:
                spots.append((f.start("n"), _num(f.group("n"))))
    for at, value in spots:
        claims = [c for c in claims if not (c["score"] == value and c.get("unit") not in _PLACE_UNITS and (
            _figure_at(c) == at if _figure_at(c) is not None else c["start"] <= at < c["end"]))]
    return claims


def corrected_claims(text: str, claims: list[dict]) -> list[dict]:
    """`claims` with the figure "That figure was wrong" withdraws dropped and the correction's figure added."""
    claims = _shown_withdrawn(text, claims)
    if "wrong" not in text and "orrect" not in text and "mistake" not in text and "error" not in text and \
            "typo" not in text:
        return claims
    if "typo" in text or "was wrong" in text or "is wrong" in text or "mistake" in text or "error" in text:
        claims = _typo_withdrawn(text, claims)
    for m in _WRONG.finditer(text):
        before = [c for c in claims if c["start"] < m.start() and c.get("unit") not in _PLACE_UNITS
                  and (m.start() < c["end"] or not text[c["end"]:m.start()].strip())]
        last = [c for c in before if c["end"] == max((x["end"] for x in before), default=-1)]
        if len(last) != 1:
            continue  # one figure in the sentence right before: the one the correction means
        old = last[0]
        end = _sentence_end(text, m.end())
        new = None
        for f in _FIGURE.finditer(text, m.end(), end):
            if not any(c["start"] <= f.start() < c["end"] and c["score"] == _num(f.group("n")) and c["model"] != old["model"]
                       for c in claims):
                new = f
                break
        claims = [c for c in claims if c is not old]
        if new is not None:
            sa = m.start()
            sent = text[sa:end].strip()
            unit = "%" if new.group("u") else old["unit"]
            taken = [c for c in claims if c["model"] == old["model"] and c["benchmark"] == old["benchmark"]
                     and c["score"] == _num(new.group("n"))]
            if not taken:
                claims.append(dict(old, score=_num(new.group("n")), unit=unit, sentence=sent, start=sa, end=sa + len(sent),
                                   comparison=None))
    return sorted(claims, key=lambda c: c["start"])


def link_prose(text: str, claims: list[dict], ents) -> list[dict]:
    """`claims` after the four readers of the module docstring and three small modules read at the same point: a
    second party's figure (nlp.second_sources), a same-model earlier state (nlp.earlier_states) and a language part's
    benchmark (nlp.language_parts). `ents`: (start, end, label, canonical) in text order."""
    claims = claims + rerun_claims(text, claims, ents)
    claims = claims + second_sources(text, claims, ents)  # "The company itself reported N" (nlp.second_sources)
    claims = claims + earlier_states(text, claims)  # "up from N% for the same weights" (nlp.earlier_states)
    claims = language_parts(text, claims, ents)  # "on the Basque part of X": X's (nlp.language_parts)
    vs_lines(text, claims, ents)
    compared_rivals(text, claims, ents)
    return corrected_claims(text, claims)
