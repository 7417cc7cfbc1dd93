"""The rules' own refusals, asked of each name the learned tagger (:mod:`nlp.name_tagger`) proposes.

The rules refuse people, places, addresses, venues, events, account badges, headings and "Adjective AI"
phrases for their *own* guesses of names no list knows; the tagger, trained on contexts and shapes, proposes
such spans with high probability ("Jane Smith" as a lab, "Paris 2" as a model, "Email Verified" as a
benchmark). Each test here calls the rules' gate for that kind of guess instead of restating it:

* **the new-name gate** (:func:`nlp.siblings.item_ok`, the gate of :mod:`nlp.unknown` and
  :mod:`nlp.unknown_orgs`): no person's two plain words, place, product, calendar or common word, no lab's
  name of several words without a lab's word at its end (a benchmark ending in a benchmark's head word, "Olympiad",
  is no person's name);
* **the shapes the rules own**: a span ending in a variant the rules' benchmark shape reads ("-Hard",
  " Verified") is a name only where that shape reads it (not "Die-Hard", "Twitter Verified"); a lab's span
  ending in a lab form's word ("AI", "Labs") only where the rules' lab form reads it (``org_form_ok``:
  :data:`nlp.entities.ORG_FORM` and its blocked first words: not "Generative AI", "Self-Driving Labs");
* **a bracketed acronym** of the words before it ("Responsible AI (RAI)") is those words again: the rules'
  definitions (:mod:`nlp.defined_names`) decide whether they name anything;
* **an event** named with the span ("Expo 2026", "the Halden AI Summit": :data:`nlp.word_uses.EVENT_AFTER`);
* **an address**: a street word glued to its name and a house number ("Königstraße 5");
* **hardware**: a model whose stem another mention in the passage gives to hardware ("Ferrite3 servers ...
  Ferrite4": :data:`nlp.unknown.NOT_NAME_AFTER`);
* **a heading's verb** after a family and version ("Pemberline 3 Arrives."): the tier test of
  :mod:`nlp.name_tiers` (no verb's or adverb's ending, no document word);
* **a bare tier** of a ``Family N Tier`` written in the passage ("Vantel" beside "Quorrin 2 Vantel") and
  **another spelling or label** of a name the rules found ("TARROW-3" as a benchmark beside the model "Tarrow-3"): the rules' tier binding and
  document names link them to the full name; the tagger's canonical would split them;
* **a row's label numbered after its column's header** ("Bidder 3" under "Bidder"): the table's rows, not names;
* **a bar-separated line that is no table** (no pipe at the line's start, no header rule in the text, no
  console rule: :func:`nlp.unknown._table_row_at`): its cells are no sentences of their own.
"""

from __future__ import annotations

import re
from typing import Callable

from .canonical import key
from .lab_form_words import LAB_FORM_ALT
from .name_tiers import NOT_TIER, VERB_LIKE, family_tiers
from .siblings import item_ok
from .tagger_gate import BENCH_HEADS
from .unknown import _DIFF_HUNK, _PSQL_RULE, BENCH_SHAPE, MODEL_AFTER, NOT_NAME_AFTER, TIER_WORDS, _table_row_at
from .word_uses import EVENT_AFTER

# the variants whose shape the rules' BENCH_SHAPE reads: "-Hard" glued, " Verified" spaced ("Brannick Hard" is no such shape)
_VARIANT_END = re.compile(r"(?:[-\u2010\u2011]Hard|[ ]Verified)\Z")
# the words that end a lab form (nlp.lab_form_words, as nlp.entities.ORG_FORM reads them): its own test decides the span
_LAB_FORM_END = re.compile(rf"[ ](?:{LAB_FORM_ALT})\Z")
_BENCH_ENDS = BENCH_HEADS | {"Hard", "Verified"}  # ("Verified": the BENCH_SHAPE test below still asks for its shape)
_ACRONYM = re.compile(r"[A-Z]{2,6}\Z")
# a street word glued to its name, in the languages that write it so (German, Dutch, Scandinavian, Finnish, Hungarian,
# Polish), before a house number: "Königstraße 5", "Keizersgracht 12", "Drottninggatan 3"
_STREET = re.compile(r"[^\W\d_]{2,}(?:stra(?:ß|ss)e|gasse|weg|platz|allee|damm|ring|straat|gracht|laan|plein|gatan|vägen|"
                     r"gata|gade|vej|veien|gate|katu|tie|utca|ulica)[ ]\d{1,4}[a-z]?\Z", re.I)
_EVENT_WORDS = frozenset(re.findall(r"[A-Z][a-z\-]+", EVENT_AFTER.pattern))  # "Expo 2026", "Summit 2026": the events' words
_STEM = re.compile(r"([^\W\d_]{2,})[-\u2010\u2011]?\d")
_NUMBERED = re.compile(r"([^\W\d_]+)[ ]\d{1,3}")  # "Bidder 3", "Entry 12"
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|", re.M)  # a markdown table's header rule


def refusal_for(text: str, found: list[tuple[int, int, str]],
                org_form_ok: Callable[[str], bool] | None = None) -> Callable[[int, int, str], bool]:
    """``refused(start, end, label)`` for the tagger's spans in ``text``, given the rules' (start, end, label)
    spans found there; ``org_form_ok(surface)``: the rules' lab form reads the surface as a lab's name."""
    found_keys: dict[str, set] = {}
    for a, b, lab in found:
        if lab in ("MODEL", "BENCHMARK"):
            found_keys.setdefault(key(text[a:b]), set()).add((text[a:b], lab))
    state: dict = {}

    def tiers() -> dict[str, str]:  # a tier word -> the "Family N" it follows in the passage
        if "tiers" not in state:
            state["tiers"] = {m.group("tier"): m.group("fam") for m in family_tiers(text) if m.group("tier")}
        return state["tiers"]

    def refused(s: int, e: int, label: str) -> bool:
        surface = text[s:e]
        if not item_ok(surface, label) and not (label == "BENCHMARK" and surface.split()[-1] in _BENCH_ENDS):
            return True  # (a benchmark's head or variant word ends no person's name: "Wendlecombe Olympiad", "Brannick Hard")
        if _VARIANT_END.search(surface):
            m = BENCH_SHAPE.match(text, s)
            if m is None or m.end() != e:
                return True
        if label == "ORG" and org_form_ok is not None and _LAB_FORM_END.search(surface) and not org_form_ok(surface):
            return True
        if _ACRONYM.match(surface) and _acronym_of_words_before(text, s, surface):
            return True
        if EVENT_AFTER.match(text, e) or not _EVENT_WORDS.isdisjoint(surface.split()):
            return True
        if label == "MODEL" and (_STREET.search(surface) or _hardware_stem(text, surface)):
            return True
        if label == "MODEL" and _heading_verb(surface):
            return True
        if found_keys.get(key(surface), {(surface, label)}) - {(surface, label)}:
            return True  # another spelling, or another label, of a name the rules found: theirs to link
        if " " not in surface and surface in tiers() and _bare_tier(text, s, tiers()[surface]):
            return True
        if _numbered_like_header(text, s, surface):
            return True
        return _bars_no_table(text, s)

    return refused


def _acronym_of_words_before(text: str, s: int, acro: str) -> bool:
    """``acro`` stands in brackets right after words whose initials spell it: "Responsible AI (RAI)"."""
    if not text.startswith("(", s - 1) or not text.startswith(")", s + len(acro)):
        return False
    words = re.findall(r"[A-Za-z][\w\-]*", text[max(0, s - 80):s - 1])
    return any("".join(w[0].upper() + "".join(c for c in w[1:] if c.isupper()) for w in words[-k:]) == acro
               for k in range(1, min(len(words), len(acro)) + 1))


def _hardware_stem(text: str, surface: str) -> bool:
    """Another mention of the model's stem with a number is followed by a word that says it is no model
    ("Ferrite3 servers"): the stem names hardware in this passage."""
    m = _STEM.match(surface)
    if m is None:
        return False
    for o in re.finditer(re.escape(m.group(1)) + r"[-\u2010\u2011]?\d[\w.]*", text):
        if NOT_NAME_AFTER.match(text, o.end()) and not MODEL_AFTER.match(text, o.end()):
            return True
    return False


def _heading_verb(surface: str) -> bool:
    """"Pemberline 3 Arrives": the word after the version has a verb's or adverb's ending, or is a document's word."""
    words = surface.split()
    if len(words) < 3 or not any(c.isdigit() for c in words[-2]):
        return False
    last = words[-1]
    return last not in TIER_WORDS and (VERB_LIKE.search(last) is not None or last in NOT_TIER)


def _bare_tier(text: str, s: int, family: str) -> bool:
    """A bare tier ("Vantel") of a "Family N Vantel" the passage writes elsewhere: the rules bind it."""
    return not text.startswith(family, max(0, s - len(family) - 6))


def _numbered_like_header(text: str, s: int, surface: str) -> bool:
    """"Bidder 3" in a pipe table's column headed "Bidder": a row's label numbered after its column, no name."""
    m = _NUMBERED.fullmatch(surface)
    lo = text.rfind("\n", 0, s) + 1
    if m is None or not text.startswith("|", lo):
        return False
    col = text.count("|", lo, s)
    top = lo
    while top > 0:
        prev = text.rfind("\n", 0, top - 1) + 1
        if not text.startswith("|", prev):
            break
        top = prev
    cells = text[top:text.find("\n", top)].split("|")
    return col < len(cells) and cells[col].split()[:1] == [m.group(1)]


def _bars_no_table(text: str, s: int) -> bool:
    """The span's line holds bars between spaces, but no table is there."""
    lo = text.rfind("\n", 0, s) + 1
    hi = text.find("\n", s)
    line = text[lo:hi if hi >= 0 else len(text)]
    if " | " not in line:
        return False
    diff = "\n@@ " in text and _DIFF_HUNK.search(text) is not None
    psql = "-+-" in text and _PSQL_RULE.search(text) is not None
    return not _table_row_at(text, s, diff, psql) and _TABLE_RULE.search(text) is None
