"""Public bodies, banks and universities named in Greek, Cyrillic, Korean, Japanese and Thai, found by their head word.

:mod:`nlp.native_bodies` and :mod:`nlp.native_heads` read the Latin-script languages; a story in another script names its ministries, funds,
banks and universities in the same way, around a literal institution word:

* **Greek** (every word of a name is capitalised): a head first ("Υπουργείο", "Ερευνητικό Κέντρο", "Πανεπιστήμιο",
  "Ίδρυμα", "Ινστιτούτο", "Αρχή", "Ταμείο", in nominative or genitive) followed by capitalised words
  ("Υπουργείο Ψηφιακής Διακυβέρνησης", "Ερευνητικού Κέντρου Αθηνά"), or capitalised words before a head last
  ("Ελληνική Αναπτυξιακή Τράπεζα", "Εθνικό Μετσόβιο Πολυτεχνείο");
* **Ukrainian / Russian** (only a name's first word is capitalised): a capitalised head ("Міністерство",
  "Министерство", "Агентство", "Державна служба", "Національний банк" ...) followed by one to four lower-case words in
  the genitive ("Міністерство цифрової трансформації"), and a capitalised adjective with lower-case adjectives before a
  lower-case head ("Український фонд стартапів", "Київської міської державної адміністрації");
* **Korean** (a word is a space-delimited run, a particle glued to it): a run ending in a ministry, agency or
  university word (부, 청, 처, 진흥원, 위원회, 대학교, 은행, 재단, 협회), long enough not to be a common noun, and not one of
  the common words ending so (정부 government, 본부, 사업부, 내부 ...);
* **Japanese / Chinese**: a Han run ending in 省, 庁, 大学, 銀行, 機構, 委員会, 研究所, 协会/協会 with three or more characters
  before the head and a non-Han character after it ("国土交通省は", "情報処理推進機構が");
* **Thai**: a space-delimited run starting with มหาวิทยาลัย, ธนาคาร, กระทรวง, สำนักงาน, สถาบัน or ending in มหาวิทยาลัย,
  a leading conjunction ("และ", "กับ") left out.

The canonical is the name as written. Each pattern is a literal head word's search; text with none of these scripts
is skipped at once.
"""

from __future__ import annotations

import re

_GR_UP = "Α-ΩΆΈΉΊΌΎΏ"
_GR_LOW = "α-ωάέήίόύώϊϋΐΰς"
_GR_CAP = rf"[{_GR_UP}][{_GR_LOW}]+"
_GR_HEAD_FIRST = ("Υπουργείο|Υπουργείου|Ερευνητικό Κέντρο|Ερευνητικού Κέντρου|Πανεπιστήμιο|Πανεπιστημίου|Ίδρυμα|Ιδρύματος"
                  "|Ινστιτούτο|Ινστιτούτου|Ταμείο|Ταμείου|Οργανισμός|Οργανισμού|Γενική Γραμματεία|Γενικής Γραμματείας")
_GR_HEAD_LAST = ("Τράπεζα|Τράπεζας|Πολυτεχνείο|Πολυτεχνείου|Πανεπιστήμιο|Πανεπιστημίου|Αρχή|Αρχής|Επιτροπή|Επιτροπής"
                 "|Ινστιτούτο|Ινστιτούτου|Κέντρο|Κέντρου")
GR_FIRST = re.compile(rf"(?<![{_GR_UP}{_GR_LOW}])(?:{_GR_HEAD_FIRST})(?:[ ](?:της|του|των)?[ ]?{_GR_CAP}){{1,4}}")
GR_LAST = re.compile(rf"(?<![{_GR_UP}{_GR_LOW}])(?:{_GR_CAP}[ ]){{1,3}}(?:{_GR_HEAD_LAST})(?![{_GR_UP}{_GR_LOW}])")
# sentence-starting capitals that are no part of a name: articles and pronouns
_GR_NOT = frozenset("Η Ο Το Οι Τα Τη Την Τον Της Του Των Στο Στη Στην Στον Με Από Για Και Ένα Μια Μία Αυτή Αυτό".split())

_CY_UP = "А-ЯІЇЄҐЁ"
_CY_LOW = "а-яіїєґё'’"
_CY_HEAD_FIRST = ("Міністерство|Міністерства|Министерство|Министерства|Агентство|Агентства|Державна служба|Державної служби"
                  "|Національний банк|Національного банку|Національне агентство|Федеральная служба|Федеральной службы"
                  "|Фонд|Фонду|Інститут|Інституту|Институт|Института|Рада|Ради|Комітет|Комітету|Комитет|Комитета|Служба|Служби")
# genitive / adjective endings of the lower-case words after a head ("цифрової трансформації", "развития")
_CY_GEN = rf"[{_CY_LOW}]+(?:ої|ого|их|ів|ії|ї|ці|ки|ти|ння|ття|ства|ой|ого|ых|ии|ия|ей|ов|ства|ения|ания|ти)"
CY_FIRST = re.compile(rf"(?<![{_CY_UP}{_CY_LOW}])(?:{_CY_HEAD_FIRST})(?:[ ]{_CY_GEN}){{1,4}}(?:[ ](?:України|Украины|России|Києва|Москвы|РФ))?(?![{_CY_LOW}])")
_CY_HEAD_LAST = ("фонд|фонду|банк|банку|університет|університету|університеті|інститут|інституту|центр|центру|агентство|агентства"
                 "|адміністрація|адміністрації|адміністрацію|служба|служби|фонд|университет|университета|институт|института|центр"
                 "|центра|агентство|агентства|администрация|администрации")
CY_LAST = re.compile(rf"(?<![{_CY_UP}{_CY_LOW}])[{_CY_UP}][{_CY_LOW}]+(?:ий|ій|а|ої|ого|ая|ой|ый|е|ої)(?:[ ][{_CY_LOW}]+(?:ий|ій|а|ої|ого|ая|ой|ый|ої|ої)){{0,3}}"
                     rf"[ ](?:{_CY_HEAD_LAST})(?:[ ][{_CY_LOW}]+(?:ів|ок|ей|ов|их|ій))?(?![{_CY_LOW}])")

_HANGUL = "\uac00-\ud7af"
KO_HEADS = ("부", "청", "처", "진흥원", "위원회", "대학교", "은행", "재단", "협회", "연구소")
KO_RUN = re.compile(rf"(?<![{_HANGUL}A-Za-z0-9])(?P<name>[{_HANGUL}]{{2,14}}(?:{'|'.join(KO_HEADS)}))(?=[^{_HANGUL}]|\Z|(?P<p>은|는|이|가|을|를|의|에|에서|와|과|도|로|으로|측|과의|와의|에게)(?![{_HANGUL}]))")
# how many syllables a run needs before its head to be a body's name, and common words ending in a head
_KO_MIN = {"부": 4, "청": 3, "처": 4, "진흥원": 2, "위원회": 3, "대학교": 2, "은행": 2, "재단": 3, "협회": 3, "연구소": 3}
_KO_NOT_END = ("본부", "사업부", "지부", "내부", "외부", "일부", "전부", "상부", "하부", "세부", "정부", "간부", "여부", "학부", "부처",
               "관계부처", "담당부", "총괄부", "개발부", "영업부", "기획부", "편집부", "인사부", "재무부서", "시청", "구청", "도청", "민원처")

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
JA_RUN = re.compile(rf"(?<![{_HAN}])(?P<name>[{_HAN}・]{{3,14}}?(?:省|庁|大学|銀行|機構|委員会|研究所|協会|协会|大學|銀行))(?![{_HAN}])")
_JA_NOT_START = ("同", "本", "当", "各", "貴", "某", "米", "英", "中", "日", "韓", "独", "仏")

_THAI = "\u0e01-\u0e4e"
TH_RUN = re.compile(rf"(?<![{_THAI}])(?:ร่วมกับ|และ|กับ|ของ|โดย|จาก|ที่|คือ|เป็น|ใน)?(?P<name>(?:มหาวิทยาลัย|ธนาคาร|กระทรวง|สถาบัน)[{_THAI}]{{3,40}}|[{_THAI}]{{4,30}}มหาวิทยาลัย)(?![{_THAI}])"
                    rf"|(?<=[{_THAI}])(?P<inner>(?:มหาวิทยาลัย|กระทรวง)[{_THAI}]{{4,40}})(?![{_THAI}])")

_SCRIPTS = re.compile(rf"[{_GR_UP}{_CY_UP}{_HANGUL}{_HAN}{_THAI}]")


def find(text: str, taken) -> list[tuple[int, int, str, str]]:
    """(start, end, "ORG", name as written) of bodies named by a head word in these scripts, overlapping nothing in
    ``taken`` ((start, end, ...) of the names found)."""
    if text.isascii() or not _SCRIPTS.search(text):
        return []
    spans: list[tuple[int, int]] = []
    for m in GR_FIRST.finditer(text):
        spans.append((m.start(), m.end()))
    for m in GR_LAST.finditer(text):
        s = m.start()
        while text[s:m.end()].split(" ", 1)[0] in _GR_NOT and " " in text[s:m.end()]:
            s += text[s:m.end()].index(" ") + 1
        if " " in text[s:m.end()]:
            spans.append((s, m.end()))
    for m in CY_FIRST.finditer(text):
        spans.append((m.start(), m.end()))
    for m in CY_LAST.finditer(text):
        spans.append((m.start(), m.end()))
    for m in KO_RUN.finditer(text):
        name = m.group("name")
        head = next(h for h in sorted(KO_HEADS, key=len, reverse=True) if name.endswith(h))
        if len(name) - len(head) >= _KO_MIN[head] and not name.endswith(_KO_NOT_END):
            spans.append((m.start("name"), m.end("name")))
    for m in JA_RUN.finditer(text):
        name = m.group("name")
        if not name.startswith(_JA_NOT_START) and not name.startswith("・"):
            spans.append((m.start("name"), m.end("name")))
    for m in TH_RUN.finditer(text):  # a university or ministry may follow a word glued before it ("พันธมิตรคือมหาวิทยาลัย…")
        g = "name" if m.group("name") else "inner"
        spans.append((m.start(g), m.end(g)))
    if not spans:
        return []
    busy = [(t[0], t[1]) for t in taken]
    out = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if all(e <= a or s >= b for a, b in busy):
            out.append((s, e, "ORG", text[s:e]))
            busy.append((s, e))
    return out
