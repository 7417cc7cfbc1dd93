"""Crawl settings chosen for reactor CPU (see the comments in ``spiders.settings``)."""
import gc

from pipeline.crawl import _fewer_collections
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
