"""The keys of a configuration file's directive lines: ``ProxyTimeout 120``, ``DTSTART:20270412T083000Z``,
``EXPOSE 9000``, ``$TTL 7200``, ``<Directory /srv>``.

A server config, a calendar file, a Dockerfile or a zone file is a block of lines that each open with a key and give its
value: the key is a setting's name, never a benchmark's or a model's, though its shape (a CamelCase word, a word in
capitals, a number after it) is the one a score line's benchmark has ("GPQA: 61.0", "MathArena 74"). What tells the
two apart is the block: a score list's lines give numbers, a config's lines mostly give words, paths, hosts and dates.

A **directive line** opens, after indentation and an optional ``<``, ``</``, ``$`` or ``- ``, with a key token (letters
first, no space) in capitals (``EXPOSE``, ``DTSTART``) or CamelCase (``ProxyTimeout``), or any key after ``<`` or ``$``;
then ``:``, ``=`` or spaces; then a short value (one to four tokens, no two plain lower-case words in a row: a setting,
not prose). A **directive block** holds four or more directive lines, other short lines between them allowed; a line of
eight or more words that opens with no key, or two blank lines, end it; at most a third of its values may be plain
scores (a number, a percentage), or it is a score list. Its keys are given; the caller drops a new name it guessed at a
key (a name a list knows stays: the caller's test), and no block counts whose keys include a name the caller knows
(``known(start, end)``).
"""
from __future__ import annotations

import re

_LINE = re.compile(r"^(?P<lead>[ \t]*(?:</?|\$|-[ \t]+)?)(?P<key>[A-Za-z][A-Za-z0-9_\-]*)(?P<sep>[:=][ \t]*|[ \t]+[:=]?[ \t]*)"
                   r"(?P<value>\S[^\n]*)$")
_CAPS_KEY = re.compile(r"[A-Z][A-Z0-9_\-]+\Z")
_CAMEL_KEY = re.compile(r"[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\Z")
_PROSE = re.compile(r"(?<![\w\-./])[a-z]{2,}[ ]+[a-z]{2,}(?![\w\-./])")
_SCORE = re.compile(r"[+\-]?\d{1,4}(?:[.,]\d+)?[ \t]*%?(?:[ \t]*[|,;/(][^\n]*)?\Z")
_COMMENT = re.compile(r"[ \t]*(?:#|;|//|<!--)")
MIN_LINES = 4


def _directive(m: re.Match) -> bool:
    """A directive line's key and value: a setting's shape, not a sentence's."""
    key, value = m.group("key"), m.group("value").strip()
    if not (_CAPS_KEY.match(key) or _CAMEL_KEY.match(key) or m.group("lead").strip() in ("<", "</", "$")):
        return False
    return len(value.split()) <= 4 and not _PROSE.search(value)


def directive_keys(text: str, known=lambda s, e: False) -> list[tuple[int, int, int]]:
    """(key start, key end, line end) of the keys of ``text``'s directive blocks, in text order; ``known(start, end)``:
    the caller knows the name there (then the block is no config)."""
    out: list[tuple[int, int, int]] = []
    block: list[tuple[int, int, int, bool]] = []

    def flush() -> None:
        if len(block) >= MIN_LINES and 3 * sum(score for *_, score in block) <= len(block) \
                and not any(known(s, e) for s, e, _, _ in block):
            out.extend((s, e, end) for s, e, end, _ in block)
        block.clear()

    pos, blank = 0, 0
    for line in text.split("\n"):
        end = pos + len(line)
        if not line.strip():
            blank += 1
            if blank >= 2:
                flush()
        elif not _COMMENT.match(line):
            blank = 0
            m = _LINE.match(line)
            if m is not None and _directive(m):
                value = m.group("value").strip()
                block.append((pos + m.start("key"), pos + m.end("key"), end, bool(_SCORE.match(value))))
            elif len(line.split()) >= 8 and (m is None or ":" not in m.group("sep")):
                flush()  # a sentence: the block, if any, has ended
        pos = end + 1
    flush()
    return out


def dropped(text: str, found: list[tuple[int, int, str, bool]]) -> set[tuple[int, int]]:
    """(start, end) of the new names among ``found`` ((start, end, label, known)) that a directive block's key begins
    ("ConnectAttempts 3" too: the key and its value), and their other mentions elsewhere in the text, written the
    same ("</Directory>"); names a list knows are never dropped, and they keep their block from counting."""
    known = {(s, e) for s, e, _, k in found if k}
    keys = directive_keys(text, lambda s, e: any(a < e and s < b for a, b in known))
    if not keys:
        return set()
    starts = {s: end for s, _, end in keys}
    drop = {(s, e) for s, e, lab, k in found if not k and lab in ("MODEL", "BENCHMARK") and s in starts and e <= starts[s]}
    words = {text[s:e] for s, e in drop}
    return drop | {(s, e) for s, e, lab, k in found if not k and text[s:e] in words}
