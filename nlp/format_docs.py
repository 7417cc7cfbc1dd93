"""The claims reader reads a passage's decoded copy when the passage is in a transport or source format (round 18).

The name finder decodes quoted-printable, iCalendar folding, XML feed tags, Markdown links and subtitle cues itself
(:func:`nlp.markup.reading_copy`); the claims reader reads the doc's text, where a figure may still be broken (``61.=\\n0``,
``66.2% o=\\nn SWE-bench``, ``3\\,000``) and a sentence interrupted by a cue's timing line. For a passage that shows a
format's signature (:mod:`nlp.formats`), :func:`decoded_doc` makes a doc of the decoded copy and runs the components
before the claims reader on it; the claims found there are mapped back (:func:`mapped_back`), so ``start``/``end``
index the passage as given. A passage without any signature is read as it is (one substring test per format).
LaTeX is left out here: the table readers read LaTeX source as written (nlp.table_rows.markup_tables), and its names
come from the finder's decoded copy.
"""
from __future__ import annotations

from .formats import STEPS, apply_edits, chain
from .numbers import TEXT_KEY, doc_text

CLAIM_FORMATS = ("quoted-printable", "icalendar", "xml", "markdown-link", "subtitles")
_STEPS = tuple(s for s in STEPS if s[0] in CLAIM_FORMATS)


def decode(text: str):
    """(the copy the claims reader reads, map back) for the formats of CLAIM_FORMATS; ``(text, None)`` for none."""
    omap = None
    for _, sign, edits in _STEPS:
        if sign(text):
            text, m = apply_edits(text, edits(text))
            omap = chain(omap, m)
    return text, omap


def decoded_doc(language, doc, upto: str):
    """(the doc to read claims from, map back to ``doc``'s text or None): ``doc`` itself when it shows no format."""
    if language is None:
        return doc, None
    text = doc_text(doc)
    norm, omap = decode(text)
    if omap is None:
        return doc, None
    new = language.make_doc(norm)
    new.user_data[TEXT_KEY] = norm
    if "title" in doc.user_data:
        new.user_data["title"] = doc.user_data["title"]
    for name, proc in language.pipeline:
        if name == upto:
            break
        new = proc(new)
    return new, omap


def mapped_back(claims: list[dict], omap) -> list[dict]:
    """``claims`` with their ``start``/``end`` mapped back to the passage as given."""
    if omap is None:
        return claims
    for c in claims:
        if c.get("start") is not None:
            c["start"], c["end"] = omap.start(c["start"]), omap.end(c["end"])
    return claims
