"""What an article is about, and which models are really new: shared by the digest and the alerts.

*Subjects, not mentions.* An article is about the names in its title, in its lead and the ones it
keeps repeating; a name cited once in passing ("ahead of Gemini 3 Pro") is a mention, not a
subject. :func:`subject_weight` scores one (article, entity) pair and :func:`article_subjects`
keeps, per article and label, the names whose weight is high on its own and close to the
article's top name.

*New means new.* :func:`new_models` is the one definition of a new model (see its docstring).
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Iterable

from nlp.releases import release_span
from pipeline.store import digests as digest_store
from pipeline.store.queries import ARTICLE_DATE as _DATE
from spiders.dates import parse_iso

TITLE_WEIGHT = 3.0        # named in the headline
LEAD_WEIGHT = 1.0         # named in the first LEAD_SENTENCES sentences (or LEAD_CHARS when unknown)
REPEAT_WEIGHT = 0.5       # each mention after the first ...
REPEAT_CAP = 2.0          # ... up to this much
LEAD_SENTENCES = 2
LEAD_CHARS = 300
SUBJECT_MIN = 2.0         # a subject weighs at least this (title alone, or lead + 3 mentions, or 5 mentions)
SUBJECT_SHARE = 0.5       # ... and at least this share of the article's top name of the same label
MIN_HISTORY_DAYS = 28     # days of articles before a week needed to call a model "first reported" in it
LOOKBACK_ARTICLES = 200   # earlier articles naming a model read at most: that many passing mentions = known

_WORD = re.compile(r"\w+(?:[.-]\w+)*", re.UNICODE)


@lru_cache(maxsize=65536)
def _words(text: str) -> str:
    """Case-folded words joined by single spaces (cached: the same names recur in every article)."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text or "").casefold()))


def in_title(title: str, forms: Iterable[str]) -> bool:
    """Whether one of ``forms`` (surface forms or the canonical name) occurs in ``title`` as whole words."""
    folded = f" {_words(title)} "
    return any(f and f" {f} " in folded for f in map(_words, forms))


def subject_weight(in_headline: bool, in_lead: bool, mentions: int) -> float:
    """How much an article is about one name: headline, lead and repetition (see the constants)."""
    return (TITLE_WEIGHT * in_headline + LEAD_WEIGHT * in_lead
            + min(REPEAT_CAP, REPEAT_WEIGHT * max(0, mentions - 1)))


@dataclass
class Subjects:
    """Per article: entity id -> subject weight (every mentioned name) and the ids that are subjects."""

    weight: dict[int, dict[int, float]] = field(default_factory=dict)
    subjects: dict[int, set[int]] = field(default_factory=dict)

    def of(self, article_id: int) -> set[int]:
        return self.subjects.get(article_id, set())

    def is_subject(self, article_id: int, entity_id: int) -> bool:
        return entity_id in self.subjects.get(article_id, ())


def article_subjects(mentions: list[dict[str, Any]], titles: dict[int, str], entities: dict[int, dict[str, Any]]
                     ) -> Subjects:
    """Subjects of the articles in ``mentions`` (rows of ``digests.period_mentions``: article_id,
    entity_id, n, forms, first_sentence, first_start); ``titles``: article id -> title;
    ``entities``: id -> row with ``label`` and ``canonical``."""
    out = Subjects()
    for m in mentions:
        e = entities.get(m["entity_id"])
        if e is None:
            continue
        forms = [f for f in (m.get("forms") or "").split(",") if f] + [e["canonical"]]
        sent, start = m.get("first_sentence"), m.get("first_start")
        lead = (sent < LEAD_SENTENCES) if sent is not None else (start is not None and start < LEAD_CHARS)
        w = subject_weight(in_title(titles.get(m["article_id"], ""), forms), lead, m["n"])
        out.weight.setdefault(m["article_id"], {})[m["entity_id"]] = w
    for aid, ws in out.weight.items():
        top: dict[str, float] = defaultdict(float)
        for eid, w in ws.items():
            lab = entities[eid]["label"]
            top[lab] = max(top[lab], w)
        out.subjects[aid] = {eid for eid, w in ws.items()
                             if w >= SUBJECT_MIN and w >= SUBJECT_SHARE * top[entities[eid]["label"]]}
    return out


def clipped_aliases(mentions: list[dict[str, Any]], entities: dict[int, dict[str, Any]]) -> dict[int, int]:
    """Unknown model names that are the last words of a known model named in the same article
    ("Large 3" beside "Mistral Large 3"): unknown id -> known id, when exactly one known model fits."""
    by_article: dict[int, list[int]] = defaultdict(list)
    for m in mentions:
        by_article[m["article_id"]].append(m["entity_id"])
    fits: dict[int, set[int]] = defaultdict(set)
    for ids in by_article.values():
        known = [entities[i] for i in ids if i in entities and entities[i]["label"] == "MODEL" and entities[i]["known"]]
        for i in ids:
            e = entities.get(i)
            if e is None or e["label"] != "MODEL" or e["known"] or " " not in e["canonical"]:
                continue
            tail = " " + _words(e["canonical"])
            for k in known:
                if _words(k["canonical"]).endswith(tail):
                    fits[i].add(k["id"])
    return {i: next(iter(ks)) for i, ks in fits.items() if len(ks) == 1}


# -- reading ---------------------------------------------------------------------------------------

def _rows(conn, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cur = conn.execute(sql, list(params))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def tracking_since(conn) -> str | None:
    """The date of the oldest article: how far back the database can tell what was reported."""
    return conn.execute(f"SELECT min({_DATE}) FROM articles a").fetchone()[0]


def earlier_articles(conn, entity_id: int, before: str, limit: int, below: int | None = None) -> list[dict[str, Any]]:
    """Up to ``limit`` articles dated before ``before`` that mention ``entity_id``, newest id first
    (ids below ``below`` for the next page): a walk back the entity's index that stops early."""
    return _rows(conn, f"""
        SELECT a.id, a.title, a.url, coalesce(a.site_name, a.source) AS outlet, {_DATE} AS date
        FROM mentions m CROSS JOIN articles a ON a.id = m.article_id
        WHERE m.entity_id = ? AND m.article_id < ? AND {_DATE} < ?
        GROUP BY m.article_id ORDER BY m.article_id DESC LIMIT ?""",
        [entity_id, below if below is not None else 1 << 62, before, limit])


def article_mentions(conn, article_ids: list[int]) -> list[dict[str, Any]]:
    """(article, entity) rows of ``article_ids``, as ``digests.period_mentions`` gives them for a period."""
    rows: list[dict[str, Any]] = []
    ids = sorted(set(article_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows += _rows(conn, f"""
            SELECT m.article_id, m.entity_id, count(*) AS n, group_concat(DISTINCT m.text) AS forms,
                   min(m.sentence) AS first_sentence, min(m.start) AS first_start
            FROM mentions m WHERE m.article_id IN ({", ".join("?" for _ in chunk)})
            GROUP BY m.article_id, m.entity_id""", chunk)
    return rows


def earlier_subject(conn, entity_id: int, before: str, *, page: int = 50, cap: int = LOOKBACK_ARTICLES
                    ) -> tuple[dict[str, Any] | None, int]:
    """The newest article before ``before`` that is about ``entity_id`` (None if none) and how many
    earlier articles mention it that were read. Reads back ``page`` articles at a time and stops at
    the first subject or after ``cap`` articles, so its cost follows the entity's recent coverage,
    not the database."""
    seen = 0
    below = None
    while seen < cap:
        arts = earlier_articles(conn, entity_id, before, min(page, cap - seen), below)
        if not arts:
            break
        seen += len(arts)
        rows = article_mentions(conn, [a["id"] for a in arts])
        ents = digest_store.entities_by_id(conn, {r["entity_id"] for r in rows})
        subj = article_subjects(rows, {a["id"]: a["title"] or "" for a in arts}, ents)
        for a in arts:
            if subj.is_subject(a["id"], entity_id):
                return a, seen
        below = arts[-1]["id"]
        if len(arts) < page:
            break
    return None, seen


# -- new models ------------------------------------------------------------------------------------

@dataclass
class NewModel:
    """A model the week really brought, with why we say so."""

    entity_id: int
    name: str
    org: str | None
    known: bool                  # in the knowledge base
    reason: str                  # 'released' (the knowledge base dates it in the week) | 'first-reported'
    evidence: str                # one sentence a reader can check
    first_date: str              # date of the first article this week about it
    url: str | None
    outlet: str | None
    title: str | None
    articles: int                # articles this week that mention it
    subject_articles: int        # ... that are about it
    released: str | None = None  # the knowledge base's release date, if any


@dataclass
class Novelty:
    """The answer of :func:`new_models`."""

    models: list[NewModel]
    tracking_since: str | None          # oldest article in the database
    history_days: int                   # whole days of articles before the period
    first_week_of_tracking: bool        # too little history to call a model "first reported" now
    not_new: dict[str, str] = field(default_factory=dict)   # candidate -> why it is not new


def _day(value: str | None) -> date | None:
    dt = parse_iso(value) if value else None
    return dt.date() if dt else None


def new_models(conn, since: str, until: str, *, min_history_days: int = MIN_HISTORY_DAYS,
               mentions: list[dict[str, Any]] | None = None, articles: list[dict[str, Any]] | None = None,
               entities: dict[int, dict[str, Any]] | None = None, subjects: Subjects | None = None) -> Novelty:
    """The models released or first reported between ``since`` (inclusive) and ``until`` (exclusive).

    A model is new in the period when it is a *subject* of at least one of the period's articles
    (:func:`article_subjects`: a name cited in passing is not news) and

    1. the knowledge base (``nlp/data/releases.jsonl``) dates its release inside the period
       (reason ``released``); or, when it gives no date at all,
    2. no article before the period was about it, and the database holds at least
       ``min_history_days`` days of articles before the period (reason ``first-reported``).
       Earlier passing mentions do not count: a pre-release "the upcoming Large 3" is not its
       first report (but a name in ``LOOKBACK_ARTICLES`` earlier articles is known, whatever they say).

    A release date before the period rules a model out whatever the database says (an old model
    cited for the first time is not new); so does being a known family or versionless line name
    ("Claude", "Claude Opus") without a release date. With less history than ``min_history_days`` (a fresh
    database), rule 2 cannot be told from "first crawled", so only rule 1 applies and
    ``first_week_of_tracking`` is set: say so instead of calling everything new. Unknown names that
    are the clipped tail of a known model named beside them ("Large 3") are never new.

    ``mentions`` / ``articles`` / ``entities``: the period's ``digests.period_mentions`` and
    ``period_articles`` rows and ``entities_by_id`` of them, and ``subjects`` (:func:`article_subjects`
    of them), when the caller has them already.
    """
    conn = getattr(conn, "conn", conn)   # a Store or a sqlite3 connection
    if mentions is None:
        mentions = digest_store.period_mentions(conn, since, until)
    if articles is None:
        articles = digest_store.period_articles(conn, since, until)
    if entities is None:
        entities = digest_store.entities_by_id(conn, {m["entity_id"] for m in mentions})
    start_day, end_day = _day(since), _day(until)
    oldest = tracking_since(conn)
    history = max(0, (start_day - _day(oldest)).days) if oldest and start_day else 0
    fresh = history < min_history_days
    by_id = {a["id"]: a for a in articles}
    subj = subjects or article_subjects(mentions, {a["id"]: a["title"] or "" for a in articles}, entities)
    aliases = clipped_aliases(mentions, entities)

    count: dict[int, int] = defaultdict(int)
    about: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for m in mentions:
        count[m["entity_id"]] += 1
        if subj.is_subject(m["article_id"], m["entity_id"]):
            about[m["entity_id"]].append(by_id[m["article_id"]])
    candidates = [eid for eid in about if entities[eid]["label"] == "MODEL"]
    not_new: dict[str, str] = {}
    dated: dict[int, str] = {}
    undated: list[int] = []
    for eid in candidates:
        e = entities[eid]
        if eid in aliases:
            not_new[e["canonical"]] = f"a clipped form of {entities[aliases[eid]]['canonical']}"
            continue
        span = release_span(e["canonical"])
        if span is None and _line_name(e):
            not_new[e["canonical"]] = "a family or product line, not a release"
        elif span is None:
            undated.append(eid)
        elif start_day and span[1] < start_day:
            not_new[e["canonical"]] = f"released {_span_text(span)} (knowledge base)"
        elif start_day and end_day and span[0] >= start_day and span[1] < end_day:
            dated[eid] = f"released {_span_text(span)} (knowledge base)"
        else:
            undated.append(eid)   # a release after the period, or a month that straddles it

    earlier: dict[int, str] = {}
    if undated and not fresh:
        for eid in undated:
            if (entities[eid].get("first_seen") or "") >= since:
                continue              # no mention at all before the period: nothing to read back
            a, seen = earlier_subject(conn, eid, since)
            if a is not None:
                earlier[eid] = f"reported before: {a['outlet']}, {(a['date'] or '')[:10]}: {a['title']}"
            elif seen >= LOOKBACK_ARTICLES:
                earlier[eid] = f"named in {seen}+ earlier articles"

    out: list[NewModel] = []
    for eid in candidates:
        e = entities[eid]
        first = min(about[eid], key=lambda a: (a["date"] or "", a["id"]))
        if eid in dated:
            reason, evidence = "released", dated[eid]
        elif eid not in undated:
            continue
        elif fresh:
            not_new[e["canonical"]] = f"first week of tracking ({history} days of history)"
            continue
        elif eid in earlier:
            not_new[e["canonical"]] = earlier[eid]
            continue
        else:
            reason = "first-reported"
            evidence = (f"first reported by {first.get('site_name') or first['source']} on {(first['date'] or '')[:10]}; "
                        f"no article in the {history} days before was about it")
        span = release_span(e["canonical"])
        out.append(NewModel(eid, e["canonical"], e.get("org"), bool(e["known"]), reason, evidence, first["date"],
                            first["url"], first.get("site_name") or first.get("source"), first["title"],
                            count[eid], len(about[eid]), span[0].isoformat() if span and span[0] == span[1] else None))
    out.sort(key=lambda m: (-m.subject_articles, m.first_date, m.name.casefold()))
    return Novelty(out, oldest, history, fresh, not_new)


def new_model_rows(db, since: str, until: str) -> list[dict[str, Any]]:
    """:func:`new_models` as plain rows shaped like ``entities`` (id, canonical, known, org, family,
    first_seen: the first article about it in the period) plus reason and evidence, for callers that
    want rows (the alerts' new-model watches). Empty in a first week of tracking unless the
    knowledge base dates a release to the period."""
    conn = getattr(db, "conn", db)
    models = new_models(conn, since, until).models
    family = digest_store.entities_by_id(conn, [m.entity_id for m in models])
    return [{"id": m.entity_id, "canonical": m.name, "known": int(m.known), "org": m.org,
             "family": family.get(m.entity_id, {}).get("family"), "first_seen": m.first_date,
             "reason": m.reason, "evidence": m.evidence} for m in models]


def _line_name(e: dict[str, Any]) -> bool:
    """A known name that is a model family or a versionless line ("Claude", "Claude Opus")."""
    return bool(e["known"]) and (e.get("family") == e["canonical"] or not any(c.isdigit() for c in e["canonical"]))


def _span_text(span: tuple[date, date]) -> str:
    first, last = span
    return first.isoformat() if first == last else f"{first:%Y-%m}"

