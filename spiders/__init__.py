"""Scrapy code only: one spider per kind of source, configured by plain data.

- ``feed``, ``sitemap``, ``listing``, ``page``, ``auto`` (and ``discover``) spiders,
  all built on ``spiders.base.ModelwireSpider``;
- ``items``: the dataclasses handed to the item pipelines;
- ``middlewares``: private-address guard, Retry-After / backoff retries, robots Crawl-delay;
- ``settings.crawl_settings(options)`` and ``process.run_crawl(jobs, ...)`` /
  ``process.spider_class(kind)`` for the pipeline stage.
"""
