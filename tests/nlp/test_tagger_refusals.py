"""The learned tagger's spans pass the rules' own refusals (nlp.tagger_refusals); invented names throughout."""

import pytest

from nlp.entities import _org_form_ok
from nlp.tagger_refusals import refusal_for


def refused(text, surface, label, found=(), nth=0):
    s = -1
    for _ in range(nth + 1):
        s = text.index(surface, s + 1)
    spans = [(text.index(w), text.index(w) + len(w), lab) for w, lab in found]
    return refusal_for(text, spans, _org_form_ok)(s, s + len(surface), label)


@pytest.mark.parametrize("text, surface, label", [
    ("We hired the GPUs from Edda Tilsey to train our language model.", "Edda Tilsey", "ORG"),  # a person
    ("The AI start-up opens Lisbon 4, its fourth office, in June.", "Lisbon 4", "MODEL"),  # a place and a number
    ("The AI start-up moved to Lindqvistgatan 9 last spring.", "Lindqvistgatan 9", "MODEL"),  # an address
    ("Phone Verified accounts get the new AI model first.", "Phone Verified", "BENCHMARK"),  # an account's badge
    ("My AI model buddy loves Rock-Hard candy.", "Rock-Hard", "BENCHMARK"),  # a word with "-Hard", no split
    ("Agentic AI is the theme of every model launch this year.", "Agentic AI", "ORG"),  # "Adjective AI"
    ("The Well-Being Labs shipped a model for clinics.", "Well-Being Labs", "ORG"),  # no lab form
    ("The AI lab showed its model at the Spindrel Hackathon last week.", "Spindrel Hackathon", "BENCHMARK"),  # an event
    ("Careful Deployment Review (CDR) is now required for each AI model.", "CDR", "ORG"),  # an acronym of plain words
    ("The host sells Ferrix3 servers with 64 chips and will preview Ferrix4 for AI work.", "Ferrix4", "MODEL"),  # hardware
    ("Brisquell 2 Launches. The AI lab says the model beats its rivals.", "Brisquell 2 Launches", "MODEL"),  # a verb
    ("The AI notes:\n    3 | Quaddle Prime | soon\nnothing else.", "Quaddle Prime", "MODEL"),  # bars, but no table
])
def test_the_rules_refusals_hold_for_the_tagger(text, surface, label):
    assert refused(text, surface, label)


@pytest.mark.parametrize("text, surface, label", [
    ("The AI lab released Quaddle 2, a 30B model for code.", "Quaddle 2", "MODEL"),
    ("Orrinwood Labs released a model for contracts.", "Orrinwood Labs", "ORG"),
    ("The new AI benchmark Vellisande-Hard has 300 questions.", "Vellisande-Hard", "BENCHMARK"),
    ("| Model | Score |\n|---|---|\n| Quaddle 2 | 71.0 |", "Quaddle 2", "MODEL"),  # a real table's cell
    ("The AI lab's model scored 61.0% on Brenthaw Hard this week.", "Brenthaw Hard", "BENCHMARK"),  # spaced: no rule shape
    ("Three AI models sat the Dravonne Olympiad with the students.", "Dravonne Olympiad", "BENCHMARK"),  # a benchmark's head
])
def test_new_names_pass(text, surface, label):
    assert not refused(text, surface, label)


def test_a_bare_tier_and_another_spelling_are_left_to_the_rules():
    text = ("Kelvarro is fast. The AI lab's small model is Tollund 3 Kelvarro; TOLLUND-3 is its base, "
            "written Tollund-3 in the card.")
    assert refused(text, "Kelvarro", "ORG")  # the bare tier: the rules bind it to Tollund 3 Kelvarro
    assert not refused(text, "Tollund 3 Kelvarro", "MODEL")
    assert refused(text, "TOLLUND-3", "BENCHMARK", found=[("Tollund-3", "MODEL")])  # the rules link the spellings
    assert not refused(text, "TOLLUND-3", "BENCHMARK")


def test_the_same_name_written_the_same_way_is_the_taggers_to_add():
    text = "The AI lab's Ostravel 70B scored 64.8%; we measured 44.0 for Ostravel 70B."
    s = text.rindex("Ostravel 70B")
    veto = refusal_for(text, [(s, s + 12, "MODEL")], _org_form_ok)
    assert not veto(text.index("Ostravel 70B"), text.index("Ostravel 70B") + 12, "MODEL")
    assert veto(text.index("Ostravel 70B"), text.index("Ostravel 70B") + 12, "BENCHMARK")  # another label: the rules'


def test_a_refusal_by_label_is_not_kept_for_the_surfaces_other_mentions():
    from nlp.tagger_gate import veto_for
    text = "The AI lab released Ostravel-2 today; its card says a fine-tune is based on Ostravel-2."
    s1, s2 = text.index("Ostravel-2"), text.rindex("Ostravel-2")
    veto = veto_for([], lambda s, e, label: label == "BENCHMARK")
    assert veto(text, s2, s2 + 10, "BENCHMARK", 0.9)
    assert not veto(text, s1, s1 + 10, "MODEL", 0.9)


def test_a_row_label_numbered_after_its_column_is_no_name():
    text = ("| Vendor | Model | Score |\n|---|---|---|\n| Vendor 1 | Harnsey 4 | 61.0 |\n"
            "| Vendor 2 | Quaddle 2 | 55.5 |")
    assert refused(text, "Vendor 2", "MODEL")
    assert not refused(text, "Quaddle 2", "MODEL")


def test_the_lab_form_test_is_the_rules_one():
    assert _org_form_ok("Orrinwood Labs") and _org_form_ok("Orrinwood AI")
    assert not _org_form_ok("Generative AI") and not _org_form_ok("Weekly AI") and not _org_form_ok("Well-Being Labs")


def test_pipeline_bidder_table_reads_the_model_column():
    import nlp
    text = ("Harnsey Systems published the tender's scores today.\n\n| Vendor | Proposed model | Plumbrook-QA (%) |\n"
            "|---|---|---|\n| Vendor 1 | Quaddle 2 | 71.5 |\n| Vendor 2 | Gorlan-4 | 64.2 |\n| Vendor 3 | Tollund 3 | 58.9 |\n")
    doc = nlp.load()(text)
    assert not [e.text for e in doc.ents if e.text.startswith("Vendor ")]
    got = {(c["model"], c["score"]) for c in doc._.claims}
    assert {("Quaddle 2", 71.5), ("Gorlan-4", 64.2), ("Tollund 3", 58.9)} <= got


def test_a_list_item_after_a_model_ending_in_a_version_is_read_as_after_that_model():
    """tagger_gate's list veto: "Model 4, X" — the version ending the model is no score between item and comma."""
    from nlp.tagger_gate import veto_for
    text = "After Harwick Bell 4 and Claude Opus 4, Dunraith shipped an AI model of its own."
    s = text.index("Claude Opus 4")
    veto = veto_for([(s, s + len("Claude Opus 4"), "MODEL")])
    d = text.index("Dunraith")
    assert veto(text, d, d + 8, "ORG", 0.95)
    assert not veto_for([])(text, d, d + 8, "ORG", 0.95)
