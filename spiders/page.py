"""Sources whose URLs are article pages themselves."""
from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from spiders.base import ModelwireSpider


class PageSpider(ModelwireSpider):
    """Fetch each ``source["urls"]`` as an article page (``via="page"``).

    A URL already in ``known`` gives ``CrawlEvent(unchanged)`` (a page source
    has no date to compare); leave ``known`` empty to re-fetch.
    """

    name = "page"
    via = "page"

    async def start(self) -> AsyncIterator[Any]:
        for url in self.source_urls:
            result = self.article_request(url, {}, "page")
            if result is not None:
                yield result
