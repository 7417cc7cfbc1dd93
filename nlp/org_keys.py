"""Organisations named by a config's key or a vendor's directory: ``provider: hollowmere``, ``PRIMARY_PROVIDER=acme``,
``"Vendor"="Acme"``, ``src/vendors/hollowmere.py``.

A deployment config, a registry export or a repository's layout names the company behind a route by a key or a
folder whose word says what the value is; no sentence is around it, and the value is often the company's id in lower
case. The record readers (:func:`nlp.delimited_exports.keyed_names`) ask for a results record (three keys and a
figure), because "model: default" and "task: translate" are settings; a provider or vendor key names a company even in a
config that has no figure, so here one such line is enough:

* a line holding only a key and its value, the key an organisation word (:data:`KEY_WORDS`) alone or joined by ``_`` or
  ``-`` to one qualifier (``PRIMARY_PROVIDER``, ``model_vendor``, ``provider_name``), quoted or not, then ``:`` or
  ``=``; the value one token or up to three capitalised words, quoted or not, a comment or a comma's aside after it;
* a path segment right after a ``vendors/`` or ``providers/`` folder, a source file's extension left out.

Not read: a value that is a setting or a placeholder ("local", "default", "none", "self"), a host or a module path (a
dot inside), a number, a value of fewer than three letters. Keys that name a person as often as a company
("author", "owner", "maintainer", "developer", "publisher") are left to the record readers. The caller decides
whether the value may be a name (its own gates) and whether the text is about AI.
"""
from __future__ import annotations

import re

KEY_WORDS = ("provider", "providers", "vendor", "vendors", "lab", "organization", "organisation", "company", "maker")
_KEY = r"(?:[A-Za-z]{1,12}[_\-])?(?:%s)(?:[_\-](?:name|id))?" % "|".join(KEY_WORDS)
_VALUE = r"[A-Za-z][A-Za-z0-9_\-]*(?:[ ][A-Z][A-Za-z0-9\-]*){0,2}"
KEY_LINE = re.compile(rf"""^[ \t]*(?:-[ \t]+)?(?P<q>["']?)(?:{_KEY})(?P=q)[ \t]*[:=][ \t]*(?P<vq>["']?)(?P<v>{_VALUE})(?P=vq)"""
                      r"""[ \t]*(?:[,;#][^\n]*)?$""", re.M | re.I)
VENDOR_DIR = re.compile(r"(?<![\w.\-])(?:vendors|providers)/(?P<v>[a-z][a-z0-9_\-]*[a-z0-9])(?:\.[a-z]{1,4})?(?=[/\s:]|$)",
                        re.M | re.I)
SETTINGS = frozenset("local localhost default self auto custom mock dummy test any all off on stub fake echo none null "
                     "unknown other internal external private public true false yes no tbd various same primary "
                     "fallback backup openai-compatible compatible generic http https".split())


def org_values(text: str):
    """(start, end) of the values ``text``'s organisation keys and vendor folders give, in text order."""
    if ":" not in text and "=" not in text and "/" not in text:
        return []
    out = set()
    lowered = text.lower()
    if any(w in lowered for w in ("provider", "vendor", "lab", "organi", "company", "maker")):
        for m in KEY_LINE.finditer(text):
            out.add(m.span("v"))
    if "vendors/" in lowered or "providers/" in lowered:
        for m in VENDOR_DIR.finditer(text):
            out.add(m.span("v"))
    return sorted((s, e) for s, e in out if _value_ok(text[s:e]))


def _value_ok(value: str) -> bool:
    """A value that may name a company: letters, not a setting or a placeholder."""
    letters = sum(ch.isalpha() for ch in value)
    return letters >= 3 and value.lower() not in SETTINGS and not value.replace("-", "").replace("_", "").isdigit()
