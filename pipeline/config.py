"""The modelwire.toml file: one table of known settings, validated on load.

Every setting is declared once in ``SETTINGS`` (section, name, default, kind, help), the way
Datasette declares its settings; ``modelwire.example.toml`` and docs are checked against it
by the tests. A mistake in the file is reported as a ``ConfigError`` that names the file, the
entry and the problem; the CLI prints it and exits non-zero without a traceback.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_CONFIG = "modelwire.toml"
DEFAULT_DB = "modelwire.db"
SOURCE_KINDS = ("feed", "sitemap", "listing", "page", "auto")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class ConfigError(Exception):
    """A problem in a config file, phrased for the person who wrote it."""


@dataclass(frozen=True)
class Setting:
    section: str
    name: str
    default: Any
    kind: str  # str | int | float | bool | duration | size | list | timezone | url | weekday | clock
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("modelwire", "db", DEFAULT_DB, "str", "SQLite database file (relative to the config file)."),
    Setting("modelwire", "timezone", "UTC", "timezone", "Time zone for ISO weeks and schedules, e.g. Europe/Berlin."),
    Setting("modelwire", "contact_url", "https://github.com/modelwire/modelwire",
            "url", "URL in the User-Agent so site owners can reach you."),
    Setting("modelwire", "user_agent", "", "str", "Full User-Agent; empty builds 'modelwire/VERSION (+contact_url)'."),
    Setting("modelwire", "allow_private", [], "list",
            "Private/loopback addresses, CIDR ranges or host names that crawls may reach (e.g. 127.0.0.1)."),
    Setting("modelwire", "log_level", "WARNING", "str", "Log level of crawls and jobs: DEBUG, INFO, WARNING or ERROR (-v / -vv raise it)."),
    Setting("crawl", "download_delay", "1s", "duration", "Pause between requests to one site (robots.txt Crawl-delay wins if longer)."),
    Setting("crawl", "timeout", "30s", "duration", "Give up on a request after this long."),
    Setting("crawl", "max_size", "10MB", "size", "Largest response to download."),
    Setting("crawl", "concurrency", 2, "int", "Requests in flight to one site at a time, over all sources (1-8)."),
    Setting("crawl", "total_concurrency", 32, "int", "Requests in flight in all, over every site (concurrency-256)."),
    Setting("crawl", "retry_after_max", "2m", "duration", "Longest Retry-After wait honoured for 429/503 answers."),
    Setting("crawl", "obey_robots", True, "bool", "Obey robots.txt (leave on for real sites)."),
    Setting("crawl", "max_pages", 5, "int", "Default depth of listing-page pagination."),
    Setting("crawl", "backfill_pages", 10, "int", "First crawl of a source: listing pages to follow for its recent archive."),
    Setting("crawl", "backfill_days", 30, "int", "First crawl of an auto source: skip sitemap entries older than this many days (0: no limit); the feed's entries are all kept."),
    Setting("crawl", "all_topics", False, "bool", "Store every article, not only AI-related ones."),
    Setting("backfill", "cc_news_base", "https://data.commoncrawl.org/", "url",
            "Where --cc-news reads CC-NEWS (crawl-data/CC-NEWS/YYYY/MM/warc.paths.gz and the WARCs): Common Crawl's host or a mirror."),
    Setting("backfill", "segment_records", 500, "int", "WARC records a worker reads per task (and per database transaction)."),
    Setting("relevance", "keywords", [], "list", "Extra words or phrases that mark an article as AI-related."),
    Setting("relevance", "min_hits", 2, "int", "How many AI terms an article needs (title hits count twice)."),
    Setting("nlp", "kb_files", [], "list", "Your own knowledge-base files (JSON lines), added to the built-in one."),
    Setting("nlp", "kb_exclude", [], "list", "Knowledge-base entries to switch off, by name (a family takes its models with it)."),
    Setting("nlp", "unknown_scorer", False, "bool", "Also run the learned scorer of unknown model/benchmark names (experimental: more found, less precise)."),
    Setting("nlp", "name_tagger", True, "bool", "Also run the learned tagger of model/benchmark/lab names no list knows (on by default since round 23; false: the rules alone)."),
    Setting("nlp", "name_memory", True, "bool", "Remember new names found with strong evidence in one article and find them in the next ones (annotate; see README, 'Name memory')."),
    Setting("nlp", "claim_linker", False, "bool", "Also add the learned claim linker's claims: pairings of model, benchmark and score the rules miss (experimental)."),
    Setting("nlp", "spacy_model", "", "str", "An installed spaCy pipeline (e.g. en_core_web_sm) whose NER adds ORG discovery."),
    Setting("digest", "top_stories", 8, "int", "How many stories the digest shows."),
    Setting("digest", "top_entities", 8, "int", "How many models, companies and benchmarks each trend table shows."),
    Setting("digest", "chart_weeks", 8, "int", "Weeks of history in the chart."),
    Setting("digest", "story_window", "3d", "duration", "Articles further apart than this are not joined into one story by shared entities or titles."),
    Setting("digest", "min_claim_confidence", 0.5, "float", "The scoreboard's bar: benchmark claims whose confidence is below it stay out of the digest, 'modelwire scores' and benchmark alerts (0-1; 0.5 is the calibrated bar; higher shows fewer wrong claims and fewer right ones)."),
    Setting("digest", "skip_empty", False, "bool", "Do not send the digest of a week without articles (it is still stored)."),
    Setting("digest", "out_dir", "", "str", "Also write each digest as .html, .txt and .eml files into this folder (relative to the config file)."),
    Setting("digest", "subject_prefix", "[modelwire]", "str", "Start of the e-mail subject."),
    Setting("digest", "base_url", "", "url?", "Public URL of the out_dir folder (e.g. https://example.org/digests/); makes the links in feed.xml absolute."),
    Setting("smtp", "host", "localhost", "str", "SMTP server."),
    Setting("smtp", "port", 0, "int", "SMTP port; 0 picks 587 for starttls, 465 for tls, 25 for none."),
    Setting("smtp", "security", "starttls", "str", "starttls, tls (implicit TLS, SMTPS) or none."),
    Setting("smtp", "user", "", "str", "SMTP user name; empty sends without logging in."),
    Setting("smtp", "password_env", "MODELWIRE_SMTP_PASSWORD", "str", "NAME of the environment variable that holds the SMTP password (never the password)."),
    Setting("smtp", "from_addr", "modelwire@localhost", "str", "From address, e.g. 'modelwire <digest@example.org>'."),
    Setting("smtp", "to", [], "list", "Recipients of the digest."),
    Setting("smtp", "bcc", [], "list", "Hidden recipients of the digest."),
    Setting("smtp", "list_unsubscribe", "", "unsubscribe", "Unsubscribe link in every message's footer and List-Unsubscribe header: an https URL ({recipient} is replaced by the address; adds one-click List-Unsubscribe-Post) or a mailto: address (empty: mailto the From address)."),
    Setting("smtp", "timeout", "30s", "duration", "Give up on the SMTP server after this long."),
    Setting("smtp", "allow_plaintext_auth", False, "bool",
            "Let security = \"none\" log in to a host that is not loopback (the password travels in clear)."),
    Setting("schedule", "crawl_every", "1h", "duration", "How often the daemon checks which sources are due for a crawl."),
    Setting("schedule", "crawl_jitter", "2m", "duration", "Random delay added to each crawl tick, so runs do not align."),
    Setting("schedule", "crawl_groups", [], "list", "One crawl job per listed source group (empty: one job for all sources)."),
    Setting("schedule", "crawl_time_limit", "1h", "duration", "A crawl child process still running after this is stopped."),
    Setting("schedule", "adaptive", True, "bool", "Poll each source as often as it publishes, within min_interval and max_interval."),
    Setting("schedule", "min_interval", "1h", "duration", "Shortest interval between two crawls of one source."),
    Setting("schedule", "max_interval", "1d", "duration", "Longest interval between two crawls of one source (also the back-off cap)."),
    Setting("schedule", "digest_day", "mon", "weekday", "Weekday of the weekly digest (mon..sun)."),
    Setting("schedule", "digest_time", "07:00", "clock", "Time of the weekly digest, HH:MM in [modelwire] timezone."),
    Setting("schedule", "digest_send", True, "bool", "Send the digest by e-mail (false: only build and store it)."),
    Setting("schedule", "maintenance_every", "1d", "duration", "How often to optimize the indexes and back up the database."),
    Setting("schedule", "backup_dir", "backups", "str", "Folder for online backups of the database (relative to the config file)."),
    Setting("schedule", "backup_keep", 7, "int", "How many backups to keep."),
    Setting("schedule", "jobstore", "", "str", "SQLite file of the scheduler's job store (empty: next to the database, DB.jobs.sqlite)."),
    Setting("schedule", "misfire_grace", "1h", "duration", "A crawl or maintenance run missed by more than this is skipped (digests always run once)."),
)

SOURCE_KEYS: dict[str, tuple[str, str]] = {
    "name": ("str", "Unique name of the source."),
    "kind": ("str", "feed, sitemap, listing, page or auto."),
    "urls": ("list", "Start URLs (a single 'url' is accepted too)."),
    "url": ("url", "One start URL (shorthand for urls = [url])."),
    "enabled": ("bool", "Set false to keep a source without crawling it."),
    "group": ("str", "Group name, for scheduling groups of sources."),
    "link_selector": ("str", "listing: CSS selector for article links."),
    "next_selector": ("str", "listing: CSS selector for the next-page link."),
    "max_pages": ("int", "listing: how many pages of pagination to follow."),
    "follow_pattern": ("str", "Regular expression article URLs must match."),
}

# Durations that must not be zero: a request or an SMTP session that times out at once, a job that
# runs in a tight loop (APScheduler runs an interval of 0 every second), a misfire grace of 0 that
# APScheduler refuses. Seconds.
MIN_DURATIONS: dict[tuple[str, str], float] = {
    ("crawl", "timeout"): 0.1, ("smtp", "timeout"): 0.1,
    **{("schedule", name): 1.0 for name in ("crawl_every", "crawl_time_limit", "min_interval", "max_interval",
                                            "maintenance_every", "misfire_grace")},
}

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb|kib|mib|gib)?\s*$", re.I)
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}
_SIZES = {"b": 1, "kb": 1000, "mb": 1000**2, "gb": 1000**3, "kib": 1024, "mib": 1024**2, "gib": 1024**3, None: 1}


def parse_duration(value: Any) -> float:
    """Seconds from ``30``, ``"30s"``, ``"2m"``, ``"1.5h"``, ``"1d"``."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a duration (use e.g. '30s', '5m', '2h')")
    if isinstance(value, (int, float)):
        if value < 0:
            raise ValueError(f"{value!r} is negative")
        return float(value)
    m = _DURATION.match(str(value))
    if not m:
        raise ValueError(f"{value!r} is not a duration (use e.g. '30s', '5m', '2h')")
    return float(m.group(1)) * _UNITS[m.group(2)]


def format_duration(seconds: float) -> str:
    """A parsed duration as the config writes it: 3600 → ``"1h"``, 90 → ``"90s"``, 0.5 → ``"0.5s"``
    (``parse_duration`` reads it back to the same number)."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{int(seconds) if seconds == int(seconds) else seconds}s"


def parse_size(value: Any) -> int:
    """Bytes from ``1000``, ``"10MB"``, ``"512KiB"``."""
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a size (use e.g. '10MB')")
    if isinstance(value, (int, float)):
        return int(value)
    m = _SIZE.match(str(value))
    if not m:
        raise ValueError(f"{value!r} is not a size (use e.g. '10MB', '512KiB')")
    unit = m.group(2).lower() if m.group(2) else None
    return int(float(m.group(1)) * _SIZES[unit])


def check_url(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a URL")
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value.strip()


def check_unsubscribe(value: Any) -> str:
    """[smtp] list_unsubscribe: empty, a mailto: address (or a bare address) or an https URL;
    ``{recipient}`` stands for the subscriber's address (URL-quoted)."""
    if not isinstance(value, str):
        raise ValueError(f"{value!r} should be a string")
    v = value.strip()
    if not v:
        return ""
    unknown = sorted(set(re.findall(r"\{([^{}]*)\}", v)) - {"recipient"})
    if unknown:
        raise ValueError(f"{value!r}: unknown placeholder {{{unknown[0]}}} (only {{recipient}} is filled in)")
    if re.search(r"[\s<>,\"]", v):
        raise ValueError(f"{value!r} contains a space, comma, quote or angle bracket")
    low = v.lower()
    if low.startswith("https://"):
        if not urlsplit(v.replace("{recipient}", "x")).hostname:
            raise ValueError(f"{value!r} has no host name")
        return v
    if low.startswith("http://"):
        raise ValueError(f"{value!r} is plain http: unsubscribe links must be https (one-click unsubscribe, "
                         "RFC 8058, needs it), or use a mailto: address")
    addr = v[7:] if low.startswith("mailto:") else v
    local, _, domain = addr.partition("?")[0].partition("@")
    if not local or not domain or ":" in local:
        raise ValueError(f"{value!r} is neither an https URL nor a mailto: address")
    return v


def check_optional_url(value: Any) -> str:
    if isinstance(value, str) and not value.strip():
        return ""
    return check_url(value)


def check_allow_entry(value: str) -> str:
    """An allow_private entry: an address, CIDR range or host name, each with an optional :PORT."""
    from spiders.addresses import parse_allowance

    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{value!r} is not an address, CIDR range or host name")
    parse_allowance(value)
    return value.strip()


def _coerce(kind: str, value: Any) -> Any:
    if kind == "str":
        if not isinstance(value, str):
            raise ValueError(f"{value!r} should be a string")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{value!r} should be a whole number")
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{value!r} should be a number")
        return float(value)
    if kind == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"{value!r} should be true or false")
        return value
    if kind == "duration":
        return parse_duration(value)
    if kind == "size":
        return parse_size(value)
    if kind == "list":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{value!r} should be a list of strings")
        return value
    if kind == "timezone":
        try:
            ZoneInfo(str(value))
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{value!r} is not a time zone name (e.g. 'UTC', 'Europe/Berlin')") from None
        return value
    if kind == "url":
        return check_url(value)
    if kind == "url?":
        return check_optional_url(value)
    if kind == "unsubscribe":
        return check_unsubscribe(value)
    if kind == "weekday":   # → "mon" … "sun"
        if not isinstance(value, str) or value.strip().lower()[:3] not in WEEKDAYS:
            raise ValueError(f"{value!r} is not a weekday (mon, tue, wed, thu, fri, sat or sun)")
        return value.strip().lower()[:3]
    if kind == "clock":     # → "HH:MM"
        if not isinstance(value, str) or not re.fullmatch(r"([01]?\d|2[0-3]):[0-5]\d", value.strip()):
            raise ValueError(f"{value!r} is not a time of day as HH:MM (e.g. '07:00')")
        return value.strip().zfill(5)
    raise AssertionError(kind)


@dataclass
class Config:
    """Loaded settings: ``values[section][name]`` plus the validated ``sources``."""

    path: Path | None
    values: dict[str, dict[str, Any]]
    sources: list[dict[str, Any]] = field(default_factory=list)
    watches: list[dict[str, Any]] = field(default_factory=list)

    def get(self, section: str, name: str) -> Any:
        return self.values[section][name]

    @property
    def db_path(self) -> Path:
        db = Path(self.values["modelwire"]["db"])
        if not db.is_absolute() and self.path is not None:
            db = self.path.parent / db
        return db

    def crawl_options(self, extra_allow: list[str] | None = None) -> dict[str, Any]:
        """Plain options for ``spiders.settings.crawl_settings``."""
        mw, crawl = self.values["modelwire"], self.values["crawl"]
        from pipeline import __version__

        ua = mw["user_agent"] or f"modelwire/{__version__} (+{mw['contact_url']})"
        return {
            "user_agent": ua,
            "contact_url": mw["contact_url"],
            "allow_private": list(mw["allow_private"]) + list(extra_allow or []),
            "download_delay": crawl["download_delay"],
            "timeout": crawl["timeout"],
            "max_size": crawl["max_size"],
            "retry_after_max": crawl["retry_after_max"],
            "concurrency": crawl["concurrency"],
            "total_concurrency": crawl["total_concurrency"],
            "obey_robots": crawl["obey_robots"],
            "log_level": mw["log_level"],
        }

    def nlp_options(self) -> dict[str, Any]:
        nlp = self.values["nlp"]
        kb_files = []
        for i, f in enumerate(nlp["kb_files"]):
            p = Path(f)
            if not p.is_absolute() and self.path is not None:
                p = self.path.parent / p
            check_kb_file(p, f"{self.path or '<config>'}: [nlp] kb_files[{i}]")
            kb_files.append(str(p))
        opts = {"kb_files": kb_files, "spacy_model": nlp["spacy_model"] or None}
        if nlp["unknown_scorer"]:
            opts["unknown_scorer"] = True
        if nlp["claim_linker"]:
            opts["claim_linker"] = True
        opts["name_tagger"] = bool(nlp["name_tagger"])  # on by default, also when annotate gets no options
        opts["name_memory"] = bool(nlp["name_memory"])  # on by default, also when annotate gets no options
        if nlp["kb_exclude"]:
            opts["kb_exclude"] = list(nlp["kb_exclude"])
            opts["kb_exclude_where"] = f"{self.path or '<config>'}: [nlp] kb_exclude"
        return opts


def check_kb_file(path: Path, where: str) -> None:
    """A knowledge-base file the NLP can read: a missing one is left to the NLP (its E012 names it, and
    ``kb accept`` creates it), but a folder or a file that is not UTF-8 is this config entry's problem."""
    if path.is_dir():
        raise ConfigError(f"{where}: {str(path)!r} is a folder, not a JSON-lines file")
    try:
        path.read_bytes().decode("utf-8")
    except (FileNotFoundError, NotADirectoryError):   # missing: the NLP and `kb accept` say what is wrong
        return
    except OSError as e:
        raise ConfigError(f"{where}: {path}: cannot be read ({e.strerror})") from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{where}: {path}: not UTF-8 text ({e.reason} at byte {e.start}); save it as UTF-8") from None


def defaults() -> dict[str, dict[str, Any]]:
    values: dict[str, dict[str, Any]] = {}
    for s in SETTINGS:
        values.setdefault(s.section, {})[s.name] = _coerce(s.kind, s.default)
    return values


def load_config(path: str | Path | None = None, *, required: bool = False) -> Config:
    """Load and validate a config file; a missing default file gives the defaults."""
    explicit = path is not None
    p = Path(path) if path is not None else Path(DEFAULT_CONFIG)
    if not p.exists():
        if explicit or required:
            raise ConfigError(f"{p}: no such config file (run 'modelwire init' to create one)")
        return Config(path=None, values=defaults(), sources=[])
    if p.is_dir():
        raise ConfigError(f"{p}: is a folder, not a config file")
    try:
        raw = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"{p}: cannot be read ({e.strerror})") from None
    except UnicodeDecodeError as e:
        raise ConfigError(f"{p}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: not valid TOML: {e}") from None
    return parse_config(raw, p)


def parse_config(raw: dict[str, Any], path: Path | None) -> Config:
    where = str(path) if path else "<config>"
    values = defaults()
    known_sections = {s.section for s in SETTINGS} | {"sources", "watch"}
    by_key = {(s.section, s.name): s for s in SETTINGS}
    for section, table in raw.items():
        if section not in known_sections:
            raise ConfigError(f"{where}: unknown section [{section}] (known: {', '.join(sorted(known_sections))})")
        if section in ("sources", "watch"):
            continue
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: [{section}] should be a table")
        for name, value in table.items():
            setting = by_key.get((section, name))
            if setting is None:
                names = ", ".join(s.name for s in SETTINGS if s.section == section)
                raise ConfigError(f"{where}: [{section}] {name}: unknown key (known: {names})")
            try:
                values[section][name] = _coerce(setting.kind, value)
            except ValueError as e:
                raise ConfigError(f"{where}: [{section}] {name}: {e}") from None
    try:
        values["modelwire"]["allow_private"] = [check_allow_entry(v) for v in values["modelwire"]["allow_private"]]
    except ValueError as e:
        raise ConfigError(f"{where}: [modelwire] allow_private: {e}") from None
    crawl = values["crawl"]
    if not 1 <= crawl["concurrency"] <= 8:
        raise ConfigError(f"{where}: [crawl] concurrency: {crawl['concurrency']} is outside 1-8")
    if not crawl["concurrency"] <= crawl["total_concurrency"] <= 256:
        raise ConfigError(f"{where}: [crawl] total_concurrency: {crawl['total_concurrency']} is outside "
                          f"{crawl['concurrency']}-256 (it must be at least concurrency, {crawl['concurrency']})")
    if not 0 <= values["digest"]["min_claim_confidence"] <= 1:
        raise ConfigError(f"{where}: [digest] min_claim_confidence: {values['digest']['min_claim_confidence']:g} "
                          "is outside 0-1")
    for name, top in (("backfill_pages", 1000), ("backfill_days", 36500)):
        if not 0 <= crawl[name] <= top:
            raise ConfigError(f"{where}: [crawl] {name}: {crawl[name]} is outside 0-{top}")
    for (section, name), least in MIN_DURATIONS.items():
        if values[section][name] < least:
            raise ConfigError(f"{where}: [{section}] {name}: {format_duration(values[section][name])} is too short "
                              f"(at least {format_duration(least)})")
    sched = values["schedule"]
    if sched["min_interval"] > sched["max_interval"]:
        raise ConfigError(f"{where}: [schedule] min_interval: {format_duration(sched['min_interval'])} is longer "
                          f"than max_interval ({format_duration(sched['max_interval'])})")
    if values["backfill"]["segment_records"] < 1:
        raise ConfigError(f"{where}: [backfill] segment_records: should be at least 1")
    if values["modelwire"]["log_level"].upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError(f"{where}: [modelwire] log_level: {values['modelwire']['log_level']!r} is not DEBUG, INFO, WARNING or ERROR")
    values["modelwire"]["log_level"] = values["modelwire"]["log_level"].upper()
    sources = raw.get("sources", [])
    if not isinstance(sources, list):
        raise ConfigError(f"{where}: 'sources' should be an array of tables ([[sources]])")
    parsed: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, src in enumerate(sources):
        s = parse_source(src, f"{where}: sources[{i}]", default_pages=values["crawl"]["max_pages"])
        if s["name"] in seen:
            raise ConfigError(f"{where}: sources[{i}] ({s['name']!r}): the name is used twice")
        seen.add(s["name"])
        parsed.append(s)
    return Config(path=path, values=values, sources=parsed, watches=parse_watches(raw.get("watch", []), where))


def parse_source(src: Any, where: str, *, default_pages: int = 5) -> dict[str, Any]:
    """Validate one ``[[sources]]`` entry into the plain dict the spiders take."""
    if not isinstance(src, dict):
        raise ConfigError(f"{where}: should be a table")
    label = f"{where} ({src['name']!r})" if isinstance(src.get("name"), str) else where
    for key in src:
        if key not in SOURCE_KEYS:
            raise ConfigError(f"{label}: {key}: unknown key (known: {', '.join(SOURCE_KEYS)})")
    for key, value in src.items():
        kind = SOURCE_KEYS[key][0]
        try:
            if kind == "url":
                check_url(value)
            else:
                _coerce(kind, value)
        except ValueError as e:
            raise ConfigError(f"{label}: {key}: {e}") from None
    name = src.get("name")
    if not name or not re.fullmatch(r"[\w.-]+", name):
        raise ConfigError(f"{label}: name: {name!r} should be a non-empty word (letters, digits, '.', '-', '_')")
    kind = src.get("kind", "auto")
    if kind not in SOURCE_KINDS:
        raise ConfigError(f"{label}: kind: {kind!r} is not one of {', '.join(SOURCE_KINDS)}")
    urls = list(src.get("urls", []))
    if "url" in src:
        urls.insert(0, src["url"])
    if not urls:
        raise ConfigError(f"{label}: urls: at least one start URL is needed")
    for j, u in enumerate(urls):
        try:
            urls[j] = check_url(u)
        except ValueError as e:
            raise ConfigError(f"{label}: urls[{j}]: {e}") from None
    pattern = src.get("follow_pattern")
    if pattern:
        try:
            re.compile(pattern)
        except re.error as e:
            raise ConfigError(f"{label}: follow_pattern: not a valid regular expression ({e})") from None
    max_pages = src.get("max_pages", default_pages)
    if max_pages < 1:
        raise ConfigError(f"{label}: max_pages: should be at least 1")
    return {
        "name": name,
        "kind": kind,
        "urls": urls,
        "enabled": src.get("enabled", True),
        "group": src.get("group", "default"),
        "link_selector": src.get("link_selector"),
        "next_selector": src.get("next_selector"),
        "max_pages": max_pages,
        "follow_pattern": pattern,
    }


SOURCE_WRITE_KEYS = ("name", "kind", "urls", "link_selector", "next_selector", "follow_pattern")


def _source_table(source: dict[str, Any]):
    import tomlkit

    table = tomlkit.table()
    for key in SOURCE_WRITE_KEYS:
        if source.get(key):
            table[key] = source[key]
    return table


def render_source_toml(source: dict[str, Any]) -> str:
    """A ``[[sources]]`` block for ``add-source`` (written by tomlkit, so every value is escaped)."""
    import tomlkit

    doc = tomlkit.document()
    entries = tomlkit.aot()
    entries.append(_source_table(source))
    doc.append("sources", entries)
    return tomlkit.dumps(doc)


def add_source_to_toml(text: str, source: dict[str, Any]) -> str:
    """``text`` (a config file) with ``source`` added to its sources, the user's text kept as it is.

    The usual case (no sources yet, or ``[[sources]]`` tables) appends a ``[[sources]]`` block at
    the end, leaving every byte of the file unchanged; a file whose sources are an inline array
    (``sources = [...]``) gets the entry added to that array by tomlkit, which keeps comments and
    formatting. tomlkit renders the values (a hand-written renderer produced invalid TOML for
    selectors with newlines or control characters, and for URLs with quotes: bench/libraries.py).
    """
    import tomlkit
    from tomlkit.items import Array

    doc = tomlkit.parse(text)
    if isinstance(doc.get("sources"), Array):
        inline = tomlkit.inline_table()
        inline.update(_source_table(source).unwrap())
        doc["sources"].append(inline)
        return tomlkit.dumps(doc)
    nl = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith("\n"):
        text += nl
    return text + (nl if text.strip() else "") + render_source_toml(source).replace("\n", nl)


def add_kb_file_to_toml(text: str, kb_file: str) -> str:
    """``text`` (a config file) with ``kb_file`` added to ``[nlp] kb_files``, comments and formatting
    kept (tomlkit); for ``modelwire kb accept/reject`` when no knowledge-base file is configured."""
    import tomlkit

    doc = tomlkit.parse(text)
    section = doc.get("nlp")
    if section is None:
        section = tomlkit.table()
        doc["nlp"] = section
    files = section.get("kb_files")
    if files is None:
        section["kb_files"] = [kb_file]
    elif kb_file not in files:
        files.append(kb_file)
    return tomlkit.dumps(doc)


# -- watches ([[watch]]): alerts on news, see pipeline/alerts/ ---------------------------------

WATCH_RULES = ("entity", "new_models", "new_models_from", "benchmark", "query")
WATCH_KEYS: dict[str, tuple[str, str]] = {
    "name": ("str", "Unique name of the watch (alerts, --test and --backfill use it)."),
    "entity": ("str", "A model, organisation or benchmark (any spelling or alias): an article about it."),
    "min_mentions": ("int", "entity: mentions that make an article about it when the name is not in the title or first sentence (4)."),
    "new_models": ("bool", "true: a model seen for the first time."),
    "new_models_from": ("list", "A model seen for the first time, from one of these developers."),
    "benchmark": ("str", "A benchmark: a newly claimed score on it."),
    "best": ("bool", "benchmark: only a score above the best stored so far for it."),
    "min_score": ("float", "benchmark: only a score of at least this."),
    "query": ("str", "A full-text query, as `modelwire search` takes it."),
    "notify": ("list", "Apprise URLs of the channels (${NAME} reads an environment variable; 'smtp' uses [smtp])."),
    "quiet_hours": ("str", "HH:MM-HH:MM in [modelwire] timezone: alerts wait until it ends."),
    "digest_every": ("duration", "Send this watch's alerts at most once per this period, together."),
    "enabled": ("bool", "Set false to keep a watch without evaluating it."),
}
_ENV_REF = re.compile(r"\$\{([^}]*)\}")
_ENV_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CHANNEL = re.compile(r"^[a-z][a-z0-9+.-]*://\S+$", re.I)
_QUIET = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_quiet_hours(value: str) -> tuple[int, int]:
    """``"22:00-07:00"`` → (start, end) in minutes after midnight; the span may cross midnight."""
    m = _QUIET.match(value) if isinstance(value, str) else None
    if not m or int(m.group(1)) > 23 or int(m.group(3)) > 23 or int(m.group(2)) > 59 or int(m.group(4)) > 59:
        raise ValueError(f"{value!r} is not a span of hours as HH:MM-HH:MM (e.g. '22:00-07:00')")
    start, end = int(m.group(1)) * 60 + int(m.group(2)), int(m.group(3)) * 60 + int(m.group(4))
    if start == end:
        raise ValueError(f"{value!r} starts and ends at the same time")
    return start, end


def check_channel(value: Any) -> str:
    """A ``notify`` entry: ``smtp`` / ``smtp:ADDR,ADDR`` or an Apprise URL (``scheme://…``) whose
    secrets come from ``${NAME}`` environment variables, never written in the file."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{value!r} is not a channel URL")
    v = value.strip()
    for name in _ENV_REF.findall(v):
        if not _ENV_NAME.fullmatch(name):
            raise ValueError(f"${{{name}}} is not an environment variable name")
    if v == "smtp" or v.startswith("smtp:") and "//" not in v:
        for addr in filter(None, (a.strip() for a in v[5:].split(","))):
            if "@" not in addr:
                raise ValueError(f"{addr!r} in {v!r} is not an e-mail address")
        return v
    if not _CHANNEL.match(v):
        raise ValueError(f"{v!r} is not a channel URL (an Apprise URL such as json://host/path, mailto://…, "
                         "ntfy://topic, or 'smtp' for the [smtp] server)")
    userinfo = v.split("://", 1)[1].split("/", 1)[0].split("?", 1)[0].rpartition("@")[0]
    if ":" in userinfo and not _ENV_REF.fullmatch(userinfo.split(":", 1)[1]):
        raise ValueError(f"{v.split('://')[0]}://…: the password is written in the file; "
                         "put it in an environment variable and write ${NAME} instead")
    return v


def parse_watches(entries: Any, where: str) -> list[dict[str, Any]]:
    """Validate the ``[[watch]]`` entries (see :data:`WATCH_KEYS`) into plain dicts."""
    if not isinstance(entries, list):
        raise ConfigError(f"{where}: 'watch' should be an array of tables ([[watch]])")
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, w in enumerate(entries):
        w = parse_watch(w, f"{where}: watch[{i}]")
        if w["name"] in seen:
            raise ConfigError(f"{where}: watch[{i}] ({w['name']!r}): the name is used twice")
        seen.add(w["name"])
        out.append(w)
    return out


def parse_watch(w: Any, where: str) -> dict[str, Any]:
    if not isinstance(w, dict):
        raise ConfigError(f"{where}: should be a table")
    label = f"{where} ({w['name']!r})" if isinstance(w.get("name"), str) else where
    values: dict[str, Any] = {}
    for key, value in w.items():
        if key not in WATCH_KEYS:
            raise ConfigError(f"{label}: {key}: unknown key (known: {', '.join(WATCH_KEYS)})")
        try:
            values[key] = _coerce(WATCH_KEYS[key][0], value)
        except ValueError as e:
            raise ConfigError(f"{label}: {key}: {e}") from None
    name = values.get("name")
    if not name or not re.fullmatch(r"[\w.-]+", name):
        raise ConfigError(f"{label}: name: {name!r} should be a non-empty word (letters, digits, '.', '-', '_')")
    rules = [k for k in WATCH_RULES if k in values and values[k] not in (False, "", [])]
    if len(rules) != 1:
        got = f" (got {', '.join(rules)})" if rules else ""
        raise ConfigError(f"{label}: give exactly one of entity, new_models = true, new_models_from, benchmark "
                          f"or query{got}")
    rule = "new_models" if rules[0] == "new_models_from" else rules[0]
    for key, needs in (("min_mentions", "entity"), ("best", "benchmark"), ("min_score", "benchmark")):
        if key in values and rule != needs:
            raise ConfigError(f"{label}: {key}: only applies to a watch with {needs} = …")
    if rule in ("entity", "benchmark", "query") and not values[rule].strip():
        raise ConfigError(f"{label}: {rule}: should not be empty")
    if values.get("min_mentions", 1) < 1:
        raise ConfigError(f"{label}: min_mentions: should be at least 1")
    notify = values.get("notify") or []
    if not notify:
        raise ConfigError(f"{label}: notify: at least one channel URL is needed (e.g. notify = [\"smtp\"])")
    for j, url in enumerate(notify):
        try:
            notify[j] = check_channel(url)
        except ValueError as e:
            raise ConfigError(f"{label}: notify[{j}]: {e}") from None
    quiet = None
    if values.get("quiet_hours"):
        try:
            quiet = parse_quiet_hours(values["quiet_hours"])
        except ValueError as e:
            raise ConfigError(f"{label}: quiet_hours: {e}") from None
    return {
        "name": name,
        "rule": rule,
        "entity": values.get("entity", "").strip() or None,
        "min_mentions": values.get("min_mentions", 4),
        "new_models_from": list(values.get("new_models_from") or []),
        "benchmark": values.get("benchmark", "").strip() or None,
        "best": values.get("best", False),
        "min_score": values.get("min_score"),
        "query": values.get("query", "").strip() or None,
        "notify": list(dict.fromkeys(notify)),
        "quiet_hours": quiet,
        "digest_every": values.get("digest_every", 0.0),
        "enabled": values.get("enabled", True),
    }
