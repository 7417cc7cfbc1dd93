"""End to end: watches over real crawls of a copy of the demo site, alerts delivered to a real
SMTP server (aiosmtpd, through the [smtp] reuse) and a real local webhook (Apprise json://).

One site, one database and one pair of receivers for the module; the tests run in order. The
Tokenwise feed first lists all but its three newest posts (the first crawl, an archive import),
then all of them: those three are the news. Expected, from the demo's text:

- entity "deepseek" (the company, its models included): the DeepSeek V3.2-Speciale post only (the
  Mistral post names DeepSeek models three times, in passing);
- new models from "Mistral" (an alias of Mistral AI): Mistral Large 3 and its siblings, all from
  the Mistral post (no earlier post names them);
- SWE-bench Verified best: Claude Opus 4.5's 80.9%, above Claude Sonnet 4.5's 77.2% stored before;
- query '"open weights" NOT llama': the Mistral post.
"""
from __future__ import annotations

import json
import sqlite3
import signal
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller

from pipeline.demo import DemoSite
from pipeline.demo.copies import copy_holding_back
from pipeline.store import novelty
from tests.pipeline.test_crawl_demo import rows
from tests.pipeline.test_mail import Inbox

NEWS_PATHS = ("/2025/12/04/mistral-large-3-open-weights-return/", "/2025/12/02/deepseek-v3-2-speciale-olympiad-gold/",
              "/2025/11/26/claude-opus-4-5-swe-bench-80/")
MISTRAL, DEEPSEEK, OPUS = NEWS_PATHS


class Hook(BaseHTTPRequestHandler):
    """A webhook: answers the statuses queued in ``server.plan`` (then 200); while ``server.stall``
    is set it holds the request until released and refuses it (503), like a channel that never
    accepted the message."""

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        srv = self.server
        if srv.stall.is_set():
            srv.stalled.set()
            srv.release.wait(30)
            status = 503
        else:
            status = srv.plan.pop(0) if srv.plan else 200
        srv.log.append((status, body))
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def accepted(hook):
    return [body for status, body in hook.log if status == 200]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


WATCHES = """
[[watch]]
name = "deepseek"
entity = "deepseek"
notify = ["smtp", "{hook}"]

[[watch]]
name = "mistral-models"
new_models_from = ["Mistral"]
notify = ["smtp", "{hook}"]

[[watch]]
name = "swe-best"
benchmark = "SWE-bench Verified"
best = true
notify = ["smtp", "{hook}"]

[[watch]]
name = "open-weights"
query = '"open weights" NOT llama'
notify = ["smtp", "{hook}"]
"""


def write_config(env, extra: str = "") -> None:
    env["config"].write_text(f"""
[modelwire]
db = "alerts.db"
allow_private = ["127.0.0.1"]

[crawl]
download_delay = 0
timeout = "10s"

[smtp]
host = "127.0.0.1"
port = {env['smtp'].port}
security = "none"
from_addr = "modelwire@example.org"
to = ["reader@example.org"]

[schedule]
adaptive = false

[[sources]]
name = "tokenwise"
kind = "feed"
urls = ["{env['base']}/feed/"]
{WATCHES.format(hook=env['hook_url'])}
{extra}
""", encoding="utf-8")


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("alerts")
    root = tmp / "site"
    held, release = copy_holding_back(root, "tokenwise", 3)   # the archive, without the news
    assert sorted(held) == sorted(NEWS_PATHS)

    inbox = Inbox()
    inbox.port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port)
    controller.start()
    hook = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    hook.plan, hook.log = [], []
    hook.stall, hook.stalled, hook.release = threading.Event(), threading.Event(), threading.Event()
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    site = DemoSite(root=root)
    bases = site.start()
    env = {"tmp": tmp, "config": tmp / "modelwire.toml", "db": tmp / "alerts.db", "release": release,
           "smtp": inbox, "hook": hook, "hook_url": f"json://127.0.0.1:{hook.server_address[1]}/hook",
           "base": bases["tokenwise"]}
    write_config(env)
    yield env
    hook.release.set()
    site.stop()
    hook.shutdown()
    controller.stop()


def cli(env, *args, check=True, timeout=300):
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "--config", str(env["config"]), *args],
                          capture_output=True, text=True, cwd=env["tmp"], timeout=timeout)
    if check:
        assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def run(env, *args):
    """A command in this process (real database and receivers, no interpreter start-up)."""
    from click.testing import CliRunner

    from pipeline.cli.main import main

    result = CliRunner().invoke(main, ["--config", str(env["config"]), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def test_first_crawl_is_an_archive_import_and_alerts_on_nothing(env):
    cli(env, "crawl")
    assert len(rows(env, "SELECT id FROM articles")) == 11
    watches = rows(env, "SELECT name, last_article_id FROM watches ORDER BY name")
    assert [w["name"] for w in watches] == ["deepseek", "mistral-models", "open-weights", "swe-best"]
    assert all(w["last_article_id"] == 0 for w in watches)   # registered before the crawl stored anything
    assert rows(env, "SELECT * FROM alerts") == []


def test_news_alerts_once_per_watch_in_one_message_per_channel(env):
    env["release"]()
    env["hook"].plan = [500]   # the webhook fails the first time
    from schedules import jobs

    result = jobs.crawl(str(env["config"]), str(env["db"]))   # the scheduled flow: crawl, then annotate
    assert result["outcome"] == "ok" and result["new"] == 3, result

    alerts = rows(env, "SELECT * FROM alerts ORDER BY id")
    by_watch = {}
    for a in alerts:
        by_watch.setdefault(a["watch"], []).append(a)
    archive = {r["id"] for r in rows(env, "SELECT id FROM articles WHERE id <= 11")}
    assert not {a["article_id"] for a in alerts} & archive       # the first crawl alerts on nothing

    assert [path_of(a["url"]) for a in by_watch["deepseek"]] == [DEEPSEEK]
    assert "DeepSeek" in by_watch["deepseek"][0]["headline"] and "V3.2" in by_watch["deepseek"][0]["evidence"]

    models = {json.loads(a["detail"])["model"]: a for a in by_watch["mistral-models"]}
    # the digest's "new" (pipeline.store.novelty), restricted to Mistral's: the same answer
    with sqlite3.connect(env["db"]) as conn:
        digest_new = {m["canonical"] for m in novelty.new_model_rows(conn, "2025-12-01", "2025-12-08")
                      if m["org"] == "Mistral AI"}
    assert models and set(models) == digest_new
    assert all(json.loads(a["detail"])["org"] == "Mistral AI" and path_of(a["url"]) == MISTRAL
               for a in models.values())
    assert all(name in a["evidence"] for name, a in models.items())

    (best,) = by_watch["swe-best"]
    detail = json.loads(best["detail"])
    assert (detail["model"], detail["score"], detail["previous_best"]["score"]) == ("Claude Opus 4.5", 80.9, 77.2)
    assert path_of(best["url"]) == OPUS and "80.9%" in best["evidence"]

    assert [path_of(a["url"]) for a in by_watch["open-weights"]] == [MISTRAL]

    # mail: one message holding every alert, each with its URL, title and evidence
    (msg,) = env["smtp"].messages
    assert msg["To"] == "reader@example.org"
    text = msg.get_body(("plain",)).get_content()
    for a in alerts:
        assert f"[{a['watch']}] {a['headline']}" in text and a["url"] in text and a["title"] in text
        assert a["evidence"][:60] in text
    # webhook: refused once, so every delivery there waits for the next run
    assert [status for status, _ in env["hook"].log] == [500]
    states = rows(env, "SELECT channel, status, count(*) AS n, max(error) AS error FROM alert_deliveries "
                       "GROUP BY channel, status")
    assert {(s["channel"], s["status"], s["n"]) for s in states} == {("smtp", "sent", len(alerts)),
                                                                    (env["hook_url"], "pending", len(alerts))}
    assert "500" in [s for s in states if s["status"] == "pending"][0]["error"]


def test_the_weekly_digest_lists_the_weeks_alerts(env):
    from pipeline.digest import build as D
    from pipeline.store.db import open_db

    store = open_db(env["db"])
    try:
        digest = D.build_digest(store, D.parse_week("2025-W49"))   # 1-7 December: the DeepSeek and Mistral posts
    finally:
        store.close()
    text, html = D.render_text(digest), D.render_html(digest, inline_css=False)
    section = text[text.index("ALERTS THIS WEEK"):]
    assert "[deepseek]" in section and "[mistral-models] new model Mistral" in section
    assert "[open-weights]" in section and "swe-best" not in section    # the Opus post is from W48
    assert "Alerts this week" in html and env["base"] + MISTRAL in html


def test_recrawl_sends_nothing_again_and_retries_the_failed_webhook(env):
    sent_mail = len(env["smtp"].envelopes)
    n_alerts = len(rows(env, "SELECT id FROM alerts"))
    assert "0 new" in cli(env, "crawl").stdout
    assert "0 new alert(s)" in run(env, "alerts")   # as `annotate` does after annotating
    assert len(rows(env, "SELECT id FROM alerts")) == n_alerts
    assert len(env["smtp"].envelopes) == sent_mail
    (retried,) = accepted(env["hook"])
    assert retried["message"].count(env["base"]) == n_alerts
    assert retried["title"].startswith(f"modelwire: {n_alerts} alerts")
    assert rows(env, "SELECT count(*) AS n FROM alert_deliveries WHERE status != 'sent'")[0]["n"] == 0

    run(env, "alerts")   # and once more: nothing waits, nothing is sent
    assert len(env["smtp"].envelopes) == sent_mail and len(accepted(env["hook"])) == 1


def test_a_new_watch_skips_stored_articles_until_backfilled(env):
    write_config(env, f"""
[[watch]]
name = "kimi"
entity = "Kimi K2 Thinking"
notify = ["{env['hook_url']}"]
""")
    run(env, "alerts")
    assert rows(env, "SELECT * FROM alerts WHERE watch = 'kimi'") == []
    out = run(env, "alerts", "--backfill", "kimi")
    found = rows(env, "SELECT * FROM alerts WHERE watch = 'kimi'")
    assert found and all(a["backfill"] == 1 for a in found)
    assert "Kimi K2 Thinking: the open model that wants 300 tool calls" in {a["title"] for a in found}
    assert f"{len(found)} alert(s) recorded" in out
    assert accepted(env["hook"])[-1]["message"].count("(backfill)") == len(found)

    listing = json.loads(run(env, "alerts", "--list", "--json"))
    assert {w["name"]: w["alerts"] for w in listing}["kimi"] == len(found)
    history = json.loads(run(env, "alerts", "--history", "--json"))
    assert history[0]["watch"] == "kimi" and history[0]["deliveries"][0]["status"] == "sent"


def test_a_run_killed_while_sending_neither_loses_nor_repeats(env):
    write_config(env, f"""
[[watch]]
name = "gemini"
entity = "Gemini 3 Pro"
notify = ["smtp", "{env['hook_url']}"]
""")
    hook, mails = env["hook"], len(env["smtp"].envelopes)
    hook.stall.set()
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "--config", str(env["config"]), "alerts",
                             "--backfill", "gemini"], cwd=env["tmp"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert hook.stalled.wait(60), "the webhook was never called"
        proc.send_signal(signal.SIGKILL)   # killed while the webhook holds the request
        proc.wait(30)
    finally:
        hook.stall.clear()
        hook.release.set()
    n = len(rows(env, "SELECT id FROM alerts WHERE watch = 'gemini'"))
    assert n > 0
    assert len(env["smtp"].envelopes) == mails + 1          # mail went first and was marked sent
    state = rows(env, "SELECT d.channel, d.status FROM alert_deliveries d JOIN alerts a ON a.id = d.alert_id "
                      "WHERE a.watch = 'gemini'")
    assert {(s["channel"], s["status"]) for s in state} == {("smtp", "sent"), (env["hook_url"], "sending")}

    before = len(accepted(hook))
    run(env, "alerts")   # the next run sends what the killed one had not delivered, once
    assert len(accepted(hook)) == before + 1
    assert accepted(hook)[-1]["message"].count("[gemini]") == n
    assert len(env["smtp"].envelopes) == mails + 1
    run(env, "alerts")
    assert len(accepted(hook)) == before + 1


def test_alerts_test_sends_a_sample_through_each_channel_and_records_nothing(env):
    mails, hooks = len(env["smtp"].envelopes), len(accepted(env["hook"]))
    n = len(rows(env, "SELECT id FROM alerts"))
    out = run(env, "alerts", "--test", "deepseek")
    assert out.count(": sent") == 2
    assert len(env["smtp"].envelopes) == mails + 1 and "test alert" in env["smtp"].messages[-1]["Subject"]
    assert len(accepted(env["hook"])) == hooks + 1
    assert len(rows(env, "SELECT id FROM alerts")) == n
