"""Is this an HTML page at all? A cheap look at the first bytes, so that ``extract`` says "an ELF
executable" instead of extracting 68 KB of garbage as an article."""
from __future__ import annotations

import re

_MAGIC = (  # leading bytes of formats people save by mistake
    (b"\x7fELF", "an ELF executable"), (b"%PDF-", "a PDF document"), (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip data (name the file .gz to have it decompressed)"), (b"MZ", "a Windows executable"),
    (b"SQLite format 3\x00", "a SQLite database"), (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
)
_MARKUP = re.compile(rb"<(?:!doctype|html|head|body|meta|title|p|div|article|main|section|h[1-6]|span|a)[\s>/]", re.I)
_LOOK = 65536


def not_html(data: bytes) -> str | None:
    """Why ``data`` is not an HTML page (a phrase for an error line), or None if it may be one."""
    if not data.strip():
        return "empty"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    head = data[:_LOOK]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):      # UTF-16 with a byte-order mark: look at it decoded
        head = head.decode("utf-16", "replace").encode("utf-8", "replace")
    elif b"\x00" in head[:4096]:
        return "binary data"
    if not _MARKUP.search(head):
        return "no HTML markup in its first 64 KB"
    return None
