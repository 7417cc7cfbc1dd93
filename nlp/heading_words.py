"""Heading and label words that a name cue took for a new name (round 16).

A standards draft, a glossary or a report is built of parts: "Annex C (informative) — Example benchmarks",
"EXAMPLE: A provider that ...", "**Index** — a weighted average of ...", "**Tool-use benchmark** — e.g. ...". The cues
that read "X benchmarks" or a bold glossary head as a new name then find the part's word ("Example", "Index") or an
ordinary compound ("Tool-use", "Long-context"), and the document pass spreads it to every "Examples" of the page.
Dropped here, among the guesses no list knows (a listed name keeps its own rules):

* **a document's part words**: a one-word guess that is a word naming a part of a document or a label
  (:data:`PART_WORDS`: example, index, annex, appendix, note, table, glossary, scope, ...), in any case ("EXAMPLE",
  "Examples"), with no version or digit;
* **an ordinary hyphened compound**: a one-word guess written ``Capitalised-lowercase`` ("Tool-use", "Long-context",
  "Multi-turn", "Open-ended") with no digit, no capital after the hyphen and no letter outside ASCII: the shape of an
  English compound adjective at the head of a line or a sentence, never of a product name, which marks its second
  part ("Orchard-Eval", "Hüma-TTS", "Seal-0").

A frame that names the word as a name beats the list: "the Index benchmark" and "Index 2" are not dropped (a version or
"the ... benchmark/model" right around one of its mentions). Set look-ups per guess: no cost on passages without guesses.
"""

from __future__ import annotations

import re

# words naming a part of a document or a label of one (style guides' and standards' drafting rules: ISO/IEC
# Directives Part 2 "Examples", "Notes", "Annex"; a report's or a book's parts)
PART_WORDS = frozenset("""example examples index indexes indices annex annexes appendix appendices glossary note notes table tables
figure figures section sections chapter chapters contents foreword preface introduction scope definitions definition terms
references bibliography abstract summary overview conclusion conclusions acknowledgements acknowledgments errata corrigendum
footnote footnotes caption remark remarks warning caution tip tips exercise exercises solution solutions
answer answers question questions""".split())
COMPOUND = re.compile(r"[A-Z][a-z]+-[a-z]+")
# a frame that makes the word a name: "the Index benchmark", "Index 2", "Example-3"
NAMED = re.compile(r"[ -]?v?\d")
THE_BEFORE = re.compile(r"\b[Tt]he[ ]\Z")
KIND_AFTER = re.compile(r"[ ](?:benchmark|leaderboard|model|test|eval)\b")


def dropped(text: str, found: list[tuple[int, int, str, bool]]) -> set[tuple[int, int]]:
    """(start, end) of the guesses in ``found`` ((start, end, label, known)) that are heading or label words."""
    out: set[tuple[int, int]] = set()
    for s, e, label, known in found:
        if known or label not in ("MODEL", "BENCHMARK", "ORG") or e - s > 24:
            continue
        w = text[s:e]
        if " " in w or any(ch.isdigit() for ch in w):
            continue
        if w.lower() in PART_WORDS:
            if NAMED.match(text, e) or THE_BEFORE.search(text, max(0, s - 5), s) and KIND_AFTER.match(text, e):
                continue  # "Index 2", "the Index benchmark": the word is a name here
            out.add((s, e))
        elif label != "ORG" and COMPOUND.fullmatch(w):
            out.add((s, e))
    return out
