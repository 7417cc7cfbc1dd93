"""Names remembered across a stream of documents: a new name found with strong evidence in one article
is known in the next ones.

A news monitor reads a stream. An article introduces a new model, lab or benchmark once, with a cue
("released Tarrow-3", "a benchmark called GlassMaze"); later articles name it without one. Within one
document :mod:`nlp.doc_names` already spreads such a name to its other mentions; this module carries the
names found with **strong evidence** to later documents, through the same machinery: a remembered name is
matched as if the document had named it itself (case, spaces and hyphens aside, a heading in capitals, a
lower-case id, a tier right after it; the family word of a versioned model and a benchmark without its
variant or year, unless the document uses that word as an ordinary word), never over what the knowledge
base or the document's own cues found.

What is remembered (measured on the entity sets, see bench/RESULTS.md "Name memory"): the unknown MODEL,
BENCHMARK and ORG guesses of the form and cue rules (not the grammar's new versions of known families: the
grammar finds those anyway; not names found through the memory itself, so a name never vouches for
itself) whose shape is strong: a model name with a digit, a benchmark shaped like one (``*Bench``,
``-Eval``, ``*QA``), a lab of two or more words, or any such guess named twice or more in its document.
A name must be strong in ``min_docs`` documents before it is remembered. Names the knowledge base knows,
including the user's rejected ones (``kb reject`` writes stop entries), are never remembered.

Mentions found through the memory stay unknown (``known`` false): they still count as new names for
``kb candidates`` and the digest. Each entity's ``evidence`` in :func:`nlp.analyze`'s output says how it
was found: ``"strong"`` (it can teach the memory), ``"memory"`` (the memory found it), or nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .canonical import HYPHENS
from .doc_names import _head, _plain_word, _squash
from .unknown import BENCH_SHAPE

EVIDENCE_KEY = "modelwire.evidence"  # doc.user_data[EVIDENCE_KEY] = {(start, end): "strong" | "memory"}
STRONG, MEMORY = "strong", "memory"
LEARNING_SOURCES = frozenset({"unknown", "form", "orgform"})  # the cue and form rules (not "grammar", "doc", "memory")
LABELS = ("MODEL", "BENCHMARK", "ORG")
SHORT_FORMS = True  # also recall a remembered name's family word / base name (measured: bench/RESULTS.md)
MIN_DOCS = 1  # documents a name must be strong in before it is remembered (measured: bench/RESULTS.md)
FIRST_PIECE = re.compile(r"[^\W\d_]+|\d+")
_H = re.escape(HYPHENS)


def strong_shape(label: str, canonical: str) -> bool:
    """A name whose form alone makes a guess nearly always right (measured: see the module doc)."""
    if label == "MODEL":
        return any(ch.isdigit() for ch in canonical)
    if label == "BENCHMARK":
        return BENCH_SHAPE.fullmatch(canonical) is not None
    return len(canonical.split()) >= 2


def evidence(cands) -> dict[tuple[int, int], str]:
    """{(start, end): "strong" | "memory"} for a document's unknown names (``cands``: the finder's
    candidates, with ``start``, ``end``, ``label``, ``canonical``, ``known``, ``source``)."""
    out: dict[tuple[int, int], str] = {}
    counts = Counter((c.label, c.canonical) for c in cands
                     if not c.known and c.label in LABELS and c.source in LEARNING_SOURCES | {"doc"})
    for c in cands:
        if c.known or c.label not in LABELS or not c.canonical:
            continue
        if c.source == MEMORY:
            out[(c.start, c.end)] = MEMORY
        elif c.source in LEARNING_SOURCES and (strong_shape(c.label, c.canonical) or counts[(c.label, c.canonical)] >= 2):
            out[(c.start, c.end)] = STRONG
        elif c.source == "tier" and c.label == "MODEL" and c.end - c.start >= len(c.canonical) - 1:
            out[(c.start, c.end)] = STRONG  # a family's tier read by nlp.name_tiers / nlp.tier_binding, written in
            # full ("Mullion 3 Keystone", not the bare "Keystone" it stands for): later documents may name it bare
    return out


@dataclass(frozen=True)
class Name:
    label: str
    canonical: str
    surface: str  # how articles write it (for the case checks of doc_names)
    org: str | None = None


@dataclass
class NameMemory:
    """The remembered names, indexed by their first lower-cased piece (a document is looked up by its
    pieces: no scan over the memory per document)."""

    names: dict[tuple[str, str], Name] = field(default_factory=dict)
    _index: dict[str, list[tuple[str, tuple[str, str, str], bool]]] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.names)

    def add(self, name: Name) -> bool:
        """Remember ``name`` (its family word or base name too); False if it was already known here."""
        k = (name.label, name.canonical)
        if k in self.names or not name.canonical or name.label not in LABELS:
            return False
        self.names[k] = name
        self._put(name.surface, (name.label, name.canonical, name.surface), False)
        short = _head(name.canonical, name.label) if SHORT_FORMS else None
        if short is not None and len(_squash(short[0])) >= 4:
            self._put(short[0], (name.label, short[1], short[0]), True)
        return True

    def _put(self, surface: str, entry: tuple[str, str, str], short: bool) -> None:
        m = FIRST_PIECE.search(surface)
        if m is not None:
            self._index.setdefault(m.group().lower(), []).append((_squash(surface), entry, short))

    def present(self, text: str, pieces: set[str], listed=lambda word: False) -> dict[str, tuple[str, str, str]]:
        """squashed key -> (label, canonical, surface) of the remembered names that may occur in a text
        whose lower-cased pieces are ``pieces``: what :func:`nlp.doc_names.spread` looks for. None the
        knowledge base knows (``listed``); a short form (a family word) not where the text also writes it
        as an ordinary lower-case word; a key two names share is left alone."""
        out: dict[str, tuple[str, str, str]] = {}
        clash: set[str] = set()
        for p in pieces & self._index.keys():
            for k, entry, short in self._index[p]:
                if listed(entry[2]):
                    continue
                if short and (entry[2] not in text or entry[2].upper() in text or (_plain_word(entry[2]) or entry[2].isalpha())
                              and re.search(rf"(?<![\w/`.{_H}]){re.escape(entry[2].lower())}(?![\w/`])", text)):
                    continue  # a family word only as written ("GEMMA:" is a speaker), never where it is a plain word
                if k in out and out[k] != entry:
                    clash.add(k)
                out.setdefault(k, entry)
        for k in clash:
            del out[k]
        return out


class Learner:
    """Counts in how many documents each name was strong; a name strong in ``min_docs`` documents is
    remembered. Feed it analysis results (:func:`nlp.analyze`'s dicts) in stream order."""

    def __init__(self, min_docs: int = 1, memory: NameMemory | None = None) -> None:
        self.min_docs = max(1, int(min_docs))
        self.memory = memory if memory is not None else NameMemory()
        self.docs: Counter = Counter()
        self.surfaces: dict[tuple[str, str], Counter] = {}
        self.orgs: dict[tuple[str, str], str] = {}

    def observe(self, result: dict) -> list[Name]:
        """Learn from one document's result; the names it made remembered."""
        seen: set[tuple[str, str]] = set()
        for e in result.get("entities", ()):
            if e.get("evidence") != STRONG or e.get("known"):
                continue
            k = (e["label"], e["canonical"])
            self.surfaces.setdefault(k, Counter())[e["text"]] += 1
            if e.get("org") and k not in self.orgs:
                self.orgs[k] = e["org"]
            if k not in seen:
                seen.add(k)
                self.docs[k] += 1
        return self.count(seen)

    def count(self, keys: Iterable[tuple[str, str]]) -> list[Name]:
        added = []
        for k in sorted(keys):
            if self.docs[k] >= self.min_docs and k not in self.memory.names:
                name = Name(k[0], k[1], _surface(k[1], self.surfaces.get(k)), self.orgs.get(k))
                if self.memory.add(name):
                    added.append(name)
        return added

    def load(self, rows: Iterable[dict]) -> None:
        """Counts stored earlier: {label, canonical, docs, surface, org} (``annotate`` reads them from the store)."""
        keys = []
        for r in rows:
            k = (r["label"], r["canonical"])
            self.docs[k] += int(r["docs"])
            if r.get("surface"):
                self.surfaces.setdefault(k, Counter())[r["surface"]] += int(r["docs"])
            if r.get("org"):
                self.orgs.setdefault(k, r["org"])
            keys.append(k)
        self.count(keys)

    def snapshot(self) -> list[dict]:
        """The memory as plain rows (to send to worker processes): see :func:`from_rows`."""
        return [{"label": n.label, "canonical": n.canonical, "surface": n.surface, "org": n.org}
                for n in self.memory.names.values()]


def _surface(canonical: str, written: Counter | None) -> str:
    """The spelling to match case against: the canonical when articles wrote it so, else the commonest
    written form that is not all capitals (the first in sorted order on a tie)."""
    if not written or canonical in written:
        return canonical
    forms = sorted(written, key=lambda w: (w.isupper(), -written[w], w))
    return forms[0]


def from_rows(rows: Iterable[dict]) -> NameMemory:
    memory = NameMemory()
    for r in rows:
        memory.add(Name(r["label"], r["canonical"], r.get("surface") or r["canonical"], r.get("org")))
    return memory


def set_memory(language, memory: NameMemory | None) -> None:
    """Make the pipeline ``language`` (from :func:`nlp.load`) find ``memory``'s names from now on."""
    language.get_pipe("modelwire_entities").set_memory(memory)


def stream_docs(language, texts: Iterable[str], min_docs: int = 1):
    """Each text's doc, the texts read in order, each with the memory of the texts before it only
    (``python -m nlp.evaluate --stream``). The pipeline's own memory is put back at the end."""
    learner = Learner(min_docs)
    comp = language.get_pipe("modelwire_entities")
    before = comp.finder.memory
    try:
        for text in texts:
            comp.set_memory(learner.memory)
            doc = language(text)
            learner.observe(_result(doc))  # after the doc is read: it never sees its own names
            yield doc
    finally:
        comp.set_memory(before)


def _result(doc) -> dict:
    """What :meth:`Learner.observe` reads of a doc, as :func:`nlp.analyze` would give it."""
    how = doc.user_data.get(EVIDENCE_KEY) or {}
    return {"entities": [{"label": e.label_, "canonical": e._.canonical or e.text, "text": e.text, "known": e._.known,
                          "org": e._.org, "evidence": how.get((e.start_char, e.end_char))} for e in doc.ents]}
