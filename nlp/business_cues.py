"""Business syntax that says one capitalised word is a lab or a model (round 12).

Read by :mod:`nlp.name_syntax`'s cue loop as :mod:`nlp.name_cues` is (same gates: an AI sentence or one next to
it, no stop, calendar, place or tier word, no surname, nothing found overlapped; the name keeps its label at its
other mentions):

* **deals**: "X signs / inks / strikes / seals a (compute) deal / partnership / contract" (X an organisation), and
  its partner "a deal with X";
* **who runs a thing**: "run / backed / built / funded / operated / maintained / owned by X" (one word, not going
  on with another capitalised word: "built by Ana Ruiz" is a person);
* **money in words**: "X raised 38 million złoty" (the sum spelt with million/billion, any currency);
* **a model in a speaker's voice**: "Ours is X", "Mine is called X" when an assistant, a model or a bot is named
  in the 200 characters before;
* **a company's own voice and records**: "reaching out to X support", "— The X team" ending a message,
  "Applicant: X, Singapore", "Seller: X · Categories: ..." (a record's party fields);
* **a family**: "the X family / lineup" when the passage also writes X with a version ("X-2", "X 3.5") or the
  phrase goes on "of (language) models"; "X is a family of large language models".
"""

from __future__ import annotations

import re

from .unknown import _UP

_ADV = r"(?:[ ](?:has|have|had|just|recently|also|quietly|reportedly|now|then|this[ ]week|today|yesterday))*"

# ---- organisations: deals
DEAL = re.compile(rf"{_ADV}[ ](?:signs|signed|inks|inked|strikes|struck|seals|sealed|clinches|clinched|has[ ]signed)[ ]"
                  r"(?:an?|its|the|another)[ ](?:[\w\-$\u20ac\u00a3.]+[ ]){0,3}?(?:deal|partnership|agreement|contract|pact)s?\b")
DEAL_WITH = re.compile(rf"\b(?:deal|partnership|agreement|contract|pact|tie-up)[ ]with[ ](?:the[ ])?(?=[{_UP}])")
# ---- organisations: "Run by X and two universities", "backed by X"
RUN_BY = re.compile(r"\b(?:[Rr]un|[Bb]acked|[Bb]uilt|[Ff]unded|[Oo]perated|[Mm]aintained|[Oo]wned|[Bb]ankrolled|[Ss]ponsored|"
                    rf"[Hh]osted|[Cc]o-?founded|[Ii]ncubated)[ ]by[ ](?:the[ ])?(?=[{_UP}])")
# ---- organisations: "X raised 38 million złoty", "X has raised some 2 billion yen"
RAISED_WORDS = re.compile(rf"{_ADV}[ ](?:raised|raises|secured|secures|banked|landed)[ ](?:about[ ]|nearly[ ]|over[ ]|some[ ]|almost[ ])?"
                          r"\d[\d.,]*[ ](?:million|billion|mn|bn)\b")
# ---- models: "Ours is X" in a speaker's voice, after an assistant is named
OURS = re.compile(rf"\b(?:[Oo]urs|[Mm]ine|[Tt]heirs)[ ](?:is|was|['\u2019]s)[ ](?:called[ ]|named[ ])?(?=[{_UP}])")
OURS_BEFORE = re.compile(r"\b(?:assistants?|chatbots?|bots?|models?|LLMs?|copilots?|AI)\b")
# ---- models: "the X family", "the X lineup"; "X is a family of large language models"
FAMILY = re.compile(rf"\b[Tt]he[ ](?=[{_UP}][^\s]*[ ](?:family|lineup|line-up)\b)")
FAMILY_END = re.compile(r"[ ](?:family|lineup|line-up)\b")
FAMILY_OF = re.compile(r"[ ](?:family|lineup|line-up)[ ]of[ ](?:[\w\-]+[ ]){0,2}?(?:models|LLMs|chatbots|assistants)\b")
IS_FAMILY = re.compile(r"[ ](?:is|are)[ ](?:a|an|the)[ ](?:new[ ]|open[ ]|small[ ])?(?:family|series|line|lineup)[ ]of[ ](?:[\w\-]+[ ]){0,3}?"
                       r"(?:models|LLMs|chatbots)\b")

# ---- organisations: a record's party fields ("Applicant: X, Singapore", "Seller: X · Categories: ...")
PARTY_KEY = re.compile(r"(?:^|\n)[ \t*_\-]*(?:\(\d{2}\)[ \t]*)?(?:Applicants?|Assignees?|Patentee|Seller|Vendor|Licensor|Licensee|Registrant|"
                       rf"Opponent|Proprietor|Supplier|Bidder|Contractor|Sponsor)[*_]*:[*_]*[ \t]+(?=[{_UP}])")  # ("(71) Applicant:": a patent's INID code)
PARTY_END = re.compile(r"[ \t]*(?:[,\u00b7|(\n;]|\Z|[ ][\u2014\u2013\-][ ])")
# ---- organisations: "reaching out to X support", "The X team" (a company's own voice)
SUPPORT = re.compile(r"[ ](?:support|customer[ ]support|support[ ]team|help[ ]desk)\b")
SUPPORT_KINDS = frozenset("Customer Customers Technical Tech Product Premium Priority Member Members Client Clients Community Partner "
                          "Enterprise Developer Developers Account Billing Sales Student Students User Users Live Human".split())
TEAM = re.compile(r"[ ](?:team|Team)(?=[ \t]*(?:\n|\Z|[,.!]))")

BACK = ((DEAL, "ORG", ("deal", "partnership", "agreement", "contract", "pact")),
        (RAISED_WORDS, "ORG", ("million", "billion", "mn", "bn")),
        (IS_FAMILY, "MODEL", ("family", "series", "line")),
        (SUPPORT, "ORG", ("support", "help desk")),
        (TEAM, "ORG", ("team", "Team")))
AHEAD = ((DEAL_WITH, "ORG", (" with ",)),
         (RUN_BY, "ORG", (" by ",)),
         (OURS, "MODEL", ("Ours", "ours", "Mine", "mine", "Theirs", "theirs")),
         (FAMILY, "MODEL", ("family", "lineup", "line-up")),
         (PARTY_KEY, "ORG", (":",)))
ENDS = {FAMILY: FAMILY_END, PARTY_KEY: PARTY_END}


def accept(rx, text: str, m: re.Match, n: re.Match) -> bool:
    """The cue's own check beyond its pattern: what must be around it."""
    if rx is OURS:
        return OURS_BEFORE.search(text, max(0, m.start() - 200), m.start()) is not None
    if rx is TEAM:  # "— The X team" signing off a message: "the" right before the name
        return text.endswith(("the ", "The "), 0, n.start(1))
    if rx is SUPPORT:  # "reaching out to X support", "contact X support": not "Customer support"
        return text.endswith(("to ", "contact ", "from ", "with ", "of "), 0, n.start(1)) and n.group(1) not in SUPPORT_KINDS
    if rx is FAMILY:
        w = n.group(1)
        return FAMILY_OF.match(text, n.end()) is not None or re.search(
            rf"(?<![\w]){re.escape(w)}(?:[ \-]?v?\d|\d)", text) is not None
    return True
