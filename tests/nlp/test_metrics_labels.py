"""Names in the quoted labels of a metrics exposition line ('acc{model="x-2",suite="y"} 71.5'): the kind keys
(model, suite, ...) name a model and a benchmark as the same keys do unquoted in a log line or a line protocol
(nlp/delimited_exports.py), so the claims read there keep their benchmark. A quoted value with a space, and a
lone pair, are still no name.

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)

METRICS = ("# HELP nightly_accuracy_percent Accuracy on the named suite, latest AI model run.\n"
           "# TYPE nightly_accuracy_percent gauge\n"
           'nightly_accuracy_percent{model="gossamund-3",suite="brackenmath"} 45.3\n'
           'nightly_accuracy_percent{model="fennimore-max",suite="brackenmath"} 51.0\n'
           'nightly_accuracy_percent{model="fennimore-max",suite="aime-2025"} 87.9\n')


def test_quoted_labels_name_the_model_and_the_suite(pipe):  # noqa: F811
    got = spans(pipe, METRICS)
    assert got.count(("brackenmath", "BENCHMARK")) == 2
    assert got.count(("fennimore-max", "MODEL")) == 2


def test_the_claims_of_a_metrics_line_keep_their_suite(pipe):  # noqa: F811
    claims = {(c["benchmark"].lower(), c["score"]) for c in pipe(METRICS)._.claims}
    assert ("brackenmath", 45.3) in claims and ("brackenmath", 51.0) in claims


def test_a_quoted_value_with_a_space_or_a_lone_pair_is_no_name(pipe):  # noqa: F811
    text = ('The AI model team wrote suite="brackenmath" in the notes.\n'
            'nightly_accuracy_percent{model="gossamund max",run="7"} 45.3\n')
    got = spans(pipe, text)
    assert ("brackenmath", "BENCHMARK") not in got and ("gossamund max", "MODEL") not in got
