"""Public broadcasters and stock exchanges in the knowledge base (round 15, nlp-bodies15): an organisation when it acts,
no organisation when cited as a source, as a channel or as a market index (nlp.outlet_cites; guidelines §2).

The broadcasters and exchanges are real (KB facts); every sentence is written for these tests, the labs and models in
them are invented (Halvmåne Labs, Kvistbo-2: in no set)."""

import pytest

import nlp


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def orgs(pipe, text):
    return [e.text for e in pipe(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize("text, name", [
    ("Danish public broadcaster DR has paused the Kvistbo-2 AI subtitles after viewers complained.", "DR"),
    ("NRK in Norway uses a similar AI model for its archive.", "NRK"),
    ("Halvmåne Labs signed a deal with SVT to caption its shows with the Kvistbo-2 language model.", "SVT"),
    ("Halvmåne Labs worked with S4C on Welsh AI subtitles.", "S4C"),
    ("The AI model was trained on archives from Yleisradio and Sveriges Radio.", "Yleisradio"),
    ("NHK uses the Kvistbo-2 language model for caption drafts.", "NHK"),
    ("Halvmåne Labs listed on Nasdaq after its AI model launch.", "Nasdaq"),
    ("The Kvistbo-2 AI model maker plans a listing on the Warsaw Stock Exchange.", "Warsaw Stock Exchange"),
])
def test_acting_broadcaster_or_exchange_is_an_org(pipe, text, name):
    assert name in orgs(pipe, text)


@pytest.mark.parametrize("text, name", [
    ("According to NRK, the Kvistbo-2 AI model failed the test.", "NRK"),
    ("The Kvistbo-2 AI model was tested, SVT reported that it failed.", "SVT"),
    ("BBC News covered the Kvistbo-2 language model.", "BBC"),
    ("The AI model, Kvistbo-2, was launched today.\n(NHK)", "NHK"),
    ("He told ZDF the AI model was not ready.", "ZDF"),
    ("Halvmåne Labs explained its AI model on Rai 3 last night.", "Rai"),
    ("The Nasdaq closed up 0.4% as AI model makers rallied.", "Nasdaq"),
    ("TL;DR: the Kvistbo-2 AI model is fine.", "DR"),
    ("Aid to DR Congo will use the Kvistbo-2 AI model.", "DR"),
])
def test_cited_broadcaster_or_index_is_no_org(pipe, text, name):
    assert name not in orgs(pipe, text)
