"""SimHash values are stored and compared with new ones: the fast implementation must give exactly
what the plain definition gives (per shingle: BLAKE2b-64 of the words joined by spaces, little-endian;
a bit is set when more than half the shingles set it)."""
import hashlib
import random

import pytest

from pipeline.store import dedup


def reference_simhash(toks: list[str], shingle: int = 3) -> int:
    if not toks:
        return 0
    n = max(1, len(toks) - shingle + 1)
    counts = [0] * 64
    for i in range(n):
        data = " ".join(toks[i : i + shingle]).encode("utf-8")
        h = int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")
        for bit in range(64):
            counts[bit] += 1 if h >> bit & 1 else -1
    return sum(1 << bit for bit in range(64) if counts[bit] > 0)


VOCAB = ["model", "ai", "GPT", "naïve", "über", "数据", "模型", "x", "ε", "emoji🙂", "café", "a1", "_"]


@pytest.mark.parametrize("seed", range(40))
def test_simhash_matches_the_definition(seed):
    rnd = random.Random(seed)
    toks = [rnd.choice(VOCAB) for _ in range(rnd.choice([0, 1, 2, 3, 4, 5, 17, 200]))]
    for shingle in (1, 2, 3, 4):
        assert dedup.simhash("", shingle=shingle, toks=toks) == reference_simhash(toks, shingle)


def test_simhash_from_text_matches_the_definition():
    text = "Qwen 3 scored 91.2% on MMLU-Pro — ahead of Llama 4; the Straße-level café test. " * 7
    assert dedup.simhash(text) == reference_simhash(dedup.words(text))
