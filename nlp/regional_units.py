"""A company's regional arm named after it: "Google Research Africa", "Santander Consumer Bank Nordics",
"Microsoft Africa Research", "Finans Norge".

A multinational names its subsidiaries, offices and labs by the parent's name and the region they serve; the
region word belongs to the name (the arm is an organisation of its own, with its own head and its own
announcements). A found organisation followed by one space and a region (a continent or macro-region, a
country's English name or its name in its own language), and optionally by a lab word ("Research", "Labs",
"Lab", "AI"), is extended over them; the canonical is the name as written.

Left alone: a region followed by another capitalised word ("Nvidia Europe Sales Rise": a headline, or an
event: "Google Africa Summit"); a region after a comma, a preposition or a line break ("Nvidia, Japan", "Meta in
Africa"); a region that starts another found name.

Sources: the continents and UN geoscheme macro-regions; the countries of :data:`nlp.demonyms.COUNTRIES`; the
endonyms of European countries as their governments write them (Norge, Sverige, Danmark, Suomi, Deutschland,
España, Italia, Nederland, Polska, Österreich, Schweiz, Cymru; round 16: México, Perú, Brasil, Panamá, Türkiye,
Česko, România, Magyarország, Hrvatska, each country's official short name in its own language).
"""
from __future__ import annotations

import re

from .demonyms import COUNTRIES

_MACRO = ("Africa Europe Asia Americas Oceania Nordics Nordic Scandinavia Benelux Iberia DACH EMEA APAC LATAM MENA "
          "Norge Sverige Danmark Suomi Deutschland España Italia Nederland Polska Österreich Schweiz Cymru Éire "
          "México Perú Brasil Panamá Türkiye Česko România Magyarország Hrvatska").split()
_MULTI = ("Latin America", "North America", "South America", "Middle East", "Asia Pacific", "Asia-Pacific", "East Africa",
          "West Africa", "Southern Africa", "North Africa", "South Africa", "Southeast Asia", "South Asia", "Central Asia",
          "New Zealand", "Saudi Arabia", "South Korea", "United Kingdom", "United States", "Nord-Norge")
_REGIONS = sorted(set(_MULTI) | set(_MACRO) | set(COUNTRIES), key=len, reverse=True)
REGION_AFTER = re.compile(r"[ ](?:" + "|".join(re.escape(r) for r in _REGIONS) + r")(?:[ ](?:Research|Labs?|AI))?"
                          r"(?![\w\-\u2011])(?![ ][A-Z\u00c0-\u00de])")
_WORD = re.compile(r"[^\W\d_]+")
_CHEAP = frozenset(w.split()[0].split("-")[0] for w in _REGIONS)


def regional_ends(text: str, rows) -> list[tuple[int, int, int]]:
    """(start, old end, new end) of found organisations going on with a region ("Google Research" + " Africa").
    ``rows``: (start, end, label, canonical) of the names found, sorted or not."""
    starts = {s for s, _, _, _ in rows}
    out = []
    for s, e, label, canon in rows:
        if label != "ORG" or canon is None or text[e:e + 1] != " ":
            continue
        w = _WORD.match(text, e + 1)
        if w is None or w.group() not in _CHEAP:
            continue  # (a set look-up before the regular expression)
        m = REGION_AFTER.match(text, e)
        if m and e + 1 not in starts and m.group().split()[0] not in canon.split():
            out.append((s, e, m.end()))
    return out
