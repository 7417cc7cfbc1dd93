"""Small, pure pieces for spotting the same article under two URLs."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from itertools import accumulate

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


def _shingles(toks: list[str], shingle: int) -> list[bytes]:
    """UTF-8 bytes of every ``shingle``-word window, each exactly ``" ".join(window).encode()``, as
    slices of one encoded string (no list slice and join per window); a text shorter than one
    window is a single shingle of all its words."""
    joined = " ".join(toks).encode("utf-8")
    sizes = map(len, toks) if joined.isascii() else (len(t.encode("utf-8")) for t in toks)
    starts = list(accumulate(sizes, lambda at, size: at + size + 1, initial=0))  # last: len(joined) + 1
    n = max(1, len(toks) - shingle + 1)
    ends = [start - 1 for start in starts[shingle : shingle + n]]
    ends += [len(joined)] * (n - len(ends))
    return [joined[a:b] for a, b in zip(starts, ends)]


def simhash(text: str, shingle: int = 3, toks: list[str] | None = None) -> int:
    """64-bit SimHash over word 3-shingles; similar texts get close hashes."""
    toks = words(text) if toks is None else toks
    if not toks:
        return 0
    shingles = _shingles(toks, shingle)
    # one 8-byte BLAKE2b digest per shingle (copying a fresh hasher is cheaper than making one),
    # read as little-endian uint64s in one go
    fresh = hashlib.blake2b(digest_size=8)
    digests = []
    for data in shingles:
        h = fresh.copy()
        h.update(data)
        digests.append(h.digest())
    hashes = np.frombuffer(b"".join(digests), dtype="<u8")
    # bit i of every hash, as a (len, 64) 0/1 matrix; a bit is set when most shingles set it
    bits = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    votes = bits.sum(axis=0, dtype=np.int64) * 2 - len(shingles)
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


# --- copies with another intro: shingle resemblance ---------------------------------------
# A syndicated copy keeps the body and changes the edges (an intro line, a credit, the outlet's
# boilerplate), which moves a 64-bit SimHash by more than a few bits. Copies are found instead by
# MinHash over word 5-shingles, banded for lookup (16 bands of 4 rows: pairs whose shingle sets
# have Jaccard 0.6 meet in some band with p ≈ 0.89, at 0.7 with p ≈ 0.99), then confirmed on the
# texts themselves by ``is_copy``. Each MinHash row is a multiply-add-shift hash, (a·h + b) >> 32
# over 64-bit words (Dietzfelbinger's, universal for 32-bit keys), of BLAKE2b shingle hashes,
# written out in numpy: datasketch would hash every shingle again in Python (about 10 ms an
# article here, against about 1 ms).
COPY_SHINGLE = 5
MINHASH_ROWS = 4
MINHASH_BANDS = 16
COPY_MIN_WORDS = 80          # shorter texts share too little to tell a copy from a brief on the same news
COPY_CONTAINMENT = 0.8       # of the shorter text's shingles found in the longer one
COPY_LENGTH_RATIO = 0.5      # a brief quoting half a feature is not a copy of it
_rng = np.random.default_rng(20251205)  # fixed: stored bands must stay comparable across runs
_A = _rng.integers(0, 1 << 64, size=MINHASH_ROWS * MINHASH_BANDS, dtype=np.uint64, endpoint=False) | np.uint64(1)
_B = _rng.integers(0, 1 << 64, size=MINHASH_ROWS * MINHASH_BANDS, dtype=np.uint64, endpoint=False)


def shingle_set(toks: list[str], shingle: int = COPY_SHINGLE) -> set[bytes]:
    return set(_shingles(toks, shingle)) if toks else set()


def minhash_bands(toks: list[str]) -> list[int]:
    """The MinHash bands a text is indexed under (empty for texts too short to judge)."""
    if len(toks) < COPY_MIN_WORDS:
        return []
    fresh = hashlib.blake2b(digest_size=4)
    digests = []
    for data in shingle_set(toks):
        h = fresh.copy()
        h.update(data)
        digests.append(h.digest())
    hashes = np.frombuffer(b"".join(digests), dtype="<u4").astype(np.uint64)
    with np.errstate(over="ignore"):  # arithmetic modulo 2**64 is the point
        sig = ((hashes[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)).min(axis=0)
    rows = np.ascontiguousarray(sig, dtype="<u8").reshape(MINHASH_BANDS, MINHASH_ROWS)
    return [int.from_bytes(hashlib.blake2b(row.tobytes(), digest_size=8).digest(), "little", signed=True)
            for row in rows]


def is_copy(a: list[str], b: list[str]) -> bool:
    """Two texts are one article when the shorter is mostly inside the longer and not much shorter."""
    if min(len(a), len(b)) < COPY_MIN_WORDS:
        return False
    sa, sb = shingle_set(a), shingle_set(b)
    small, large = sorted((sa, sb), key=len)
    if not small or len(small) < COPY_LENGTH_RATIO * len(large):
        return False
    return len(small & large) >= COPY_CONTAINMENT * len(small)
