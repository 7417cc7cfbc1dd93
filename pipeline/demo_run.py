"""``modelwire demo``: the whole pipeline, offline, on the bundled demo site."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from pipeline.config import parse_config


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


def run_demo(db_path: Path, *, quiet: bool = False, serve: bool = False) -> None:
    from pipeline import crawl as crawl_mod
    from pipeline.annotate import annotate
    from pipeline.cli import print_crawl_summary
    from pipeline.demo import DemoSite
    from pipeline.store import open_db

    db_path = Path(db_path)
    site = DemoSite()
    bases = site.start()
    try:
        click.echo("Serving the demo site (three fictional AI-news outlets):")
        for name, base in bases.items():
            click.echo(f"  {name:16} {base}/")
        config = demo_config(bases, db_path)
        click.echo("")
        click.echo("1/2 Crawling with the real spiders (feed, sitemap and listing sources)…")
        result = crawl_mod.run(config, db_path, config.sources, progress=not quiet, command="demo",
                               extra_settings={"AUTOTHROTTLE_ENABLED": False})
        print_crawl_summary(result)
        click.echo("")
        click.echo("2/2 Annotating: models, organisations, benchmarks, scores, summaries…")
        store = open_db(db_path)
        try:
            res = annotate(store, config.nlp_options())
            click.echo(f"Annotated {res.articles} article(s): {res.mentions} mentions, {res.claims} claims.")
            top = list(store.db.query(
                """SELECT e.label, e.canonical, count(DISTINCT m.article_id) AS articles FROM mentions m
                   JOIN entities e ON e.id = m.entity_id GROUP BY e.id ORDER BY articles DESC, e.canonical
                   LIMIT 8"""))
            counts = store.counts()
        finally:
            store.close()
        if top:
            click.echo("Most-covered entities: " + ", ".join(f"{t['canonical']} ({t['articles']})" for t in top))
        click.echo("")
        click.echo(f"Done. {counts['articles']} articles in {db_path.resolve()}")
        click.echo("Try:")
        click.echo(f"  sqlite3 {db_path} 'SELECT published, title FROM articles ORDER BY published'")
        click.echo(f"  .venv/bin/modelwire --db {db_path} stats")
        if serve:
            click.echo("Serving until Ctrl-C…")
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        click.echo("Stopped.", err=True)
    finally:
        site.stop()
        sys.stdout.flush()
