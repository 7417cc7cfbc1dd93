"""Names worth looking for in raw pages before parsing them: the knowledge base's entities.

A backfill scans millions of pages of which a few percent are AI news; its prefilter matches
these names (with the relevance filter's words) on the raw bytes, so most pages are never
parsed. Only names that are AI-specific on their own are given: an alias the knowledge base
marks ambiguous (Apple, Meta, Claude as a first name) or a short one (o1, R1) would let through
pages the relevance filter drops anyway.
"""
from __future__ import annotations

from .kb import read_file, builtin_paths

MIN_LENGTH = 4


def kb_names(extra_files=()) -> list[str]:
    """Distinct names and aliases of the built-in (and ``extra_files``) models, organisations and
    benchmarks, at least ``MIN_LENGTH`` characters, leaving out aliases that need context."""
    out: set[str] = set()
    for path in [*builtin_paths(), *extra_files]:
        for entry in read_file(path):
            if entry.label == "STOP":
                continue
            for surface in entry.surfaces:
                if len(surface) < MIN_LENGTH or surface in entry.ambiguous:
                    continue
                if " " not in surface and surface.isalpha() and surface.islower():
                    continue  # a lower-case single word (an alias like 'anthropic') is an ordinary word
                out.add(surface)
    return sorted(out)
