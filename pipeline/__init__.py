"""modelwire's pipeline stage: pages to stored articles, stored records to digests; CLI, config, store.

Public entry points (imported lazily so that ``import pipeline`` stays cheap)::

    from pipeline import extract, open_db
    article = extract(html, url="https://example.org/a")
    store = open_db("modelwire.db")   # applies pending migrations
"""
__version__ = "0.1.0"

__all__ = ["extract", "open_db", "__version__"]


def __getattr__(name):
    if name == "extract":
        from pipeline.extract import extract

        return extract
    if name == "open_db":
        from pipeline.store import open_db

        return open_db
    raise AttributeError(name)
