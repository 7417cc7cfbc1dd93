"""Rough edges a first-time user meets (issue 17), each through the real CLI in a subprocess:
the exit status, one clear line, no traceback, and nothing created or changed that should not be."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run(cwd, *args):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def one_error_line(proc, *words):
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert "Traceback" not in proc.stderr + proc.stdout
    assert len(lines) == 1 and lines[0].startswith("Error"), proc.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])
    return lines[0]


@pytest.mark.parametrize("url", ["not-a-url", "file:///etc/passwd", "ftp://example.org/feed.xml", "http://"])
def test_crawl_refuses_a_url_that_is_not_http_at_once(tmp_path, url):
    proc = run(tmp_path, "--db", "x.db", "crawl", "--url", url)
    assert proc.returncode == 2
    one_error_line(proc, "--url", "http")
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("command", [["annotate"], ["reextract"], ["stats"], ["schedule", "--list"],
                                     ["digest", "--week", "2025-W49"]])
def test_a_mistyped_db_is_reported_not_created(tmp_path, command):
    proc = run(tmp_path, "--db", "typo/modelwre.db", *command)
    assert proc.returncode == 2
    one_error_line(proc, "typo/modelwre.db", "no database yet")
    assert list(tmp_path.iterdir()) == []      # no database, no folder, no job store


def test_config_pointing_at_a_folder(tmp_path):
    (tmp_path / "conf").mkdir()
    proc = run(tmp_path, "--config", "conf", "stats")
    assert proc.returncode == 2
    one_error_line(proc, "conf", "folder")


@pytest.mark.parametrize("key, value, words", [("digest_day", '"funday"', ["digest_day", "funday", "weekday"]),
                                               ("digest_time", '"7 am"', ["digest_time", "HH:MM"])])
def test_schedule_list_reports_a_bad_schedule_setting(tmp_path, key, value, words):
    (tmp_path / "modelwire.toml").write_text(f"[schedule]\n{key} = {value}\n", encoding="utf-8")
    assert run(tmp_path, "init").returncode == 2      # every command loads the config the same way
    proc = run(tmp_path, "schedule", "--list")
    assert proc.returncode == 2
    one_error_line(proc, "modelwire.toml", *words)


def test_stats_first_line_counts_sources(tmp_path):
    assert run(tmp_path, "--db", "m.db", "init").returncode == 0
    proc = run(tmp_path, "--db", "m.db", "stats")
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[0]
    assert first.endswith("0 articles from 0 sources, 0 duplicate URLs, 0 crawl runs."), first


PAGE = b"<!doctype html><html><head><title>Qwen3 ships</title></head><body><article><p>" + \
    b"Alibaba released Qwen3 today. " * 20 + b"</p></article></body></html>"


@pytest.mark.parametrize("name, data, words", [
    ("fake.html.gz", b"this is not gzip at all", ["fake.html.gz", "gzip"]),
    ("a.out", b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 40, ["a.out", "not an HTML page", "ELF"]),
    ("noise.html", bytes((i * 7919 + 13) % 256 for i in range(70_000)), ["noise.html", "not an HTML page"]),
    ("notes.html", b"Just some plain text notes.\n" * 50, ["notes.html", "no HTML markup"]),
    ("empty.html", b"", ["empty.html", "empty"]),
])
def test_extract_says_what_is_not_a_page(tmp_path, name, data, words):
    (tmp_path / name).write_bytes(data)
    proc = run(tmp_path, "extract", name)
    assert proc.returncode == 2 and proc.stdout == ""
    one_error_line(proc, *words)


def test_extract_of_a_folder_goes_on_past_a_bad_file(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_bytes(PAGE)
    (folder / "b.html").write_bytes(b"\x00\x01\x02" * 100)
    proc = run(tmp_path, "extract", "pages")
    assert proc.returncode == 1
    assert len(proc.stdout.splitlines()) == 1 and '"Qwen3 ships"' in proc.stdout
    one_error_line(proc, "b.html", "binary data")


def test_extract_gz_is_decompressed_only_up_to_max_size(tmp_path):
    import gzip

    (tmp_path / "modelwire.toml").write_text('[crawl]\nmax_size = "1MB"\n', encoding="utf-8")
    bomb = gzip.compress(PAGE + b" " * 50_000_000)      # 50 MB of spaces in ~50 KB
    (tmp_path / "bomb.html.gz").write_bytes(bomb)
    (tmp_path / "ok.html.gz").write_bytes(gzip.compress(PAGE))
    proc = run(tmp_path, "extract", "bomb.html.gz")
    assert proc.returncode == 2
    one_error_line(proc, "bomb.html.gz", "max_size")
    ok = run(tmp_path, "extract", "ok.html.gz")
    assert ok.returncode == 0 and '"Qwen3 ships"' in ok.stdout


@pytest.fixture
def foreign_db(tmp_path):
    import sqlite3

    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE birds (name TEXT)")
    conn.execute("INSERT INTO birds VALUES ('wren'), ('kestrel')")
    conn.commit()
    conn.close()
    return path


def _snapshot(path):
    return sorted((p.name, p.stat().st_size, p.read_bytes()) for p in path.parent.iterdir())


def test_sql_reads_any_sqlite_file_without_changing_it(tmp_path, foreign_db):
    before = _snapshot(foreign_db)
    proc = run(tmp_path, "--db", str(foreign_db), "sql", "select name from birds order by name", "--csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "name\nkestrel\nwren\n"
    top = run(tmp_path, "--db", str(foreign_db), "top")
    assert top.returncode == 2                        # a usage problem, as for any wrong --db
    one_error_line(top, "not a modelwire database")
    assert _snapshot(foreign_db) == before            # no migrations, no WAL switch, no new files


def test_sql_pragma_that_would_write_is_refused_as_read_only(tmp_path):
    assert run(tmp_path, "--db", "m.db", "init").returncode == 0     # a modelwire database is in WAL mode
    proc = run(tmp_path, "--db", "m.db", "sql", "PRAGMA journal_mode=DELETE")
    assert proc.returncode == 1
    one_error_line(proc, "refused", "read-only")
    assert run(tmp_path, "--db", "m.db", "sql", "PRAGMA journal_mode").stdout.splitlines()[-1] == "wal"


def test_sql_runaway_query_is_stopped_by_the_time_limit(tmp_path, foreign_db):
    runaway = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    proc = run(tmp_path, "--db", str(foreign_db), "sql", runaway, "--timeout", "0.5")
    assert proc.returncode == 1
    one_error_line(proc, "stopped", "time limit")


def test_sql_runaway_query_stops_on_ctrl_c(tmp_path, foreign_db):
    import signal
    import time

    runaway = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "--db", str(foreign_db), "sql", runaway,
                             "--timeout", "0"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_until_querying(proc, foreign_db)           # well into the query, whatever the start-up costs
    assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 1 and "Traceback" not in err
    assert "interrupted (Ctrl-C)" in err


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")   # utime + stime


def _wait_until_querying(proc, db: Path, timeout: float = 120) -> None:
    """Until the child holds `db` open and has since spent 0.2 s of CPU: opening the file is the
    last step of `sql` before the query (and its Ctrl-C handler), so that time is the query's.
    The command prints nothing while a query runs, so these are what can be observed of it."""
    import time

    deadline, since = time.monotonic() + timeout, None
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            if since is None:
                fds = Path(f"/proc/{proc.pid}/fd")
                if any(os.path.realpath(fds / fd) == str(db.resolve()) for fd in os.listdir(fds)):
                    since = _cpu_seconds(proc.pid)
            elif _cpu_seconds(proc.pid) - since >= 0.2:
                return
        except OSError:        # an fd closed while listed
            pass
        time.sleep(0.02)
    raise AssertionError(f"the query never started within {timeout:g} s (database open: {since is not None})")


def _down_url():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))           # a port nobody listens on (bound, never listening)
    port = s.getsockname()[1]
    return s, f"http://127.0.0.1:{port}/"


def test_a_down_site_is_a_few_lines_and_a_failing_exit_status(tmp_path):
    sock, url = _down_url()
    try:
        proc = run(tmp_path, "--db", "x.db", "crawl", "--url", url, "--allow-private", "127.0.0.1")
        quiet = run(tmp_path, "-q", "--db", "y.db", "crawl", "--url", url, "--allow-private", "127.0.0.1")
    finally:
        sock.close()
    assert proc.returncode == 1 and quiet.returncode == 1
    for p in (proc, quiet):
        assert "Traceback" not in p.stderr + p.stdout
        errors = [line for line in p.stderr.splitlines() if line.startswith("ERROR")]
        assert errors and len(errors) == len(set(errors)), p.stderr      # each failure once
    assert "Run 1 failed" in proc.stdout and "Nothing could be fetched from 1 of 1 source(s)" in proc.stderr
    assert quiet.stdout == "" and len(quiet.stderr.splitlines()) <= 6, quiet.stderr
    assert "Run 1 failed" in quiet.stderr


def test_some_sources_failing_is_exit_status_4(tmp_path):
    from pipeline.demo import DemoSite

    sock, down = _down_url()
    try:
        with DemoSite() as site:
            feed = f"{site.bases['tokenwise']}/feed/"
            proc = run(tmp_path, "-q", "--db", "x.db", "crawl", "--url", feed, "--url", down,
                       "--allow-private", "127.0.0.1")
            again = run(tmp_path, "-q", "--db", "x.db", "crawl", "--url", feed, "--allow-private", "127.0.0.1")
    finally:
        sock.close()
    assert proc.returncode == 4, proc.stderr
    assert "finished with problems" in proc.stderr and "Nothing could be fetched from 1 of 2 source(s)" in proc.stderr
    assert again.returncode == 0 and again.stdout == "" and "ERROR" not in again.stderr    # -q: quiet when all is well


@pytest.mark.parametrize("extra, refused", [("", True), ("allow_plaintext_auth = true\n", False)])
def test_smtp_without_tls_does_not_send_a_password_in_clear(tmp_path, extra, refused):
    (tmp_path / "modelwire.toml").write_text(
        '[smtp]\nhost = "192.0.2.10"\nsecurity = "none"\nuser = "digest"\nto = ["you@example.org"]\n'
        'timeout = "2s"\n' + extra, encoding="utf-8")
    assert run(tmp_path, "init").returncode == 0
    proc = run(tmp_path, "digest", "--week", "2025-W49", "--send")
    if refused:
        assert proc.returncode == 2
        one_error_line(proc, "modelwire.toml", "in clear", "192.0.2.10", "allow_plaintext_auth")
    else:   # allowed: it gets as far as asking for the password (none set), still one clear line
        assert "in clear" not in proc.stderr and "Traceback" not in proc.stderr
        assert proc.returncode != 0 and "MODELWIRE_SMTP_PASSWORD" in proc.stderr


def test_add_source_refused_as_private_says_how_to_allow_it(tmp_path):
    from pipeline.demo import DemoSite

    with DemoSite() as site:
        proc = run(tmp_path, "add-source", f"{site.bases['tokenwise']}/", "--dry-run")
    assert proc.returncode != 0
    line = one_error_line(proc, "private_address", "--allow-private")
    assert "private_address: private_address" not in line


def test_readme_questions_return_rows_on_the_demo_database(tmp_path):
    """Every query example of README's "Questions" block, run on a fresh demo database, answers
    with rows (the demo's news is from 2025: relative periods count back from its newest article)."""
    import re
    import shlex
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("Questions, answered from the database:", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [shlex.split(re.sub(r"\s+#\s[^'\"]*$", "", line))[1:]
                for line in block.splitlines() if line.strip().startswith("modelwire ")]
    commands = [[a for a in c if a != "--send"] for c in commands if c[0] != "browse"]   # no mail server here
    assert {c[0] for c in commands} >= {"top", "trend", "scores", "search", "sql", "digest"}
    demo = run(tmp_path, "--db", "demo.db", "-q", "demo")
    assert demo.returncode == 0, demo.stderr[-2000:]
    for cmd in commands:
        proc = run(tmp_path, "--db", "demo.db", *cmd)
        assert proc.returncode == 0, (cmd, proc.stderr)
        out = proc.stdout.strip()
        assert out and not out.startswith(("No ", "Nothing")), (cmd, out)
        assert len(out.splitlines()) >= 3 or cmd[0] == "digest", (cmd, out)
    # names as users type them (issue 17, items 3 and 11): hyphens, dots, apostrophes, other spellings
    for cmd in (["search", "GPT-5"], ["search", "GPT-5.1"], ["search", "SWE-bench"], ["search", "Humanity's"],
                ["trend", "Gemini-3-Pro"], ["scores", "--model", "gpt5"], ["scores", "--benchmark", "swe bench verified"]):
        proc = run(tmp_path, "--db", "demo.db", *cmd)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, (cmd, proc.stderr)
        assert len(proc.stdout.strip().splitlines()) >= 3, (cmd, proc.stdout)
    typo = run(tmp_path, "--db", "demo.db", "trend", "Gemini 3 Proo")
    assert typo.returncode == 1
    one_error_line(typo, "no entity named 'Gemini 3 Proo'", "did you mean: Gemini 3 Pro")


def test_add_source_twice_is_refused_and_the_config_kept(tmp_path):
    from pipeline.demo import DemoSite

    assert run(tmp_path, "init").returncode == 0
    with DemoSite() as site:
        home = f"{site.bases['openweights-lab']}/"
        first = run(tmp_path, "add-source", home, "--name", "lab", "--allow-private", "127.0.0.1")
        assert first.returncode == 0, first.stderr
        before = (tmp_path / "modelwire.toml").read_bytes()
        again = run(tmp_path, "add-source", home, "--allow-private", "127.0.0.1")
        feed = run(tmp_path, "add-source", f"{site.bases['openweights-lab']}/feed.atom", "--allow-private", "127.0.0.1")
    assert again.returncode == 2 and feed.returncode == 2
    one_error_line(again, "already in", "'lab'")
    one_error_line(feed, "already in", "'lab'")      # the feed it found counts as the same site
    assert (tmp_path / "modelwire.toml").read_bytes() == before
