"""Benchmarks written as lower-case slugs no capitalised form anchors: ``suite:fenceqa``, ``"glyphqa",``,
``SUITE="gitternbench"``, ``bench.driftbench_verified: 47.5``, ``# fjordqa has no pip package``.

Configs, logs, metric lines and shell scripts name the suites they run in lower case, often with no capitalised
form anywhere in the passage, so :mod:`nlp.written_forms` (which needs a found name) and :mod:`nlp.slug_names`
(which needs a slug-dense passage or two found list items) miss them. A word ending in ``qa`` or ``bench``
(``…-qa``, ``…_bench`` too) or in a separated ``eval``, ``hard`` or ``verified`` (a checked or hard subset:
``pergola-hard``, ``cairn-verified``) is no English word but for a few (``workbench``, ``die-hard``), so in a
text about AI the token is a benchmark: its stem (three letters at least) and optional variant parts (``-hard``,
``_verified``, ``-2026``, ``-v2``, ``-long``...). Never: a token inside a longer word, path or file name (a letter,
digit, ``-``, ``_`` or ``.`` before it; ``#``, ``@`` or ``~`` before it, or a slash
unless a slash closes it too (``/suites/fenceqa/``, a suite's directory): a URL's or a repository's path, a
channel, a user -- ``calendly.com/x-eval``, ``#vendor-eval``, ``u/slowbench``; a letter, digit or ``.x`` after it; ``relaybench-go`` is a package), a
span another name already holds. Canonical: the slug's display form (:func:`nlp.slug_names.bench_display`).
One regular expression over the text: linear.
"""
from __future__ import annotations

import re

from .canonical import HYPHENS
from .slug_names import bench_display

_H = re.escape(HYPHENS)
_VARIANT = r"(?:hard|verified|multilingual|long|lite|pro|diamond|easy|full|mini|v\d{1,2}|20\d\d|\d{2,4})"
SLUG = re.compile(rf"(?<![\w.{_H}#@~])(?:(?<=/)(?P<dir>)|(?<!/))(?P<stem>[a-z][a-z0-9]{{2,}})(?P<kind>[{_H}_]?(?:qa|bench)|[{_H}_](?:eval|hard|verified))"
                  rf"(?:[{_H}_]{_VARIANT})*(?![\w]|[{_H}]\w|\.\w)(?(dir)(?=/))")
# words and tools written so that are not benchmarks: a carpenter's bench, a circuit's test bench
NOT_BENCH = frozenset("workbench testbench test-bench work-bench die-hard rock-hard diehard".split())


def display(m: re.Match) -> str:
    """The slug's display name: the kind word recased ("glyphqa" -> GlyphQA, "tundrabench-2026" -> TundraBench 2026,
    "stillmarsh_eval" -> Stillmarsh-Eval), the variant parts as :func:`nlp.slug_names.bench_display` writes them."""
    stem, head = m.group("stem"), m.group()[:m.end("kind") - m.start()]
    kind = head[len(stem):].lstrip(HYPHENS + "_")
    sep = "-" if len(kind) < len(head) - len(stem) else ""  # ("glasshouse-qa" -> Glasshouse-QA)
    name = stem[:1].upper() + stem[1:] + sep + {"eval": "Eval", "qa": "QA", "hard": "Hard", "verified": "Verified"}.get(kind, "Bench")
    rest = bench_display("x" + m.group()[len(head):]) if len(head) < len(m.group()) else "X"
    return name + rest[1:]


def find(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, "BENCHMARK", canonical) of the benchmark slugs in ``text`` that overlap none of the ``taken`` spans."""
    if "qa" not in text and "bench" not in text and "eval" not in text:
        return []
    out = []
    for m in SLUG.finditer(text):
        s, e = m.span()
        if m.group().lower() in NOT_BENCH or any(a < e and s < b for a, b in taken):
            continue
        out.append((s, e, "BENCHMARK", display(m)))
    return out
