"""Security at the whole-system level: the connect-time address guard (DNS rebinding, redirects),
read-only SQL, parameterized SQL with hostile text, terminal escaping, secrets.
"""
from __future__ import annotations

import sqlite3
import sys


from reliability_helpers import HERE, child_env, query, run_cli, source, write_config
from faultserver import FaultServer
from pipeline.store.db import open_db

REBIND = [sys.executable, str(HERE / "rebind_cli.py")]


def _rebind_crawl(tmp_path, extra_env=None):
    with FaultServer() as s, FaultServer(host="127.0.0.2") as private:
        s.feeds["rebind"] = [f"http://rebind.test:{private.port}/a/stolen-1",
                             f"/redirect-to?url=http://rebind.test:{private.port}/a/stolen-2"]
        config = write_config(tmp_path, source("rebind", [f"{s.url}/feeds/rebind.xml"]))
        log = tmp_path / "dns.log"
        env = child_env(REBIND_LOG=str(log), **(extra_env or {}))
        proc = run_cli(config, "crawl", runner=REBIND, env=env, timeout=90, check=False)
        return proc, private.hits(), log.read_text().splitlines(), tmp_path / "mw.db"


def test_dns_rebinding_is_refused_at_connect_time(tmp_path):
    """rebind.test answers a public address to the early check, then 127.0.0.2 when connecting."""
    proc, private_hits, lookups, db = _rebind_crawl(tmp_path)
    assert lookups[0] == "rebind.test 93.184.216.34" and "rebind.test 127.0.0.2" in lookups
    assert private_hits == []                      # not one byte reached the private address
    [row] = query(db, "SELECT * FROM crawl_run_sources")
    assert row["blocked"] == 2 and row["new"] == 0
    assert "blocked:private_address" in row["reasons"]
    assert "at connect time" in proc.stderr or "Refusing to connect" in proc.stderr
    assert proc.returncode == 1 and "Nothing could be fetched from 1 of 1 source(s): rebind" in proc.stderr


def test_rebinding_control_without_the_resolver_gets_through(tmp_path):
    """The same crawl with Scrapy's stock resolver does reach 127.0.0.2: the test above is meaningful."""
    proc, private_hits, lookups, db = _rebind_crawl(tmp_path, {"REBIND_STOCK_RESOLVER": "1"})
    assert any(h.startswith("/a/stolen") for h in private_hits) or any(h == "/robots.txt" for h in private_hits)


def test_sql_command_is_read_only(tmp_path, faultserver):
    faultserver.feeds["one"] = ["/a/ro-1"]
    config = write_config(tmp_path, source("one", [f"{faultserver.url}/feeds/one.xml"]))
    run_cli(config, "crawl")
    db = tmp_path / "mw.db"
    before = (db.read_bytes() if db.exists() else b"", query(db, "SELECT count(*) n FROM articles")[0]["n"])
    for sql in ["DELETE FROM articles", "DROP TABLE articles", "UPDATE articles SET title = 'x'",
                "INSERT INTO sources(name) VALUES ('x')", f"ATTACH DATABASE '{tmp_path}/evil.db' AS evil",
                "PRAGMA journal_mode = DELETE", "CREATE TABLE t(x)", "VACUUM",
                "SELECT 1; DELETE FROM articles"]:
        proc = run_cli(config, "sql", sql, check=False)
        assert proc.returncode != 0, sql
        assert "Traceback" not in proc.stderr, proc.stderr
    assert query(db, "SELECT count(*) n FROM articles")[0]["n"] == before[1] == 1
    assert not (tmp_path / "evil.db").exists()
    ok = run_cli(config, "sql", "select count(*) from articles where title like :t", "-p", "t", "%ro-1%")
    assert "1" in ok.stdout


HOSTILE = [
    "'; DROP TABLE articles; --",
    "\" OR 1=1 --",
    "Robert'); DELETE FROM article_urls; --",
    "\x00nul\x00byte",
    "\u202eright-to-left override",
]


def test_hostile_text_is_stored_verbatim_through_parameters(tmp_path):
    store = open_db(tmp_path / "h.db")
    try:
        for i, evil in enumerate(HOSTILE):
            record = {"url": f"https://evil.example/{i}?q={evil}", "title": evil,
                      "text": f"{evil} " + " ".join(f"word{i}x{j}" for j in range(30)),
                      "authors": [evil], "tags": [evil]}
            store.store_article(record, source=evil, html=evil.encode(), requested_urls=[f"https://evil.example/{i}"])
        rows = store.conn.execute("SELECT title, source FROM articles ORDER BY id").fetchall()
        assert [r[0] for r in rows] == HOSTILE and [r[1] for r in rows] == HOSTILE
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert store.conn.execute("SELECT count(*) FROM article_urls").fetchone()[0] == 2 * len(HOSTILE)
    finally:
        store.close()


def test_search_with_hostile_query_is_an_error_not_an_injection(tmp_path, faultserver):
    faultserver.feeds["one"] = ["/a/search-1"]
    config = write_config(tmp_path, source("one", [f"{faultserver.url}/feeds/one.xml"]))
    run_cli(config, "crawl")
    for q in ['"', "'); DROP TABLE articles; --", "NEAR(", "*", "a OR"]:
        proc = run_cli(config, "search", q, check=False)
        assert "Traceback" not in proc.stderr, (q, proc.stderr[-2000:])
    assert query(tmp_path / "mw.db", "SELECT count(*) n FROM articles")[0]["n"] == 1


def test_terminal_output_does_not_pass_escape_sequences(tmp_path):
    """A scraped title with ANSI / OSC escape sequences must not reach the terminal raw."""
    db = tmp_path / "mw.db"
    config = write_config(tmp_path, "")
    store = open_db(db)
    evil = "Model \x1b]0;pwned\x07\x1b[2J\x1b[31mred\x1b[0m launch"
    try:
        store.store_article({"url": "https://evil.example/ansi", "title": evil,
                             "text": "Model launch benchmark " + " ".join(f"w{j}" for j in range(40))},
                            source="evil")
    finally:
        store.close()
    for args in (["sql", "select title from articles"], ["search", "launch"]):
        out = run_cli(config, *args).stdout
        assert "launch" in out, out
        assert "\x1b]0;" not in out and "\x1b[2J" not in out, (args, out)


def test_secrets_never_in_help_logs_or_database(tmp_path, faultserver):
    secret = "s3cr3t-Pa55w0rd-never-shown"
    faultserver.feeds["one"] = ["/a/secret-1"]
    config = write_config(tmp_path, source("one", [f"{faultserver.url}/feeds/one.xml"]),
                          extra='[smtp]\nhost = "127.0.0.1"\nuser = "bot"\n')
    env = child_env(MODELWIRE_SMTP_PASSWORD=secret)
    outputs = []
    for args in (["--help"], ["crawl", "--help"], ["digest", "--help"], ["-v", "crawl"], ["stats"]):
        proc = run_cli(config, *args, env=env)
        outputs.append(proc.stdout + proc.stderr)
    assert all(secret not in o for o in outputs)
    for f in tmp_path.iterdir():
        if f.is_file():
            assert secret.encode() not in f.read_bytes(), f
    conn = sqlite3.connect(tmp_path / "mw.db")
    try:
        dump = "\n".join(conn.iterdump())
    finally:
        conn.close()
    assert secret not in dump
