"""``modelwire backfill`` on real WARC files: the demo site's pages mixed with ordinary news pages,
read from disk, over HTTP on 127.0.0.1, on a real two-process Dask cluster, killed mid-file and
restarted, and with damaged records."""
from __future__ import annotations

import gzip
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.backfill import stored_rows as _rows
from bench.warcgen import demo_records, offtopic_page, stored_kinds_urls, write_warc
from pipeline.backfill.prefilter import Prefilter
from pipeline.backfill.warc import read_records
from pipeline.cli import main
from spiders.urls import normalize_url

ROOT = Path(__file__).resolve().parents[2]


def _stamp(dt) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture(scope="module")
def warcs(tmp_path_factory):
    """Two files of the demo site's pages (every kind; of the archive pages, only a few) with 24
    ordinary news pages; two small ones of one outlet."""
    d = tmp_path_factory.mktemp("warcs")
    listings = [r for r in demo_records() if r.kind == "not_article"]
    demo = [r for r in demo_records() if r.kind != "not_article"] + listings[::12]
    off = [offtopic_page(k) for k in range(24)]
    (d / "full").mkdir()
    a = write_warc(d / "full" / "a.warc.gz", demo[:30] + off[:12])
    b = write_warc(d / "full" / "b.warc.gz", off[12:] + demo[30:])
    small = [r for r in demo if r.url.startswith("https://openweights-lab.example/")][:8]
    (d / "www").mkdir()
    s1 = write_warc(d / "www" / "s1.warc.gz", small[:4] + off[:4])
    s2 = write_warc(d / "www" / "s2.warc.gz", off[4:8] + small[4:])
    return {"dir": d, "a": a, "b": b, "s1": s1, "s2": s2, "small": small, "demo": demo}


def _cli(tmp_path, *args, config=None):
    cfg = tmp_path / "modelwire.toml"
    cfg.write_text(config or "", encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(cfg), "--db", str(tmp_path / "mw.db"), "--quiet", *args])
    return result


def _expected(records) -> dict[str, str]:
    """normalized URL → WARC date, for the pages of ``records`` a crawl stores as articles."""
    stored = stored_kinds_urls()
    return {normalize_url(r.url): _stamp(r.date) for r in records if r.url in stored}


def test_local_backfill_stores_exactly_the_ai_articles_with_their_dates(tmp_path, warcs):
    result = _cli(tmp_path, "backfill", "--warc", str(warcs["dir"] / "full"), "--workers", "0")
    assert result.exit_code == 0, result.output
    got = {url: first_seen for _id, url, _s, _t, _p, first_seen, _h in _rows(tmp_path / "mw.db")}
    want = _expected(warcs["demo"])
    assert got == want  # the AI articles, none of the ordinary pages, each dated by its WARC record
    con = sqlite3.connect(tmp_path / "mw.db")
    sources = {s for (s,) in con.execute("SELECT DISTINCT source FROM articles")}
    assert sources == {"tokenwise.example", "frontier-ledger.example", "openweights-lab.example"}
    files = con.execute("SELECT done, records_done, kept FROM backfill_files").fetchall()
    assert [f[0] for f in files] == [1, 1] and sum(f[1] for f in files) == len(warcs["demo"]) + 24
    run = con.execute("SELECT command, status, new, skipped FROM crawl_runs").fetchone()
    assert run[:3] == ("backfill", "ok", len(want)) and run[3] > 24
    # the same command again: every file is done, nothing is read or stored twice
    again = _cli(tmp_path, "backfill", "--warc", str(warcs["dir"] / "full"), "--workers", "0")
    assert again.exit_code == 0 and "0 records from 2 file(s)" in again.output
    assert len(_rows(tmp_path / "mw.db")) == len(want)


@pytest.fixture(scope="module")
def server(warcs):
    """The WARC folder on 127.0.0.1 (http.server: no Range support, so a resume reads and drops),
    with a CC-NEWS-style listing for 2025-01 naming both small files."""
    root = warcs["dir"]
    listing = root / "crawl-data" / "CC-NEWS" / "2025" / "01"
    listing.mkdir(parents=True)
    with gzip.open(listing / "warc.paths.gz", "wt") as fh:
        fh.write("www/s1.warc.gz\nwww/s2.warc.gz\n")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_backfill_over_http_needs_allow_private_then_stores_the_articles(tmp_path, warcs, server):
    url = f"{server}/www/s1.warc.gz"
    refused = _cli(tmp_path, "backfill", "--warc", url, "--workers", "0")
    assert refused.exit_code == 1
    assert "private address (127.0.0.1)" in refused.output and "Traceback" not in refused.output
    ok = _cli(tmp_path, "backfill", "--warc", url, "--workers", "0", "--allow-private", "127.0.0.1")
    assert ok.exit_code == 0, ok.output
    got = {url: first_seen for _id, url, _s, _t, _p, first_seen, _h in _rows(tmp_path / "mw.db")}
    assert got == _expected(warcs["small"][:4]) and got
    # a file that cannot be read is named, the others are read, and the next run tries it again
    gone = _cli(tmp_path, "backfill", "--warc", f"{server}/www/gone.warc.gz", "--warc", f"{server}/www/s2.warc.gz",
                "--workers", "0", "--allow-private", "127.0.0.1")
    assert gone.exit_code == 1 and "gone.warc.gz: HTTP 404" in gone.output and "Traceback" not in gone.output
    got = {url for _id, url, *_ in _rows(tmp_path / "mw.db")}
    assert got == set(_expected(warcs["small"]))


def test_cc_news_months_are_read_from_the_configured_host(tmp_path, warcs, server):
    config = f'[modelwire]\nallow_private = ["127.0.0.1"]\n[backfill]\ncc_news_base = "{server}/"\n'
    first = _cli(tmp_path, "backfill", "--cc-news", "2025-01", "--workers", "0", "--limit", "5", config=config)
    assert first.exit_code == 0 and "5 records from 2 file(s) (0 done)" in first.output, first.output
    result = _cli(tmp_path, "backfill", "--cc-news", "2025-01", "--workers", "0", config=config)
    assert result.exit_code == 0, result.output
    assert f"{len(warcs['small']) + 8 - 5} records from 2 file(s) (2 done)" in result.output  # on from the 6th
    got = {url for _id, url, *_ in _rows(tmp_path / "mw.db")}
    assert got == set(_expected(warcs["small"]))
    missing = _cli(tmp_path, "backfill", "--cc-news", "2025-02", "--workers", "0", config=config)
    assert missing.exit_code == 2 and "2025/02/warc.paths.gz" in missing.output
    assert len(missing.output.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c, \
            Client(c) as client:
        yield c.scheduler_address, client


def test_two_dask_workers_store_the_same_rows_as_one_process(tmp_path, warcs, cluster):
    files = ["--warc", str(warcs["s1"]), "--warc", str(warcs["s2"])]
    config = "[backfill]\nsegment_records = 5\n"
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    one = _cli(tmp_path / "one", "backfill", *files, "--workers", "0", config=config)
    two = _cli(tmp_path / "two", "backfill", *files, "--scheduler", cluster[0], config=config)
    assert one.exit_code == 0 and two.exit_code == 0, (one.output, two.output)
    rows = _rows(tmp_path / "one" / "mw.db")
    assert rows and rows == _rows(tmp_path / "two" / "mw.db")
    workers = cluster[1].run(lambda: sys.modules.get("pipeline.backfill.work") is not None)
    assert len(workers) == 2 and all(workers.values())  # both worker processes did some of it


def test_a_backfill_killed_mid_file_resumes_without_redoing_or_duplicating(tmp_path):
    stored = stored_kinds_urls()
    pages = [r for r in demo_records() if r.url in stored][:8]
    off = [offtopic_page(k) for k in range(100, 130)]
    mixed = list(off)
    for i, page in enumerate(pages):  # an article every fifth record: parsing them keeps it busy to the end
        mixed.insert(1 + 5 * i, page)
    warc = write_warc(tmp_path / "one.warc.gz", mixed)
    config = "[backfill]\nsegment_records = 2\n"
    (tmp_path / "modelwire.toml").write_text(config, encoding="utf-8")
    db = tmp_path / "mw.db"
    args = [sys.executable, "-m", "pipeline.cli", "--db", str(db), "--quiet", "backfill", "--warc", str(warc),
            "--workers", "0"]
    proc = subprocess.Popen(args, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if _position(db)[0] >= 4:
            proc.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the backfill ended before it could be killed mid-file"
    done_at_kill, finished = _position(db)
    assert not finished and 0 < done_at_kill < len(mixed) and _rows(db)
    again = _cli(tmp_path, "backfill", "--warc", str(warc), "--workers", "0", config=config)
    assert again.exit_code == 0, again.output
    # it read only the records after the last stored segment ...
    assert f"{len(mixed) - done_at_kill} records from 1 file(s)" in again.output
    # ... and every article is there exactly once
    urls = [url for _id, url, *_ in _rows(db)]
    assert sorted(urls) == sorted(_expected(pages))


def _position(db: Path) -> tuple[int, int]:
    """(records done, done) of the only file, (0, 0) before the backfill wrote any."""
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            row = con.execute("SELECT records_done, done FROM backfill_files").fetchone()
        finally:
            con.close()
    except sqlite3.OperationalError:
        row = None  # the table is not there yet
    return tuple(row) if row else (0, 0)


def test_damaged_records_are_counted_as_failed_and_the_rest_is_read(tmp_path):
    stored = stored_kinds_urls()
    pages = [r for r in demo_records() if r.url in stored][:4]
    off = [offtopic_page(k) for k in range(200, 203)]
    order = [pages[0], off[0], pages[1], off[1], pages[2], off[2], pages[3]]
    good = write_warc(tmp_path / "good.warc.gz", order).read_bytes()
    starts = [r.offset for r in read_records(lambda at: _at(good, at))]
    assert len(starts) == len(order)
    bad = bytearray(good)
    middle = (starts[2] + starts[3]) // 2
    bad[middle : middle + 40] = b"\x00" * 40          # pages[1]: a gzip member with broken data
    bad = bytes(bad[: starts[6] + 200])               # pages[3]: cut short, as a download that stopped
    (tmp_path / "bad.warc.gz").write_bytes(bad)
    result = _cli(tmp_path, "backfill", "--warc", str(tmp_path / "bad.warc.gz"), "--workers", "0")
    assert result.exit_code == 0, result.output
    assert "2 failed" in result.output
    got = {url for _id, url, *_ in _rows(tmp_path / "mw.db")}
    assert got == {normalize_url(pages[0].url), normalize_url(pages[2].url)}
    row = sqlite3.connect(tmp_path / "mw.db").execute("SELECT done, failed, kept FROM backfill_files").fetchone()
    assert row == (1, 2, 2)


def test_since_and_until_keep_the_records_dated_inside_and_other_filters_read_the_file_again(tmp_path):
    stored = stored_kinds_urls()
    pages = sorted((r for r in demo_records() if r.url in stored), key=lambda r: r.date)[-4:]
    warc = write_warc(tmp_path / "dated.warc.gz", pages + [offtopic_page(300)])
    days = sorted({r.date.date().isoformat() for r in pages})
    assert len(days) >= 3
    inside = [r for r in pages if days[1] <= r.date.date().isoformat() <= days[-2]]
    result = _cli(tmp_path, "backfill", "--warc", str(warc), "--workers", "0", "--since", days[1], "--until", days[-2])
    assert result.exit_code == 0, result.output
    assert {url for _id, url, *_ in _rows(tmp_path / "mw.db")} == set(_expected(inside))
    assert f"{len(pages) - len(inside) + 1} skipped" in result.output  # the ordinary page is from January
    # without the dates the file is read again (another filter), and what was stored stays as it was
    again = _cli(tmp_path, "backfill", "--warc", str(warc), "--workers", "0")
    assert again.exit_code == 0 and f"{len(pages) + 1} records" in again.output
    assert {url for _id, url, *_ in _rows(tmp_path / "mw.db")} == set(_expected(pages))


def _at(data: bytes, offset: int):
    import io

    stream = io.BytesIO(data)
    stream.seek(offset)
    return stream


def test_prefilter_matches_words_not_parts_of_words_and_respects_case():
    f = Prefilter(["machine learning", "benchmark"], cased=["AI", "Gemini", "A.I."])
    assert f.passes(b"<p>New AI rules</p>") and f.passes(b"<title>AI</title>")
    assert f.passes(b"we train Machine\tLearning systems") and f.passes(b"BENCHMARK-heavy")
    assert f.passes(b"the A.I. boom") and f.passes(b"Gemini-2.5 Pro")
    assert f.passes("the \u201cAI\u201d label".encode()) and f.passes("caf\u00e9\u2014AI".encode())  # UTF-8 around
    assert not f.passes(b"said the main air aide")       # 'ai' inside words
    assert not f.passes(b"a gemini horoscope")            # case-sensitive name in lower case
    assert not f.passes(b"benchmarks? no: benchmarking")  # a longer word
    assert f.passes("¿Qué pasó con la IA? OpenAI no".encode("utf-16"))  # not ASCII-compatible: parsed
    assert not Prefilter([], []).passes(b"AI")


def test_backfill_refuses_bad_arguments_in_one_line(tmp_path):
    (tmp_path / "x.warc.gz").write_bytes(b"")
    for args, words in ((["backfill"], "nothing to read"),
                        (["backfill", "--warc", str(tmp_path / "x.warc.gz"), "--scheduler", "nonsense"],
                         "tcp://HOST:8786"),
                        (["backfill", "--warc", str(tmp_path / "nope.warc.gz")], "no such file"),
                        (["backfill", "--cc-news", "2025-13"], "YYYY-MM"),
                        (["backfill", "--warc", str(tmp_path), "--since", "2025-05-01", "--until", "2025-04-01"],
                         "before")):
        result = _cli(tmp_path, *args)
        assert result.exit_code == 2 and words in result.output, (args, result.output)
        assert "Traceback" not in result.output
