"""A second party's figure for a model and benchmark the passage has just scored: "On our bench X solved 61.2% of B.
The vendor quotes 64.5 percent in its deck.", "X got 50.0% on B in our tests, whereas the firm had claimed 56.0%",
"Clinicians at a clinic tried the test themselves and got 58.0%", "One reader who tested the public weights found
60.1%".

The clause names neither model nor benchmark, so the sentence reader of `nlp.claims` has no owner for the figure
and drops it; yet news prose states a maker's figure and a re-run beside each other all the time, and both are
claims (README convention 1: the same model and benchmark with two different numbers from two sources). This
reader gives such a figure to the one (model, benchmark) the claims of the same sentence before the clause, or of
the sentence right before it in the paragraph, are about. It is strict, because a bare figure after "the company
reported" is as often revenue or a share:

* the clause has a party that reports or runs: a maker ("the company / developer / maker / vendor / start-up / lab /
  firm") with a report verb ("reported", "announced", "claims", "quoted", "lists", "gives", "published"), or anyone
  who ran the test ("doctors / researchers / maintainers / a user / a reader / a reviewer …") with a run word before
  the figure ("ran", "tested", "checked", "tried") and a finding verb ("found", "got", "measured", "obtained");
* the figure ends its noun phrase (a full stop, a comma, "in its deck", "on the same split", "of the questions"),
  so "reported 48% revenue growth" or "73% of its customers" are not read;
* the clause names no model and no benchmark, except the pair's own (or, for "the X keepers measured the previous
  checkpoint at N", the benchmark alone, with the one model the passage scored there);
* the earlier claims give exactly one (model, benchmark), not cited for comparison, and not this number already.

Source and confidence come later, from the sentence as for any claim (`nlp.claims._add_fields`).
"""
from __future__ import annotations

import re

from .stem_starts import StemStarts
from .string_memo import passage_lower
from .numbers import FIGURE_TEXT

_NUMBER = FIGURE_TEXT
_PLACE_UNITS = ("rank", "medal", "percentile")
_MAKERS = ("compan", "developer", "maker", "vendor", "start", "lab", "firm")
_REPORT_VERBS = ("report", "announc", "claim", "quot", "publish", "list", "gave", "give")

# (tried only where a party word begins, in a passage holding one of the verbs: nlp.stem_starts)
_SECOND = StemStarts(re.compile(
    r"\b(?P<party>compan(?:y|ies)|developers?|makers?|vendor|start-?up|lab|firm|maintainers|keepers|curators|authors|"
    r"organi[sz]ers|"
    r"doctors|clinicians|researchers|testers?|users?|readers?|reviewers?|subscribers?)\b"
    r"(?P<mid>[^;:!?\n\d]{0,100}?)\b"
    r"(?P<verb>reported|reports|announced|announces|claimed|claims|quoted|quotes|published|lists|listed|gave|gives|"
    r"found|got|measured|obtained|recorded)\s+(?:(?:only|just|about|around|roughly)\s+)?"
    r"(?P<old>(?:the\s+)?(?:old|older|previous|original|earlier|same|shipped)\s+(?:weights|build|checkpoint|version|"
    r"release)\s+at\s+)?"
    rf"(?P<n>{_NUMBER})(?P<u>\s*(?:%|percent\b|per\s+cent\b))?(?![\w/-]|[.,]\d)", re.I))
_RUN_WORD = re.compile(r"\b(?:ran|run|re-?ran|tested|re-?tested|checked|tried|repeated|evaluated)\b", re.I)
# what may follow the figure: its noun phrase ends there
_ENDS = re.compile(
    r"(?:\s*(?:$|[.,;:)\]—–])|\s+(?:-\s|in|on|for|at|with|and|but|while|whereas|which|when|after|before|under|using|"
    r"from|by|against|last|this|overall|correctly|accuracy)\b|\s+of\s+(?:the\s+)?(?:questions|tasks|problems|items|"
    r"cases|puzzles|prompts)\b)", re.I)
_SENTENCE_END = re.compile(r"(?<!\bSt)(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bNo)(?<!\bvs)[.!?](?=\s)|\n")
_CLAUSE_BREAK = re.compile(r",\s+(?:whereas|while|but|although|though)\s+|;\s+", re.I)


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _sentence_start(text: str, at: int) -> int:
    """Start of the sentence holding offset `at` (an abbreviation's full stop does not end one)."""
    start = 0
    for m in _SENTENCE_END.finditer(text, max(0, at - 400), at):
        start = m.end()
    return start


def _own(c: dict) -> bool:
    return c.get("unit") not in _PLACE_UNITS and not c.get("is_comparison") and not isinstance(c.get("comparison"), dict)


def second_sources(text: str, claims: list[dict], ents) -> list[dict]:
    """New claims for second-party figures (module docstring); `ents`: (start, end, label, canonical) in text order."""
    low = passage_lower(text)
    if not claims or not any(v in low for v in ("report", "announc", "claim", "quot", "publish", "list", "gave", "give",
                                                "found", "got", "measured", "obtained", "recorded")):
        return []
    out = []
    for m in _SECOND.finditer(text):
        party, verb = m.group("party").lower(), m.group("verb").lower()
        maker = party.startswith(_MAKERS)
        if not (maker and verb.startswith(_REPORT_VERBS)) and not (
                verb in ("found", "got", "measured", "obtained", "recorded") and _RUN_WORD.search(m.group("mid"))
                or m.group("old")):
            continue  # a maker reports, or someone who ran the test finds
        if _SENTENCE_END.search(m.group("mid")) or not _ENDS.match(text, m.end()):
            continue  # "48% revenue growth", "73% of its customers"
        sent = _sentence_start(text, m.start())
        clause = sent
        for b in _CLAUSE_BREAK.finditer(text, sent, m.start()):
            clause = b.end()
        end = _SENTENCE_END.search(text, m.end())
        stop = end.end() if end else len(text)
        named = [e for e in ents if clause <= e[0] < stop and e[2] in ("MODEL", "BENCHMARK")]
        models = {e[3] for e in named if e[2] == "MODEL"}
        benches = {e[3] for e in named if e[2] == "BENCHMARK"}
        if len(models) > 1 or len(benches) > 1:
            continue
        para = text.rfind("\n\n", 0, m.start()) + 1
        if m.group("old") and benches and not models:
            # "the B keepers measured the previous checkpoint at N": the one model the passage scored on B
            prior = [c for c in claims if c["start"] < m.start() and c["benchmark"] in benches and _own(c)]
        else:
            before = [c for c in claims if para <= c["start"] < m.start() and _own(c)
                      and (c["start"] < clause <= c["end"] or c["end"] <= sent)]
            last = max((c["end"] for c in before if c["end"] <= sent), default=None)
            # the sentence's own claims before the clause, else those of the sentence right before it
            prior = [c for c in before if c["start"] < clause <= c["end"]] or [
                c for c in before if c["end"] == last and len(_SENTENCE_END.findall(text, max(0, last - 1), sent + 1)) <= 1]
            if models:
                prior = [c for c in prior if c["model"] in models]
            if benches:
                prior = [c for c in prior if c["benchmark"] in benches]
        pairs = {(c["model"], c["benchmark"]) for c in prior}
        if len(pairs) != 1:
            continue
        model, bench = pairs.pop()
        value = _num(m.group("n"))
        owner = next(c for c in prior if (c["model"], c["benchmark"]) == (model, bench))
        if m.group("u"):
            unit = "%"
        elif owner.get("unit") in ("%", "points") and value <= 100:
            unit = owner["unit"]
        else:
            continue
        if any(c["model"] == model and c["benchmark"] == bench and c["score"] == value for c in claims + out) or any(
                c["start"] <= m.start("n") < c["end"] and c["score"] == value for c in claims):
            continue  # said already, or the figure is someone else's claim
        sentence = text[sent:stop].strip()
        lead = len(text[sent:stop]) - len(text[sent:stop].lstrip())
        out.append({"model": model, "benchmark": bench, "score": value, "unit": unit, "metric": None,
                    "comparison": None, "sentence": sentence, "start": sent + lead, "end": sent + lead + len(sentence)})
    return out
