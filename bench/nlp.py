"""NLP benchmark: words/s of ``pipeline.annotate.annotate`` (spaCy pipeline + storage) against a bare
spaCy tokenizer (``spacy.blank("en").tokenizer``) on the same texts, measured one after the other
in this process.

Texts are generated AI-news articles (``bench.sitegen`` sentences), stored in a fresh database
through ``Store.store_article`` first (not timed). Words are whitespace-separated tokens.

    python -m bench.nlp --articles 400
"""
from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path


def make_texts(n: int, seed: int = 11) -> list[tuple[str, str]]:
    from bench.sitegen import LABS, model_name, sentence

    out = []
    for i in range(n):
        rnd = random.Random(seed * 100_003 + i)
        lab, model = rnd.choice(LABS), model_name(rnd)
        paras = [" ".join(sentence(rnd, lab, model) for _ in range(rnd.randint(3, 5)))
                 for _ in range(rnd.randint(6, 14))]
        out.append((f"{lab} ships {model} (#{i})", "\n\n".join(paras)))
    return out


def _tokenize(texts) -> tuple[float, int]:
    """Seconds for one pass of a fresh (cold-cache, like annotate's) bare tokenizer, and the token count."""
    import spacy

    tok = spacy.blank("en").tokenizer
    t0 = time.perf_counter()
    n = sum(len(doc) for doc in tok.pipe(t for _, t in texts))
    return time.perf_counter() - t0, n


def run(articles: int = 400) -> dict:
    from pipeline.annotate import annotate
    from pipeline.store import open_db

    texts = make_texts(articles)
    words = sum(len(t.split()) for _, t in texts)
    with tempfile.TemporaryDirectory(prefix="mw-bench-nlp-") as tmp:
        store = open_db(Path(tmp) / "nlp.db")
        for i, (title, text) in enumerate(texts):
            store.store_article({"url": f"https://bench.example/nlp/{i}", "title": title, "text": text,
                                 "published": "2025-11-03T08:00:00Z", "word_count": len(text.split()),
                                 "page_type": "article"}, source="bench")
        # warm-up: load the pipeline once (as annotate does) so both sides pay no import cost
        import nlp as modelwire_nlp
        modelwire_nlp.load({})
        bare_runs = [_tokenize(texts)]
        t0 = time.perf_counter()
        res = annotate(store, {})
        ours = time.perf_counter() - t0
        store.close()
    bare_runs.append(_tokenize(texts))  # before and after: the machine may be shared
    n_tokens = bare_runs[0][1]
    bare = min(t for t, _ in bare_runs)
    return {"articles": articles, "words": words, "annotated": res.articles, "mentions": res.mentions,
            "claims": res.claims, "errors": res.errors, "tokens": n_tokens,
            "ours_seconds": ours, "bare_seconds": bare,
            "ours_words_per_s": words / ours, "bare_words_per_s": words / bare,
            "ratio": (words / ours) / (words / bare)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=400)
    args = ap.parse_args(argv)
    print(json.dumps(run(args.articles), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
