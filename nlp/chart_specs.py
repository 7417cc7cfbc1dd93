"""Bar and line charts written as code: a list of names, a list of numbers, and a title or label.

Posts paste the source of their charts instead of a picture: a Mermaid `xychart-beta` block
(`title "Bench (%)"`, `x-axis ["A", "B"]`, `bar [61.2, 58.0]`), a Chart.js or ECharts config
(`labels: ['A', 'B']`, `datasets: [{label: 'Bench', data: [61.2, 58.0]}]`), a plotting script
(`plt.bar(["A", "B"], [61.2, 58.0])` under `plt.title("Bench")`; R's `c("A", "B")` beside
`ggtitle("Bench")`). Whatever the library, the chart is one grid: the i-th number belongs to
the i-th name, and the series' label (or, for a chart of one series, the chart's title; the same
numbers drawn as bars and as a line count once) says what was measured. Each chart is handed to
`nlp.claims` as the grid `nlp.grid` reads (header: a blank corner, then each series' label; each
row a name and its values), so the table's roles, units and vetoes apply unchanged.
"""
from __future__ import annotations

import re

_NUM = r"-?\d+(?:\.\d+)?"
_QUOTED = r"""(?:"[^"\n]{1,60}"|'[^'\n]{1,60}')"""
# a list in brackets, or R's c(…)
_NAMES = re.compile(rf"(?:\[|\bc\()\s*(?P<items>{_QUOTED}(?:\s*,\s*{_QUOTED})+)\s*,?\s*[\])]")
_VALUES = re.compile(rf"(?:\[|\bc\()\s*(?P<items>{_NUM}(?:\s*,\s*{_NUM})+)\s*,?\s*[\])]")
_ITEM = re.compile(rf"{_QUOTED}|{_NUM}")
# the series' own label on its line or just above it: `label: 'X'`, `name: "X"`, `bar "X" [..]`
_SERIES = re.compile(r"""\b(?:label|name)\s*[:=]\s*(?P<q>["'])(?P<label>[^"'\n]{1,60})(?P=q)""", re.I)
_MERMAID_SERIES = re.compile(r"""^\s*(?:bar|line)\s+(?P<q>["'])(?P<label>[^"'\n]{1,60})(?P=q)""", re.M)
# the chart's title: Mermaid `title "X"`, `title: 'X'`, `title: {text: 'X'}`, `plt.title("X")`, `set_title("X")`
_TITLE = re.compile(r"""\b(?:title|set_title|suptitle|ggtitle)\b\s*(?:[:=(]\s*)?(?:\{\s*text\s*:\s*)?(?P<q>["'])"""
                    r"""(?P<label>[^"'\n]{1,80})(?P=q)""", re.I)
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)[^\n]*$", re.M)
_LETTER = re.compile(r"[A-Za-z]")
_QUICK = ("[", "]")


def _blocks(text: str) -> list[tuple[int, int]]:
    """The fenced code blocks of `text`, else its paragraphs (a chart's source is one of them)."""
    fences = [m.start() for m in _FENCE.finditer(text)]
    if len(fences) >= 2:
        return [(fences[i], fences[i + 1]) for i in range(0, len(fences) - 1, 2)]
    out, a = [], 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, len(text)))
    return out


def _items(text: str, m: re.Match, quoted: bool) -> list[tuple[int, int]]:
    s0 = m.start("items")
    spans = [(s0 + x.start(), s0 + x.end()) for x in _ITEM.finditer(m.group("items"))]
    return [(s + 1, e - 1) for s, e in spans] if quoted else spans


def _label(text: str, a: int, at: int, rx: re.Pattern) -> tuple[int, int] | None:
    """The span of the last `rx` label in text[a:at] (the name part: up to a comma or a date)."""
    found = list(rx.finditer(text, a, at))
    if not found:
        return None
    s, e = found[-1].span("label")
    cut = text.find(",", s, e)
    return (s, cut if cut > 0 else e)


def chart_tables(text: str) -> list[tuple]:
    """(start, end, rows) of each chart written as code whose names and numbers pair one to one
    (see the module docstring); rows as `nlp.grid.grids` gives them."""
    if "[" not in text and "c(" not in text:
        return []
    out = []
    for a, b in _blocks(text):
        names_m = [m for m in _NAMES.finditer(text, a, b)]
        if len(names_m) != 1:
            continue  # no axis, or several: which numbers go with which names is not plain
        names = _items(text, names_m[0], True)
        if not all(_LETTER.search(text, s, e) for s, e in names):
            continue
        title = _label(text, a, b, _TITLE)
        series = []
        for m in _VALUES.finditer(text, a, b):
            vals = _items(text, m, False)
            if len(vals) != len(names):
                continue
            line = text.rfind("\n", a, m.start()) + 1
            label = _label(text, line, m.start(), _MERMAID_SERIES) or _label(text, line, m.start(), _SERIES)
            if label is None:  # `{label: 'X',\n data: [..]}`: the label a line or two above
                above = text.rfind("\n", a, max(a, line - 1)) + 1
                above = text.rfind("\n", a, max(a, above - 1)) + 1
                label = _label(text, above, m.start(), _SERIES)
            series.append((label, vals))
        if not series:
            continue
        if len({tuple(text[s:e] for s, e in vals) for lab, vals in series if lab is None}) == 1 and \
                all(lab is None for lab, _ in series):
            series = series[:1]  # the same numbers drawn twice, as bars and as a line over them
        if len(series) == 1 and series[0][0] is None:
            series = [(title, series[0][1])]
        if any(lab is None for lab, _ in series):
            continue
        corner = names_m[0].start()
        heads = [lab for lab, _ in series]
        header = (min(s for s, _ in heads), max(e for _, e in heads), [(corner, corner)] + heads)
        rows = [header]
        for i, cell in enumerate(names):
            cells = [cell] + [vals[i] for _, vals in series]
            rows.append((min(s for s, _ in cells), max(e for _, e in cells), cells))
        out.append((a, b, rows))
    return out
