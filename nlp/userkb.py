"""Edit a user's own knowledge-base file: accept a newly seen name as an entity, or reject it.

``modelwire kb accept`` / ``kb reject`` land here. Entries are written in the format of
``nlp/data/*.jsonl`` with an explicit ``"label"`` (so any file name works), appended to the file,
which keeps every line the user wrote. The edited knowledge base is loaded and validated before
the file is replaced (atomically), so a bad edit never leaves a file that stops ``annotate``.
A rejection is a ``STOP`` entry: the name is then never an entity, known or unknown.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from .kb import KB, Entry, _display, builtin_paths, load_kb, read_file

LABELS = ("MODEL", "ORG", "BENCHMARK")
REJECT_REASON = "rejected with 'modelwire kb reject'"


class KBEditError(ValueError):
    """An accept/reject that cannot be done as asked; the message says why in one line."""


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


def lookup(kb: KB, name: str, labels=("MODEL", "ORG", "BENCHMARK", "STOP")) -> Entry | None:
    """The entry whose name or an alias is ``name`` (case and spacing aside), if any."""
    want = _fold(name)
    for e in kb.entries:
        if e.label in labels and any(_fold(s) == want for s in e.surfaces):
            return e
    return None


def known_surfaces(kb: KB) -> set[str]:
    """Every name, alias and stop phrase of ``kb``, folded: what is no longer a candidate."""
    return {_fold(s) for e in kb.entries for s in e.surfaces}


def org_by_prefix(kb: KB, name: str) -> str | None:
    """A known organisation whose name or alias starts ``name`` as a whole word (``Mistral Foo 3``
    -> Mistral AI): the usual way labs name their models. Longest such alias wins."""
    best: tuple[int, str] | None = None
    for e in kb.orgs.values():
        for s in e.surfaces:
            if len(s) >= 3 and re.match(re.escape(s) + r"(?![A-Za-z])", name, re.I if s not in e.ambiguous else 0) \
                    and len(s) < len(name) and (best is None or len(s) > best[0]):
                best = (len(s), e.name)
    return best[1] if best else None


def suggest_org(kb: KB, name: str, stored_org: str | None, co_orgs: list[dict]) -> str | None:
    """Who probably made ``name``: the NLP's own guess (a known family's developer), else a known
    organisation prefixing the name, else an organisation named in the same sentences, one
    sharing the name's first word first ("Vireo Labs" for "Vireo-9B"), else the same articles."""
    if stored_org:
        return stored_org
    by_prefix = org_by_prefix(kb, name)
    if by_prefix:
        return by_prefix
    head = _fold(re.split(r"[\s\-_/]", name, maxsplit=1)[0])
    same_head = [o for o in co_orgs if _fold(o["name"]).split(" ")[0] == head]
    if same_head:
        return same_head[0]["name"]
    return co_orgs[0]["name"] if co_orgs else None


def _org_name(kb: KB, org: str) -> str | None:
    e = lookup(kb, org, ("ORG",))
    return e.name if e else None


def _builtin_shown() -> set[str]:
    return {_display(p) for p in builtin_paths()}


def plan_accept(kb: KB, name: str, label: str, org: str | None = None, family: str | None = None,
                aliases: tuple[str, ...] = (), unit: str | None = None) -> list[dict]:
    """The entries that make ``name`` a known ``label``: the entity itself, plus its developer and
    family when the knowledge base has neither yet. Raises :class:`KBEditError`."""
    label = (label or "").upper()
    if label not in LABELS:
        raise KBEditError(f"unknown label {label!r}: use one of {', '.join(LABELS)}")
    name = " ".join(name.split())
    if not name:
        raise KBEditError("the name is empty")
    found = lookup(kb, name, LABELS)
    if found is not None:
        raise KBEditError(f"{name!r} is already in the knowledge base as {found.label} {found.name!r} ({found.where})")
    stop = lookup(kb, name, ("STOP",))
    if stop is not None and stop.where.rsplit(":", 1)[0] in _builtin_shown():
        raise KBEditError(f"{name!r} is a built-in stop phrase ({stop.where}): never an entity")
    if label != "MODEL" and (org or family):
        raise KBEditError("--org and --family are for a MODEL")
    if label != "BENCHMARK" and unit:
        raise KBEditError("--unit is for a BENCHMARK")
    out: list[dict] = []
    extra = _other_spellings(kb, name, aliases)
    if label == "ORG":
        return [{"label": "ORG", "name": name, "kind": "company", "aliases": extra}]
    if label == "BENCHMARK":
        entry = {"label": "BENCHMARK", "name": name, "kind": "benchmark", "aliases": extra}
        if unit:
            entry["unit"] = unit
        return [entry]
    org_name = None
    if org:
        org_name = _org_name(kb, org)
        if org_name is None:  # a developer the knowledge base does not know yet: add it too
            org_name = " ".join(org.split())
            out.append({"label": "ORG", "name": org_name, "kind": "company", "aliases": []})
    if family is None:
        family = _family_before_version(kb, name)
    if family is None:  # a model of its own: a family entry reachable through its name
        out.append({"label": "MODEL", "name": name, "kind": "family", **({"org": org_name} if org_name else {}),
                    "aliases": [name, *extra]})
        return out
    fam = kb.families.get(family) or next((f for f in kb.families.values() if _fold(f.name) == _fold(family)), None)
    if fam is None:
        if lookup(kb, family, ("MODEL",)) is not None:
            raise KBEditError(f"--family {family!r} is a model, not a family")
        family = " ".join(family.split())
        out.append({"label": "MODEL", "name": family, "kind": "family", **({"org": org_name} if org_name else {}),
                    "aliases": []})
    else:
        family = fam.name
    entry = {"label": "MODEL", "name": name, "kind": "model", "family": family, "aliases": extra}
    if org_name and fam is not None and fam.org != org_name:  # a new family carries the org itself
        entry["org"] = org_name
    out.append(entry)
    return out


def _family_before_version(kb: KB, name: str) -> str | None:
    """The family of a versioned name accepted without ``--family``: the words before its version
    (``Vireo-9B-Instruct`` → ``Vireo``; a known family's own spelling), so that the family's next
    version is found as one of it; None without a version part, or when those words are a known
    model, lab or benchmark rather than a family."""
    found = kb.family_before_version(name)
    if found is None:
        return None
    head, fam = found
    if fam is not None:
        return fam.name
    return None if lookup(kb, head, LABELS) is not None else head


def plan_reject(kb: KB, name: str, aliases: tuple[str, ...] = ()) -> list[dict]:
    """The stop entry that keeps ``name`` (and the other spellings in ``aliases``: how articles wrote
    it) from being an entity. Raises :class:`KBEditError` when the name is a knowledge-base entity
    (rejecting it would hide a known name) or already rejected."""
    name = " ".join(name.split())
    if not name:
        raise KBEditError("the name is empty")
    found = lookup(kb, name)
    if found is not None and found.label == "STOP":
        raise KBEditError(f"{name!r} is already rejected ({found.where})")
    if found is not None:
        raise KBEditError(f"{name!r} is in the knowledge base as {found.label} {found.name!r} ({found.where}); "
                          "remove that entry instead of rejecting the name")
    extra = _other_spellings(kb, name, aliases)
    return [{"label": "STOP", "text": name, **({"aliases": extra} if extra else {}), "reason": REJECT_REASON}]


def _other_spellings(kb: KB, name: str, aliases) -> list[str]:
    """``aliases`` cleaned: spacing normalised, without ``name`` itself, repeats, or names that are
    already another entry's (a spelling the knowledge base gives to something else stays theirs)."""
    out: dict[str, str] = {}
    for a in aliases:
        a = " ".join(a.split())
        if a and _fold(a) != _fold(name) and _fold(a) not in out and lookup(kb, a) is None:
            out[_fold(a)] = a
    return list(out.values())


def write_entries(path: Path, entries: list[dict], other_files=(), drop_stop: str | None = None) -> None:
    """Append ``entries`` to the user's file ``path`` (created if missing), dropping a stop line for
    ``drop_stop`` (a name accepted after being rejected). The result is loaded with the built-in
    files and ``other_files`` before it replaces ``path``. Raises :class:`KBEditError` (OSError and
    KBError, the latter naming file and line, pass through for the caller to report)."""
    path = Path(path)
    if path.exists():
        if not path.is_file():
            raise KBEditError(f"{path}: is not a file")
        if not os.access(path, os.W_OK):
            raise KBEditError(f"{path}: knowledge-base file is not writable")
        read_file(path)  # a broken line of the user's is reported as file:line before anything changes
        text = path.read_text(encoding="utf-8")
    else:
        text = ""
    lines = text.splitlines(keepends=True)
    if drop_stop is not None:
        lines = [ln for ln in lines if not _is_stop_for(ln, drop_stop)]
    text = "".join(lines)
    if text and not text.endswith("\n"):
        text += "\n"
    text += "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
    parent = path.parent
    if not parent.is_dir():
        raise KBEditError(f"{path}: {parent} " + ("is not a folder" if parent.exists() else "does not exist"))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".jsonl", dir=parent)
    except OSError as exc:
        raise KBEditError(f"{path}: knowledge-base file is not writable ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        load_kb([*other_files, tmp])
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _is_stop_for(line: str, name: str) -> bool:
    try:
        obj = json.loads(line)
    except ValueError:
        return False
    return isinstance(obj, dict) and obj.get("label") == "STOP" and isinstance(obj.get("text"), str) \
        and _fold(obj["text"]) == _fold(name)



def developer_of(kb: KB, entries: list[dict]) -> str | None:
    """The developer of the last entry of :func:`plan_accept`'s plan, as the knowledge base will say."""
    main = entries[-1]
    if main.get("org") or main["label"] != "MODEL" or main.get("kind") != "model":
        return main.get("org")
    fam = next((e for e in entries if e["name"] == main["family"] and e.get("kind") == "family"), None)
    if fam is not None:
        return fam.get("org")
    known = kb.families.get(main["family"])
    return known.org if known else None
