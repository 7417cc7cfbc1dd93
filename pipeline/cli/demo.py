"""``modelwire demo``: the whole pipeline, offline, on the bundled demo site."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from pipeline.cli.output import Context, fail, print_crawl_summary
from pipeline.config import parse_config

DEMO_DB = Path("demo-output") / "modelwire-demo.db"


def remove_database(db_path: Path) -> None:
    """Delete a database with its WAL, shared-memory and lock files."""
    for suffix in ("", "-wal", "-shm", ".crawl.lock", ".jobs.sqlite", ".schedule.lock"):
        p = Path(str(db_path) + suffix)
        if p.exists():
            p.unlink()


def demo_config(bases: dict[str, str], db_path: Path):
    """One source of each kind, pointed at the locally served outlets."""
    raw = {
        "modelwire": {"db": str(db_path), "allow_private": ["127.0.0.1"], "log_level": "WARNING"},
        "crawl": {"download_delay": 0, "timeout": "10s"},
        "sources": [
            {"name": "tokenwise", "kind": "feed", "urls": [f"{bases['tokenwise']}/feed/"], "group": "demo"},
            {"name": "frontier-ledger", "kind": "sitemap", "urls": [f"{bases['frontier-ledger']}/robots.txt"],
             "group": "demo"},
            {"name": "openweights-lab", "kind": "listing", "urls": [f"{bases['openweights-lab']}/blog/"],
             "max_pages": 10, "group": "demo"},
        ],
    }
    return parse_config(raw, None)


def build_demo_digest(config, db_path: Path, out_dir: Path) -> list[Path]:
    """The digest of the newest ISO week that has articles (the demo's news is from 2025)."""
    from pipeline.digest import archive
    from pipeline.digest import build as digest_mod
    from pipeline.digest import mail
    from pipeline.store.db import open_db
    from pipeline.store.queries import newest_article_date
    from spiders.dates import parse_iso

    store = open_db(db_path)
    try:
        newest = newest_article_date(store)
        if not newest:
            click.echo("No articles, no digest.")
            return []
        year, week, _ = parse_iso(newest).isocalendar()
        period = digest_mod.parse_week(f"{year}-W{week:02d}", config.get("modelwire", "timezone"))
        built, stored = digest_mod.generate(store, config, period)
        settings = mail.SmtpSettings.from_config(config)
        msg = mail.digest_message(stored, settings, None, chart_alt=digest_mod.chart_alt(built))
        paths = digest_mod.write_files(out_dir, built, stored, msg.as_bytes())
        paths += archive.write_archive(store, out_dir)
        s = built.stats
        click.echo(f"Digest {period.key}: {s['articles']} articles, {len(built.stories)} top stories, "
                   f"{s['new_models']} new models, {s['claims']} benchmark claims.")
        return paths
    finally:
        store.close()


def run_demo(db_path: Path, *, quiet: bool = False, serve: bool = False) -> None:
    from pipeline.crawl import run as crawl_mod
    from pipeline.annotate.run import annotate
    from pipeline.demo import DemoSite
    from pipeline.store.db import open_db
    from pipeline.store.queries import most_covered

    db_path = Path(db_path)
    site = DemoSite()
    bases = site.start()
    try:
        click.echo("Serving the demo site (three fictional AI-news outlets):")
        for name, base in bases.items():
            click.echo(f"  {name:16} {base}/")
        config = demo_config(bases, db_path)
        click.echo("")
        click.echo("1/3 Crawling with the real spiders (feed, sitemap and listing sources)…")
        result = crawl_mod.run(config, db_path, config.sources, progress=not quiet, command="demo",
                               extra_settings={"AUTOTHROTTLE_ENABLED": False})
        print_crawl_summary(result)
        click.echo("")
        click.echo("2/3 Annotating: models, organisations, benchmarks, scores, summaries…")
        store = open_db(db_path)
        try:
            res = annotate(store, config.nlp_options())
            click.echo(f"Annotated {res.articles} article(s): {res.mentions} mentions, {res.claims} claims.")
            top = most_covered(store, 8)
            counts = store.counts()
        finally:
            store.close()
        if top:
            click.echo("Most-covered entities: " + ", ".join(f"{t['canonical']} ({t['articles']})" for t in top))
        click.echo("")
        click.echo("3/3 Building the weekly digest of the demo's last week…")
        digest_files = build_demo_digest(config, db_path, db_path.parent / "digest")
        click.echo("")
        click.echo(f"Done. {counts['articles']} articles in {db_path.resolve()}")
        click.echo("Try:")
        click.echo(f"  sqlite3 {db_path} 'select published, title from articles order by published'")
        click.echo(f"  .venv/bin/modelwire --db {db_path} stats")
        click.echo(f"  .venv/bin/modelwire --db {db_path} top --label MODEL")
        click.echo(f"  .venv/bin/modelwire --db {db_path} search 'open weights'")
        if digest_files:
            html = [p for p in digest_files if p.suffix == ".html"]
            click.echo(f"  open {html[0] if html else digest_files[0]}   # the digest as a web page (.eml: the e-mail)")
        if serve:
            click.echo("Serving until Ctrl-C…")
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        click.echo("Stopped.", err=True)
    finally:
        site.stop()
        sys.stdout.flush()


@click.command()
@click.option("--serve", is_flag=True, help="Keep serving the demo site after the run (Ctrl-C to stop).")
@click.option("--replace", is_flag=True, help="Replace the database that --db names if it exists.")
@click.pass_obj
def demo(obj: Context, serve, replace):
    """Run the whole pipeline offline on the bundled demo site.

    Serves three fictional AI-news outlets on 127.0.0.1, crawls them with the real
    spiders, annotates the articles and prints where the results are. The database is
    the one --db names, else demo-output/modelwire-demo.db, which is rebuilt on every
    run (the site's port changes from run to run).

    Example: modelwire demo && sqlite3 demo-output/modelwire-demo.db 'select title from articles'
    """
    db_path = Path(obj.db_override) if obj.db_override else DEMO_DB
    if db_path.exists():
        if obj.db_override and not replace:
            fail(f"{db_path} exists; the demo builds a fresh database (pass --replace to overwrite it)", 2)
        remove_database(db_path)
    run_demo(db_path, quiet=obj.quiet, serve=serve)


COMMANDS = [demo]
