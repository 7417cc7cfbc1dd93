"""Storage: rows/s of ``Store.store_article`` against plain sqlite3 ``executemany`` of the same rows."""
from __future__ import annotations

import json
import random
import sqlite3
import tempfile
import time
from pathlib import Path

from pipeline.store.db import open_db

WORDS = ("model benchmark release open weights reasoning context tokens agent score lab training "
         "inference cluster parameters leaderboard evaluation developer cost latency").split()


def make_records(n: int, seed: int = 7) -> list[dict]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        text = " ".join(rnd.choice(WORDS) for _ in range(400)) + f" article {i}"
        out.append({"url": f"https://bench.example/{i}", "canonical_url": None, "title": f"Story {i}",
                    "authors": ["A. Writer"], "published": "2025-11-03T08:00:00Z", "published_source": "json-ld",
                    "text": text, "word_count": 401, "tags": [], "paywalled": False, "page_type": "article"})
    return out


def run(n: int = 2000) -> dict:
    records = make_records(n)
    html = b"<html><body>" + b"<p>x</p>" * 2000 + b"</body></html>"
    with tempfile.TemporaryDirectory() as tmp:
        store = open_db(Path(tmp) / "ours.db")
        t0 = time.perf_counter()
        for r in records:
            store.store_article(r, source="bench", html=html)
        ours = n / (time.perf_counter() - t0)
        store.close()

        conn = sqlite3.connect(Path(tmp) / "plain.db")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE articles (url TEXT PRIMARY KEY, title TEXT, authors TEXT, published TEXT, "
                     "text TEXT, html BLOB)")
        t0 = time.perf_counter()
        with conn:
            conn.executemany("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                             [(r["url"], r["title"], json.dumps(r["authors"]), r["published"], r["text"], html)
                              for r in records])
        plain = n / (time.perf_counter() - t0)
        conn.close()
    return {"rows": n, "ours_rows_per_s": round(ours, 1), "executemany_rows_per_s": round(plain, 1),
            "ratio": round(ours / plain, 3)}


if __name__ == "__main__":
    print(run())
