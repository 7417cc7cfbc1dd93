"""Organisations written in capitals as a field of a mixed-case line: a badge, a logo, a sign, a panel title (round 26).

Badges, posters, slides and logos set an organisation's name in capitals among ordinary words: "ANA ROJAS · Research
engineer · VELLMOOR RESEARCH · Ask me about: ...", "Panel: QUARRO AI × HESKETH BANK — ...", "*(logo: TARNWICK LABS)*",
"A sign: BRANDER INSTITUTE." :mod:`nlp.caps_names` reads lines mostly in capitals against the names the passage writes in
mixed case; here the line itself is mixed case and the name stands alone as one of its fields, so its shape decides:

* one or two capitalised words of three letters or more, then a lab or body word (the caps forms of
  :data:`nlp.lab_form_words.LAB_FORM_WORDS`, and INSTITUTE, UNIVERSITY, FOUNDATION, BANK);
* the run is a field: a line start or a separator (``·``, ``|``, ``×``, ``:``, ``(``, ``,``, a dash, ``>``) before it, a
  line end or a separator (the same, ``)``, ``.`` or ``/``) after it — never a shouted phrase inside a sentence;
* the line holds lower-case letters (a line mostly in capitals is :mod:`nlp.caps_names`' own);
* the first word, title-cased, is no stop word, no blocked head, no common capitalised word, place or nationality
  ("GENERATIVE AI", "MARKET RESEARCH" in a field stay out by :data:`NOT_FIRST`).

The canonical is the name title-cased ("VELLMOOR RESEARCH" → "Vellmoor Research"). One regular expression over the
text: linear.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .demonyms import COUNTRIES, DEMONYMS, PLACE_ADJECTIVES
from .lab_form_words import LAB_FORM_WORDS
from .unknown import BLOCKED_HEADS, COMMON_CAPS, PLACES

_HEADS = tuple(w.upper() for w in LAB_FORM_WORDS) + ("INSTITUTE", "UNIVERSITY", "FOUNDATION", "BANK")
FIELD = re.compile(r"(?:^|(?<=[\u00b7|\u00d7:(,>\u2014\u2013])[ ]+|(?<=[ ][\-])[ ])"
                   r"(?P<name>[A-Z]{3,}(?:[ ][A-Z]{3,})?[ ](?:" + "|".join(_HEADS) + r"))"
                   r"(?=[ ]*(?:$|[\u00b7|\u00d7:),/\u2014\u2013]|\.(?:[\s)*]|$)|[ ][\-][ ]))", re.M)
# first words that make a caps "X AI" / "X RESEARCH" a phrase, not a lab: kinds of AI and of research
NOT_FIRST = frozenset("""Generative Responsible Sovereign Open Applied Market Frontier General Artificial Machine Human Safe
Trustworthy Ethical Agentic Enterprise Conversational Edge Embodied Operating Embedded Clinical Medical Academic Basic
Independent Original User Customer Field Desk Primary Secondary Further More New Our Your Their Latest Future Central
Federal National State World Global International Public Private Digital Data Computer""".split())


def fields(text: str) -> list[tuple[int, int, str]]:
    """(start, end, canonical) of organisation names set in capitals as a field of a mixed-case line."""
    if not any(h in text for h in _HEADS):
        return []
    out = []
    for m in FIELD.finditer(text):
        s, e = m.span("name")
        ls, le = text.rfind("\n", 0, s) + 1, text.find("\n", e)
        line = text[ls:le if le >= 0 else len(text)]
        if not any(ch.islower() for ch in line):
            continue  # a line in capitals: nlp.caps_names reads those
        words = [w.capitalize() for w in m.group("name").split()]
        first = words[0]
        if (first.lower() in STOP_WORDS or first in BLOCKED_HEADS or first in COMMON_CAPS or first in NOT_FIRST
                or first in PLACES or first in COUNTRIES or first in DEMONYMS or first in PLACE_ADJECTIVES):
            continue
        out.append((s, e, " ".join(w if w.upper() != "AI" else "AI" for w in words)))
    return out
