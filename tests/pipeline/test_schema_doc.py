"""docs/schema.md and the Datasette metadata stay in step with the live schema.

When one of these fails after a migration: run `python scripts/gen_schema_doc.py`, then replace
the TODOs it adds in docs/schema.md with descriptions, and run it again.
"""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from pipeline.store.db import open_db

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("gen_schema_doc", ROOT / "scripts" / "gen_schema_doc.py")
gen = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("gen_schema_doc", gen)
_spec.loader.exec_module(gen)

HINT = "run python scripts/gen_schema_doc.py and describe the new entries in docs/schema.md"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    store = open_db(tmp_path_factory.mktemp("schema") / "fresh.db")
    try:
        return gen.live_schema(store.conn)
    finally:
        store.close()


@pytest.fixture(scope="module")
def written():
    return gen.parse_doc((ROOT / "docs" / "schema.md").read_text(encoding="utf-8"))[1]


def test_schema_doc_names_every_table_and_view(live, written):
    missing = sorted(set(live) - set(written))
    gone = sorted(set(written) - set(live))
    assert not missing, f"docs/schema.md does not describe {missing}: {HINT}"
    assert not gone, f"docs/schema.md describes {gone}, which no longer exist: {HINT}"


def test_schema_doc_names_every_column(live, written):
    problems = []
    for name, obj in live.items():
        cols = [c for c, _ in obj.columns]
        documented = list(written.get(name, gen.DocObject()).columns)
        problems += [f"{name}.{c} is missing" for c in cols if c not in documented]
        problems += [f"{name}.{c} no longer exists" for c in documented if c not in cols]
    assert not problems, f"{problems}: {HINT}"


def test_schema_doc_covers_the_views_and_internal_tables(live):
    assert {"article_entities", "weekly_mentions", "benchmark_scores", "first_seen", "articles_fts"} <= set(live)
    assert not [n for n in live if n.startswith("articles_fts_")]  # FTS5 shadow tables are left out


def test_schema_doc_has_no_placeholders(written):
    todo = gen.placeholders(written)
    assert not todo, f"still described as TODO in docs/schema.md: {todo}"


def test_datasette_metadata_descriptions_follow_the_doc(live, written):
    meta = json.loads((ROOT / "pipeline" / "store" / "datasette.json").read_text(encoding="utf-8"))
    tables = next(iter(meta["databases"].values()))["tables"]
    assert tables == gen.metadata_tables(live, written), f"pipeline/store/datasette.json is stale: {HINT}"


def test_generator_adds_skeletons_drops_stale_and_keeps_descriptions(tmp_path):
    doc = tmp_path / "schema.md"
    doc.write_text(
        "# Intro kept\n\nSome words.\n\n## Tables\n\n"
        "### `things`\n\nThings we keep.\n\n| column | type | meaning |\n|---|---|---|\n"
        "| `id` | INTEGER | The id. |\n| `old` | TEXT | Removed column. |\n\n*Indexes:* stale\n\n"
        "Example:\n\n```sql\nselect * from things;\n```\n\n"
        "### `gone`\n\nA dropped table.\n\n| column | type | meaning |\n|---|---|---|\n| `x` | TEXT | x |\n",
        encoding="utf-8")
    meta = tmp_path / "metadata.json"
    meta.write_text(json.dumps({"databases": {"modelwire": {"queries": {"q": {"sql": "select 1"}}}}}))
    live = {
        "things": gen.LiveObject("things", "table", [("id", "INTEGER PK"), ("name", "TEXT NOT NULL")],
                                 ["`things_name` (name)"]),
        "stuff": gen.LiveObject("stuff", "view", [("n", "")]),
    }
    new_doc, new_meta = gen.generate(doc, meta, live)
    assert new_doc.startswith("# Intro kept\n\nSome words.\n\n## Tables\n\n### `things`\n\nThings we keep.\n")
    assert "| `id` | INTEGER PK | The id. |" in new_doc
    assert "| `name` | TEXT NOT NULL | TODO |" in new_doc
    assert "`old`" not in new_doc and "`gone`" not in new_doc and "stale" not in new_doc
    assert "*Indexes:* `things_name` (name)" in new_doc
    assert "select * from things;" in new_doc
    assert "## Views\n\n### `stuff`\n\n*view.* TODO: describe this view." in new_doc
    _, parsed = gen.parse_doc(new_doc)
    assert gen.placeholders(parsed) == ["stuff", "things.name", "stuff.n"]
    m = json.loads(new_meta)["databases"]["modelwire"]
    assert m["queries"] == {"q": {"sql": "select 1"}}
    assert m["tables"]["things"] == {"description": "Things we keep.", "columns": {"id": "The id.", "name": "TODO"}}
    # regenerating is stable
    doc.write_text(new_doc, encoding="utf-8")
    meta.write_text(new_meta, encoding="utf-8")
    assert gen.generate(doc, meta, live) == (new_doc, new_meta)


def test_generator_check_mode_passes_on_the_repository():
    assert gen.main(["--check"]) == 0, HINT


def test_every_time_column_the_doc_names_is_kept_in_the_one_format(live, written):
    """A table column documented as a time (UTC) is one normalize_stored_times knows, or a stated exception."""
    from pipeline.store.migrations import INSTANT_COLUMNS

    exceptions = {("_sqlite_migrations", "applied_at")}   # written by sqlite-utils
    timed = {(t, c) for t, doc in written.items() if live.get(t) and live[t].kind == "table"
             for c, text in doc.columns.items() if "UTC" in text or "YYYY-MM-DDTHH" in text}
    known = {(t, c) for t, cols in INSTANT_COLUMNS.items() for c in cols}
    assert timed - exceptions == known
