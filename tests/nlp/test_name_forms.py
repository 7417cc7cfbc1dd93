"""One canonical per new name, from its best-written form (nlp/name_forms.py).

Every passage is written for these tests with invented names (grep-checked: none in a dev, held-out or claims set,
none in nlp/data): the lab Vexbridge, the model families Morwenna and TARROK (a family its maker writes in
capitals), the benchmark Brindlemark.
"""
from __future__ import annotations

from nlp import name_forms
from nlp.name_forms import canonical_of, pieces, settle
from tests.nlp.test_entities import pipe  # noqa: F401  (pipe: the loaded-pipeline fixture)


def _at(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    s = -1
    for _ in range(nth + 1):
        s = text.index(surface, s + 1)
    return s, s + len(surface)


def test_pieces_ignore_case_accents_and_separators():
    assert pieces("Hawser4") == pieces("hawser-4") == pieces("HAWSER 4") == ("hawser", "4")
    assert pieces("Kōri-2") == ("kori", "2")


def test_a_glued_hashtag_takes_the_spaced_form_the_passage_writes():
    text = "Vexbridge released Morwenna 3 Kestle today and the thread went wild. #Morwenna3 #AI"
    assert canonical_of(text, "Morwenna3", "MODEL") == "Morwenna 3"  # the head of "Morwenna 3 Kestle"


def test_mixed_case_beats_a_heading_in_capitals():
    text = "BRINDLEMARK WEEKLY\nHere is where things stand on Brindlemark after 9,000 new votes."
    assert canonical_of(text, "BRINDLEMARK", "BENCHMARK") == "Brindlemark"
    s, e = _at(text, "BRINDLEMARK")
    s2, e2 = _at(text, "Brindlemark")
    got = settle(text, [(s, e, "BENCHMARK", "BRINDLEMARK", False), (s2, e2, "BENCHMARK", "BRINDLEMARK", False)])
    assert got == {0: "Brindlemark", 1: "Brindlemark"}


def test_capitals_on_a_line_in_capitals_do_not_undo_a_title_cased_name():
    text = "VEXBRIDGE CLIMBS ON BRINDLEMARK ARENA\nNO OTHER LAB MOVED THIS WEEK"
    assert canonical_of(text, "Brindlemark Arena", "BENCHMARK") is None


def test_a_slug_takes_the_family_written_in_capitals():
    text = "Deprecation notice: `tarrok-6-mini` retires in June. TARROK-6 Mini stays in the console until then."
    assert canonical_of(text, "Tarrok 6 Mini", "MODEL") == "TARROK-6 Mini"


def test_a_dated_snapshot_takes_its_model_written_elsewhere():
    text = "The API ids are `morwenna-3-kestle` and `morwenna-3-kestle-2611`. Morwenna 3 Kestle is the fast one."
    assert canonical_of(text, "Morwenna 3 Kestle 2611", "MODEL") == "Morwenna 3 Kestle"
    # the head of a longer written name is the model's name too ("TARROK-6" inside "TARROK-6 Mini")
    text = "Use `tarrok-6-2603` for general work. TARROK-6 Mini is cheaper per token."
    assert canonical_of(text, "Tarrok 6 2603", "MODEL") == "TARROK-6"


def test_a_dated_snapshot_no_form_names_keeps_its_id():
    text = "Rolled back to `morwenna-7-2605` after the incident."
    assert canonical_of(text, "morwenna-7-2605", "MODEL") is None


def test_an_id_going_on_past_a_written_name_takes_its_tier_words():
    text = ("`morwenna-4-chat` and `morwenna-4-chat-0924` will be retired. Prompts written for Morwenna-4 usually "
            "work unchanged.")
    assert canonical_of(text, "Morwenna-4-Chat", "MODEL") == "Morwenna-4 Chat"
    assert canonical_of(text, "Morwenna-4-Chat-0924", "MODEL") == "Morwenna-4 Chat"
    # a tier word the passage writes nowhere capitalised and no product list knows: left alone
    text = "`morwenna-4-zorbel` is out. Morwenna-4 remains the default."
    assert canonical_of(text, "morwenna-4-zorbel", "MODEL") is None


def test_lower_case_never_replaces_a_canonical():
    text = "we pinned morwenna-3 and vexbridge/morwenna-3 in CI"
    assert canonical_of(text, "Morwenna 3", "MODEL") is None


def test_a_lower_case_lab_takes_its_capitals_from_the_passage():
    text = "Counsel for quenbar argued the claim was late. Quenbar's lawyers filed on Monday."
    assert canonical_of(text, "quenbar", "ORG") == "Quenbar"


def test_sizes_keep_their_capitals():
    text = "I ran Morwenna 3 70b locally; morwenna-3-70b is the repo."
    assert canonical_of(text, "Morwenna-3-70B", "MODEL") == "Morwenna 3 70B"


def test_known_names_are_left_to_the_knowledge_base():
    text = "GPT-5 beat Morwenna3. #GPT5"
    s, e = _at(text, "GPT5")
    s2, e2 = _at(text, "GPT-5")
    assert settle(text, [(s2, e2, "MODEL", "GPT-5", True), (s, e, "MODEL", "GPT5", False)]) == {}


class _Memory:
    def __init__(self, names):
        self.names = {(lab, canon): None for lab, canon in names}


def test_the_stream_memory_gives_the_written_form():
    text = "| model id | score |\n|---|---|\n| `vexbridge-ai/morwenna-5` | 41.7 |"
    memory = _Memory([("ORG", "Vexbridge AI"), ("MODEL", "Morwenna 5")])
    s, e = _at(text, "vexbridge-ai")
    s2, e2 = _at(text, "morwenna-5")
    got = settle(text, [(s, e, "ORG", "vexbridge-ai", False), (s2, e2, "MODEL", "morwenna-5", False)], memory)
    assert got == {0: "Vexbridge AI", 1: "Morwenna 5"}
    name_forms._MEMO.clear()


def _canons(pipe, text):
    return {(e.text, e.label_, e._.canonical) for e in pipe(text).ents}


def test_pipeline_gives_every_form_one_canonical(pipe):
    text = ("1/5 Vexbridge just dropped Morwenna 3 Kestle and I spent the night testing it. #Morwenna3\n\n"
            "2/5 The API ids are `morwenna-3-kestle` and `morwenna-3-skiff-2604`. Skiff is the cheap fast one.\n\n"
            "3/5 It scored 71.2 on SWE-bench Verified.")
    got = {(t, c) for t, lab, c in _canons(pipe, text) if lab == "MODEL"}
    assert ("Morwenna3", "Morwenna 3") in got
    assert ("morwenna-3-skiff-2604", "Morwenna 3 Skiff") in got
    assert ("morwenna-3-kestle", "Morwenna 3 Kestle") in got


def test_pipeline_reads_an_id_past_a_written_name(pipe):
    text = ("Changelog\n- `morwenna-4-chat` and `morwenna-4-chat-0924` will be retired on 2026-06-30. Migrate to "
            "`morwenna-5-lite`; prompts written for Morwenna-4 usually work unchanged.")
    got = {(t, c) for t, lab, c in _canons(pipe, text) if lab == "MODEL"}
    assert ("morwenna-4-chat", "Morwenna-4 Chat") in got and ("morwenna-4-chat-0924", "Morwenna-4 Chat") in got


def test_the_tier_takes_the_separator_the_passage_gives_its_siblings():
    text = "Vexbridge ships Morwenna-4-Instruct today; `morwenna-4-base` follows next week."
    assert canonical_of(text, "morwenna-4-base", "MODEL") == "Morwenna-4-Base"


def test_a_single_capital_is_not_lower_case():
    text = "Scores on k-shot prompts; the K board is separate."
    assert canonical_of(text, "K", "BENCHMARK") is None
