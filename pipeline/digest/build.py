"""The weekly digest: a Store and a period in, a :class:`Digest` data object out; then rendering.

``build_digest(store, period)`` reads only the period's articles (and, for the trends, the
previous period and the chart's weeks) through the ``articles_date`` expression index on
``coalesce(published, first_seen)``, so its cost follows the week, not the database.

``render_html`` / ``render_text`` turn a Digest into the e-mail's two parts (Jinja2, HTML
autoescaped, CSS inlined); ``generate`` stores the result. The SQL is in
``pipeline.store.digests``.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pipeline.digest import scores as scores_mod
from pipeline.digest import stories as stories_mod
from pipeline.digest.scores import format_score  # noqa: F401  (the CLI and older callers import it from here)
from pipeline.store import alerts as alert_store
from pipeline.store import digests as digest_store
from pipeline.store import novelty
from pipeline.store.digests import StoredDigest
from spiders.dates import format_instant, parse_iso, utcnow

TEMPLATES = Path(__file__).with_name("templates")
CHART_CID = "chart@modelwire"   # the HTML refers to cid:<CHART_CID>; mail.py attaches the PNG under it


# -- periods --------------------------------------------------------------------------

@dataclass(frozen=True)
class Period:
    """A digest's time span: local dates in ``timezone``, UTC bounds for SQL (start inclusive, end exclusive)."""

    key: str              # '2025-W50' or '2025-12-01..2025-12-07'
    label: str            # 'Week 50, 2025 (8–14 Dec)'
    start: date           # first local day
    end: date             # last local day (inclusive)
    timezone: str
    since: str            # UTC ISO 8601, inclusive
    until: str            # UTC ISO 8601, exclusive
    iso_week: bool = True

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def _utc(d: date, tz: str) -> str:
    local = datetime.combine(d, time(0), tzinfo=ZoneInfo(tz))
    return format_instant(local)


def _span(start: date, end: date) -> str:
    if start.year != end.year:
        return f"{start.day} {start:%b %Y} – {end.day} {end:%b %Y}"
    if start.month != end.month:
        return f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    return f"{start.day}–{end.day} {end:%b %Y}"


def make_period(start: date, end: date, tz: str = "UTC") -> Period:
    """The period from local day ``start`` to local day ``end`` (inclusive)."""
    if end < start:
        raise ValueError(f"--until {end} is before --since {start}")
    iso = start.isocalendar()
    if start.weekday() == 0 and (end - start).days == 6:
        key = f"{iso.year}-W{iso.week:02d}"
        label = f"Week {iso.week}, {iso.year} ({_span(start, end)})"
        is_week = True
    else:
        key = f"{start.isoformat()}..{end.isoformat()}"
        label = _span(start, end)
        is_week = False
    return Period(key, label, start, end, tz, _utc(start, tz), _utc(end + timedelta(days=1), tz), is_week)


_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.I)


def parse_week(text: str, tz: str = "UTC") -> Period:
    m = _WEEK.match(text.strip())
    if not m:
        raise ValueError(f"{text!r} is not an ISO week (use e.g. 2025-W50)")
    year, week = int(m.group(1)), int(m.group(2))
    try:
        start = date.fromisocalendar(year, week, 1)
    except ValueError:
        raise ValueError(f"{text!r}: {year} has no week {week}") from None
    return make_period(start, start + timedelta(days=6), tz)


def last_complete_week(tz: str = "UTC", now: datetime | None = None) -> Period:
    """The last ISO week that has ended in time zone ``tz``."""
    now = (now or datetime.now(timezone.utc)).astimezone(ZoneInfo(tz))
    monday = now.date() - timedelta(days=now.weekday())
    return make_period(monday - timedelta(days=7), monday - timedelta(days=1), tz)


def previous(period: Period, n: int = 1) -> Period:
    shift = timedelta(days=period.days * n)
    return make_period(period.start - shift, period.end - shift, period.timezone)


# -- the digest data object -------------------------------------------------------------

@dataclass
class Link:
    outlet: str
    url: str
    title: str
    date: str
    duplicate: bool = False      # a near/exact copy stored as another URL of the same article


@dataclass
class Story:
    headline: str
    url: str
    summary: str                 # what happened: one or two sentences from the first report
    entities: list[dict[str, str]]   # what the story is about first (subjects), then names it cites
    first_outlet: str
    first_date: str
    links: list[Link]
    articles: int
    sources: int
    score: float
    article_ids: list[int]
    new_models: list[str] = field(default_factory=list)   # subjects of the story that are new this week
    claims: int = 0              # scoreboard claims read from its articles


@dataclass
class Trend:
    name: str
    label: str
    articles: int                # articles this period that mention it
    mentions: int
    previous: int                # articles mentioning it the period before
    change: str                  # new (first appearance ever) | up | down | same
    delta: int
    known: bool = True
    org: str | None = None
    first_seen_now: bool = False  # first mention ever falls in this period
    subject: int = 0             # articles this period that are about it (title, lead, repeated)
    weight: float = 0.0          # summed subject weight: the ranking


@dataclass
class NewModel:
    name: str
    org: str | None
    known: bool
    first_seen: str              # the first article this period about it
    articles: int
    url: str | None = None
    outlet: str | None = None
    reason: str = ""             # released | first-reported (see pipeline.store.novelty.new_models)
    evidence: str = ""
    subject: int = 0


@dataclass
class Claim:
    score: float | None
    unit: str | None
    display: str
    url: str
    outlet: str
    title: str
    date: str
    sentence: str = ""           # the evidence
    source_kind: str = ""        # self-reported | independent | '' (unknown)
    setting: str = ""            # thinking mode, tools, pass@k... when the sentence says


@dataclass
class ScoreRow:
    model: str
    benchmark: str
    claims: list[Claim]
    conflict: bool
    results: list[dict[str, Any]] = field(default_factory=list)   # the claims as shown: see _results


def _results(claims: list[Claim]) -> list[dict[str, Any]]:
    """The claims as shown: one number reported by several outlets is one line, when their source
    kinds and settings agree or one of them does not say (first reporter first, its sentence as the
    evidence); a different kind or setting stays a line of its own."""
    out: list[dict[str, Any]] = []

    def fits(r, c, attr):
        return not r[attr] or not getattr(c, attr) or r[attr] == getattr(c, attr)

    for c in sorted(claims, key=lambda c: c.date or ""):
        r = next((r for r in out if r["display"] == c.display and fits(r, c, "source_kind") and fits(r, c, "setting")),
                 None)
        if r is None:
            out.append({"display": c.display, "source_kind": c.source_kind, "setting": c.setting,
                        "sentence": c.sentence, "outlets": [{"name": c.outlet, "url": c.url}]})
            continue
        r["source_kind"] = r["source_kind"] or c.source_kind
        r["setting"] = r["setting"] or c.setting
        r["sentence"] = r["sentence"] or c.sentence
        if all(o["name"] != c.outlet for o in r["outlets"]):
            r["outlets"].append({"name": c.outlet, "url": c.url})
    return out


@dataclass
class Digest:
    period: Period
    generated_at: str
    stats: dict[str, Any]
    stories: list[Story] = field(default_factory=list)
    models: list[Trend] = field(default_factory=list)
    models_by_org: list[dict[str, Any]] = field(default_factory=list)
    companies: list[Trend] = field(default_factory=list)
    benchmarks: list[Trend] = field(default_factory=list)
    new_models: list[NewModel] = field(default_factory=list)
    scoreboard: list[ScoreRow] = field(default_factory=list)
    chart: dict[str, Any] = field(default_factory=dict)
    previous_label: str = ""
    tracking: dict[str, Any] = field(default_factory=dict)   # since, days of history, first week or not
    alerts: list[dict[str, Any]] = field(default_factory=list)   # the week's alerts (digest_alerts.*.j2)

    @property
    def empty(self) -> bool:
        return self.stats.get("articles", 0) == 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- reading the store ------------------------------------------------------------------

def counts_from_mentions(mentions: list[dict[str, Any]]) -> dict[int, tuple[int, int]]:
    """``digest_store.entity_counts`` from ``digest_store.period_mentions`` rows of the same period
    (one row per article and entity), without a second pass over the period's mentions."""
    acc: dict[int, list[int]] = {}
    for m in mentions:
        a = acc.setdefault(m["entity_id"], [0, 0])
        a[0] += 1
        a[1] += m["n"]
    return {eid: (acc[eid][0], acc[eid][1]) for eid in sorted(acc)}


# -- building -----------------------------------------------------------------------------

def _outlet(a: dict[str, Any]) -> str:
    return (a.get("site_name") or a.get("source") or "").strip()


def _host(url: str) -> str:
    host = urlsplit(url).hostname or url
    return host[4:] if host.startswith("www.") else host


def _change(now: int, before: int, first_time: bool) -> str:
    """'new' only for a first appearance ever; otherwise the direction of the change."""
    if first_time:
        return "new"
    if now > before:
        return "up"
    if now < before:
        return "down"
    return "same"


def _trends(counts: dict[int, tuple[int, int]], prev: dict[int, tuple[int, int]], ents: dict[int, dict[str, Any]],
            about: dict[int, tuple[int, float]], label: str, limit: int, p: Period) -> list[Trend]:
    """The label's names ranked by what the week's articles are about (subject articles, then subject
    weight), then by articles mentioning them; ``about``: id -> (subject articles, summed weight)."""
    out = []
    for eid, (n_art, n_men) in counts.items():
        e = ents.get(eid)
        if e is None or e["label"] != label:
            continue
        before = prev.get(eid, (0, 0))[0]
        first = p.since <= (e["first_seen"] or "") < p.until
        n_sub, weight = about.get(eid, (0, 0.0))
        out.append(Trend(e["canonical"], label, n_art, n_men, before, _change(n_art, before, first), n_art - before,
                         bool(e["known"]), e.get("org"), first, n_sub, round(weight, 2)))
    out.sort(key=lambda t: (-t.subject, -t.weight, -t.articles, -t.mentions, t.name.casefold()))
    return out[:limit]


def _merge_aliases(mentions: list[dict[str, Any]], aliases: dict[int, int]) -> list[dict[str, Any]]:
    """Mention rows with clipped names ("Large 3") counted as the known model beside them."""
    if not aliases:
        return mentions
    merged: dict[tuple[int, int], dict[str, Any]] = {}
    for m in mentions:
        eid = aliases.get(m["entity_id"], m["entity_id"])
        k = (m["article_id"], eid)
        if k not in merged:
            merged[k] = {**m, "entity_id": eid}
            continue
        t = merged[k]
        t["n"] += m["n"]
        t["forms"] = ",".join(f for f in (t["forms"], m["forms"]) if f)
        for col in ("first_sentence", "first_start"):
            vals = [v for v in (t.get(col), m.get(col)) if v is not None]
            t[col] = min(vals) if vals else None
    return list(merged.values())


def _edition_aliases(ents: dict[int, dict[str, Any]]) -> dict[int, int]:
    """A benchmark named without its edition ("IMO") counted as the one edition the week names
    ("IMO 2025"); left alone when the week names none or several ("AIME 2024", "AIME 2025")."""
    bare: dict[str, int] = {}
    named: dict[str, list[int]] = defaultdict(list)
    for eid, e in ents.items():
        if e["label"] != "BENCHMARK":
            continue
        base, ed = scores_mod.edition(e["canonical"])
        if ed is None:
            bare[base.casefold()] = eid
        else:
            named[base.casefold()].append(eid)
    return {eid: named[b][0] for b, eid in bare.items() if len(named.get(b, ())) == 1}


def _period_subjects(conn, period: Period, articles=None, mentions=None):
    """(mentions with clipped names merged, entities, subjects, counts) of one period."""
    if articles is None:
        articles = digest_store.period_articles(conn, period.since, period.until)
    if mentions is None:
        mentions = digest_store.period_mentions(conn, period.since, period.until)
    ents = digest_store.entities_by_id(conn, {m["entity_id"] for m in mentions})
    aliases = {**novelty.clipped_aliases(mentions, ents), **_edition_aliases(ents)}
    mentions = _merge_aliases(mentions, aliases)
    subj = novelty.article_subjects(mentions, {a["id"]: a["title"] or "" for a in articles}, ents)
    about: dict[int, list] = defaultdict(lambda: [0, 0.0])
    for aid, ws in subj.weight.items():
        for eid, w in ws.items():
            about[eid][1] += w
            about[eid][0] += eid in subj.of(aid)
    return mentions, ents, subj, {e: (n, w) for e, (n, w) in about.items()}


def _model_keys(in_title: set[int], subjects: set[int], weight: dict[int, float],
                ents: dict[int, dict[str, Any]]) -> set[int]:
    """The models an article may join stories by: those in its title or that it is about, but for a
    roundup about several developers' models only the main developer's (its best-weighted model's),
    so one "the week in AI" piece cannot chain two launches into one story."""
    keys = {e for e in in_title | subjects if e in ents and ents[e]["label"] == "MODEL"}
    orgs = {ents[e].get("org") or ents[e]["canonical"] for e in keys}
    if len(orgs) <= 1:
        return keys
    top = max(keys, key=lambda e: (weight.get(e, 0.0), -e))
    main = ents[top].get("org") or ents[top]["canonical"]
    return {e for e in keys if (ents[e].get("org") or ents[e]["canonical"]) == main}


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def what_happened(text: str, max_chars: int = 320) -> str:
    """The first one or two sentences of ``text`` (an extractive summary), two only if they fit."""
    sentences = [s.strip() for s in _SENTENCE_END.split(" ".join((text or "").split())) if s.strip()]
    if not sentences:
        return ""
    two = " ".join(sentences[:2])
    if len(sentences) > 1 and len(two) <= max_chars:
        return two
    one = sentences[0]
    return one if len(one) <= max_chars else one[:max_chars - 1].rsplit(" ", 1)[0] + "…"


def build_digest(store, period: Period, *, top_stories: int = 8, top_entities: int = 8, chart_weeks: int = 8,
                 story_window: float = 3 * 86400, now: str | None = None,
                 min_history_days: int = novelty.MIN_HISTORY_DAYS,
                 min_confidence: float = digest_store.CLAIM_THRESHOLD) -> Digest:
    """Everything the digest says about ``period``, read from ``store`` (a Store or a sqlite3 connection)."""
    conn = getattr(store, "conn", store)
    generated = now or utcnow()
    prev_period = previous(period)
    articles = digest_store.period_articles(conn, period.since, period.until)
    by_id = {a["id"]: a for a in articles}
    raw_mentions = digest_store.period_mentions(conn, period.since, period.until)
    mentions, ents, subj, about = _period_subjects(conn, period, articles, raw_mentions)
    counts = counts_from_mentions(mentions)  # what entity_counts(conn, ...) would read again
    prev_counts = digest_store.entity_counts(conn, prev_period.since, prev_period.until)
    ents.update(digest_store.entities_by_id(conn, [e for e in prev_counts if e not in ents]))
    canon_id = {(e["label"], e["canonical"]): eid for eid, e in ents.items()}

    # per-article entities, surface forms for the title match
    art_ents: dict[int, Counter] = defaultdict(Counter)
    forms: dict[int, set[str]] = defaultdict(set)
    for m in mentions:
        art_ents[m["article_id"]][m["entity_id"]] += m["n"]
        forms[m["entity_id"]].update(f for f in (m["forms"] or "").split(",") if f)
    for eid in forms:
        if eid in ents:
            forms[eid].add(ents[eid]["canonical"])

    # what is really new (one definition, shared with the alerts)
    novel = novelty.new_models(conn, period.since, period.until, min_history_days=min_history_days,
                               mentions=raw_mentions, articles=articles, entities=ents, subjects=subj)
    new_ids = {m.entity_id for m in novel.models}

    # the scoreboard: claims first reported this period, editions merged, with their evidence
    claim_rows = digest_store.period_claims(conn, period.since, period.until)
    pairs_seen = {(c["model"], scores_mod.edition(c["benchmark"])[0]) for c in claim_rows}
    earlier = {scores_mod.claim_key(c["model"], c["benchmark"], c["score"], c["unit"])
               for c in digest_store.earlier_claims(conn, pairs_seen, period.since)}

    def about_model(article_id: int, model: str) -> bool:
        eid = canon_id.get(("MODEL", model))
        return eid is not None and subj.is_subject(article_id, eid)

    kept, _dropped = scores_mod.select_claims(claim_rows, earlier, about_model,
                                               min_confidence=min_confidence)
    claims_per_article = Counter(c["article_id"] for c in kept)

    # stories
    story_input = []
    for a in articles:
        candidates = {eid: forms[eid] for eid in art_ents.get(a["id"], {})}
        in_title = stories_mod.entities_in_title(a["title"] or "", candidates)
        story_input.append(stories_mod.StoryArticle(
            a["id"], a["date"], a["title"] or "", a["simhash"] or "", a["word_count"] or 0,
            {eid: ents[eid]["label"] for eid in in_title if eid in ents},
            {eid for eid in subj.of(a["id"]) if ents[eid]["label"] == "MODEL"},
            _model_keys(in_title, subj.of(a["id"]), subj.weight.get(a["id"], {}), ents),
            what_happened(a["summary"] or a["description"] or "")))
    groups = stories_mod.group_stories(story_input, window=story_window)
    dups = digest_store.duplicate_urls(conn, list(by_id))

    def entity_weight(eid: int) -> float:
        e = ents.get(eid)
        if e is None or e["label"] not in ("MODEL", "ORG"):
            return 0.0
        return math.log2(1 + about.get(eid, (0, 0.0))[0] + counts.get(eid, (0, 0))[0]) * (1.0 if e["known"] else 0.5)

    stories: list[Story] = []
    for ids in groups:
        members = [by_id[i] for i in ids]
        links = []
        for a in members:
            links.append(Link(_outlet(a) or _host(a["url"]), a["url"], a["title"] or a["url"], a["date"]))
            for d in dups.get(a["id"], []):
                links.append(Link(d["source"] or _host(d["url"]), d["url"], a["title"] or d["url"], d["first_seen"],
                                  duplicate=True))
        outlets = {ln.outlet.casefold() for ln in links}
        story_about: Counter = Counter()
        story_weight: Counter = Counter()
        for a in members:
            for eid, w in subj.weight.get(a["id"], {}).items():
                story_about[eid] += eid in subj.of(a["id"])
                story_weight[eid] += w
        ranked = sorted((eid for eid in story_weight if eid in ents),
                        key=lambda e: (-story_about[e], -story_weight[e], ents[e]["canonical"].casefold()))
        subjects = [e for e in ranked if story_about[e]]
        fresh = [ents[e]["canonical"] for e in subjects if e in new_ids]
        n_claims = sum(claims_per_article[i] for i in ids)
        weights = sorted((entity_weight(e) for e in subjects), reverse=True)[:3]
        # importance: who covered it, whether it brings new models, the results it reports, who is involved
        # (with diminishing returns: a family launched as five names is not five times the news)
        score = (3 * len(outlets) + len(members) + 2 * math.log2(1 + len(fresh)) + 1.5 * math.log2(1 + n_claims)
                 + 0.5 * sum(weights))
        first = members[0]
        lead = next((a for a in members if a["title"]), first)
        source = next((a[k] for k in ("summary", "description") for a in [first, *members] if a[k]), "")
        stories.append(Story(
            headline=lead["title"] or lead["url"], url=lead["url"], summary=what_happened(source),
            entities=[{"name": ents[e]["canonical"], "label": ents[e]["label"]} for e in ranked[:6]],
            first_outlet=_outlet(first) or _host(first["url"]), first_date=first["date"], links=links,
            articles=len(members), sources=len(outlets), score=round(score, 3), article_ids=ids,
            new_models=fresh, claims=n_claims))
    stories.sort(key=lambda s: (-s.score, s.first_date, s.article_ids[0]))

    # trends, ranked by what the articles are about; both counts shown
    models = _trends(counts, prev_counts, ents, about, "MODEL", top_entities, period)
    groups_by_org: dict[str, list[Trend]] = defaultdict(list)
    for t in models:
        groups_by_org[t.org or ""].append(t)
    models_by_org = sorted(
        ({"org": org or "Other developers", "models": ms, "articles": sum(m.articles for m in ms),
          "subject": sum(m.subject for m in ms)} for org, ms in groups_by_org.items()),
        key=lambda g: (g["org"] == "Other developers", -g["subject"], -g["articles"], g["org"].casefold()))
    companies = _trends(counts, prev_counts, ents, about, "ORG", top_entities, period)
    benchmarks = _trends(counts, prev_counts, ents, about, "BENCHMARK", top_entities, period)

    new_models = [NewModel(m.name, m.org, m.known, m.first_date, m.articles, m.url,
                           m.outlet or (_host(m.url) if m.url else None), m.reason, m.evidence, m.subject_articles)
                  for m in novel.models]

    pairs: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in kept:
        pairs[(c["model"], c["benchmark"])].append(c)
    scoreboard = []
    for (model, bench), cs in pairs.items():
        claims = [Claim(c["score"], c["unit"], scores_mod.format_score(c["score"], c["unit"]), c["url"],
                        c["outlet"] or _host(c["url"]), c["title"] or c["url"], c["date"], c["sentence"] or "",
                        c["source_kind"] if c["source_kind"] in ("self-reported", "independent") else "",
                        c["setting"]) for c in cs]
        scoreboard.append(ScoreRow(model, bench, claims, scores_mod.conflicting(cs), _results(claims)))
    scoreboard.sort(key=lambda r: (not r.conflict, r.model.casefold(), r.benchmark.casefold()))

    # chart: the top entities of the period over the last chart_weeks periods
    history = [previous(period, n) for n in range(chart_weeks - 1, 0, -1)] + [period]
    top = sorted((eid for eid in counts if eid in ents and ents[eid]["label"] in ("MODEL", "ORG")),
                 key=lambda e: (-about.get(e, (0, 0.0))[0], -counts[e][0], -counts[e][1],
                                ents[e]["canonical"].casefold()))[:5]
    series = digest_store.weekly_counts(conn, [h.since for h in history], history[-1].until, top)
    chart = {
        "weeks": [(f"W{h.start.isocalendar().week:02d}" if h.iso_week else f"{h.start:%d %b}") for h in history],
        "series": [{"name": ents[e]["canonical"], "label": ents[e]["label"], "counts": series[e]} for e in top],
    }

    stats = {
        "articles": len(articles),
        "sources": len({a["source"] for a in articles}),
        "new_models": len(new_models),
        "new_models_unknown": sum(1 for m in new_models if not m.known),
        "stories": len(stories),
        "claims": sum(len(r.claims) for r in scoreboard),
        "mentions": sum(n for _, n in counts.values()),
        "previous_articles": digest_store.count_articles(conn, prev_period.since, prev_period.until),
        "empty": not articles,
        "first_week_of_tracking": novel.first_week_of_tracking,
    }
    tracking = {"since": novel.tracking_since, "history_days": novel.history_days,
                "first_week": novel.first_week_of_tracking, "min_history_days": min_history_days}
    return Digest(period, generated, stats, stories[:top_stories], models, models_by_org, companies, benchmarks,
                  new_models, scoreboard, chart, _span(prev_period.start, prev_period.end), tracking,
                  alerts=alert_store.period_alerts(conn, period.since, period.until))


# -- rendering -----------------------------------------------------------------------------

def safe_url(url: str | None) -> str:
    """Only http(s) links survive into the digest; anything else (javascript:, data:) becomes ''."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.hostname else ""


def _day(value: str | None, tz: str = "UTC", year: bool = False) -> str:
    """'Wed 3 Dec, 09:30' in ``tz``; a date-only article (stored as 00:00:00Z, see docs/schema.md) shows
    its day alone, never a made-up midnight shifted into another time zone."""
    if not value:
        return ""
    dt = parse_iso(value)
    if dt is None:
        return value[:10]
    y = f" {dt:%Y}" if year else ""
    if len(value) == 10 or value.endswith("T00:00:00Z"):
        return f"{dt:%a} {dt.day} {dt:%b}{y}"
    dt = dt.astimezone(ZoneInfo(tz))
    return f"{dt:%a} {dt.day} {dt:%b}{' ' + format(dt, '%Y') if year else ''}, {dt:%H:%M}"


def _day_year(value: str | None, tz: str = "UTC") -> str:
    return _day(value, tz, year=True)


def _one_line(value: Any) -> str:
    return " ".join(str(value or "").split())


def _arrow(change: str, delta: int) -> str:
    return {"new": "new", "up": f"▲ {delta}", "down": f"▼ {-delta}", "same": "="}.get(change, "")


def chart_alt(digest: Digest) -> str:
    if not digest.chart.get("series"):
        return "No chart: nothing was mentioned this week."
    weeks = digest.chart["weeks"]
    parts = [f"{s['name']} {', '.join(str(n) for n in s['counts'])}" for s in digest.chart["series"]]
    return (f"Line chart: articles per week mentioning the top {len(parts)} models and companies, "
            f"{weeks[0]} to {weeks[-1]}: " + "; ".join(parts) + ".")


def _env(autoescape: bool):
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=autoescape,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined)
    env.filters.update(safe_url=safe_url, day=_day, day_year=_day_year, one_line=_one_line, arrow=_arrow, host=_host)
    return env


def render_html(digest: Digest, chart_src: str | None = f"cid:{CHART_CID}", *, inline_css: bool = True) -> str:
    """The e-mail HTML. ``chart_src`` is where the chart image is (cid: for mail, a file name on disk)."""
    html = _env(True).get_template("digest.html.j2").render(d=digest, chart_src=chart_src, chart_alt=chart_alt(digest),
                                                            tz=digest.period.timezone)
    if inline_css:
        import css_inline

        html = css_inline.inline(html)
    return html


def render_text(digest: Digest) -> str:
    """The e-mail's text part, every line folded to 78 columns (a URL stays whole on its own line)."""
    from pipeline.digest.plaintext import fold

    return fold(_env(False).get_template("digest.txt.j2").render(d=digest, chart_alt=chart_alt(digest),
                                                                 tz=digest.period.timezone))


def subject(digest: Digest, prefix: str = "[modelwire]") -> str:
    p = digest.period
    what = (f"Weekly AI digest, {p.key}" if p.iso_week else f"AI digest, {p.start.isoformat()} to {p.end.isoformat()}")
    tail = (f": {digest.stats['articles']} articles, {len(digest.stories)} top stories"
            if not digest.empty else ": a quiet week")
    return f"{prefix} {what}{tail}".strip()


# -- one call for the CLI and the scheduler -------------------------------------------------

def generate(store, config, period: Period, *, now: str | None = None) -> tuple[Digest, StoredDigest]:
    """Build, chart, render and store the digest of ``period`` (replacing a stored one)."""
    from pipeline.digest.chart import render_chart

    opts = config.values["digest"]
    digest = build_digest(store, period, top_stories=opts["top_stories"], top_entities=opts["top_entities"],
                          chart_weeks=max(1, opts["chart_weeks"]), story_window=opts["story_window"], now=now,
                          min_confidence=opts["min_claim_confidence"])
    png = render_chart(digest.chart, title="Articles per week mentioning the top names") \
        if digest.chart.get("series") else None
    html = render_html(digest, f"cid:{CHART_CID}" if png else None)
    p = digest.period
    stored = digest_store.save_digest(
        store, week=p.key, since=p.since, until=p.until, timezone=p.timezone, generated_at=digest.generated_at,
        subject=subject(digest, opts["subject_prefix"]), html=html, text=render_text(digest), chart_png=png,
        stats=digest.stats, data=digest.to_dict())
    return digest, stored


def file_stem(key: str) -> str:
    """The name (without suffix) of a period's files in ``--out DIR``: digest-2025-W49."""
    return "digest-" + key.replace("..", "_")


def write_files(out_dir: str | Path, digest: Digest, stored: StoredDigest, eml: bytes) -> list[Path]:
    """``--out DIR``: the digest as .html (with its chart as a .png beside it), .txt and .eml."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = file_stem(digest.period.key)
    paths = []
    if stored.chart_png:
        (out / f"{stem}.png").write_bytes(stored.chart_png)
        paths.append(out / f"{stem}.png")
    html = render_html(digest, f"{stem}.png" if stored.chart_png else None)
    for suffix, data in ((".html", html.encode("utf-8")), (".txt", stored.text.encode("utf-8")), (".eml", eml)):
        (out / f"{stem}{suffix}").write_bytes(data)
        paths.append(out / f"{stem}{suffix}")
    return paths
