"""nlp.userkb: what accept/reject write, what they refuse, and that the pipeline then obeys the file.

Names are invented (Vireo, Tarsier, Quillfeather, Brindle) so that none is in the knowledge base.
"""
from __future__ import annotations

import json

import pytest

import nlp
from nlp.errors import KBError
from nlp.kb import load_kb
from nlp.userkb import (KBEditError, developer_of, known_surfaces, org_by_prefix, plan_accept, plan_reject,
                        suggest_org, write_entries)

TEXT = ("Brindle Systems released Tarsier-4B-Chat on Tuesday. Tarsier-4B-Chat scored 61.0% on MMLU-Pro, "
        "the company said, while Vireo-9B-Instruct trailed.")


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def ents(files):
    result = next(nlp.analyze(nlp.load({"kb_files": [str(f) for f in files]}, lexeme_attrs=False),
                              [{"id": 1, "text": TEXT}]))
    return {e["canonical"]: e for e in result["entities"]}


def test_accepted_and_rejected_names_change_what_the_pipeline_finds(tmp_path, kb):
    before = ents([])
    assert before["Tarsier-4B-Chat"]["known"] is False and before["Vireo-9B-Instruct"]["known"] is False
    mine = tmp_path / "mine.jsonl"
    write_entries(mine, plan_accept(kb, "Tarsier-4B-Chat", "MODEL", org="Brindle Systems", family="Tarsier"))
    write_entries(mine, plan_reject(load_kb([mine]), "Vireo-9B-Instruct"))
    after = ents([mine])
    tarsier = after["Tarsier-4B-Chat"]
    assert (tarsier["known"], tarsier["org"], tarsier["family"]) == (True, "Brindle Systems", "Tarsier")
    assert after["Brindle Systems"]["known"] is True
    assert "Vireo-9B-Instruct" not in after
    assert before.keys() - after.keys() == {"Vireo-9B-Instruct"}


def test_a_model_accepted_without_family_teaches_its_familys_next_version(tmp_path, kb):
    mine = tmp_path / "mine.jsonl"
    write_entries(mine, plan_accept(kb, "Quorl-2 Pro", "MODEL", org="Quorl Labs"))
    text = "Quorl Labs shipped Quorl-3 Pro this week, a year after Quorl-2 Pro; the older one stays online."
    pipe = nlp.load({"kb_files": [str(mine)]}, lexeme_attrs=False)
    found = {e["canonical"]: e for e in next(nlp.analyze(pipe, [{"id": 1, "text": text}]))["entities"]}
    assert (found["Quorl-2 Pro"]["known"], found["Quorl-2 Pro"]["family"]) == (True, "Quorl")
    assert found["Quorl-3 Pro"]["family"] == "Quorl" and found["Quorl-3 Pro"]["org"] == "Quorl Labs"


def test_plan_accept_reuses_known_orgs_and_families(kb):
    plan = plan_accept(kb, "GPT-7 Pro", "MODEL", org="openai", family="gpt")
    assert plan == [{"label": "MODEL", "name": "GPT-7 Pro", "kind": "model", "family": "GPT", "aliases": []}]
    assert developer_of(kb, plan) == "OpenAI"
    own = plan_accept(kb, "Vireo-9B-Instruct", "MODEL", org="Vireo Labs", aliases=("Vireo 9B",))
    assert own == [{"label": "ORG", "name": "Vireo Labs", "kind": "company", "aliases": []},   # family inferred:
                   {"label": "MODEL", "name": "Vireo", "kind": "family", "org": "Vireo Labs", "aliases": []},
                   {"label": "MODEL", "name": "Vireo-9B-Instruct", "kind": "model", "family": "Vireo",
                    "aliases": ["Vireo 9B"]}]
    # the words before the version name the family; a known family is matched whatever its case
    assert plan_accept(kb, "gemini 9 Ultra", "MODEL")[-1]["family"] == "Gemini"
    assert plan_accept(kb, "Helix-2 Pro", "MODEL")[0] == {"label": "MODEL", "name": "Helix", "kind": "family",
                                                          "aliases": []}
    # no version, or a version in the first word: the name is a family of its own, as before
    for name in ("Quasar Alpha", "o5-mini"):
        assert plan_accept(kb, name, "MODEL") == [{"label": "MODEL", "name": name, "kind": "family", "aliases": [name]}]
    other_dev = plan_accept(kb, "GPT-7 Remix", "MODEL", org="Vireo Labs", family="GPT")
    assert other_dev[-1]["org"] == "Vireo Labs" and developer_of(kb, other_dev) == "Vireo Labs"
    assert plan_accept(kb, "ZetaQuill", "BENCHMARK", unit="Elo") == [
        {"label": "BENCHMARK", "name": "ZetaQuill", "kind": "benchmark", "aliases": [], "unit": "Elo"}]


@pytest.mark.parametrize("args, needle", [
    (("Vireo-9B", "GADGET"), "unknown label 'GADGET'"),
    (("  ", "MODEL"), "empty"),
    (("Claude Code", "MODEL"), "built-in stop phrase"),
    (("gpt-5", "MODEL"), "already in the knowledge base as MODEL 'GPT-5'"),
    (("Anthropic", "ORG"), "already in the knowledge base as ORG 'Anthropic'"),
])
def test_plan_accept_refuses_with_one_line(kb, args, needle):
    with pytest.raises(KBEditError) as err:
        plan_accept(kb, *args)
    assert needle in str(err.value) and "\n" not in str(err.value)


def test_plan_accept_refuses_a_model_as_family_and_misplaced_options(kb):
    with pytest.raises(KBEditError, match="is a model, not a family"):
        plan_accept(kb, "Vireo-9B", "MODEL", family="GPT-5")
    with pytest.raises(KBEditError, match="are for a MODEL"):
        plan_accept(kb, "Vireo Labs", "ORG", org="OpenAI")
    with pytest.raises(KBEditError, match="is for a BENCHMARK"):
        plan_accept(kb, "Vireo-9B", "MODEL", unit="%")
    with pytest.raises(KBEditError, match="is in the knowledge base as MODEL"):
        plan_reject(kb, "GPT-5")


def test_write_entries_keeps_the_users_lines_and_never_writes_a_broken_file(tmp_path, kb):
    mine = tmp_path / "mine.jsonl"
    original = '// comments stay\n{"label": "ORG", "name": "Brindle Systems", "aliases": ["Brindle"]}'  # no final newline
    mine.write_text(original, encoding="utf-8")
    write_entries(mine, [{"label": "STOP", "text": "Vireo Arena", "reason": "test"}])
    assert mine.read_text(encoding="utf-8") == original + "\n" + json.dumps(
        {"label": "STOP", "text": "Vireo Arena", "reason": "test"}) + "\n"
    before = mine.read_text(encoding="utf-8")
    with pytest.raises(KBError, match="names unknown family"):  # validated before it replaces the file
        write_entries(mine, [{"label": "MODEL", "name": "Vireo-9B", "kind": "model", "family": "Nope"}])
    assert mine.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["mine.jsonl"]  # no temporary file left behind
    write_entries(mine, plan_accept(load_kb([mine]), "Vireo Arena", "BENCHMARK"), drop_stop="vireo arena")
    assert "STOP" not in mine.read_text(encoding="utf-8") and "// comments stay" in mine.read_text(encoding="utf-8")
    mine.write_text(before + '{"label": "ORG", "name": \n', encoding="utf-8")
    with pytest.raises(KBError, match=r"mine\.jsonl:4: line is not valid JSON"):
        write_entries(mine, [{"label": "STOP", "text": "x y", "reason": "test"}])


def test_suggested_developer(kb):
    assert org_by_prefix(kb, "Mistral Quasar 3") == "Mistral AI"
    assert org_by_prefix(kb, "mistral quasar 3") is None  # an ambiguous alias counts only as written
    assert org_by_prefix(kb, "Googleplex-7B") is None  # whole words only
    co = [{"name": "Meta", "same_sentence": 2, "articles": 3}, {"name": "Vireo Labs", "same_sentence": 1, "articles": 1}]
    assert suggest_org(kb, "Vireo-9B-Instruct", None, co) == "Vireo Labs"  # shares the name's first word
    assert suggest_org(kb, "Orpheus-9B", None, co) == "Meta"  # else the most co-mentioned
    assert suggest_org(kb, "GPT-7 Pro", "OpenAI", co) == "OpenAI"  # the NLP's own guess first
    assert suggest_org(kb, "Orpheus-9B", None, []) is None
    assert {"gpt-5", "claude code", "openai"} <= known_surfaces(kb)


def test_other_spellings_are_cleaned_and_never_take_another_entrys_name(kb):
    plan = plan_reject(kb, "DeepSeek-V9", aliases=("DeepSeek V9", "deepseek-v9", "DeepSeek  V9", "DeepSeek", " "))
    assert plan == [{"label": "STOP", "text": "DeepSeek-V9", "aliases": ["DeepSeek V9"], "reason": plan[0]["reason"]}]
    assert "aliases" not in plan_reject(kb, "Vireo Arena")[0]
    own = plan_accept(kb, "Vireo-9B", "MODEL", aliases=("Vireo 9B", "GPT-5", "vireo-9b"))
    assert own[-1]["aliases"] == ["Vireo 9B"]   # a model entry (its family Vireo inferred) is found by its name


def test_an_unwritable_file_or_folder_is_one_clear_line(tmp_path, monkeypatch):
    mine = tmp_path / "mine.jsonl"
    mine.write_text("", encoding="utf-8")
    entry = [{"label": "STOP", "text": "Vireo Arena", "reason": "test"}]
    monkeypatch.setattr("nlp.userkb.os.access", lambda *a: False)  # the tests run as root, who may write anything
    with pytest.raises(KBEditError, match=r"mine\.jsonl: knowledge-base file is not writable"):
        write_entries(mine, entry)
    monkeypatch.undo()
    (tmp_path / "afile").write_text("x")
    with pytest.raises(KBEditError, match="is not a folder"):
        write_entries(tmp_path / "afile" / "kb.jsonl", entry)
    with pytest.raises(KBEditError, match="does not exist"):
        write_entries(tmp_path / "nowhere" / "kb.jsonl", entry)

    def refuse(*a, **k):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr("nlp.userkb.tempfile.mkstemp", refuse)
    with pytest.raises(KBEditError, match=r"kb\.jsonl: knowledge-base file is not writable \(Permission denied\)"):
        write_entries(tmp_path / "kb.jsonl", entry)
    assert mine.read_text() == "" and not (tmp_path / "kb.jsonl").exists()
