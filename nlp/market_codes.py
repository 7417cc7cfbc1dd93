"""Codes that look like names but are not the name: tickers, currency pairs, hardware standards, percentages, channels.

Market wraps and trade press write a company's ticker after it ("SAP (SAP GY) +2.1%", "Kakao (035720 KS)", "(NYSE:
NVDA)"), currency pairs ("USD/KRW 1,402"), memory and interface standards ("HBM4 orders", "LPDDR5X") and moves
("climbed 4.5%"); a chat export names its channels ("#vendor-eval"). A name found inside one of these is dropped:

* **a ticker**: inside brackets holding an exchange-prefixed code ("NYSE: X", "KRX: 005930") or a code followed by a
  two-letter Bloomberg exchange suffix ("SAP GY", "9984 JP", "ASML NA"); the company named before the brackets stays;
* **a currency pair**: ``AAA/BBB`` of two ISO 4217 codes;
* **a hardware standard**: HBM, (LP/G)DDR, PCIe, USB, NVMe, CXL, UCIe, NVLink, Wi-Fi, LTE with a generation number
  (JEDEC / PCI-SIG / USB-IF product standards, never a model or a benchmark) — only guesses no list knows;
* **a number**: a model or benchmark span with no letter, followed by "%", "per cent" or "percent" ("climbed 4.5%"
  is no GPT-4.5);
* **a channel or tag**: a lower-case guess right after "#" ("#vendor-eval"; a known "#swe-bench" stays).

Each test is one bounded match at the span, plus one pass over the text for brackets with tickers.
"""

from __future__ import annotations

import re

# Bloomberg exchange codes (two letters after the ticker): the common ones of the equity markets
_EXCH = ("US UN UW UQ UA UR LN GY GR GF FP NA BB SM IM SW SE SS NO DC FH AV PW PL ID LI GA CP HB AU NZ CN CT JP JT KS KQ "
         "HK CH CG CS TT TW IN IB IS SP MK TB IJ PM VN SJ AB QD DU IT BZ MM CI").split()
_EXCHANGES = r"NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSE|TYO|JPX|KRX|KOSPI|KOSDAQ|HKEX|HKG|SEHK|SSE|SZSE|ASX|TSX|Euronext|XETRA|Xetra|SIX|BSE|NSE|OTC|OTCQX|TWSE|SGX|B3|BMV|JSE"
TICKER_BRACKETS = re.compile(rf"\((?:(?:{_EXCHANGES})\s*:\s*[A-Z0-9]{{1,8}}(?:[.\-][A-Z]{{1,2}})?"
                             rf"|[A-Z0-9]{{1,8}}(?:[./][A-Z]{{1,2}})?[ ](?:{'|'.join(_EXCH)})(?:[ ]Equity)?)"
                             rf"(?:[;,][ ]?(?:(?:{_EXCHANGES})\s*:\s*)?[A-Z0-9]{{1,8}}(?:[ ][A-Z]{{2}})?)*\)")
_ISO = ("USD EUR JPY GBP CNY CNH KRW CHF AUD CAD HKD SGD INR TWD BRL SEK NOK DKK PLN TRY ZAR MXN IDR THB RUB UAH ILS NZD "
        "MYR PHP VND CZK HUF RON AED SAR QAR KWD EGP NGN KES ARS CLP COP PEN BTC").split()
CURRENCY_PAIR = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(_ISO)})/(?:{'|'.join(_ISO)})(?![A-Za-z])")
HARDWARE = re.compile(r"(?:HBM|LPDDR|GDDR|DDR|PCIe|PCI[ ]Express|USB|NVMe|CXL|UCIe|NVLink|Wi-?Fi|LTE|SATA|HDMI|Thunderbolt)"
                      r"[ \-]?\d+(?:\.\d+)?[A-Za-z]?\Z")
PERCENT_AFTER = re.compile(r"[ \u00a0]?(?:%|per[ ]?cent\b|percent\b|pp\b|bps\b)")
_LETTER = re.compile(r"[^\W\d_]")


def dropped(text: str, rows) -> set[tuple[int, int]]:
    """(start, end) of the spans in ``rows`` ((start, end, label, known)) that are codes, not names."""
    out: set[tuple[int, int]] = set()
    boxes = []
    if "(" in text:
        boxes = [m.span() for m in TICKER_BRACKETS.finditer(text)]
    pairs = [m.span() for m in CURRENCY_PAIR.finditer(text)] if "/" in text else []
    for s, e, label, known in rows:
        if any(a < s and e < b for a, b in boxes) or any(a <= s and e <= b for a, b in pairs):
            out.add((s, e))
            continue
        w = text[s:e]
        if label == "ORG":
            continue
        if not _LETTER.search(w) and PERCENT_AFTER.match(text, e):
            out.add((s, e))
        elif not known and HARDWARE.match(w):
            out.add((s, e))
        elif not known and s and text[s - 1] == "#" and w == w.lower():
            out.add((s, e))
    return out
