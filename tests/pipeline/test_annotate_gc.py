"""annotate in one process reads with what was alive before the run out of the garbage collector's sight
(gc.freeze: its full collections no longer walk the loaded pipeline), and gives it back at the end, also when
the run fails."""
from __future__ import annotations

import gc

import pytest

from pipeline.annotate.run import annotate
from tests.pipeline.test_annotate import fill


def test_one_process_run_freezes_while_reading_and_unfreezes_after(tmp_path):
    store = fill(tmp_path / "a.db", 3)
    assert gc.get_freeze_count() == 0
    seen = []
    result = annotate(store, workers=1, batch_size=1, progress=lambda n: seen.append(gc.get_freeze_count()))
    assert result.articles == 3 and result.mentions > 0
    assert len(seen) == 3 and min(seen) > 10_000  # the pipeline's objects (tens of thousands) were frozen
    assert gc.get_freeze_count() == 0


def test_a_failing_run_unfreezes_too(tmp_path):
    store = fill(tmp_path / "b.db", 2)

    def stop(n):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        annotate(store, workers=1, batch_size=1, progress=stop)
    assert gc.get_freeze_count() == 0
