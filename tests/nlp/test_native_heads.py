"""Bodies named in their own language by the kind word that heads their name (nlp.native_heads, round 15).

Every body below is invented (the place and name words are made up and appear in no set and not in the knowledge
base; checked with grep); the sentences are written for these tests. Each group of positives has hard negatives.
"""

import pytest

import nlp
from nlp import native_heads


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def found(text):
    return [text[s:e] for s, e in native_heads.find(text)]


# --- one language after another: kind first, last, in the middle, fused -------------------------------------
@pytest.mark.parametrize("text, name", [
    # Danish / Norwegian / Swedish: fused kinds (definite forms), words before them, "for" after
    ("Engineers at Brøndvig Universitetshospital tested the model.", "Brøndvig Universitetshospital"),
    ("The Fiskevandsnævnet for Vestkysten fined the vendor.", "Fiskevandsnævnet for Vestkysten"),
    ("A grant from Tjernholm Instituttet paid for it.", "Tjernholm Instituttet"),
    ("Hospitalet Ravnsø uses the tool.", "Hospitalet Ravnsø"),
    ("The Grønndal Fiskeridirektoratet bought licences.", "Grønndal Fiskeridirektoratet"),
    ("Vattenskogsstyrelsen published the audit.", "Vattenskogsstyrelsen"),
    ("Radar- og kystnævnet said it would ask for an explanation.", "Radar- og kystnævnet"),
    # Finnish, Lithuanian: a lower-case kind after a capitalised genitive
    ("Researchers at Tarvaslahden yliopisto built it.", "Tarvaslahden yliopisto"),
    ("Lauksodžio universitetas joined the consortium.", "Lauksodžio universitetas"),
    # Hungarian, Turkish: kind last, "és"/"ve" inside
    ("The Zöldfa és Vízrajzi Hivatal will use it.", "Zöldfa és Vízrajzi Hivatal"),
    ("A report by the Kalmbrek Kutatóközpont follows.", "Kalmbrek Kutatóközpont"),
    ("Kalkanlı Sanayi ve Teknoloji Bakanlığı announced a tender.", "Kalkanlı Sanayi ve Teknoloji Bakanlığı"),
    # Swahili, Welsh, Indonesian, Tagalog: kind first with the language's connectors
    ("Wizara ya Kilimo, Mifugo na Uvuvi ilisema jana.", "Wizara ya Kilimo, Mifugo na Uvuvi"),
    ("Chuo Kikuu cha Mbuyuni kimeanzisha kozi.", "Chuo Kikuu cha Mbuyuni"),
    ("It worked with Prifysgol Glanrhyd on subtitles.", "Prifysgol Glanrhyd"),
    ("Kementerian Perikanan dan Kelautan Sumbawa signed it.", "Kementerian Perikanan dan Kelautan Sumbawa"),
    ("Badan Riset Kembangsari tested the model.", "Badan Riset Kembangsari"),
    # Dutch, German
    ("The Ministerie van Waterwegen en Duinen pays for it.", "Ministerie van Waterwegen en Duinen"),
    ("Stichting Vlietmolen runs the pilot.", "Stichting Vlietmolen"),
    ("The Bundesamt für Wasserbau und Deichschutz tested it.", "Bundesamt für Wasserbau und Deichschutz"),
    # Romance languages: articles inside, a lower-case phrase closing a French name
    ("Fundação para a Ciência e Tecnologia de Almeirim funds it.", "Fundação para a Ciência e Tecnologia de Almeirim"),
    ("Researchers at Universidade Federal de Taboquinha.", "Universidade Federal de Taboquinha"),
    ("The Ayuntamiento de Villaverde del Ebro bought it.", "Ayuntamiento de Villaverde del Ebro"),
    ("Agenzia per la Cybersicurezza di Borgomonte warned.", "Agenzia per la Cybersicurezza di Borgomonte"),
    ("Ministerul Digitalizării din Vâlceni signed.", "Ministerul Digitalizării din Vâlceni"),
    ("Universitat de Montferrer hosts it.", "Universitat de Montferrer"),
    ("L'Agence régionale de la santé de Montferrer a publié.", "Agence régionale de la santé de Montferrer"),
    # Polish, Czech
    ("Politechnika Wrzosowa trained it.", "Politechnika Wrzosowa"),
    ("Urząd Ochrony Danych Kalinowa fined them.", "Urząd Ochrony Danych Kalinowa"),
    ("Ministerstvo vnitra Brnovské republiky uvedlo.", "Ministerstvo vnitra Brnovské republiky"),
])
def test_native_body_found(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "We took the Bank Holiday Monday train from Union Station.",  # English words that are kinds elsewhere
    "Hospital Staff Say The New Rota Works",  # a title-case English headline
    "Instituttet har ikke svaret.",  # a fused kind with no stem: the institute of any story
    "Rådet besluttede i går.",
    "Das Landgericht entschied am Montag.",  # a German common noun without its place
    "Ministerstvo uvedlo, že",  # a head before a verb
    "PATENT- OCH VATTENDOMSTOLEN",  # a shouted line: no fused name, no "OCH" joined
    "Claimant Vattenombudsmannen",  # a party role before the name is no part of it
])
def test_no_body_found(text):
    got = found(text)
    assert not [g for g in got if " " in g and g.split()[0] in ("Bank", "Hospital", "Claimant", "OCH", "PATENT")]
    assert "Instituttet" not in got and "Rådet" not in got and "Landgericht" not in got
    assert not any(g.startswith("Ministerstvo") for g in got)
    assert "Claimant Vattenombudsmannen" not in got


def test_boundaries():
    # two bodies joined by "og"/"y": split, the second a kind or a brand
    assert found("Vattenskogsstyrelsen og Fjordtilsynet samarbejder.") == ["Vattenskogsstyrelsen", "Fjordtilsynet"]
    assert "Servicio de Registros Rurales" in found("El Servicio de Registros Rurales de Chile y BancoMarino firmaron.")
    # a country after the name's own genitive qualifies it; a single genitive is the name's
    assert found("Universidad de Chile firmó.") == ["Universidad de Chile"]
    # punctuation ends a name; a possessive never joins it
    assert found("Brazil's Universidade de Taboquinha, a partner") == ["Universidade de Taboquinha"]
    # the group's field after a university is no part of it
    assert found("the Universitas Kembangsari NLP group") == ["Universitas Kembangsari"]


def test_pipeline_native_bodies(pipe):
    text = ("Researchers at Tjernholm Instituttet and Brøndvig Universitetshospital tested the Halvmåne-3 language "
            "model, and the Zöldfa és Vízrajzi Hivatal will deploy the AI model next year.")
    got = {e.text for e in pipe(text).ents if e.label_ == "ORG"}
    assert {"Tjernholm Instituttet", "Brøndvig Universitetshospital", "Zöldfa és Vízrajzi Hivatal"} <= got


def test_pipeline_known_name_inside(pipe):
    # a known company after the native connector is cut off, and keeps its own span
    text = "The Fiskevandsnævnet for Google case is about an AI model that ranks fishing licences."
    ents = {(e.text, e.label_) for e in pipe(text).ents}
    assert ("Google", "ORG") in ents
    assert ("Fiskevandsnævnet", "ORG") in ents


def test_acronym_expanded_after_native_name(pipe):
    text = ("The Országos Pöttyös Ügynökség (OPÜ) will use the AI model. "
            "OPÜ said the language model passed its tests.")
    ents = [(e.text, e.label_) for e in pipe(text).ents if e.label_ == "ORG"]
    assert ("Országos Pöttyös Ügynökség", "ORG") in ents


def test_edges_of_a_run():
    # a sentence's capitalised article is no part of the name; "and" + an article starts a second body
    assert found("BONN — Das Bundesamt für Deichschutz in der Marsch hat") == ["Bundesamt für Deichschutz in der Marsch"]
    assert found("De Stichting Vlietmolen en de Rekenkamer Ormsund") == ["Stichting Vlietmolen"]
    # an English name of another body after a native one is no part of it
    assert found("the Tjernholm Institutet University Library") == ["Tjernholm Institutet"]
    # a word broken at the line's end goes on
    assert found("with the Universidade de Taboqui-\nnha.") == ["Universidade de Taboqui-\nnha"]
    # one name word before a head-first kind, after a lower-case word ("from Ormsund Università di Borgomonte")
    assert found("a model from Ormsund Università di Borgomonte") == ["Ormsund Università di Borgomonte"]
    assert found("In Lisbon Universidade de Taboquinha") == ["Universidade de Taboquinha"]  # a capital, sentence-first
    # a list inside a name, then its "and"
    assert found("Gemeente Ormsund — Commissie Bestuur, Wegen, Duinen en Havens") == [
        "Gemeente Ormsund", "Commissie Bestuur, Wegen, Duinen en Havens"]


# round 26: a laboratory heads a lab's name ("Laboratoire X"), or ends it fused in Swedish ("X Datalabb"); the names
# below are invented for these tests
@pytest.mark.parametrize("text,name", [
    ("Le Laboratoire Vernissac a publié un modèle.", "Laboratoire Vernissac"),
    ("El Laboratorio Quebrantal presentó su modelo.", "Laboratorio Quebrantal"),
    ("O Laboratório Taquaruçu lançou um modelo.", "Laboratório Taquaruçu"),
    ("The founders of Stormhatt Datalabb in Luleå said so.", "Stormhatt Datalabb"),
])
def test_laboratory_heads(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "The laboratory said the samples were fine.",  # the English noun in lower case
    "Our Lab Notes column returns next week.",  # an English "Lab" is no native kind word
    "Ein Labor in Graz testete es.",  # German "Labor" is an English word too: left out
])
def test_no_laboratory_head(text):
    assert not found(text)


def test_pipeline_laboratory_and_its_short_name(pipe):
    text = ("Laboratoire Vernissac, a Lyon team of twelve, released the Ombrette-2 language model. Vernissac says the "
            "AI model runs on a laptop. Engineers at Stormhatt Datalabb in Luleå tested the model too.")
    ents = {(e.text, e.label_, e._.canonical) for e in pipe(text).ents}
    assert ("Laboratoire Vernissac", "ORG", "Laboratoire Vernissac") in ents
    assert ("Vernissac", "ORG", "Laboratoire Vernissac") in ents  # the lab called by its name alone
    assert ("Stormhatt Datalabb", "ORG", "Stormhatt Datalabb") in ents


def test_pipeline_laboratory_short_name_needs_the_full_name(pipe):
    # no "Laboratoire X" in the passage: the bare word is nobody's short name
    text = "Vernissac is a village near Lyon; the Ombrette-2 language model was trained there by an AI start-up."
    assert not [e for e in pipe(text).ents if e.text == "Vernissac" and e.label_ == "ORG"]
