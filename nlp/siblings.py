"""A name's label from its siblings: the unknown members of a coordination whose known members agree.

"including Anthropic, Google DeepMind, OpenAI and Vantor" lists labs, so ``Vantor`` is one; "on GPQA,
QuillEval and AIME" lists benchmarks; "diagrams (MathVista, MathVerse)" too, once one of them is known.
The other rules need a cue worded near the name; here the cue is the list itself. Read:

* **inline coordinations**: names joined by commas, "and", "or", "&", "as well as" or slashes, inside
  one clause (a full stop, semicolon, colon or bracket ends a list; so does a comma after the "and":
  "After GPT-5 and Claude 4, Vantor shipped ..." lists two models, not three);
* **bullets of one shape**: consecutive bullet lines that each hold only a name (optionally bold,
  optionally followed by a colon, a dash or a bracket).

An unknown item takes the label only if the known items all agree on it and either at least two of them
are known and they are at least as many as the unknown ones, or one is known and the item's own shape
says the same (a benchmark-shaped word, a versioned model name, a lab-ending name). Never labelled: a
list without a conjunction that runs on into the sentence ("GPT-5, Claude 4, Vantor shipped"), a list
holding a word the knowledge base stops, an item that opens its sentence, and whatever the existing
gates refuse (people, places, products, common and calendar words: :mod:`nlp.unknown`,
:mod:`nlp.unknown_orgs`). The canonical name is the surface as written. Regular expressions over the
text: linear in its length; no parse needed (the bullets and separators are in the characters).
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS, clean
from .unknown import (BENCH_SHAPE, COLUMN_LABEL, COMMON_CAPS, DISCOURSE, NOT_A_MODEL, NOT_BENCH, PERSONLIKE, PLACES, SENTENCE_START,
                      TECH_WORD, TIER_WORDS, _model_like, _ok_head)
from .unknown_orgs import LAB_END, ORG_COLUMN, _name_ok

_H = re.escape(HYPHENS)
# an item: a capitalised word (CamelCase, acronym, digits, hyphened parts), with up to two more words that
# start with a capital or a digit ("Kestrel 2 Pro", "Vantor Labs")
_PART_TAIL = rf"[A-Za-z0-9+\u00b2]*(?:[.{_H}][A-Za-z0-9]+)*"
_PART = "[A-Z]" + _PART_TAIL
# (the look-behind comes after the first capital, which the engine then skips to)
ITEM = re.compile(rf"[A-Z](?<![\w.@{_H}'\u2019][A-Z]){_PART_TAIL}(?:[ ](?:{_PART}|\d+(?:\.\d+)?[A-Za-z]?)){{0,2}}(?![\w]|[{_H}]\w|['\u2019]s\b|\.\d)")
# what joins two items of one list (an item may carry its score or a short bracket: "GSM8K (7.9) and
# HellaSwag (6.1)"); the groups c1/c2/slash mark the closing conjunction, "add" a phrase that may follow it
_CARRIED = r"(?:[ ]\d{1,4}(?:\.\d+)?%?|[ ]?\([^()\n]{1,30}\))?"
SEP = re.compile(_CARRIED + r"(?:[ ]*,[ ]*(?P<c1>(?:and|or|&)[ ]+)?(?P<add>(?:along[ ]with|alongside|together[ ]with|as[ ]well[ ]as|plus)[ ]+)?"
                 r"|[ ]+(?P<c2>and|or|&|vs\.?|versus)[ ]+|[ ]+(?P<add2>along[ ]with|alongside|together[ ]with|as[ ]well[ ]as|plus)[ ]+"
                 r"|[ ]*(?P<slash>/)[ ]*)")
# where a list without a conjunction may end: punctuation, a dash, a line's end, "and others", "etc."
CLOSED_END = re.compile(_CARRIED + r"\s*(?:[.;:)\]\n\u2014\u2013]|\Z|,?\s+(?:and|or)\s+(?:others|more|so\s+on)\b|,?\s+etc\b)")
# a plural kind noun that heads a list ("benchmarks such as X and Y", "evals (X, Y)") or sums it up after
# a comma ("X and Y, two long-context evals"): the list's items are of that kind, known or not
_KINDS = (r"(?P<b>benchmarks|evals|evaluations|leaderboards|test[ ]sets|test[ ]suites)|(?P<m>models|LLMs|chatbots|checkpoints)"
          r"|(?P<o>labs|companies|start[-]?ups|firms|developers)")
KIND_BEFORE = re.compile(rf"\b(?:{_KINDS})(?:[ ]?\(|,?[ ]+(?:such[ ]as|like|including|e\.g\.,?|namely)[ ]+|:[ ]+)(?:the[ ]+)?\Z")
KIND_AFTER = re.compile(rf",[ ]+(?:the[ ]+)?(?:two|three|four|five|both|all)[ ]+(?:[\w{_H}]+[ ]+){{0,2}}?(?:{_KINDS})\b")
BULLET = re.compile(rf"^[ \t]*(?:[*\-\u2022+]|\d{{1,2}}[.)])[ \t]+(\*\*)?(?P<name>{_PART}(?:[ ](?:{_PART}|\d+(?:\.\d+)?)){{0,2}})(?(1)\*\*)"
                    rf"[ \t]*(?:$|[:(\u2014\u2013]|[ ]-[ ])", re.M)
LABELS = ("MODEL", "BENCHMARK", "ORG")
ACRONYM = re.compile(r"[A-Z]{2,5}")
# the nouns that end a board's or a test suite's name, never a person's (:mod:`nlp.board_names`)
BOARD_NOUNS = frozenset("Arena Index Leaderboard Ladder Bench Benchmark Eval Suite".split())


def _shape_says(w: str, label: str) -> bool:
    """The item's own form agrees with the label its one known sibling gives."""
    if label == "BENCHMARK":
        return (BENCH_SHAPE.fullmatch(w) is not None or TECH_WORD.fullmatch(w) is not None) and not _model_like(w)
    if label == "MODEL":
        return _model_like(w) and BENCH_SHAPE.fullmatch(w) is None
    return LAB_END.search(w) is not None and " " in w


def item_ok(w: str, label: str, strong: bool = False) -> bool:
    """The gates every new name passes (:mod:`nlp.unknown`, :mod:`nlp.unknown_orgs`): no person, place,
    product, calendar or common word; ``strong``: the list is surely one of benchmarks, whose names may
    hold a version."""
    first = w.split()[0]
    if len(w) < 2 or w in COMMON_CAPS or first in PLACES or first in DISCOURSE or first in PERSONLIKE or not _ok_head(w):
        return False
    if label == "ORG":  # (an acronym may lead a company's name: "KT Cloud", "LG Display")
        return _name_ok(w) or len(w.split()) == 2 and ACRONYM.fullmatch(first) is not None and (
            _name_ok(w.split()[1]) or LAB_END.fullmatch(w.split()[1]) is not None)
    words = w.split()
    if len(words) > 1 and all(x.isalpha() and x[1:].islower() and x not in TIER_WORDS for x in words) \
            and not (label == "BENCHMARK" and words[-1] in BOARD_NOUNS):
        return False  # "Jane Marlow": two plain words are a person's name, not a model's or a benchmark's ("Forge Index" is a board)
    if first in NOT_BENCH or first in NOT_A_MODEL or w in TIER_WORDS:
        return False
    if label == "BENCHMARK":
        return strong or not _model_like(w)
    return BENCH_SHAPE.fullmatch(w) is None


def _groups(text: str, items: list[tuple[int, int]]):
    """Runs of items joined by list separators, each ending at the item after its conjunction (slashes may
    go on: "A/B/C"); yields (items, closed): closed when a conjunction or slash joins them or the run ends
    the clause."""
    run, conj, slash = [], False, False
    for s, e in items:
        if run:
            m = SEP.fullmatch(text, run[-1][1], s) if s - run[-1][1] <= 48 else None
            if m is not None and (not conj or slash and m.group("slash") or m.group("add") or m.group("add2")):
                run.append((s, e))
                conj = conj or any(m.group(g) for g in ("c1", "c2", "slash", "add", "add2"))
                slash = bool(m.group("slash"))
                continue
            if len(run) > 1:
                yield run, conj or CLOSED_END.match(text, run[-1][1]) is not None
        run, conj, slash = [(s, e)], False, False
    if len(run) > 1:
        yield run, conj or CLOSED_END.match(text, run[-1][1]) is not None


def _label_of(group, known: dict, stopped: set, text: str, kind: str | None = None) -> list[tuple[int, int, str]]:
    """The unknown items of one group labelled by their known siblings, or by the ``kind`` noun that heads or
    sums up the list (empty when the group does not say, or when an unknown item fails the gates: a list
    holding a place or a common word is no list of names)."""
    if any(k in stopped for k in group):
        return []
    if kind == WEAK_BENCH:  # a result's place: one known benchmark, no known name of another kind, at most two unknown
        labels = [known[k] for k in group if k in known]
        unknown = [k for k in group if k not in known]
        if not labels or set(labels) != {"BENCHMARK"} or not unknown or len(unknown) > 2 * len(labels) \
                or not all(item_ok(text[s:e], "BENCHMARK") and text[s:e] not in NOT_RESULT for s, e in unknown):
            return []
        return [(s, e, "BENCHMARK") for s, e in unknown]
    labels = [known[k] for k in group if k in known]
    unknown = [k for k in group if k not in known]
    if not unknown or len(set(labels + [kind] if kind else labels)) != 1 or (labels or [kind])[0] not in LABELS:
        return []
    label = (labels or [kind])[0]
    strong = kind is not None or len(labels) >= 2  # ("SWE-bench Verified, Tau2 and AceBench": a version in a benchmark's name)
    if not all(item_ok(text[s:e], label, strong) for s, e in unknown):
        return []
    if kind is not None or len(labels) >= 2 and len(labels) >= len(unknown):
        return [(s, e, label) for s, e in unknown]
    if len(labels) == 1 and len(unknown) == 1 and _shape_says(text[unknown[0][0]:unknown[0][1]], label):
        return [(unknown[0][0], unknown[0][1], label)]
    return []


# a result's place before a list ("leads on A, B and C", "scores on", "evaluated on the") or its noun after it ("A and B
# numbers"): the items are benchmarks when one of them is a known one and none is known as anything else ("WEAK")
RESULT_ON = re.compile(r"\b(?:results?|scores?|scored|scoring|numbers|performance|leads?|led|ranks?|ranked|tops?|topped|trails?|"
                       r"trailed|gains?|improves?|improved|state[- ]of[- ]the[- ]art|SOTA|best|worst)[ ](?:\w+[ ])?(?:on|across|in)[ ]"
                       r"(?:the[ ])?\Z|\b(?:index|suite|leaderboard|board|evals?|evaluation|harness)[ ](?:now[ ])?(?:includes|covers)[ ]\Z"
                       r"|\b(?:[Ww]e|[Tt]hey|[Tt]he[ ]authors)[ ](?:also[ ])?report(?:ed)?[ ]\Z")
RESULT_AFTER = re.compile(r"[ ](?:numbers|scores|results|figures)\b")
WEAK_BENCH = "BENCHMARK?"


# what results are also given on: languages, subjects, platforms, hardware
NOT_RESULT = frozenset("""English French German Spanish Italian Portuguese Dutch Polish Korean Japanese Chinese Mandarin Arabic Hindi
Thai Vietnamese Indonesian Turkish Russian Ukrainian Greek Hebrew Swedish Norwegian Danish Finnish Czech Romanian Hungarian Math Maths
Mathematics Physics Chemistry Biology Law Medicine Coding Code Reasoning Writing Vision Speech Audio Video Android iOS Windows Linux
macOS Web Mobile Desktop Python JavaScript TypeScript Java Rust Go Kotlin Swift Average Overall Total Easy Medium Hard Average""".split())


def _kind(text: str, group) -> str | None:
    """The label a plural kind noun gives the whole list: before it ("benchmarks such as") or after it (", two evals");
    ``WEAK_BENCH`` where a result's place says it (:data:`RESULT_ON`, :data:`RESULT_AFTER`)."""
    m = KIND_BEFORE.search(text, max(0, group[0][0] - 40), group[0][0]) or KIND_AFTER.match(text, group[-1][1])
    if m is None:
        weak = RESULT_ON.search(text, max(0, group[0][0] - 40), group[0][0]) or RESULT_AFTER.match(text, group[-1][1])
        return WEAK_BENCH if weak else None
    return "BENCHMARK" if m.group("b") else "MODEL" if m.group("m") else "ORG"


# a Markdown table's line, and a cell's name (bold or not, a bracketed qualifier left out: "OpenAI-MRCR (128k)")
TABLE_LINE = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.M)
CELL = re.compile(rf"[ \t]*(\*\*)?(?P<name>{_PART}(?:[ ](?:{_PART}|\d+(?:\.\d+)?)){{0,2}})(?(1)\*\*)(?:[ ]\([^()|\n]{{1,30}}\))?[ \t]*")


HEADER_WORDS = frozenset(COLUMN_LABEL) | ORG_COLUMN | frozenset("name rank score average mean total notes note setting metric "
                                                                 "type size params license date".split())


def _table_groups(text: str):
    """The names of a Markdown table, grouped by what makes them siblings: the header row's cells, and each
    column's cells below the separator line."""
    prev_end, rows = -2, []
    for m in list(TABLE_LINE.finditer(text)) + [None]:
        if m is None or m.start() != prev_end + 1:  # a table ends
            if rows:
                yield rows[0]
                for col in range(max(len(r) for r in rows[1:]) if len(rows) > 1 else 0):
                    yield [r[col] for r in rows[1:] if col < len(r) and r[col] is not None]
            rows = []
        if m is None:
            break
        prev_end = m.end()
        line = m.group()
        if set(line) <= set("|-: \t"):
            continue  # the separator line
        cells, a = [], m.start() + line.index("|") + 1
        while True:
            b = text.find("|", a, m.end())
            if b < 0:
                break
            c = CELL.fullmatch(text, a, b)
            cells.append(c.span("name") if c and c.group("name").lower() not in HEADER_WORDS else None)
            a = b + 1
        rows.append(cells)


OPENERS = frozenset("Unlike Like Besides Beside Beyond Including Excluding Except Versus Against Despite Beating".split())


def _items(text: str, pos: int, end: int) -> list[tuple[int, int]]:
    """The capitalised runs of text[pos:end], each without an opening word that names nothing
    ("Unlike GSM8K" is GSM8K; "Also Quintet" is Quintet)."""
    out = []
    for m in ITEM.finditer(text, pos, end):
        a, w = m.start(), m.group()
        if " " in w and (w.split(" ", 1)[0].lower() in STOP_WORDS or w.split(" ", 1)[0] in DISCOURSE | OPENERS):
            a += w.index(" ") + 1
        out.append((a, m.end()))
    return out


def _relabel(group, known: dict, guessed: frozenset, text: str) -> list[tuple[int, int, str]]:
    """Guesses of the unknown-name rules (``guessed``) whose model/benchmark label disagrees with at least two
    names the knowledge base knows in the same list, and outnumbered by them, take the list's label
    ("SWE-bench Verified, Tau2 and AceBench": Tau2 is a benchmark, though shaped like a model)."""
    sure = [known[k] for k in group if k in known and k not in guessed]
    if len(sure) < 2 or len(set(sure)) != 1 or sure[0] not in ("MODEL", "BENCHMARK"):
        return []
    odd = [k for k in group if k in guessed and known[k] != sure[0]]
    if not odd or len(sure) < len(odd) + sum(k not in known for k in group) or any(known[k] not in ("MODEL", "BENCHMARK") for k in odd):
        return []
    return [(s, e, sure[0]) for s, e in odd if item_ok(text[s:e], sure[0], True)]


def with_siblings(text: str, taken: list[tuple[int, int, str]], new: list[tuple[int, int, str, str]],
                  ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """``new`` (the unknown-name rules' (start, end, label, canonical) guesses beside the knowledge base's
    ``taken``) with the names their siblings label added, and the guesses their siblings correct relabelled."""
    found = find_siblings(text, taken + [(s, e, lab) for s, e, lab, _ in new], ai_at, frozenset((s, e) for s, e, _, _ in new))
    if not found:
        return new
    fix = {(s, e): lab for s, e, lab, _ in found}
    return [(s, e, fix.pop((s, e), lab), c) for s, e, lab, c in new] + [x for x in found if (x[0], x[1]) in fix]


def find_siblings(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool],
                  guessed: frozenset = frozenset()) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of the unknown names labelled by their siblings in ``text``.

    ``taken``: (start, end, label) of every name found so far (label "STOP" for the knowledge base's stop
    phrases: a list holding one is no list of names); ``ai_at(pos)``: whether the sentence at ``pos`` is
    about AI; ``guessed``: the spans of ``taken`` that are guesses, not the knowledge base's (one whose
    siblings disagree with it comes back with their label)."""
    known = {(s, e): lab for s, e, lab in taken if lab != "STOP"}
    stopped = {(s, e) for s, e, lab in taken if lab == "STOP"}
    spans = sorted(known.keys() | stopped, key=lambda k: (k[0], -k[1]))  # the longest first: "DeepSeek-V3.2", not its lab
    # the items in text order: the names found, and the capitalised runs between them
    items, pos = [], 0
    for s, e in spans:
        if s < pos:
            continue
        items += _items(text, pos, s)
        items.append((s, e))
        pos = e
    items += _items(text, pos, len(text))
    out, bullets = {}, set()  # (bullets: names of a bullet block or a table, whose two known siblings are the context)
    for group, closed in _groups(text, items):
        if not closed:
            continue  # "GPT-5, Claude 4, Vantor shipped ...": no conjunction, the run goes on into the clause
        for s, e, label in _label_of(group, known, stopped, text, _kind(text, group)) + _relabel(group, known, guessed, text):
            out[(s, e)] = label
    for group in _table_groups(text) if "|" in text else ():
        group = [k for k in group if k is not None]
        if len(group) > 2:
            for s, e, label in _label_of(group, known, stopped, text):
                out[(s, e)] = label
                bullets.add((s, e))
    lines = [m for m in BULLET.finditer(text)] if "\n" in text else []
    block: list = []
    for m in lines + [None]:  # consecutive bullet lines of one shape: a list of names
        if block and (m is None or text.count("\n", block[-1].end(), m.start()) != 1):
            # (an item whose own line names a known name of the label is described by it, not its sibling:
            # "* Vantor Mini (new): 71% on GPQA" under lines of benchmarks)
            group = [b.span("name") for b in block]
            line_end = {b.span("name"): text.find("\n", b.end()) % (len(text) + 1) for b in block}
            if len(group) > 2:
                for s, e, label in _label_of(group, known, stopped, text):
                    if not any(lab == label and e <= a < line_end[(s, e)] for (a, b), lab in known.items()):
                        out[(s, e)] = label
                        bullets.add((s, e))
            block = []
        if m is not None:
            block.append(m)
    return sorted((s, e, lab, clean(text[s:e])) for (s, e), lab in out.items()
                  if ((s, e) not in known or (s, e) in guessed) and ((s, e) in bullets or not SENTENCE_START.search(text, max(0, s - 12), s) and ai_at(s))
                  and not any(a < e and s < b and (a, b) != (s, e) for a, b in spans))
