"""The annotate stage: stored articles in, entities / mentions / claims / summaries out.

Work is chosen from the database alone: an article needs annotating when it has no
``article_nlp`` row, when that row was made by another ``NLP_VERSION`` (code or knowledge
base changed), or from other text (the article was updated). Each batch is written in one
transaction that first deletes the article's previous rows, so a killed run resumes where
it stopped and never leaves an article half-annotated.
"""
from __future__ import annotations

import hashlib
import json
from collections import deque
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from pipeline.store.db import Store, utcnow
from pipeline.processes import default_workers


class AnnotateError(RuntimeError):
    """Annotation stopped; what was annotated before is saved."""


@dataclass
class AnnotateResult:
    articles: int
    mentions: int
    claims: int
    errors: int
    nlp_version: str


def nlp_version(base: str, nlp_options: dict[str, Any] | None) -> str:
    """The built-in NLP version, plus a digest of the user's own knowledge-base files and model:
    editing either makes every article due for re-annotation."""
    opts = nlp_options or {}
    files = [Path(f) for f in opts.get("kb_files") or []]
    if not files and not opts.get("spacy_model"):
        return base
    h = hashlib.sha1()
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes() if f.is_file() else b"<missing>")
    h.update(str(opts.get("spacy_model") or "").encode())
    return f"{base}+user.{h.hexdigest()[:10]}"


def pending_ids(store: Store, nlp_version: str, *, redo_all: bool = False) -> list[int]:
    if redo_all:
        sql = "SELECT id FROM articles ORDER BY id"
        params: list[Any] = []
    else:
        sql = """SELECT a.id FROM articles a LEFT JOIN article_nlp n ON n.article_id = a.id
                 WHERE n.article_id IS NULL OR n.nlp_version != ? OR n.text_hash != a.content_hash
                 ORDER BY a.id"""
        params = [nlp_version]
    return [r[0] for r in store.conn.execute(sql, params)]


def _entity_ids(conn, rows: list[tuple[dict[str, Any], dict[str, Any]]],
                seen: dict[tuple[str, str], tuple] | None = None) -> tuple[dict[tuple[str, str], int], dict]:
    """Upsert each distinct entity of a batch once (earliest date, any KB knowledge wins), return their
    ids, and the rows as stored after the upsert.

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
               org = coalesce(entities.org, excluded.org),
               family = coalesce(entities.family, excluded.family),
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
                      seen_entities: dict[tuple[str, str], tuple] | None = None) -> tuple[int, int]:
    """Replace the annotations of a batch of articles in one transaction.

    ``seen_entities``: a run's memory of stored entities (see :func:`_entity_ids`), brought up to
    date here once the transaction has committed.
    """
    conn = store.conn
    now = utcnow()
    with conn:
        aids = [(article["id"],) for article, _ in rows]
        conn.executemany("DELETE FROM mentions WHERE article_id = ?", aids)
        conn.executemany("DELETE FROM claims WHERE article_id = ?", aids)
        ids, stored = _entity_ids(conn, rows, seen_entities)
        mention_rows, claim_rows, nlp_rows = [], [], []
        for article, result in rows:
            aid = article["id"]
            ents = result.get("entities", [])
            claims = result.get("claims", [])
            mention_rows += [(aid, ids[(e["label"], e["canonical"])], e["start"], e["end"], e["text"], e.get("sentence"))
                             for e in ents]
            for c in claims:
                comparison = c.get("comparison")
                claim_rows.append((aid, c.get("model"), c.get("benchmark"), c.get("score"), c.get("unit"), c.get("metric"),
                                   json.dumps(comparison, ensure_ascii=False) if comparison is not None else None,
                                   c.get("sentence") or "", c.get("start"), c.get("end")))
            nlp_rows.append((aid, nlp_version, article["content_hash"], now, result.get("summary") or "",
                             len(ents), len(claims)))
        conn.executemany(
            'INSERT INTO mentions (article_id, entity_id, start, "end", text, sentence) VALUES (?, ?, ?, ?, ?, ?)',
            mention_rows)
        conn.executemany(
            """INSERT INTO claims (article_id, model, benchmark, score, unit, metric, comparison,
                   sentence, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", claim_rows)
        conn.executemany(
            """INSERT OR REPLACE INTO article_nlp (article_id, nlp_version, text_hash, annotated_at, summary,
                   entity_count, claim_count) VALUES (?, ?, ?, ?, ?, ?, ?)""", nlp_rows)
    if seen_entities is not None:
        seen_entities.update(stored)  # committed: a rolled-back insert's id never gets in
    return len(mention_rows), len(claim_rows)


def annotate(store: Store, nlp_options: dict[str, Any] | None = None, *, redo_all: bool = False,
             batch_size: int = 64, workers: int | None = None, progress: Callable[[int], None] | None = None,
             on_start: Callable[[int], None] | None = None) -> AnnotateResult:
    """Annotate what is due, one transaction per batch.

    ``workers``: processes running the NLP pipeline (default ``min(2, cores)``). With more than
    one, this process reads batches, hands them to the workers and writes their results in
    order; a run with fewer than two batches' worth of articles stays in this process.
    """
    import nlp as modelwire_nlp

    version = nlp_version(modelwire_nlp.NLP_VERSION, nlp_options)
    ids = pending_ids(store, version, redo_all=redo_all)
    if on_start:
        on_start(len(ids))
    if not ids:
        return AnnotateResult(0, 0, 0, 0, version)
    language = modelwire_nlp.load(nlp_options or {}, lexeme_attrs=False)  # only results leave the pipeline
    chunks = [ids[start : start + batch_size] for start in range(0, len(ids), batch_size)]
    workers = default_workers() if workers is None else max(1, int(workers))
    if workers > 1 and len(chunks) >= 2:
        from pipeline.annotate.pool import AnnotatePool

        pool = AnnotatePool(language, nlp_options or {}, workers)
        analyze = pool.submit
    else:
        pool = None
        analyze = _analyze_now(language, batch_size)
    total_m = total_c = errors = done = 0
    seen_entities: dict[tuple[str, str], tuple] = {}
    in_flight: deque = deque()
    todo = iter(chunks)

    def feed() -> None:
        chunk = next(todo, None)
        if chunk is None:
            return
        articles = list(store.db.query(
            f"""SELECT id, title, text, published, first_seen, content_hash FROM articles
                WHERE id IN ({", ".join("?" for _ in chunk)}) ORDER BY id""", chunk))
        records = [{"id": a["id"], "text": a["text"] or "", "title": a["title"] or ""} for a in articles]
        in_flight.append((chunk, articles, analyze(records)))

    try:
        for _ in range(2 * workers if pool else 1):
            feed()
        while in_flight:
            chunk, articles, pending = in_flight.popleft()
            try:
                results = pending.result()
            except BrokenProcessPool:
                raise AnnotateError(
                    f"an NLP worker process died (killed, or out of memory) after {done} of {len(ids)} "
                    "article(s) were annotated and saved; run annotate again to go on from there") from None
            feed()  # the workers go on with the next batch while this one is written
            pairs = []
            for article, result in zip(articles, results):
                if "error" in result:
                    errors += 1
                    continue
                pairs.append((article, result))
            m, c = write_annotations(store, pairs, version, seen_entities)
            total_m += m
            total_c += c
            done += len(chunk)
            if progress:
                progress(len(chunk))
    finally:
        if pool is not None:
            pool.close()
    return AnnotateResult(done, total_m, total_c, errors, version)


def _analyze_now(language, batch_size: int):
    """The single-process path, shaped like the pool's: ``submit(records).result()``."""
    import nlp as modelwire_nlp

    def submit(records: list[dict]) -> Future:
        done: Future = Future()
        done.set_result(list(modelwire_nlp.analyze(language, records, batch_size=batch_size)))
        return done

    return submit


def iter_jsonl_results(language, lines: Iterable[str]):
    """``modelwire nlp``: JSON lines in, one JSON result per line out; bad lines become error lines."""
    import nlp as modelwire_nlp

    batch: list[tuple[int, Any]] = []

    def flush():
        good = [(i, rec) for i, rec in batch if not isinstance(rec, dict) or "__error__" not in rec]
        out: dict[int, dict] = {}
        if good:
            for (i, _), res in zip(good, modelwire_nlp.analyze(language, [r for _, r in good])):
                out[i] = res
        for i, rec in batch:
            if isinstance(rec, dict) and "__error__" in rec:
                out[i] = {"id": rec.get("id"), "error": rec["__error__"]}
        for i, _ in batch:
            yield out[i]
        batch.clear()

    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                rec = {"id": None, "__error__": f"line {n}: expected a JSON object"}
        except json.JSONDecodeError as e:
            rec = {"id": None, "__error__": f"line {n}: not JSON ({e.msg} at column {e.colno})"}
        batch.append((n, rec))
        if len(batch) >= 64:
            yield from flush()
    if batch:
        yield from flush()
