"""A benchmark named after its owner is written without the owner's name once the owner is named.

``Artificial Analysis Intelligence Index`` is "its Intelligence Index" in an article about Artificial
Analysis, ``Epoch Capabilities Index`` "Epoch's Capabilities Index", ``Kaggle Game Arena`` "the Game
Arena". :func:`owned_benchmarks` reads those pairs from the knowledge base (a benchmark whose name begins
with an organisation's name or alias and goes on with two or more capitalised words), :func:`find`
finds the short form in a document that names the owner. The short form alone is not enough: "Game
Arena" in a text about chess is no benchmark until Kaggle is named.
"""
from __future__ import annotations

import re

REST = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)+\Z")


def owned_benchmarks(kb) -> dict[str, list[tuple[str, object]]]:
    """{organisation name: [(short form, benchmark entry)]} from ``kb`` (its ``orgs`` and benchmark
    entries); a short form two benchmarks of one owner share is dropped."""
    # an alias is a prefix of the name that a space follows: each such prefix is looked up (by
    # alias, with its place in the aliases' order), not every alias tried on every benchmark
    names: dict[str, list[tuple[int, str]]] = {}
    n = 0
    for org in kb.orgs.values():
        for alias in org.surfaces:
            if len(alias) >= 3:
                names.setdefault(alias, []).append((n, org.name))
                n += 1
    out: dict[str, dict[str, list]] = {}
    for e in kb.entries:
        if e.label != "BENCHMARK":
            continue
        hits = []
        i = e.name.find(" ")
        while i >= 0:
            if REST.match(e.name, i + 1):
                hits += ((k, org, e.name[i + 1:]) for k, org in names.get(e.name[:i], ()))
            i = e.name.find(" ", i + 1)
        for _, org, rest in sorted(hits):
            out.setdefault(org, {}).setdefault(rest, []).append(e)
    return {org: [(rest, es[0]) for rest, es in forms.items() if len(es) == 1] for org, forms in out.items()}


def find(text: str, orgs: set[str], owned: dict[str, list[tuple[str, object]]]) -> list[tuple[int, int, object]]:
    """(start, end, benchmark entry) for the short forms of the benchmarks owned by ``orgs`` (the
    organisations the document names), written with their capitals, as words of their own."""
    out = []
    for org in orgs & owned.keys():
        for rest, entry in owned[org]:
            for m in re.finditer(rf"(?<![\w-]){re.escape(rest)}(?![\w-])", text):
                out.append((m.start(), m.end(), entry))
    return out
