"""Labs and companies no list knows yet, from the words around them.

News of a new model often names a lab nobody has listed: "Sable-Coder 2 from Ironleaf", "the Busan
start-up Lumenware", "Quillion, the Toronto lab behind the Quill models", "**Developed by:** Brightmoor
Institute", a leaderboard's Org column. What is read here (after the model and benchmark names are
known, so "a model's developer" can be asked):

* **cue words before**: "start-up X", "lab X", "researchers at X", "developed/maintained/contributed by X";
* **apposition**: "X, the Toronto lab behind ...", "X, a start-up founded by ...", "the lab, X, ...";
* **a model's developer**: "MODEL from X", "X's MODEL", "X released/open-sourced MODEL";
* **a company's people and money**: "X's cofounder", "X's valuation";
* **tables**: the cells under an Org / Developer / Lab / Company column;
* **investors**: "Radical Ventures", "Salesforce Ventures" (a known company's fund is a name of its own);
* **name shapes** (:mod:`nlp.org_shapes`): "University of X", "X Committee", "Office for X", a name before
  "Inc." / "GmbH", an acronym defined for one ("(NXA)"); a known organisation's unit ("Naver Cloud");
* **syntax around one word**: "Jonas Albrecht of X", "research lead at X", "Paris-based X", "X-backed",
  "a grant from X", "a company in Tartu called X", "X, the Chilean agency ...", "bodies such as X, Y and Z",
  "X's reasoning model" (unless X names a versioned family: "Quill-3");
* **capitals in a field** (round 26, :mod:`nlp.caps_fields`): "· VELLMOOR RESEARCH ·" on a badge, "(logo: TARNWICK LABS)";
* **the document**: a lab found once is that lab everywhere in the text, its handle (``@X_ai``) too.

A name is one to three capitalised words; two or three need a lab word at the end ("Halden
University", "Kairos Evals": "Jane Doe" is a person). Never a name: a stop word, a product or
calendar head (:data:`nlp.unknown.BLOCKED_HEADS`), a place or nationality, a word followed by a
version ("Kurobane-LM 3" is its model). Everything must sit in an AI sentence (``ai_at``) and not
overlap what was found before. All searches are bounded regular expressions: linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from functools import lru_cache
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS, clean
from . import caps_fields, lab_heads, legal_forms, native_bodies, native_heads, trade_cues
from .org_keys import org_values
from .org_shapes import defined_acronyms, legal_names, shaped_orgs
from .demonyms import CAPITALS, PEOPLES
from .unknown import _UP, BLOCKED_HEADS, CAP_WORD, lead_cap, COMMON_CAPS, NOT_BENCH, ORG_ROLE_AFTER, PLACES, _table_column_cells

_H = re.escape(HYPHENS)
ORG_WORDS = (r"Labs|Lab|Research|Robotics|Intelligence|AI|Systems|Technologies|Compute|Institute|University|Ventures|"
             r"Capital|Evals|Group|Foundation|Collective|Consortium|Inc|Corp|Company|Studio|Studios|Analytics|Works|Cloud|"
             r"Inteligencia|Intelig\u00eancia|Intelligenza")
_CAP = rf"{CAP_WORD}(?:{CAP_WORD})*"  # letters of any script: "Maréchal"
# one to three capitalised words, not going on with a version or a hyphenated part ("Kurobane-LM 3")
NAME = re.compile(rf"(?P<name>{_CAP}(?:[ ]{_CAP}){{0,2}})(?![\w{_H}]|[ ]\d|\.\d|[ ](?:Pro|Max|Mini|Flash|Ultra|Lite)\b)")
# a name (one word, or one to three) ending where a cue begins
WORD_BACK = re.compile(rf"(?<![\w@/.{_H}])({_CAP})\Z")
NAMES_BACK = re.compile(rf"(?<![\w@/.{_H}])({_CAP}(?:[ ]{_CAP}){{0,2}})\Z")
APOSTROPHE_S = re.compile(r"['\u2019]s\s")
LAB_END = re.compile(rf"(?:{ORG_WORDS})\Z")
_LAB_NOUN = rf"(?:start[{_H}]?ups?|lab|laboratory|company|firm|developer|maker|spin[{_H}]?(?:out|off)|unicorn|outfit)"
# what comes right before a lab's name (a cue noun; or "by", with the verb looked for just before it)
# (round 20: a guest or spokesperson from X, former engineers of X; a harness, a simulator, drivers or a
# loan from X: what only an organisation gives)
BEFORE = re.compile(rf"(?:\b{_LAB_NOUN}|\b(?:[Rr]esearchers|[Ee]ngineers|[Ss]cientists|[Tt]eams?|[Pp]eople|[Ss]taff|[Aa]nalysts?|"
                    rf"[Gg]uests?|[Ss]pokes(?:person|man|woman)|[Rr]epresentatives?|[Ee]mployees)\s+(?:at|from)|"
                    rf"\b(?:[Ee]ngineers|[Rr]esearchers|[Ee]mployees|[Ff]ounders)\s+of|"
                    rf"\b(?:harness|simulator|drivers|SDK|loan)\s+from)\s+(?=[{_UP}])")
BY = re.compile(rf"\sby(?:\**:?\**)?\s+(?:the\s+)?(?=[{_UP}])")
BY_VERB = re.compile(rf"\b(?:[Dd]eveloped|built|trained|created|made|maintained|contributed|published|open[{_H}]?sourced|funded|"
                     rf"backed|released|acquired|led|run|founded|entered)\**\Z")
# what follows a lab's name: "X, the Toronto lab behind", "X, a start-up founded by ..."
APPOSITION = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w.&'\u2019{_H}]+\s+){{0,4}}?{_LAB_NOUN}\b(?!['\u2019]|\s+(?:hub|scene|ecosystem|world|culture|space|market)s?\b|\s+(?:says|said|adds|added|notes|noted|claims|claimed|reports|reported|wrote|writes|told|tells|estimates|expects)\b)")
# "the lab, X, ...", "An independent group, Kairos Evals, re-ran ..."
LAB_COMMA = re.compile(rf"\b(?:{_LAB_NOUN}|group|developer|organi[sz]ation),\s+(?=[{_UP}])")
# a company's own channel: "the Hexadyne launch blog", "Quillion's blog post", "a Brightmoor press release"
BLOG_WORD = re.compile(r"(?:blog|press[ ]release|newsroom)\b")  # (anchored on its words; the name is looked for before)
BLOG_BACK = re.compile(r"(?:['\u2019]s)?[ ](?:(?:launch|official|engineering|research|company|corporate)[ ])?\Z")
# a preposition of place before a word: that word is where the subject is, not the subject ("Labs in Bogotá released X")
PLACE_PREP_BACK = re.compile(r"\b(?:in|at|near|outside|across)[ ]\Z")
# a model's developer: "MODEL from X"; "X released MODEL"; "X's MODEL"
FROM = re.compile(rf",?\s+from\s+(?:the\s+)?(?=[{_UP}])")
RELEASED = re.compile(rf"\s+(?:has\s+|have\s+|just\s+|today\s+)?(?:released|releases|launched|launches|open[{_H}]?sourced|"
                      rf"unveiled|unveils|introduced|introduces|announced|announces|shipped|ships|debuted|published)\s+"
                      rf"(?:its\s+|their\s+|the\s+|a\s+|an\s+|new\s+|open\s+|latest\s+|[\w{_H}]+\s+model\s+)*\Z")
POSSESSIVE_MODEL = re.compile(r"['\u2019]s\s+(?:new\s+|latest\s+|open\s+|flagship\s+)*\Z")
# syntax that makes a one-word name an organisation: a person's affiliation ("Jonas Albrecht of X", "research
# lead at X", "teaches law at X"), a home town ("Paris-based X"), money ("X-backed", "a grant from X"), a name
# given ("a company in Tartu called X"), an organisation noun in apposition ("X, the Chilean agency ...")
_PERSON = rf"(?<![\w.-])(?!(?:The|A|An|This|That|In|On|At|For|From|By|With|And|But|Of)\b){CAP_WORD}[ ]{CAP_WORD}"
# (a word before "of"/"at" followed by a capital: found from the short literal, the person or role looked for
# just before it; a pattern tried at every word of a long text would cost more than the rest of this finder)
OF_AT = re.compile(rf"[ ](?:of|from|at)[ ](?:the[ ])?(?=[{_UP}])")
PERSON_BACK = re.compile(rf"{_PERSON},?\Z")
ROLE_BACK = re.compile(rf"\b(?:lead|director|head|professor|lecturer|researchers?|engineers?|scientists?|fellow|student|"
                       rf"founder|co-?founder|CEO|CTO|president|officer|manager|partner|teaches|works|worked|working|"
                       rf"intern)(?:[ ][a-z][\w{_H}]*){{0,2}}\Z")
_WORD_OR_HYPHEN, _NAME_EDGE = rf"\w{_H}", rf"\w@/.{_H}"  # what may not come right before a name
BASED = re.compile(rf"{lead_cap(_WORD_OR_HYPHEN)}(?:[ ]{CAP_WORD})?[{_H}]based[ ](?={CAP_WORD}[ ][a-z])")
BACKED = re.compile(rf"(?P<name>{lead_cap(_NAME_EDGE)}(?:{CAP_WORD})*)[{_H}](?:backed|funded|owned)\b")
MONEY_FROM = re.compile(rf"\b(?:grant|grants|funding|investment|backing|donation)\s+from\s+(?:the\s+)?(?=[{_UP}])")
CALLED = re.compile(rf"\b{_LAB_NOUN}\b[^.\n]{{0,40}}?\b(?:called|named)[ ](?=[{_UP}])")
ORG_NOUN = (r"(?:agency|regulator|watchdog|nonprofit|non-profit|charity|insurer|bank|lender|carrier|operator|investor|fund|consortium|"
            r"foundation|university|institute|ministry|industry[ ]group|trade[ ]body|standards[ ]body)")
APPOSITION_ORG = re.compile(rf",\s+(?:(?:a|an|the)\s+(?:[\w.&'\u2019{_H}]+\s+){{0,4}}?{ORG_NOUN}|"
                            rf"one\s+of\s+(?:[\w.&'\u2019{_H}]+\s+){{0,4}}?{ORG_NOUN}s)\b(?!['\u2019]|[ ](?:says|said)\b)")
ONE_WORD_CUES = (OF_AT, BASED, MONEY_FROM, CALLED, trade_cues.TRADE)
CUE_WORDS = {BASED: ("based",), MONEY_FROM: ("grant", "funding", "investment", "backing", "donation"),
             CALLED: ("called", "named"), OF_AT: (" of ", " from ", " at "),
             trade_cues.TRADE: trade_cues.WORDS}
# "bodies such as BSI, DIN and ANSI", "labs like Vennhollow and Bramblecode": a list of organisations
ORG_PLURAL_LIST = re.compile(r"\b(?:bodies|agencies|regulators|companies|firms|labs|universities|institutes|investors|banks|"
                             r"insurers|operators|organi[sz]ations|start-?ups|developers|vendors)\s+(?:such\s+as|like|including)\s+")
LIST_ITEM = re.compile(r"(?P<name>[A-Z][\w&]*[A-Za-z])(?P<sep>,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+|(?=[.;:)\n]|\s+[a-z]))")
ACRONYM_BACK = re.compile(r"(?<![\w@/.-])([A-Z]{2,6})\Z")
# a known organisation's cloud is a name of its own ("Naver Cloud"); as is a known lab's fund (below)
CLOUD_AFTER = re.compile(r"[ ]Cloud\b(?![\w-]|[ ][A-Z])")  # (not "Oracle Cloud Infrastructure": a product)
BY_WEAK = re.compile(r"\b(?:led|run|founded|entered)\Z")  # (people lead and found things too)
PERSON_GOES_ON = re.compile(r"[ ][A-Z]")
NAME_ENDS = re.compile(r"\s*(?:[,.;:)]|\Z)|\s+(?:and|in|with|which|who|that|to|for|on|at)\b")
ROLE_AFTER = re.compile(r"['\u2019]s\s+(?:director|directors|executives?|chair(?:man|woman)?|leadership|shareholders|"
                        r"managing\s+director|general\s+counsel|press\s+office|(?:(?:new|own|latest|reasoning|flagship|"
                        r"open|coding)\s+)*(?:model|models|chatbot)\b(?!\s+(?:of|for)\b))\b")
# "Radical Ventures", "Salesforce Ventures": an investor's fund
FUND_AFTER = re.compile(r"[ ](?:Ventures|Capital)\b(?![\w-])")
# a ministry or department: its capitalised subject words, joined by "and"/"&"/"for" ("Ministry of ICT")
GOV_BODY = re.compile(r"(?<![\w-])(?:Ministry|Department|Bureau|Directorate)[ ]of[ ](?:the[ ])?(?:[A-Z][\w&]*)"
                      r"(?:[ ](?:(?:and|&|for)[ ])?[A-Z][\w&]*)*")
# a file under a folder ("results/marmot-70b.json"): the folder is no model's owner
FILE_AFTER = re.compile(r"[\w.\-]{1,60}\.(?:json|jsonl|ya?ml|py|md|txt|csv|tsv|log|html?|parquet|pt|bin|gguf|safetensors)\b")
SLUG_OWNER = re.compile(r"(?<![\w./-])[A-Za-z][\w.-]{1,38}\Z")
NOT_OWNERS = frozenset("models model api v1 v2 latest main tree blob resolve files hf hub checkpoints weights".split())
SLUG_CELL = re.compile(r"[a-z][a-z0-9]{2,}(?:[-_][a-z0-9]+)?")
# a handle: "@Quillion_ai", "@HexadyneAI"
HANDLE = re.compile(r"(?<![\w@])@(?P<name>[A-Za-z][A-Za-z0-9]*?)(?:[_]?(?:ai|AI|labs|Labs|HQ|hq|research|Research))?(?![\w])")
# a handle with a lab's suffix: "@ambrette_ai", "@QuillionLabs" (the base: the lab's name)
HANDLE_LAB = re.compile(r"(?<![\w@])@(?P<name>[A-Za-z][A-Za-z0-9]{2,}?)[_]?(?:ai|AI|Ai|labs|Labs|LABS|research|Research|HQ|hq)(?![\w])")
ORG_COLUMN = frozenset("org organization organisation developer lab company creator provider vendor maker".split())
PERSON_TITLES = frozenset("Mr Mrs Ms Dr Prof Professor Sir Lady Lord Saint St Today Tonight Yesterday Tomorrow World "
                          "Internet Industry Street Wall Finally Meanwhile However Also Still Instead Overall Separately "
                          "Additionally Notably Similarly Importantly Previously Currently Recently Earlier Later".split())
# a model's name going on after the lab's: "Selvage Prime 2", "Kurobane-LM 3", "Quill 4"
MODEL_GOES_ON = re.compile(rf"[ ]?[{_H}]?\d|[ ][A-Z][\w]*(?:[ {_H}][A-Z][\w]*)?[ {_H}]?v?\d|[ ](?!(?:{ORG_WORDS})\b)[A-Z]")


# a shaped name whose first word is the organisation alone too ("Halden University" → "Halden"; not "Authors Guild")
SHORT_HEADS = frozenset("University Institute College".split())
# first words that make "X Research" or "X University" a description or a place, not a lab of its own
WORD_HEAD_BLOCK = frozenset("Open Applied General Frontier Safe Human Machine Language Data Reasoning Deep".split())


@lru_cache(maxsize=4096)  # (a pure test of a name, asked again at each of its mentions)
def _name_ok(name: str) -> bool:
    words = name.split()
    if len(words) > 1 and not LAB_END.search(name):
        return False  # "Jane Doe": a person, "Gemini Flash": a product
    first = words[0]
    return (first not in BLOCKED_HEADS and first.lower() not in STOP_WORDS and first not in COMMON_CAPS
            and first not in NOT_BENCH and first not in PLACES and first not in PERSON_TITLES and len(first) > 2
            and not (len(words) == 1 and (LAB_END.fullmatch(first) or first in CAPITALS or first in PEOPLES)))


# compiled once here, not at each name the loops below read
_WORD_GAP = re.compile(rf"[\s{_H}]")


def find_unknown_orgs(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool],
                      ai_text: bool = True) -> list[tuple[int, int, str, str]]:
    """(start, end, "ORG", canonical) of labs and companies no list knows, in ``text``.

    ``taken``: (start, end, label) of everything found so far (KB names, stop phrases, new models and
    benchmarks): a new lab never overlaps one, except a known company's fund ("Salesforce Ventures"),
    which replaces the company's span. ``ai_at(pos)``: whether the sentence at ``pos`` is about AI.
    """
    spans = sorted((s, e) for s, e, _ in taken)
    longest = max((e - s for s, e in spans), default=0)
    found: dict[tuple[int, int], str] = {}
    mine: list[tuple[int, int]] = []

    def free(s: int, e: int, skip: tuple[int, int] | None = None) -> bool:
        for ordered, width in ((spans, longest), (mine, 200)):
            i = bisect_left(ordered, (s - width, -1))
            while i < len(ordered) and ordered[i][0] < e:
                if ordered[i][1] > s and ordered[i] != skip:
                    return False
                i += 1
        return True

    def add(s: int, e: int, skip: tuple[int, int] | None = None, ai: bool = True) -> bool:
        if (s, e) in found or not free(s, e, skip) or ai and not ai_at(s):
            return False
        found[(s, e)] = clean(text[s:e])
        insort(mine, (s, e))
        return True

    def name_at(pos: int):
        m = NAME.match(text, pos)
        if m is None:
            return None
        name = m.group("name")
        while " " in name and not LAB_END.search(name):  # "Ironleaf Sits ..." never; keep the lab-word run
            name = name.rsplit(" ", 1)[0]
        return (m.start(), m.start() + len(name)) if _name_ok(name) else None

    # 0. names shaped like organisations ("University of X", "X Committee", "X Inc."), and acronyms defined for
    # them; one may extend a known organisation's name ("Stanford Law School", "Naver Cloud" is not a shape)
    shaped = set()
    for s, e in shaped_orgs(text):
        inner = next(((a, b) for a, b, lab in taken if lab == "ORG" and (a == s and b < e or s < a and b < e)), None)
        # (a known body inside, never at the end: "Leeds Teaching Hospitals NHS Trust"; "UK AI Security Institute" is
        # the known "AI Security Institute" after a country word)
        if add(s, e, skip=inner, ai=False):
            shaped.add(found[(s, e)])
    natives = native_bodies.find(text) if not text.isascii() else []  # "Politechnika Gdańska", "Luleå kommun"
    for s, e in native_heads.find(text):  # "Klagenævnet for Udbud", "Kementerian Komunikasi dan Digital"
        cut = min((a for a, b, _ in taken if s < a < e), default=None)  # "Klagenævnet for Google": Google is known
        se = (s, e) if cut is None else native_heads.trim_before(text, s, e, cut)
        if se:
            natives.append(se)
    for s, e in sorted(set(natives), key=lambda se: (se[0] - se[1], se[0])):
        inner = next(((a, b) for a, b, lab in taken if lab == "ORG" and s <= a and b <= e and (a, b) != (s, e)), None)
        if inner and inner[0] > s and inner[1] == e:
            continue  # "Ngân hàng Vietcombank": a kind word before a known brand
        if add(s, e, skip=inner, ai=False):
            shaped.add(found[(s, e)])
    for s, e, canon in caps_fields.fields(text):  # "· VELLMOOR RESEARCH ·", "(logo: TARNWICK LABS)" (nlp.caps_fields)
        if add(s, e, ai=False):
            found[(s, e)] = canon
    for s, e, canon in legal_names(text):  # "Wrzos AI sp. z o.o.": the name with its suffix, canonical without
        inner = next(((a, b) for a, b, lab in taken if lab == "ORG" and s <= a and b < e), None)
        if inner and inner[0] == s and inner[1] >= s + len(canon):
            continue  # "Google LLC", "华为技术有限公司": the known name keeps its canonical and takes the suffix later
        if add(s, e, skip=inner, ai=False):
            found[(s, e)] = canon
            shaped.add(canon)
    if shaped:  # (not after a company's legal name: "AKBANK T.A.Ş. (AKBNK)" gives its ticker)
        orgs = sorted([se for se in found if not legal_forms.suffix_at(text, se[1] - len(text[se[0]:se[1]].split(" ")[-1]) - 1)
                       and not legal_forms.SUFFIX.search(text[se[0]:se[1]])] + [(a, b) for a, b, lab in taken if lab == "ORG"])
        for s, e in defined_acronyms(text, orgs):
            add(s, e, ai=False)
    # 1. cue words before, apposition after, "the lab, X"
    for m in BACKED.finditer(text) if "backed" in text or "funded" in text or "owned" in text else ():
        if _name_ok(m.group("name")):
            add(m.start("name"), m.end("name"))
    for rx in (BEFORE, LAB_COMMA, BY, OF_AT, BASED, MONEY_FROM, CALLED, trade_cues.TRADE):
        if rx in CUE_WORDS and not any(w in text for w in CUE_WORDS[rx]):
            continue
        for m in rx.finditer(text):
            role = False
            if rx is OF_AT:  # "Jonas Albrecht of X"; "research lead at X" (the role: no AI sentence needed)
                back = text[max(0, m.start() - 40):m.start()]
                role = text.startswith(" at ", m.start()) and bool(ROLE_BACK.search(back))
                if not role and (text.startswith(" at ", m.start()) or not PERSON_BACK.search(back)):
                    continue
            if rx is BY and not BY_VERB.search(text, max(0, m.start() - 16), m.start()):
                continue
            got = name_at(m.end())
            if got and rx in ONE_WORD_CUES and PERSON_GOES_ON.match(text, got[1]):
                continue  # "led by Mira Quint", "Dana Reyes of Lisbon Tech": a person, or more name than we see
            if got and rx is BY and BY_WEAK.search(text, max(0, m.start() - 16), m.start()) and not NAME_ENDS.match(text, got[1]):
                continue  # "led by Mira Quint", "led by Dutch chip maker X"
            if got and (rx is not LAB_COMMA or text.startswith(",", got[1])):
                add(*got, ai=not role)  # ("teaches law at X": whatever the sentence is about)
    for m in ORG_PLURAL_LIST.finditer(text) if " such as " in text or " like " in text or " including " in text else ():
        pos = m.end()
        for _ in range(8):
            it = LIST_ITEM.match(text, pos)
            if it is None or not (_name_ok(it.group("name")) or it.group("name").isupper()):
                break
            add(it.start("name"), it.end("name"))
            if not it.group("sep"):
                break
            pos = it.end()
    for s, e, lab in taken:
        if lab == "ORG" and CLOUD_AFTER.match(text, e):
            add(s, CLOUD_AFTER.match(text, e).end(), skip=(s, e), ai=False)
    for b in BLOG_WORD.finditer(text):  # "Source: Hexadyne launch blog"
        m = BLOG_BACK.search(text, max(0, b.start() - 30), b.start())
        w = NAMES_BACK.search(text, max(0, m.start() - 60), m.start()) if m else None
        if w:
            got = name_at(m.start() - len(w.group(1)))
            if got and got[1] == m.start():
                add(*got)
    for m in (*APPOSITION.finditer(text), *APPOSITION_ORG.finditer(text)):
        w = NAMES_BACK.search(text, max(0, m.start() - 60), m.start())
        if w is None and m.re is APPOSITION_ORG:  # "CORFO, the Chilean agency ..."
            w = ACRONYM_BACK.search(text, max(0, m.start() - 8), m.start())
            if w and w.group(1) not in COMMON_CAPS:
                add(w.start(1), w.end(1))
            continue
        if w:
            s = m.start() - len(w.group(1))
            got = name_at(s)
            if got and got[1] == m.start() and (s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "@/." + HYPHENS)):
                add(*got)
    # government bodies: "the Ministry of Digital Affairs", "Department of Science and Technology"
    for m in GOV_BODY.finditer(text) if "Ministry" in text or "Department" in text or "Bureau" in text or "Directorate" in text else ():
        add(m.start(), m.end())
    # 2. a model's developer; a company's people and money
    for s, e, lab in taken:
        if lab == "BENCHMARK" and (m := FROM.match(text, e)):  # "Rasphold-Hard from Ashcombe": its maker
            got = name_at(m.end())
            if got:
                add(*got)
        if lab != "MODEL":
            continue
        m = FROM.match(text, e)
        if m:
            got = name_at(m.end())
            if got:
                add(*got)
        before = text[max(0, s - 60):s]
        for rx in (RELEASED, POSSESSIVE_MODEL):
            r = rx.search(before)
            if r:
                w = WORD_BACK.search(before, 0, r.start())
                if w and not (rx is RELEASED and PLACE_PREP_BACK.search(before, 0, w.start(1))):  # "Andina Labs in Bogotá released"
                    a = s - len(before) + w.start(1)
                    got = name_at(a)
                    if got and got[1] == a + len(w.group(1)):
                        add(*got)
    model_heads = {w for s, e, lab in taken if lab == "MODEL" for w in _WORD_GAP.split(text[s:e])}
    for m in APOSTROPHE_S.finditer(text) if "'s" in text or "\u2019s" in text else ():
        if ORG_ROLE_AFTER.match(text, m.start()) or ROLE_AFTER.match(text, m.start()):
            w = NAMES_BACK.search(text, max(0, m.start() - 40), m.start())
            if w and not ORG_ROLE_AFTER.match(text, m.start()) and (
                    w.group(1) in model_heads or re.search(rf"(?<!\w){re.escape(w.group(1))}[{_H} ]?v?\d", text)):
                continue  # "Quill's reasoning model": the family of "Quill-3" (or a word of a model's name)
            if w:
                got = name_at(m.start() - len(w.group(1)))
                if got and got[1] == m.start():
                    add(*got)
    # a lab named like its models, where the text shows it acting as the company ("Drossel raises ...", beside
    # "Drossel-5"): the reader of new names left those mentions alone (nlp.lab_heads)
    heads = {_WORD_GAP.split(text[s:e])[0] for s, e, lab in taken if lab == "MODEL"}
    for w in lab_heads.company_words(text, {h for h in heads if _name_ok(h)}):
        for s, e in lab_heads.company_mentions(text, w):
            add(s, e, ai=False)
    # "kaldera/klar-3-70b": an id's owner part is the organisation, when the id names a model of the text
    models = tuple({text[s:e].lower() for s, e, lab in taken if lab == "MODEL" and e - s > 2})
    i = text.find("/") if models else -1
    while i > 0:
        o = SLUG_OWNER.search(text, max(0, i - 40), i)
        if o and o.group(0).lower() not in NOT_OWNERS and text[i + 1:i + 60].lower().startswith(models) \
                and not FILE_AFTER.match(text, i + 1):
            add(o.start(), o.end(), ai=False)
        i = text.find("/", i + 1)
    # 3. tables: the Org / Developer column
    if "|" in text or "," in text or ";" in text or "\t" in text or ":" in text:
        for s, e, label in _table_column_cells(text, ORG_COLUMN):
            got = name_at(s)
            if got is None and SLUG_CELL.fullmatch(text, s, e) and text[s:e] not in STOP_WORDS:
                got = (s, e)  # an export's lower-case id: "korvath"
            if got and got[1] == e:
                if free(*got) and ai_text:
                    found[got] = clean(text[got[0]:got[1]])
                    insort(mine, got)
    # 3b. a config's organisation key and a vendor's folder: "provider: hollowmere", "vendors/hollowmere/" (nlp.org_keys)
    for s, e in org_values(text) if ai_text else ():
        got = name_at(s)
        if got is None and SLUG_CELL.fullmatch(text, s, e) and text[s:e] not in STOP_WORDS:
            got = (s, e)
        if got and got[1] == e and free(*got):
            found[got] = clean(text[got[0]:got[1]])
            insort(mine, got)
    # 4. investors' funds: "Radical Ventures", "Salesforce Ventures" (a known company's name included)
    for m in FUND_AFTER.finditer(text) if "Ventures" in text or "Capital" in text else ():
        w = WORD_BACK.search(text, max(0, m.start() - 30), m.start())
        if w:
            s = m.start() - len(w.group(1))
            if _name_ok(w.group(1)) or (s, m.start()) in spans:
                add(s, m.end(), skip=(s, m.start()))
    # a lab's handle: "@ambrette_ai", "@NordljusLabs" (a lab suffix) names the lab the text writes capitalised
    for m in HANDLE_LAB.finditer(text) if "@" in text else ():
        base = m.group("name")
        w = re.search(rf"(?<![\w@/.{_H}]){re.escape(base[0].upper() + base[1:])}(?![\w{_H}])", text) if len(base) > 3 else None
        if w and _name_ok(w.group()) and not text[w.end():w.end() + 1].isdigit():
            if add(m.start(), m.end(), ai=False):
                found[(m.start(), m.end())] = w.group()
                add(w.start(), w.end(), ai=False)
    if not found:
        return []
    # 5. the document: a lab found once is that lab everywhere, its handle too
    canons = set(found.values())  # "Kairos" after "Kairos Evals" (not "Halden" in "Halden Reasoning Index")
    canons |= {c.split()[0] for c in canons if len(c.split()) == 2 and c.split()[0] not in WORD_HEAD_BLOCK
               and (c not in shaped or c.split()[1] in SHORT_HEADS)}
    lab_of = {c.split()[1]: c for c in canons if len(c.split()) == 2 and c.split()[0] in native_heads.LAB_KINDS
              and _name_ok(c.split()[1])}  # "Ondelle" after "Laboratoire Ondelle": that lab
    canons |= lab_of.keys()
    names = sorted(canons, key=len, reverse=True)
    for name in names:
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if not (i and (text[i - 1].isalnum() or text[i - 1] in "_.@/" + HYPHENS)) \
                    and not (j < len(text) and (text[j].isalnum() or text[j] in HYPHENS and j + 1 < len(text) and text[j + 1].isalnum())) \
                    and not MODEL_GOES_ON.match(text, j):
                if add(i, j, ai=False) and name in lab_of:
                    found[(i, j)] = lab_of[name]
            i = text.find(name, j)
    if "@" in text:
        lowered = {n.replace(" ", "").lower(): n for n in names}
        for m in HANDLE.finditer(text):
            n = lowered.get(m.group("name").lower())
            if n and free(m.start(), m.end()):  # (this document's lab already: no AI sentence needed)
                found[(m.start(), m.end())] = n
                insort(mine, (m.start(), m.end()))
    return sorted((s, e, "ORG", canon) for (s, e), canon in found.items())
