"""The packaged Datasette metadata works: canned queries run on a fixture database."""
import asyncio
import json
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from pipeline.cli import query as query_cli
from pipeline.cli.main import main
from pipeline.store.db import open_db

NOW = datetime.now(timezone.utc)


def ago(days: float) -> str:
    return (NOW - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")


ENTITIES = [  # id, label, canonical, known, first seen (days ago)
    (1, "MODEL", "GPT-5", 1, 3), (2, "MODEL", "Claude Sonnet 4.5", 1, 2), (3, "MODEL", "Fresh-1", 0, 20),
    (4, "MODEL", "Ancient-1", 1, 60), (5, "ORG", "OpenAI", 1, 60), (6, "BENCHMARK", "SWE-bench Verified", 1, 3),
]
ARTICLES = [  # id, title, days ago, entity ids
    (1, "GPT-5 arrives", 1, [1, 1, 5, 6]), (2, "Claude vs GPT-5", 2, [2, 1, 6]),
    (3, "Meet Fresh-1", 20, [3, 3]), (4, "Ancient history", 60, [4, 5]),
]
CLAIMS = [(1, "GPT-5", "SWE-bench Verified", 74.9), (2, "Claude Sonnet 4.5", "SWE-bench Verified", 77.2),
          (2, "GPT-5", "SWE-bench Verified", 72.8), (3, "Fresh-1", "AIME 2025", 61.0)]


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("ds") / "modelwire.db"
    store = open_db(path)
    with store.conn as c:
        for aid, title, days, _ents in ARTICLES:
            c.execute("""INSERT INTO articles (id, url, source, title, text, published, first_seen, last_seen,
                             content_hash, simhash) VALUES (?, ?, 'wire', ?, ?, ?, ?, ?, ?, '0')""",
                      (aid, f"https://wire.test/{aid}", title, title, ago(days), ago(days), ago(days), f"h{aid}"))
        for eid, label, canonical, known, days in ENTITIES:
            c.execute("INSERT INTO entities (id, label, canonical, known, first_seen) VALUES (?, ?, ?, ?, ?)",
                      (eid, label, canonical, known, ago(days)))
        for aid, _title, _days, ents in ARTICLES:
            for eid in ents:
                c.execute('INSERT INTO mentions (article_id, entity_id, start, "end", text) VALUES (?, ?, 0, 1, ?)',
                          (aid, eid, "x"))
        for aid, model, bench, score in CLAIMS:
            c.execute("INSERT INTO claims (article_id, model, benchmark, score, unit, sentence) VALUES (?, ?, ?, ?, '%', 's')",
                      (aid, model, bench, score))
    store.close()
    return path


def get(db_path, url):
    from datasette.app import Datasette

    async def fetch():
        ds = Datasette([str(db_path)], metadata=query_cli.metadata_for(db_path))
        await ds.invoke_startup()
        return await ds.client.get(url)

    response = asyncio.run(fetch())
    assert response.status_code == 200, (url, response.text[:500])
    return response.json()


@pytest.fixture(autouse=True)
def _needs_datasette():
    pytest.importorskip("datasette")


def rows(db_path, query, **params):
    qs = "&".join(f"{k}={v}" for k, v in params.items())
    return get(db_path, f"/modelwire/{query}.json?_shape=array&{qs}")


def test_datasette_top_models_this_week(db_path):
    assert [(r["model"], r["articles"], r["mentions"]) for r in rows(db_path, "top_models_this_week")] == \
        [("GPT-5", 2, 3), ("Claude Sonnet 4.5", 1, 1)]


def test_datasette_benchmark_scoreboard(db_path):
    got = [(r["benchmark"], r["model"], r["best"], r["claims"], r["title"]) for r in rows(db_path, "benchmark_scoreboard")]
    assert got == [("AIME 2025", "Fresh-1", 61.0, 1, "Meet Fresh-1"),
                   ("SWE-bench Verified", "Claude Sonnet 4.5", 77.2, 1, "Claude vs GPT-5"),
                   ("SWE-bench Verified", "GPT-5", 74.9, 2, "GPT-5 arrives")]
    only = rows(db_path, "benchmark_scoreboard", benchmark="swe-bench%20verified")
    assert [r["model"] for r in only] == ["Claude Sonnet 4.5", "GPT-5"]


def test_datasette_articles_mentioning(db_path):
    got = rows(db_path, "articles_mentioning", name="gpt-5")
    assert [(r["title"], r["mentions"]) for r in got] == [("GPT-5 arrives", 2), ("Claude vs GPT-5", 1)]
    assert rows(db_path, "articles_mentioning", name="nobody") == []


def test_datasette_new_models(db_path):
    got = rows(db_path, "new_models")
    assert [(r["model"], r["known"], r["articles"]) for r in got] == \
        [("Claude Sonnet 4.5", 1, 1), ("GPT-5", 1, 2), ("Fresh-1", 0, 1)]


def test_datasette_shows_descriptions_and_views(db_path):
    meta = get(db_path, "/-/metadata.json")
    tables = meta["databases"]["modelwire"]["tables"]
    assert "FTS5" in tables["articles_fts"]["description"]
    assert tables["claims"]["columns"]["score"].startswith("The number claimed")
    data = get(db_path, "/modelwire/weekly_mentions.json?_shape=array&canonical=GPT-5")
    assert sum(r["articles"] for r in data) == 2


def test_datasette_metadata_is_keyed_by_the_file_name(tmp_path):
    meta = query_cli.metadata_for(tmp_path / "modelwire-demo.db")
    assert list(meta["databases"]) == ["modelwire-demo"]
    assert set(meta["databases"]["modelwire-demo"]["queries"]) == {
        "top_models_this_week", "benchmark_scoreboard", "articles_mentioning", "new_models"}


def test_browse_explains_how_to_install_datasette(monkeypatch, db_path):
    monkeypatch.setattr(query_cli, "datasette_installed", lambda: False)
    r = CliRunner().invoke(main, ["--db", str(db_path), "browse"])
    assert r.exit_code == 2
    assert "pip install 'modelwire[datasette]'" in r.output and "Traceback" not in r.output


def test_browse_serves_the_database_and_stops_cleanly_on_sigterm(db_path, tmp_path):
    """The real command: Datasette answers with our metadata; SIGTERM stops it, and no server is
    left listening and no temp folder is left behind."""
    import os
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    tmp_root = tmp_path / "tmp"
    tmp_root.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "--db", str(db_path), "browse", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "TMPDIR": str(tmp_root)})
    try:
        meta = None
        deadline = time.monotonic() + 60
        while meta is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/metadata.json", timeout=2) as r:
                    meta = json.loads(r.read())
            except OSError:
                time.sleep(0.2)
        assert meta is not None, proc.stderr.read() if proc.poll() is not None else "no answer"
        assert db_path.stem in meta["databases"]
        assert len(list(tmp_root.iterdir())) == 1          # the metadata's folder, while serving
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert list(tmp_root.iterdir()) == []
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0         # nobody listens any more
