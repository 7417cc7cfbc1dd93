"""``modelwire backfill``: past AI news from WARC files or Common Crawl's CC-NEWS."""
from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone

import click

from pipeline.cli.output import Context, fail


def _day(value: str | None, option: str, *, end: bool = False) -> str | None:
    """``2025-03-01`` (or a full ISO time) → stored-form instant; an ``--until`` day counts whole."""
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    if end and len(value) == 10:
        dt += timedelta(days=1)
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@click.command()
@click.option("--warc", "warcs", multiple=True, metavar="PATH|URL",
              help="A WARC file (.warc or .warc.gz), a folder of them, or an http(s) URL (repeatable).")
@click.option("--cc-news", "cc_news", metavar="YYYY-MM[..YYYY-MM]",
              help="Read CC-NEWS for these months (listings from [backfill] cc_news_base).")
@click.option("--since", metavar="DATE", help="Only records crawled on or after this day (WARC-Date).")
@click.option("--until", metavar="DATE", help="Only records crawled on or before this day.")
@click.option("--limit", type=click.IntRange(min=1), help="Read at most this many records in this run.")
@click.option("--all-topics", is_flag=True, default=None, help="Store every article, not only AI-related ones.")
@click.option("--annotate", "then_annotate", is_flag=True, help="Annotate the stored articles afterwards.")
@click.option("--scheduler", metavar="tcp://HOST:8786", help="Run on this Dask cluster instead of a local one.")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Processes of the local cluster [default: one per core]; 0 runs in this process.")
@click.option("--allow-private", multiple=True, metavar="ADDR",
              help="Let http(s) WARC URLs reach this private address, CIDR range or host (e.g. 127.0.0.1).")
@click.pass_obj
def backfill(obj: Context, warcs, cc_news, since, until, limit, all_topics, then_annotate, scheduler, workers,
             allow_private):
    """Store the AI articles of WARC files, as a crawl would, dated by the archive.

    Each page's site becomes its source and its WARC-Date its first_seen. A cheap scan of the
    raw bytes skips most pages before parsing. Safe to interrupt: run the same command again
    and it goes on from the first record not stored.

    \b
    Examples:
      modelwire backfill --warc crawl.warc.gz --warc https://example.org/more.warc.gz
      modelwire backfill --cc-news 2025-01..2025-12 --since 2025-01-01 --annotate
      modelwire backfill --cc-news 2025-06 --scheduler tcp://10.0.0.5:8786
    """
    from pipeline.backfill.run import BackfillOptions, backfill as run_backfill
    from pipeline.backfill.sources import Origin, SourceError, cc_news_files, expand
    from pipeline.cli.main import _allow_private
    from pipeline.cluster import ClusterError, executor

    if not warcs and not cc_news:
        fail("nothing to read: give --warc PATH|URL or --cc-news YYYY-MM..YYYY-MM", 2)
    config = obj.config
    allow = list(config.get("modelwire", "allow_private")) + _allow_private(allow_private)
    options = BackfillOptions(
        since=_day(since, "--since"), until=_day(until, "--until", end=True), limit=limit,
        all_topics=config.get("crawl", "all_topics") if all_topics is None else all_topics,
        relevance_terms=list(config.get("relevance", "keywords")), min_hits=config.get("relevance", "min_hits"),
        kb_files=config.nlp_options()["kb_files"], allow_private=allow, max_size=config.get("crawl", "max_size"),
        segment_records=config.get("backfill", "segment_records"))
    if options.since and options.until and options.until <= options.since:
        fail("--until is before --since", 2)
    try:
        files = expand(list(warcs))
        if cc_news:
            files += cc_news_files(cc_news, config.get("backfill", "cc_news_base"), Origin(tuple(allow)))
    except SourceError as e:
        fail(str(e), 2)
    if not files:
        fail("no WARC files to read", 2)
    obj.apply_log_level()
    try:
        with executor(scheduler, workers) as runner:
            result = run_backfill(obj.db_path, files, options, runner, progress=not obj.quiet)
            _summary(obj, result)
            if then_annotate:
                _annotate(obj, runner)
    except ClusterError as e:
        fail(str(e), 2)
    except SourceError as e:
        fail(f"{e} (what was read before is stored; run the command again to go on)", 1)
    failed = sum(v for k, v in result.counts.items() if k.startswith("failed"))
    skipped = sum(v for k, v in result.counts.items() if k.startswith("skipped"))
    sys.exit(1 if result.unreadable or (failed and not result.kept and not skipped) else 0)


def _summary(obj: Context, result) -> None:
    c = result.counts
    skipped = sum(v for k, v in c.items() if k.startswith("skipped"))
    failed = sum(v for k, v in c.items() if k.startswith("failed"))
    s = result.stored
    rate = result.records / result.seconds if result.seconds else 0
    click.echo(f"Backfill run {result.run_id}: {result.records} records from {result.files} file(s) "
               f"({result.files_done} done) in {result.seconds:.1f}s ({rate:,.0f}/s): {result.kept} kept "
               f"({s['new']} new, {s['updated']} updated, {s['unchanged']} unchanged, {s['duplicate']} duplicate), "
               f"{skipped} skipped, {failed} failed.")
    for name, why in result.unreadable[:5]:
        click.echo(f"not read: {why} (run the command again to retry it)", err=True)
    if len(result.unreadable) > 5:
        click.echo(f"… and {len(result.unreadable) - 5} more file(s) not read", err=True)
    if not obj.quiet and c:
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(c.items()) if k != "kept")
        if reasons:
            click.echo(f"  {reasons}", err=True)


def _annotate(obj: Context, runner) -> None:
    from pipeline.annotate.run import annotate
    from pipeline.store.db import open_db

    store = open_db(obj.db_path)
    try:
        result = annotate(store, obj.config.nlp_options(), client=runner.client)
    finally:
        store.close()
    click.echo(f"Annotated {result.articles} article(s): {result.mentions} mentions, {result.claims} claims, "
               f"{result.errors} errors (NLP {result.nlp_version}).")


COMMANDS = [backfill]
