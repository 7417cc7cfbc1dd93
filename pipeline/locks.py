"""Process locks: one crawl, one scheduler per database file; one kb edit at a time per knowledge-base file."""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


class LockHeld(Exception):
    """Another live process holds the lock; ``holder`` is its pid as it wrote it ("?" if unknown)."""

    def __init__(self, path: Path, holder: str):
        super().__init__(f"{path} is held by pid {holder}")
        self.path = path
        self.holder = holder


@contextmanager
def exclusive(path: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``path`` (created if needed) and write our pid into it; when
    another process holds it, wait up to ``wait`` seconds for it to let go, then :class:`LockHeld`.

    The kernel releases the lock when the process dies, even from SIGKILL, so a crash never
    leaves a stale lock behind.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fh = open(path, "a+")
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    fh.seek(0)
                    raise LockHeld(path, fh.read().strip() or "?") from None
                time.sleep(0.05)
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        yield
    finally:
        fh.close()


@contextmanager
def database_lock(db_path: Path, kind: str, error: type[Exception], message: str) -> Iterator[None]:
    """One ``kind`` of process per database (``DB.<kind>.lock``). If another holds it, raise ``error``
    with ``message`` formatted with ``db`` and ``pid``: the CLI shows that one line."""
    try:
        with exclusive(Path(f"{db_path}.{kind}.lock")):
            yield
    except LockHeld as e:
        raise error(message.format(db=db_path, pid=e.holder)) from None
