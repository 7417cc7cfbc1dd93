"""A subprocess a test starts runs the code of the checkout the tests run from, not the folder the
venv's editable install points at (tests/conftest.py): otherwise every CLI test run from a git
worktree would test another checkout's code."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nlp
import pipeline

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("nlp", "pipeline", "schedules", "spiders")


def _child_files(cwd: Path, *args: str) -> dict[str, str]:
    code = "import importlib, json; print(json.dumps({n: importlib.import_module(n).__file__ for n in %r}))" % (PACKAGES,)
    proc = subprocess.run([sys.executable, *args, "-c", code], cwd=cwd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _not_from_root(files: dict[str, str]) -> dict[str, str]:
    """The packages imported from somewhere else than ROOT (empty when all come from here)."""
    return {n: f for n, f in files.items() if Path(f).resolve().parent.parent != ROOT}


def test_this_process_imports_the_checkout_under_test():
    assert _not_from_root({"nlp": nlp.__file__, "pipeline": pipeline.__file__}) == {}


def test_a_child_started_in_another_folder_imports_this_checkout(tmp_path):
    # as the CLI tests start `python -m pipeline.cli` (cwd a temporary folder, the test's environment)
    assert _not_from_root(_child_files(tmp_path)) == {}


def test_a_child_without_the_current_folder_on_its_path_imports_this_checkout():
    # like the `modelwire` console script, whose sys.path starts with the venv's bin folder:
    # -P keeps the current folder (here the root itself) off sys.path, so only PYTHONPATH can lead here
    assert _not_from_root(_child_files(ROOT, "-P")) == {}
