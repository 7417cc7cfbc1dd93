"""The command line as a user runs it: subprocesses, a real local site, real files."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli.main import main
from pipeline.demo import SITE_ROOT, DemoSite

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def site():
    s = DemoSite()
    s.start()
    yield s
    s.stop()


def run(tmp_path, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True,
                          cwd=tmp_path, timeout=300, input=stdin)


def test_cli_every_command_has_help_with_an_example():
    from click.testing import CliRunner

    runner = CliRunner()
    ctx = main.make_context("modelwire", ["--help"], resilient_parsing=True)
    names = main.list_commands(ctx)
    assert {"init", "crawl", "add-source", "extract", "reextract", "stats", "demo", "annotate", "nlp",
            "entities"} <= set(names)
    for name in names:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output, f"{name} --help has no example"


def test_cli_init_writes_config_and_database(tmp_path):
    proc = run(tmp_path, "init")
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "modelwire.toml").exists() and (tmp_path / "modelwire.db").exists()
    again = run(tmp_path, "init")
    assert "keeping it" in again.stdout


def test_cli_adhoc_crawl_refuses_private_address_without_allow(tmp_path, site):
    site.reset_requests()
    proc = run(tmp_path, "--db", "x.db", "crawl", "--url", f"{site.bases['tokenwise']}/feed/")
    assert proc.returncode == 1, proc.stderr          # nothing could be fetched: the run did not do its job
    assert "private_address" in proc.stdout
    assert "--allow-private ADDR" in proc.stderr
    assert "0 new" in proc.stdout
    assert site.requests == []  # refused before any connection, robots.txt included


def test_cli_adhoc_crawl_all_topics_keeps_off_topic_articles(tmp_path, site):
    (tmp_path / "fast.toml").write_text("[crawl]\ndownload_delay = 0\n")
    proc = run(tmp_path, "--config", "fast.toml", "--db", "x.db", "crawl", "--url", f"{site.bases['tokenwise']}/feed/",
               "--allow-private", "127.0.0.1", "--all-topics")
    assert proc.returncode == 0, proc.stderr
    import sqlite3

    titles = [t for (t,) in sqlite3.connect(tmp_path / "x.db").execute("SELECT title FROM articles")]
    assert any("dahlias" in t for t in titles)
    assert len(titles) == 15


def test_cli_bad_allow_private_value(tmp_path):
    proc = run(tmp_path, "crawl", "--url", "https://example.org/", "--allow-private", "not an address!")
    assert proc.returncode == 2 and "--allow-private" in proc.stderr and "Traceback" not in proc.stderr


def test_cli_add_source_discovers_feed_and_writes_config(tmp_path, site):
    proc = run(tmp_path, "add-source", f"{site.bases['openweights-lab']}/", "--name", "lab",
               "--allow-private", "127.0.0.1")
    assert proc.returncode == 0, proc.stderr
    assert "feed.atom" in proc.stdout and "Added source 'lab'" in proc.stdout
    from pipeline.config import load_config

    cfg = load_config(tmp_path / "modelwire.toml")
    lab = [s for s in cfg.sources if s["name"] == "lab"][0]
    assert lab["kind"] == "feed" and lab["urls"] == [f"{site.bases['openweights-lab']}/feed.atom"]


def test_cli_add_source_keeps_the_users_comments_and_formatting(tmp_path, site):
    user = ('# my sources -- keep this note\r\n[crawl]\r\ndownload_delay = "2s"   # be nice\r\n# concurrency = 4\r\n\r\n'
            '[[sources]]\r\nname = "old"  # the first one\r\nkind = "feed"\r\nurls = ["https://old.example/feed"]\r\n'
            '\r\n[smtp]\r\nto = ["me@example.org"]  # just me')  # CRLF line endings, no newline at the end
    (tmp_path / "modelwire.toml").write_bytes(user.encode("utf-8"))
    proc = run(tmp_path, "add-source", f"{site.bases['openweights-lab']}/", "--name", "lab",
               "--allow-private", "127.0.0.1")
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "modelwire.toml").read_bytes().decode("utf-8")
    assert text.startswith(user + "\r\n")  # every byte of the user's file kept, comments included
    added = text[len(user):]
    assert "[[sources]]" in added and "\n" not in added.replace("\r\n", "")  # the file's line endings
    from pipeline.config import load_config

    cfg = load_config(tmp_path / "modelwire.toml")
    assert [s["name"] for s in cfg.sources] == ["old", "lab"] and cfg.get("smtp", "to") == ["me@example.org"]


def test_add_source_to_toml_escapes_values_and_extends_an_inline_array():
    import tomllib

    from pipeline.config import add_source_to_toml

    src = {"name": "x", "kind": "listing", "urls": ['https://x.example/?q="ai"'], "link_selector": "h2 a,\nh3\ta",
           "follow_pattern": r"/\d{4}/"}
    out = tomllib.loads(add_source_to_toml("# mine\n[crawl]\nmax_pages = 3 # three\n", src))
    assert out["sources"] == [src] and out["crawl"] == {"max_pages": 3}
    inline = 'sources = [{name = "a", urls = ["https://a.example/"]}]  # note\n\n[crawl]\nmax_pages = 3\n'
    text = add_source_to_toml(inline, src)
    assert text.endswith("]  # note\n\n[crawl]\nmax_pages = 3\n")
    assert [s["name"] for s in tomllib.loads(text)["sources"]] == ["a", "x"]


def test_cli_extract_one_file_and_a_folder(tmp_path):
    page = SITE_ROOT / "openweights-lab" / "blog" / "mistral-large-3-first-look" / "index.html"
    proc = run(tmp_path, "extract", str(page), "--url", "https://lab.example/blog/mistral-large-3-first-look/")
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    for key in ("url", "canonical_url", "title", "authors", "published", "published_source", "modified",
                "language", "site_name", "description", "text", "word_count", "image", "tags", "paywalled"):
        assert key in record
    assert record["title"] == "Mistral Large 3: first look" and record["word_count"] > 200
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.html").write_bytes(page.read_bytes())
    (folder / "b.html.gz").write_bytes(gzip.compress(page.read_bytes()))
    lines = run(tmp_path, "extract", str(folder)).stdout.splitlines()
    assert [json.loads(line)["file"].rsplit("/", 1)[1] for line in lines] == ["a.html", "b.html.gz"]
    piped = run(tmp_path, "extract", "-", stdin=page.read_text(encoding="utf-8"))
    assert json.loads(piped.stdout)["title"] == record["title"]


def test_cli_stats_without_database_is_a_clear_error(tmp_path):
    proc = run(tmp_path, "--db", "missing.db", "stats")
    assert proc.returncode == 2 and "no database yet" in proc.stderr


def test_cli_unknown_source_name(tmp_path):
    (tmp_path / "modelwire.toml").write_text('[[sources]]\nname = "a"\nurl = "https://x.org/feed"\nkind = "feed"\n')
    proc = run(tmp_path, "crawl", "--source", "b")
    assert proc.returncode == 2 and "unknown source 'b' (known: a)" in proc.stderr
