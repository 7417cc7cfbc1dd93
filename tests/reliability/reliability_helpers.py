"""Shared helpers for the reliability suite: configs, CLI subprocesses, database reads.

(Not named conftest.py: several test folders have one, and these are imported by name.)
"""
from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from faultserver import article_parts  # noqa: E402


def write_config(tmp: Path, sources: str, *, crawl: str = "", modelwire: str = "", extra: str = "",
                 allow: list[str] = ("127.0.0.1",), timeout: str = "2s") -> Path:
    config = tmp / "modelwire.toml"
    config.write_text(f"""
[modelwire]
db = "mw.db"
allow_private = {json.dumps(list(allow))}
log_level = "INFO"
{modelwire}

[crawl]
download_delay = 0
timeout = "{timeout}"
max_size = "4MB"
retry_after_max = "2s"
all_topics = true
{crawl}

{extra}

{sources}
""")
    return config


def source(name: str, urls: list[str], kind: str = "feed", **extra) -> str:
    lines = ['[[sources]]', f'name = "{name}"', f'kind = "{kind}"', f"urls = {json.dumps(urls)}"]
    for k, v in extra.items():
        lines.append(f"{k} = {json.dumps(v)}")
    return "\n".join(lines) + "\n"


def cli_cmd(config: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "--config", str(config), *args]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(HERE), env.get("PYTHONPATH", "")])
    env.update(extra)
    return env


def run_cli(config: Path, *args: str, check: bool = True, timeout: float = 120, env: dict | None = None,
            runner: list[str] | None = None) -> subprocess.CompletedProcess:
    cmd = (runner + ["--config", str(config), *args]) if runner else cli_cmd(config, *args)
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=config.parent, timeout=timeout,
                          env=env or child_env())
    if check:
        assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
    return proc


def query(db: Path, sql: str, params=()) -> list[dict]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def slug_of(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1].split("?")[0]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def assert_article_text(text: str, slug: str, extra: list[str] = ()) -> None:
    """The stored text holds every paragraph of the served article, exactly."""
    flat = squash(text)
    title, paragraphs = article_parts(slug)
    for p in [*paragraphs, *extra]:
        assert squash(p) in flat, f"{slug}: missing {p[:60]!r} in {flat[:300]!r}"
