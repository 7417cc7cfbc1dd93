"""HTML left in input text: entities decoded, tags dropped, offsets mapped back to the input.

Text pasted from a page or a feed often keeps ``&nbsp;``, ``&amp;`` or ``<b>…</b>``; read as words
they split names (``SWE-bench&nbsp;Verified`` is not ``SWE-bench Verified``) and add noise. The
pipeline reads a cleaned copy; every offset it gives is mapped back, so ``start``/``end`` always
index the text the caller passed in (``text[start:end]`` is what was matched, markup included).

Cleaning: a named or numeric character reference ending in ``;`` becomes its character (a
no-break or other Unicode space becomes a plain space); ``<script>``/``<style>`` elements and
comments go with their content; a block tag (``<p>``, ``<br>``, ``<li>``, ``<h2>``, ``<tr>``…)
becomes a line break, so it still ends a heading or list item; any other known HTML tag is
removed (``<b>GPT</b>-5`` reads ``GPT-5``). Text without markup is passed through untouched.
"""
from __future__ import annotations

import html
import re

from .offset_map import OffsetMap

_BLOCK_TAGS = ("address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 "
               "h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul")
_INLINE_TAGS = ("a abbr b bdi bdo big cite code data del dfn em font i img ins kbd label mark meta link "
                "picture q s samp small source span strike strong sub sup time tt u var video audio wbr")
_TAG_NAMES = "|".join(sorted(set((_BLOCK_TAGS + " " + _INLINE_TAGS).split()), key=len, reverse=True))
_BLOCK = frozenset(_BLOCK_TAGS.split())

_MARKUP = re.compile(
    r"(?P<drop><(?P<el>script|style)\b[^>]*>.*?</(?P=el)\s*>|<!--.*?-->)"
    r"|<(?P<close>/?)(?P<tag>" + _TAG_NAMES + r")(?![\w-])(?:\s[^<>]*)?/?>"
    r"|(?P<ref>&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)",
    re.I | re.S,
)
_QUICK = re.compile(r"[<&]")


_REF = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def clean_markup(text: str) -> tuple[str, OffsetMap | None]:
    """(cleaned text, map back to ``text``); ``(text, None)`` when there is no markup to clean."""
    if not _QUICK.search(text):
        return text, None

    def replace(m: re.Match) -> str | None:
        if m.group("ref"):
            return _ref_text(m.group("ref"))
        if m.group("drop"):
            return ""
        return "\n" if m.group("tag").lower() in _BLOCK else ""

    return _rewrite(text, _MARKUP.finditer(text), replace)


def decode_refs(text: str) -> tuple[str, OffsetMap | None]:
    """(text with its HTML character references decoded, map back to ``text``); ``(text, None)`` when there is none.

    The entity finder reads this copy wherever its text comes from: :func:`clean_markup` runs only on
    :func:`nlp.analyze`'s path, and a caller of the spaCy pipeline itself (``pipe(text)``, the evaluator) would hand
    it ``Pilvi&#39;s`` as written. Tags are left alone (the table and grid readers parse them)."""
    if "&" not in text:
        return text, None
    return _rewrite(text, _REF.finditer(text), lambda m: _ref_text(m.group()))


def reading_copy(text: str):
    """(the copy the name finder reads, map back to ``text``); ``(text, None)`` when it is ``text`` itself.

    A transport or source format is decoded first (quoted-printable, LaTeX, iCalendar folding, XML feeds, Markdown links,
    subtitle cues, a name hyphenated at a line end: :mod:`nlp.formats`, each by its own signature), then the character
    references (:func:`decode_refs`); offsets of the copy map back through both steps."""
    from .formats import chain, normalise

    norm, fmap = normalise(text)
    dec, rmap = decode_refs(norm)
    return dec, chain(fmap, rmap)


def _ref_text(ref: str) -> str | None:
    """What a character reference stands for (a no-break space reads as a space); None for one HTML does not know."""
    rep = html.unescape(ref)
    return None if rep == ref else "".join(" " if c.isspace() else c for c in rep)


def _rewrite(text: str, matches, replace) -> tuple[str, OffsetMap | None]:
    """``text`` with each match replaced by ``replace(m)`` (None: kept as written), and the map back to ``text``."""
    out: list[str] = []
    pieces: list[tuple[int, int, int, int, bool]] = []
    clean_len = pos = 0

    def add(s: str, at: int, length: int, copied: bool) -> None:
        nonlocal clean_len
        if s:
            out.append(s)
            pieces.append((clean_len, at, len(s), length, copied))
            clean_len += len(s)

    for m in matches:
        rep = replace(m)
        if rep is None:
            continue
        add(text[pos:m.start()], pos, m.start() - pos, True)
        add(rep, m.start(), m.end() - m.start(), False)
        pos = m.end()
    if not pieces and pos == 0:
        return text, None
    add(text[pos:], pos, len(text) - pos, True)
    return "".join(out), OffsetMap(pieces)
