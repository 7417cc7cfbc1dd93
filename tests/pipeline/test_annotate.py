"""The annotate stage on a real database: what it stores, what it redoes, and that a kill loses nothing."""
from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.annotate.run import annotate, nlp_version
from pipeline.store.db import open_db

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = [json.loads(line) for line in (ROOT / "tests/data/nlp/summaries.jsonl").read_text().splitlines() if line.strip()]


def fill(db_path: Path, n: int = 8):
    store = open_db(db_path)
    for i, a in enumerate(ARTICLES[:n]):
        store.store_article({"url": f"https://news.example/{i}", "title": a["title"], "text": a["text"],
                             "published": f"2025-11-{i + 1:02d}T09:00:00Z", "authors": [], "tags": [],
                             "word_count": len(a["text"].split())}, source="test")
    return store


@pytest.fixture
def store(tmp_path):
    s = fill(tmp_path / "a.db")
    yield s
    s.close()


def test_annotate_stores_entities_mentions_claims_summaries(store):
    result = annotate(store)
    assert result.articles == 8 and result.errors == 0 and result.mentions > 50
    conn = store.conn
    for aid, text in conn.execute("SELECT id, text FROM articles"):
        for start, end, surface in conn.execute('SELECT start, "end", text FROM mentions WHERE article_id = ?', (aid,)):
            assert text[start:end] == surface
    labels = {r[0] for r in conn.execute("SELECT DISTINCT label FROM entities")}
    assert labels == {"MODEL", "ORG", "BENCHMARK"}
    summaries = [r[0] for r in conn.execute("SELECT summary FROM article_nlp")]
    assert len(summaries) == 8 and all(1 <= len(s.split()) <= 80 for s in summaries)
    n_claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert n_claims == result.claims
    # every claim names a model and a benchmark that were found in the same article
    bad = conn.execute("""SELECT count(*) FROM claims c WHERE NOT EXISTS (
        SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id
        WHERE m.article_id = c.article_id AND e.canonical = c.benchmark)""").fetchone()[0]
    assert bad == 0
    # first_seen is the earliest article date that mentions the entity
    row = conn.execute("""SELECT e.first_seen, min(a.published) FROM entities e JOIN mentions m ON m.entity_id = e.id
                          JOIN articles a ON a.id = m.article_id GROUP BY e.id LIMIT 1""").fetchone()
    assert row[0] == row[1]


def test_annotate_second_run_does_nothing_then_redoes_changed_article(store):
    annotate(store)
    assert annotate(store).articles == 0
    conn = store.conn
    before = conn.execute("SELECT count(*) FROM mentions WHERE article_id = 1").fetchone()[0]
    a = ARTICLES[0]
    store.store_article({"url": "https://news.example/0", "title": a["title"],
                         "text": a["text"] + "\n\nUpdate: Mistral AI also released Magistral Medium.",
                         "published": "2025-11-01T09:00:00Z", "authors": [], "tags": []}, source="test")
    result = annotate(store)
    assert result.articles == 1
    after = conn.execute("SELECT count(*) FROM mentions WHERE article_id = 1").fetchone()[0]
    assert after > before  # replaced, with the new mentions: not appended twice
    assert after < 2 * before
    assert conn.execute("SELECT count(*) FROM article_nlp").fetchone()[0] == 8


def test_annotate_user_kb_change_reannotates_everything(store, tmp_path):
    annotate(store)
    kb = tmp_path / "mine.jsonl"
    kb.write_text(json.dumps({"name": "Tokenwise Research", "label": "ORG", "kind": "company", "aliases": ["Tokenwise"]}) + "\n")
    opts = {"kb_files": [str(kb)]}
    assert nlp_version("v", opts) != "v"
    assert annotate(store, opts).articles == 8
    assert annotate(store, opts).articles == 0
    kb.write_text(kb.read_text() + json.dumps({"name": "Orbit Labs", "label": "ORG", "kind": "company", "aliases": []}) + "\n")
    assert annotate(store, opts).articles == 8


def test_annotate_bad_user_kb_entry_is_a_clear_cli_error(tmp_path):
    fill(tmp_path / "mw.db", 1).close()
    kb = tmp_path / "mine.jsonl"
    kb.write_text('{"name": "Fine Co", "label": "ORG", "kind": "company", "aliases": []}\n{"name": "Broken", "kind": \n')
    (tmp_path / "modelwire.toml").write_text('[modelwire]\ndb = "mw.db"\n[nlp]\nkb_files = ["mine.jsonl"]\n')
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "annotate"], capture_output=True, text=True,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "mine.jsonl:2" in proc.stderr and "Traceback" not in proc.stderr


def test_annotate_killed_midway_resumes_without_loss_or_duplicates(tmp_path):
    db = tmp_path / "mw.db"
    fill(db, 20).close()
    cmd = [sys.executable, "-m", "pipeline.cli", "--db", str(db), "-q", "annotate", "--batch-size", "1"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)

    def done():
        try:
            conn = sqlite3.connect(db, timeout=10)
            return conn.execute("SELECT count(*) FROM article_nlp").fetchone()[0]
        except sqlite3.OperationalError:
            return 0

    deadline = time.monotonic() + 120
    while done() < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = done()
    assert 1 <= partial < 20, "the kill came too late to test anything"
    rerun = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"Annotated {20 - partial} article(s)" in rerun.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM article_nlp").fetchone()[0] == 20
    mismatched = conn.execute("""SELECT count(*) FROM article_nlp n WHERE n.entity_count !=
        (SELECT count(*) FROM mentions m WHERE m.article_id = n.article_id)""").fetchone()[0]
    assert mismatched == 0


def test_nlp_filter_cli_bad_lines_get_error_lines(tmp_path):
    lines = "\n".join([json.dumps({"id": "a", "text": "GPT-5 scored 74.9% on SWE-bench Verified."}),
                       "{not json", json.dumps({"id": "c", "text": 42}),
                       json.dumps({"id": "d", "text": "Anthropic released Claude Opus 4.5."})]) + "\n"
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "nlp"], input=lines, capture_output=True,
                          text=True, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "c", "d"]
    assert "error" in out[1] and "line 2" in out[1]["error"] and "error" in out[2]
    ents = {(e["text"], e["label"]) for e in out[0]["entities"]}
    assert ("GPT-5", "MODEL") in ents and ("SWE-bench Verified", "BENCHMARK") in ents
    text = json.loads(lines.splitlines()[0])["text"]
    assert all(text[e["start"]:e["end"]] == e["text"] for e in out[0]["entities"])
    assert out[0]["claims"][0]["score"] == 74.9


def test_entities_cli_table(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "entities",
                           "Qwen3-Max tops LMArena with 1,450 Elo, ahead of GPT-5."], capture_output=True, text=True,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Qwen3-Max" in proc.stdout and "LMArena" in proc.stdout and "1450.0 elo" in proc.stdout


def _nlp_tables(conn) -> dict:
    cols = {"entities": "id, label, canonical, known, org, family, first_seen",
            "mentions": 'id, article_id, entity_id, start, "end", text, sentence',
            "claims": 'id, article_id, model, benchmark, score, unit, metric, comparison, sentence, start, "end"',
            "article_nlp": "article_id, nlp_version, text_hash, summary, entity_count, claim_count"}
    return {t: conn.execute(f"SELECT {c} FROM {t} ORDER BY 1").fetchall() for t, c in cols.items()}


def test_worker_processes_store_exactly_what_one_process_stores(tmp_path):
    """Two worker processes, small batches so several are in flight: the same rows, ids included."""
    one, two = fill(tmp_path / "one.db", len(ARTICLES)), fill(tmp_path / "two.db", len(ARTICLES))
    try:
        r1 = annotate(one, batch_size=3, workers=1)
        progress: list[int] = []
        r2 = annotate(two, batch_size=3, workers=2, progress=progress.append)
        assert (r2.articles, r2.mentions, r2.claims) == (r1.articles, r1.mentions, r1.claims)
        assert sum(progress) == len(ARTICLES) and len(progress) == -(-len(ARTICLES) // 3)
        t1, t2 = _nlp_tables(one.conn), _nlp_tables(two.conn)
        assert len(t1["mentions"]) > 100 and len(t1["claims"]) > 5
        assert t1 == t2
        # the worker processes are gone once annotate returns
        import multiprocessing
        assert multiprocessing.active_children() == []
    finally:
        one.close()
        two.close()


def test_a_batch_is_one_upsert_per_entity_with_the_earliest_date(tmp_path):
    """Entities seen in several articles of one batch keep the earliest date and the KB's knowledge."""
    store = fill(tmp_path / "b.db", len(ARTICLES))
    try:
        annotate(store, batch_size=len(ARTICLES), workers=1)
        bad = store.conn.execute("""SELECT count(*) FROM entities e WHERE e.first_seen != (
            SELECT min(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = e.id)""").fetchone()[0]
        assert bad == 0
        multi = store.conn.execute("""SELECT count(*) FROM (SELECT entity_id FROM mentions GROUP BY entity_id
                                      HAVING count(DISTINCT article_id) > 1)""").fetchone()[0]
        assert multi > 5
    finally:
        store.close()


def test_entities_written_batch_by_batch_equal_one_batch_when_dates_run_backwards(tmp_path):
    """Later batches hold earlier articles, so entities the run has already stored must still get
    their earlier first_seen: the run's memory of stored entities skips only writes that change nothing."""
    stores = []
    for name in ("small.db", "whole.db"):
        store = open_db(tmp_path / name)
        for i, a in enumerate(ARTICLES):
            store.store_article({"url": f"https://news.example/{i}", "title": a["title"], "text": a["text"],
                                 "published": f"2025-{12 - i // 28:02d}-{28 - i % 28:02d}T09:00:00Z", "authors": [],
                                 "tags": [], "word_count": len(a["text"].split())}, source="test")
        stores.append(store)
    small, whole = stores
    try:
        annotate(small, batch_size=2, workers=1)
        annotate(whole, batch_size=len(ARTICLES), workers=1)
        rows = "SELECT label, canonical, known, org, family, first_seen FROM entities ORDER BY label, canonical"
        got, want = small.conn.execute(rows).fetchall(), whole.conn.execute(rows).fetchall()
        assert got == want and len(got) > 20
        moved = small.conn.execute("""SELECT count(*) FROM entities e WHERE e.first_seen < (
            SELECT max(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = e.id)""").fetchone()[0]
        assert moved > 5  # entities seen again in a later batch, with an earlier date
        assert _nlp_tables(small.conn)["mentions"] == _nlp_tables(whole.conn)["mentions"]
    finally:
        for s in stores:
            s.close()


def test_workers_are_spawned_not_forked_beside_other_threads(tmp_path, monkeypatch):
    """With another thread alive a fork could copy a held lock: the workers are spawned and load
    the pipeline themselves; the stored rows are the same. bench/ (its nlp.py) and tests/ (its
    nlp/ folder) go first on sys.path: neither may shadow the real package in the spawned workers."""
    import threading

    import nlp  # noqa: F401  (this process has the real package already, as annotate's callers do)
    from pipeline.annotate import pool as annotate_pool

    monkeypatch.syspath_prepend(str(ROOT / "tests"))
    monkeypatch.syspath_prepend(str(ROOT / "bench"))
    monkeypatch.chdir(tmp_path)  # and the working directory (sys.path's "") is not the project

    one, two = fill(tmp_path / "one.db", 12), fill(tmp_path / "two.db", 12)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    methods = []
    real = annotate_pool.ProcessPoolExecutor

    def recording(*args, **kwargs):
        methods.append(kwargs["mp_context"].get_start_method())
        return real(*args, **kwargs)

    annotate_pool.ProcessPoolExecutor = recording
    try:
        annotate(one, batch_size=4, workers=1)
        annotate(two, batch_size=4, workers=2)
        assert methods == ["spawn"]
        assert _nlp_tables(one.conn) == _nlp_tables(two.conn)
    finally:
        annotate_pool.ProcessPoolExecutor = real
        stop.set()
        one.close()
        two.close()
