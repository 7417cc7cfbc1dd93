"""Benchmarks no list knows, from shapes that hold without a list and from the places a benchmark stands in
(round 15, branch nlp-boards15).

:mod:`nlp.unknown` finds a new benchmark by its suffix (``*Bench``, ``*Eval``, ``*QA``) or after a cue ("72.6 on X",
"the X benchmark"). Fresh pages name their boards in other ways, and each reader here is a general one:

* **a language or country prefix glued to a known benchmark** (``KMMLU``, ``JMMLU``, ``IndoMMLU``, ``ArabicMMLU``,
  ``JHumanEval``, ``Ko-MT-Bench``): the remainder must be a benchmark that is localised in practice (the list below,
  real benchmarks with published localised versions: KMMLU (Son et al. 2024), JMMLU (Yin et al. 2024), CMMLU (Li et al.
  2023), ArabicMMLU (Koto et al. 2024), IndoMMLU (Koto et al. 2023), JHumanEval (Sato et al. 2024), Japanese MT-Bench
  (Stability AI / Nejumi leaderboard), KoBEST, Ko-H5 …) or a benchmark the knowledge base found in the same passage.
  The prefix is one or two capitals or one capitalised word; Latin letters or digits may not touch it (CJK text may:
  ``国産LLMでJMMLU首位``, ``KMMLU서``).
* **a national exam glued to its subject**: CamelCase ending in ``Exam`` (``ThaiExam``, ``BarExam``; not ``ReExam``,
  ``MockExam``), or the same in capitals (``THAIEXAM`` in a caps wire).
* **evaluation configs**: the items of a ``tasks:`` / ``benchmarks:`` / ``evals:`` list in YAML (``- tau2_retail``),
  inline (``tasks: [a, b]``, ``"tasks": ["a", "b"]``) or on a command line (``--tasks a,b``), and a results file's
  ``dataset: {name: X}`` (``datasets:`` lists are training data: not read).
* **result frames**: "evals / eval results / scores / accuracy on X" ("Our evals on Millrace dropped two points"),
  "tried / ran it on X" with a technical word (never hardware: ``H100``, ``RTX 5090``, ``TPU``), "N% of the questions
  of X" (also Portuguese/Spanish/French), "X shared task", "the test set, X,", "X contains / comprises N questions".
* **score tables**: a column header whose cells below are numbers, in a table whose rows are models (pipes, or columns
  aligned with spaces as in a DataFrame print), and the row labels of a table whose first header says Benchmark /
  Task / Eval; never a quantity column (``Latency``, ``Params``, ``Cost``: :func:`nlp.column_kinds.quantity_label`) nor
  a summary one (``Average``, ``Overall``).
* **a board's title**: a heading line that is a name ending in Index/Bench/Board/Leaderboard/Arena/Eval (in capitals or
  not) with a version or a dash after it, over a passage that holds numbers ("FALLOW INDEX v4.2 — composite of …").

:func:`candidates` gives (start, end, in_table) spans; the caller (:func:`nlp.unknown.find_unknown`) applies its usual
checks (free span, AI sentence, head words). Each reader has a cheap substring gate; all are linear regex scans.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS
from .column_kinds import quantity_label
from .demonyms import COUNTRIES, DEMONYMS, PLACE_ADJECTIVES
from .header_words import header_word
from .needed_words import literal_gated

_H = re.escape(HYPHENS)
_LATIN = "A-Za-z0-9"

# ------------------------------------------------------------------ 1. a language prefix on a known benchmark
LOCALISED = ("MMLU-ProX", "MMLU-Pro", "MMLU", "HumanEval", "MT-Bench", "GSM8K", "MGSM", "HellaSwag", "TruthfulQA",
             "IFEval", "MBPP", "GPQA", "SQuAD", "GLUE", "BoolQ", "WinoGrande", "Winogrande", "MTEB", "XNLI",
             "CommonsenseQA", "MedQA", "LegalBench", "AlpacaEval", "Arena-Hard", "BBH", "BEST", "LAMBADA")
_PREFIX = re.compile(r"(?:[A-Z]{1,2}|[A-Z][a-z]{1,11})\Z")
_HYPHEN_PREFIX = re.compile(rf"(?:[A-Z]{{1,3}}|[A-Z][a-z]{{1,2}})[{_H}]\Z")  # "Ko-MMLU", "K-MMLU" (not "Super-GLUE")


def _localised(text: str, benches: set[str]):
    for b in sorted(set(LOCALISED) | {x for x in benches if len(x) >= 4 and x[0].isupper()}):
        i = text.find(b)
        while i > 0:
            e = i + len(b)
            after_ok = e >= len(text) or not (text[e].isalnum() and text[e].isascii()) and not (
                text[e] in HYPHENS and e + 1 < len(text) and text[e + 1].isalnum() and text[e + 1].isascii())
            if after_ok:
                back = text[max(0, i - 13):i]
                m = _PREFIX.search(back) or _HYPHEN_PREFIX.search(back)
                s = i - (len(m.group()) if m else 0)
                if m and (s == 0 or not (text[s - 1].isascii() and (text[s - 1].isalnum() or text[s - 1] in "._@/-"))):
                    yield s, e, False
            i = text.find(b, i + 1)


# ------------------------------------------------------------------ 2. a national exam glued to its subject
EXAM = re.compile(rf"(?<![{_LATIN}.@/_{_H}])(?!(?:Re|Pre|Post|Mid|Mock|Final|Practice|Self|Home|Take|Entrance)Exam)"
                  rf"(?:(?:[A-Z][a-z]+){{1,3}}Exam|[A-Z]{{3,10}}EXAM)(?![{_LATIN}]|[{_H}][{_LATIN}])")

# ------------------------------------------------------------------ 3. evaluation configs
TASK_KEY = re.compile(r"^[ \t]*[\"']?(?:tasks|benchmarks|evals|eval_tasks|evaluations|eval_suites|suites|boards)[\"']?[ \t]*:"
                      r"[ \t]*(?:#[^\n]*)?$", re.M | re.I)
LIST_ITEM = re.compile(r"[ \t]*-[ \t]+(?:(?:name|task|benchmark)[ \t]*:[ \t]*)?[\"']?(?P<v>[A-Za-z][\w.\-]*)[\"']?[ \t]*(?:#[^\n]*)?$")
SKIP_LINE = re.compile(r"[ \t]*(?:#[^\n]*)?$")
INLINE_TASKS = literal_gated(re.compile(r"[\"']?\b(?:tasks|benchmarks|evals)[\"']?[ \t]*[:=][ \t]*\[(?P<v>[^\]\n]{1,400})\]"
                          r"|--tasks[ =](?P<c>[\w.\-]+(?:,[\w.\-]+)+)", re.I))
DATASET_NAME = re.compile(r"\bdataset[\"']?[ \t]*:[ \t]*\{[ \t]*[\"']?name[\"']?[ \t]*:[ \t]*[\"']?(?P<v>[A-Za-z][\w.\- ]{0,40}?)[\"']?[ \t]*[,}]"
                          r"|\bdataset:[ \t]*\n[ \t]+name:[ \t]*[\"']?(?P<w>[A-Za-z][\w.\- ]{0,40}?)[\"']?[ \t]*$", re.M)
ITEM_VALUE = re.compile(r"[A-Za-z][\w.\-]*")
NOT_TASKS = frozenset("all none default true false null yes no auto".split())


def _config_items(text: str):
    if "tasks" in text or "benchmarks" in text or "evals" in text or "Tasks" in text:
        for m in TASK_KEY.finditer(text):
            pos = m.end() + 1
            while pos < len(text):
                nl = text.find("\n", pos)
                end = len(text) if nl < 0 else nl
                item = LIST_ITEM.match(text, pos, end)
                if item:
                    if item.group("v").lower() not in NOT_TASKS:
                        yield item.start("v"), item.end("v"), True
                elif not SKIP_LINE.match(text, pos, end) or pos == end and text.startswith("\n", end):
                    break  # the list ends at the first line that is no item (or at a blank line)
                pos = end + 1
        for m in INLINE_TASKS.finditer(text):
            g = "v" if m.group("v") is not None else "c"
            for v in ITEM_VALUE.finditer(text, m.start(g), m.end(g)):
                if v.group().lower() not in NOT_TASKS:
                    yield v.start(), v.end(), True
    if "dataset" in text:
        for m in DATASET_NAME.finditer(text):
            g = "v" if m.group("v") is not None else "w"
            yield m.start(g), m.end(g), True


# ------------------------------------------------------------------ 4. result frames
_NAME = rf"[A-Z\u00c0-\u00de][\w'\u2019]*(?:[{_H}][\w]+)*(?:[ ](?:[A-Z][\w]*(?:[{_H}][\w]+)*|v?\d+(?:\.\d+)?|20\d\d)){{0,2}}"
NAME_AT = re.compile(_NAME + rf"(?![\w]|[{_H}]\w)")
ONE_WORD_AT = re.compile(rf"[A-Z\u00c0-\u00de][\w]*(?:[{_H}][\w]+)*(?:[ ]20\d\d)?(?![\w]|[{_H}]\w)")
TECH = re.compile(r"(?=[^ ]*(?:[A-Z][^ ]*[A-Z]|\d))\S+\Z")  # two capitals or a digit somewhere: a technical word
# the word "on" before a capital, then the result noun or verb before it (read backwards on a short window: fast)
ON_CAP = re.compile(r"[ ]on[ ]+(?:the[ ]+|its[ ]+|our[ ]+|their[ ]+)?(?=[A-Z\u00c0-\u00de])")
EVAL_BACK = re.compile(r"(?<![\w\-])(?:(?P<strong>(?i:evals?|eval[ ]results|evaluations?|scores?|accuracy|pass[ ]rates?|success[ ]rates?))"
                       r"|(?i:results|numbers|performance|regressions?|gains?)"
                       r"|(?i:tried|ran|run|running|trying|tested|testing)\s+(?:it|them|this|that|ours|both|each))\Z")
PCT_OF = re.compile(r"\d%?\s*%?\s+(?:of\s+the\s+|das\s+|dos\s+|de\s+las\s+|de\s+los\s+|des\s+)?(?:questions|problems|tasks|items|"
                    r"questões|problemas|tarefas|itens|preguntas|tareas|questions)\s+(?:of|from|in|on|do|da|de|del|dos|das|du)\s+"
                    r"(?:the\s+|la\s+|le\s+)?(?=[A-Z\u00c0-\u00de])")
SHARED_TASK = re.compile(rf"(?<![\w.@/{_H}])(?P<n>{_NAME})[ ]shared[ ]task\b|\b[Ss]hared[ ]task(?:[ ]results)?:[ ]+(?P<m>{_NAME})(?![\w]|[{_H}]\w)")
STYLE_ITEMS = re.compile(rf"(?<![\w.@/{_H}])(?P<n>[A-Z][\w]*(?:[{_H}][A-Z0-9][\w]*)*)[{_H}](?:style|type|like)[ ]"
                         r"(?:items|questions|problems|tasks|prompts|exams?|tests?|puzzles)\b")  # "on MedQA-style items"
SET_APPOS = re.compile(r"\b(?:test|eval|evaluation|benchmark|held-out|hold-out)\s+set,\s+(?=[A-Z\u00c0-\u00de])")
MODEL_AFTER = re.compile(rf"[ ](?:model|models|family|checkpoint|weights|series)\b|[ ]?[{_H}]?\d+(?:\.\d+)?[BM]\b")  # "on the Quern-2 model"
SPLIT_WORD = re.compile(rf"(?:Semi|Held|Hold|Multi|Single|Non|Cross|Self|Out|Zero|Few|One|Long|Short)[{_H}]", re.I)  # "Semi-Private", "Held-Out"
SPLIT_AFTER = re.compile(r"[ ](?:eval(?:uation)?[ ]|test[ ]|validation[ ])?(?:set|split|subset|partition|portion|tier|track|version|mode|setting)s?\b")  # "on the Semi-Private set": a split
CONTAINS_AFTER = re.compile(r",?[ ](?:contains|comprises|consists[ ]of|has|holds|covers)[ ](?:some[ ]|about[ ]|over[ ])?\d[\d,]*[ ]"
                            r"(?:[a-z\-]+[ ]){0,2}(?:questions|tasks|items|problems|prompts|cases|exercises)\b")
HARDWARE = re.compile(r"(?:[A-Z]{1,3}[\-\u2011]?\d{2,5}[A-Z]?s?|(?:TPU|GPU|CPU|NPU|RTX|GTX|Jetson|Xeon|EPYC|Ryzen|Snapdragon|ISO|IEC|Form)[\w\-\u2011]*|AWS|GCP|ARM|"
                      r"CUDA|ROCm|iOS|macOS|Android|Linux|Windows|Mac|iPhone|iPad|Pixel|Raspberry|M\d\w*)\Z")
NOT_ARENA = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Q1 Q2 Q3 Q4 Average Overall Mean Total The This That These Those Our Its Their
Each Both All Most Some Day Week Month Year Twitter Reddit GitHub Discord Slack Hugging Face""".split())


def _frames(text: str):
    if " on " in text:
        for o in ON_CAP.finditer(text):
            m = EVAL_BACK.search(text, max(0, o.start() - 30), o.start())
            if m is None:
                continue
            n = (NAME_AT if m.group("strong") else ONE_WORD_AT).match(text, o.end())
            if not n:
                continue
            w = n.group()
            first = w.split()[0]
            if first in NOT_ARENA or HARDWARE.match(first) or SPLIT_WORD.match(first) or not (m.group("strong") or TECH.match(first)) \
                    or MODEL_AFTER.match(text, n.end()) or SPLIT_AFTER.match(text, n.end()):
                continue
            yield n.start(), n.end(), False
    if "%" in text or "questions" in text or "questões" in text or "preguntas" in text:
        for m in PCT_OF.finditer(text):
            n = ONE_WORD_AT.match(text, m.end())
            if n and TECH.match(n.group().split()[0]) and n.group().split()[0] not in NOT_ARENA:
                yield n.start(), n.end(), False
    if "hared task" in text:
        for m in SHARED_TASK.finditer(text):  # ("shared task" is the evaluation campaigns' word: the text is the context)
            g = "n" if m.group("n") else "m"
            yield m.start(g), m.end(g), True
    if "style " in text or "type " in text or "like " in text:
        for m in STYLE_ITEMS.finditer(text):
            if TECH.match(m.group("n")) and not HARDWARE.match(m.group("n")):
                yield m.start("n"), m.end("n"), False
    if " set, " in text:
        for m in SET_APPOS.finditer(text):
            n = NAME_AT.match(text, m.end())
            if n and text.startswith(",", n.end()):
                yield n.start(), n.end(), False
    if "contain" in text or "compris" in text or "consists" in text:
        for m in CONTAINS_BACK.finditer(text):
            if CONTAINS_AFTER.match(text, m.end()):
                yield m.start("n"), m.end("n"), False


CONTAINS_BACK = re.compile(rf"(?<![\w.@/{_H}])(?P<n>[A-Z][\w]*(?:[{_H}][\w]+)+|[A-Z][a-z]*[A-Z][\w]*)(?=,?[ ](?:contains|comprises|consists[ ]of|holds|covers)[ ])")

# ------------------------------------------------------------------ 5. score tables
ROW_FIRST_WORDS = frozenset("model models system systems name entry submission".split())
BENCH_FIRST_WORDS = frozenset("benchmark benchmarks task tasks eval evals evaluation dataset test tests board".split())
SUMMARY = frozenset("""average avg mean overall total median rank ranking score scores elo rating notes note comment comments
license licence provider org organisation organization developer lab maker type open weights params parameters size cost
price latency date year release released context speed tokens source status url link paper citation version
correct incorrect wrong right attempted not refused refusals abstained abstain pass passed fail failed solved unsolved resolved
win wins won loss losses lost tie ties draw draws errors error timeout timeouts invalid valid partial hallucinated
math maths mathematics coding code reasoning vision writing knowledge science sciences language languages multilingual
agentic agents agent tools tool safety chat hard easy medium general factuality creative roleplay extraction stem humanities
social other quality helpfulness honesty harmlessness instruction following long short retrieval summarization
summarisation translation classification qa dialogue commonsense logic physics chemistry biology medicine law legal
finance history economics business health arts multimodal audio speech video image images text documents charts
tables ocr grounding planning memory search browsing web science coding_avg macro micro weighted""".split())
NUMBER_CELL = re.compile(r"[ \t*_]*[<>~≈]?[ \t]*[-+]?\d{1,5}(?:[.,]\d+)?[ \t]*(?:%|pts?|points)?(?:[ \t]*±[ \t]*\d+(?:\.\d+)?)?[ \t*_†‡]*\Z")
PLAIN_NAME = re.compile(rf"[A-Z\u00c0-\u00de][\w'\u2019.]*(?:[{_H}][\w.]+)*(?:[ ](?:[A-Z\u00c0-\u00de][\w'\u2019.]*(?:[{_H}][\w.]+)*|v?\d+(?:\.\d+)?|20\d\d|\([a-z]{{2}}\))){{0,3}}\Z")
SLUG_NAME = re.compile(r"[a-z][a-z0-9]*(?:[_\-][a-z0-9]+)*\Z")
INDEX_NAME = re.compile(r"[A-Za-z_]\w*[ \t]*\Z")


def _header_ok(cell: str) -> bool:
    w = cell.strip(" \t*_`")
    low = w.lower()
    return (bool(w) and low not in SUMMARY and low.split()[0] not in SUMMARY and not quantity_label(w) and not header_word(w)
            and w not in COUNTRIES and w not in DEMONYMS and w not in PLACE_ADJECTIVES)  # ("| Model | Math | English |": sub-scores)


def _pipe_cells(line_start: int, line: str):
    """The cells of a pipe row as spans, outer pipes or not ("| a | b |", "a | b")."""
    out, pos = [], 0
    parts = line.split("|")
    for k, part in enumerate(parts):
        a = pos + len(part) - len(part.lstrip())
        b = pos + len(part.rstrip())
        pos += len(part) + 1
        if (k == 0 or k == len(parts) - 1) and a >= b:
            continue  # the empty cell outside an outer pipe
        out.append((line_start + a, line_start + b))
    return out


RULE_LINE = re.compile(r"[ \t|:+=\-]*\Z")


def _pipe_tables(text: str, model_spans: set, bench_spans: set = frozenset()):
    """Tables drawn with pipes, with or without outer pipes and a rule line under the header."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    k = 0
    while k < len(lines) - 1:
        hs, head_line = lines[k]
        k += 1
        if head_line.count("|") < 2 or RULE_LINE.match(head_line):
            continue
        head = _pipe_cells(hs, head_line)
        if len(head) < 2:
            continue
        rows = []
        while k < len(lines) and "|" in lines[k][1]:
            rs, row = lines[k]
            k += 1
            if not RULE_LINE.match(row):
                rows.append(_pipe_cells(rs, row))
        if not rows:
            continue
        first = text[head[0][0]:head[0][1]].strip(" *_").lower()
        if (first in ROW_FIRST_WORDS or first == "") and _models_across(text, head[1:], [r[0] for r in rows], model_spans, bench_spans):
            for j in range(1, len(head)):
                s, e = head[j]
                cell = text[s:e]
                vals = [text[r[j][0]:r[j][1]] for r in rows if j < len(r)]
                if vals and sum(bool(NUMBER_CELL.match(v)) for v in vals) * 2 > len(vals) and _header_ok(cell) \
                        and (PLAIN_NAME.match(cell) or SLUG_NAME.match(cell)) and (s, e) not in model_spans:
                    yield s, e, True
        elif first in BENCH_FIRST_WORDS:
            for r in rows:
                if len(r) < 2:
                    continue
                s, e = r[0]
                cell = text[s:e]
                if PLAIN_NAME.match(cell) and _header_ok(cell) and sum(bool(NUMBER_CELL.match(text[a:b])) for a, b in r[1:]) * 2 > len(r) - 1:
                    yield s, e, True


VERSIONED = re.compile(rf"[A-Za-z][{_H} ]?v?\d")  # "Tessily-3", "Pellicle 2", "GPT-5.1" (a version after letters)


def _models_across(text: str, heads, labels, model_spans: set, bench_spans: set) -> bool:
    """Whether a table's rows are models and its columns boards: no header cell is a model found or mostly versioned
    names (then the columns are the models: "Nyala-3 Pro   Caracal-3   Claude Sonnet 4.5"), no row label is a benchmark
    found, and most row labels carry a version or are models found."""
    def hit(spans, a, b):
        return any(x < b and a < y for x, y in spans)
    if any(hit(model_spans, a, b) for a, b in heads):
        return False
    if sum(bool(VERSIONED.search(text[a:b])) for a, b in heads) * 2 > len(heads):
        return False
    if any(hit(bench_spans, a, b) for a, b in labels):
        return False
    return sum(bool(VERSIONED.search(text[a:b])) or hit(model_spans, a, b) for a, b in labels) * 2 > len(labels)


def _space_tables(text: str, model_spans: set, bench_spans: set = frozenset()):
    """Columns aligned with two or more spaces (a DataFrame print, a fixed-width table): a header line, then rows whose
    first cell is a name and whose other cells are numbers."""
    if "  " not in text:
        return
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    for k in range(len(lines) - 1):
        hs, head = lines[k]
        if "|" in head or head.count("  ") == 0:
            continue
        cells = [(hs + c.start(), hs + c.end()) for c in re.finditer(r"\S+(?:[ ]\S+)*", head)]
        if len(cells) < 2:
            continue
        rows = []
        body = lines[k + 1:k + 30]
        if body and INDEX_NAME.match(body[0][1]):
            body = body[1:]  # a DataFrame print names its index on the line under the header ("model")
        for rs, row in body:
            rc = [(rs + c.start(), rs + c.end()) for c in re.finditer(r"\S+(?:[ ]\S+)*", row)]
            if len(rc) < 2 or not all(NUMBER_CELL.match(text[a:b]) for a, b in rc[1:]):
                break
            rows.append(rc)
        if len(rows) < 2:
            continue
        n_num = len(rows[0]) - 1
        first = text[cells[0][0]:cells[0][1]].strip(" *_").lower()
        if first in BENCH_FIRST_WORDS:  # rows are benchmarks, columns models
            for r in rows:
                s, e = r[0]
                if PLAIN_NAME.match(text[s:e]) and _header_ok(text[s:e]) and (s, e) not in model_spans:
                    yield s, e, True
            continue
        heads = cells[1:] if len(cells) == n_num + 1 else cells if len(cells) == n_num else None
        if heads is None or first in BENCH_FIRST_WORDS:
            continue
        if not _models_across(text, heads, [r[0] for r in rows], model_spans, bench_spans):
            continue
        for s, e in heads:
            cell = text[s:e]
            if _header_ok(cell) and (PLAIN_NAME.match(cell) or SLUG_NAME.match(cell)) and (s, e) not in model_spans:
                yield s, e, True


# ------------------------------------------------------------------ 5b. a run of "name score" items beside a known board
SCORE_ITEM = re.compile(r"(?<![\w.@/\-])(?P<n>[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*(?:[ ][a-z0-9]+(?:[-_][a-z0-9]+)*)?"
                        r"|[A-Z][A-Za-z]*(?:[-_][A-Za-z0-9]+)*(?:[ ][A-Z0-9][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)*)?)[ ]"
                        r"(?P<v>\d{1,3}(?:\.\d+)?%?)(?![\w]|\.\d)")
NOT_ITEM = STOP_WORDS | {"vs", "v", "versus", "ca", "approx", "about", "around", "avg", "mean", "total", "overall", "score",
                         "scores", "scored", "got", "gets", "reached", "hit", "was", "at", "to", "from", "up", "down"}
ITEM_SEP = re.compile(r"[ \t]*(?:[,;\u00b7|\u2022/][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)\Z")


def _score_runs(text: str, taken):
    """Chat and notes write results as "theodolite-hard 48.2, gunwale 71.9, aime 2025 90.0" or "OverpassQA 68.0 · IFEval
    81.5 · Tinderbox 55.0": in a run of "name score" items one of which is a benchmark found, the others (without a
    digit: not a model's id) are too."""
    benches = [(a, b) for a, b, lab in taken if lab == "BENCHMARK"]
    if not benches:
        return
    seen = set()
    for a0, b0 in benches:
        if not (text.startswith(" ", b0) and text[b0 + 1:b0 + 2].isdigit()):
            continue  # the board found must itself stand as "name score"
        lo, hi = max(0, a0 - 300), min(len(text), b0 + 300)
        run = []
        items = list(SCORE_ITEM.finditer(text, lo, hi))
        items.append(None)
        for m in items:
            if m is None or run and not ITEM_SEP.match(text[run[-1].end():m.start()]):
                if len(run) >= 2 and any(a <= r.start("n") and r.end("n") <= b or r.start("n") <= a and b <= r.end("n")
                                         for r in run for a, b in benches):
                    for r in run:
                        if (not re.search(r"\d", r.group("n")) and r.start("n") not in seen
                                and r.group("n").split()[0].lower() not in NOT_ITEM
                                and not any(a < r.end("n") and r.start("n") < b for a, b in benches)):
                            seen.add(r.start("n"))
                            yield r.start("n"), r.end("n"), False
                run = []
            if m is not None:
                run.append(m)


# ------------------------------------------------------------------ 6. a board's title
TITLE = re.compile(rf"^[ \t]*(?:#+[ \t]*)?(?P<n>(?:[A-Z\u00c0-\u00de][\w'\u2019]*(?:[{_H}]\w+)*[ ]){{1,3}}"
                   r"(?:Index|INDEX|Bench|BENCH|Board|BOARD|Leaderboard|LEADERBOARD|Arena|ARENA|Eval|EVAL))"
                   rf"(?=[ \t]+(?:v?\d+(?:\.\d+)*[ \t]*)?[\u2014\u2013:(|\-]|[ \t]+v\d|[ \t]*\n)", re.M)
NOT_TITLE = frozenset("""PRICE CONSUMER PRODUCER STOCK MARKET SHARE SECURITY HUMAN DEVELOPMENT PRESS FREEDOM CORRUPTION ADVISORY
SCHOOL EDITORIAL SUPERVISORY EXECUTIVE GOVERNING OVERSIGHT REVIEW ETHICS AUDIT DIRECTORS TRUSTEES PLANNING HEALTH""".split())


def _titles(text: str):
    for m in TITLE.finditer(text):
        words = m.group("n").upper().split()
        if any(w in NOT_TITLE for w in words):
            continue
        if sum(ch.isdigit() for ch in text[m.end():m.end() + 1500]) < 8:
            continue  # a board's title stands over its numbers
        yield m.start("n"), m.end("n"), False


def candidates(text: str, taken) -> list[tuple[int, int, bool]]:
    """(start, end, in_table) of benchmark names found by the readers above; ``taken``: (start, end, label) of what
    the knowledge base found. ``in_table``: the span is a cell or a config item (its context is the table's)."""
    benches = {text[a:b] for a, b, lab in taken if lab == "BENCHMARK"}
    models = {(a, b) for a, b, lab in taken if lab == "MODEL"}
    bench_spans = {(a, b) for a, b, lab in taken if lab == "BENCHMARK"}
    out = list(_localised(text, benches))
    if "xam" in text or "XAM" in text:
        out += [(m.start(), m.end(), False) for m in EXAM.finditer(text)]
    out += _config_items(text)
    out += _frames(text)
    if "|" in text:
        out += _pipe_tables(text, models, bench_spans)
    out += _space_tables(text, models, bench_spans)
    if "\n" in text:
        out += _titles(text)
    out += _score_runs(text, taken)
    return out
