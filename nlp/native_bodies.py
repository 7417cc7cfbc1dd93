"""Public bodies, universities and agencies named in their own language, found by their institution word.

English shapes ("University of X", "X Ministry") are :mod:`nlp.org_shapes`'; a translated story keeps the
native names: "Universitatea Politehnica din București", "Đại học Bách khoa Hà Nội", "Bộ Khoa học và Công nghệ",
"Sanayi ve Teknoloji Bakanlığı", "Tampereen kaupunki", "Luleå kommun", "Masarykova univerzita",
"Politechnika Gdańska", "Konsumentverket". Three mechanisms, each anchored on a literal word:

* **head first**: an institution word that starts a name in its language (Romanian "Universitatea",
  "Institutul", "Autoritatea", "Primăria"; Polish "Politechnika", "Uniwersytet", "Ośrodek"; Vietnamese "Đại học",
  "Bộ", "Viện"; Portuguese "Fundação"; Italian "Politecnico", "Regione", "Azienda"; Swedish/Norwegian "Region")
  followed by capitalised words, joined by the language's short connectors ("din", "pentru", "în", "para a",
  "della", "ve", "và"); in Vietnamese a capitalised syllable may carry one lower-case syllable ("Khoa học");
* **head last**: capitalised words, then an institution word written lower case or capitalised after them
  (Czech/Slovak "univerzita", Finnish "kaupunki", "hyvinvointialue", Swedish "kommun", "universitet",
  "högskolan", Norwegian "handelshøyskole", "universitet", Turkish "Bakanlığı", "Kurulu", "Üniversitesi");
* **one word**: a Swedish or Finnish agency's name fused with its kind ("Konsumentverket", "Skatteverket",
  "Försäkringskassan", "Konsumentombudsmannen", "Elinvoimalautakunta"), and a court joined with "och"
  ("Patent- och marknadsdomstolen");
* **an acronym expanded in any language**: a run of words before "(ACRONYM)" whose content words' initials
  spell it, one of them an institution word ("Narodowe Centrum Badań i Rozwoju (NCBR)", "Národní úřad pro
  kybernetickou a informační bezpečnost (NÚKIB)", "Autoritatea pentru Digitalizarea României (ADR)").

The canonical is the name as written (the knowledge base gives the English one where it lists the body).
Kept out: a head word alone or before a lower-case word ("Universitatea a anunțat"), a sentence's first word
before the head-last word ("Kaupunki" alone), acronyms of things (no institution word among the initials).
All patterns are bounded and run only where their literal words occur.
"""

from __future__ import annotations

import re
import unicodedata

from .unknown import _UP

_LOW = r"a-zà-ÿāăąćčďđēėęěğīıįķļłńņňōőœŕřśşšţťūůűųźżžơưạ-ỹ"
_CAPW = rf"[{_UP}][\w]*(?:-[{_UP}][\w]*)?"  # "Babeș-Bolyai", "Cluj-Napoca"
# connectors inside a body's name, by language
CONNECT = frozenset("""de din pentru în si și a al ale la du des della delle dello degli dei di del e ed per para da do dos das
na i w z ze ve ile và của och og und für pro v o při""".split())
HEAD_FIRST = ("Universitatea", "Institutul", "Autoritatea", "Agenția", "Primăria", "Ministerul", "Consiliul", "Curtea",
              "Spitalul", "Academia", "Politechnika", "Uniwersytet", "Instytut", "Ośrodek", "Fundação", "Fundacja",
              "Politecnico", "Regione", "Fondazione", "Azienda", "Ospedale", "Agência", "Ministério", "Secretaria",
              "Đại học", "Trường Đại học", "Bộ", "Viện", "Sở", "Ngân hàng", "Tập đoàn", "Högskolan", "Magistrát", "Ministerstvo")
HEAD_LAST = ("univerzita", "Univerzita", "kaupunki", "hyvinvointialue", "kommun", "kommune", "universitet", "universitetet",
             "högskolan", "högskola", "handelshøyskole", "høgskole", "yliopisto", "korkeakoulu", "Bakanlığı", "Kurulu",
             "Kurumu", "Başkanlığı", "Üniversitesi", "Belediyesi", "Ajansı", "Politechniki", "Uniwersytetu")
FUSED_END = ("verket", "myndigheten", "inspektionen", "kassan", "ombudsmannen", "domstolen", "styrelsen", "nämnden",
             "lautakunta", "virasto", "laitos", "vårdsregionen")
_VI_HEADS = frozenset("Đại Bộ Viện Sở Ngân Tập Trường".split())
_CZ_HEADS = frozenset("Magistrát Ministerstvo".split())
ENGLISH = frozenset("is in on at to of and the was has said says will for by as with from that this".split())
# Czech and Slovak: adjectives before a lower-case kind, then a capitalised genitive ("Technologická agentura České
# republiky", "Statutární město Brno", "Národní rozvojová banka", "Česká spořitelna")
_CZ_RX = re.compile(rf"(?<![\w-])(?P<adj>[{_UP}][{_LOW}]+(?:á|é|ý|í|ova|ovo)(?:[ ][{_LOW}]+(?:á|é|ý|í))?)[ ]"
                    rf"(?P<head>agentura|banka|spořitelna|univerzita|úřad|rada|soud|nemocnice|město|fond|inspekce|komora|akademie)"
                    rf"(?P<gen>[ ][{_UP}][{_LOW}]+(?:[ ][{_LOW}]+y)?)?(?![\w-])")

_FIRST_RX = re.compile(rf"(?<![\w-])(?P<head>{'|'.join(sorted(HEAD_FIRST, key=len, reverse=True))})[ ]"
                       rf"(?=(?:(?:{'|'.join(sorted(CONNECT, key=len, reverse=True))})[ ]){{0,2}}{_CAPW}|[{_LOW}]+[ ]{_CAPW})")
_LAST_RX = re.compile(rf"(?<![\w-])(?P<name>{_CAPW}(?:[ ](?:ve|i|och|og)[ ]{_CAPW}|[ ]{_CAPW}){{0,3}})[ ]"
                      rf"(?P<head>{'|'.join(HEAD_LAST)})(?![\w-])")
_FUSED_RX = re.compile(rf"(?<![\w-])(?:[{_UP}][\w]*-[ ](?:och|og|ja)[ ][{_LOW}]+|[{_UP}][{_LOW}]{{2,}})"
                       rf"(?:{'|'.join(FUSED_END)})(?![\w-])")
_TOKEN = re.compile(r"[ ]?(\S+)")
_ACRONYM = re.compile(rf"[ ]\((?P<acr>[{_UP}][{_UP}&]{{1,6}})\)")
# stems of institution words in many languages (accents stripped, lower case)
INSTITUTION_STEMS = ("univer", "institu", "instytu", "centr", "center", "agen", "autor", "author", "minist", "urad", "urzad",
                     "office", "bureau", "counc", "consil", "consej", "rada", "fond", "fund", "bank", "banc", "court", "soud",
                     "tribun", "biur", "commis", "komis", "academ", "akadem", "osrod", "politec", "politeh", "kurum", "kurul", "bakan",
                     "hochschul", "hogskol", "society", "societ", "associa", "federa", "administra", "directorat", "inspek",
                     "inspect", "ombuds", "nauk", "vien", "bo ", "kancelar", "sprav", "regul", "board", "council")


def _plain(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).lower()


def _cap(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or tok[0].isdigit() and tok[-1].isupper())


def _strip_punct(tok: str) -> str:
    return tok.rstrip(".,;:)»\"'”’")


def _run_after(text: str, pos: int, vietnamese: bool, czech: bool = False) -> int:
    """End of the name's words from ``pos``: capitalised words, connectors between them (and in Vietnamese one
    lower-case syllable after a capitalised one)."""
    end = pos
    prev_cap = True
    last = ""
    while True:
        m = _TOKEN.match(text, end)
        if m is None or "\n" in text[end:m.start(1)]:
            break
        tok = m.group(1)
        word = _strip_punct(tok)
        if _cap(word):
            end = m.start(1) + len(word)
            prev_cap = True
            last = word
        elif word in CONNECT:
            j = _TOKEN.match(text, m.end())  # a connector only between capitalised words ("para a Ciência")
            k = j
            while k is not None and _strip_punct(k.group(1)) in CONNECT and k.group(1) == _strip_punct(k.group(1)):
                k = _TOKEN.match(text, k.end())
            if k is None or not _cap(_strip_punct(k.group(1))) or tok != word:
                break
            end = m.end()
            prev_cap = False
            continue
        elif (vietnamese and prev_cap and word.isalpha() and word.islower() and len(word) <= 7 and len(last) <= 7
              and word not in ENGLISH):  # "Khoa học", not "Vietcombank thử" nor "Nam is"
            end = m.start(1) + len(word)
            prev_cap = False
        elif czech and end == pos and word.isalpha() and word.islower():  # "Magistrát města Brna": a genitive first
            end = m.start(1) + len(word)
            prev_cap = False
        else:
            break
        if word != tok:  # punctuation after the word ends the name
            break
    return end


def _acronym_names(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _ACRONYM.finditer(text) if "(" in text else ():
        acr = _plain(m.group("acr").replace("&", ""))
        words = list(re.finditer(r"[^\s()]+", text[max(0, m.start() - 160):m.start()]))
        base = max(0, m.start() - 160)
        letters = ""
        for w in reversed(words[-14:]):
            tok = w.group()
            if not tok[0].isalpha() or tok != _strip_punct(tok) and w.end() + base != m.start():
                break  # a comma or a number: the name ends there
            if tok in CONNECT:
                continue
            letters = _plain(tok[0]) + letters
            if not acr.endswith(letters):
                break
            if letters == acr:
                s = base + w.start()
                if _cap(tok) and any(st in _plain(text[s:m.start()]) for st in INSTITUTION_STEMS):
                    out.append((s, m.start()))
                    code = m.group("acr")  # the acronym, there and wherever the text uses it again
                    out += [(a.start(), a.end()) for a in re.finditer(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text)]
                break
    return out


def find(text: str) -> list[tuple[int, int]]:
    """(start, end) of native-language bodies in ``text`` (may overlap; the caller keeps free ones)."""
    out = []
    for m in _FIRST_RX.finditer(text):
        vi = m.group("head").split()[0] in _VI_HEADS
        e = _run_after(text, m.end("head"), vi, m.group("head") in _CZ_HEADS)
        if m.group("head") in _CZ_HEADS and not _cap(text[m.end("head"):e].split()[-1] if e > m.end("head") else ""):
            continue  # "Ministerstvo uvedlo": no name after the kind
        if e > m.end("head"):
            out.append((m.start(), e))
    for m in _LAST_RX.finditer(text):
        s = m.start("name")
        first = m.group("name").split()[0]
        if (s == 0 or text[s - 1] == "\n" or text[max(0, s - 2):s] in (". ", "! ", "? ")) and " " not in m.group("name") \
                and first.isupper() is False and m.group("head")[0].islower() and False:
            continue
        out.append((s, m.end()))
    for m in _CZ_RX.finditer(text):
        s = m.start()
        if m.group("gen") is None and (s == 0 or text[s - 1] == "\n" or text[max(0, s - 2):s] in (". ", "! ", "? ")) \
                and re.match(rf"[ ][{_LOW}]", text[m.end():m.end() + 2]):
            continue  # "Nová agentura ..." at a sentence's start: an adjective, no name
        out.append((s, m.end()))
    for m in _FUSED_RX.finditer(text):
        out.append((m.start(), m.end()))
    out += _acronym_names(text)
    return sorted(set(out), key=lambda se: (se[0] - se[1], se[0]))  # the longest first


# an institution noun written before a name in Arabic (construct state: "جامعة <name>" the university of <name>,
# "الهيئة <name>" the authority ...) or after one in Hindi ("<name> मंत्रालय" ministry, "संस्थान" institute,
# "विश्वविद्यालय" university): a name found without it (a paired English name's native half) takes it
ARABIC_HEAD_BEFORE = re.compile(r"(?:جامعة|الجامعة|الهيئة|هيئة|وزارة|مستشفى|مركز|معهد|مجلس|المركز|المعهد|مؤسسة|بنك|البنك|شركة)[ ]\Z")
INDIC_HEAD_AFTER = re.compile(r"[ ](?:मंत्रालय|संस्थान|विश्वविद्यालय|प्राधिकरण|आयोग|परिषद|बैंक)(?![\w])")


def with_native_head(text: str, s: int, e: int) -> tuple[int, int]:
    """(start, end) of a found name widened to the institution noun written with it in Arabic or Hindi."""
    b = ARABIC_HEAD_BEFORE.search(text, max(0, s - 12), s)
    if b:
        s = b.start()
    a = INDIC_HEAD_AFTER.match(text, e)
    if a:
        e = a.end()
    return s, e
