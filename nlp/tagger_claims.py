"""Claims on benchmarks only the learned tagger found (opt-in ``[nlp] name_tagger``) get the care they need.

The tagger adds names no rule or list found. On the spent claims sets (claims-test20-22, tagger on) the
claims on its *model* names were right at the 0.90 bar (19 of 19), but those on its *benchmark* names were
wrong more often than right (22 of 36): a word of a data layout or of code taken for a benchmark (the
type over a printed data frame, a command line's placeholder, an SQL column type), or the stem of a
longer benchmark name taking the numbers of its variant ("X" beside "X-Clean", "X" beside "X-2026"). A benchmark the rules name
comes with their evidence; one the tagger names needs the passage to use it as a benchmark.

:func:`temper` lowers the confidence of a claim whose benchmark is such a name (or a shorter form of
one): far when the passage never uses the name as a benchmark ("on X", "X's leaderboard", "the X
benchmark"), a little when a longer name of the passage starts with it (which of the two the number is
on is a guess). A name with a digit ("X-40") is a name by its form: only the variant rule applies to it.
The claim stays, for the digest's lower bars.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .entities import TAGGED_KEY, ent_rows
from .numbers import doc_text

UNUSED = 0.4  # the confidence kept by a claim on a benchmark the passage never uses as one
VARIANT = 0.9  # ... on a benchmark whose longer variant the passage names too
# a benchmark's use: after a preposition of results ("on X", "through X", "at the X"), before a benchmark's noun
# ("X benchmark", "X's leaderboard") or one in an apposition ("X, a 300-question exam")
_BEFORE = re.compile(r"\b(?:on|in|at|from|of|through|via|against|with)\s+(?:the\s+|its\s+|their\s+)?\Z", re.I)
_NOUN = (r"(?:benchmark|test|exam|suite|eval|evaluation|leaderboard|board|arena|score|scores|results?|split|set|"
         r"questions?|problems?|tasks?|olympiad|contest|competition|dataset|maintainers|authors|organi[sz]ers|creators)")
_AFTER = re.compile(r"(?:['\u2019]s)?[ \-]" + _NOUN + r"\b|,\s+(?:a|an|the)\s+[^,.;:()]{0,60}?\b" + _NOUN + r"\b", re.I)
_HAS_DIGIT = re.compile(r"\d")


def tagger_names(doc: Doc) -> dict[str, str]:
    """{canonical: label} of the names no list knows that the tagger alone found in ``doc``, with the
    unknown names of the passage that are a shorter form of one ("Quillmark" of "Quillmark-2026")."""
    spans = doc.user_data.get(TAGGED_KEY)
    if not spans:
        return {}
    spans = set(spans)
    text = doc_text(doc)
    rows = [(canon or text[s:e], label, (s, e) in spans) for s, e, label, _, canon, known, _, _ in ent_rows(doc)
            if not known]
    found = {canon: label for canon, label, tagged in rows if tagged}
    for canon, label, tagged in rows:
        if not tagged and canon not in found and any(
                other.lower().startswith(canon.lower()) and len(other) > len(canon) and lab == label
                for other, lab in found.items()):
            found[canon] = label
    return found


def used_as_benchmark(text: str, name: str) -> bool:
    """Some mention of ``name`` in ``text`` stands where a benchmark does: after "on", "in", "through", "at
    the"..., before a benchmark's noun ("X benchmark", "X's leaderboard") or one in an apposition ("X, a
    300-question exam")."""
    for m in re.finditer(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-]*\w)", text, re.I):
        if _BEFORE.search(text, max(0, m.start() - 16), m.start()) or _AFTER.match(text, m.end()):
            return True
    return False


def _has_variant(name: str, benchmarks: set[str]) -> bool:
    """A longer benchmark name of the passage starts with ``name`` ("X-Clean", "X Hard" beside "X")."""
    low = name.lower()
    return any(b.lower().startswith(low) and len(b) > len(name) and not b[len(name)].isalnum() for b in benchmarks)


def temper(doc: Doc, text: str, claims: list[dict]) -> None:
    """Lower, in place, the confidence of the claims on benchmarks only the tagger found (see the module)."""
    names = tagger_names(doc)
    if not any(label == "BENCHMARK" for label in names.values()):
        return
    benchmarks = {c["benchmark"] for c in claims} | {n for n, lab in names.items() if lab == "BENCHMARK"}
    used: dict[str, bool] = {}
    for c in claims:
        b = c["benchmark"]
        if names.get(b) != "BENCHMARK":
            continue
        if b not in used:
            used[b] = used_as_benchmark(text, b)
        if not used[b] and not _HAS_DIGIT.search(b):  # "X-40", "X-500": a name by its form (the wrong ones were words)
            c["confidence"] = round(c["confidence"] * UNUSED, 3)
        elif _has_variant(b, benchmarks):
            c["confidence"] = round(c["confidence"] * VARIANT, 3)
