"""Bare organisations after the words of commerce (nlp.trade_cues, read by nlp.unknown_orgs): renting or buying
from X, sold or supplied by X, a trademark of X, a trade document's party keys. Every organisation below is
invented (Brindlecast, Ossabel, Sarnovo: in no dev, held-out or claims set); people, places and months are the
hard negatives the name gates must keep out."""
from __future__ import annotations

import pytest

import nlp
from nlp.trade_cues import TRADE, WORDS


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def _orgs(pipe, text):
    return [e.text for e in pipe(text).ents if e.label_ == "ORG"]


@pytest.mark.parametrize("text", [
    "we rent from X", "rented compute capacity from X", "licensed the weights from X", "servers sold by X",
    "cards supplied by X", "a registered trademark of X", "a subsidiary of X", "Shipper: X", "**Vendor:** X",
    "  Consignee:  the X"])
def test_cue_matches_before_a_capital(text):
    m = TRADE.search(text)
    assert m and text[m.end():] == "X"
    assert any(w in text for w in WORDS)  # the caller's cheap gate lets the text through


@pytest.mark.parametrize("text", ["we rent from x", "a story of X", "the shipper: X", "Text Shipper: X",
                                  "rent it out to Bob from X", "found by X"])
def test_cue_needs_its_words(text):
    assert TRADE.search(text) is None


def test_bare_lab_after_trade_words(pipe):
    text = ("Our language model was trained on a GPU cluster we rent from Ossabel, with accelerators from Nvidia. "
            "Ossabel also hosts the inference endpoint.")
    assert _orgs(pipe, text).count("Ossabel") == 2  # the cue, then the document's other mention


def test_invoice_parties(pipe):
    text = ("COMMERCIAL INVOICE\nShipper: Brindlecast, Austin, Texas, USA\nConsignee: Sarnovo Cloud, Lagos, Nigeria\n"
            "Goods: 40 inference cards for serving large language models.\n")
    orgs = _orgs(pipe, text)
    assert "Brindlecast" in orgs and "Sarnovo Cloud" in orgs
    assert not {"Austin", "Texas", "Lagos"} & set(orgs)


@pytest.mark.parametrize("text", [
    "We bought the GPUs from Jane Smith last year to train our language model.",  # a person
    "We rent from April to June the GPU cluster for our language model.",  # a month
    "The language model was sold by Germany to no one.",  # a place
])
def test_people_places_months_stay_out(pipe, text):
    assert _orgs(pipe, text) == []
