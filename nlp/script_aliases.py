"""A found name's form in another script, written next to it, is the same name.

Translated posts, model cards and press releases keep the original beside the English form, in either order and
with any label: "은하-3 (Eunha-3)", "Kazane 4 (Japanese name 風音4)", "«Сокіл-2» (Sokil-2)", "Άνεμος-4 (Anemos-4)",
"National Technical University of Athens (ΕΜΠ)", "Rimon 2, known in Hebrew as רימון 2". :mod:`nlp.native_names`
pairs organisations in scripts without capitals; this pass pairs any found name (MODEL, ORG, BENCHMARK) with a form
in any non-Latin script (Cyrillic and Greek included):

* **brackets**: the other-script form fills the brackets right after the found name (a short "Korean:" or
  "Japanese name" lead may come first), or the found name fills the brackets right after it;
* **"known as"**: "<name>, known (in Korean) as <form>" and the reverse.

The other-script form takes the found name's label and canonical; at most as many words as the English name has
capitalised words (so "мовну модель Сокіл-2 (Sokil-2)" gives "Сокіл-2"), a version and one trailing Latin word the
English name also has ("햇살 AI (Haetsal AI)"); a closing quote may stand between the name and its brackets
('"Yuzhou-3" (宇宙3)'). :mod:`nlp.bilingual` adds the forms of a headline written twice and of other-script table
headers. Every other mention of the same form in the passage (a headline before the body, where a Chinese form may
touch a release verb: "天枢智能发布宇宙3"), and of an other-script form found with an English canonical, takes the same name, and so does a model form's stem without its version ("Сокіл" of "Сокіл-2") as a
whole word. A found span that is itself the other-script form keeps its span and takes the English canonical.

Anchored on names already found; text that is all ASCII is skipped at once.
"""

from __future__ import annotations

import re

from . import bilingual, cjk_names, script_versions
from .native_names import _MARK

_LATIN = r"A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_OTHER = rf"(?:[^\W\d_{_LATIN}]|{_MARK})"  # a letter (or mark) of any script but Latin
OTHER_WORD = rf"{_OTHER}+(?:['\u2019.]{_OTHER}+)*"
_VERSION = r"(?:[-\u2010\u2011 ]?\d+(?:\.\d+)?)"
_OPEN_Q, _CLOSE_Q = "\u00ab\"\u201c\u201e\u300c\u300e'", "\u00bb\"\u201d\u300d\u300f'"
_FORM = rf"{OTHER_WORD}(?:[ \-]{OTHER_WORD}){{0,4}}{_VERSION}?(?:[ ][A-Z][A-Za-z]+)?"
# "(은하-3)", "(Japanese name 風音4)", "(in Greek: Άνεμος-4)", "(«Сокіл-2»)"
AFTER = re.compile(rf"[{_CLOSE_Q}]?[ ]?[(\uff08][ ]?(?:(?:in[ ])?[A-Z][a-z]+(?:[ ]name)?:?[ ])?[{_OPEN_Q}]?(?P<form>{_FORM})[{_CLOSE_Q}]?[ ]?[)\uff09]")
BEFORE = re.compile(rf"(?<![^\W\d_])(?P<form>{_FORM})[{_CLOSE_Q}]?[ ]?[(\uff08]\Z")
KNOWN_AS = re.compile(r",?[ ](?:also[ ])?(?:known|written|spelt|spelled|called)[ ](?:in[ ][A-Z][a-z]+[ ])?as[ ]"
                      rf"[{_OPEN_Q}]?(?P<form>{_FORM})")
KNOWN_AS_BEFORE = re.compile(rf"(?<![^\W\d_])(?P<form>{_FORM})[{_CLOSE_Q}]?,?[ ](?:also[ ])?(?:known|written|spelt|spelled|called)[ ]"
                             r"(?:in[ ][A-Z][a-z]+[ ])?as[ ][\"\u201c]?\Z")
_TRAILING_LATIN = re.compile(r"[ ]([A-Z][A-Za-z]+)\Z")
_VERSION_END = re.compile(rf"{_VERSION}\Z")
_HAS_OTHER = re.compile(_OTHER)
_KO_KANA = re.compile(r"[\uac00-\ud7af\u30a1-\u30fa]")
_CAP_WORD = re.compile(r"(?<![\w\-])[A-Z0-9]")


def _trim(form: str, start: int, english: str, from_left: bool) -> tuple[int, int] | None:
    """The part of ``form`` (at ``start``) that can be ``english``'s other-script form, as (start, end)."""
    end = start + len(form)
    m = _TRAILING_LATIN.search(form)
    if m and m.group(1) not in english.split():
        form, end, m = form[:m.start()], start + m.start(), None
    core = _VERSION_END.sub("", form[:m.start()] if m else form)
    words = core.split(" ")
    limit = len(_CAP_WORD.findall(english)) - (1 if m else 0) - (1 if re.search(r" \d+(?:\.\d+)?\Z", english) else 0)
    limit = max(1, limit)
    if len(words) > limit:
        if not from_left:
            return None  # a form after the name fills its brackets whole
        cut = len(" ".join(words[:len(words) - limit])) + 1
        start += cut
        form = form[cut:]
    if from_left:  # a cased script's name starts with a capital: "мовну модель Сокіл-2" -> "Сокіл-2"
        while " " in form and form[0].islower():
            cut = form.index(" ") + 1
            start, form = start + cut, form[cut:]
        if form[:1].islower():
            return None
    if not _HAS_OTHER.match(form):
        return None
    return start, end


def find(text: str, found: list[tuple[int, int, str, str]]) -> tuple[list[tuple[int, int, str, str]], dict[tuple[int, int], str]]:
    """(new spans (start, end, label, canonical), {span of a found name: new canonical}) for the other-script forms
    of ``found`` ((start, end, label, canonical) of the names found), overlapping none of them."""
    if text.isascii() or not found and not cjk_names.any_cue(text):
        return [], {}
    pairs: dict[tuple[int, int], tuple[str, str]] = {}
    for s, e, label, canon in found:
        english = text[s:e]
        if not english.isascii() or not english[:1].isalnum():
            continue
        m = AFTER.match(text, e) or KNOWN_AS.match(text, e)
        if m and label != "MODEL" and text[e:e + 1] in _CLOSE_Q:
            m = None  # a quoted word glossed in brackets ('"Tianshu" (天枢) is the name of a star'): a model's name only
        if m:
            span = _trim(m.group("form"), m.start("form"), english, False)
            if span:
                pairs.setdefault(span, (label, canon))
        closing = e < len(text) and text[e] in ")\uff09"
        if s and closing and text[s - 1] in "(\uff08":
            m = BEFORE.search(text, max(0, s - 80), s)
        else:
            m = KNOWN_AS_BEFORE.search(text, max(0, s - 100), s)
        if m:
            span = _trim(m.group("form"), m.start("form"), english, True)
            if span:
                pairs.setdefault(span, (label, canon))
    for span, named in script_versions.pairs(text, found).items():  # "سهم-2" in a text naming Sahm-2
        pairs.setdefault(span, named)
    for span, named in bilingual.pairs(text, found).items():  # "灵雀智能发布灵雀-4系列 / Lingque AI releases ..."
        pairs.setdefault(span, named)
    for span, named in cjk_names.pairs(text, found).items():  # "「潮目2」（英語名Shiome-2）", "'노을-2' 공개", "새마루AI가"
        pairs.setdefault(span, named)
    if not pairs:
        return [], {}
    taken = {(s, e): (label, canon) for s, e, label, canon in found}
    recanon: dict[tuple[int, int], str] = {}
    out: list[tuple[int, int, str, str]] = []
    spans = [(s, e) for s, e, _, _ in found]

    def add(a: int, b: int, label: str, canon: str) -> None:
        if (a, b) in taken:
            if taken[(a, b)][0] == label and taken[(a, b)][1] != canon:
                recanon[(a, b)] = canon
            return
        if all(b <= x or a >= y for x, y in spans):
            out.append((a, b, label, canon))
            spans.append((a, b))

    forms: dict[str, tuple[str, str]] = {}
    for (a, b), (label, canon) in sorted(pairs.items()):
        add(a, b, label, canon)
        forms.setdefault(text[a:b], (label, canon))
        stem = _VERSION_END.sub("", text[a:b])
        if label == "MODEL" and stem != text[a:b] and len(stem) >= 2 and not re.search(r"[\u3040-\u30ff\u3400-\u9fff]", stem):
            forms.setdefault(stem, (label, canon))
    for s, e, label, canon in found:  # a found other-script form named in English ("天枢智能" of "(天枢智能)")
        if canon and canon.isascii() and not text[s:e].isascii() and _HAS_OTHER.match(text, s):
            forms.setdefault(text[s:e], (label, canon))
    for form, (label, canon) in forms.items():  # every mention of the form, a headline's too
        for a, b in bilingual.mentions(text, form):
            add(a, b, label, canon)
        if _KO_KANA.search(form):  # Korean particles and kana glued after the form: "새마루AI가", "노을-2는"
            for a, b in cjk_names.mentions(text, form):
                add(a, b, label, canon)
    for form, (label, canon) in list(forms.items()):  # other versions of a paired form: "Сопілка-3" beside "Сопілка-4" (Sopilka-4)
        mv, cv = _VERSION_END.search(form), _VERSION_END.search(canon or "")
        if label != "MODEL" or not mv or not cv or not canon.isascii():
            continue
        stem, cstem, sep = form[:mv.start()], canon[:cv.start()], mv.group()[:1] if not mv.group()[:1].isdigit() else ""
        if len(stem) < 2 or not _HAS_OTHER.match(stem):
            continue
        for m in re.finditer(rf"(?<![^\W\d_]){re.escape(stem)}{re.escape(sep)}(\d{{1,2}}(?:\.\d)?)(?![\d%]|[.,]\d|[^\W\d_])", text):
            if m.group(1) != mv.group().lstrip(sep):
                add(m.start(), m.end(), label, f"{cstem}{cv.group()[:1] if not cv.group()[:1].isdigit() else ''}{m.group(1)}")
    return sorted(out), recanon
