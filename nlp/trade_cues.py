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
the text.
"""
from __future__ import annotations

import re

from .unknown import _UP

_SKIP = r"(?:[\w\-]+\s+){0,2}?"  # "rent time from", "rented compute capacity from"
TRADE = re.compile(
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
