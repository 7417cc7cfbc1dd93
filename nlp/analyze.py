"""``analyze(nlp, records)``: run the pipeline over ``{"id", "text"}`` records, yield plain dicts.

Output per record (the ``modelwire nlp`` format)::

    {"id": ..., "entities": [{"start", "end", "label", "text", "canonical", "known", "org", "family",
                              "sentence"}], "claims": [...], "summary": "..."}

A record whose ``text`` is missing or not a string yields ``{"id": ..., "error": "[E030] ..."}``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

from .errors import msg
from .numbers import TEXT_KEY, doc_text, sentence_starts


def doc_to_dict(doc, rid) -> dict:
    starts = sentence_starts(doc) if doc.has_annotation("SENT_START") else [0]
    from .entities import ent_rows  # here: `import nlp` stays free of spaCy

    ents = []
    text = doc_text(doc)
    for a, b, label, token, canonical, known, org, family in ent_rows(doc):
        ents.append({
            "start": a, "end": b, "label": label, "text": text[a:b],
            "canonical": canonical if canonical is not None else text[a:b],
            "known": bool(known), "org": org, "family": family,
            "sentence": max(0, bisect_right(starts, token) - 1),
        })
    claims = doc._.claims if doc.has_extension("claims") and doc._.claims else []
    summary = doc._.summary if doc.has_extension("summary") and doc._.summary else ""
    return {"id": rid, "entities": ents, "claims": list(claims), "summary": summary}


def analyze(nlp, records: Iterable[dict], batch_size: int = 64) -> Iterator[dict]:
    """Yield one dict per record, in input order; bad records yield an ``error`` line.

    A record is ``{"id", "text"}`` with an optional ``"title"`` (the headline helps the claims
    and summary components).
    """
    pending: list[tuple[object, str, str]] = []

    def flush():
        docs = []
        for _, text, title in pending:
            doc = nlp.make_doc(text)
            doc.user_data[TEXT_KEY] = text  # what doc.text would rebuild from every token
            if title:
                doc.user_data["title"] = title  # claims and summary use the headline
            docs.append(doc)
        # What nlp.pipe does, but one component over the whole batch before the next, instead of
        # each doc through every component in turn: each component's code and data stay warm
        # in the CPU caches: 8-15% less time for the same results (300k words, one process).
        for _, proc in nlp.pipeline:
            docs = list(proc.pipe(docs, batch_size=batch_size)) if hasattr(proc, "pipe") else [proc(doc) for doc in docs]
        for (rid, _, _), doc in zip(pending, docs):
            yield doc_to_dict(doc, rid)
        pending.clear()

    for rec in records:
        rid = rec.get("id") if isinstance(rec, dict) else None
        text = rec.get("text") if isinstance(rec, dict) else None
        if not isinstance(text, str):
            yield from flush()
            kind = "no record" if not isinstance(rec, dict) else ("missing" if "text" not in rec else type(text).__name__)
            yield {"id": rid, "error": msg("E030", kind=kind)}
            continue
        title = rec.get("title")
        pending.append((rid, text, title if isinstance(title, str) else ""))
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
