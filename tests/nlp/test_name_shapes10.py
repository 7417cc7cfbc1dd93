"""Name shapes with letters of any script inside a word, `Family N Word` with spaces, and a passage's
variants of a name (accent-free ids, dated API ids). All names are invented."""

import pytest

import nlp


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def ents(pipe, text):
    return [(e.text, e.label_, e._.canonical) for e in pipe(text).ents]


def test_accent_inside_a_one_word_lab(pipe):
    found = ents(pipe, "Aline Roux, co-founder of Brésille, the Nantes lab, said the model ships in May.")
    assert ("Brésille", "ORG", "Brésille") in found


def test_accent_inside_a_lab_before_its_lab_word(pipe):
    found = ents(pipe, "The grant came from Tövander Labs, a start-up that trains small language models.")
    assert ("Tövander Labs", "ORG", "Tövander Labs") in found


def test_family_number_and_an_unlisted_tier_word_with_a_cue(pipe):
    found = ents(pipe, "We evaluated Tolvane 3 Sift and the previous model, Tolvane 2, on two safety benchmarks.")
    assert ("Tolvane 3 Sift", "MODEL", "Tolvane 3 Sift") in found
    assert ("Tolvane 2", "MODEL", "Tolvane 2") in found


def test_family_number_word_in_a_title_does_not_block_the_cued_mention(pipe):
    text = ("Tolvane 3 Sift — System card\n\nOverview. We evaluated Tolvane 3 Sift on public benchmarks, "
            "where the model scored 41.0 on GPQA.")
    spans = [t for t, lab, _ in ents(pipe, text) if lab == "MODEL"]
    assert "Tolvane 3 Sift" in spans


def test_family_number_word_without_a_cue_or_of_a_product_stays_out(pipe):
    assert not [e for e in ents(pipe, "Microsoft released Windows 11 Home to new laptops on Tuesday.") if e[1] == "MODEL"]
    assert not [e for e in ents(pipe, "The report lists Ashgrove 4 Review as the next step for the council.") if e[1] == "MODEL"]


def test_dated_api_id_is_the_model_the_passage_names(pipe):
    text = "Merrow released Brisé 2 Large this week. Developers call it as brise-2-large-2603 in the API."
    found = ents(pipe, text)
    assert ("brise-2-large-2603", "MODEL", "Brisé 2 Large") in found


def test_dated_snapshot_written_with_capitals_is_its_model(pipe):
    text = "Pellam Labs released Pellam 4 Pro. The snapshot Pellam 4 Pro 2605 scored 61.2 on GPQA."
    found = ents(pipe, text)
    assert ("Pellam 4 Pro 2605", "MODEL", "Pellam 4 Pro") in found


def test_dated_name_with_no_undated_form_keeps_its_date(pipe):
    found = ents(pipe, "Pellam Labs released Pellam 4 Pro 2605, which scored 61.2 on GPQA.")
    assert ("Pellam 4 Pro 2605", "MODEL", "Pellam 4 Pro 2605") in found


def test_accent_free_slug_of_a_passage_name(pipe):
    text = ("Ostrander released Keströ-2-14B, a 14B model. We ran kestro-2-14b locally; "
            "Keströ-2-14B scored 50.1 on GPQA.")
    found = ents(pipe, text)
    assert ("kestro-2-14b", "MODEL", "Keströ-2-14B") in found


def test_a_place_after_in_is_not_the_subject_that_released(pipe):
    found = ents(pipe, "Ostrander Labs in Bogotá released Tolvane-3, a Spanish-first language model.")
    assert ("Ostrander Labs", "ORG", "Ostrander Labs") in found
    assert not [e for e in found if e[0] == "Bogotá"]


def test_dated_id_takes_the_capitals_of_an_uncued_title(pipe):
    text = ("Brisé 2 Large — release notes, revision 2605\n\nAtelier Merrow, Nantes. This revision replaces revision "
            "2603 on the API; the old one stays available under the id brise-2-large-2603.")
    found = ents(pipe, text)
    assert ("brise-2-large-2603", "MODEL", "Brisé 2 Large") in found
