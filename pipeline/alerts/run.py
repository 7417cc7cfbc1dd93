"""One alerts pass: evaluate what the last runs stored and annotated, then send what waits.

Called at the end of ``modelwire annotate`` (so the scheduled crawl job, which runs a crawl and
then annotate, alerts within the same job) and by ``modelwire alerts``.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from pipeline.alerts.deliver import Delivery, deliver
from pipeline.alerts.evaluate import evaluate
from pipeline.config import Config


@dataclass
class AlertsResult:
    recorded: int = 0
    delivery: Delivery = field(default_factory=Delivery)
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        d = self.delivery
        parts = [f"{self.recorded} new alert(s)", f"{d.sent} delivered in {d.messages} message(s)"]
        if d.held:
            parts.append(f"{d.held} held (quiet hours / digest_every)")
        if d.failed:
            parts.append(f"{len(d.failed)} channel(s) failed, retried next run")
        return "Alerts: " + ", ".join(parts) + "."


def kb_files(config: Config) -> tuple[str, ...]:
    return tuple(config.nlp_options()["kb_files"])


def run_alerts(db, config: Config) -> AlertsResult:
    """Evaluate every watch, then deliver every waiting alert. Nothing to do without watches."""
    started = time.monotonic()
    out = AlertsResult()
    if not config.watches:
        return out
    ev = evaluate(db, config.watches, kb_files(config), config.values["digest"]["min_claim_confidence"])
    out.recorded, out.problems = ev.alerts, ev.problems
    out.delivery = deliver(db, config)
    out.seconds = time.monotonic() - started
    return out
