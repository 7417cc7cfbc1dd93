"""Benchmark names with a qualifier in front that the text treats as part of the name.

* A language before a benchmark: "Turkish MMLU (%)" as a table's row head, "scores 71.0 on Swahili
  GSM8K": one benchmark, ``Turkish MMLU`` (translated or native versions of a benchmark are their own
  benchmarks; the README's claims sets and the entity guidelines keep ``Japanese MT-Bench`` whole).
  Not when the language is prose around the name: after a determiner or a possessive ("the English
  MMLU-Pro", "our Portuguese MMLU-ProX questions") or before a word that makes it a part of the
  benchmark ("Korean MMLU variants", "the Hindi GSM8K subset"), nor before a benchmark that is multilingual
  itself ("Swahili Global-MMLU": Global-MMLU's Swahili part, which takes the parent's name).
* A competition's own name before an acronym and its year: "In Raksha CTF 2026, the capture-the-flag
  contest …" is ``Raksha CTF 2026``, not ``CTF 2026``; only for a benchmark no list knows (a known
  "IMO 2025" keeps its name), one or two capitalised words that are no sentence opener, month, or
  other entity.

`extend` works on the entities found so far (start, end, label, canonical, known) and returns
the replacements; one look behind and one after each benchmark: linear in the number of entities.
"""
from __future__ import annotations

import re

from .unknown import _UP

# languages (and a few language-like adjectives) that name a benchmark's language version
LANGUAGES = frozenset("""Turkish Korean Japanese Chinese Mandarin Cantonese Arabic Spanish French German Hindi Vietnamese
Polish Indonesian Thai Bengali Bangla Swahili Italian Portuguese Brazilian Russian Dutch Persian Farsi Hebrew Greek
English Basque Catalan Galician Czech Danish Finnish Hungarian Malay Norwegian Romanian Swedish Tamil Telugu Ukrainian
Urdu Yoruba Hausa Igbo Amharic Kazakh Uzbek Filipino Tagalog Marathi Gujarati Kannada Malayalam Punjabi Nepali
Sinhala Burmese Khmer Lao Mongolian Serbian Croatian Slovak Slovenian Bulgarian Lithuanian Latvian Estonian Icelandic
Irish Welsh Maori Zulu Xhosa Somali Tigrinya Pashto Azerbaijani Georgian Armenian Albanian Macedonian Bosnian Quechua
Javanese Sundanese Cebuano Luxembourgish Maltese""".split())
_LANG_BEFORE = re.compile(rf"(?P<lang>[{_UP}][a-z]+)[ ]\Z")
# "the English MMLU-Pro", "our Portuguese …", "Meta's Japanese …": the language is prose
_PROSE_BEFORE = re.compile(r"(?:\b(?:the|a|an|our|their|its|his|her|your|my|this|that|these|those|in|into)|['’]s?)\s+\Z",
                           re.I)
# "Korean MMLU variants", "the Hindi GSM8K subset", "Portuguese MMLU-ProX questions": a part of the benchmark
_PART_AFTER = re.compile(r"\s+(?:variants?|versions?|translations?|questions|items|subsets?|splits?|parts?|portions?|"
                         r"sections?|slices?|tasks|problems|prompts|samples|data|portion)\b", re.I)
# a benchmark that is multilingual itself: a language before it names its part, which takes the parent's name
# (claims convention: "two Global-MMLU languages" → Global-MMLU). Global-MMLU, MMLU-ProX, MMMLU, MGSM, XNLI, XCOPA,
# XQuAD, XStoryCloze, FLORES-200, Belebele, TyDi QA, M-ArenaHard are multilingual by design (their papers/cards)
_MULTILINGUAL = re.compile(r"global|multi|mmmlu|mgsm|xnli|xcopa|xquad|xstory|flores|belebele|tydi|^m-|-?prox\b|-x$", re.I)
# "CTF 2026", "AIMO 2025": an acronym and a year, a competition's kind and edition
_ACRONYM_YEAR = re.compile(r"[A-Z]{2,6}[ ](?:19|20)\d\d")
_HEAD_WORDS = re.compile(rf"(?:(?<=[\s(\"“'‘])|\A)(?P<head>[{_UP}][\w-]*(?:[ ][{_UP}][\w-]*)?)[ ]\Z")
_NOT_HEAD = frozenset("""The A An In At On Of For To From With By About Our Their Its His Her This That These Those Every
Each New Latest Last Next First Both All And Or But When While After Before Since Until During Per Via As Also Then
Here There Results Result Scores Score Top January February March April May June July August September October November
December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())


def extend(text: str, ents: list[tuple]) -> list[tuple[tuple[int, int], tuple[int, int, str]]]:
    """((old start, old end), (new start, new end, canonical)) for the benchmarks of `ents` (start, end,
    label, canonical, known), in text order, whose name takes in a qualifier before it."""
    out = []
    for s, e, label, canonical, known in ents:
        ents_end = e
        if label != "BENCHMARK" or s < 3:
            continue
        lm = _LANG_BEFORE.search(text, max(0, s - 20), s)
        if lm and lm.group("lang") in LANGUAGES and not _MULTILINGUAL.search(canonical or "") \
                and not _PROSE_BEFORE.search(text, max(0, lm.start() - 12), lm.start()) and not _PART_AFTER.match(text, e) \
                and not any(a < s and b > lm.start() for a, b, *_ in ents if (a, b) not in ((s, e), (lm.start(), s - 1))):
            # (a guess over the language word alone gives way: "Hindi" is no benchmark of its own)
            out.append(((s, e), (lm.start(), e, f"{lm.group('lang')} {canonical}")))
            continue
        am = None if known else _ACRONYM_YEAR.match(text, s)
        if am is None or am.end() < e:
            continue
        e = am.end()  # (the year may join the acronym only later: "CTF" now, "CTF 2025" after)
        hm = _HEAD_WORDS.search(text, max(0, s - 40), s)
        if hm is None:
            continue
        words = hm.group("head").split()
        while words and words[0] in _NOT_HEAD:
            words = words[1:]
        if not words or any(w in _NOT_HEAD for w in words):
            continue
        a = s - len(" ".join(words)) - 1
        if any(x[0] < s and x[1] > a for x in ents if x[0] != s):
            continue  # a lab's or model's name before the acronym ("Kaggle AIMO 2025")
        out.append(((s, ents_end), (a, e, text[a:e])))
    return out
