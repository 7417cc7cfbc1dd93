"""Names used as plain words: a mention that reads like a new name but names something else.

New AI products borrow ordinary names (a bird, a river, a star, a word of some language), so an article
that introduces ``Skarv-2`` may also talk about the Skarv gas field, and the rules that spread a new name
through its document (:mod:`nlp.doc_names`, :mod:`nlp.name_memory`) would mark that too. What is read
here, for the guesses no list knows (known names keep their own rules):

* **a thing's noun beside it**: "the X field", "the X river", "Mount X", "the yacht X", "X is a 52-foot
  yacht", "X is one of the great rivers of ...", "X, the school, ..." (a place, a vessel, a natural feature, a
  race, an institution or a work that is no AI lab or model);
* **the word itself**: "X is the Tagalog word for star", "'X' means moon in Korean", "X is the Chinese
  name of ...";
* **names cited as names**: the quoted items after "names like" / "names such as";
* **languages**: a language's name (``Kiswahili``, ``Tagalog``, ``Finnish``; also ``Filipino-language``,
  ``Malay-first``) is never a benchmark or a model, unless fused into a longer name (``Kiswahili-Eval``);
* **a person**: a one-word model guess followed by a capitalised word that is no tier ("named Priya Raman
  its director");
* **no AI at all**: a one-word name recalled from earlier articles (``source == "memory"``) in a document
  with no AI vocabulary that talks about things (a sailing club's race report naming its boats).

Each test is a bounded regular expression at the mention: linear in the text.
"""

from __future__ import annotations

import re
import unicodedata

from .canonical import HYPHENS
from .unknown import TIER_WORDS

_H = re.escape(HYPHENS)

# what a borrowed name may name instead: places, natural features, vessels, races, sky objects
THING = (r"(?:gas[ ]field|oil[ ]field|field|river|rivers|delta|basin|valley|volcano|volcanoes|mountain|mountains|peak|lake|"
         r"island|islands|bay|strait|glacier|forest|desert|reef|yacht|yachts|boat|boats|sloop|ketch|schooner|"
         r"vessel|ferry|tanker|regatta|racehorse|horse|bird|birds|star|stars|constellation|comet|asteroid|crater|"
         r"refinery|dam|mine|neighbourhood|neighborhood|village|town|city|district|province|restaurant|hotel|brewery|"
         r"football[ ]club|sailing[ ]club|plant|plants|flower|flowers|tree|trees|herb|herbs|animal|animals|fish)")
THING_AFTER = re.compile(rf"[ ](?:gas[ ]and[ ]condensate[ ])?{THING}\b")
THING_BEFORE = re.compile(rf"(?:\b(?:Mount|Mt\.?|Lake|River|Cape|Isle[ ]of)|\b[Tt]he[ ](?:{THING})(?:[ ](?:called|named))?)[ ]\Z")
# "X is a 52-foot yacht", "X is also a gas field offshore", "X is one of the great rivers of": up to the clause end
IS_THING = re.compile(rf"[\"\u201d'\u2019]?(?:[ ][^.;:\n]{{0,60}}?)?[ ](?:is|was)[ ](?:also[ ]|still[ ])?(?:one[ ]of[ ])?"
                      rf"(?:an?|the|[A-Z][a-z]+['\u2019]s)[ ](?:[\w'\u2019{_H}]+[ ]){{0,4}}?{THING}\b"
                      rf"|[ ](?:that|which)[ ][^.;:\n]{{0,60}}?\b{THING}\b")  # "the X that won the regatta"
# "'X' means moon", "X is the Tagalog word for star", "X (...) is the Chinese name of Dubhe"
WORD_FOR = re.compile(rf"[\"\u201d'\u2019]?(?:[ ]\([^()\n]{{1,20}}\))?[ ](?:(?:is|was)[ ](?:also[ ])?(?:the|a|an)[ ]"
                      rf"(?:[A-Z][\w{_H}]*[ ])?(?:word|name|term|noun|verb)[ ](?:for|of)\b|means[ ])")
# "Harrow, the school, was not involved": an appositive naming what this mention is instead
APPOSITIVE_THING = re.compile(rf",[ ](?:the|a|an)[ ](?:[\w'\u2019{_H}]+[ ]){{0,2}}?(?:{THING}|school|college|university|hospital|clinic|"
                              r"charity|church|band|film|novel|ballet|opera|play|song|album|musical|painting|poem|ship|"
                              r"drug[ ]maker|drugmaker|pharmaceutical[ ]company|football[ ]team|team|person|man|woman)(?:,|\.|[ ]\(|\Z)")
QUOTE_BEFORE = re.compile(r"[\"\u201c'\u2018]\Z")
# "names like "A", "B" and "C"": a run of quoted items
NAMES_LIKE = re.compile(r"\bnames?[ ](?:like|such[ ]as|including)[ ]")
QUOTED_ITEM = re.compile(r"(?:,?[ ](?:and|or)[ ]|,[ ])?[\"\u201c]([^\"\u201d\n]{1,40})[\"\u201d]")
PERSON_AFTER = re.compile(r"[ ]([A-Z][a-z]+)\b(?![\w.-])")
AI_WORDS = re.compile(r"\b(?:AI|LLMs?|models?|benchmarks?|chatbots?|GPUs?|inference|weights|tokens?|datasets?|APIs?|agents?|"
                      r"machine learning|neural|open-source|leaderboards?|evals?|scor(?:e|es|ed|ing)|releas(?:e|es|ed)|"
                      r"launch(?:es|ed)?|trained|parameters|accuracy)\b")
THING_WORD = re.compile(rf"\b{THING}\b")
# an event named after the name: "the Sinterra Day", "Jakarta AI Night", "Halden AI Summit"
EVENT_AFTER = re.compile(r"[ ](?:Day|Days|Night|Nights|Summit|Meetup|Meet-up|Hackathon|Festival|Week|Awards|Conference|Expo|Gala)\b"
                         r"(?![ \-\u2010\u2011]\d)")
# a gloss: "X means snow flurries on a sunny day.", "Cendana (sandalwood)": lower-case words to the clause end
GLOSS_MEANS = re.compile(r"[ ](?:means|meant)[ ](?:[a-z][a-z'\u2019\-]*[ ,]?){1,8}(?:[.;\n]|\Z)")
GLOSS_BRACKET = re.compile(r"[ ]\((?:[a-z][a-z\-]*)(?:[ ][a-z][a-z\-]*)?\)")
NOT_GLOSS = frozenset("formerly previously beta preview open new now also ex alpha private public paid free".split())
NAMED_AFTER = re.compile(r"(?:[ ](?:family|lineup|series|models))?[ ](?:is|was|are|were)[ ](?:also[ ])?named[ ](?:after|for)\b")
# "X is named after a bird", "the X family is named after a tree": the model's name
SENTENCE_END = re.compile(r"[.!?](?:\s|\Z)|\n")

LANGUAGES = frozenset("""
English French German Spanish Portuguese Italian Dutch Flemish Frisian Catalan Basque Galician Irish Welsh Gaelic Breton
Maltese Greek Albanian Romanian Bulgarian Serbian Croatian Bosnian Slovenian Slovene Macedonian Czech Slovak Polish
Hungarian Ukrainian Belarusian Russian Lithuanian Latvian Estonian Finnish Swedish Norwegian Nynorsk Bokmål Danish
Icelandic Faroese Sámi Sami Turkish Azerbaijani Kazakh Uzbek Kyrgyz Turkmen Tatar Mongolian Georgian Armenian Kurdish
Persian Farsi Dari Pashto Urdu Hindi Bengali Bangla Punjabi Gujarati Marathi Odia Oriya Assamese Nepali Sinhala Tamil
Telugu Kannada Malayalam Arabic Hebrew Amharic Tigrinya Oromo Somali Swahili Kiswahili Yoruba Igbo Hausa Fulani Fula
Wolof Zulu Xhosa Afrikaans Sesotho Setswana Tswana Shona Chichewa Kinyarwanda Kirundi Luganda Dholuo Kikuyu Sheng Twi
Akan Ewe Lingala Malagasy Chinese Mandarin Cantonese Japanese Korean Vietnamese Thai Lao Khmer Burmese Malay Indonesian
Javanese Sundanese Balinese Tagalog Filipino Cebuano Ilocano Hawaiian Maori Māori Samoan Tongan Fijian Quechua Aymara
Guarani Nahuatl Mayan Creole Esperanto Latin Sanskrit Yiddish
""".split())
LANGUAGE_SUFFIX = re.compile(rf"[{_H}](?:language|languages|first|only|speaking|centric|native|based|medium)\Z")


def _language(word: str) -> bool:
    """A language's name, alone or as "Filipino-language" / "Malay-first"."""
    if word in LANGUAGES:
        return True
    i = next((i for i, ch in enumerate(word) if ch in HYPHENS), -1)
    return i > 0 and word[:i] in LANGUAGES and LANGUAGE_SUFFIX.match(word, i) is not None


def _one_word(w: str) -> bool:
    """Letters only, the combining marks of Indic and other scripts included ("Skarv", "तरंग")."""
    return bool(w) and w[0].isalpha() and all(ch.isalpha() or unicodedata.category(ch)[0] == "M" for ch in w)


def plain_uses(text: str, rows, ai_text: bool) -> set[tuple[int, int]]:
    """(start, end) of the guesses in ``rows`` that are names used as plain words (see the module doc).

    ``rows``: (start, end, label, known, source) of every entity found; only guesses (``known`` false) are
    read. ``ai_text``: whether the document holds AI vocabulary or a name the knowledge base knows."""
    out: set[tuple[int, int]] = set()
    cited: set[int] = set()
    # a versioned model or benchmark found in the text makes it about AI too ("Halcyon status: errors for Vesper 2 Ultra")
    ai_text = ai_text or any(lab != "ORG" and any(ch.isdigit() for ch in text[s:e]) for s, e, lab, _, _ in rows)
    for m in NAMES_LIKE.finditer(text) if "name" in text else ():
        pos = m.end()
        while True:
            q = QUOTED_ITEM.match(text, pos)
            if q is None:
                break
            cited.add(q.start(1))
            pos = q.end()
    things = not ai_text and THING_WORD.search(text) is not None  # a text about boats, rivers, horses
    for s, e, label, known, source in rows:
        if known or label not in ("MODEL", "BENCHMARK", "ORG") or source == "tier":
            continue  # (a tier bound to its family by the passage, nlp.name_tiers: "picks Swift for its assistant")
        w = text[s:e]
        if EVENT_AFTER.match(text, e) or _gloss(text, s, e):
            out.add((s, e))  # "Jakarta AI Night"; "Kazahana means snow flurries", "Cendana (sandalwood)"
            continue
        if label != "ORG" and (w in LANGUAGES or _language(w)):
            out.add((s, e))
            continue
        if not _one_word(w):  # one word, no digit: "Skarv", not "Skarv-2"
            continue
        if s in cited:
            out.add((s, e))
            continue
        is_thing = IS_THING.match(text, e)
        if (THING_AFTER.match(text, e) or THING_BEFORE.search(text, max(0, s - 30), s) or APPOSITIVE_THING.match(text, e)
                or WORD_FOR.match(text, e) and (QUOTE_BEFORE.search(text, max(0, s - 1), s) or not text.startswith(" means", e))
                or is_thing and not AI_WORDS.search(text, e, is_thing.end())):
            out.add((s, e))
        elif label == "MODEL" and w[1:].islower() and not NAMED_AFTER.match(text, e) and _thing_sentence(text, s, e):
            out.add((s, e))
        elif label == "MODEL" and source != "memory" and _person(text, e):
            out.add((s, e))
        elif source == "memory" and not ai_text and things:
            out.add((s, e))
    return out


def _gloss(text: str, s: int, e: int) -> bool:
    """The mention glossed as a word: "X means snow flurries on a sunny day." (lower-case words to the clause end, no AI
    word), or "X (sandalwood)" in a sentence that names a thing and holds no AI word."""
    m = GLOSS_MEANS.match(text, e)
    if m and not AI_WORDS.search(text, e, m.end()):
        return True
    g = GLOSS_BRACKET.match(text, e)
    return (g is not None and not any(w in NOT_GLOSS for w in g.group()[2:-1].split(" "))
            and _thing_sentence(text, s, e))


def _person(text: str, e: int) -> bool:
    """"Priya Raman", "Corvid Desk": a one-word name going on with a capitalised word that is no tier is a
    longer name (a person's, a product's), not the model."""
    m = PERSON_AFTER.match(text, e)
    return m is not None and m.group(1) not in TIER_WORDS


def _thing_sentence(text: str, s: int, e: int) -> bool:
    """"Foxglove is poisonous; do not eat the plant.": the mention's sentence names a thing and holds no AI word."""
    lo = max(0, s - 300)  # (bounded both ways: a sentence longer than that is no such aside)
    a = max(text.rfind(". ", lo, s), text.rfind("\n", lo, s), text.rfind("? ", lo, s), text.rfind("! ", lo, s)) + 1
    if a == 0 and lo > 0:
        return False
    m = SENTENCE_END.search(text, e, e + 300)
    b = m.start() if m else len(text) if len(text) - e < 300 else -1
    return b >= 0 and b - a < 300 and THING_WORD.search(text, a, b) is not None and AI_WORDS.search(text, a, b) is None
