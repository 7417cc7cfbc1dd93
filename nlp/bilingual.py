"""A line written twice, in another script and in English, names the same things in both halves.

Translated releases and reports put the original headline beside its translation: "灵雀智能发布灵雀-4系列 / Lingque AI
releases the Lingque-4 series", "«نخلة» تطلق «سهم-2» / Nakhla AI launches Sahm-2", "कावेरी लैब्स ने तरंग-3 उतारा —
Kaveri Labs rolls out Tarang-3", or the native title on one line and "English: ..." on the next. :mod:`nlp.script_aliases`
pairs a form written right beside its English name (brackets, "known as"); this pass aligns the two halves of such a
line by what they share, with no dictionary and no transliteration:

* **the version**: a name in the other script ending in the digits of exactly one English model of the line
  ("天狼3" and "Tianlang-3", "سهم-2" and "Sahm-2") is that model: the anchor (a version apart from its word,
  "कीमत 5", only for an English name written so, "Rimon 2"). Without an anchor nothing is aligned
  (two halves that share no version may not be translations of each other);
* **order and count**: between two anchors (or an anchor and the line's end) each half holds the same number of
  names, in the same order: the native chunks (what is left between release verbs, particles, punctuation, and
  quotes) take the English names one by one, if the numbers they carry agree and a spaced chunk is no longer than
  its English name by more than a word;
* **what a name shares with its model**: when the English organisation begins with the model's stem ("Lingque AI",
  "Lingque-4"), the native chunk must begin with the model's native stem ("灵雀智能", "灵雀-4"); that native stem
  standing alone elsewhere is then the organisation ("灵雀 charges about one yuan").

A native model's other versions take the English stem with that version ("天狼2" beside "天狼3" = "Tianlang-3" is
"Tianlang-2"). Apart from bilingual lines, a table's header cell (a pipe table's, or a row split by tabs, wide spaces
or " / " above a row of numbers) or a list's label that is a native stem and a version ("| 天狼3 |", "- 天狼3:") is
the one model of the passage with that version, written in the Latin script anywhere in it; a header cell with no
English form at all, in a row that holds a model found, is a model under its own name. Kept out: digits of dates, prices and counts ("2026年", "99元", "3月"), a version two English models
share, a cased script's lower-case word.

Every pair becomes an alias of the English name (label and canonical); :mod:`nlp.script_aliases` spreads it to the
form's other mentions. Linear: skipped at once for an all-ASCII text; a few regular expressions per line with both
a separator and another script.
"""
from __future__ import annotations

import re

from .native_names import _MARK

_LATIN = r"A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_OTHER = rf"(?:[^\W\d_{_LATIN}]|{_MARK})"
_OTHER_RX = re.compile(_OTHER)
_H = "\u2010\u2011-"
_NOSPACE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")  # Thai, Kana, Han: no spaces between words
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_CASED = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")  # Greek, Cyrillic: a name starts with a capital
# a line's two halves: " / ", " | ", " — ", " – ", " - "
_SEP = re.compile(r"[ \u3000](?:/|\||\u2014|\u2013|-|\uff0f)[ \u3000]")
# a lead naming the half's language: "English:", "原文：", "Translation:"
_LEAD = re.compile(r"[ \t#*>]*(?:English|Translation|Translated|Original|Source|Summary|EN|"
                   r"英文|原文|译文|譯文|中文|英語|日本語|原題|한국어|영어|번역|Перевод|Оригинал|Переклад)[ ]?[:\uff1a][ ]*")
_TRAIL = re.compile(r"[ ]*\((?:translated|machine[- ]translated|English|translation|original)[^()]*\)[ .]*$", re.I)
# digits that are a date, a price, a count or an ordinal, not a version
_UNIT_AFTER = "年月日号號元円万萬亿億个個倍岁歲点點时時分秒位名款家条條%％"
_VERSIONED = re.compile(rf"(?P<stem>{_OTHER}+(?:[ ]{_OTHER}+){{0,2}})(?P<sep>[ {_H}]?)(?P<ver>\d+(?:\.\d+)?)"
                        rf"(?![.,]\d|[\d{_LATIN}{_UNIT_AFTER}]|[{_H}]\w)")
_EN_VERSIONED = re.compile(rf"(?P<stem>[{_LATIN}][{_LATIN}\d]*?(?:[ ][A-Z][{_LATIN}]*)?)(?P<sep>[ {_H}]?)(?P<ver>\d+(?:\.\d+)?)")
# words that join names in a headline without being part of them: release verbs, particles, conjunctions
_JOINERS_NOSPACE = re.compile(
    "对决|對決|对阵|對陣|发布|發布|推出|上线|上線|开源|開源|公布|宣布|亮相|发表|發表|携手|攜手|联合|聯合|更新|升级|升級|对比|對比|超越|击败|擊敗|"
    "発表|公開|リリース|を|が|は|の|と|で|に|も|与|與|和|的|在|将|將|把|让|讓|对|對|为|為|及|"
    "เปิดตัว|ประกาศ|และ|ของ|จาก")
_JOINER_WORDS = frozenset("""
ने का की के को में से और पर द्वारा तथा एवं
و في من على مع عن تطلق تكشف تعلن تطرح أطلقت كشفت أعلنت يطلق يكشف تقدم قدمت
и в на с от для представила представил представляет выпустила выпустил выпускает запустила запустил анонсировала
та і від випустила випустив представив запустив
και από με για η το ο της του παρουσιάζει παρουσίασε κυκλοφορεί ανακοινώνει λανσάρει
של את עם משיקה השיקה מציגה הציגה חושפת חשפה משיק השיק
및 와 과 공개 출시 발표 공개했다 출시했다 발표했다 선보였다 선보여
""".split())
_KO_PARTICLE = re.compile(r"(?<=[\uac00-\ud7af]{2})(?:이|가|은|는|을|를|의|와|과|도|에서|으로|로)$")
_PUNCT = re.compile(r"[,;:!?()\[\]\uff08\uff09\u3001\uff0c\u3002\uff1a\uff1b\uff01\uff1f\u060c\u061b\u061f\u0964]")
_QUOTED = re.compile(r"[\u00ab\u201c\u201e\"\u300c\u300e\u300a\u2039](?P<q>[^\u00ab\u00bb\u201c\u201d\u201e\"\u300c\u300d\u300e\u300f\u300a\u300b\n]{1,40})"
                     r"[\u00bb\u201d\"\u300d\u300f\u300b\u203a]")
# a table's header row (the row above its |---| rule) and a list's label ("- 天狼3:", "天狼3：")
_RULE_ROW = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}", re.M)
_LABEL = re.compile(rf"^[ \t]*(?:[-*\u2022][ ]|\d+[.)][ ])?(?P<form>{_OTHER}{{2,8}}[ {_H}]?\d+(?:\.\d+)?)[ ]?[:\uff1a]", re.M)
_CELL_FORM = re.compile(rf"(?P<stem>{_OTHER}{{2,8}})(?P<sep>[ {_H}]?)(?P<ver>\d+(?:\.\d+)?)")
_NOT_STEMS = frozenset("版本 模型 型号 型號 第 版 代 系列 评测 評測 基准 基準 测试 測試 分数 分數 得分 平均".split())

Found = list[tuple[int, int, str, str]]


def _counts(s: str) -> tuple[int, int]:
    return len(_OTHER_RX.findall(s)), sum(ch.isascii() and ch.isalpha() for ch in s)


def _halves(text: str) -> list[tuple[int, int, int, int]]:
    """(native start, native end, English start, English end) of the lines written twice."""
    out = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for i, (a, b) in enumerate(lines):
        if b - a > 300 or not _OTHER_RX.search(text, a, b):
            continue
        pieces, at = [], a
        for m in _SEP.finditer(text, a, b):
            pieces.append((at, m.start()))
            at = m.end()
        pieces.append((at, b))
        if len(pieces) == 1 and i + 1 < len(lines) and lines[i + 1][0] == b + 1 and lines[i + 1][1] - lines[i + 1][0] <= 300:
            pieces.append(lines[i + 1])  # the native title, and its translation on the next line
        for (p, q), (r, s) in zip(pieces, pieces[1:]):
            one, two = _trimmed(text, p, q), _trimmed(text, r, s)
            kinds = (_kind(text[one[0]:one[1]]), _kind(text[two[0]:two[1]]))
            if kinds == ("native", "latin"):
                out.append((*one, *two))
                break
            if kinds == ("latin", "native"):
                out.append((*two, *one))
                break
    return out


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    m = _LEAD.match(text, a, b)
    if m and m.end() < b:
        a = m.end()
    m = _TRAIL.search(text[a:b])
    if m and m.start() > 0:
        b = a + m.start()
    return a, b


def _kind(s: str) -> str | None:
    other, latin = _counts(s)
    if other >= 2 and other >= latin:
        return "native"
    if latin >= 3 and other * 4 <= latin:
        return "latin"
    return None


def _en_version(canon: str) -> tuple[str, str, str] | None:
    """(stem, separator, version) of an English model written as a stem and a version ("Tianlang-3", "Jelka 2")."""
    m = _EN_VERSIONED.fullmatch(canon)
    return (m.group("stem"), m.group("sep"), m.group("ver")) if m else None


def _version(s: str) -> str | None:
    m = re.search(rf"(?<![\d.])(\d+(?:\.\d+)?)(?:[{_H}][A-Za-z]+)?$", s)
    return m.group(1) if m else None


def _nospace(s: str) -> bool:
    return bool(_NOSPACE.search(s))


def _native_stem(text: str, m: re.Match, en_words: int) -> int | None:
    """Start of a versioned native form's stem: its last words (as many as the English stem has), or the last piece
    of a run with no spaces."""
    s, stem = m.start("stem"), m.group("stem")
    if _nospace(stem):
        stem = stem.split(" ")[-1]
        s = m.end("stem") - len(stem)
        pieces = _JOINERS_NOSPACE.split(stem)
        stem = pieces[-1]
        s = m.end("stem") - len(stem)
        if len(stem) > 4 and _HAN_KANA.search(stem):  # no spaces around the name: its tail that the passage writes elsewhere
            tail = next((k for k in range(4, 1, -1) if text.count(stem[-k:]) > 1), None)
            if tail is None:
                return None
            s, stem = m.end("stem") - tail, stem[-tail:]
    else:
        words = stem.split(" ")
        words = words[-max(1, en_words):]
        while words and (words[0].lower() in _JOINER_WORDS or _CASED.match(words[0]) and words[0][0].islower()):
            words = words[1:]
        if not words:
            return None
        stem = " ".join(words)
        s = m.end("stem") - len(stem)
    if len(stem) < 2 or stem in _NOT_STEMS or stem[0].islower():
        return None
    return s


def _between(text: str, a: int, b: int, rx: re.Pattern):
    """The spans of text[a:b] between the matches of ``rx``."""
    at = a
    for m in rx.finditer(text, a, b):
        if m.start() > at:
            yield at, m.start()
        at = max(at, m.end())
    if at < b:
        yield at, b


def _chunks(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The native names a stretch of a headline can hold: quoted forms, else what is left between punctuation,
    release verbs and particles (edge words that join names dropped)."""
    quoted = [(m.start("q"), m.end("q")) for m in _QUOTED.finditer(text, a, b)]
    if quoted:
        return quoted
    out = []
    for pa, pb in _between(text, a, b, _PUNCT):
        parts = _between(text, pa, pb, _JOINERS_NOSPACE) if _nospace(text[pa:pb]) else [(pa, pb)]
        for qa, qb in parts:
            run: list[tuple[int, int]] = []
            for w in re.finditer(r"\S+", text[qa:qb]):
                ws = qa + w.start()
                word = _KO_PARTICLE.sub("", w.group())
                if word.lower() in _JOINER_WORDS or _CASED.match(word) and word[0].islower():
                    if run:
                        out.append((run[0][0], run[-1][1]))
                    run = []
                    continue
                run.append((ws, ws + len(word)))
            if run:
                out.append((run[0][0], run[-1][1]))
    return [(s, e) for s, e in out if _OTHER_RX.search(text, s, e)]


def _numbers(s: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", s))


def _align_line(text: str, na: int, nb: int, ea: int, eb: int, found: Found, pairs: dict, stems: list) -> None:
    names = sorted((s, e, lab, canon) for s, e, lab, canon in found if ea <= s and e <= eb)
    if not names:
        return
    # anchors: a native name ending in the version of exactly one English model of the line
    by_ver: dict[str, list[tuple[int, int, str, str]]] = {}
    for n in names:
        v = _en_version(n[3]) if n[2] == "MODEL" else None
        if v:
            by_ver.setdefault(v[2], []).append(n)
    anchors = []  # (native start, native end, English name)
    native_vers: dict[str, list[re.Match]] = {}
    for m in _VERSIONED.finditer(text, na, nb):
        native_vers.setdefault(m.group("ver"), []).append(m)
    for ver, ns in by_ver.items():
        if len(ns) != 1:
            continue
        n = ns[0]
        estem, esep, _ = _en_version(n[3])
        # a version apart from its word ("कीमत 5", "price 5") only for a name written so in English ("Rimon 2")
        ms = [m for m in native_vers.get(ver, []) if m.group("sep") != " " or esep == " "]
        if len(ms) != 1:
            continue
        s = _native_stem(text, ms[0], len(estem.split(" ")))
        if s is None:
            continue
        anchors.append((s, ms[0].end(), n))
        stems.append((text[s:ms[0].start("sep") if ms[0].group("sep") else ms[0].start("ver")], estem, esep, n[2]))
    if not anchors:
        return
    anchors.sort()
    for s, e, n in anchors:
        pairs.setdefault((s, e), (n[2], n[3]))
    if [x[2] for x in anchors] != sorted(x[2] for x in anchors):
        return  # the halves name the models in another order: no telling what else moved
    # the names between anchors, one by one
    bounds_n = [na] + [x for s, e, _ in anchors for x in (s, e)] + [nb]
    bounds_e = [ea] + [x for _, _, n in anchors for x in (n[0], n[1])] + [eb]
    for k in range(0, len(bounds_n), 2):
        ga, gb, ha, hb = bounds_n[k], bounds_n[k + 1], bounds_e[k], bounds_e[k + 1]
        eng = [n for n in names if ha <= n[0] and n[1] <= hb]
        if not eng:
            continue
        nat = _chunks(text, ga, gb)
        if len(nat) != len(eng):
            continue
        for (s, e), n in zip(nat, eng):
            form, english = text[s:e], text[n[0]:n[1]]
            if _numbers(form) != _numbers(english):
                continue
            if not _nospace(form) and len(form.split(" ")) > len(english.split(" ")) + 1:
                continue
            first = english.split(" ")[0].split("-")[0].lower()
            shared = [st for st, est, _, _ in stems if est.split(" ")[0].lower() == first]
            if shared and not form.startswith(shared[0]):
                continue  # "Lingque AI" and "Lingque-4": the native lab must begin as "灵雀-4" does
            pairs.setdefault((s, e), (n[2], n[3]))
            if shared and n[2] == "ORG" and len(form) > len(shared[0]):
                _bare_stem(text, shared[0], n[3], pairs)


def _bare_stem(text: str, stem: str, canon: str, pairs: dict) -> None:
    """The native stem the lab shares with its model, standing alone, is the lab ("灵雀 charges")."""
    for m in re.finditer(rf"(?<![^\W\d_]){re.escape(stem)}(?![^\W_]|{_MARK}|[ {_H}]?\d)", text):
        pairs.setdefault((m.start(), m.end()), ("ORG", canon))


def _siblings(text: str, stems: list, pairs: dict) -> None:
    """The native model's other versions: the English stem with that version ("天狼2" beside 天狼3 = Tianlang-3)."""
    for stem, estem, esep, label in stems:
        if label != "MODEL":
            continue
        lead = "" if _nospace(stem) else rf"(?<![^\W\d_])"
        for m in re.finditer(rf"{lead}{re.escape(stem)}(?P<sep>[ {_H}]?)(?P<ver>\d+(?:\.\d+)?)(?![.,]\d|[\d{_LATIN}{_UNIT_AFTER}]|[{_H}]\w)", text):
            pairs.setdefault((m.start(), m.end()), ("MODEL", f"{estem}{esep}{m.group('ver')}"))


_CELL_SPLIT = re.compile(r"\t+|[ ]{2,}|[ ]/[ ]|[ ]*\|[ ]*")
_NUMBER_CELL = re.compile(r"[-+]?\d+(?:[.,]\d+)?[%*\u2020\u2021]*|n/a|-|\u2014")


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    return [(x, y) for x, y in _between(text, a, b, _CELL_SPLIT) if text[x:y].strip()]


def _labels(text: str) -> list[tuple[re.Match, tuple[int, int]]]:
    """Versioned native forms that fill a table's header cell (a pipe table's, or a row of cells split by tabs, wide
    spaces or " / " above a row of numbers), or label a list item; each with the span of its row."""
    out = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for i, (a, b) in enumerate(lines[:-1]):
        if b - a > 400 or not _OTHER_RX.search(text, a, b):
            continue  # a header worth reading holds a native cell
        head = _cells(text, a, b)
        if len(head) < 2:
            continue
        nxt = lines[i + 1]
        if _RULE_ROW.match(text, nxt[0], nxt[1]) and "|" in text[a:b]:
            pass  # a pipe table's header
        else:
            row = [text[x:y].strip() for x, y in _cells(text, *nxt)]
            if len(row) != len(head) or sum(bool(_NUMBER_CELL.fullmatch(c)) for c in row[1:]) * 2 < len(row) - 1:
                continue
        for x, y in head:
            m = _CELL_FORM.fullmatch(text, x, y)
            if m:
                out.append((m, (a, b)))
    for m in _LABEL.finditer(text):
        out.append((_CELL_FORM.match(text, m.start("form"), m.end("form")), (m.start(), m.end())))
    return out


_JOINER_END = re.compile(rf"(?:{_JOINERS_NOSPACE.pattern})\Z")


def mentions(text: str, form: str):
    """(start, end) of every mention of ``form`` as a whole word; a Chinese or Japanese form, written with no spaces
    around it, may also touch a release verb or particle ("天枢智能发布宇宙3": "天枢智能" and "宇宙3")."""
    rx = re.compile(rf"(?P<l>(?<![^\W_]))?{re.escape(form)}(?P<r>(?![^\W_]|[-\u2010\u2011]\d|{_MARK}))?")
    han = bool(_HAN_KANA.search(form))
    for m in rx.finditer(text):
        if m.group("l") is None and not (han and _JOINER_END.search(text, max(0, m.start() - 4), m.start())):
            continue
        if m.group("r") is None and not (han and _JOINERS_NOSPACE.match(text, m.end())):
            continue
        yield m.start(), m.end()


def pairs(text: str, found: Found) -> dict[tuple[int, int], tuple[str, str]]:
    """{span of a native form: (label, canonical)} for the names of ``found`` ((start, end, label, canonical) of the
    names found) written in another script in a bilingual line, a table header or a list label."""
    if text.isascii() or not found or not _OTHER_RX.search(text):  # (an em dash or an accent is no other script)
        return {}
    out: dict[tuple[int, int], tuple[str, str]] = {}
    stems: list = []
    alone: list[re.Match] = []
    if _SEP.search(text) or "\n" in text:
        for na, nb, ea, eb in _halves(text):
            _align_line(text, na, nb, ea, eb, found, out, stems)
    labels = _labels(text) if ("|" in text or ":" in text or "\uff1a" in text or "  " in text or "\t" in text) else []
    if labels:
        models: dict[str, set[tuple[str, str, str]]] = {}
        for s, e, lab, canon in found:
            v = _en_version(canon) if lab == "MODEL" else None
            if v and text[s:e].isascii():
                models.setdefault(v[2], set()).add((canon, v[0], v[1]))
        for m, (ra, rb) in labels:
            stem = m.group("stem")
            if stem in _NOT_STEMS or stem[0].islower():
                continue
            named = models.get(m.group("ver"))
            if named and len(named) == 1:
                canon, estem, esep = next(iter(named))
                if m.group("sep") == " " and esep != " ":
                    continue
                out.setdefault((m.start(), m.end()), ("MODEL", canon))
                stems.append((stem, estem, esep, "MODEL"))
            elif not named and any(lab == "MODEL" and ra <= s and e <= rb for s, e, lab, _ in found):
                alone.append(m)  # a native model among the table's models, unless a sibling of a paired one
    if stems:
        _siblings(text, stems, out)
    for m in alone:
        out.setdefault((m.start(), m.end()), ("MODEL", m.group(0)))
    return out
