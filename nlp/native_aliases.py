"""Knowledge-base names in the scripts of their home press, and where such a name may stand in running text.

``nlp/data/native_aliases.jsonl`` lists, for knowledge-base organisations and model families of Japan, Korea, China,
Taiwan, Thailand, Israel, Greece, Ukraine, Russia and the Arab world (and the global labs those presses write in their
own script: OpenAI, Google, Microsoft, Nvidia, Hugging Face, Anthropic ...), the native-script names the company or body
uses itself, or the national press's usual transliteration (``ソフトバンク``, ``네이버``, ``허깅페이스``, ``엑사원``,
``ธนาคารกสิกรไทย``, ``רשות החדשנות``). :func:`merge` adds them to the entries as aliases when the knowledge base loads, so
an entry switched off (``kb_exclude``, ablation) takes its native names with it.

These scripts do not separate names from what follows them the way English does, so an alias written in them is looked
for inside the text and then checked by :func:`fits`:

* **Hangul**: Korean writes a particle straight after a noun (``네이버의``, ``새마루AI가``, ``허깅페이스에``): the name must
  start a word (no Hangul letter before it) and be followed by a non-Hangul character or one of the particles and
  copulas of :data:`KO_TAILS` (``삼성`` in ``삼성전자``, ``애플`` in ``애플리케이션`` are refused);
* **katakana**: a katakana word is a run of katakana (``メタデータ`` is no ``メタ``): an alias that starts (ends) with
  katakana needs a non-katakana neighbour on that side (hiragana particles ``ソフトバンクや``, kanji, punctuation);
* **Hebrew**: up to two of the one-letter prefixes (ו ה ב ל מ ש כ: "and", "the", "in", "to", "from", "that", "as")
  may stand before the name (``ומשרד``); otherwise a name starts and ends at a non-letter;
* **Arabic**: the prefixes و ف ب ل ك (and لل) likewise;
* **Thai** has no spaces between words: a Thai alias is taken where it stands, so only long, distinctive names are listed;
* **Devanagari** (vowel signs split the scanner's words): a name between non-Devanagari characters;
* Han characters keep the knowledge base's existing rule (found where they stand).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

PATH = Path(__file__).parent / "data" / "native_aliases.jsonl"

# the scripts whose aliases are looked for inside words (Han/kana, Hangul, Thai, Hebrew, Arabic, Devanagari): an
# alias holding one of their letters is searched inside the text, and only a text holding one is worth the search
SCRIPTS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f\u0590-\u05ff\u0600-\u06ff\u0900-\u097f]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc\u30fd\u30fe\u31f0-\u31ff\uff66-\uff9f]")
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
_ARABIC = re.compile(r"[\u0620-\u064a\u066e-\u06d3]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
# Korean particles, copulas and a few bound nouns that follow a name in news prose (longest first)
KO_TAILS = tuple(sorted("""은 는 이 가 을 를 의 에 에서 에게 에게서 께 께서 와 과 도 로 으로 만 까지 부터 보다 처럼 같이 마저 조차 밖에 이나 나 이라 라
이라는 라는 이란 란 이며 며 이고 고 이다 다 이자 자 이었다 였다 이지만 지만 에는 에도 에서는 에서도 와의 과의 와는 과는 로서 으로서 로써 으로써 로부터 으로부터
측 쪽 서 엔 랑 이랑 하고 에선 이든 든 조차도 까지도 만의 만이 들 등 및""".split(), key=len, reverse=True))
HE_PREFIX = "והבלמשכ"
AR_PREFIX = "وفبلك"


def merge(entries: list) -> None:
    """Add the native-script aliases of :data:`PATH` to ``entries`` (knowledge-base :class:`nlp.kb.Entry`), in place.
    A line naming no entry is skipped (an entry switched off takes its native names with it)."""
    if not PATH.is_file():
        return
    by_key = {}
    for e in entries:
        if e.label in ("ORG", "MODEL"):
            by_key.setdefault((e.label, e.name), e)
    with PATH.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.lstrip().startswith("//"):
                continue
            obj = json.loads(line)
            e = by_key.get((obj.get("label", "ORG"), obj["name"]))
            if e is None:
                continue
            have = set(e.aliases)
            e.aliases.extend(a for a in obj["aliases"] if a not in have and a != e.name)


def rows() -> list[dict]:
    """The lines of :data:`PATH` (for tests and checks)."""
    out = []
    with PATH.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.lstrip().startswith("//"):
                out.append(json.loads(line))
    return out


def _ko_tail(text: str, end: int) -> bool:
    if end >= len(text) or not _HANGUL.match(text, end):
        return True
    for t in KO_TAILS:
        if text.startswith(t, end):
            after = end + len(t)
            if after >= len(text) or not _HANGUL.match(text, after):
                return True
    return False


def _prefixed(text: str, start: int, rx: re.Pattern, prefixes: str) -> bool:
    """No letter of the script before ``start``, or one or two prefix letters after a non-letter."""
    i = start
    for _ in range(3):
        if i == 0 or not rx.match(text, i - 1):
            return True
        if text[i - 1] not in prefixes:
            return False
        i -= 1
    return False


def fits(text: str, start: int, end: int) -> bool:
    """May the alias found at ``text[start:end]`` stand there as a whole name (see the module's rules)?"""
    first, last = text[start], text[end - 1]
    if _HANGUL.match(first) and start and _HANGUL.match(text, start - 1):
        return False
    if _HANGUL.match(last) and not _ko_tail(text, end):
        return False
    if _KATAKANA.match(first) and start and _KATAKANA.match(text, start - 1):
        return False
    if _KATAKANA.match(last) and end < len(text) and _KATAKANA.match(text, end):
        return False
    if _HEBREW.match(first) and not _prefixed(text, start, _HEBREW, HE_PREFIX):
        return False
    if _HEBREW.match(last) and end < len(text) and _HEBREW.match(text, end):
        return False
    if _ARABIC.match(first) and not _prefixed(text, start, _ARABIC, AR_PREFIX):
        return False
    if _ARABIC.match(last) and end < len(text) and _ARABIC.match(text, end):
        return False
    if _DEVANAGARI.match(first) and start and _DEVANAGARI.match(text, start - 1):  # Devanagari: words between spaces
        return False
    if _DEVANAGARI.match(last) and end < len(text) and _DEVANAGARI.match(text, end):
        return False
    # a Latin letter or digit glued to the alias's Latin end ("LG AI연구원" is fine; "KBS" is no "KB")
    if last.isascii() and last.isalnum() and end < len(text) and text[end].isascii() and text[end].isalnum():
        return False
    if first.isascii() and first.isalnum() and start and text[start - 1].isascii() and text[start - 1].isalnum():
        return False
    return True


# a version after a family's native name: "엑사원 4.0보다", "하이퍼클로바X 2" (not a count, a date or a score: 3개, 2年, 66.1점)
_VERSION_AFTER = re.compile(r"[ \-\u2010]?(\d{1,2}(?:\.\d{1,2})?)(?![\d.,%]|[ ]?[年月日%点점개억만명위등호회차년월일])")


def with_version(text: str, cand, kb):
    """A family found by its native name and followed by a version is that family's versioned model
    (``엑사원 4.0`` -> ``EXAONE 4.0``): ``cand`` (an :class:`nlp.entities.Cand`) widened in place and returned."""
    if cand is None or cand.label != "MODEL" or cand.canonical not in kb.families:
        return cand
    fam = kb.families[cand.canonical]
    g = fam.grammar
    m = _VERSION_AFTER.match(text, cand.end)
    if g is None or not m or (text[cand.end - 1].isascii() and text[cand.end - 1].isalnum() and m.group(0)[0].isdigit()):
        return cand
    name = f"{g.cprefix or fam.name}{g.sep}{m.group(1)}"
    cand.end = m.end()
    cand.canonical = name
    return cand
