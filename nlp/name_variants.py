"""A tier word alone for a model remembered from earlier articles.

A podcast transcript says "So the big story this week is still Corvid ... mostly Flash ... And Pro?": the
document names the family only, and its tiers stand for the models an earlier article named in full
(``Corvid 3 Flash``, ``Corvid 3 Pro``). :func:`nlp.doc_names.tiers_alone` resolves a tier alone to a model
the document names whose name ends with it; this module lends it the remembered models (the stream's
:class:`nlp.name_memory.NameMemory`) of the families the document names, for the tiers no model of the
document ends with, and only where exactly one remembered model of those families ends with that tier
(the entity guidelines annotate a clipped reference that "clearly denotes one model in context").
"""

from __future__ import annotations

import re
from itertools import islice

from .canonical import HYPHENS
from .doc_names import BARE_TIERS, _endings

HEAD = re.compile(rf"[^\s{re.escape(HYPHENS)}]+")


def _head(canonical: str) -> str:
    m = HEAD.match(canonical)
    return m.group().lower() if m else ""


def remembered_models(models: list[tuple[int, str]], memory) -> list[tuple[int, str]]:
    """(-1, canonical) of the remembered models to offer :func:`nlp.doc_names.tiers_alone` beside the
    document's ``models`` ((start, canonical)); ``memory``: the stream's name memory, or None. The start -1
    puts them before every mention, each counted once."""
    if not memory or not models:
        return []
    heads = {_head(c) for _, c in models}
    owned = {t for _, c in models for t in _endings(c)}
    by_head = _models_by_head(memory)
    by_tier: dict[str, list[str]] = {}
    for h in heads:
        for canon in by_head.get(h, ()):
            for t in _endings(canon) & BARE_TIERS - owned:
                by_tier.setdefault(t, []).append(canon)
    return [(-1, names[0]) for t, names in sorted(by_tier.items()) if len(names) == 1]


def _models_by_head(memory) -> dict[str, list[str]]:
    """{family word: canonicals} of the memory's models, indexed as they arrive (the memory only grows): a
    document looks up the families it names, with no scan of the memory."""
    done, index = getattr(memory, "models_by_head", None) or (0, {})
    if done > len(memory.names):
        done, index = 0, {}
    if done < len(memory.names):
        for label, canon in islice(memory.names, done, None):
            if label == "MODEL":
                index.setdefault(_head(canon), []).append(canon)
        memory.models_by_head = (len(memory.names), index)
    return index
