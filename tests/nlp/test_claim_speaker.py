"""source_kind decided by who speaks first (nlp.claim_speaker): the developer (by name or by a common noun, or what
only a developer publishes) gives `self-reported` whatever cue words ("measured", "tests") the sentence has; a named
third party gives `independent`; nobody speaking leaves the cue words to decide. Invented names throughout (Ormidan,
Pelliston, Vantbrook, Sundrel, Miskel, Frettle, Lunmore, Durnwick: in no set or knowledge-base file)."""
import pytest

import nlp
from nlp.claim_speaker import said_makers, speaker_kind


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def _kinds(pipe, text):
    return {(c["model"], c["benchmark"], c["score"]): c["source_kind"] for c in pipe(text)._.claims}


def _kind_of(kinds, score):
    got = [k for (_, _, s), k in kinds.items() if s == score]
    assert got, f"a claim with {score} is read"
    return got[0]


NEWSWIRE = """Porto start-up's model tops a reasoning test, but a re-run trims the lead

PORTO, Mar 3 (Newswire) - Ormidan AI, a 40-person company spun out of a Porto university, said on Tuesday its new Pelliston 2 model answered 71.3% of the questions in GPQA Diamond, ahead of the 69.9% it reported for Mistral Large 3.

Pelliston 2 Mini, a smaller version for laptops, scored 60.2% on GPQA Diamond, Ormidan said.

Vantbrook Labs, a testing firm in Braga, re-ran GPQA Diamond on Pelliston 2 last week and measured 68.0%.
"""


def test_a_newswire_quoting_a_lab_is_the_lab_speaking(pipe):
    kinds = _kinds(pipe, NEWSWIRE)
    assert _kind_of(kinds, 71.3) == "self-reported"  # "X, <apposition>, said its new Y"
    assert _kind_of(kinds, 69.9) == "self-reported"  # a rival's figure in the developer's own word
    assert _kind_of(kinds, 60.2) == "self-reported"  # "…, Ormidan said." after the figures
    assert _kind_of(kinds, 68.0) == "independent"  # the tester's re-run


def test_the_developers_own_tests_and_its_run_of_a_rival(pipe):
    text = ("Durnwick's Lunmore 3 is out. In Durnwick's tests it answers 74.2% of GPQA Diamond questions. "
            "On the same evaluation setup, Durnwick measured Gemini 2.5 Pro at 80.1% on GPQA Diamond.")
    kinds = _kinds(pipe, text)
    assert _kind_of(kinds, 74.2) == "self-reported"
    assert _kind_of(kinds, 80.1) == "self-reported"  # a rival run by the developer (README convention 4)


def test_a_tester_saying_it_measured_a_known_model_is_independent(pipe):
    text = "Vantbrook Labs said it measured Gemini 2.5 Pro at 80.1% on GPQA Diamond with its own harness."
    assert _kind_of(_kinds(pipe, text), 80.1) == "independent"


def test_what_only_a_developer_publishes_and_the_developer_by_a_common_noun(pipe):
    card = "Sundrel's model card lists Pelliston 2 at 71.3% on GPQA Diamond."
    assert _kind_of(_kinds(pipe, card), 71.3) == "self-reported"
    translated = ("And according to the statement of the company, Pelliston 2 achieved 71.3% on GPQA Diamond, "
                  "while the model Gemini 2.5 Pro achieved 80.1% in the tests of the company.")
    kinds = _kinds(pipe, translated)
    assert _kind_of(kinds, 71.3) == "self-reported"
    assert _kind_of(kinds, 80.1) == "self-reported"
    developer = "The developer of Lunmore-3 says the model scores 74.2% on GPQA Diamond."
    assert _kind_of(_kinds(pipe, developer), 74.2) == "self-reported"


def test_a_reseller_quoting_each_lab(pipe):
    text = ("Miskel Cloud lists Pelliston 2 at 71.3% on GPQA Diamond and Gemini 2.5 Pro at 80.1% on GPQA Diamond, "
            "as published by each lab.")
    kinds = _kinds(pipe, text)
    assert _kind_of(kinds, 71.3) == "self-reported"
    assert _kind_of(kinds, 80.1) == "self-reported"


def test_a_possessive_before_a_model_names_its_maker_it_does_not_speak(pipe):
    # an arena monthly: "X's Y climbed" is not X speaking; the board's figure stays independent
    text = "Arena monthly, March. Frettle's Lunmore 3 climbed to second on LMArena with 1,402."
    kinds = _kinds(pipe, text)
    assert _kind_of(kinds, 1402.0) != "self-reported"


def test_two_speakers_in_one_sentence_each_keeps_its_clause(pipe):
    text = ("Ormidan AI said its new Pelliston 2 model is its best yet. "
            "The company reports 71.3% on GPQA Diamond; Vantbrook Labs measures 68.0%.")
    kinds = _kinds(pipe, text)
    assert _kind_of(kinds, 71.3) == "self-reported"
    assert _kind_of(kinds, 68.0) == "independent"


def test_speaker_kind_directly():
    s = "Vantbrook Evals, a testing firm in Braga, said Pelliston 2 scored 68.0% on GPQA Diamond."
    ents = [(0, 15, "ORG", "Vantbrook Evals", None), (47, 58, "MODEL", "Pelliston 2", None)]
    # the model's maker is known and is someone else: a third party speaking
    assert speaker_kind(s, ents, 68.0, {"Ormidan AI"}, {"Pelliston 2"}, "Ormidan AI") == "independent"
    # nobody says who made the model: the speaker might be its maker, so the cue words decide
    assert speaker_kind(s, ents, 68.0, set(), {"Pelliston 2"}, None) is None
    # the speaker made a model of the passage
    assert speaker_kind(s, ents, 68.0, {"Vantbrook Evals"}, {"Pelliston 2"}, None) == "self-reported"
    # nobody speaks
    assert speaker_kind("Pelliston 2 scored 68.0% on GPQA Diamond.", [(0, 11, "MODEL", "Pelliston 2", None)],
                        68.0, set(), {"Pelliston 2"}, None) is None
    # first person beside a named lab: the page's voice, not decided here
    s2 = "We measured 68.0% for Pelliston 2, below Ormidan AI's figure."
    ents2 = [(22, 33, "MODEL", "Pelliston 2", None), (41, 51, "ORG", "Ormidan AI", None)]
    assert speaker_kind(s2, ents2, 68.0, {"Ormidan AI"}, {"Pelliston 2"}, "Ormidan AI") is None


def test_said_makers():
    s = "Ormidan AI, a 40-person company, said on Tuesday its new Pelliston 2 model answered 71.3%."
    ents = [(0, 10, "ORG", "Ormidan AI", None), (57, 68, "MODEL", "Pelliston 2", None)]
    assert said_makers(s, ents) == {"Pelliston 2": "Ormidan AI"}
    s2 = "Vantbrook Evals said Pelliston 2 answered 68.0%."
    ents2 = [(0, 15, "ORG", "Vantbrook Evals", None), (21, 32, "MODEL", "Pelliston 2", None)]
    assert said_makers(s2, ents2) == {}  # no "its": the speaker need not be the maker


def test_a_third_partys_page_speaks_for_its_claims(pipe):
    # a university's new benchmark with the first results: researchers, not the models' makers
    text = """University press release: Lisbon researchers release a Portuguese tax benchmark

LISBON — Researchers at a Lisbon university's school of economics today released Frettle-Eval, a set of 1,800 problems drawn from Portuguese tax returns, together with the first results on it.

The best-performing system was Gemini 2.5 Pro, which solved 61.0% of the problems. GPT-5 followed at 58.5%.
"""
    kinds = _kinds(pipe, text)
    assert _kind_of(kinds, 61.0) == "independent"
    assert _kind_of(kinds, 58.5) == "independent"
    report = """TECHNICAL REPORT TR-31-07
Evaluation of language models for land-registry documents
Prepared by the Working Group on Model Measurement, national standards institute. Status: final.

3 RESULTS

3.1 Gemini 2.5 Pro obtained the highest score, 77.4% on GPQA Diamond. GPT-5 obtained 75.2% on GPQA Diamond.
"""
    kinds = _kinds(pipe, report)
    assert _kind_of(kinds, 77.4) == "independent"
    assert _kind_of(kinds, 75.2) == "independent"


def test_page_voice_is_not_a_release():
    from nlp.claim_speaker import page_voice
    launch = ("Ormidan AI unveils Pelliston 2\n\nPORTO — Ormidan AI today unveiled Pelliston 2, built with researchers at "
              "a Porto university who tested it on GPQA Diamond.\n\nPelliston 2 scores 71.3% on GPQA Diamond.")
    rows = [(launch.index("Pelliston 2, built"), launch.index("Pelliston 2, built") + 11, "MODEL", "Pelliston 2", None)]
    assert page_voice(launch, rows) is None  # the page releases a model: its maker speaks
    paper = ("Paper digest: a small tax model\n\nWhat the paper does: introduces Lunmore-3, a 7B model trained on tax "
             "returns.\n\nLunmore-3 scores 61.0% on GPQA Diamond.")
    rows = [(paper.index("Lunmore-3"), paper.index("Lunmore-3") + 9, "MODEL", "Lunmore-3", None)]
    assert page_voice(paper, rows) is None  # a paper's own model
    study = ("Paper digest: Frettle-Eval\n\nWhat the paper does: introduces Frettle-Eval, 900 tax questions, and tests "
             "six models on it.\n\nGemini 2.5 Pro tops the paper's table with 61.0%.")
    assert page_voice(study, [(study.index("Frettle-Eval,"), study.index("Frettle-Eval,") + 12, "BENCHMARK",
                               "Frettle-Eval", None)]) == "independent"


def test_a_company_executives_turn_in_a_transcript(pipe):
    text = """Press event: Ormidan AI shows Pelliston 3 (transcript excerpt)

MODERATOR: Questions, please.

REPORTER (Ines, trade weekly): How does Pelliston 3 do on GPQA Diamond?

CHIEF TECHNOLOGY OFFICER: We measured Pelliston 3 at 74.0% on GPQA Diamond with our own harness.

REPORTER (Rui): And the rivals?

CEO: We also put Gemini 2.5 Pro at 80.1% on GPQA Diamond, run by us.
"""
    kinds = _kinds(pipe, text)
    assert _kind_of(kinds, 74.0) == "self-reported"
    assert _kind_of(kinds, 80.1) == "self-reported"


def test_role_turns_and_family_makers():
    from nlp.claim_speaker import family_makers, role_turns
    t = "MODERATOR: Hi.\n\nCEO: We measured 74.0%.\n\nANALYST (Bank): Thanks.\n"
    turns = role_turns(t)
    assert len(turns) == 1 and t[turns[0][0]:turns[0][1]].startswith("CEO:")
    assert role_turns("REPORTER: Hi.\n\nANALYST (Bank): We measured 74.0%.\n") == []
    made = family_makers({"Pelliston 3": "Ormidan AI"}, {"Pelliston 3", "Pelliston 2.5", "Lunmore-3"})
    assert made == {"Pelliston 3": "Ormidan AI", "Pelliston 2.5": "Ormidan AI"}


def test_an_attribution_after_the_figure_and_a_board_by_a_common_noun():
    s = "Pelliston 2 scores 52.0% on GPQA Diamond, according to the company's blog, and 1,240 on LMArena, per the board."
    ents = [(0, 11, "MODEL", "Pelliston 2", None)]
    assert speaker_kind(s, ents, 52.0, set(), {"Pelliston 2"}, None) == "self-reported"
    assert speaker_kind(s, ents, 1240.0, set(), {"Pelliston 2"}, None) == "independent"
    s2 = "In the benchmark makers' latest table, Pelliston 2 ends the year with $5,478 on average."
    assert speaker_kind(s2, [(39, 50, "MODEL", "Pelliston 2", None)], 5478.0, set(), {"Pelliston 2"}, None) == "independent"


def test_a_release_by_the_company_and_a_page_quoting_each_developer(pipe):
    from nlp.claim_speaker import company_release, page_quotes_makers
    text = ("Lunmore-3: a Latvian model for law\n\nRIGA (press release, translated) — The company from Riga today introduce "
            "Lunmore-3, the bigger brother of Lunmore-2.\n\nAlso we tested on GPQA Diamond, where Lunmore-3 has 61.0 %. "
            "The smaller Lunmore-2 had in the evaluation of Tartu team 52.3 % on GPQA Diamond.")
    rows = [(text.index("Lunmore-3, the"), text.index("Lunmore-3, the") + 9, "MODEL", "Lunmore-3", None)]
    assert company_release(text, rows)
    assert not company_release("Vantbrook Labs tested Lunmore-3 today.", [(22, 31, "MODEL", "Lunmore-3", None)])
    kinds = _kinds(pipe, text)
    assert _kind_of(kinds, 61.0) == "self-reported"  # the company's "we tested"
    assert _kind_of(kinds, 52.3) == "independent"  # a named team's evaluation
    assert page_quotes_makers("Compare plans\n\nPrices per million tokens. Benchmarks as published by each model's "
                              "developer.\n\nLunmore-3  GPQA Diamond 61.0%")
    assert not page_quotes_makers("Compare plans\n\nBenchmarks from our own runs.\n\nLunmore-3  GPQA Diamond 61.0%")
