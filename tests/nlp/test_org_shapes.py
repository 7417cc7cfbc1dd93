"""Organisations known by the shape of their names or by the syntax around a one-word name.

Every organisation below is invented (some places are real); the sentences are written for these
tests. Each group has negatives: people, places, products, common nouns, model families.
"""

import pytest

import nlp
from nlp.org_shapes import defined_acronyms, legal_names, shaped_orgs


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def orgs(pipe, text):
    return [e.text for e in pipe(text).ents if e.label_ == "ORG"]


def shapes(text):
    # (a name before a legal suffix is found by org_shapes.legal_names since round 13: its name part here)
    spans = list(shaped_orgs(text)) + [(s, s + len(canon)) for s, _, canon in legal_names(text)]
    return [text[s:e] for s, e in sorted(set(spans))]


# --- name shapes (no pipeline) ------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The benchmark was built with the University of Varnhold and two labs.", "University of Varnhold"),
    ("Members of the Grelling Oversight Committee questioned the lab.", "Grelling Oversight Committee"),
    ("Notices from the Norvik Tidal Office were used as sources.", "Norvik Tidal Office"),
    ("The round drew the Quarrier Teachers' Pension Plan as an investor.", "Quarrier Teachers' Pension Plan"),
    ("Code was written at the Tamsell Institute of Technology.", "Tamsell Institute of Technology"),
    ("Data came from the National Archive of Brevonia, which licensed it.", "National Archive of Brevonia"),
    ("The model is the work of the Universidad de Pelarco.", "Universidad de Pelarco"),
    ("A grant from Ostrander Capital paid for the compute.", "Ostrander Capital"),
    ("The Office for Model Registration publishes a list.", "Office for Model Registration"),
    ("Equity research note, Harrowgate Pell Securities, for professional investors.", "Harrowgate Pell Securities"),
])
def test_organisation_name_shapes(text, name):
    assert name in shapes(text)


@pytest.mark.parametrize("text", [
    "The Working Group met on Monday.",                      # a group named by what it does
    "Apple Foundation Models framework runs on the phone.",  # a head word before a product word
    "A foundation model from a university lab.",              # lower case: common nouns
    "The Venture Capital market cooled this year.",           # a generic phrase
    "Mortgage Securities fell in March.",                     # a generic phrase: a market, no firm
])
def test_not_organisation_shapes(text):
    assert shapes(text) == []


def test_a_legal_suffix_marks_the_name_before_it():
    assert shapes("The models come from Brannock Systems Inc. and Yelvo Co., Ltd. this year.") == \
        ["Brannock Systems", "Yelvo"]


def test_trailing_calendar_words_are_not_the_name():
    assert shapes("The Tarrow Council on Monday said no.") == ["Tarrow Council"]


def test_an_acronym_defined_for_a_name_and_its_later_uses():
    text = "The Caldrin Data Agency (CDA) audited the model. Later the CDA said more; CDAX is a product."
    spans = shaped_orgs(text)
    assert [text[s:e] for s, e in defined_acronyms(text, spans)] == ["CDA", "CDA"]
    assert defined_acronyms("The Caldrin Data Agency (XYZ) said.", shaped_orgs("The Caldrin Data Agency (XYZ) said.")) == []


# --- in the pipeline: shapes and syntax ------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The AI lab's new model was praised by Ilse Marten of Quorvane, whose team trained a 9B model.", "Quorvane"),
    ("It was for Tomas Hale, research lead at Brindlecove, who built the 7B language model.", "Brindlecove"),
    ("Lisbon-based Petrovane will supply a small language model to banks.", "Petrovane"),
    ("The Ashgrove-backed lab released an open-weights AI model on Monday.", "Ashgrove"),
    ("The LLM work was supported by a grant from Maltrey.", "Maltrey"),
    ("An AI model from a nine-person company in Tartu called Stellmoor tops the chart.", "Stellmoor"),
    ("Its new model Vantor-9B, from Kelderine, beats larger LLMs.", "Kelderine"),
    ("The AI model received support from VELRA, the Peruvian agency of innovation.", "VELRA"),
    ("Smaller AI labs such as Orrindale and Caspivane are exempt from the model rules.", "Orrindale"),
])
def test_one_word_organisation_from_syntax(pipe, text, name):
    assert name in orgs(pipe, text)


@pytest.mark.parametrize("text, not_org", [
    ("The AI lab was founded by Mira Quandt and Dev Patel in 2023; its model is open.", "Mira"),
    ("The language model team is led by Anton Ferrow, a former engineer.", "Anton"),
    ("Quenlow-3 is out. Quenlow's reasoning model tops the maths benchmark.", "Quenlow"),
    ("Kestrow Vale of London trained an AI model at home.", "London"),
])
def test_people_places_and_model_families_stay_out(pipe, text, not_org):
    assert not_org not in orgs(pipe, text)


def test_a_name_the_text_introduces_keeps_its_label(pipe):
    text = ("Paris-based Ombrelle will ship a compact language model to retailers.\n\n"
            "The deal is Ombrelle's largest so far. Ombrelle and its partners declined to comment.")
    assert orgs(pipe, text).count("Ombrelle") == 3


def test_a_university_name_extends_a_known_name_and_shortens_later(pipe):
    text = ("The Fjordane NLP Group at Halvmark University published a 7B language model.\n\n"
            "Halvmark says the model is free for research.")
    got = orgs(pipe, text)
    assert "Fjordane NLP Group" in got and "Halvmark University" in got and "Halvmark" in got


def test_a_known_organisations_cloud_and_school(pipe):
    got = orgs(pipe, "We trained the AI model on clusters from Google Cloud and Naver Cloud, with the Stanford Law School.")
    assert "Naver Cloud" in got and "Stanford Law School" in got and "Naver" not in got and "Stanford" not in got
    assert "Oracle" in orgs(pipe, "The AI models are offered on Oracle Cloud Infrastructure.")


def test_the_owner_part_of_a_model_id_is_an_organisation(pipe):
    text = "Torvane released Vessel-2, an AI model; it is on Hugging Face as torvane/vessel-2-9b and models/vessel-2-3b."
    got = [(e.text, e.label_) for e in pipe(text).ents]
    assert ("torvane", "ORG") in got and ("models", "ORG") not in got


def test_a_ministry_starts_at_its_head_word():
    assert shapes("The Varrow Ministry of Digital Affairs wrote to the National Archive of Brevonia.") == \
        ["Ministry of Digital Affairs", "National Archive of Brevonia"]


# --- coordinated official names (round 9) -----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Bids go to the Department for Harbours, Weather and Lighthouses by Friday.",
     "Department for Harbours, Weather and Lighthouses"),
    ("The Ministry of Mining, Forestry and Rural Affairs signed the contract.", "Ministry of Mining, Forestry and Rural Affairs"),
    ("A letter from the Office for Tides, Canals, Locks & Ferries followed.", "Office for Tides, Canals, Locks & Ferries"),
    ("The Quessel Agency for Soil, Seed and Fodder audited the model.", "Quessel Agency for Soil, Seed and Fodder"),
])
def test_a_coordinated_body_name_ends_at_its_last_item(text, name):
    assert shapes(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("The Institute for Weather, whose Brisa models are open, trained it.", "Institute for Weather"),   # a new clause
    ("The Office for Tides, Lisbon and the harbour board met.", "Office for Tides"),                  # a place
    ("The Ministry of Mining, The Agency and others wrote.", "Ministry of Mining"),                    # a sentence word
    ("The Bureau of Canals, Locks and more said no.", "Bureau of Canals"),                            # no capitalised last item
])
def test_a_comma_before_a_place_or_a_clause_ends_the_name(text, name):
    assert shapes(text)[0] == name


def test_an_acronym_after_a_found_name_is_that_name_again():
    text = "The Brevan Development Bank (BNVX) lends to labs; BNVX also funds chips."  # initials of another tongue
    spans = shaped_orgs(text)
    assert [text[s:e] for s, e in spans] == ["Brevan Development Bank"]
    assert [text[s:e] for s, e in defined_acronyms(text, spans)] == ["BNVX", "BNVX"]
    # a coordinated body's initials
    text = "The Department for Harbours, Weather and Lighthouses (DHWL) wrote; DHWL signed."
    assert [text[s:e] for s, e in defined_acronyms(text, shaped_orgs(text))] == ["DHWL", "DHWL"]


def test_coordinated_body_and_its_acronym_in_the_pipeline(pipe):
    text = ("The Ministry of Mining, Forestry and Rural Affairs (MMFRA) will test the Quillo-3 AI model. "
            "MMFRA said the model scored 71% on a safety benchmark.")
    assert orgs(pipe, text) == ["Ministry of Mining, Forestry and Rural Affairs", "MMFRA", "MMFRA"]
