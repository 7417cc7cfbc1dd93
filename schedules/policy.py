"""When should a source be crawled again? Pure functions, so the policy is testable on numbers."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pipeline.crawl.outcome import source_failed
from spiders.dates import format_instant, parse_iso

# Aim to find about this many new articles per crawl of a source.
ARTICLES_PER_CRAWL = 1.0


def polling_interval(rate_per_day: float, failures: int, *, min_s: float, max_s: float) -> float:
    """Seconds until the next crawl of a source.

    A source that publishes ``rate_per_day`` articles is read about once per new article,
    within ``[min_s, max_s]``; each consecutive failure doubles the interval (up to ``max_s``)
    so that a broken site is not hammered.
    """
    if failures > 0:
        return float(min(max_s, min_s * (2 ** failures)))
    if rate_per_day <= 0:
        return float(max_s)
    ideal = ARTICLES_PER_CRAWL * 86400.0 / rate_per_day
    return float(min(max_s, max(min_s, ideal)))


def outcome_of(row: dict) -> str:
    """``failed`` when nothing came back but errors (the crawl's own rule) or when the source's spider
    was stopped before it finished (time limit, shutdown); ``ok`` otherwise."""
    if source_failed(row) or row.get("finish_reason") not in (None, "finished"):
        return "failed"
    return "ok"


def is_due(next_due: str | None, now: datetime | None = None) -> bool:
    if not next_due:
        return True
    now = now or datetime.now(timezone.utc)
    due = parse_iso(next_due)
    return due is None or due <= now   # an unreadable next_due must not park a source for good


def next_due(now: datetime, interval_s: float) -> str:
    return format_instant(now + timedelta(seconds=interval_s))
