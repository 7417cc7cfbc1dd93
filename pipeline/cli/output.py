"""What every command prints with: the shared context, one-line errors, tables, crawl summaries."""
from __future__ import annotations

import json
import logging
import re
import sys
from pathlib import Path
from typing import Any

import click

from pipeline.config import Config, load_config
from pipeline.crawl.outcome import failed_sources


class Context:
    def __init__(self, config_path: str | None, db: str | None, verbose: int, quiet: bool):
        self.config_path = config_path
        self.db_override = db
        self.verbose = verbose
        self.quiet = quiet
        self._config: Config | None = None

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_path)
        return self._config

    @property
    def log_level(self) -> str | None:
        """-v / -vv override the config's log level."""
        if self.verbose >= 2:
            return "DEBUG"
        if self.verbose == 1:
            return "INFO"
        return None

    @property
    def db_path(self) -> Path:
        return Path(self.db_override) if self.db_override else self.config.db_path

    def apply_log_level(self) -> None:
        """The config's [modelwire] log_level (or -v/-vv) on our one log handler: crawls run with
        Scrapy's own root handler off, so this is the level their messages are shown at."""
        import logging

        level = self.log_level or self.config.get("modelwire", "log_level")
        logging.root.setLevel(level)
        for handler in logging.root.handlers:
            handler.setLevel(level)

    def existing_db(self) -> Path:
        """The database path, which must exist: only ``init`` and ``crawl`` create a database, so
        a mistyped ``--db`` is reported instead of silently starting an empty one."""
        path = self.db_path
        if not path.is_file():
            what = "is a folder, not a database file" if path.is_dir() else \
                "is not a database file" if path.exists() else "no database yet"
            fail(f"{path}: {what} (run 'modelwire init' or 'modelwire crawl' to create one, or check --db)", 2)
        return path


def fail(message: str, code: int = 1) -> None:
    click.secho(f"Error: {message}", fg="red", err=True)
    sys.exit(code)


_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def safe_text(value: Any) -> str:
    """Scraped text for a terminal: control characters (ANSI/OSC escapes, bidi overrides,
    line breaks inside a cell) become U+FFFD, so a page cannot drive the user's terminal."""
    return _CONTROL.sub("\ufffd", "" if value is None else str(value))


def table(rows: list[dict[str, Any]], columns: list[str], headers: list[str] | None = None) -> str:
    headers = headers or columns
    cells = [[safe_text(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(h)] + [len(row[i]) for row in cells]) for i, h in enumerate(headers)]
    numeric = [all(row[i].replace(".", "", 1).isdigit() for row in cells if row[i]) for i in range(len(columns))]
    def fmt(row):
        return "  ".join(v.rjust(w) if numeric[i] else v.ljust(w) for i, (v, w) in enumerate(zip(row, widths))).rstrip()
    lines = [fmt(headers), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in cells]
    return "\n".join(lines)


def print_crawl_summary(result, *, quiet: bool = False) -> None:
    """The per-source table and the run's line; with ``quiet``, only the problems (nothing if none)."""
    failed = failed_sources(result.per_source)
    if quiet and result.status == "ok" and not failed:
        return
    if not quiet:
        rows = []
        for r in result.per_source:
            reasons = json.loads(r.get("reasons") or "{}")
            top = ", ".join(f"{k.split(':', 1)[1]} {v}" for k, v in sorted(reasons.items(), key=lambda kv: -kv[1])[:3])
            rows.append({**r, "skipped": r["skipped"] + r["unchanged"], "failed": r["failed"] + r["blocked"],
                         "why": top})
        click.echo(table(rows, ["source", "requests", "fetched", "new", "updated", "duplicate", "skipped", "failed",
                                "why"],
                         ["source", "requests", "pages", "new", "updated", "dup", "skipped", "failed", "reasons"]))
    t = result.totals
    status = result.status if result.status != "ok" or not failed else \
        ("failed" if len(failed) == len(result.per_source) else "finished with problems")
    click.echo(f"Run {result.run_id} {status}: {t['new']} new, {t['updated']} updated, "
               f"{t['duplicate']} duplicate, {t['skipped']} skipped, {t['failed']} failed.", err=quiet)
    if failed:
        click.echo(f"Nothing could be fetched from {len(failed)} of {len(result.per_source)} source(s): "
                   f"{', '.join(failed)}.", err=True)
    if any("blocked:private_address" in (r.get("reasons") or "") for r in result.per_source):
        click.echo("Private or loopback addresses were refused; allow one with --allow-private ADDR "
                   "or [modelwire] allow_private in the config.", err=True)


class OneLineFormatter(logging.Formatter):
    """Log records as one line each: a library's traceback is shown only at -vv (DEBUG), since
    the crawl's own summary already says what failed and why."""

    def __init__(self, show_tracebacks: bool):
        super().__init__("%(levelname)s %(name)s: %(message)s")
        self.show_tracebacks = show_tracebacks

    def format(self, record: logging.LogRecord) -> str:
        if self.show_tracebacks:
            return super().format(record)
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info = record.exc_text = record.stack_info = None
        try:
            return super().format(record).replace("\n", " ")
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved
