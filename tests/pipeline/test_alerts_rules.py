"""[[watch]] entries: validation names the entry and the problem; the example documents every key;
the subject rule and quiet hours behave as documented."""
from __future__ import annotations

import re
import tomllib
from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipeline.alerts.deliver import channel_url, in_quiet_hours, render
from pipeline.alerts.subject import subject_reason
from pipeline.config import WATCH_KEYS, ConfigError, parse_config

ROOT = Path(__file__).resolve().parents[2]


def watch(**kw):
    return parse_config({"watch": [{"name": "w", "notify": ["smtp"], **kw}]}, Path("m.toml")).watches[0]


def test_the_example_documents_every_watch_key_and_its_watches_load():
    text = (ROOT / "pipeline" / "modelwire.example.toml").read_text(encoding="utf-8")
    for key in WATCH_KEYS:
        assert re.search(rf"^# (# )?{key} = ", text, re.M), f"watch key {key} missing from the example config"
    # the commented example watches are valid entries once uncommented
    block = text[text.index("# --- Watches and alerts"):text.index("# --- Sources")]
    body = "\n".join(line[2:] for line in block.splitlines() if line.startswith("# ") and not line.startswith("# ---"))
    body = body[body.index("\n[[watch]]"):body.index("notify: Apprise")]
    watches = parse_config(tomllib.loads(body), None).watches
    assert [w["rule"] for w in watches] == ["entity", "new_models", "benchmark", "query"]


@pytest.mark.parametrize("entry, message", [
    ({"name": "w", "notify": ["smtp"]}, r"watch\[0\] \('w'\): give exactly one of entity"),
    ({"name": "w", "entity": "X", "query": "y", "notify": ["smtp"]}, r"\(got entity, query\)"),
    ({"name": "w", "entity": "X"}, r"notify: at least one channel"),
    ({"name": "w", "entity": "X", "notify": ["slack"]}, r"notify\[0\]: 'slack' is not a channel URL"),
    ({"name": "w", "entity": "X", "notify": ["mailto://me:hunter2@mail.example.org"]},
     r"notify\[0\]: mailto://…: the password is written in the file"),
    ({"name": "w", "entity": "X", "notify": ["json://h/${not a name}"]}, r"is not an environment variable name"),
    ({"name": "w", "query": "x", "best": True, "notify": ["smtp"]}, r"best: only applies to a watch with benchmark"),
    ({"name": "w", "entity": "X", "quiet_hours": "late", "notify": ["smtp"]}, r"quiet_hours: 'late' is not"),
    ({"name": "w", "entity": "X", "digest_every": "often", "notify": ["smtp"]}, r"digest_every: 'often' is not a duration"),
    ({"name": "w", "entity": "X", "colour": "red", "notify": ["smtp"]}, r"\('w'\): colour: unknown key"),
    ({"name": "two words", "entity": "X", "notify": ["smtp"]}, r"name: 'two words' should be"),
])
def test_a_bad_watch_is_one_line_naming_file_entry_and_problem(entry, message):
    with pytest.raises(ConfigError, match=r"^m\.toml: watch\[0\]") as e:
        parse_config({"watch": [entry]}, Path("m.toml"))
    assert re.search(message, str(e.value)) and "\n" not in str(e.value)


def test_watch_names_are_unique():
    with pytest.raises(ConfigError, match=r"watch\[1\] \('a'\): the name is used twice"):
        parse_config({"watch": [{"name": "a", "query": "x", "notify": ["smtp"]}] * 2}, Path("m.toml"))


def test_secrets_come_from_the_environment(monkeypatch):
    w = watch(entity="X", notify=["json://hooks.example.org/${HOOK_TOKEN}"])
    config = parse_config({"smtp": {"user": "bot", "password_env": "MW_TEST_PW", "host": "mail.example.org",
                                    "to": ["a@example.org"]}}, Path("m.toml"))
    monkeypatch.delenv("HOOK_TOKEN", raising=False)
    monkeypatch.delenv("MW_TEST_PW", raising=False)
    with pytest.raises(Exception, match="HOOK_TOKEN .* is not set"):
        channel_url(w["notify"][0], config)
    with pytest.raises(Exception, match="MW_TEST_PW"):
        channel_url("smtp", config)
    monkeypatch.setenv("HOOK_TOKEN", "s3cr/t")
    monkeypatch.setenv("MW_TEST_PW", "pa ss")
    assert channel_url(w["notify"][0], config) == "json://hooks.example.org/s3cr%2Ft"
    url = channel_url("smtp", config)
    assert url.startswith("mailto://bot:pa%20ss@mail.example.org:587?") and "to=a%40example.org" in url


def test_the_subject_rule():
    assert subject_reason("DeepSeek ships V3.2", ["DeepSeek"], 1, 9, 4) == "in the title"
    assert subject_reason("GPT-5.1 is out", ["GPT-5"], 1, 9, 4) is None        # another model's name
    assert subject_reason("GPT-5-Codex is out", ["GPT-5"], 1, 9, 4) is None
    assert subject_reason("Notes", ["GPT-5"], 1, 0, 4) == "in the lead"
    assert subject_reason("Notes", ["GPT-5"], 4, 7, 4) == "mentioned 4 times"
    assert subject_reason("Notes", ["GPT-5"], 3, 7, 4) is None


def test_quiet_hours_cross_midnight_in_the_configured_zone():
    span = (22 * 60, 7 * 60)
    at = lambda h: datetime(2025, 12, 1, h, 30, tzinfo=timezone.utc)  # noqa: E731
    assert in_quiet_hours(span, at(23), "UTC") and in_quiet_hours(span, at(3), "UTC")
    assert not in_quiet_hours(span, at(12), "UTC")
    assert in_quiet_hours(span, at(21), "Europe/Berlin")   # 22:30 in Berlin
    assert not in_quiet_hours(None, at(23), "UTC")


def test_one_message_holds_every_alert_with_url_title_and_evidence():
    alerts = [{"watch": f"w{i}", "headline": f"event {i}", "title": f"Title {i}", "url": f"https://x.org/{i}",
               "evidence": f"Sentence {i}."} for i in range(3)]
    title, body = render(alerts)
    assert title.startswith("modelwire: 3 alerts (w0, w1, w2)")
    for a in alerts:
        assert all(a[k] in body for k in ("headline", "title", "url", "evidence"))


def test_two_runs_never_claim_one_delivery(tmp_path):
    from pipeline.store import alerts as alert_store
    from pipeline.store.db import open_db

    store = open_db(tmp_path / "a.db")
    try:
        alert_store.register_watches(store, {"w": {"rule": "query"}})
        ev = {"event_key": "article:1", "kind": "query", "article_id": None, "url": "https://x.org/1",
              "title": "T", "headline": "h", "evidence": "e"}
        assert alert_store.record_alerts(store, "w", [ev, ev], ["smtp", "json://h/x"], 5) != []
        assert alert_store.record_alerts(store, "w", [ev], ["smtp"], 5) == []      # recorded once
        rows = alert_store.undelivered(store)
        assert len(rows) == 2
        assert len(alert_store.claim(store, rows, 111)) == 2
        assert alert_store.claim(store, rows, 222) == []      # the same rows, as another run read them
        again = alert_store.undelivered(store)
        assert {(r["status"], r["sender_pid"]) for r in again} == {("sending", 111)}
    finally:
        store.close()


def test_a_bad_watch_stops_the_command_with_one_line(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli.main import main

    config = tmp_path / "modelwire.toml"
    config.write_text('[[watch]]\nname = "x"\nentity = "GPT-5"\nnotify = ["mailto://me:hunter2@mail.example.org"]\n')
    result = CliRunner().invoke(main, ["--config", str(config), "alerts", "--list"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"Error: {config}: watch[0] ('x'): notify[0]: mailto://…: the password is written in the file; "
        "put it in an environment variable and write ${NAME} instead"]


def test_quiet_hours_and_digest_every_hold_alerts_without_losing_them(tmp_path):
    from datetime import timedelta

    from pipeline.alerts.deliver import deliver
    from pipeline.store import alerts as alert_store
    from pipeline.store.db import open_db

    now = datetime.now(timezone.utc) + timedelta(hours=12)     # half a day after the daily watch last sent
    quiet = f"{now - timedelta(hours=1):%H:%M}-{now + timedelta(hours=1):%H:%M}"
    hook = "json://127.0.0.1:9/never-called-while-held"
    config = parse_config({"watch": [
        {"name": "night", "query": "x", "notify": [hook], "quiet_hours": quiet},
        {"name": "daily", "query": "y", "notify": [hook], "digest_every": "1d"}]}, Path("m.toml"))
    store = open_db(tmp_path / "a.db")
    try:
        alert_store.register_watches(store, {"night": {}, "daily": {}})
        ev = {"event_key": "article:1", "kind": "query", "article_id": None, "url": "https://x.org/1",
              "title": "T", "headline": "h", "evidence": "e"}
        alert_store.record_alerts(store, "night", [ev], [hook], 1)
        alert_store.record_alerts(store, "daily", [ev], [hook], 1)
        (daily,) = [r for r in alert_store.undelivered(store) if r["watch"] == "daily"]
        alert_store.mark_sent(store, [(daily["alert_id"], hook)])          # the day's message went out
        alert_store.record_alerts(store, "daily", [{**ev, "event_key": "article:2"}], [hook], 2)
        out = deliver(store, config, now=now)
        assert (out.held, out.sent, out.failed) == (2, 0, [])
        assert [r["status"] for r in alert_store.undelivered(store)] == ["pending", "pending"]
        out = deliver(store, config, now=now + timedelta(days=1, hours=2))   # both due: sent (and fail here)
        assert out.held == 0 and len(out.failed) == 1
        assert [r["status"] for r in alert_store.undelivered(store)] == ["pending", "pending"]
    finally:
        store.close()
