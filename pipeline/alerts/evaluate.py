"""Stored news → events, one function per kind of watch, and the evaluation that records them.

An evaluation reads, per watch, the articles after its cursor up to the last annotated one, keeps
the news (not a source's first crawl: :func:`pipeline.store.alerts.news_articles`), finds the
events and records them with the new cursor in one transaction. Names are resolved as the NLP
resolves them: the knowledge base's aliases first (``Qwen`` is the family, ``Open AI`` is OpenAI),
then the stored names compared as name keys (case, spaces and hyphens do not count).
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from nlp.canonical import key as name_key

from pipeline.alerts.subject import subject_reason
from pipeline.store import alerts as alert_store
from pipeline.store.queries import fts_query

RULE_FIELDS = ("rule", "entity", "min_mentions", "new_models_from", "benchmark", "best", "min_score", "query")


class WatchError(Exception):
    """One watch cannot be evaluated as written (its cursor stays, the others go on)."""


@dataclass
class Evaluation:
    alerts: int = 0                       # alerts recorded by this evaluation
    articles: int = 0                     # news articles read (summed over watches)
    problems: list[str] = field(default_factory=list)


def definition(watch: dict[str, Any]) -> dict[str, Any]:
    """The part of a watch that decides what fires: a change makes it a new watch."""
    return {k: watch[k] for k in RULE_FIELDS}


# -- names ------------------------------------------------------------------------------------

@lru_cache(maxsize=4)
def _kb_names(kb_files: tuple[str, ...]) -> dict[tuple[str, str], str]:
    """(label, name key of every name and alias) -> canonical name, from the knowledge base."""
    from nlp.kb import load_kb

    out: dict[tuple[str, str], str] = {}
    for entry in load_kb(kb_files).entries:
        if entry.label == "STOP":
            continue
        for surface in entry.surfaces:
            out.setdefault((entry.label, name_key(surface)), entry.name)
    return out


def names_for(name: str, label: str | None, kb_files: tuple[str, ...] = ()) -> list[str]:
    """``name`` plus the canonical names the knowledge base gives it as an alias."""
    kb = _kb_names(kb_files)
    labels = (label,) if label else ("MODEL", "ORG", "BENCHMARK")
    return list(dict.fromkeys([name, *(kb[(lb, name_key(name))] for lb in labels if (lb, name_key(name)) in kb)]))


# -- rules --------------------------------------------------------------------------------------

def _article_event(kind: str, art: dict[str, Any], headline: str, evidence: str, **detail) -> dict[str, Any]:
    return {"event_key": f"article:{art['id']}", "kind": kind, "article_id": art["id"], "url": art["url"],
            "title": art["title"] or art["url"], "headline": headline, "evidence": evidence, "detail": detail}


def entity_events(db, watch: dict[str, Any], arts: list[dict[str, Any]], kb_files=()) -> list[dict[str, Any]]:
    """Articles about the entity (see pipeline/alerts/subject.py); a company's own models count as it."""
    names = names_for(watch["entity"], None, kb_files)
    ents = alert_store.entities_named(db, names)
    orgs = [e["canonical"] for e in ents if e["label"] == "ORG"]
    ids = sorted({e["id"] for e in ents} | {m["id"] for m in alert_store.models_of(db, orgs)})
    found = alert_store.entity_mentions(db, ids, [a["id"] for a in arts])
    events = []
    for art in arts:
        m = found.get(art["id"])
        if m is None:
            continue
        why = subject_reason(art["title"] or "", [watch["entity"], *m["surfaces"]], m["mentions"],
                             m["first_sentence"], watch["min_mentions"])
        if why:
            events.append(_article_event("entity", art, f"{names[-1]} {why}", m["evidence"],
                                         entity=watch["entity"], mentions=m["mentions"], reason=why))
    return events


def _day_after(instant: str) -> str:
    return (date.fromisoformat(instant[:10]) + timedelta(days=1)).isoformat()


def new_model_events(db, watch: dict[str, Any], arts: list[dict[str, Any]], kb_files=()) -> list[dict[str, Any]]:
    """Models new in the period of the run's news (the digest's "new"), with the first of those
    articles that names them, optionally only those of some developers."""
    if not arts:
        return []
    by_id = {a["id"]: a for a in arts}
    # the digest's weeks: a model the week brought is new for every run of that week (each
    # (watch, event) fires once), which a window of just this run's dates would not say when the
    # model's release date falls a day before them
    first = date.fromisoformat(min(a["date"] for a in arts)[:10])
    monday = (first - timedelta(days=first.weekday())).isoformat()
    fresh = alert_store.new_models(db, monday, _day_after(max(a["date"] for a in arts)))
    only_here = alert_store.first_mentioning(db, [m["id"] for m in fresh], list(by_id))
    wanted = None
    if watch["new_models_from"]:
        wanted = {name_key(n) for org in watch["new_models_from"] for n in names_for(org, "ORG", kb_files)}
        wanted |= {name_key(e["canonical"]) for org in watch["new_models_from"]
                   for e in alert_store.entities_named(db, [org], "ORG")}
    events = []
    for m in fresh:
        aid = only_here.get(m["id"])
        if aid is None or (wanted is not None and name_key(m["org"] or "") not in wanted):
            continue
        art = by_id[aid]
        headline = f"new model {m['canonical']}" + (f" ({m['org']})" if m["org"] else "") + \
            ("" if m["known"] else ", not in the knowledge base")
        events.append({"event_key": f"model:{m['canonical']}", "kind": "new_model", "article_id": aid,
                       "url": art["url"], "title": art["title"] or art["url"], "headline": headline,
                       "evidence": alert_store.mention_sentence(db, aid, [m["id"]]),
                       "detail": {"model": m["canonical"], "org": m["org"], "known": bool(m["known"])}})
    return events


def _score(value: float, unit: str | None) -> str:
    unit = unit or ""
    return f"{value:g}{unit}" if unit == "%" else f"{value:g} {unit}".strip()


def benchmark_events(db, watch: dict[str, Any], arts: list[dict[str, Any]], horizon: int,
                     kb_files=(), min_confidence: float = alert_store.CLAIM_THRESHOLD) -> list[dict[str, Any]]:
    """New claimed scores on the benchmark; with ``best``, only one above the best stored so far
    (compared within one unit, where a higher number is better), the article's best claim each;
    only claims at the scoreboard's bar (``[digest] min_claim_confidence``) count."""
    benches = sorted({e["canonical"] for e in alert_store.entities_named(
        db, names_for(watch["benchmark"], "BENCHMARK", kb_files), "BENCHMARK")})
    ids = [a["id"] for a in arts]
    claims = alert_store.benchmark_claims(db, benches, ids, min_confidence)
    best = alert_store.best_scores(db, benches, ids, horizon, min_confidence) if watch["best"] else {}
    by_id = {a["id"]: a for a in arts}
    events = []
    per_article: dict[tuple[int, str, str], dict[str, Any]] = {}
    for c in claims:
        if watch["min_score"] is not None and c["score"] < watch["min_score"]:
            continue
        unit = (c["unit"] or "").lower()
        if watch["best"]:
            if unit not in alert_store.HIGHER_IS_BETTER:
                continue
            k = (c["article_id"], c["benchmark"], unit)
            if k not in per_article or c["score"] > per_article[k]["score"]:
                per_article[k] = c
        else:
            per_article[(c["article_id"], c["benchmark"], f"{unit}:{c['id']}")] = c
    for (aid, bench, unit_key), c in sorted(per_article.items(), key=lambda kv: (kv[0][0], kv[1]["id"])):
        unit = unit_key.split(":")[0]
        prev = best.get((bench, unit))
        if watch["best"] and prev is not None and c["score"] <= prev["score"]:
            continue
        headline = f"{c['model']}: {_score(c['score'], c['unit'])} on {bench}"
        detail = {"model": c["model"], "benchmark": bench, "score": c["score"], "unit": c["unit"]}
        if watch["best"]:
            if prev is not None:
                headline += f", above the best so far ({_score(prev['score'], c['unit'])}, {prev['model']})"
                detail["previous_best"] = {"model": prev["model"], "score": prev["score"], "article_id": prev["article_id"]}
            else:
                headline += ", the first score stored for it"
            best[(bench, unit)] = {"score": c["score"], "model": c["model"], "article_id": aid}
        art = by_id[aid]
        events.append({"event_key": f"claim:{aid}:{c['model']}:{bench}:{c['score']:g}:{c['unit'] or ''}",
                       "kind": "benchmark", "article_id": aid, "url": art["url"], "title": art["title"] or art["url"],
                       "headline": headline, "evidence": c["sentence"], "detail": detail})
    return events


def query_events(db, watch: dict[str, Any], arts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Articles matching the full-text query, as ``modelwire search`` reads it."""
    try:
        found = alert_store.query_matches(db, fts_query(watch["query"]), [a["id"] for a in arts])
    except sqlite3.OperationalError as e:
        if "locked" in str(e):
            raise
        raise WatchError(f"query {watch['query']!r} is not a valid search ({e})") from None
    return [_article_event("query", a, f"matches {watch['query']}", found[a["id"]], query=watch["query"])
            for a in arts if a["id"] in found]


def events_for(db, watch: dict[str, Any], arts: list[dict[str, Any]], horizon: int, kb_files=(),
               min_confidence: float = alert_store.CLAIM_THRESHOLD) -> list[dict[str, Any]]:
    rule = watch["rule"]
    if rule == "entity":
        return entity_events(db, watch, arts, kb_files)
    if rule == "new_models":
        return new_model_events(db, watch, arts, kb_files)
    if rule == "benchmark":
        return benchmark_events(db, watch, arts, horizon, kb_files, min_confidence)
    return query_events(db, watch, arts)


# -- evaluation ---------------------------------------------------------------------------------

def register(db, watches: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Record the configured watches (a new one starts after the newest stored article)."""
    return alert_store.register_watches(db, {w["name"]: definition(w) for w in watches})


def evaluate(db, watches: list[dict[str, Any]], kb_files: tuple[str, ...] = (),
             min_confidence: float = alert_store.CLAIM_THRESHOLD) -> Evaluation:
    """Record the events of the news stored since each watch last looked, and move its cursor
    (``min_confidence``: the claims bar of benchmark watches)."""
    out = Evaluation()
    stored = register(db, watches)
    for w in watches:
        cursor = stored[w["name"]]["last_article_id"]
        horizon = alert_store.annotated_horizon(db, cursor)
        if horizon <= cursor:
            continue
        if not w["enabled"]:  # a disabled watch skips what is stored meanwhile
            alert_store.set_cursor(db, w["name"], horizon)
            continue
        arts = alert_store.news_articles(db, cursor, horizon)
        try:
            events = events_for(db, w, arts, horizon, kb_files, min_confidence)
        except WatchError as e:
            out.problems.append(f"watch {w['name']!r}: {e}")
            continue
        out.articles += len(arts)
        out.alerts += len(alert_store.record_alerts(db, w["name"], events, w["notify"], horizon))
    return out


def backfill(db, watch: dict[str, Any], kb_files: tuple[str, ...] = (), since: str | None = None,
             min_confidence: float = alert_store.CLAIM_THRESHOLD) -> int:
    """Record the events of every annotated article stored before the watch existed (a source's
    first crawl included), as asked by ``alerts --backfill``; returns how many are new."""
    stored = register(db, [watch])[watch["name"]]
    cursor = stored["last_article_id"]
    horizon = min(cursor, alert_store.annotated_horizon(db, 0))
    arts = alert_store.news_articles(db, 0, horizon, archive=True, since=since)
    events = events_for(db, watch, arts, horizon, kb_files, min_confidence)
    return len(alert_store.record_alerts(db, watch["name"], events, watch["notify"], None, backfill=True))
