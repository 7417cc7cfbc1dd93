"""The ``modelwire`` command line: one click group, one library call per command."""
from __future__ import annotations

import io
import json
import logging
import signal
import sqlite3
import sys
import threading
from pathlib import Path

import click

from pipeline import __version__
from pipeline.cli.output import OneLineFormatter, Context, fail, print_crawl_summary, safe_text, table
from pipeline.config import DEFAULT_CONFIG, ConfigError, check_allow_entry, check_url, load_config
from pipeline.crawl.outcome import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_LOCKED, EXIT_USAGE, crawl_exit_status

EXAMPLE_CONFIG = Path(__file__).parent.parent / "modelwire.example.toml"


GROUP_MODULES = ("pipeline.cli.digest", "pipeline.cli.query", "pipeline.cli.schedule", "pipeline.cli.demo",
                 "pipeline.cli.kb", "pipeline.cli.alerts", "pipeline.cli.backfill")


# A stage's errors that users can fix → exit status. Named, not imported: importing pipeline.crawl.run
# costs Scrapy (~1 s of CPU) in every command, and an error of a module never imported was never raised.
STAGE_ERRORS = {("pipeline.annotate.run", "AnnotateError"): EXIT_FAILED,
                ("pipeline.crawl.run", "CrawlLocked"): EXIT_LOCKED,
                ("pipeline.store.db", "DatabaseUnusable"): EXIT_USAGE}


def stage_error_status(e: BaseException) -> int | None:
    """The exit status of a STAGE_ERRORS error (its own ``status`` if it has one; None for any other
    exception)."""
    for (module, name), status in STAGE_ERRORS.items():
        cls = getattr(sys.modules.get(module), name, None)
        if cls is not None and isinstance(e, cls):
            return getattr(e, "status", status)
    return None


def database_error(ctx: click.Context, e: sqlite3.OperationalError) -> tuple[str, int] | None:
    """A write refused by SQLite in the middle of a command (a read-only file, a lock held past the
    busy timeout, a full disk) as one line naming the database; None when the store was never
    loaded (then it is no database problem of ours)."""
    db = sys.modules.get("pipeline.store.db")
    if db is None or not isinstance(ctx.obj, Context):
        return None
    unusable = db.describe_db_error(ctx.obj.db_path, e)
    return str(unusable), unusable.status


class ModelwireGroup(click.Group):
    """Adds the commands of the other groups (digest, query, schedule) when first asked for, and
    turns the errors users can fix into one clear line instead of a traceback."""

    _groups_loaded = False

    def _load_groups(self) -> None:
        if self._groups_loaded:
            return
        self._groups_loaded = True
        import importlib

        for module in GROUP_MODULES:
            mod = importlib.import_module(module)
            for command in mod.COMMANDS:
                self.add_command(command)

    def list_commands(self, ctx):
        self._load_groups()
        return super().list_commands(ctx)

    def get_command(self, ctx, name):
        if name not in self.commands:   # a command of this module needs none of the others' imports
            self._load_groups()
        return super().get_command(ctx, name)

    def invoke(self, ctx):
        previous = _terminate_as_interrupt()
        try:
            return super().invoke(ctx)
        except Terminated:
            fail("terminated (SIGTERM); what was stored so far is kept (run the command again to go on)",
                 EXIT_TERMINATED)
        except KeyboardInterrupt:
            # click would print "Aborted!" and exit 1; every stage commits whole units (an article, a
            # batch), so what is stored is whole and the same command goes on from there
            fail("interrupted; what was stored so far is kept (run the command again to go on)", EXIT_INTERRUPTED)
        except sqlite3.OperationalError as e:
            found = database_error(ctx, e)
            if found is None or (isinstance(ctx.obj, Context) and ctx.obj.verbose >= 2):
                raise
            fail(*found)
        except ConfigError as e:
            fail(str(e), 2)
        except FileNotFoundError as e:
            fail(f"{e.filename}: no such file", 2)
        except ValueError as e:
            # NLP set-up problems (a bad knowledge-base entry, a spaCy pipeline that is not
            # installed) carry a coded message that names the file, line and entry.
            if str(e).startswith("[E"):
                fail(str(e), 2)
            raise
        except Exception as e:
            status = stage_error_status(e)
            if status is None:
                raise
            fail(str(e), status)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


class Terminated(KeyboardInterrupt):
    """SIGTERM (a service manager, ``kill``, the scheduler's time limit) stops a command the way
    Ctrl-C does: every stage commits whole units, so unwinding is safe, and the user reads one line
    instead of a silent exit 143. Commands that handle SIGTERM themselves (the scheduler daemon,
    ``serve``, a running crawl's Scrapy) put their own handler in place over this one."""


EXIT_TERMINATED = 128 + signal.SIGTERM


def _terminate_as_interrupt():
    """Install the SIGTERM handler (main thread only); return the one it replaced, or None."""
    if threading.current_thread() is not threading.main_thread():
        return None

    def on_term(signum, frame):
        raise Terminated()

    return signal.signal(signal.SIGTERM, on_term)


@click.group(cls=ModelwireGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", metavar="FILE", envvar="MODELWIRE_CONFIG",
              help=f"Config file (default: ./{DEFAULT_CONFIG} if present, else built-in defaults).")
@click.option("--db", metavar="FILE", envvar="MODELWIRE_DB",
              help="SQLite database (default: the config's [modelwire] db, modelwire.db).")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors and the final summary.")
@click.version_option(__version__, prog_name="modelwire")
@click.pass_context
def main(ctx, config_path, db, verbose, quiet):
    """Watch AI news sources and answer: which models, companies and benchmarks
    were in the news, what was claimed, and where is the evidence?

    \b
    Typical use:
      modelwire init                      # write modelwire.toml, create the database
      modelwire crawl                     # fetch new articles from every source
      modelwire annotate                  # find models, labs, benchmarks, scores
      modelwire stats                     # what is stored, how each source is doing
      modelwire demo                      # the whole pipeline offline on a bundled site

    The database is plain SQLite: open it with sqlite3, sqlite-utils or Datasette.
    """
    ctx.obj = Context(config_path, db, verbose, quiet)
    logging.basicConfig(level=logging.WARNING)
    for handler in logging.root.handlers:
        handler.setFormatter(OneLineFormatter(show_tracebacks=verbose >= 2))
    # On our handler, not the root logger: Scrapy resets the root logger's level.
    level = ctx.obj.log_level or "WARNING"
    logging.root.setLevel(level)
    for handler in logging.root.handlers:
        handler.setLevel(level)


# -- init ------------------------------------------------------------------------------

@main.command()
@click.option("--force", is_flag=True, help="Overwrite an existing config file.")
@click.pass_obj
def init(obj: Context, force: bool):
    """Write a commented modelwire.toml and create the database.

    Example: modelwire init && modelwire crawl
    """
    from pipeline.store.db import open_db

    target = Path(obj.config_path or DEFAULT_CONFIG)
    if obj.db_override:  # a database named with --db that cannot be used fails before any file is written
        open_db(obj.db_path).close()
    if target.exists() and not force:
        click.echo(f"{target} exists; keeping it (use --force to overwrite).")
    else:
        target.write_text(EXAMPLE_CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
        click.echo(f"Wrote {target}: {len(load_config(target).sources)} sources configured.")
    obj.config_path = str(target)
    obj._config = None
    store = open_db(obj.db_path)
    store.close()
    click.echo(f"Database ready: {obj.db_path}")


# -- crawl -----------------------------------------------------------------------------

def _allow_private(values: tuple[str, ...]) -> list[str]:
    out = []
    for v in values:
        try:
            out.append(check_allow_entry(v))
        except ValueError as e:
            raise click.BadParameter(str(e), param_hint="--allow-private") from None
    return out


ALLOW_PRIVATE_HELP = ("Let the crawl reach this private address, CIDR range or host name, on one port if "
                      "given: 127.0.0.1:8080, 10.0.0.0/8, [::1]:8080, intranet.example:8443 (no port: every "
                      "port). Checked on the addresses a host resolves to, so localhost, 127.1 and redirects "
                      "reach only what is named. With http_proxy set, targets are checked by resolving their "
                      "names before the request goes to the proxy (the proxy itself may be private).")


@main.command()
@click.option("--source", "-s", "sources", multiple=True, metavar="NAME", help="Crawl only this source (repeatable).")
@click.option("--group", metavar="NAME", help="Crawl only the sources of this group.")
@click.option("--url", "urls", multiple=True, metavar="URL",
              help="Crawl this URL (feed, sitemap, listing, home page or article) instead of the config's sources.")
@click.option("--all-topics", is_flag=True, default=None, help="Store every article, not only AI-related ones.")
@click.option("--allow-private", multiple=True, metavar="ADDR[:PORT]", help=ALLOW_PRIVATE_HELP)
@click.pass_obj
def crawl(obj: Context, sources, group, urls, all_topics, allow_private):
    """Fetch new and changed articles into the database.

    Without options, crawls every enabled source in the config. Articles already stored
    are not downloaded again unless their feed or sitemap says they changed.

    Example: modelwire crawl --url https://example.org/feed.xml --all-topics
    """
    from pipeline.crawl import run as crawl_mod

    allow = _allow_private(allow_private)
    if urls and (sources or group):   # --url crawls those addresses instead of the config's sources
        raise click.UsageError("--url crawls the addresses given instead of the config's sources: "
                               "leave out --source and --group, or --url")
    for u in urls:
        try:
            check_url(u)
        except ValueError as e:
            fail(f"--url: {e}; give a full address such as https://example.org/feed.xml", 2)
    try:
        chosen = crawl_mod.select_sources(obj.config, list(sources), list(urls), group)
    except ValueError as e:
        fail(str(e), 2)
    if not chosen:
        fail("no sources to crawl: add [[sources]] to the config, use 'modelwire add-source URL', or pass --url", 2)
    obj.apply_log_level()
    if obj.config.watches:  # a watch added since the last run starts here, not on what is stored already
        from pipeline.alerts.evaluate import register
        from pipeline.store.db import open_db

        store = open_db(obj.db_path)
        try:
            register(store, obj.config.watches)
        finally:
            store.close()
    # Scrapy's own root handler would print every message a second time, with tracebacks.
    settings = {"LOG_INSTALL_ROOT_HANDLER": False, **({"LOG_LEVEL": obj.log_level} if obj.log_level else {})}
    result = crawl_mod.run(obj.config, obj.db_path, chosen, all_topics=all_topics, allow_private=allow,
                           progress=not obj.quiet, command="crawl", extra_settings=settings)
    print_crawl_summary(result, quiet=obj.quiet)
    sys.exit(crawl_exit_status(result))


# -- add-source ------------------------------------------------------------------------

def _refuse_known_site(config, urls: list[str]) -> None:
    """add-source twice is a mistake, not a second source ('site-2') crawling the same pages."""
    from spiders.urls import normalize_url

    wanted = {normalize_url(u) for u in urls} - {None}
    for s in config.sources:
        if wanted & {normalize_url(u) for u in s["urls"]}:
            fail(f"{urls[0]}: already in {config.path or 'the config'} as source {s['name']!r}", 2)


@main.command("add-source")
@click.argument("url")
@click.option("--name", help="Source name (default: derived from the host).")
@click.option("--allow-private", multiple=True, metavar="ADDR[:PORT]", help=ALLOW_PRIVATE_HELP)
@click.option("--dry-run", is_flag=True, help="Show what was found without writing the config.")
@click.pass_obj
def add_source(obj: Context, url, name, allow_private, dry_run):
    """Discover a site's feeds and sitemaps and add it to the config.

    Looks at the page's <link rel="alternate"> feeds, robots.txt Sitemap: lines and common
    sitemap paths; falls back to reading the page as a listing of article links.

    Example: modelwire add-source https://example.org/
    """
    import tomllib

    from pipeline.config import (SOURCE_WRITE_KEYS, add_source_to_toml, check_url, parse_config, parse_source,
                                 render_source_toml)
    from pipeline.crawl.discover import DiscoveryFailed, discover_source

    try:
        check_url(url)
    except ValueError as e:
        fail(str(e), 2)
    config = obj.config
    obj.apply_log_level()
    _refuse_known_site(config, [url])
    try:
        found = discover_source(url, config.crawl_options(_allow_private(allow_private)))
    except DiscoveryFailed as e:
        fail(str(e))
    if found is None:
        fail(f"{url}: could not be fetched (see the log with -v)")
    source = found.as_source(name)
    _refuse_known_site(config, [url, *source["urls"]])
    existing = {s["name"] for s in config.sources}
    base = source["name"]
    n = 2
    while source["name"] in existing:
        source["name"] = f"{base}-{n}"
        n += 1
    click.echo(found.describe())
    parse_source({k: v for k, v in source.items() if v is not None and k in SOURCE_WRITE_KEYS}, "discovered source")
    block = render_source_toml(source)
    if dry_run:
        click.echo(block)
        return
    target = Path(obj.config_path or DEFAULT_CONFIG)
    if target.exists():
        with target.open(encoding="utf-8", newline="") as fh:  # newline="": keep the file's line endings
            text = fh.read()
    else:
        text = EXAMPLE_CONFIG.read_text(encoding="utf-8")
    text = add_source_to_toml(text, source)
    parse_config(tomllib.loads(text), target)  # the file must still load: checked before it is written
    with target.open("w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    click.echo(f"Added source {source['name']!r} ({source['kind']}) to {target}.")


# -- extract / reextract ---------------------------------------------------------------

def _iter_pages(paths: tuple[str, ...], max_size: int):
    """(name, bytes or None, problem) for each page: a .gz file is decompressed up to ``max_size``."""
    import gzip
    import zlib

    for p in paths:
        if p == "-":
            yield "-", sys.stdin.buffer.read(max_size + 1), None
            continue
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file() and f.name.endswith((".html", ".htm", ".html.gz", ".htm.gz"))) \
            if path.is_dir() else [path]
        if not files:
            yield p, None, "a folder with no .html, .htm, .html.gz or .htm.gz files"
        for f in files:
            try:
                if f.name.endswith(".gz"):
                    with gzip.open(f) as fh:
                        data = fh.read(max_size + 1)
                else:
                    with open(f, "rb") as fh:
                        data = fh.read(max_size + 1)
            except FileNotFoundError:
                yield str(f), None, "no such file"
                continue
            except IsADirectoryError:
                yield str(f), None, "is a folder with no .html files"
                continue
            except (OSError, EOFError, zlib.error) as e:
                yield str(f), None, f"not a readable gzip file ({e})" if f.name.endswith(".gz") else str(e)
                continue
            yield str(f), data, None


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--url", default=None, help="The page's address (for relative links and URL dates).")
@click.pass_obj
def extract(obj: Context, files, url):
    """Print the extracted article record of saved pages as JSON.

    FILE may be '-' (stdin), an .html or .html.gz file, or a folder. One file prints one
    JSON object; several files or a folder print one JSON line per page with a 'file' key.

    Example: curl -s https://example.org/post | modelwire extract - --url https://example.org/post
    """
    from pipeline.extract.page import extract as extract_page
    from pipeline.extract.sniff import not_html

    max_size = obj.config.get("crawl", "max_size")
    single = len(files) == 1 and (files[0] == "-" or not Path(files[0]).is_dir())
    failed = 0
    for name, data, problem in _iter_pages(files, max_size):
        if problem is None and len(data) > max_size:
            problem = f"larger than [crawl] max_size ({max_size:,} bytes)"
        if problem is None:
            why = not_html(data)
            problem = f"not an HTML page: {why}" if why else None
        if problem:
            click.secho(f"Error: {name}: {problem}", fg="red", err=True)
            failed += 1
            continue
        page_url = url or (Path(name).resolve().as_uri() if name != "-" else "file:///dev/stdin")
        record = extract_page(data, page_url)
        if single:
            click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        else:
            click.echo(json.dumps({"file": name, **record}, ensure_ascii=False))
    if failed:
        sys.exit(2 if single else 1)


@main.command()
@click.option("--id", "ids", multiple=True, type=int, help="Only this article id (repeatable).")
@click.pass_obj
def reextract(obj: Context, ids):
    """Run extraction again on the stored raw HTML (after the extractor improved).

    Example: modelwire reextract
    """
    from pipeline.extract.page import EXTRACTOR_VERSION, extract as extract_page
    from pipeline.store.db import open_db

    store = open_db(obj.existing_db())
    changed = total = 0
    done: set[int] = set()
    for page in store.iter_html(list(ids) or None):
        record = extract_page(page["html"], page["url"], hints=page["hints"], encoding=page["encoding"])
        total += 1
        done.add(page["article_id"])
        changed += store.replace_extraction(page["article_id"], record, EXTRACTOR_VERSION)
    click.echo(f"Re-extracted {total} article(s); {changed} changed (extractor {EXTRACTOR_VERSION}).")
    missing = sorted(set(ids) - done)
    if missing:
        fail(f"--id: no stored article (with its HTML) has id {', '.join(map(str, missing))}", 2)


# -- stats -----------------------------------------------------------------------------

@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def stats(obj: Context, as_json):
    """What is stored, and how each source is doing.

    Example: modelwire stats --json | jq .sources
    """
    from pipeline.store.db import open_db

    store = open_db(obj.existing_db())
    data = {"database": str(obj.db_path), **store.counts(), "sources": store.source_health(),
            "schedule": sorted(store.source_schedule().values(), key=lambda r: r["source"]),
            "runs": store.last_runs(5)}
    if as_json:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(f"{data['database']}: {data['articles']} articles from {len(data['sources'])} sources, "
               f"{data['duplicate_urls']} duplicate URLs, {data['crawl_runs']} crawl runs.")
    if data["sources"]:
        click.echo("")
        click.echo(table(data["sources"], ["source", "articles", "articles_7d", "share_with_date",
                                           "share_with_authors", "last_success", "last_failure", "http_403", "http_429"],
                         ["source", "articles", "7 days", "dated", "authored", "last success", "last failure",
                          "403", "429"]))
    if data["schedule"]:
        click.echo("")
        rows = [{**r, "interval": f"{r['interval_s'] / 3600:.1f}h",
                 "state": f"backing off ({r['failures']} failures)" if r["failures"] else r["last_outcome"]}
                for r in data["schedule"]]
        click.echo(table(rows, ["source", "interval", "next_due", "state"], ["source", "polls every", "next crawl", "state"]))
    if data["runs"]:
        click.echo("")
        click.echo(table(data["runs"], ["id", "started_at", "status", "fetched", "new", "updated", "duplicate",
                                        "skipped", "failed"]))


# -- NLP -------------------------------------------------------------------------------

@main.command()
@click.option("--all", "redo_all", is_flag=True, help="Re-annotate every article, not only new or changed ones.")
@click.option("--batch-size", default=64, show_default=True, help="Articles per batch (and per transaction).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes running the NLP pipeline [default: min(2, CPU cores)].")
@click.option("--scheduler", metavar="tcp://HOST:8786",
              help="Run the NLP on this Dask cluster's workers (this process still writes the database).")
@click.pass_obj
def annotate(obj: Context, redo_all, batch_size, workers, scheduler):
    """Find models, organisations, benchmarks, scores and summaries in stored articles.

    Processes articles not yet annotated by the current NLP version (a knowledge-base
    change redoes them). Safe to interrupt: it resumes where it stopped.

    Example: modelwire annotate
    """
    from pipeline.annotate.run import annotate as run_annotate
    from pipeline.store.db import open_db

    store = open_db(obj.existing_db())
    bar = None

    def on_start(n):
        nonlocal bar
        if n and not obj.quiet:
            bar = click.progressbar(length=n, label=f"Annotating {n} article(s)", file=sys.stderr)
            bar.__enter__()

    from contextlib import nullcontext

    from pipeline.cluster import ClusterError, executor

    try:
        with executor(scheduler) if scheduler else nullcontext() as runner:
            result = run_annotate(store, obj.config.nlp_options(), redo_all=redo_all, batch_size=batch_size,
                                  workers=workers, progress=(lambda k: bar.update(k)) if not obj.quiet else None,
                                  on_start=on_start, client=runner.client if runner is not None else None)
    except ClusterError as e:
        fail(str(e), 2)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    for aid, reason in result.failures:
        click.echo(f"article {aid}: {reason}", err=True)
    click.echo(f"Annotated {result.articles} article(s): {result.mentions} mentions, {result.claims} claims, "
               f"{result.errors} errors (NLP {result.nlp_version}).")
    if obj.config.watches:  # what this run annotated is news for the watches: alert now
        from pipeline.alerts.run import run_alerts
        from pipeline.cli.alerts import report_alerts

        alerts = run_alerts(store, obj.config)
        report_alerts(alerts)
        if not obj.quiet:
            click.echo(alerts.summary())


@main.command("nlp")
@click.option("--batch", "batch_size", type=click.IntRange(min=1), default=None, metavar="N",
              help="Answer every N lines (default: each line when typed at a terminal, else 64; "
                   "use 1 when a program waits for each answer).")
@click.pass_obj
def nlp_filter(obj: Context, batch_size: int | None):
    """Annotate JSON lines from stdin: {"id": …, "text": …} in, one result line out.

    Each output line holds entities (character offsets into the text as given, HTML
    left in it included), claims and a summary; a bad input line or record gives
    {"id": …, "error": …} and the run goes on.

    Example: echo '{"id": 1, "text": "DeepSeek-V3.2 scored 93.1% on AIME 2025."}' | modelwire nlp
    """
    import nlp as modelwire_nlp
    from pipeline.annotate.run import iter_jsonl_results

    language = modelwire_nlp.load(obj.config.nlp_options(), lexeme_attrs=False)
    # bytes that are not UTF-8 become lone surrogates, so only their record fails (E034)
    raw = getattr(sys.stdin, "buffer", None)
    lines = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape") if raw is not None else sys.stdin
    if batch_size is None:
        batch_size = 1 if sys.stdin.isatty() else 64
    for result in iter_jsonl_results(language, lines, batch_size):
        line = json.dumps(result, ensure_ascii=False)
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate in an id: written as a \u escape, as it came
            line = json.dumps(result)
        click.echo(line)
        sys.stdout.flush()   # to a pipe, an answer must not wait in a buffer for the next ones


@main.command()
@click.argument("text")
@click.option("--json", "as_json", is_flag=True, help="Print the JSON result instead of a table.")
@click.pass_obj
def entities(obj: Context, text, as_json):
    """Show the entities, claims and summary found in TEXT ('-' reads stdin).

    Example: modelwire entities "Qwen3-Max tops LMArena with 1,450 Elo, ahead of GPT-5."
    """
    import nlp as modelwire_nlp

    if text == "-":
        raw = getattr(sys.stdin, "buffer", None)
        try:
            text = raw.read().decode("utf-8-sig") if raw is not None else sys.stdin.read()
        except UnicodeDecodeError as e:
            fail(f"stdin: not UTF-8 text (byte 0x{e.object[e.start]:02x} at byte {e.start}); convert it to UTF-8, "
                 "e.g. with iconv -f latin1 -t utf-8", 2)
    language = modelwire_nlp.load(obj.config.nlp_options())
    result = next(iter(modelwire_nlp.analyze(language, [{"id": 0, "text": text}])))
    if "error" in result:
        fail(result["error"])
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    ents = result.get("entities", [])
    click.echo(table([{**e, "known": "yes" if e.get("known") else "NEW"} for e in ents],
                     ["label", "text", "canonical", "known", "org", "start", "end"]) if ents else "No entities.")
    for c in result.get("claims", []):
        click.echo(f"claim: {c.get('model')} · {c.get('benchmark')} · {c.get('score')} {c.get('unit') or ''}")
    if result.get("summary"):
        click.echo(f"summary: {safe_text(result['summary'])}")
