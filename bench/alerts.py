"""How soon an alert follows the news, in the scheduled flow: ``python -m bench.alerts``.

A copy of the demo's Tokenwise outlet is crawled with its three newest posts held back (the first
crawl, an archive import), then the scheduled crawl job (``schedules.jobs.crawl``: a crawl child,
then an annotate child, which alerts) runs with the full feed. Four watches (an entity, new models
from one developer, a benchmark best, a query) notify a local json:// webhook, which notes when
each message arrives. Figures:

- stored → sent: from the news articles' ``first_seen`` to the webhook's receipt;
- annotated → sent: from the last news article's ``annotated_at`` to the receipt (both in whole
  seconds, so ±1 s): the goal is under 5 s, within the same crawl job;
- the alerts pass alone (evaluate + deliver the same events again, in this process), against its
  baseline: one bare Apprise ``json://`` send of the same message to the same receiver.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HELD_BACK = 3


class _Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.server.arrivals.append(time.time())
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def _epoch(instant: str) -> float:
    return datetime.strptime(instant, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).timestamp()


def _config(base: str, hook: str) -> str:
    watches = [("deepseek", 'entity = "DeepSeek"'), ("mistral-models", 'new_models_from = ["Mistral AI"]'),
               ("swe-best", 'benchmark = "SWE-bench Verified"\nbest = true'),
               ("open-weights", "query = '\"open weights\" NOT llama'")]
    out = f"""[modelwire]
db = "bench.db"
allow_private = ["127.0.0.1"]
[crawl]
download_delay = 0
[schedule]
adaptive = false
[[sources]]
name = "tokenwise"
kind = "feed"
urls = ["{base}/feed/"]
"""
    for name, rule in watches:
        out += f'\n[[watch]]\nname = "{name}"\n{rule}\nnotify = ["{hook}"]\n'
    return out


def run() -> dict:
    from pipeline.alerts.run import run_alerts
    from pipeline.alerts.deliver import send
    from pipeline.config import load_config
    from pipeline.demo import DemoSite
    from pipeline.demo.copies import copy_holding_back
    from pipeline.store.db import open_db
    from schedules import jobs

    tmp = Path(tempfile.mkdtemp(prefix="bench-alerts-"))
    hook = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    hook.arrivals = []
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    hook_url = f"json://127.0.0.1:{hook.server_address[1]}/hook"
    site = None
    try:
        root = tmp / "site"
        _, release = copy_holding_back(root, "tokenwise", HELD_BACK)
        site = DemoSite(root=root)
        base = site.start()["tokenwise"]
        config_path = tmp / "modelwire.toml"
        config_path.write_text(_config(base, hook_url), encoding="utf-8")
        db = tmp / "bench.db"
        subprocess.run([sys.executable, "-m", "pipeline.cli", "--config", str(config_path), "-q", "crawl"],
                       check=True, cwd=tmp, timeout=600)
        archive = sqlite3.connect(db).execute("SELECT max(id) FROM articles").fetchone()[0]

        release()
        started = time.time()
        job = jobs.crawl(str(config_path), str(db))
        job_s = time.time() - started
        if job.get("outcome") != "ok" or not hook.arrivals:
            raise RuntimeError(f"the scheduled crawl job did not alert: {job}")
        sent_at = hook.arrivals[0]
        conn = sqlite3.connect(db)
        stored, annotated = conn.execute(
            """SELECT min(a.first_seen), max(n.annotated_at) FROM articles a JOIN article_nlp n ON n.article_id = a.id
               WHERE a.id > ?""", [archive]).fetchone()
        alerts = conn.execute("SELECT count(*) FROM alerts").fetchone()[0]
        conn.close()

        # the alerts pass alone, on the same events, against one bare send of its message
        config = load_config(config_path)
        passes, bare = [], []
        store = open_db(db)
        try:
            for _ in range(3):
                with store.conn:
                    store.conn.execute("DELETE FROM alert_deliveries")
                    store.conn.execute("DELETE FROM alerts")
                    store.conn.execute("UPDATE watches SET last_article_id = ?", [archive])
                t = time.perf_counter()
                result = run_alerts(store, config)
                passes.append(time.perf_counter() - t)
                assert result.recorded == alerts and result.delivery.sent == alerts, result
                t = time.perf_counter()
                assert send(hook_url, "modelwire: bench", "x" * 2000) is None
                bare.append(time.perf_counter() - t)
        finally:
            store.close()
        pass_s, bare_s = statistics.median(passes), statistics.median(bare)
        return {"alerts": alerts, "news_articles": HELD_BACK, "job_s": round(job_s, 2),
                "stored_to_sent_s": round(sent_at - _epoch(stored), 2),
                "annotated_to_sent_s": round(sent_at - _epoch(annotated), 2),
                "alerts_pass_ms": round(pass_s * 1000, 1), "bare_send_ms": round(bare_s * 1000, 1),
                "ratio": round(pass_s / bare_s, 2)}
    finally:
        if site is not None:
            site.stop()
        hook.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)


def render(r: dict) -> list[str]:
    return ["", "## Alerts", "",
            f"Scheduled flow on a copy of the demo's Tokenwise outlet: a first crawl (archive import), then the "
            f"crawl job with {r['news_articles']} new posts; four watches, {r['alerts']} alerts, one json:// message "
            f"to a local webhook (`bench/alerts.py`).", "",
            "| figure | value |", "|---|---:|",
            f"| crawl job (crawl child + annotate child, alerts included) | {r['job_s']:.1f} s |",
            f"| article stored → alert sent | {r['stored_to_sent_s']:.1f} s |",
            f"| annotation ended → alert sent (±1 s) | {r['annotated_to_sent_s']:.1f} s |",
            f"| alerts pass alone (evaluate + deliver) | {r['alerts_pass_ms']:.0f} ms |",
            f"| baseline: one bare Apprise json:// send | {r['bare_send_ms']:.0f} ms |",
            f"| ratio | {r['ratio']:.2f}× |"]


if __name__ == "__main__":
    res = run()
    print(json.dumps(res, indent=2))
    print("\n".join(render(res)))
