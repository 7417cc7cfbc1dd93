"""nlp.claim_speaker._may_have_speaker answers as the one-pattern quick reject it stands for, on invented sentences."""
import pytest

from nlp.claim_speaker import _QUICK, _may_have_speaker, speakers_of

SENTENCES = [
    "",
    "Tarsel-4 reaches 71.2 on QuillBench.",
    "Ormidan said its new Pelliston 4 model scores 80.1.",
    "The Vantor team's own runs give 64.0.",
    "Figures per the board, 55.3 for Kestrel-2.",
    "Scores by Harrow Labs.",
    "OF   THE five entries, Kestrel-2 leads.",
    "Kestrel’s 61.0 tops it.",
    "Hyperion-3 at 52.0 on Lintel.",  # "per" inside a word: no match of per\b
    "ſaid nothing",  # letters re.I folds otherwise than str.lower(): the pattern itself decides
    "İT WAS ANNOUNCED",
    "ıt was tested",
    "KELVIN\u212a ran it",
    "A quiet line with nothing to report",
    "Nothing at all here.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_gate_matches_the_pattern(sentence):
    assert _may_have_speaker(sentence) == (_QUICK.search(sentence) is not None)


def test_a_sentence_without_speaker_words_has_no_speakers():
    assert not _may_have_speaker("Kestrel-2 hits 71.0 on Lintel.")
    assert speakers_of("Kestrel-2 hits 71.0 on Lintel.", [(0, 9, "MODEL", "Kestrel-2", None)]) == []
    assert _may_have_speaker("Kestrel-2 hits 71.0, Ormidan SAID.")
