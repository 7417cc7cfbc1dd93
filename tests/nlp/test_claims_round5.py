"""Fifth round of claim rules (issue 15), on sentences written for these tests with invented names;
entities are marked by hand, so the claim rules are tested alone."""
import pytest

from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)


def got(doc):
    return sorted((c["model"], c["benchmark"], c["score"]) for c in doc._.claims)


@pytest.mark.parametrize("text,models,benches,want", [
    # "on average" sums up a model's runs; it does not make the sentence about people
    ("Orbit Large 3 was tested on ZetaBench. The model solved 41.5% on average across five runs.",
     ["Orbit Large 3"], ["ZetaBench"], [("Orbit Large 3", "ZetaBench", 41.5)]),
    # people named as the group a place is taken among are not the subject
    ("Vireo 3 is out. Its lab gives it a ZetaArena rating of 1984, in the 95th percentile of human players.",
     ["Vireo 3"], ["ZetaArena"], [("Vireo 3", "ZetaArena", 95.0), ("Vireo 3", "ZetaArena", 1984.0)]),
    # "it gets N" is the passage's model's, even when the sentence also speaks of "most models"
    ("Look at Helix-2 Pro. On QuillEval it gets 62.5%, a test where most models give up early.",
     ["Helix-2 Pro"], ["QuillEval"], [("Helix-2 Pro", "QuillEval", 62.5)]),
    # where the model was run ("ran X on B") is the paragraph's benchmark, not the platform that ran it
    ("PlinthLab ran Helix-2 Pro on PlinthLab Apex, a set of 30 problems. The model solved 23.4% of them.",
     ["Helix-2 Pro"], ["PlinthLab Apex", "PlinthLab"], [("Helix-2 Pro", "PlinthLab Apex", 23.4)]),
])
def test_round5_subjects(pipe, text, models, benches, want):
    assert got(annotate(pipe, text, ents(models, benches))) == want


@pytest.mark.parametrize("text,models,benches", [
    # a group of people still owns its number: humans are the subject here
    ("Vireo 3 is out. On ZetaBench, human experts scored 88.0% on average.", ["Vireo 3"], ["ZetaBench"]),
])
def test_round5_people_still_own_their_numbers(pipe, text, models, benches):
    assert got(annotate(pipe, text, ents(models, benches))) == []


def test_table_without_outer_bars_and_a_rank_column(pipe):
    """A table written without the outer bars, models in the second column under a benchmark header;
    the note under it gives the unit. The Rank column is the row's place, a claim of unit "rank"
    (claims annotation conventions, 2; claims-dev's "| Rank | Model | Elo |" table re-annotated so)."""
    text = ("Rank | Model | PlinthBench-Hard\n1 | Vireo 3 | 58.4\n2 | Helix-2 Pro | 56.0\n"
            "3 | Orbit Small 3 | 49.5\n400 items; accuracy in %.")
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro", "Orbit Small 3"], ["PlinthBench-Hard"]))
    assert got(doc) == [("Helix-2 Pro", "PlinthBench-Hard", 2.0), ("Helix-2 Pro", "PlinthBench-Hard", 56.0),
                        ("Orbit Small 3", "PlinthBench-Hard", 3.0), ("Orbit Small 3", "PlinthBench-Hard", 49.5),
                        ("Vireo 3", "PlinthBench-Hard", 1.0), ("Vireo 3", "PlinthBench-Hard", 58.4)]
    assert {c["unit"] for c in doc._.claims} == {"%", "rank"}


@pytest.mark.parametrize("text", [
    # two lines with a bar each are no table: their sentences are read as prose
    "Helix-2 Pro scores 61.0% on ZetaBench | full review\nVireo 3 trails at 58.0% | more below",
    # nor lines whose bar counts differ
    "Helix-2 Pro scores 61.0% on ZetaBench | review\nVireo 3 trails at 58.0% | more | below\nBy Ana | 5 min",
])
def test_bare_bars_that_are_not_a_table(pipe, text):
    doc = annotate(pipe, text, ents(["Helix-2 Pro", "Vireo 3"], ["ZetaBench"]))
    assert got(doc) == [("Helix-2 Pro", "ZetaBench", 61.0), ("Vireo 3", "ZetaBench", 58.0)]


@pytest.mark.parametrize("text,models,benches,want", [
    # a share of what another model costs is no score of that model
    ("Vireo 3 scores 61 on ZetaIndex while charging about 9% of what Helix-2 Pro costs.",
     ["Vireo 3", "Helix-2 Pro"], ["ZetaIndex"], [("Vireo 3", "ZetaIndex", 61.0)]),
    # a count of things before a plural noun the count lists do not know
    ("Long-context retrieval on QuillEval (6 haystacks, 64K): Vireo 3 reaches 77.0%.",
     ["Vireo 3"], ["QuillEval"], [("Vireo 3", "QuillEval", 77.0)]),
    # ... but a verb after the number is no noun: "74 remains"
    ("On QuillEval, Vireo 3's 74 remains the best result.",
     ["Vireo 3"], ["QuillEval"], [("Vireo 3", "QuillEval", 74.0)]),
    # a tolerance is no score
    ("Our reruns of Vireo 3 on ZetaBench agree with the lab's figure of 71.5%, within 2 points.",
     ["Vireo 3"], ["ZetaBench"], [("Vireo 3", "ZetaBench", 71.5)]),
])
def test_round5_not_scores(pipe, text, models, benches, want):
    assert got(annotate(pipe, text, ents(models, benches))) == want


@pytest.mark.parametrize("text,models,benches,want", [
    # across a clause break, a number with no model takes the sentence's own subject, not the passage's
    ("Helix-2 Pro reached 80.1% on ZetaBench. Vireo 3 reaches 77.9% on ZetaBench at high effort; at low "
     "effort the figure is 74.2%.", ["Helix-2 Pro", "Vireo 3"], ["ZetaBench"],
     [("Helix-2 Pro", "ZetaBench", 80.1), ("Vireo 3", "ZetaBench", 74.2), ("Vireo 3", "ZetaBench", 77.9)]),
    # "on the same benchmark" is the last one named before, not the one the sentence names next
    ("Helix-2 Pro reaches 77.9% on ZetaBench. Vireo 3 reports 76.2% on the same benchmark and leads "
     "QuillArena with 1,439.", ["Helix-2 Pro", "Vireo 3"], ["ZetaBench", "QuillArena"],
     [("Helix-2 Pro", "ZetaBench", 77.9), ("Vireo 3", "QuillArena", 1439.0), ("Vireo 3", "ZetaBench", 76.2)]),
    # a model in apposition after a relative clause's verb ("the build it replaces, X,") is the subject
    ("Orbit 4 reaches 93.1% on ZetaBench. The preview it replaces, Orbit 4 Preview, had 89.3 on the same test.",
     ["Orbit 4 Preview", "Orbit 4"], ["ZetaBench"],
     [("Orbit 4", "ZetaBench", 93.1), ("Orbit 4 Preview", "ZetaBench", 89.3)]),
    # ... while "it replaces X" still names an older model, not the subject
    ("Orbit 4 reaches 93.1% on ZetaBench. It replaces Orbit 4 Preview and also posts 71.0% on QuillEval.",
     ["Orbit 4 Preview", "Orbit 4"], ["ZetaBench", "QuillEval"],
     [("Orbit 4", "QuillEval", 71.0), ("Orbit 4", "ZetaBench", 93.1)]),
])
def test_round5_owners_and_benchmarks(pipe, text, models, benches, want):
    assert got(annotate(pipe, text, ents(models, benches))) == want


@pytest.mark.parametrize("text,models,benches,want", [
    # "went first" is a place like "came first"
    ("Vireo 3 went first on ZetaArena with 1487.", ["Vireo 3"], ["ZetaArena"],
     [("Vireo 3", "ZetaArena", 1.0), ("Vireo 3", "ZetaArena", 1487.0)]),
    # a medal before a list of competitions that repeats the preposition: one for each
    ("Orbit 4 Max won gold at PlinthOlympiad 2025 and at QuillCup 2025, its lab says.",
     ["Orbit 4 Max"], ["PlinthOlympiad 2025", "QuillCup 2025"],
     [("Orbit 4 Max", "PlinthOlympiad 2025", 1.0), ("Orbit 4 Max", "QuillCup 2025", 1.0)]),
    # "on the separate B": a described benchmark after "on" wins over the one before the number
    ("The hub lists Vireo 3 at 38% on ZetaMath tiers 1-3 and at 19% on the separate ZetaMath Tier 4 set.",
     ["Vireo 3"], ["ZetaMath Tier 4", "ZetaMath"],
     [("Vireo 3", "ZetaMath", 38.0), ("Vireo 3", "ZetaMath Tier 4", 19.0)]),
])
def test_round5_places_and_lists(pipe, text, models, benches, want):
    assert got(annotate(pipe, text, ents(models, benches))) == want


def _marked(sentence, names):
    """(start, end, label, canonical, developer) rows for `names`: {surface: (label, developer)}."""
    return sorted((sentence.index(n), sentence.index(n) + len(n), label, n, org) for n, (label, org) in names.items())


@pytest.mark.parametrize("sentence,names,want", [
    # a lab of the developer's company speaking is the developer
    ("Orbit 4 Max reached gold level, Nimbus DeepLab said.",
     {"Orbit 4 Max": ("MODEL", "Nimbus"), "Nimbus DeepLab": ("ORG", None)}, "self-reported"),
    # ... a different organisation is not
    ("Orbit 4 Max reached gold level, Quill Labs said.",
     {"Orbit 4 Max": ("MODEL", "Nimbus"), "Quill Labs": ("ORG", None)}, "independent"),
    # a third party that verified or certified the result
    ("The Plinth Foundation verified Orbit 4 Max at 37.6% on ZetaBench.",
     {"Plinth Foundation": ("ORG", None), "Orbit 4 Max": ("MODEL", "Nimbus")}, "independent"),
    # "in its own evaluation" is the developer's; "in our own harness" the writer's
    ("Orbit 4 Max scored 83.0 on ZetaBench in its own evaluation.", {}, "self-reported"),
    ("Orbit 4 Max scored 64.2% on ZetaBench in our own harness.", {}, "independent"),
    # a negated check is no independent cue
    ("None of Orbit 4 Max's scores have been verified.", {}, "unknown"),
])
def test_round5_source_kind(sentence, names, want):
    from nlp.claim_source import source_kind
    assert source_kind(sentence, _marked(sentence, names)) == want


@pytest.mark.parametrize("text,models,want", [
    # "the Speciale model": a word of one model named before stands for it (the recogniser missed it)
    ("Orbit 4 came out with Orbit 4 Speciale. On ZetaBench the Speciale model gets 99.2%.",
     ["Orbit 4 Speciale", "Orbit 4"], [("Orbit 4 Speciale", "ZetaBench", 99.2)]),
    # a word two models share names neither: the passage's subject keeps the number
    ("Orbit 4 came out with Orbit 4 Speciale. On ZetaBench the Orbit model gets 99.2%.",
     ["Orbit 4 Speciale", "Orbit 4"], [("Orbit 4", "ZetaBench", 99.2)]),
])
def test_round5_model_named_by_a_word_of_its_name(pipe, text, models, want):
    assert got(annotate(pipe, text, ents(models, ["ZetaBench"]))) == want


@pytest.mark.parametrize("text,want", [
    # "between X and Y" then "a became b": the old model's number, then the new one's, each on its benchmark
    ("What changed between Orbit 4 Preview in May and Orbit 4 in June? On ZetaBench, 61.2 became 66.0; "
     "on QuillEval, 40.5 became 44.1.",
     [("Orbit 4", "QuillEval", 44.1), ("Orbit 4", "ZetaBench", 66.0),
      ("Orbit 4 Preview", "QuillEval", 40.5), ("Orbit 4 Preview", "ZetaBench", 61.2)]),
    # without such a pair, "a became b" stays one model's two numbers on one benchmark
    ("Orbit 4 got a patch. On ZetaBench, 61.2 became 66.0.",
     [("Orbit 4", "ZetaBench", 61.2), ("Orbit 4", "ZetaBench", 66.0)]),
])
def test_round5_a_change_between_two_models(pipe, text, want):
    assert got(annotate(pipe, text, ents(["Orbit 4 Preview", "Orbit 4"], ["ZetaBench", "QuillEval"]))) == want


def test_round5_a_model_the_text_does_not_name_takes_nobody(pipe):
    """Numbers of "a rival lab's system" are neither the passage's model's nor the next one named."""
    text = ("At the 2025 PlinthCup, a rival lab's reasoning system solved all 12 problems, which would have "
            "ranked first. Vireo 3 reached gold level, solving 10 of them.")
    doc = annotate(pipe, text, ents(["Vireo 3"], ["PlinthCup"]))
    assert got(doc) == [("Vireo 3", "PlinthCup", 1.0)]  # its gold medal only


@pytest.mark.parametrize("text,want", [
    # "on <a name the recogniser missed>": not the other benchmark of the sentence (since round 9 the
    # claim's position makes the name a benchmark of its own: nlp.name_roles.claim_benchmarks)
    ("Vireo 3 scores 69.6 on ZetaBench and 38.5 on GlyphSearch, its lab says.",
     [("Vireo 3", "GlyphSearch", 38.5), ("Vireo 3", "ZetaBench", 69.6)]),
    # ... but an owner's name before the benchmark ("on Quill's ZetaBench") and a month are no such name
    ("Vireo 3 placed second on Quill's ZetaBench board at 52.0%.",
     [("Vireo 3", "ZetaBench", 2.0), ("Vireo 3", "ZetaBench", 52.0)]),
    ("On ZetaBench, Vireo 3 scored 52.0 on March 3.", [("Vireo 3", "ZetaBench", 52.0)]),
])
def test_round5_a_number_on_an_unrecognised_name(pipe, text, want):
    assert got(annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench"]))) == want


def test_round5_a_point_version_after_an_unrecognised_name():
    from nlp.numbers import find_numbers
    kinds = {t[n.start:n.end]: n.kind for t in ("Quasar 4.1 tops ZetaArena at 1483",) for n in find_numbers(t)}
    assert kinds == {"4.1": "version", "1483": "score"}
    # ... after a function word it stays a score, and so does a two-decimal figure
    assert find_numbers("It scored 4.1 on ZetaBench")[0].kind == "score"
    assert find_numbers("ZetaJudge 8.99 for Vireo 3")[0].kind == "score"


@pytest.mark.parametrize("text,want", [
    # a number glued to a capitalised name the recogniser missed is on that name, not on ZetaBench
    ("Vireo 3 mostly improves agents: GlyphSearch goes to 60.2 and ZetaBench to 44.9.", [("Vireo 3", "ZetaBench", 44.9)]),
    ("Scores for Vireo 3: ZetaBench 44.9 · GlyphSearch 60.2.", [("Vireo 3", "ZetaBench", 44.9)]),
    # a model's name before the number is an entity: the number stays on the benchmark
    ("On ZetaBench, Vireo 3 61.0 and Helix-2 Pro 58.5.", [("Helix-2 Pro", "ZetaBench", 58.5), ("Vireo 3", "ZetaBench", 61.0)]),
])
def test_round5_a_number_glued_to_an_unrecognised_name(pipe, text, want):
    assert got(annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench"]))) == want


def test_round5_an_unnamed_model_described_after_the_number_takes_nothing_away(pipe):
    text = "Vireo 3 is out. On ZetaBench it scored 51.7%, a typical result for a non-reasoning model."
    assert got(annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench"]))) == [("Vireo 3", "ZetaBench", 51.7)]
