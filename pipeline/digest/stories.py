"""Grouping a week's articles into stories: the same event covered by several outlets.

Pure functions over plain records, no SQL. Two articles belong to one story when

* their texts are near duplicates: SimHash (``articles.simhash``) at most
  ``NEAR_DISTANCE`` bits apart (syndicated or lightly rewritten copies), or
* their titles are similar (word-set Jaccard of at least ``TITLE_SIMILARITY``), or
* they are about the same model: in its title or a subject of it (lead, repeated:
  ``pipeline.store.novelty``) in both, so two headlines worded apart ("Mistral 3: Mistral Large
  returns" / "Mistral unveils Mistral Large 3") still join (``model_keys``: the caller may narrow
  a roundup's models to one developer's, so it cannot chain two launches), or
* their titles name two of the same companies / benchmarks, or
* their leads (what happened, in one or two sentences) say much the same: cosine of their word
  sets weighted by rarity among the period's leads at least ``LEAD_SIMILARITY``,

and, for the last three rules, they were published within ``window`` seconds of each other.
Stories are the connected components of those links (union-find), so the cost follows
the number of candidate pairs found through small inverted indexes, not n².
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from pipeline.store.dedup import from_hex, hamming
from pipeline.store.novelty import in_title
from spiders.dates import parse_iso

NEAR_DISTANCE = 7          # bits; 8 bands of 8 bits guarantee every such pair shares a band
TITLE_SIMILARITY = 0.5     # Jaccard of title word sets
MAX_TOKEN_BUCKET = 60      # title words shared by more titles than this are too common to compare on
LEAD_SIMILARITY = 0.3      # cosine of idf-weighted lead word sets; same-event leads score 0.3-0.5
LEAD_MIN_SHARED = 3        # words two leads must share before their cosine counts
LEAD_RARE = 12             # a word in at most this many leads is rare enough to propose a pair
SIMHASH_MIN_WORDS = 60     # below this SimHash says little (see pipeline.store.db.NEAR_DUP_MIN_WORDS)

_WORD = re.compile(r"\w+(?:[.-]\w+)*", re.UNICODE)
STOPWORDS = frozenset(
    """a an and are as at be by for from has have how in into is it its new of on or says say
    than that the their this to up was what when why will with you your after over about now more
    ai""".split()
)


@dataclass
class StoryArticle:
    """What grouping needs to know about one article."""

    id: int
    date: str                                   # coalesce(published, first_seen), UTC ISO 8601
    title: str = ""
    simhash: str = ""                           # hex
    word_count: int = 0
    title_entities: dict[int, str] = field(default_factory=dict)   # entity id -> label
    subject_models: set[int] = field(default_factory=set)          # MODEL ids the article is about
    model_keys: set[int] | None = None   # the models it may join stories by; None: title models + subjects
    lead: str = ""                                                 # what happened, one or two sentences


def title_words(title: str) -> frozenset[str]:
    text = unicodedata.normalize("NFKC", title or "").casefold()
    return frozenset(w for w in _WORD.findall(text) if w not in STOPWORDS and len(w) > 1)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _seconds(date: str) -> float:
    dt = parse_iso(date)
    return dt.timestamp() if dt else 0.0


class _UnionFind:
    def __init__(self, ids):
        self.parent = {i: i for i in ids}

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller id stays the root: deterministic groups
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def _bands8(value: int) -> list[tuple[int, int]]:
    return [(i, (value >> (8 * i)) & 0xFF) for i in range(8)]


def group_stories(articles: list[StoryArticle], *, window: float = 3 * 86400,
                  near_distance: int = NEAR_DISTANCE, title_similarity: float = TITLE_SIMILARITY) -> list[list[int]]:
    """Article ids grouped into stories; each group sorted by date then id, groups by first id."""
    by_id = {a.id: a for a in articles}
    when = {a.id: _seconds(a.date) for a in articles}
    uf = _UnionFind(by_id)

    # 1. near-duplicate texts: candidates share one of eight 8-bit SimHash bands
    buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
    hashes: dict[int, int] = {}
    for a in articles:
        if a.simhash and a.word_count >= SIMHASH_MIN_WORDS:
            try:
                h = from_hex(a.simhash)
            except ValueError:
                continue
            if h == 0:
                continue
            hashes[a.id] = h
            for band in _bands8(h):
                buckets[band].append(a.id)
    for ids in buckets.values():
        for x, y in combinations(ids, 2):
            if uf.find(x) != uf.find(y) and hamming(hashes[x], hashes[y]) <= near_distance:
                uf.union(x, y)

    # 2. similar titles, within the window: candidates share an uncommon title word
    words = {a.id: title_words(a.title) for a in articles}
    index: dict[str, list[int]] = defaultdict(list)
    for aid, ws in words.items():
        for w in ws:
            index[w].append(aid)
    seen: set[tuple[int, int]] = set()
    for ids in index.values():
        if len(ids) > MAX_TOKEN_BUCKET:
            continue
        for x, y in combinations(ids, 2):
            if (x, y) in seen:
                continue
            seen.add((x, y))
            if abs(when[x] - when[y]) <= window and jaccard(words[x], words[y]) >= title_similarity:
                uf.union(x, y)

    # 3. about the same model (title or subject), or two of the same other entities in the titles,
    # within the window. Connectivity only needs neighbours in date order: a sort per entity, not n².
    by_model: dict[int, list[int]] = defaultdict(list)
    by_entity: dict[int, list[int]] = defaultdict(list)
    for a in articles:
        for eid in a.title_entities:
            by_entity[eid].append(a.id)
        keys = a.model_keys if a.model_keys is not None else \
            {e for e, lab in a.title_entities.items() if lab == "MODEL"} | a.subject_models
        for eid in keys:
            by_model[eid].append(a.id)
    for eid, ids in by_model.items():
        ids.sort(key=lambda i: (when[i], i))
        for x, y in zip(ids, ids[1:]):
            if when[y] - when[x] <= window:
                uf.union(x, y)
    pairs: dict[tuple[int, int], int] = defaultdict(int)
    for eid, ids in by_entity.items():
        if by_id[ids[0]].title_entities[eid] == "MODEL" or len(ids) > MAX_TOKEN_BUCKET:
            continue
        for x, y in combinations(sorted(ids), 2):
            pairs[(x, y)] += 1
    for (x, y), shared in pairs.items():
        if shared >= 2 and abs(when[x] - when[y]) <= window:
            uf.union(x, y)

    # 4. leads that say much the same, within the window
    _join_similar_leads(articles, when, uf, window)

    groups: dict[int, list[int]] = defaultdict(list)
    for a in articles:
        groups[uf.find(a.id)].append(a.id)
    out = [sorted(ids, key=lambda i: (by_id[i].date, i)) for ids in groups.values()]
    out.sort(key=lambda ids: min(ids))
    return out


def _join_similar_leads(articles: list[StoryArticle], when: dict[int, float], uf: _UnionFind, window: float) -> None:
    """Union articles whose leads share ``LEAD_MIN_SHARED`` words and reach ``LEAD_SIMILARITY``. Only
    pairs that share a rare word (in at most ``LEAD_RARE`` leads) are compared: the same event
    has its own names and numbers, and the candidates stay few in a busy week."""
    leads = {a.id: title_words(a.lead) for a in articles if a.lead}
    df: dict[str, int] = defaultdict(int)
    for ws in leads.values():
        for w in ws:
            df[w] += 1
    n = len(leads)
    idf = {w: math.log(1 + n / c) for w, c in df.items()}
    norm = {i: math.sqrt(sum(idf[w] ** 2 for w in ws)) for i, ws in leads.items()}
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in leads.items():
        for w in ws:
            if 1 < df[w] <= LEAD_RARE:
                index[w].append(i)
    candidates = {(x, y) for ids in index.values() for x, y in combinations(sorted(ids), 2)
                  if abs(when[x] - when[y]) <= window}
    for x, y in candidates:
        shared = leads[x] & leads[y]
        if len(shared) >= LEAD_MIN_SHARED and \
                sum(idf[w] ** 2 for w in shared) / (norm[x] * norm[y]) >= LEAD_SIMILARITY:
            uf.union(x, y)


def entities_in_title(title: str, surface_forms: dict[int, set[str]]) -> set[int]:
    """Entity ids whose surface forms (mention text or canonical name) occur in the title as words."""
    return {eid for eid, forms in surface_forms.items() if in_title(title, forms)}
