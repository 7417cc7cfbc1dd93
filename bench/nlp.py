"""NLP benchmark: words/s of ``pipeline.annotate.run.annotate`` (spaCy pipeline + storage) against a bare
spaCy tokenizer (``spacy.blank("en").tokenizer``) on the same texts, measured one after the other
in this process.

Two corpora: generated AI-news articles (``bench.sitegen`` sentences), and our own hand-written
texts (demo articles, NLP evaluation passages, summary set). The written corpus is made of
DISTINCT texts at every size: the first copy of each hand-written text is read as written, and
each further copy needed to reach the size is a *variant* (:func:`variant`): its names (words
with a capital letter or a digit whose lower-case form the corpus never writes as a plain word)
are swapped for invented ones of the same shape, and its numbers get their last digit shifted,
deterministically. Its words, layout and length stay those of real text, but neither side can
answer a repeat from a cache: the tokenizer's cache served the 7.8 copies of each of the 243
texts at ``--articles 400`` while ``annotate`` paid for every copy (0.036x then, against 0.093-0.100x
at ``--quick``, whose 263 texts hold 20 repeats), and a real ``annotate`` never sees repeats,
because the store keeps one copy of a text (README "Duplicates"). ``--corpus written-repeats``
still measures the old corpus (the same texts repeated verbatim), for comparison.

Both corpora are stored in a
fresh database first (not timed), for ``annotate`` with its default worker processes (``repeats``
runs, each into a fresh database; the fastest is reported, as the baseline's fastest pass is, since
other work on a shared machine only ever slows a run down) and once for ``annotate`` in one
process. Words are whitespace-separated tokens. The timed ``annotate`` includes loading the
pipeline and writing the results.

    python -m bench.nlp --articles 400 [--claim-linker]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import tempfile
import time
import zlib
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


def _written_base() -> list[tuple[str, str]]:
    """(title, text) of every hand-written text, in a fixed order."""
    from pipeline.demo import SITE_ROOT, load_manifest
    from pipeline.extract.page import extract

    root = Path(__file__).resolve().parents[1] / "tests" / "data" / "nlp"
    base: list[tuple[str, str]] = []
    for e in load_manifest():
        if e["kind"] in ("article", "updated", "paywalled"):
            page = SITE_ROOT / e["outlet"] / e["path"].lstrip("/")
            page = page / "index.html" if page.is_dir() else page
            if page.is_file():
                rec = extract(page.read_bytes(), "https://demo.example" + e["path"])
                base.append((rec["title"] or "", rec["text"]))
    for name in ("summaries.jsonl", "dev.jsonl", "dev2.jsonl"):
        for line in (root / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                base.append((rec.get("title") or rec["id"], rec["text"]))
    return base


_WORD = re.compile(r"[^\W\d_]+")  # a run of letters (any script)
_TOKEN = re.compile(r"\S+")
# a run of ASCII letters inside a name: what a variant renames (not lower-case letters right after a
# digit: units and ordinals, "10ms", "34th")
_LETTERS = re.compile(r"(?<![0-9])[A-Za-z]{2,}|(?<=[0-9])(?![a-z]+(?![A-Za-z]))[A-Za-z]{2,}")
_DIGITS = re.compile(r"(?<!\d)\d+(?!\d|st|nd|rd|th)")  # not an ordinal ("3rd" would become "4rd")
_PUNCT = "\"'()[]{}.,;:!?*_`“”‘’«»–—-"
_ONSETS = ("b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "qu", "r", "s", "st", "t", "tr",
           "v", "w", "z")
_NUCLEI = ("a", "e", "i", "o", "u", "ai", "ea", "ou")


_ORDINARY = frozenset("ai january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday".split())


def _plain_words(texts) -> frozenset[str]:
    """Every word the corpus writes on its own in lower case (a whitespace token of letters, its
    punctuation stripped), and the calendar's names: a capitalised word whose lower-case form is
    here ("The", "Earlier", "December", "AI") is an ordinary word, not a name. Letters inside slugs and
    ids (``openai/gpt-4o``) do not count."""
    return _ORDINARY | frozenset(w for _, t in texts for tok in t.split()
                                 for w in [tok.strip(_PUNCT)] if w.isalpha() and w.islower())


def _invented(word: str, copy: int) -> str:
    """An invented word for ``word`` in variant ``copy``: pronounceable syllables, the same length
    and the same capitals at the same positions (``DeepSeek`` -> ``TroumBid``, ``GPT`` -> ``VUZ``)."""
    rnd = random.Random(zlib.crc32(f"{copy}:{word}".encode()))
    out = ""
    while len(out) < len(word):
        out += rnd.choice(_ONSETS) + rnd.choice(_NUCLEI)
    return "".join(n.upper() if o.isupper() else n for o, n in zip(word, out))


def variant(text: str, copy: int, plain: frozenset[str]) -> str:
    """Copy ``copy`` (1, 2, ...) of ``text``: each name renamed, each number's last digit shifted.

    A name is a whitespace token with an upper-case letter or a digit, and whose letter runs are not
    all ordinary words (``plain``); each ASCII letter run of two or more inside it is replaced by
    an invented word of the same shape, the same one wherever the text repeats it (``Mistral`` in
    ``Mistral Large 3`` and in ``Mistral's``). Every run of digits but an ordinal's gets its last digit moved by
    ``copy`` (mod 10; ``100`` stays, so percentages stay possible). Other scripts, punctuation,
    spacing and lines are untouched, so the variant keeps the text's layout, length and words.
    """
    def rename(m: re.Match) -> str:
        tok = m.group()
        if not any(c.isupper() or c.isdigit() for c in tok):
            return tok
        if all(w.lower() in plain for w in _WORD.findall(tok)) and not any(c.isdigit() for c in tok):
            return tok
        return _LETTERS.sub(lambda w: w.group() if w.group().lower() in plain else _invented(w.group(), copy), tok)

    def shift(m: re.Match) -> str:
        d = m.group()
        return d if d == "100" else d[:-1] + str((int(d[-1]) + copy) % 10)

    return _DIGITS.sub(shift, _TOKEN.sub(rename, text))


def written_texts(min_words: int = 300_000, distinct: bool = True) -> list[tuple[str, str]]:
    """Our own hand-written AI-news texts (demo-site articles, the NLP evaluation passages and the
    summary set) until ``min_words``: a real vocabulary, unlike the generated articles, whose few
    hundred distinct words let the tokenizer answer almost everything from its cache.

    The first pass over the texts gives them as written; each later pass gives :func:`variant` copies
    (pass k: copy k), so no two texts are the same. ``distinct=False`` repeats them verbatim (the
    corpus before round 15, whose repeats the tokenizer's cache served)."""
    base = _written_base()
    plain = _plain_words(base) if distinct else frozenset()
    out, words, i = [], 0, 0
    while words < min_words:
        title, text = base[i % len(base)]
        copy = i // len(base)
        if distinct and copy:
            title, text = variant(title, copy, plain), variant(text, copy, plain)
        out.append((title, text))
        words += len(text.split())
        i += 1
    return out


def _tokenize(texts) -> tuple[float, int, float]:
    """Seconds for one pass of a fresh (cold-cache, like annotate's) bare tokenizer, the token count, and
    the pass's CPU seconds."""
    import spacy

    tok = spacy.blank("en").tokenizer
    t0, c0 = time.perf_counter(), time.process_time()
    n = sum(len(doc) for doc in tok.pipe(t for _, t in texts))
    return time.perf_counter() - t0, n, time.process_time() - c0


def run(articles: int = 400, corpus: str = "generated", repeats: int = 3, nlp_options: dict | None = None) -> dict:
    from pipeline.annotate.run import annotate
    from pipeline.store.db import open_db

    texts = (make_texts(articles) if corpus == "generated"
             else written_texts(articles * 750, distinct=corpus != "written-repeats"))
    articles = len(texts)
    words = sum(len(t.split()) for _, t in texts)
    timings: dict[str, float] = {}
    cpu: dict[str, tuple[float, float]] = {}  # (this process, its worker processes once they exit), seconds
    with tempfile.TemporaryDirectory(prefix="mw-bench-nlp-") as tmp:
        # warm-up: load the pipeline once (as annotate does) so both sides pay no import cost
        import nlp as modelwire_nlp
        modelwire_nlp.load(dict(nlp_options or {}))
        bare_runs = [_tokenize(texts)]
        # default workers (one process per core, at most two), then one process: the tokenizer runs on one
        runs = [(f"ours-{i}", None) for i in range(max(1, repeats))] + [("one_process", 1)]
        for label, workers in runs:
            if label == "one_process":
                bare_runs.append(_tokenize(texts))  # between: the machine may be shared
            store = open_db(Path(tmp) / f"nlp-{label}.db")
            # Straight into the table, not through store_article: its duplicate detection would keep
            # one copy of each repeated written text, and annotate would see fewer words than counted.
            with store.conn:
                store.conn.executemany(
                    """INSERT INTO articles (url, source, title, text, word_count, published, content_hash, simhash,
                           first_seen, last_seen) VALUES (?, 'bench', ?, ?, ?, '2025-11-03T08:00:00Z', ?, '0',
                           '2025-11-03T08:00:00Z', '2025-11-03T08:00:00Z')""",
                    [(f"https://bench.example/nlp/{i}", title, text, len(text.split()), f"bench-{i}")
                     for i, (title, text) in enumerate(texts)])
            self0, kids0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            res = annotate(store, dict(nlp_options or {}), workers=workers)
            timings[label] = time.perf_counter() - t0
            self1, kids1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[label] = (self1.ru_utime + self1.ru_stime - self0.ru_utime - self0.ru_stime,
                          kids1.ru_utime + kids1.ru_stime - kids0.ru_utime - kids0.ru_stime)
            store.close()
    bare_runs.append(_tokenize(texts))  # before, between and after: the machine may be shared
    n_tokens = bare_runs[0][1]
    bare = min(t for t, _, _ in bare_runs)
    bare_cpu = min(c for _, _, c in bare_runs)
    ours_runs = [timings[label] for label, _ in runs[:-1]]  # the last run is one_process
    best = min((label for label, _ in runs[:-1]), key=timings.__getitem__)
    ours, one = timings[best], timings["one_process"]
    return {"corpus": corpus, "articles": articles, "distinct_texts": len(set(texts)), "words": words, "annotated": res.articles, "mentions": res.mentions,
            "claims": res.claims, "errors": res.errors, "tokens": n_tokens,
            "ours_seconds": ours, "bare_seconds": bare,
            "ours_words_per_s": words / ours, "bare_words_per_s": words / bare,
            "ratio": (words / ours) / (words / bare),
            "one_process_seconds": one, "one_process_words_per_s": words / one,
            "one_process_ratio": (words / one) / (words / bare),
            "cpu_main_s": cpu[best][0], "cpu_workers_s": cpu[best][1],
            # CPU per word of both sides (annotate: its process and its workers), which a loaded machine
            # disturbs far less than the wall-time ratio above; it gives annotate no credit for its workers
            "bare_cpu_seconds": bare_cpu, "cpu_ratio": bare_cpu / (cpu[best][0] + cpu[best][1]),
            "ours_runs_seconds": ours_runs, "bare_runs_seconds": [t for t, _, _ in bare_runs]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--corpus", choices=("generated", "written", "written-repeats"), default="generated",
                    help="written: hand-written texts, each further copy a variant with invented names and shifted "
                         "numbers (all distinct); written-repeats: the same texts repeated verbatim (before round 15)")
    ap.add_argument("--claim-linker", action="store_true", help="with [nlp] claim_linker = true (opt-in)")
    tagger = ap.add_mutually_exclusive_group()
    tagger.add_argument("--name-tagger", dest="name_tagger", action="store_true", default=True,
                        help="with [nlp] name_tagger = true (the default since round 23)")
    tagger.add_argument("--no-name-tagger", dest="name_tagger", action="store_false",
                        help="with [nlp] name_tagger = false (the rules alone)")
    ap.add_argument("--no-name-memory", action="store_true", help="with [nlp] name_memory = false (on by default, "
                    "as in the config)")
    args = ap.parse_args(argv)
    opts = {k: True for k, on in (("claim_linker", args.claim_linker), ("name_memory", not args.no_name_memory)) if on}
    if not args.name_tagger:  # on by default, as in the config
        opts["name_tagger"] = False
    print(json.dumps(run(args.articles, args.corpus, nlp_options=opts or None), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
