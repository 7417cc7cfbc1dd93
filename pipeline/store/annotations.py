"""What the annotate stage reads and writes: the articles due, and their entities, mentions,
claims and ``article_nlp`` rows, each batch replaced in one transaction.
"""
from __future__ import annotations

import json
from typing import Any

from pipeline.store.db import Store, utcnow


def pending_ids(store: Store, nlp_version: str, *, redo_all: bool = False) -> list[int]:
    """Articles never annotated, annotated by another NLP version, or whose text changed since;
    not those this NLP version already failed on, with the same text (``nlp_failures``)."""
    if redo_all:
        sql = "SELECT id FROM articles ORDER BY id"
        params: list[Any] = []
    else:
        sql = """SELECT a.id FROM articles a LEFT JOIN article_nlp n ON n.article_id = a.id
                 LEFT JOIN nlp_failures f ON f.article_id = a.id
                 WHERE (n.article_id IS NULL OR n.nlp_version != ? OR n.text_hash != a.content_hash)
                   AND NOT (f.article_id IS NOT NULL AND f.nlp_version = ? AND f.text_hash IS a.content_hash)
                 ORDER BY a.id"""
        params = [nlp_version, nlp_version]
    return [r[0] for r in store.conn.execute(sql, params)]


def articles_to_annotate(store: Store, ids: list[int]) -> list[dict[str, Any]]:
    """The fields annotate needs of ``ids``, in id order."""
    return list(store.db.query(
        f"""SELECT id, title, text, published, first_seen, content_hash FROM articles
            WHERE id IN ({", ".join("?" for _ in ids)}) ORDER BY id""", ids))


def _entity_ids(conn, rows: list[tuple[dict[str, Any], dict[str, Any]]],
                seen: dict[tuple[str, str], tuple] | None = None) -> tuple[dict[tuple[str, str], int], dict]:
    """Upsert each distinct entity of a batch once (earliest date, any KB knowledge wins), return their
    ids, and the rows as stored after the upsert.

    A name that becomes known (accepted into the knowledge base) takes the knowledge base's org and
    family over what was guessed while it was unknown.

    ``seen``: (label, canonical) -> (id, known, org, family, first_seen) as stored by earlier batches
    of this run. Stored values only ever improve (max, coalesce, min), so an entity that would
    improve nothing is not written again: after the first batches, most of a batch's entities.
    """
    merged: dict[tuple[str, str], list] = {}
    for article, result in rows:
        seen_at = article["published"] or article["first_seen"]
        for ent in result.get("entities", []):
            k = (ent["label"], ent["canonical"])
            cur = merged.get(k)
            if cur is None:
                merged[k] = [int(bool(ent.get("known"))), ent.get("org"), ent.get("family"), seen_at]
            else:
                cur[0] = max(cur[0], int(bool(ent.get("known"))))
                cur[1] = cur[1] if cur[1] is not None else ent.get("org")
                cur[2] = cur[2] if cur[2] is not None else ent.get("family")
                cur[3] = min(cur[3], seen_at)
    ids: dict[tuple[str, str], int] = {}
    write: dict[tuple[str, str], list] = {}
    for k, (known, org, family, first_seen) in merged.items():
        old = seen.get(k) if seen is not None else None
        if (old is not None and known <= old[1] and (org is None or old[2] is not None)
                and (family is None or old[3] is not None) and first_seen >= old[4]):
            ids[k] = old[0]
        else:
            write[k] = [known, org, family, first_seen]
    stored: dict[tuple[str, str], tuple] = {}
    if not write:
        return ids, stored
    conn.executemany(
        """INSERT INTO entities (label, canonical, known, org, family, first_seen)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(label, canonical) DO UPDATE SET
               known = max(entities.known, excluded.known),
               org = CASE WHEN excluded.known > entities.known THEN coalesce(excluded.org, entities.org)
                          ELSE coalesce(entities.org, excluded.org) END,
               family = CASE WHEN excluded.known > entities.known THEN coalesce(excluded.family, entities.family)
                             ELSE coalesce(entities.family, excluded.family) END,
               first_seen = min(entities.first_seen, excluded.first_seen)""",
        [(label, canonical, *v) for (label, canonical), v in write.items()],
    )
    keys = list(write)
    for i in range(0, len(keys), 400):  # SQLite's default limit on bound parameters
        part = keys[i : i + 400]
        where = " OR ".join("(label = ? AND canonical = ?)" for _ in part)
        for eid, label, canonical, known, org, family, first_seen in conn.execute(
                f"SELECT id, label, canonical, known, org, family, first_seen FROM entities WHERE {where}",
                [x for k in part for x in k]):
            ids[(label, canonical)] = eid
            stored[(label, canonical)] = (eid, known, org, family, first_seen)
    return ids, stored


def write_annotations(store: Store, rows: list[tuple[dict[str, Any], dict[str, Any]]], nlp_version: str,
                      seen_entities: dict[tuple[str, str], tuple] | None = None,
                      failures: list[tuple[dict[str, Any], str]] = ()) -> tuple[int, int]:
    """Replace the annotations of a batch of articles in one transaction.

    ``seen_entities``: a run's memory of stored entities (see :func:`_entity_ids`), brought up to
    date here once the transaction has committed. ``failures``: (article, reason) for the batch's
    articles the pipeline failed on, recorded in ``nlp_failures`` (their older annotations stay).
    """
    conn = store.conn
    now = utcnow()
    with conn:
        aids = [(article["id"],) for article, _ in rows]
        conn.executemany("DELETE FROM nlp_failures WHERE article_id = ?", aids)
        conn.executemany(
            """INSERT OR REPLACE INTO nlp_failures (article_id, nlp_version, text_hash, failed_at, error)
               VALUES (?, ?, ?, ?, ?)""",
            [(article["id"], nlp_version, article["content_hash"], now, reason) for article, reason in failures])
        conn.executemany("DELETE FROM mentions WHERE article_id = ?", aids)
        conn.executemany("DELETE FROM claims WHERE article_id = ?", aids)
        ids, stored = _entity_ids(conn, rows, seen_entities)
        mention_rows, claim_rows, nlp_rows = [], [], []
        for article, result in rows:
            aid = article["id"]
            ents = result.get("entities", [])
            claims = result.get("claims", [])
            mention_rows += [(aid, ids[(e["label"], e["canonical"])], e["start"], e["end"], e["text"], e.get("sentence"),
                              e.get("evidence")) for e in ents]
            for c in claims:
                comparison = c.get("comparison")
                claim_rows.append((aid, c.get("model"), c.get("benchmark"), c.get("score"), c.get("unit"), c.get("metric"),
                                   json.dumps(comparison, ensure_ascii=False) if comparison is not None else None,
                                   c.get("sentence") or "", c.get("start"), c.get("end"),
                                   1 if c.get("is_comparison") else 0, c.get("source_kind"), c.get("confidence")))
            nlp_rows.append((aid, nlp_version, article["content_hash"], now, result.get("summary") or "",
                             len(ents), len(claims)))
        conn.executemany(
            'INSERT INTO mentions (article_id, entity_id, start, "end", text, sentence, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)',
            mention_rows)
        conn.executemany(
            """INSERT INTO claims (article_id, model, benchmark, score, unit, metric, comparison,
                   sentence, start, "end", is_comparison, source_kind, confidence)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", claim_rows)
        conn.executemany(
            """INSERT OR REPLACE INTO article_nlp (article_id, nlp_version, text_hash, annotated_at, summary,
                   entity_count, claim_count) VALUES (?, ?, ?, ?, ?, ?, ?)""", nlp_rows)
    if seen_entities is not None:
        seen_entities.update(stored)  # committed: a rolled-back insert's id never gets in
    return len(mention_rows), len(claim_rows)



def strong_names(store: Store, nlp_version: str) -> list[dict[str, Any]]:
    """The unknown names with strong evidence (``mentions.evidence = 'strong'``) in the articles
    annotated by ``nlp_version`` from their current text, for annotate's name memory
    (:mod:`nlp.name_memory`): label, canonical, docs (how many articles), surface (the commonest
    spelling), org. Articles due for annotation do not count: they are read again in this run.
    In a fixed order, so that the memory built from them is the same for the same store."""
    rows = store.conn.execute(
        """SELECT e.label, e.canonical, count(DISTINCT m.article_id), e.org,
                  (SELECT m2.text FROM mentions m2 WHERE m2.entity_id = e.id AND m2.evidence = 'strong'
                   GROUP BY m2.text ORDER BY count(*) DESC, m2.text LIMIT 1)
           FROM mentions m JOIN entities e ON e.id = m.entity_id
           JOIN article_nlp n ON n.article_id = m.article_id JOIN articles a ON a.id = m.article_id
           WHERE m.evidence = 'strong' AND e.known = 0 AND n.nlp_version = ? AND n.text_hash = a.content_hash
           GROUP BY e.id ORDER BY e.label, e.canonical""", [nlp_version]).fetchall()
    return [{"label": lab, "canonical": canon, "docs": n, "org": org, "surface": surface}
            for lab, canon, n, org, surface in rows]
