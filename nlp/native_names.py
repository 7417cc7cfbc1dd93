"""A name written in a script without capitals, paired in the same passage with its English form.

A translated post keeps the original name beside the English one: "浙江大学 (Zhejiang University)",
"مختبرات المنارة تطلق «سراب-2» — Al-Manara Labs launches Sarab-2" (a headline and its translation). Arabic,
Devanagari, Chinese and other scripts have no capital letters, so no shape finds those names; the pairing does:

* **brackets**: a run of such words right before "(English name)" or right after "English name (" is that name;
* **a translated headline**: a line "<native words> — <English words>" whose English half starts with an
  organisation: the native half's first words, as many as the English name has, are that organisation
  (a name keeps its word count across these scripts more often than not; a single-word English name is paired
  only by brackets).

The native span takes the English canonical. Both rules are anchored on an organisation already found, so the
cost is a few bounded matches per organisation.
"""

from __future__ import annotations

import re

# a word of a script with no case (Arabic, Hebrew, Devanagari and other Indic scripts, Thai, CJK, ...):
# letters and combining marks that are neither ASCII nor cased letters
_NATIVE_CH = r"[^\W\d_A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff]"
_MARK = r"[\u0300-\u036f\u0900-\u0903\u093a-\u094f\u0962\u0963\u0981-\u0983\u09bc-\u09cd\u0a01-\u0a03\u0a3c-\u0a4d\u0b01-\u0b03"
_MARK += r"\u0b3c-\u0b4d\u0b82\u0bbe-\u0bcd\u0c00-\u0c04\u0c3e-\u0c56\u0c81-\u0c83\u0cbc-\u0cd6\u0d00-\u0d03\u0d3e-\u0d4d"
_MARK += r"\u064b-\u065f\u0670\u06d6-\u06ed\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
NATIVE_WORD = rf"(?:{_NATIVE_CH}|{_MARK})+"
BEFORE_BRACKET = re.compile(rf"(?P<name>{NATIVE_WORD}(?:[ ]{NATIVE_WORD}){{0,3}})[ ]?[(\uff08]\Z")
AFTER_BRACKET = re.compile(rf"[ ]?[(\uff08](?P<name>{NATIVE_WORD}(?:[ ]{NATIVE_WORD}){{0,3}})[)\uff09]")
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
HEADLINE_DASH = re.compile(r"[ ][\u2014\u2013\-|][ ]\Z")
LINE_WORDS = re.compile(rf"^[ \t#*]*(?P<words>{NATIVE_WORD}(?:[ ]{NATIVE_WORD}){{0,5}})", re.M)


def paired(text: str, orgs: list[tuple[int, int, str]], taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, "ORG", canonical) of native-script names paired with ``orgs`` ((start, end, canonical) of the
    organisations found), overlapping nothing in ``taken``."""
    if text.isascii() or not orgs:
        return []
    out: dict[tuple[int, int], str] = {}
    for s, e, canon in orgs:
        if s and text[s - 1] in "(\uff08" and e < len(text) and text[e] in ")\uff09":
            m = BEFORE_BRACKET.search(text, max(0, s - 60), s)  # "浙江大学 (Zhejiang University)"
            if m:
                a, words = m.start("name"), m.group("name").split(" ")
                en = text[s:e].split()
                if (len(en) == 2 and len(words) > 2 and all(w[:1].isupper() and not w.isupper() for w in en)
                        and _HEBREW.match(words[-1])):  # Hebrew keeps a two-word name's words: "... הישראלית אופק דיינמיקס (Ofek Dynamics)"
                    a = m.end("name") - len(" ".join(words[-2:]))
                out.setdefault((a, m.end("name")), canon)
        m = AFTER_BRACKET.match(text, e)  # "Zhejiang University (浙江大学)"
        if m:
            out.setdefault((m.start("name"), m.end("name")), canon)
        n = canon.count(" ") + 1
        if n >= 2 and HEADLINE_DASH.search(text, max(0, s - 4), s):  # "<native> — Al-Manara Labs launches ..."
            line = text.rfind("\n", 0, s) + 1
            m = LINE_WORDS.match(text, line, s)
            if m:
                words = m.group("words").split(" ")
                if len(words) >= n:
                    a = m.start("words")
                    out.setdefault((a, a + len(" ".join(words[:n]))), canon)
    if not out:
        return []
    spans = list(taken)
    res = []
    for (s, e), canon in sorted(out.items()):
        if all(e <= a or s >= b for a, b in spans):
            res.append((s, e, "ORG", canon))
            spans.append((s, e))
    # a paired name is that organisation wherever else it appears
    for (s, e), canon in list(out.items()):
        name = text[s:e]
        i = text.find(name, e)
        while i >= 0:
            j = i + len(name)
            if all(j <= a or i >= b for a, b in spans):
                res.append((i, j, "ORG", canon))
                spans.append((i, j))
            i = text.find(name, j)
    return sorted(res)
