"""Shared, expensive inputs of the every-text comparisons (the files that import ``nlp_texts``).

Running the entity component over every annotated text is one of the costliest steps of the suite;
its consumers (the fast-path comparisons on those docs) sit in one file, ``test_cpu_shortcuts.py``,
so that ``--dist loadfile`` builds them on one worker only, once (session scope); every consumer
that runs a further component works on its own copies.
"""
from __future__ import annotations

import pytest

import nlp
import nlp.numbers as N
from nlp_texts import data_texts


@pytest.fixture(scope="session")
def every_text() -> list[str]:
    """Every unfrozen annotated text and title (``nlp_texts.data_texts``)."""
    return data_texts()


@pytest.fixture(scope="session")
def blank_pipe():
    """``nlp.load({})``, the pipeline that made ``entity_docs`` (its components read only the doc)."""
    return nlp.load({})


@pytest.fixture(scope="session")
def entity_docs(every_text, blank_pipe) -> list:
    """One doc per text, run through the components before ``modelwire_claims`` of ``nlp.load({})``.

    Read-only for the tests: copy a doc (``doc.copy()``) before running another component on it."""
    pipe = blank_pipe
    out = []
    for text in every_text:
        doc = pipe.make_doc(text)
        doc.user_data[N.TEXT_KEY] = text
        for name, proc in pipe.pipeline:
            if name == "modelwire_claims":
                break
            doc = proc(doc)
        out.append(doc)
    return out
