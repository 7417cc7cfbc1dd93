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


@pytest.fixture(scope="module")
def sites():
    """The call sites, found once for the module (finding them parses every ``nlp`` module once per
    late module: the costly part of these tests); the tests only read them, and every switch-off
    below is undone."""
    return call_sites()


def _out(nlp):
    doc = nlp(TEXT)
    return [(e.text, e.label_) for e in doc.ents], [(c["model"], c["benchmark"], c["score"]) for c in doc._.claims]


def test_call_sites_name_both_import_styles(sites):
    assert ("entities", "short_forms", "find") in sites["short_forms"]  # from . import short_forms; short_forms.find
    assert ("claims", "drop_withdrawn", None) in sites["withdrawn_figures"]  # from .withdrawn_figures import drop_withdrawn
    assert "canonical" not in sites and "numbers" not in sites  # the core is no component


def test_switch_off_then_restored(nlp, sites):
    import nlp.claims as claims
    import nlp.entities as entities
    import nlp.short_forms as short_forms
    import nlp.unknown as unknown

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


def test_switch_off_restores_after_an_error(sites):
    import nlp.entities as entities

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


# ---------------------------------------------------------------- round 19: every mode, both untuned pairs

ENT_GOLD = [{"id": "x-001", "text": TEXT, "entities": [
    {"start": 0, "end": 13, "label": "ORG"}, {"start": 29, "end": 38, "label": "MODEL"},
    {"start": 68, "end": 77, "label": "MODEL"}, {"start": 94, "end": 98, "label": "BENCHMARK"},
    {"start": 112, "end": 124, "label": "BENCHMARK"}]},
    {"id": "x-031", "text": "Quarnix-7 now leads the board at 83.0% on MMLU.", "entities": [
        {"start": 0, "end": 9, "label": "MODEL"}, {"start": 42, "end": 46, "label": "BENCHMARK"}]}]
CLAIM_GOLD = [{"id": "x-001", "text": TEXT, "claims": [
    {"model": "Quarnix-7", "benchmark": "MMLU", "score": 81.2}, {"model": "Quarnix-7", "benchmark": "GPQA Diamond", "score": 64.0}]},
    {"id": "x-031", "text": "Quarnix-7 now leads the board at 83.0% on MMLU.", "claims": [
        {"model": "Quarnix-7", "benchmark": "MMLU", "score": 83.0}]}]


def test_gold_spans_are_the_names():
    got = [[g["text"][e["start"]:e["end"]] for e in g["entities"]] for g in ENT_GOLD]
    assert got == [["Zelvorin Labs", "Quarnix-7", "Quarnix-7", "MMLU", "GPQA Diamond"], ["Quarnix-7", "MMLU"]]


@pytest.fixture(scope="module")
def scored(nlp):
    from bench.component_costs import score_modes
    from nlp.ablation import ablated_names

    import nlp as modelwire_nlp

    removed = ablated_names(nlp.get_pipe("modelwire_entities").kb, 40)
    ablated = modelwire_nlp.load({"kb_exclude": removed})
    return score_modes(nlp, ablated, removed, ENT_GOLD, CLAIM_GOLD)


def test_score_modes_reads_every_mode(scored):
    res = scored
    assert set(res) == {"ent", "stream", "abl", "claims", "claims_stream"}
    for mode in ("ent", "stream"):
        assert set(res[mode]) == {"all", "A", "B"} and 0 < res[mode]["all"]["micro"] <= 1
    for mode in ("claims", "claims_stream"):
        c = res[mode]["all"]
        # a higher bar keeps a subset of the claims: never more right or false ones
        assert c["bar90_tp"] <= c["bar_tp"] <= c["tp"] and c["bar90_fp"] <= c["bar_fp"] <= c["fp"]
        assert c["tp"] + c["fn"] == 3
    assert {"found_M", "found_B", "removed_M", "removed_B", "guess_p"} <= set(res["abl"])


def test_moves_idle_when_nothing_or_only_fixes(scored):
    import copy

    from bench.component_costs import moves

    base = scored
    assert moves(base, copy.deepcopy(base))["worse"] == []
    had_more = copy.deepcopy(base)  # the switch-off fixes one span error and one claim at the 0.90 bar
    had_more["ent"]["all"]["errors"] = had_more["ent"]["all"]["errors"] + [("FP", "x-001", (0, 8, "ORG"))]
    had_more["claims"]["all"]["bar90_fp"] += 1
    got = moves(had_more, base)
    assert got["worse"] == [] and got["ent"]["fixed"] == 1 and got["claims"]["bar90_fp"] == -1


def test_moves_names_what_got_worse_in_each_mode(scored):
    import copy

    from bench.component_costs import moves

    base = scored
    worse = copy.deepcopy(base)
    worse["stream"]["all"]["errors"] = worse["stream"]["all"]["errors"] + [("FN", "x-031", (0, 9, "MODEL"))]
    worse["claims"]["all"]["bar90_tp"] -= 1
    worse["abl"]["found_B"] -= 1
    got = moves(base, worse)
    assert any(w.startswith("stream +1 span") for w in got["worse"])
    assert not any(w.startswith("ent ") for w in got["worse"])  # batch did not move
    assert any(w.startswith("claims bar90_right -1") for w in got["worse"])
    assert any(w.startswith("ablation found_B") for w in got["worse"])
    assert got["claims"]["bar90_tp"] == -1 and got["claims"]["bar_tp"] == 0
