"""Fixtures for the spider tests: the mock server and a crawl runner (one subprocess per crawl)."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_mockserver():
    """tests/mockserver.py by its path: putting tests/ on sys.path would let its folders nlp/,
    pipeline/, spiders/ shadow the project's packages in spawned processes (as namespace packages)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("mockserver", ROOT / "tests" / "mockserver.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["mockserver"] = module
    spec.loader.exec_module(module)
    return module


MockServer = _load_mockserver().MockServer

SCRIPT = Path(__file__).with_name("crawl_to_jsonl.py")
FAST = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_DELAY_JITTER": 0,
    "MODELWIRE_RETRY_BACKOFF": 0,
    "LOG_LEVEL": "WARNING",
}


@pytest.fixture(scope="session")
def mockserver():
    """The running mock server (``.url``, ``.log``, ``.requests(path, since)``)."""
    with MockServer() as server:
        yield server


@dataclass
class CrawlResult:
    items: list[dict]
    stats: dict
    requests: list[dict]          # what the server saw during this crawl
    stderr: str = ""
    returncode: int = 0
    paths: list[str] = field(default_factory=list)

    def of(self, kind: str) -> list[dict]:
        return [i for i in self.items if i["type"] == kind]

    def only(self, source: str) -> CrawlResult:
        """The items of one job (requests and stats stay shared)."""
        return CrawlResult([i for i in self.items if i.get("source") == source], self.stats, self.requests,
                           self.stderr, self.returncode, self.paths)

    def events(self, event: str | None = None) -> list[dict]:
        return [i for i in self.of("CrawlEvent") if event is None or i["event"] == event]

    def pages(self) -> dict[str, dict]:
        return {i["url"]: i for i in self.of("FetchedPage")}

    def count(self, path: str) -> int:
        return sum(1 for r in self.requests if r["path"] == path)


def make_runner(mockserver: MockServer, directory: Path):
    """``run(source={...} | jobs=[...], known=, http_state=, options=, settings=, mode=, urls=)``.

    Each call is one real Scrapy crawl in a subprocess (the reactor cannot restart);
    it returns a ``CrawlResult`` with the items, the stats and the server's requests.
    """
    counter = iter(range(10_000))

    def run(source=None, *, jobs=None, known=None, http_state=None, options=None, settings=None,
            mode="crawl", urls=None, timeout=60):
        n = next(counter)
        if jobs is None and source is not None:
            source = {"name": "test", **source}
            jobs = [{"source": source, "known": known or {}, "http_state": http_state or {}}]
        opts = {"allow_private": ["127.0.0.1"], "download_delay": 0, "log_level": "WARNING", **(options or {})}
        spec = {
            "mode": mode, "out": str(directory / f"items{n}.jsonl"), "jobs": jobs or [], "urls": urls or [],
            "options": opts, "extra_settings": {**FAST, **(settings or {})},
        }
        spec_path = directory / f"spec{n}.json"
        spec_path.write_text(json.dumps(spec))
        since = len(mockserver.log)
        proc = subprocess.run([sys.executable, str(SCRIPT), str(spec_path)], capture_output=True,
                              text=True, timeout=timeout, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr[-3000:]
        lines = Path(spec["out"]).read_text().splitlines()
        stats = json.loads(proc.stdout.strip().splitlines()[-1]) if proc.stdout.strip() else {}
        requests = mockserver.requests(since=since)
        return CrawlResult([json.loads(x) for x in lines], stats, requests, proc.stderr, proc.returncode,
                           [r["path"] for r in requests])

    return run


@pytest.fixture
def crawl(mockserver, tmp_path):
    """Run a crawl for this test (see ``make_runner``)."""
    return make_runner(mockserver, tmp_path)


@pytest.fixture(scope="module")
def crawl_module(mockserver, tmp_path_factory):
    """Like ``crawl``, for module-scoped fixtures that share one crawl between tests."""
    return make_runner(mockserver, tmp_path_factory.mktemp("crawl"))
