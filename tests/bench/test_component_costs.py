"""bench/component_costs.py: switching a reader off at its call sites, and back on."""
import pytest

from bench.component_costs import Shape, call_sites, recording, stub_value, switched_off

# invented names (in no set or knowledge base)
TEXT = ("Zelvorin Labs today released Quarnix-7, its new open-weights model. "
        "Quarnix-7 scores 81.2% on MMLU and 64.0% on GPQA Diamond.")


@pytest.fixture(scope="module")
def nlp():
    import nlp as modelwire_nlp

    return modelwire_nlp.load({})


def _out(nlp):
    doc = nlp(TEXT)
    return [(e.text, e.label_) for e in doc.ents], [(c["model"], c["benchmark"], c["score"]) for c in doc._.claims]


def test_call_sites_name_both_import_styles():
    sites = call_sites()
    assert ("entities", "short_forms", "find") in sites["short_forms"]  # from . import short_forms; short_forms.find
    assert ("claims", "drop_withdrawn", None) in sites["withdrawn_figures"]  # from .withdrawn_figures import drop_withdrawn
    assert "canonical" not in sites and "numbers" not in sites  # the core is no component


def test_switch_off_then_restored(nlp):
    import nlp.claims as claims
    import nlp.entities as entities
    import nlp.short_forms as short_forms
    import nlp.unknown as unknown

    sites = call_sites()
    before = _out(nlp)
    assert ("Quarnix-7", "MODEL") in before[0]
    orig_find, orig_drop = entities.find_unknown, claims.drop_withdrawn
    with switched_off("unknown", sites["unknown"], {"find_unknown": ("empty", "list")}):
        assert entities.find_unknown is not orig_find and entities.find_unknown("x", [], None, False, frozenset()) == []
        assert unknown.find_unknown is orig_find  # the module itself is untouched
        shapes = {}
        with recording({"unknown": sites["unknown"]}, shapes):  # the pipeline calls the stub at its call site
            _out(nlp)
        assert shapes["unknown"]["find_unknown"].n >= 1 and shapes["unknown"]["find_unknown"].items == 0
    assert entities.find_unknown is orig_find
    with switched_off("short_forms", sites["short_forms"], {"find": ("empty", "list")}):
        assert entities.short_forms is not short_forms and entities.short_forms.find("a", [], []) == []
    assert entities.short_forms is short_forms
    with switched_off("withdrawn_figures", sites["withdrawn_figures"], {"drop_withdrawn": ("ident", 1)}):
        claims_in = [{"model": "Quarnix-7"}]
        got = claims.drop_withdrawn(TEXT, claims_in)
        assert got == claims_in and got is not claims_in
    assert claims.drop_withdrawn is orig_drop
    assert _out(nlp) == before


def test_switch_off_restores_after_an_error():
    import nlp.entities as entities

    sites = call_sites()
    orig = entities.find_unknown
    with pytest.raises(RuntimeError):
        with switched_off("unknown", sites["unknown"], {"find_unknown": ("empty", "list")}):
            raise RuntimeError
    assert entities.find_unknown is orig


def test_shape_decides_filter_finder_optional_and_test():
    finder, filt, opt, test = Shape(), Shape(), Shape(), Shape()
    for i in range(4):
        rows = [(i, i + 1), (i + 2, i + 3)]
        finder.see([(9, 9 + i)], ("text", rows))
        filt.see(rows[:1], ("text", rows))
        opt.see(None if i % 2 else "m", ("text",))
        test.see(i == 3, ("text", i))
    assert finder.decide() == ("empty", "list")
    assert filt.decide() == ("ident", 1)
    assert opt.decide() == ("none",)
    assert test.decide() == ("const", False)
    assert stub_value(("tuple", [("ident", 0), ("none",)]), ("abc",)) == ("abc", None)
