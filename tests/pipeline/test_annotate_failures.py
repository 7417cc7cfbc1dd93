"""One bad article never blocks annotate: it fails alone, is recorded with its reason in
nlp_failures, and is skipped until the NLP version or its text changes."""
from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

import nlp  # noqa: F401  so that nlp.analyze the module is loaded
from pipeline.annotate.run import annotate
from pipeline.store.annotations import pending_ids
from tests.pipeline.test_annotate import ARTICLES, fill

analyze_mod = sys.modules["nlp.analyze"]  # `nlp.analyze` the attribute is the function
POISON = "\n\nPOISON-PILL-FOR-TESTS"


@pytest.fixture
def poisoned(monkeypatch):
    """Every text holding POISON makes the pipeline raise, as a bug on one odd page would."""
    real = analyze_mod._make_doc

    def make_doc(language, text, title):
        if "POISON-PILL" in text:
            raise RuntimeError("a component tripped on this page")
        return real(language, text, title)

    monkeypatch.setattr(analyze_mod, "_make_doc", make_doc)
    return monkeypatch


def _poison(store, i: int):
    a = ARTICLES[i]
    store.store_article({"url": f"https://news.example/{i}", "title": a["title"], "text": a["text"] + POISON,
                         "published": f"2025-11-{i + 1:02d}T09:00:00Z", "authors": [], "tags": []}, source="test")


def test_failed_article_is_recorded_and_skipped_until_the_version_changes(tmp_path, poisoned):
    store = fill(tmp_path / "a.db", 4)
    conn = store.conn
    first = annotate(store, workers=1)
    assert first.errors == 0
    before = conn.execute("SELECT count(*) FROM mentions WHERE article_id = 2").fetchone()[0]
    assert before > 0
    _poison(store, 1)  # article 2's text changes, and the new text makes the pipeline raise
    kb = tmp_path / "mine.jsonl"
    kb.write_text('{"name": "Orbit Labs", "label": "ORG", "kind": "company", "aliases": []}\n')
    opts = {"kb_files": [str(kb)]}  # a new NLP version: all four are due
    run = annotate(store, opts, workers=1)
    assert (run.articles, run.errors) == (4, 1)
    assert [aid for aid, _ in run.failures] == [2]
    row = conn.execute("SELECT nlp_version, text_hash, error FROM nlp_failures").fetchall()
    assert len(row) == 1
    version, text_hash, error = row[0]
    assert version == run.nlp_version and error.startswith("[E035]") and "tripped" in error and "\n" not in error
    assert text_hash == conn.execute("SELECT content_hash FROM articles WHERE id = 2").fetchone()[0]
    # nothing stored is lost: the older annotation of article 2 is still there
    assert conn.execute("SELECT count(*) FROM mentions WHERE article_id = 2").fetchone()[0] == before
    # the next run skips it (it used to fail again, every run)
    assert pending_ids(store, run.nlp_version) == []
    again = annotate(store, opts, workers=1)
    assert (again.articles, again.errors) == (0, 0)
    # a new version tries it again; once it succeeds its failure row goes
    poisoned.undo()
    kb.write_text(kb.read_text() + '{"name": "Tokenwise Research", "label": "ORG", "kind": "company", "aliases": []}\n')
    retry = annotate(store, opts, workers=1)
    assert (retry.articles, retry.errors) == (4, 0)
    assert conn.execute("SELECT count(*) FROM nlp_failures").fetchone()[0] == 0
    assert conn.execute("SELECT nlp_version FROM article_nlp WHERE article_id = 2").fetchone()[0] == retry.nlp_version
    store.close()


def test_changed_text_of_a_failed_article_is_tried_again(tmp_path, poisoned):
    store = fill(tmp_path / "a.db", 2)
    _poison(store, 0)
    run = annotate(store, workers=1)
    assert run.errors == 1 and pending_ids(store, run.nlp_version) == []
    a = ARTICLES[0]
    store.store_article({"url": "https://news.example/0", "title": a["title"], "text": a["text"] + "\n\nFixed.",
                         "published": "2025-11-01T09:00:00Z", "authors": [], "tags": []}, source="test")
    assert pending_ids(store, run.nlp_version) == [1]
    assert annotate(store, workers=1).errors == 0
    store.close()


def test_cli_annotate_names_the_failed_article_and_goes_on(tmp_path, poisoned):
    from pipeline.cli.main import main

    db = tmp_path / "mw.db"
    store = fill(db, 3)
    _poison(store, 2)
    store.close()
    res = CliRunner().invoke(main, ["--db", str(db), "-q", "annotate", "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert "Annotated 3 article(s)" in res.stdout and "1 errors" in res.stdout
    assert "article 3: [E035]" in res.stderr and "Traceback" not in res.output


def test_text_over_a_million_characters_is_annotated(tmp_path):
    """spaCy refuses a doc over 1,000,000 characters (E088); the run used to stop there, every time."""
    store = fill(tmp_path / "a.db", 2)
    text = "Filler sentence with nothing in it. " * 30000 + "\n\nGPT-5 scored 74.9% on SWE-bench Verified."
    assert len(text) > 1_000_000
    store.store_article({"url": "https://news.example/big", "title": "A very long page", "text": text,
                         "published": "2025-11-20T09:00:00Z", "authors": [], "tags": []}, source="test")
    run = annotate(store, workers=1)
    assert (run.articles, run.errors) == (3, 0)
    conn = store.conn
    aid = conn.execute("SELECT id FROM articles WHERE url LIKE '%/big'").fetchone()[0]
    mentions = conn.execute('SELECT start, "end", text FROM mentions WHERE article_id = ?', (aid,)).fetchall()
    assert {m[2] for m in mentions} == {"GPT-5", "SWE-bench Verified"}
    assert all(text[a:b] == t for a, b, t in mentions)
    assert conn.execute("SELECT model, benchmark, score FROM claims WHERE article_id = ?", (aid,)).fetchall() == [
        ("GPT-5", "SWE-bench Verified", 74.9)]
    store.close()
