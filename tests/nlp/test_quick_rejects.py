"""nlp.quick_rejects: a search skipped by a quick test finds what the pattern finds; load-time
shortcuts build what the plain code built.

Checked on random strings made of the patterns' own words (any case, odd spaces, the characters
that re.I folds differently from str.lower()), on the 40 characters before every capital of the test
texts (what claim_benchmarks searches), and on invented patterns and names.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

import nlp.name_roles as R
from nlp import owned_names
from nlp.quick_rejects import ends_gated
from nlp_texts import data_texts
from test_numbers_fast import _strings, _words_of

_ENDS = [R._CLAIM_BEFORE, R._LEAD_BEFORE]


def _span(m):
    return None if m is None else m.span()


def _leads() -> list[str]:
    out = []
    for t in data_texts():
        for m in re.finditer(r"[A-Z]", t):
            out.append(t[max(0, m.start() - 40):m.start()])
    return out


@pytest.mark.parametrize("gated", _ENDS, ids=["claim_before", "lead_before"])
def test_ends_gated_finds_what_its_pattern_finds(gated):
    assert gated.rx is not gated  # the wrapper is in place
    words = _words_of(gated.rx) + ["#1", "No. 2", "74.2", "3rd", "ranks first", "the", "its", "our", "their", "won",
                                   "Leads", "ON", "oN", "itſ", "ıts", "İn", "\u212a", "\u00a0", "\u2003", "\t"]
    cases = _leads() + _strings(words, n=6000, seed=11)
    cases += [s + " " for s in cases[-3000:]] + [s + end for s in cases[-500:] for end in ("\n", " \u00a0", "  ")]
    misses = 0
    for s in cases:
        plain = gated.rx.search(s)
        assert _span(gated.search(s)) == _span(plain), repr(s)
        misses += plain is None
    assert 0 < misses < len(cases)  # both outcomes were tried


def test_ends_gated_invented_pattern():
    rx = re.compile(r"\b(?:\d+\s+on|glimmered)\s+(?:the\s+|some\s+)?\Z", re.I)
    g = ends_gated(rx, ("on", "glimmered"), ("the", "some"))
    for s, hit in [("scored 74 on ", True), ("74 ON THE ", True), ("it Glimmered  some\n", True),
                   ("74 on the", False), ("74 onto ", False), ("glimmered the other ", False), ("", False),
                   ("74 on  ſome ", True), ("74 on the  ", True)]:
        assert (g.search(s) is not None) == hit == (rx.search(s) is not None), s
    assert _span(g.search("x 74 on the ", 2)) == _span(rx.search("x 74 on the ", 2))  # positions: the pattern itself
    assert g.pattern == rx.pattern and g.flags == rx.flags


# --------------------------------------------------------------------------- owned benchmarks

def _owned_plain(kb):
    """owned_benchmarks as first written: every alias tried on every benchmark."""
    names = []
    for org in kb.orgs.values():
        for alias in org.surfaces:
            if len(alias) >= 3:
                names.append((alias, org.name))
    out: dict = {}
    for e in kb.entries:
        if e.label != "BENCHMARK":
            continue
        for alias, org in names:
            rest = e.name[len(alias):]
            if e.name.startswith(alias) and rest[:1] == " " and owned_names.REST.match(rest[1:]):
                out.setdefault(org, {}).setdefault(rest[1:], []).append(e)
    return {org: [(rest, es[0]) for rest, es in forms.items() if len(es) == 1] for org, forms in out.items()}


def _as_ids(owned):
    return [(org, [(rest, id(e)) for rest, e in forms]) for org, forms in owned.items()]


def test_owned_benchmarks_as_plain_on_the_builtin_kb():
    from nlp.kb import load_kb

    kb = load_kb([])
    got = owned_names.owned_benchmarks(kb)
    assert got  # the built-in list has owned benchmarks
    assert _as_ids(got) == _as_ids(_owned_plain(kb))


def test_owned_benchmarks_invented_owners():
    def ent(name, label="BENCHMARK"):
        return SimpleNamespace(name=name, label=label)

    orgs = {"Quarrow Labs": SimpleNamespace(name="Quarrow Labs", surfaces=["Quarrow Labs", "Quarrow", "QL"]),
            "Vexmoor": SimpleNamespace(name="Vexmoor", surfaces=["Vexmoor", "Vexmoor AI"]),
            "Vexmoor AI Group": SimpleNamespace(name="Vexmoor AI Group", surfaces=["Vexmoor AI"])}
    entries = [ent("Quarrow Labs Tidal Reasoning Index"), ent("Quarrow Glass Arena"), ent("Quarrow Glass Arena Two"),
               ent("Vexmoor AI Lantern Board"), ent("Vexmoor Lantern Board"), ent("Vexmoor Lantern Board", "MODEL"),
               ent("QL Harbor Exam"), ent("Quarrow lower case"), ent("Quarrow Single"),
               ent("Vexmoor Dup Board"), ent("Vexmoor Dup Board")]
    kb = SimpleNamespace(orgs=orgs, entries=entries)
    got = owned_names.owned_benchmarks(kb)
    assert _as_ids(got) == _as_ids(_owned_plain(kb))
    forms = {org: [rest for rest, _ in v] for org, v in got.items()}
    assert "Tidal Reasoning Index" in forms["Quarrow Labs"] and "Labs Tidal Reasoning Index" in forms["Quarrow Labs"]
    assert forms["Vexmoor AI Group"] == ["Lantern Board"]
    # two benchmarks of one owner share the short form ("Vexmoor AI Lantern Board" by its alias): dropped
    assert "Lantern Board" not in forms["Vexmoor"] and "Dup Board" not in forms["Vexmoor"]
    assert not any("Harbor Exam" in v for v in forms.values())  # "QL": an alias under three letters


# --------------------------------------------------------------------------- scans from likely starts

def _scanned() -> list[tuple[str, str, object]]:
    import importlib

    import nlp
    from nlp.quick_rejects import SCANNED

    nlp.load()  # installs the wrappers
    return [(module, name, getattr(importlib.import_module(module), name)) for module, names in SCANNED.items()
            for name in names]


SCANNED_NOW = _scanned()


def test_every_scanned_name_is_a_pattern_and_wrapped():
    from nlp.quick_rejects import _FromStarts

    for module, name, got in SCANNED_NOW:
        assert isinstance(got, _FromStarts), (module, name)  # renamed, gone, or its beginnings no longer known
        assert isinstance(got.rx, re.Pattern)


def _same(fast, rx, s: str, pos: int = 0, endpos: int | None = None) -> None:
    args = (s, pos) if endpos is None else (s, pos, endpos)
    assert _span(fast.search(*args)) == _span(rx.search(*args)), (rx.pattern[:60], args)
    assert [m.span() for m in fast.finditer(*args)] == [m.span() for m in rx.finditer(*args)], (rx.pattern[:60], args)


@pytest.mark.parametrize("module,name,fast", SCANNED_NOW, ids=[f"{m}.{n}" for m, n, _ in SCANNED_NOW])
def test_from_starts_finds_what_its_pattern_finds(module, name, fast):
    import random

    rx = fast.rx
    rnd = random.Random(len(name))
    texts = data_texts()
    for t in texts[::3]:
        _same(fast, rx, t)
        for _ in range(3):  # windows, as the components search before or around a name
            a = rnd.randint(0, len(t))
            _same(fast, rx, t, max(0, a - 60), a)
    words = _words_of(rx) + ["AI", "ſ", "ı", "İ", "\u212a", "the", "its", "we", "our", "by", "on"]
    for s in _strings(words, n=2000, seed=len(name)):
        _same(fast, rx, s)
        _same(fast, rx, s, 3, max(3, len(s) - 2))


def test_from_starts_invented_pattern():
    from nlp.quick_rejects import _FromStarts, from_starts

    rx = re.compile(r"\b(?:quillon(?:ed|s)?|brasket\s+\d+|(?-i:Zev)ra)\b", re.I)
    fast = from_starts(rx)
    assert isinstance(fast, _FromStarts)
    for s in ["They QUILLONED it", "a brasket 4, then brasket  12", "zevra and Zevra", "xquillon", "Quillon's",
              "bra sket 4", "qui", "", "Zevrá", "quillonſ", "ıt quillons"]:
        _same(fast, rx, s)
        _same(fast, rx, s, 1)
    # beginnings not all known (a class first, an empty match possible): the pattern itself
    assert not isinstance(from_starts(re.compile(r"[A-Z]\w+")), _FromStarts)
    assert not isinstance(from_starts(re.compile(r"(?:ab)?c")), _FromStarts)
    # under re.ASCII a letter outside ASCII is no word character: "éfoo" has a word start before "foo"
    ascii_rx = re.compile(r"\bfoo", re.ASCII | re.I)
    _same(from_starts(ascii_rx), ascii_rx, "éfoo, xfoo, Foo")
