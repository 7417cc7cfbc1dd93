"""A served copy of one demo outlet whose feed holds back its newest posts, for "news after a
first crawl": crawl the copy (an archive import), call ``release()``, crawl again (the held-back
posts are new). Used by the alerts tests and ``bench/alerts.py``.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Callable

from pipeline.demo import SITE_ROOT

FEEDS = {"tokenwise": "feed/index.xml"}   # the outlets whose feed is one file of <item>s


def copy_holding_back(dest: Path, outlet: str = "tokenwise", newest: int = 3) -> tuple[list[str], Callable[[], None]]:
    """Copy ``outlet`` (and the Last-Modified table) under ``dest`` (a ``DemoSite`` root) with the
    ``newest`` posts left out of its feed; returns their links (``__BASE__`` paths) and ``release``,
    which restores the full feed."""
    shutil.copytree(SITE_ROOT / outlet, dest / outlet)
    shutil.copy(SITE_ROOT / "lastmod.json", dest / "lastmod.json")
    feed = dest / outlet / FEEDS[outlet]
    full = feed.read_text(encoding="utf-8")
    held = re.findall(r"\s*<item>.*?</item>", full, re.S)[:newest]
    feed.write_text(full.replace("".join(held), ""), encoding="utf-8")
    links = [re.search(r"<link>__BASE__([^<?]*)", item).group(1) for item in held]
    return links, lambda: feed.write_text(full, encoding="utf-8")
