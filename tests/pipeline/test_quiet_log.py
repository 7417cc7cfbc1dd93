"""QuietLogFormatter: per-page DEBUG lines are made only when some handler would show them."""
import logging

from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Request

import pipeline.crawl.pipelines as pipelines
from pipeline.crawl.pipelines import QuietLogFormatter, _debug_shown
from spiders.items import CrawlEvent


def _calls(fmt):
    request = Request("https://example.test/a")
    response = HtmlResponse("https://example.test/a", body=b"<html></html>", request=request)
    item = CrawlEvent(source="s", url="https://example.test/a", event="skipped")
    return [fmt.crawled(request, response, None), fmt.scraped(item, response, None),
            fmt.dropped(item, DropItem("skipped:off_topic x"), response, None)]


def test_no_debug_records_when_no_handler_would_show_them(monkeypatch):
    asked = []
    monkeypatch.setattr(pipelines, "_debug_shown", lambda name: asked.append(name) or False)
    assert _calls(QuietLogFormatter()) == [None, None, None]
    assert asked == ["scrapy.core.engine", "scrapy.core.scraper", "scrapy.core.scraper"]


def test_debug_records_as_before_when_a_handler_takes_debug(monkeypatch):
    monkeypatch.setattr(pipelines, "_debug_shown", lambda name: True)
    crawled, scraped, dropped = _calls(QuietLogFormatter())
    assert crawled["level"] == logging.DEBUG and "Crawled" in crawled["msg"]
    assert scraped == {"level": logging.DEBUG, "msg": "Scraped %(kind)s %(url)s",
                       "args": {"kind": "CrawlEvent", "url": "https://example.test/a"}}
    assert dropped["level"] == logging.DEBUG and dropped["msg"] == "Dropped: %(exception)s"


def test_debug_shown_looks_at_every_handler_up_the_tree(monkeypatch):
    parent = logging.getLogger("mwquiet")
    child = logging.getLogger("mwquiet.child")
    monkeypatch.setattr(parent, "propagate", False)
    monkeypatch.setattr(parent, "level", logging.DEBUG)   # as Scrapy leaves its loggers
    warn, debug = logging.Handler(logging.WARNING), logging.Handler(logging.DEBUG)
    monkeypatch.setattr(child, "handlers", [warn])
    monkeypatch.setattr(parent, "handlers", [])
    child.manager._clear_cache()
    assert not _debug_shown("mwquiet.child")         # Scrapy's handler at LOG_LEVEL=WARNING
    monkeypatch.setattr(parent, "handlers", [debug])
    assert _debug_shown("mwquiet.child")             # e.g. a DEBUG log file
    monkeypatch.setattr(child, "propagate", False)
    assert not _debug_shown("mwquiet.child")         # ... that the records never reach
    monkeypatch.setattr(child, "propagate", True)
    monkeypatch.setattr(child, "level", logging.INFO)  # the logger itself filters DEBUG out
    child.manager._clear_cache()
    assert not _debug_shown("mwquiet.child")
    child.manager._clear_cache()


def test_a_crawl_at_warning_makes_no_per_page_debug_records():
    """What a crawl process has: Scrapy's loggers at DEBUG, its root handler at LOG_LEVEL."""
    import subprocess
    import sys

    code = (
        "import logging\n"
        "from scrapy.utils.log import configure_logging\n"
        "configure_logging({'LOG_LEVEL': 'WARNING'})\n"
        "from pipeline.crawl.pipelines import _debug_shown\n"
        "a = _debug_shown('scrapy.core.engine'), _debug_shown('scrapy.core.scraper')\n"
        "logging.getLogger().handlers[0].setLevel('DEBUG')\n"
        "b = _debug_shown('scrapy.core.engine'), _debug_shown('scrapy.core.scraper')\n"
        "print(a, b)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "(False, False) (True, True)", out.stderr
