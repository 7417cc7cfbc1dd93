"""spiders.dates: the one date parser and the one stored time format.

Each table row is ``input -> (parse_date, parse_page_date)`` in the stored form, None for
"cannot read". The quirks the three former parsers had are pinned here (feedparser's private
``_parse_date`` in spiders.base, pipeline.extract.metadata's, the scheduler's strptime).
"""
from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone

import pytest

from spiders import dates
from spiders.dates import format_instant, normalize_instant, parse_date, parse_iso, parse_page_date

NEXT_YEAR = datetime.now(timezone.utc).year + 1

TABLE = [
    # ISO 8601 / W3C
    ("2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),
    ("2024-05-01T10:00:00z", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),
    ("  2024-05-01T10:00:00Z  ", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),
    ("2024-05-01T10:00:00+00:00", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),
    ("2024-05-01T10:00:00+02:00", "2024-05-01T08:00:00Z", "2024-05-01T08:00:00Z"),
    ("2024-05-01T10:00:00+0200", "2024-05-01T08:00:00Z", "2024-05-01T08:00:00Z"),
    ("2024-05-01T10:00:00+02", "2024-05-01T08:00:00Z", "2024-05-01T08:00:00Z"),
    ("2024-05-01T10:00:00+05:30", "2024-05-01T04:30:00Z", "2024-05-01T04:30:00Z"),
    ("2024-05-01T10:00:00-07:00", "2024-05-01T17:00:00Z", "2024-05-01T17:00:00Z"),
    ("2024-05-01T10:00:00", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),        # naive: UTC
    ("2024-05-01T10:00", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),
    ("2024-05-01 10:00:00Z", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),
    ("2025-11-03 10:00:00 UTC", "2025-11-03T10:00:00Z", "2025-11-03T10:00:00Z"),
    ("2025-11-03T10:00:00 GMT", "2025-11-03T10:00:00Z", "2025-11-03T10:00:00Z"),
    ("2003-12-31T10:14:55.117Z", "2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z"),
    ("2024-05-01T10:00:00.1234567Z", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),
    ("20240501T100000Z", "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),
    ("2024-W18-3", "2024-05-01T00:00:00Z", "2024-05-01T00:00:00Z"),
    ("2024-05-01T24:00:00Z", "2024-05-02T00:00:00Z", "2024-05-02T00:00:00Z"),
    # a date without a time is that day, 00:00 UTC
    ("2024-05-01", "2024-05-01T00:00:00Z", "2024-05-01T00:00:00Z"),
    # W3C's reduced precision (sitemaps): a feed/sitemap date, never a page's publication date
    ("2024-05", "2024-05-01T00:00:00Z", None),
    ("2024", "2024-01-01T00:00:00Z", None),
    # RFC 822 / 1123 / 850, asctime
    ("Wed, 02 Oct 2002 13:00:00 +0200", "2002-10-02T11:00:00Z", "2002-10-02T11:00:00Z"),
    ("Wed, 02 Oct 2002 13:00:00 GMT", "2002-10-02T13:00:00Z", "2002-10-02T13:00:00Z"),
    ("Wed, 02 Oct 2002 13:00:00 UT", "2002-10-02T13:00:00Z", "2002-10-02T13:00:00Z"),
    ("Wed, 02 Oct 2002 13:00:00 Z", "2002-10-02T13:00:00Z", "2002-10-02T13:00:00Z"),
    ("Sat, 1 Jun 2024 08:00:00 -0000", "2024-06-01T08:00:00Z", "2024-06-01T08:00:00Z"),
    ("Tue, 10 Jun 2003 09:41:01.1234 GMT", "2003-06-10T09:41:01Z", "2003-06-10T09:41:01Z"),
    ("Thu, 01-Jan-2004 19:48:21 PST", "2004-01-02T03:48:21Z", "2004-01-02T03:48:21Z"),
    ("Sun Nov  6 08:49:37 1994", "1994-11-06T08:49:37Z", None),                     # page: before 1995
    # zone names
    ("01 Jan 2004 19:48 EST", "2004-01-02T00:48:00Z", "2004-01-02T00:48:00Z"),
    ("Mon, 06 Nov 23 08:00:00 PDT", "2023-11-06T15:00:00Z", "2023-11-06T15:00:00Z"),
    ("Mon, 06 Nov 2023 08:00:00 CET", "2023-11-06T07:00:00Z", "2023-11-06T07:00:00Z"),
    ("Mon, 06 Nov 2023 08:00:00 XYZT", "2023-11-06T08:00:00Z", "2023-11-06T08:00:00Z"),  # unknown: UTC
    ("Nov 3, 2025 10:00 AM EST", "2025-11-03T15:00:00Z", "2025-11-03T15:00:00Z"),
    ("Fri, 2006/09/15 08:19:53 EDT", "2006-09-15T12:19:53Z", "2006-09-15T12:19:53Z"),
    # two-digit years (RFC 822): 69 and later are 19xx, earlier 20xx
    ("Thu, 01 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z", "2004-01-01T19:48:21Z"),
    ("Mon, 06 Nov 69 08:00:00 GMT", "1969-11-06T08:00:00Z", None),
    # days written out
    ("3 November 2025", "2025-11-03T00:00:00Z", "2025-11-03T00:00:00Z"),
    ("November 3, 2025", "2025-11-03T00:00:00Z", "2025-11-03T00:00:00Z"),
    ("Oct 2 2002", "2002-10-02T00:00:00Z", "2002-10-02T00:00:00Z"),
    ("2025/11/03", "2025-11-03T00:00:00Z", "2025-11-03T00:00:00Z"),
    ("2025.11.03", "2025-11-03T00:00:00Z", "2025-11-03T00:00:00Z"),
    # dates in prose: a page's, not a feed's
    ("Posted on Nov. 3rd, 2025 by Jane", None, "2025-11-03T00:00:00Z"),
    ("Updated 2025-11-04, first published 3 November 2025", None, "2025-11-04T00:00:00Z"),
    # far past / far future: kept from a feed, rejected from a page
    ("2099-01-01T00:00:00Z", "2099-01-01T00:00:00Z", None),
    (f"{NEXT_YEAR}-01-01T00:00:00Z", f"{NEXT_YEAR}-01-01T00:00:00Z", f"{NEXT_YEAR}-01-01T00:00:00Z"),
    ("1800-01-01T00:00:00Z", "1800-01-01T00:00:00Z", None),
    ("1990-01-01", "1990-01-01T00:00:00Z", None),
    # garbage
    ("garbage", None, None),
    ("", None, None),
    ("   ", None, None),
    ("2024-13-01", None, None),
    ("2024-02-30T10:00:00Z", None, None),
    ("1700000000", None, None),
    ("12/25/2024", None, None),     # month/day order is ambiguous: not guessed
    ("May 3", None, None),          # no year: not guessed
    ("x" * 150, None, None),
]


@pytest.mark.parametrize("value,feed,page", TABLE, ids=[repr(r[0])[:40] for r in TABLE])
def test_parsers_on_text(value, feed, page):
    assert format_instant(parse_date(value)) == feed
    assert format_instant(parse_page_date(value)) == page


OTHER = [
    (datetime(2024, 5, 1, 12, 0, tzinfo=timezone(timedelta(hours=2))), "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z"),
    (datetime(2024, 5, 1, 12, 0), "2024-05-01T12:00:00Z", "2024-05-01T12:00:00Z"),      # naive: UTC
    (time.struct_time((2024, 5, 1, 10, 0, 0, 2, 122, 0)), "2024-05-01T10:00:00Z", None),  # feedparser *_parsed
    ((2024, 5, 1, 10, 0, 0), "2024-05-01T10:00:00Z", None),
    (date(2024, 5, 1), "2024-05-01T00:00:00Z", None),
    (1700000000, None, "2023-11-14T22:13:20Z"),            # epoch seconds in JSON-LD
    (1700000000000, None, "2023-11-14T22:13:20Z"),         # epoch milliseconds
    (["2024-05-01", 3], None, "2024-05-01T00:00:00Z"),     # JSON-LD list
    ({"@value": "2024-05-01T10:00:00Z"}, None, "2024-05-01T10:00:00Z"),
    (None, None, None),
    (True, None, None),
    (3.5, None, None),
]


@pytest.mark.parametrize("value,feed,page", OTHER, ids=[repr(r[0])[:40] for r in OTHER])
def test_parsers_on_other_values(value, feed, page):
    assert format_instant(parse_date(value)) == feed
    assert format_instant(parse_page_date(value)) == page


def test_parsers_return_aware_utc():
    for value in ("2024-05-01T10:00:00+02:00", "Wed, 02 Oct 2002 13:00:00 EST", "2024-05-01"):
        dt = parse_date(value)
        assert dt.tzinfo is not None and dt.utcoffset() == timedelta(0)


def test_parse_iso_reads_iso_8601_only():
    assert format_instant(parse_iso("2025-11-06T10:00:00+02:00")) == "2025-11-06T08:00:00Z"
    assert format_instant(parse_iso("2025-11-06")) == "2025-11-06T00:00:00Z"
    assert format_instant(parse_iso(datetime(2025, 11, 6, 8))) == "2025-11-06T08:00:00Z"
    for value in ("Wed, 02 Oct 2002 13:00:00 GMT", "3 November 2025", "2025-11", "garbage", "", None, 5):
        assert parse_iso(value) is None, value


def test_format_instant_is_the_stored_form():
    assert format_instant(datetime(2025, 11, 6, 8, 0, 0, 999999, tzinfo=timezone.utc)) == "2025-11-06T08:00:00Z"
    assert format_instant(datetime(2025, 11, 6, 1, 0, tzinfo=timezone(timedelta(hours=2)))) == "2025-11-05T23:00:00Z"
    assert format_instant(datetime(2025, 11, 6, 8)) == "2025-11-06T08:00:00Z"
    assert format_instant(None) is None
    assert len(dates.utcnow()) == 20 and dates.utcnow().endswith("Z")
    assert parse_iso(dates.utcnow()) is not None


@pytest.mark.parametrize("value,expected", [
    ("2025-11-06T08:00:00Z", "2025-11-06T08:00:00Z"),
    ("2025-11-06T08:00:00+00:00", "2025-11-06T08:00:00Z"),
    ("2025-11-06T10:00:00+02:00", "2025-11-06T08:00:00Z"),
    ("2025-11-06T01:00:00+02:00", "2025-11-05T23:00:00Z"),   # the day changes too
    ("2025-11-06T08:00:00.123456+00:00", "2025-11-06T08:00:00Z"),
    ("2025-11-06 08:00:00", "2025-11-06T08:00:00Z"),
    (datetime(2025, 11, 6, 8, tzinfo=timezone.utc), "2025-11-06T08:00:00Z"),
    # a day stays a day; what is not ISO 8601 stays exactly as it is
    ("2025-11-06", "2025-11-06"),
    ("2025-11", "2025-11"),
    (date(2025, 11, 6), "2025-11-06"),
    ("Wed, 05 Nov 2025 08:00:00 GMT", "Wed, 05 Nov 2025 08:00:00 GMT"),
    ("garbage", "garbage"),
    ("2025-13-45T99:00:00Z", "2025-13-45T99:00:00Z"),
    ("", ""),
    (None, None),
])
def test_normalize_instant(value, expected):
    assert normalize_instant(value) == expected


def test_url_and_text_dates():
    assert format_instant(dates.url_date("https://x.example/2025/11/03/slug")) == "2025-11-03T00:00:00Z"
    assert format_instant(dates.url_date("https://x.example/2025-11-03-slug")) == "2025-11-03T00:00:00Z"
    assert dates.url_date("https://x.example/1899/11/03/slug") is None
    assert dates.url_date("https://x.example/2025/slug") is None
    assert format_instant(dates.text_date("By Jane, 3rd of November 2025")) == "2025-11-03T00:00:00Z"
    assert format_instant(dates.text_date("Sept. 9, 2025")) == "2025-09-09T00:00:00Z"
    assert dates.text_date("in the year 2025") is None
