"""What an extraction worker sends back is exactly what the store would have computed itself."""
import zlib
from concurrent.futures import ProcessPoolExecutor
import multiprocessing

from pipeline.demo import SITE_ROOT
from pipeline.store.db import open_db, precompute
from pipeline.crawl.workers import extract_task

PAGE = SITE_ROOT / "openweights-lab" / "blog" / "mistral-large-3-first-look" / "index.html"
URL = "https://lab.example/blog/mistral-large-3-first-look/"


def test_workers_task_in_a_real_worker_process_matches_in_process_work(tmp_path):
    body = PAGE.read_bytes()
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        ok, (record, pre) = pool.submit(extract_task, body, URL, {}, None).result(timeout=120)
    assert ok and record["title"] == "Mistral Large 3: first look"
    assert pre == precompute(record, body)
    assert zlib.decompress(pre["html_z"]) == body

    a = open_db(tmp_path / "a.db")
    b = open_db(tmp_path / "b.db")
    a.store_article(record, source="s", html=body, fetched_at="2025-12-05T10:00:00Z")
    b.store_article(record, source="s", html=body, fetched_at="2025-12-05T10:00:00Z", precomputed=pre)
    row = "SELECT content_hash, simhash, simhash_b0, text FROM articles"
    assert a.conn.execute(row).fetchall() == b.conn.execute(row).fetchall()
    assert next(a.iter_html())["html"] == next(b.iter_html())["html"] == body


def test_workers_task_on_no_page_returns_an_empty_record():
    ok, value = extract_task(None, URL, {}, None)  # extract() never raises: an empty record
    assert ok and value[0]["page_type"] == "empty"
