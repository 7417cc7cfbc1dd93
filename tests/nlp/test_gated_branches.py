"""nlp.gated_branches: an alternation scanned with only the branches whose words a text holds gives the
full alternation's matches, branch names included."""
import re

import pytest

from nlp.gated_branches import GatedBranches
from nlp.maker_runs import _ANCHOR

BRANCHES = [
    ("by", r"\b(?:measured|graded)\s+by\s+", ("by",)),
    ("own", r"['’]s?\s+(?:own\s+)?results\b", ("'", "’")),
    ("page", r"\s+(?:product|spec)\s+page\b", ("page",)),
]
TEXTS = [
    "",
    "Nothing here matches at all.",
    "Scores were measured by the Quillfen group; Quillfen's own results follow.",
    "See the Tarsel product page. GRADED   BY hand, Tarsel’s results agree.",
    "Measured by Orvane, graded by Orvane too, and the spec page of Orvane's results.",
    "by the way, page two: nobody's numbers",
    "Results ſcored by a team, measured by İlker's lab: their own results page",  # letters re.I folds otherwise
]


def _full(branches, flags):
    return re.compile("|".join(f"(?P<{n}>{p})" for n, p, _ in branches), flags)


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_the_full_alternation(text):
    gated, full = GatedBranches(BRANCHES, re.I), _full(BRANCHES, re.I)
    assert [(m.span(), m.lastgroup) for m in gated.finditer(text)] == [
        (m.span(), m.lastgroup) for m in full.finditer(text)]


def test_branches_without_their_words_are_left_out():
    gated = GatedBranches(BRANCHES, re.I)
    assert gated.pattern_for("Nothing here.") is None
    assert list(gated.finditer("Nothing here.")) == []
    rx = gated.pattern_for("It was Measured BY Orvane.")
    assert rx is not None and list(rx.groupindex) == ["by"]
    # a letter re.I folds otherwise than str.lower(): every branch kept
    assert list(gated.pattern_for("ſ and by").groupindex) == ["by", "own", "page"]


def test_a_subset_is_compiled_once():
    gated = GatedBranches(BRANCHES, re.I)
    assert gated.pattern_for("measured by X") is gated.pattern_for("graded by Y")


def test_branch_with_a_capturing_group_or_upper_case_words_is_refused():
    with pytest.raises(ValueError, match="capturing group"):
        GatedBranches([("x", r"(a)b", ("ab",))])
    with pytest.raises(ValueError, match="lower-case"):
        GatedBranches([("x", r"ab", ("AB",))], re.I)


@pytest.mark.parametrize("text", TEXTS + [
    "All other cells were measured by the consortium that released Halny-2.",
    "The company has sent us the full table; copied from the Ferro product page.",
    "Results: the startup’s own internal measurements, and the lab's tests.",
])
def test_maker_run_anchor_matches_its_full_alternation(text):
    full = _full(_ANCHOR.branches, re.I)
    assert [(m.span(), m.lastgroup) for m in _ANCHOR.finditer(text)] == [
        (m.span(), m.lastgroup) for m in full.finditer(text)]
