"""Page → record: decode the bytes, read the metadata, pick and clean the main text.

``from pipeline.extract import extract`` is the entry point (see ``page.py``); ``metadata`` reads
titles, dates, authors and canonical URLs, ``textclean`` decodes and normalises text. Nothing here
touches the database or the network.
"""
__all__ = ["extract", "EXTRACTOR_VERSION"]


def __getattr__(name):
    # Lazy, so that importing a sibling module (metadata, textclean) does not load trafilatura.
    if name in __all__:
        from pipeline.extract import page

        return getattr(page, name)
    raise AttributeError(name)
