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

from pipeline.digest import stories as stories_mod
from pipeline.store import alerts as alert_store
from pipeline.store import digests as digest_store
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
    summary: str
    entities: list[dict[str, str]]
    first_outlet: str
    first_date: str
    links: list[Link]
    articles: int
    sources: int
    score: float
    article_ids: list[int]


@dataclass
class Trend:
    name: str
    label: str
    articles: int                # articles this period that mention it
    mentions: int
    previous: int                # articles the period before
    change: str                  # new | up | down | same
    delta: int
    known: bool = True
    org: str | None = None
    first_seen_now: bool = False  # first mention ever falls in this period


@dataclass
class NewModel:
    name: str
    org: str | None
    known: bool
    first_seen: str
    articles: int
    url: str | None = None
    outlet: str | None = None


@dataclass
class Claim:
    score: float | None
    unit: str | None
    display: str
    url: str
    outlet: str
    title: str
    date: str
    sentence: str = ""


def _scoreboard_worthy(c) -> bool:
    """A claim the scoreboard may show: the model's own result (not a competitor's score cited in
    another model's sentence) with a number its unit allows (a percentage over 100 is a count)."""
    if c.get("is_comparison"):
        return False
    score, unit = c.get("score"), c.get("unit")
    if score is None:
        return True
    if unit in ("%", "percentile") and not 0 <= score <= 100:
        return False
    if unit in ("rank", "medal") and score < 1:
        return False
    return True


@dataclass
class ScoreRow:
    model: str
    benchmark: str
    claims: list[Claim]
    conflict: bool


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


def format_score(score: float | None, unit: str | None) -> str:
    if score is None:
        return "–"
    num = f"{score:,.2f}".rstrip("0").rstrip(".") if score != int(score) else f"{int(score):,}"
    if unit == "%":
        return f"{num}%"
    if unit == "elo":
        return f"{num} Elo"
    if unit == "rank":
        return f"#{num}"
    if unit == "percentile":
        return f"{num} percentile"
    if unit == "medal" and score in _MEDALS:
        return f"{_MEDALS[score]} medal"
    return f"{num} {unit}".strip() if unit else num


_MEDALS = {1.0: "gold", 2.0: "silver", 3.0: "bronze"}  # a medal claim's score is its place


def _change(now: int, before: int) -> str:
    if before == 0:
        return "new"
    if now > before:
        return "up"
    if now < before:
        return "down"
    return "same"


def _trends(counts: dict[int, tuple[int, int]], prev: dict[int, tuple[int, int]], ents: dict[int, dict[str, Any]],
            label: str, limit: int, p: Period) -> list[Trend]:
    out = []
    for eid, (n_art, n_men) in counts.items():
        e = ents.get(eid)
        if e is None or e["label"] != label:
            continue
        before = prev.get(eid, (0, 0))[0]
        out.append(Trend(e["canonical"], label, n_art, n_men, before, _change(n_art, before), n_art - before,
                         bool(e["known"]), e.get("org"), p.since <= (e["first_seen"] or "") < p.until))
    out.sort(key=lambda t: (-t.articles, -t.mentions, t.name.casefold()))
    return out[:limit]


def build_digest(store, period: Period, *, top_stories: int = 8, top_entities: int = 8, chart_weeks: int = 8,
                 story_window: float = 3 * 86400, now: str | None = None) -> Digest:
    """Everything the digest says about ``period``, read from ``store`` (a Store or a sqlite3 connection)."""
    conn = getattr(store, "conn", store)
    generated = now or utcnow()
    prev_period = previous(period)
    articles = digest_store.period_articles(conn, period.since, period.until)
    by_id = {a["id"]: a for a in articles}
    mentions = digest_store.period_mentions(conn, period.since, period.until)
    counts = counts_from_mentions(mentions)  # what entity_counts(conn, ...) would read again
    prev_counts = digest_store.entity_counts(conn, prev_period.since, prev_period.until)
    ents = digest_store.entities_by_id(conn, list(counts) + list(prev_counts))

    # per-article entities, surface forms for the title match
    art_ents: dict[int, Counter] = defaultdict(Counter)
    forms: dict[int, set[str]] = defaultdict(set)
    for m in mentions:
        art_ents[m["article_id"]][m["entity_id"]] += m["n"]
        forms[m["entity_id"]].update(f for f in (m["forms"] or "").split(",") if f)
    for eid in forms:
        if eid in ents:
            forms[eid].add(ents[eid]["canonical"])

    # stories
    story_input = []
    for a in articles:
        candidates = {eid: forms[eid] for eid in art_ents.get(a["id"], {})}
        in_title = stories_mod.entities_in_title(a["title"] or "", candidates)
        story_input.append(stories_mod.StoryArticle(
            a["id"], a["date"], a["title"] or "", a["simhash"] or "", a["word_count"] or 0,
            {eid: ents[eid]["label"] for eid in in_title if eid in ents}))
    groups = stories_mod.group_stories(story_input, window=story_window)
    dups = digest_store.duplicate_urls(conn, list(by_id))

    def entity_weight(eid: int) -> float:
        e = ents.get(eid)
        if e is None or e["label"] not in ("MODEL", "ORG"):
            return 0.0
        return math.log2(1 + counts.get(eid, (0, 0))[0]) * (1.0 if e["known"] else 0.5)

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
        story_counts: Counter = Counter()
        story_mentions: Counter = Counter()
        for a in members:
            for eid, n in art_ents.get(a["id"], {}).items():
                story_counts[eid] += 1
                story_mentions[eid] += n
        ranked = sorted((eid for eid in story_counts if eid in ents),
                        key=lambda e: (-story_counts[e], -story_mentions[e], ents[e]["canonical"].casefold()))
        weights = sorted((entity_weight(e) for e in ranked), reverse=True)[:3]
        score = 3 * len(outlets) + len(members) + 0.5 * sum(weights)   # coverage first, then who is involved
        first = members[0]
        lead = next((a for a in members if a["title"]), first)
        summary = next((a["summary"] for a in [lead, *members] if a["summary"]), "") \
            or next((a["description"] for a in [lead, *members] if a["description"]), "") or ""
        stories.append(Story(
            headline=lead["title"] or lead["url"], url=lead["url"], summary=summary,
            entities=[{"name": ents[e]["canonical"], "label": ents[e]["label"]} for e in ranked[:6]],
            first_outlet=_outlet(first) or _host(first["url"]), first_date=first["date"], links=links,
            articles=len(members), sources=len(outlets), score=round(score, 3), article_ids=ids))
    stories.sort(key=lambda s: (-s.score, s.first_date, s.article_ids[0]))

    # trends
    models = _trends(counts, prev_counts, ents, "MODEL", top_entities, period)
    groups_by_org: dict[str, list[Trend]] = defaultdict(list)
    for t in models:
        groups_by_org[t.org or ""].append(t)
    models_by_org = sorted(
        ({"org": org or "Other developers", "models": ms, "articles": sum(m.articles for m in ms)}
         for org, ms in groups_by_org.items()),
        key=lambda g: (g["org"] == "Other developers", -g["articles"], g["org"].casefold()))
    companies = _trends(counts, prev_counts, ents, "ORG", top_entities, period)
    benchmarks = _trends(counts, prev_counts, ents, "BENCHMARK", top_entities, period)

    # models seen for the first time
    first_links: dict[int, dict[str, Any]] = {}
    for a in articles:  # in date order: the first article that names each entity
        for eid in art_ents.get(a["id"], {}):
            first_links.setdefault(eid, a)
    new_models = []
    for e in digest_store.new_model_entities(conn, period.since, period.until):
        a = first_links.get(e["id"])
        new_models.append(NewModel(e["canonical"], e["org"], bool(e["known"]), e["first_seen"],
                                   counts.get(e["id"], (0, 0))[0], a["url"] if a else None,
                                   (_outlet(a) or _host(a["url"])) if a else None))

    # scoreboard
    pairs: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in digest_store.period_claims(conn, period.since, period.until):
        if not _scoreboard_worthy(c):
            continue
        pairs[(c["model"], c["benchmark"])].append(Claim(
            c["score"], c["unit"], format_score(c["score"], c["unit"]), c["url"],
            c["outlet"] or _host(c["url"]), c["title"] or c["url"], c["date"], c["sentence"] or ""))
    scoreboard = []
    for (model, bench), claims in pairs.items():
        # a conflict is two different numbers in the same unit: a rank and an Elo rating are not one
        by_unit: dict[str | None, set] = defaultdict(set)
        for c in claims:
            by_unit[c.unit].add(round(c.score, 2) if c.score is not None else None)
        scoreboard.append(ScoreRow(model, bench, claims, any(len(v) > 1 for v in by_unit.values())))
    scoreboard.sort(key=lambda r: (not r.conflict, r.model.casefold(), r.benchmark.casefold()))

    # chart: the top entities of the period over the last chart_weeks periods
    history = [previous(period, n) for n in range(chart_weeks - 1, 0, -1)] + [period]
    top = sorted((eid for eid in counts if eid in ents and ents[eid]["label"] in ("MODEL", "ORG")),
                 key=lambda e: (-counts[e][0], -counts[e][1], ents[e]["canonical"].casefold()))[:5]
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
    }
    return Digest(period, generated, stats, stories[:top_stories], models, models_by_org, companies, benchmarks,
                  new_models, scoreboard, chart, _span(prev_period.start, prev_period.end),
                  alerts=alert_store.period_alerts(conn, period.since, period.until))


# -- rendering -----------------------------------------------------------------------------

def safe_url(url: str | None) -> str:
    """Only http(s) links survive into the digest; anything else (javascript:, data:) becomes ''."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.hostname else ""


def _day(value: str | None, tz: str = "UTC") -> str:
    if not value:
        return ""
    dt = parse_iso(value)
    if dt is None:
        return value[:10]
    dt = dt.astimezone(ZoneInfo(tz))
    return f"{dt:%a} {dt.day} {dt:%b}, {dt:%H:%M}"


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
    env.filters.update(safe_url=safe_url, day=_day, one_line=_one_line, arrow=_arrow, host=_host)
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
                          chart_weeks=max(1, opts["chart_weeks"]), story_window=opts["story_window"], now=now)
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
