"""Helpers for the worker processes of the crawl (extraction) and of annotate (NLP)."""
from __future__ import annotations

import os
import signal
import threading
import time


def default_workers() -> int:
    return min(2, os.cpu_count() or 1)


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:  # re-parented: the crawl process is gone
            os._exit(0)


def init_child(parent: int) -> None:
    """For any worker process: ignore Ctrl-C (the parent decides when to stop), die at once on SIGTERM
    (a forked worker inherits the command's SIGTERM handler, which would unwind it like Ctrl-C in
    the middle of the pool's own shutdown) and exit within a second once ``parent`` is gone, even
    after a SIGKILL. Used by the NLP workers too."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watch", daemon=True).start()
