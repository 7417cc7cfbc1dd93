"""Texts read again in one ``annotate`` run: the result of a text already read, not a second reading.

A stream does repeat itself: syndicated copies of one wire story, an article under two URLs, a
page stored again after an edit of its headline only. ``nlp.analyze`` is a pure function of the
record's text, its title and the name memory it is given (:mod:`nlp.name_memory`): the pipeline
keeps no other state from one document to the next. So within one process, while the memory it
is given stays the same, a record whose (text, title) was already read gets that reading's result
(with its own id). When the memory changes (it only grows, batch by batch) the results kept are
dropped: a name remembered since could be found in the text now. Results are kept pickled (a
copy nobody can change) and at most ``LIMIT`` of them.
"""
from __future__ import annotations

import pickle
from collections.abc import Callable

LIMIT = 4096  # results kept per process (oldest dropped first)


class RepeatedTexts:
    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self.memory_key: object = None
        self.kept: dict[tuple[str, str], bytes] = {}
        self.hits = 0

    def analyze(self, records: list[dict], memory_key: object,
                read: Callable[[list[dict]], list[dict]]) -> list[dict]:
        """``read(records)``'s results, in order, where ``read`` runs only on the records whose
        (text, title) was not read before under the memory ``memory_key`` (nor earlier in this batch)."""
        if memory_key != self.memory_key:
            self.kept.clear()
            self.memory_key = memory_key
        out: list[dict | None] = [None] * len(records)
        first: dict[tuple[str, str], int] = {}   # key -> index in todo of its first reading in this batch
        todo: list[int] = []
        later: list[tuple[int, int]] = []        # (record index, todo index) of a repeat inside the batch
        keys: list[tuple[str, str] | None] = []
        for i, rec in enumerate(records):
            key = _key(rec)
            keys.append(key)
            if key is not None:
                blob = self.kept.get(key)
                if blob is not None:
                    out[i] = _with_id(pickle.loads(blob), rec)
                    self.hits += 1
                    continue
                if key in first:
                    later.append((i, first[key]))
                    self.hits += 1
                    continue
                first[key] = len(todo)
            todo.append(i)
        fresh = read([records[i] for i in todo]) if todo else []
        blobs: dict[int, bytes] = {}
        for t, (i, res) in enumerate(zip(todo, fresh)):
            out[i] = res
            key = keys[i]
            if key is not None and "error" not in res:
                blobs[t] = blob = pickle.dumps(res, protocol=pickle.HIGHEST_PROTOCOL)
                if len(self.kept) >= self.limit:
                    self.kept.pop(next(iter(self.kept)))
                self.kept[key] = blob
        for i, t in later:
            blob = blobs.get(t)
            if blob is None:  # the first copy failed: read this one on its own, as before
                out[i] = read([records[i]])[0]
            else:
                out[i] = _with_id(pickle.loads(blob), records[i])
        return out  # type: ignore[return-value]


def _key(rec) -> tuple[str, str] | None:
    """(text, title) as ``nlp.analyze`` reads them; None for a record it would refuse."""
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        return None
    title = rec.get("title")
    return rec["text"], title if isinstance(title, str) else ""


def _with_id(res: dict, rec: dict) -> dict:
    res["id"] = rec.get("id")
    return res
