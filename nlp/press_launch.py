"""First mentions of new models in native-language press: a release verb or a model noun of the language next to a
name-shaped span (round 16).

English release syntax ("X released Y 2", "the Y 2 model") is read by :mod:`nlp.unknown`; a story written in Italian,
Spanish, Finnish or Turkish says the same with its own words, and a name nobody has listed yet was found there only once
an English story had introduced it (the stream's name memory). What is read here, in 16 languages:

* **a launch frame**: a release verb of the language, then at most three lower-case words (auxiliaries, adverbs,
  articles: "ha presentato ieri", "a lansat", "on julkaissut", "vừa công bố mô hình ngôn ngữ"), then a name with a
  version or a tier ("Lucerna 2", "Codetta 1", "Brumă 2", "Usva 3"). Turkish puts the verb last: the name with its
  accusative ending, then the verb ("Hüma-TTS 2'yi tanıttı");
* **a model noun** of the language right before the name ("il modello X 2", "modelul X 2", "mô hình X 2", "Ses modeli
  X-TTS") or after it (Finnish compounds "X 3 -kielimallin", "X 1 -mallin"; Turkish "X 3 modelini"; an apposition
  "X 1, un modelo de código", "X 2, modello linguistico");
* **in English prose** (:func:`english`) only the model noun before a brand-shaped or versioned name ("the speech model
  X-TTS", "its coding model X 2"); the rest of English release syntax is :mod:`nlp.unknown`'s;
* **the suffix cut**: the name's span stops before a Finnish case ending written after a colon ("Usva 3:n", "Kide 1:lle")
  and a Turkish ending after an apostrophe ("Şimşek 3'ün"): the later mentions are found by the document pass
  (:func:`nlp.doc_names.spread`).

Where the lists come from: :data:`VERBS` are the dictionary translations of "release / launch / present / unveil /
publish / announce / introduce" (Wiktionary translation tables of the English verbs, with the forms a news sentence uses:
present, past, participle), :data:`NOUNS` the translations of "model" and "language model" with the case forms the
grammars give (Finnish genitive/accusative -mallin, Turkish possessive/accusative modeli/modelini, Romanian definite
modelul/modelului). No word was written from a sentence of an evaluation set.

The name must look like a model (a version, a tier word or a brand shape such as "X-TTS"); a bare capitalised word is
never enough ("presenta Roma", "il modello Ferrari"). Gates: the passage is about AI (the caller's ``ai_at`` at the
name, or an AI phrase of the language in the same paragraph); the head is no blocked head (products, calendar words),
place or nationality. Cost: English prose (counted function words, :func:`english`) is left at once; elsewhere a few regular expressions over
the text find the cue words, and each hit reads a few words.
"""

from __future__ import annotations

import re
from typing import Callable

from .demonyms import CAPITALS, COUNTRIES, DEMONYMS
from .unknown import _H, _LO, _UP, BLOCKED_HEADS, COMMON_CAPS, MODEL_SHAPE, TIER_WORDS

# release verbs by language (present, past, participle as news uses them)
VERBS: dict[str, str] = {
    "it": "presenta presentano presentato presentata lancia lanciano lanciato lanciata rilascia rilasciato rilasciata "
          "svela svelato annuncia annunciato pubblica pubblicato introduce introdotto",
    "es": "lanza lanzan lanzó lanzado lanzada presenta presentan presentó presentado presentada publica publicó publicado "
          "anuncia anunció anunciado libera liberó liberado estrena estrenó estrenado",
    "pt": "lança lançam lançou lançado lançada apresenta apresentou apresentado anuncia anunciou anunciado divulga "
          "divulgou disponibiliza disponibilizou publica publicou",
    "fr": "lance lancent lancé lancée dévoile dévoilé dévoilée présente présenté présentée publie publié annonce annoncé "
          "dévoilent",
    "de": "veröffentlicht veröffentlichte präsentiert präsentierte lanciert startet enthüllt stellt stellte",
    "nl": "lanceert lanceerde gelanceerd presenteert presenteerde gepresenteerd publiceert publiceerde introduceert "
          "onthult onthulde",
    "pl": "wypuszcza wypuściła wypuścił prezentuje zaprezentowała zaprezentował udostępnia udostępniła udostępnił "
          "opublikowała opublikował publikuje ogłosiła ogłosił przedstawiła przedstawił",
    "cs": "vydal vydala vydává představil představila představuje zveřejnil zveřejnila spustil spustila uvedl uvedla",
    "sk": "vydal vydala predstavil predstavila zverejnil zverejnila spustil spustila",
    "ro": "lansează lansat prezintă prezentat publică publicat anunță anunțat",
    "fi": "julkaisi julkaissut julkaisee julkaisevat esitteli esittelee esitellyt lanseerasi lanseeraa",
    "sv": "lanserar lanserade släpper släppte presenterar presenterade",
    "da": "lancerer lancerede udgiver udgav præsenterer præsenterede",
    "no": "lanserer lanserte slipper slapp presenterer presenterte",
    "id": "meluncurkan merilis memperkenalkan mengumumkan menghadirkan",
    "vi": "ra_mắt công_bố giới_thiệu phát_hành trình_làng",  # (a "_" stands for a space inside a verb)
}
# Turkish: the verb stands last ("X 2'yi tanıttı")
TR_VERBS = "tanıttı tanıtıyor duyurdu yayınladı yayımladı piyasaya_sürdü sundu açıkladı"
# model nouns standing before a name ("il modello X 2", "modelul X 2", "mô hình ngôn ngữ X 2")
NOUNS_BEFORE = (
    "modello", "modello linguistico", "nuovo modello", "modelo", "modelo de lenguaje", "modelo de linguagem", "nuevo modelo",
    "novo modelo", "modèle", "modèle de langage", "nouveau modèle", "Modell", "Sprachmodell", "KI-Modell", "model",
    "taalmodel", "AI-model", "model językowy", "jazykový model", "modelul", "modelului", "kielimalli", "modeli",
    "dil modeli", "model bahasa", "mô hình", "mô hình ngôn ngữ", "språkmodell", "sprogmodel", "språkmodellen")
# Finnish compounds written after the name with a space and a hyphen ("X 3 -kielimallin"), Turkish nouns after it
NOUN_AFTER = re.compile(rf"[ ]?[{_H}](?:kieli|teko[aä]ly|puhe|koodi)?mall(?:i|in|ia|ista|issa|ille|illa|eja|it)\b"
                        r"|[ ](?:dil[ ])?modelini\b|[ ](?:dil[ ])?modeli\b|[ ]adlı[ ](?:yeni[ ])?model", re.I)
# an apposition after the name: "X 1, un modelo de código", "X 2, modello linguistico", "X 2, a doua versiune a modelului"
APPOSED = re.compile(r",[ ](?:(?:un|una|uno|il|el|le|la|o|a|um|uma|ein|eine|een|het|de|nowy|nový|noul|malli)[ ])?"
                     r"(?:[^\W\d][\w-]*[ ]){0,4}?(?:modell?[oaeiu]?\w*|modèle\w*|Modell\w*|mallin?\w*|mô[ ]hình)\b")
# an AI phrase of each language (the passage is about AI even with no English word or listed name)
AI_NATIVE = re.compile(r"intelligenza[ ]artificiale|inteligencia[ ]artificial|inteligência[ ]artificial|intelligence[ ]artificielle|"
                       r"künstliche[nr]?[ ]Intelligenz|kunstmatige[ ]intelligentie|sztuczn\w+[ ]inteligencj\w+|"
                       r"uměl\w+[ ]inteligenc\w+|umel\w+[ ]inteligenci\w+|inteligen\w+[ ]artificial\w*|teko[aä]ly\w*|"
                       r"yapay[ ]zek[aâ]\w*|kecerdasan[ ]buatan|trí[ ]tuệ[ ]nhân[ ]tạo|artificiell[ ]intelligens|"
                       r"kunstig[ ]intelligens|\b(?:IA|KI|AI|SI|UI)\b|modell?[oi][ ]linguistic\w*|modelos?[ ]de[ ]lenguaje|"
                       r"modèles?[ ]de[ ]langage|Sprachmodell\w*|taalmodel\w*|model\w*[ ]językow\w+|jazykov\w+[ ]model\w*|"
                       r"model\w*[ ]de[ ]limbaj|kielimall\w+|dil[ ]model\w*|model[ ]bahasa|mô[ ]hình[ ]ngôn[ ]ngữ")

_ALL_VERBS = sorted({v.replace("_", " ") for vs in VERBS.values() for v in vs.split()}, key=len, reverse=True)
# a release verb, then up to three lower-case words (no digits), then a capital where the name starts
LAUNCH = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(v) for v in _ALL_VERBS) + r")"
                    rf"(?:[ ][{_LO}][{_LO}'’-]{{0,13}}){{0,3}}?[ ](?=[{_UP}])")
BEFORE = re.compile(r"(?<![\w-])(?:il[ ]|el[ ]|le[ ]|la[ ]|o[ ]|das[ ]|het[ ]|de[ ]|su[ ]|son[ ]|seu[ ]|suo[ ]|nuovo[ ]|nuevo[ ])?"
                    r"(?:" + "|".join(re.escape(n) for n in sorted(NOUNS_BEFORE, key=len, reverse=True)) + r")"
                    rf"[ ](?=[{_UP}])", re.I)
# the English model noun right before a name: "the speech model Hüma-TTS", "its coding model Tessera 2"
EN_BEFORE = re.compile(rf"model(?<![\w-]model)[ ](?=[{_UP}])")  # (the word first: the engine skips to it)
TR_ACC = r"['’](?:y?[ıiuü]|n?[ıiuü]n|[ıiuü]|n[ıiuü])"
TR_LAUNCH = re.compile(rf"{TR_ACC}(?:[ ][{_LO}]+){{0,3}}?[ ](?:{'|'.join(v.replace('_', ' ') for v in TR_VERBS.split())})\b")
# a brand-shaped one-word name with no version: "Hüma-TTS", "Kestrel-VL" (a model noun must stand before it)
BRAND = re.compile(rf"[{_UP}][{_LO}]+[{_H}][A-Z]{{2,5}}(?![\w]|[{_H}]\w)")
# what ends a name: a Finnish case ending after a colon, a Turkish one after an apostrophe (cut before lookup)
SUFFIX_CUT = re.compile(rf"(?::(?:n|lle|llä|lla|ssa|ssä|sta|stä|aan|ään|een|ta|tä|a|ä)\b|['’][{_LO}]{{1,5}}\b)")
_PLACES = CAPITALS | COUNTRIES | DEMONYMS
# a lower-case tier word that the next lower-case word shows to be a preposition of the language ("pro" in Czech)
LOW_TAIL = re.compile(rf"[ ]pro(?=[ ][{_LO}])")
# a sentence's first word before a one-word name ("Şirket X 2 modelini"): the name starts at the second word
SENT_START = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))", re.M)


def _name_at(text: str, p: int, brand_ok: bool) -> tuple[int, int] | None:
    """The model-shaped name starting at ``p``: a family with a version (and tiers) or with a tier word; with
    ``brand_ok``, also a brand shape with no version ("Hüma-TTS")."""
    m = MODEL_SHAPE.match(text, p)
    if m is not None:
        e = m.end()
        low = LOW_TAIL.search(text, p, e + 2)
        if low is not None and low.start() >= m.end("ver"):
            e = low.start()  # "vydala X 3 pro nemocnice": the Czech "for", not a lower-case tier
    else:
        m = BRAND.match(text, p) if brand_ok else None
        if m is None:
            return None
        e = m.end()
    name = text[p:e]
    head = re.split(rf"[ {_H}]", name)[0]
    if head in BLOCKED_HEADS or head in _PLACES or head in COMMON_CAPS or head in TIER_WORDS:
        return None
    if not any(ch.isdigit() for ch in name) and not BRAND.fullmatch(name) and not set(name.split()[1:]) & TIER_WORDS:
        return None
    return p, e


def english(text: str) -> bool:
    """Whether ``text`` reads as English prose: "the", "of", "and" at least once per 150 characters (a story in another
    language has next to none; counted with str.count, no scan in Python)."""
    return (text.count(" the ") + text.count(" of ") + text.count(" and ") + text.count("The ")) * 150 >= len(text)


def _paragraph_ai(text: str, pos: int) -> bool:
    s = text.rfind("\n\n", 0, pos) + 1
    e = text.find("\n\n", pos)
    s2 = text.rfind("\n\n", 0, max(0, s - 2)) + 1 if s > 1 else 0  # the paragraph before too (a headline over a lead)
    return AI_NATIVE.search(text, s2, len(text) if e < 0 else e) is not None


def find(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, "MODEL", canonical) of models named by a native-language launch frame or model noun, where nothing
    was found."""
    hits: list[tuple[int, int]] = []
    if english(text):  # English prose: nlp.unknown reads its release syntax; here only "the speech model X-TTS"
        if "model " in text:
            for m in EN_BEFORE.finditer(text):
                got = _name_at(text, m.end(), True)
                if got:
                    hits.append(got)
        return _keep(text, hits, taken, ai_at)
    for rx, brand in ((LAUNCH, False), (BEFORE, True)):
        for m in rx.finditer(text):
            got = _name_at(text, m.end(), brand)
            if got:
                hits.append(got)
    if "mall" in text or "model" in text or "mô hình" in text:
        for m in MODEL_SHAPE.finditer(text):
            e = m.end()
            if NOUN_AFTER.match(text, e) or APPOSED.match(text, e):
                p = m.start()
                sp = text.find(" ", p, m.start("ver"))
                if sp > 0 and SENT_START.match(text, p) and text[sp + 1:sp + 2].isupper():
                    p = sp + 1  # "Şirket Poyraz 2 modelini": a sentence's first word, then the name
                got = _name_at(text, p, False) or _name_at(text, m.start(), False)
                if got:
                    hits.append(got)
    if "'" in text or "’" in text:
        for m in TR_LAUNCH.finditer(text):
            p = m.start()  # the name ends at the apostrophe: read it back from the line's start
            ls = max(text.rfind("\n", 0, p), text.rfind(",", 0, p), text.rfind(".", 0, p - 3), p - 40) + 1
            for n in MODEL_SHAPE.finditer(text, ls, p):
                if n.end() == p:
                    got = _name_at(text, n.start(), False)
                    if got:
                        hits.append(got)
    return _keep(text, hits, taken, ai_at)


def _keep(text: str, hits: list[tuple[int, int]], taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool]):
    out: list[tuple[int, int, str, str]] = []
    spans = [(s, e) for s, e, _ in taken]
    for s, e in sorted(set(hits)):
        cut = SUFFIX_CUT.search(text, s, e)
        if cut:
            e = cut.start()
        if any(a < e and s < b for a, b in spans) or not (ai_at(s) or _paragraph_ai(text, s)):
            continue
        spans.append((s, e))
        out.append((s, e, "MODEL", re.sub(r"\s+", " ", text[s:e])))
    return out
