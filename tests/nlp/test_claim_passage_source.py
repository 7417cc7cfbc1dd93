"""source_kind from a passage-level cue (README convention 4): a launch post's intro, a model card, a
leaderboard host's or a reviewer's own run speak for every claim of the passage, its tables and lists
included, unless a nearer cue (the claim's sentence, a hedge) says otherwise. Invented names throughout."""
import pytest

import nlp
from nlp.claim_source import passage_makers


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"kb_files": []})


def _kinds(pipe, text):
    return {(c["model"], c["benchmark"], c["score"]): c["source_kind"] for c in pipe(text)._.claims}


LAUNCH = """Tamsin Labs releases Corrie-4, a 20B model for support desks

Tamsin Labs, a Cardiff start-up, released Corrie-4 on Monday. The model is aimed at support desks.

| Benchmark | Corrie-4 | Qwen3-32B |
|---|---|---|
| GPQA Diamond | 61.2 | 58.0 |
| SWE-bench Verified | 44.5 | 40.1 |
"""

HOST = """Leaderboard update

We run every model ourselves on the same hardware, three seeds each.

1. Corrie-4 — GPQA Diamond 61.2
2. Brisk-7B — GPQA Diamond 55.0
"""


def test_a_launch_intro_speaks_for_its_table(pipe):
    kinds = _kinds(pipe, LAUNCH)
    assert kinds, "the table's claims are found"
    assert set(kinds.values()) == {"self-reported"}


def test_a_hosts_own_run_speaks_for_its_list(pipe):
    kinds = _kinds(pipe, HOST)
    assert kinds and set(kinds.values()) == {"independent"}


def test_a_hedged_sentence_stays_unknown(pipe):
    text = LAUNCH + "\nA screenshot in a forum shows Corrie-4 at 70.3% on MMLU-Pro.\n"
    kinds = _kinds(pipe, text)
    assert kinds[("Corrie-4", "MMLU-Pro", 70.3)] == "unknown"
    assert kinds[("Corrie-4", "GPQA Diamond", 61.2)] == "self-reported"


def test_no_passage_cue_leaves_unknown(pipe):
    kinds = _kinds(pipe, "Weekly notes\n\n- Corrie-4: 61.2 on GPQA Diamond\n- Brisk-7B: 55.0 on GPQA Diamond\n")
    assert kinds and set(kinds.values()) == {"unknown"}


def test_a_later_single_credit_is_no_passage_cue(pipe):
    # a developer credited in one later sentence speaks for that sentence, not for the passage
    text = ("Notes from the week\n\nA quiet week.\n\nMore quiet.\n\nCorrie-4 gets 61.2% on GPQA Diamond. "
            "Separately, Tamsin Labs says Brisk-7B scores 55.0% on SWE-bench Verified.\n")
    kinds = _kinds(pipe, text)
    assert kinds[("Corrie-4", "GPQA Diamond", 61.2)] == "unknown"


def test_makers_read_from_the_passage():
    text = "Tamsin Labs released Corrie-4 today. Brisk-7B, from the Oslo lab Fjordline, follows. Developer: Vell AI"
    def row(name, label):
        at = text.index(name)
        return (at, at + len(name), label, name, None)

    rows = [row("Tamsin Labs", "ORG"), row("Corrie-4", "MODEL"), row("Brisk-7B", "MODEL"), row("Fjordline", "ORG"),
            row("Vell AI", "ORG")]
    makers = passage_makers(text, rows)
    assert makers["Corrie-4"] == "Tamsin Labs"  # first relation read wins over "Developer:"
    assert makers["Brisk-7B"] == "Fjordline"
    # a model merely beside an organisation is no relation
    assert passage_makers("Tamsin Labs and Corrie-4", [(0, 11, "ORG", "Tamsin Labs", None),
                                                       (16, 24, "MODEL", "Corrie-4", None)]) == {}


CARD = """Model card: Corrie-4-Instruct
Developer: Tamsin Labs

## Evaluation
All scores below are accuracy in %, measured with our own harness.
FolioQA: 66.3
GPQA Diamond: 40.2
"""

REVIEW = """We tried three assistants on invoices

We ran FolioQA ourselves with our own harness, in our tests at home.

- Corrie-4-Instruct: 66.3 on FolioQA
- Brisk-7B: 58.0 on FolioQA
"""


def test_our_harness_in_a_model_card_is_the_developers_own(pipe):
    kinds = _kinds(pipe, CARD)
    assert kinds and set(kinds.values()) == {"self-reported"}


def test_our_harness_in_a_review_stays_independent(pipe):
    kinds = _kinds(pipe, REVIEW)
    assert kinds and set(kinds.values()) == {"independent"}


EXPLAINER = """How Corrie-4's sparse attention works

Tamsin Labs released Corrie-4 last week. With the technical report now out, here is what the mechanism does.

What we measured

On our own hardware, in thinking mode we measured 61.0% on GPQA Diamond, close to the 62.5% the lab reports.
"""


def test_a_review_mentioning_the_developers_report_is_not_the_developer_speaking(pipe):
    # "the technical report" named in a review is the developer's report, not this passage: "we measured" is the
    # reviewer's own run (the demo's explainer post read it as a self-report before)
    kinds = _kinds(pipe, EXPLAINER)
    assert kinds.get(("Corrie-4", "GPQA Diamond", 61.0)) == "independent"
    notes = CARD.replace("Model card: Corrie-4-Instruct", "Release notes, v1.2 — Corrie-4-Instruct")
    assert set(_kinds(pipe, notes).values()) == {"self-reported"}   # a heading that names the passage still is
