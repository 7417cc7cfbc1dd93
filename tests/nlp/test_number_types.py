"""What a number measures (nlp.numbers._measures): a range's low end, how often something happens, an app's
store rating, a setting named by its usual value and the noun a number counts are no scores; the scores beside
them stay scores. Invented sentences throughout."""
import pytest

from nlp.numbers import find_numbers


def kinds(text: str) -> dict[str, str]:
    return {text[n.start:n.end].split()[0].rstrip("%"): n.kind for n in find_numbers(text)}


@pytest.mark.parametrize("text, number, kind", [
    ("Every assistant was too careful: between 7% and 12% of routine requests were escalated.", "7", "range"),
    ("Corrie-4 lands between 61 and 64 on FolioQA depending on the seed.", "61", "range"),
    ("We checked 800 replies and saw the bug in about 3% of answers.", "3", "frequency"),
    ("The tool crashed in 5% of sessions.", "5", "frequency"),
    ("The Brisk app holds a 4.5 rating on the App Store.", "4.5", "rating"),
    ("Users have rated it 4.2 on Google Play.", "4.2", "rating"),
    ("Users give it 4.8 stars.", "4.8", "count"),  # stars count: a non-score by the count check first
    ("The run used a 300-turn cap instead of the default 50.", "50", "setting"),
    ("FolioQA is 45 handwritten questions about invoices.", "45", "count"),
    ("We evaluated on 600 prompts.", "600", "count"),
])
def test_not_scores(text, number, kind):
    assert kinds(text)[number] == kind


@pytest.mark.parametrize("text, number", [
    ("Corrie-4 solves 45% of the problems on FolioQA.", "45"),
    ("Corrie-4 is right in 81% of cases on FolioQA.", "81"),
    ("Brisk-7B wins in 62% of cases against Corrie-4 on the arena.", "62"),
    ("Corrie-4 got a rating of 1450 on Codeforces.", "1450"),
    ("On FolioQA, Corrie-4's 74 remains the best result.", "74"),
    ("Corrie-4 scored 59 using tools and 51 without them.", "59"),
    ("Corrie-4 reaches 4.6 on FolioQA.", "4.6"),
    ("Corrie-4 scores 70 points on FolioQA.", "70"),
])
def test_scores_stay_scores(text, number):
    assert kinds(text)[number] == "score"


@pytest.mark.parametrize("text, value, unit", [
    ("Laut Bericht kommt Corrie-4 auf FolioQA auf 71,3 % der Punkte.", 71.3, "%"),
    ("Corrie-4 obtiene un 80,25% en FolioQA.", 80.25, "%"),
    ("Corrie-4 schafft 71,3 auf FolioQA.", 71.3, None),
])
def test_a_decimal_comma_is_one_number(text, value, unit):
    """European press writes "71,3 %": one score 71.3, never a 71 (and a 3)."""
    name = text.index("Corrie-4")
    (n,) = [n for n in find_numbers(text, skip=[(name, name + 8)]) if n.kind == "score"]
    assert (n.value, n.unit) == (value, unit)


@pytest.mark.parametrize("text, value", [
    ("FolioQA has 1,500 questions and Corrie-4 solved 812 of them.", 1500.0),
    ("Seeds 1,2,3 were run on FolioQA.", 1.0),
])
def test_thousands_and_runs_are_not_decimal_commas(text, value):
    values = {n.value for n in find_numbers(text)}
    assert value in values and not any(v != int(v) for v in values)


@pytest.mark.parametrize("text, number", [
    ("Corrie-4 ships as version 2.1 with a 128K context.", "2.1"),
    ("Corrie-4 scored 71.4 on FolioQA in release 3.", "3"),
    ("The firmware 12 update changed nothing on FolioQA.", "12"),
])
def test_a_number_after_version_words_is_a_version(text, number):
    assert kinds(text)[number] == "version"
