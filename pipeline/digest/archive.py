"""``--out DIR`` as a small website: ``index.html`` lists every week with a page in DIR (newest
first) and ``feed.xml`` offers them to feed readers, so the folder can be served as it is.

Both are rebuilt from the database's stored digests on every ``--out``, and written whole
(a temporary file, then a rename): a re-run updates a week, never lists it twice, and a crash
leaves the previous files.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pipeline.digest import feed
from pipeline.digest.build import CHART_CID, TEMPLATES, file_stem
from pipeline.store import digests as digest_store


def summary(row: dict[str, Any]) -> str:
    """One line about a stored week: how much news and its top story."""
    s = row["stats"]
    if s.get("empty") or not s.get("articles"):
        return "A quiet week: no articles."
    line = f"{s['articles']} articles from {s.get('sources', 0)} sources, {s.get('new_models', 0)} models seen first."
    return f"{line} Top story: {row['headline']}" if row.get("headline") else line


def archived_weeks(store, out_dir: Path) -> list[dict[str, Any]]:
    """The stored digests that have a page in ``out_dir``, newest first."""
    weeks = []
    for row in digest_store.digest_list(store):
        stem = file_stem(row["week"])
        if not (out_dir / f"{stem}.html").is_file():
            continue
        weeks.append({"key": row["week"], "stem": stem, "label": row["label"] or row["subject"],
                      "subject": row["subject"], "summary": summary(row), "generated_at": row["generated_at"],
                      "until": row["until"], "files": [suffix for suffix in (".txt", ".eml")
                                                       if (out_dir / f"{stem}{suffix}").is_file()],
                      "has_chart": (out_dir / f"{stem}.png").is_file()})
    return weeks


def render_index(weeks: list[dict[str, Any]]) -> str:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    updated = max((w["generated_at"] for w in weeks), default="")
    return env.get_template("archive.html.j2").render(weeks=weeks, title=feed.TITLE, updated=updated)


def _write(path: Path, data: bytes) -> Path:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path


def write_archive(store, out_dir: str | Path, *, base_url: str = "") -> list[Path]:
    """Write ``out_dir/index.html`` and ``out_dir/feed.xml``; returns their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    weeks = archived_weeks(store, out)
    for w in weeks[:feed.FEED_ENTRIES]:
        stored = digest_store.load_digest(store, w["key"])
        chart = feed.link(base_url, f"{w['stem']}.png") if w["has_chart"] else None
        w["html"] = feed.entry_content(stored.html, chart, CHART_CID) if stored else ""
    return [_write(out / "index.html", render_index(weeks).encode("utf-8")),
            _write(out / "feed.xml", feed.atom(weeks, base_url=base_url))]
