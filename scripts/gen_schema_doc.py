"""Keep docs/schema.md and the Datasette metadata in step with the live schema.

    python scripts/gen_schema_doc.py           # rewrite docs/schema.md and pipeline/store/datasette.json
    python scripts/gen_schema_doc.py --check   # exit 1 if either file is out of date

The live schema comes from a fresh database made by ``pipeline.store.db.open_db`` (all migrations).
Written text is kept: each object's description and examples, and each column's meaning. Types,
keys and index lists are regenerated. A new table, view or column gets a ``TODO`` entry to fill in,
and an object or column that no longer exists is dropped. The Datasette metadata's table and column
descriptions are derived from the doc; its canned queries are hand-written and left alone.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "schema.md"
METADATA = ROOT / "pipeline" / "store" / "datasette.json"
TODO = "TODO"
FTS_SHADOW = ("_data", "_idx", "_docsize", "_config", "_content")

_HEADING = re.compile(r"^### `([^`]+)`\s*$")
_SECTION = re.compile(r"^## ")
_ROW = re.compile(r"^\|\s*`([^`]+)`\s*\|(.*)\|\s*$")
_INDEXES = "*Indexes:*"


@dataclass
class LiveObject:
    name: str
    kind: str                                   # table | view | virtual table
    columns: list[tuple[str, str]]              # (name, type description)
    indexes: list[str] = field(default_factory=list)


@dataclass
class DocObject:
    prose: str = ""
    columns: dict[str, str] = field(default_factory=dict)
    after: str = ""


# -- the live schema --------------------------------------------------------------------------

def live_schema(conn: sqlite3.Connection) -> dict[str, LiveObject]:
    """Tables (FTS shadow tables and sqlite_* left out) and views, in creation order."""
    objects = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()
    virtual = [n for t, n, s in objects if t == "table" and (s or "").upper().startswith("CREATE VIRTUAL")]
    out: dict[str, LiveObject] = {}
    for kind, name, sql in objects:
        if any(name == v + suffix for v in virtual for suffix in FTS_SHADOW):
            continue
        if name in virtual:
            kind = "virtual table"
        fks = {r[3]: f"{r[2]}.{r[4] or 'rowid'}" for r in conn.execute(f"PRAGMA foreign_key_list([{name}])")}
        cols = []
        for _cid, col, ctype, notnull, default, pk in conn.execute(f"PRAGMA table_info([{name}])"):
            desc = [ctype or ("" if kind == "view" else "ANY")]
            if pk:
                desc.append("PK")
            elif notnull:
                desc.append("NOT NULL")
            if default is not None:
                desc.append(f"DEFAULT {default}")
            if col in fks:
                desc.append(f"→ {fks[col]}")
            cols.append((col, " ".join(d for d in desc if d)))
        indexes = []
        if kind == "table":
            for _seq, iname, unique, origin, _partial in conn.execute(f"PRAGMA index_list([{name}])"):
                if origin == "pk":
                    continue
                icols = [r[2] if r[2] is not None else "expr" for r in conn.execute(f"PRAGMA index_info([{iname}])")]
                isql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (iname,)).fetchone()[0]
                if isql and "(" in isql and "expr" in icols:
                    inner = isql[isql.index("(", isql.upper().index(" ON ")) + 1:isql.rindex(")")]
                    icols = [inner]
                label = "unique " if unique else ""
                shown = iname if not iname.startswith("sqlite_autoindex") else "(constraint)"
                indexes.append(f"{label}`{shown}` ({', '.join(icols)})")
            indexes.sort()
        out[name] = LiveObject(name, kind, cols, indexes)
    return out


def fresh_schema() -> dict[str, LiveObject]:
    sys.path.insert(0, str(ROOT))
    from pipeline.store.db import open_db

    with tempfile.TemporaryDirectory() as tmp:
        store = open_db(Path(tmp) / "schema.db")
        try:
            return live_schema(store.conn)
        finally:
            store.close()


# -- the doc ----------------------------------------------------------------------------------

def _split_row(rest: str) -> list[str]:
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", rest)]


def parse_doc(text: str) -> tuple[str, dict[str, DocObject]]:
    """(preamble, objects) from a schema.md."""
    lines = text.splitlines()
    preamble: list[str] = []
    objects: dict[str, DocObject] = {}
    i = 0
    while i < len(lines) and not _HEADING.match(lines[i]) and lines[i].strip() not in ("## Tables", "## Views"):
        preamble.append(lines[i])
        i += 1
    current: DocObject | None = None
    state = "prose"
    prose: list[str] = []
    after: list[str] = []

    def finish():
        if current is not None:
            current.prose = "\n".join(prose).strip()
            current.after = "\n".join(after).strip()

    while i < len(lines):
        line = lines[i]
        m = _HEADING.match(line)
        if m:
            finish()
            current = objects.setdefault(m.group(1), DocObject())
            state, prose, after = "prose", [], []
        elif _SECTION.match(line):
            finish()
            current, state, prose, after = None, "skip", [], []
        elif current is not None:
            if state == "prose" and line.startswith("| column |"):
                state = "columns"
            elif state == "columns":
                row = _ROW.match(line)
                if row:
                    cells = _split_row(row.group(2))
                    current.columns[row.group(1)] = cells[-1] if cells else ""
                elif not line.startswith("|"):
                    state = "after"
                    if not line.startswith(_INDEXES) and line.strip():
                        after.append(line)
            elif state == "after":
                if not line.startswith(_INDEXES):
                    after.append(line)
            elif state == "prose":
                prose.append(line)
        i += 1
    finish()
    return "\n".join(preamble).rstrip(), objects


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_doc(preamble: str, live: dict[str, LiveObject], written: dict[str, DocObject]) -> str:
    out = [preamble.rstrip(), ""]
    groups = [("Tables", [o for o in live.values() if o.kind != "view"]),
              ("Views", [o for o in live.values() if o.kind == "view"])]
    for title, objs in groups:
        objs = sorted(objs, key=lambda o: o.name.startswith("_"))  # internal tables last
        out += [f"## {title}", ""]
        for obj in objs:
            doc = written.get(obj.name, DocObject())
            out += [f"### `{obj.name}`", ""]
            kind = "" if obj.kind == "table" else f"*{obj.kind}.* "
            prose = doc.prose or f"{kind}{TODO}: describe this {obj.kind}."
            out += [prose, "", "| column | type | meaning |", "|---|---|---|"]
            for col, ctype in obj.columns:
                meaning = doc.columns.get(col) or TODO
                out.append(f"| `{col}` | {_cell(ctype)} | {_cell(meaning)} |")
            out.append("")
            if obj.indexes:
                out += [f"{_INDEXES} {', '.join(obj.indexes)}", ""]
            if doc.after:
                out += [doc.after, ""]
    return "\n".join(out).rstrip() + "\n"


def placeholders(written: dict[str, DocObject]) -> list[str]:
    """Objects and columns still described as TODO (``table`` or ``table.column``)."""
    out = [name for name, d in written.items() if TODO in d.prose]
    out += [f"{name}.{c}" for name, d in written.items() for c, text in d.columns.items() if text.strip() == TODO]
    return out


# -- Datasette metadata -----------------------------------------------------------------------

def _plain(markdown: str) -> str:
    first = markdown.strip().split("\n\n")[0]
    return re.sub(r"\s+", " ", first.replace("`", "").replace("*", "")).strip()


def metadata_tables(live: dict[str, LiveObject], written: dict[str, DocObject]) -> dict[str, dict]:
    tables = {}
    for obj in live.values():
        doc = written.get(obj.name, DocObject())
        entry: dict = {"description": _plain(doc.prose) or TODO}
        entry["columns"] = {c: _plain(doc.columns.get(c, "")) or TODO for c, _ in obj.columns}
        if obj.name.startswith("_") or obj.name == "article_html":
            entry["hidden"] = True
        tables[obj.name] = entry
    return tables


def render_metadata(current: dict, live: dict[str, LiveObject], written: dict[str, DocObject]) -> str:
    meta = dict(current)
    dbs = meta.setdefault("databases", {})
    name = next(iter(dbs), "modelwire")
    db = dict(dbs.get(name, {}))
    db["tables"] = metadata_tables(live, written)
    dbs[name] = {k: db[k] for k in sorted(db, key=lambda k: (k != "tables", k))}
    return json.dumps(meta, indent=2, ensure_ascii=False) + "\n"


# -- main -------------------------------------------------------------------------------------

def generate(doc_path: Path = DOC, metadata_path: Path = METADATA,
             live: dict[str, LiveObject] | None = None) -> tuple[str, str]:
    """The up-to-date (doc, metadata) texts."""
    live = live if live is not None else fresh_schema()
    text = doc_path.read_text(encoding="utf-8") if doc_path.exists() else "# The modelwire database\n"
    preamble, written = parse_doc(text)
    doc = render_doc(preamble, live, written)
    _, written = parse_doc(doc)
    current = json.loads(metadata_path.read_text(encoding="utf-8")) if metadata_path.exists() else {}
    return doc, render_metadata(current, live, written)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="Exit 1 if a file is out of date; write nothing.")
    ap.add_argument("--doc", type=Path, default=DOC)
    ap.add_argument("--metadata", type=Path, default=METADATA)
    args = ap.parse_args(argv)
    doc, meta = generate(args.doc, args.metadata)
    stale = [p for p, new in ((args.doc, doc), (args.metadata, meta))
             if not p.exists() or p.read_text(encoding="utf-8") != new]
    if args.check:
        for p in stale:
            print(f"{p}: out of date; run python scripts/gen_schema_doc.py", file=sys.stderr)
        return 1 if stale else 0
    for p, new in ((args.doc, doc), (args.metadata, meta)):
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(new, encoding="utf-8")
    todo = len(placeholders(parse_doc(doc)[1]))
    print(f"wrote {args.doc} and {args.metadata}" + (f"; {todo} TODO(s) to describe" if todo else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
