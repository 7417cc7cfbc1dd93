"""Names a result file's keys or a chart's title give (round 12, branch nlp-layoutgen12).

YAML, JSON and TOML result files name each entry's model by a key — ``model: Tamarind 3``, ``"model": "Tamarind 3"``,
``name = "Tamarind 3"``, ``[results."Tamarind 3"]`` — and chart alt texts name their benchmark by a title — "bar chart of
Tamarind-QA (%)", "chart for MathArena". :func:`field_names` gives (start, end, label, name) for such names no list
knows, when the name has a model's (or benchmark's) shape and, for the keys, a numeric field follows within a few lines
(a results entry, not a config's model path).
"""
from __future__ import annotations

import re

_NAME = r"[A-Z][\w.+'’\-]*(?:[ ][A-Z0-9][\w.+'’\-]*){0,3}"
# "model: X", "- model: X", '"model": "X"', "model = 'X'", "name: X", "display_name: X"
_MODEL_KEY = re.compile(rf"""^[ \t]*(?:-[ \t]+)?["']?(?:model|model_name|display_name|name|system)["']?[ \t]*[:=][ \t]*["']?(?P<name>{_NAME})["']?[ \t]*,?[ \t]*$""",
                        re.M | re.I)
# '[results."X"]', '["X"]' TOML/INI section headers
_SECTION = re.compile(rf"""^[ \t]*\[+(?:[\w-]+\.)*["'](?P<name>{_NAME})["']\]+[ \t]*$""", re.M)
_NUMERIC_FIELD = re.compile(r"""^[ \t]*["']?[^\n:=]{1,60}?["']?[ \t]*[:=][ \t]*[~≈]?\d[\d.,]*[ \t]*,?[ \t]*$""", re.M)
_CHART_OF = re.compile(rf"\b(?:chart|graph|plot|bars|histogram)\s+(?:of|for|on)\s+(?:the\s+)?(?P<name>{_NAME})(?=\s*(?:\([^)\n]{{0,20}}\))?\s*[;:,.—–])")
_MODEL_SHAPE = re.compile(r"\d|-|[a-z][A-Z]")
_BENCH_SHAPE = re.compile(r"\d|-|[a-z][A-Z]|^[A-Z]{2,}\b|[ ](?:Arena|Index|Bench|Eval)\b")


def _label(ents, s: int, e: int):
    return next((x[2] for x in ents if x[0] < e and s < x[1]), None)


# a numeric field's key: '"Tamarind-QA" = 71.3', "Tamarind-QA: 71.3", '"Tamarind-QA": 71.3,'
_FIELD_KEY = re.compile(rf"""[ \t]*["']?(?P<key>{_NAME})["']?[ \t]*[:=][ \t]*[~≈]?\d[\d.,]*[ \t]*,?[ \t]*$""")
_OPEN = re.compile(r"""[ \t]*["']?[\w -]{1,30}["']?[ \t]*:[ \t]*[{\[]?[ \t]*""")
_QUANTITY = re.compile(r"(?i)^(?:price|cost|params?|parameters|size|context|ctx|tokens?|latency|speed|throughput|memory|vram|"
                       r"gpus?|date|year|version|seed|temperature|top_p|max_tokens|n|samples|shots?|runs?|steps?|epochs?|batch)\b")


def _fields(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of the keys of the numeric fields in the lines right after text[:start] (the entry's own lines)."""
    out = []
    pos = text.find("\n", start)
    opened = False
    while 0 <= pos < len(text) and len(out) < 40:
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        m = _FIELD_KEY.fullmatch(text, pos + 1, end)
        if m is None and not out and not opened and _OPEN.fullmatch(text, pos + 1, end):
            opened = True  # '"scores": {' or "scores:" over the fields
            pos = end
            continue
        if m is None:
            break
        out.append(m.span("key"))
        pos = end
    return out


def field_names(text: str, ents) -> list[tuple]:
    out = []
    if ":" in text or "=" in text or "[" in text:
        for rx in (_MODEL_KEY, _SECTION):
            for m in rx.finditer(text):
                s, e = m.span("name")
                keys = _fields(text, m.end())
                if not keys:
                    continue
                if _label(ents, s, e) is None and _MODEL_SHAPE.search(m.group("name")):
                    out.append((s, e, "MODEL", m.group("name")))
                # the entry's numeric keys of a benchmark's shape are benchmarks ("Tamarind-QA" = 71.3)
                for ks, ke in keys:
                    key = text[ks:ke]
                    if _label(ents, ks, ke) is None and _BENCH_SHAPE.search(key) and not _QUANTITY.match(key):
                        out.append((ks, ke, "BENCHMARK", key))
    for m in _CHART_OF.finditer(text) if "chart" in text or "graph" in text or "plot" in text or "bars" in text else ():
        s, e = m.span("name")
        if _label(ents, s, e) is None and _BENCH_SHAPE.search(m.group("name")):
            out.append((s, e, "BENCHMARK", m.group("name")))
    return out
