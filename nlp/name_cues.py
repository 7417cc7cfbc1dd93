"""More syntax that says what one capitalised word names: appositives, business verbs, "points on X".

:mod:`nlp.name_syntax` reads one-word labs and models from their cues; these are the cues it did not know
(round 11), each a bounded regular expression read there as its other cues are (same gates: an AI sentence,
no stop, calendar, place or tier word, no surname, nothing found before it overlapped):

* **appositives**: "a smaller sibling, X," / "its larger cousin, X —" (a model); "X, the Lyon lab" / "X, a
  Minneapolis startup" / "X, the banking federation" (an organisation: a noun of organisations closes the
  appositive, never a possessive "the company's founder");
* **business verbs** with the name as subject: "X cut / dropped / raised its prices", "X hired / appointed /
  poached ...", "X laid off 60", "X sued ...", "X used to ship ...", "X raises €40M" (money without
  "round" is still a raise);
* **a score's place**: "lost five points on X", "the best score on X", "results on X" (a benchmark); round 21: also
  with the verb the scores are the subject of ("scores on X track Y", "results on X fell");
* **a code name in quotes** (round 21): 'a model labelled "X"', 'an entry called "X"' (a model: the naming verb and the
  quotes say the word is a name, the noun before them says of what);
* **a suit, a model card, a product**: "the suit against X", "**Developer:** X" (an organisation); "X, the tutor
  from ...", "X, a chatbot built by ..." and "its X language models" (a model).

The name before a cue may close a bold lead-in ("**X** hired ...").
"""

from __future__ import annotations

import re

from .unknown import _UP

_ADV = r"(?:[ ](?:has|have|had|just|recently|also|quietly|reportedly|now|then|again|this[ ]week|today|yesterday))*"

# ---- models: "A smaller sibling, X, designed to ...", "its larger cousin, X —"
SIBLING = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur)[ ](?:(?:smaller|larger|bigger|lighter|tiny|compact|distilled|"
                     r"faster|cheaper|younger|older|open|reasoning|little|big)[ ])*(?:sibling|sister|cousin|little[ ]brother|"
                     rf"big[ ]brother)(?:[ ]model)?,[ ](?=[{_UP}])")
SIBLING_END = re.compile(r"[ ]?(?:,|\(|[\u2014\u2013]|[ ]-[ ])")

# ---- organisations: "X, the Lyon lab", "X, a Minneapolis startup", "X, the banking federation"
ORG_NOUN = (r"(?:lab|labs|laboratory|start-?up|company|developer|firm|maker|outfit|federation|association|consortium|"
            r"regulator|nonprofit|non-profit|institute|foundation|unicorn|spin-?off|spin-?out|subsidiary)")
APPOSITIVE_ORG = re.compile(rf",[ ](?:the|a|an)[ ](?:[\w{re.escape('-')}\u00c0-\u024f.]+[ ]){{0,3}}?{ORG_NOUN}(?![\w'\u2019\-])"
                            r"(?=[,.;:)]|[ ](?:that|which|behind|whose|known|founded|best|from|with|of|in|at|on)\b)")
# "Pinefold, the Minneapolis company": a person's role is no organisation ("Dana, the company's founder" fails
# the lookahead above; "the lab's director" too)

# ---- organisations: business verbs with the name as subject
BUSINESS = re.compile(
    rf"{_ADV}[ ](?:(?:cut|cuts|slashed|slashes|dropped|drops|lowered|lowers|raised|raises|hiked|hikes|halved|halves|doubled)"
    r"[ ](?:its[ ]|their[ ]|the[ ])?(?:[\w.\-]+[ ]){0,2}?(?:prices?|pricing|rates)\b"
    r"|(?:hired|hires|appointed|appoints|poached|poaches|named[ ]a[ ]new|laid[ ]off|lays[ ]off|is[ ]laying[ ]off|sued|sues|is[ ]suing|"
    r"acquired|acquires|bought|buys|used[ ]to[ ]ship|shipped[ ](?:its|their)|ships[ ](?:its|their)|is[ ]hiring|"
    r"cut[ ]\d+[ ]jobs|opened[ ]an?[ ](?:office|lab)|opens[ ]an?[ ](?:office|lab))\b)")
# "X raises €40M", "X raised $12 million": money right after the raise, no "round" needed
RAISE_MONEY = re.compile(rf"{_ADV}[ ](?:raised|raises|raising|secured|secures|landed|lands|banked|banks)[ ](?:about[ ]|nearly[ ]|over[ ])?"
                         r"(?:\$|\u20ac|\u00a3|US\$|CHF[ ]?)\d[\d.,]*[ ]?(?:[MmBbKk]|bn|mn|million|billion)\b")

# ---- organisations: "the suit against X", "a complaint against X"; "**Developer:** X" in a model card
AGAINST = re.compile(rf"\b(?:suit|lawsuit|case|complaint|claims?|injunction)[ ](?:(?:brought|filed)[ ])?against[ ](?:the[ ])?(?=[{_UP}])")
DEVELOPER_KEY = re.compile(rf"(?:^|\n)[ \t*_\-]*(?:Developer|Developed[ ]by|Organi[sz]ation|Lab|Maker|Provider|Publisher)[*_]*:[*_]*[ \t]+"
                           rf"(?=[{_UP}])", re.I)
DEVELOPER_END = re.compile(r"[ \t]*(?:,|\n|\(|\Z|[ ][\u2014\u2013\-][ ])")

# ---- models: "Khanmigo, the tutor from ...", "X, a chatbot built by ..."; "its X language models"
APPOSITIVE_MODEL = re.compile(r",[ ](?:the|a|an)[ ](?:[\w\-]+[ ]){0,2}?(?:tutor|assistant|chatbot|model|LLM|copilot)[ ]"
                              r"(?:from|by|built|made|developed|trained|released)\b")
ITS_FAMILY = re.compile(rf"\b(?:its|their)[ ](?:(?:new|open-weight|open|own|flagship)[ ])?(?=[{_UP}])")
ITS_FAMILY_END = re.compile(r"[ ](?:(?:language|open|reasoning|open-weight|foundation|coding)[ ])?(?:models|LLMs)\b")

# ---- benchmarks: "lost five points on X", "the best score on X", "results on X are not comparable"
SCORE_ON = re.compile(rf"\b(?:points?|pts|scores?|scored|scoring|results?|accuracy|pass[ ]rate|success[ ]rate)[ ]on[ ](?:the[ ])?"
                      rf"(?:(?:new|hidden|updated|public|private|old|full)[ ])?(?=[{_UP}])")
SCORE_ON_END = re.compile(r"(?:[ ](?:set|split|board|track|suite))?(?:[,.;:)!?]|[ ](?:as|and|but|while|after|since|because|than|was|is|are|were|"
                          r"in|for|with|the|this|by|from|"
                          # (round 21) the verb whose subject the scores are: "scores on X track Y closely", "results on X fell"
                          r"track|tracked|rose|rise|fell|fall|climbed|dropped|jumped|improved|correlate|correlated|lag|lagged)\b|\Z|\n)")

# ---- a code name in quotes (round 21): 'a model labelled "X"', 'an anonymous entry called "X"' (a naming verb: not 'the
# model "hallucinated"', 'the chatbot said "Hello"')
QUOTED_MODEL = re.compile(r"\b(?:model|chatbot|LLM|entry|checkpoint)[ ](?:labell?ed|called|named|dubbed|code-?named|"
                          r"known[ ]as|listed[ ]as)[ ][\"\u201c]")
QUOTED_END = re.compile(r"[\"\u201d]")

BACK = ((BUSINESS, "ORG", ("price", "pricing", "rates", "hire", "hiring", "appoint", "poach", "named a new", "laid off",
                           "lays off", "laying off", "sue", "suing", "acqui", "bought", "buys", "ship", "jobs", "opened", "opens")),
        (RAISE_MONEY, "ORG", ("rais", "secure", "land", "bank")),
        (APPOSITIVE_ORG, "ORG", (", the ", ", a ", ", an ")),
        (APPOSITIVE_MODEL, "MODEL", ("tutor", "assistant", "chatbot", "model", "LLM", "copilot")))
AHEAD = ((SIBLING, "MODEL", ("sibling", "sister", "cousin", "brother")),
         (SCORE_ON, "BENCHMARK", (" on ",)),
         (AGAINST, "ORG", ("against",)),
         (DEVELOPER_KEY, "ORG", (":",)),
         (ITS_FAMILY, "MODEL", ("models", "LLMs")),
         (QUOTED_MODEL, "MODEL", ('"', "\u201c")))
ENDS = {SIBLING: SIBLING_END, SCORE_ON: SCORE_ON_END, DEVELOPER_KEY: DEVELOPER_END, ITS_FAMILY: ITS_FAMILY_END,
        QUOTED_MODEL: QUOTED_END}
