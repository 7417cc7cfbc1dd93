"""Kind keys in lines of ``key=value`` pairs — log lines, logfmt, a metrics line protocol — type their values
(nlp/delimited_exports.inline_keyed_names; read for new names by nlp/unknown.py and nlp/unknown_orgs.py).
Every text is written for these tests with invented names."""
from __future__ import annotations

import pytest

from nlp.delimited_exports import inline_keyed_names
from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)

LINE_PROTOCOL = """# nightly language-model evals, line protocol; field: value (0-100)
eval_score,model=brisk-2-pro,lab=tallowmere,suite=fennelqa value=52.4 1765324800000000000
eval_score,model=brisk-2-pro,lab=tallowmere,suite=gorse-eval value=38.9 1765324800000000000
eval_score,model=dunlin-1.5,lab=marrowby-ai,suite=fennelqa value=80.2 1765324800000000000
"""


def _got(text, wanted=("MODEL", "ORG", "BENCHMARK")):
    return [(text[s:e], lab) for s, e, lab in inline_keyed_names(text, wanted)]


def test_kind_keys_type_the_values_of_a_line_of_pairs():
    got = _got(LINE_PROTOCOL)
    assert ("tallowmere", "ORG") in got and ("marrowby-ai", "ORG") in got
    assert ("brisk-2-pro", "MODEL") in got and ("fennelqa", "BENCHMARK") in got and ("gorse-eval", "BENCHMARK") in got
    assert not any(word.startswith(("eval_score", "value", "1765")) for word, _ in got)
    assert _got(LINE_PROTOCOL, ("ORG",)) == [("tallowmere", "ORG"), ("tallowmere", "ORG"), ("marrowby-ai", "ORG")]


@pytest.mark.parametrize("text", [
    "To pin a model, set model=default in the config file.",          # one pair: no record
    "level=info task=translate system=linux provider=local model=default n=3",  # loose keys and settings
    "run licence=mit provider=auto",
])
def test_no_names_from_single_pairs_loose_keys_or_settings(text):
    assert _got(text) == []


def test_log_lines_give_labs_benchmarks_and_models(pipe):
    got = spans(pipe, LINE_PROTOCOL)
    assert got.count(("tallowmere", "ORG")) == 2 and ("marrowby-ai", "ORG") in got, got
    assert ("fennelqa", "BENCHMARK") in got and ("brisk-2-pro", "MODEL") in got, got
    log = ("Nightly evals of our language models:\n"
           "2026-12-09 02:14:07,331 INFO  evalkit.run  starting suite=fennelqa model=brisk-2-max n=1200\n"
           "2026-12-09 02:31:55,902 INFO  evalkit.run  done suite=fennelqa accuracy=0.861\n")
    got = spans(pipe, log)
    assert got.count(("fennelqa", "BENCHMARK")) == 2 and ("brisk-2-max", "MODEL") in got, got
