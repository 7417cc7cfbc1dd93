"""Query commands: search, top, trend, scores, sql, browse (registered by pipeline.cli.main).

Each command opens the database read-only (pipeline.store.queries.open_reader) and calls one function of
pipeline.store.queries; every listing takes --json.
"""
from __future__ import annotations

import base64
import csv
import importlib.util
import io
import json
import re
import subprocess
import sys
import tempfile
from datetime import date
from functools import wraps
from pathlib import Path
from typing import Any

import click

from pipeline.store import queries as q
from pipeline.cli.output import Context, fail, safe_text, table

METADATA = Path(__file__).parent.parent / "store" / "datasette.json"

LABEL = click.Choice(q.LABELS, case_sensitive=False)
POSITIVE = click.IntRange(min=1)   # SQLite reads LIMIT -1 as "no limit", LIMIT 0 as "nothing"
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON (a list of objects).")
since_option = click.option("--since", metavar="DATE",
                            help="From this date on: YYYY-MM-DD, an ISO time, today, yesterday, or 7d / 2w ago "
                                 "(counted back from the newest article if the database ends before today).")
until_option = click.option("--until", metavar="DATE", help="Up to and including this date (same forms).")


def _query_errors(fn):
    """QueryError → one red line and its exit status (2 for a usage problem, else 1), never a traceback."""
    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except q.QueryError as e:
            fail(str(e), e.status)
    return wrapper


def _reader(obj: Context):
    return q.open_reader(obj.db_path)


def _claim_bar(obj: Context) -> float:
    """The scoreboard's bar from the config ([digest] min_claim_confidence; the calibrated 0.5 when there is no file)."""
    return obj.config.values["digest"]["min_claim_confidence"]


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"$base64": True, "encoded": base64.b64encode(value).decode("ascii")}
    raise TypeError(f"cannot encode {type(value).__name__}")


def _anchor(conn, *values: str | None, note: bool = True) -> tuple[date | None, list[str]]:
    """The day relative periods (7d, today) count back from: today (None), or the newest article's day
    when the database ends earlier; with the notes to show after the query worked (one says so when
    a relative period is used)."""
    newest = q.newest_day(conn)
    today = date.today()
    if newest is None or newest >= today:
        return None, []
    if note and any(v and re.fullmatch(r"today|yesterday|\d+\s*[dw]", v.strip().lower()) for v in values):
        return newest, [f"(periods counted back from the newest article, {newest.isoformat()})"]
    return newest, []


def _echo_notes(notes: list[str]) -> None:
    """The notes of a query that worked (after an error they would only be noise)."""
    for line in notes:
        click.echo(line, err=True)


def _bounds(conn, since: str | None, until: str | None, note: bool = True) -> tuple[str | None, str | None, list[str]]:
    today, notes = _anchor(conn, since, until, note=note)
    start, end = q.parse_since(since, today), q.parse_until(until, today)
    if start and end and start >= end:   # an empty period answers "nothing" for the wrong reason
        raise q.QueryError(f"--until {until} is before --since {since}", 2)
    return start, end, notes


# -- search -----------------------------------------------------------------------------------

@click.command()
@click.argument("query")
@since_option
@until_option
@click.option("--entity", metavar="NAME", help="Only articles mentioning this entity (canonical name).")
@click.option("--label", type=LABEL, help="With --entity: its label; alone: articles mentioning any such entity.")
@click.option("--limit", default=20, show_default=True, type=POSITIVE, help="Most results to show.")
@json_option
@click.pass_obj
@_query_errors
def search(obj: Context, query, since, until, entity, label, limit, as_json):
    """Full-text search of article titles and texts, best match first (bm25).

    QUERY uses SQLite FTS5 syntax: words (stemmed: 'benchmarks' finds 'benchmark'),
    "quoted phrases", AND / OR / NOT, NEAR(a b), prefix*. Matches are highlighted.

    Example: modelwire search '"open weights" NOT llama' --since 30d --entity DeepSeek
    """
    conn = _reader(obj)
    since, until, notes = _bounds(conn, since, until, note=not (as_json or obj.quiet))
    color = not as_json and sys.stdout.isatty()
    marks = ("\x1b[1;33m", "\x1b[0m") if color else ("[", "]")
    rows = q.search(conn, query, since=since, until=until, entity=entity, label=label, limit=limit,
                    highlight=marks)
    _echo_notes(notes)
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("No matches.")
        return
    for i, r in enumerate(rows, 1):
        click.echo(f"{i:>2}. {safe_text(r['title'] or '(untitled)')}")
        click.echo(f"    {(r['date'] or '')[:10]}  {safe_text(r['source'])}  {safe_text(r['url'])}")
        click.echo(f"    {safe_text(' '.join((r['snippet'] or '').split()))}")


# -- top / trend ------------------------------------------------------------------------------

def _no_mentions_advice(conn, since: str | None, until: str | None) -> str:
    span = q.stored_span(conn)
    if not span["articles"]:
        return "No articles stored yet: run 'modelwire crawl' first."
    if not span["mentions"]:
        return "No mentions yet: run 'modelwire annotate' to find models, organisations and benchmarks."
    return (f"No mentions between {since or 'the start'} and {until or 'now'}; the stored articles run from "
            f"{span['first'][:10]} to {span['last'][:10]} (try --since {span['first'][:10]}).")


@click.command()
@click.option("--label", type=LABEL, help="Only models, organisations or benchmarks.")
@since_option
@until_option
@click.option("--limit", default=20, show_default=True, type=POSITIVE, help="How many to show.")
@json_option
@click.pass_obj
@_query_errors
def top(obj: Context, label, since, until, limit, as_json):
    """The most mentioned models, organisations and benchmarks, by number of articles.

    Example: modelwire top --label MODEL --since 7d
    """
    conn = _reader(obj)
    since, until, notes = _bounds(conn, since, until, note=not (as_json or obj.quiet))
    rows = q.top(conn, label=label, since=since, until=until, limit=limit)
    _echo_notes(notes)
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo(_no_mentions_advice(conn, since, until))
        return
    shown = [{**r, "rank": i, "known": "" if r["known"] else "NEW", "first_seen": (r["first_seen"] or "")[:10]}
             for i, r in enumerate(rows, 1)]
    click.echo(table(shown, ["rank", "label", "canonical", "articles", "mentions", "first_seen", "known"],
                     ["#", "label", "name", "articles", "mentions", "first seen", "kb"]))


@click.command()
@click.argument("name")
@click.option("--weeks", default=12, show_default=True, type=click.IntRange(1, 2600),
              help="How many ISO weeks, ending with this one (at most 2600, 50 years).")
@click.option("--until", metavar="DATE", help="End with the week of this date (default: this week).")
@click.option("--label", type=LABEL, help="When NAME is both, e.g. a model and an organisation.")
@json_option
@click.pass_obj
@_query_errors
def trend(obj: Context, name, weeks, until, label, as_json):
    """Articles mentioning NAME per ISO week, with a sparkline.

    Example: modelwire trend "Claude Sonnet 4.5" --weeks 26
    """
    conn = _reader(obj)
    anchor, notes = _anchor(conn, until or "today", note=not (as_json or obj.quiet))
    end = date.fromisoformat(q.parse_since(until, anchor)[:10]) if until else anchor
    data = q.trend(conn, name, weeks=weeks, label=label, today=end)
    _echo_notes(notes)
    if as_json:
        _echo_json(data)
        return
    series = data["weeks"]
    names = ", ".join(f"{e['canonical']} ({e['label']})" for e in data["entities"])
    total = sum(w["articles"] for w in series)
    click.echo(f"{names}: {total} article(s) in {weeks} week(s), "
               f"{series[0]['week']}..{series[-1]['week']}")
    click.echo(f"  {q.sparkline([w['articles'] for w in series])}  (peak {max(w['articles'] for w in series)}/week)")
    click.echo("")
    click.echo(table(series, ["week", "week_start", "articles", "mentions"], ["week", "from", "articles", "mentions"]))


# -- scores -----------------------------------------------------------------------------------

@click.command()
@click.option("--model", metavar="NAME", help="Only this model (canonical name, any case).")
@click.option("--benchmark", metavar="NAME", help="Only this benchmark.")
@since_option
@until_option
@click.option("--limit", default=50, show_default=True, type=POSITIVE, help="Most claims to show.")
@click.option("--all", "all_claims", is_flag=True,
              help="Also claims below the confidence bar that the digest's scoreboard uses "
                   "([digest] min_claim_confidence).")
@json_option
@click.pass_obj
@_query_errors
def scores(obj: Context, model, benchmark, since, until, limit, all_claims, as_json):
    """Benchmark scores claimed in articles, best first per benchmark, with their source.

    Each row says who stands behind the number (self-reported by the developer, independent, or a
    competitor's score cited for comparison) and the sentence it was read from. Only claims whose
    confidence reaches the scoreboard's bar ([digest] min_claim_confidence) are listed, unless --all.

    Example: modelwire scores --benchmark "SWE-bench Verified"
    """
    conn = _reader(obj)
    since, until, notes = _bounds(conn, since, until, note=not (as_json or obj.quiet))
    rows = q.scores(conn, model=model, benchmark=benchmark, since=since, until=until, limit=limit,
                    all_claims=all_claims, min_confidence=_claim_bar(obj))
    _echo_notes(notes)
    if as_json:
        _echo_json(rows)
        return
    if not rows:
        click.echo("No score claims found.")
        return
    from pipeline.digest.scores import format_score

    # one unit per kind ('gold medal', '1,501 Elo'), who stands behind it, and the sentence it came from
    shown = [{**r, "score": format_score(r["score"], r["unit"]), "date": (r["date"] or "")[:10],
              "by": "comparison" if r["is_comparison"] else
              (r["source_kind"] if r["source_kind"] in ("self-reported", "independent") else ""),
              "evidence": " ".join((r["sentence"] or "").split())} for r in rows]
    cols = ["benchmark", "model", "score", "by", "date", "source", "article_id", "evidence"]
    heads = ["benchmark", "model", "score", "by", "date", "source", "article", "evidence"]
    if all_claims:  # which rows the default listing would leave out
        for r in shown:
            r["conf"] = "" if r["confidence"] is None else f"{r['confidence']:.2f}"
        cols.insert(4, "conf")
        heads.insert(4, "conf")
    click.echo(table(shown, cols, heads))


# -- sql --------------------------------------------------------------------------------------

def _cell(value: Any) -> Any:
    return f"<{len(value)} bytes>" if isinstance(value, bytes) else value


@click.command("sql")
@click.argument("sql")
@click.option("-p", "--param", "params", multiple=True, type=(str, str), metavar="NAME VALUE",
              help="A :NAME parameter for the query (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of objects.")
@click.option("--csv", "as_csv", is_flag=True, help="Print CSV with a header row.")
@click.option("--timeout", type=click.FloatRange(min=0), default=5.0, show_default=True, metavar="SECONDS",
              help="Stop a query that runs longer (0: no limit). Ctrl-C stops it too.")
@click.pass_obj
@_query_errors
def sql_command(obj: Context, sql, params, as_json, as_csv, timeout):
    """Run one SQL query on a read-only connection and print the rows.

    Writes (INSERT, UPDATE, CREATE, ATTACH…) are refused. Views such as article_entities,
    weekly_mentions, benchmark_scores and first_seen are there to query; docs/schema.md
    describes every table.

    Example: modelwire sql "select canonical, articles from first_seen order by first_seen desc limit 5"
    """
    if as_json and as_csv:
        fail("choose one of --json and --csv", 2)
    if not sql.strip().strip(";").strip():
        fail("no SQL given: write a query such as \"select count(*) from articles\"", 2)
    cols, rows = q.run_sql(q.open_reader(obj.db_path, any_sqlite=True), sql, dict(params), timeout=timeout or None)
    if as_json:
        _echo_json([dict(zip(cols, r)) for r in rows])
    elif as_csv:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        w.writerows([[_cell(v) for v in r] for r in rows])
        click.echo(buf.getvalue(), nl=False)
    elif cols:
        keys = [f"c{i}" for i in range(len(cols))]  # column names may repeat
        click.echo(table([dict(zip(keys, map(_cell, r))) for r in rows], keys, cols))


# -- browse -----------------------------------------------------------------------------------

def datasette_installed() -> bool:
    return importlib.util.find_spec("datasette") is not None


def metadata_for(db_path: Path) -> dict[str, Any]:
    """The packaged metadata, keyed by the database's Datasette name (its file stem)."""
    meta = json.loads(METADATA.read_text(encoding="utf-8"))
    meta["databases"] = {Path(db_path).stem: next(iter(meta["databases"].values()))}
    return meta


def datasette_command(db_path: Path, metadata_path: Path, host: str, port: int, open_browser: bool) -> list[str]:
    cmd = [sys.executable, "-m", "datasette", "serve", str(db_path), "--metadata", str(metadata_path),
           "--host", host, "--port", str(port)]
    return cmd + (["--open"] if open_browser else [])


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--open", "open_browser", is_flag=True, help="Open a browser window.")
@click.pass_obj
def browse(obj: Context, host, port, open_browser):
    """Explore the database in Datasette, with descriptions and ready-made queries.

    Needs the optional extra: pip install 'modelwire[datasette]'.

    Example: modelwire browse --open
    """
    if not datasette_installed():
        fail("Datasette is not installed. Install the optional extra with:\n"
             "    pip install 'modelwire[datasette]'\n"
             f"or open the file with any SQLite client: sqlite3 {obj.db_path}", 2)
    db_path = obj.db_path
    if not db_path.exists():
        fail(f"{db_path}: no database yet (run 'modelwire init' or 'modelwire crawl')", 2)
    q.open_reader(db_path).close()  # applies pending migrations so the views exist
    with tempfile.TemporaryDirectory(prefix="modelwire-datasette-") as tmp:
        meta_path = Path(tmp) / "metadata.json"
        meta_path.write_text(json.dumps(metadata_for(db_path), indent=2), encoding="utf-8")
        if not obj.quiet:
            click.echo(f"Serving {db_path} at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
        code = _serve_until_stopped(datasette_command(db_path, meta_path, host, port, open_browser))
    sys.exit(code)


class _Terminated(Exception):
    pass


def _serve_until_stopped(cmd: list[str]) -> int:
    """Run Datasette until it exits, or until we get Ctrl-C or SIGTERM: then stop it too (and
    wait for it), so no server is left listening and the metadata's temp folder can go."""
    import signal

    def on_term(signum, frame):
        raise _Terminated()

    previous = signal.signal(signal.SIGTERM, on_term)
    child = subprocess.Popen(cmd)
    try:
        return child.wait()
    except (KeyboardInterrupt, _Terminated):
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


COMMANDS = [search, top, trend, scores, sql_command, browse]
