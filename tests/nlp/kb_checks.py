"""Shared by the knowledge-base breadth tests (test_kb_*.py): the built-in files' entries, the built-in pipeline, and
the spans it finds in a text."""
from __future__ import annotations

import json

import pytest

import nlp
from nlp.kb import builtin_paths


def builtin_entries(name: str) -> list[dict]:
    """The entries of the built-in knowledge-base file `name` ("orgs.jsonl"), comment lines skipped."""
    path = next(p for p in builtin_paths() if p.name == name)
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("//")]


@pytest.fixture(scope="module")
def language():
    """The default pipeline with the built-in knowledge base (one per test module)."""
    return nlp.load({}, lexeme_attrs=False)


def spans(language, text: str) -> set[tuple]:
    """(surface, label, canonical) of every entity `language` finds in `text`."""
    result = next(nlp.analyze(language, [{"id": 1, "text": text}]))
    return {(text[e["start"]:e["end"]], e["label"], e.get("canonical")) for e in result["entities"]}
