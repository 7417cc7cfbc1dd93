"""A company's own voice and the law and money around it: one capitalised word that only an organisation fits (round 26).

Read by :mod:`nlp.name_syntax`'s cue loop as :mod:`nlp.business_cues` is (same gates: no stop, calendar, place or tier
word, no surname, nothing found overlapped; the name keeps its label at its other mentions), but without an AI word in
the cue's own sentence: the passage must be about AI (the caller's gate), and the cue says by itself what the word is.
News names a lab once in a release story and then, a paragraph later, only by the word; these cues are the sentences
that follow it there ("Marrowfield says it will fix the first", "a collective has sued Cobaltreach"):

* **speaking of itself as "it"**: "X says it will ...", "X said its model ...", "X told the regulator it ..." — a person
  speaking says "he", "she" or "I"; a place is left out by the gates, a surname by the first name before it elsewhere;
* **the law and ownership**: "sued X", "is suing X", "a (minority) stake in X";
* **what only a company has**: "X's founders", "X's co-founder", "X's shareholders", "X's board of directors".

Never the last word of a longer capitalised name ("the National Conference of Bar Examiners told us it ..."); a
sentence adverb or a function word may stand before it ("Afterwards X told ...", "But X said it ..."). Each
cue is a bounded regular expression found from its own words: linear in the text.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .unknown import _UP, DISCOURSE

# "X says it", "X said its", "X told the regulator it", "X says that it"
SAYS_IT = re.compile(r"[ ](?:says|said|told[ ](?:the[ ])?[a-z]+|tells[ ](?:the[ ])?[a-z]+)(?:[ ]that)?[ ](?:it|its)\b(?!['\u2019])")
# "sued X", "is suing X", "a minority stake in X"
SUED = re.compile(rf"\b(?:sued|sues|is[ ]suing|are[ ]suing|(?:minority|majority|small|large|\d+(?:\.\d+)?%)[ ]stake[ ]in)[ ]"
                  rf"(?=[{_UP}])")
# "X's founders", "X's co-founder", "X's shareholders", "X's board of directors"
FOUNDERS = re.compile(r"['\u2019]s[ ](?:co-?founders?|founders?|shareholders|board[ ]of[ ]directors)\b")
CAP_BEFORE = re.compile(rf"(?P<w>[{_UP}][\w\-]*)[ ](?:of[ ]|for[ ])?\Z")  # "Bar Examiners", "Bank of X": a longer name's last word

BACK = ((SAYS_IT, "ORG", ("says", "said", "told", "tells")), (FOUNDERS, "ORG", ("founder", "shareholders", "board of")))
AHEAD = ((SUED, "ORG", ("sue", "suing", "stake in")),)
OWN_CONTEXT = frozenset(rx for rx, _, _ in BACK + AHEAD)  # the cue is its own evidence: no AI word needed beside it


def accept(rx, text: str, m: re.Match, n: re.Match) -> bool:
    """The cue's own check beyond its pattern: the name is a whole name (no capitalised word joined before it)."""
    if rx not in OWN_CONTEXT:
        return True
    c = CAP_BEFORE.search(text, max(0, n.start(1) - 40), n.start(1))
    return c is None or c.group("w") in DISCOURSE or c.group("w").lower() in STOP_WORDS or c.group("w").endswith(("ly", "wards"))
