"""Round 22's quicker claims scans give the plain pattern's answers (tests on text written here, invented names)."""
from __future__ import annotations

import random

import pytest

from nlp import clause_binding as CB
from nlp.anchored_scan import digit_starts

_RUN_TEXTS = [
    "- **Quorrel 4** on the two boards: 72.0% and 68.8%.",
    "Vantley Mini reached 61.0%, 58.2% and 40.1%",  # the run at the text's end ($)
    "12.5% and 9.0% respectively; then Tolland 2 gave 33 percent and 31 per cent.",  # at the text's start
    "Version 3.72.0% and 1% and 2%.",  # a run glued to a word or a dot: no match there
    "x172.0% and 68.8%. ١٢% and ٣٤%.",  # other scripts' digits are \\d too
    "Scores: 1,204% and 88.8%; 7% AND 9%!",  # thousands, upper-case AND (re.I)
    "No run here, only 5 models and 3 boards.",
    "",
]


def _windows(text: str):
    n = len(text)
    for a in range(0, n + 1):
        for b in range(a, n + 2):
            yield a, b


@pytest.mark.parametrize("text", _RUN_TEXTS)
def test_run_in_is_the_runs_search_in_every_window(text):
    digits = digit_starts(text)
    for a, b in _windows(text):
        want = CB._RUN.search(text, a, b)
        got = CB._run_in(text, a, b, digits)
        assert (got and (got.span(), got.group("run"))) == (want and (want.span(), want.group("run"))), (a, b)


def test_run_in_on_random_strings_of_digits_and_separators():
    rng = random.Random(22)
    alphabet = "0123456789.,% andpercAND;x\n"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        digits = digit_starts(text)
        for a, b in ((0, len(text)), (rng.randint(0, len(text)), len(text)), (0, rng.randint(0, len(text)))):
            want = CB._RUN.search(text, a, b)
            got = CB._run_in(text, a, b, digits)
            assert (got and got.span()) == (want and want.span()), (text, a, b)
