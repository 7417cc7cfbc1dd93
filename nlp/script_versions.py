"""A name in another script with the version of exactly one found model is that model's other-script form.

Translated releases write the model's native name in the headline and the body, and the Latin form somewhere else
in the text, not always in brackets beside it: "«سهم-2» للغة العربية / Nakhla AI launches Sahm-2", "launched
سهم-2 (Sahm-2, "arrow")", "(e.g. 灵雀-4, marketed abroad as Lingque-4)". :mod:`nlp.script_aliases` pairs forms
written right beside their English name; this pass pairs the rest by what both forms share, the version: a word of
a non-Latin script joined by a hyphen to a version ("-2", "-4", "-4-Yun") is the form of the one found model
written as one Latin word joined to the same version ("Sahm-2", "Lingque-4-Yun").

Kept out: a version that two different found models share ("Sahm-2" and "Meşe-2": which one is meant is not
said), a version with a space or no separator ("Глава 2", "第2"), a form whose stem is one letter, and a run of
Chinese or Japanese characters longer than four with no shorter tail written elsewhere in the passage (the name
has no spaces around it: "灵雀智能发布灵雀-4" gives "灵雀-4" because "灵雀" is written elsewhere, in "灵雀智能").
Linear: one regular expression over the text, run only when it is not all ASCII.
"""
from __future__ import annotations

import re

from .native_names import _MARK

_LATIN = r"A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_OTHER = rf"(?:[^\W\d_{_LATIN}]|{_MARK})"
_H = "\u2010\u2011-"
# the version part: "-2", "-4.5", "-4-Yun" (one Latin tier word joined by a hyphen)
_VER = rf"[{_H}]\d+(?:\.\d+)?(?:[{_H}][A-Z][a-z]+)?"
NATIVE_VERSIONED = re.compile(rf"(?<![\w{_H}])(?P<stem>{_OTHER}+)(?P<ver>{_VER})(?![\w.]\d|[{_LATIN}\d]|[{_H}]\w)")
# a found model written as one Latin word and a version
LATIN_VERSIONED = re.compile(rf"[{_LATIN}]+(?P<ver>{_VER})")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _key(ver: str) -> str:
    return re.sub(rf"[{_H}]", "-", ver)


def pairs(text: str, found: list[tuple[int, int, str, str]]) -> dict[tuple[int, int], tuple[str, str]]:
    """{span of an other-script form: ("MODEL", canonical)} for the forms sharing their version with one found model;
    ``found``: (start, end, label, canonical) of the names found."""
    if text.isascii():
        return {}
    owners: dict[str, set[str]] = {}
    for s, e, label, canon in found:
        m = LATIN_VERSIONED.fullmatch(text[s:e]) if label == "MODEL" else None
        if m:
            owners.setdefault(_key(m.group("ver")), set()).add(canon)
    if not owners:
        return {}
    out: dict[tuple[int, int], tuple[str, str]] = {}
    for m in NATIVE_VERSIONED.finditer(text):
        names = owners.get(_key(m.group("ver")))
        if not names or len(names) > 1:
            continue
        s, stem = m.start("stem"), m.group("stem")
        if _CJK.search(stem) and len(stem) > 2:  # no spaces around the name: its tail that the passage writes elsewhere
            tail = next((k for k in range(min(len(stem), 4), 1, -1)
                         if text.count(stem[-k:]) > 1 or k == len(stem) <= 4), None)
            if tail is None:
                continue
            s, stem = m.end("stem") - tail, stem[-tail:]
        if len(stem) < 2 or stem[0].islower():  # a cased script's name starts with a capital ("модель-2" is no name)
            continue
        out[(s, m.end())] = ("MODEL", next(iter(names)))
    return out
