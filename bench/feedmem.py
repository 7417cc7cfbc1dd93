"""Peak memory of reading a feed as it grows: 1.5 MB vs 10 MB of items (~163,000 at 10 MB).

Each size is read in a fresh child process by ``spiders.feed.FeedSpider.feed_items`` (the crawl's
own code: incremental parsing above ``MODELWIRE_FEED_STREAM_SIZE``, the newest
``MODELWIRE_MAX_ENTRIES`` kept), from a body already in memory; the figure is the peak RSS while
reading (``VmHWM``, reset through ``/proc/self/clear_refs`` once the body is built, Linux only)
minus the RSS before reading. The baseline is the
same code on the 1.5 MB feed (both above the 1 MB stream size): the target is that 6.7× the feed
costs at most 1.25× the memory. feedparser's peak on the 1.5 MB feed is shown for reference.

    python -m bench.feedmem
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def feed_body(size: int) -> tuple[bytes, int]:
    """An RSS feed of about ``size`` bytes of small items (a date on every fourth) and its item count."""
    parts = ['<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>']
    total, n = len(parts[0]), 0
    while total < size:
        date = f"<pubDate>Mon, 01 Jan 2024 {n % 24:02d}:{n % 60:02d}:00 GMT</pubDate>" if n % 4 == 0 else ""
        item = f"<item><link>https://e.example/{n}</link>{date}</item>"
        parts.append(item)
        total += len(item)
        n += 1
    parts.append("</channel></rss>")
    return "".join(parts).encode(), n


def _status_kb(key: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key):
                return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    """Start the peak RSS (VmHWM) afresh: building the body peaked higher than reading it will."""
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")


def child(size: int, mode: str) -> dict:
    import time

    from scrapy.http import Request, XmlResponse
    from scrapy.utils.test import get_crawler

    from spiders.feed import FeedSpider

    body, items = feed_body(size)
    url = "https://e.example/feed.xml"
    response = XmlResponse(url, body=body, request=Request(url, meta={"modelwire_url": url}))
    settings = {"MODELWIRE_FEED_STREAM_SIZE": 1 << 40} if mode == "feedparser" else {}
    crawler = get_crawler(FeedSpider, settings)
    spider = FeedSpider(source={"name": "m", "urls": [url]})
    spider.crawler = crawler
    import feedparser  # noqa: F401  (imported before the measure, as in a crawl)

    _reset_peak()
    before = _status_kb("VmRSS:")
    t0 = time.perf_counter()
    out = sum(1 for _ in spider.feed_items(response))
    return {"bytes": len(body), "items": items, "yielded": out, "seconds": time.perf_counter() - t0,
            "rss_before_mb": before / 1024, "peak_over_before_mb": (_status_kb("VmHWM:") - before) / 1024}


def measure(size: int, mode: str = "ours") -> dict:
    proc = subprocess.run([sys.executable, "-m", "bench.feedmem", "--child", str(size), mode], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        raise RuntimeError(f"bench.feedmem child failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run() -> dict:
    small, large = measure(1_500_000), measure(10_000_000)
    ratio = large["peak_over_before_mb"] / max(small["peak_over_before_mb"], 1.0)
    return {"small": small, "large": large, "ratio": ratio, "feedparser_small": measure(1_500_000, "feedparser")}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        print(json.dumps(child(int(argv[1]), argv[2])))
        return 0
    print(json.dumps(run(), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
