"""The map from offsets of a rewritten copy of a text back to offsets of the text itself.

Both the HTML cleaning (:mod:`nlp.markup`) and the format decoders (:mod:`nlp.formats`) read a copy and must report
spans that index the caller's text; they share this one map.
"""
from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    """Maps offsets in the cleaned text back to the input text.

    ``pieces`` holds (clean_start, input_start, clean_len, input_len, copied) for every non-empty
    piece of the cleaned text: copied text maps character for character, a replacement (a decoded
    reference, a tag's line break) maps to the whole markup it stands for."""

    def __init__(self, pieces: list[tuple[int, int, int, int, bool]]):
        self.pieces = pieces
        self.starts = [p[0] for p in pieces]

    def _piece(self, x: int):
        return self.pieces[max(0, bisect_right(self.starts, x) - 1)]

    def start(self, x: int) -> int:
        ca, ia, cl, il, copied = self._piece(x)
        return ia + (x - ca) if copied else ia

    def end(self, x: int) -> int:
        if x <= 0:
            return self.start(x)
        ca, ia, cl, il, copied = self._piece(x - 1)
        return ia + (x - ca) if copied else ia + il
