"""Crawl settings chosen for reactor CPU (see the comments in ``spiders.settings``)."""
import gc

from pipeline.crawl.run import _fewer_collections
from spiders.settings import crawl_settings


def test_few_concurrent_items_per_response():
    # Scrapy starts CONCURRENT_ITEMS asyncio tasks for every callback's output; an article page
    # yields one item, so the default 100 was ~1 ms of reactor CPU per article
    assert 1 <= crawl_settings({})["CONCURRENT_ITEMS"] <= 8


def test_fewer_collections_restores_the_collector():
    before = gc.get_threshold()
    with _fewer_collections(12_345):
        assert gc.get_threshold()[0] == 12_345
        assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_fewer_collections_restores_on_error():
    before = gc.get_threshold()
    try:
        with _fewer_collections():
            raise KeyboardInterrupt
    except KeyboardInterrupt:
        pass
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_remote_control_is_off_and_never_loaded():
    # disabled either way; unlisted, Scrapy does not import the module (~0.1 s of CPU per crawl)
    settings = crawl_settings({})
    assert settings["REMOTE_CONTROL_ENABLED"] is False
    assert settings["EXTENSIONS"]["scrapy.extensions.remote_control.RemoteControl"] is None


def test_a_crawl_run_keeps_the_remote_control_unlisted(monkeypatch, tmp_path):
    """``pipeline.crawl.run.run`` merges its own extension into the crawl settings' EXTENSIONS."""
    import pipeline.crawl.run as crawl_mod
    from pipeline.config import parse_config

    seen = {}

    def fake_run_crawl(jobs, *, options, item_pipelines, extra_settings=None):
        seen.update(extra_settings or {})
        return {}

    monkeypatch.setattr("spiders.process.run_crawl", fake_run_crawl)
    config = parse_config({"modelwire": {"db": str(tmp_path / "x.db")},
                           "sources": [{"name": "s", "kind": "sitemap", "urls": ["https://example.test/sitemap.xml"]}]}, None)
    crawl_mod.run(config, tmp_path / "x.db", config.sources, progress=False)
    assert seen["EXTENSIONS"]["scrapy.extensions.remote_control.RemoteControl"] is None
    assert "pipeline.crawl.runstats.RunRecorder" in seen["EXTENSIONS"]
