"""Questions asked of a modelwire database: pure functions over a connection, returning rows.

Every function takes a ``sqlite3.Connection`` (or a :class:`~pipeline.store.db.Store`) and returns
plain dicts, so the CLI, tests and notebooks share one implementation. Readers open the file with
:func:`open_reader`: read-only (``mode=ro`` plus ``PRAGMA query_only``), WAL and a busy timeout, so a
crawl writing at the same time never makes a query fail with "database is locked".

Dates: an article's date is ``coalesce(published, first_seen)`` (UTC ISO 8601), the expression the
``articles_date`` index covers. ``since`` bounds are inclusive, ``until`` bounds exclusive; use
:func:`parse_since` / :func:`parse_until` to turn what a user typed into those bounds.
"""
from __future__ import annotations

import difflib
import re
import sqlite3
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Sequence

from nlp.canonical import key as name_key
from nlp.claim_confidence import THRESHOLD as CLAIM_THRESHOLD  # the scoreboard's bar for a claim

from spiders.dates import format_instant, parse_iso

ARTICLE_DATE = "coalesce(a.published, a.first_seen)"
LABELS = ("MODEL", "ORG", "BENCHMARK")
SPARK = "▂▃▄▅▆▇█"


class QueryError(Exception):
    """A question that cannot be answered as asked; the message says why, in one line. ``status`` is
    the command's exit status: 2 for a usage problem (no database, a bad date), else 1."""

    def __init__(self, message: str, status: int = 1):
        super().__init__(message)
        self.status = status


# -- connections ------------------------------------------------------------------------------

def _conn(db: Any) -> sqlite3.Connection:
    return db if isinstance(db, sqlite3.Connection) else db.conn


def _deny_attach(action: int, *_args: Any) -> int:
    return sqlite3.SQLITE_DENY if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH) else sqlite3.SQLITE_OK


def connect_readonly(path: str | Path) -> sqlite3.Connection:
    """A read-only connection: writes fail with "attempt to write a readonly database"."""
    from pipeline.store.db import BUSY_TIMEOUT_MS

    path = Path(path)
    if not path.exists():
        raise QueryError(f"{path}: no database yet (run 'modelwire init' or 'modelwire crawl')", 2)
    if path.is_dir():
        raise QueryError(f"{path}: is a folder, not a database file", 2)
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                           timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only = ON")
    conn.set_authorizer(_deny_attach)  # ATTACH would create files
    return conn


def open_reader(path: str | Path, *, any_sqlite: bool = False) -> sqlite3.Connection:
    """Open ``path`` for queries. A modelwire database from an older version gets its pending
    migrations (new views) first; any other SQLite file is never written to: with ``any_sqlite``
    (``modelwire sql``) it is opened read-only as it is, otherwise it is refused."""
    from sqlite_utils import Database

    from pipeline.store.migrations import migrations
    from pipeline.store.db import open_db

    conn = connect_readonly(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as e:
        conn.close()
        raise QueryError(f"{path}: not a SQLite database ({e})", 2) from None
    if not {"articles", "_sqlite_migrations"} <= tables:
        if any_sqlite:
            return conn
        conn.close()
        raise QueryError(f"{path}: not a modelwire database (no articles table); "
                         "'modelwire sql' can query any SQLite file", 2)
    if migrations.pending(Database(conn)):
        conn.close()
        open_db(path).close()
        conn = connect_readonly(path)
    return conn


def _rows(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


# -- dates ------------------------------------------------------------------------------------

_RELATIVE = re.compile(r"^(\d+)\s*([dw])$")


def _today(today: date | None) -> date:
    return today or datetime.now(timezone.utc).date()


def _parse(value: str, today: date | None) -> tuple[str, bool]:
    """(bound, is_whole_day) for YYYY-MM-DD, an ISO 8601 time, 'today', or 'Nd' / 'Nw' ago."""
    v = value.strip()
    m = _RELATIVE.match(v.lower())
    if m:
        days = int(m.group(1)) * (7 if m.group(2) == "w" else 1)
        return (_today(today) - timedelta(days=days)).isoformat(), True
    if v.lower() in ("today", "yesterday"):
        return (_today(today) - timedelta(days=v.lower() == "yesterday")).isoformat(), True
    if len(v) == 10:
        try:
            return date.fromisoformat(v).isoformat(), True
        except ValueError:
            pass
    dt = parse_iso(v)
    if dt is None:
        raise QueryError(f"{value!r} is not a date: use YYYY-MM-DD, an ISO 8601 time, "
                         "'today', 'yesterday' or a number of days/weeks ago such as 7d or 2w", 2)
    return format_instant(dt), False


def newest_day(db: Any) -> date | None:
    """The day of the newest stored article (published, else first crawled): where relative periods
    such as ``7d`` count back from in a database that is not crawled up to today (e.g. the demo's)."""
    row = _conn(db).execute(f"SELECT max({ARTICLE_DATE}) FROM articles a").fetchone()
    try:
        return date.fromisoformat(row[0][:10]) if row and row[0] else None
    except ValueError:
        return None


def stored_span(db: Any) -> dict[str, Any]:
    """How many articles and mentions are stored, and the dates of the first and last article."""
    conn = _conn(db)
    first, last, n = conn.execute(f"SELECT min({ARTICLE_DATE}), max({ARTICLE_DATE}), count(*) FROM articles a").fetchone()
    mentions = conn.execute("SELECT EXISTS (SELECT 1 FROM mentions)").fetchone()[0]
    return {"articles": n, "mentions": mentions, "first": first or "", "last": last or ""}


def parse_since(value: str | None, today: date | None = None) -> str | None:
    """Inclusive lower bound: ``2025-11-01``, ``2025-11-01T12:00:00Z``, ``today``, ``yesterday``, ``7d``, ``2w``."""
    return None if value is None else _parse(value, today)[0]


def parse_until(value: str | None, today: date | None = None) -> str | None:
    """Exclusive upper bound; a whole day (``2025-11-30``, ``today``) includes that day."""
    if value is None:
        return None
    bound, whole_day = _parse(value, today)
    return (date.fromisoformat(bound) + timedelta(days=1)).isoformat() if whole_day else bound


def _date_filter(since: str | None, until: str | None, where: list[str], params: list[Any]) -> None:
    if since:
        where.append(f"{ARTICLE_DATE} >= ?")
        params.append(since)
    if until:
        where.append(f"{ARTICLE_DATE} < ?")
        params.append(until)


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


# -- entities ---------------------------------------------------------------------------------

def _label(label: str | None) -> str | None:
    if label is None:
        return None
    up = label.upper()
    if up not in LABELS:
        raise QueryError(f"unknown label {label!r}: use one of {', '.join(LABELS)}")
    return up


def find_entities(db: Any, name: str, label: str | None = None) -> list[dict[str, Any]]:
    """Entities named ``name`` as the NLP would match it: case, spaces, hyphens and underscores do not
    count (``Gemini-3-Pro``, ``gemini 3 pro`` and ``Gemini 3 Pro`` are one name; ``gpt5`` is ``GPT-5``)."""
    conn = _conn(db)
    cols = "id, label, canonical, known, org, family, first_seen"
    where, params = "", []
    if label:
        where, params = " AND label = ?", [_label(label)]
    rows = _rows(conn.execute(f"SELECT {cols} FROM entities WHERE canonical = ? COLLATE NOCASE{where} "
                              "ORDER BY label, canonical", [name, *params]))
    if rows:
        return rows
    wanted = name_key(name)
    return [r for r in _rows(conn.execute(f"SELECT {cols} FROM entities WHERE 1{where} ORDER BY label, canonical",
                                          params))
            if name_key(r["canonical"]) == wanted] if wanted else []


def suggest_entities(db: Any, name: str, limit: int = 5, label: str | None = None) -> list[str]:
    """The stored names nearest to ``name`` (for 'did you mean'): those containing it, most mentioned
    first, then close spellings."""
    conn = _conn(db)
    where, params = "", []
    if label:
        where, params = " AND e.label = ?", [_label(label)]
    rows = conn.execute(
        f"""SELECT e.canonical, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS n
            FROM entities e WHERE 1{where} ORDER BY n DESC, e.canonical""", params).fetchall()
    wanted = name_key(name)
    by_key: dict[str, str] = {}
    for canonical, _n in rows:
        by_key.setdefault(name_key(canonical), canonical)
    containing = [c for k, c in by_key.items() if wanted and wanted in k]
    close = [by_key[k] for k in difflib.get_close_matches(wanted, list(by_key), n=limit, cutoff=0.6)]
    return list(dict.fromkeys(containing + close))[:limit]


def resolve_entities(db: Any, name: str, label: str | None = None) -> list[dict[str, Any]]:
    """Like :func:`find_entities`, but an unknown name raises :class:`QueryError` with suggestions."""
    found = find_entities(db, name, label)
    if not found:
        hint = suggest_entities(db, name, label=label)
        what = f"{_label(label)} " if label else ""
        raise QueryError(f"no {what}entity named {name!r}"
                         + (f"; did you mean: {', '.join(hint)}?" if hint else ""))
    return found


def _canonical(db: Any, name: str | None, label: str) -> str | None:
    """The stored spelling of a MODEL/BENCHMARK name (so indexed equality works); an unknown name
    is a :class:`QueryError` with suggestions."""
    if name is None:
        return None
    return resolve_entities(db, name, label)[0]["canonical"]


# -- search -----------------------------------------------------------------------------------

# A dated search first reads its window's ids from the articles_date index (~0.15 µs an article)
# and, if the window is small, limits the FTS scan to their id range (see _window_rowids).
# "Small": at most WINDOW_SCAN_CAP articles and at most 1/WINDOW_FRACTION of the database, so
# that reading the window never costs much more than the scan it saves (~2 µs a match). In a
# database too small for a WINDOW_SCAN_MIN-article window (< 16,000 articles) the plain scan is
# cheap (about a millisecond), so the window is not read.
WINDOW_SCAN_CAP = 50_000
WINDOW_SCAN_MIN = 2_000
WINDOW_FRACTION = 8


def _window_rowids(conn: sqlite3.Connection, since: str | None, until: str | None) -> tuple[int, int] | None:
    """The smallest and largest id of the articles dated in [since, until), to bound the FTS scan.

    Without a rowid bound, FTS5 visits every match in the database, however old, and the date
    filter then drops most of them. Bounded by the window's ids, it seeks straight to them: the
    cost follows the window (ids grow with crawl time, so a window's ids are close together; the
    date filter still applies, so ids out of order only cost time). bm25 is unaffected: FTS5 takes
    its statistics (row count, average length, documents per phrase) from the whole index.
    ``(1, 0)``, an empty range, for an empty window; None when the window is not small (or the
    database is), for a plain scan.
    """
    size = conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0  # ~ the article count, cheaply
    cap = min(WINDOW_SCAN_CAP, size // WINDOW_FRACTION)
    if cap < WINDOW_SCAN_MIN:
        return None
    where: list[str] = []
    params: list[Any] = []
    _date_filter(since, until, where, params)
    n, lo, hi = conn.execute(
        f"""SELECT count(*), min(id), max(id) FROM (
                SELECT a.id FROM articles a WHERE {' AND '.join(where)} LIMIT ?)""",
        [*params, cap + 1]).fetchone()
    if n > cap:
        return None
    return (1, 0) if n == 0 else (lo, hi)


_FTS_TOKEN = re.compile(r'"(?:[^"]|"")*"?|[(),]|[^\s(),"]+')
_FTS_BAREWORD = re.compile(r"[\w\u0080-\U0010ffff]+\*?")   # FTS5's bareword characters, optional prefix *
_FTS_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
FTS_COLUMNS = ("title", "text")


def fts_query(query: str) -> str:
    """``query`` with every term FTS5 would misread put in double quotes: ``GPT-5``, ``GPT-5.1``,
    ``SWE-bench``, ``Humanity's`` are searched as phrases (what a user means), while "quoted
    phrases", AND/OR/NOT, NEAR(a b, N), parentheses, ``prefix*`` and ``title:word`` keep FTS5's meaning."""
    out = []
    for tok in _FTS_TOKEN.findall(query):
        if tok.startswith('"'):
            out.append(tok)   # an unclosed quote stays unclosed: FTS5 reports it
        elif tok in "()," or tok in _FTS_OPERATORS or _FTS_BAREWORD.fullmatch(tok) or tok.isdigit():
            out.append(tok)
        elif ":" in tok and tok.split(":", 1)[0] in FTS_COLUMNS and tok.split(":", 1)[1]:
            column, term = tok.split(":", 1)
            out.append(f"{column}:{fts_query(term)}")
        else:
            prefix = tok.endswith("*") and len(tok) > 1
            body = tok[:-1] if prefix else tok
            out.append('"' + body.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(out)


def search(db: Any, query: str, *, since: str | None = None, until: str | None = None,
           entity: str | None = None, label: str | None = None, limit: int = 20,
           highlight: tuple[str, str] = ("[", "]")) -> list[dict[str, Any]]:
    """Full-text search of titles and texts (FTS5, porter stemming), best bm25 match first.

    ``query`` uses FTS5 syntax: words, "quoted phrases", AND/OR/NOT, NEAR(a b), prefix*.
    ``entity``/``label`` keep articles that mention that entity (or any entity with that label).
    Each row has a ``snippet`` with the matches between the ``highlight`` markers; ``rank`` is the
    bm25 score (title matches weigh 5x; lower is better).
    """
    if not query.strip():
        raise QueryError("empty search query")
    conn = _conn(db)
    where = ["articles_fts MATCH ?"]
    params: list[Any] = [fts_query(query)]
    # CROSS JOIN keeps articles_fts the outer loop once it has a rowid bound: with articles outer,
    # FTS5 would restart the query (and bm25's whole-index statistics) for every article.
    join = "JOIN"
    bounds = _window_rowids(conn, since, until) if since or until else None
    if bounds is not None:
        where.append("articles_fts.rowid BETWEEN ? AND ?")
        params += bounds
        join = "CROSS JOIN"
    _date_filter(since, until, where, params)
    if entity or label:
        sub = "SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = a.id"
        if entity:
            ids = [e["id"] for e in resolve_entities(conn, entity, label)]
            sub += f" AND m.entity_id IN ({', '.join('?' for _ in ids)})"
            params += ids
        else:
            sub += " AND e.label = ?"
            params.append(_label(label))
        where.append(f"EXISTS ({sub})")
    sql = f"""SELECT a.id, {ARTICLE_DATE} AS date, a.source, a.title, a.url,
                     snippet(articles_fts, -1, ?, ?, '…', 16) AS snippet,
                     round(bm25(articles_fts, 5.0, 1.0), 3) AS rank
              FROM articles_fts {join} articles a ON a.id = articles_fts.rowid
              WHERE {' AND '.join(where)}
              ORDER BY bm25(articles_fts, 5.0, 1.0), a.id LIMIT ?"""
    try:
        return _rows(conn.execute(sql, [*highlight, *params, limit]))
    except sqlite3.OperationalError as e:
        msg = str(e)
        if "locked" in msg or "no such table" in msg:
            raise
        raise QueryError(f"invalid search query {query!r} ({msg}). Words, \"quoted phrases\", AND, OR, NOT, "
                         "NEAR(a b) and prefix* are understood; put text in double quotes to search it literally.") from None


# -- top / trend ------------------------------------------------------------------------------

def top(db: Any, *, label: str | None = None, since: str | None = None, until: str | None = None,
        limit: int = 20) -> list[dict[str, Any]]:
    """Entities ranked by the number of articles mentioning them (then by mentions)."""
    where: list[str] = []
    params: list[Any] = []
    _date_filter(since, until, where, params)
    if label:
        where.append("e.label = ?")
        params.append(_label(label))
    sql = f"""SELECT e.label, e.canonical, e.known, count(DISTINCT m.article_id) AS articles,
                     count(*) AS mentions, e.first_seen
              FROM mentions m
              JOIN articles a ON a.id = m.article_id
              JOIN entities e ON e.id = m.entity_id
              {('WHERE ' + ' AND '.join(where)) if where else ''}
              GROUP BY e.id
              ORDER BY articles DESC, mentions DESC, e.canonical, e.label LIMIT ?"""
    return _rows(_conn(db).execute(sql, [*params, limit]))


def trend(db: Any, name: str, *, weeks: int = 12, label: str | None = None,
          today: date | None = None) -> dict[str, Any]:
    """Weekly articles and mentions of an entity for the ``weeks`` ISO weeks up to ``today``'s.

    Returns ``{"entities": [...], "weeks": [{"week", "week_start", "articles", "mentions"}, ...]}``
    with every week present (zeros included), oldest first.
    """
    if weeks < 1:
        raise QueryError("--weeks must be at least 1")
    conn = _conn(db)
    ents = resolve_entities(conn, name, label)
    t = _today(today)
    monday = t - timedelta(days=t.weekday())
    starts = [monday - timedelta(weeks=i) for i in range(weeks - 1, -1, -1)]
    ids = [e["id"] for e in ents]
    rows = conn.execute(
        f"""SELECT date({ARTICLE_DATE}, 'weekday 0', '-6 days') AS week_start,
                   count(DISTINCT m.article_id), count(*)
            FROM articles a CROSS JOIN mentions m
            WHERE m.article_id = a.id AND m.entity_id IN ({', '.join('?' for _ in ids)})
              AND {ARTICLE_DATE} >= ? AND {ARTICLE_DATE} < ?
            GROUP BY week_start""",  # articles of the window first (CROSS JOIN fixes the order): the
                                     # cost follows the window, not the entity's whole history
        [*ids, starts[0].isoformat(), (monday + timedelta(weeks=1)).isoformat()],
    ).fetchall()
    counts = {r[0]: (r[1], r[2]) for r in rows}
    series = [{"week": iso_week(s), "week_start": s.isoformat(),
               "articles": counts.get(s.isoformat(), (0, 0))[0],
               "mentions": counts.get(s.isoformat(), (0, 0))[1]} for s in starts]
    return {"entities": ents, "weeks": series}


def sparkline(values: Sequence[int | float]) -> str:
    """One character per value: '▁' for zero, then seven steps up to the maximum."""
    peak = max(values, default=0)
    out = []
    for v in values:
        if not v or peak <= 0:
            out.append("▁")
        else:
            out.append(SPARK[min(len(SPARK) - 1, max(0, -(-v * len(SPARK) // peak) - 1))])
    return "".join(out)


# -- scores -----------------------------------------------------------------------------------

def scores(db: Any, *, model: str | None = None, benchmark: str | None = None, since: str | None = None,
           until: str | None = None, limit: int = 50, all_claims: bool = False,
           min_confidence: float = CLAIM_THRESHOLD) -> list[dict[str, Any]]:
    """Benchmark claims (from the ``benchmark_scores`` view), best score per benchmark first; only
    those whose confidence reaches `min_confidence` (the scoreboard's bar; a claim never scored, NULL,
    always does) unless `all_claims`."""
    conn = _conn(db)
    where: list[str] = []
    params: list[Any] = []
    if not all_claims:
        where.append("(c.confidence IS NULL OR c.confidence >= ?)")
        params.append(min_confidence)
    if model:
        where.append("c.model = ?")
        params.append(_canonical(conn, model, "MODEL"))
    if benchmark:
        where.append("c.benchmark = ?")
        params.append(_canonical(conn, benchmark, "BENCHMARK"))
    _date_filter(since, until, where, params)
    sql = f"""SELECT c.benchmark, c.model, c.score, c.unit, c.metric, {ARTICLE_DATE} AS date, a.source,
                     a.title, a.url, c.article_id, c.id AS claim_id, c.sentence, c.source_kind, c.is_comparison,
                     c.confidence
              FROM claims c JOIN articles a ON a.id = c.article_id
              {('WHERE ' + ' AND '.join(where)) if where else ''}
              ORDER BY c.benchmark, c.unit, c.score IS NULL, c.score DESC, date DESC, c.id LIMIT ?"""
    return _rows(conn.execute(sql, [*params, limit]))


# -- the demo's summary -------------------------------------------------------------------------

def newest_article_date(db: Any) -> str | None:
    """The date of the newest article, to pick the week the demo's digest covers."""
    return _conn(db).execute("SELECT max(coalesce(published, first_seen)) FROM articles").fetchone()[0]


def most_covered(db: Any, limit: int = 8) -> list[dict[str, Any]]:
    """Entities by the number of articles mentioning them, over the whole database."""
    return _rows(_conn(db).execute(
        """SELECT e.label, e.canonical, count(DISTINCT m.article_id) AS articles FROM mentions m
           JOIN entities e ON e.id = m.entity_id GROUP BY e.id ORDER BY articles DESC, e.canonical
           LIMIT ?""", [limit]))


# -- arbitrary SQL ----------------------------------------------------------------------------

def run_sql(db: Any, sql: str, params: dict[str, Any] | Sequence[Any] = (), *,
            timeout: float | None = None) -> tuple[list[str], list[tuple]]:
    """Run one statement; returns (column names, rows). Meant for a :func:`connect_readonly` connection.

    A query running longer than ``timeout`` seconds, or interrupted with Ctrl-C, is stopped through
    SQLite's progress handler (as Datasette limits its queries), not left to run."""
    import signal
    import threading

    conn = _conn(db)
    deadline = time.monotonic() + timeout if timeout else None
    stop = {"why": None}

    def check() -> int:
        if stop["why"] is None and deadline is not None and time.monotonic() > deadline:
            stop["why"] = f"it ran longer than the time limit ({timeout:g} s; --timeout changes it)"
        return 1 if stop["why"] else 0

    def on_sigint(signum, frame):
        stop["why"] = "interrupted (Ctrl-C)"

    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, on_sigint) if in_main else None
    conn.set_progress_handler(check, 1000)
    try:
        cur = conn.execute(sql, params)
        rows = cur.fetchall()
    except (sqlite3.Error, sqlite3.Warning) as e:
        msg = str(e)
        if stop["why"]:
            raise QueryError(f"query stopped: {stop['why']}") from None
        if "readonly" in msg or "not authorized" in msg or (msg == "disk I/O error" and
                                                            sql.lstrip().lower().startswith("pragma")):
            raise QueryError("refused: the database is opened read-only, and 'modelwire sql' runs queries, "
                             f"not writes ({msg})") from None
        raise QueryError(f"SQL error: {msg}") from None
    finally:
        conn.set_progress_handler(None, 0)
        if in_main:
            signal.signal(signal.SIGINT, previous)
    cols = [d[0] for d in cur.description] if cur.description else []
    return cols, rows


# -- knowledge-base candidates ----------------------------------------------------------------

EXAMPLE_REACH = 300  # characters read on each side of a mention to find its sentence
CO_MENTION_REACH = 500  # a candidate's latest mentions read for co-mentioned organisations (bounded cost)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``[start, end)``: from the last sentence end (or line break)
    before it to the next one after it, within the characters read."""
    left = max(text.rfind("\n", 0, start), *(text.rfind(p, 0, start) for p in (". ", "! ", "? ")))
    left = 0 if left < 0 else left + (1 if text[left] == "\n" else 2)
    stops = [i for i in (text.find("\n", end), *(text.find(p, end) for p in (". ", "! ", "? "))) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    return " ".join(text[left:right].split())


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def unknown_candidates(db: Any, *, since: str | None = None, label: str | None = None, limit: int = 50,
                       skip: set[str] | frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Entities the NLP flagged as not in the knowledge base (``known = 0``) that are still mentioned,
    most articles first: label, name, articles, mentions, first_seen (earliest article mentioning
    it), the stored org/family guess, an example sentence (from the earliest mention) and the
    organisations most often named in the same sentences, then the same articles (``co_orgs``, read
    from its latest :data:`CO_MENTION_REACH` mentions so a much-mentioned name costs no more).

    ``since`` counts only articles dated from then on (``first_seen`` stays the earliest ever).
    ``skip``: names to leave out, case and spacing folded (those decided since the last annotate).
    """
    conn = _conn(db)
    where = ["e.known = 0"]
    params: list[Any] = []
    _date_filter(since, None, where, params)
    if label:
        where.append("e.label = ?")
        params.append(_label(label))
    cur = conn.execute(
        f"""SELECT e.id, e.label, e.canonical AS name, count(DISTINCT m.article_id) AS articles,
                   count(*) AS mentions, e.org, e.family
            FROM entities e CROSS JOIN mentions m ON m.entity_id = e.id JOIN articles a ON a.id = m.article_id
            WHERE {' AND '.join(where)}
            GROUP BY e.id ORDER BY articles DESC, mentions DESC, e.canonical""", params)
    cols = [d[0] for d in cur.description]
    rows: list[dict[str, Any]] = []
    for values in cur:
        if len(rows) >= limit:
            break
        row = dict(zip(cols, values))
        if _fold(row["name"]) not in skip:
            rows.append(row)
    cur.close()
    for r in rows:
        eid = r.pop("id")
        first = conn.execute(
            f"""SELECT {ARTICLE_DATE}, m.article_id, m.start, m."end",
                       substr(a.text, max(1, m.start + 1 - ?), m."end" - m.start + 2 * ?), max(0, m.start - ?)
                FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?
                ORDER BY 1, m.article_id, m.start LIMIT 1""",
            [EXAMPLE_REACH, EXAMPLE_REACH, EXAMPLE_REACH, eid]).fetchone()
        day, aid, start, end, around, offset = first
        r["first_seen"] = day
        r["article_id"] = aid
        r["example"] = _sentence_around(around or "", start - offset, end - offset)
        r["co_orgs"] = [
            {"name": name, "same_sentence": same, "articles": n} for name, same, n in conn.execute(
                """WITH m AS (SELECT article_id, sentence FROM mentions WHERE entity_id = ?
                              ORDER BY article_id DESC LIMIT ?)
                   SELECT e2.canonical, count(DISTINCT CASE WHEN m2.sentence = m.sentence
                                                  THEN m.article_id || ':' || m.sentence END),
                          count(DISTINCT m2.article_id)
                   FROM m JOIN mentions m2 ON m2.article_id = m.article_id
                   JOIN entities e2 ON e2.id = m2.entity_id
                   WHERE e2.label = 'ORG'
                   GROUP BY e2.id ORDER BY 2 DESC, 3 DESC, e2.canonical LIMIT 5""", [eid, CO_MENTION_REACH])]
    return rows


def mention_surfaces(db: Any, name: str, *, label: str | None = None, known: bool = False,
                     limit: int = 20) -> list[str]:
    """How the entities stored as ``name`` (any case; unknown ones unless ``known``) were written in
    articles, most frequent first: the spellings an accepted or rejected name has to cover."""
    where = ["e.canonical = ? COLLATE NOCASE", "e.known = ?"]
    params: list[Any] = [name, int(known)]
    if label:
        where.append("e.label = ?")
        params.append(_label(label))
    rows = _conn(db).execute(
        f"""SELECT m.text FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE {' AND '.join(where)}
            GROUP BY m.text ORDER BY count(*) DESC, m.text LIMIT ?""", [*params, limit]).fetchall()
    return [r[0] for r in rows]
