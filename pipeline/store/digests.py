"""What the digest reads and keeps: a period's articles, mentions, entities and claims, and the
``digests`` / ``digest_sends`` tables (one row per week, with who received it).

Periods come in as UTC bounds, ``since`` inclusive and ``until`` exclusive. Every period query
filters on ``coalesce(published, first_seen)``, the ``articles_date`` index expression, so its
cost follows the period, not the database.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from pipeline.store.queries import ARTICLE_DATE as _DATE   # must match the articles_date index expression
from pipeline.store.queries import CLAIM_THRESHOLD  # noqa: F401  (the digest's scoreboard bar, re-exported)

_CHUNK = 500


def _chunks(seq: list, n: int = _CHUNK) -> Iterable[list]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _rows(conn, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cur = conn.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


# -- a period's contents ---------------------------------------------------------------------
# Joins from articles are CROSS JOINs: SQLite then keeps articles (by date) as the outer loop.

def period_articles(conn, since: str, until: str) -> list[dict[str, Any]]:
    return _rows(conn, f"""
        SELECT a.id, a.url, a.title, a.source, a.site_name, a.simhash, a.word_count, a.description,
               {_DATE} AS date, coalesce(n.summary, '') AS summary
        FROM articles a LEFT JOIN article_nlp n ON n.article_id = a.id
        WHERE {_DATE} >= ? AND {_DATE} < ?
        ORDER BY date, a.id""", [since, until])


def period_mentions(conn, since: str, until: str) -> list[dict[str, Any]]:
    """(article, entity) pairs of the period with mention counts, surface forms and where the first
    mention is (sentence index, character offset: the lead or not)."""
    return _rows(conn, f"""
        SELECT m.article_id, m.entity_id, count(*) AS n, group_concat(DISTINCT m.text) AS forms,
               min(m.sentence) AS first_sentence, min(m.start) AS first_start
        FROM articles a CROSS JOIN mentions m ON m.article_id = a.id
        WHERE {_DATE} >= ? AND {_DATE} < ?
        GROUP BY m.article_id, m.entity_id""", [since, until])


def entities_by_id(conn, ids: Iterable[int]) -> dict[int, dict[str, Any]]:
    ids = sorted(set(ids))
    out: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        for r in _rows(conn, f"""SELECT id, label, canonical, known, org, family, first_seen FROM entities
                                 WHERE id IN ({", ".join("?" for _ in chunk)})""", chunk):
            out[r["id"]] = r
    return out


def entity_counts(conn, since: str, until: str) -> dict[int, tuple[int, int]]:
    """entity id -> (articles mentioning it, mentions) in the period."""
    rows = conn.execute(f"""
        SELECT m.entity_id, count(DISTINCT a.id), count(*)
        FROM articles a CROSS JOIN mentions m ON m.article_id = a.id
        WHERE {_DATE} >= ? AND {_DATE} < ?
        GROUP BY m.entity_id""", [since, until]).fetchall()
    return {eid: (n_art, n_men) for eid, n_art, n_men in rows}


def weekly_counts(conn, starts: list[str], until: str, entity_ids: list[int]) -> dict[int, list[int]]:
    """entity id -> articles mentioning it in each of the consecutive periods that begin at ``starts``
    (oldest first) and end at ``until``; one scan of the whole span, bucketed by date."""
    out = {eid: [0] * len(starts) for eid in entity_ids}
    if not starts or not entity_ids:
        return out
    cases = " ".join(f"WHEN {_DATE} >= ? THEN {i}" for i in range(len(starts) - 1, -1, -1))
    params: list[Any] = list(reversed(starts))
    marks = ", ".join("?" for _ in entity_ids)
    rows = conn.execute(f"""
        SELECT CASE {cases} END AS bucket, m.entity_id, count(DISTINCT a.id)
        FROM articles a CROSS JOIN mentions m ON m.article_id = a.id
        WHERE {_DATE} >= ? AND {_DATE} < ? AND +m.entity_id IN ({marks})
        GROUP BY bucket, m.entity_id""",
        params + [starts[0], until] + list(entity_ids)).fetchall()
    for bucket, eid, n in rows:
        if bucket is not None:
            out[eid][bucket] = n
    return out


def new_model_entities(conn, since: str, until: str) -> list[dict[str, Any]]:
    return _rows(conn, """
        SELECT id, canonical, known, org, first_seen FROM entities
        WHERE label = 'MODEL' AND first_seen >= ? AND first_seen < ?
        ORDER BY first_seen, canonical""", [since, until])


def period_claims(conn, since: str, until: str) -> list[dict[str, Any]]:
    return _rows(conn, f"""
        SELECT c.model, c.benchmark, c.score, c.unit, c.metric, c.sentence, c.is_comparison, c.source_kind, c.confidence,
               a.id AS article_id, a.url, a.title,
               coalesce(a.site_name, a.source) AS outlet, {_DATE} AS date
        FROM articles a CROSS JOIN claims c ON c.article_id = a.id
        WHERE {_DATE} >= ? AND {_DATE} < ?
        ORDER BY c.model, c.benchmark, date, c.id""", [since, until])


def earlier_claims(conn, pairs: Iterable[tuple[str, str]], before: str) -> list[dict[str, Any]]:
    """Claims in articles dated before ``before`` about each (model, benchmark name prefix) of ``pairs``
    ('AIME' finds 'AIME' and 'AIME 2025'): what was reported already. One look-up per pair in the
    ``claims_model_benchmark`` index, so the cost follows those results' history, not the database."""
    out: list[dict[str, Any]] = []
    for model, prefix in sorted(set(pairs)):
        out += _rows(conn, f"""
            SELECT c.model, c.benchmark, c.score, c.unit FROM claims c CROSS JOIN articles a ON a.id = c.article_id
            WHERE c.model = ? AND c.benchmark >= ? AND c.benchmark < ? AND {_DATE} < ?""",
            [model, prefix, prefix + "\U0010ffff", before])
    return out


def duplicate_urls(conn, article_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in _chunks(sorted(article_ids)):
        for r in _rows(conn, f"""SELECT article_id, url, source, first_seen FROM article_urls
                                 WHERE relation = 'duplicate' AND article_id IN ({", ".join("?" for _ in chunk)})
                                 ORDER BY first_seen, url""", chunk):
            out[r["article_id"]].append(r)
    return out


def count_articles(conn, since: str, until: str) -> int:
    return conn.execute(f"SELECT count(*) FROM articles a WHERE {_DATE} >= ? AND {_DATE} < ?",
                        [since, until]).fetchone()[0]


# -- stored digests and their sends -----------------------------------------------------------

@dataclass
class StoredDigest:
    week: str
    subject: str
    html: str
    text: str
    chart_png: bytes | None
    stats: dict[str, Any]
    generated_at: str
    sent_at: str | None = None
    recipients: list[str] = field(default_factory=list)
    message_id: str | None = None
    send_error: str | None = None


def save_digest(store, *, week: str, since: str, until: str, timezone: str, generated_at: str, subject: str,
                html: str, text: str, chart_png: bytes | None, stats: dict[str, Any],
                data: dict[str, Any]) -> StoredDigest:
    """Insert or replace the period's digest; send bookkeeping (sent_at, recipients) is kept."""
    conn = getattr(store, "conn", store)
    with conn:
        conn.execute(
            """INSERT INTO digests (week, since, until, timezone, generated_at, subject, html, text, chart_png,
                   stats, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(week) DO UPDATE SET since = excluded.since, until = excluded.until,
                   timezone = excluded.timezone, generated_at = excluded.generated_at,
                   subject = excluded.subject, html = excluded.html, text = excluded.text,
                   chart_png = excluded.chart_png, stats = excluded.stats, data = excluded.data""",
            (week, since, until, timezone, generated_at, subject, html, text, chart_png,
             json.dumps(stats, sort_keys=True), json.dumps(data, default=str, ensure_ascii=False)),
        )
    return load_digest(conn, week)  # type: ignore[return-value]


def load_digest(store, week: str) -> StoredDigest | None:
    conn = getattr(store, "conn", store)
    row = conn.execute(
        """SELECT week, subject, html, text, chart_png, stats, generated_at, sent_at, recipients, message_id,
                  send_error FROM digests WHERE week = ?""", (week,)).fetchone()
    if row is None:
        return None
    return StoredDigest(row[0], row[1], row[2], row[3], row[4], json.loads(row[5] or "{}"), row[6], row[7],
                        json.loads(row[8] or "[]"), row[9], row[10])


def digest_list(store) -> list[dict[str, Any]]:
    """Every stored digest, newest period first, with what an archive page says of it (no bodies)."""
    conn = getattr(store, "conn", store)
    rows = _rows(conn, """
        SELECT week, since, until, subject, generated_at, stats,
               json_extract(data, '$.period.label') AS label,
               json_extract(data, '$.stories[0].headline') AS headline
        FROM digests ORDER BY since DESC, week DESC""")
    for r in rows:
        r["stats"] = json.loads(r["stats"] or "{}")
    return rows


def sent_recipients(store, week: str) -> set[str]:
    conn = getattr(store, "conn", store)
    return {r[0] for r in conn.execute("SELECT recipient FROM digest_sends WHERE week = ?", (week,))}


def remember_message_id(store, week: str, message_id: str) -> None:
    conn = getattr(store, "conn", store)
    with conn:
        conn.execute("UPDATE digests SET message_id = ? WHERE week = ?", (message_id, week))


def record_send(store, week: str, recipients: list[str], message_id: str, sent_at: str) -> None:
    conn = getattr(store, "conn", store)
    with conn:
        for r in recipients:
            conn.execute(
                """INSERT INTO digest_sends (week, recipient, sent_at, message_id) VALUES (?, ?, ?, ?)
                   ON CONFLICT(week, recipient) DO UPDATE SET sent_at = excluded.sent_at,
                       message_id = excluded.message_id""",
                (week, r.casefold(), sent_at, message_id))
        everyone = sorted(sent_recipients(conn, week))
        # digests.message_id stays the week's base id: each recipient's is derived from it
        conn.execute("UPDATE digests SET sent_at = ?, recipients = ?, send_error = NULL WHERE week = ?",
                     (sent_at, json.dumps(everyone), week))


def record_send_error(store, week: str, error: str) -> None:
    conn = getattr(store, "conn", store)
    with conn:
        conn.execute("UPDATE digests SET send_error = ? WHERE week = ?", (error, week))
