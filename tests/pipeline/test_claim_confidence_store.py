"""A claim's confidence goes through the real write path into ``claims.confidence``; the digest's
scoreboard and ``modelwire scores`` leave out the claims under the bar, ``scores --all`` shows them."""
import json

from click.testing import CliRunner

from pipeline.cli.main import main
from pipeline.digest import build as D
from pipeline.store import queries as q
from pipeline.store.annotations import write_annotations
from pipeline.store.db import open_db
from tests.pipeline.test_digest import NOW, seed

MODEL, BENCH = "Quorra-7 Max", "PlinthBench"
TEXT = (f"{MODEL} is out. {MODEL} scores 81.2% on {BENCH}, its lab says. "
        f"A slide also shows 12 next to {BENCH}. {MODEL} ships today.")


def _ents(text):
    out, at = [], 0
    while (i := text.find(MODEL, at)) >= 0:
        out.append({"label": "MODEL", "canonical": MODEL, "start": i, "end": i + len(MODEL), "text": MODEL,
                    "known": False, "sentence": 0})
        at = i + 1
    i = text.find(BENCH)
    out.append({"label": "BENCHMARK", "canonical": BENCH, "start": i, "end": i + len(BENCH), "text": BENCH,
                "known": False, "sentence": 0})
    return sorted(out, key=lambda e: e["start"])


def _claim(score, confidence):
    return {"model": MODEL, "benchmark": BENCH, "score": score, "unit": "%", "metric": None, "comparison": None,
            "is_comparison": False, "source_kind": "self-reported", "sentence": TEXT, "start": 0, "end": len(TEXT),
            "confidence": confidence}


def _annotated(store, key, day, claims, title=None):
    """Store an article about MODEL published on ``day`` and write its entities and ``claims`` through the real path."""
    with store.conn:
        aid = seed.insert_article(store.conn, key, f"{day}T09:00:00Z", "quorra-news", None,
                                  title or f"{MODEL} released", TEXT)
    article = dict(zip(("id", "published", "first_seen", "content_hash"), store.conn.execute(
        "SELECT id, published, first_seen, content_hash FROM articles WHERE id = ?", (aid,)).fetchone()))
    write_annotations(store, [(article, {"entities": _ents(TEXT), "claims": claims, "summary": ""})], "test")


def test_low_confidence_claim_is_stored_but_not_on_the_scoreboard(tmp_path):
    store = open_db(tmp_path / "c.db")
    try:
        seed.seed_basic(store)
        high = min(1.0, q.CLAIM_THRESHOLD + 0.1)
        low = max(0.0, q.CLAIM_THRESHOLD - 0.3)
        assert low < q.CLAIM_THRESHOLD <= high
        _annotated(store, "q7", "2025-12-10", [_claim(81.2, high), _claim(12.0, low)])

        # both stored, with their confidence
        stored = store.conn.execute("SELECT score, confidence FROM claims WHERE model = ? ORDER BY score",
                                    (MODEL,)).fetchall()
        assert stored == [(12.0, low), (81.2, high)]

        # the scoreboard shows only the one at the bar
        digest = D.build_digest(store, D.parse_week("2025-W50"), now=NOW)
        shown = [c.display for r in digest.scoreboard if r.model == MODEL for c in r.claims]
        assert shown == ["81.2%"]
        # claims stored before the column existed (NULL) are still shown, as before
        assert any(r.model == "GPT-5.2" for r in digest.scoreboard)

        # `modelwire scores`: the bar unless --all
        assert [r["score"] for r in q.scores(store.conn, model=MODEL)] == [81.2]
        assert sorted(r["score"] for r in q.scores(store.conn, model=MODEL, all_claims=True)) == [12.0, 81.2]
    finally:
        store.close()
    runner = CliRunner()
    r = runner.invoke(main, ["--db", str(tmp_path / "c.db"), "scores", "--model", MODEL, "--json"])
    assert r.exit_code == 0, r.output
    assert [x["score"] for x in json.loads(r.output)] == [81.2]
    r = runner.invoke(main, ["--db", str(tmp_path / "c.db"), "scores", "--model", MODEL, "--all"])
    assert r.exit_code == 0, r.output
    assert "conf" in r.output.splitlines()[0] and "12%" in r.output and f"{low:.2f}" in r.output


def test_users_bar_in_the_config_moves_the_scoreboard_and_scores(tmp_path):
    """``[digest] min_claim_confidence`` is the scoreboard's bar for the digest and ``modelwire scores``;
    its default is the calibrated bar, and a value outside 0-1 stops with one line naming the setting."""
    from pipeline.config import defaults

    assert defaults()["digest"]["min_claim_confidence"] == q.CLAIM_THRESHOLD
    store = open_db(tmp_path / "c.db")
    mid = min(0.99, q.CLAIM_THRESHOLD + 0.2)
    try:
        seed.seed_basic(store)
        _annotated(store, "q7", "2025-12-10", [_claim(81.2, mid)])
        week = D.parse_week("2025-W50")
        on_board = lambda d: [c.display for r in d.scoreboard if r.model == MODEL for c in r.claims]  # noqa: E731
        assert on_board(D.build_digest(store, week, now=NOW)) == ["81.2%"]
        assert on_board(D.build_digest(store, week, now=NOW, min_confidence=mid + 0.005)) == []
        assert [r["score"] for r in q.scores(store.conn, model=MODEL, min_confidence=mid + 0.005)] == []
    finally:
        store.close()
    runner = CliRunner()
    strict = tmp_path / "strict.toml"
    strict.write_text(f"[digest]\nmin_claim_confidence = {mid + 0.005}\n", encoding="utf-8")
    r = runner.invoke(main, ["--config", str(strict), "--db", str(tmp_path / "c.db"), "scores", "--model", MODEL,
                             "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output) == []
    r = runner.invoke(main, ["--db", str(tmp_path / "c.db"), "scores", "--model", MODEL, "--json"])
    assert [x["score"] for x in json.loads(r.output)] == [81.2]
    bad = tmp_path / "bad.toml"
    bad.write_text("[digest]\nmin_claim_confidence = 1.5\n", encoding="utf-8")
    r = runner.invoke(main, ["--config", str(bad), "--db", str(tmp_path / "c.db"), "scores", "--model", MODEL])
    assert r.exit_code == 2
    assert "min_claim_confidence" in r.output and "outside 0-1" in r.output and "Traceback" not in r.output


def test_benchmark_alerts_use_the_same_bar(tmp_path):
    """A misread number under the bar neither alerts nor becomes the best score a later claim must beat."""
    from pathlib import Path

    from pipeline.alerts import evaluate as E
    from pipeline.config import parse_config
    from pipeline.store import alerts as S

    watch = parse_config({"watch": [{"name": "plinth", "benchmark": BENCH, "best": True, "notify": ["smtp"]}]},
                         Path("m.toml")).watches[0]
    store = open_db(tmp_path / "a.db")
    low, high = max(0.0, q.CLAIM_THRESHOLD - 0.3), min(1.0, q.CLAIM_THRESHOLD + 0.1)
    try:
        seed.seed_basic(store)
        for key, day, score, conf in (("a1", "2025-12-09", 90.0, low), ("a2", "2025-12-10", 81.2, high)):
            _annotated(store, key, day, [_claim(score, conf)], title=f"{MODEL} {key}")
        horizon = store.conn.execute("SELECT max(id) FROM articles").fetchone()[0]
        arts = [a for a in S.news_articles(store.conn, 0, horizon, archive=True) if a["title"].startswith(MODEL)]
        assert len(arts) == 2
        barred = E.benchmark_events(store.conn, watch, arts, horizon)
        assert [e["detail"]["score"] for e in barred] == [81.2]
        assert "the first score stored" in barred[0]["headline"]
        unbarred = E.benchmark_events(store.conn, watch, arts, horizon, min_confidence=0.0)
        assert [e["detail"]["score"] for e in unbarred] == [90.0]
    finally:
        store.close()
