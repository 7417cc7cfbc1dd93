"""modelwire's pipeline: pages to stored articles, stored articles to digests; CLI, config, store.

One subpackage per stage (see docs/architecture.md): ``extract`` (page → record), ``store`` (the
database, the only place with SQL), ``crawl`` (one crawl run), ``annotate`` (nlp/ over stored
articles), ``digest`` (the weekly digest), ``cli`` (the ``modelwire`` command), ``demo`` (the
offline demo site). Entry points for library use::

    from pipeline.extract import extract
    from pipeline.store import open_db
    article = extract(html, url="https://example.org/a")
    store = open_db("modelwire.db")   # applies pending migrations
"""
__version__ = "0.1.0"
