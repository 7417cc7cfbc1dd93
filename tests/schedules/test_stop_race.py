"""A child the daemon starts while it is stopping is stopped too.

``run_child`` checks the daemon's stop flag, starts the child and registers it; ``stop_children`` sets the flag and
stops the registered children. A child started between the check and the registration was never stopped, and the
daemon's shutdown then waited for it (a crawl up to its time limit). Here the child's start is slowed so that
``stop_children`` runs in that gap; the child is a real process that would sleep for a minute.
"""
from __future__ import annotations

import subprocess
import sys
import threading
import time

from schedules import jobs


def test_a_child_started_while_the_daemon_stops_is_stopped_too(monkeypatch):
    entered = threading.Event()

    class SlowStart(subprocess.Popen):
        def __init__(self, *args, **kwargs):
            entered.set()
            time.sleep(0.5)  # stop_children is called now, between run_child's check and the child's start
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(jobs.subprocess, "Popen", SlowStart)
    result = {}
    worker = threading.Thread(target=lambda: result.update(
        out=jobs.run_child([sys.executable, "-c", "import time; time.sleep(60)"], 120)), daemon=True)
    try:
        worker.start()
        assert entered.wait(10)
        jobs.stop_children()
        worker.join(20)
        assert not worker.is_alive(), "the child started during the stop was left running"
        code, stopped, _tail, pid = result["out"]
        assert stopped and code != 0 and pid
    finally:
        jobs.STOPPING.clear()
        for proc in list(jobs._CHILDREN):
            proc.kill()
