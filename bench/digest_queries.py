"""Digest and query commands on synthetic databases of 10 thousand and 1 million articles.

Both databases have the same number of articles per week (``PER_WEEK``); the large one simply
has 100× more history. So if a command's cost follows the week's articles and not the size of
the database, its time on 1M is close to its time on 10k (target: digest within 2×).

Rows are written straight into the real schema (``open_db`` migrations, FTS triggers included)
with ``executemany``: articles with short AI-news texts, entities (models, orgs, benchmarks),
three mentions per article and a benchmark claim for every third article, plus ``article_nlp``.

    python -m bench.digest_queries --sizes 10000,1000000 [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

PER_WEEK = 2000
WEEK = "2025-W46"                       # the digest's week: the last week of every database
WEEK_END = datetime(2025, 11, 17, tzinfo=timezone.utc)   # Monday after 2025-W46
N_ENTITIES = 3000
BATCH = 20_000


def _iso(d: datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def build(path: Path, n: int, seed: int = 5) -> dict:
    """A database of ``n`` articles, ``PER_WEEK`` a week, ending with ``WEEK``."""
    from bench.sitegen import BENCHMARKS, FAMILIES, LABS, WORDS, model_name, sentence
    from pipeline.store.db import open_db

    rnd = random.Random(seed)
    store = open_db(path)
    conn = store.conn
    conn.execute("PRAGMA synchronous = OFF")
    step = timedelta(weeks=1) / PER_WEEK
    start = WEEK_END - step * n
    ents = []
    for i in range(N_ENTITIES):
        kind = rnd.random()
        if kind < 0.7:
            ents.append((i + 1, "MODEL", f"{model_name(rnd)}-{i}", int(rnd.random() < 0.5), rnd.choice(LABS),
                         rnd.choice(FAMILIES)))
        elif kind < 0.85:
            ents.append((i + 1, "ORG", f"{rnd.choice(LABS)} {i}", 1, None, None))
        else:
            ents.append((i + 1, "BENCHMARK", f"{rnd.choice(BENCHMARKS)} v{i}", 1, None, None))
    ent_first = {}
    t0 = time.perf_counter()
    with conn:
        for lo in range(0, n, BATCH):
            arts, mentions, claims, nlp = [], [], [], []
            for i in range(lo, min(n, lo + BATCH)):
                aid = i + 1
                when = _iso(start + step * i)
                lab = rnd.choice(LABS)
                text = " ".join(sentence(rnd, lab, f"{rnd.choice(FAMILIES)}-{i}") for _ in range(3))
                h = f"{rnd.getrandbits(160):040x}"
                sh = rnd.getrandbits(64)
                arts.append((aid, f"https://site{i % 40}.example/news/{i}", f"site{i % 40}",
                             f"{lab} {rnd.choice(WORDS)} {rnd.choice(WORDS)} #{i}", when, "json-ld", text,
                             len(text.split()), h, f"{sh:016x}", (sh >> 48) & 0xFFFF, (sh >> 32) & 0xFFFF,
                             (sh >> 16) & 0xFFFF, sh & 0xFFFF, when, when))
                # a few popular names and a long tail, like real coverage
                picks = {min(N_ENTITIES, int(rnd.paretovariate(1.2))) for _ in range(3)}
                for eid in picks:
                    mentions.append((aid, eid, 0, 5, ents[eid - 1][2][:20], 0))
                    ent_first.setdefault(eid, when)
                if i % 3 == 0:
                    m = rnd.choice([e for e in ents[:200] if e[1] == "MODEL"] or [ents[0]])
                    b = ents[N_ENTITIES - 1 - (i % 100)]
                    claims.append((aid, m[2], b[2], round(rnd.uniform(20, 99), 1), "%", None, None,
                                   text[:120], 0, 10))
                nlp.append((aid, "bench", h, when, text[:200], len(picks), int(i % 3 == 0)))
            conn.executemany(
                """INSERT INTO articles (id, url, source, title, published, published_source, text, word_count,
                       content_hash, simhash, simhash_b0, simhash_b1, simhash_b2, simhash_b3, first_seen, last_seen)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", arts)
            conn.executemany(
                """INSERT INTO claims (article_id, model, benchmark, score, unit, metric, comparison, sentence,
                       start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", claims)
            conn.executemany(
                """INSERT INTO article_nlp (article_id, nlp_version, text_hash, annotated_at, summary,
                       entity_count, claim_count) VALUES (?, ?, ?, ?, ?, ?, ?)""", nlp)
            if lo == 0:
                conn.executemany(
                    "INSERT INTO entities (id, label, canonical, known, org, family, first_seen) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [(*e[:6], _iso(start)) for e in ents])
            conn.executemany('INSERT INTO mentions (article_id, entity_id, start, "end", text, sentence) '
                             "VALUES (?, ?, ?, ?, ?, ?)", mentions)
        conn.executemany("UPDATE entities SET first_seen = ? WHERE id = ?",
                         [(when, eid) for eid, when in ent_first.items()])
        # a handful of models first seen in the digest week: the "new models" section
        week_start = _iso(WEEK_END - timedelta(weeks=1) + timedelta(hours=1))
        conn.executemany("UPDATE entities SET first_seen = ?, known = 0 WHERE id = ?",
                         [(week_start, eid) for eid in range(N_ENTITIES - 400, N_ENTITIES - 390)])
    conn.execute("ANALYZE")
    store.close()
    return {"articles": n, "build_seconds": time.perf_counter() - t0}


def _time(fn, repeat: int = 3) -> float:
    """Median wall time of ``repeat`` calls (the first call also warms the page cache)."""
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def measure(path: Path, repeat: int = 3) -> dict[str, float]:
    from pipeline.digest import build as digest_mod
    from pipeline.store import queries as q
    from pipeline.config import parse_config
    from pipeline.store.db import open_db

    period = digest_mod.parse_week(WEEK)
    today = date(2025, 11, 16)
    since, until = "2025-11-10T00:00:00Z", "2025-11-17T00:00:00Z"
    store = open_db(path)
    config = parse_config({"modelwire": {"db": str(path)}}, None)
    now = "2025-11-17T06:00:00Z"
    reader = q.open_reader(path)
    top_model = q.top(reader, label="MODEL", since=since, until=until, limit=1)
    name = top_model[0]["canonical"] if top_model else "GPT-1.0-Pro"
    try:
        out = {
            "digest build": _time(lambda: digest_mod.build_digest(store, period, now=now), repeat),
            "digest (build+chart+render+store)": _time(lambda: digest_mod.generate(store, config, period, now=now),
                                                       repeat),
            "search 'reasoning' (week)": _time(lambda: q.search(reader, "reasoning", since=since, until=until), repeat),
            "search 'reasoning' (all time)": _time(lambda: q.search(reader, "reasoning"), repeat),
            "top --label MODEL (week)": _time(lambda: q.top(reader, label="MODEL", since=since, until=until), repeat),
            "trend NAME --weeks 12": _time(lambda: q.trend(reader, name, weeks=12, today=today), repeat),
            "scores (week)": _time(lambda: q.scores(reader, since=since, until=until), repeat),
        }
    finally:
        reader.close()
        store.close()
    return out


def run(sizes: tuple[int, ...] = (10_000, 1_000_000), keep: str | None = None, repeat: int = 3) -> dict:
    result: dict = {"per_week": PER_WEEK, "week": WEEK, "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="mw-bench-digest-") as tmp:
        folder = Path(keep) if keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            path = folder / f"synthetic-{n}.db"
            info: dict = {}
            if not path.exists():
                info = build(path.with_suffix(".part"), n)
                for suffix in ("-wal", "-shm"):
                    Path(str(path.with_suffix(".part")) + suffix).unlink(missing_ok=True)
                path.with_suffix(".part").rename(path)
            info["db_mb"] = path.stat().st_size / 1e6
            info["seconds"] = measure(path, repeat)
            result["sizes"][n] = info
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="10000,1000000")
    ap.add_argument("--keep", metavar="DIR", help="keep (and reuse) the synthetic databases in DIR")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(","))
    print(json.dumps(run(sizes, args.keep, args.repeat), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
