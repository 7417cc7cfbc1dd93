"""Knowledge base: load, validate and compile ``nlp/data/*.jsonl`` (plus users' extra files).

One entity per line. Files and their fields:

* ``orgs.jsonl``: ``name``, ``aliases``, ``kind`` (company, lab, ...), ``country``, ``ambiguous``.
* ``models.jsonl``: ``kind`` = ``family`` | ``assistant`` | ``system`` (a family, with an optional
  ``grammar`` for new versions, and ``org``, the developer) or ``model`` (a known version, with
  ``family`` and optional ``short`` clipped forms).
* ``benchmarks.jsonl``: ``name``, ``aliases``, ``metric``, ``unit``, ``versions`` (``year`` | ``v`` |
  ``num``: which attached version forms the name takes), ``case_sensitive``, ``ambiguous``.
* ``stop.jsonl``: ``text`` + ``reason``: phrases that are never entities (Claude Code, H100, DSA).

``exact_aliases``: aliases that match only as written (case and separators): ``OpenAI-o1`` but not the
slug pair ``openai-o1``. Family ``grammar`` keys: ``prefixes``, ``cprefix`` (canonical prefix), ``sep``
(canonical prefix/version separator), ``psep`` (regex for the written one), ``version`` (regex),
``vcase``, ``suffixes`` (canonical spellings, a leading space/hyphen sets their separator), ``ssep``,
``sizes``, ``scase``, ``dates``, ``drop_zero``, ``short`` (regex of clipped forms), ``formatter``,
``case_sensitive``, ``keep_prefixes`` (prefixes that are sibling names, not spellings of ``cprefix``: Ling's
``Ring``), ``drop`` (regex of written suffixes left out of the canonical name: Gemma's ``it``), ``generic``
(default true: also accept the shared variant suffixes of :data:`nlp.canonical.GEN_SPACE` / ``GEN_HYPHEN``,
e.g. ``Instruct``, ``Thinking``, ``Turbo``, ``-mini``, ``-latest``, ``-thinking-32k``).

``source`` (any file): where an entry's facts come from, free text the loader does not read.

Organisation names (the built-in files' convention where the annotation guidelines leave native vs English open;
nlp-kb6 applied it to every entry): a public body of a Latin-script European country (government, parliament, court,
regulator, agency, municipality, union, association, library) is named by its official name in its own language
(``Finansinspektionen``, ``Région Île-de-France``) with the English names it uses as aliases; a university or research
institute is named by the name it uses itself in English (``University of Groningen``, ``Max Planck Institute for
Intelligent Systems``; native name as alias), or by its one brand name where it uses the same in every language (``ETH
Zurich``, ``Karolinska Institutet``, ``Politecnico di Torino``); a body of a country writing another script keeps its own
official English name, the native-script name as alias (``National Diet Library``, alias ``国立国会図書館``); a native
name shared by bodies of several countries gives way to the English country-qualified names (``Sámi Parliament of
Norway`` / ``of Sweden``). An entry already present keeps its name and new forms join it as aliases, so one body never
has two entries.

``ambiguous``: ``true`` makes every single-word alias of the entry need context (capitalised and in an
AI context, e.g. Apple, Meta, Claude); a list names the aliases that do.

Errors raise :class:`nlp.errors.KBError` naming file, line, entry and problem.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import native_aliases
from .canonical import Grammar, compile_grammar
from .errors import KBError, msg

DATA_DIR = Path(__file__).parent / "data"
BUILTIN_FILES = ("orgs.jsonl", "models.jsonl", "benchmarks.jsonl", "stop.jsonl")
LABEL_OF_FILE = {"orgs": "ORG", "models": "MODEL", "benchmarks": "BENCHMARK", "stop": "STOP"}
KINDS = {
    "ORG": {"company", "lab", "university", "nonprofit", "government", "team", "body", "platform", "broadcaster", "exchange"},
    "MODEL": {"family", "model", "assistant", "system"},
    "BENCHMARK": {"benchmark", "competition", "leaderboard", "test"},
    "STOP": {None},
}
VERSION_KINDS = {"year", "v", "num"}


@dataclass
class Entry:
    label: str
    name: str
    kind: str | None
    aliases: list[str]
    where: str
    org: str | None = None
    family: str | None = None
    ambiguous: set[str] = field(default_factory=set)  # aliases that need context
    case_sensitive: bool = False
    short: list[str] = field(default_factory=list)
    exact: set[str] = field(default_factory=set)  # aliases matched with exact case
    versions: str | None = None
    metric: str | None = None
    unit: str | None = None
    grammar: Grammar | None = None

    @property
    def surfaces(self) -> list[str]:
        return [self.name, *self.aliases]


VERSIONED_TAIL = re.compile(r"[\s_-]+(?=\S*\d)")  # where a name's version part begins


@dataclass
class KB:
    entries: list[Entry]
    files: list[Path]
    digest: str

    def __post_init__(self) -> None:
        self.orgs = {e.name: e for e in self.entries if e.label == "ORG"}
        self.families = {e.name: e for e in self.entries if e.label == "MODEL" and e.kind != "model"}
        self.models = {e.name: e for e in self.entries if e.label == "MODEL" and e.kind == "model"}
        self.benchmarks = {e.name: e for e in self.entries if e.label == "BENCHMARK"}
        self.stop = [e for e in self.entries if e.label == "STOP"]
        self._folded_families = {" ".join(n.casefold().split()): e for n, e in self.families.items()}

    def family_before_version(self, name: str) -> tuple[str, Entry | None] | None:
        """``(head, family)`` for a versioned name: the words before its first word with a digit
        (``Vireo-9B-Instruct`` → ``Vireo``, ``helix-2 Pro`` → ``helix``) and the family of that name,
        whatever its case, or None when there is none. None for a name without such a part
        (``Quasar Alpha``, ``o5-mini``). A new version of a family without a name grammar is
        recognised as that family's this way (``modelwire kb accept`` writes families so)."""
        m = VERSIONED_TAIL.search(name)
        if m is None or m.start() < 2 or any(ch.isdigit() for ch in name[:m.start()]):
            return None
        head = name[:m.start()]
        return head, self._folded_families.get(" ".join(head.casefold().split()))

    def counts(self) -> dict[str, int]:
        return {"families": len(self.families), "models": len(self.models), "orgs": len(self.orgs),
                "benchmarks": len(self.benchmarks), "stop": len(self.stop)}


def builtin_paths() -> list[Path]:
    return [DATA_DIR / f for f in BUILTIN_FILES]


def digest_files(paths) -> str:
    """Digest of the knowledge-base files (name + bytes), 12 hex digits."""
    h = hashlib.sha256()
    for p in paths:
        p = Path(p)
        h.update(p.name.encode())
        h.update(b"\0")
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(DATA_DIR.parent.parent))
    except ValueError:
        return str(path)


def _label_for(path: Path, obj: dict, where: str) -> str:
    if "label" in obj:
        lab = obj["label"]
        if lab not in ("ORG", "MODEL", "BENCHMARK", "STOP"):
            raise KBError(msg("E005", where=where, entry=obj.get("name"), value=lab, field="label",
                              choices="ORG, MODEL, BENCHMARK, STOP"))
        return lab
    stem = path.stem.lower()
    for prefix, lab in LABEL_OF_FILE.items():
        if stem.startswith(prefix) or stem.endswith(prefix):
            return lab
    raise KBError(msg("E009", where=where))


def _str_list(obj: dict, fld: str, where: str, name: str) -> list[str]:
    val = obj.get(fld, [])
    if not isinstance(val, list) or not all(isinstance(a, str) for a in val):
        raise KBError(msg("E004", where=where, entry=name, field=fld, expected="a list of strings", got=val))
    for a in val:
        if not a or a != a.strip():
            raise KBError(msg("E008", where=where, entry=name, alias=a))
    return val


def _parse_line(path: Path, lineno: int, line: str, shown: str) -> Entry:
    """One KB line; ``shown``: the file as error messages name it."""
    where = f"{shown}:{lineno}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise KBError(msg("E001", where=where, detail=exc.msg)) from None
    if not isinstance(obj, dict):
        raise KBError(msg("E002", where=where, kind=type(obj).__name__))
    label = _label_for(path, obj, where)
    name_field = "text" if label == "STOP" else "name"
    name = obj.get(name_field)
    if name is None:
        raise KBError(msg("E003", where=where, entry=obj.get("name") or obj.get("aliases") or line[:40], field=name_field))
    if not isinstance(name, str) or not name.strip() or name != name.strip():
        raise KBError(msg("E004", where=where, entry=name, field=name_field, expected="a non-empty trimmed string", got=name))
    aliases = _str_list(obj, "aliases", where, name)
    short = _str_list(obj, "short", where, name)
    exact = set(_str_list(obj, "exact_aliases", where, name))
    kind = obj.get("kind")
    if label == "MODEL" and kind is None:
        kind = "model" if "family" in obj else "family"
    if label == "ORG" and kind is None:
        kind = "company"
    if label == "BENCHMARK" and kind is None:
        kind = "benchmark"
    if kind not in KINDS[label]:
        raise KBError(msg("E005", where=where, entry=name, value=kind, field="kind",
                          choices=", ".join(sorted(k for k in KINDS[label] if k))))
    amb = obj.get("ambiguous", False)
    if amb is True:
        ambiguous = {a for a in [name, *aliases] if re.fullmatch(r"[A-Za-z][A-Za-z]*", a)}
    elif amb is False or amb is None:
        ambiguous = set()
    elif isinstance(amb, list) and all(isinstance(a, str) for a in amb):
        ambiguous = set(amb)
    else:
        raise KBError(msg("E004", where=where, entry=name, field="ambiguous", expected="true/false or a list of aliases", got=amb))
    cs = obj.get("case_sensitive", False)
    if not isinstance(cs, bool):
        raise KBError(msg("E004", where=where, entry=name, field="case_sensitive", expected="a boolean", got=cs))
    entry = Entry(label=label, name=name, kind=kind, aliases=aliases, where=where, ambiguous=ambiguous,
                  case_sensitive=cs, short=short, exact=exact, metric=obj.get("metric"), unit=obj.get("unit"))
    if label == "MODEL":
        entry.org = obj.get("org")
        entry.family = obj.get("family") if kind == "model" else name
        if kind == "model" and not isinstance(obj.get("family"), str):
            raise KBError(msg("E003", where=where, entry=name, field="family"))
        g = obj.get("grammar")
        if g is not None:
            if not isinstance(g, dict):
                raise KBError(msg("E004", where=where, entry=name, field="grammar", expected="an object", got=g))
            try:
                entry.grammar = compile_grammar(name, entry.org, g)
            except re.error as exc:
                raise KBError(msg("E006", where=where, entry=name, field="grammar", detail=exc)) from None
            except (TypeError, AttributeError) as exc:
                raise KBError(msg("E004", where=where, entry=name, field="grammar", expected="an object of strings/lists", got=str(exc))) from None
    if label == "BENCHMARK":
        v = obj.get("versions")
        if v is not None and v not in VERSION_KINDS:
            raise KBError(msg("E005", where=where, entry=name, value=v, field="versions", choices="year, v, num"))
        entry.versions = v
    return entry


def read_file(path) -> list[Entry]:
    path = Path(path)
    if not path.is_file():
        raise KBError(msg("E012", path=path))
    out = []
    shown = _display(path)  # resolving the path per line was a third of loading the knowledge base
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            out.append(_parse_line(path, lineno, line, shown))
    return out


def _validate(entries: list[Entry]) -> None:
    seen: dict[tuple[str, str], Entry] = {}
    for e in entries:
        if e.label == "STOP":
            continue
        k = ("MODEL" if e.label == "MODEL" else e.label, e.name)
        if k in seen:
            other = seen[k]
            raise KBError(msg("E007", where=e.where, entry=e.name, other=other.name, other_where=other.where))
        seen[k] = e
    orgs = {e.name for e in entries if e.label == "ORG"}
    fams = {e.name: e for e in entries if e.label == "MODEL" and e.kind != "model"}
    for e in entries:
        if e.label != "MODEL":
            continue
        if e.kind == "model":
            fam = fams.get(e.family)
            if fam is None:
                raise KBError(msg("E010", where=e.where, entry=e.name, family=e.family))
            if e.org is None:
                e.org = fam.org
        if e.org is not None and e.org not in orgs:
            raise KBError(msg("E011", where=e.where, entry=e.name, org=e.org))


def excluded_entries(entries: list[Entry], names, where: str = "kb_exclude") -> set[int]:
    """Indices of the entries that ``names`` switch off: each named entry and, for a model family,
    every model of that family (they cannot be recognised without it). ``"MODEL:DeepSeek"`` names only
    the entry of that label (the lab ``DeepSeek`` stays). A name that is no entry's ``name`` raises
    :class:`KBError` naming ``where`` (the config file and key) and the name."""
    names = list(names or ())
    if not names:
        return set()
    by_name: dict[str, list[int]] = {}
    for i, e in enumerate(entries):
        if e.label != "STOP":
            by_name.setdefault(e.name, []).append(i)
    out: set[int] = set()
    families = set()
    for n in names:
        label, _, bare = n.partition(":") if n.split(":", 1)[0] in ("MODEL", "ORG", "BENCHMARK") else ("", "", n)
        hits = [i for i in by_name.get(bare, ()) if not label or entries[i].label == label]
        if not hits:
            raise KBError(msg("E013", where=where, name=n))
        for i in hits:
            out.add(i)
            if entries[i].label == "MODEL" and entries[i].kind != "model":
                families.add(entries[i].name)
    out.update(i for i, e in enumerate(entries) if e.label == "MODEL" and e.kind == "model" and e.family in families)
    return out


def load_kb(extra_files=(), exclude=(), exclude_where: str = "kb_exclude") -> KB:
    """Load the built-in files plus ``extra_files`` (users' own entities), validated, without the
    entries named in ``exclude`` (see :func:`excluded_entries`)."""
    paths = builtin_paths() + [Path(p) for p in (extra_files or ())]
    entries: list[Entry] = []
    for p in paths:
        entries.extend(read_file(p))
    native_aliases.merge(entries)  # native-script names of entries (nlp/data/native_aliases.jsonl)
    _validate(entries)
    digest = digest_files(paths + [native_aliases.PATH])
    drop = excluded_entries(entries, exclude, exclude_where)
    if drop:
        entries = [e for i, e in enumerate(entries) if i not in drop]
        digest = hashlib.sha256((digest + "\0" + "\0".join(sorted(set(exclude)))).encode()).hexdigest()[:12]
    return KB(entries=entries, files=paths, digest=digest)
