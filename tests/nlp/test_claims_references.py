"""Claims round 7, references: a lab's document ("Tessellate's model card lists …") speaks for the
model that lab released in the passage, not for the model named last. Passages written for these
tests, invented names; entities marked by hand, so the claim rules are tested alone."""
import pytest

from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)


def got(doc):
    return {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims}


NAMES = ents(["Quarry 5 Max", "Lumen-8", "Osprey R2"], ["PolyMath-500", "DocRiddle"], ["Tessellate Labs", "Northwind AI"])


def test_a_labs_document_speaks_for_the_model_it_released(pipe):
    text = ("Tessellate Labs unveiled Quarry 5 Max on Thursday. The same morning Northwind AI released Lumen-8, "
            "a small open model.\n\nTessellate Labs' model card lists 77.2% on PolyMath-500 and 61.0 on DocRiddle. "
            "Outside testers were less kind.")
    doc = annotate(pipe, text, NAMES)
    assert got(doc) == {("Quarry 5 Max", "PolyMath-500", 77.2), ("Quarry 5 Max", "DocRiddle", 61.0)}


def test_the_possessive_names_the_labs_model_too(pipe):
    text = ("Northwind AI's Lumen-8 arrived a week after Osprey R2.\n\n"
            "Northwind AI's blog post gives 58.4% on DocRiddle.")
    assert got(annotate(pipe, text, NAMES)) == {("Lumen-8", "DocRiddle", 58.4)}


def test_without_a_release_the_last_model_keeps_the_score(pipe):
    # nothing says which model Tessellate Labs made: the rules keep the nearest subject
    text = "Osprey R2 is the model everyone tested this week. Tessellate Labs' blog post reports 44.0% on DocRiddle for it."
    assert got(annotate(pipe, text, NAMES)) == {("Osprey R2", "DocRiddle", 44.0)}


def test_a_named_model_in_the_sentence_wins(pipe):
    text = ("Tessellate Labs unveiled Quarry 5 Max on Thursday.\n\n"
            "Tessellate Labs' table also shows Osprey R2 at 39.5% on PolyMath-500.")
    assert got(annotate(pipe, text, NAMES)) == {("Osprey R2", "PolyMath-500", 39.5)}


BOARD_MODELS = ["Orrin-4", "Tessa 2 Pro", "Quill-9B"]


def test_a_boards_heading_names_its_benchmark_and_a_note_after_a_blank_line_ends_it(pipe):
    text = ("Lanternfish Logic — weekly snapshot\n\n"
            "Model: Orrin-4 — Score: 63.5\nModel: Tessa 2 Pro — Score: 58.0\nModel: Quill-9B — Score: 41.7\n\n"
            "Items: 400 logic grids. Time limit: 15 minutes per grid.")
    assert got(annotate(pipe, text, ents(BOARD_MODELS))) == {
        ("Orrin-4", "Lanternfish Logic", 63.5), ("Tessa 2 Pro", "Lanternfish Logic", 58.0),
        ("Quill-9B", "Lanternfish Logic", 41.7)}


def test_a_heading_that_heads_no_board_names_nothing(pipe):
    text = "Weekend Reading — three links\n\n1. Orrin-4 — 63.5\n2. Tessa 2 Pro — 58.0\n3. Quill-9B — 41.7\n"
    assert got(annotate(pipe, text, ents(BOARD_MODELS))) == set()


def test_what_results_are_on_is_a_benchmark_even_when_guessed_a_model(pipe):
    # the recogniser guessed "Pebble-40" a model (a name with a digit); "Results on" says otherwise
    text = ("I wrote 40 questions from my own job and called the set Pebble-40.\n\n"
            "Results on Pebble-40:\n- Orrin-4: 71%\n- Tessa 2 Pro: 55%\n- Quill-9B: 48%\n")
    assert got(annotate(pipe, text, ents(BOARD_MODELS + ["Pebble-40"]))) == {
        ("Orrin-4", "Pebble-40", 71.0), ("Tessa 2 Pro", "Pebble-40", 55.0), ("Quill-9B", "Pebble-40", 48.0)}


def test_a_number_elliptical_to_a_speed_is_no_score(pipe):
    text = "Orrin-4 scored 71% on Pebble-40 and ran at 38 tokens per second, against 19 for Tessa 2 Pro."
    assert got(annotate(pipe, text, ents(BOARD_MODELS, ["Pebble-40"]))) == {("Orrin-4", "Pebble-40", 71.0)}


def test_a_description_in_apposition_keeps_the_number_on_the_name_before_it(pipe):
    text = "Orrin-4 Vision, the multimodal sibling, rises to 66.2 on Pebble-40 from 52.0 for the base Orrin-4 build."
    assert got(annotate(pipe, text, ents(["Orrin-4 Vision", "Orrin-4"], ["Pebble-40"]))) == {
        ("Orrin-4 Vision", "Pebble-40", 66.2), ("Orrin-4", "Pebble-40", 52.0)}


def test_the_model_a_change_starts_from_is_no_subject_for_its(pipe):
    text = ("Quill-9B Coder, the coding variant, climbs to 58.0 on Pebble-40 from 49.5 for the base Quill-9B build. "
            "Its DocRiddle number is lower: 31.0%.")
    assert got(annotate(pipe, text, ents(["Quill-9B Coder", "Quill-9B"], ["Pebble-40", "DocRiddle"]))) == {
        ("Quill-9B Coder", "Pebble-40", 58.0), ("Quill-9B", "Pebble-40", 49.5), ("Quill-9B Coder", "DocRiddle", 31.0)}


# references to a model or a benchmark named before: "the new model", "the release", "it", "the smaller
# one", a bare tier word, a heading over a list, a benchmark named in an earlier sentence or heading
REF_MODELS = sorted(["Tamsin 3", "Tamsin 3 Mini", "Tamsin 2", "Orrin-4", "Vale 5 Pro", "Vale 5 Flash", "Vale 5"],
                    key=len, reverse=True)  # (the longest name wins where names overlap)
REF_BENCHES = ["Pebble-40", "DocRiddle", "GlyphSearch"]
REFERENCES = [
 ("Lattice Labs released Tamsin 3 on Monday. The new model scores 71.4% on Pebble-40.", {("Tamsin 3","Pebble-40",71.4)}),
 ("Lattice Labs released Tamsin 3 on Monday. The release posts 71.4% on Pebble-40.", {("Tamsin 3","Pebble-40",71.4)}),
 ("Lattice Labs released Tamsin 3 on Monday, ahead of Orrin-4. It scores 71.4% on Pebble-40.", {("Tamsin 3","Pebble-40",71.4)}),
 ("Tamsin 3 replaces Tamsin 2. The model reaches 71.4% on Pebble-40.", {("Tamsin 3","Pebble-40",71.4)}),
 ("Tamsin 3 and Tamsin 3 Mini arrived together. The smaller one gets 55.0% on Pebble-40, the larger 71.4%.", {("Tamsin 3 Mini","Pebble-40",55.0),("Tamsin 3","Pebble-40",71.4)}),
 ("Vale 5 ships in two tiers, Vale 5 Pro and Vale 5 Flash. Pro scores 80.1 on DocRiddle and Flash 70.3.", {("Vale 5 Pro","DocRiddle",80.1),("Vale 5 Flash","DocRiddle",70.3)}),
 ("## Tamsin 3\n\n- Pebble-40: 71.4%\n- DocRiddle: 63.0%\n- GlyphSearch: 48.2%\n", {("Tamsin 3","Pebble-40",71.4),("Tamsin 3","DocRiddle",63.0),("Tamsin 3","GlyphSearch",48.2)}),
 ("Tamsin 3 results\n\nPebble-40 71.4\nDocRiddle 63.0\nGlyphSearch 48.2\n", {("Tamsin 3","Pebble-40",71.4),("Tamsin 3","DocRiddle",63.0),("Tamsin 3","GlyphSearch",48.2)}),
 ("The lab tested Tamsin 3 on Pebble-40, a set of 40 puzzles. It solved 71.4% of them.", {("Tamsin 3","Pebble-40",71.4)}),
 ("Pebble-40 is a new puzzle benchmark. Tamsin 3 scores 71.4% on it, and Orrin-4 gets 60.2%.", {("Tamsin 3","Pebble-40",71.4),("Orrin-4","Pebble-40",60.2)}),
 ("## Pebble-40\n\nTamsin 3 leads with 71.4%. Orrin-4 follows at 60.2%.", {("Tamsin 3","Pebble-40",1.0),("Tamsin 3","Pebble-40",71.4),("Orrin-4","Pebble-40",60.2)}),
 ("Tamsin 3 is out. Compared with Tamsin 2, the model gains 9 points on Pebble-40, reaching 71.4%.", {("Tamsin 3","Pebble-40",71.4)}),
 ("Tamsin 3 is out. Its predecessor, Tamsin 2, scored 62.4% on Pebble-40; the new model reaches 71.4%.", {("Tamsin 2","Pebble-40",62.4),("Tamsin 3","Pebble-40",71.4)}),
 ("Orrin-4 came out last month. This week Lattice Labs released Tamsin 3. On Pebble-40 the model scores 71.4%.", {("Tamsin 3","Pebble-40",71.4)}),
 ("Tamsin 3 Mini is the new budget option. The mini model scores 55.0% on Pebble-40.", {("Tamsin 3 Mini","Pebble-40",55.0)}),
 ("Vale 5 Flash is cheap. On DocRiddle, Flash reaches 70.3, while Vale 5 Pro reaches 80.1.", {("Vale 5 Flash","DocRiddle",70.3),("Vale 5 Pro","DocRiddle",80.1)}),
 ("**Tamsin 3**\n- Pebble-40: 71.4%\n- DocRiddle: 63.0%\n", {("Tamsin 3","Pebble-40",71.4),("Tamsin 3","DocRiddle",63.0)}),
 ("Tamsin 3:\n- Pebble-40 — 71.4%\n- DocRiddle — 63.0%\n\nOrrin-4:\n- Pebble-40 — 60.2%\n- DocRiddle — 55.5%\n", {("Tamsin 3","Pebble-40",71.4),("Tamsin 3","DocRiddle",63.0),("Orrin-4","Pebble-40",60.2),("Orrin-4","DocRiddle",55.5)}),
 ("### Pebble-40\n\n- Tamsin 3: 71.4%\n- Orrin-4: 60.2%\n\n### DocRiddle\n\n- Tamsin 3: 63.0%\n- Orrin-4: 55.5%\n", {("Tamsin 3","Pebble-40",71.4),("Orrin-4","Pebble-40",60.2),("Tamsin 3","DocRiddle",63.0),("Orrin-4","DocRiddle",55.5)}),
 ("## Pebble-40\n\nThe puzzles are hard.\n\nTamsin 3 solved 71.4% of them; Orrin-4 got 60.2%.", {("Tamsin 3","Pebble-40",71.4),("Orrin-4","Pebble-40",60.2)}),
 ("Lattice Labs launched Tamsin 3 today.\n\nOn the maths side it scores 71.4% on Pebble-40. It also reaches 63.0% on DocRiddle.", {("Tamsin 3","Pebble-40",71.4),("Tamsin 3","DocRiddle",63.0)}),
 ("Tamsin 3 is the headline act. The release scores 71.4% on Pebble-40, while Orrin-4 sits at 60.2%.", {("Tamsin 3","Pebble-40",71.4),("Orrin-4","Pebble-40",60.2)}),
 ("We tested Tamsin 3 and Orrin-4 on DocRiddle. The former got 63.0%, the latter 55.5%.", {("Tamsin 3","DocRiddle",63.0),("Orrin-4","DocRiddle",55.5)}),
 ("Tamsin 3 beat Orrin-4 on GlyphSearch: 48.2% to 41.0%.", {("Tamsin 3","GlyphSearch",48.2),("Orrin-4","GlyphSearch",41.0)}),
 ("Vale 5 Pro came out in June. Its successor, Tamsin 3, scores 71.4% on Pebble-40.", {("Tamsin 3","Pebble-40",71.4)}),
]


@pytest.mark.parametrize("text,want", REFERENCES)
def test_references(pipe, text, want):
    assert got(annotate(pipe, text, ents(REF_MODELS, REF_BENCHES))) == want


def test_the_standard_model_is_the_name_its_variants_extend(pipe):
    text = ("Lattice Labs shipped Tamsin 3 and Tamsin 3 Heavy on Monday. Heavy reached 91.0% on Pebble-40. "
            "The standard model is cheaper: it posts 84.5% on Pebble-40.")
    assert got(annotate(pipe, text, ents(["Tamsin 3 Heavy", "Tamsin 3"], ["Pebble-40"]))) == {
        ("Tamsin 3 Heavy", "Pebble-40", 91.0), ("Tamsin 3", "Pebble-40", 84.5)}


def test_it_with_no_model_known_is_not_given_to_the_next_model_named(pipe):
    # the post's model has a name no list knows: "it" points back at it, never forward
    text = ("Been using kestrel-coder from a small lab for a week.\n\nApparently it gets 35.5 on GlyphSearch.\n\n"
            "For comparison Orrin-4 got 16.4 when I ran it.")
    assert ("Orrin-4", "GlyphSearch", 35.5) not in got(annotate(pipe, text, ents(["Orrin-4"], ["GlyphSearch"])))


def test_a_closing_for_x_covers_the_whole_list_of_scores(pipe):
    text = ("Osprey R2 came first in the morning. Northwind AI was quieter: its post lists 64.1% on PolyMath-500 "
            "and 58.2 on DocRiddle for Lumen-8.")
    assert got(annotate(pipe, text, NAMES)) == {("Lumen-8", "PolyMath-500", 64.1), ("Lumen-8", "DocRiddle", 58.2)}


def test_after_a_list_of_its_variants_the_model_is_the_family_released(pipe):
    text = ("Lattice Labs began rolling out Vale 5 on Tuesday. Two variants ship: Vale 5 Flash for quick chat "
            "and Vale 5 Pro for long work.\n\nThe developer notes carried the numbers. On DocRiddle the model "
            "solves 68.2% of cases. It scores 74.0% on Pebble-40.")
    assert got(annotate(pipe, text, ents(REF_MODELS, REF_BENCHES))) == {
        ("Vale 5", "DocRiddle", 68.2), ("Vale 5", "Pebble-40", 74.0)}


def test_a_bracketed_number_after_a_name_is_that_names_even_after_not(pipe):
    text = "Orrin-4 gets 61.5 on DocRiddle, which beats Vale 5 Flash (58.0) but not Vale 5 Pro (66.4)."
    doc = annotate(pipe, text, ents(REF_MODELS, REF_BENCHES))
    assert {(c["model"], c["benchmark"], c["score"], c["is_comparison"]) for c in doc._.claims} == {
        ("Orrin-4", "DocRiddle", 61.5, False), ("Vale 5 Flash", "DocRiddle", 58.0, True),
        ("Vale 5 Pro", "DocRiddle", 66.4, True)}


def test_the_before_of_a_change_is_cited_for_comparison(pipe):
    text = "Quill-9B Coder climbs to 58.0 on Pebble-40 from 49.5 for the base Quill-9B build."
    doc = annotate(pipe, text, ents(["Quill-9B Coder", "Quill-9B"], ["Pebble-40"]))
    assert {(c["model"], c["score"], c["is_comparison"]) for c in doc._.claims} == {
        ("Quill-9B Coder", 58.0, False), ("Quill-9B", 49.5, True)}
