"""An organisation's part named by its parent's short name and the sector it serves: "FNV Finance", "CNV Overheid",
"ABVV Metaal", "TUC Cymru" (a union's sector or a body's branch has its own head, members and statements).

A found organisation written as an acronym (2–5 capitals: the federations, unions and agencies that name their
branches so) followed by one space and a sector word, in English or the parent's language, is extended over it; the
canonical is the name as written. The sector words are the branch names unions and federations use (finance,
government / public sector, care, health, education, construction, metal, trade, transport, media, culture, youth,
pensioners, agriculture, food, energy, industry, services …) in English, Dutch, German, the Nordic languages and
French, from the languages' dictionaries — not from a set.

Left alone: another capitalised word after the sector ("FNV Finance Director": a title), a sector word that starts
another found name, a parent that is no acronym ("Google Health" is a product line as often as a body).
"""
from __future__ import annotations

import re

SECTORS = frozenset("""Finance Finans Financiën Finanzen Government Overheid Publiek Public Care Zorg Health Gezondheid Gesundheit
Sundhed Helse Hälsa Education Onderwijs Bildung Uddannelse Utdanning Construction Bouw Bau Byg Metal Metaal Metall Metallen Industry
Industrie Industri Trade Handel Commerce Transport Vervoer Verkehr Media Medien Cultuur Kultur Culture Youth Jong Jongeren
Jugend Ungdom Pensioners Senioren Agriculture Landbouw Agrar Food Voedsel Energy Energie Services Diensten Dienstleistungen
Tjenester Tjänster Schoonmaak Logistics Logistiek Retail Horeca Security Politie Police Defence Defensie Rail Spoor Post""".split())
_AFTER = re.compile(r"[ ](?P<w>[A-Z][\w]+)(?![\w\-\u2011])(?![ ][A-Z\u00c0-\u00de])")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,4}")


def part_ends(text: str, rows) -> list[tuple[int, int, int]]:
    """(start, old end, new end) of found acronym organisations going on with a sector word ("FNV" + " Finance").
    ``rows``: (start, end, label, canonical) of the names found."""
    starts = {s for s, _, _, _ in rows}
    out = []
    for s, e, label, canon in rows:
        if label != "ORG" or canon is None or text[e:e + 1] != " " or not _ACRONYM.fullmatch(text[s:e]):
            continue
        m = _AFTER.match(text, e)
        if m and m.group("w") in SECTORS and e + 1 not in starts and m.group("w") not in canon.split():
            out.append((s, e, m.end()))
    return out
