"""A dated search bounds the FTS scan by its window's ids: it must return exactly what an undated
search returns once filtered by date (same rows, order, bm25 ranks and snippets)."""
import random
from datetime import datetime, timedelta, timezone

import pytest

from pipeline.store import queries as q
from pipeline.store.db import open_db

WORDS = ["reasoning", "agents", "open", "weights", "model", "release", "benchmark", "quantization",
         "quantized", "cluster", "GPU", "latency", "context", "window", "safety", "distillation", "router"]
START = datetime(2025, 9, 22, tzinfo=timezone.utc)  # a Monday; 8 weeks up to 2025-11-17
WEEKS = 8
PER_WEEK = 60


def _iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def _articles() -> list[tuple]:
    """(id, title, text, published, first_seen): ids mostly in date order, as a crawl assigns them,
    then a backfill of older articles with the highest ids; every 7th article has no published date."""
    rnd = random.Random(8)
    n = WEEKS * PER_WEEK
    step = timedelta(weeks=WEEKS) / n
    dated = [START + step * i for i in range(n)]
    backfill = sorted(rnd.sample(range(n), n // 10))  # crawled last, so their ids come last
    order = [i for i in range(n) if i not in set(backfill)] + backfill
    rows = []
    for aid, i in enumerate(order, start=1):
        when = dated[i]
        title = " ".join(rnd.choice(WORDS) for _ in range(3)) + f" #{aid}"
        text = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 30)))
        published = None if aid % 7 == 0 else _iso(when)
        first_seen = _iso(when + timedelta(hours=3)) if published else _iso(when)
        rows.append((aid, title, text, published, first_seen))
    return rows


ARTICLES = _articles()


@pytest.fixture(scope="module")
def conn(tmp_path_factory):
    path = tmp_path_factory.mktemp("window") / "w.db"
    store = open_db(path)
    with store.conn as c:
        c.executemany("""INSERT INTO articles (id, url, source, title, text, published, first_seen, last_seen,
                             content_hash, simhash) VALUES (?, ?, 'wire', ?, ?, ?, ?, ?, ?, '0')""",
                      [(aid, f"https://wire.test/{aid}", title, text, pub, seen, seen, f"h{aid}")
                       for aid, title, text, pub, seen in ARTICLES])
        c.execute("INSERT INTO entities (id, label, canonical, known, first_seen) "
                  "VALUES (1, 'MODEL', 'Router-1', 1, '2025-01-01')")
        c.executemany('INSERT INTO mentions (article_id, entity_id, start, "end", text) VALUES (?, 1, 0, 8, ?)',
                      [(aid, "Router-1") for aid, *_ in ARTICLES if aid % 3 == 0])
    store.close()
    c = q.open_reader(path)
    yield c
    c.close()


@pytest.fixture(autouse=True)
def bound_small_windows(monkeypatch):
    """This database is small enough for a plain scan; bound its windows anyway (1/8 of it: 60)."""
    monkeypatch.setattr(q, "WINDOW_SCAN_MIN", 1)


def expected(conn, query, since, until, limit=20, **kw):
    """The undated search (no rowid bound), filtered by date in Python."""
    rows = q.search(conn, query, limit=10**6, **kw)
    return [r for r in rows if (since is None or r["date"] >= since) and (until is None or r["date"] < until)][:limit]


QUERIES = ["reasoning", '"open weights"', "reasoning OR agents", "reasoning NOT agents", "quant*",
           "title:model", "NEAR(safety router)", "nowhere"]
WINDOWS = [
    ("2025-11-10", "2025-11-17"),                        # the last week
    ("2025-10-06T12:00:00Z", "2025-10-09T06:30:00Z"),  # part of an older week, with backfilled ids
    ("2025-10-20", None),                              # since only
    (None, "2025-10-01"),                              # until only
    ("2000-01-01", "2100-01-01"),                      # every article
    ("2030-01-01", None),                              # empty: after the last article
    ("2025-11-01", "2025-10-01"),                      # empty: since after until
]


@pytest.mark.parametrize("since,until", WINDOWS)
@pytest.mark.parametrize("query", QUERIES)
def test_windowed_search_is_the_filtered_undated_search(conn, query, since, until):
    for limit in (1, 20, 10**6):
        assert q.search(conn, query, since=since, until=until, limit=limit) == \
            expected(conn, query, since, until, limit)


def test_fixture_covers_the_edge_cases(conn):
    ids = {r[0]: r for r in ARTICLES}
    rows = q.search(conn, "reasoning", since="2025-10-06T12:00:00Z", until="2025-10-09T06:30:00Z", limit=10**6)
    found = {r["id"] for r in rows}
    assert any(ids[i][3] is None for i in found)  # dated by first_seen
    window_ids = [r[0] for r in ARTICLES if "2025-10-06T12:00:00Z" <= (r[3] or r[4]) < "2025-10-09T06:30:00Z"]
    assert max(window_ids) - min(window_ids) > 2 * len(window_ids)  # backfill: ids not contiguous
    everything = q.search(conn, "model OR reasoning OR agents", since="2000-01-01", limit=10**6)
    assert len(everything) == len(q.search(conn, "model OR reasoning OR agents", limit=10**6)) > 300


def test_entity_label_and_highlight_with_a_window(conn):
    since, until = "2025-10-13", "2025-11-03"
    for kw in ({"entity": "router-1"}, {"label": "MODEL"}, {"highlight": ("<b>", "</b>")}):
        assert q.search(conn, "reasoning OR agents", since=since, until=until, **kw) == \
            expected(conn, "reasoning OR agents", since, until, **kw)


def test_window_larger_than_the_scan_cap_gives_the_same_rows(conn, monkeypatch):
    since, until = "2025-10-13", "2025-11-03"
    bounded = q.search(conn, "reasoning", since=since, until=until, limit=50)
    monkeypatch.setattr(q, "WINDOW_SCAN_CAP", 10)
    assert q._window_rowids(conn, since, until) is None
    assert q.search(conn, "reasoning", since=since, until=until, limit=50) == bounded == \
        expected(conn, "reasoning", since, until, 50)


def test_small_window_bounds_the_fts_scan_by_rowid(conn):
    since, until = "2025-11-10", "2025-11-17"
    lo, hi = q._window_rowids(conn, since, until)
    dates = {r[0]: r[3] or r[4] for r in ARTICLES}
    in_window = [i for i, d in dates.items() if since <= d < until]
    assert (lo, hi) == (min(in_window), max(in_window))
    assert q._window_rowids(conn, "2030-01-01", None) == (1, 0)
    assert q._window_rowids(conn, "2000-01-01", None) is None  # most of the database: plain FTS scan
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        q.search(conn, "reasoning", since=since, until=until)
    finally:
        conn.set_trace_callback(None)
    sql = next(s for s in seen if "snippet(" in s)
    assert "articles_fts.rowid BETWEEN" in sql
    plan = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql)]
    assert plan[0].startswith("SCAN articles_fts VIRTUAL TABLE"), plan  # FTS stays the outer loop


def test_small_database_is_searched_with_a_plain_scan(conn, monkeypatch):
    monkeypatch.setattr(q, "WINDOW_SCAN_MIN", 2_000)
    assert q._window_rowids(conn, "2025-11-10", "2025-11-17") is None
    assert q.search(conn, "reasoning", since="2025-11-10", until="2025-11-17") == \
        expected(conn, "reasoning", "2025-11-10", "2025-11-17")


@pytest.mark.parametrize("bad", ["gpt AND", '"unterminated', "NEAR(gpt", "OR scored"])
@pytest.mark.parametrize("since,until", [("2025-11-10", "2025-11-17"), ("2030-01-01", None), (None, None)])
def test_malformed_query_is_a_query_error_whatever_the_window(conn, bad, since, until):
    with pytest.raises(q.QueryError, match="invalid search query"):
        q.search(conn, bad, since=since, until=until)
