"""One small score table rendered in every flattened layout an extractor or a writer produces.

The claims rules read tables in many dresses (Markdown bars, bare bars, tabs, ";" and "," exports,
aligned spaces, one cell per line by rows or by columns, "Model: X — Score: N" lines, dotted
leaders, per-row slashes, " / " cells, "Model: X — A: 71.3 — B: 60.2" field lines, "A: 71.3 → 78.0"
arrows whose columns a key line names, before or after them); each dress comes with models as rows or as columns and with the marks
writers add (bold, footnote marks, "±" and "(+4.2)" after a score, n/a and — cells, a Rank column,
a unit in the header or in a caption). `grid` and `board` give the text and the claims it holds,
so a test can check that the reader recovers exactly those, whatever the layout.

Names: real knowledge-base models and benchmarks and a few invented ones; scores invented.
"""
from __future__ import annotations

MODELS = ("GPT-4o", "Claude 3.5 Sonnet", "Vireo 3")
BENCHES = ("MMLU-Pro", "GPQA Diamond", "ZetaBench")
SCORES = {
    ("GPT-4o", "MMLU-Pro"): 72.6, ("GPT-4o", "GPQA Diamond"): 53.6, ("GPT-4o", "ZetaBench"): 41.2,
    ("Claude 3.5 Sonnet", "MMLU-Pro"): 78.0, ("Claude 3.5 Sonnet", "GPQA Diamond"): 65.0,
    ("Claude 3.5 Sonnet", "ZetaBench"): 47.9,
    ("Vireo 3", "MMLU-Pro"): 81.4, ("Vireo 3", "GPQA Diamond"): 69.3, ("Vireo 3", "ZetaBench"): 58.8,
}
MISSING = {("GPT-4o", "ZetaBench"): "n/a", ("Claude 3.5 Sonnet", "MMLU-Pro"): "—"}  # the cells "na" empties

SEPARATED = ("markdown", "bare_bars", "tabs", "semicolons", "csv", "spaces", "cells_by_rows", "cells_by_columns",
             "slash_cells")
# "field_lines": "Model: X — A: 71.3 — B: 60.2"; "arrows_key": "- A: 71.3 → 78.0 → 80.1" under a key line
# naming the columns ("(Left to right: X, Y, Z.)"); "arrows_head": the same with the columns named over the rows
# "nested_bullets": "- A" over indented "- X: 71.3" bullets
# the column order given once for rows of bare values: "Columns: A · B · C" over "X — 71.3 · 60.2 · 58.8" ("keyed_dots"),
# a heading "A vs B vs C" over "X — 71.3 vs 60.2 vs 58.8", "(left to right: A, B, C)" under "X: 71.3 | 60.2 | 58.8",
# "(left: A, middle: B, right: C; …)" under "- X: 71.3 / 60.2 / 58.8", "(in order: A, B, C)" under "X: 71.3 — 60.2 — 58.8",
# and the first row naming its columns inline, "X — A 71.3 · B 60.2 · C 58.8", the next rows bare ("inline_first")
KEYED = ("keyed_dots", "keyed_vs", "keyed_bars", "keyed_sides", "keyed_dashes", "inline_first")
GRID_LAYOUTS = SEPARATED + ("field_lines", "arrows_key", "arrows_head", "nested_bullets") + KEYED
# what a writer adds to the cells; "caption_pct" and "header_pct" say % once for the whole table, "key_pct" in a
# key line under it, "caption_para_pct" in a paragraph over it, "scale_points" says the numbers are points on a
# scale (over the knowledge base's %); "qualifier" puts a parenthesised aside after each model's name; "indented"
# sets the table in an indented (code) block
MARKS = ("plain", "pct", "caption_pct", "header_pct", "bold", "footnotes", "plus_minus", "delta", "na",
         "blank_corner", "two_line_header", "rank", "extra_columns", "key_pct", "caption_para_pct", "scale_points",
         "qualifier", "indented")
# "hash_title": a "# | Model | Resolved (%)" table with footnote marks on names, its benchmark named only in the
# document's title; "elo_caption": a ranked export whose caption names the arena beside unit words ("score =
# Elo-scale rating", "on the Elo scale"); "abbrev_header": header abbreviations ("GPQA-D") of the names a caption
# gives in full, with the caption's units per column ("A and B in %, C in points")
# "index_title": an "X Index" no list knows, named only as the title's subject, over a "Rank | Model | Index" table
BOARD_LAYOUTS = ("model_score_lines", "dotted", "rank_table", "slashes", "rank_model_like", "hash_title", "elo_caption",
                 "abbrev_header", "index_title") + tuple(f"rank_{g}" for g in SEPARATED)
# a benchmark whose name the entity finder alone takes for a model's (a one-word camel-case name beside "Model"):
# its place in the layout says what it is
MODEL_LIKE_BENCH = "PatchMend"
QUALIFIERS = {"GPT-4o": "high", "Claude 3.5 Sonnet": "thinking", "Vireo 3": "base"}

_INTRO = "Results from the launch post of Vireo 3, compared with two rivals.\n\n"
_OUTRO = "\n\nPricing and availability will follow next week.\n"
_FOOTNOTES = ("*", "†")


def _cell(model: str, bench: str, mark: str, k: int) -> str:
    v = SCORES[model, bench]
    if mark == "na" and (model, bench) in MISSING:
        return MISSING[model, bench]
    s = f"{v:.1f}"
    if mark == "pct":
        return s + "%"
    if mark == "bold" and model == "Vireo 3":
        return f"**{s}**"
    if mark == "footnotes":
        return s + _FOOTNOTES[k % 2] if k % 3 == 0 else s
    if mark == "plus_minus":
        return f"{s} (±{1 + k % 3}.{k % 10})"
    if mark == "delta":
        return f"{s} (+{2 + k % 4}.{k % 7})" if model == "Vireo 3" else s
    return s


def expected(mark: str, units: dict) -> set[tuple]:
    """The (model, benchmark, score, unit) claims a table rendered with `mark` holds; `units`: the
    knowledge base's unit of a benchmark, which a bare number takes (else "points")."""
    pct = mark in ("pct", "caption_pct", "header_pct", "key_pct", "caption_para_pct")
    unit = (lambda b: "%") if pct else (lambda b: "points") if mark == "scale_points" else (
        lambda b: units.get(b, "points"))
    return {(m, b, SCORES[m, b], unit(b)) for m in MODELS for b in BENCHES
            if not (mark == "na" and (m, b) in MISSING)}


def _matrix(transposed: bool, mark: str) -> list[list[str]]:
    """Header row first; models as rows, or (`transposed`) as columns."""
    k = 0
    body = {}
    for m in MODELS:
        for b in BENCHES:
            body[m, b] = _cell(m, b, mark, k)
            k += 1
    name = (lambda m: f"**{m}**" if m == "Vireo 3" else m) if mark == "bold" else (
        lambda m: f"{m} ({QUALIFIERS[m]})") if mark == "qualifier" else (lambda m: m)
    head = (lambda b: f"{b} (%)") if mark == "header_pct" else (lambda b: b)
    if not transposed:
        corner = "" if mark == "blank_corner" else "Model"
        rows = [[corner] + [head(b) for b in BENCHES]]
        rows += [[name(m)] + [body[m, b] for b in BENCHES] for m in MODELS]
    else:
        corner = "" if mark == "blank_corner" else "Benchmark"
        rows = [[corner] + [name(m) for m in MODELS]]
        rows += [[head(b)] + [body[m, b] for m in MODELS] for b in BENCHES]
    if mark == "extra_columns":  # a size and an average beside the scores: no claims of theirs
        params = {"GPT-4o": "n/a", "Claude 3.5 Sonnet": "n/a", "Vireo 3": "70B"}
        avg = {m: f"{sum(SCORES[m, b] for b in BENCHES) / len(BENCHES):.1f}" for m in MODELS}
        if not transposed:
            rows[0] += ["Params", "Average"]
            for r in rows[1:]:
                r += [params[r[0]], avg[r[0]]]
        else:
            rows.append(["Params"] + [params[m] for m in MODELS])
            rows.append(["Average"] + [avg[m] for m in MODELS])
    if mark == "rank" and not transposed:
        order = sorted(MODELS, key=lambda m: -sum(SCORES[m, b] for b in BENCHES))
        rows[0] = ["Rank"] + rows[0]
        for r in rows[1:]:
            r.insert(0, str(order.index(r[0]) + 1))
    return rows


def _join(rows: list[list[str]], layout: str) -> str:
    if layout == "markdown":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|" + "|".join("---" for _ in rows[0]) + "|")
        return "\n".join(lines)
    if layout == "bare_bars":
        return "\n".join(" | ".join(r) for r in rows)
    if layout == "tabs":
        return "\n".join("\t".join(r) for r in rows)
    if layout == "semicolons":
        return "\n".join(";".join(r) for r in rows)
    if layout == "csv":
        return "\n".join(",".join(r) for r in rows)
    if layout == "spaces":
        widths = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
        return "\n".join("   ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)
    if layout == "slash_cells":
        return "\n".join(" / ".join(r) for r in rows)
    if layout == "field_lines":  # the header's words become each row's field names
        # (an empty cell written "n/a": a dash would read as one more separator)
        return "\n".join(" — ".join(f"{h}: {'n/a' if c == '—' else c}" for h, c in zip(rows[0], r)) for r in rows[1:])
    if layout == "nested_bullets":
        return "\n".join(f"- {r[0]}\n" + "\n".join(f"  - {h}: {c}" for h, c in zip(rows[0][1:], r[1:])) for r in rows[1:])
    if layout in KEYED:
        return _keyed(rows, layout)
    if layout in ("arrows_key", "arrows_head"):
        body = "\n".join(f"- {r[0]}: " + " → ".join(r[1:]) for r in rows[1:])
        if layout == "arrows_head":
            return " → ".join(rows[0][1:]) + ":\n" + body
        return body + "\n\n(Left to right: " + ", ".join(rows[0][1:]) + ".)"
    if layout == "cells_by_rows":
        return "\n".join(c for r in rows for c in r if c)
    if layout == "cells_by_columns":
        return "\n".join(r[j] for j in range(len(rows[0])) for r in rows if r[j])
    raise ValueError(layout)


def _keyed(rows: list[list[str]], layout: str) -> str:
    """Rows of bare values whose columns a key line names once (see KEYED)."""
    names, body = rows[0][1:], rows[1:]
    if layout == "keyed_dots":
        return "Columns: " + " · ".join(names) + "\n" + "\n".join(f"{r[0]} — " + " · ".join(r[1:]) for r in body)
    if layout == "keyed_vs":
        return "### " + " vs ".join(names) + ", our own runs\n\n" + "\n".join(f"{r[0]} — " + " vs ".join(r[1:]) for r in body)
    if layout == "keyed_bars":
        return "\n".join(f"{r[0]}: " + " | ".join(r[1:]) for r in body) + "\n\n(left to right: " + ", ".join(names) + ")"
    if layout == "keyed_sides":
        return "\n".join(f"- {r[0]}: " + " / ".join(r[1:]) for r in body) + (
            f"\n  (left: {names[0]}, middle: {names[1]}, right: {names[2]}; same prompts for all)")
    if layout == "keyed_dashes":
        return "\n".join(f"{r[0]}: " + " — ".join(r[1:]) for r in body) + "\n(in order: " + ", ".join(names) + ")"
    first = f"{body[0][0]} — " + " · ".join(f"{n} {v}" for n, v in zip(names, body[0][1:]))
    return first + "\n" + "\n".join(f"{r[0]} — " + " · ".join(r[1:]) for r in body[1:]) + (
        "\n\n(Same column order on every line.)")


def has_form(layout: str, mark: str) -> bool:
    """Whether `mark` can be written in `layout`: a two-line header needs blank cells, which only
    separated dresses keep; one cell per line has no corner to leave blank (its own "no corner" case)."""
    if mark == "two_line_header":
        return layout in ("markdown", "bare_bars", "tabs", "semicolons", "csv")
    if mark == "indented":
        return layout in ("markdown", "bare_bars", "tabs", "semicolons", "csv", "spaces")
    if layout in KEYED:  # bare values under a key: no header row, no "—" cell where "—" separates values
        return mark in ("plain", "pct", "caption_pct", "bold", "footnotes", "key_pct", "caption_para_pct", "scale_points",
                        "qualifier") or (mark == "na" and layout not in ("keyed_dashes", "inline_first"))
    if layout in ("field_lines", "arrows_key", "arrows_head", "nested_bullets"):  # no header row: no corner, no Rank
        return mark not in ("blank_corner", "rank") and not (
            layout != "field_lines" and mark in ("extra_columns", "header_pct", "plus_minus", "delta"))
    return not (mark == "blank_corner" and (layout.startswith("cells") or layout == "slash_cells"))


def grid(layout: str, transposed: bool, mark: str, units: dict) -> tuple[str, set[tuple]]:
    """A passage holding the table in `layout` (one with a form for `mark`: :func:`has_form`), and its claims."""
    if not has_form(layout, mark):
        raise ValueError(f"{mark!r} has no form in {layout!r}")
    rows = _matrix(transposed, mark)
    if mark == "two_line_header":
        # the header's second line carries a sub-heading per column ("5-shot", "0-shot")
        sub = ["" for _ in rows[0]]
        sub[1:] = ["5-shot" if j % 2 else "0-shot" for j in range(1, len(rows[0]))]
        rows.insert(1, sub)
    table = _join(rows, layout)
    if mark == "indented":
        table = "\n".join("    " + line for line in table.split("\n"))
    caption = {"caption_pct": "Scores in %, higher is better.\n",
               "caption_para_pct": "Each figure is the mean of three runs with the same prompts; accuracy in percent, "
                                   "higher is better.\n\n",
               "scale_points": "Scores are on a 0–100 scale, higher is better.\n"}.get(mark, "")
    notes = "\n\nAll scores are percentages." if mark == "key_pct" else ""
    if mark == "footnotes":
        notes = "\n* averaged over 5 runs. † with a 32k thinking budget."
    if mark == "rank":
        notes = "\nRank is by the average of the 3 benchmarks."
    return _INTRO + caption + table + notes + _OUTRO, expected(mark, units)


def board(layout: str, pct: bool, units: dict) -> tuple[str, set[tuple]]:
    """A one-benchmark leaderboard (the benchmark named over it) or, for "slashes", one line per
    model with its three scores in the order a caption gives."""
    suffix = "%" if pct else ""
    bench = "GPQA Diamond"
    order = sorted(MODELS, key=lambda m: -SCORES[m, bench])
    if layout == "model_score_lines":
        lines = [f"Model: {m} — Score: {SCORES[m, bench]:.1f}{suffix}" for m in order]
    elif layout == "dotted":
        lines = [f"{m} {'.' * (24 - len(m))} {SCORES[m, bench]:.1f}{suffix}" for m in order]
    elif layout == "rank_table":
        head = "Rank | Model | Score (%)" if pct else "Rank | Model | Score"
        lines = [head] + [f"{i} | {m} | {SCORES[m, bench]:.1f}" for i, m in enumerate(order, start=1)]
    elif layout == "rank_model_like":  # the benchmark heads its own column, beside "Model" and a cost
        bench = MODEL_LIKE_BENCH
        rows = [["Rank", "Model", bench, "Cost per task"]]
        rows += [[str(i), m, f"{SCORES[m, 'GPQA Diamond']:.1f}", f"${0.2 * i:.2f}"] for i, m in enumerate(order, start=1)]
        lines = [_join(rows, "tabs")]
        caption = f"This week's board, {'pass@1 in %' if pct else 'pass@1'}:\n"
        want = {(m, bench, SCORES[m, "GPQA Diamond"], "%" if pct else "points") for m in MODELS}
        want |= {(m, bench, float(i), "rank") for i, m in enumerate(order, start=1)}
        return _INTRO + caption + "\n".join(lines) + _OUTRO, want
    elif layout == "hash_title":  # the title names the board; the paragraph under it does not
        bench = "ZetaBench"
        marks = {order[0]: "", order[1]: "*", order[2]: "†"}
        head = "| # | Model | Resolved (%) | Cost / task |" if pct else "| # | Model | Resolved | Cost / task |"
        lines = [head, "|---|---|---|---|"] + [f"| {i} | {m}{marks[m]} | {SCORES[m, 'GPQA Diamond']:.1f} | ${0.3 * i:.2f} |"
                                             for i, m in enumerate(order, start=1)]
        text = (f"{bench} leaderboard — update 7 (30 Nov)\n\nThe board asks whether a model can repair a failing test in "
                "a repository written in one of fourteen programming languages, from Rust and Kotlin to COBOL and "
                "Elixir; every entry gets a single attempt per task, with the harness and the time limit fixed, and "
                "the maintainers rerun any entry whose vendor asks for a different scaffold.\n\n" + "\n".join(lines)
                + f"\n\n* Run with the vendor's scaffold.\n† Open weights; cost is our estimate.\n")
        want = {(m, bench, SCORES[m, "GPQA Diamond"], "%" if pct else units.get(bench, "points")) for m in MODELS}
        return text, want | {(m, bench, float(i), "rank") for i, m in enumerate(order, start=1)}
    elif layout == "index_title":
        bench = "Kestrel Index"
        lines = ["Rank | Model | Index (%) | Δ since Oct" if pct else "Rank | Model | Index | Δ since Oct"]
        lines += [f"{i} | {m} | {SCORES[m, 'GPQA Diamond']:.1f} | {'new' if i % 2 else '−0.4'}" for i, m in enumerate(order, start=1)]
        text = (f"{bench} — December refresh\n\nWe re-ran all eleven suites that feed the composite against the models "
                f"released since October{'' if pct else '; the composite is on a 0–100 scale'}.\n\n" + "\n".join(lines) + _OUTRO)
        want = {(m, bench, SCORES[m, "GPQA Diamond"], "%" if pct else "points") for m in MODELS}
        return text, want | {(m, bench, float(i), "rank") for i, m in enumerate(order, start=1)}
    elif layout == "elo_caption":  # the caption's arena is the benchmark, "Elo-scale" its unit word
        arena = "LMArena" if pct else "Quill Arena"
        caption = ("snapshot_2026-12-01.tsv (LMArena text arena, style control on; score = Elo-scale rating, 95% CI in "
                   "brackets)" if pct else "Quill Arena, text category: ratings on the Elo scale, 95% CI in brackets")
        elo = {m: 1300 + round(2 * SCORES[m, bench]) for m in MODELS}
        lines = ["rank\tmodel\tscore\tci\tvotes"] + [f"{i}\t{m}\t{elo[m]}\t[{elo[m] - 7}, {elo[m] + 7}]\t{4000 + 911 * i:,}"
                                                    for i, m in enumerate(order, start=1)]
        want = {(m, arena, float(elo[m]), "elo") for m in MODELS}
        return caption + "\n\n" + "\n".join(lines) + _OUTRO, want | {(m, arena, float(i), "rank")
                                                                    for i, m in enumerate(order, start=1)}
    elif layout == "abbrev_header":  # "GPQA-D" heads the column of the caption's "GPQA Diamond"
        abbrev = {"MMLU-Pro": "MMLU-P", "GPQA Diamond": "GPQA-D", "ZetaBench": "ZB"}
        caption = ("Snapshot (scores as published by each developer; MMLU-Pro and GPQA Diamond in %, ZetaBench in points)"
                   if pct else "Snapshot (scores as published by each developer: MMLU-Pro, GPQA Diamond and ZetaBench)")
        rows = [["Model"] + [abbrev[b] for b in BENCHES] + ["$/M out"]]
        rows += [[m] + [f"{SCORES[m, b]:.1f}" for b in BENCHES] + [f"{1.5 * (k + 1):.2f}"] for k, m in enumerate(MODELS)]
        unit = (lambda b: "points" if b == "ZetaBench" else "%") if pct else (lambda b: units.get(b, "points"))
        want = {(m, b, SCORES[m, b], unit(b)) for m in MODELS for b in BENCHES}
        return _INTRO + caption + "\n\n" + _join(rows, "spaces") + _OUTRO, want
    elif layout.startswith("rank_"):  # a Rank column in each dress of the grids
        rows = [["Rank", "Model", "Score (%)" if pct else "Score"]]
        rows += [[str(i), m, f"{SCORES[m, bench]:.1f}"] for i, m in enumerate(order, start=1)]
        lines = [_join(rows, layout[len("rank_"):])]
    elif layout == "slashes":
        head = " / ".join(BENCHES) + (" (%)" if pct else "") + ":"
        lines = [head] + [f"{m} — " + " / ".join(f"{SCORES[m, b]:.1f}" for b in BENCHES) for m in MODELS]
        text = _INTRO + "\n".join(lines) + _OUTRO
        return text, expected("pct" if pct else "plain", units)
    else:
        raise ValueError(layout)
    caption = f"{bench} leaderboard, {'accuracy in %' if pct and not layout.startswith('rank') else 'this week'}:\n"
    want = {(m, bench, SCORES[m, bench], "%" if pct else units.get(bench, "points")) for m in MODELS}
    if layout.startswith("rank"):
        want |= {(m, bench, float(i), "rank") for i, m in enumerate(order, start=1)}
    return _INTRO + caption + "\n".join(lines) + _OUTRO, want
