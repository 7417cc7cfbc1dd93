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
