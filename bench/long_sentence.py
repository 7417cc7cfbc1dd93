"""Run-on sentences and over-long texts: time of ``nlp.analyze`` as the input grows.

A sentence of N words (model names, scores, benchmark words, no full stop until the end) once
took time growing with N³ in the claims component (22 s at 2,000 words, minutes at 10,000). The
ratio of the 10,000-word time to the 1,000-word time says whether it is linear now (about 10×)
or not (100× or more). Also timed: a text over spaCy's 1,000,000-character limit, read in chunks.

    python -m bench.long_sentence            # 1000 2000 4000 10000 words
    python -m bench.long_sentence 500 1000   # other sizes
"""
from __future__ import annotations

import random
import sys
import time

VOCAB = ["GPT-5", "Claude Opus 4.1", "scored", "93.1%", "on", "AIME 2025", "and", "SWE-bench Verified",
         "Qwen3-Max", "benchmark", "reached", "44.9", "points", "GPQA Diamond", "vs", "DeepSeek-V3.2", "with",
         "1,450", "Elo", "LMArena", "the", "model", "MMLU-Pro", "86.1"]


def run_on(words: int) -> str:
    """One sentence of ``words`` words, the same on every run (a fixed seed)."""
    rnd = random.Random(1)
    return " ".join(rnd.choice(VOCAB) for _ in range(words)) + "."


def _time(pipe, text: str) -> tuple[float, dict]:
    import nlp

    t0 = time.perf_counter()
    [row] = list(nlp.analyze(pipe, [{"id": 1, "text": text}]))
    return time.perf_counter() - t0, row


def run(sizes: list[int] = (1000, 2000, 4000, 10000), long_text: bool = True) -> dict:
    """Seconds (fastest of two) and claims per sentence size; the ratio of the last to the first;
    and, with ``long_text``, the over-long text's seconds."""
    import nlp

    pipe = nlp.load(lexeme_attrs=False)
    _time(pipe, run_on(200))  # warm up: first-use costs are not the sentence's
    rows = []
    for n in sizes:
        best, row = min((_time(pipe, run_on(n)) for _ in range(2)), key=lambda r: r[0])
        rows.append({"words": n, "seconds": best, "claims": len(row["claims"])})
    out: dict = {"sentences": rows, "ratio": rows[-1]["seconds"] / rows[0]["seconds"],
                 "size_ratio": rows[-1]["words"] / rows[0]["words"]}
    if long_text:
        text = ("DeepSeek-V3.2 scored 93.1% on AIME 2025 and GPT-5 reached 74.9% on SWE-bench Verified. " * 12
                + "\n\n") * 1000
        secs, row = _time(pipe, text)
        out["long_text"] = {"chars": len(text), "max_length": pipe.max_length, "seconds": secs,
                            "entities": len(row["entities"]), "claims": len(row["claims"])}
    return out


def main(argv=None) -> int:
    sizes = [int(a) for a in (argv if argv is not None else sys.argv[1:])] or [1000, 2000, 4000, 10000]
    res = run(sizes)
    print("| words in one sentence | seconds | claims |\n|---:|---:|---:|")
    for r in res["sentences"]:
        print(f"| {r['words']:,} | {r['seconds']:.2f} | {r['claims']} |")
    if len(sizes) >= 2:
        print(f"\n{sizes[-1]:,} vs {sizes[0]:,} words: {res['ratio']:.1f}× the time for {res['size_ratio']:.0f}× the words")
    lt = res["long_text"]
    print(f"\nA {lt['chars']:,}-character text (over spaCy's max_length {lt['max_length']:,}): {lt['seconds']:.1f} s, "
          f"{lt['entities']:,} entities, {lt['claims']:,} claims")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
