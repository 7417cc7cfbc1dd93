"""The ``modelwire`` command: one thin module per group of commands.

``main`` holds the group and the commands that run a stage (init, crawl, extract, annotate, demo …);
``query``, ``digest`` and ``schedule`` add theirs; ``output`` holds what all of them print with.
"""
from pipeline.cli.main import main

__all__ = ["main"]
