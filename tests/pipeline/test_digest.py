import difflib
import importlib.util
import json
import os
from datetime import datetime, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.digest import build as D
from pipeline.digest import stories
from pipeline.digest.chart import render_chart
from pipeline.cli.main import main
from pipeline.config import defaults, Config
from pipeline.store import digests as digest_store
from pipeline.store.db import open_db

DATA = Path(__file__).resolve().parents[1] / "data" / "digest"
_spec = importlib.util.spec_from_file_location("digest_seed", DATA / "seed.py")
seed = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(seed)

NOW = "2025-12-15T06:00:00Z"


@pytest.fixture
def store(tmp_path):
    s = open_db(tmp_path / "digest.db")
    seed.seed_basic(s)
    yield s
    s.close()


@pytest.fixture
def w50(store):
    return D.build_digest(store, D.parse_week("2025-W50"), now=NOW)


# -- periods ------------------------------------------------------------------------------

def test_period_iso_week_bounds_in_utc_and_local_time():
    p = D.parse_week("2025-W50")
    assert (p.key, p.since, p.until) == ("2025-W50", "2025-12-08T00:00:00Z", "2025-12-15T00:00:00Z")
    ny = D.parse_week("2025-W50", "America/New_York")
    assert (ny.since, ny.until) == ("2025-12-08T05:00:00Z", "2025-12-15T05:00:00Z")
    assert D.previous(p).key == "2025-W49"
    assert D.parse_week("2026-W01").start.isoformat() == "2025-12-29"


def test_period_last_complete_week_depends_on_timezone():
    # Monday 15 Dec 2025 02:00 UTC is still Sunday 14 Dec in New York: W50 is not over there.
    now = datetime(2025, 12, 15, 2, 0, tzinfo=timezone.utc)
    assert D.last_complete_week("UTC", now).key == "2025-W50"
    assert D.last_complete_week("America/New_York", now).key == "2025-W49"


def test_period_custom_range_and_bad_input():
    p = D.make_period(datetime(2025, 12, 1).date(), datetime(2025, 12, 3).date())
    assert (p.key, p.iso_week, p.days) == ("2025-12-01..2025-12-03", False, 3)
    assert D.previous(p).key == "2025-11-28..2025-11-30"
    with pytest.raises(ValueError, match="not an ISO week"):
        D.parse_week("December")
    with pytest.raises(ValueError, match="has no week 53"):
        D.parse_week("2025-W53")


# -- building -----------------------------------------------------------------------------

def test_digest_counts_the_week(w50):
    assert w50.stats["articles"] == 9
    assert w50.stats["sources"] == 8
    assert w50.stats["new_models"] == 1   # Kimi K3; the knowledge base dates Mistral Large 3 to 2 Dec (W49)
    assert w50.stats["new_models_unknown"] == 1
    assert not w50.stats["first_week_of_tracking"] and w50.tracking["history_days"] == 33
    assert w50.stats["previous_articles"] == 4
    assert w50.stats["claims"] == 4
    assert not w50.empty


def test_digest_week_follows_configured_timezone(store):
    ny = D.build_digest(store, D.parse_week("2025-W50", "America/New_York"), now=NOW)
    assert ny.stats["articles"] == 10  # + the article of 15 Dec 00:30 UTC, still Sunday in New York


def test_digest_stories_group_and_rank(w50, store):
    ids = dict((k, v) for k, v in _ids(store).items())
    groups = [sorted(s.article_ids) for s in w50.stories]
    assert groups == [
        sorted([ids["a1"], ids["a2"], ids["a3"]]),   # same model in every title, 3 outlets
        sorted([ids["b1"], ids["b2"]]),              # near-duplicate text, unrelated titles
        sorted([ids["c1"], ids["c2"]]),              # similar titles
        [ids["d1"]],                                 # a new model: ranks above a bigger roundup
        [ids["r1"]],                                 # names GPT-5.2 in passing only: its own story
    ]
    assert w50.stories[3].new_models == ["Kimi K3"]
    top = w50.stories[0]
    assert top.headline == "OpenAI releases GPT-5.2 with better reasoning"
    assert (top.first_outlet, top.first_date) == ("The Verge", "2025-12-09T10:00:00Z")
    assert top.summary.startswith("OpenAI released GPT-5.2")
    assert [e["name"] for e in top.entities] == ["GPT-5.2", "OpenAI", "SWE-bench Verified"]
    assert [ln.url for ln in top.links] == ["https://verge.example/a1", "https://techcrunch.example/a2",
                                            "https://decoder.example/a3"]
    mistral = w50.stories[1]
    assert (mistral.sources, mistral.articles) == (3, 2)
    assert [ln.duplicate for ln in mistral.links] == [False, True, False]
    assert mistral.links[1].url == "https://syndicator.example/mistral"


def test_digest_top_stories_limit(store):
    d = D.build_digest(store, D.parse_week("2025-W50"), top_stories=2, now=NOW)
    assert len(d.stories) == 2 and d.stats["stories"] == 5


def test_digest_model_trends_grouped_by_developer(w50):
    # ranked by the articles about a model (title, lead, repeated), then by the ones mentioning it
    assert [(t.name, t.subject, t.articles, t.previous, t.change, t.delta) for t in w50.models] == [
        ("GPT-5.2", 3, 4, 1, "up", 3), ("Kimi K3", 1, 1, 0, "new", 1), ("Mistral Large 3", 0, 2, 0, "new", 2)]
    assert [(g["org"], [m.name for m in g["models"]]) for g in w50.models_by_org] == [
        ("OpenAI", ["GPT-5.2"]), ("Moonshot AI", ["Kimi K3"]), ("Mistral AI", ["Mistral Large 3"])]
    kimi = w50.models[1]
    assert kimi.first_seen_now and not kimi.known
    assert not w50.models[0].first_seen_now  # GPT-5.2 was first seen in W49


def test_digest_company_and_benchmark_week_on_week(w50):
    assert [(t.name, t.subject, t.articles, t.previous, t.change) for t in w50.companies] == [
        ("OpenAI", 2, 4, 2, "up"), ("Nvidia", 2, 2, 3, "down"), ("Mistral AI", 0, 2, 0, "new")]
    assert [(t.name, t.articles, t.previous, t.change) for t in w50.benchmarks] == [
        ("SWE-bench Verified", 3, 1, "up"), ("HLE", 1, 0, "new")]


def test_digest_new_models_flag_unknown(w50):
    assert [(m.name, m.known, m.org, m.articles, m.outlet, m.reason) for m in w50.new_models] == [
        ("Kimi K3", False, "Moonshot AI", 1, "kimi-fans", "first-reported")]
    assert "no article in the 33 days before" in w50.new_models[0].evidence


def test_digest_scoreboard_shows_conflicting_claims_side_by_side(w50):
    rows = [(r.model, r.benchmark, [c.display for c in r.claims], [c.outlet for c in r.claims], r.conflict)
            for r in w50.scoreboard]
    assert rows == [
        ("GPT-5.2", "SWE-bench Verified", ["80%", "80%", "78.5%"], ["The Verge", "TechCrunch", "The Decoder"], True),
        ("Kimi K3", "HLE", ["51%"], ["kimi-fans"], False),
    ]
    html = D.render_html(w50)
    assert html.count("conflicting") == 1
    row = html[html.index("SWE-bench Verified <span"):]
    row = row[:row.index("</tr>")]
    assert row.index("80%") < row.index("78.5%")  # the claims sit in one row


def test_digest_chart_series_last_8_weeks(w50):
    assert w50.chart["weeks"] == ["W43", "W44", "W45", "W46", "W47", "W48", "W49", "W50"]
    series = {s["name"]: s["counts"] for s in w50.chart["series"]}
    assert list(series)[:2] == ["GPT-5.2", "OpenAI"]
    assert series["OpenAI"] == [0, 0, 1, 0, 0, 0, 2, 4]
    assert series["Nvidia"] == [0, 0, 0, 0, 0, 0, 3, 2]
    png = render_chart(w50.chart)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 2000


def test_digest_quiet_week_is_short_not_an_error(store):
    d = D.build_digest(store, D.parse_week("2025-W40"), now=NOW)
    assert d.empty and d.stats["articles"] == 0 and d.stories == [] and d.chart["series"] == []
    text = D.render_text(d)
    assert "A quiet week" in text and "TOP STORIES" not in text
    assert "A quiet week" in D.render_html(d)
    assert D.subject(d).endswith("a quiet week")
    assert render_chart(d.chart).startswith(b"\x89PNG")


def test_digest_text_matches_golden_file(w50):
    """tests/data/digest/basic/digest.txt; FORCE_TESTDATA_CREATION=1 rewrites it (and still fails)."""
    expected_path = DATA / "basic" / "digest.txt"
    got = D.render_text(w50)
    if os.environ.get("FORCE_TESTDATA_CREATION") or not expected_path.exists():
        expected_path.parent.mkdir(parents=True, exist_ok=True)
        expected_path.write_text(got, encoding="utf-8")
        pytest.fail(f"wrote {expected_path}; check it and run again")
    expected = expected_path.read_text(encoding="utf-8")
    assert got == expected, "\n".join(difflib.unified_diff(expected.splitlines(), got.splitlines(), "expected", "got",
                                                           lineterm=""))


# -- escaping -----------------------------------------------------------------------------

EVIL_TITLE = "<script>alert(1)</script>"


def _add_evil(store):
    conn = store.conn
    with conn:
        aid = seed.insert_article(conn, "evil", "2025-12-14T09:00:00Z", "evil", '"><img src=x onerror=alert(2)>',
                                  EVIL_TITLE, "GPT-5.2 evil. " + seed.FILLER,
                                  url="javascript:alert(3)//https://x")
        seed.add_annotations(conn, aid, {"gpt52": 3}, [("GPT-5.2", "<b onmouseover=alert(4)>", 1.0, "%")],
                             summary='<img src=x onerror="alert(5)">')
    return aid


def test_digest_html_escapes_scraped_text(store):
    _add_evil(store)
    d = D.build_digest(store, D.parse_week("2025-W50"), now=NOW)
    html = D.render_html(d)
    assert "<script>" not in html and "alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and '<img src="x"' not in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html          # the outlet name, as text
    assert '&lt;img src=x onerror="alert(5)"&gt;' in html        # the summary, as text
    assert "&lt;b onmouseover=alert(4)&gt;" in html               # the benchmark name, as text
    assert "javascript:" not in html                               # the link is dropped, not escaped
    # and the HTML still parses to the same escaped text
    from html.parser import HTMLParser

    class Tags(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags = set()

        def handle_starttag(self, tag, attrs):
            self.tags.add(tag)
            for name, value in attrs:
                assert not name.startswith("on"), name
                if tag == "img":
                    assert name != "src" or value == "cid:chart@modelwire"

    p = Tags()
    p.feed(html)
    assert "script" not in p.tags


def test_digest_safe_url_keeps_only_http_links():
    assert D.safe_url("https://a.org/x?y=1") == "https://a.org/x?y=1"
    assert D.safe_url("javascript:alert(1)") == ""
    assert D.safe_url("data:text/html,<script>") == ""
    assert D.safe_url(None) == ""


# -- storing -------------------------------------------------------------------------------

def _config(tmp_path, **digest):
    values = defaults()
    values["digest"].update(digest)
    return Config(path=tmp_path / "modelwire.toml", values=values)


def test_digest_generate_stores_and_rebuild_replaces(store, tmp_path):
    cfg = _config(tmp_path)
    period = D.parse_week("2025-W50")
    d, stored = D.generate(store, cfg, period, now=NOW)
    assert stored.week == "2025-W50" and stored.stats["articles"] == 9
    assert stored.chart_png.startswith(b"\x89PNG")
    assert 'src="cid:chart@modelwire"' in stored.html
    assert stored.subject.startswith("[modelwire] Weekly AI digest, 2025-W50")
    digest_store.remember_message_id(store, "2025-W50", "<m1@x>")
    digest_store.record_send(store, "2025-W50", ["a@example.org"], "<m1.a@x>", "2025-12-15T07:00:00Z")
    _add_evil(store)
    _, again = D.generate(store, cfg, period, now="2025-12-16T06:00:00Z")
    rows = store.conn.execute("SELECT week, generated_at, json_extract(stats, '$.articles'), recipients, message_id "
                              "FROM digests").fetchall()
    assert rows == [("2025-W50", "2025-12-16T06:00:00Z", 10, '["a@example.org"]', "<m1@x>")]
    data = json.loads(store.conn.execute("SELECT data FROM digests").fetchone()[0])
    assert data["stories"][0]["headline"] == "OpenAI releases GPT-5.2 with better reasoning"


def test_digest_queries_use_the_date_index(store):
    p = D.parse_week("2025-W50")
    plan = " ".join(r[3] for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT a.id FROM articles a JOIN mentions m ON m.article_id = a.id "
        "WHERE coalesce(a.published, a.first_seen) >= ? AND coalesce(a.published, a.first_seen) < ?",
        [p.since, p.until]))
    assert "USING INDEX articles_date" in plan
    plan = " ".join(r[3] for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM entities WHERE label = 'MODEL' AND first_seen >= ? AND first_seen < ?",
        [p.since, p.until]))
    assert "entities_label_first_seen" in plan


def test_digest_every_query_follows_the_period_not_the_database(store):
    """Trace every statement build_digest runs; none may scan articles, mentions, claims or entities."""
    statements = []
    store.conn.set_trace_callback(statements.append)
    try:
        D.build_digest(store, D.parse_week("2025-W50"), now=NOW)
    finally:
        store.conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) >= 8
    for sql in selects:
        plan = [r[3] for r in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
        scans = [step for step in plan if step.startswith("SCAN") and "TEMP" not in step]
        assert not scans, (sql, plan)
        if "FROM articles a" in sql and "a.id IN (" not in sql:   # by date, else by id (a model's history)
            assert "USING INDEX articles_date" in plan[0] or "COVERING INDEX articles_date" in plan[0], (sql, plan)


# -- stories unit ------------------------------------------------------------------------------

def test_stories_window_keeps_far_apart_articles_apart():
    arts = [stories.StoryArticle(1, "2025-12-01T00:00:00Z", "Gemini 3 launches", title_entities={7: "MODEL"}),
            stories.StoryArticle(2, "2025-12-02T00:00:00Z", "Gemini 3 reviewed", title_entities={7: "MODEL"}),
            stories.StoryArticle(3, "2025-12-07T00:00:00Z", "Gemini 3 one week on", title_entities={7: "MODEL"}),
            stories.StoryArticle(4, "2025-12-02T00:00:00Z", "Something else entirely")]
    assert stories.group_stories(arts, window=3 * 86400) == [[1, 2], [3], [4]]
    assert stories.group_stories(arts, window=7 * 86400) == [[1, 2, 3], [4]]


def test_stories_entities_in_title_match_whole_words():
    forms = {1: {"GPT-5"}, 2: {"GPT-5.1"}, 3: {"OpenAI"}}
    assert stories.entities_in_title("OpenAI's GPT-5.1 is out", forms) == {2, 3}


# -- CLI -----------------------------------------------------------------------------------

def test_digest_cli_out_writes_html_txt_eml(store, tmp_path):
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["--db", str(store.path), "digest", "--week", "2025-W50", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "Digest 2025-W50" in r.output and "9 articles from 8 sources" in r.output
    names = sorted(p.name for p in out.iterdir())
    assert names == ["digest-2025-W50.eml", "digest-2025-W50.html", "digest-2025-W50.png", "digest-2025-W50.txt",
                     "feed.xml", "index.html"]
    html = (out / "digest-2025-W50.html").read_text()
    assert 'src="digest-2025-W50.png"' in html
    import email
    msg = email.message_from_bytes((out / "digest-2025-W50.eml").read_bytes())
    assert msg.get_content_type() == "multipart/alternative"
    assert store.conn.execute("SELECT count(*) FROM digests").fetchone()[0] == 1


def test_digest_cli_options_are_checked(store):
    r = CliRunner().invoke(main, ["--db", str(store.path), "digest", "--week", "2025-W50", "--since", "2025-12-01"])
    assert r.exit_code == 2 and "either --week or --since" in r.output
    r = CliRunner().invoke(main, ["--db", str(store.path), "digest", "--week", "nope"])
    assert r.exit_code == 2 and "not an ISO week" in r.output
    r = CliRunner().invoke(main, ["--db", str(store.path), "digest", "--since", "2025-12-01", "--until", "2025-12-03",
                                  "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["period"]["key"] == "2025-12-01..2025-12-03"


def _ids(store):
    keys = [a[0] for a in seed.ARTICLES]
    rows = store.conn.execute("SELECT id FROM articles ORDER BY id").fetchall()
    return {k: r[0] for k, r in zip(keys, rows)}


def test_entity_counts_derived_from_the_period_mentions_equal_the_query(store):
    """build_digest counts the week's entities from the mention rows it already read."""
    for week in ("2025-W49", "2025-W50"):
        p = D.parse_week(week)
        want = digest_store.entity_counts(store.conn, p.since, p.until)
        assert want, week
        assert D.counts_from_mentions(digest_store.period_mentions(store.conn, p.since, p.until)) == want


def test_digest_scoreboard_shows_only_claims_that_pass(store):
    """A competitor's score cited in another model's sentence, and a percentage over 100, stay off
    the scoreboard; a rank beside a percentage is not a conflict."""
    aid = store.conn.execute("SELECT article_id FROM claims WHERE model = 'Kimi K3'").fetchone()[0]
    rows = [("Kimi K3", "HLE", 44.0, "%", 1), ("Kimi K3", "HLE", 200.0, "%", 0), ("Kimi K3", "HLE", 1.0, "rank", 0)]
    with store.conn:
        store.conn.executemany(
            "INSERT INTO claims (article_id, model, benchmark, score, unit, sentence, is_comparison) "
            "VALUES (?, ?, ?, ?, ?, 's', ?)", [(aid, *r) for r in rows])
    d = D.build_digest(store, D.parse_week("2025-W50"), now=NOW)
    [row] = [r for r in d.scoreboard if r.model == "Kimi K3"]
    assert sorted(c.display for c in row.claims) == ["#1", "51%"]
    assert row.conflict is False
