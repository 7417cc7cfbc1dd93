"""Shared, expensive inputs of the every-text comparisons (the files that import ``nlp_texts``).

Running the entity component over every annotated text is one of the costliest steps of the suite;
its consumers (the fast-path comparisons on those docs) sit in one file, ``test_cpu_shortcuts.py``,
so that ``--dist loadfile`` builds them on one worker only, once (session scope); every consumer
that runs a further component works on its own copies.

The comparisons come in two forms: on a fixed sample (every fourth record of every set, text and
title: 1,596 of 6,378 texts, a quarter of the characters) in ``make test``, and on the whole corpus as
``slow`` tests in ``make bench``. Each comparison holds text by text, so the sample makes every assertion
of the whole-corpus form, with the same bars (counts of texts that reach a path), on fewer texts; a
difference that only a text outside the sample shows is found by ``make bench``, not ``make test``.
"""
from __future__ import annotations

import pytest

import nlp
import nlp.numbers as N
from nlp_texts import data_texts

SAMPLE_EVERY = 4  # records


def sample_of(texts: list[str]) -> list[str]:
    """Every ``SAMPLE_EVERY``-th record of ``data_texts()`` (its text and its title, in order): the
    records run set by set, so every set with a few records is in it."""
    return [t for i, t in enumerate(texts) if (i // 2) % SAMPLE_EVERY == 0]


@pytest.fixture(scope="session", params=[pytest.param("sample", id="sample"),
                                         pytest.param("every", id="every", marks=pytest.mark.slow)])
def corpus_texts(request) -> list[str]:
    """The unfrozen annotated texts and titles (``nlp_texts.data_texts``): the fixed sample in ``make
    test``, all of them in the ``slow`` form (``make bench``)."""
    texts = data_texts()
    return sample_of(texts) if request.param == "sample" else texts


@pytest.fixture(scope="session")
def blank_pipe():
    """``nlp.load({})``, the pipeline that made ``entity_docs`` (its components read only the doc)."""
    return nlp.load({})


@pytest.fixture(scope="session")
def entity_docs(corpus_texts, blank_pipe) -> list:
    """One doc per text of ``corpus_texts``, run through the components before ``modelwire_claims`` of
    ``nlp.load({})``.

    Read-only for the tests: copy a doc (``doc.copy()``) before running another component on it."""
    pipe = blank_pipe
    out = []
    for text in corpus_texts:
        doc = pipe.make_doc(text)
        doc.user_data[N.TEXT_KEY] = text
        for name, proc in pipe.pipeline:
            if name == "modelwire_claims":
                break
            doc = proc(doc)
        out.append(doc)
    return out
