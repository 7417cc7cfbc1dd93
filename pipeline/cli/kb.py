"""``modelwire kb``: the loop for new names. List the entities the NLP saw but the knowledge base does
not know (``candidates``), then ``accept`` or ``reject`` each into the user's knowledge-base file;
the next ``annotate`` redoes the articles with it (the file's digest is part of the NLP version).
"""
from __future__ import annotations

import json
import tomllib
from contextlib import nullcontext
from functools import wraps
from pathlib import Path

import click

from pipeline.cli.output import Context, fail, table
from pipeline.config import DEFAULT_CONFIG, add_kb_file_to_toml, parse_config
from pipeline.locks import LockHeld, exclusive
from pipeline.store import queries as q

DEFAULT_KB_FILE = "kb.jsonl"
LABEL = click.Choice(q.LABELS, case_sensitive=False)


def _edit_errors(fn):
    """A refused edit or an unwritable file → one line, never a traceback."""
    @wraps(fn)
    def wrapper(*args, **kwargs):
        from nlp.userkb import KBEditError

        try:
            return fn(*args, **kwargs)
        except (KBEditError, q.QueryError) as e:
            fail(str(e), 2)
        except LockHeld as e:
            fail(f"{e.path}: another kb command has been editing the knowledge base for a minute (pid {e.holder})", 3)
        except OSError as e:
            where = e.filename or "knowledge-base file"
            fail(f"{where}: cannot write the knowledge-base file ({e.strerror or e})", 1)
    return wrapper


def _kb_files(obj: Context) -> tuple[Path, list[Path], bool]:
    """(the file edits go to, the other user files, whether it still has to be added to the config)."""
    files = [Path(f) for f in obj.config.nlp_options()["kb_files"]]
    if files:
        return files[0], files[1:], False
    base = obj.config.path.parent if obj.config.path is not None else Path.cwd()
    return base / DEFAULT_KB_FILE, [], True


def _load(obj: Context, *, excluded: bool = False):
    """The knowledge base as the next annotate will load it (a user file not yet created is skipped);
    ``excluded``: without the entries ``[nlp] kb_exclude`` switches off, as annotate does."""
    from nlp.kb import load_kb

    target, others, _ = _kb_files(obj)
    files = [p for p in [target, *others] if p.exists()]
    if not excluded:
        return load_kb(files)
    opts = obj.config.nlp_options()
    return load_kb(files, exclude=opts.get("kb_exclude") or (), exclude_where=opts.get("kb_exclude_where", "kb_exclude"))


def _stored(obj: Context, name: str, label: str) -> dict | None:
    """The unknown ``label`` entity stored under ``name`` (any case), for its spelling and the NLP's guesses."""
    if not obj.db_path.exists() or label.upper() not in q.LABELS:
        return None
    rows = [r for r in q.find_entities(q.open_reader(obj.db_path), name, label) if not r["known"]]
    return rows[0] if rows else None


def _editing(obj: Context):
    """A lock beside the user's knowledge-base file (``.NAME.lock``) held while one command reads,
    plans and writes it; another kb command waits for it (a minute at most)."""
    target, _, _ = _kb_files(obj)
    if not target.parent.is_dir():
        return nullcontext()  # _write names the missing folder
    return exclusive(target.parent / f".{target.name}.lock", wait=60)


def _write(obj: Context, entries: list[dict], drop_stop: str | None = None) -> str:
    """Write ``entries`` to the user's file; add it to the config when none was configured."""
    from nlp.userkb import write_entries

    target, others, unconfigured = _kb_files(obj)
    write_entries(target, entries, [p for p in others if p.exists()], drop_stop=drop_stop)
    if not unconfigured:
        return f"in {target}"
    config = obj.config.path
    if config is None:
        return (f"in {target}; no config file: add kb_files = [\"{DEFAULT_KB_FILE}\"] under [nlp] in "
                f"{DEFAULT_CONFIG} (or run 'modelwire init' first) so that annotate reads it")
    with config.open(encoding="utf-8", newline="") as fh:
        text = fh.read()
    text = add_kb_file_to_toml(text, DEFAULT_KB_FILE)
    parse_config(tomllib.loads(text), config)  # the file must still load before it is written
    with config.open("w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    return f"in {target} (added to [nlp] kb_files in {config})"


@click.group("kb")
def kb():
    """New names: list what the knowledge base does not know, accept or reject it.

    \b
    Example:
      modelwire kb candidates --since 30d
      modelwire kb accept "Vireo-9B-Instruct" --label MODEL --org "Vireo Labs"
      modelwire kb reject "Arena Football"
    """


@kb.command()
@click.option("--since", metavar="DATE", help="Only mentions from this date on: YYYY-MM-DD, today, or 7d / 2w ago.")
@click.option("--label", type=LABEL, help="Only models, organisations or benchmarks.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1), help="How many to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (a list of objects).")
@click.pass_obj
@_edit_errors
def candidates(obj: Context, since, label, limit, as_json):
    """Entities seen in articles but not in the knowledge base, most articles first.

    Shows each name's label, how many articles and mentions, when it was first seen, an
    example sentence and a suggested developer. Names accepted or rejected since the
    last annotate are left out.

    Example: modelwire kb candidates --since 30d --label MODEL
    """
    from nlp.userkb import known_surfaces, suggest_org

    if not obj.db_path.exists():
        fail(f"{obj.db_path}: no database yet (run 'modelwire init' or 'modelwire crawl')", 2)
    kbase = _load(obj, excluded=True)   # a name switched off by kb_exclude is unknown again: a candidate
    # names accepted or rejected since the last annotate are still stored as unknown: skipped
    rows = q.unknown_candidates(q.open_reader(obj.db_path), since=q.parse_since(since), label=label, limit=limit,
                                skip=known_surfaces(kbase))
    for r in rows:
        co = r.pop("co_orgs")
        r["suggested_org"] = suggest_org(kbase, r["name"], r.pop("org"), co) if r["label"] == "MODEL" else None
        r["co_mentioned_orgs"] = [o["name"] for o in co if o["name"] != r["name"]]
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("No unknown names (run 'modelwire annotate' after a crawl).")
        return
    shown = [{**r, "first_seen": (r["first_seen"] or "")[:10], "suggested_org": r["suggested_org"] or "",
              "example": _clip(r["example"], 90, r["name"])} for r in rows]
    click.echo(table(shown, ["label", "name", "articles", "mentions", "first_seen", "suggested_org", "example"],
                     ["label", "name", "articles", "mentions", "first seen", "developer?", "example"]))
    click.echo("\nAccept: modelwire kb accept NAME --label MODEL --org ORG   Reject: modelwire kb reject NAME")


def _clip(text: str, n: int, name: str = "") -> str:
    """``text`` in at most ``n`` characters, keeping ``name`` in view when the sentence is long."""
    if len(text) <= n:
        return text
    at = text.casefold().find(name.casefold()) if name else -1
    if at < 0 or at + len(name) <= n - 1:
        return text[: n - 1].rstrip() + "…"
    start = max(0, min(at - (n - len(name)) // 2, len(text) - (n - 2)))
    end = start + n - 2
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


@kb.command()
@click.argument("name")
@click.option("--label", required=True, help="MODEL, ORG or BENCHMARK.")
@click.option("--org", metavar="ORG", help="A MODEL's developer (added as an ORG if the knowledge base lacks it).")
@click.option("--family", metavar="FAMILY", help="A MODEL's family (added if the knowledge base lacks it; default: the words "
                   "before its version, Vireo-9B-Instruct → Vireo).")
@click.option("--alias", "aliases", multiple=True, metavar="NAME", help="Another name it goes by (repeatable).")
@click.option("--unit", metavar="UNIT", help="A BENCHMARK's score unit, e.g. % or Elo.")
@click.pass_obj
@_edit_errors
def accept(obj: Context, name, label, org, family, aliases, unit):
    """Add NAME to your knowledge-base file as a known entity.

    The file is the first of [nlp] kb_files; without one, kb.jsonl next to the config is
    created and added to it. The spellings articles used for it (as stored by annotate)
    become its aliases. The next 'modelwire annotate' re-annotates with it.

    Example: modelwire kb accept "Vireo-9B-Instruct" --label MODEL --org "Vireo Labs"
    """
    from nlp.userkb import developer_of, plan_accept

    with _editing(obj):  # read, plan and write as one step: two accepts at once must not lose one
        kbase = _load(obj)
        stored = _stored(obj, name, label)
        if stored is not None:
            name = stored["canonical"]  # the spelling annotate stored
            if label.upper() == "MODEL" and org is None and family is None and stored["family"] in kbase.families:
                org, family = stored["org"], stored["family"]  # a new version of a known family
        seen = q.mention_surfaces(q.open_reader(obj.db_path), name, label=stored["label"]) if stored else []
        entries = plan_accept(kbase, name, label, org=org, family=family, aliases=(*aliases, *seen), unit=unit)
        where = _write(obj, entries, drop_stop=name)
    main = entries[-1]
    also = [f"{e['label']} {e['name']!r}" for e in entries[:-1]]
    dev = developer_of(kbase, entries)
    click.echo(f"Accepted {main['label']} {main['name']!r}" + (f" (developer {dev})" if dev else "")
               + (f", and added {', '.join(also)}" if also else "") + f" {where}.")
    click.echo("The next 'modelwire annotate' re-annotates the articles with it.")


@kb.command()
@click.argument("name")
@click.pass_obj
@_edit_errors
def reject(obj: Context, name):
    """Mark NAME as never an entity: it stops being a candidate and is not flagged again.

    The spellings articles used for it (as stored by annotate) are rejected with it.

    Example: modelwire kb reject "Arena Football"
    """
    from nlp.userkb import plan_reject

    seen = q.mention_surfaces(q.open_reader(obj.db_path), name) if obj.db_path.exists() else []
    with _editing(obj):
        entries = plan_reject(_load(obj), name, aliases=tuple(seen))
        where = _write(obj, entries)
    click.echo(f"Rejected {entries[0]['text']!r} {where}. The next 'modelwire annotate' leaves it out.")


COMMANDS = [kb]
