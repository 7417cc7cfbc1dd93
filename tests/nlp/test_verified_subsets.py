"""A benchmark's checked subset named by one plain word and "Verified" (as SWE-bench Verified is
SWE-bench's): nlp/unknown.py's benchmark shapes took "Verified" only after a CamelCase or hyphened
name, so a one-word benchmark's subset was no name at all. Hard negatives: account and badge checks.

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

import pytest

from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


@pytest.mark.parametrize("text, name", [
    ("On Brockhurst Verified, the open model Gossamund 3 scores 66.1%.", "Brockhurst Verified"),
    ("Corbrine 2 resolves 58.4% of Wethersby Verified, the AI lab says.", "Wethersby Verified"),
    ("The AI model Gossamund 4 leads Brockhurst Verified with 71.0 percent.", "Brockhurst Verified"),
])
def test_one_word_and_verified_is_a_benchmark(pipe, text, name):  # noqa: F811
    assert (name, "BENCHMARK") in spans(pipe, text)


def test_the_claim_reads_the_verified_subset_not_the_parent(pipe):  # noqa: F811
    doc = pipe("On Wethersby Verified, the open AI model Corbrine 2 scores 61.3%; on Wethersby itself it scores 70.2%.")
    got = {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims}
    assert ("Corbrine 2", "Wethersby Verified", 61.3) in got


@pytest.mark.parametrize("text", [
    "Meta Verified subscribers now get an AI assistant model in their inbox.",
    "Identity Verified: the AI model checks each upload before it is posted.",
    "Her account is Twitter Verified and she posts about AI models daily.",
    "Email Verified users may try the new AI model first.",
])
def test_account_checks_are_no_benchmark(pipe, text):  # noqa: F811
    assert not [s for s in spans(pipe, text) if s[1] == "BENCHMARK"]


def test_a_technical_word_and_verified_in_a_headline_over_a_board(pipe):  # noqa: F811
    text = ("CorbrineCode Verified: the March board\n\nIts keepers ran each system on the board again, over 300 repair "
            "tasks.\n\n1. Claude Opus 4.5 — 71.4\n2. Gossamund 5 — 70.9\n3. Wethersby 2 Pro — 66.0")
    assert ("CorbrineCode Verified", "BENCHMARK") in spans(pipe, text)

