"""Texts longer than spaCy takes in one doc, cut into pieces the pipeline can read.

spaCy refuses a text over ``nlp.max_length`` characters (E088, one million by default): one
scraped book or log dump would otherwise stop a whole ``annotate`` run, every time. Such a text
is read in chunks of at most `CHUNK_CHARS`, each cut before a paragraph break, else a line break,
else after a sentence end, else before a space, in the chunk's last quarter, so few sentences are cut; the
caller shifts each chunk's offsets by its start. Texts within the limit are one chunk, as before.
"""
from __future__ import annotations

#: the size of a chunk of an over-long text: a tenth of spaCy's default limit keeps one doc's
#: memory small (about 100 MB) while a cut every 100,000 characters touches few sentences
CHUNK_CHARS = 100_000

# where a chunk may end, best first, and where in the match: the whitespace goes to the next chunk,
# whose first sentence it then joins (at a chunk's end it would be a sentence of its own)
_CUTS = (("\n\n", 0), ("\n", 0), (". ", 1), (" ", 0))


def chunk_spans(text: str, max_length: int, chunk_chars: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """[(start, end)] covering ``text``: the whole text when it fits in ``max_length``, else
    chunks of at most ``min(chunk_chars, max_length)`` characters. Linear in the text's length."""
    if len(text) <= max_length:
        return [(0, len(text))]
    size = max(1, min(chunk_chars, max_length))
    spans: list[tuple[int, int]] = []
    a = 0
    while len(text) - a > size:
        hi = a + size
        lo = hi - size // 4
        cut = -1
        for sep, keep in _CUTS:
            at = text.rfind(sep, lo, hi)
            if at >= 0:
                cut = at + keep
                break
        if cut <= a:
            cut = hi  # no break anywhere in a quarter chunk: a hard cut
        spans.append((a, cut))
        a = cut
    spans.append((a, len(text)))
    return spans
