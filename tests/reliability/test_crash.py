"""Crash and concurrency safety: kill -9 during a crawl, an annotate run and a digest send; readers
during writes; a second crawl of the same database; an online backup taken mid-crawl, restored.
"""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
import zlib
from pathlib import Path

import pytest

from reliability_helpers import assert_article_text, child_env, cli_cmd, query, run_cli, slug_of, source, write_config
from faultserver import FaultServer
from pipeline.store.db import open_db

N_ARTICLES = 60


def wait_for(predicate, timeout: float = 60.0, every: float = 0.02):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    raise AssertionError("timed out waiting")


def count(db: Path, sql: str) -> int:
    try:
        return query(db, sql)[0]["n"]
    except sqlite3.OperationalError:   # the database or table does not exist yet
        return 0


def kill9(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(10)


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


class Readers:
    """Threads that query the database in a loop (read-only, like sqlite3 or Datasette)."""

    def __init__(self, db: Path, n: int = 2):
        self.db, self.errors, self.reads = db, [], 0
        self.stop = threading.Event()
        self.threads = [threading.Thread(target=self.run, daemon=True) for _ in range(n)]

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                if self.db.exists():
                    conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=30)
                    try:
                        conn.execute("SELECT count(*), max(id) FROM articles").fetchone()
                        conn.execute("SELECT a.title, length(h.html) FROM articles a "
                                     "JOIN article_html h ON h.article_id = a.id").fetchall()
                        conn.execute("SELECT * FROM crawl_runs").fetchall()
                        self.reads += 1
                    finally:
                        conn.close()
            except sqlite3.OperationalError as e:
                if "no such table" not in str(e):
                    self.errors.append(repr(e))
            except Exception as e:  # noqa: BLE001 - any error is a finding
                self.errors.append(repr(e))
            time.sleep(0.005)

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(10)


def test_kill9_during_crawl_then_rerun(tmp_path):
    with FaultServer(delay=0.4) as s:   # slow enough that the CLI calls below end before the crawl does
        s.feeds["slow"] = [f"/slowok/kill-{i:02d}" for i in range(N_ARTICLES)]
        config = write_config(tmp_path, source("slow", [f"{s.url}/feeds/slow.xml"]))
        db = tmp_path / "mw.db"
        proc = subprocess.Popen(cli_cmd(config, "crawl"), cwd=tmp_path, env=child_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        try:
            with Readers(db) as readers:
                wait_for(lambda: count(db, "SELECT count(*) n FROM articles") >= 5)
                # a second crawl of the same database is refused, clearly, while the first runs
                second = run_cli(config, "crawl", check=False, timeout=60)
                assert second.returncode != 0
                assert "a crawl is already running" in second.stderr and "Traceback" not in second.stderr
                # the CLI's readers work during the writes too
                assert "title" in run_cli(config, "sql", "select title from articles limit 1").stdout
                run_cli(config, "stats")
                # an online backup, taken while the crawl writes
                store = open_db(db)
                try:
                    backup = store.backup(tmp_path / "backup" / "mw-backup.db")
                finally:
                    store.close()
                stored_before_kill = count(db, "SELECT count(*) n FROM articles")
                kill9(proc)
            assert readers.errors == [] and readers.reads > 0
        finally:
            if proc.poll() is None:
                kill9(proc)
        assert integrity(db) == "ok"
        stored_at_kill = count(db, "SELECT count(*) n FROM articles")
        assert stored_before_kill <= stored_at_kill < N_ARTICLES, "the crawl finished before it was killed"
        assert query(db, "SELECT status FROM crawl_runs")[-1]["status"] == "running"   # died mid-run
        # the backup is a consistent database that can be restored and crawled into
        assert integrity(backup) == "ok"
        restored = tmp_path / "restored" / "mw.db"
        restored.parent.mkdir()
        shutil.copy(backup, restored)
        n_backup = count(restored, "SELECT count(*) n FROM articles")
        assert 0 < n_backup <= N_ARTICLES

        s.delay = 0.0
        run_cli(config, "crawl")
        run_cli(config, "--db", str(restored), "crawl")

    for target in (db, restored):
        assert integrity(target) == "ok"
        runs = query(target, "SELECT status FROM crawl_runs ORDER BY id")
        assert [r["status"] for r in runs] == ["interrupted", "ok"], runs
        arts = query(target, "SELECT a.id, a.url, a.text, a.revision, h.html FROM articles a "
                             "JOIN article_html h ON h.article_id = a.id")
        slugs = [slug_of(a["url"]) for a in arts]
        assert sorted(slugs) == sorted(f"kill-{i:02d}" for i in range(N_ARTICLES))   # each exactly once
        for a in arts:
            slug = slug_of(a["url"])
            assert a["revision"] == 1
            assert_article_text(a["text"], slug)
            assert f"reference {slug}".encode() in zlib.decompress(a["html"])
        assert count(target, "SELECT count(*) n FROM article_urls") == N_ARTICLES
    # the rerun fetched only what the killed run had not stored
    assert query(db, "SELECT new, unchanged FROM crawl_run_sources WHERE run_id = 2")[0] == \
        {"new": N_ARTICLES - stored_at_kill, "unchanged": stored_at_kill}


ENTITY_TEXT = ("OpenAI released GPT-5 and said it scored 94.6% on AIME 2025. Google answered with Gemini 3 Pro, "
               "which tops LMArena with 1501 Elo, while Anthropic's Claude Opus 4.5 reached 80.9% on SWE-bench "
               "Verified. Alibaba's Qwen3-Max and DeepSeek-V3.2 follow on MMLU-Pro.")


def _annotate_db(path: Path, n: int) -> None:
    from faultserver import words

    store = open_db(path)
    try:
        for i in range(n):
            store.store_article({"url": f"https://news.example/ann-{i}", "title": f"Model news {i}",
                                 "text": f"{ENTITY_TEXT} {words(f'ann-{i}', 60)}.",
                                 "published": "2025-11-04T10:00:00Z"}, source="ann")
    finally:
        store.close()


@pytest.fixture(scope="module")
def annotate_pair(tmp_path_factory):
    """The 400 articles unannotated, and a copy annotated by one uninterrupted single-worker run:
    built once for the two kill tests below (each works on its own copy of the first; both only
    read the reference, which costs an annotate run, i.e. the NLP pipeline started in a new process)."""
    d = tmp_path_factory.mktemp("annotate_pair")
    config = write_config(d, "")
    _annotate_db(d / "unannotated.db", 400)
    shutil.copy(d / "unannotated.db", d / "reference.db")
    run_cli(config, "--db", str(d / "reference.db"), "annotate", "--workers", "1")
    return d / "unannotated.db", d / "reference.db"


def test_kill9_during_annotate_then_rerun(tmp_path, annotate_pair):
    db = tmp_path / "mw.db"
    config = write_config(tmp_path, "")
    shutil.copy(annotate_pair[0], db)
    reference = annotate_pair[1]  # the same articles, annotated in one uninterrupted run

    proc = subprocess.Popen(cli_cmd(config, "annotate", "--batch-size", "8"), cwd=tmp_path, env=child_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        with Readers(db, 1) as readers:
            wait_for(lambda: count(db, "SELECT count(*) n FROM article_nlp") > 0, every=0.005)
            kill9(proc)
        assert readers.errors == []
    finally:
        if proc.poll() is None:
            kill9(proc)
    done = count(db, "SELECT count(*) n FROM article_nlp")
    assert 0 < done < 400, "annotate finished before it was killed"
    assert integrity(db) == "ok"
    # batches are atomic: an annotated article has its mentions, an unannotated one has none
    assert count(db, "SELECT count(*) n FROM mentions WHERE article_id NOT IN (SELECT article_id FROM article_nlp)") == 0

    run_cli(config, "annotate")
    assert integrity(db) == "ok"
    assert count(db, "SELECT count(*) n FROM article_nlp") == 400
    mention_sql = ("SELECT m.article_id, e.label, e.canonical, m.start, m.\"end\" FROM mentions m "
                   "JOIN entities e ON e.id = m.entity_id ORDER BY 1, 4, 5, 2, 3")
    got = [tuple(r.values()) for r in query(db, mention_sql)]
    want = [tuple(r.values()) for r in query(reference, mention_sql)]
    assert got == want and len(got) > 400                     # nothing lost, nothing doubled
    assert query(db, "SELECT count(*) n FROM claims")[0] == query(reference, "SELECT count(*) n FROM claims")[0]
    assert count(db, "SELECT count(*) n FROM (SELECT label, canonical FROM entities GROUP BY 1, 2 HAVING count(*) > 1)") == 0


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                out += [int(x) for x in fh.read().split()]
        except OSError:
            pass
    return out


def test_an_nlp_worker_killed_mid_run_stops_annotate_with_a_message_and_loses_nothing(tmp_path, annotate_pair):
    db = tmp_path / "mw.db"
    config = write_config(tmp_path, "")
    shutil.copy(annotate_pair[0], db)
    reference = annotate_pair[1]  # the same articles, annotated by one worker in one uninterrupted run

    proc = subprocess.Popen(cli_cmd(config, "annotate", "--workers", "2", "--batch-size", "4"), cwd=tmp_path,
                            env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        workers = wait_for(lambda: len(_children(proc.pid)) >= 2 and _children(proc.pid), every=0.005)
        wait_for(lambda: count(db, "SELECT count(*) n FROM article_nlp") > 0, every=0.005)
        os.kill(workers[0], signal.SIGKILL)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            kill9(proc)
    assert proc.returncode == 1, (out, err)
    assert "NLP worker process died" in err and "run annotate again" in err
    assert "Traceback" not in err
    for pid in workers:  # the other worker went with the pool
        wait_for(lambda: not os.path.exists(f"/proc/{pid}") or "Z" in open(f"/proc/{pid}/stat").read().split()[2],
                 timeout=10)
    done = count(db, "SELECT count(*) n FROM article_nlp")
    assert 0 < done < 400 and integrity(db) == "ok"
    assert count(db, "SELECT count(*) n FROM mentions WHERE article_id NOT IN (SELECT article_id FROM article_nlp)") == 0

    run_cli(config, "annotate")
    mention_sql = ("SELECT m.article_id, e.label, e.canonical, m.start, m.\"end\" FROM mentions m "
                   "JOIN entities e ON e.id = m.entity_id ORDER BY 1, 4, 5, 2, 3")
    assert [tuple(r.values()) for r in query(db, mention_sql)] == [tuple(r.values()) for r in query(reference, mention_sql)]
    assert count(db, "SELECT count(*) n FROM article_nlp") == 400


# -- digest send ---------------------------------------------------------------------------------

aiosmtpd = pytest.importorskip("aiosmtpd")


class HoldingHandler:
    """An SMTP handler that, while ``hold`` is set, keeps the first DATA waiting and then refuses it."""

    def __init__(self):
        self.delivered: list[tuple[list[str], bytes]] = []
        self.attempts: list[bytes] = []
        self.hold = threading.Event()
        self.in_data = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        import asyncio

        self.attempts.append(envelope.content)
        if self.hold.is_set():
            self.in_data.set()
            while self.hold.is_set():
                await asyncio.sleep(0.01)
            return "451 4.3.0 client went away"
        self.delivered.append((list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _message_id(content: bytes) -> str:
    from email import message_from_bytes

    return str(message_from_bytes(content)["Message-ID"])


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    handler = HoldingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        yield handler, controller.port
    finally:
        handler.hold.clear()
        controller.stop()


RECIPIENTS = ["ada@example.org", "bob@example.org", "cy@example.org"]


@pytest.fixture(scope="module")
def annotated_five(tmp_path_factory):
    """Five articles, annotated once for the digest tests below (an annotate run starts the NLP
    pipeline in a new process; the smtp settings they add change nothing it stores)."""
    d = tmp_path_factory.mktemp("annotated_five")
    config = write_config(d, "")
    _annotate_db(d / "mw.db", 5)
    run_cli(config, "annotate")
    return d


@pytest.fixture
def digest_env(tmp_path, smtp, annotated_five):
    """This test's config (its own SMTP server) beside its own copy of ``annotated_five``'s database."""
    handler, port = smtp
    config = write_config(tmp_path, "", extra=f"""
[smtp]
host = "127.0.0.1"
port = {port}
security = "none"
from_addr = "modelwire <digest@example.org>"
to = {RECIPIENTS[:2]!r}
bcc = {RECIPIENTS[2:]!r}
timeout = "20s"
""".replace("'", '"'))
    for f in annotated_five.glob("mw.db*"):  # the database file and, if left, its WAL and index
        shutil.copy(f, tmp_path / f.name)
    return config, handler


def test_kill9_during_digest_send_then_rerun_sends_once(tmp_path, digest_env):
    config, handler = digest_env
    handler.hold.set()
    proc = subprocess.Popen(cli_cmd(config, "digest", "--week", "2025-W45", "--send"), cwd=tmp_path,
                            env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        assert handler.in_data.wait(60), proc.communicate(timeout=5)
        kill9(proc)                          # killed in the middle of the SMTP conversation
    finally:
        if proc.poll() is None:
            kill9(proc)
        handler.hold.clear()
    db = tmp_path / "mw.db"
    assert integrity(db) == "ok"
    assert handler.delivered == [] and count(db, "SELECT count(*) n FROM digest_sends") == 0

    first = run_cli(config, "digest", "--week", "2025-W45", "--send")
    assert "Sent" in first.stdout, first.stdout + first.stderr
    again = run_cli(config, "digest", "--week", "2025-W45", "--send")     # e.g. the scheduler's retry
    assert "Not sent" in again.stdout + again.stderr
    # a message of their own for each recipient, each exactly once
    assert all(len(rcpts) == 1 for rcpts, _ in handler.delivered)
    assert sorted(r for rcpts, _ in handler.delivered for r in rcpts) == sorted(RECIPIENTS)
    assert sorted(r["recipient"] for r in query(db, "SELECT recipient FROM digest_sends")) == sorted(RECIPIENTS)
    assert integrity(db) == "ok"


def test_retried_send_reuses_the_message_id(tmp_path, digest_env):
    config, handler = digest_env
    handler.hold.set()
    proc = subprocess.Popen(cli_cmd(config, "digest", "--week", "2025-W45", "--send"), cwd=tmp_path,
                            env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        assert handler.in_data.wait(60)
        kill9(proc)
    finally:
        if proc.poll() is None:
            kill9(proc)
        handler.hold.clear()
    run_cli(config, "digest", "--week", "2025-W45", "--send")
    assert _message_id(handler.attempts[0]) == _message_id(handler.delivered[0][1])
