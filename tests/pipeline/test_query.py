import json
import sqlite3
import threading
import time
from datetime import date, timedelta

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from pipeline.store import queries as q
from pipeline.cli.main import main
from pipeline.store.migrations import _ISO_WEEK, migrations
from pipeline.store.db import open_db

TODAY = date(2025, 11, 12)  # a Wednesday in 2025-W46

ENTITIES = [  # id, label, canonical, known
    (1, "MODEL", "GPT-5", 1), (2, "ORG", "OpenAI", 1), (3, "MODEL", "Claude Sonnet 4.5", 1),
    (4, "ORG", "Anthropic", 1), (5, "BENCHMARK", "SWE-bench Verified", 1), (6, "BENCHMARK", "AIME 2025", 1),
    (7, "MODEL", "DeepSeek-V3.2", 0), (8, "ORG", "DeepSeek", 1),
]
ARTICLES = [  # id, title, text, published, first_seen, entity ids mentioned (repeats = several mentions)
    (1, "OpenAI releases GPT-5",
     "OpenAI released GPT-5 on Monday. GPT-5 scored 74.9% on SWE-bench Verified, the company said.",
     "2025-11-03T10:00:00Z", "2025-11-03T11:00:00Z", [2, 1, 1, 5]),
    (2, "Anthropic ships Claude Sonnet 4.5",
     "Anthropic shipped Claude Sonnet 4.5, which scored 77.2% on SWE-bench Verified and beats GPT-5 at coding. "
     "Claude Sonnet 4.5 is available today.",
     "2025-11-05T09:00:00Z", "2025-11-05T10:00:00Z", [4, 3, 5, 1, 3]),
    (3, "GPT-5 benchmarks revisited",
     "A second look at GPT-5: it scored 94.6% on AIME 2025 and 72.8% on SWE-bench Verified. GPT-5 remains a "
     "strong benchmark performer; GPT-5 pricing is unchanged.",
     "2025-10-28T08:00:00Z", "2025-10-29T08:00:00Z", [1, 6, 5, 1, 1]),
    (4, "Open weights roundup", "DeepSeek published open weights for DeepSeek-V3.2, a reasoning model.",
     None, "2025-11-10T09:00:00Z", [8, 7]),
    (5, "A look back", "OpenAI looked back at a year of research.",
     "2021-01-03T12:00:00Z", "2021-01-04T12:00:00Z", [2]),
]
CLAIMS = [  # article, model, benchmark, score
    (1, "GPT-5", "SWE-bench Verified", 74.9), (2, "Claude Sonnet 4.5", "SWE-bench Verified", 77.2),
    (3, "GPT-5", "AIME 2025", 94.6), (3, "GPT-5", "SWE-bench Verified", 72.8),
]


def build(path):
    store = open_db(path)
    names = {e[0]: e[2] for e in ENTITIES}
    with store.conn as c:
        for aid, title, text, published, first_seen, ents in ARTICLES:
            c.execute("""INSERT INTO articles (id, url, source, title, text, published, first_seen, last_seen,
                             content_hash, simhash) VALUES (?, ?, 'wire', ?, ?, ?, ?, ?, ?, '0')""",
                      (aid, f"https://wire.test/{aid}", title, text, published, first_seen, first_seen, f"h{aid}"))
        for eid, label, canonical, known in ENTITIES:
            c.execute("INSERT INTO entities (id, label, canonical, known, first_seen) VALUES (?, ?, ?, ?, ?)",
                      (eid, label, canonical, known, "2025-01-01"))
        for aid, _t, text, *_rest, ents in ARTICLES:
            for eid in ents:
                start = max(text.find(names[eid]), 0)
                c.execute('INSERT INTO mentions (article_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                          (aid, eid, start, start + len(names[eid]), names[eid]))
        for aid, model, bench, score in CLAIMS:
            c.execute("INSERT INTO claims (article_id, model, benchmark, score, unit, sentence) VALUES (?, ?, ?, ?, '%', 's')",
                      (aid, model, bench, score))
    return store


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "q.db"
    build(path).close()
    return path


@pytest.fixture
def conn(db_path):
    c = q.open_reader(db_path)
    yield c
    c.close()


def run(db_path, *args):
    return CliRunner().invoke(main, ["--db", str(db_path), *args])


# -- views ------------------------------------------------------------------------------------

def test_iso_week_expression_matches_python_across_year_ends():
    c = sqlite3.connect(":memory:")
    sql = "SELECT " + _ISO_WEEK.format(d="?")
    day = date(2019, 12, 20)
    for _ in range(6 * 366):
        ts = day.isoformat() + "T23:59:59Z"
        assert c.execute(sql, (ts, ts)).fetchone()[0] == q.iso_week(day), day
        day += timedelta(days=1)


def test_weekly_mentions_view_counts_articles_and_mentions(conn):
    rows = conn.execute("SELECT week, week_start, articles, mentions FROM weekly_mentions "
                        "WHERE canonical = 'GPT-5' ORDER BY week").fetchall()
    assert rows == [("2025-W44", "2025-10-27", 1, 3), ("2025-W45", "2025-11-03", 2, 3)]
    assert conn.execute("SELECT week FROM weekly_mentions WHERE canonical = 'OpenAI' ORDER BY week").fetchall() \
        == [("2020-W53",), ("2025-W45",)]
    # no published date: the first crawl time decides the week
    assert conn.execute("SELECT week FROM weekly_mentions WHERE canonical = 'DeepSeek-V3.2'").fetchall() == [("2025-W46",)]


def test_article_entities_view_one_row_per_pair(conn):
    rows = conn.execute("SELECT article_id, label, mentions, date FROM article_entities "
                        "WHERE canonical = 'GPT-5' ORDER BY article_id").fetchall()
    assert rows == [(1, "MODEL", 2, "2025-11-03T10:00:00Z"), (2, "MODEL", 1, "2025-11-05T09:00:00Z"),
                    (3, "MODEL", 3, "2025-10-28T08:00:00Z")]
    assert conn.execute("SELECT count(*) FROM article_entities").fetchone()[0] == 13


def test_benchmark_scores_and_first_seen_views(conn):
    rows = conn.execute("SELECT model, score, article_id, date, url FROM benchmark_scores "
                        "WHERE benchmark = 'SWE-bench Verified' ORDER BY score DESC").fetchall()
    assert rows == [("Claude Sonnet 4.5", 77.2, 2, "2025-11-05T09:00:00Z", "https://wire.test/2"),
                    ("GPT-5", 74.9, 1, "2025-11-03T10:00:00Z", "https://wire.test/1"),
                    ("GPT-5", 72.8, 3, "2025-10-28T08:00:00Z", "https://wire.test/3")]
    first = {r[0]: r[1:] for r in conn.execute("SELECT canonical, first_seen, article_id, articles FROM first_seen")}
    assert first["GPT-5"] == ("2025-10-28T08:00:00Z", 3, 3)
    assert first["OpenAI"] == ("2021-01-03T12:00:00Z", 5, 2)
    assert first["DeepSeek-V3.2"] == ("2025-11-10T09:00:00Z", 4, 1)


def test_query_indexes_are_used(conn):
    def plan(sql, *params):
        return " | ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
    assert "articles_date" in plan(f"SELECT id FROM articles a WHERE {q.ARTICLE_DATE} >= ?", "2025-01-01")
    assert "entities_canonical_nocase" in plan("SELECT id FROM entities WHERE canonical = ? COLLATE NOCASE", "x")
    assert "mentions_entity_article" in plan("SELECT article_id FROM mentions WHERE entity_id = ?", 1)
    assert "claims_benchmark_score" in plan("SELECT score FROM claims WHERE benchmark = ?", "x")


# -- functions --------------------------------------------------------------------------------

def test_top_ranks_by_articles_then_mentions(conn):
    rows = [(r["canonical"], r["articles"], r["mentions"]) for r in q.top(conn)]
    assert rows == [("GPT-5", 3, 6), ("SWE-bench Verified", 3, 3), ("OpenAI", 2, 2), ("Claude Sonnet 4.5", 1, 2),
                    ("AIME 2025", 1, 1), ("Anthropic", 1, 1), ("DeepSeek", 1, 1), ("DeepSeek-V3.2", 1, 1)]
    assert [(r["canonical"], r["articles"], r["mentions"]) for r in q.top(conn, label="model")] == \
        [("GPT-5", 3, 6), ("Claude Sonnet 4.5", 1, 2), ("DeepSeek-V3.2", 1, 1)]


def test_top_date_bounds_are_inclusive_days(conn):
    rows = q.top(conn, since=q.parse_since("2025-11-01"), until=q.parse_until("2025-11-05"), limit=3)
    assert [(r["canonical"], r["articles"], r["mentions"]) for r in rows] == \
        [("GPT-5", 2, 3), ("SWE-bench Verified", 2, 2), ("Claude Sonnet 4.5", 1, 2)]


def test_parse_dates():
    assert q.parse_since("7d", today=TODAY) == "2025-11-05"
    assert q.parse_since("2w", today=TODAY) == "2025-10-29"
    assert q.parse_until("today", today=TODAY) == "2025-11-13"
    assert q.parse_until("2025-11-30") == "2025-12-01"
    assert q.parse_since("2025-11-01T12:00:00+02:00") == "2025-11-01T10:00:00Z"
    with pytest.raises(q.QueryError, match="not a date"):
        q.parse_since("last tuesday")


def test_trend_fills_empty_weeks(conn):
    data = q.trend(conn, "gpt-5", weeks=4, today=TODAY)
    assert [e["canonical"] for e in data["entities"]] == ["GPT-5"]
    assert [(w["week"], w["week_start"], w["articles"], w["mentions"]) for w in data["weeks"]] == [
        ("2025-W43", "2025-10-20", 0, 0), ("2025-W44", "2025-10-27", 1, 3),
        ("2025-W45", "2025-11-03", 2, 3), ("2025-W46", "2025-11-10", 0, 0)]
    assert q.sparkline([w["articles"] for w in data["weeks"]]) == "▁▅█▁"


def test_trend_unknown_name_suggests(conn):
    with pytest.raises(q.QueryError, match=r"no entity named 'Claude'; did you mean: Claude Sonnet 4.5\?"):
        q.trend(conn, "Claude", today=TODAY)


def test_sparkline_scales_to_peak():
    assert q.sparkline([]) == ""
    assert q.sparkline([0, 0]) == "▁▁"
    assert q.sparkline([1, 7, 14]) == "▂▅█"


def test_search_ranks_by_bm25_with_snippets(conn):
    rows = q.search(conn, "benchmark")
    assert [r["id"] for r in rows] == [3]  # stemming: 'benchmarks' in the title, 'benchmark' in the text
    assert "[benchmark" in rows[0]["snippet"] or "[benchmarks]" in rows[0]["snippet"]
    rows = q.search(conn, "scored")
    assert sorted(r["id"] for r in rows) == [1, 2, 3]
    assert all("[scored]" in r["snippet"] for r in rows)
    assert rows == sorted(rows, key=lambda r: r["rank"])
    assert [r["id"] for r in q.search(conn, "GPT")][:1] in ([1], [3])  # title hits rank first


def test_search_filters(conn):
    assert [r["id"] for r in q.search(conn, "scored", entity="claude sonnet 4.5")] == [2]
    assert sorted(r["id"] for r in q.search(conn, "scored", label="BENCHMARK")) == [1, 2, 3]
    assert [r["id"] for r in q.search(conn, "open", label="MODEL")] == [4]
    assert [r["id"] for r in q.search(conn, "scored", since=q.parse_since("2025-11-04"))] == [2]
    assert sorted(r["id"] for r in q.search(conn, "scored", until=q.parse_until("2025-11-03"))) == [1, 3]
    assert len(q.search(conn, "scored", limit=2)) == 2


@pytest.mark.parametrize("query, ids", [
    ("GPT-5", [1, 2, 3]),                       # not "GPT minus column 5"
    ("SWE-bench", [1, 2, 3]),
    ("DeepSeek-V3.2", [4]),
    ('"open weights" AND DeepSeek-V3.2', [4]),  # quoted phrases and operators keep their meaning
    ("title:GPT-5", [1, 3]),
    ("GPT-5 NOT Anthropic", [1, 3]),
    ("Anthropic OR DeepSeek-V3.2", [2, 4]),
    ("revisit*", [3]),
])
def test_search_names_with_hyphens_and_dots_just_work(conn, query, ids):
    assert sorted(r["id"] for r in q.search(conn, query)) == ids


def test_fts_query_quotes_only_what_fts5_would_misread():
    assert q.fts_query("GPT-5.1") == '"GPT-5.1"'
    assert q.fts_query("Humanity's Last Exam") == '"Humanity\'s" Last Exam'
    assert q.fts_query('NEAR(gpt model, 5) OR "a b"') == 'NEAR ( gpt model , 5 ) OR "a b"'
    assert q.fts_query("GPT-5*") == '"GPT-5"*'


@pytest.mark.parametrize("bad", ["gpt AND", '"unterminated', "NEAR(gpt", "OR scored"])
def test_search_malformed_query_is_a_query_error(conn, bad):
    with pytest.raises(q.QueryError, match="invalid search query"):
        q.search(conn, bad)


def test_scores_best_first_and_names_any_case(conn):
    rows = q.scores(conn)
    assert [(r["benchmark"], r["model"], r["score"]) for r in rows] == [
        ("AIME 2025", "GPT-5", 94.6), ("SWE-bench Verified", "Claude Sonnet 4.5", 77.2),
        ("SWE-bench Verified", "GPT-5", 74.9), ("SWE-bench Verified", "GPT-5", 72.8)]
    assert [r["score"] for r in q.scores(conn, model="gpt-5")] == [94.6, 74.9, 72.8]
    assert [r["model"] for r in q.scores(conn, benchmark="swe-bench verified", model="GPT-5")] == ["GPT-5", "GPT-5"]
    with pytest.raises(q.QueryError, match=r"no MODEL entity named 'nobody'"):
        q.scores(conn, model="nobody")


@pytest.mark.parametrize("typed, stored", [("gpt5", "GPT-5"), ("Claude-Sonnet-4.5", "Claude Sonnet 4.5"),
                                           ("claude sonnet 4.5", "Claude Sonnet 4.5"),
                                           ("SWE_bench verified", "SWE-bench Verified"), ("deepseek v3.2", "DeepSeek-V3.2")])
def test_names_resolve_as_the_nlp_matches_them(conn, typed, stored):
    assert [e["canonical"] for e in q.find_entities(conn, typed)] == [stored]


def test_unknown_names_get_the_nearest_suggestions(conn):
    with pytest.raises(q.QueryError, match=r"did you mean: Claude Sonnet 4\.5\?"):
        q.scores(conn, model="Claude Sonet 4.5")
    with pytest.raises(q.QueryError, match=r"did you mean: AIME 2025"):
        q.resolve_entities(conn, "AIME 2024", "BENCHMARK")


def test_run_sql_reads_and_refuses_writes(conn, db_path):
    cols, rows = q.run_sql(conn, "SELECT canonical FROM entities WHERE label = :l ORDER BY id", {"l": "ORG"})
    assert cols == ["canonical"] and rows == [("OpenAI",), ("Anthropic",), ("DeepSeek",)]
    for stmt in ["DELETE FROM articles", "CREATE TABLE x (y)", "UPDATE entities SET known = 0",
                 f"ATTACH '{db_path.parent / 'other.db'}' AS o"]:
        with pytest.raises(q.QueryError, match="read-only"):
            q.run_sql(conn, stmt)
    assert not (db_path.parent / "other.db").exists()
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    with pytest.raises(q.QueryError, match="SQL error: no such table"):
        q.run_sql(conn, "SELECT * FROM nope")


def test_open_reader_applies_pending_migrations(tmp_path):
    path = tmp_path / "old.db"
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="add_query_indexes")
    db.close()
    conn = q.open_reader(path)
    assert conn.execute("SELECT count(*) FROM weekly_mentions").fetchone()[0] == 0


def test_open_reader_missing_file(tmp_path):
    with pytest.raises(q.QueryError, match="no database yet"):
        q.open_reader(tmp_path / "missing.db")


def test_readers_never_see_database_locked_during_writes(db_path):
    errors: list[BaseException] = []
    stop = threading.Event()
    text = "Mistral released Magistral Medium, a reasoning model, and it scored well on AIME 2025."  # < 60 words

    def writer():
        store = open_db(db_path)
        try:
            for i in range(150):
                store.store_article({"url": f"https://w.test/{i}", "title": f"Story {i}", "text": f"{text} n{i}",
                                     "published": "2025-11-11T00:00:00Z", "word_count": 16}, source="w")
                time.sleep(0.002)
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)
        finally:
            store.close()
            stop.set()

    seen: list[int] = []

    def reader():
        try:
            while True:
                done = stop.is_set()
                conn = q.open_reader(db_path)
                q.search(conn, "reasoning")
                q.top(conn, since="2025-11-01")
                q.scores(conn)
                q.trend(conn, "GPT-5", today=TODAY)
                seen.append(q.run_sql(conn, "SELECT count(*) FROM articles")[1][0][0])
                conn.close()
                if done:
                    return
        except BaseException as e:
            errors.append(e)

    readers = [threading.Thread(target=reader) for _ in range(3)]
    w = threading.Thread(target=writer)
    t0 = time.monotonic()
    for t in [*readers, w]:
        t.start()
    for t in [w, *readers]:
        t.join(60)
    assert not errors, errors
    assert time.monotonic() - t0 < 60
    assert any(5 < n < 155 for n in seen), seen  # some reads happened mid-crawl
    assert max(seen) == 155
    conn = q.open_reader(db_path)
    assert len(q.search(conn, "reasoning", limit=500)) == 151  # 150 stories + the roundup


# -- CLI --------------------------------------------------------------------------------------

def test_cli_top_table_and_json(db_path):
    r = run(db_path, "top", "--label", "model")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].split() == ["#", "label", "name", "articles", "mentions", "first", "seen", "kb"]
    assert lines[2].split()[:5] == ["1", "MODEL", "GPT-5", "3", "6"]
    assert "NEW" in lines[4]
    r = run(db_path, "top", "--json", "--limit", "2")
    assert [(x["canonical"], x["articles"]) for x in json.loads(r.output)] == [("GPT-5", 3), ("SWE-bench Verified", 3)]


def test_cli_search_output_and_bad_query(db_path):
    r = run(db_path, "search", "scored", "--entity", "Claude Sonnet 4.5")
    assert r.exit_code == 0, r.output
    assert " 1. Anthropic ships Claude Sonnet 4.5" in r.output and "[scored]" in r.output
    r = run(db_path, "search", "scored", "--json", "--until", "2025-11-03")
    assert sorted(x["id"] for x in json.loads(r.output)) == [1, 3]
    r = run(db_path, "search", "gpt AND")
    assert r.exit_code == 1
    assert "Error: invalid search query 'gpt AND'" in r.output and "Traceback" not in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    r = run(db_path, "search", "x", "--entity", "Nobody")
    assert r.exit_code == 1 and "no entity named 'Nobody'" in r.output


def test_cli_trend_sparkline_and_json(db_path):
    r = run(db_path, "trend", "GPT-5", "--weeks", "600")
    assert r.exit_code == 0, r.output
    first, second = r.output.splitlines()[:2]      # the data ends in 2025: weeks count back from its newest article
    assert first == "(periods counted back from the newest article, 2025-11-10)"
    assert second.startswith("GPT-5 (MODEL): 3 article(s) in 600 week(s)")
    r = run(db_path, "trend", "GPT-5", "--weeks", "3", "--until", "2025-11-09")
    assert "▅█▁" not in r.output and "  ▁▅█  (peak 2/week)" in r.output, r.output
    assert "2025-W43..2025-W45" in r.output
    r = run(db_path, "trend", "openai", "--weeks", "600", "--json")
    data = json.loads(r.output)
    assert len(data["weeks"]) == 600 and sum(w["articles"] for w in data["weeks"]) == 2


def test_cli_scores(db_path):
    r = run(db_path, "scores", "--benchmark", "swe-bench verified")
    assert r.exit_code == 0, r.output
    lines = r.output.splitlines()
    assert lines[0].split()[:4] == ["benchmark", "model", "score", "by"] and lines[0].rstrip().endswith("evidence")
    col = lines[0].index("score")
    assert [line[col:].split()[0] for line in lines[2:]] == ["77.2%", "74.9%", "72.8%"]
    # the evidence sentence, in the table too (not only --json)
    sentences = [x["sentence"] for x in json.loads(run(db_path, "scores", "--benchmark", "swe-bench verified",
                                                       "--json").output)]
    assert all(" ".join(s.split()) in r.output for s in sentences) and sentences
    r = run(db_path, "scores", "--model", "GPT-5", "--json")
    assert [x["score"] for x in json.loads(r.output)] == [94.6, 74.9, 72.8]


def test_cli_sql_formats_and_refuses_writes(db_path):
    r = run(db_path, "sql", "select label, count(*) as n from entities group by label order by label")
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == ["label      n", "---------  -", "BENCHMARK  2", "MODEL      3", "ORG        3"]
    r = run(db_path, "sql", "select id, title from articles where id = :id", "-p", "id", "2", "--json")
    assert json.loads(r.output) == [{"id": 2, "title": "Anthropic ships Claude Sonnet 4.5"}]
    r = run(db_path, "sql", "select id, title from articles where id <= 2 order by id", "--csv")
    assert r.output == "id,title\n1,OpenAI releases GPT-5\n2,Anthropic ships Claude Sonnet 4.5\n"
    r = run(db_path, "sql", "delete from articles")
    assert r.exit_code == 1 and "read-only" in r.output and "Traceback" not in r.output
    r = run(db_path, "sql", "select count(*) from articles")
    assert r.output.splitlines()[-1].strip() == "5"


def test_cli_missing_database(tmp_path):
    r = run(tmp_path / "none.db", "top")
    assert r.exit_code == 2 and "no database yet" in r.output     # as every command says it (README)
    assert not (tmp_path / "none.db").exists()
