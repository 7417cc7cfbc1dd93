"""Small, pure pieces for spotting the same article under two URLs."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
SIMHASH_BITS = 64
NEAR_DUPLICATE_DISTANCE = 3      # bits; with 4 bands of 16 bits one band must match exactly
_MASK = (1 << SIMHASH_BITS) - 1


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text or "").casefold())


def content_hash(text: str) -> str:
    """Hash of the text's words: immune to whitespace and punctuation changes."""
    return hashlib.sha1(" ".join(words(text)).encode("utf-8")).hexdigest()


def simhash(text: str, shingle: int = 3) -> int:
    """64-bit SimHash over word 3-shingles; similar texts get close hashes."""
    toks = words(text)
    if not toks:
        return 0
    grams = [" ".join(toks[i : i + shingle]) for i in range(max(1, len(toks) - shingle + 1))]
    counts = [0] * SIMHASH_BITS
    for g in grams:
        h = int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(SIMHASH_BITS):
            counts[bit] += 1 if (h >> bit) & 1 else -1
    value = 0
    for bit, c in enumerate(counts):
        if c > 0:
            value |= 1 << bit
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
