"""The database: the only place in ``pipeline/`` that writes SQL.

``db`` opens a store (applying ``migrations``) and writes articles; ``dedup`` holds the text
fingerprints the store compares; ``annotations`` reads and writes what the annotate stage needs;
``digests`` reads a digest's period and keeps the stored digests and their sends; ``alerts`` keeps
the watches' cursors, what fired and its deliveries; ``queries``
answers the read-only questions of the CLI and the demo. The schema is the product's public
interface: see docs/schema.md.
"""
__all__ = ["open_db", "Store", "utcnow"]


def __getattr__(name):
    if name in __all__:
        from pipeline.store import db

        return getattr(db, name)
    raise AttributeError(name)
