"""Is a raw page worth parsing? One Aho-Corasick pass over its bytes, before any HTML parsing.

In CC-NEWS a few pages in a hundred are AI news, and parsing a page costs ~100× more than this
scan, so a backfill's speed is this filter's selectivity. It must never drop a page the
relevance filter (``pipeline.crawl.relevance``) would keep: that filter needs at least one of its
words in the title or the text, so a page passes here when its raw bytes hold one of those words
(or a knowledge-base name, ``nlp.terms.kb_names``) at a word start, with a looser notion of word
and case than the filter's. What it cannot see: a word spelled only with HTML entities
(``A&#46;I&#46;``) or split by two spaces or a line break inside a multi-word term; a page in an
encoding that is not ASCII-compatible (UTF-16) is always passed.
"""
from __future__ import annotations

import ahocorasick

# Every ASCII byte that is not a letter or digit separates words; both the terms and the page go
# through the same table, so 'A.I.', 'GPT-5' and 'machine learning' each become space-separated
# words. Byte for byte, so a match's position is the same in the original bytes.
_SEP = bytes(b if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b >= 128) else 32 for b in range(256))
_LOWER_SEP = bytes(_SEP).lower()
_LETTERS = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _key(term: str, table: bytes) -> str | None:
    words = term.encode("utf-8").translate(table).split()
    if not words:
        return None
    return " " + " ".join(w.decode("latin-1") for w in words)


class Prefilter:
    """``passes(body)``: True when the raw page may be AI news.

    ``terms``: matched in any case; ``cased``: matched only as written (``AI``, ``GPT`` and the
    knowledge base's names, which are ordinary words in lower case: Gemini, Intel, DROP)."""

    def __init__(self, terms, cased=()):
        self.automaton = ahocorasick.Automaton()
        forms: dict[str, set[str] | None] = {}
        for term in terms:
            key = _key(term, _LOWER_SEP)
            if key:
                forms[key] = None  # any case
        for term in cased:
            key = _key(term, _LOWER_SEP)
            if key and forms.get(key, ()) is not None:
                forms.setdefault(key, set()).add(_key(term, _SEP))
        for key, cased_forms in forms.items():
            self.automaton.add_word(key, (len(key), cased_forms))
        self.automaton.make_automaton()
        self.empty = not forms

    def passes(self, body: bytes) -> bool:
        if self.empty:
            return False
        head = body[:1024]
        if head.count(0) > 8 or head.startswith((b"\xff\xfe", b"\xfe\xff")):
            return True  # UTF-16/32: the terms' bytes are not in it as written
        plain = body.translate(_SEP)
        # the leading space makes a match at the very start a word start too
        text = " " + plain.lower().decode("latin-1")
        size = len(text)
        for end, (length, cased_forms) in self.automaton.iter(text):
            after = end + 1
            if after < size and ord(text[after]) in _LETTERS:
                continue  # inside a longer word ('air' for 'ai'); digits may follow ('Qwen3')
            if cased_forms is not None:
                start = after - length  # in `text`; `plain` lacks the leading space
                written = " " + plain[start : start + length - 1].decode("latin-1")
                if written not in cased_forms:
                    continue
            return True
        return False
