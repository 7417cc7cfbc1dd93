"""Run one crawl in this process and write its items as JSON lines (used by the spider tests).

    python tests/spiders/crawl_to_jsonl.py SPEC.json

SPEC: {"mode": "crawl" | "discover", "out": path, "jobs": [...], "urls": [...],
"options": {...}, "extra_settings": {...}}. Each item becomes one line: the
dataclass as a dict plus "type" (class name), with "body_len" instead of "body".
The last stdout line is the stats JSON (``{source: stats}``) for "crawl".
"""
from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def item_to_dict(item: object) -> dict:
    data = dataclasses.asdict(item)
    if "body" in data:
        data["body_len"] = len(data.pop("body") or b"")
    data["type"] = type(item).__name__
    return data


class JsonlPipeline:
    def __init__(self, path: str):
        self.path = path

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings["MODELWIRE_TEST_OUT"])

    def process_item(self, item):
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(item_to_dict(item)) + "\n")
        return item


def main(spec_path: str) -> None:
    from spiders.process import run_crawl, run_discover

    spec = json.loads(Path(spec_path).read_text())
    out = spec["out"]
    Path(out).write_text("")
    extra = {"MODELWIRE_TEST_OUT": out, **spec.get("extra_settings", {})}
    if spec.get("mode") == "discover":
        items = run_discover(spec["urls"], options=spec.get("options", {}), extra_settings=extra)
        with open(out, "a", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(item_to_dict(item)) + "\n")
        print(json.dumps({}))
        return
    stats = run_crawl(
        spec["jobs"],
        options=spec.get("options", {}),
        item_pipelines={"__main__.JsonlPipeline": 100},
        extra_settings=extra,
    )
    print(json.dumps(stats, default=str))


if __name__ == "__main__":
    main(sys.argv[1])
