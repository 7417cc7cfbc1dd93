"""Organisations named by a config's key or a vendor's folder (nlp.org_keys).

The lab and model names are invented for these tests; the configs are written for them.
"""
from nlp.org_keys import org_values


def values(text):
    return [text[s:e] for s, e in org_values(text)]


def test_organisation_keys_give_their_values():
    text = ("routes:\n  - model: brisk-2\n    provider: pellamore\n"
            "PRIMARY_PROVIDER=quintavel\n"
            '"Vendor"="Varnwick"\n'
            "lab: Sorrelgate Research  # since March\n")
    assert values(text) == ["pellamore", "quintavel", "Varnwick", "Sorrelgate Research"]


def test_vendor_folders_give_their_names():
    text = "src/evalkit/vendors/pellamore.py:12: error\n/vendors/quintavel/   @ops-team\n"
    assert values(text) == ["pellamore", "quintavel"]


def test_settings_people_keys_and_hosts_give_nothing():
    text = ("provider: local\nvendor = default\nprovider: none\n"
            "author: Jana Kessler\nowner: platform-team\n"
            "provider: api.pellamore.example\n"
            "The provider: we asked Pellamore about it, twice.\n")
    assert values(text) == []


def test_the_pipeline_reads_a_provider_key_as_an_organisation(blank_pipe):
    text = ("# Routing for the support assistant's language models.\n"
            "routes:\n  - name: fast\n    model: brisk-2\n    provider: pellamore\n"
            "  - name: deep\n    model: Sorrelgate 4 Pro\n    provider: quintavel\n    timeout_s: 60\n")
    orgs = [(e.text, e.start_char) for e in blank_pipe(text).ents if e.label_ == "ORG"]
    assert [t for t, _ in orgs] == ["pellamore", "quintavel"]


def test_a_key_alone_in_prose_is_no_config(blank_pipe):
    text = "Which provider: the one our model team trusts. The provider is local, the model Sorrelgate 4 Pro.\n"
    assert [e.text for e in blank_pipe(text).ents if e.label_ == "ORG"] == []
