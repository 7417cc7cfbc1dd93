"""A full `make bench` rewrites bench/RESULTS.md but keeps the sections other scripts measured."""
from bench.__main__ import keep_other_sections


def test_a_full_run_keeps_sections_it_does_not_write(tmp_path):
    old = tmp_path / "RESULTS.md"
    old.write_text("# results\n\n## Crawl\nold crawl\n\n## Libraries vs hand-written\nmeasured by hand\n",
                   encoding="utf-8")
    new = keep_other_sections("# results\n\n## Crawl\nnew crawl\n", old)
    assert "new crawl" in new and "old crawl" not in new
    assert new.endswith("## Libraries vs hand-written\nmeasured by hand\n")
    assert keep_other_sections("# r\n", tmp_path / "missing.md") == "# r\n"
