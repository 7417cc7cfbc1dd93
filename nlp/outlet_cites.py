"""When a broadcaster or a stock exchange the knowledge base knows is no organisation of the story.

The annotation guidelines (§2) leave out "news outlets and publishers cited as a source or byline"; a public broadcaster
that acts in the story — uses an AI model, pauses its subtitles, signs a partnership, is asked by its regulator — is an
organisation like any other ("Danish public broadcaster DR has paused …", "worked with S4C on Welsh subtitles").
So a name of kind ``broadcaster`` is dropped where the text cites it:

* before it: "according to (the) X", "told X", "via X", "reported by X", "in an interview with X", "speaking to X",
  "Source: X", "Photo: X", "©";
* after it: a channel ("Rai 3", "BBC One"), "X News", "X Radio 4", "X World Service"'s programmes and staff ("X journalist", "X's correspondent"),
  "X reported that / first reported / reports that";
* a byline: the name alone in brackets at the end of a line, or alone on its line.

A stock exchange (kind ``exchange``) is no organisation where its name is the market index: "the Nasdaq closed up 0.4%",
"Nasdaq Composite", "the Nasdaq fell". Listing and statements stay ("listed on Nasdaq", "the Nasdaq statement").
"""

from __future__ import annotations

import re

CITE_BEFORE = re.compile(r"(?:according\s+to|told|via|reported\s+by|first\s+reported\s+by|cited\s+by|quoted\s+by|quoting|"
                         r"speaking\s+to|spoke\s+to|in\s+an\s+interview\s+with|interviewed\s+by|writing\s+for|wrote\s+for|"
                         r"writes\s+for|sources?:|credits?:|photo:|image:|picture:|video:|©)\s*(?:the\s+)?\Z", re.I)
CITE_AFTER = re.compile(r"[ ](?:\d{1,2}|One|Two|Three|Four|Uno|Due|Tre|Eins|Zwei)\b(?![.,]\d)"  # a channel: "Rai 3", "BBC One"
                        r"|(?:['’]s)?\s+(?:News|Newsnight|Newsround|Nyheder|Nyheter|Uutiset|Nieuws|Noticias|Notícias|Radio\s+\d|"
                        r"World\s+Service|Sport|Online|Verify|journalists?|reporters?|correspondents?|presenters?|anchors?|"
                        r"editors?|podcast|documentary|programme|program|bulletin|newsroom|website|app)\b"
                        r"|(?:['’]s)\s+(?:reporting|reporter|correspondent|journalist|investigation|coverage|documentary|"
                        r"podcast|interview|website|newsroom|editor)\b"
                        r"|\s+(?:first\s+)?(?:reported|reports|revealed|reveals)\s+(?:that|on|earlier|last|this|first)\b")
BYLINE_AFTER = re.compile(r"\)?[ \t]*(?:\n|\Z)")
INDEX_AFTER = re.compile(r"\s+(?:Composite|100|Index|index|closed|rose|fell|gained|lost|dropped|slipped|climbed|jumped|"
                         r"tumbled|slid|sank|surged|rallied|ended|finished|was\s+(?:up|down|flat)|is\s+(?:up|down)|"
                         r"(?:is|was)\s+(?:trading|higher|lower))\b")


def cited(text: str, start: int, end: int) -> bool:
    """Whether the broadcaster at text[start:end] is cited as a source, byline or programme."""
    if CITE_BEFORE.search(text, max(0, start - 40), start) or CITE_AFTER.match(text, end):
        return True
    if BYLINE_AFTER.match(text, end):
        before = text[max(0, start - 2):start]
        if before.endswith("(") or start == 0 or before.endswith("\n") or before in ("— ", "- "):
            return True  # "(NRK)" closing a line, the name alone on its line
    return False


def index_named(text: str, start: int, end: int) -> bool:
    """Whether the exchange at text[start:end] names the market index ("the Nasdaq closed up 0.4%")."""
    return bool(INDEX_AFTER.match(text, end))


# a short form's other meanings: "TL;DR", "and/or DR", "DR Congo", "Dr. Smith" shouted ("DR. SMITH")
_CLASH_BEFORE = re.compile(r"[;/&]\Z")
_CLASH_AFTER = re.compile(r"\.[ ]?[A-Z]|[ ](?:Congo|Kongo)\b|-[A-Za-z0-9]")


def other_meaning(text: str, start: int, end: int) -> bool:
    """Whether a broadcaster's short form (all capitals) at text[start:end] is written as something else."""
    return bool(_CLASH_BEFORE.search(text, max(0, start - 1), start) or _CLASH_AFTER.match(text, end))
