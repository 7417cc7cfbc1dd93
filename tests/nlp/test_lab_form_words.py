"""One list of lab-form end words: the rules' lab form and the tagger's refusal read the same words."""
from nlp.entities import ORG_FORM
from nlp.lab_form_words import LAB_FORM_WORDS
from nlp.tagger_refusals import _LAB_FORM_END


def test_every_lab_form_word_ends_both_the_form_and_the_refusal():
    for word in LAB_FORM_WORDS:
        name = f"Vorrowind {word}"
        m = ORG_FORM.search(f"We met {name} yesterday.")
        assert m is not None and m.group(0) == name, word
        assert _LAB_FORM_END.search(name), word


def test_a_word_off_the_list_ends_neither():
    assert ORG_FORM.search("We met Vorrowind Bakery yesterday.") is None
    assert _LAB_FORM_END.search("Vorrowind Bakery") is None
