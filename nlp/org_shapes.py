"""Organisations known by the shape of their names, not by a list.

The knowledge base lists AI labs; news also names ministries, regulators, standards bodies,
universities, funds and companies outside AI, and those names carry their kind in their words:
"Ministry of X", "Office for X", "University of X", "X University", "X Institute of Technology",
"X Committee", "X Foundation", "X Capital", "X Pension Plan", X before "Inc." / "Co., Ltd." / "GmbH".
An acronym the text defines for such a name ("the National Grid Agency (NGA)") is the same body.

Kept out: a head word used as a common noun ("a foundation model", "the Foundation Models
framework"), a sentence-start word or determiner before the name, groups named by what they do
("Working Group", "Focus Group"). All patterns are bounded regular expressions: linear in the text.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from . import legal_forms
from .demonyms import subnational_prefix
from .unknown import _UP, PLACES


# a capitalised word of a name (letters of any script; "Teachers'" keeps its apostrophe), or an acronym
_W = rf"(?:[{_UP}][^\W\d_]*(?:['\u2019](?![^\W\d_]))?|[A-Z]{{2,}}\d*)"  # (any script's capital: "Ørsted", "École")
# head words that end an organisation's name: "Senate Commerce Committee", "Halden University"
HEAD_LAST = (r"University|Institute|College|Academy|School|Foundation|Forum|Guild|Committee|Commission|Council|"
             r"Agency|Authority|Office|Bureau|Directorate|Ministry|Department|Association|Society|Federation|"
             r"Alliance|Coalition|Consortium|Ventures|Capital|Partners|Holdings|Bank|Group|Sciences|Laboratory|Securities|"
             r"Laboratories|Library|Archives|Museum|Pension[ ]Plan|Pension[ ]Fund|Corporation|Trust|"
             # courts, offices' divisions, municipalities, hospitals: "General Court", "Opposition Division",
             # "Halden Metropolitan Municipality", "Varnhold Hospital"
             r"Court|Tribunal|Division|Municipality|Hospital|Infirmary")
# a unit word that goes on after a name's head ("Sunnybrook Health Sciences Centre", "Halden Institute Hospital")
UNIT_AFTER = re.compile(r"[ ](?:Centre|Center|Hospital|Clinic)(?![\w-])")
# head words followed by "of/for": "University of Leeds", "Office for Model Assurance", "Universidad de Chile"
HEAD_FIRST = (r"University|Universidad|Universidade|Universit[\u00e0\u00e9]|Institute|Office|Centre|Center|College|School|"
              r"Academy|Library|Archive|Archives|Museum|Bureau|Department|Ministry|Agency|Commission|Council|Port|Bank|Federation|Association|"
              r"Society|Directorate|Secretariat|Court|Faculty")
# legal suffixes: they mark the name before them, which is the span (minimal proper name: "Kestrel Research" in
# "Kestrel Research Inc."; the guidelines say nothing of suffixes and the sets' writers disagree)
LEGAL = (r"(?:,?[ ](?:Co\.,[ ]Ltd\.?|Inc\.|Inc\b|Corp\.|Corp\b|Ltd\.?|LLC\b|LLP\b|GmbH\b|AG\b|SAS\b|S\.A\.|plc\b|K\.K\.|"
         r"Pte\.?[ ]Ltd\.?|Pty\.?[ ]Ltd\.?|B\.V\.|N\.V\.|S\.p\.A\.|S\.r\.l\.|SARL\b|S\.L\.|Oy\b|A/S\b))")
SHAPE_LAST = re.compile(rf"(?<![\w'\u2019.@/-])(?P<name>{_W}(?:[ ](?:{_W}|of|for|&)){{0,3}}[ ](?:{HEAD_LAST}))\b"
                        rf"(?P<tail>(?<!Division)[ ](?:of|for)[ ](?:the[ ])?{_W}(?:[ ](?:and[ ]|&[ ])?{_W}){{0,2}}|[ ]of[ ]Technology)?"
                        rf"(?![\w-])")
# (a division's "of X" names the body it belongs to: "the Opposition Division of the Varnhold Office" is two names)
# "on" joins a body to its subject only after these heads ("Council on Foreign Relations"); "the Halden Institute on
# FooBench" is the institute, then what it worked on
ON_HEADS = frozenset("Council Commission Committee Office Centre Center Bureau Agency Secretariat".split())
ON_HEAD = re.compile(r"(\w+)[ ]on[ ]")
SHAPE_FIRST = re.compile(rf"(?<![\w'\u2019.@/-])(?P<name>(?:{_W}[ ]){{0,2}}(?:{HEAD_FIRST})[ ](?:of|for|on|de|di|do|du)[ ]"
                         rf"(?:the[ ])?{_W}(?:[ ](?:(?:and|&|of|for)[ ])?{_W}){{0,3}})(?![\w-])")
# an official body named by a coordinated list: "Department for Science, Innovation and Technology", "Ministry of
# Economy, Trade and Industry": the list goes on to its last item only when it ends in "and"/"&" + a capitalised word
COORD_HEAD = (r"Ministry|Department|Office|Agency|Commission|Council|Authority|Institute|Bureau|Directorate|Secretariat|"
              r"Administration|Committee|Centre|Center|Board")
_ITEM = rf"{_W}(?:[ ]{_W})?"
SHAPE_COORD = re.compile(rf"(?<![\w'\u2019.@/-])(?P<name>(?:{_W}[ ]){{0,2}}(?:{COORD_HEAD})[ ](?:of|for|on)[ ](?:the[ ])?"
                         rf"{_ITEM}(?P<list>(?:,[ ]{_ITEM}){{1,5}},?[ ](?:and|&)[ ]{_ITEM}))(?![\w-])")
SHAPE_LEGAL = re.compile(rf"(?<![\w'\u2019.@/-])(?P<name>{_W}(?:[ ]{_W}){{0,3}})(?={legal_forms.SUFFIX.pattern})")
# a party's role before a company's name in a filing: "Plaintiff Crofter Systems, Inc.", "Defendant Quenby"
PARTY_ROLES = frozenset("""Plaintiff Plaintiffs Defendant Defendants Appellant Appellee Respondent Claimant Petitioner Applicant
Licensor Licensee Seller Buyer Supplier Vendor Customer Client Issuer Assignee Assignor Employer Contractor Opponent Proprietor
Registrant Borrower Lender Guarantor Purchaser Acquirer Investor""".split())
# a body named in its own language, its kind first: "Gemeente Halden", "Agenzia delle Dogane", "Ministère des Sports",
# "Banco Varnhold", "Comisiones Obreras" (words no English sentence uses as common nouns, so a capitalised word after
# one is a name; a word of English is kept out: "Commission", "Tribunal" are English and have their own shapes)
NATIVE_HEAD = (r"Gemeente|Provincie|Waterschap|Rekenkamer|Autoriteit|Commissie|Ministerie|Rijksdienst|Bundesamt|Bundesministerium|"
               r"Bundesanstalt|Landesamt|Ministerium|Ministère|Agence|Autorité|Commissariat|Caisse|Agenzia|Autorità|Comune|"
               r"Ministero|Consiglio|Istituto|Agencia|Ayuntamiento|Ministerio|Comisiones|Comisión|Consejo|Instituto|Banco|Banca|"
               r"Generalitat|Urząd|Ministerstwo|Tribunale|Kommune|Kommun|Direktoratet|Myndigheten")
_OF_NATIVE = r"(?:de|del|della|delle|dello|degli|dei|di|des|du|de[ ]la|de[ ]los|de[ ]las|für|der|voor|van|het|do|da|dos|das)"
_AND_NATIVE = r"(?:y|e|et|und|en|i|og|och)"
SHAPE_NATIVE = re.compile(rf"(?<![\w'\u2019.@/-])(?P<name>(?:{NATIVE_HEAD})(?:[ ]{_OF_NATIVE})?[ ]{_W}(?:[ ]{_W})?"
                          rf"(?P<list>(?:,[ ]{_W}){{0,4}}[ ]{_AND_NATIVE}[ ]{_W}(?:[ ]{_W})?)?)(?![\w-])")  # "Commissie X, Y en Z"
NATIVE_AND = frozenset("and y e et und en i og och".split())
NATIVE_WORDS = tuple(NATIVE_HEAD.split("|"))
# a firm named by two names joined by "&": "Brannock & Yelverton", "Tasker & Quill Robotics"; only after a word
# that makes it a party ("at", "from", "with", "Agent:"), never a heading ("Weights & Measures — ...") or a topic
AMP_BEFORE = re.compile(r"(?:\b(?:at|from|with|by|for|of|and|to|joined|left|firm|partners?)|[a-z][,:])[ ]\Z")
AMP_NAME = re.compile(rf"(?<![\w'\u2019.@/&-])(?P<name>{_W}[ ]&[ ]{_W}(?:[ ](?:Healthcare|Partners|Associates|Company|Sons|Co\.?))?)(?![\w&-])")
AMP_BLOCK = frozenset("""Weights Measures Research Development Terms Conditions Questions Answers Mergers Acquisitions Arts
Science Sciences Health Safety Engineering Technology Technologies Design Data Analytics Policy Policies Risk Risks Tools Tips
News Events Media Culture Society Business Finance Trade Industry Energy Climate Environment Security Privacy Legal Compliance
Operations Sales Marketing Product Products Services Service Training Education Learning Hardware Software Inference Models Model
Benchmarks Datasets Chat Writing Code Coding Search Audio Video Image Images Text Vision Language Speech Reasoning Math Maths
Agents Apps Infrastructure Cloud Compute Motor Cyber Home Garden Food Drink Travel Sport Sports Games Gaming Music Film Books
Pricing Billing Support Help Feedback Community Governance Ethics Standards Rules Regulation Law Labour Work Jobs Careers
People Culture Strategy Innovation Growth Investment Investments Capital Markets Economy Economics Politics World Local""".split())
# a second body after "and" inside a match: "... of Newfoundland and Dalhousie University", "... and University of X"
# (heads of bodies that stand alone; "Arts and Social Sciences", "Science and Technology" are one body's subjects)
_BODY = r"University|College|Institute|Hospital|Academy|Foundation|Bank|Agency|Authority|Library|Museum|Corporation|Polytechnic"
AND_BODY = re.compile(rf"[ ](?:and|&)[ ](?P<second>(?:{_W}[ ]){{1,2}}(?:{_BODY})|(?:{_BODY})[ ](?:of|for)[ ](?:the[ ])?{_W}(?:[ ]{_W})?)\Z")
# a purpose body's field goes on after "in the": "Association for Research in the Mathematical Sciences", "Bundesamt
# für Sicherheit in der Informationstechnik" (never a place: "Centre for Research in the UK")
_PURPOSE = re.compile(r"[ ](?:for|für|pour|voor|per|para)[ ]")
IN_THE = re.compile(rf"[ ](?:in[ ]the|in[ ]der|in[ ]den|im)[ ](?P<rest>{_W}(?:[ ]{_W}){{0,2}})(?![\w-])")
# a firm after "and" when the first half is a body already: "Development Bank of Vestland and Brisling Capital Partners"
AND_FIRM = re.compile(rf"[ ](?:and|&)[ ](?P<second>(?:{_W}[ ]){{1,2}}(?:Partners|Ventures|Capital|Holdings|Group|Labs|Laboratories|Investments))\Z")
_BODY_WORD = re.compile(rf"\b(?:{_BODY})\b")
AND_ACRONYM = re.compile(r"[ ](?:and|&)[ ][A-Z]{2,}\d*\Z")  # (searched with endpos: \Z is the name's end)
GOV_HEAD = re.compile(r"\b(?:Ministry|Department|Bureau|Directorate|Secretariat)[ ]")
CALENDAR = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
August September October November December Today Yesterday Tomorrow""".split())
COORD_WORDS = tuple(COORD_HEAD.split("|"))
CONNECTORS = frozenset("of for on and & de di do du the".split())
# the literal words the patterns hang on: a pattern runs only in windows around them (most texts have none,
# and a regular expression tried at every capital of a long text costs more than the finder's other steps)
FIRST_WORDS = tuple(w.split("[")[0] for w in HEAD_FIRST.split("|"))
LAST_WORDS = tuple(w.split("[")[0] for w in HEAD_LAST.split("|"))
LEGAL_WORDS = legal_forms.WORDS


# (an alternation of plain words: the regular expression engine scans for their first letters only)
_WORDS_RX = {ws: re.compile("|".join(re.escape(w) for w in sorted(set(ws), key=len, reverse=True)))
             for ws in (FIRST_WORDS, LAST_WORDS, LEGAL_WORDS, COORD_WORDS, NATIVE_WORDS, (" & ",))}


def _around(rx: re.Pattern, text: str, words: tuple[str, ...], before: int = 160, after: int = 90):
    """rx's matches in windows around the words' occurrences (merged; a name is shorter than a window)."""
    spots = [m.start() for m in _WORDS_RX[words].finditer(text)]
    if not spots:
        return
    a, b = max(0, spots[0] - before), spots[0] + after
    pos = 0
    for i in spots[1:] + [None]:
        if i is not None and i - before <= b:
            b = i + after
            continue
        for m in rx.finditer(text, max(a, pos), min(b, len(text))):
            pos = m.end()
            yield m
        if i is not None:
            a, b = max(0, i - before), i + after
# an acronym defined right after a name: "the National Grid Agency (NGA)"
ACRONYM_AFTER = re.compile(r"[ ]?\((?P<acr>[A-Z][A-Z&]{1,7})\)")
# head words used as common nouns or product words: "Foundation Models", "the Working Group"
NOT_AFTER = re.compile(r"[ ](?:Models?|Model's|Series|Edition|Award|Awards|Prize|Conference|Summit|Report|Act|Bill|Day|Week)\b")
FIRST_BLOCK = frozenset("""Working Focus Study User Users Expert Advisory Steering Program Programme Task Research Reading
Interest Peer Control Test Target Age Demo Product Design Risk Safety Our Your Their His Her Its This That These Those Each
Every Any Some Many Most All Another Other Such No New Today Yesterday Tomorrow Meanwhile Earlier Later Also Both Former
Foundation Private Public Venture Growth Seed Global Local Regional National International Central Federal
State Home Main Head Top Big Small Local Digital Data Model Models AI Dear Sunday Monday Tuesday Wednesday Thursday Friday
Saturday Mortgage Treasury Municipal Corporate Debt""".split())  # (the last: kinds of securities, not firms)
# first words that may start a name only with more name after them ("National Library of Norway", "Federal Reserve Bank")
NEEDS_MORE = frozenset("National International Global Central Federal State Regional Home Digital Open Public Private "
                       "AI Data Model Research Safety".split())


def _trim(text: str, s: int, e: int, least: int = 2) -> tuple[int, int] | None:
    """The name without a leading determiner or sentence word ("The University of X" → "University of X")."""
    words = text[s:e].split(" ")
    while len(words) > 2 and (words[-1] in CALENDAR or words[-1] in CONNECTORS):  # "... Council on Monday"
        e -= len(words[-1]) + 1
        words = words[:-1]
    while len(words) > 1 and (words[0].lower() in STOP_WORDS or words[0] in {"Today", "Yesterday", "Meanwhile"}):
        s += len(words[0]) + 1
        words = words[1:]
    return (s, e) if len(words) >= least and words[0].lower() not in STOP_WORDS else None


def _coordinated(items: str) -> bool:
    """The words after a body's first item are more of its list: no place ("..., Paris and Lyon") and no
    sentence word ("..., The ...") among them."""
    return not any(w in PLACES or w.lower() in STOP_WORDS or w in CALENDAR for w in re.findall(r"[^\W\d_]+", items)
                   if w not in NATIVE_AND)


def shaped_orgs(text: str) -> list[tuple[int, int]]:
    """(start, end) of organisation names known by their shape, in text order, not overlapping."""
    out: list[tuple[int, int]] = []
    for rx, heads in ((SHAPE_COORD, COORD_WORDS), (SHAPE_FIRST, FIRST_WORDS), (SHAPE_LAST, LAST_WORDS),
                      (SHAPE_NATIVE, NATIVE_WORDS), (AMP_NAME, (" & ",))):
        for m in _around(rx, text, heads, after=150 if rx is SHAPE_COORD else 90):
            s, e = m.start("name"), m.end()
            if rx in (SHAPE_COORD, SHAPE_NATIVE) and m.group("list") and not _coordinated(m.group("list")):
                continue  # "Office for Science, Paris and ...": a place or a sentence goes on after the comma
            if rx is AMP_NAME and (not AMP_BEFORE.search(text, max(0, s - 12), s) or any(w in AMP_BLOCK or w.lower() in STOP_WORDS for w in m.group("name").split(" ")[::2])):
                continue  # "Research & Development", "Terms & Conditions": a topic, not a firm
            if rx is SHAPE_FIRST and any(h.group(1) not in ON_HEADS for h in ON_HEAD.finditer(text, s, e)):
                continue  # "Vector Institute on Riptide"
            got = _trim(text, s, e, 1 if rx is SHAPE_LEGAL else 2)
            if got is None or NOT_AFTER.match(text, e):
                continue
            s, e = got
            a = AND_ACRONYM.search(text, s, e)
            if a and a.end() == e:
                e = a.start()  # "the University of Varnhold and CINECA": an acronym after "and" is a second body
            if rx is SHAPE_LAST and not m.group("tail"):
                u = UNIT_AFTER.match(text, e)
                e = u.end() if u else e
            pair = AND_BODY.search(text, s, e)  # "Memorial University of X and Dalhousie University": two bodies
            if pair and pair.end() == e and rx is not SHAPE_COORD:
                out.append((pair.start("second"), e))
                e = pair.start()
            firm = AND_FIRM.search(text, s, e) if pair is None else None
            if firm and firm.end() == e and rx is not SHAPE_COORD and _BODY_WORD.search(text, s, firm.start()):
                out.append((firm.start("second"), e))
                e = firm.start()
            if rx is not SHAPE_COORD and _PURPOSE.search(text, s, e):  # "Association for Research in the Mathematical Sciences"
                x = IN_THE.match(text, e)
                if x and not any(w in PLACES or w in CALENDAR or w.lower() in STOP_WORDS for w in x.group("rest").split(" ")):
                    e = x.end()
            words = text[s:e].split(" ")
            first = words[0]
            if rx is SHAPE_LAST and (first in FIRST_BLOCK and not (first in NEEDS_MORE and len(words) > 2)
                                     or len(words) == 2 and words[0].isupper() and words[1] == "Group"):
                continue  # "Working Group", "Venture Capital", "the AI Group"
            if rx is SHAPE_FIRST and first in FIRST_BLOCK and first not in NEEDS_MORE and len(words) > 3:
                s += len(first) + 1  # "Today University of X" (sentence words)
            if rx is not SHAPE_LEGAL:  # "the Quillmoor Ministry of Digital Services": a state's ministry starts at its head
                g = GOV_HEAD.search(text, s, e)
                if g and g.start() > s and not subnational_prefix(text[s:g.start()].split()):
                    s = g.start()  # (a state's or province's name stays: "Virginia Department of Education")
            out.append((s, e))
    out.sort(key=lambda se: (se[0], -se[1]))
    kept: list[tuple[int, int]] = []
    for s, e in out:
        if kept and s < kept[-1][1]:
            continue
        kept.append((s, e))
    return kept


def legal_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of companies named with a legal-form suffix (:mod:`nlp.legal_forms`): the span
    takes the suffix ("Wrzos AI sp. z o.o."), the canonical not ("Wrzos AI"). A two-letter form that is also a
    word or code ("AB", "AG", "SE") needs a name of two words or one the text also writes alone."""
    out = [(s, e, text[s:e]) for s, e in legal_forms.cjk_companies(text)]  # "北京集佳知识产权代理有限公司"
    if not legal_forms.has_any(text):
        return out
    for m in _around(SHAPE_LEGAL, text, LEGAL_WORDS):
        s, e = m.start("name"), m.end("name")
        words = text[s:e].split(" ")
        while len(words) > 1 and (words[0] in PARTY_ROLES or words[0] in CALENDAR or words[0].lower() in STOP_WORDS
                                  or words[0] in FIRST_BLOCK and words[0] not in NEEDS_MORE):
            s += len(words[0]) + 1
            words = words[1:]
        first = words[0]
        if first.lower() in STOP_WORDS or first in PARTY_ROLES or first in PLACES or first in CALENDAR or len(first) < 2:
            continue
        suf = legal_forms.suffix_at(text, e)
        if suf.group("form") in legal_forms.SHORT_FORMS and text[s:e].isupper():
            continue  # "MINI PRICE AGAIN AS": a shouted headline's word
        if suf.group("form") in legal_forms.SHORT_FORMS and len(words) == 1:
            if first.isupper() or first not in text or not re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-]|[ ]{suf.group('form')}\b)", text):
                continue  # "Team AB", "PFAS SE": a word or code, not a company the text names again
        out.append((s, suf.end() if legal_forms.SPAN_TAKES_SUFFIX else e, legal_forms.canonical(text[s:e])))
    return out


def defined_acronyms(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The "(NGA)" right after an organisation's name, when its letters are the name's initials (or a
    prefix of them), and every later mention of that acronym."""
    acrs: set[str] = set()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        m = ACRONYM_AFTER.match(text, e)
        if not m:
            continue
        acr = m.group("acr")
        initials = "".join(w[0] for w in re.findall(r"[A-Z][\w]*", text[s:e]))
        if not initials:
            continue  # a name in a script without capitals ("杭州星河智能科技有限公司 (XH)")
        if acr.replace("&", "")[:2] == initials[:2] or acr[0] == initials[0] and (
                len(acr) <= len(initials) or len(acr) >= 3 and len(initials) >= 2):  # "Brazilian Development Bank (BNDES)"
            out.append((m.start("acr"), m.end("acr")))
            acrs.add(acr)
    for acr in acrs:
        for m in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
            if (m.start(), m.end()) not in out:
                out.append((m.start(), m.end()))
    return sorted(out)


def expanded_acronyms(text: str, rows) -> dict[tuple[int, int], str]:
    """{span: canonical} for organisation acronyms the passage defines after a found name ("Bundesamt für Sicherheit in
    der Informationstechnik (BSI)"): the guidelines expand an abbreviation to the full name the passage gives, so the
    bracketed acronym and its other mentions take the full name's canonical (also over another body the KB knows by
    the same letters).
    ``rows``: (start, end, label, canonical) of the names found."""
    full: dict[str, str] = {}
    for s, e, label, canon in rows:
        if label != "ORG" or canon is None or " " not in canon:
            continue
        m = ACRONYM_AFTER.match(text, e)
        if not m:
            continue
        acr = m.group("acr").replace("&", "")
        initials = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'\u2019]*", text[s:e]) if w[0].isupper())
        if len(acr) >= 2 and acr[0] == initials[:1] and all(ch in initials for ch in acr):
            full.setdefault(m.group("acr"), canon)
    if not full:
        return {}
    return {(s, e): full[text[s:e]] for s, e, label, canon in rows  # (the passage's definition wins over a list's
            if label == "ORG" and text[s:e] in full and canon != full[text[s:e]]}  # other body of the same letters)


# a public institution named after the body that founded it: "Wellcome Collection", "Halden University Press"
UNIT_BODY = re.compile(r"[ ](?:Collection|Museum|Press|Gallery|Archives)(?![\w-])")


def unit_bodies(text: str, rows) -> list[tuple[int, int, int]]:
    """(start, old end, new end) of found organisations going on with a word that makes them another body, an
    institution named after them ("the Wellcome Collection" is not the Wellcome Trust). ``rows``: (start, end, label,
    canonical) of the names found; the word must not be in the canonical already, nor start another found name."""
    starts = {s for s, _, _, _ in rows}
    out = []
    for s, e, label, canon in rows:
        if label != "ORG" or canon is None:
            continue
        m = UNIT_BODY.match(text, e)
        if m and m.group().strip() not in canon.split() and e + 1 not in starts:
            out.append((s, e, m.end()))
    return out
