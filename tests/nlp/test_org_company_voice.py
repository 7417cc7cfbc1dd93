"""One-word companies from their own voice, the law and ownership (nlp.company_voice, round 26).

Every name below is invented (checked with grep against the sets and the knowledge base); the sentences are written
for these tests. Each group of positives has hard negatives: people, places, the last word of a longer name.
"""

import pytest

import nlp


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def orgs(pipe, text):
    return [e.text for e in pipe(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize("text, name", [
    # speaking of itself as "it" (no AI word in that sentence; the passage is about AI)
    ("The Quillet 4 model writes well. The privacy switch is hidden. Brindlecomb says it will move the switch.",
     "Brindlecomb"),
    ("The Quillet 4 model writes well. Afterwards Brindlecomb told the regulator it would change the advert.",
     "Brindlecomb"),
    ("The Quillet 4 model writes well. Brindlecomb said its lawyers had not seen the letter.", "Brindlecomb"),
    # the law and ownership
    ("The Quillet 4 chatbot is popular. A group of illustrators has sued Brindlecomb in Rotterdam.", "Brindlecomb"),
    ("The Quillet 4 chatbot is popular. The fund also holds a minority stake in Brindlecomb.", "Brindlecomb"),
    # what only a company has
    ("Brindlecomb's founders on the Quillet 4 language model and their year.", "Brindlecomb"),
])
def test_company_cue(pipe, text, name):
    assert name in orgs(pipe, text)


def test_cue_types_every_mention(pipe):
    text = ("The Quillet 4 model is out. Brindlecomb says it will open the weights. Until then Brindlecomb "
            "serves the model from Utrecht.")
    assert orgs(pipe, text) == ["Brindlecomb", "Brindlecomb"]


@pytest.mark.parametrize("text, not_org", [
    # a person: the passage writes the word after a first name
    ("Dr Wilma Tresidder led the Quillet 4 model trial. Tresidder said it was too early to judge.", "Tresidder"),
    ("Lawyers for Tomas Ardrey said the Quillet 4 model copied his book, and Ardrey has sued the maker.", "Ardrey"),
    # a place
    ("The Quillet 4 chatbot is popular. Portugal said it would review the chatbot.", "Portugal"),
    # the last word of a longer capitalised name
    ("The Quillet 4 model passed. The Guild of Harbour Pilots told us it had no record of the test.", "Pilots"),
    # a speaker saying "I", not "it"
    ("The Quillet 4 model is out. Brindlecomb says I should try the model.", "Brindlecomb"),
])
def test_no_company_cue(pipe, text, not_org):
    assert not_org not in orgs(pipe, text)


def test_no_cue_outside_an_ai_passage(pipe):
    # the passage says nothing of AI: the cue alone types nothing
    assert "Brindlecomb" not in orgs(pipe, "The harbour is busy. Brindlecomb says it will open a second quay.")
