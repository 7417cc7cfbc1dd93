"""Text formats the name finder would read raw, decoded first with an offset map (round 18, branch nlp-markup18).

A passage may reach the reader still in its transport or source format: an e-mail in quoted-printable (``Gavotte 3
Pr=\\no``, ``Hv=C4=9Bzda 2``), LaTeX source (``\\textsc{Pinnace}-12B``), an iCalendar or vCard file whose long lines
are folded (``Tachygraph-\\n Eval``), an Atom/RSS feed (``<title>Kvasar — News</title>``), Markdown links and images
(``[Sora](https://…)``, ``![alt](src)``), subtitle cues (SRT/WebVTT timing lines between the words of one sentence),
OCR'd or PDF text with a capitalised name hyphenated at a line end (``SWE-\\nbench``). :func:`normalise` gives the copy
the reader reads and an :class:`nlp.markup.OffsetMap`-like map back, so every span found still indexes the caller's text
(``text[start:end]`` is the raw span, markup included: ``Gavotte 3 Pr=\\no``).

Each format is **detected by its own signature**, never by words: one cheap test per format per text (a substring test
first, a regex only when it passes), and a text showing no signature comes back as it is, with ``None`` for the map:

- quoted-printable: two soft line breaks (``=`` ending a line that is not a rule of ``=``), or two ``=XX`` escapes with a
  hex letter, or one UTF-8 sequence of escapes (``=E2=80=99``), or an RFC 2047 encoded word (``=?UTF-8?Q?…?=``). A
  formula ``a=b``, ``n=10, k=20`` or a price ``=$5`` is none of these.
- LaTeX: two commands with a braced argument (``\\textbf{``), or ``\\begin{``, or a booktabs/``\\hline`` rule.
- iCalendar / vCard: a line ``BEGIN:VCALENDAR`` / ``BEGIN:VEVENT`` / ``BEGIN:VCARD`` (the format's own first line).
- XML feeds: ``<?xml``, ``<feed``, ``<rss``, ``<entry>`` or ``<item>``.
- Markdown links and images: ``[text](target)`` itself (no other condition: the pattern is the signature).
- subtitles: a cue timing line ``00:01:02,345 --> 00:01:04,000`` (SRT) or ``01:02.345 --> …`` (WebVTT).
- line-end hyphen of a name: see :func:`_ocr_edits`.
"""
from __future__ import annotations

import base64
import binascii
import re

from .offset_map import OffsetMap

# -- the edit list and its map ------------------------------------------------------------------------------------------


class EditMap(OffsetMap):
    """Offsets of the decoded copy -> offsets of the input, for a list of edits (start, end, replacement): the pieces
    and mapping of :class:`nlp.offset_map.OffsetMap`, and one more case, a start at the very end of the copy, which maps
    to the end of the input (a last piece replaced or deleted would otherwise send it to that piece's start)."""

    def start(self, x: int) -> int:
        ca, ia, cl, il, copied = self._piece(x)
        if x >= ca + cl:  # at the very end of the copy
            return ia + il
        return super().start(x)


class Chain:
    """Two maps one after the other: ``first`` maps its copy to the input, ``then`` maps the copy of that copy."""

    def __init__(self, first, then):
        self.first, self.then = first, then

    def start(self, x: int) -> int:
        return self.first.start(self.then.start(x))

    def end(self, x: int) -> int:
        return self.first.end(self.then.end(x))


def chain(first, then):
    """The map of two steps, either of which may be None (no change)."""
    if first is None:
        return then
    if then is None:
        return first
    return Chain(first, then)


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, EditMap | None]:
    """``text`` with each (start, end, replacement) applied (sorted, overlapping ones after the first skipped)."""
    if not edits:
        return text, None
    out: list[str] = []
    pieces: list[tuple[int, int, int, int, bool]] = []
    n = pos = 0

    def add(s: str, at: int, length: int, copied: bool) -> None:
        nonlocal n
        if s:
            out.append(s)
            pieces.append((n, at, len(s), length, copied))
            n += len(s)

    for a, b, rep in sorted(edits, key=lambda e: (e[0], e[1])):
        if a < pos or (a == b and not rep):
            continue
        add(text[pos:a], pos, a - pos, True)
        add(rep, a, b - a, False)
        pos = b
    add(text[pos:], pos, len(text) - pos, True)
    if not pieces:  # everything deleted: nothing to read
        return text, None
    return "".join(out), EditMap(pieces)


# -- quoted-printable ---------------------------------------------------------------------------------------------------
_QP_SOFT = re.compile(r"(?<![=\n])=\r?\n")  # "=" ending a line; a rule "=====" of a Markdown heading is none
_QP_LETTER_ESC = re.compile(r"=(?:[0-9A-F][A-F]|[A-F][0-9A-F])")
_QP_UTF8 = re.compile(r"=[C-F][0-9A-F](?:=[89AB][0-9A-F])+")
_QP_RUN = re.compile(r"(?:=[0-9A-F]{2})+")
_QP_WORD = re.compile(r"=\?[A-Za-z0-9_-]+\?([QqBb])\?([^?\s]*)\?=")


def _is_qp(text: str) -> bool:
    if "=" not in text:
        return False
    if "=?" in text and _QP_WORD.search(text):
        return True
    if _QP_UTF8.search(text):
        return True
    soft = _QP_SOFT.findall(text, 0)
    if len(soft) >= 2:
        return True
    return len(_QP_LETTER_ESC.findall(text)) >= 2


def _qp_bytes(run: str) -> str | None:
    """What a run of ``=XX`` escapes stands for; None when it is no UTF-8 text (left as written)."""
    raw = bytes(int(run[i + 1:i + 3], 16) for i in range(0, len(run), 3))
    try:
        s = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(raw) == 1 and not (raw in (b" ", b"\t") or any(c in "ABCDEF" for c in run[1:])):
        return None  # "=10" of "n=10" is no escape; "=3D", "=2C", "=20" are
    if any(ord(c) < 32 and c not in "\t" for c in s):
        return None
    return s.replace("\t", " ")


def _qp_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    words = []
    for m in _QP_WORD.finditer(text):  # RFC 2047: "=?UTF-8?Q?Vanterra=E2=80=99s_week?="
        words.append((m.start(), m.end()))
        if m.group(1) in "Bb":
            try:
                dec = base64.b64decode(m.group(2), validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError, ValueError):
                continue
            edits.append((m.start(), m.end(), dec))
            continue
        a = m.start(2)
        edits.append((m.start(), a, ""))
        for r in _QP_RUN.finditer(text, a, m.end(2)):
            rep = _qp_bytes(r.group())
            if rep is not None:
                edits.append((r.start(), r.end(), rep))
        for i in range(a, m.end(2)):
            if text[i] == "_":
                edits.append((i, i + 1, " "))
        edits.append((m.end(2), m.end(), ""))

    def inside(i: int) -> bool:
        return any(a <= i < b for a, b in words)

    for m in _QP_SOFT.finditer(text):
        if not inside(m.start()):
            edits.append((m.start(), m.end(), ""))
    for r in _QP_RUN.finditer(text):
        if not inside(r.start()):
            rep = _qp_bytes(r.group())
            if rep is not None:
                edits.append((r.start(), r.end(), rep))
    return edits


# -- LaTeX -----------------------------------------------------------------------------------------------------------
_TEX_ARG_CMD = re.compile(r"\\[A-Za-z]+\*?\{")
_TEX_RULE = re.compile(r"\\(?:hline|toprule|midrule|bottomrule|cline|cmidrule)(?![A-Za-z])")
_TEX_CMD = re.compile(r"\\([A-Za-z]+)(\*?)")
# commands whose argument is a key, a reference, a length or a file: dropped with it
_TEX_DROP = frozenset("cite citep citet citealt citealp citeauthor citeyear nocite label ref eqref autoref cref Cref "
                      "pageref vref nameref vspace hspace includegraphics bibliography bibliographystyle input include "
                      "usepackage documentclass newcommand renewcommand setlength addtolength url".split())
_TEX_SPECIAL = {"%": "%", "&": "&", "_": "_", "#": "#", "$": "$", "{": "{", "}": "}", ",": " ", " ": " ", ";": " ",
                ":": " ", "!": ""}
_TEX_ROW = re.compile(r"^[ \t]*(?=[^\n]*&)([^\s%])", re.M)  # a line holding a cell bar: a row (its first cell may be empty)
_LINE = re.compile(r"[^\n]*")
_TEX_TABULAR = re.compile(r"\\begin\{(tabular\*?|tabularx|longtable|array|tabu)\}")


def _is_latex(text: str) -> bool:
    if "\\" not in text:
        return False
    if "\\begin{" in text or _TEX_RULE.search(text):
        return True
    return len(_TEX_ARG_CMD.findall(text)) >= 2


def _group_end(text: str, i: int) -> int:
    """The index after the ``}`` closing the ``{`` at ``i`` (escaped braces skipped); -1 when it is not closed."""
    depth = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _tex_tables(text: str) -> list[tuple[int, int]]:
    """(start, end) of the body of each tabular environment."""
    out = []
    for m in _TEX_TABULAR.finditer(text):
        end = text.find("\\end{" + m.group(1) + "}", m.end())
        if end > 0:
            out.append((m.end(), end))
    return out


def _latex_edits(text: str) -> list[tuple[int, int, str]]:
    edits: list[tuple[int, int, str]] = []
    tables = _tex_tables(text)

    def in_table(i: int) -> bool:
        return any(a <= i < b for a, b in tables)

    header_rules = set()
    for a, b in tables:  # a row of cells opens with a bar, as a pipe table's does: "| Model | GPQA |"
        rows = list(_TEX_ROW.finditer(text, a, b))
        for m in rows:
            edits.append((m.start(1), m.start(1), "| "))
        if len(rows) >= 2:  # the rule under the header row is the pipe table's "|---|"
            r = _TEX_RULE.search(text, rows[0].end(), rows[1].start())
            if r is not None:
                header_rules.add(r.start())
    i, n = 0, len(text)
    closers: set[int] = set()  # the "}" of a kept argument
    while i < n:
        c = text[i]
        if c == "\\":
            nxt = text[i + 1:i + 2]
            if nxt == "\\":  # a row end in a table, a line break elsewhere
                edits.append((i, i + 2, " |" if in_table(i) else "\n"))
                i += 2
                continue
            m = _TEX_CMD.match(text, i)
            if m is None:
                if nxt in _TEX_SPECIAL:
                    edits.append((i, i + 2, _TEX_SPECIAL[nxt]))
                    i += 2
                    continue
                i += 1
                continue
            name, j = m.group(1), m.end()
            if name in ("begin", "end") and text.startswith("{", j):
                k = _group_end(text, j)
                if k < 0:
                    i = j
                    continue
                # "\begin{tabular}{lcccc}", "\begin{table}[t]": the environment's options go too
                while k < n and text[k] in "[{":
                    if text[k] == "[":
                        q = text.find("]", k)
                        if q < 0 or "\n" in text[k:q]:
                            break
                        k = q + 1
                    else:
                        q = _group_end(text, k)
                        if q < 0 or "\n" in text[k:q]:
                            break
                        k = q
                edits.append((i, k, ""))
                i = k
                continue
            k = j
            if k < n and text[k] == "[":  # an optional argument: "\textcolor[rgb]", "\item[a)]"
                q = text.find("]", k)
                if 0 < q and "\n" not in text[k:q]:
                    k = q + 1
            if k < n and text[k] == "{":
                end = _group_end(text, k)
                if end < 0:
                    edits.append((i, j, ""))
                    i = j
                    continue
                if name in _TEX_DROP:
                    edits.append((i, end, ""))
                    i = end
                    continue
                edits.append((i, k + 1, ""))  # "\textsc{" goes, the argument is read, its "}" goes
                closers.add(end - 1)
                i = k + 1
                continue
            # a command without an argument: "\centering", "\toprule", "\bf"; "cf.\ " is handled above
            edits.append((i, k, "|---|" if i in header_rules else ""))
            i = k
            continue
        if c == "}" and i in closers:
            edits.append((i, i + 1, ""))
        elif c == "~":
            edits.append((i, i + 1, " "))
        elif c == "&" and in_table(i):
            edits.append((i, i + 1, "|"))
        elif c in "{}":  # grouping: "{\bf X}" ("$" is left alone: a price in the prose around a table)
            edits.append((i, i + 1, ""))
        i += 1
    # a line of commands alone ("\toprule", "\label{x}", "\begin{table}[t]") goes with its line break: a table's
    # rows stay together and no blank line is left where there was none
    gone = [(a, b) for a, b, rep in edits if not rep]
    g = 0
    for m in _LINE.finditer(text):
        a, b = m.span()
        if b >= n or not text[a:b].strip():
            continue
        while g < len(gone) and gone[g][1] <= a:
            g += 1
        k, pos = g, a
        while pos < b:
            if text[pos] in " \t":
                pos += 1
            elif k < len(gone) and gone[k][0] <= pos < gone[k][1]:
                pos = gone[k][1]
                k += 1
            elif k < len(gone) and gone[k][1] <= pos:
                k += 1
            else:
                break
        if pos >= b:
            edits.append((b, b + 1, ""))
    return edits


# -- iCalendar / vCard ------------------------------------------------------------------------------------------------
_ICAL = re.compile(r"^BEGIN:V(?:CALENDAR|EVENT|CARD|TODO|JOURNAL)\r?$", re.M)
_ICAL_FOLD = re.compile(r"\r?\n[ \t]")
_ICAL_ESC = re.compile(r"\\([,;\\nN])")


def _is_ical(text: str) -> bool:
    return "BEGIN:V" in text and _ICAL.search(text) is not None


def _ical_edits(text: str) -> list[tuple[int, int, str]]:
    edits = [(m.start(), m.end(), "") for m in _ICAL_FOLD.finditer(text)]
    for m in _ICAL_ESC.finditer(text):
        ch = m.group(1)
        edits.append((m.start(), m.end(), "\n" if ch in "nN" else ch))
    return edits


# -- XML feeds --------------------------------------------------------------------------------------------------------
_XML_SIGN = re.compile(r"<\?xml|<feed[\s>]|<rss[\s>]|<entry>|<item>")
_XML_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_XML_DROP = re.compile(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", re.S)
_XML_TAG = re.compile(r"</?[A-Za-z_][\w:.-]*((?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*/?>")
_XML_NAME = re.compile(r"</?([A-Za-z_][\w:.-]*)")
_XML_ATTR = re.compile(r"[\w:.-]+\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def _is_xml(text: str) -> bool:
    return "<" in text and _XML_SIGN.search(text) is not None


def _label_value(v: str) -> bool:
    """An attribute value that is words (a category term, a title), not a URL, a path, a type or a number."""
    return any(c.isalpha() for c in v) and not any(c in v for c in "/:=#@")


def _xml_edits(text: str) -> list[tuple[int, int, str]]:
    """Every element tag a line break; the tags of an element holding other elements (``<entry>``, ``<item>``) and the
    white space between tags a blank line (one entry, one paragraph); CDATA unwrapped; comments and declarations gone."""
    taken: list[tuple[int, int]] = []
    marks: list[tuple[int, int, str | None, list]] = []  # (start, end, element name or None, kept attribute values)
    for m in _XML_DROP.finditer(text):
        marks.append((m.start(), m.end(), None, []))
        taken.append((m.start(), m.end()))
    cdata = []
    for m in _XML_CDATA.finditer(text):  # the wrapper goes, the content is read
        cdata.append((m.start(), m.start(1), m.end(1), m.end()))
        taken.append((m.start(), m.end()))
    for m in _XML_TAG.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        keep = []
        for at in _XML_ATTR.finditer(text, m.start(1), m.end(1)):  # <category term="hvezda-2"/>: the words stay
            g = 1 if at.group(1) is not None else 2
            if _label_value(at.group(g)):
                keep.append((at.start(g), at.end(g)))
        name = _XML_NAME.match(text, m.start()).group(1)
        marks.append((m.start(), m.end(), name, keep))
    for a, s, e, b in cdata:
        marks.append((a, s, None, []))
        marks.append((e, b, None, []))
    marks.sort()
    # an element that holds other elements: its opening tag is followed by another tag, white space between
    containers = {name for (a, b, name, keep), nxt in zip(marks, marks[1:])
                  if name and not keep and text[a + 1] != "/" and not text[b - 2:b] == "/>" and not text[b:nxt[0]].strip()}
    edits: list[tuple[int, int, str]] = []
    i = 0
    while i < len(marks):  # a run of tags with only white space between them is one break
        a, b, name, keep = marks[i]
        big = name in containers
        parts = [(a, b, keep)]
        j = i + 1
        while j < len(marks) and not text[parts[-1][1]:marks[j][0]].strip():
            parts.append((marks[j][0], marks[j][1], marks[j][3]))
            big = big or marks[j][2] in containers
            j += 1
        pos = a
        for s, e, kept in parts:
            for ks, ke in kept:
                edits.append((pos, ks, "\n"))
                pos = ke
        edits.append((pos, parts[-1][1], "\n\n" if big else "\n"))
        i = j
    return edits


# -- Markdown links and images ----------------------------------------------------------------------------------------
_MD_LINK = re.compile(r"(!?)\[([^\[\]\n]+)\]\((?:<[^<>\n]*>|[^()\s]+(?:\([^()\s]*\)[^()\s]*)?)(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'))?\)")


def _md_edits(text: str) -> list[tuple[int, int, str]]:
    edits = []
    for m in _MD_LINK.finditer(text):
        edits.append((m.start(), m.start(2), ""))  # "[" or "!["
        edits.append((m.end(2), m.end(), ""))  # "](target)"
    return edits


# -- subtitle cues ----------------------------------------------------------------------------------------------------
_TIME = r"(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
_CUE = re.compile(rf"(?:^|\n)(?:[ \t]*\n)*(?:[ \t]*\d+[ \t]*\r?\n)?[ \t]*{_TIME}[ \t]*-->[ \t]*{_TIME}[^\n]*(?:\n|$)")
_CUE_SIGN = re.compile(rf"{_TIME}[ \t]*-->[ \t]*{_TIME}")


def _is_subtitles(text: str) -> bool:
    return "-->" in text and _CUE_SIGN.search(text) is not None


def _cue_edits(text: str) -> list[tuple[int, int, str]]:
    """The cue number and timing line go; the cue's text joins the cue before it with a space (one sentence may run
    over cues); the text of a cue keeps its own line breaks (the wrap reader joins prose lines)."""
    edits = []
    for m in _CUE.finditer(text):
        edits.append((m.start(), m.end(), " " if m.start() > 0 else ""))
    return edits


# -- a capitalised name hyphenated at a line end ------------------------------------------------------------------------
# nlp.line_breaks already joins "Goo-\ngle" when the joined word is known or written whole, and drops the break before a
# capital ("Clause-\nTrace"). What it leaves is a name whose first part has a capital after its first letter or a digit
# ("SWE-\nbench", "GPT4-\nturbo", "LiveCode-\nbench"): a word no dictionary has, so the hyphen is the writer's: the line
# break goes and the hyphen stays ("SWE-bench"). A lower-case word ("bench-\nmark") is left to line_breaks.
_NAME_BREAK = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z0-9]*)-\n[ \t]*(?=[a-z])")


def _name_shaped(word: str) -> bool:
    """a capital after the first letter, or a digit: SWE, LiveCode, GPT4; not bench, Key, State"""
    return any(c.isupper() or c.isdigit() for c in word[1:])


def _ocr_edits(text: str) -> list[tuple[int, int, str]]:
    return [(m.end(1) + 1, m.end(), "") for m in _NAME_BREAK.finditer(text) if _name_shaped(m.group(1))]


def _is_broken_name(text: str) -> bool:
    return "-\n" in text and any(_name_shaped(m.group(1)) for m in _NAME_BREAK.finditer(text))


# -- all of them ------------------------------------------------------------------------------------------------------
# (name, signature test, edits): in this order, each on the copy the one before gave (a QP e-mail may carry a feed)
STEPS = (
    ("quoted-printable", _is_qp, _qp_edits),
    ("icalendar", _is_ical, _ical_edits),
    ("xml", _is_xml, _xml_edits),
    ("latex", _is_latex, _latex_edits),
    ("markdown-link", lambda t: "](" in t, _md_edits),
    ("subtitles", _is_subtitles, _cue_edits),
    ("name-hyphen", _is_broken_name, _ocr_edits),
)


def detect(text: str) -> list[str]:
    """The formats whose signature ``text`` shows (each tested on the raw text)."""
    return [name for name, sign, _ in STEPS if sign(text)]


def normalise(text: str) -> tuple[str, EditMap | Chain | None]:
    """(the copy to read, map back to ``text``); ``(text, None)`` when no format's signature shows."""
    omap = None
    for _, sign, edits in STEPS:
        if sign(text):
            text, m = apply_edits(text, edits(text))
            omap = chain(omap, m)
    return text, omap
