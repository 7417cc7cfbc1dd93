"""The SQLite store: opening a database (migrations applied) and writing crawled articles.

Every write that belongs together runs in one transaction, so a killed process never leaves
half an article; every write is keyed on normalized URLs and content hashes, so rerunning a
crawl never duplicates a row.
"""
from __future__ import annotations

import functools

import json
import os
import sqlite3
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit

from sqlite_utils import Database

from pipeline.store import dedup
from pipeline.store.migrations import migrations
from spiders.dates import normalize_instant, utcnow
from spiders.urls import normalize_url, same_registrable_domain

BUSY_TIMEOUT_MS = 30_000
NEAR_DUP_MIN_WORDS = 60   # below this SimHash is too noisy to call two texts the same
COPY_CANDIDATES = 20      # stored articles sharing the most MinHash bands, checked on their texts

# Every instant is written as spiders.dates.format_instant's YYYY-MM-DDTHH:MM:SSZ: utcnow() for
# "now", normalize_instant() for a time handed in (a crawl's fetched_at, an article's dates).
ARTICLE_DATES = ("published", "modified")

ARTICLE_FIELDS = (
    "canonical_url", "title", "authors", "published", "published_source", "modified",
    "modified_source", "language", "site_name", "description", "text", "word_count", "image",
    "tags", "paywalled", "page_type", "text_source",
)


def _normalize(url: str) -> str | None:
    if not url:
        return None
    try:
        return normalize_url(url)
    except ValueError:
        return None


HTML_COMPRESSION = 1  # zlib level: 6 makes pages ~10% smaller at three times the cost


def precompute(record: dict[str, Any], html: bytes) -> dict[str, Any]:
    """The CPU-heavy part of storing an article, so it can run next to extraction in a worker."""
    text = record.get("text") or ""
    toks = dedup.words(text)  # once, for the hash, the SimHash and the word count
    return {"content_hash": dedup.content_hash(text, toks), "simhash": dedup.simhash(text, toks=toks),
            "minhash": dedup.minhash_bands(toks),
            "n_words": len(toks), "html_z": zlib.compress(html or b"", HTML_COMPRESSION)}


def article_columns(record: dict[str, Any]) -> dict[str, Any]:
    """An extracted record's fields as ``articles`` columns: instants in the one format, lists as JSON."""
    fields = {k: record.get(k) for k in ARTICLE_FIELDS}
    for k in ARTICLE_DATES:
        fields[k] = normalize_instant(fields[k])
    fields["authors"] = json.dumps(fields["authors"] or [], ensure_ascii=False)
    fields["tags"] = json.dumps(fields["tags"] or [], ensure_ascii=False)
    fields["paywalled"] = int(bool(fields["paywalled"]))
    fields["word_count"] = int(fields["word_count"] or 0)
    return fields


@dataclass
class StoreResult:
    outcome: str           # new | updated | unchanged | duplicate
    article_id: int
    duplicate_kind: str | None = None


class Store:
    """A modelwire database. Open with :func:`open_db`."""

    def __init__(self, db: Database, path: Path | None):
        self.db = db
        self.path = path
        self._outer = False  # inside transaction(): the writes below join it

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; writes made inside it (``store_article`` …) join it instead of
        committing on their own, so a batch and what records it (backfill) land together."""
        if self._outer:
            yield
            return
        self._outer = True
        try:
            with self.conn:
                yield
        finally:
            self._outer = False

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.close()

    # -- sources and runs -------------------------------------------------------------

    def upsert_source(self, source: dict[str, Any]) -> None:
        now = utcnow()
        with self.conn:
            self.conn.execute(
                """INSERT INTO sources (name, kind, urls, group_name, first_seen, last_seen)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, urls = excluded.urls,
                       group_name = excluded.group_name, last_seen = excluded.last_seen""",
                (source["name"], source["kind"], json.dumps(source["urls"]),
                 source.get("group") or "default", now, now),
            )

    def start_run(self, command: str) -> int:
        with self.conn:
            # A run still marked running belongs to a process that died: say so.
            self.conn.execute(
                "UPDATE crawl_runs SET status = 'interrupted', finished_at = coalesce(finished_at, ?) "
                "WHERE status = 'running'",
                (utcnow(),),
            )
            cur = self.conn.execute(
                "INSERT INTO crawl_runs (started_at, status, command, pid) VALUES (?, 'running', ?, ?)",
                (utcnow(), command, os.getpid()),
            )
        return int(cur.lastrowid)

    def save_run_source(self, run_id: int, source: str, counts: dict[str, Any]) -> None:
        cols = ("started_at", "finished_at", "finish_reason", "requests", "fetched", "new",
                "updated", "unchanged", "duplicate", "skipped", "failed", "blocked", "http_403",
                "http_429")
        values = [counts.get(c, 0 if c not in ("started_at", "finished_at", "finish_reason") else None)
                  for c in cols]
        values[0], values[1] = normalize_instant(values[0]), normalize_instant(values[1])
        with self.conn:
            self.conn.execute(
                f"""INSERT OR REPLACE INTO crawl_run_sources (run_id, source, {", ".join(cols)}, reasons)
                    VALUES (?, ?, {", ".join("?" for _ in cols)}, ?)""",
                (run_id, source, *values, json.dumps(counts.get("reasons", {}), sort_keys=True)),
            )

    def finish_run(self, run_id: int, status: str, error: str | None = None) -> dict[str, int]:
        with self.conn:
            row = self.conn.execute(
                """SELECT coalesce(sum(fetched),0), coalesce(sum(new),0), coalesce(sum(updated),0),
                          coalesce(sum(duplicate),0), coalesce(sum(skipped + unchanged),0),
                          coalesce(sum(failed + blocked),0)
                   FROM crawl_run_sources WHERE run_id = ?""",
                (run_id,),
            ).fetchone()
            totals = dict(zip(("fetched", "new", "updated", "duplicate", "skipped", "failed"), row))
            self.conn.execute(
                """UPDATE crawl_runs SET finished_at = ?, status = ?, error = ?, fetched = ?, new = ?,
                       updated = ?, duplicate = ?, skipped = ?, failed = ? WHERE id = ?""",
                (utcnow(), status, error, *row, run_id),
            )
        return totals

    def crawled_sources(self) -> set[str]:
        """Names of the sources some crawl has finished (a source not in it is crawled for the first time)."""
        rows = self.conn.execute(
            "SELECT DISTINCT source FROM crawl_run_sources WHERE finish_reason = 'finished'")
        return {name for (name,) in rows}

    def run_sources(self, run_id: int) -> list[dict[str, Any]]:
        return list(self.db.query(
            "SELECT * FROM crawl_run_sources WHERE run_id = ? ORDER BY source", [run_id]))

    # -- what the spiders need to know -------------------------------------------------

    def known_urls(self) -> dict[str, dict[str, Any]]:
        """Every URL already resolved to an article, with the article's modified time."""
        rows = self.conn.execute(
            """SELECT u.url, a.modified, a.published FROM article_urls u
               JOIN articles a ON a.id = u.article_id"""
        )
        return {url: {"modified": modified or published} for url, modified, published in rows}

    def http_state(self) -> dict[str, dict[str, Any]]:
        rows = self.conn.execute("SELECT url, etag, last_modified FROM http_state")
        return {url: {"etag": etag, "last_modified": lm} for url, etag, lm in rows}

    def save_http_state(self, source: str, url: str, etag: str | None, last_modified: str | None,
                        status: int) -> None:
        with self.conn:
            self.conn.execute(
                """INSERT INTO http_state (url, source, etag, last_modified, last_status, checked_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT(url) DO UPDATE SET source = excluded.source,
                       etag = coalesce(excluded.etag, http_state.etag),
                       last_modified = coalesce(excluded.last_modified, http_state.last_modified),
                       last_status = excluded.last_status, checked_at = excluded.checked_at""",
                (url, source, etag, last_modified, status, utcnow()),
            )

    # -- articles ---------------------------------------------------------------------

    def store_article(self, record: dict[str, Any], *, source: str, html: bytes = b"",
                      final_url: str | None = None, requested_urls: Iterable[str] = (),
                      status: int | None = None, content_type: str | None = None,
                      encoding: str | None = None, hints: dict | None = None,
                      fetched_at: str | None = None, extractor_version: str | None = None,
                      precomputed: dict[str, Any] | None = None) -> StoreResult:
        """Insert or update one extracted article, atomically.

        The article is found by any of its URLs (requested, redirected, rel=canonical); failing
        that, by identical text (exact duplicate) or by SimHash (near duplicate), in which case
        the new URL is recorded as a duplicate of the stored article and nothing else changes.
        """
        now = normalize_instant(fetched_at) or utcnow()
        page_url = final_url or record["url"]
        keys: dict[str, str | None] = {}  # one article's few URLs recur below: normalize each once

        def norm(url: str) -> str | None:
            if url not in keys:
                keys[url] = _normalize(url)
            return keys[url]

        page_key = norm(page_url)
        fetched_keys = {k for k in (norm(u) for u in [page_url, record["url"], *requested_urls]) if k}
        canon_key = norm(record.get("canonical_url") or "")
        if canon_key and urlsplit(canon_key).path in ("", "/") and urlsplit(page_key).path not in ("", "/"):
            canon_key = None  # a site that points every page's canonical at its home page
        if canon_key and page_key and not same_registrable_domain(canon_key, page_key):
            # Another site's address is not taken on the page's word (a hostile page could take over
            # that site's article): the page is stored under its own URL, and merges with the target
            # only when that is fetched and its text matches (``_original_of``).
            canon_key = None
        # A page whose rel=canonical names another address is a copy (syndication, AMP, print).
        is_copy = bool(canon_key) and canon_key not in fetched_keys
        key_url = canon_key or page_key
        url_rel: dict[str, tuple[str, str]] = {key_url: ("primary", record.get("canonical_url") or page_url)}
        for raw in [page_url, *requested_urls, record["url"]]:
            key = norm(raw)
            if key and key not in url_rel:
                url_rel[key] = ("duplicate" if is_copy else "requested", raw)
        pre = precomputed or precompute(record, html or b"")  # from an extraction worker, if it did it
        chash, sh, compressed = pre["content_hash"], pre["simhash"], pre["html_z"]
        fields = article_columns(record)
        fields["page_type"] = fields["page_type"] or "article"

        with self.transaction():  # one transaction for everything below
            article_id, relation, kind = self._find_by_urls(url_rel)
            if article_id is not None and (is_copy or relation == "duplicate"):
                # a copy seen again (a canonical copy, or a page once found to be another's copy)
                # never overwrites the article it copies
                kind = "canonical" if is_copy else kind
                self._record_urls(article_id, url_rel, source, now, duplicate_kind=kind)
                return StoreResult("duplicate", article_id, kind)
            if article_id is not None:
                row = self.conn.execute(
                    "SELECT a.content_hash, h.url, a.url FROM articles a "
                    "LEFT JOIN article_html h ON h.article_id = a.id WHERE a.id = ?", (article_id,)).fetchone()
                # The record was made from a copy (syndication, AMP) before its original came in:
                # the original takes over the record, whichever crawl happened to finish first.
                from_copy = row[1] is not None and row[2] == key_url == page_key and norm(row[1]) != key_url
                self._record_urls(article_id, url_rel, source, now)
                if row[0] == chash and not from_copy:
                    self.conn.execute(
                        "UPDATE articles SET last_seen = ? WHERE id = ?", (now, article_id))
                    return StoreResult("unchanged", article_id)
                sets = ", ".join(f"{k} = ?" for k in fields)
                self.conn.execute(
                    f"""UPDATE articles SET {sets}, content_hash = ?, simhash = ?, simhash_b0 = ?,
                        simhash_b1 = ?, simhash_b2 = ?, simhash_b3 = ?,
                        revision = revision + (content_hash != ?), source = CASE WHEN ? THEN ? ELSE source END,
                        last_seen = ?, updated_at = ?, extractor_version = ? WHERE id = ?""",
                    (*fields.values(), chash, dedup.to_hex(sh), *dedup.bands(sh), chash, from_copy, source,
                     now, now, extractor_version, article_id),
                )
                if row[0] != chash:
                    self._save_minhash(article_id, pre.get("minhash"), record.get("text") or "")
                self._save_html(article_id, page_url, now, status, content_type, encoding, hints, compressed)
                return StoreResult("updated", article_id)

            dup = self._find_duplicate(chash, sh, pre["n_words"], pre.get("minhash"), text=record.get("text") or "")
            if dup is not None:
                dup_id, kind = dup
                if self._is_original_of(dup_id, key_url, fields):
                    self._take_over(dup_id, kind, url_rel, key_url, fields, pre, source, now, extractor_version)
                    self._save_html(dup_id, page_url, now, status, content_type, encoding, hints, compressed)
                    return StoreResult("updated", dup_id)
                for key, (_rel, raw) in url_rel.items():
                    self.conn.execute(
                        """INSERT INTO article_urls (url, article_id, relation, duplicate_kind, raw_url,
                               source, first_seen, last_seen) VALUES (?, ?, 'duplicate', ?, ?, ?, ?, ?)
                           ON CONFLICT(url) DO UPDATE SET last_seen = excluded.last_seen""",
                        (key, dup_id, kind, raw, source, now, now),
                    )
                return StoreResult("duplicate", dup_id, kind)

            primary = key_url
            cols = ["url", "source", *fields, "content_hash", "simhash", "simhash_b0", "simhash_b1",
                    "simhash_b2", "simhash_b3", "first_seen", "last_seen", "extractor_version"]
            vals = [primary, source, *fields.values(), chash, dedup.to_hex(sh), *dedup.bands(sh),
                    now, now, extractor_version]
            cur = self.conn.execute(
                f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})", vals)
            article_id = int(cur.lastrowid)
            self._save_minhash(article_id, pre.get("minhash"), record.get("text") or "")
            self._record_urls(article_id, url_rel, source, now, duplicate_kind="canonical" if is_copy else None)
            self._save_html(article_id, page_url, now, status, content_type, encoding, hints, compressed)
            return StoreResult("new", article_id)

    def _find_by_urls(self, url_rel: dict[str, tuple[str, str]]) -> tuple[int | None, str | None, str | None]:
        """The article one of these URLs leads to, with that URL's relation and duplicate kind."""
        keys = list(url_rel)
        if not keys:
            return None, None, None
        rows = self.conn.execute(
            f"""SELECT url, article_id, relation, duplicate_kind FROM article_urls
                WHERE url IN ({', '.join('?' for _ in keys)})""",
            keys,
        ).fetchall()
        # Prefer a direct hit on the page's own URL, then any other.
        by_url = {u: (aid, rel, kind) for u, aid, rel, kind in rows}
        for key in keys:
            if key in by_url:
                return by_url[key]
        return None, None, None

    def _find_duplicate(self, chash: str, sh: int, n_words: int, minhash: list[int] | None = None,
                        text: str = "") -> tuple[int, str] | None:
        """The stored article this text is a copy of: same words (exact), a SimHash a few bits
        away (near), or a shingle set mostly shared, as a syndicated copy with its own intro and
        boilerplate (near too: ``dedup.is_copy``)."""
        if n_words == 0:
            return None
        row = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1", (chash,)).fetchone()
        if row:
            return int(row[0]), "exact"
        if n_words < NEAR_DUP_MIN_WORDS:
            return None
        b = dedup.bands(sh)
        rows = self.conn.execute(
            """SELECT id, simhash FROM articles WHERE simhash_b0 = ? OR simhash_b1 = ?
               OR simhash_b2 = ? OR simhash_b3 = ? ORDER BY id""", b).fetchall()
        for aid, other in rows:
            if dedup.is_near_duplicate(sh, dedup.from_hex(other)):
                return int(aid), "near"
        if minhash is None:
            minhash = dedup.minhash_bands(dedup.words(text))
        if not minhash:
            return None
        pairs = ", ".join("(?, ?)" for _ in minhash)
        candidates = self.conn.execute(
            f"""SELECT m.article_id, a.text FROM articles a JOIN (
                    SELECT article_id, count(*) AS shared FROM article_minhash
                    WHERE (band, value) IN (VALUES {pairs}) GROUP BY article_id
                    ORDER BY shared DESC, article_id LIMIT {COPY_CANDIDATES}) m ON m.article_id = a.id""",
            [x for band, value in enumerate(minhash) for x in (band, value)]).fetchall()
        toks = dedup.words(text)
        for aid, other in candidates:
            if dedup.is_copy(toks, dedup.words(other or "")):
                return int(aid), "near"
        return None

    def _save_minhash(self, article_id: int, minhash: list[int] | None, text: str) -> None:
        if minhash is None:
            minhash = dedup.minhash_bands(dedup.words(text))
        self.conn.execute("DELETE FROM article_minhash WHERE article_id = ?", (article_id,))
        self.conn.executemany(
            "INSERT OR IGNORE INTO article_minhash (band, value, article_id) VALUES (?, ?, ?)",
            [(band, value, article_id) for band, value in enumerate(minhash)])

    def _is_original_of(self, article_id: int, key_url: str, fields: dict[str, Any]) -> bool:
        """Whether a page found to be a copy of a stored article is in fact its original: the stored
        one credits it (rel=canonical), or it was published earlier and does not credit the stored one."""
        url, canonical, published = self.conn.execute(
            "SELECT url, canonical_url, published FROM articles WHERE id = ?", (article_id,)).fetchone()
        if canonical and _normalize(canonical) == key_url:
            return True
        if fields.get("canonical_url") and _normalize(fields["canonical_url"]) == url:
            return False
        return bool(fields.get("published") and published and fields["published"] < published)

    def _take_over(self, article_id: int, kind: str, url_rel: dict[str, tuple[str, str]], key_url: str,
                   fields: dict[str, Any], pre: dict[str, Any], source: str, now: str,
                   extractor_version: str | None) -> None:
        """The original takes the record of a copy stored before it: its URL becomes the article's
        key, its text and fields replace the copy's, and the copy's URLs become duplicates."""
        self.conn.execute(
            """UPDATE article_urls SET relation = 'duplicate', duplicate_kind = ?
               WHERE article_id = ? AND relation != 'duplicate'""", (kind, article_id))
        sh = pre["simhash"]
        sets = ", ".join(f"{k} = ?" for k in fields)
        self.conn.execute(
            f"""UPDATE articles SET {sets}, url = ?, source = ?, content_hash = ?, simhash = ?,
                simhash_b0 = ?, simhash_b1 = ?, simhash_b2 = ?, simhash_b3 = ?,
                revision = revision + (content_hash != ?), last_seen = ?, updated_at = ?, extractor_version = ?
                WHERE id = ?""",
            (*fields.values(), key_url, source, pre["content_hash"], dedup.to_hex(sh), *dedup.bands(sh),
             pre["content_hash"], now, now, extractor_version, article_id))
        self._record_urls(article_id, url_rel, source, now)
        self._save_minhash(article_id, pre.get("minhash"), fields.get("text") or "")

    def _record_urls(self, article_id: int, url_rel: dict[str, tuple[str, str]], source: str, now: str,
                     duplicate_kind: str | None = None) -> None:
        for key, (rel, raw) in url_rel.items():
            self.conn.execute(
                """INSERT INTO article_urls (url, article_id, relation, duplicate_kind, raw_url, source, first_seen,
                       last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(url) DO UPDATE SET last_seen = excluded.last_seen""",
                (key, article_id, rel, duplicate_kind if rel == "duplicate" else None, raw, source, now, now),
            )

    def _save_html(self, article_id, url, now, status, content_type, encoding, hints, compressed) -> None:
        self.conn.execute(
            """INSERT OR REPLACE INTO article_html (article_id, url, fetched_at, status, content_type,
                   encoding, hints, html) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            (article_id, url, now, status, content_type, encoding,
             json.dumps(hints or {}, ensure_ascii=False, sort_keys=True), compressed),
        )

    def iter_html(self, ids: Iterable[int] | None = None) -> Iterator[dict[str, Any]]:
        """Stored raw pages (decompressed) for re-extraction."""
        sql = """SELECT h.article_id, h.url, h.encoding, h.hints, h.html, a.url AS key, a.source
                 FROM article_html h JOIN articles a ON a.id = h.article_id"""
        params: list[Any] = []
        if ids is not None:
            ids = list(ids)
            sql += f" WHERE h.article_id IN ({', '.join('?' for _ in ids)})"
            params = ids
        for aid, url, enc, hints, html, key, source in self.conn.execute(sql + " ORDER BY h.article_id", params):
            yield {"article_id": aid, "url": url, "encoding": enc, "hints": json.loads(hints or "{}"),
                   "html": zlib.decompress(html), "key": key, "source": source}

    def replace_extraction(self, article_id: int, record: dict[str, Any], extractor_version: str) -> bool:
        """Overwrite an article's extracted fields (reextract); True when anything changed."""
        fields = article_columns(record)
        text = record.get("text") or ""
        sh = dedup.simhash(text)
        with self.conn:
            old = self.conn.execute(
                f"SELECT {', '.join(fields)} FROM articles WHERE id = ?", (article_id,)).fetchone()
            changed = old is None or tuple(old) != tuple(fields.values())
            sets = ", ".join(f"{k} = ?" for k in fields)
            self.conn.execute(
                f"""UPDATE articles SET {sets}, content_hash = ?, simhash = ?, simhash_b0 = ?, simhash_b1 = ?,
                    simhash_b2 = ?, simhash_b3 = ?, extractor_version = ? WHERE id = ?""",
                (*fields.values(), dedup.content_hash(text), dedup.to_hex(sh), *dedup.bands(sh),
                 extractor_version, article_id),
            )
            if changed:
                self._save_minhash(article_id, None, text)
        return changed

    # -- scheduling and maintenance ----------------------------------------------------

    def source_schedule(self) -> dict[str, dict[str, Any]]:
        return {r["source"]: r for r in self.db.query("SELECT * FROM source_schedule")}

    def publishing_rates(self, days: int = 28) -> dict[str, float]:
        """Articles per day each source published (first seen) over the last ``days``."""
        rows = self.conn.execute(
            """SELECT source, count(*) FROM articles
               WHERE first_seen >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', ?) GROUP BY source""",
            (f"-{int(days)} days",),
        )
        return {source: n / days for source, n in rows}

    def latest_run_for_pid(self, pid: int) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM crawl_runs WHERE pid = ? ORDER BY id DESC LIMIT 1", [pid]))
        return rows[0] if rows else None

    def mark_run(self, run_id: int, status: str, error: str | None) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE crawl_runs SET status = ?, error = ?, finished_at = coalesce(finished_at, ?) WHERE id = ?",
                (status, error, utcnow(), run_id))

    def save_source_schedule(self, source: str, interval_s: float, next_due: str, failures: int,
                             outcome: str) -> None:
        with self.conn:
            self.conn.execute(
                """INSERT OR REPLACE INTO source_schedule (source, interval_s, next_due, failures, last_run_at,
                       last_outcome) VALUES (?, ?, ?, ?, ?, ?)""",
                (source, interval_s, normalize_instant(next_due), failures, utcnow(), outcome))

    def optimize(self) -> None:
        """Merge the full-text index's segments and let SQLite refresh its statistics."""
        with self.conn:
            self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
        self.conn.execute("PRAGMA optimize")

    def backup(self, target: str | Path) -> Path:
        """An online, consistent copy of the database (readers and writers may go on)."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        dest = sqlite3.connect(str(tmp))
        try:
            self.conn.backup(dest, pages=1024)
        finally:
            dest.close()
        tmp.replace(target)
        return target

    # -- reporting --------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        q = lambda sql: self.conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": q("SELECT count(*) FROM articles"),
            "sources": q("SELECT count(*) FROM sources"),
            "duplicate_urls": q("SELECT count(*) FROM article_urls WHERE relation = 'duplicate'"),
            "crawl_runs": q("SELECT count(*) FROM crawl_runs"),
        }

    def source_health(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM source_health ORDER BY source"))

    def last_runs(self, limit: int = 5) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT ?", [limit]))


class DatabaseUnusable(Exception):
    """A database file modelwire cannot use as it is (not SQLite, a folder, read-only, locked, written
    by a newer modelwire); the message names the file and the problem in one line. ``status`` is
    the command's exit status: 3 when another process holds the lock, as for a second crawl."""

    def __init__(self, message: str, status: int = 2):
        super().__init__(message)
        self.status = status


def describe_db_error(path: str | Path, e: sqlite3.Error) -> DatabaseUnusable:
    """SQLite's terse error on ``path`` as one line that says what is wrong and what to do."""
    msg = str(e)
    if "file is not a database" in msg:
        return DatabaseUnusable(f"{path}: not a SQLite database (check --db or [modelwire] db)")
    if "readonly" in msg:
        return DatabaseUnusable(f"{path}: read-only: modelwire cannot write to it (check the permissions "
                                "of the file and its folder)")
    if "locked" in msg or "busy" in msg:
        return DatabaseUnusable(f"{path}: locked by another process for over {BUSY_TIMEOUT_MS // 1000} s (a "
                                "crawl, annotate or an open sqlite3 session?); run the command again when "
                                "it is done", 3)
    if "unable to open" in msg:
        return DatabaseUnusable(f"{path}: cannot be opened (check the path and the folder's permissions)")
    return DatabaseUnusable(f"{path}: database error: {msg}", 1)


@functools.cache
def _known_migrations() -> frozenset[str]:
    """The migrations this version has (listed once per process: every open_db asks)."""
    return frozenset(m.name for m in migrations.pending(Database(memory=True)))


def refuse_newer(db: Database, path: Path) -> None:
    """Writing to a database that a newer modelwire has migrated could break its rows (a column this
    version does not fill, a table it does not know): refuse, naming a migration it does not know."""
    unknown = [m.name for m in migrations.applied(db) if m.name not in _known_migrations()]
    if unknown:
        raise DatabaseUnusable(f"{path}: made by a newer modelwire (schema step {unknown[-1]!r} is unknown to "
                               "this version); upgrade modelwire, or give another --db")


def connect(path: str | Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_db(path: str | Path) -> Store:
    """Open (creating if needed) a modelwire database and apply pending migrations."""
    path = Path(path)
    if path.is_dir():
        raise DatabaseUnusable(f"{path}: is a folder, not a database file")
    try:
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DatabaseUnusable(f"{path}: its folder cannot be created ({e.strerror})") from None
    conn = None
    try:
        conn = connect(path)
        db = Database(conn)
        refuse_newer(db, path)
        migrations.apply(db)
    except sqlite3.Error as e:
        if conn is not None:
            conn.close()
        raise describe_db_error(path, e) from None
    except DatabaseUnusable:
        conn.close()
        raise
    return Store(db, path)
