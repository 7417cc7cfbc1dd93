"""A generator of score boards rendered in many layouts: claim layouts learnt as a class (round 12).

From a seed, ``draw_board`` draws a small board — 2–6 invented models (optionally a previous version of the
subject and a rival from another lab), 1–5 invented benchmarks of varied shapes (``XBench``, ``X-Eval``, ``X-QA``,
``X-Hard``, ``XMath``, ``X Arena`` on an Elo scale), scores with varied decimals, and optional hard-negative columns
(parameters, price, context length, latency) — and every function of ``LAYOUTS`` renders the SAME gold claims
(model, benchmark, score) in one layout: prose, inline lists, Markdown pipe tables, tables whose model column is not
first, transposed tables, CSV/TSV under a lead line giving the unit, HTML tables with tags and stripped to text, LaTeX
tabular, dotted leaders, numbered ranked lists (with and without ▲▼ markers), "A vs B" captions, chart descriptions,
YAML/JSON/TOML result files, headings over bullet lists. Everything is deterministic from the seed.

``read_back(pipeline, seeds, layouts)`` scores the ``nlp`` claims of each rendering against the gold (precision and
recall of (model, benchmark, score)); ``bench/layouts.py`` prints the per-layout table, and
tests/nlp/test_claim_layout_gen.py holds the bars.

Names: every family, lab and benchmark stem below was checked with grep to appear in no set under tests/data/nlp, in
no nlp/data file and in no other test (round 12). Test/bench tooling only: nothing of it ships in ``nlp/``.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field

FAMILIES = ("Quenzel", "Ottavine", "Skerrow", "Mallowick", "Tindrel", "Parvane", "Vesperine", "Grunnet", "Hollistar",
            "Fenwray", "Corriemoor", "Duskfell", "Pimbrel", "Wennick", "Sorrelby", "Umberfield", "Lockram", "Thimbral",
            "Cadwallow", "Tansywick", "Murrelet", "Whimbrel", "Fulmar")
LABS = ("Ashcombe AI", "Yarrowfield Labs", "Halloran Research", "Brisewood", "Tamsett Systems", "Ormsby AI",
        "Peverell Labs")
BENCH_STEMS = ("Loom", "Cairnstone", "Wickerline", "Lintwhite", "Soffit", "Dormer", "Purlin", "Newel", "Transom",
               "Finial", "Gimlet", "Noddle", "Hobnail")
BENCH_SHAPES = ("{}Bench", "{}-Eval", "{}-QA", "{}-Hard", "{}Math", "{} Arena")
TIERS = ("Pro", "Mini", "Flash", "Max", "Lite", "Instruct", "Turbo")
# hard-negative columns: (header, cell formatter); never claims
NEGATIVES = (("Params (B)", lambda r: str(r.choice((7, 13, 32, 70, 120, 405)))),
             ("Price ($/1M tok)", lambda r: f"{r.choice((0.15, 0.6, 1.25, 2.5, 3.0, 15.0)):.2f}"),
             ("Context", lambda r: r.choice(("32k", "128k", "200k", "1M"))),
             ("Latency (ms)", lambda r: str(r.choice((180, 240, 320, 410, 650)))))


@dataclass
class Board:
    seed: int
    subject: str                      # the passage's own model (first of ``models``)
    lab: str
    models: list[str]
    benches: list[str]
    scores: dict[tuple[str, str], float]
    decimals: dict[str, int]          # per benchmark
    elo: set[str]                     # benchmarks on an Elo scale (no %)
    orgs: dict[str, str]              # model -> its lab
    negatives: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # header, model -> cell

    def fmt(self, m: str, b: str) -> str:
        v = self.scores[(m, b)]
        d = self.decimals[b]
        return f"{v:,.{d}f}" if b in self.elo else f"{v:.{d}f}"

    def pct(self, m: str, b: str) -> str:
        return self.fmt(m, b) + ("" if b in self.elo else "%")

    def gold(self) -> set[tuple[str, str, float]]:
        return {(m, b, v) for (m, b), v in self.scores.items()}


def _model_name(r: random.Random, family: str) -> str:
    n = r.choice(("2", "3", "4", "1.5", "2.5", "5"))
    shape = r.randrange(5)
    if shape == 0:
        return f"{family} {n}"
    if shape == 1:
        return f"{family}-{n}"
    if shape == 2:
        return f"{family} {n} {r.choice(TIERS)}"
    if shape == 3:
        return f"{family}-{n} {r.choice(TIERS)}"
    return f"{family}-{n}-{r.choice(('8B', '32B', '70B'))}"


def draw_board(seed: int, n_models: int | None = None, n_benches: int | None = None,
               elo_ok: bool = True, negatives: bool | None = None, pools: tuple | None = None) -> Board:
    """``pools``: (families, labs, benchmark stems) to draw from instead of the round-12 ones (``FRESH_POOLS``)"""
    families, labs_pool, stems_pool = pools or (FAMILIES, LABS, BENCH_STEMS)
    r = random.Random(seed)
    nm = n_models or r.randint(2, 6)
    nb = n_benches or r.randint(1, 5)
    fams = r.sample(families, nm)
    labs = r.sample(labs_pool, min(nm, len(labs_pool)))
    models, orgs = [], {}
    for i, f in enumerate(fams):
        m = _model_name(r, f)
        models.append(m)
        orgs[m] = labs[i % len(labs)]
    # optional previous version of the subject (same family, lower number) — a rival row like any other
    if nm >= 3 and r.random() < 0.4:
        prev = f"{fams[0]} 1"
        models[-1] = prev
        orgs[prev] = orgs[models[0]]
    stems = r.sample(stems_pool, nb)
    shapes = list(BENCH_SHAPES if elo_ok else BENCH_SHAPES[:-1])
    benches, elo, decimals = [], set(), {}
    for s in stems:
        shape = r.choice(shapes)
        if shape == "{} Arena":
            shapes.remove(shape)      # one arena per board at most
        b = shape.format(s)
        benches.append(b)
        if shape == "{} Arena":
            elo.add(b)
            decimals[b] = 0
        else:
            decimals[b] = r.choice((1, 1, 1, 2, 0))
    scores: dict[tuple[str, str], float] = {}
    for b in benches:
        used = set()
        for m in models:
            while True:
                if b in elo:
                    v = float(r.randint(1050, 1450))
                else:
                    d = decimals[b]
                    v = round(r.uniform(20, 95), d) if d else float(r.randint(20, 95))
                if v not in used:
                    break
            used.add(v)
            scores[(m, b)] = v
    negs = []
    if negatives if negatives is not None else r.random() < 0.5:
        for head, f in r.sample(NEGATIVES, r.randint(1, 2)):
            negs.append((head, {m: f(r) for m in models}))
    return Board(seed, models[0], orgs[models[0]], models, benches, scores, decimals, elo, orgs, negs)


# -- layouts -------------------------------------------------------------------------------------
def _unit_word(bd: Board) -> str:
    return "" if all(b in bd.elo for b in bd.benches) else " (%)"


def _intro(bd: Board) -> str:
    return f"{bd.lab} published the results of {bd.subject} today.\n\n"


def _outro(bd: Board) -> str:
    return "\n\nThe weights will be released later this month.\n"


PROSE_VERBS = ("scores", "reaches", "gets", "posts", "achieves", "records", "logs", "lands", "hits", "delivers",
               "comes in at", "notches", "manages", "scored", "reached", "posted", "achieved", "recorded")


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def prose(bd: Board, r: random.Random) -> str:
    """a sentence a model (or, for one of five boards, a sentence a benchmark), in varied wordings: several verbs,
    "N on B" and "a score of N on B", the benchmark first ("On B, X posts N"), an aside after the name ("X, from
    Lab, scores …"), a clause after the scores ("…, according to the report"), a model's score card ("X's results:
    B N, B N"), and the benchmark-major order ("On B, X scores N, Y N and Z N")"""
    if len(bd.models) >= 2 and r.random() < 0.2:
        out = []
        for b in bd.benches:
            first, rest = bd.models[0], bd.models[1:]
            items = [f"{first} {r.choice(PROSE_VERBS)} {bd.pct(first, b)}"] + [f"{m} {bd.pct(m, b)}" for m in rest]
            out.append(f"On {b}, {_and(items)}.")
        return _intro(bd) + " ".join(out) + _outro(bd)
    out = []
    for m in bd.models:
        verb = r.choice(PROSE_VERBS)
        form = r.randrange(7)
        if form == 0:
            tail = _and([f"{bd.pct(m, b)} on {b}" for b in bd.benches])
            out.append(f"{m} {verb} {tail}.")
        elif form == 1:  # the benchmark first
            b0 = bd.benches[0]
            s = f"On {b0}, {m} {verb} {bd.pct(m, b0)}"
            if len(bd.benches) > 1:
                s += "; it adds " + _and([f"{bd.pct(m, b)} on {b}" for b in bd.benches[1:]])
            out.append(s + ".")
        elif form == 2:  # an aside after the name
            tail = _and([f"{bd.pct(m, b)} on {b}" for b in bd.benches])
            out.append(f"{m}, from {bd.orgs[m]}, {verb} {tail}.")
        elif form == 3:  # a clause after the scores
            tail = _and([f"{bd.pct(m, b)} on {b}" for b in bd.benches])
            out.append(f"{m} {verb} {tail}, {r.choice(('according to the report', 'the team says', 'in the lab’s own runs'))}.")
        elif form == 4:  # a score card
            out.append(f"{m}'s results: " + ", ".join(f"{b} {bd.pct(m, b)}" for b in bd.benches) + ".")
        elif form == 5:  # "a score of N on B"
            tail = _and([f"{bd.pct(m, b)} on {b}" for b in bd.benches])
            out.append(f"{m} {r.choice(('posts', 'records', 'gets', 'achieves'))} a score of {tail}.")
        else:  # "In our runs, X scores …"
            tail = _and([f"{bd.pct(m, b)} on {b}" for b in bd.benches])
            out.append(f"{r.choice(('In our runs', 'Meanwhile', 'By comparison', 'This week'))}, {m} {verb} {tail}.")
    return _intro(bd) + " ".join(out) + _outro(bd)


def inline_list(bd: Board, r: random.Random) -> str:
    """"Scores: X — B N, C N; Y — …", with a dash, an en dash or a colon after the model and a varied lead"""
    dash = r.choice((" — ", " — ", " – ", ": "))
    rows = []
    for m in bd.models:
        rows.append(f"{m}{dash}" + ", ".join(f"{b} {bd.pct(m, b)}" for b in bd.benches))
    lead = r.choice(("Scores: ", "Results: ", "The numbers: ", "Headline results. "))
    return _intro(bd) + lead + "; ".join(rows) + "." + _outro(bd)


def _rows(bd: Board, lead: tuple[str, ...] = (), neg: bool = True):
    head = list(lead) + ["Model"] + [b + ("" if b in bd.elo else " (%)") for b in bd.benches]
    negs = bd.negatives if neg else []
    head += [h for h, _ in negs]
    body = []
    for i, m in enumerate(bd.models):
        row = [m] + [bd.fmt(m, b) for b in bd.benches] + [cells[m] for _, cells in negs]
        body.append(row)
    return head, body


def _pipe(head, body) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in body]
    return "\n".join(lines)


def md_table(bd: Board, r: random.Random) -> str:
    head, body = _rows(bd)
    return _intro(bd) + _pipe(head, body) + _outro(bd)


def md_provider_first(bd: Board, r: random.Random) -> str:
    """the model column second: a provider (lab) column before it"""
    head, body = _rows(bd, ("Provider",))
    body = [[bd.orgs[row[0]]] + row for row in body]
    return _intro(bd) + _pipe(head, body) + _outro(bd)


def md_bidder_first(bd: Board, r: random.Random) -> str:
    """the model column second: an anonymised party ("Bidder 1", "Team 2") before it"""
    party = r.choice(("Bidder", "Team", "Vendor", "Entry"))
    head, body = _rows(bd, (party,))
    head[1] = r.choice(("Proposed model", "Model", "Submitted model"))
    body = [[f"{party} {i + 1}"] + row for i, row in enumerate(body)]
    return _intro(bd) + _pipe(head, body) + _outro(bd)


def md_rank_first(bd: Board, r: random.Random) -> str:
    """a Rank column first, the rows in the order of the first benchmark's scores"""
    head, body = _rows(bd, ("Rank",))
    first = bd.benches[0]
    body.sort(key=lambda row: -bd.scores[(row[0], first)])
    body = [[str(i + 1)] + row for i, row in enumerate(body)]
    return _intro(bd) + _pipe(head, body) + _outro(bd)


def md_transposed(bd: Board, r: random.Random) -> str:
    head = [r.choice(("Benchmark", "Eval", "Task"))] + bd.models
    body = [[b + ("" if b in bd.elo else " (%)")] + [bd.fmt(m, b) for m in bd.models] for b in bd.benches]
    return _intro(bd) + _pipe(head, body) + _outro(bd)


def csv_lead(bd: Board, r: random.Random) -> str:
    sep = r.choice((",", ";"))
    unit = "" if all(b in bd.elo for b in bd.benches) else " (percentages)"
    lines = [f"The scores{unit} as exported:", "", sep.join(["model"] + bd.benches + [h for h, _ in bd.negatives])]
    for m in bd.models:
        cells = [bd.fmt(m, b).replace(",", "") for b in bd.benches] + [c[m] for _, c in bd.negatives]
        lines.append(sep.join([m] + cells))
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def tsv_lead(bd: Board, r: random.Random) -> str:
    unit = "" if all(b in bd.elo for b in bd.benches) else r.choice((" (accuracy, %)", " in percent", " (percentages)"))
    lines = [f"Results{unit}:", "\t".join(["Model"] + bd.benches)]
    for m in bd.models:
        lines.append("\t".join([m] + [bd.fmt(m, b) for b in bd.benches]))
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def _html(bd: Board, r: random.Random | None = None) -> str:
    """the table as tags; with ``r``: the best score in <b>/<strong>, names in <a href>, a <sup> mark, attributes,
    the whole on one line or a row a line"""
    head, body = _rows(bd)
    nl = "\n" if r is None or r.random() < 0.6 else ""
    best = {b: max(bd.models, key=lambda m: bd.scores[(m, b)]) for b in bd.benches}
    h = '<table class="results">' + nl + "<thead><tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr></thead>" + nl + "<tbody>" + nl
    for row in body:
        m = row[0]
        cells = [f'<a href="/models/{m.lower().replace(" ", "-")}">{m}</a>' if r is not None and r.random() < 0.5 else m]
        for j, b in enumerate(bd.benches):
            c = row[1 + j]
            if r is not None and best[b] == m:
                c = r.choice(("<b>{}</b>", "<strong>{}</strong>", "{}<sup>*</sup>")).format(c)
            cells.append(c)
        cells += row[1 + len(bd.benches):]
        h += "<tr>" + "".join(f'<td align="right">{c}</td>' if k else f"<td>{c}</td>" for k, c in enumerate(cells)) + "</tr>" + nl
    return h + "</tbody>" + nl + "</table>"


def html_tags(bd: Board, r: random.Random) -> str:
    return _intro(bd) + _html(bd, r) + _outro(bd)


def html_stripped(bd: Board, r: random.Random) -> str:
    """the table's text as an extractor leaves it: one cell per line, or the cells of a row on one line"""
    head, body = _rows(bd)
    if r.random() < 0.5:
        lines = [c for row in [head] + body for c in row]
    else:
        lines = ["  ".join(row) for row in [head] + body]
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def latex(bd: Board, r: random.Random) -> str:
    head, body = _rows(bd)
    esc = [c.replace("%", r"\%") for c in head]
    best = {b: max(bd.models, key=lambda m: bd.scores[(m, b)]) for b in bd.benches}
    lines = [r"\begin{tabular}{l" + "c" * (len(head) - 1) + "}", r"\toprule",
             " & ".join(r"\textbf{%s}" % c for c in esc) + r" \\", r"\midrule"]
    for row in body:
        m = row[0]
        cells = [m] + [(r"\textbf{%s}" % bd.fmt(m, b)) if best[b] == m else bd.fmt(m, b) for b in bd.benches]
        cells += row[1 + len(bd.benches):]
        lines.append(" & ".join(cells) + r" \\")
    lines += [r"\bottomrule", r"\end{tabular}"]
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def dotted(bd: Board, r: random.Random) -> str:
    out = []
    for b in bd.benches:
        out.append(f"{b}{'' if b in bd.elo else ' (%)'}")
        width = max(len(m) for m in bd.models) + 6
        for m in bd.models:
            out.append(f"  {m} {'.' * (width - len(m))} {bd.fmt(m, b)}")
        out.append("")
    return _intro(bd) + "\n".join(out) + _outro(bd)


def _ranked(bd: Board, r: random.Random, arrows: bool) -> str:
    out = []
    for b in bd.benches:
        out.append(f"## {b} leaderboard")
        out.append("")
        order = sorted(bd.models, key=lambda m: -bd.scores[(m, b)])
        for i, m in enumerate(order):
            mark = ""
            if arrows:
                mark = r.choice(("▲1 ", "▼2 ", "— ", "▲3 ", "▼1 ", "NEW "))
            out.append(f"{i + 1}. {mark}{m} — {bd.pct(m, b)}")
        out.append("")
    return _intro(bd) + "\n".join(out) + _outro(bd)


def ranked_list(bd: Board, r: random.Random) -> str:
    return _ranked(bd, r, False)


def ranked_arrows(bd: Board, r: random.Random) -> str:
    return _ranked(bd, r, True)


def vs_caption(bd: Board, r: random.Random) -> str:
    """"Figure 2: A vs B. LoomBench 77 vs 69; …" — pairs of models per caption"""
    out = []
    for k in range(0, len(bd.models) - 1, 2):
        a, c = bd.models[k], bd.models[k + 1]
        pairs = "; ".join(f"{b} {bd.fmt(a, b)} vs {bd.fmt(c, b)}" for b in bd.benches)
        out.append(f"Figure {k // 2 + 1}: {a} vs {c}{_unit_word(bd)}. {pairs}.")
    if len(bd.models) % 2:
        m = bd.models[-1]
        out.append(f"{m} scores " + ", ".join(f"{bd.pct(m, b)} on {b}" for b in bd.benches) + ".")
    return _intro(bd) + "\n\n".join(out) + _outro(bd)


def chart_axis(bd: Board, r: random.Random) -> str:
    """a chart described by its legend colours, the values in the legend's order"""
    colours = ("teal", "grey", "orange", "violet", "navy", "olive")
    legend = ", ".join(f"{m} in {colours[i]}" for i, m in enumerate(bd.models))
    vals = "; ".join(f"{b} " + " / ".join(bd.fmt(m, b) for m in bd.models) for b in bd.benches)
    return _intro(bd) + (f"Chart: grouped bars{_unit_word(bd)}, {legend}. Values, {colours[0]} first: {vals}.") + _outro(bd)


def chart_bars(bd: Board, r: random.Random) -> str:
    """one chart per benchmark, "bars from top to bottom: X 81.2, Y 77.0"""
    out = []
    for b in bd.benches:
        order = sorted(bd.models, key=lambda m: -bd.scores[(m, b)])
        out.append(f"Image: bar chart of {b}{_unit_word(bd)}; bars from top to bottom: "
                   + ", ".join(f"{m} {bd.fmt(m, b)}" for m in order) + ".")
    return _intro(bd) + "\n\n".join(out) + _outro(bd)


def _slug(name: str) -> str:
    return name


def yaml_file(bd: Board, r: random.Random) -> str:
    lines = ["```yaml", "results:"]
    for m in bd.models:
        lines.append(f"  - model: {m}")
        for b in bd.benches:
            lines.append(f"    {b}: {bd.scores[(m, b)]:g}")
    lines.append("```")
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def json_file(bd: Board, r: random.Random) -> str:
    data = {"results": [{"model": m, "scores": {b: bd.scores[(m, b)] for b in bd.benches}} for m in bd.models]}
    return _intro(bd) + "```json\n" + json.dumps(data, indent=2, ensure_ascii=False) + "\n```" + _outro(bd)


def toml_file(bd: Board, r: random.Random) -> str:
    lines = ["```toml"]
    for m in bd.models:
        lines.append(f'[["{m}"]]' if False else f'[results."{m}"]')
        for b in bd.benches:
            lines.append(f'"{b}" = {bd.scores[(m, b)]:g}')
        lines.append("")
    lines.append("```")
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def heading_bullets(bd: Board, r: random.Random) -> str:
    out = []
    for b in bd.benches:
        out.append(f"### {b}")
        for m in bd.models:
            out.append(f"- {m}: {bd.pct(m, b)}")
        out.append("")
    return _intro(bd) + "\n".join(out) + _outro(bd)


# -- round 12, step 2 (nlp-claims12b): drawn tables and result records ------------------------------------------------
def _widths(head, body):
    return [max(len(str(row[j])) for row in [head] + body) for j in range(len(head))]


def _across_or_down(bd: Board, r: random.Random) -> tuple[list, list]:
    """(header, rows) with the models across (benchmarks as rows) or down (one row per model), half the time each"""
    if r.random() < 0.5:
        head = [r.choice(("Benchmark", "Eval", "Task"))] + bd.models
        body = [[b + ("" if b in bd.elo else " (%)")] + [bd.fmt(m, b) for m in bd.models] for b in bd.benches]
        return head, body
    return _rows(bd)


def box_table(bd: Board, r: random.Random) -> str:
    """a table drawn with box-drawing characters (terminal tools, tabulate's "fancy_grid"); models across or down"""
    head, body = _across_or_down(bd, r)
    w = _widths(head, body)
    heavy = r.random() < 0.3
    h, v = ("═", "║") if heavy else ("─", "│")
    corners = ("╔╦╗", "╠╬╣", "╚╩╝") if heavy else ("┌┬┐", "├┼┤", "└┴┘")

    def rule(c):
        return c[0] + c[1].join(h * (x + 2) for x in w) + c[2]

    def line(row):
        return v + v.join(f" {str(c):<{x}} " for c, x in zip(row, w)) + v

    lines = [rule(corners[0]), line(head), rule(corners[1])] + [line(row) for row in body] + [rule(corners[2])]
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def grid_table(bd: Board, r: random.Random) -> str:
    """a reStructuredText / Emacs grid table: "+----+" borders between the rows, "+====+" under the header"""
    head, body = _across_or_down(bd, r)
    w = _widths(head, body)

    def rule(c):
        return "+" + "+".join(c * (x + 2) for x in w) + "+"

    def line(row):
        return "|" + "|".join(f" {str(c):<{x}} " for c, x in zip(row, w)) + "|"

    lines = [rule("-"), line(head), rule("=")]
    for row in body:
        lines += [line(row), rule("-")]
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def _slugged(name: str) -> str:
    return "-".join(name.lower().split())


def _score_key(r: random.Random) -> str:
    return r.choice(("acc", "score", "accuracy", "pass_rate"))


def jsonl_records(bd: Board, r: random.Random) -> str:
    """JSON Lines from an eval harness: one object per (model, benchmark), slugged model ids, counts and latencies"""
    mk, bk, sk = r.choice(("model", "model_id", "model_name")), r.choice(("suite", "benchmark", "task")), _score_key(r)
    lines = ["Last night's results file, one line per run:", ""]
    for m in bd.models:
        for b in bd.benches:
            rec = {"date": "2026-03-0" + str(r.randint(1, 9)), mk: _slugged(m) if r.random() < 0.7 else m, bk: b,
                   sk: bd.scores[(m, b)], "n": r.choice((200, 300, 500, 1000)), "latency_ms": r.randint(200, 3000)}
            lines.append(json.dumps(rec, ensure_ascii=False))
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def logfmt_records(bd: Board, r: random.Random) -> str:
    """a CI log of key=value lines: timestamps, a level tag, counts and wall times beside the score"""
    mk, bk, sk = r.choice(("model", "model_id")), r.choice(("suite", "bench", "task")), _score_key(r)
    lines = ["Tail of the nightly log:", ""]
    for i, m in enumerate(bd.models):
        for b in bd.benches:
            lines.append(f"2026-03-04T02:{10 + i:02d}:{r.randint(10, 59)}Z [eval] {mk}={_slugged(m)} {bk}={b} "
                         f"{sk}={bd.scores[(m, b)]:g} tasks={r.choice((30, 200, 500))} wall={r.randint(0, 3)}h{r.randint(10, 59)}m")
    lines.append(f"2026-03-04T02:59:59Z [done] {len(bd.models) * len(bd.benches)} runs, 0 failed")
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def json_board(bd: Board, r: random.Random) -> str:
    """an API's standings of one board: a "board" field over one-line records of rank, model and score (the board is
    the first benchmark; the gold read back is that benchmark's scores only, see ``board_gold``)"""
    b = bd.benches[0]
    ranked = sorted(bd.models, key=lambda m: -bd.scores[(m, b)])
    rows = [json.dumps({"rank": i + 1, "model": m, "score": bd.scores[(m, b)], "runs": r.choice((3, 5))})
            for i, m in enumerate(ranked)]
    body = ["{", f'  "board": "{b}",', '  "updated": "2026-03-04T06:00:00Z",', '  "standings": [']
    body += ["    " + x + ("," if i < len(rows) - 1 else "") for i, x in enumerate(rows)]
    body += ["  ]", "}"]
    return "The raw response of the standings endpoint:\n\n" + "\n".join(body) + _outro(bd)


def chart_positions(bd: Board, r: random.Random) -> str:
    """a grouped bar chart's alt text: which bar is whose said once by place ("the left bar (teal) is X and the right
    bar (grey) is Y"), then each group's values by place ("- B: left bar 74.9%, right bar 80.0%")"""
    places = (("left", "right"), ("left", "middle", "right"), ("first", "second", "third", "fourth"))
    models = bd.models[:r.choice((2, 3, 4))]
    names = next(p for p in places if len(p) >= len(models))[:len(models)] if len(models) != 3 or r.random() < 0.5 \
        else ("first", "second", "third")
    colours = r.sample(("teal", "grey", "orange", "navy", "olive"), len(models))
    kind = r.choice(("bar", "column"))
    key = " and ".join(f"the {p} {kind} ({c}) is {m}" for p, c, m in zip(names, colours, models))
    lines = [f"Grouped {kind} chart, one group per benchmark. In each group, {key}.", ""]
    for b in bd.benches:
        lines.append(f"- {b}: " + ", ".join(f"{p} {kind} {bd.pct(m, b)}" for p, m in zip(names, models)) + ".")
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def pair_rows(bd: Board, r: random.Random) -> str:
    """a line per model, each benchmark named beside its value: "X — B1: 74.8 | B2: 69.2" (the same names each line)"""
    sep = r.choice((" | ", " · ", "; "))
    dash = r.choice((" — ", " – "))
    lines = ["Key results (all numbers are percentages unless marked):", ""]
    lines += [m + dash + sep.join(f"{b}: {bd.fmt(m, b)}" for b in bd.benches) for m in bd.models]
    return _intro(bd) + "\n".join(lines) + _outro(bd)


# -- round 13 (nlp-tablenorm13): more drawn and structured layouts, on a fresh name pool --------------------------------
# every name below was checked with grep to appear in no set under tests/data/nlp, no nlp/data file, no test and no
# bench file before this round (the round-12 pools above are by now familiar to the rules written on them)
FRESH_POOLS = (("Querrel", "Stavewort", "Ilvenna", "Marrowdene", "Caskwell", "Prandle", "Oxwinder", "Gorsling",
                "Thrummet", "Vellicot", "Askerby", "Winnowick", "Dunnage"),
               ("Quarrendon AI", "Hennock Labs", "Coldharbour Research", "Rookhope AI", "Staithes Systems"),
               ("Dentil", "Spandrel", "Tympan", "Baluster", "Architrave", "Cornice", "Gablet"))


def _lead_unit(bd: Board, r: random.Random) -> str:
    """a lead line over a table; the unit, when the board has a % column, said once ("(unit: %)", "in %")"""
    if all(b in bd.elo for b in bd.benches):
        return r.choice(("Results:", "Scores below.", "The table:"))
    return r.choice(("Results (unit: %):", "Scores below, in %.", "Accuracy (%) on each benchmark:",
                     "All numbers are percentages:"))


def _bare(bd: Board, head, body):
    """header/rows with the "(%)" of a benchmark label left to the lead line"""
    return [h.replace(" (%)", "") for h in head], [[c.replace(" (%)", "") if isinstance(c, str) else c for c in row]
                                                   for row in body]


def mediawiki(bd: Board, r: random.Random) -> str:
    """a MediaWiki table: "{| class=wikitable", "! A !! B" header, "|-" between rows, "| x || y" cells, "|}";
    sometimes one cell a line ("| x" then "| y"); models across or down"""
    head, body = _across_or_down(bd, r)
    per_line = r.random() < 0.3
    lines = [r.choice(('{| class="wikitable"', '{| class="wikitable sortable"', "{|"))]
    if r.random() < 0.3:
        lines.append(f"|+ {r.choice(('Results', 'Scores', 'Evaluation'))}")
    if per_line:
        lines += [f"! {h}" for h in head]
    else:
        lines.append("! " + " !! ".join(head))
    for row in body:
        lines.append("|-")
        if per_line:
            lines += [f"| {c}" for c in row]
        else:
            lines.append("| " + " || ".join(row))
    lines.append("|}")
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def org_table(bd: Board, r: random.Random) -> str:
    """an Emacs Org-mode table: pipe rows, "|---+---|" under the header (and sometimes above and below)"""
    head, body = _across_or_down(bd, r)
    w = _widths(head, body)

    def line(row):
        return "| " + " | ".join(f"{str(c):<{x}}" for c, x in zip(row, w)) + " |"

    rule = "|" + "+".join("-" * (x + 2) for x in w) + "|"
    boxed = r.random() < 0.4
    lines = ([rule] if boxed else []) + [line(head), rule] + [line(row) for row in body] + ([rule] if boxed else [])
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def rst_simple(bd: Board, r: random.Random) -> str:
    """a reStructuredText simple table: "=====  =====" borders above and below the header and at the end, cells
    aligned under them by spaces"""
    head, body = _across_or_down(bd, r)
    w = _widths(head, body)

    def line(row):
        return "  ".join(f"{str(c):<{x}}" for c, x in zip(row, w)).rstrip()

    rule = "  ".join("=" * x for x in w)
    lines = [rule, line(head), rule] + [line(row) for row in body] + [rule]
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def ws_columns(bd: Board, r: random.Random) -> str:
    """whitespace-aligned columns as a slide or a terminal prints them, under a lead line giving the unit once;
    models across or down, the benchmark labels without their "(%)" """
    head, body = _bare(bd, *_across_or_down(bd, r))
    w = _widths(head, body)
    gap = r.choice((2, 3, 4))
    indent = r.choice(("", "  ", "    "))

    def line(row):
        return indent + (" " * gap).join(f"{str(c):<{x}}" for c, x in zip(row, w)).rstrip()

    lines = [_lead_unit(bd, r), ""] + [line(head)] + [line(row) for row in body]
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def pandas_print(bd: Board, r: random.Random) -> str:
    """a pandas DataFrame as ``print(df)`` shows it: an index column (0, 1, 2 … or the models as the index), the
    header right-aligned over the values; sometimes the transposed frame (benchmarks as the index, models across)"""
    across = r.random() < 0.35
    if across:
        head = [""] + bd.models
        body = [[b] + [bd.fmt(m, b) for m in bd.models] for b in bd.benches]
    elif r.random() < 0.5:
        head = ["", "model"] + bd.benches + [h for h, _ in bd.negatives]
        body = [[str(i), m] + [bd.fmt(m, b) for b in bd.benches] + [c[m] for _, c in bd.negatives]
                for i, m in enumerate(bd.models)]
    else:
        head = [""] + bd.benches
        body = [[m] + [bd.fmt(m, b) for b in bd.benches] for m in bd.models]
    w = _widths(head, body)
    lines = [">>> print(results)" if r.random() < 0.5 else _lead_unit(bd, r), ""]
    for i, row in enumerate([head] + body):
        first = f"{row[0]:<{w[0]}}"
        lines.append(first + "".join(f"  {str(c):>{x}}" for c, x in zip(row[1:], w[1:])))
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def json_array(bd: Board, r: random.Random) -> str:
    """a pretty-printed JSON array, one object per benchmark: the benchmark under a "benchmark"/"suite"/"board" key
    over an array of {"rank", "model", "score", "n", "latency_ms"} objects, one key a line"""
    bk = r.choice(("benchmark", "suite", "board"))
    ek = r.choice(("results", "entries", "standings"))
    out = []
    for b in bd.benches:
        ranked = sorted(bd.models, key=lambda m: -bd.scores[(m, b)])
        out.append({bk: b, ek: [{"rank": i + 1, "model": m, "score": bd.scores[(m, b)],
                                 "n": r.choice((200, 500, 1000)), "latency_ms": r.randint(150, 2400)}
                                for i, m in enumerate(ranked)]})
    return _intro(bd) + r.choice(("Raw export:", "The results file:")) + "\n\n" + json.dumps(out, indent=2) + _outro(bd)


def kv_lines(bd: Board, r: random.Random) -> str:
    """"X — B1: 74.8, B2: 69.2" key/value lines with the unit said once in the lead line ("(unit: %)") and a
    separator of another kind than pair_rows' (commas, slashes, two spaces)"""
    sep = r.choice((", ", " / ", "  "))
    dash = r.choice((" — ", " – ", ": "))
    lines = [_lead_unit(bd, r), ""]
    lines += [m + dash + sep.join(f"{b}: {bd.fmt(m, b)}" for b in bd.benches) for m in bd.models]
    return _intro(bd) + "\n".join(lines) + _outro(bd)


FRESH = ("mediawiki", "org_table", "rst_simple", "ws_columns", "pandas_print", "json_array", "kv_lines")


# -- round 13, step 2 (nlp-claims13b): the table and chart classes of claims-test14, on another fresh pool -----------------
# every name below was checked with grep to appear in no set under tests/data/nlp, no nlp/data file, no test and no
# bench file before this branch
FRESH13B_POOLS = (("Tollemache", "Skelder", "Quillane", "Morrowgate", "Fennimore", "Ashlock", "Cindervale",
                   "Gallowmere", "Embley", "Threlkeld", "Ruddock", "Vantry", "Sorbrook"),
                  ("Ormathwaite AI", "Scarrow Labs", "Haverhill Research", "Ledgecombe Systems"),
                  ("Soffrit", "Lunette", "Voussoir", "Tracery", "Reglet", "Astragal"))
GROUP_WORDS = ("Reasoning", "Coding", "Knowledge", "Agents", "Math", "Long context", "Vision", "Safety")


def _groups(bd: Board, r: random.Random) -> list[tuple[str, int]]:
    """the benchmark columns cut into groups of one to three, each under a group word"""
    out, i = [], 0
    words = r.sample(GROUP_WORDS, len(GROUP_WORDS))
    while i < len(bd.benches):
        n = min(r.randint(1, 3), len(bd.benches) - i)
        out.append((words[len(out)], n))
        i += n
    return out


def group_header(bd: Board, r: random.Random) -> str:
    """two header rows: a group row ("| | Reasoning | | Coding |", LaTeX \\multicolumn, HTML colspan) over the row of
    benchmark names; the group row names neither a model nor a benchmark"""
    groups = _groups(bd, r)
    head = ["Model"] + list(bd.benches)
    body = [[m] + [bd.fmt(m, b) for b in bd.benches] for m in bd.models]
    style = r.choice(("pipe", "latex", "html"))
    lead = _lead_unit(bd, r) + "\n\n"
    if style == "pipe":
        top = [""] + [c for g, n in groups for c in [g] + [""] * (n - 1)]
        lines = ["| " + " | ".join(top) + " |", "| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in body]
    elif style == "latex":
        top = " & " + " & ".join(r"\multicolumn{%d}{c}{%s}" % (n, g) for g, n in groups) + r" \\"
        lines = [r"\begin{tabular}{l" + "c" * len(bd.benches) + "}", r"\toprule", top,
                 " & ".join(head) + r" \\", r"\midrule"] + [" & ".join(row) + r" \\" for row in body] + \
                [r"\bottomrule", r"\end{tabular}"]
    else:
        top = "<tr><th></th>" + "".join(f'<th colspan="{n}">{g}</th>' if n > 1 else f"<th>{g}</th>" for g, n in groups) + "</tr>"
        lines = ["<table>", top, "<tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>"]
        lines += ["<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body] + ["</table>"]
    return _intro(bd) + lead + "\n".join(lines) + _outro(bd)


def units_row(bd: Board, r: random.Random) -> str:
    """a CSV/TSV export with a units row under its header ("#,,elo,±,count", "\t\t%\t±\tn"): a spread column and a
    count column beside the scores, neither a score"""
    sep = r.choice((",", "\t"))
    spread = r.choice(("ci_95", "stderr", "interval"))
    count = r.choice(("votes", "n", "samples"))
    head = ["rank", "model"] + [b.lower().replace(" ", "_") if r.random() < 0.3 else b for b in bd.benches] + [spread, count]
    units = ["#", ""] + ["elo" if b in bd.elo else "%" for b in bd.benches] + ["±", "count" if count != "n" else "n"]
    first = bd.benches[0]
    ranked = sorted(bd.models, key=lambda m: -bd.scores[(m, first)])
    lines = [r.choice(("Export (one row per model):", "Raw export:", "The board as a file:")), sep.join(head), sep.join(units)]
    for i, m in enumerate(ranked):
        cells = [str(i + 1), m] + [bd.fmt(m, b).replace(",", "") for b in bd.benches]
        cells += [str(r.randint(2, 9)), str(r.randint(800, 30000))]
        lines.append(sep.join(cells))
    return _intro(bd) + "\n".join(lines) + _outro(bd)


def _pm(r: random.Random) -> str:
    return f"{r.choice((0.3, 0.4, 0.7, 0.9, 1.1, 1.4, 2.0, 2.6))}"


def mean_std(bd: Board, r: random.Random) -> str:
    """"mean ± std" and "mean (± std)" cells in a table, and prose "X scores a ± s on B1 and b ± t on B2" (the mean is
    the score; the spread shifts nothing)"""
    pm = r.choice(("{} ± {}", "{}±{}", "{} (± {})", "{} +/- {}"))
    s = bd.subject
    prose = f"Over five seeds, {s} scores " + _and([pm.format(bd.fmt(s, b), _pm(r)) + f" on {b}" for b in bd.benches]) + ". "
    head = ["Model"] + list(bd.benches)
    body = [[m] + [pm.format(bd.fmt(m, b), _pm(r)) for b in bd.benches] for m in bd.models]
    if r.random() < 0.5:
        table = _pipe(head, body)
    else:
        w = _widths(head, body)
        table = "\n".join("   ".join(f"{str(c):<{x}}" for c, x in zip(row, w)).rstrip() for row in [head] + body)
    return _intro(bd) + prose + "\n\nMean ± std over five seeds, accuracy (%).\n\n" + table + _outro(bd)


def radar_order(bd: Board, r: random.Random) -> str:
    """a radar chart described in prose: the subject's points with their axes, read clockwise; each other outline's
    points "in the same order" (one axis sometimes named apart) or as a bare run of numbers"""
    s = bd.subject
    out = [f"Figure {r.randint(2, 6)} is a radar chart with one axis per benchmark, each scaled from 0 to 100.",
           f"Read clockwise from the top, {s} reaches " + _and([f"{bd.fmt(s, b)} on {b}" for b in bd.benches]) + "."]
    styles = ("{m}'s outline has {nums} in the same order.", "The dashed outline, {m}, shows {nums} in that order.",
              "The dotted outline for {m} sits inside it, with {nums}.")
    for m in bd.models[1:]:
        style = r.choice(styles)
        if r.random() < 0.4 and style != styles[2]:
            k = r.randrange(len(bd.benches))
            rest = [bd.fmt(m, b) for j, b in enumerate(bd.benches) if j != k]
            out.append(f"{m} reaches {bd.fmt(m, bd.benches[k])} on {bd.benches[k]}; its other points are {_and(rest)} in the same order.")
        else:
            out.append(style.format(m=m, nums=_and([bd.fmt(m, b) for b in bd.benches])))
    return _intro(bd) + " ".join(out) + _outro(bd)


def release_arrows(bd: Board, r: random.Random) -> str:
    """release notes: "New default checkpoint: X, replacing Y" over "- B: old → new" lines (old is Y's, new X's)"""
    new, old = bd.models[0], bd.models[1]
    arrow = r.choice(("→", "->", "⇒"))
    cue = r.choice(("New default checkpoint: `{n}`, replacing `{o}`.", "{n} replaces {o} as the default model.",
                    "This release ships {n} (instead of {o})."))
    lines = [f"## v{r.randint(0, 3)}.{r.randint(1, 12)}.0 release notes", "", "### Highlights", "- " + cue.format(n=new, o=old), "",
             "### Evaluation", r.choice(("Numbers from our CI harness, old " + arrow + " new:", "Scores (pass@1 %), before " + arrow + " after:")), ""]
    lines += [f"- {b}: {bd.fmt(old, b)} {arrow} {bd.fmt(new, b)}" for b in bd.benches]
    lines += ["", "### Fixes", f"- The tokenizer no longer drops the final newline (#{r.randint(100, 999)})."]
    return "\n".join(lines) + "\n"


FRESH13B = ("group_header", "units_row", "mean_std", "radar_order", "release_arrows")
# boards these layouts need: radar charts and release lists want three benchmarks or more (a run of numbers), a
# release list two models (the new and the replaced); arena boards stay out of the % layouts
DRAW13B = {"group_header": dict(n_benches=None), "units_row": dict(), "mean_std": dict(elo_ok=False),
           "radar_order": dict(elo_ok=False, min_benches=3), "release_arrows": dict(elo_ok=False, n_models=2, min_benches=2)}


def draw13b(seed: int, layout: str) -> Board:
    kw = dict(DRAW13B.get(layout, {}))
    lo = kw.pop("min_benches", 1)
    if kw.get("n_benches") is None:
        kw["n_benches"] = random.Random(seed).randint(max(2, lo), 5)
    return draw_board(seed, pools=FRESH13B_POOLS, **kw)


LAYOUTS = {f.__name__: f for f in (
    prose, inline_list, md_table, md_provider_first, md_bidder_first, md_rank_first, md_transposed, csv_lead,
    tsv_lead, html_tags, html_stripped, latex, dotted, ranked_list, ranked_arrows, vs_caption, chart_axis, chart_bars,
    yaml_file, json_file, toml_file, heading_bullets, box_table, grid_table, jsonl_records, logfmt_records, json_board, chart_positions, pair_rows,
    mediawiki, org_table, rst_simple, ws_columns, pandas_print, json_array, kv_lines,
    group_header, units_row, mean_std, radar_order, release_arrows)}
# a layout's random stream is fixed by its place in this order (the first round's layouts sorted, later ones
# appended), so adding a layout leaves every other layout's renderings as they were
_ORDER = tuple(sorted(list(LAYOUTS)[:22])) + tuple(list(LAYOUTS)[22:])


def render(layout: str, bd: Board) -> str:
    return LAYOUTS[layout](bd, random.Random(bd.seed * 1000 + _ORDER.index(layout)))


# -- read-back -----------------------------------------------------------------------------------
def _key(m: str, b: str, v: float) -> tuple[str, str, float]:
    # names compared as nlp.claims_eval compares them: case, spaces and hyphens ignored ("quenzel-4-mini" of a
    # result file is "Quenzel 4 Mini")
    return ("".join(m.lower().replace("-", " ").split()), "".join(b.lower().replace("-", " ").split()), round(float(v), 4))


# places (a Rank column, "1." of a numbered board) are claims by the claims conventions, but the gold here holds
# the scores only: place claims are left out of the read-back on both sides
PLACE_UNITS = ("rank", "medal")


# layouts that show only part of a board: what they show
PARTIAL = {"json_board": lambda bd: {g for g in bd.gold() if g[1] == bd.benches[0]},
           "chart_positions": lambda bd: {g for g in bd.gold() if g[0] in bd.models[:len(_chart_models(bd))]},
           "release_arrows": lambda bd: {g for g in bd.gold() if g[0] in bd.models[:2]}}  # the new model and the replaced one


def _chart_models(bd: Board) -> list[str]:
    """the models chart_positions draws (its random stream's first draw)"""
    return bd.models[:random.Random(bd.seed * 1000 + _ORDER.index("chart_positions")).choice((2, 3, 4))]


def score_text(pipeline, text: str, gold: set) -> tuple[int, int, int, list, list]:
    """tp, fp, fn, the false and the missed triples of one rendering"""
    got = {_key(c["model"], c["benchmark"], c["score"]) for c in pipeline(text)._.claims
           if c.get("model") and c.get("benchmark") and c.get("score") is not None
           and c.get("unit") not in PLACE_UNITS}
    want = {_key(*g) for g in gold}
    return len(got & want), len(got - want), len(want - got), sorted(got - want), sorted(want - got)


def read_back(pipeline, seeds, layouts=None) -> dict[str, dict]:
    """per layout: tp, fp, fn, P, R and a few examples of errors over the boards of ``seeds``"""
    out = {}
    for name in layouts or LAYOUTS:
        tp = fp = fn = 0
        ex = []
        for s in seeds:
            bd = draw_board(s, pools=FRESH_POOLS) if name in FRESH else draw13b(s, name) if name in FRESH13B else draw_board(s)
            gold = bd.gold() if name not in PARTIAL else PARTIAL[name](bd)
            a, b, c, fps, fns = score_text(pipeline, render(name, bd), gold)
            tp, fp, fn = tp + a, fp + b, fn + c
            if (fps or fns) and len(ex) < 3:
                ex.append((s, fps[:3], fns[:3]))
        out[name] = {"tp": tp, "fp": fp, "fn": fn, "P": tp / (tp + fp) if tp + fp else 1.0,
                     "R": tp / (tp + fn) if tp + fn else 1.0, "examples": ex}
    return out
