"""Claims round 7: numbers a passage gives but claims nothing with: the figure a correction notice
retracts, a scale's top ("scores are out of 100"), a sampling setting ("at temperature 0"). Passages
written for these tests, invented names; entities marked by hand."""
from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)

NAMES = ents(["Orrin-4", "Tessa 2 Pro"], ["Pebble-40", "DocRiddle"])


def got(doc):
    return {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims}


def test_the_retracted_figure_is_no_claim(pipe):
    text = ("Orrin-4 scored 38.5% on Pebble-40, the maintainers said.\n\n"
            "*Correction: An earlier version of this story said Orrin-4 scored 83.5% on Pebble-40; the figure is 38.5%.*")
    assert got(annotate(pipe, text, NAMES)) == {("Orrin-4", "Pebble-40", 38.5)}


def test_a_scale_and_a_sampling_setting_are_no_scores(pipe):
    text = ("Tessa 2 Pro scored 61.0 on DocRiddle. DocRiddle scores are out of 100, and every model "
            "runs at temperature 0 with top-p 1.")
    assert got(annotate(pipe, text, NAMES)) == {("Tessa 2 Pro", "DocRiddle", 61.0)}


def test_a_share_of_a_price_an_aim_and_a_benchmarks_team_are_no_claims(pipe):
    text = ("Orrin-4 runs fast and costs 8% of Tessa 2 Pro's price. Its maker is aiming for 90% on Pebble-40 "
            "next year. When the DocRiddle team ran it on the same questions, Orrin-4 scored 44.0% on Pebble-40.")
    assert got(annotate(pipe, text, NAMES)) == {("Orrin-4", "Pebble-40", 44.0)}


def test_a_quoted_question_claims_nothing(pipe):
    text = 'A forum thread titled "Can Orrin-4 reach 80% on Pebble-40?" drew 300 replies. Tessa 2 Pro scored 52.5% on Pebble-40.'
    assert got(annotate(pipe, text, NAMES)) == {("Tessa 2 Pro", "Pebble-40", 52.5)}
