"""A part of a benchmark named by its language takes the benchmark's name; a lead in it is no place
(nlp.language_parts). Invented names (Brattlewick-4, TorvaldQA-Bench, Hobwell Arena); sentences written for these
tests."""
from nlp.language_parts import language_parts


def ents_of(text, names):
    out = []
    for name, label in names:
        at = text.find(name)
        while at >= 0:
            out.append((at, at + len(name), label, name))
            at = text.find(name, at + len(name))
    return sorted(out)


def test_a_language_part_takes_its_benchmarks_name():
    text = ("The Bilbao lab says Brattlewick-4 scores 61.5% on the Basque part of TorvaldQA-Bench. On the Catalan "
            "part it scores 70.0%.")
    ents = ents_of(text, [("Brattlewick-4", "MODEL"), ("Basque", "BENCHMARK"), ("TorvaldQA-Bench", "BENCHMARK")])
    claims = [{"model": "Brattlewick-4", "benchmark": "Basque", "score": s, "unit": "%"} for s in (61.5, 70.0)]
    got = language_parts(text, claims, ents)
    assert [(c["benchmark"], c["score"]) for c in got] == [("TorvaldQA-Bench", 61.5), ("TorvaldQA-Bench", 70.0)]


def test_a_lead_in_a_language_part_is_no_place():
    text = "Brattlewick-4 is first on the Welsh-language board of Hobwell Arena with 1388, ninth overall."
    ents = ents_of(text, [("Brattlewick-4", "MODEL"), ("Welsh-language", "BENCHMARK"), ("Hobwell Arena", "BENCHMARK")])
    claims = [{"model": "Brattlewick-4", "benchmark": "Welsh-language", "score": 1.0, "unit": "rank"},
              {"model": "Brattlewick-4", "benchmark": "Welsh-language", "score": 1388.0, "unit": "elo"},
              {"model": "Brattlewick-4", "benchmark": "Hobwell Arena", "score": 9.0, "unit": "rank"}]
    got = language_parts(text, claims, ents)
    assert [(c["benchmark"], c["score"], c["unit"]) for c in got] == [
        ("Hobwell Arena", 1388.0, "elo"), ("Hobwell Arena", 9.0, "rank")]


def test_a_benchmark_not_written_as_a_part_keeps_its_name():
    text = "Brattlewick-4 scores 61.5% on TorvaldQA-Bench, part of the Hobwell Arena suite."
    ents = ents_of(text, [("Brattlewick-4", "MODEL"), ("TorvaldQA-Bench", "BENCHMARK"), ("Hobwell Arena", "BENCHMARK")])
    claims = [{"model": "Brattlewick-4", "benchmark": "TorvaldQA-Bench", "score": 61.5, "unit": "%"}]
    assert language_parts(text, claims, ents) == claims


def test_a_named_split_keeps_its_own_name():
    text = "Brattlewick-4 scores 41.5% on the TorvaldQA-Hard split of TorvaldQA-Bench."
    ents = ents_of(text, [("Brattlewick-4", "MODEL"), ("TorvaldQA-Hard", "BENCHMARK"), ("TorvaldQA-Bench", "BENCHMARK")])
    claims = [{"model": "Brattlewick-4", "benchmark": "TorvaldQA-Hard", "score": 41.5, "unit": "%"}]
    assert language_parts(text, claims, ents) == claims
