"""Round-21 span edges (nlp.org_bounds, nlp.lead_verbs through nlp.span_edges): a task line's opening verb, a
subsidiary's country before its legal form, "St." inside a name, two bodies joined by "and". Every organisation,
model and benchmark below is invented (Ossabel, Sarnovo, Vossmere, Tollgrind, Brindlecast, Quillhampton: in no
dev, held-out or claims set); Microsoft, Kenya and the legal forms are real. Each edge has a hard negative."""
from __future__ import annotations

import pytest

import nlp
from nlp.lead_verbs import lead_verb_cut


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def _ents(pipe, text):
    return [(e.text, e.label_) for e in pipe(text).ents]


@pytest.mark.parametrize("line,verb,name", [("  • Ask Ossabel AI for a trial", "Ask", "Ossabel AI"),
                                            ("- Dropped Sarnovo-5 from it", "Dropped", "Sarnovo-5"),
                                            ("# Pull Tollgrind Arena ratings", "Pull", "Tollgrind Arena"),
                                            ("3. [x] Tested Vossmere-2", "Tested", "Vossmere-2")])
def test_lead_verb_cut_on_task_lines(line, verb, name):
    text = "Backlog\n" + line
    at = text.index(name)
    assert lead_verb_cut(text, text.index(verb + " "), at + len(name)) == at


@pytest.mark.parametrize("text,name", [("We Ask Ossabel AI daily", "Ask Ossabel AI"),  # not a line's opening
                                       ("- Askew Ossabel AI", "Askew Ossabel AI"),  # not a verb of the list
                                       ("- Ask ossabel", "Ask ossabel")])  # nothing capitalised after it
def test_lead_verb_kept(text, name):
    assert lead_verb_cut(text, text.index(name), text.index(name) + len(name)) is None


def test_task_lines_in_pipeline(pipe):
    text = ("BACKLOG for the language model evaluation board\n  • Ask Ossabel AI for an API trial\n"
            "  • Dropped Sarnovo-5 from the Lisbon trial\n# Pull Tollgrind Arena numbers before the Friday review\n")
    got = _ents(pipe, text)
    assert ("Ossabel AI", "ORG") in got and ("Sarnovo-5", "MODEL") in got and ("Tollgrind Arena", "BENCHMARK") in got
    assert not any(t.split()[0] in ("Ask", "Dropped", "Pull") for t, _ in got)


def test_country_before_legal_form(pipe):
    text = ("| Filing | Company | Use | Model |\n|---|---|---|---|\n| DP/1 | Ossabel Labs Kenya Ltd | citizen assistant | Vossmere-2 |\n"
            "| DP/2 | Microsoft Kenya Ltd | office productivity | Copilot |\n")
    got = _ents(pipe, text)
    assert ("Ossabel Labs", "ORG") in got and ("Microsoft", "ORG") in got
    assert not any("Kenya" in t for t, _ in got)


def test_saint_inside_a_name(pipe):
    got = _ents(pipe, "The AI benchmark was built by the Fraunhofer Institute with the University of St. Brindlecast. It has 400 tasks.")
    assert ("University of St. Brindlecast", "ORG") in got


def test_two_bodies_joined_by_and(pipe):
    text = ("# Press release: University of Quillhampton and Sarnovo launch a language model benchmark\n\n"
            "The University of Quillhampton said the AI benchmark has 900 questions.")
    got = _ents(pipe, text)
    assert got.count(("University of Quillhampton", "ORG")) == 2
    assert not any(" and " in t for t, _ in got)


def test_and_inside_a_body_kept(pipe):
    text = "The University of Vossmere and Tollgrind opened an AI lab. The University of Vossmere and Tollgrind has 900 staff."
    got = [t for t, lab in _ents(pipe, text) if lab == "ORG"]
    assert not any(t == "University of Vossmere" for t in got)  # never written without its tail: one name
