"""Character references decoded before names are read (nlp.markup.decode_refs) and heading/label words that are no names
(nlp.heading_words), round 16.

Names are invented (in no set and not in the knowledge base; checked with grep); layouts are written for these tests.
"""

import pytest

import nlp
from nlp import heading_words
from nlp.markup import decode_refs


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def ents(pipe, text):
    return [(e.text, e.label_) for e in pipe(text).ents]


# --- character references ------------------------------------------------------------------------------
def test_decode_maps_offsets_back():
    text = "Corvetta&#39;s Talpa&nbsp;2 &amp; more &foo; <b>x</b>"
    dec, omap = decode_refs(text)
    assert dec == "Corvetta's Talpa 2 & more &foo; <b>x</b>"  # tags and unknown references left alone
    s = dec.index("Talpa 2")
    assert text[omap.start(s):omap.end(s + len("Talpa 2"))] == "Talpa&nbsp;2"
    assert decode_refs("no references here") == ("no references here", None)


@pytest.mark.parametrize("text", [
    "<item>\n  <title>Corvetta&#39;s Talpa 3 tops MMLU</title>\n  <category>AI</category>\n</item>",
    "<h2>Corvetta&#x27;s Talpa 3 tops MMLU</h2>",
    "Corvetta&rsquo;s Talpa 3 tops MMLU, the feed says.",
])
def test_possessive_behind_a_reference(pipe, text):
    got = ents(pipe, text)
    assert ("Corvetta", "ORG") in got and ("Talpa 3", "MODEL") in got


def test_spaced_name_behind_nbsp(pipe):
    text = "Corvetta released Talpa&nbsp;3, which scores 50% on SWE-bench&nbsp;Verified."
    got = ents(pipe, text)
    assert ("Talpa&nbsp;3", "MODEL") in got and ("SWE-bench&nbsp;Verified", "BENCHMARK") in got


# --- heading and label words ------------------------------------------------------------------------------
def dropped(text, spans):
    return sorted(text[s:e] for s, e in heading_words.dropped(text, [(s, e, "BENCHMARK", False) for s, e in spans]))


def span(text, w, k=0):
    i = -1
    for _ in range(k + 1):
        i = text.index(w, i + 1)
    return i, i + len(w)


def test_part_words_and_compounds():
    text = "**Annex B — Example benchmarks**\nNOTE: see Index. **Long-context benchmark** — e.g. Brezzolo-Eval."
    spans = [span(text, "Example"), span(text, "NOTE"), span(text, "Index"), span(text, "Long-context"),
             span(text, "Brezzolo-Eval")]
    assert dropped(text, spans) == ["Example", "Index", "Long-context", "NOTE"]


@pytest.mark.parametrize("text, w", [
    ("Sgombro tops the Index 2 board with 71%.", "Index"),     # a version makes it a name
    ("It leads the Index benchmark at 64%.", "Index"),          # "the ... benchmark"
    ("Orchestra-Eval and Brezzolo-QA are new.", "Brezzolo-QA"),  # a marked second part
    ("Sgombro-2 is out.", "Sgombro-2"),                        # a digit
])
def test_names_kept(text, w):
    assert dropped(text, [span(text, w)]) == []


def test_known_names_kept():
    text = "Index"
    assert heading_words.dropped(text, [(0, 5, "BENCHMARK", True)]) == set()


def test_glossary_page(pipe):
    text = ("# Glossary of AI evaluation\n\n**Index** — a weighted average of several benchmarks, such as the "
            "Sgombro Index.\n\n**Multi-turn benchmark** — e.g. Brezzolo-Eval, which scores chat models.\n\n"
            "Annex A (informative) — Example benchmarks: MMLU, Brezzolo-Eval.\n\nEXAMPLE: a lab reports its model on MMLU.")
    got = [t for t, _ in ents(pipe, text)]
    assert not {"Index", "Multi-turn", "Example", "EXAMPLE", "Examples"} & set(got)
    assert "Brezzolo-Eval" in got


# --- field readers: a patent's INID party line, "Limited" in full -----------------------------------------------
@pytest.mark.parametrize("text, org", [
    ("**(54) SYSTEM FOR RANKING SPEECH TURNS WITH A SMALL MODEL**\n\n**(71) Applicant:** Corvetta Limited, Cork (IE)\n"
     "**(72) Inventors:** Byrne, Aoife\n\nThe first neural model is Talpa 2.", "Corvetta"),
    ("(73) Assignee: Sgombro, Leeds (GB)\n(72) Inventor: Walsh, Ciara\nA language model ranks the turns.", "Sgombro"),
    ("Sgombro Software Limited said its AI model is faster than Talpa 2.", "Sgombro Software"),
])
def test_party_fields_and_limited(pipe, text, org):
    assert (org, "ORG") in ents(pipe, text)


@pytest.mark.parametrize("text", [
    "**(71) Applicant:** Aoife Byrne, Cork (IE)\n\nThe neural model is Talpa 2.",           # a person applies
    "The Limited Edition model of the AI speaker sold out in a day.",                       # "Limited Edition"
    "Availability is Limited in Ireland for the AI model Talpa 2.",                          # a word, not a form
])
def test_party_and_limited_negatives(pipe, text):
    assert not [t for t, lab in ents(pipe, text) if lab == "ORG"]


# --- changelog lines: a board's or an app's "what changed" entries (nlp.changelog_names) ----------------------
def models(pipe, text):
    return [t for t, lab in ents(pipe, text) if lab == "MODEL"]


def test_board_changelog(pipe):
    text = ("Scrimshaw Leaderboard — update log\n\n"
            "2026-08-02: v2.1\n"
            "- Added Gurnard 2.5: 81 points, new #1. GPT-5.1 drops to #2.\n"
            "- Rescored Wendle 3 after a grader fix: now 44.\n"
            "- Added Thimbleweed: 63, #7 overall.\n"
            "- Delisted Cordwain 1 (weights withdrawn).\n")
    got = models(pipe, text)
    for name in ("Gurnard 2.5", "Wendle 3", "Thimbleweed", "Cordwain 1"):
        assert name in got


def test_app_release_notes(pipe):
    text = ("**Piccolet — Release notes**\n\n"
            "* Switched to Vetrina 4 Flash as the default AI model for new chats.\n"
            "* Retired Vetrina 3; old chats stay readable.\n")
    got = models(pipe, text)
    assert "Vetrina 4 Flash" in got and "Vetrina 3" in got


@pytest.mark.parametrize("text", [
    "Changelog of the AI model app\n- Added Support for PDF uploads.\n- Removed Dark mode toggle.\n",
    "Changelog of the AI model app\n- Added Windows 11 installer.\n- Added The option to export: 3 formats.\n",
    "Changelog of the AI leaderboard\n- Added Tramontina-Bench: 57 tasks.\n",   # a benchmark's shape: not a model
    "Garden club notes\n- Added Thimbleweed: 12 bulbs.\n- Retired Gurnard 2 from the pond.\n",  # no AI at all
])
def test_changelog_negatives(pipe, text):
    assert models(pipe, text) == []


# --- "AI" in the language's words before a legal form: the lab's short name spreads ---------------------------
def test_native_ai_tail_before_legal_form(pipe):
    got = ents(pipe, "We cover Tramontina Yapay Zekâ A.Ş. ahead of its listing. Tramontina sells Gurnard 3, a chat model.")
    assert ("Tramontina", "ORG") in got
    got = ents(pipe, "Das Start-up Wendle KI GmbH veröffentlicht ein KI-Modell für Behörden. Wendle will wachsen.")
    assert ("Wendle", "ORG") in got


@pytest.mark.parametrize("text", [
    "Die KI von Wendle ist schnell. Generative KI ist teuer. Deutsche KI für Behörden, sagt das model.",
    "Türkiye'de Yapay Zekâ yatırımları arttı. Üretken Yapay Zeka modelleri, model. Yerli Yapay Zeka şirketleri.",
])
def test_native_ai_words_alone_are_no_lab(pipe, text):
    assert not [t for t, lab in ents(pipe, text) if lab == "ORG"]


def test_native_ai_tail_full_name_kept_without_form(pipe):
    text = ("Press release: Wendle KI presents Gurnard 3, a language model.\n\nWendle KI GmbH presents today its new model "
            "Gurnard 3. The scores are according to measurements of Wendle KI.")
    orgs = [t for t, lab in ents(pipe, text) if lab == "ORG"]
    assert orgs and all(t == "Wendle KI" for t in orgs)
