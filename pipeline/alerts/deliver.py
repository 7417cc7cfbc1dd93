"""Recorded alerts → channels, through Apprise: one message per channel for all of a run's events.

Each delivery row is marked ``sending`` before its channel is called and ``sent`` once the channel
accepted the message; a failure leaves it ``pending`` with the reason, and the next run sends it
again. Marking ``sending`` is a claim (with the process id): two runs at once never send one
delivery twice. A run killed while a channel was being called leaves ``sending``: the next run sends it
again (the one moment an alert can arrive twice is between the channel's acceptance and the commit
of ``sent``). A watch's ``quiet_hours`` and ``digest_every`` keep its deliveries waiting.

Channels: any Apprise URL (``json://``, ``mailto://``, ``ntfy://``, ``slack://``, …) with
``${NAME}`` read from the environment when sending; ``smtp`` (or ``smtp:ADDR,ADDR``) sends through
the ``[smtp]`` server, with the password from the variable ``[smtp] password_env`` names.
"""
from __future__ import annotations

import ipaddress
import logging
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from pipeline.config import Config
from pipeline.store import alerts as alert_store
from spiders.dates import parse_iso

MAX_EVENTS_SHOWN = 50   # per message; the rest are counted, and still marked sent
_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_SMTP_MODES = {"starttls": "starttls", "tls": "ssl", "none": "insecure"}


class ChannelError(Exception):
    """A channel that cannot be used as configured (a missing variable, a URL Apprise does not know)."""


@dataclass
class Delivery:
    sent: int = 0                       # deliveries accepted by their channel
    messages: int = 0
    held: int = 0                       # waiting for quiet hours or digest_every
    failed: list[tuple[str, str]] = field(default_factory=list)   # (channel, reason)


# -- channels ---------------------------------------------------------------------------------

def _env(name: str, channel: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ChannelError(f"environment variable {name} (named in {channel}) is not set")
    return value


def channel_url(channel: str, config: Config) -> str:
    """The Apprise URL of a ``notify`` entry, secrets filled in from the environment."""
    if channel == "smtp" or channel.startswith("smtp:") and "//" not in channel:
        return smtp_url(config, [a.strip() for a in channel[5:].split(",") if a.strip()])
    url = _ENV.sub(lambda m: quote(_env(m.group(1), channel), safe=""), channel)
    if url.split("://", 1)[0].lower() in ("mailto", "mailtos") and "format=" not in url:
        url += ("&" if "?" in url else "?") + "format=text"   # keep the lines of the message
    return url


def smtp_url(config: Config, to: list[str]) -> str:
    """An Apprise ``mailto://`` URL for the ``[smtp]`` server (the digest's)."""
    smtp = config.values["smtp"]
    to = to or list(smtp["to"])
    if not to:
        raise ChannelError("channel smtp: [smtp] to is empty (or write smtp:someone@example.org)")
    user = smtp["user"]
    auth = ""
    if user:
        password = os.environ.get(smtp["password_env"], "")
        if not password:
            raise ChannelError(f"channel smtp: environment variable {smtp['password_env']} "
                               "([smtp] password_env) is not set")
        if smtp["security"] == "none" and not smtp["allow_plaintext_auth"] and not _loopback(smtp["host"]):
            raise ChannelError(f"channel smtp: security = \"none\" would send the password to {smtp['host']} in clear "
                               "([smtp] allow_plaintext_auth)")
        auth = f"{quote(user, safe='')}:{quote(password, safe='')}@"
    port = smtp["port"] or {"starttls": 587, "tls": 465, "none": 25}[smtp["security"]]
    query = urlencode({"from": smtp["from_addr"], "to": ",".join(to), "mode": _SMTP_MODES[smtp["security"]],
                       "format": "text", "smtp": smtp["host"]})
    host = f"[{smtp['host']}]" if ":" in smtp["host"] else smtp["host"]
    return f"mailto://{auth}{host}:{port}?{query}"


def _alive(pid: int | None) -> bool:
    """Whether process ``pid`` (another than this one) still runs: its 'sending' rows are its own."""
    if not pid or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def send(url: str, title: str, body: str, timeout: float = 30.0) -> str | None:
    """Send one message; None when the channel accepted it, else why not (one line)."""
    import apprise

    ap = apprise.Apprise(asset=apprise.AppriseAsset(app_id="modelwire", app_desc="modelwire alerts"))
    if not ap.add(url):
        raise ChannelError(f"{url.split('://')[0]}://…: not a channel URL Apprise understands")
    logger = logging.getLogger("apprise")
    propagate, logger.propagate = logger.propagate, False   # the reason is reported once, by the caller
    try:
        with apprise.LogCapture(level=logging.WARNING) as log:
            ok = ap.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT)
    finally:
        logger.propagate = propagate
    if ok:
        return None
    lines = [line.split(" - ", 2)[-1].strip() for line in log.getvalue().splitlines() if line.strip()]
    return (lines[-1] if lines else "the channel refused the message")[:300]


# -- messages -----------------------------------------------------------------------------------

def render(alerts: list[dict[str, Any]]) -> tuple[str, str]:
    """(title, body) of one message holding ``alerts``: per alert the watch, what happened, the
    article's title and URL, and the evidence sentence."""
    if len(alerts) == 1:
        a = alerts[0]
        title = f"modelwire · {a['watch']}: {a['headline']}"
    else:
        watches = list(dict.fromkeys(a["watch"] for a in alerts))
        title = f"modelwire: {len(alerts)} alerts ({', '.join(watches[:4])}{', …' if len(watches) > 4 else ''})"
    blocks = []
    for a in alerts[:MAX_EVENTS_SHOWN]:
        lines = [f"[{a['watch']}] {a['headline']}" + (" (backfill)" if a.get("backfill") else ""),
                 f"  {a['title']}", f"  {a['url']}"]
        if a.get("evidence"):
            lines.append(f"  “{a['evidence']}”")
        blocks.append("\n".join(lines))
    if len(alerts) > MAX_EVENTS_SHOWN:
        blocks.append(f"… and {len(alerts) - MAX_EVENTS_SHOWN} more: modelwire alerts --history")
    return title[:250], "\n\n".join(blocks) + "\n"


# -- when a watch may send ------------------------------------------------------------------------

def in_quiet_hours(span: tuple[int, int] | None, now: datetime, tz: str) -> bool:
    if not span:
        return False
    local = now.astimezone(ZoneInfo(tz))
    minute = local.hour * 60 + local.minute
    start, end = span
    return start <= minute < end if start < end else (minute >= start or minute < end)


def _held(watch: dict[str, Any], channel: str, db, now: datetime, tz: str, cache: dict) -> bool:
    if in_quiet_hours(watch["quiet_hours"], now, tz):
        return True
    if watch["digest_every"]:
        k = (watch["name"], channel)
        if k not in cache:
            cache[k] = alert_store.last_sent(db, watch["name"], channel)
        last = parse_iso(cache[k]) if cache[k] else None
        return last is not None and last + timedelta(seconds=watch["digest_every"]) > now
    return False


def deliver(db, config: Config, *, now: datetime | None = None) -> Delivery:
    """Send every alert waiting for a channel: one message per channel; failures stay pending."""
    now = now or datetime.now(timezone.utc)
    tz = config.values["modelwire"]["timezone"]
    watches = {w["name"]: w for w in config.watches}
    out = Delivery()
    by_channel: dict[str, list[dict[str, Any]]] = defaultdict(list)
    dropped: list[tuple[int, str]] = []
    last_sent: dict = {}
    for row in alert_store.undelivered(db):
        w = watches.get(row["watch"])
        if row["status"] == "sending" and _alive(row["sender_pid"]):
            continue   # another process is sending it right now
        if w is None or row["channel"] not in w["notify"]:
            dropped.append((row["alert_id"], row["channel"]))
        elif _held(w, row["channel"], db, now, tz, last_sent):
            out.held += 1
        else:
            by_channel[row["channel"]].append(row)
    if dropped:
        alert_store.mark_dropped(db, dropped, "the watch or this channel is no longer in the config")
    def first(channel: str) -> tuple[int, int]:  # channels in the order the config lists them
        r = by_channel[channel][0]
        return r["alert_id"], watches[r["watch"]]["notify"].index(channel)

    for channel in sorted(by_channel, key=first):
        keys = set(alert_store.claim(db, by_channel[channel], os.getpid()))
        rows = [r for r in by_channel[channel] if (r["alert_id"], channel) in keys]
        if not rows:
            continue
        try:
            url = channel_url(channel, config)
            error = send(url, *render(rows))
        except ChannelError as e:
            error = str(e)
        except Exception as e:  # noqa: BLE001 - a channel's library failing must not stop the run or lose the alert
            error = f"{type(e).__name__}: {e}".splitlines()[0][:300]
        keys = sorted(keys)
        if error is None:
            alert_store.mark_sent(db, keys)
            out.sent += len(keys)
            out.messages += 1
        else:
            alert_store.mark_failed(db, keys, error)
            out.failed.append((channel, error))
    return out


def send_test(config: Config, watch: dict[str, Any]) -> list[tuple[str, str | None]]:
    """``alerts --test``: a sample alert through each of the watch's channels; (channel, error or None)."""
    sample = {"watch": watch["name"], "headline": "a test alert: this channel works",
              "title": "modelwire test alert", "url": "https://github.com/modelwire/modelwire",
              "evidence": "Nothing happened; this message only checks the channel."}
    out = []
    for channel in watch["notify"]:
        try:
            out.append((channel, send(channel_url(channel, config), *render([sample]))))
        except ChannelError as e:
            out.append((channel, str(e)))
    return out
