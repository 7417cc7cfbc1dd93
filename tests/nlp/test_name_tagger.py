"""The learned name tagger (nlp/name_tagger.py): its artefact is built by the script from the repository's
data and loads offline; on invented names in sentences written for this test (not in any training set)
it adds names the rules miss, a look-alike stays out, and the rules' known names keep their canonical
names; a name it finds is also found at the document's later mentions (nlp/doc_names.py)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

import nlp
from nlp import name_tagger as nt

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"name_tagger": True})


@pytest.fixture(scope="module")
def rules():
    return nlp.load({"name_tagger": False})


def _ents(p, text: str) -> dict[str, tuple[str, str, bool]]:
    return {e.text: (e.label_, e._.canonical, e._.known) for e in p(text).ents}


def test_artefact_loads_offline_and_is_small():
    pipe, threshold = nt.load_pipe()
    assert pipe is not None, "nlp/data/name_tagger/ is missing or unreadable"
    assert threshold and all(lab in nt.LABELS and 0.5 <= th < 1.0 for lab, th in threshold.items())
    size = sum(f.stat().st_size for f in nt.ARTEFACT.rglob("*") if f.is_file())
    assert size < 5_000_000
    meta = json.loads((nt.ARTEFACT / "tagger.json").read_text(encoding="utf-8"))
    assert {"heldout7", "dev"} <= set(meta["sets"])
    doc = pipe("The Quillmere 3 Pro model scored 71.2 on the new GlintBench suite.")
    assert all(sp.label_ in nt.LABELS for sp in doc.spans[nt.SPANS_KEY])


def test_script_check_says_the_artefact_matches_its_inputs():
    """scripts/train_name_tagger.py --check: the digest of the sets, the code and the settings stored beside
    the weights is today's (retraining itself takes minutes: --check --rebuild)."""
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_name_tagger.py"), "--check"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "up to date" in res.stdout


def _script():
    spec = importlib.util.spec_from_file_location("train_name_tagger", ROOT / "scripts" / "train_name_tagger.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_mention_replacement_hides_every_gold_name():
    """No real model, benchmark or lab name of a passage survives into the training text; the words
    around them do, and the gold spans follow the new names."""
    import random

    script = _script()
    text = "Anthropic released Claude Opus 4.5, which scores 80.9% on SWE-bench Verified; Claude leads."
    names = [("Anthropic", "ORG"), ("Claude Opus 4.5", "MODEL"), ("SWE-bench Verified", "BENCHMARK"), ("Claude leads", "MODEL")]
    ents = []
    for surface, lab in names:
        s = text.find(surface)
        ents.append({"start": s, "end": s + len(surface.split(" leads")[0]), "label": lab})
    for r in range(6):
        new, gold = script.replaced_passage({"id": "t", "text": text, "entities": ents}, random.Random(r), set())
        assert not any(w in new for w in ("Anthropic", "Claude", "SWE")), new
        assert [lab for _, _, lab in gold] == ["ORG", "MODEL", "BENCHMARK", "MODEL"]
        assert " released " in new and ", which scores 80.9% on " in new and new.endswith(" leads.")
        for (s, e, _), (surface, _) in zip(gold, names):  # a new name stands where each gold span says
            assert new[s:e] and new[s:e] == new[s:e].strip() and new[s:e] != surface.split(" leads")[0]


# Sentences written for this test: invented names in contexts that no set words this way.
FOUND = [
    ("Engineers at a Lisbon startup say Tovrel 2 Max now writes most of their migration scripts, and the AI "
     "model costs less than the one it replaced.", "Tovrel 2 Max", "MODEL"),
    ("Our agent stack leans on Quorvin-9 for planning; the LLM hands the edits to a smaller checker.",
     "Quorvin-9", "MODEL"),
    ("On PlinthEval, which grades multi-step spreadsheet agents, the open model reached 58.3%.", "PlinthEval",
     "BENCHMARK"),
    ("The lab's LLM tops the Sardok-Hard leaderboard with 44.1, ahead of every open-weight rival.", "Sardok-Hard",
     "BENCHMARK"),  # (the rules find this one too since round 10's board names)
    ("Graders on Tessily-Agentic give partial credit when the agent recovers from a failed tool call; the open "
     "model reached 58.3%.", "Tessily-Agentic", "BENCHMARK"),
]


@pytest.mark.parametrize("text,name,label", FOUND)
def test_finds_invented_names_in_new_contexts(pipe, text, name, label):
    got = _ents(pipe, text)
    assert got.get(name, (None,))[:2] == (label, name), got
    assert got[name][2] is False  # a guess: no list knows it


def test_it_adds_what_the_rules_alone_miss(pipe, rules):
    """At least one of the names above is the tagger's: the rules alone do not find it."""
    added = [name for text, name, label in FOUND if name not in _ents(rules, text) and name in _ents(pipe, text)]
    assert added, "the tagger added nothing the rules miss"


LOOKALIKES = [
    ("Priya Venkataraman, who ran the evaluation, said the new LLM surprised her team.", "Priya Venkataraman"),
    ("The model runs on a Galaxy S25 Ultra at 12 tokens per second.", "Galaxy S25 Ultra"),
    ("The AI startup moved its offices to Apple Valley, California, this spring.", "Apple Valley"),
]


@pytest.mark.parametrize("text,name", LOOKALIKES)
def test_lookalikes_stay_out(pipe, rules, text, name):
    """The tagger adds nothing here: whatever the rules say (Apple is a lab to them) stays as it was."""
    assert _ents(pipe, text) == _ents(rules, text)
    assert name not in _ents(pipe, text)


def test_known_names_keep_their_canonical_names(pipe, rules):
    text = ("Claude Opus 4.5 scored 80.9% on SWE-bench Verified, ahead of GPT-5.1 and Gemini 3 Pro, while "
            "DeepSeek-V3.2 led on AIME 2025.")
    assert _ents(pipe, text) == _ents(rules, text)
    assert _ents(pipe, text)["Claude Opus 4.5"][1:] == ("Claude Opus 4.5", True)


def test_a_tagged_name_is_found_at_its_later_mentions(pipe, rules):
    """The document's own names (nlp/doc_names.py) take the tagger's names too: a heading in capitals and
    other separators later, where no cue is; the rules alone find none of the three."""
    text = ("Graders on Tessily-Agentic give partial credit when the agent recovers from a failed tool call; the open "
            "model reached 58.3%.\n\n## TESSILY-AGENTIC RESULTS\n\nThe harness is public, with a Tessily Agentic split "
            "for smaller models.")
    ents = [(e.text, e.label_) for e in pipe(text).ents]
    assert ents == [("Tessily-Agentic", "BENCHMARK"), ("TESSILY-AGENTIC", "BENCHMARK"), ("Tessily Agentic", "BENCHMARK")], ents
    assert not [e for e in rules(text).ents if e.label_ == "BENCHMARK"]


def test_no_ai_text_is_not_read(pipe):
    assert _ents(pipe, "Marrow Street Bakery opened a second shop on Harlow Road; the Sunday Loaf sold out.") == {}


# Round 2: per-label thresholds, the reading gate, the trimmed window, the threshold choice.

def test_thresholds_per_label():
    """One number (round 7's artefacts) is the threshold of the two labels it added; a dict gives each
    label its own, and a label left out is never added."""
    assert nt.thresholds(0.9) == {"MODEL": 0.9, "BENCHMARK": 0.9}
    assert nt.thresholds({"MODEL": 0.8, "ORG": 0.95}) == {"MODEL": 0.8, "ORG": 0.95}


WINDOWS = [  # written for this test: invented names far into long sentences, and ones near the start
    "After a long quarter of slow releases, quiet forums and a conference season that nobody enjoyed, "
    "the team behind the Parlow agents finally shipped Vantric 3 Air, and on the Ossery-Hard suite it "
    "beat every open model the reviewers tried, according to a post the company wrote on Friday.",
    "Reviewers who tried the AI model said Halvard Mesk and Tovry Nine both trail the older model on long "
    "documents, in a note that went out to customers late on Thursday evening.",
]


@pytest.mark.parametrize("text", WINDOWS)
def test_the_trimmed_window_gives_the_whole_sentences_spans(pipe, text, monkeypatch):
    """The tagger reads only the words around the free name-like words (its CNN sees 3 tokens each way):
    what it adds is what the whole sentence gives, for fewer words."""
    nt.set_pipe(nt.current()[0], {"MODEL": 0.3, "BENCHMARK": 0.3, "ORG": 0.3})  # everything it proposes
    try:
        fed: list[str] = []
        real = nt.predict
        monkeypatch.setattr(nt, "predict", lambda p, texts: fed.extend(texts) or real(p, texts))
        trimmed = _ents(pipe, text)
        monkeypatch.setattr(nt, "trimmed", lambda text, lo, hi, taken: (lo, hi, lo))
        whole = _ents(pipe, text)
    finally:
        nt.set_pipe(*nt.load_pipe())
    assert trimmed == whole and fed
    if text == WINDOWS[0]:  # the names stand late in a long sentence: its start is not read
        assert sum(len(t) for t in fed[:len(fed) // 2]) < len(text) * 0.7


def test_sentences_with_nothing_to_add_are_not_read(monkeypatch):
    """The gate: a sentence whose only free capitalised words are ones no name starts with (the rules'
    word lists), or digit-free words in a line written in capitals, costs no forward pass."""
    ok = lambda w: w not in {"GPU", "CEO"}  # noqa: E731
    ai = lambda pos: True  # noqa: E731
    assert nt.gated("The lab said its GPU cluster and its CEO were both busy.", [], ai, ok=ok) == []
    assert nt.gated("THE LAB SAID THE TRAINING RUN ON TARVELLE FINISHED", [], ai, ok=ok) == []
    assert nt.gated("THE LAB SAID THE RUN ON TARVELLE-2 FINISHED", [], ai, ok=ok) != []
    assert nt.gated("The lab said its GPU cluster runs Tarvelle now.", [], ai, ok=ok) != []
    text = "The lab said Tarvelle now runs on its cluster."
    s = text.index("Tarvelle")
    assert nt.gated(text, [(s, s + 8)], ai, ok=ok) == []  # the rules found it: nothing left


def test_predict_decodes_as_spacy_does(pipe):
    """nlp.name_tagger.predict (the component alone) gives the spans spaCy's own pipeline call gives."""
    tagger, _ = nt.current()
    texts = WINDOWS + [t for t, _, _ in FOUND]
    for text, got in zip(texts, nt.predict(tagger, texts)):
        doc = tagger(text)
        want = [(sp.start_char, sp.end_char, sp.label_) for sp in doc.spans[nt.SPANS_KEY]]
        assert sorted(s[:3] for s in got) == sorted(want)


def test_thresholds_are_chosen_on_left_out_counts():
    """choose_thresholds, on counts pooled over the left-out sets: for MODEL/BENCHMARK the lowest threshold
    whose guesses stay right 9 times in 10 without a lower F1; for ORG the best F1 above the rules'; a
    label none qualifies for is left out."""
    script = _script()

    def row(s, th, m=(0, 0), b=(0, 0), org=(0, 0)):  # (right, wrong) spans the tagger adds
        return {"set": s, "threshold": th, "MODEL": [10 + m[0], 2 + m[1], 5 - m[0]],
                "BENCHMARK": [5 + b[0], 1 + b[1], 3 - b[0]], "ORG": [8 + org[0], 1 + org[1], 9 - org[0]],
                "guesses MODEL": [20 + m[0], 22 + sum(m)], "guesses BENCHMARK": [9 + b[0], 10 + sum(b)]}

    rows = []
    for s in ("a", "b"):
        rows += [row(s, None), row(s, {"MODEL": 0.5}, m=(4, 3)), row(s, {"MODEL": 0.8}, m=(3, 0)),
                 row(s, {"MODEL": 0.9}, m=(2, 0)), row(s, {"BENCHMARK": 0.5}, b=(1, 2)),
                 row(s, {"BENCHMARK": 0.9}, b=(0, 1)), row(s, {"ORG": 0.5}, org=(2, 6)),
                 row(s, {"ORG": 0.8}, org=(3, 1)), row(s, {"ORG": 0.9}, org=(1, 0))]
    assert script.choose_thresholds(rows, grid=(0.5, 0.8, 0.9)) == {"MODEL": 0.8, "ORG": 0.8}


def test_it_adds_a_lab_the_rules_miss_and_leaves_the_rules_labs(pipe, rules):
    """ORG (round 2): a lab known only by a person's affiliation is the tagger's; where the rules' lab
    cues found one, the tagger adds nothing over it (sentences written for this test)."""
    # (round 8: the rules' own cues now find "head of research at X"; a forum question has none of them)
    # (round 18: the shipped thresholds left ORG out, its left-out additions right about half the time; round 22
    # ships ORG at 0.9, chosen on heldout20-21 left out: 14 right and 6 wrong labs added)
    assert nt.load_pipe()[1]["ORG"] >= 0.9
    try:
        text = "Has anyone checked Quarrow's benchmark claims? A 9B model at 58 on a hard maths test sounds high."
        assert "Quarrow" not in _ents(rules, text)
        assert _ents(pipe, text)["Quarrow"] == ("ORG", "Quarrow", False)
        text = "Engineers at Pellory Systems fine-tuned the model on their own support tickets, the AI company said."
        assert _ents(pipe, text) == _ents(rules, text)
    finally:
        nt.set_pipe(*nt.load_pipe())


# Round 18: layouts rendered by the training script (an Atom entry, TSV/CSV rows, capitals, bullets, alerts,
# e-mail wrapping, numbered items, a table of the passage's model names), from the passage's structure alone.

LAYOUT_TEXT = ("Tamblegrove Labs released Olvanet 4 Pro today. It scores 61.2% on Querrin-Hard, ahead of Olvanet 3.\n\n"
               "The company says the model was trained on public code only and will ship to paying customers in May.")
LAYOUT_GOLD = [(LAYOUT_TEXT.index(n), LAYOUT_TEXT.index(n) + len(n), lab) for n, lab in (
    ("Tamblegrove Labs", "ORG"), ("Olvanet 4 Pro", "MODEL"), ("Querrin-Hard", "BENCHMARK"), ("Olvanet 3", "MODEL"))]


@pytest.mark.parametrize("layout", ["atom", "tsv", "csv", "caps", "bullets", "alerts", "email", "list", "name_table"])
def test_rendered_layouts_keep_the_gold_names_on_their_spans(layout):
    import random

    script = _script()
    assert [LAYOUT_TEXT[s:e] for s, e, _ in LAYOUT_GOLD] == ["Tamblegrove Labs", "Olvanet 4 Pro", "Querrin-Hard", "Olvanet 3"]
    new, gold = script.rendered(LAYOUT_TEXT, LAYOUT_GOLD, layout, random.Random(3))
    names = [new[s:e] for s, e, _ in gold]
    want = [LAYOUT_TEXT[s:e] for s, e, _ in LAYOUT_GOLD]
    if layout == "caps":  # the first sentence in capitals: its names too
        assert names[:2] == ["TAMBLEGROVE LABS", "OLVANET 4 PRO"] and names[2:4] == want[2:]
    else:
        assert names[:4] == want and [lab for _, _, lab in gold[:4]] == ["ORG", "MODEL", "BENCHMARK", "MODEL"]
    assert new != LAYOUT_TEXT
    if layout == "atom":
        assert "<title" in new and "</title>" in new and new.index("</title>") > gold[1][1]
    if layout == "tsv":
        assert new.startswith("date\tsource\ttext\n") and "\tOlvanet" not in new  # the cell starts with its sentence
    if layout == "email":
        assert all(len(line) <= 80 for line in new.splitlines())
    if layout == "name_table":  # a table of the passage's model names, each cell labelled, the lab beside it
        assert names[4:] == ["Olvanet 4 Pro", "Tamblegrove Labs", "Olvanet 3", "Tamblegrove Labs"]
        assert [lab for _, _, lab in gold[4:]] == ["MODEL", "ORG", "MODEL", "ORG"]


def test_rendering_never_splits_a_gold_name():
    """The e-mail wrap breaks only at spaces outside names; marks go only between sentences."""
    import random

    script = _script()
    text = ("The review covers " + "the new model from the lab and " * 3 + "Vellomar Quintet 2 Ultra Preview, "
            "which the reviewers ran on Drossel Grand Benchmark Suite for a week.")
    gold = [(text.index("Vellomar"), text.index(", which"), "MODEL"),
            (text.index("Drossel"), text.index(" for a week"), "BENCHMARK")]
    for seed in range(5):
        for layout in script.LAYOUTS:
            new, g = script.rendered(text, gold, layout, random.Random(seed))
            for (s, e, _), (s0, e0, _) in zip(g, gold):
                assert "\n" not in new[s:e] and new[s:e].lower() == text[s0:e0].lower()


# Round 18: trained on heldout9-17 too; names in other layouts (written for this test, invented names), hard negatives.

LAYOUT_FOUND = [
    ("- Brisendale Chat now answers in twelve languages, the AI lab said.\n- Pricing drops for the LLM API.",
     ["Brisendale Chat"]),  # a bullet line
]
# TSV cells under a "system" header: since round 18's delimited-export reader (nlp.delimited_exports) types a
# column by its header, the rules find these as well; the tagger must agree with them, not only add.
LAYOUT_BOTH = [
    ("rank\tsystem\tlab\tscore\n1\tFernholt Ultra\tDunquist\t88.1\n2\tSavrin 4\tDunquist\t86.0",
     ["Fernholt Ultra", "Savrin 4"]),
]


@pytest.mark.parametrize("text,names", LAYOUT_FOUND)
def test_it_proposes_names_in_cells_and_bullets_the_rules_miss(pipe, rules, text, names):
    got, base = _ents(pipe, text), _ents(rules, text)
    for name in names:
        assert got.get(name, (None,))[:2] == ("MODEL", name), got
        assert name not in base


@pytest.mark.parametrize("text,names", LAYOUT_BOTH)
def test_names_under_a_typed_column_header_are_found_with_and_without_it(pipe, rules, text, names):
    got, base = _ents(pipe, text), _ents(rules, text)
    for name in names:
        assert got.get(name, (None,))[:2] == base.get(name, (None,))[:2] == ("MODEL", name), (got, base)


NOT_NAMES = [
    "The AI model was demoed at the stadium before the Kestrelford Falcons beat the Denmoor Rovers 3-1.",  # teams
    "The AI assistant now ships on the Zephyra X12 phone and the Kettlewise Pro 14 laptop.",  # products
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_teams_and_devices_are_not_proposed(pipe, rules, text):
    assert _ents(pipe, text) == _ents(rules, text) == {}


def test_the_tagger_is_on_by_default_and_can_be_switched_off(tmp_path):
    """Round 23: on by default; [nlp] name_tagger = false (nlp.load({"name_tagger": False})) is the rules alone,
    and annotate's version differs between the two."""
    from pipeline.annotate.run import nlp_version
    from pipeline.config import load_config

    text = LAYOUT_FOUND[0][0]
    assert "Brisendale Chat" in _ents(nlp.load(), text)
    assert "Brisendale Chat" in _ents(nlp.load({"name_tagger": True}), text)
    assert "Brisendale Chat" not in _ents(nlp.load({"name_tagger": False}), text)
    cfg = tmp_path / "modelwire.toml"
    cfg.write_text("", encoding="utf-8")
    on = load_config(cfg).nlp_options()
    cfg.write_text("[nlp]\nname_tagger = false\n", encoding="utf-8")
    off = load_config(cfg).nlp_options()
    assert on["name_tagger"] is True and off["name_tagger"] is False
    assert nlp.load(on).get_pipe("modelwire_entities").name_tagger is True
    assert nlp.load(off).get_pipe("modelwire_entities").name_tagger is False
    assert nlp_version("v", on) == nlp_version("v", None) == nlp_version("v", {"name_tagger": True}) == "v"
    assert nlp_version("v", off) != "v"  # switching it off re-annotates


def test_it_is_trained_on_the_newer_sets_with_folds_of_their_own_era():
    script = _script()
    meta = json.loads((nt.ARTEFACT / "tagger.json").read_text(encoding="utf-8"))
    new = {f"heldout{i}" for i in range(9, 18)}
    assert new <= set(meta["sets"]) and new <= set(script.SETS)
    grouped = [g for g in script.FOLDS if set(g) & new]
    assert sorted(s for g in grouped for s in g) == sorted(new) and "heldout17" in grouped[-1]
    assert all(set(g) <= new for g in grouped)  # a new set is left out only with sets of its own era


def test_round_22_adds_the_sets_of_rounds_19_to_21_in_two_folds_of_their_own():
    script = _script()
    meta = json.loads((nt.ARTEFACT / "tagger.json").read_text(encoding="utf-8"))
    new = {f"heldout{i}" for i in range(18, 22)}
    assert new <= set(meta["sets"]) and new <= set(script.SETS)
    grouped = [set(g) for g in script.FOLDS if set(g) & new]
    assert grouped == [{"heldout18", "heldout19"}, {"heldout20", "heldout21"}]  # 20-21 left out: trained on all up to 19


def test_the_rounds_frozen_pair_is_never_trained_on():
    """The frozen pair of the round (round 27: heldout27, claims-test28; rounds 23, 25 and 26 checked their own, spent
    since) and round 27's left-out check of the retrain, heldout26, are in neither the script's sets nor the
    artefact's."""
    script = _script()
    meta = json.loads((nt.ARTEFACT / "tagger.json").read_text(encoding="utf-8"))
    assert not {"heldout26", "heldout27", "claims-test28"} & (set(script.SETS) | set(meta["sets"]))
