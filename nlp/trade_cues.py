"""Trade cues: the words of commerce that only an organisation stands after (round 21).

A lab or a cloud is often named bare ("capacity we rent from X", "a server sold by X", "a trademark of X",
"Shipper: X") in passages whose other cues say nothing: supply chains, datasheets, invoices, terms. Three
families, all read right before a capitalised name (:mod:`nlp.unknown_orgs` takes the name and applies its gates:
one to three words, several only with a lab word at the end; no place, person title, stop or calendar word):

* **renting and buying from**: rent, lease, buy, license, source, order, procure + at most two words + "from"
  ("rented compute capacity from X"); the seller is an organisation;
* **selling, supplying, making by**: sold, supplied, manufactured, distributed, resold, licensed, leased,
  provided, operated + "by";
* **owned by a body**: "a (registered) trademark of", "a subsidiary / division of";
* **a trade document's party key** at a line's start: "Shipper:", "Consignee:", "Supplier:", "Vendor:",
  "Manufacturer:", "Seller:", "Licensor:", "Exporter:", "Importer:" (optionally bold; "**Vendor:** X").

One regular expression, linear in the text; :data:`WORDS` lets the caller skip it when none of its words is in
the text. It opens with ``\b`` and a line anchor, which leave the regex engine no first character to scan for, so
:data:`TRADE` tries it only where a cue word begins or, when a party key is in the text, at line starts
(:mod:`nlp.candidate_scan`; :data:`TRADE_PATTERN` is the plain pattern).
"""
from __future__ import annotations

import re

from .candidate_scan import CandidateScan
from .unknown import _UP

_SKIP = r"(?:[\w\-]+\s+){0,2}?"  # "rent time from", "rented compute capacity from"
TRADE_PATTERN = re.compile(
    rf"(?:\b(?:[Rr]ent|[Rr]ents|[Rr]ented|[Rr]enting|[Ll]ease|[Ll]eases|[Ll]eased|[Ll]easing|[Bb]uy|[Bb]uys|[Bb]ought|"
    rf"[Bb]uying|[Ll]icen[cs]e|[Ll]icen[cs]es|[Ll]icen[cs]ed|[Ss]ource|[Ss]ourced|[Oo]rder|[Oo]rdered|[Pp]rocured?)\s+"
    rf"{_SKIP}from"
    rf"|\b(?:sold|supplied|manufactured|distributed|resold|licen[cs]ed|leased|provided|operated)\s+by"
    rf"|\b(?:(?:registered\s+)?trademarks?|subsidiary|division)\s+of"
    rf"|^[ \t]*[*_]{{0,2}}(?:Shipper|Consignee|Supplier|Vendor|Manufacturer|Seller|Licensor|Exporter|Importer)"
    rf"[ \t]*:[*_]{{0,2}})"
    rf"[ \t]+(?:the\s+)?(?=[{_UP}])",
    re.M)
WORDS = ("rent", "Rent", "leas", "Leas", "buy", "Buy", "bought", "Bought", "icen", "ourc", "rder", "rocur", "sold", "suppl", "manufactur", "distribut",
         "provided", "operated", "rademark", "subsidiary", "division", "Shipper", "Consignee", "Vendor", "Seller",
         "Licensor", "xporter", "mporter")

# where a match can begin: where a cue word is written (found by str.find, a fast scan; rx.match checks the word
# boundary), or a line's start when a party key is written
_CUE_STARTS = ("Rent", "rent", "Leas", "leas", "Buy", "buy", "Bought", "bought", "Licen", "licen", "Source", "source",
               "Order", "order", "Procur", "procur", "sold", "supplied", "manufactured", "distributed", "resold",
               "provided", "operated", "registered", "trademark", "subsidiary", "division")
PARTY_KEYS = ("Shipper", "Consignee", "Supplier", "Vendor", "Manufacturer", "Seller", "Licensor", "Exporter", "Importer")
_LINE = re.compile(r"\n")


def _starts(text: str) -> list[int]:
    """Every position where :data:`TRADE_PATTERN` can match (a superset)."""
    out = []
    for w in _CUE_STARTS:
        i = text.find(w)
        while i >= 0:
            out.append(i)
            i = text.find(w, i + 1)
    if any(k in text for k in PARTY_KEYS):
        out.append(0)
        out.extend(m.end() for m in _LINE.finditer(text))
    return out


TRADE = CandidateScan(TRADE_PATTERN, _starts)
