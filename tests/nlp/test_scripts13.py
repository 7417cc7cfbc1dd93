"""Round-13 names across scripts, cases and line breaks (nlp/script_aliases.py, nlp/caps_names.py, nlp/line_breaks.py,
nlp/entities.py): other-script forms beside a found name, ALL-CAPS headlines read against the passage's names, words
broken at a line end, and hard negatives (tickers, currency pairs, etymologies).

Every model and organisation below is invented (grep finds none in tests/data/nlp); the sentences are written for
these tests. Each group has hard negatives.
"""
from __future__ import annotations

import pytest

import nlp


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def ents(pipe, text):
    return [(e.text, e.label_, e._.canonical) for e in pipe(text).ents]


# --- other-script forms beside a found name --------------------------------------------------------------------

@pytest.mark.parametrize("text, form, label, canonical", [
    ("The start-up Larchmere AI released 달빛-7 (Tamnara-7), a language model that beats GPT-4o on KMMLU.",
     "달빛-7", "MODEL", "Tamnara-7"),
    ("Ilvane Labs released Kotaruno 3 (Japanese name 蛍3), a model that beats GPT-4o on JMMLU.", "蛍3", "MODEL", "Kotaruno 3"),
    ("Львівський стартап Поліська AI (Poliska AI) представив модель Бурштин-3 (Burshtyn-3). Burshtyn-3 beats GPT-4o on MMLU.",
     "Бурштин-3", "MODEL", "Burshtyn-3"),
    ("Львівський стартап Поліська AI (Poliska AI) представив модель Бурштин-3 (Burshtyn-3). Burshtyn-3 beats GPT-4o on MMLU.",
     "Поліська AI", "ORG", "Poliska AI"),
    ("Το Κυπαρίσσι-5 (Kyparissi-5) is a Greek model that beats Llama 3.3 70B on Global-MMLU.", "Κυπαρίσσι-5", "MODEL",
     "Kyparissi-5"),
    ("TEL AVIV — Tovarna Labs today released Jelka 2 (ברוש 2), a model that scored 71% on MMLU.", "ברוש 2", "MODEL", "Jelka 2"),
    ("The lab released Samruk-4, known in Kazakh as Самұрық-4, which beats GPT-4o on MMLU-Pro.", "Самұрық-4", "MODEL", "Samruk-4"),
    ("BANGKOK — Vorsk AI released นาวา-2 (Nava-2), a Thai model that beats GPT-4.1 on ThaiExam.", "นาวา-2", "MODEL", "Nava-2"),
    ("The Indian lab Kesari AI released मेघ-2 (Varshi-2), which beats GPT-4o on MMLU.", "मेघ-2", "MODEL", "Varshi-2"),
    ("The Jordanian lab Quillfen AI released نخلة-2 (Nakhla-2), which beats GPT-4o on ArabicMMLU.", "نخلة-2", "MODEL", "Nakhla-2"),
])
def test_other_script_form_takes_the_found_name(pipe, text, form, label, canonical):
    assert (form, label, canonical) in ents(pipe, text)


def test_later_mentions_and_the_stem_take_the_same_name(pipe):
    text = ("Бурштин-3 від Поліська AI. Kyiv — the lab released Бурштин-3 (Burshtyn-3) on Monday; it beats GPT-4o on MMLU.\n\n"
            "Розробники кажуть, що Бурштин швидкий.")
    found = ents(pipe, text)
    assert found.count(("Бурштин-3", "MODEL", "Burshtyn-3")) == 2  # the headline's mention too
    assert ("Бурштин", "MODEL", "Burshtyn-3") in found


def test_other_script_forms_need_a_found_anchor_and_a_short_form(pipe):
    # the words before the form are not part of it: "представив модель" is "presented the model"
    found = ents(pipe, "Стартап представив модель Бурштин-3 (Burshtyn-3), which beats GPT-4o on MMLU.")
    assert ("Бурштин-3", "MODEL", "Burshtyn-3") in found
    assert not any("модель" in t for t, _, _ in found)
    # brackets holding a sentence in another script are no alias
    found = ents(pipe, "Kestrow AI released Brakemoor-2 (модель для державних послуг і банків), which beats GPT-4o on MMLU.")
    assert not any("модель" in t for t, _, _ in found)
    # no found name before the brackets: nothing paired
    found = ents(pipe, "The word 달빛 (moonlight) is common in Korean song titles.")
    assert not any(t == "달빛" for t, _, _ in found)
