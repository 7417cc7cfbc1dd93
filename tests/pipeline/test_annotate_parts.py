"""annotate hands each batch to its workers in parts (pipeline.annotate.run._in_parts): every part reads the batch's
name memory, and the results come back joined in record order, as from one piece."""
from __future__ import annotations

from concurrent.futures import Future

import pytest

from pipeline.annotate.run import _in_parts


def _fake():
    calls = []

    def analyze(records, memory=None):
        calls.append(([r["id"] for r in records], memory))
        f: Future = Future()
        f.set_result([{"id": r["id"], "n": len(records)} for r in records])
        return f

    return analyze, calls


@pytest.mark.parametrize("n,parts", [(7, 2), (64, 2), (5, 3), (1, 2), (2, 2), (9, 4)])
def test_parts_share_the_memory_and_join_in_order(n, parts):
    analyze, calls = _fake()
    records = [{"id": i, "text": "Vexmoor ships Tarnel-4.", "title": ""} for i in range(n)]
    memory = [{"label": "MODEL", "canonical": "Tarnel-4", "surface": "Tarnel-4", "org": None}]
    out = _in_parts(analyze, records, memory, parts).result()
    assert [r["id"] for r in out] == list(range(n))
    assert all(m is memory for _, m in calls)
    assert len(calls) == (1 if n < 2 else -(-n // -(-n // parts)))  # parts of ceil(n / parts) records
    assert sorted(i for ids, _ in calls for i in ids) == list(range(n))
    sizes = [len(ids) for ids, _ in calls]
    assert max(sizes) - min(sizes) <= max(1, n // parts)


def test_one_part_is_the_plain_call_and_errors_come_through():
    analyze, calls = _fake()
    records = [{"id": 1, "text": "x", "title": ""}, {"id": 2, "text": "y", "title": ""}]
    assert _in_parts(analyze, records, None, 1).result() == [{"id": 1, "n": 2}, {"id": 2, "n": 2}]
    assert calls == [([1, 2], None)]

    def broken(records, memory=None):
        f: Future = Future()
        f.set_exception(RuntimeError("worker died"))
        return f

    with pytest.raises(RuntimeError, match="worker died"):
        _in_parts(broken, records, None, 2).result()
