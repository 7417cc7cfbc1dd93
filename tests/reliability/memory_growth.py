"""Benchmark-style check (not run by pytest): does a crawl's memory grow with the number of articles?

    .venv/bin/python tests/reliability/memory_growth.py [small] [large]

Crawls a feed of ``small`` (default 200) and then ``large`` (default 2000) generated articles
from ``faultserver.FaultServer`` with the real CLI, each into a fresh database, and prints each
crawl's peak RSS and the ratio. Bounded memory means the ratio stays near 1 (the per-article
state a crawl keeps is its seen-URL sets); a leak of page bodies would make it grow with the
article count. Exits 1 if large/small exceeds ``MAX_RATIO``.
"""
from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from reliability_helpers import child_env, cli_cmd, query, source, write_config  # noqa: E402
from faultserver import FaultServer  # noqa: E402

MAX_RATIO = 1.5


def peak_rss_mib(n: int) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as tmp, FaultServer() as s:
        s.feeds["many"] = [f"/a/mem-{i:05d}" for i in range(n)]
        config = write_config(Path(tmp), source("many", [f"{s.url}/feeds/many.xml"]),
                              crawl='concurrency = 4')
        started = time.monotonic()
        # a fresh interpreter that runs the crawl and reports its own peak RSS
        code = ("import resource, runpy, sys; sys.argv = ['modelwire'] + sys.argv[1:]\n"
                "try:\n    runpy.run_module('pipeline.cli', run_name='__main__')\n"
                "except SystemExit:\n    pass\n"
                "print('PEAK', max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
                "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss), file=sys.stderr)")
        cmd = [sys.executable, "-c", code] + cli_cmd(config, "-q", "crawl")[3:]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp, env=child_env(), timeout=1800)
        elapsed = time.monotonic() - started
        peak = [int(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("PEAK ")]
        stored = query(Path(tmp) / "mw.db", "SELECT count(*) n FROM articles")[0]["n"]
        if not peak:
            raise SystemExit(proc.stderr[-3000:])
        return peak[0] / 1024, elapsed, stored


def main() -> int:
    small = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    large = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    rs, ts, ns = peak_rss_mib(small)
    rl, tl, nl = peak_rss_mib(large)
    ratio = rl / rs
    print(f"{small:>6} articles: peak RSS {rs:7.1f} MiB ({ns} stored, {ts:.0f} s)")
    print(f"{large:>6} articles: peak RSS {rl:7.1f} MiB ({nl} stored, {tl:.0f} s)")
    print(f"ratio {ratio:.2f} for {large / small:.0f}x the articles (limit {MAX_RATIO})")
    _ = resource  # imported for the child's code above; keeps linters quiet
    return 0 if ratio <= MAX_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
