"""Benchmarks no list knows, as the place a score was taken: "On X it scores 84%", "on X: 58.2%" (round 21).

:mod:`nlp.unknown` reads "On X, ..." with its comma and "N on X". Two more forms of the same use:

* **"On X" opening a clause, then its subject and a score verb with a number**: "On Fernwick-Long I measured
  52.3%", "On PebbleSum it scores 69.1", "on Fernwick-Long they complete 31.0% and 40.2%";
* **"on X:" then a number**: "the test run on PebbleSum: 77.4%", "ottervale-3 on Fernwick-Long: 58.2%".

"On Monday I measured 5%" and "on Reddit: 40% say" have the same words, so the name must look made
(:func:`nlp.bench_keepers.made`: a hyphen before a capital or digit, a digit, a capital inside the word).
The name's other mentions follow (:func:`nlp.bench_keepers.with_mentions`). Gates as in
:mod:`nlp.bench_keepers`: an AI sentence at the name, no word that never starts a name, nothing found before
overlapped. Found from the literal "On"/"on": linear in the text.
"""

from __future__ import annotations

import re
from typing import Callable

from .bench_keepers import ORG_TAILS, made, with_mentions
from .bench_uses import _NAME, _ok
from .name_syntax import span_free
from .trigger_scan import TriggerScan

_SUBJECT = r"(?:I|we|it|they|he|she|the[ ][a-z]+(?:[ ][a-z]+)?|[A-Z][\w\-.]*(?:[ ][A-Z0-9][\w\-.]*){0,2})"
_VERB = (r"(?:measured|measures|scored|scores|score|gets|got|get|reached|reaches|reach|hit|hits|managed|manages|"
         r"solved|solves|completed|completes|complete|posted|posts|achieved|achieves|had|has|have|did|does|do)")
_NUMBER = r"(?:\d+(?:\.\d+)?)"
# "On X I measured 52.3%", "on X, it scores 69.1" (both opened by a look-behind or a line start: tried only where a
# word "On"/"on" begins, nlp.trigger_scan)
ON_CLAUSE = TriggerScan(re.compile(rf"(?:^|(?<=[.!?;:,][ ]))[Oo]n[ ]({_NAME})[,]?[ ]{_SUBJECT}[ ]{_VERB}"
                                    rf"[ ](?:(?:only|just|about|around|a[ ]mere|roughly|nearly|almost)[ ])?{_NUMBER}", re.M),
                        r"[Oo](?<!\w.)(?=n[ ])")
# "on X: 58.2%"
ON_COLON = TriggerScan(re.compile(rf"(?<![\w\-])on[ ]({_NAME}):[ ]{_NUMBER}"), r"o(?<!\w.)(?=n[ ])")


def find(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, "BENCHMARK", canonical) of names a score was taken on (see the module doc), with their other
    mentions; ``taken``: (start, end, label) of everything found so far."""
    if "n " not in text or not any(ch.isdigit() for ch in text):
        return []
    spans = sorted((s, e) for s, e, _ in taken)
    width = max((e - s for s, e in spans), default=0)
    labelled = {text[s:e] for s, e, _ in taken}
    names: list[str] = []
    for rx in (ON_CLAUSE, ON_COLON):
        for m in rx.finditer(text):
            s, e = m.span(1)
            w = m.group(1)
            if (w in names or w in labelled or not made(w) or not _ok(w) or any(x in ORG_TAILS for x in w.split())
                    or not span_free(spans, width, s, e) or not ai_at(s)):
                continue
            names.append(w)
    return with_mentions(text, names, spans, width)
