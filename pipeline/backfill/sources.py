"""Where WARC files come from: local files and folders, http(s) URLs, CC-NEWS monthly listings.

Every file is opened as a stream at a byte offset (a seek, or an HTTP ``Range`` request; a
server that ignores ``Range`` has the bytes before it read and dropped), so a resumed file
starts where it stopped and memory stays bounded whatever the file's size. HTTP goes through
the crawl's address guard (``spiders.addresses``): private, loopback and metadata addresses
are refused unless allowed (``--allow-private``), checked on the address actually connected to.
"""
from __future__ import annotations

import gzip
import http.client
import io
import re
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from spiders.addresses import AddressPolicy, is_forbidden_address

TIMEOUT = 60.0
MAX_REDIRECTS = 5
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class SourceError(Exception):
    """A WARC file or listing that cannot be read; the message names it and says why."""


@dataclass(frozen=True)
class Origin:
    """How to reach the files: which private addresses are allowed."""

    allow_private: tuple[str, ...] = ()

    def open_at(self, name: str, offset: int = 0):
        """A binary stream of ``name`` (path or URL) from byte ``offset``."""
        if is_url(name):
            return _open_url(name, offset, AddressPolicy(list(self.allow_private)))
        fh = open(name, "rb")
        fh.seek(offset)
        return fh


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def expand(inputs: list[str]) -> list[str]:
    """Files of ``--warc`` arguments: URLs as given, folders as their WARC files (sorted)."""
    out: list[str] = []
    for item in inputs:
        if is_url(item):
            out.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(str(p.resolve()) for p in path.rglob("*") if p.is_file() and p.name.endswith(WARC_SUFFIXES))
            if not found:
                raise SourceError(f"{item}: a folder with no .warc or .warc.gz files")
            out.extend(found)
        elif path.is_file():
            out.append(str(path.resolve()))
        else:
            raise SourceError(f"{item}: no such file")
    return list(dict.fromkeys(out))


def months(spec: str) -> list[tuple[int, int]]:
    """``2025-01..2025-12`` (or one month ``2025-03``) → [(2025, 1), …, (2025, 12)]."""
    first, _, last = spec.partition("..")
    bounds = []
    for part in (first, last or first):
        m = _MONTH.match(part.strip())
        if not m or not 1 <= int(m.group(2)) <= 12:
            raise SourceError(f"--cc-news {spec!r}: give months as YYYY-MM or YYYY-MM..YYYY-MM")
        bounds.append(int(m.group(1)) * 12 + int(m.group(2)) - 1)
    if bounds[1] < bounds[0]:
        raise SourceError(f"--cc-news {spec!r}: the range ends before it starts")
    return [(n // 12, n % 12 + 1) for n in range(bounds[0], bounds[1] + 1)]


def cc_news_files(spec: str, base: str, origin: Origin) -> list[str]:
    """The WARC URLs of CC-NEWS for the months of ``spec``, from each month's ``warc.paths.gz``."""
    base = base if base.endswith("/") else base + "/"
    out = []
    for year, month in months(spec):
        listing = urljoin(base, f"crawl-data/CC-NEWS/{year:04d}/{month:02d}/warc.paths.gz")
        try:
            with origin.open_at(listing) as stream, gzip.open(stream) as lines:
                for line in io.TextIOWrapper(lines, encoding="utf-8"):
                    line = line.strip()
                    if line:
                        out.append(urljoin(base, line))
        except (OSError, EOFError, UnicodeDecodeError) as e:
            raise SourceError(f"{listing}: not a readable gzip listing ({e})") from None
    return out


# -- HTTP --------------------------------------------------------------------------------------

def _guarded_connect(policy: AddressPolicy, host: str):
    """``socket.create_connection`` that connects only to addresses the policy allows."""

    def connect(address, timeout=TIMEOUT, source_address=None):
        host_, port = address
        last = None
        infos = socket.getaddrinfo(host_, port, type=socket.SOCK_STREAM)
        if not infos:
            raise SourceError(f"{host}: no address")
        for family, kind, proto, _, sockaddr in infos:
            ip = sockaddr[0]
            if is_forbidden_address(ip) and not policy.is_allowed(ip) and not policy.host_allowed(host):
                last = SourceError(f"{host} resolves to a private address ({ip}); allow it with --allow-private {ip}")
                continue
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(timeout)
                sock.connect(sockaddr)
                return sock
            except OSError as e:
                sock.close()
                last = e
        raise last

    return connect


def _request(url: str, method: str, headers: dict, policy: AddressPolicy) -> http.client.HTTPResponse:
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = cls(parts.hostname, parts.port, timeout=TIMEOUT)
        conn._create_connection = _guarded_connect(policy, parts.hostname)  # http.client's own hook
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            conn.request(method, path, headers={"User-Agent": "modelwire-backfill", **headers})
            resp = conn.getresponse()
        except SourceError:
            conn.close()
            raise
        except (OSError, http.client.HTTPException) as e:
            conn.close()
            raise SourceError(f"{url}: {type(e).__name__}: {e}") from None
        if resp.status in (301, 302, 303, 307, 308) and resp.getheader("Location"):
            url = urljoin(url, resp.getheader("Location"))
            resp.close()
            conn.close()
            continue
        return resp
    raise SourceError(f"{url}: more than {MAX_REDIRECTS} redirects")


def _open_url(url: str, offset: int, policy: AddressPolicy):
    headers = {"Range": f"bytes={offset}-"} if offset else {}
    resp = _request(url, "GET", headers, policy)
    if resp.status == 416:  # nothing at or after offset: the file ended there
        resp.close()
        return Positioned(io.BytesIO(b""), offset)
    if resp.status not in (200, 206):
        resp.close()
        raise SourceError(f"{url}: HTTP {resp.status}")
    if offset and resp.status == 200:  # Range ignored: drop what comes before offset
        left = offset
        while left:
            chunk = resp.read(min(left, 1 << 20))
            if not chunk:
                break
            left -= len(chunk)
    stream = Positioned(resp, offset)
    total = (resp.getheader("Content-Range") or "").rpartition("/")[2]
    length = resp.getheader("Content-Length") or ""
    if total.isdigit():
        stream.size = int(total)
    elif length.isdigit():
        stream.size = int(length) + (offset if resp.status == 206 else 0)
    return stream


class Positioned(io.RawIOBase):
    """A response body that knows its place in the file: FastWARC reads a record's offset from
    ``tell()``, which an HTTP response cannot answer."""

    def __init__(self, raw, offset: int):
        self.raw, self.pos = raw, offset
        self.size: int | None = None   # the whole file's, when the server says

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self.raw.readinto(buffer)
        self.pos += n
        return n

    def tell(self) -> int:
        return self.pos

    def close(self) -> None:
        self.raw.close()
        super().close()
