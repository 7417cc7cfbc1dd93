"""One crawl run: Scrapy item pipelines, extraction workers, relevance filter, run statistics.

``run.run(config, db_path, sources)`` starts the spiders of ``spiders/`` in one process; their
pages flow through ``pipelines`` (extract in ``workers`` → ``relevance`` → store) while
``runstats`` records the run. ``discover`` finds the feeds and sitemaps of a new source.
"""
