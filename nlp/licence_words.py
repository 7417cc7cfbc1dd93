"""Licence words: an organisation's name that names a licence is no organisation there.

"the MIT licence", "MIT-licensed", "under the MIT and Apache 2.0 licenses", "an MIT/Apache-2.0 dual licence",
"a Creative Commons Attribution 4.0 International licence", "Licence: MIT", "licensed under MIT", "the weights
are MIT licensed": each names a licence (the guidelines: licences are not ORG). Kept: "MIT researchers", "OpenAI
licensed its model to ...", "Creative Commons said ...". :func:`names_licence` looks only at a window around
the name (a few words each side): no scan of the whole passage.
"""
from __future__ import annotations

import re

from .canonical import HYPHENS

_H = re.escape(HYPHENS)
_SEP = rf"(?:[ \t]*/[ \t]*|[ \t]+|[{_H}])"
# words that may stand between a licence's name and the noun: other names, versions, "and"/"or", kinds of licence
# (a dot only inside a version: "Apache 2.0", never a sentence's end: "from SK hynix and Samsung. Export-licence status")
_PART = r"(?:[A-Z][\w+]*(?:\.\d+)*|\d+(?:\.\d+)*|and|or|&|dual|open|permissive|source|style|like|weights?|code)"
# an object after "license(s)" makes it the verb: "MIT and Stanford license their code", "X licenses its model to Y"
_VERB_OBJECT = r"[ \t]+(?:their|its|the|his|her|our|your|a|an|it|them|to|this|these|those)\b"
# the noun after the name: "MIT licence", "MIT and Apache 2.0 licenses", "MIT-licensed" (hyphen: the adjective)
NOUN_AFTER = re.compile(rf"(?:{_SEP}{_PART}){{0,5}}?{_SEP}(?:[Ll]icen[cs]es?|LICEN[CS]ES?)\b(?!{_VERB_OBJECT})|[{_H}](?:[Ll]icen[cs]ed|LICEN[CS]ED)\b")
# " licensed" after the name is the licence only after a copula: "the weights are MIT licensed"
LICENSED_AFTER = re.compile(r"[ \t]+licen[cs]ed\b")
COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|being|been|fully)[ \t]+\Z")
# the name after "Licence:" or "licensed under (the)": "Licence: MIT", "released and licensed under MIT"
NOUN_BEFORE = re.compile(r"\blicen[cs](?:e|ed)(?:[ \t]+under)?[ \t]*:?[ \t]*(?:the[ \t]+|an?[ \t]+)?\Z", re.I)
_NEAR = re.compile(r"licen[cs]", re.I)


def names_licence(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] names a licence there."""
    if not _NEAR.search(text, max(0, start - 30), min(len(text), end + 90)):
        return False
    if NOUN_AFTER.match(text, end) or NOUN_BEFORE.search(text, max(0, start - 30), start):
        return True
    return bool(LICENSED_AFTER.match(text, end) and COPULA_BEFORE.search(text, max(0, start - 12), start))


# names that name a licence on their own after "under" ("released under MIT.", "under Apache"): the issuers of the
# licences the SPDX License List names by issuer (MIT, Apache, BSD, GNU, Mozilla, Eclipse, Creative Commons, ISC, Boost,
# Zope, PostgreSQL, OpenSSL, Python) and the open-model licence families (OpenRAIL, BigScience, CreativeML)
ISSUERS = frozenset("""MIT Apache BSD GNU GPL LGPL AGPL MPL Mozilla Eclipse EPL CC Creative ISC Boost Zope PostgreSQL OpenSSL
Python PSF OpenRAIL RAIL BigScience CreativeML Unlicense CDLA ODC ODbL""".split())
_SENT_END = re.compile(r"[.!?](?=\s)|\n")


def licence_name(text: str, start: int, end: int) -> bool:
    """Whether a name after "under" may be a licence there: an issuer's name (:data:`ISSUERS`), or any name with a
    licence word in its own sentence ("the Tarn licence lets you ship under Tarn."). "under the IndiaAI Mission",
    "listed under SURF;" are organisations, even a sentence after "the actual licence text"."""
    if text[start:end].split(" ", 1)[0] in ISSUERS:
        return True
    lo = max((m.end() for m in _SENT_END.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    m = _SENT_END.search(text, end, min(len(text), end + 200))
    return _NEAR.search(text, lo, m.start() if m else min(len(text), end + 200)) is not None
