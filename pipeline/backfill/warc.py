"""WARC response records from a stream, with FastWARC, going on past damaged records.

FastWARC stops at the first record it cannot read (a gzip member with bad data, a header that
is not one). Here such a record is reported as failed and reading starts again at the next
record that reads: the next gzip member that inflates to a WARC header (``.warc.gz`` holds one
member per record), or the next ``WARC/1.`` line of an uncompressed file.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import Callable, Iterator

from fastwarc.warc import ArchiveIterator, WarcRecordType

from spiders.dates import format_instant

WINDOW = 1 << 22        # bytes read at a time while looking for the next good record
_GZIP = b"\x1f\x8b\x08"
_WARC_LINE = b"\nWARC/1."


@dataclass
class Record:
    """One response record, or a failure (``error`` set, no body)."""

    offset: int                 # where the record starts in the file
    url: str = ""
    date: str | None = None     # WARC-Date, stored form
    status: int | None = None
    content_type: str | None = None
    charset: str | None = None
    body: bytes = b""
    too_large: bool = False
    error: str | None = None


def read_records(open_at: Callable[[int], object], start: int = 0, max_body: int = 10_000_000) -> Iterator[Record]:
    """Every response record from byte ``start`` on, in order; damaged ones as ``error`` records.

    ``open_at(offset)``: a binary stream of the file from ``offset`` (a seek or a range request)
    whose ``tell()`` says where in the file it is."""
    pos = start
    resynced = False        # pos was found by looking for the next good record
    while True:
        stream = open_at(pos)
        last = None
        try:
            try:
                for rec in ArchiveIterator(stream, record_types=WarcRecordType.response, parse_http=True):
                    offset = rec.stream_pos  # the stream's tell(): a place in the file
                    item = _record(rec, offset, max_body)
                    last = offset
                    yield item
                return
            except (OSError, ValueError, EOFError, zlib.error) as e:
                problem = f"{type(e).__name__}: {e}"
        finally:
            stream.close()
        if last is None and resynced:
            search = pos + 1  # the restart point was the damaged record itself (already counted)
        else:
            bad = pos if last is None else last + 1
            yield Record(offset=bad, error=f"unreadable record after byte {bad}: {problem}")
            search = bad + 1 if last is None else bad
        nxt = _next_record(open_at, search)
        if nxt is None:
            return
        pos, resynced = nxt, True


def _record(rec, offset: int, max_body: int) -> Record:
    headers = rec.headers
    out = Record(offset=offset, url=headers.get("WARC-Target-URI") or "")
    if not out.url or not rec.is_http:
        out.error = "a response record without a target URI or HTTP headers"
        return out
    date = rec.record_date
    out.date = format_instant(date) if date is not None else None
    out.status = rec.http_headers.status_code
    out.content_type = rec.http_content_type
    out.charset = rec.http_charset
    body = rec.reader.read(max_body + 1)
    if len(body) > max_body:
        out.too_large = True
        body = b""
    out.body = body
    return out


def _next_record(open_at, pos: int) -> int | None:
    """The offset of the first readable record at or after ``pos``, or None at the end."""
    with open_at(0) as head_stream:
        gz = head_stream.read(2) == _GZIP[:2]
    while True:
        with open_at(pos) as stream:
            window = stream.read(WINDOW)
        if not window:
            return None
        at = 0
        while True:
            at = window.find(_GZIP, at) if gz else window.find(_WARC_LINE, at)
            if at < 0:
                break
            candidate = at if gz else at + 1
            if _starts_record(window[candidate:], gz):
                return pos + candidate
            at += 1
        if len(window) < WINDOW:
            return None
        pos += WINDOW - len(_WARC_LINE)  # a marker cut by the window's end is found in the next


def _starts_record(data: bytes, gz: bool) -> bool:
    """Does a record start here? For gzip: the member inflates to a WARC header, to its end
    (or past the window's end, where it cannot be told)."""
    if not gz:
        return True
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        if not inflate.decompress(data, 16).startswith(b"WARC/"):
            return False
        while not inflate.eof and inflate.unconsumed_tail:
            inflate.decompress(inflate.unconsumed_tail, 1 << 16)
        return True
    except zlib.error:
        return False
