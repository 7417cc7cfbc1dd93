"""A first-time user's sweep of the CLI (ux-sweep): each case a user met as a traceback, a misleading
line or a silent wrong result, now one line naming the problem with the documented exit status, and
nothing stored changed that should not be."""
from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from pipeline.cli.main import main
from pipeline.config import ConfigError, parse_config


def cli(*args, stdin=None):
    return CliRunner().invoke(main, list(args), input=stdin)


def one_line(result, code, *words):
    """Exit ``code``, no traceback, exactly one line on stderr, holding ``words``."""
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])
    return lines[0]


def usage_error(result, *words):
    """A click usage error: exit 2, its 'Error:' line naming the problem, no traceback."""
    assert result.exit_code == 2, (result.output, result.exception)
    assert "Traceback" not in result.output
    error = [line for line in result.stderr.splitlines() if line.startswith("Error")]
    assert len(error) == 1, result.stderr
    for w in words:
        assert w in error[0], (w, error[0])


# -- databases modelwire cannot use -------------------------------------------------------------

def _newer(path):
    """A database a later modelwire migrated: a schema step this one does not know, and a column
    this version would not fill."""
    from pipeline.store.db import open_db

    open_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('modelwire', 'add_source_owner', '2027-01-01 00:00:00')")
    conn.execute("ALTER TABLE sources ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind, words", [
    ("junk", ["not a SQLite database"]),
    ("folder", ["is a folder"]),
    ("newer", ["made by a newer modelwire", "add_source_owner"]),
])
@pytest.mark.parametrize("command", [["stats"], ["annotate"], ["digest", "--week", "2025-W49"], ["init"],
                                     ["scores"], ["kb", "candidates"]])
def test_a_database_modelwire_cannot_use_is_one_line(tmp_path, kind, words, command):
    db = tmp_path / "m.db"
    if kind == "junk":
        db.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(8192)))
    elif kind == "folder":
        db.mkdir()
    else:
        _newer(db)
    before = db.read_bytes() if db.is_file() else None
    if command == ["init"]:
        command = ["--config", str(tmp_path / "modelwire.toml"), "init"]
    result = cli("--db", str(db), *command)
    if kind == "newer" and command[0] in ("scores", "kb"):    # readers only read: a newer file answers
        assert result.exit_code == 0, result.output
    else:
        one_line(result, 2, str(db), *words)
    if before is not None and kind == "junk":
        assert db.read_bytes() == before
    if command[-1] == "init":   # nothing written when the database named cannot be used
        assert not (tmp_path / "modelwire.toml").exists()


@pytest.fixture
def read_only_db(tmp_path):
    """A database the process cannot write: chmod for a user, the immutable attribute for root."""
    from pipeline.store.db import open_db

    db = tmp_path / "ro.db"
    open_db(db).close()
    for extra in ("-wal", "-shm"):
        (tmp_path / f"ro.db{extra}").unlink(missing_ok=True)
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode:
            pytest.skip("running as root without chattr +i: no way to make a file read-only")
    else:
        db.chmod(0o444)
    yield db
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(db)], capture_output=True)


def test_a_read_only_database_is_one_line_when_a_write_is_refused(read_only_db):
    result = cli("--db", str(read_only_db), "digest", "--week", "2025-W49")
    one_line(result, 2, str(read_only_db), "read-only", "permissions")
    assert cli("--db", str(read_only_db), "stats").exit_code == 0      # reading it still works


def test_sqlites_own_read_only_refusal_becomes_the_one_line(tmp_path):
    # runs everywhere (the CLI test above needs chmod or chattr +i): a real SQLITE_READONLY from a
    # connection opened read-only, described as the CLI describes it
    from pipeline.store.db import DatabaseUnusable, describe_db_error, open_db

    db = tmp_path / "ro.db"
    open_db(db).close()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as refused:
            conn.execute("CREATE TABLE t (x)")
    finally:
        conn.close()
    err = describe_db_error(db, refused.value)
    assert isinstance(err, DatabaseUnusable) and "\n" not in str(err)
    assert str(err).startswith(f"{db}: read-only") and "permissions" in str(err) and err.status == 2


def test_a_database_locked_past_the_busy_timeout_is_exit_3(tmp_path, monkeypatch):
    import pipeline.store.db as db_mod

    db = tmp_path / "m.db"
    db_mod.open_db(db).close()
    monkeypatch.setattr(db_mod, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")        # another process mid-transaction
    try:
        result = cli("--db", str(db), "digest", "--week", "2025-W49")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    one_line(result, 3, str(db), "locked by another process")
    assert sqlite3.connect(db).execute("SELECT count(*) FROM digests").fetchone()[0] == 0


# -- config entries that loaded but could not work ----------------------------------------------

@pytest.mark.parametrize("raw, words", [
    ({"schedule": {"crawl_every": "0m"}}, ["[schedule] crawl_every", "0s is too short"]),
    ({"schedule": {"misfire_grace": 0}}, ["[schedule] misfire_grace", "at least 1s"]),
    ({"crawl": {"timeout": 0}}, ["[crawl] timeout", "too short"]),
    ({"schedule": {"min_interval": "2d"}}, ["min_interval", "2d is longer than max_interval (1d)"]),
])
def test_durations_that_cannot_work_are_refused_on_load(tmp_path, raw, words):
    with pytest.raises(ConfigError) as err:
        parse_config(raw, tmp_path / "modelwire.toml")
    for w in ["modelwire.toml", *words]:
        assert w in str(err.value)
    parse_config({"crawl": {"download_delay": 0}}, None)     # no pause between requests is fine


def test_schedule_list_with_a_zero_misfire_grace_is_one_line(tmp_path):
    config = tmp_path / "modelwire.toml"
    config.write_text("[schedule]\nmisfire_grace = 0\n", encoding="utf-8")
    one_line(cli("--config", str(config), "schedule", "--list"), 2, "modelwire.toml", "misfire_grace")


@pytest.mark.parametrize("entry, make, words", [
    ("latin1.jsonl", lambda p: p.write_bytes(b'{"label": "MODEL", "name": "Caf\xe9-7B"}\n'),
     ["kb_files[0]", "latin1.jsonl", "not UTF-8", "byte 31"]),
    ("kbdir", lambda p: p.mkdir(), ["kb_files[0]", "'", "kbdir", "is a folder"]),
])
@pytest.mark.parametrize("command", [["entities", "GPT-5"], ["kb", "accept", "Zed-2", "--label", "MODEL"]])
def test_a_kb_file_the_nlp_cannot_read_names_the_config_entry(tmp_path, entry, make, words, command):
    make(tmp_path / entry)
    config = tmp_path / "modelwire.toml"
    config.write_text(f'[nlp]\nkb_files = ["{entry}"]\n', encoding="utf-8")
    one_line(cli("--config", str(config), "--db", str(tmp_path / "m.db"), *command), 2, "modelwire.toml", *words)


# -- options that answered the wrong question ---------------------------------------------------

@pytest.mark.parametrize("args, words", [
    (["top", "--limit", "-1"], ["--limit", "-1"]),
    (["top", "--limit", "0"], ["--limit"]),
    (["search", "GPT", "--limit", "-5"], ["--limit"]),
    (["scores", "--limit", "-1"], ["--limit"]),
    (["trend", "GPT-5", "--weeks", "100000"], ["--weeks", "2600"]),
    (["browse", "--port", "99999"], ["--port"]),
    (["digest", "--week", "2099-W01"], ["2099-W01 has not started yet", "2098-12-29"]),
    (["schedule", "--group", "labs"], ["--group goes with --run-now crawl"]),
    (["crawl", "--url", "https://example.org/feed.xml", "--source", "lab"], ["leave out --source and --group"]),
])
def test_an_option_out_of_range_is_a_usage_error(digest_db, args, words):
    usage_error(cli("--db", str(digest_db), *args), *words)
    assert sqlite3.connect(digest_db).execute("SELECT count(*) FROM digests WHERE week LIKE '2099%'").fetchone()[0] == 0


@pytest.mark.parametrize("command", [["top"], ["scores"], ["search", "model"]])
def test_until_before_since_is_refused_not_answered_empty(digest_db, command):
    one_line(cli("--db", str(digest_db), *command, "--since", "2025-12-01", "--until", "2025-11-01"), 2,
             "--until 2025-11-01 is before --since 2025-12-01")


def test_a_bad_since_is_a_usage_error_in_every_query(digest_db):
    for command in (["top"], ["scores"], ["kb", "candidates"]):
        one_line(cli("--db", str(digest_db), *command, "--since", "30x"), 2, "'30x' is not a date")


def test_sql_without_a_query_says_so(digest_db):
    one_line(cli("--db", str(digest_db), "sql", "  ;"), 2, "no SQL given")


def test_crawl_of_an_unknown_group_names_the_groups(tmp_path):
    config = tmp_path / "modelwire.toml"
    config.write_text('[[sources]]\nname = "lab"\nurls = ["https://example.org/"]\ngroup = "labs"\n', encoding="utf-8")
    one_line(cli("--config", str(config), "crawl", "--group", "lbas"), 2, "no enabled source in group 'lbas'",
             "groups: labs")
    assert not (tmp_path / "modelwire.db").exists()


def test_reextract_of_an_id_not_stored_says_so(digest_db):
    result = cli("--db", str(digest_db), "reextract", "--id", "987654")
    assert "Re-extracted 0 article(s)" in result.stdout
    one_line(result, 2, "--id", "987654")


def test_extract_of_a_folder_without_pages_is_an_error(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "readme.txt").write_text("no pages here", encoding="utf-8")
    one_line(cli("extract", str(tmp_path / "notes")), 1, "notes", "a folder with no .html")


# -- stdin that is not UTF-8 --------------------------------------------------------------------

def test_nlp_reads_a_byte_order_mark_and_names_a_line_that_is_not_utf8():
    import json

    data = ('\ufeff{"id": 1, "text": "GPT-5 is out."}\r\n'.encode("utf-8")
            + b'{"id": 2, "text": "Caf\xe9 chat with GPT-5"}\n'
            + b'{"id": 3, "text": "Claude Sonnet 4.5 too."}\n')
    result = cli("nlp", stdin=data)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [1, 2, 3]
    assert "error" not in rows[0] and any(e["canonical"] == "GPT-5" for e in rows[0]["entities"])
    assert rows[1]["error"].startswith("line 2: not UTF-8 text (byte 0xe9 at column 23)")
    assert "error" not in rows[2]


def test_entities_from_stdin_that_is_not_utf8_is_one_line():
    one_line(cli("entities", "-", stdin=b"Caf\xe9 chat with GPT-5"), 2, "stdin", "not UTF-8", "0xe9")


# -- Ctrl-C -------------------------------------------------------------------------------------

def _default_ctrl_c():
    # A command started from a terminal gets Ctrl-C's default action; a suite started in the background
    # (`make test &`) hands its children SIGINT ignored, and Python then never raises KeyboardInterrupt.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _popen(cwd, *args):
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", *args], cwd=cwd, preexec_fn=_default_ctrl_c,
                            stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_ctrl_c_is_exit_130_with_one_line(tmp_path):
    proc = _popen(tmp_path, "nlp")
    proc.stdin.write(b"".join(b'{"id": %d, "text": "GPT-5 is out."}\n' % i for i in range(64)))   # one batch
    proc.stdin.flush()
    assert b'"id": 0' in proc.stdout.readline()     # answered, and waiting for more lines
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    lines = [line for line in err.decode().splitlines() if line.strip()]
    assert lines == ["Error: interrupted; what was stored so far is kept (run the command again to go on)"]


def test_sigterm_is_exit_143_with_one_line_and_batch_1_answers_each_line(tmp_path):
    proc = _popen(tmp_path, "nlp", "--batch", "1")
    proc.stdin.write(b'{"id": 7, "text": "GPT-5 scored 74.9% on SWE-bench Verified."}\n')   # one line, no EOF
    proc.stdin.flush()
    answer = proc.stdout.readline()                 # answered before any further line arrives
    assert b'"id": 7' in answer and b"SWE-bench Verified" in answer
    proc.send_signal(signal.SIGTERM)                # as a service manager or the scheduler's time limit stops it
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    lines = [line for line in err.decode().splitlines() if line.strip()]
    assert lines == ["Error: terminated (SIGTERM); what was stored so far is kept (run the command again to go on)"]


def test_batch_below_one_is_a_usage_error():
    usage_error(cli("nlp", "--batch", "0", stdin=b""), "--batch")


class _SlowSite(BaseHTTPRequestHandler):
    """A feed of six articles, each answered after PAUSE seconds: a crawl that is still fetching."""

    PAUSE = 4.0
    hits: list[str] = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        type(self).hits.append(self.path)
        if self.path == "/feed.xml":
            items = "".join(f"<item><title>Model {i} released</title><link>http://{self.headers['Host']}/a/{i}"
                            f"</link></item>" for i in range(6))
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
            self._send(body.encode(), "application/rss+xml")
        elif self.path.startswith("/a/"):
            time.sleep(self.PAUSE)
            text = "<p>The lab released a new language model today with open weights and benchmark scores.</p>" * 8
            self._send(f"<html><head><title>Model</title></head><body><article>{text}</article></body></html>"
                       .encode(), "text/html")
        else:
            self.send_error(404)

    def _send(self, body, ctype):
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def slow_site(tmp_path):
    _SlowSite.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowSite)
    server.daemon_threads = True
    server.handle_error = lambda *_: None     # the stopped crawl hangs up on the pages it asked for
    threading.Thread(target=server.serve_forever, daemon=True).start()
    (tmp_path / "modelwire.toml").write_text(
        f'[modelwire]\nallow_private = ["127.0.0.1"]\n[crawl]\ndownload_delay = 0\nobey_robots = false\n'
        f'[[sources]]\nname = "slow"\nkind = "feed"\nurls = ["http://127.0.0.1:{server.server_port}/feed.xml"]\n',
        encoding="utf-8")
    yield tmp_path
    server.shutdown()


def _run_row(db):
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT status, error FROM crawl_runs").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("when", ["starting", "fetching, twice"])
def test_ctrl_c_during_a_crawl_is_recorded_as_interrupted(slow_site, when):
    proc = _popen(slow_site, "crawl")
    deadline = time.monotonic() + 60
    if when == "starting":        # before Scrapy's own handler: once held, or a KeyboardInterrupt
        while b"Crawling" not in proc.stderr.readline() and time.monotonic() < deadline:
            pass
        proc.send_signal(signal.SIGINT)
    else:                         # a second Ctrl-C stops Scrapy at once: no source finishes its record
        while not any(h.startswith("/a/") for h in _SlowSite.hits) and time.monotonic() < deadline:
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        time.sleep(0.3)
        proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert b"Traceback" not in err + out and b"Unhandled error" not in err
    assert b"worker died" not in err
    rows = _run_row(slow_site / "modelwire.db")
    assert len(rows) == 1 and rows[0][0] == "interrupted", (rows, err)
    assert "stopped" in (rows[0][1] or "") or rows[0][1] == "interrupted by the user"
    assert b"interrupted" in out + err
