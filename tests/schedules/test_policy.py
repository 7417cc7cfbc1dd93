from datetime import datetime, timezone

from schedules import policy

HOUR, DAY = 3600.0, 86400.0


def test_policy_busy_source_polled_at_minimum():
    assert policy.polling_interval(100, 0, min_s=HOUR, max_s=DAY) == HOUR


def test_policy_interval_follows_publishing_rate():
    # four articles a day: about one new article every six hours
    assert policy.polling_interval(4, 0, min_s=HOUR, max_s=DAY) == 6 * HOUR


def test_policy_quiet_source_polled_at_maximum():
    assert policy.polling_interval(0, 0, min_s=HOUR, max_s=DAY) == DAY
    assert policy.polling_interval(1 / 30, 0, min_s=HOUR, max_s=DAY) == DAY


def test_policy_failures_back_off_exponentially_up_to_cap():
    got = [policy.polling_interval(50, f, min_s=HOUR, max_s=DAY) for f in range(1, 7)]
    assert got == [2 * HOUR, 4 * HOUR, 8 * HOUR, 16 * HOUR, DAY, DAY]


def test_policy_outcome_of_run_rows():
    assert policy.outcome_of({"fetched": 0, "failed": 3, "finish_reason": "finished"}) == "failed"
    assert policy.outcome_of({"fetched": 2, "failed": 1, "finish_reason": "finished"}) == "ok"
    assert policy.outcome_of({"unchanged": 5, "finish_reason": "finished"}) == "ok"
    assert policy.outcome_of({"fetched": 2, "finish_reason": "shutdown"}) == "failed"


def test_policy_is_due():
    now = datetime(2025, 11, 10, 12, 0, tzinfo=timezone.utc)
    assert policy.is_due(None, now)
    assert policy.is_due("2025-11-10T11:59:59Z", now)
    assert not policy.is_due("2025-11-10T12:00:01Z", now)
    assert policy.next_due(now, 90) == "2025-11-10T12:01:30Z"
