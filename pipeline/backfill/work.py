"""One segment of one WARC file, on whichever process runs it (this one or a Dask worker).

A segment is up to ``records`` response records from byte ``offset``. Each goes through the
cheap checks first (date window, HTTP status, content type, size, the byte prefilter), then the
crawl's own steps: extraction, "is it an article" (``ExtractPipeline``), relevance
(``RelevancePipeline``) and the store's hashing (``precompute``). What comes back is plain data:
the kept articles, counts by reason and where the next segment starts. Nothing here writes.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from pipeline.backfill.sources import Origin, SourceError, is_url
from pipeline.backfill.warc import read_records

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class Segment:
    """What a worker needs: plain values only (it is pickled to the worker)."""

    file: str
    offset: int
    records: int
    options: dict[str, Any]   # see run.BackfillOptions.for_workers()


@dataclass
class SegmentResult:
    file: str
    offset: int
    next_offset: int
    records: int                   # records read (failed ones included)
    end: bool                      # the file has no more records
    articles: list = field(default_factory=list)   # pipeline.crawl.pipelines.ExtractedArticle
    counts: Counter = field(default_factory=Counter)
    size: int | None = None
    error: str | None = None       # the file could not be read (nothing of this segment is kept)


_cache: dict[str, Any] = {}   # per worker process: the prefilter and the relevance step, built once


def _steps(options: dict[str, Any]):
    key = options["key"]
    if _cache.get("key") != key:
        from scrapy.settings import Settings

        from pipeline.backfill.prefilter import Prefilter
        from pipeline.crawl.pipelines import RelevancePipeline

        relevance = RelevancePipeline(Settings({"MODELWIRE_ALL_TOPICS": options["all_topics"],
                                                "MODELWIRE_RELEVANCE_TERMS": options["relevance_terms"],
                                                "MODELWIRE_RELEVANCE_MIN_HITS": options["min_hits"]}))
        prefilter = Prefilter(options["prefilter_terms"], options["prefilter_cased"])
        _cache.clear()
        _cache.update(key=key, relevance=relevance, prefilter=prefilter)
    return _cache["prefilter"], _cache["relevance"]


def site_of(url: str) -> str:
    host = (urlsplit(url).hostname or "unknown").lower()
    return host[4:] if host.startswith("www.") else host


def process_segment(seg: Segment) -> SegmentResult:
    origin = Origin(tuple(seg.options["allow_private"]))
    opened: list = []

    def open_at(offset: int):
        stream = origin.open_at(seg.file, offset)
        opened.append(stream)
        return stream

    out = SegmentResult(seg.file, seg.offset, seg.offset, 0, True)
    try:
        for rec in read_records(open_at, seg.offset, seg.options["max_size"]):
            if out.records >= seg.records:
                out.next_offset, out.end = rec.offset, False
                break
            out.records += 1
            out.next_offset = rec.offset + 1
            kind, article = _one(rec, seg.options)
            out.counts[kind] += 1
            if article is not None:
                out.articles.append(article)
    except (SourceError, OSError) as e:  # unreachable, gone, cut off: the next run tries again
        problem = str(e) if isinstance(e, SourceError) else f"{seg.file}: {type(e).__name__}: {e}"
        return SegmentResult(seg.file, seg.offset, seg.offset, 0, False, error=problem)
    if opened:
        out.size = getattr(opened[0], "size", None)
    if out.size is None and not is_url(seg.file):
        out.size = os.path.getsize(seg.file)
    if out.end and out.size is not None:
        out.next_offset = max(out.next_offset, out.size)
    return out


def _one(rec, options) -> tuple[str, Any]:
    """``("kept", article)`` or ``("skipped:<reason>" | "failed:<reason>", None)``."""
    if rec.error:
        return "failed:corrupt_record", None
    if rec.date and ((options["since"] and rec.date < options["since"])
                     or (options["until"] and rec.date >= options["until"])):
        return "skipped:date", None
    if rec.status != 200:
        return "skipped:http_status", None
    ctype = (rec.content_type or "").split(";")[0].strip().lower()
    if ctype and ctype not in HTML_TYPES:
        return "skipped:not_html", None
    if rec.too_large:
        return "skipped:too_large", None
    prefilter, relevance = _steps(options)
    if not options["all_topics"] and not prefilter.passes(rec.body):
        return "skipped:prefilter", None
    return _article(rec, relevance)


def _article(rec, relevance) -> tuple[str, Any]:
    from scrapy.exceptions import DropItem

    from pipeline.crawl.pipelines import ExtractPipeline
    from pipeline.crawl.runstats import classify_drop
    from pipeline.extract.page import extract
    from pipeline.store.db import precompute
    from spiders.items import FetchedPage

    page = FetchedPage(url=rec.url, final_url=rec.url, status=200, body=rec.body, source=site_of(rec.url),
                       via="warc", headers={"content-type": rec.content_type or ""}, encoding=rec.charset,
                       fetched_at=rec.date or "")
    try:
        record = extract(rec.body, rec.url, hints={}, encoding=rec.charset)
        article = relevance.process_item(ExtractPipeline._article(page, record))
    except DropItem as e:
        kind, reason = classify_drop(str(e))
        return f"{kind}:{reason}", None
    except Exception:  # noqa: BLE001 - one page never stops a backfill
        return "failed:extract_error", None
    article.extra["precomputed"] = precompute(article.record, rec.body)
    return "kept", article
