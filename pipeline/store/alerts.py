"""What the alerts stage reads and writes: watches and their cursors, the news a run stored,
the matches of each kind of rule, and the alerts with one delivery row per channel.

Exactly once: :func:`record_alerts` inserts a run's alerts (``UNIQUE (watch, event_key)``), their
pending deliveries and the watch's new cursor in one transaction, so a killed evaluation records
all or nothing and the next run redoes it; a delivery is marked ``sending`` before its channel is
called and ``sent`` after (see pipeline/alerts/deliver.py).
"""
from __future__ import annotations

import json
import sqlite3
from typing import Any, Iterable

from nlp.canonical import key as name_key

from pipeline.store import novelty
from pipeline.store.db import utcnow
from pipeline.store.queries import ARTICLE_DATE, CLAIM_THRESHOLD, _sentence_around, find_entities

#: claims compared for a benchmark best: units where a higher number is better
HIGHER_IS_BETTER = ("%", "elo", "points", "rating")
EVIDENCE_REACH = 300  # characters read on each side of a mention to find its sentence


def _rows(conn: sqlite3.Connection, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cur = conn.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _marks(values: list[Any]) -> str:
    return ", ".join("?" for _ in values)


def _conn(db: Any) -> sqlite3.Connection:
    return db if isinstance(db, sqlite3.Connection) else db.conn


# -- watches ----------------------------------------------------------------------------------

def register_watches(db: Any, definitions: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Record each watch (name -> its rule as JSON-able dict) the first time it is seen, with its
    cursor at the newest stored article; a changed rule counts as a new watch (cursor moved to
    now). Returns the stored rows by name. Cheap: called before every crawl and evaluation."""
    conn = _conn(db)
    now = utcnow()
    with conn:
        newest = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
        stored = {r["name"]: r for r in _rows(conn, "SELECT * FROM watches")}
        for name, rule in definitions.items():
            text = json.dumps(rule, sort_keys=True, ensure_ascii=False)
            old = stored.get(name)
            if old is None:
                conn.execute("INSERT INTO watches (name, definition, created_at, last_article_id) VALUES (?, ?, ?, ?)",
                             [name, text, now, newest])
            elif old["definition"] != text:
                conn.execute("UPDATE watches SET definition = ?, created_at = ?, last_article_id = ? WHERE name = ?",
                             [text, now, newest, name])
    return {r["name"]: r for r in _rows(conn, "SELECT * FROM watches")}


def annotated_horizon(db: Any, after_id: int) -> int:
    """The highest article id up to which every article after ``after_id`` is annotated (or failed
    annotation for good): the end of what an evaluation may read now."""
    conn = _conn(db)
    first_due = conn.execute(
        """SELECT min(a.id) FROM articles a LEFT JOIN article_nlp n ON n.article_id = a.id
           LEFT JOIN nlp_failures f ON f.article_id = a.id
           WHERE a.id > ? AND (n.article_id IS NULL OR n.text_hash != a.content_hash)
             AND NOT (f.article_id IS NOT NULL AND f.text_hash IS a.content_hash)""", [after_id]).fetchone()[0]
    if first_due is not None:
        return first_due - 1
    return conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]


def news_articles(db: Any, after_id: int, upto_id: int, *, archive: bool = False,
                  since: str | None = None) -> list[dict[str, Any]]:
    """Articles with ids in (after_id, upto_id], oldest first. Unless ``archive``, only news: an
    article counts once an earlier crawl of its source had already stored articles and finished
    (a source's first crawl imports its archive). ``since``: article dates from then on."""
    where = ["a.id > ?", "a.id <= ?"]
    params: list[Any] = [after_id, upto_id]
    if not archive:
        where.append("""EXISTS (SELECT 1 FROM crawl_run_sources r WHERE r.source = a.source AND r.new > 0
                                AND r.finished_at < a.first_seen)""")
    if since:
        where.append(f"{ARTICLE_DATE} >= ?")
        params.append(since)
    return _rows(_conn(db), f"""SELECT a.id, a.source, a.title, a.url, {ARTICLE_DATE} AS date, a.first_seen
                                FROM articles a WHERE {' AND '.join(where)} ORDER BY a.id""", params)


def set_cursor(db: Any, name: str, article_id: int) -> None:
    conn = _conn(db)
    with conn:
        conn.execute("UPDATE watches SET last_article_id = max(last_article_id, ?), evaluated_at = ? WHERE name = ?",
                     [article_id, utcnow(), name])


# -- entities and their mentions ----------------------------------------------------------------

def entities_named(db: Any, names: Iterable[str], label: str | None = None) -> list[dict[str, Any]]:
    """Stored entities named any of ``names`` as the NLP matches names (see queries.find_entities)."""
    out: dict[int, dict[str, Any]] = {}
    for name in names:
        for e in find_entities(db, name, label):
            out[e["id"]] = e
    return list(out.values())


def models_of(db: Any, orgs: Iterable[str]) -> list[dict[str, Any]]:
    """MODEL entities whose developer is one of ``orgs`` (canonical names, compared as name keys)."""
    keys = {name_key(o) for o in orgs}
    rows = _rows(_conn(db), "SELECT id, label, canonical, org FROM entities WHERE label = 'MODEL' AND org IS NOT NULL")
    return [r for r in rows if name_key(r["org"]) in keys]


def entity_mentions(db: Any, entity_ids: list[int], article_ids: list[int]) -> dict[int, dict[str, Any]]:
    """Per article of ``article_ids`` mentioning any of ``entity_ids``: mention count, the first
    sentence index, the surfaces written, and the sentence of the first mention (evidence)."""
    if not entity_ids or not article_ids:
        return {}
    conn = _conn(db)
    out: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(article_ids):
        rows = conn.execute(
            f"""SELECT m.article_id, count(*), min(m.sentence), group_concat(DISTINCT m.text)
                FROM mentions m WHERE m.entity_id IN ({_marks(entity_ids)}) AND m.article_id IN ({_marks(chunk)})
                GROUP BY m.article_id""", [*entity_ids, *chunk]).fetchall()
        for aid, n, first_sentence, surfaces in rows:
            out[aid] = {"mentions": n, "first_sentence": first_sentence,
                        "surfaces": sorted(set((surfaces or "").split(",")) - {""}),
                        "evidence": mention_sentence(conn, aid, entity_ids)}
    return out


def mention_sentence(db: Any, article_id: int, entity_ids: list[int]) -> str:
    """The sentence of the article's first mention of any of ``entity_ids``."""
    row = _conn(db).execute(
        f"""SELECT m.start, m."end", substr(a.text, max(1, m.start + 1 - ?), m."end" - m.start + 2 * ?),
                   max(0, m.start - ?)
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.article_id = ? AND m.entity_id IN ({_marks(entity_ids)}) ORDER BY m.start LIMIT 1""",
        [EVIDENCE_REACH, EVIDENCE_REACH, EVIDENCE_REACH, article_id, *entity_ids]).fetchone()
    if row is None:
        return ""
    start, end, around, offset = row
    return _sentence_around(around or "", start - offset, end - offset)


def _chunks(ids: list[int], size: int = 400) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


# -- new models ---------------------------------------------------------------------------------

def new_models(db: Any, start: str, end: str) -> list[dict[str, Any]]:
    """The models new in [start, end): the digest's one definition (:func:`novelty.new_model_rows`:
    released in the period by the knowledge base's dates, or first reported then with enough
    history before it), as rows shaped like ``entities``."""
    return novelty.new_model_rows(_conn(db), start, end)


def first_mentioning(db: Any, entity_ids: list[int], article_ids: list[int]) -> dict[int, int]:
    """Of ``entity_ids``, those some article of ``article_ids`` mentions: entity id -> the first
    (lowest id) that does."""
    if not entity_ids or not article_ids:
        return {}
    conn = _conn(db)
    out: dict[int, int] = {}
    for chunk in _chunks(article_ids):
        for eid, aid in conn.execute(
                f"""SELECT entity_id, min(article_id) FROM mentions WHERE entity_id IN ({_marks(entity_ids)})
                    AND article_id IN ({_marks(chunk)}) GROUP BY entity_id""", [*entity_ids, *chunk]):
            out[eid] = min(aid, out.get(eid, aid))
    return out


# -- benchmark claims -----------------------------------------------------------------------------

def benchmark_claims(db: Any, benchmarks: list[str], article_ids: list[int],
                     min_confidence: float = CLAIM_THRESHOLD) -> list[dict[str, Any]]:
    """The subjects' own claims (not a competitor's number cited for comparison) on ``benchmarks``
    in ``article_ids``, in article order; only those at the scoreboard's bar (``min_confidence``; a
    claim stored before confidences were, NULL, always is), so an alert never rests on a claim the
    digest would not show."""
    if not benchmarks or not article_ids:
        return []
    out = []
    for chunk in _chunks(article_ids):
        out += _rows(_conn(db), f"""
            SELECT c.id, c.article_id, c.model, c.benchmark, c.score, c.unit, c.sentence
            FROM claims c WHERE c.benchmark IN ({_marks(benchmarks)}) AND c.article_id IN ({_marks(chunk)})
              AND c.is_comparison = 0 AND c.score IS NOT NULL
              AND (c.confidence IS NULL OR c.confidence >= ?)
            ORDER BY c.article_id, c.start, c.id""", [*benchmarks, *chunk, min_confidence])
    return sorted(out, key=lambda r: (r["article_id"], r["id"]))


def best_scores(db: Any, benchmarks: list[str], excluding: list[int], upto_id: int,
                min_confidence: float = CLAIM_THRESHOLD) -> dict[tuple[str, str], dict[str, Any]]:
    """(benchmark, lower-cased unit) -> the best claim stored so far: the highest score of the
    articles up to ``upto_id`` other than ``excluding`` (the ones being evaluated), among the claims
    at the bar (``min_confidence``), so that a misread number never raises the best."""
    if not benchmarks:
        return {}
    skip = set(excluding)
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for r in _rows(_conn(db), f"""
            SELECT c.benchmark, lower(coalesce(c.unit, '')) AS unit, c.score, c.model, c.article_id
            FROM claims c WHERE c.benchmark IN ({_marks(benchmarks)}) AND c.article_id <= ?
              AND c.is_comparison = 0 AND c.score IS NOT NULL
              AND (c.confidence IS NULL OR c.confidence >= ?)""", [*benchmarks, upto_id, min_confidence]):
        k = (r["benchmark"], r["unit"])
        if r["article_id"] not in skip and (k not in best or r["score"] > best[k]["score"]):
            best[k] = r
    return best


# -- full-text matches ----------------------------------------------------------------------------

def query_matches(db: Any, fts: str, article_ids: list[int]) -> dict[int, str]:
    """article id -> a snippet around the match, for the articles of ``article_ids`` that match
    the FTS5 query ``fts`` (already passed through queries.fts_query)."""
    if not article_ids:
        return {}
    out: dict[int, str] = {}
    for chunk in _chunks(article_ids):
        rows = _conn(db).execute(
            f"""SELECT rowid, snippet(articles_fts, -1, '', '', '…', 24) FROM articles_fts
                WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? AND rowid IN ({_marks(chunk)})""",
            [fts, min(chunk), max(chunk), *chunk]).fetchall()
        out.update({aid: " ".join((snip or "").split()) for aid, snip in rows})
    return out


# -- alerts and deliveries --------------------------------------------------------------------------

ALERT_FIELDS = ("kind", "article_id", "url", "title", "headline", "evidence")


def record_alerts(db: Any, watch: str, events: list[dict[str, Any]], channels: list[str], cursor: int | None,
                  *, backfill: bool = False) -> list[int]:
    """In one transaction: the events not recorded before for ``watch`` (by ``event_key``), a
    pending delivery per channel for each, and the watch's cursor moved to ``cursor``. Returns the
    new alerts' ids."""
    conn = _conn(db)
    now = utcnow()
    new_ids: list[int] = []
    with conn:
        for ev in events:
            cur = conn.execute(
                f"""INSERT OR IGNORE INTO alerts (watch, event_key, {', '.join(ALERT_FIELDS)}, detail, backfill, created_at)
                    VALUES (?, ?, {_marks(list(ALERT_FIELDS))}, ?, ?, ?)""",
                [watch, ev["event_key"], *(ev.get(f) if f == "article_id" else ev.get(f) or "" for f in ALERT_FIELDS),
                 json.dumps(ev.get("detail") or {}, ensure_ascii=False, sort_keys=True), int(backfill), now])
            if cur.rowcount:
                new_ids.append(int(cur.lastrowid))
        conn.executemany("INSERT OR IGNORE INTO alert_deliveries (alert_id, channel, status) VALUES (?, ?, 'pending')",
                         [(aid, ch) for aid in new_ids for ch in channels])
        if cursor is not None:
            conn.execute("UPDATE watches SET last_article_id = max(last_article_id, ?), evaluated_at = ? WHERE name = ?",
                         [cursor, now, watch])
    return new_ids


def undelivered(db: Any) -> list[dict[str, Any]]:
    """Deliveries not yet accepted by their channel (pending, or sending when a run died mid-send),
    with their alert, oldest first."""
    return _rows(_conn(db), """
        SELECT d.alert_id, d.channel, d.status, d.attempts, d.sender_pid, a.watch, a.kind, a.url, a.title, a.headline,
               a.evidence, a.detail, a.backfill, a.created_at
        FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
        WHERE d.status IN ('pending', 'sending') ORDER BY d.alert_id, d.channel""")


def _set_deliveries(db: Any, keys: list[tuple[int, str]], sql: str, values: list[Any]) -> None:
    conn = _conn(db)
    with conn:
        conn.executemany(f"UPDATE alert_deliveries SET {sql} WHERE alert_id = ? AND channel = ?",
                         [(*values, aid, ch) for aid, ch in keys])


def claim(db: Any, rows: list[dict[str, Any]], pid: int) -> list[tuple[int, str]]:
    """Mark ``rows`` (from :func:`undelivered`) ``sending`` by process ``pid``, each only if it is
    still as it was read, so two processes never both send one delivery. Returns the keys claimed."""
    conn = _conn(db)
    claimed = []
    now = utcnow()
    with conn:
        for r in rows:
            cur = conn.execute(
                """UPDATE alert_deliveries SET status = 'sending', attempts = attempts + 1, last_attempt_at = ?,
                       sender_pid = ? WHERE alert_id = ? AND channel = ? AND status = ? AND sender_pid IS ?""",
                [now, pid, r["alert_id"], r["channel"], r["status"], r["sender_pid"]])
            if cur.rowcount:
                claimed.append((r["alert_id"], r["channel"]))
    return claimed


def mark_sent(db: Any, keys: list[tuple[int, str]]) -> None:
    _set_deliveries(db, keys, "status = 'sent', sent_at = ?, error = NULL", [utcnow()])


def mark_failed(db: Any, keys: list[tuple[int, str]], error: str) -> None:
    _set_deliveries(db, keys, "status = 'pending', error = ?", [error])


def mark_dropped(db: Any, keys: list[tuple[int, str]], why: str) -> None:
    _set_deliveries(db, keys, "status = 'dropped', error = ?", [why])


def last_sent(db: Any, watch: str, channel: str) -> str | None:
    """When ``watch``'s alerts last went out on ``channel`` (for digest_every)."""
    return _conn(db).execute(
        """SELECT max(d.sent_at) FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
           WHERE a.watch = ? AND d.channel = ?""", [watch, channel]).fetchone()[0]


def alert_history(db: Any, *, since: str | None = None, watch: str | None = None,
                  limit: int = 200) -> list[dict[str, Any]]:
    """Recorded alerts, newest first, each with its deliveries (channel, status, sent_at, error)."""
    where, params = [], []
    if since:
        where.append("a.created_at >= ?")
        params.append(since)
    if watch:
        where.append("a.watch = ?")
        params.append(watch)
    rows = _rows(_conn(db), f"""SELECT a.id, a.watch, a.kind, a.created_at, a.headline, a.title, a.url, a.evidence,
                                       a.detail, a.backfill
                                FROM alerts a {('WHERE ' + ' AND '.join(where)) if where else ''}
                                ORDER BY a.id DESC LIMIT ?""", [*params, limit])
    deliveries: dict[int, list[dict[str, Any]]] = {}
    ids = [r["id"] for r in rows]
    for chunk in _chunks(ids):
        for d in _rows(_conn(db), f"""SELECT alert_id, channel, status, attempts, sent_at, error
                                      FROM alert_deliveries WHERE alert_id IN ({_marks(chunk)})
                                      ORDER BY channel""", chunk):
            deliveries.setdefault(d.pop("alert_id"), []).append(d)
    for r in rows:
        r["detail"] = json.loads(r["detail"] or "{}")
        r["backfill"] = bool(r["backfill"])
        r["deliveries"] = deliveries.get(r["id"], [])
    return rows


def watch_summaries(db: Any) -> dict[str, dict[str, Any]]:
    """Per watch: when first seen, its cursor, alert count, last alert (time and headline), and
    deliveries still waiting."""
    rows = _rows(_conn(db), """
        SELECT w.name, w.created_at, w.last_article_id, w.evaluated_at,
               (SELECT count(*) FROM alerts a WHERE a.watch = w.name) AS alerts,
               (SELECT max(a.created_at) FROM alerts a WHERE a.watch = w.name) AS last_alert_at,
               (SELECT a.headline FROM alerts a WHERE a.watch = w.name ORDER BY a.id DESC LIMIT 1) AS last_headline,
               (SELECT count(*) FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id
                 WHERE a.watch = w.name AND d.status IN ('pending', 'sending')) AS waiting
        FROM watches w ORDER BY w.name""")
    return {r["name"]: r for r in rows}


def period_alerts(db: Any, since: str, until: str, limit: int = 50) -> list[dict[str, Any]]:
    """The alerts of a digest's period: those about an article dated in [since, until) (published,
    else first crawled), or recorded then when they name no stored article; oldest first. Both
    halves read their period through an index (articles_date, alerts_created)."""
    cols = "al.id, al.watch, al.kind, al.headline, al.title, al.url, al.created_at"
    rows = _rows(_conn(db), f"""
        SELECT {cols}, {ARTICLE_DATE} AS date
        FROM articles a JOIN alerts al ON al.article_id = a.id
        WHERE {ARTICLE_DATE} >= ? AND {ARTICLE_DATE} < ?""", [since, until])
    rows += _rows(_conn(db), f"""
        SELECT {cols}, al.created_at AS date FROM alerts al
        WHERE al.created_at >= ? AND al.created_at < ? AND al.article_id IS NULL""", [since, until])
    return sorted(rows, key=lambda r: (r["date"], r["id"]))[:limit]
