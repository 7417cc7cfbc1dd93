"""Backfill from WARC files (local, http(s), Common Crawl's CC-NEWS), stored as a crawl would.

``run.backfill(db, files, options, runner)`` is the entry point; ``sources`` opens files and
listings at an offset, ``warc`` reads records past damaged ones, ``prefilter`` decides from the
raw bytes which pages are worth parsing, ``work`` handles one segment of a file on a worker.
Where the work runs (this process, a local or a remote Dask cluster) is ``pipeline.cluster``'s.
"""
