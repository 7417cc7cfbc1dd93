"""The layout's rules (docs/architecture.md), read off the source: which stage may import which,
no import cycles between stages, and SQL only in ``pipeline/store/``."""
from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("spiders", "nlp", "pipeline", "schedules")


def _modules() -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            if "site" in path.relative_to(ROOT).parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """Every module of ours that ``name`` imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            found.add(mod)
            found.update(f"{mod}.{a.name}" for a in node.names)   # `from pkg import submodule`
    return {m for m in found if m in MODULES}


IMPORTS = {name: _imports(name, path) for name, path in MODULES.items()}


def stage(module: str) -> str:
    """The unit the layout rules talk about: a top-level package, or a stage inside pipeline/."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "pipeline" and len(parts) > 1 else parts[0]


def _importers(prefix: str, target: str) -> list[str]:
    return sorted(f"{m} -> {t}" for m, ts in IMPORTS.items() if m == prefix or m.startswith(prefix + ".")
                  for t in ts if t == target or t.startswith(target + "."))


@pytest.mark.parametrize("source, target", [
    ("spiders", "pipeline"), ("spiders", "schedules"), ("spiders", "nlp"),
    ("nlp", "pipeline"), ("nlp", "spiders"), ("nlp", "schedules"),
    ("schedules", "pipeline.cli"),
])
def test_forbidden_imports(source, target):
    assert _importers(source, target) == []


def test_only_the_cli_imports_schedules():
    offenders = [line for line in _importers("pipeline", "schedules") if not line.startswith("pipeline.cli")]
    assert offenders == []


def test_stages_import_each_other_one_way():
    graph: dict[str, set[str]] = defaultdict(set)
    for module, targets in IMPORTS.items():
        for t in targets:
            if stage(t) != stage(module) and stage(t) != "pipeline":   # pipeline/__init__: only __version__
                graph[stage(module)].add(stage(t))
    cycles = []

    def visit(node, path):
        for nxt in sorted(graph[node]):
            if nxt in path:
                cycles.append(" -> ".join(path[path.index(nxt):] + [nxt]))
            elif len(path) < len(graph) + 1:
                visit(nxt, path + [nxt])

    for start in sorted(graph):
        visit(start, [start])
    assert cycles == []


def test_no_module_import_cycles():
    """Inside a stage too: no module imports (even lazily) a module that imports it back."""
    state: dict[str, int] = {}
    cycles = []

    def visit(m, path):
        state[m] = 1
        for t in sorted(IMPORTS[m]):
            if t == m or t in (m.rsplit(".", 1)[0],):   # a submodule reading its package's __init__
                continue
            if state.get(t) == 1:
                cycles.append(" -> ".join(path[path.index(t):] + [t]))
            elif t not in state:
                visit(t, path + [t])
        state[m] = 2

    for m in sorted(MODULES):
        if m not in state:
            visit(m, [m])
    assert cycles == []


SQL = re.compile(r"execute\(|executemany\(|executescript\(|\.query\(|SELECT |INSERT |UPDATE \w+ SET|DELETE FROM")


def test_sql_only_in_store():
    offenders = []
    for name, path in MODULES.items():
        if not name.startswith("pipeline.") or name.startswith("pipeline.store"):
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SQL.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{lineno}: {line.strip()}")
    assert offenders == []


def test_the_rules_see_the_code():
    """The checks above are only as good as the import graph they read."""
    assert "spiders.urls" in IMPORTS["spiders.base"]
    assert "pipeline.store.db" in IMPORTS["pipeline.crawl.run"]
    assert "pipeline.cli.output" in IMPORTS["pipeline.cli.query"]
    assert stage("pipeline.store.db") == "pipeline.store" and stage("spiders.feed") == "spiders"
    assert SQL.search('conn.execute("SELECT 1")') and not SQL.search("selected entities")


def test_the_architecture_page_lists_the_arrows_there_are():
    """docs/architecture.md's table of who imports whom is the graph read above (pipeline/cli aside)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for module, targets in IMPORTS.items():
        for t in targets:
            if stage(t) != stage(module) and stage(t) != "pipeline":
                graph[stage(module)].add(stage(t))

    def unit(name: str) -> str:
        name = name.strip("`/ ")
        name = name.replace("pipeline/", "pipeline.")
        return name if name.split(".")[0] in PACKAGES else f"pipeline.{name}"

    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = doc.split("| stage | imports (of ours) |", 1)[1].split("\n\n", 1)[0]
    written: dict[str, set[str]] = {}
    for row in table.splitlines()[2:]:
        stages, imports = [c.strip() for c in row.strip("|").split("|")]
        if imports == "all of the above":
            continue
        imports = re.sub(r"\([^)]*\)", "", imports)        # "(URL normalisation, dates)": why, not what
        targets = set() if imports == "nothing" else {unit(t) for t in imports.split(",")}
        for s in stages.split(","):
            written[unit(s)] = targets
    assert written == {k: v for k, v in graph.items() if k != "pipeline.cli"} | \
        {k: set() for k in written if k not in graph}
