"""annotate's name memory on a real SQLite store: a new name met with a cue in one article is found
without one in the articles of later batches and runs, stays a new name, and never comes back once
rejected. Every name here is invented."""
from __future__ import annotations

import json

import pytest

from pipeline.annotate.run import MEMORY_LAG, annotate, nlp_version
from pipeline.config import ConfigError, parse_config
from pipeline.store import queries as q
from pipeline.store.db import open_db

INTRO = "Halvard Labs released Corvina 3, a 70B open-weights model, on Tuesday. It is aimed at legal work."
LATER = "Corvina 3 is quick at summarising long contracts, {} told us."
WHO = ["several lawyers", "two clerks", "a judge", "three paralegals", "one notary", "a law professor", "an auditor"]
MEMORY = {"name_memory": True}


def add(store, i: int, text: str) -> None:
    store.store_article({"url": f"https://news.example/{i}", "title": f"Story {i}", "text": text,
                         "published": f"2026-03-{i + 1:02d}T09:00:00Z", "authors": [], "tags": [],
                         "word_count": len(text.split())}, source="test")


def corvina(store) -> dict[int, str | None]:
    """article id -> the evidence of its Corvina 3 mention (None: found, but not as strong or memory)."""
    return {aid: ev for aid, ev in store.conn.execute(
        """SELECT m.article_id, m.evidence FROM mentions m JOIN entities e ON e.id = m.entity_id
           WHERE e.canonical = 'Corvina 3' AND e.label = 'MODEL' AND e.known = 0 ORDER BY m.article_id""")}


def test_a_name_introduced_in_one_run_is_found_without_a_cue_in_the_next_and_stays_new(tmp_path):
    store = open_db(tmp_path / "a.db")
    add(store, 0, INTRO)
    annotate(store, MEMORY, workers=1)
    add(store, 1, LATER.format(WHO[0]))
    result = annotate(store, MEMORY, workers=1)
    assert result.articles == 1  # only the new article
    assert corvina(store) == {1: "strong", 2: "memory"}
    found = {r["name"]: r for r in q.unknown_candidates(store.conn)}
    assert found["Corvina 3"]["articles"] == 2  # still a candidate for 'kb candidates', in both articles
    # without the memory the same article holds no name: the cue is in the other one
    other = open_db(tmp_path / "b.db")
    add(other, 0, INTRO)
    add(other, 1, LATER.format(WHO[0]))
    annotate(other, {"name_memory": False})
    assert corvina(other) == {1: "strong"}
    other.close()
    store.close()


def test_batches_see_the_names_of_batches_lag_before_them_whatever_the_workers(tmp_path):
    runs = []
    for workers in (1, 2):
        store = open_db(tmp_path / f"w{workers}.db")
        add(store, 0, INTRO)
        for i, who in enumerate(WHO, 1):
            add(store, i, LATER.format(who))
        annotate(store, MEMORY, batch_size=1, workers=workers)
        runs.append(corvina(store))
        # annotated again from scratch: the same rows (the stored names of the articles redone are not used)
        annotate(store, MEMORY, batch_size=1, workers=workers, redo_all=True)
        assert corvina(store) == runs[-1]
        store.close()
    assert runs[0] == runs[1]
    assert runs[0] == {1: "strong", **{aid: "memory" for aid in range(2 + MEMORY_LAG - 1, 2 + len(WHO))}}


def test_a_rejected_name_is_never_remembered(tmp_path):
    store = open_db(tmp_path / "a.db")
    add(store, 0, INTRO)
    annotate(store, MEMORY, workers=1)
    assert corvina(store) == {1: "strong"}
    kb = tmp_path / "kb.jsonl"  # what 'modelwire kb reject "Corvina 3"' writes
    kb.write_text(json.dumps({"label": "STOP", "text": "Corvina 3", "reason": "rejected"}) + "\n", encoding="utf-8")
    add(store, 1, LATER.format(WHO[0]))
    annotate(store, {**MEMORY, "kb_files": [str(kb)]}, workers=1)
    assert corvina(store) == {}
    store.close()


def test_the_config_switch_reaches_annotate_and_its_version(tmp_path):
    on = parse_config({}, tmp_path / "modelwire.toml").nlp_options()
    off = parse_config({"nlp": {"name_memory": False}}, tmp_path / "modelwire.toml").nlp_options()
    assert on.get("name_memory") is True and off.get("name_memory") is False
    assert nlp_version("v", on) == nlp_version("v", None) == "v"  # the default is the built-in version ...
    assert nlp_version("v", off) != "v"  # ... and switching it off re-annotates
    with pytest.raises(ConfigError, match="name_memory"):
        parse_config({"nlp": {"name_memory": "yes"}}, tmp_path / "modelwire.toml")
