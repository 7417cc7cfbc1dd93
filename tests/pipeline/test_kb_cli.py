"""The loop for new names as a user runs it: a real SQLite file, the real CLI in subprocesses.

Every name here is invented (Vireo, Nimbus, Quillfeather, Tarsier...), so none can be in the
knowledge base: they reach the store only as unknown entities found by their form.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.store.db import open_db

ARTICLES = [
    ("Vireo Labs ships a 9B model",
     "Vireo Labs released Vireo-9B-Instruct on Monday, an open-weights model aimed at coding agents. "
     "Vireo-9B-Instruct scored 71.2% on MMLU-Pro, ahead of Llama 3.1 8B from Meta, the lab said.",
     "2025-11-03T09:00:00Z"),
    ("Small models, big week",
     "Our small-model chart has a new leader this week: Vireo-9B-Instruct.\n\n"
     "Separately, Nimbus-13B-Chat from a stealth startup posted 55.0% on GPQA Diamond in its model card.",
     "2025-11-20T09:00:00Z"),
]
CONFIG = '# my settings\n[modelwire]\ndb = "mw.db"  # next to this file\n\n[nlp]\n# the offline rules only\nspacy_model = ""\n'


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def ok(cwd: Path, *args: str) -> str:
    proc = run(cwd, *args)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def one_line_error(proc: subprocess.CompletedProcess, *needles: str) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    for n in needles:
        assert n in lines[0], lines[0]
    return lines[0]


def fill(db: Path, articles=ARTICLES) -> None:
    store = open_db(db)
    for i, (title, text, published) in enumerate(articles):
        store.store_article({"url": f"https://news.example/{i}", "title": title, "text": text, "published": published,
                             "authors": [], "tags": [], "word_count": len(text.split())}, source="test")
    store.close()


def entity(db: Path, name: str) -> dict | None:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    row = conn.execute("""SELECT e.*, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS n
                          FROM entities e WHERE canonical = ?""", (name,)).fetchone()
    conn.close()
    return dict(row) if row else None


@pytest.fixture(scope="module")
def annotated_site(tmp_path_factory):
    """A config without kb_files, a database with the two articles, annotated once: built once for
    the module (an annotate starts the NLP pipeline in a new process), never changed by a test."""
    path = tmp_path_factory.mktemp("annotated_site")
    (path / "modelwire.toml").write_text(CONFIG, encoding="utf-8")
    fill(path / "mw.db")
    assert "Annotated 2 article(s)" in ok(path, "-q", "annotate")
    return path


@pytest.fixture
def site(tmp_path, annotated_site):
    """This test's own copy of ``annotated_site`` (the config and the whole database: file, WAL, index)."""
    shutil.copytree(annotated_site, tmp_path, dirs_exist_ok=True)
    return tmp_path


def candidates(cwd: Path, *args: str) -> dict[str, dict]:
    return {r["name"]: r for r in json.loads(ok(cwd, "kb", "candidates", "--json", *args))}


def test_unknown_model_accepted_becomes_known_with_its_developer_on_the_next_annotate(site):
    db = site / "mw.db"
    assert entity(db, "Vireo-9B-Instruct")["known"] == 0
    found = candidates(site)
    vireo = found["Vireo-9B-Instruct"]
    assert vireo["label"] == "MODEL" and vireo["articles"] == 2 and vireo["mentions"] == 3
    assert vireo["first_seen"].startswith("2025-11-03")
    assert vireo["example"] == ("Vireo Labs released Vireo-9B-Instruct on Monday, an open-weights model "
                                "aimed at coding agents.")
    assert vireo["suggested_org"] == "Vireo Labs"  # named in the same sentence, sharing the first word
    assert found["Nimbus-13B-Chat"]["suggested_org"] is None  # no organisation anywhere near it
    assert found["Vireo Labs"]["label"] == "ORG"
    table = ok(site, "kb", "candidates")
    assert "Vireo-9B-Instruct" in table and "Vireo Labs" in table

    out = ok(site, "kb", "accept", "vireo-9b-instruct", "--label", "model", "--org", "Vireo Labs")
    assert "Accepted MODEL 'Vireo-9B-Instruct'" in out  # the spelling annotate stored
    lines = [json.loads(ln) for ln in (site / "kb.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {(e["label"], e["name"]) for e in lines} == {("ORG", "Vireo Labs"), ("MODEL", "Vireo"),
                                                        ("MODEL", "Vireo-9B-Instruct")}   # its family, inferred
    config = (site / "modelwire.toml").read_text(encoding="utf-8")
    assert 'kb_files = ["kb.jsonl"]' in config
    assert "# my settings" in config and "# next to this file" in config and "# the offline rules only" in config

    # accepted names are no longer candidates, before and after the next annotate
    assert "Vireo-9B-Instruct" not in candidates(site) and "Vireo Labs" not in candidates(site)
    again = ok(site, "-q", "annotate")
    assert "Annotated 2 article(s)" in again and "+user." in again  # the KB file changed the NLP version
    model = entity(db, "Vireo-9B-Instruct")
    assert model["known"] == 1 and model["org"] == "Vireo Labs" and model["n"] == 3
    assert entity(db, "Vireo Labs")["known"] == 1
    assert set(candidates(site)) == {"Nimbus-13B-Chat"}
    scores = json.loads(ok(site, "scores", "--benchmark", "MMLU-Pro", "--json"))
    assert any(s["model"] == "Vireo-9B-Instruct" and s["score"] == 71.2 for s in scores)
    assert "Annotated 0 article(s)" in ok(site, "-q", "annotate")


def test_rejected_name_is_gone_at_once_and_not_recognised_on_the_next_annotate(site):
    db = site / "mw.db"
    out = ok(site, "kb", "reject", "Nimbus-13B-Chat")
    assert "Rejected 'Nimbus-13B-Chat'" in out
    stop = json.loads((site / "kb.jsonl").read_text(encoding="utf-8"))
    assert stop["label"] == "STOP" and stop["text"] == "Nimbus-13B-Chat"
    assert "Nimbus-13B-Chat" not in candidates(site)
    assert entity(db, "Nimbus-13B-Chat")["n"] == 1  # still stored until annotate runs
    ok(site, "-q", "annotate")
    assert entity(db, "Nimbus-13B-Chat")["n"] == 0
    assert "Nimbus-13B-Chat" not in candidates(site)
    assert "Vireo-9B-Instruct" in candidates(site)
    one_line_error(run(site, "kb", "reject", "nimbus-13b-chat"), "already rejected", "kb.jsonl:1")
    # changing one's mind: accepting a rejected name drops its stop line
    ok(site, "kb", "accept", "Nimbus-13B-Chat", "--label", "MODEL")
    kinds = [json.loads(ln)["label"] for ln in (site / "kb.jsonl").read_text(encoding="utf-8").splitlines()]
    assert kinds == ["MODEL", "MODEL"]   # Nimbus, the family, and Nimbus-13B-Chat
    ok(site, "-q", "annotate")
    assert entity(db, "Nimbus-13B-Chat")["known"] == 1 and entity(db, "Nimbus-13B-Chat")["n"] == 1


def test_candidates_since_counts_only_recent_articles(site):
    found = candidates(site, "--since", "2025-11-10")
    assert set(found) == {"Vireo-9B-Instruct", "Nimbus-13B-Chat"}  # Vireo Labs is only in the older article
    assert found["Vireo-9B-Instruct"]["articles"] == 1
    assert found["Vireo-9B-Instruct"]["first_seen"].startswith("2025-11-03")  # still the earliest ever
    assert set(candidates(site, "--label", "ORG")) == {"Vireo Labs"}
    one_line_error(run(site, "kb", "candidates", "--since", "last tuesday"), "not a date")


def test_accept_appends_to_the_configured_file_keeping_its_lines_and_adds_a_family(tmp_path):
    mine = tmp_path / "entities" / "mine.jsonl"
    mine.parent.mkdir()
    kept = '// my own labs\n{"label": "ORG", "name": "Quillfeather AI", "kind": "lab", "aliases": ["Quillfeather"]}\n'
    mine.write_text(kept, encoding="utf-8")
    (tmp_path / "modelwire.toml").write_text(CONFIG.replace('spacy_model = ""', 'kb_files = ["entities/mine.jsonl"]'))
    fill(tmp_path / "mw.db", [("Tarsier", "Quillfeather released Tarsier-4B-Chat, a small model, on Tuesday.",
                               "2025-11-12T10:00:00Z")])
    ok(tmp_path, "-q", "annotate")
    assert candidates(tmp_path)["Tarsier-4B-Chat"]["suggested_org"] == "Quillfeather AI"  # a known org prefixes it
    out = ok(tmp_path, "kb", "accept", "Tarsier-4B-Chat", "--label", "MODEL", "--org", "quillfeather",
             "--family", "Tarsier")
    assert "developer Quillfeather AI" in out and "MODEL 'Tarsier'" in out
    text = mine.read_text(encoding="utf-8")
    assert text.startswith(kept)
    added = [json.loads(ln) for ln in text[len(kept):].splitlines()]
    assert added == [{"label": "MODEL", "name": "Tarsier", "kind": "family", "org": "Quillfeather AI", "aliases": []},
                     {"label": "MODEL", "name": "Tarsier-4B-Chat", "kind": "model", "family": "Tarsier", "aliases": []}]
    assert not (tmp_path / "kb.jsonl").exists()
    assert "kb_files" in (tmp_path / "modelwire.toml").read_text() and "kb.jsonl\"" not in (tmp_path / "modelwire.toml").read_text()
    ok(tmp_path, "-q", "annotate")
    model = entity(tmp_path / "mw.db", "Tarsier-4B-Chat")
    assert (model["known"], model["org"], model["family"]) == (1, "Quillfeather AI", "Tarsier")
    ok(tmp_path, "kb", "accept", "Tarsier Bench", "--label", "BENCHMARK", "--unit", "%")
    assert json.loads(mine.read_text().splitlines()[-1]) == {"label": "BENCHMARK", "name": "Tarsier Bench",
                                                             "kind": "benchmark", "aliases": [], "unit": "%"}


def test_errors_are_one_line_and_nothing_stored_is_lost(site):
    kb = site / "kb.jsonl"
    one_line_error(run(site, "kb", "accept", "Vireo-9B-Instruct", "--label", "GADGET"), "unknown label 'GADGET'")
    one_line_error(run(site, "kb", "accept", "gpt-5", "--label", "MODEL"),
                   "'gpt-5' is already in the knowledge base as MODEL 'GPT-5'", "nlp/data/models.jsonl:")
    one_line_error(run(site, "kb", "reject", "OpenAI"), "in the knowledge base as ORG 'OpenAI'")
    one_line_error(run(site, "kb", "accept", "Vireo Arena", "--label", "BENCHMARK", "--org", "Vireo Labs"),
                   "--org and --family are for a MODEL")
    assert not kb.exists()  # a refused edit writes nothing
    ok(site, "kb", "accept", "Vireo-9B-Instruct", "--label", "MODEL", "--org", "Vireo Labs")
    one_line_error(run(site, "kb", "accept", "Vireo-9B-Instruct", "--label", "MODEL"), "already in the knowledge base",
                   "kb.jsonl:3")   # after Vireo Labs and its family Vireo
    # a broken line of the user's own: named by file and line, and the file is left as it was
    broken = kb.read_text(encoding="utf-8") + '{"label": "ORG", "name": "Half\n'
    kb.write_text(broken, encoding="utf-8")
    one_line_error(run(site, "kb", "accept", "Nimbus-13B-Chat", "--label", "MODEL"), "kb.jsonl:4", "not valid JSON")
    one_line_error(run(site, "kb", "candidates"), "kb.jsonl:4")
    assert kb.read_text(encoding="utf-8") == broken
    # a file that cannot be written (its folder is a file)
    (site / "blocker").write_text("not a folder")
    (site / "modelwire.toml").write_text(CONFIG.replace('spacy_model = ""', 'kb_files = ["blocker/kb.jsonl"]'))
    one_line_error(run(site, "kb", "reject", "Nimbus-13B-Chat"), "blocker", "is not a folder")
    assert (site / "blocker").read_text() == "not a folder"
    one_line_error(run(site, "--db", "none.db", "kb", "candidates"), "none.db: no database yet")


def test_every_kb_command_has_help_with_an_example():
    from click.testing import CliRunner

    from pipeline.cli.main import main

    for name in ("candidates", "accept", "reject"):
        result = CliRunner().invoke(main, ["kb", name, "--help"])
        assert result.exit_code == 0 and "Example" in result.output, name


def test_without_a_config_file_the_user_is_told_to_add_it(tmp_path):
    fill(tmp_path / "modelwire.db", ARTICLES[1:])
    out = ok(tmp_path, "kb", "reject", "Nimbus-13B-Chat")
    assert (tmp_path / "kb.jsonl").exists() and "kb_files" in out and "[nlp]" in out
    assert not (tmp_path / "modelwire.toml").exists()


def test_a_name_that_becomes_known_takes_the_knowledge_bases_developer_over_the_guess(tmp_path):
    from pipeline.store.annotations import write_annotations

    fill(tmp_path / "g.db", ARTICLES[:1])
    store = open_db(tmp_path / "g.db")
    cols = ("id", "content_hash", "published", "first_seen")
    article = dict(zip(cols, store.conn.execute(f"SELECT {', '.join(cols)} FROM articles").fetchone()))

    def annotate_as(known, org, family, version):
        ent = {"label": "MODEL", "canonical": "Vireo-9B-Instruct", "known": known, "org": org, "family": family,
               "start": 25, "end": 42, "text": "Vireo-9B-Instruct", "sentence": 0}
        write_annotations(store, [(article, {"entities": [ent], "claims": []})], version)

    annotate_as(False, "Meta", None, "v1")  # a wrong guess while unknown
    annotate_as(True, "Vireo Labs", "Vireo", "v2")  # accepted with its developer
    row = store.conn.execute("SELECT known, org, family FROM entities WHERE canonical = 'Vireo-9B-Instruct'").fetchone()
    assert tuple(row) == (1, "Vireo Labs", "Vireo")
    annotate_as(False, "Meta", "Other", "v3")  # a later unknown guess never overrides the knowledge base
    row = store.conn.execute("SELECT known, org, family FROM entities WHERE canonical = 'Vireo-9B-Instruct'").fetchone()
    assert tuple(row) == (1, "Vireo Labs", "Vireo")
    store.close()


def test_reject_and_accept_cover_every_spelling_articles_used(tmp_path):
    """A version nobody has released (DeepSeek-V9) is found by its family's grammar in two spellings,
    stored as one unknown name; rejecting that name must silence both."""
    (tmp_path / "modelwire.toml").write_text(CONFIG, encoding="utf-8")
    fill(tmp_path / "mw.db", [
        ("Rumour mill", "A leaked slide names DeepSeek-V9 as the lab's next release. Nobody at DeepSeek would "
                        "confirm that DeepSeek V9 exists.", "2025-11-14T08:00:00Z")])
    ok(tmp_path, "-q", "annotate")
    assert entity(tmp_path / "mw.db", "DeepSeek-V9")["n"] == 2
    ok(tmp_path, "kb", "reject", "DeepSeek-V9")
    stop = json.loads((tmp_path / "kb.jsonl").read_text(encoding="utf-8"))
    assert stop["text"] == "DeepSeek-V9" and stop["aliases"] == ["DeepSeek V9"]
    ok(tmp_path, "-q", "annotate")
    assert entity(tmp_path / "mw.db", "DeepSeek-V9")["n"] == 0
    assert entity(tmp_path / "mw.db", "DeepSeek")["n"] == 1  # the lab itself is untouched


def test_a_long_example_is_clipped_around_the_name():
    from pipeline.cli.kb import _clip

    text = ("Mistral Large 3, a mixture-of-experts model with 41 billion active and 675 billion total parameters, "
            "leads the release; Quasar-22B-Instruct comes in three sizes for phones and laptops.")
    for name in ("Quasar-22B-Instruct", "laptops.", "Mistral Large 3", "absent"):
        clipped = _clip(text, 90, name)
        assert len(clipped) <= 90 and (name in clipped or name == "absent")
    assert _clip(text, 90, "absent").startswith("Mistral Large 3") and _clip("short", 90, "x") == "short"


def test_a_name_switched_off_by_kb_exclude_is_a_candidate_again(tmp_path):
    """kb_exclude takes entries out of what annotate knows; candidates must judge by the same
    knowledge base, or the switched-off names found by their form are hidden as 'known'."""
    (tmp_path / "modelwire.toml").write_text(CONFIG + 'kb_exclude = ["Llama"]\n', encoding="utf-8")
    fill(tmp_path / "mw.db")
    ok(tmp_path, "-q", "annotate")
    found = candidates(tmp_path, "--label", "MODEL")
    assert any(name.startswith("Llama 3.1") for name in found), found


def test_accepts_at_the_same_time_both_land_in_the_file(tmp_path):
    """Each accept reads the file, plans and writes it back: without a lock, the second writer drops
    what the first added. Six accepts started together must leave six entries."""
    (tmp_path / "modelwire.toml").write_text(CONFIG + 'kb_files = ["kb.jsonl"]\n', encoding="utf-8")
    names = [f"Tarsier-{n}B-Chat" for n in (3, 7, 12, 20, 33, 70)]
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline.cli", "kb", "accept", name, "--label", "MODEL",
                               "--org", "Tarsier Labs"], cwd=tmp_path, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for name in names]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    written = [json.loads(line) for line in (tmp_path / "kb.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(e["name"] for e in written if e.get("name") in names) == sorted(names)
