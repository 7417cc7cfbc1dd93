"""End to end: real Scrapy crawls (the CLI, in subprocesses) of the bundled demo site into SQLite.

One site and one database for the module; the tests run in order: first crawl, then an
incremental crawl of revision 2, then a crawl where nothing changed.
"""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from pipeline.demo import DemoSite, load_manifest

ROOT = Path(__file__).resolve().parents[2]
STORED_KINDS = {"article", "updated", "paywalled", "charset"}


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("demo-crawl")
    site = DemoSite(revision=1)
    bases = site.start()
    config = tmp / "modelwire.toml"
    config.write_text(f"""
[modelwire]
db = "demo.db"
allow_private = ["127.0.0.1"]

[crawl]
download_delay = 0
timeout = "10s"

[[sources]]
name = "tokenwise"
kind = "feed"
urls = ["{bases['tokenwise']}/feed/"]

[[sources]]
name = "frontier-ledger"
kind = "sitemap"
urls = ["{bases['frontier-ledger']}/robots.txt"]

[[sources]]
name = "openweights-lab"
kind = "listing"
urls = ["{bases['openweights-lab']}/blog/"]
max_pages = 10
""")
    yield {"site": site, "bases": bases, "config": config, "db": tmp / "demo.db", "tmp": tmp}
    site.stop()


def cli(env, *args, check=True):
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "--config", str(env["config"]), *args],
                          capture_output=True, text=True, cwd=env["tmp"], timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def rows(env, sql, params=()):
    conn = sqlite3.connect(env["db"])
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def path_of(url: str) -> str:
    return urlsplit(url).path


def article_requests(env, paths):
    return [r for r in env["site"].requests if urlsplit(r[2]).path in paths]


def test_demo_crawl_first_run_stores_every_ai_article_once(env):
    manifest = load_manifest()
    proc = cli(env, "crawl")
    assert "Run 1 ok" in proc.stdout
    stored = rows(env, "SELECT * FROM articles")
    expected = {(e["outlet"], e["path"]) for e in manifest if e["kind"] in STORED_KINDS and e["revision"] == 1}
    got = Counter((r["source"], path_of(r["url"])) for r in stored)
    assert set(got) == expected
    assert all(n == 1 for n in got.values())

    by_path = {path_of(r["url"]): r for r in stored}
    for e in manifest:
        if (e["outlet"], e["path"]) not in expected:
            continue
        r = by_path[e["path"]]
        assert r["title"] == e["title"]
        assert sorted(json.loads(r["authors"])) == sorted(e["authors"]), e["path"]
        want = e["published"]
        from datetime import datetime, timezone
        want_utc = datetime.fromisoformat(want).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert r["published"] == want_utc, (e["path"], r["published"], r["published_source"])
        assert r["published_source"] in {"json-ld", "meta", "feed", "sitemap", "url", "text", "time-tag"}
        assert r["word_count"] > 100
        assert "Leave a Comment" not in r["text"] and "Share this" not in r["text"]

    paywalled = [e["path"] for e in manifest if e["kind"] == "paywalled"]
    assert all(by_path[p]["paywalled"] == 1 for p in paywalled)
    # the windows-1252 page decoded correctly (no mojibake of its curly quotes)
    charset = [e["path"] for e in manifest if e["kind"] == "charset"][0]
    assert "â€" not in by_path[charset]["text"] and "\ufffd" not in by_path[charset]["text"]

    # the syndicated copy is recorded as a duplicate URL of the original, not stored twice
    copy = [e for e in manifest if e["kind"] == "syndicated_copy"][0]
    dup = rows(env, "SELECT u.relation, u.duplicate_kind, a.url FROM article_urls u JOIN articles a ON a.id = u.article_id "
                    "WHERE u.url LIKE ?", (f"%{copy['path']}",))
    assert dup and dup[0]["relation"] == "duplicate" and path_of(dup[0]["url"]) == copy["canonical_of"]

    # tracking parameters never reach a stored key
    assert not rows(env, "SELECT url FROM article_urls WHERE url LIKE '%utm_%' OR url LIKE '%fbclid%'")

    run = rows(env, "SELECT * FROM crawl_run_sources WHERE run_id = 1")
    reasons = Counter()
    for r in run:
        reasons.update(json.loads(r["reasons"]))
        assert r["finish_reason"] == "finished" and r["failed"] == 0
    non_ai = sum(1 for e in manifest if e["kind"] == "non_ai")
    assert reasons["skipped:off_topic"] == non_ai
    assert rows(env, "SELECT status FROM crawl_runs") == [{"status": "ok"}]
    # full-text index follows the table
    assert rows(env, "SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'Speciale'")[0]["n"] >= 1


def test_demo_crawl_incremental_revision_two(env):
    manifest = load_manifest()
    site = env["site"]
    before = {path_of(r["url"]): r for r in rows(env, "SELECT * FROM articles")}
    site.set_revision(2)
    site.reset_requests()
    proc = cli(env, "crawl")
    assert "Run 2 ok" in proc.stdout

    updated = [e for e in manifest if e["kind"] == "updated"][0]
    new = [e for e in manifest if e["kind"] == "new_in_v2"][0]
    unchanged = {e["path"] for e in manifest if e["kind"] in ("article", "paywalled", "charset")
                 and e["revision"] == 1 and e["outlet"] != "openweights-lab"}
    # feeds and sitemaps said nothing changed for these: not downloaded again
    assert article_requests(env, unchanged) == []
    assert article_requests(env, {updated["path"]}), "the updated article was not fetched"
    assert article_requests(env, {new["path"]}), "the new article was not fetched"

    after = {path_of(r["url"]): r for r in rows(env, "SELECT * FROM articles")}
    assert len(after) == len(before) + 1
    assert new["path"] in after
    u_before, u_after = before[updated["path"]], after[updated["path"]]
    assert u_after["id"] == u_before["id"] and u_after["revision"] == 2
    assert u_after["first_seen"] == u_before["first_seen"]
    assert u_after["text"] != u_before["text"]
    assert u_after["modified"] > u_before["modified"]
    run = {r["source"]: r for r in rows(env, "SELECT * FROM crawl_run_sources WHERE run_id = 2")}
    assert run["frontier-ledger"]["updated"] == 1
    assert run["openweights-lab"]["new"] == 1


def test_demo_crawl_nothing_changed_downloads_no_article(env):
    site = env["site"]
    site.reset_requests()
    count = rows(env, "SELECT count(*) AS n FROM articles")[0]["n"]
    cli(env, "crawl", "--source", "tokenwise", "--source", "frontier-ledger")
    paths = [urlsplit(r[2]).path for r in site.requests if r[0] in ("tokenwise", "frontier-ledger")]
    # only robots.txt, feeds and sitemaps, answered 304 where the server supports it
    assert all(p.endswith((".xml", "/feed/", "robots.txt")) for p in paths), paths
    statuses = {urlsplit(r[2]).path: r[3] for r in site.requests if r[0] == "tokenwise"}
    assert statuses.get("/feed/") == 304
    assert rows(env, "SELECT count(*) AS n FROM articles")[0]["n"] == count


def test_demo_stats_shows_sources_and_runs(env):
    out = cli(env, "stats").stdout
    assert "tokenwise" in out and "frontier-ledger" in out and "openweights-lab" in out
    data = json.loads(cli(env, "stats", "--json").stdout)
    assert data["articles"] == rows(env, "SELECT count(*) AS n FROM articles")[0]["n"]
    health = {s["source"]: s for s in data["sources"]}
    assert health["frontier-ledger"]["share_with_date"] == 1.0
    assert health["tokenwise"]["articles"] >= 14


def test_demo_reextract_keeps_records(env):
    before = rows(env, "SELECT id, title, text FROM articles ORDER BY id")
    out = cli(env, "reextract").stdout
    assert f"Re-extracted {len(before)} article(s); 0 changed" in out
    assert rows(env, "SELECT id, title, text FROM articles ORDER BY id") == before


def test_demo_annotate_and_weekly_digest(env):
    import email
    from email import policy

    n = rows(env, "SELECT count(*) AS n FROM articles")[0]["n"]
    out = cli(env, "annotate").stdout
    assert f"Annotated {n} article(s)" in out
    out_dir = env["tmp"] / "digest"
    proc = cli(env, "digest", "--week", "2025-W49", "--out", str(out_dir), "--json")
    d = json.loads(proc.stdout)
    in_week = rows(env, "SELECT count(*) AS n FROM articles WHERE published >= '2025-12-01' AND published < '2025-12-08'")
    assert d["stats"]["articles"] == in_week[0]["n"] >= 6
    top = d["stories"][0]
    assert "DeepSeek" in top["headline"]
    assert len({link["outlet"] for link in top["links"]}) == 3  # all three outlets covered the release
    board = {(r["model"], r["benchmark"]): [c["score"] for c in r["claims"]] for r in d["scoreboard"]}
    assert 93.1 in board[("DeepSeek-V3.2", "AIME 2025")]
    assert any(m["name"] == "Mistral Large 3" for m in d["new_models"])
    _check_w49_editing(env, d)
    eml = email.message_from_bytes((out_dir / "digest-2025-W49.eml").read_bytes(), policy=policy.default)
    assert "2025-W49" in eml["Subject"] or "Week 49" in eml["Subject"]
    kinds = [part.get_content_type() for part in eml.walk()]
    assert "text/plain" in kinds and "text/html" in kinds and "image/png" in kinds
    assert (out_dir / "digest-2025-W49.html").read_text(encoding="utf-8").count("DeepSeek") > 3


def _check_w49_editing(env, d):
    """Golden checks of the W49 digest's editing (issue 18): stories are events, tables rank what the
    articles are about, 'new' means new, and the scoreboard shows only scores first reported this week."""
    from pipeline.digest.scores import SCORE_UNITS, claim_key, edition

    # one story per event: both Mistral 3 launch reports (worded apart) sit in one story, first reporter first
    def story_of(title):
        [s] = [s for s in d["stories"] if any(ln["title"] == title for ln in s["links"])]
        return s
    launch = story_of("Mistral unveils Mistral Large 3 and Ministral 3 under Apache 2.0")
    assert launch is story_of("Mistral 3: Mistral Large returns as open weights")
    assert launch["links"][0]["date"] == min(ln["date"] for ln in launch["links"])
    assert 0 < launch["summary"].count(". ") + 1 <= 2 and len(launch["summary"]) <= 320   # one or two sentences
    deepseek = story_of("DeepSeek releases V3.2 and V3.2-Speciale, claiming GPT-5-level reasoning")
    assert deepseek is not launch and deepseek["sources"] == 3

    # the Models table ranks what articles are about: the release three outlets covered is in it, and
    # ranks above a model only cited in comparisons
    models = [t["name"] for t in d["models"]]
    assert "DeepSeek-V3.2-Speciale" in models
    speciale = d["models"][models.index("DeepSeek-V3.2-Speciale")]
    assert speciale["subject"] >= 2 and speciale["articles"] >= speciale["subject"]
    for cited in ("Gemini 3 Pro", "Kimi K2 Thinking"):
        assert cited not in models or models.index(cited) > models.index("DeepSeek-V3.2-Speciale")
    # 'new' in the change column only for a first appearance ever, the delta otherwise
    first_seen = {r["canonical"]: r["first_seen"] for r in rows(env, "SELECT canonical, first_seen FROM entities")}
    for t in d["models"] + d["companies"] + d["benchmarks"]:
        assert (t["change"] == "new") == ("2025-12-01" <= first_seen[t["name"]] < "2025-12-08"), t

    # new models: this week's releases, not old models seen for the first time nor clipped names
    new = {m["name"]: m for m in d["new_models"]}
    assert {"DeepSeek-V3.2-Speciale", "Mistral Large 3"} <= set(new)
    assert not set(new) & {"Claude 3.7 Sonnet", "Mistral Large", "Large 3", "Medium 3", "Kimi Linear",
                           "Gemini 3 Pro", "Kimi K2 Thinking", "DeepSeek-V3.2-Exp"}
    assert all(m["evidence"] and m["reason"] in ("released", "first-reported") for m in new.values())
    assert d["stats"]["new_models"] == len(new) and not d["stats"]["first_week_of_tracking"]

    # the scoreboard: scores only (no count, price or cost), first reported this week, with evidence
    earlier = {claim_key(r["model"], r["benchmark"], r["score"], r["unit"]) for r in rows(
        env, "SELECT c.model, c.benchmark, c.score, c.unit FROM claims c JOIN articles a ON a.id = c.article_id "
             "WHERE coalesce(a.published, a.first_seen) < '2025-12-01'")}
    benches = {}
    for r in d["scoreboard"]:
        benches.setdefault((r["model"], edition(r["benchmark"])[0]), set()).add(r["benchmark"])
        for c in r["claims"]:
            assert c["unit"] in SCORE_UNITS and c["score"] is not None, c
            assert c["unit"] != "%" or 0 <= c["score"] <= 100
            assert c["sentence"] and claim_key(r["model"], r["benchmark"], c["score"], c["unit"]) not in earlier
        if r["conflict"]:   # different numbers from different articles
            assert len({c["url"] for c in r["claims"]}) > 1 and len({c["score"] for c in r["claims"]}) > 1
    assert all(len(v) == 1 for v in benches.values()), benches   # 'IMO' joined 'IMO 2025'
    assert ("DeepSeek-V3.2-Speciale", "IMO 2025") in {(r["model"], r["benchmark"]) for r in d["scoreboard"]}
    assert any(c["source_kind"] == "self-reported" for r in d["scoreboard"] for c in r["claims"])
    assert "Gemini 3 Pro" not in {r["model"] for r in d["scoreboard"]}   # its numbers were out in W47


def test_demo_stores_every_time_in_one_format(env):
    """After crawls, reextract, annotate and a digest: every instant is YYYY-MM-DDTHH:MM:SSZ.

    The spiders hand over fetched_at as 2025-12-05T10:00:00+00:00; first_seen, last_seen and
    fetched_at used to be stored like that while everything else ended in Z.
    """
    import re

    from pipeline.store.migrations import INSTANT_COLUMNS

    stored = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
    seen, wrong = 0, []
    for table, columns in INSTANT_COLUMNS.items():
        for col in columns:
            for r in rows(env, f"SELECT [{col}] AS v FROM [{table}] WHERE [{col}] IS NOT NULL"):
                seen += 1
                if not stored.match(r["v"]):
                    wrong.append(f"{table}.{col} = {r['v']!r}")
    assert not wrong, wrong[:10]
    firsts = rows(env, "SELECT first_seen FROM articles")
    assert firsts and all(stored.match(r["first_seen"]) for r in firsts)
    assert seen > 300
