"""Build the annotated NER evaluation sets from their Markdown sources.

The sources ``tests/data/nlp/{dev,heldout,dev2}.src.md`` hold one passage per block.
Blocks are separated by a line containing only ``---``; each block starts with a
line ``id: <id>``, then the passage text with inline annotations
``[surface]{LABEL|Canonical}`` (the canonical may be omitted when it equals the
surface), then optional ``claim: key=value; key=value`` lines. A literal brace in the text (a JSON
or config layout) is written ``\\{`` / ``\\}``.

The script writes ``tests/data/nlp/{dev,heldout,dev2}.jsonl`` with one JSON object per
passage: ``{"id", "text", "entities": [{"start", "end", "label", "canonical"}],
"claims": [...]}``. Offsets are character offsets into the plain text.

Example:
    .venv/bin/python scripts/build_nlp_devset.py            # rebuild both files
    .venv/bin/python scripts/build_nlp_devset.py --stats    # rebuild and print counts
    .venv/bin/python scripts/build_nlp_devset.py --check    # fail if the jsonl is stale
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "tests" / "data" / "nlp"
SPLITS = ("dev", "heldout", "dev2", "unknown-dev", "unknown-test", "heldout2", "dev3", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27")  # dev2: second, independently written
# development set; unknown-*: invented model families and benchmarks (unknown-dev is tuned on, unknown-test is frozen);
# heldout2: 2025-26 news in varied styles with real and invented names, written before the second round of
# unknown-name work and scored once at its end (frozen); dev3: a tuning set of other styles and hard negatives in AI text;
# heldout3: written before the third round of unknown-name work, frozen and scored once at its end
# heldout4: written before the fourth round by a writer who had not read the rules or earlier sets; frozen, scored once
# heldout5: the same for the fifth round (round-5 frozen set), written before any of its rules
# heldout6: round-6 frozen set (real-article shape: whole short articles), written before any of its rules
# heldout7: round-7 frozen set (whole real-article shape, many invented names), written before any of its rules
# heldout8: round-8 frozen set (whole real articles, many organisations), written before any of its rules
# heldout9: round-9 frozen set (trade roundups, policy, regional news, people moves, corrections), written before any of its rules
# heldout10: round-10 frozen set (court reports, hiring news, advisories, reviews, transcripts, changelogs), written before any of its rules
# heldout11: round-11 frozen set (filings, notices, grants, budgets, chat logs, listings, OCR pages, translated press), written before any of its rules
# heldout12: round-12 frozen set (earnings calls, risk factors, programmes, tenders, reviews, SRT files, chat exports, translated press), written before any of its rules
# heldout13: round-13 frozen set (email threads, issue trackers, arXiv listings, patents, minutes, filings, status pages, translated press), written before any of its rules
# heldout14: round-14 frozen set (show notes, job posts, tenders, model cards, chat exports, OCR, SRT, translated press), written before any of its rules
# heldout15: round-15 frozen set (001-030 plain news genres; 031-060 live blogs, filings, feeds, page debris, galleries, citations, translated press), written before any of its rules
# heldout16: round-16 frozen set (001-030 plain news genres; 031-060 VTT/SRT, notebooks, code-host threads, forums, digests, PDF text, wiki, cards, prices, translated press), written before any of its rules
# heldout17: round-17 frozen set (001-030 plain news genres; 031-060 earnings call, QP e-mail, Atom feed, package notes, TSV, ticker, push alerts, print page, chat-bot log, patent, Hansard, grants, translated press), written before any of its rules
# heldout18: round-18 frozen set (001-030 plain news genres; 031-060 subtitles, captions, show notes, social thread, jq/YAML/diff, wikitext/reST/Org, arXiv/BibTeX, OCR scan, README board, HTML, comment tree, invoice, CLI, translated press), written before any of its rules
# heldout19: round-19 frozen set (001-030 plain news genres; 031-060 IRC log, code docstrings, man page, Makefile/CI/Helm config comments, classifieds, flash cards, log with traceback, line protocol, tickets, kanban, agenda, dictionary entry, deposition, gazette, auction lot, OpenAPI, curl -v, AsciiDoc, screenplay, radio script, voicemail, chat export, translated press), written before any of its rules
# heldout20: round-20 frozen set (001-030 plain news genres; 031-060 Usenet post, video description, robots.txt, Mermaid/PlantUML, crontab, .env, Emacs Lisp, syslog, pager alert, bug bounty, questionnaire, reader poll, book index, contents page, bingo card, trump cards, farewell speech, stand-up, live commentary, datasheet, subprocessor list, usage policy, fax, packing list, vCard, shanty, postcard, sitemap, toast), written before any of its rules
# heldout21: round-21 frozen set (001-030 plain news genres; 031-060 crossword, museum labels, Dockerfile, court docket, LaTeX table, CSV, SQL seed, git log, TOML, iCalendar, protobuf, GraphQL, HTTP headers, Jinja template, limericks, forecast parody, box score, timetable, exam paper, horoscope, telegram, name badges, Terraform, status board, guest book, PDF letter, translated press), written before any of its rules
# heldout22: round-22 frozen set (001-030 plain news genres; 031-060 nginx/Ansible/Kubernetes config, LRC lyrics, XLIFF, odds board, departure board, tarot, ballot, NDJSON log, lint output, CODEOWNERS, CITATION.cff, DNS zone, ssh config, package.json, go.mod, .reg export, cookie banner, 404 page, theatre programme, liner notes, karaoke list, ticket stub, scorecard, fortune slips, memorial plaque, word search, dependency-bot PR, service-change notice), written before any of its rules
# heldout23: round-23 frozen set (001-030 plain news genres; 031-060 Gherkin feature, StatsD lines, HTML meta tags, PGN, Newick tree, SMS, diarised transcript, contract schedule, recall notice, haiku, pub quiz, todo.txt, draft board, ADR, RFC draft, .po file, GEDCOM, OKRs, lab notebook, retro board, PR/FAQ, OPML, .http file, SVG chart, systemd unit, clue sheet, recipe, poster board, nursery catalogue, translated press), written before any of its rules
# heldout24: round-24 frozen set (001-030 plain news genres; 031-060 8-K report, Jira export, TypeScript, PowerShell, batch file, shell script, justfile, Prolog facts, gnuplot script, formula sheet, terms of service, media advisory, trailer script, wedding speech, eulogy, valentine verses, acrostic, knitting pattern, résumé, forecast parody, flyer, billboard copy, RSVP card, spec sheet, manifesto, regex allowlist, market report, translated press), written before any of its rules
# heldout25: round-25 frozen set (001-030 plain news genres; 031-060 MARC record, café menu, Matrix events JSON, psql, pytest log, Bazel BUILD, R console, Prometheus rules, Grafana JSON, strings.xml, git blame, requirements.txt, Nix, mainframe report, school report, itinerary, birth notice, letters, FOI request, rulebook, comic script, sonnet, crosstable, Wikidata JSON, customs form, translated press), written before any of its rules
# heldout26: round-26 frozen set (001-030 plain news genres; 031-060 Neovim Lua config, git rebase todo, shell history, x509 certificate dump, SPARQL, Cypher, VBA macro, CMakeLists, Arduino sketch, Stata do-file, G-code, SGF Go record, poker hand history, chord sheet, bank statement, ship's log, insurance claim form, timesheet, lesson plan, fable, gamebook page, villanelle, ballad, will, dog-show catalogue, police blotter, wine notes, assembly instructions, translated press), written before any of its rules
# heldout27: round-27 frozen set (001-030 plain news genres; 031-060 INI settings, awk script, exiftool dump, HL7 message, X12 purchase order, bill of lading, Haskell module, x86 assembly, COBOL program, device instructions for use, building inspection report, vet record, bridge deal, RPG character sheet, diary, auto-replies, performance review, expense claim, visa form, field-guide entry, libretto, sermon, ghazal, riddles, lost-and-found board, retirement card, translated press), written before any of its rules
LABELS = ("MODEL", "ORG", "BENCHMARK")
CLAIM_KEYS = ("model", "benchmark", "score", "unit", "setting")

# [surface]{LABEL} or [surface]{LABEL|Canonical}; the surface may span a line break.
ANNOTATION = re.compile(r"\[([^\[\]{}]+)\]\{([^{}|\[\]]*)(?:\|([^{}\[\]]*))?\}")
SEPARATOR = "---"


class DevsetError(ValueError):
    """A markup error, located by file, line and passage id."""

    def __init__(self, path: Path | str, line: int, pid: str | None, message: str):
        self.path, self.line, self.pid = str(path), line, pid
        where = f"{path}:{line}" + (f" [{pid}]" if pid else "")
        super().__init__(f"{where}: {message}")


@dataclass
class Block:
    start_line: int  # 1-based line number of the first line of the block
    lines: list[str]


def _split_blocks(source: str) -> list[Block]:
    blocks, current, start = [], [], 1
    for number, line in enumerate(source.split("\n"), start=1):
        if line.strip() == SEPARATOR:
            blocks.append(Block(start, current))
            current, start = [], number + 1
        else:
            current.append(line)
    blocks.append(Block(start, current))
    blocks[0] = _without_file_header(blocks[0])
    return blocks


def _without_file_header(block: Block) -> Block:
    """Drop `#` comment lines that open the file before the first `id:` line.

    Such a header says what the set is; inside a passage a `#` line is a Markdown heading and stays text.
    """
    n = 0
    while n < len(block.lines) and (block.lines[n].startswith("#") or not block.lines[n].strip()):
        n += 1
    if n == 0 or n == len(block.lines) or not block.lines[n].startswith("id:"):
        return block
    return Block(block.start_line + n, block.lines[n:])


_OPEN, _CLOSE = "\ue000", "\ue001"  # stand-ins for the escaped braces \{ and \}


def _unescape(text: str) -> str:
    return text.replace(_OPEN, "{").replace(_CLOSE, "}")


def _line_of(block_text: str, offset: int, first_line: int) -> int:
    return first_line + block_text.count("\n", 0, offset)


def _parse_claim(raw: str, path, line: int, pid: str) -> dict:
    claim: dict = {}
    for part in raw.split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise DevsetError(path, line, pid, f"claim field without '=': {part!r}")
        key, value = (s.strip() for s in part.split("=", 1))
        if key not in CLAIM_KEYS:
            raise DevsetError(path, line, pid, f"unknown claim field {key!r}")
        if key in claim:
            raise DevsetError(path, line, pid, f"duplicate claim field {key!r}")
        if key == "score":
            try:
                value = float(value)
            except ValueError:
                raise DevsetError(path, line, pid, f"claim score is not a number: {value!r}")
            if value.is_integer() and "." not in part.split("=", 1)[1]:
                value = int(value)
        claim[key] = value
    for key in ("model", "benchmark", "score"):
        if key not in claim:
            raise DevsetError(path, line, pid, f"claim lacks {key!r}")
    return claim


def parse_passage(block: Block, path) -> dict | None:
    lines = block.lines
    # skip leading blank lines
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    if i == len(lines):
        return None  # empty block (e.g. trailing separator)
    first = lines[i]
    if not first.startswith("id:"):
        raise DevsetError(path, block.start_line + i, None, "block does not start with 'id: <id>'")
    pid = first[3:].strip()
    if not pid or not re.fullmatch(r"[A-Za-z0-9_.-]+", pid):
        raise DevsetError(path, block.start_line + i, None, f"bad passage id {pid!r}")
    body_start = i + 1
    claim_lines: list[tuple[int, str]] = []
    text_lines: list[str] = []
    for j in range(body_start, len(lines)):
        line = lines[j]
        if line.startswith("claim:"):
            claim_lines.append((block.start_line + j, line[len("claim:"):]))
        elif claim_lines and line.strip():
            raise DevsetError(path, block.start_line + j, pid, "text after claim lines")
        elif not claim_lines:
            text_lines.append(line)
    # trim blank lines around the text, remembering the first text line number
    lead = 0
    while lead < len(text_lines) and not text_lines[lead].strip():
        lead += 1
    while text_lines and not text_lines[-1].strip():
        text_lines.pop()
    text_lines = text_lines[lead:]
    if not text_lines:
        raise DevsetError(path, block.start_line + i, pid, "passage has no text")
    first_text_line = block.start_line + body_start + lead
    marked = "\n".join(text_lines)
    if _OPEN in marked or _CLOSE in marked:
        raise DevsetError(path, first_text_line, pid, "private-use character U+E000/U+E001 in the text")
    # escaped braces stand in as one private-use character each, so offsets stay those of the plain text
    marked = marked.replace("\\{", _OPEN).replace("\\}", _CLOSE)

    text_parts: list[str] = []
    entities: list[dict] = []
    pos = 0
    plain_len = 0
    for m in ANNOTATION.finditer(marked):
        before = marked[pos:m.start()]
        text_parts.append(before)
        plain_len += len(before)
        surface, label, canonical = m.group(1), m.group(2).strip(), m.group(3)
        line = _line_of(marked, m.start(), first_text_line)
        if label not in LABELS:
            raise DevsetError(path, line, pid, f"unknown label {label!r} on {surface!r}")
        if surface != surface.strip():
            raise DevsetError(path, line, pid, f"span {surface!r} starts or ends with whitespace")
        if canonical is not None:
            canonical = canonical.strip()
            if not canonical:
                raise DevsetError(path, line, pid, f"empty canonical on {surface!r}")
        else:
            canonical = surface
        if "\n" in canonical:
            raise DevsetError(path, line, pid, f"canonical contains a line break: {surface!r}")
        entities.append({"start": plain_len, "end": plain_len + len(surface),
                         "label": label, "canonical": canonical, "_line": line})
        text_parts.append(surface)
        plain_len += len(surface)
        pos = m.end()
    text_parts.append(marked[pos:])
    text = "".join(text_parts)

    # anything markup-like left over is an error (unbalanced or malformed annotation)
    for k, ch in enumerate(text):
        if ch in "{}":
            # map back roughly: find the char in marked text for a line number
            raise DevsetError(path, first_text_line + text.count("\n", 0, k), pid,
                              f"stray or unbalanced brace {ch!r} near {text[max(0, k - 30):k + 10]!r}")
    text = _unescape(text)
    for e in entities:
        e["canonical"] = _unescape(e["canonical"])
    for m in re.finditer(r"\]\{|\[[^\]\n]*\]\s*\{", marked):
        # every "]{" must have been consumed by an annotation
        if not any(a.start() <= m.start() < a.end() for a in ANNOTATION.finditer(marked)):
            raise DevsetError(path, _line_of(marked, m.start(), first_text_line), pid,
                              "malformed annotation")

    for a, b in zip(entities, entities[1:]):
        if b["start"] < a["end"]:
            raise DevsetError(path, b["_line"], pid, "overlapping spans")
    for e in entities:
        surface = text[e["start"]:e["end"]]
        if not surface or surface != surface.strip():
            raise DevsetError(path, e["_line"], pid, f"bad span {surface!r}")

    claims = [_parse_claim(raw, path, line, pid) for line, raw in claim_lines]
    models = {e["canonical"] for e in entities if e["label"] == "MODEL"}
    benches = {e["canonical"] for e in entities if e["label"] == "BENCHMARK"}
    for (line, _), claim in zip(claim_lines, claims):
        if claim["model"] not in models:
            raise DevsetError(path, line, pid, f"claim model {claim['model']!r} is not an annotated MODEL canonical")
        if claim["benchmark"] not in benches:
            raise DevsetError(path, line, pid,
                              f"claim benchmark {claim['benchmark']!r} is not an annotated BENCHMARK canonical")
    for e in entities:
        del e["_line"]
    return {"id": pid, "text": text, "entities": entities, "claims": claims,
            "_line": block.start_line + i}


def parse_source(source: str, path: Path | str = "<string>") -> list[dict]:
    """Parse one ``.src.md`` document into passage records (validated)."""
    passages, seen = [], {}
    for block in _split_blocks(source):
        passage = parse_passage(block, path)
        if passage is None:
            continue
        line = passage.pop("_line")
        if passage["id"] in seen:
            raise DevsetError(path, line, passage["id"],
                              f"duplicate id (first at line {seen[passage['id']]})")
        seen[passage["id"]] = line
        passages.append(passage)
    return passages


def to_jsonl(passages: list[dict]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in passages)


def build(split: str, data_dir: Path = DATA_DIR) -> tuple[list[dict], str]:
    src = data_dir / f"{split}.src.md"
    passages = parse_source(src.read_text(encoding="utf-8"), src.relative_to(ROOT) if src.is_relative_to(ROOT) else src)
    return passages, to_jsonl(passages)


def stats(passages: list[dict]) -> dict:
    labels = Counter(e["label"] for p in passages for e in p["entities"])
    return {"passages": len(passages),
            "spans": sum(labels.values()),
            **{label: labels.get(label, 0) for label in LABELS},
            "claims": sum(len(p["claims"]) for p in passages),
            "distinct_canonicals": len({(e["label"], e["canonical"]) for p in passages for e in p["entities"]})}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stats", action="store_true", help="print passage/span counts per label")
    parser.add_argument("--check", action="store_true", help="do not write; fail if a jsonl file is stale")
    parser.add_argument("--split", choices=SPLITS, action="append", help="only this split (repeatable)")
    args = parser.parse_args(argv)
    status = 0
    for split in args.split or SPLITS:
        try:
            passages, content = build(split)
        except DevsetError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        out = DATA_DIR / f"{split}.jsonl"
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != content:
                print(f"{out.relative_to(ROOT)} is stale; run scripts/build_nlp_devset.py", file=sys.stderr)
                status = 1
        elif not out.exists() or out.read_text(encoding="utf-8") != content:
            out.write_text(content, encoding="utf-8")
        if args.stats:
            s = stats(passages)
            print(f"{split}: " + "  ".join(f"{k}={v}" for k, v in s.items()))
    return status


if __name__ == "__main__":
    sys.exit(main())
