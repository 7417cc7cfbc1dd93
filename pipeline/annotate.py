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
from pathlib import Path
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from pipeline.store import Store, utcnow


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


def _entity_id(conn, ent: dict[str, Any], seen_at: str) -> int:
    conn.execute(
        """INSERT INTO entities (label, canonical, known, org, family, first_seen)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(label, canonical) DO UPDATE SET
               known = max(entities.known, excluded.known),
               org = coalesce(entities.org, excluded.org),
               family = coalesce(entities.family, excluded.family),
               first_seen = min(entities.first_seen, excluded.first_seen)""",
        (ent["label"], ent["canonical"], int(bool(ent.get("known"))), ent.get("org"), ent.get("family"), seen_at),
    )
    return conn.execute("SELECT id FROM entities WHERE label = ? AND canonical = ?",
                        (ent["label"], ent["canonical"])).fetchone()[0]


def write_annotations(store: Store, rows: list[tuple[dict[str, Any], dict[str, Any]]], nlp_version: str) -> tuple[int, int]:
    """Replace the annotations of a batch of articles in one transaction."""
    conn = store.conn
    mentions = claims = 0
    now = utcnow()
    with conn:
        for article, result in rows:
            aid = article["id"]
            conn.execute("DELETE FROM mentions WHERE article_id = ?", (aid,))
            conn.execute("DELETE FROM claims WHERE article_id = ?", (aid,))
            seen_at = article["published"] or article["first_seen"]
            for ent in result.get("entities", []):
                eid = _entity_id(conn, ent, seen_at)
                conn.execute(
                    'INSERT INTO mentions (article_id, entity_id, start, "end", text, sentence) VALUES (?, ?, ?, ?, ?, ?)',
                    (aid, eid, ent["start"], ent["end"], ent["text"], ent.get("sentence")),
                )
                mentions += 1
            for c in result.get("claims", []):
                comparison = c.get("comparison")
                conn.execute(
                    """INSERT INTO claims (article_id, model, benchmark, score, unit, metric, comparison,
                           sentence, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    (aid, c.get("model"), c.get("benchmark"), c.get("score"), c.get("unit"), c.get("metric"),
                     json.dumps(comparison, ensure_ascii=False) if comparison is not None else None,
                     c.get("sentence") or "", c.get("start"), c.get("end")),
                )
                claims += 1
            conn.execute(
                """INSERT OR REPLACE INTO article_nlp (article_id, nlp_version, text_hash, annotated_at, summary,
                       entity_count, claim_count) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (aid, nlp_version, article["content_hash"], now, result.get("summary") or "",
                 len(result.get("entities", [])), len(result.get("claims", []))),
            )
    return mentions, claims


def annotate(store: Store, nlp_options: dict[str, Any] | None = None, *, redo_all: bool = False,
             batch_size: int = 32, progress: Callable[[int], None] | None = None,
             on_start: Callable[[int], None] | None = None) -> AnnotateResult:
    import nlp as modelwire_nlp

    version = nlp_version(modelwire_nlp.NLP_VERSION, nlp_options)
    ids = pending_ids(store, version, redo_all=redo_all)
    if on_start:
        on_start(len(ids))
    if not ids:
        return AnnotateResult(0, 0, 0, 0, version)
    language = modelwire_nlp.load(nlp_options or {})
    total_m = total_c = errors = done = 0
    for start in range(0, len(ids), batch_size):
        chunk = ids[start : start + batch_size]
        articles = list(store.db.query(
            f"""SELECT id, title, text, published, first_seen, content_hash FROM articles
                WHERE id IN ({", ".join("?" for _ in chunk)}) ORDER BY id""", chunk))
        records = [{"id": a["id"], "text": a["text"] or "", "title": a["title"] or ""} for a in articles]
        results = list(modelwire_nlp.analyze(language, records, batch_size=batch_size))
        pairs = []
        for article, result in zip(articles, results):
            if "error" in result:
                errors += 1
                continue
            pairs.append((article, result))
        m, c = write_annotations(store, pairs, version)
        total_m += m
        total_c += c
        done += len(chunk)
        if progress:
            progress(len(chunk))
    return AnnotateResult(done, total_m, total_c, errors, version)


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
