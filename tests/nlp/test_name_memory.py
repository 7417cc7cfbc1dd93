"""Names remembered across a stream (nlp.name_memory): invented names only, none in the knowledge base."""
from __future__ import annotations

import json

import pytest

import nlp
from nlp.analyze import doc_to_dict
from nlp.name_memory import Learner, Name, NameMemory, set_memory, stream_docs

INTRO = "Halvard Labs released Corvina 3, a 70B open-weights model, on Tuesday."
LATER = "Corvina 3 is quick at summarising long contracts, several lawyers told us."


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def found(doc) -> list[tuple]:
    return [(e["text"], e["label"], e["canonical"], e["known"], e.get("evidence")) for e in doc_to_dict(doc, 0)["entities"]]


def test_a_name_met_with_a_cue_is_found_without_one_in_a_later_document(pipe):
    assert found(pipe(LATER)) == []  # no cue: alone, the rules find nothing
    docs = list(stream_docs(pipe, [INTRO, LATER, "CORVINA 3 REVIEW\n\nWe tried corvina-3 through the API."]))
    assert ("Corvina 3", "MODEL", "Corvina 3", False, "strong") in found(docs[0])
    # found, still unknown (a new name for kb candidates and the digest), marked as the memory's
    assert found(docs[1]) == [("Corvina 3", "MODEL", "Corvina 3", False, "memory")]
    assert ("CORVINA 3", "MODEL", "Corvina 3", False, "memory") in found(docs[2])  # a heading in capitals
    assert pipe.get_pipe("modelwire_entities").finder.memory is None  # the pipeline's own memory is put back


def test_the_stream_reads_only_earlier_documents(pipe):
    docs = list(stream_docs(pipe, [LATER, INTRO]))
    assert found(docs[0]) == []  # the name comes later: never known before it
    assert ("Corvina 3", "MODEL", "Corvina 3", False, "strong") in found(docs[1])


def test_a_weak_guess_is_not_remembered_and_min_docs_waits_for_more(pipe):
    weak = "The agent, called Pellucid, was built for coding."  # one plain word, once: not strong
    assert all(e.get("evidence") != "strong" for e in doc_to_dict(pipe(weak), 0)["entities"])
    learner = Learner(min_docs=2)
    intro = doc_to_dict(pipe(INTRO), 0)
    assert learner.observe(intro) == [] and len(learner.memory) == 0  # strong in one document only
    assert [n.canonical for n in learner.observe(intro) if n.label == "MODEL"] == ["Corvina 3"]


def test_a_name_the_knowledge_base_lists_is_never_recalled(tmp_path):
    kb = tmp_path / "kb.jsonl"  # what 'modelwire kb reject "Corvina 3"' writes
    kb.write_text(json.dumps({"label": "STOP", "text": "Corvina 3", "reason": "rejected"}) + "\n", encoding="utf-8")
    rejecting = nlp.load({"kb_files": [str(kb)]})
    memory = NameMemory()
    memory.add(Name("MODEL", "Corvina 3", "Corvina 3"))
    set_memory(rejecting, memory)
    assert found(rejecting(LATER)) == []
    assert [e for e in doc_to_dict(rejecting(INTRO), 0)["entities"] if e["label"] == "MODEL"] == []


def test_a_family_word_is_recalled_only_where_the_text_does_not_use_it_as_a_word(pipe):
    memory = NameMemory()
    memory.add(Name("MODEL", "Marrowind 2", "Marrowind 2"))
    set_memory(pipe, memory)
    try:
        assert ("Marrowind", "MODEL", "Marrowind", False, "memory") in found(pipe("Marrowind keeps winning on long tasks."))
        assert found(pipe("Marrowind keeps winning; the marrowind was thick that year.")) == []
    finally:
        set_memory(pipe, None)


def test_evaluate_stream_scores_with_earlier_passages_only(tmp_path, capsys):
    from nlp.evaluate import main

    def rec(i, text, spans):
        return {"id": f"p{i}", "text": text, "entities": [
            {"start": text.index(s), "end": text.index(s) + len(s), "label": lab, "canonical": s} for s, lab in spans]}

    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [
        rec(1, INTRO, [("Halvard Labs", "ORG"), ("Corvina 3", "MODEL")]), rec(2, LATER, [("Corvina 3", "MODEL")])]),
        encoding="utf-8")
    assert main([str(gold)]) == 0
    plain = capsys.readouterr().out
    assert main([str(gold), "--stream"]) == 0
    stream = capsys.readouterr().out
    assert main([str(gold), "--stream", "--reverse"]) == 0
    reverse = capsys.readouterr().out
    line = lambda out: next(ln for ln in out.splitlines() if ln.startswith("MODEL")).split()
    assert line(plain)[4:7] == ["1", "0", "1"] and line(stream)[4:7] == ["2", "0", "0"]
    assert line(reverse)[4:7] == ["1", "0", "1"]  # read backwards, the cue comes too late
