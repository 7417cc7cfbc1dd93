"""Legal-form suffixes of companies in many jurisdictions: "Inc.", "Ltd.", "Pvt. Ltd.", "AB", "Oy", "SAS",
"S.A.", "sp. z o.o.", "s.r.o.", "GmbH", "B.V.", "K.K.", "A.Ş.", "JSC", "PBC" ...

A capitalised name right before one is a company ("Kestrel Research Inc.", "Wrzos AI sp. z o.o.",
"Nordljus AB"); the canonical is the name without the suffix ("Kestrel Research"), and the span is the name alone
or the name with its suffix as :data:`SPAN_TAKES_SUFFIX` says (the sets disagree; see there). An ALL-CAPS letterhead ("CROFTER SYSTEMS, INC.")
takes a title-cased canonical. Sources for the forms: the registers' own abbreviations (Companies House,
Bolagsverket, PRH, KRS, the Czech and Turkish trade registers, the Indian MCA, the Delaware PBC statute). "Limited" in
full (Companies House, the Irish CRO: "Quay Software Limited") counts unless a capitalised word goes on ("Limited Edition").

A suffix is matched only where a word boundary ends it; two-letter forms that are also words or codes ("AB",
"AS", "SE", "AG", "KK") count only after a name of two or more words or a one-word name in the same text
found with a lab cue (left to the caller); see :data:`SHORT_FORMS`.
"""

from __future__ import annotations

import re

# longest first; each as written in registers (case-sensitive, with an ALL-CAPS variant for letterheads)
_FORMS = [
    r"Co\.,[ ]Ltd\.?", r"Pvt\.?[ ]Ltd\.?", r"Pte\.?[ ]Ltd\.?", r"Pty\.?[ ]Ltd\.?", r"Sdn\.?[ ]Bhd\.?", r"Private[ ]Limited", r"Limited(?![ ][A-Z][a-z])",
    r"sp\.[ ]z[ ]o\.o\.", r"Sp\.[ ]z[ ]o\.o\.", r"s\.r\.o\.", r"a\.s\.", r"spol\.[ ]s[ ]r\.o\.", r"S\.A\.[ ]de[ ]C\.V\.",
    r"T\.A\.Ş\.", r"A\.Ş\.", r"S\.p\.A\.", r"S\.r\.l\.", r"S\.A\.S\.", r"S\.A\.", r"S\.L\.", r"Ltda\.?", r"B\.V\.", r"N\.V\.",
    r"K\.K\.", r"d\.o\.o\.", r"GmbH", r"gGmbH", r"Inc\.", r"Inc\b", r"Corp\.", r"Corp\b", r"Ltd\.?", r"LLC\b", r"L\.L\.C\.",
    r"LLP\b", r"PBC\b", r"plc\b", r"PLC\b", r"SARL\b", r"SAS\b", r"SRL\b", r"Oyj\b", r"Oy\b", r"ApS\b", r"A/S\b", r"ASA\b",
    r"JSC\b", r"PJSC\b", r"OOO\b", r"AB\b", r"AG\b", r"KK\b", r"SE\b", r"AS\b",
]
_CAPS = [r"LIMITED\b", r"INC\.", r"INC\b", r"CORP\.", r"LTD\.?", r"CO\.,[ ]LTD\.?", r"PVT\.?[ ]LTD\.?", r"S\.R\.O\.", r"SP\.[ ]Z[ ]O\.O\."]
# the span convention: the sets' writers disagree (heldout11's README: the suffix is left outside; heldout7 mixed;
# heldout13: the registered name, suffix inside, 16 of 16). False (the name alone, the guidelines' minimal span)
# keeps every older set where it was; True follows heldout13 (+0.054 ORG F1 there) but costs heldout5 0.006 micro
# (one span in a small set) and heldout8/11/12 about 0.002 each: the lead's call (bench notes, round 13 step 2)
SPAN_TAKES_SUFFIX = False
# forms that are also words, codes or initials: only after a name of two words or more ("Nordljus AB" needs the
# name elsewhere as a company; "Team AB" is nothing) -- callers check
SHORT_FORMS = frozenset("AB AG KK SE AS".split())
SUFFIX = re.compile(r",?[ ](?P<form>" + "|".join(_FORMS + _CAPS) + r")(?![\w\u00c0-\u024f])")
# the words the finder hangs on (plain strings: scanned for before any regular expression runs)
WORDS = (" Co.", " Inc", " INC", " Corp", " CORP", " Ltd", " LTD", " LLC", " L.L.C.", " LLP", " GmbH", " gGmbH", " AG", " SAS",
         " S.A", " plc", " PLC", " K.K.", " KK", " Pte", " Pty", " Pvt", " PVT", " Private Limited", " Limited", " LIMITED", " Sdn", " B.V.", " N.V.",
         " S.p.A.", " S.r.l.", " SRL", " SARL", " S.L.", " Ltda", " Oy", " A/S", " ASA", " ApS", " AB", " SE", " AS", " JSC",
         " PJSC", " OOO", " PBC", " sp. z", " Sp. z", " SP. Z", " s.r.o.", " S.R.O.", " spol.", " a.s.", " A.Ş.", " T.A.Ş.", " d.o.o.")
_WORDS_RX = re.compile("|".join(re.escape(w) for w in sorted(set(WORDS), key=len, reverse=True)))


def has_any(text: str) -> bool:
    return _WORDS_RX.search(text) is not None


def suffix_at(text: str, e: int) -> re.Match | None:
    """The legal-form suffix starting at ``e`` (", Inc.", " sp. z o.o."), or None."""
    return SUFFIX.match(text, e)


def canonical(name: str) -> str:
    """A company's canonical from its name before the suffix: an ALL-CAPS letterhead title-cased
    ("CROFTER SYSTEMS" → "Crofter Systems"); a mixed-case name as written."""
    if name.isupper() and any(len(w) > 3 for w in name.split()):
        return " ".join(w.capitalize() if len(w) > 3 or not w.isalpha() else w for w in name.split())
    return name


_SUFFIX_END = re.compile(SUFFIX.pattern + r"\Z")
_TICKER = re.compile(r"[A-Z][A-Z0-9.]{1,7}(?:[ ][A-Z]{2})?")


def ticker_at(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a code in brackets right after a company's legal name ("QUENBY, INC. (QNBY)",
    "AKBANK T.A.Ş. (AKBNK)"): a listing's ticker, not a name."""
    return (s >= 2 and text[s - 2:s] == " (" and text[e:e + 1] == ")" and _TICKER.fullmatch(text, s, e) is not None
            and _SUFFIX_END.search(text, max(0, s - 24), s - 2) is not None)


# Chinese and Japanese company forms: "…有限公司" (limited company), "…股份有限公司", "株式会社…" / "…株式会社" (KK);
# the name runs from a boundary (start, space, colon, bracket, comma) to the form, a city in brackets inside it
# ("灵雀智能科技（杭州）有限公司")
_HAN = r"\u4e00-\u9fff"
_KANA = r"\u30a0-\u30ff"
CJK_COMPANY = re.compile(rf"(?:(?<=[\s:：(（,，;；、])|(?<=^))(?P<name>[{_HAN}]{{2,16}}(?:（[{_HAN}]{{2,4}}）)?(?:股份)?有限(?:责任)?公司"
                         rf"|株式会社[{_HAN}{_KANA}]{{2,12}}|[{_HAN}{_KANA}]{{2,12}}株式会社)", re.M)
# what may follow a known organisation's name before the form: "华为" + "技术有限公司"
CJK_TAIL = re.compile(rf"[{_HAN}]{{0,8}}?(?:股份)?有限(?:责任)?公司|株式会社")


def cjk_companies(text: str) -> list[tuple[int, int]]:
    """(start, end) of Chinese and Japanese company names with their legal form."""
    if "公司" not in text and "株式会社" not in text:
        return []
    return [m.span("name") for m in CJK_COMPANY.finditer(text)]
