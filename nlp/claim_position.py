"""Names a claim's position makes models or boards, where the recogniser found nothing or only a part.

Read on the entity tuples (start, end, label, canonical) the claims reader works on (`doc.ents` are not changed);
each reader replaces a recognised MODEL that is only a part of the name it reads (the family "Fulmar" of "Fulmar 1"):

* **a versioned name before a result verb**: "Mallowick-3 Lite achieves 91.7% on B", "Lockram 5 Instruct posts
  44.8% on B": a family, a version and at most one tier word or size right before a scoring verb with a number after
  it in the clause is a model (`claim_names.cue_names` reads the one-word shapes "Verdin-Reason", "KAPOK-7").
* **a score card**: "Thimbral 2.5's results: B 82.8%, C 56.8%": the versioned name owning the results.
* **an inline list item**: "Scores: Parvane 2.5 — Gimlet-QA 35.8%, Dormer-Eval 68.6%; Sorrelby 3 — …": a
  versioned name right before a dash or colon that a recognised benchmark and a number follow is the model of
  that item.
* **a delimited table's first column**: CSV/TSV/semicolon rows under a header naming a recognised benchmark,
  whose other cells are numbers: the first cell, whole ("Fulmar 1", "Lockram 5 Instruct"; a versioned plain name, no
  bracketed qualifier), is the row's model. Under a "model" corner, a header cell of a benchmark's shape
  ("CairnstoneMath", "Loom-QA") over a column of numbers is a benchmark (quantity headers — Params, Price, Latency … —
  are not).
* **an unknown "X Arena"**: "Dormer Arena" found as the bare "Arena" (an ambiguous alias of LMArena) when a
  capitalised word that is no common word stands before it (not a function or header word, and not written in lower
  case elsewhere in the passage: "Rank Model Arena score" beside "a model needs …"): the board is "X Arena".

Counting words ("Week 3", "Phase 2", "Table 4") and row labels that are no model ("Average", "Human") are refused.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .claim_tables import _COUNTING_WORDS
from .word_trie import whole_words

# a family, a version, at most a size and one tier word: "Mallowick-3 Lite", "Lockram 5 Instruct", "Sorrelby-1.5-8B"
_VERSIONED_NAME = (r"[A-Z][A-Za-z]{2,}(?:[ -][A-Z][A-Za-z]+)?[ -]v?\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?[BbMm])?"
                   r"(?:[ ](?:[A-Z][a-z]+|\d+(?:\.\d+)?[BM]))?")
# (round 26) a family and a tier word or a lettered version, no digit of its own: "Wistan Reason", "Ulduz Pro", "Thistlecog
# R2"; a tier word is one of the words model lines end in (sizes and grades, not names), so "Google Research" is none
_TIER_WORDS = r"Pro|Max|Mini|Lite|Ultra|Nano|Flash|Turbo|Plus|Large|Small|Medium|Reason|Reasoning|Thinking|Coder|Instruct|Prime"
_TIERED_NAME = rf"[A-Z][a-z]{{3,}}[ ](?:{_TIER_WORDS}|[A-Z]\d{{1,2}})(?![\w.\-])"
_VERSIONED_ALONE = re.compile(r"[A-Z][A-Za-z]{2,}[ -]v?\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?[BbMm])?(?:[ ](?:[A-Z][a-z]+|\d+(?:\.\d+)?[BM]))?")
_VERBS = (r"scores|scored|reaches|reached|gets|got|posts|posted|achieves|achieved|records|recorded|logs|logged|"
          r"lands|landed|delivers|delivered|hits|manages|managed|notches|notched|registers|registered|"
          r"comes in at|came in at|clocks in at|clocked|sits at|tops|topped|leads|led|trails|trailed|edges|edged|"
          r"returns|returned|earns|earned|secures|secured|obtains|obtained|attains|attained")
# the verb (or the score card's words) first, found in C; the name is then looked for right before it
_VERB_AT = re.compile(rf"\s{whole_words(_VERBS)}(?=[^.;\n]{{0,80}}?\d)")  # (the verbs as a trie: nlp.word_trie)
_NAME_BEFORE_VERB = re.compile(rf"(?<![\w.\-])(?P<name>{_VERSIONED_NAME})(?:,[^,.;\n]{{3,60}},)?\s*$")
_TIERED_BEFORE_VERB = re.compile(rf"(?<![\w.\-])(?P<name>{_TIERED_NAME})(?:\s+(?:has|had|also|now|then|still))?\s*$")
# a model's own score card: "Thimbral 2.5's results: B 82.8%, …"
_CARD_AT = re.compile(r"['’]s\s+(?:(?:benchmark|eval|test)\s+)?"
                      r"(?:results|scores|numbers|figures|evals?|scorecard|score card)\s*[:—–]\s*(?=[^\n]{0,80}?\d)")
_NAME_RIGHT_BEFORE = re.compile(rf"(?<![\w.\-])(?P<name>{_VERSIONED_NAME})$")
# an inline list item: the name, a dash or a colon, then (checked on the entities) a benchmark and a number
_ITEM_SEP = re.compile(r"[—–:\-][ \t]+(?=[A-Z])")  # (a hyphen counts only after a space: checked in item_names)
_ITEM_NAME = re.compile(rf"(?:^|(?<=[;:.][ \t])|(?<=[;:.][ \t][ \t]))(?P<name>{_VERSIONED_NAME})$", re.M)
_NUMBER_AFTER = re.compile(r"[ \t:]*[-+]?\d[\d,]*(?:\.\d+)?%?")
_NUMERIC_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?\s*(?:%|[kKMB]|pp|pts)?|[-–—]|n/?a|N/?A")
# row labels of a score table that are no model
_NOT_MODELS = frozenset("""average mean median human humans baseline random chance total overall delta gain
improvement difference diff sum max min best worst oracle""".split())
# capitalised words before "Arena" that are no board's own name (or name LMArena's own boards)
_NOT_BOARDS = frozenset("""The This That These Those Its Our Their His Her Your My A An On In At Of For From With By
And Or But To As Chat Chatbot Text LM Copilot Search Video Image Vision WebDev Game New Open Main Public Overall
Global Top Same Which What Each Every Whole Full Model Models Rank Score Scores Elo Rating Name System Votes Board""".split())
# words that lead a sentence or a clause: "Its Lumen-7 reached …" names Lumen-7
_LEAD_WORDS = _NOT_BOARDS | frozenset("""Meanwhile However Also Then Now Here There Still Yet So Only Even Both While When
After Before Since Today Yesterday Overall Finally Notably Separately""".split())


def _counting(name: str) -> bool:
    return name.split()[0].split("-")[0] in _COUNTING_WORDS


def _covering(ents, starts, a: int, b: int) -> list[int]:
    """indices of the entities that overlap text[a:b]"""
    i = bisect_left(starts, a)
    out = []
    if i > 0 and ents[i - 1][1] > a:
        out.append(i - 1)
    while i < len(ents) and ents[i][0] < b:
        out.append(i)
        i += 1
    return out


def _take(ents, starts, a: int, b: int, text: str, add: list, drop: set) -> None:
    """a MODEL for text[a:b] unless a non-model entity overlaps it or a model covers it whole; a recognised model
    that is a part of it is dropped; a leading function word ("Its Lumen-7") is left out"""
    first = re.match(r"[A-Za-z]+", text[a:b])
    if first and first.group(0) in _LEAD_WORDS:
        a += first.end() + 1
        if not _VERSIONED_ALONE.fullmatch(text, a, b):
            return
    hit = _covering(ents, starts, a, b)
    if any(ents[i][2] != "MODEL" for i in hit):
        return
    if any(ents[i][0] <= a and ents[i][1] >= b for i in hit):
        return  # found whole already
    drop.update(hit)
    add.append((a, b, "MODEL", text[a:b]))


def subject_names(text: str, ents, starts, add: list, drop: set) -> None:
    found = []
    for v in _VERB_AT.finditer(text):
        found.append(_NAME_BEFORE_VERB.search(text, max(0, v.start() - 120), v.start()))
    if "'s" in text or "’s" in text:
        for v in _CARD_AT.finditer(text):
            found.append(_NAME_RIGHT_BEFORE.search(text, max(0, v.start() - 60), v.start()))
    for v in _VERB_AT.finditer(text):
        m = _TIERED_BEFORE_VERB.search(text, max(0, v.start() - 40), v.start())
        if m is not None and m.group("name").split()[0] not in _LEAD_WORDS:
            found.append(m)
    for m in found:
        if m is not None and not _counting(m.group("name")):
            _take(ents, starts, *m.span("name"), text, add, drop)


def item_names(text: str, ents, starts, add: list, drop: set) -> None:
    if "—" not in text and "–" not in text and " - " not in text and ":" not in text:
        return
    for sep in _ITEM_SEP.finditer(text):
        if text[sep.start()] == "-" and (sep.start() == 0 or text[sep.start() - 1] not in " \t"):
            continue
        j = bisect_left(starts, sep.end())
        if j >= len(ents) or ents[j][0] != sep.end() or ents[j][2] != "BENCHMARK" \
                or not _NUMBER_AFTER.match(text, ents[j][1]):
            continue
        end = sep.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        m = _ITEM_NAME.search(text, max(0, end - 60), end)
        if m is None or _counting(m.group("name")):
            continue
        _take(ents, starts, *m.span("name"), text, add, drop)


def _sep_of(line: str) -> str | None:
    for sep in ("\t", ";", ","):
        if line.count(sep) >= 1:
            return sep
    return None


# a name and nothing else: no bracketed qualifier ("Vireo 3 (base)" is the table readers' to split), no mark
_PLAIN_NAME = re.compile(r"[A-Za-z][\w.\-]*(?: [\w.\-]+){0,4}")
_MODEL_COLUMN = re.compile(r"(?i)models?|system|llm|checkpoint|name")
# a benchmark's shape: a capital first, then an inner capital, a hyphen or a digit ("CairnstoneMath", "Loom-QA")
_BENCH_SHAPE = re.compile(r"[A-Z][A-Za-z]*(?:[a-z][A-Z]|-[A-Za-z0-9]|\d)[\w\-.]*(?: [A-Z][\w\-.]*)?")
_QUANTITY = re.compile(r"(?i)price|cost|params?|parameters|size|context|ctx|tokens?|latency|speed|throughput|memory|"
                       r"vram|gpus?|release|date|licen[cs]e|votes?|year|rank")


def _header_benches(text: str, ents, starts, a: int, head: str, sep: str, rows: list[str], bench_add: list) -> None:
    """the header cells of benchmark shape over a column of numbers, under a "model" corner, that no entity covers"""
    pos = 0
    for k, cell in enumerate(head.split(sep)):
        s = a + pos + (len(cell) - len(cell.lstrip()))
        pos += len(cell) + 1
        name = cell.strip()
        if k == 0 or not _BENCH_SHAPE.fullmatch(name) or _QUANTITY.match(name):
            continue
        col = [r.split(sep)[k].strip() for r in rows if len(r.split(sep)) > k]
        if sum(1 for c in col if _NUMERIC_CELL.fullmatch(c)) * 2 <= len(col):
            continue
        if _covering(ents, starts, s, s + len(name)):
            continue
        bench_add.append((s, s + len(name), "BENCHMARK", name))


def column_names(text: str, ents, starts, add: list, drop: set, bench_add: list) -> None:
    if "\n" not in text or ("," not in text and "\t" not in text and ";" not in text):
        return
    pos = 0
    lines = []
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        a, head = lines[i]
        sep = _sep_of(head)
        if sep is None or "|" in head:
            i += 1
            continue
        width = head.count(sep)
        # the header names a recognised benchmark in a cell after the first, or heads its first column "model"
        first_end = a + head.find(sep)
        model_col = _MODEL_COLUMN.fullmatch(head[:head.find(sep)].strip()) is not None
        if not model_col and not any(ents[k][2] == "BENCHMARK" for k in _covering(ents, starts, first_end, a + len(head))):
            i += 1
            continue
        j = i + 1
        rows = []
        while j < len(lines) and lines[j][1].strip() and lines[j][1].count(sep) == width:
            rows.append(lines[j])
            j += 1
        if model_col and rows:
            _header_benches(text, ents, starts, a, head, sep, [line for _, line in rows], bench_add)
        for b, line in rows:
            cells = line.split(sep)
            name = cells[0].strip()
            others = [c.strip() for c in cells[1:]]
            nums = sum(1 for c in others if _NUMERIC_CELL.fullmatch(c))
            if not name or not name[0].isalpha() or len(name) > 40 or len(name.split()) > 5 or nums * 2 < len(others) \
                    or name.split()[0].lower().strip(":") in _NOT_MODELS or _counting(name) \
                    or not any(ch.isdigit() for ch in name) or _NUMERIC_CELL.fullmatch(name) \
                    or not _PLAIN_NAME.fullmatch(name):
                continue
            s = b + line.find(name)
            _take(ents, starts, s, s + len(name), text, add, drop)
        i = max(j, i + 1)


_BARE_ARENA = re.compile(r"(?<![\w.\-])(?P<word>[A-Z][A-Za-z]+)[ ]Arena\b")


def arena_boards(text: str, ents) -> list:
    """`ents` with a bare "Arena" after a capitalised word no entity holds made the board "Word Arena"."""
    if "Arena" not in text:
        return ents
    out = []
    changed = False
    for k, x in enumerate(ents):
        if x[2] == "BENCHMARK" and text[x[0]:x[1]] == "Arena" and x[0] >= 2:
            m = _BARE_ARENA.search(text, max(0, x[0] - 30), x[1])
            if m is not None and m.end() == x[1] and m.group("word") not in _NOT_BOARDS and not re.search(
                    rf"\b{m.group('word').lower()}\b", text) and (
                    k == 0 or ents[k - 1][1] <= m.start()):
                out.append((m.start(), x[1], "BENCHMARK", f"{m.group('word')} Arena"))
                changed = True
                continue
        out.append(x)
    return out if changed else ents


# (round 26) a recognised model's tier or size left outside its span: "Umbrac" of "Umbrac Reason", "Cindrel-Coder" of
# "Cindrel-Coder 14B" (no mode word: "X Thinking" may be a setting of X)
_TIER_TAIL = re.compile(r"[ ](?:Pro|Max|Mini|Lite|Ultra|Nano|Flash|Turbo|Plus|Large|Small|Medium|Reason|Coder|Prime|"
                        r"\d{1,3}(?:\.\d)?B)(?![\w.\-])")


def tier_tails(text: str, ents: list[tuple]) -> list[tuple]:
    """`ents` with each MODEL grown over a tier word or size right after it that no entity holds"""
    out = []
    changed = False
    for k, x in enumerate(ents):
        if x[2] == "MODEL":
            m = _TIER_TAIL.match(text, x[1])
            if m is not None and (k + 1 == len(ents) or ents[k + 1][0] >= m.end()):
                out.append((x[0], m.end(), "MODEL", x[3] + m.group(0)) + tuple(x[4:]))
                changed = True
                continue
        out.append(x)
    # … and the mentions of "Family Tier" no entity holds, the family recognised elsewhere as a model ("Umbrac's
    # revenue" names it; "gives Umbrac Reason 71.5%" is the tiered model)
    families = {text[x[0]:x[1]] for x in out if x[2] == "MODEL" and re.fullmatch(r"[A-Z][a-z]{3,}", text[x[0]:x[1]])}
    if families:
        starts = [x[0] for x in out]
        for fam in families:
            for m in re.finditer(rf"(?<![\w.\-]){fam}(?={_TIER_TAIL.pattern})", text):
                t = _TIER_TAIL.match(text, m.end())
                if not _covering(out, starts, m.start(), t.end()):
                    out.append((m.start(), t.end(), "MODEL", text[m.start():t.end()]))
                    changed = True
        out.sort()
    return out if changed else ents


def position_names(text: str, ents: list[tuple]) -> list[tuple]:
    """`ents` (start, end, label, canonical; sorted) with the models and boards a claim's position gives (see the
    module docstring)."""
    ents = tier_tails(text, arena_boards(text, ents))
    starts = [x[0] for x in ents]
    add: list = []
    drop: set = set()
    subject_names(text, ents, starts, add, drop)
    item_names(text, ents, starts, add, drop)
    bench_add: list = []
    column_names(text, ents, starts, add, drop, bench_add)
    add += bench_add
    if not add:
        return ents
    seen = set()
    uniq = []
    for x in add:
        if x[:2] not in seen and (x[2] != "BENCHMARK" or not x[3].split("-")[0].split()[0] in _COUNTING_WORDS):
            seen.add(x[:2])
            uniq.append(x)
    return sorted([x for k, x in enumerate(ents) if k not in drop] + uniq)
