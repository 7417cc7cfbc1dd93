"""Rewrite the expected records of the extraction fixtures from the current extractor.

    python scripts/regen_page_fixtures.py            # all fixtures under tests/data/pages/
    python scripts/regen_page_fixtures.py wpblog     # only fixtures whose path contains "wpblog"

Each fixture is ``tests/data/pages/<site>/<slug>.html`` with ``<slug>.meta.json``
(``{"url", "hints"?, "encoding"?}``); this writes ``<slug>.json`` (sorted keys, UTF-8).
Review the diff before committing: the tests never run this script, and a missing
expected file makes the test fail.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "data" / "pages"


def fixtures(pattern: str = ""):
    for html in sorted(PAGES.rglob("*.html")):
        if pattern in str(html.relative_to(PAGES)):
            yield html


def expected_for(html: Path) -> dict:
    from pipeline.extract.page import extract

    meta = json.loads(html.with_suffix(".meta.json").read_text(encoding="utf-8"))
    return extract(html.read_bytes(), meta["url"], hints=meta.get("hints"), encoding=meta.get("encoding"))


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    pattern = argv[0] if argv else ""
    n = 0
    for html in fixtures(pattern):
        out = html.with_suffix(".json")
        record = expected_for(html)
        out.write_text(json.dumps(record, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)} ({record['page_type']}, {record['word_count']} words)")
        n += 1
    print(f"{n} fixture(s) regenerated; review with `git diff tests/data/pages`")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
