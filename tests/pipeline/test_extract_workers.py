"""The extraction worker pool (``pipeline.crawl.workers.ExtractWorkers``) under a real reactor: results go
back to their own pages, a killed worker fails only its pages and is replaced, closing ends the
workers, and the workers do not outlive a crawl process killed with SIGKILL."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from extract_workers_script import alive  # the script checks its workers the same way

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("extract_workers_script.py")


def _ignores_sigint(pid: int) -> bool:
    """The kernel's mask of the signals `pid` ignores (``SigIgn`` in /proc) has SIGINT."""
    try:
        with open(f"/proc/{pid}/status") as fh:
            mask = next(int(line.split()[1], 16) for line in fh if line.startswith("SigIgn:"))
    except (OSError, StopIteration):
        return False
    return bool(mask >> (signal.SIGINT - 1) & 1)


def run_scenario(name: str) -> dict:
    proc = subprocess.run([sys.executable, str(SCRIPT), name], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert "error" not in out, (out, proc.stderr[-3000:])
    out["stderr"] = proc.stderr
    return out


def test_every_result_goes_back_to_its_page_even_pages_bigger_than_a_pipe():
    out = run_scenario("results")
    assert out["n"] == 24 and all(out["same"])
    assert out["big_same"] is True
    assert len(out["pids"]) == 2 and out["alive_after_close"] == []


def test_a_killed_worker_fails_only_its_pages_and_a_new_one_takes_over():
    out = run_scenario("kill")
    assert 1 <= len(out["failed"]) <= 2 and all(f.startswith("WorkerDied:") for f in out["failed"])
    assert out["ok"] + len(out["failed"]) == 12
    assert out["after_ok"] is True
    assert out["victim"] not in out["pids_after"] and len(out["pids_after"]) == 2
    assert "an extraction worker died" in out["stderr"]
    assert out["alive_after_close"] == []


def test_closing_the_pool_finishes_sent_pages_cancels_waiting_ones_and_waits_for_the_workers():
    out = run_scenario("close")
    assert out["ok"] is True and out["alive_after_close"] == []
    # two workers, two pages each in hand; the other four had not left the crawl process
    assert out["closing_results"][:4] == [True] * 4
    assert out["closing_results"][4:] == ["CancelledError: the extraction pool was closed"] * 4


def test_workers_exit_when_the_crawl_process_is_killed():
    proc = subprocess.Popen([sys.executable, str(SCRIPT), "hang"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        pids = json.loads(proc.stdout.readline())["pids"]
        assert len(pids) == 2 and all(alive(p) for p in pids)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        deadline = time.monotonic() + 10
        while any(alive(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(alive(p) for p in pids)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_workers_ignore_ctrl_c(tmp_path):
    proc = subprocess.Popen([sys.executable, str(SCRIPT), "hang"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        pids = json.loads(proc.stdout.readline())["pids"]
        deadline = time.monotonic() + 120   # past the workers' start-up, which ends by ignoring SIGINT
        while not all(_ignores_sigint(p) for p in pids):
            assert time.monotonic() < deadline, "the workers never came to ignore SIGINT"
            assert all(alive(p) for p in pids), "a worker died during start-up"
            time.sleep(0.05)
        for pid in pids:
            os.kill(pid, signal.SIGINT)     # the kernel drops a signal its target ignores, at once
        assert all(alive(p) for p in pids) and all(_ignores_sigint(p) for p in pids)
    finally:
        proc.kill()
        proc.wait()
