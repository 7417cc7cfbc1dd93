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


# --- ALL-CAPS headlines read against the passage's mixed-case names -------------------------------------------

CAPS = ("HOLLERDANE'S TARNWICK TOPS CODING BOARD; QUENTRA SAYS BRAZZLE \"CLOSE\"\n\n"
        "The maintainers said Pellan 4 Tarnwick from Hollerdane Labs placed first on SWE-bench Verified. "
        "Quentra AI said Pellan 4 Brazzle was close behind.")


@pytest.mark.parametrize("caps, label, canonical", [
    ("TARNWICK", "MODEL", "Pellan 4 Tarnwick"),
    ("BRAZZLE", "MODEL", "Pellan 4 Brazzle"),
    ("QUENTRA", "ORG", "Quentra AI"),
    ("HOLLERDANE", "ORG", "Hollerdane Labs"),
])
def test_caps_headline_words_take_the_passage_names(pipe, caps, label, canonical):
    assert (caps, label, canonical) in ents(pipe, CAPS)


def test_caps_headline_form_takes_the_mixed_case_label():
    import nlp as _nlp
    found = ents(_nlp.load(), "MORNING BRIEF: OSTRELL SHIPS VORLANE 2, PRICES FALL\n\n"
                              "Ostrell released Vorlane 2 on Monday, an AI model that scores 61% on MMLU-Pro.")
    assert ("VORLANE 2", "MODEL", "Vorlane 2") in found
    assert ("OSTRELL", "ORG", "Ostrell") in found


def test_caps_words_the_passage_does_not_name_stay_out(pipe):
    found = ents(pipe, "THE BEST MODEL THIS WEEK IS FAST, CHEAP AND OPEN\n\n"
                       "Fast Open 2 is a model from Pellan AI that scores 60% on MMLU. Pellan 4 Pro is its big sibling.")
    assert not any(t in ("FAST", "OPEN", "CHEAP", "PRO", "BEST") for t, _, _ in found)
    # a caps word in running text (not a shouted line) is left alone
    found = ents(pipe, "Pellan 4 Tarnwick scores 61% on MMLU-Pro. Analysts called it a TARNWICK moment for the lab.")
    assert not any(t == "TARNWICK" for t, _, _ in found)


# --- words and names broken at a line end ----------------------------------------------------------------------

WRAPPED = ("In March the company launched the Orrinet 4 family of AI models: Orrinet 4 Sallow-\n"
           "mere, its most capable language model to date, and Orrinet 4\n"
           "Pimbrel, a low-cost model for high-volume use. Both replace Orrinet 3, which\n"
           "will be withdrawn next year. Sallowmere ranked first on MMLU-Pro, ahead of Goo-\n"
           "gle and Anthropic models.\n")


def test_hyphen_broken_and_wrapped_names_keep_input_offsets(pipe):
    doc = pipe(WRAPPED)
    found = {(e.start_char, e.end_char): (e.label_, e._.canonical) for e in doc.ents}
    s = WRAPPED.index("Orrinet 4 Sallow-")
    e = WRAPPED.index("\nmere") + len("\nmere")
    assert found.get((s, e)) == ("MODEL", "Orrinet 4 Sallowmere")
    s = WRAPPED.index("Orrinet 4\nPimbrel")
    assert found.get((s, s + len("Orrinet 4\nPimbrel"))) == ("MODEL", "Orrinet 4 Pimbrel")
    s = WRAPPED.index("Goo-\ngle")
    assert found.get((s, s + len("Goo-\ngle"))) == ("ORG", "Google")


def test_unwrap_leaves_tables_items_and_unknown_compounds():
    from nlp.line_breaks import unwrap
    table = "Model          MMLU   GPQA\nOrrinet 4      71.2   55.0\nWexcombe 2     70.1   54.3\n"
    assert unwrap(table)[0] == table
    items = ("Quick takes on the week's new models and the boards they topped\n"
             "46:20 Picks: the hosts recommend Wexcombe 2 for crosswords and games\n"
             "51:10 Close and thanks to our listeners and to the producers\n")
    assert unwrap(items)[0] == items
    flat, back = unwrap("the company said its Brockwater-\nbased assistants will ship in May to all customers\n")
    assert "Brockwater-\nbased" in flat and back is None  # an unknown compound is not glued into one word



# --- hard negatives: tickers, currency pairs, hardware standards, percentages, channels -------------------------

def test_tickers_currency_pairs_and_moves_are_no_names(pipe):
    text = ("Tokyo: Kuroshio Holdings (4412 JP) climbed 4.5%, after OpenAI (NASDAQ: OAIX) confirmed new compute. "
            "SAP (SAP GY) gained. Currencies: USD/KRW 1,402; EUR/JPY 162.1. Micron said HBM4 and LPDDR5X demand rose, "
            "and GPT-5 scored 88% on MMLU.")
    found = ents(pipe, text)
    texts = [t for t, _, _ in found]
    assert "4.5" not in texts and "KRW" not in texts and "JPY" not in texts and "HBM4" not in texts
    assert "OAIX" not in texts and texts.count("SAP") == 1  # the company before its ticker stays
    assert ("OpenAI", "ORG", "OpenAI") in found and ("GPT-5", "MODEL", "GPT-5") in found


def test_acronyms_in_brackets_are_not_tickers():
    from nlp.market_codes import dropped
    text = "The National Health Service (NHS) and Tessmoor Labs (TML) work with OpenAI (OAI AI)."
    rows = [(text.index("NHS"), text.index("NHS") + 3, "ORG", True), (text.index("TML"), text.index("TML") + 3, "ORG", False)]
    assert dropped(text, rows) == set()
    text = "Tessmoor Holdings (TSMR LN) and Kuroshio (KRSH US) rose."
    rows = [(text.index("TSMR"), text.index("TSMR") + 4, "ORG", False), (text.index("KRSH"), text.index("KRSH") + 4, "ORG", False)]
    assert dropped(text, rows) == {r[:2] for r in rows}


def test_channels_drop_guesses_only(pipe):
    found = ents(pipe, "Slack export — #model-eval (private)\n\nmorning. GPT-5 scored 71% on #swe-bench, see #llama-3.")
    texts = [t for t, _, _ in found]
    assert "model-eval" not in texts
    assert "swe-bench" in texts and "llama-3" in texts


# --- organisation boundaries: "A and B" bodies, a purpose body's field after "in the" ------------------------------

@pytest.mark.parametrize("text, names", [
    ("The set was prepared by the University of Brenmoor and Tarlow College for the regulator.",
     ["University of Brenmoor", "Tarlow College"]),
    ("Prepared by Ashwell University of Quaich and Corrigan University, the test has 400 items.",
     ["Ashwell University of Quaich", "Corrigan University"]),
    ("Keys are held by the Pemberly Association for Research in the Actuarial Sciences with two-person approval.",
     ["Pemberly Association for Research in the Actuarial Sciences"]),
    ("Das Tarlower Bundesamt für Prüfung in der Informationstechnik veröffentlichte den Bericht.",
     ["Bundesamt für Prüfung in der Informationstechnik"]),
])
def test_org_boundaries(text, names):
    from nlp.org_shapes import shaped_orgs
    assert [text[s:e] for s, e in shaped_orgs(text)] == names


@pytest.mark.parametrize("text, names", [
    # one body's subjects joined by "and" stay one name
    ("The School of Humanities and Social Sciences at Tarlow College agreed.", ["School of Humanities and Social Sciences", "Tarlow College"]),
    ("The Brenmoor Department of Science and Technology agreed.", ["Department of Science and Technology"]),
    # a place after "in the" is no part of the name
    ("The Pemberly Centre for Research in the UK agreed.", ["Pemberly Centre for Research"]),
    ("The University of Brenmoor in the Highlands agreed.", ["University of Brenmoor"]),
])
def test_org_boundaries_hard_negatives(text, names):
    from nlp.org_shapes import shaped_orgs
    assert [text[s:e] for s, e in shaped_orgs(text)] == names


def test_defined_acronym_takes_the_full_name(pipe):
    text = ("The Tarlower Bundesamt für Prüfung in der Informationstechnik (BPI) published rules for AI models on Monday. "
            "The BPI said GPT-5 and Claude Opus 4.5 were tested.")
    found = ents(pipe, text)
    assert ("BPI", "ORG", "Bundesamt für Prüfung in der Informationstechnik") in found
    assert found.count(("BPI", "ORG", "Bundesamt für Prüfung in der Informationstechnik")) == 2


# --- a name used as another thing: an event, a gloss ------------------------------------------------------------

def test_events_and_glosses_are_not_the_name(pipe):
    text = ("Vindral Labs released Ketsal-2, an AI model that scores 71% on MMLU-Pro. Welcome to Vindral Day, said the host.\n\n"
            "About the lab: Vindral means little wind in an old dialect. Ketsal (quetzal) and fennick (fennel) are both birds "
            "and herbs of the valley.")
    found = ents(pipe, text)
    assert ("Vindral Labs", "ORG", "Vindral Labs") in found and ("Ketsal-2", "MODEL", "Ketsal-2") in found
    spans = {(e.start_char, e.text) for e in pipe(text).ents}
    assert (text.index("Vindral Day"), "Vindral") not in spans
    assert (text.index("Vindral means"), "Vindral") not in spans
    assert (text.index("Ketsal (quetzal)"), "Ketsal") not in spans


def test_a_gloss_needs_lower_case_words_and_no_ai():
    from nlp.word_uses import _gloss
    text = "Vindral means business: the AI model scores 71% on MMLU."
    assert not _gloss(text, 0, 7)
    text = "Vindral (formerly Sukhlar) released a model."
    assert not _gloss(text, 0, 7)


def test_institution_named_after_a_known_body(pipe):
    found = ents(pipe, "Questions were written by librarians at the Wellcome Collection and scored by Google. "
                       "The Wellcome Trust funded the AI benchmark.")
    assert ("Wellcome Collection", "ORG", "Wellcome Collection") in found
    assert ("Wellcome Trust", "ORG", "Wellcome Trust") in found
    from nlp.org_shapes import unit_bodies
    text = "the Quaich Museum Trust and Quaich Museum opened"
    # the word is already in the canonical: no new body
    assert unit_bodies(text, [(4, 10, "ORG", "Quaich Museum Trust")]) == []


def test_other_script_canonical_follows_to_short_mentions(pipe):
    text = ("Η Ορθρος παρουσιάζει — Orthros Labs presents a model\n\nATHENS — Ορθρος Labs (Orthros Labs) presented "
            "Κυπαρίσσι-5 (Kyparissi-5), an AI model scoring 70% on MMLU.")
    found = ents(pipe, text)
    assert ("Ορθρος Labs", "ORG", "Orthros Labs") in found
    assert not any(c and c.startswith("Ορθρος") for _, _, c in found)
