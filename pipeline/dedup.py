"""Small, pure pieces for spotting the same article under two URLs."""
from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

_WORD = re.compile(r"\w+", re.UNICODE)
SIMHASH_BITS = 64
NEAR_DUPLICATE_DISTANCE = 3      # bits; with 4 bands of 16 bits one band must match exactly
_MASK = (1 << SIMHASH_BITS) - 1


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())


def content_hash(text: str, toks: list[str] | None = None) -> str:
    """Hash of the text's words: immune to whitespace and punctuation changes.
    ``toks``: ``words(text)`` when the caller has it already."""
    return hashlib.sha1(" ".join(words(text) if toks is None else toks).encode("utf-8")).hexdigest()


def simhash(text: str, shingle: int = 3, toks: list[str] | None = None) -> int:
    """64-bit SimHash over word 3-shingles; similar texts get close hashes."""
    toks = words(text) if toks is None else toks
    if not toks:
        return 0
    n = max(1, len(toks) - shingle + 1)
    btoks = [t.encode("utf-8") for t in toks]
    b2 = hashlib.blake2b
    # one 8-byte BLAKE2b digest per shingle, read as little-endian uint64s in one go
    hashes = np.frombuffer(b"".join([b2(b" ".join(btoks[i : i + shingle]), digest_size=8).digest() for i in range(n)]),
                           dtype="<u8")
    # bit i of every hash, as a (len, 64) 0/1 matrix; a bit is set when most shingles set it
    bits = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - n
    value = 0
    for bit in np.flatnonzero(votes > 0):
        value |= 1 << int(bit)
    return value & _MASK


def hamming(a: int, b: int) -> int:
    return bin((a ^ b) & _MASK).count("1")


def bands(value: int) -> tuple[int, int, int, int]:
    """The four 16-bit bands stored as indexed columns for candidate lookup."""
    return tuple((value >> shift) & 0xFFFF for shift in (48, 32, 16, 0))  # type: ignore[return-value]


def to_hex(value: int) -> str:
    return f"{value:016x}"


def from_hex(value: str) -> int:
    return int(value, 16)


def is_near_duplicate(a: int, b: int) -> bool:
    return hamming(a, b) <= NEAR_DUPLICATE_DISTANCE
