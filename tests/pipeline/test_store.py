import json
import sqlite3
import zlib

import pytest

from pipeline.store import dedup
from pipeline.store.db import open_db

TEXT = ("Moonshot AI released Kimi K2 Thinking, an open-weight reasoning model that the company says "
        "can chain hundreds of tool calls. It scored 44.9% on Humanity's Last Exam with tools, ahead of "
        "several closed models, and the weights are on Hugging Face under a modified MIT licence. ") * 2


def record(url, text=TEXT, **kw):
    r = {"url": url, "canonical_url": None, "title": "Kimi K2 Thinking", "authors": ["Ana Ruiz"],
         "published": "2025-11-06T08:00:00Z", "published_source": "json-ld", "text": text,
         "word_count": len(text.split()), "tags": ["kimi"], "paywalled": False, "page_type": "article"}
    r.update(kw)
    return r


@pytest.fixture
def store(tmp_path):
    s = open_db(tmp_path / "t.db")
    yield s
    s.close()


def test_store_new_then_unchanged_keeps_one_row(store):
    a = store.store_article(record("https://n.org/k2?utm_source=rss"), source="n", html=b"<p>x</p>")
    b = store.store_article(record("https://n.org/k2"), source="n", html=b"<p>x</p>")
    assert (a.outcome, b.outcome) == ("new", "unchanged")
    assert a.article_id == b.article_id
    assert store.counts()["articles"] == 1


def test_store_update_keeps_first_seen_and_bumps_revision(store):
    a = store.store_article(record("https://n.org/k2"), source="n", fetched_at="2025-11-06T09:00:00Z")
    b = store.store_article(record("https://n.org/k2", text=TEXT + " Correction: the score is 44.9%."),
                            source="n", fetched_at="2025-11-08T09:00:00Z")
    assert b.outcome == "updated" and b.article_id == a.article_id
    row = store.conn.execute("SELECT first_seen, updated_at, revision, text FROM articles").fetchone()
    assert row[0] == "2025-11-06T09:00:00Z" and row[1] == "2025-11-08T09:00:00Z" and row[2] == 2
    assert "Correction" in row[3]


def test_store_canonical_copy_is_a_duplicate_of_the_original(store):
    a = store.store_article(record("https://n.org/k2"), source="n")
    b = store.store_article(record("https://n.org/amp/k2", canonical_url="https://n.org/k2",
                                   text=TEXT + " (AMP)"), source="n")
    assert (b.outcome, b.duplicate_kind, b.article_id) == ("duplicate", "canonical", a.article_id)
    urls = dict(store.conn.execute("SELECT url, relation FROM article_urls").fetchall())
    assert urls == {"https://n.org/k2": "primary", "https://n.org/amp/k2": "duplicate"}
    # the copy did not overwrite the original's text
    assert "(AMP)" not in store.conn.execute("SELECT text FROM articles").fetchone()[0]


def test_store_same_site_copy_first_is_keyed_by_its_canonical_url(store):
    a = store.store_article(record("https://amp.n.org/k2", canonical_url="https://www.n.org/k2"), source="n")
    assert a.outcome == "new"
    assert store.conn.execute("SELECT url FROM articles").fetchone()[0] == "https://www.n.org/k2"
    assert "https://www.n.org/k2" in store.known_urls()  # the original need not be fetched again
    b = store.store_article(record("https://www.n.org/k2"), source="n", html=b"<p>original</p>")
    # the original takes the record over: its page
    assert b.article_id == a.article_id and b.outcome == "updated"
    assert next(store.iter_html())["url"] == "https://www.n.org/k2"
    c = store.store_article(record("https://www.n.org/k2"), source="n", html=b"<p>original</p>")
    assert c.outcome == "unchanged"


def test_store_other_site_canonical_is_not_taken_on_its_word(store):
    """A page crediting another site is stored under its own URL; when the credited page is fetched
    and has the same text, it takes the record over and the copy becomes its duplicate."""
    a = store.store_article(record("https://partner.org/syndicated/k2", canonical_url="https://n.org/k2",
                                   published="2025-11-06T12:00:00Z"), source="partner")
    assert a.outcome == "new"
    assert store.conn.execute("SELECT url FROM articles").fetchone()[0] == "https://partner.org/syndicated/k2"
    assert "https://n.org/k2" not in store.known_urls()  # the credited page must still be fetched
    b = store.store_article(record("https://n.org/k2", published=None), source="n", html=b"<p>original</p>")
    assert (b.outcome, b.article_id) == ("updated", a.article_id)
    assert store.conn.execute("SELECT url, source FROM articles").fetchall() == [("https://n.org/k2", "n")]
    urls = dict(store.conn.execute("SELECT url, relation FROM article_urls").fetchall())
    assert urls == {"https://n.org/k2": "primary", "https://partner.org/syndicated/k2": "duplicate"}
    assert next(store.iter_html())["url"] == "https://n.org/k2"
    c = store.store_article(record("https://n.org/k2", published=None), source="n", html=b"<p>original</p>")
    assert c.outcome == "unchanged"


def test_store_canonical_hijack_does_not_take_the_other_sites_url(store):
    hijack = record("https://evil.example/k2", canonical_url="https://n.org/k2", title="Fake title",
                    text="Buy cheap tokens now, the best offer for every reader who clicks this link today. " * 12)
    a = store.store_article(hijack, source="evil")
    b = store.store_article(record("https://n.org/k2"), source="n")
    assert b.outcome == "new" and b.article_id != a.article_id
    assert store.conn.execute("SELECT title FROM articles WHERE url = 'https://n.org/k2'").fetchone() == (
        "Kimi K2 Thinking",)


def test_store_canonical_pointing_at_home_page_is_ignored(store):
    a = store.store_article(record("https://n.org/a", canonical_url="https://n.org/"), source="n")
    b = store.store_article(record("https://n.org/b", canonical_url="https://n.org/",
                                   text="A different story about Gemini 3 Pro and its LMArena score. " * 20), source="n")
    assert a.article_id != b.article_id and b.outcome == "new"


def test_store_exact_duplicate_under_other_url(store):
    a = store.store_article(record("https://a.org/k2"), source="a")
    b = store.store_article(record("https://b.org/syndicated/k2"), source="b")
    assert b.outcome == "duplicate" and b.duplicate_kind == "exact" and b.article_id == a.article_id
    assert store.counts() ["articles"] == 1
    row = store.conn.execute("SELECT relation, duplicate_kind, source FROM article_urls WHERE url = ?",
                             ("https://b.org/syndicated/k2",)).fetchone()
    assert row == ("duplicate", "exact", "b")


def test_store_near_duplicate_under_other_url(store):
    a = store.store_article(record("https://a.org/k2"), source="a")
    b = store.store_article(record("https://b.org/k2", text="This story first appeared on A. " + TEXT), source="b")
    assert b.outcome == "duplicate" and b.duplicate_kind == "near" and b.article_id == a.article_id


def test_store_short_different_texts_are_not_near_duplicates(store):
    store.store_article(record("https://a.org/1", text="GPT-5 is out today."), source="a")
    b = store.store_article(record("https://a.org/2", text="Claude Opus 4.5 is out today."), source="a")
    assert b.outcome == "new"


def test_store_raw_html_is_compressed_and_restorable(store):
    html = "<html><body><p>Kimi K2 — 深度求索</p></body></html>".encode("utf-8") * 20
    a = store.store_article(record("https://n.org/k2"), source="n", html=html, hints={"date_source": "feed"})
    blob = store.conn.execute("SELECT html FROM article_html WHERE article_id = ?", (a.article_id,)).fetchone()[0]
    assert len(blob) < len(html) and zlib.decompress(blob) == html
    page = next(store.iter_html())
    assert page["html"] == html and page["hints"] == {"date_source": "feed"}


def test_store_failed_write_leaves_no_half_article(store, monkeypatch):
    def boom(*a, **k):
        raise sqlite3.OperationalError("disk I/O error (simulated)")

    monkeypatch.setattr(store, "_save_html", boom)
    with pytest.raises(sqlite3.OperationalError):
        store.store_article(record("https://n.org/k2"), source="n", html=b"x")
    assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM article_urls").fetchone()[0] == 0


def test_store_fts_finds_title_and_text(store):
    store.store_article(record("https://n.org/k2"), source="n")
    rows = store.conn.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'hugging'").fetchall()
    assert len(rows) == 1


def test_store_migrations_are_idempotent_and_wal(tmp_path):
    path = tmp_path / "m.db"
    open_db(path).close()
    s = open_db(path)
    names = [r[0] for r in s.conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert len(names) == len(set(names)) >= 4
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    s.close()


def test_store_runs_and_health(store):
    store.upsert_source({"name": "n", "kind": "feed", "urls": ["https://n.org/feed"]})
    run = store.start_run("crawl")
    store.store_article(record("https://n.org/k2"), source="n")
    store.save_run_source(run, "n", {"fetched": 3, "new": 1, "skipped": 1, "failed": 1, "http_429": 1,
                                     "finished_at": "2025-11-06T10:00:00Z",
                                     "reasons": {"failed:http_404": 1, "skipped:off_topic": 1}})
    totals = store.finish_run(run, "ok")
    assert totals == {"fetched": 3, "new": 1, "updated": 0, "duplicate": 0, "skipped": 1, "failed": 1}
    health = store.source_health()[0]
    assert health["articles"] == 1 and health["http_429"] == 1 and health["share_with_authors"] == 1.0
    assert json.loads(health["last_failure_reasons"]) == {"failed:http_404": 1, "skipped:off_topic": 1}


def test_store_start_run_marks_dead_runs_interrupted(store):
    first = store.start_run("crawl")
    second = store.start_run("crawl")
    rows = dict(store.conn.execute("SELECT id, status FROM crawl_runs").fetchall())
    assert rows[first] == "interrupted" and rows[second] == "running"


def test_store_known_urls_include_every_alias(store):
    store.store_article(record("https://n.org/k2", canonical_url="https://n.org/k2/",
                               modified="2025-11-07T00:00:00Z"), source="n", requested_urls=["https://n.org/k2?utm_source=x"])
    known = store.known_urls()
    assert known["https://n.org/k2"]["modified"] == "2025-11-07T00:00:00Z"
    assert "https://n.org/k2/" in known


def test_store_http_state_roundtrip(store):
    store.save_http_state("n", "https://n.org/feed", '"abc"', "Wed, 05 Nov 2025 10:00:00 GMT", 200)
    store.save_http_state("n", "https://n.org/feed", None, None, 304)
    assert store.http_state()["https://n.org/feed"] == {"etag": '"abc"', "last_modified": "Wed, 05 Nov 2025 10:00:00 GMT"}


def test_an_older_database_loses_only_the_redundant_mention_indexes(tmp_path):
    """A database made before drop_redundant_mention_indexes keeps its rows and the composite indexes."""
    path = tmp_path / "old.db"
    s = open_db(path)
    s.store_article(record("https://n.org/old"), source="n")
    with s.conn:
        s.conn.execute("INSERT INTO entities (label, canonical, known, first_seen) VALUES ('MODEL', 'GPT-5', 1, '2025-08-07')")
        s.conn.execute("""INSERT INTO mentions (article_id, entity_id, start, "end", text) VALUES (1, 1, 0, 5, 'GPT-5')""")
        s.conn.execute("CREATE INDEX mentions_article ON mentions(article_id)")
        s.conn.execute("CREATE INDEX mentions_entity ON mentions(entity_id)")
        s.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'drop_redundant_mention_indexes'")
    s.close()
    s = open_db(path)
    try:
        names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions'")}
        assert names == {"mentions_article_entity", "mentions_entity_article"}
        assert s.conn.execute("SELECT article_id, entity_id, text FROM mentions").fetchall() == [(1, 1, "GPT-5")]
    finally:
        s.close()


def test_store_writes_every_time_in_the_one_format(store):
    """Times handed in with an offset (the spiders' fetched_at) are stored as UTC ...Z."""
    store.store_article(record("https://n.org/k2", published="2025-11-06T10:00:00+02:00",
                               modified="2025-11-07T00:30:00+01:00"),
                        source="n", fetched_at="2025-11-08T01:00:00+02:00")
    a = dict(zip(("published", "modified", "first_seen", "last_seen"), store.conn.execute(
        "SELECT published, modified, first_seen, last_seen FROM articles").fetchone()))
    assert a == {"published": "2025-11-06T08:00:00Z", "modified": "2025-11-06T23:30:00Z",
                 "first_seen": "2025-11-07T23:00:00Z", "last_seen": "2025-11-07T23:00:00Z"}
    assert store.conn.execute("SELECT fetched_at FROM article_html").fetchone()[0] == "2025-11-07T23:00:00Z"
    assert {r[0] for r in store.conn.execute("SELECT first_seen FROM article_urls")} == {"2025-11-07T23:00:00Z"}
    # a bare day stays a day
    other = ("Zhipu shipped GLM-4.6 with a longer context window and cheaper tokens; its coding scores rose "
             "on every agentic benchmark the lab reported, and the weights followed a week later. ") * 3
    store.store_article(record("https://n.org/day", text=other, published="2025-11-05"),
                        source="n", fetched_at="2025-11-08T09:00:00+00:00")
    assert store.conn.execute("SELECT published, first_seen FROM articles WHERE url = 'https://n.org/day'"
                              ).fetchone() == ("2025-11-05", "2025-11-08T09:00:00Z")
    run = store.start_run("crawl")
    store.save_run_source(run, "n", {"started_at": "2025-11-08T10:00:00+01:00", "finished_at": "2025-11-08T09:30:00Z"})
    assert store.conn.execute("SELECT started_at, finished_at FROM crawl_run_sources").fetchone() == (
        "2025-11-08T09:00:00Z", "2025-11-08T09:30:00Z")
    store.save_source_schedule("n", 3600.0, "2025-11-08T12:00:00+00:00", 0, "ok")
    assert store.source_schedule()["n"]["next_due"] == "2025-11-08T12:00:00Z"


def _old_database(path):
    """A database as crawls left it before normalize_stored_times, with odd values mixed in."""
    s = open_db(path)
    s.store_article(record("https://n.org/old", published="2025-11-06T08:00:00Z"), source="n",
                    fetched_at="2025-11-08T09:00:00Z")
    with s.conn:
        s.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'normalize_stored_times'")
        s.conn.execute("""UPDATE articles SET published = '2025-11-06T10:00:00+02:00', modified = 'garbage',
                              first_seen = '2025-11-08T09:00:00+00:00', last_seen = '2025-11-09T01:30:00+02:00',
                              updated_at = '2025-11-05'""")
        s.conn.execute("UPDATE article_html SET fetched_at = '2025-11-08T09:00:00+00:00'")
        s.conn.execute("UPDATE article_urls SET first_seen = '2025-11-08T09:00:00+00:00'")
        s.conn.execute("INSERT INTO entities (label, canonical, known, first_seen) "
                       "VALUES ('MODEL', 'GPT-5', 1, '2025-08-07T17:00:00-07:00')")
        s.conn.execute("INSERT INTO http_state (url, last_modified, checked_at) "
                       "VALUES ('https://n.org/feed', 'Wed, 05 Nov 2025 10:00:00 GMT', '2025-11-08T09:00:00.250+00:00')")
        s.conn.execute("INSERT INTO crawl_runs (started_at, finished_at, status) "
                       "VALUES ('2025-11-08T09:00:00+00:00', 'Sat, 08 Nov 2025 09:10:00 GMT', 'ok')")
        s.conn.execute("INSERT INTO source_schedule (source, interval_s, next_due) "
                       "VALUES ('n', 60, '2025-11-08T23:30:00-01:00')")
    s.close()


def test_migration_normalize_stored_times_rewrites_old_rows(tmp_path):
    path = tmp_path / "old.db"
    _old_database(path)
    s = open_db(path)
    try:
        assert s.conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE name = 'normalize_stored_times'"
                              ).fetchone()[0] == 1
        row = s.conn.execute("SELECT published, modified, first_seen, last_seen, updated_at FROM articles").fetchone()
        assert row == ("2025-11-06T08:00:00Z",   # +02:00 converted to UTC
                       "garbage",                # cannot be read: left as it is
                       "2025-11-08T09:00:00Z",   # +00:00 -> Z
                       "2025-11-08T23:30:00Z",   # +02:00 across midnight: the day changes too
                       "2025-11-05")             # a bare day stays a day
        assert s.conn.execute("SELECT fetched_at FROM article_html").fetchone()[0] == "2025-11-08T09:00:00Z"
        assert s.conn.execute("SELECT first_seen FROM article_urls").fetchone()[0] == "2025-11-08T09:00:00Z"
        assert s.conn.execute("SELECT first_seen FROM entities").fetchone()[0] == "2025-08-08T00:00:00Z"
        # the Last-Modified header is sent back verbatim: not a column the migration touches
        assert s.conn.execute("SELECT last_modified, checked_at FROM http_state").fetchone() == (
            "Wed, 05 Nov 2025 10:00:00 GMT", "2025-11-08T09:00:00Z")
        # only ISO 8601 is rewritten; anything else stays exactly as it was
        assert s.conn.execute("SELECT started_at, finished_at FROM crawl_runs").fetchone() == (
            "2025-11-08T09:00:00Z", "Sat, 08 Nov 2025 09:10:00 GMT")
        assert s.conn.execute("SELECT next_due FROM source_schedule").fetchone()[0] == "2025-11-09T00:30:00Z"
        # the full-text index followed the rewritten rows
        assert s.conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'hugging'").fetchall() == [(1,)]
        # a period starting at 09:00Z includes it again ('…09:00:00+00:00' sorted before '…09:00:00Z')
        assert s.conn.execute("SELECT count(*) FROM articles WHERE first_seen >= '2025-11-08T09:00:00Z'").fetchone()[0] == 1
    finally:
        s.close()
    s = open_db(path)   # applied once: reopening changes nothing
    try:
        assert s.conn.execute("SELECT modified FROM articles").fetchone()[0] == "garbage"
    finally:
        s.close()


def test_migration_add_article_minhash_indexes_articles_stored_before(tmp_path):
    path = tmp_path / "old.db"
    s = open_db(path)
    s.store_article(record("https://a.org/k2"), source="a")
    with s.conn:  # as a database made before the migration: no table, migration not recorded
        s.conn.execute("DROP TABLE article_minhash")
        s.conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'add_article_minhash'")
    s.close()
    s = open_db(path)
    try:
        assert s.conn.execute("SELECT count(*) FROM article_minhash").fetchone()[0] == 16
        copy = record("https://b.org/k2", text="Shared by our partner at A, who wrote it first. " + TEXT
                      + " Follow us for the rest of the week's news on open models and benchmarks.")
        assert not dedup.is_near_duplicate(dedup.simhash(TEXT), dedup.simhash(copy["text"]))  # bands find it
        assert s.store_article(copy, source="b").outcome == "duplicate"
    finally:
        s.close()
