"""Names worth looking for in raw pages before parsing them: the knowledge base's entities.

A backfill scans millions of pages of which a few percent are AI news; its prefilter matches
these names (with the relevance filter's words) on the raw bytes, so most pages are never
parsed. Only names that are AI-specific on their own are given: an alias the knowledge base
marks ambiguous (Apple, Meta, Claude as a first name) or a short one (o1, R1) would let through
pages the relevance filter drops anyway.
"""
from __future__ import annotations

import json
from pathlib import Path

from .kb import builtin_paths

MIN_LENGTH = 4


def kb_names(extra_files=()) -> list[str]:
    """Distinct names and aliases of the built-in (and ``extra_files``) models, organisations and
    benchmarks, at least ``MIN_LENGTH`` characters, leaving out aliases that need context.

    Read straight from the JSON lines (a backfill's workers call this, and parsing the entries
    with their grammars takes seconds); ``nlp.kb`` validates the same files when the NLP loads."""
    out: set[str] = set()
    for path in [*builtin_paths(), *map(Path, extra_files)]:
        if path.name == "stop.jsonl":
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # reported by nlp.kb when the NLP loads the file
            if not isinstance(entry, dict) or "text" in entry or not isinstance(entry.get("name"), str):
                continue  # a stop phrase, or not an entry
            aliases = [a for a in entry.get("aliases") or [] if isinstance(a, str)]
            ambiguous = entry.get("ambiguous")
            for surface in [entry["name"], *aliases]:
                if len(surface) < MIN_LENGTH:
                    continue
                one_word = surface.isascii() and surface.isalpha()  # as nlp.kb reads `ambiguous: true`
                if (ambiguous is True and one_word) or (isinstance(ambiguous, list) and surface in ambiguous):
                    continue
                if one_word and surface.islower():
                    continue  # a lower-case single word (an alias like 'anthropic') is an ordinary word
                out.add(surface)
    return sorted(out)
