"""Dates and times, read and written one way for the whole of modelwire.

It lives in ``spiders`` because spiders may import nothing else of ours, while ``pipeline`` and
``schedules`` may import ``spiders``.

Writing: every instant stored in the database is :func:`format_instant`'s
``YYYY-MM-DDTHH:MM:SSZ`` (UTC, whole seconds), so stored times compare correctly as text.
:func:`utcnow` is "now" in that form and :func:`normalize_instant` turns any stored or incoming
ISO 8601 value into it (leaving bare days and text it cannot read as they are).

Reading, from strictest to most lenient:

``parse_iso``
    ISO 8601 only (what we store, what a user types): ``2025-11-06``, ``2025-11-06T08:00Z``,
    ``2025-11-06 10:00:00+02:00``. Used for stored values and command-line bounds.
``parse_date``
    Machine dates in feeds and sitemaps: ISO 8601 / W3C (also ``2025`` and ``2025-11``, which
    W3C allows in sitemaps), RFC 822 / 1123 / 850 and asctime (two-digit years, US zone names
    such as ``EST`` / ``PDT``), ``feedparser``'s ``*_parsed`` tuples. No plausibility window.
``parse_page_date``
    Whatever a web page says: ``parse_date``'s formats (full dates only), JSON-LD shapes
    (lists, ``{"@value": …}``), epoch seconds or milliseconds, ``2025/11/03``, and dates in
    prose ("November 3, 2025", "3 Nov 2025"). Years outside 1995 .. next year are rejected.

All return aware UTC datetimes (a value without an offset is taken as UTC; a date without a
time is midnight UTC) or None for anything unreadable; none raises. An unknown zone name
(``CET`` in an RFC 822 date, say) is read as UTC, as the standard library does.
"""
from __future__ import annotations

import re
import time
import warnings
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from dateutil import parser as _du_parser
from dateutil.parser import isoparse as _isoparse

UTC = timezone.utc
INSTANT_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
MAX_LEN = 100   # longer "dates" are prose, not dates

# ---------------------------------------------------------------------------- writing


def format_instant(dt: datetime | None) -> str | None:
    """The one stored form of an instant: ``2025-11-06T08:00:00Z`` (naive datetimes are UTC)."""
    if dt is None:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.strftime(INSTANT_FORMAT)


def utcnow() -> str:
    """Now, as :func:`format_instant` writes it."""
    return format_instant(datetime.now(UTC))


_DAY_ONLY = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def normalize_instant(value: Any) -> Any:
    """``value`` in the stored form: ISO 8601 times become ``…Z`` (converted to UTC).

    A bare day (``2025-11-06``, or W3C's ``2025-11`` / ``2025``) stays as it is: it is not an
    instant and midnight would be made up. None, '' and text that is not ISO 8601 are returned
    unchanged, so rewriting a column never loses what was there.
    """
    if isinstance(value, datetime):
        return format_instant(value)
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return value
    text = value.strip()
    if _DAY_ONLY.match(text):
        return value
    dt = parse_iso(text)
    return format_instant(dt) if dt is not None else value


# ---------------------------------------------------------------------------- reading


def _utc(dt: datetime) -> datetime:
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


# ISO 8601 as far as isoparse goes: a full date (or, with ``partial``, W3C's YYYY / YYYY-MM)
_ISO_FULL = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])|^\d{4}-W\d{2}|^\d{8}(?:$|T)")
_ISO_PARTIAL = re.compile(r"^\d{4}(?:-\d{2})?$")


_COMMON_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?([+-]\d{2}:\d{2})?)?$")


def _iso(text: str, partial: bool = False) -> datetime | None:
    if not (_ISO_FULL.match(text) or (partial and _ISO_PARTIAL.match(text))):
        return None
    s = re.sub(r"\s*(?:UTC|GMT)$", "Z", text)            # 2025-11-03 10:00:00 UTC
    s = re.sub(r"[zZ]$", "+00:00", s)
    s = re.sub(r"^(\d{4}-\d{2}-\d{2}) (?=\d)", r"\1T", s)  # a space for the T
    if _COMMON_ISO.match(s):   # the common shapes, ~100x faster than dateutil (long feeds)
        try:
            return _utc(datetime.fromisoformat(s))
        except (ValueError, OverflowError):
            pass
    try:
        return _utc(_isoparse(s))
    except (ValueError, OverflowError):
        return None


def parse_iso(value: Any) -> datetime | None:
    """ISO 8601 text (or a datetime) as aware UTC; None when it is not that."""
    if isinstance(value, datetime):
        return _utc(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > MAX_LEN:
        return None
    return _iso(text)


# Zone names RFC 822 and feeds use. email.utils knows the North American ones; a name it does not
# know leaves the time naive, which we read as UTC, unless the name is one of these.
_ZONES = {
    "UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 1, "WEST": 1, "CET": 1, "MET": 1,
    "CEST": 2, "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10,
}
_TZINFOS = {name: hours * 3600 for name, hours in _ZONES.items()}
_FRACTION = re.compile(r"(\d{1,2}:\d{2}:\d{2})[.,]\d+")
_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_YEAR4 = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _rfc822(text: str) -> datetime | None:
    s = _FRACTION.sub(r"\1", text)                       # 09:41:01.1234 GMT
    try:
        dt = parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if dt.tzinfo is None:
        zone = s.rsplit(None, 1)[-1].upper()
        if zone in _ZONES:
            dt = dt.replace(tzinfo=timezone(timedelta(hours=_ZONES[zone])))
    return _utc(dt)


def _other(text: str) -> datetime | None:
    """Dates with a clock time and a four-digit year that neither ISO nor RFC 822 read.

    ``Fri, 2006/09/15 08:19:53 EDT`` or ``Nov 3, 2025 10:00 AM EST``: dateutil reads these,
    zone names included. Without both a time and a year it guesses too freely ("May 3" would
    be this year), so it is not asked.
    """
    if not (_CLOCK.search(text) and _YEAR4.search(text)):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # UnknownTimezoneWarning: the time is then read as UTC
        try:
            return _utc(_du_parser.parse(text, tzinfos=_TZINFOS, default=datetime(2000, 1, 1)))
        except (ValueError, OverflowError, TypeError):
            return None


def _parse_text(text: str, partial: bool) -> datetime | None:
    return _iso(text, partial) or _rfc822(text) or _other(text)


def parse_date(value: Any) -> datetime | None:
    """A feed's or sitemap's date (see the module doc) as aware UTC, or None."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return _utc(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if isinstance(value, time.struct_time) or (isinstance(value, tuple) and len(value) >= 6):
        try:
            return datetime(*value[:6], tzinfo=UTC)   # feedparser's *_parsed are UTC
        except (TypeError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > MAX_LEN:
        return None
    return _parse_text(text, partial=True) or _bare_day(text)


# ---------------------------------------------------------------------------- pages

MIN_YEAR = 1995   # before the web had news sites worth reading

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTHS.update({"sept": 9})
MONTH_RE = (r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_TEXT_DATE = [
    re.compile(MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.I),       # November 3, 2025
    re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH_RE + r",?\s+(\d{4})", re.I),  # 3 November 2025
]
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SLASHED_DAY = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$|[-_])|/((?:19|20)\d{2})-(\d{2})-(\d{2})(?:/|$|[-_])")


def plausible(dt: datetime | None) -> datetime | None:
    """``dt`` if its year is between 1995 and next year, else None (a page's typo or placeholder)."""
    if dt is None:
        return None
    if not (MIN_YEAR <= dt.year <= datetime.now(UTC).year + 1):
        return None
    return dt


def _day(y, m, d) -> datetime | None:
    try:
        return datetime(int(y), int(m), int(d), tzinfo=UTC)
    except (ValueError, OverflowError, TypeError):
        return None


def _ymd(y, m, d) -> datetime | None:
    return plausible(_day(y, m, d))


def _month(name: str) -> int | None:
    name = name.lower()
    return _MONTHS.get(name[:4].rstrip("."), _MONTHS.get(name[:3]))


_WEEKDAY = re.compile(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", re.I)


def _bare_day(text: str) -> datetime | None:
    """A whole value that is a day without a time: ``3 November 2025``, ``Nov 3, 2025``, ``2025/11/03``."""
    s = _WEEKDAY.sub("", text)
    m = _SLASHED_DAY.fullmatch(s)
    if m:
        return _day(*m.groups())
    m = _TEXT_DATE[0].fullmatch(s)
    if m:
        mon, day, year = m.groups()
        return _day(year, _month(mon), day)
    m = _TEXT_DATE[1].fullmatch(s)
    if m:
        day, mon, year = m.groups()
        return _day(year, _month(mon), day)
    return None


def parse_page_date(val: Any) -> datetime | None:
    """A date a web page gives (meta tag, JSON-LD, ``<time>``; see the module doc), or None."""
    if isinstance(val, list):
        val = next((v for v in val if isinstance(v, str)), None)
    if isinstance(val, dict):
        val = val.get("@value")
    if isinstance(val, datetime):
        return plausible(_utc(val))
    if isinstance(val, (int, float)) and not isinstance(val, bool) and 1e9 <= val < 1e13:
        return plausible(datetime.fromtimestamp(val / 1000 if val > 1e11 else val, UTC))
    if not isinstance(val, str):
        return None
    s = val.strip()
    if not s or len(s) > MAX_LEN:
        return None
    dt = _parse_text(s, partial=False)   # "2025" alone is not a page's publication date
    if dt is not None:
        return plausible(dt)
    m = _SLASHED_DAY.match(s)
    if m:
        return _ymd(*m.groups())
    return text_date(s)


def text_date(s: str) -> datetime | None:
    """First "Nov 3, 2025" / "3 November 2025" / ISO day in ``s`` (00:00Z)."""
    best = None
    for i, rx in enumerate(_TEXT_DATE):
        m = rx.search(s)
        if not m:
            continue
        if i == 0:
            mon, day, year = m.groups()
        else:
            day, mon, year = m.groups()
        dt = _ymd(year, _month(mon), day)
        if dt and (best is None or m.start() < best[0]):
            best = (m.start(), dt)
    m = _ISO_DAY.search(s)
    if m and (best is None or m.start() < best[0]):
        dt = _ymd(*m.groups())
        if dt:
            best = (m.start(), dt)
    return best[1] if best else None


def url_date(url: str) -> datetime | None:
    """The day in a URL path such as ``/2025/11/03/slug`` or ``/2025-11-03-slug`` (00:00Z)."""
    try:
        path = urlsplit(url or "").path
    except ValueError:
        return None
    m = _URL_DATE.search(path)
    if not m:
        return None
    g = [x for x in m.groups() if x]
    return _ymd(*g[:3])
