"""How far each WARC file of a backfill was read (``backfill_files``).

A segment's articles and the file's new position are written in the same transaction
(``Store.transaction``), so the position never runs ahead of what is stored, nor behind it.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.store.db import Store
from spiders.dates import utcnow


@dataclass
class FileProgress:
    file: str
    filters: str
    records_done: int = 0
    next_offset: int = 0
    done: bool = False
    kept: int = 0
    skipped: int = 0
    failed: int = 0
    size: int | None = None


def file_progress(store: Store, file: str, filters: str) -> FileProgress:
    """Where ``file`` stands for a backfill with these ``filters`` (a fresh start if never read)."""
    row = store.conn.execute(
        """SELECT records_done, next_offset, done, kept, skipped, failed, size FROM backfill_files
           WHERE file = ? AND filters = ?""", (file, filters)).fetchone()
    if row is None:
        return FileProgress(file, filters)
    return FileProgress(file, filters, row[0], row[1], bool(row[2]), row[3], row[4], row[5], row[6])


def save_file_progress(store: Store, p: FileProgress) -> None:
    """Record ``p``; call inside the ``store.transaction()`` that wrote the segment's articles."""
    now = utcnow()
    with store.transaction():
        store.conn.execute(
            """INSERT INTO backfill_files (file, filters, records_done, next_offset, done, kept, skipped, failed,
                   size, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(file, filters) DO UPDATE SET records_done = excluded.records_done,
                   next_offset = excluded.next_offset, done = excluded.done, kept = excluded.kept,
                   skipped = excluded.skipped, failed = excluded.failed,
                   size = coalesce(excluded.size, backfill_files.size), updated_at = excluded.updated_at""",
            (p.file, p.filters, p.records_done, p.next_offset, int(p.done), p.kept, p.skipped, p.failed,
             p.size, now, now))
