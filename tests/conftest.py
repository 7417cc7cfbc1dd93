"""Child processes the tests start import this checkout's code; numpy's BLAS runs one thread.

The venv's editable install maps ``nlp``, ``pipeline``... to the folder it was installed from; a test
run from another checkout (a git worktree) would otherwise test that folder's code in every
``python -m pipeline.cli`` or ``modelwire`` subprocess. ``PYTHONPATH`` entries come before the
install's finder, so the repository root goes first there, for every child of this test process
(``tests/test_child_imports.py`` checks it).
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _root_first_on_pythonpath() -> None:
    rest = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p and Path(p).resolve() != ROOT]
    os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), *rest])


_root_first_on_pythonpath()

# OpenBLAS starts a thread per core and spins them on every product: `make test` already runs a
# test process per core, so each fit of the artefact scripts burnt ~30x the CPU it needed (build
# of a 3-set claim confidence: 4.8 CPU-s with the threads, 0.15 with one; same file written).
# Set before numpy is imported (in this process and its children); a value already set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# The files that take longest under `make test` (set-ups with subprocesses, crawls, kill -9 runs, whole-corpus
# comparisons; longest first, measured on a round-26 run). `--dist loadfile` hands whole files to the two
# workers in collection order (the Makefile turns off xdist's own order, by number of tests, which put
# these few-test files last): started first, they run beside the short files instead of one worker
# finishing a long file alone at the end. A file not listed keeps its place after them.
START_FIRST = [
    "nlp/test_cpu_shortcuts.py", "pipeline/test_kb_cli.py", "reliability/test_crash.py", "pipeline/test_cli_edges.py",
    "pipeline/test_annotate.py", "nlp/test_scan_equivalence.py", "pipeline/test_name_memory_annotate.py",
    "reliability/test_security.py", "schedules/test_daemon.py", "reliability/test_faults.py",
    "pipeline/test_crawl_demo.py", "nlp/test_quick_rejects.py", "pipeline/test_annotate_failures.py",
    "nlp/test_entities.py", "bench/test_component_costs.py", "pipeline/test_cli.py", "nlp/test_userkb.py",
    "spiders/test_sitemap.py", "schedules/test_jobs.py", "pipeline/test_cli_sweep.py", "nlp/test_robust_input.py",
    "pipeline/test_alerts.py", "nlp/test_claims_scan_wrappers.py", "pipeline/test_syndication.py",
    "pipeline/test_backfill.py", "spiders/test_feed.py", "pipeline/test_extract_workers.py",
]


def pytest_collection_modifyitems(items) -> None:
    rank = {name: i for i, name in enumerate(START_FIRST)}

    def file_rank(item) -> int:
        try:
            return rank.get(item.path.relative_to(ROOT / "tests").as_posix(), len(rank))
        except ValueError:  # a test outside tests/
            return len(rank)

    items.sort(key=file_rank)  # stable: the tests of a file, and the files not listed, keep their order
