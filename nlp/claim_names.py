"""Names that only a claim's shape gives: models no list knows, read from how the text scores them.

* An inline list "B results: KAPOK-7 81.3; GPT-5.1 77.0; Larch v4 72.5": when one name is a
  recognised model and none a benchmark or lab, the other names with a digit are models too.
* A subject scoring: "Verdin-Reason tops B with 74.0", "Its Lumen-7 reached fifth place … with 1442
  points": a model-shaped name (a digit, a hyphen or an inner capital; not an entity already)
  right before a result verb, a number after it in the clause, is a model.

* A name the recogniser guessed as a model but the text calls a suite: "Prairie-50 internal suite",
  "the Kestrel-9 benchmark" (only for guesses: a name the knowledge base lists keeps its label).

All give entity tuples (start, end, "MODEL", surface) that `nlp.claims` reads like recognised ones;
the entity recogniser is not changed (`doc.ents` stay as they were).
"""
from __future__ import annotations

import re

from .claim_tables import label_in
from .word_trie import whole_words

# "B results: KAPOK-7 81.3; GPT-5.1 77.0; Larch v4 72.5": a list of "name score" items; when one
# name is a recognised model and none a benchmark, the other names are models too.
_ITEM = r"[A-Z][\w.+\-]*(?:[ ](?:v?\d[\w.]*|[A-Z][\w.+\-]*)){0,3}[ ](?:\d{1,4}(?:\.\d+)?)%?"
_INLINE_LIST = re.compile(rf"(?<![\w.\-]){_ITEM}(?:[ ]?;[ ]{_ITEM}){{2,}}(?![\w])")
_ITEM_NAME = re.compile(r"(?P<name>[A-Z][\w.+\-]*(?:[ ](?:v?\d[\w.]*|[A-Z][\w.+\-]*)){0,3}?)[ ]\d{1,4}(?:\.\d+)?%?$")


def list_names(text: str, ents) -> list[tuple]:
    """Entities (start, end, "MODEL", name) for the unrecognised names of inline "name score; name
    score; name score" lists with a recognised model among them; `ents`: the recognised
    (start, end, label, canonical), in text order."""
    if text.count("; ") < 2:  # every list has two "; " at least: most passages are not scanned
        return []
    out = []
    starts = [x[0] for x in ents]
    for m in _INLINE_LIST.finditer(text):
        items = []
        pos = m.start()
        for part in text[m.start():m.end()].split(";"):
            lead = len(part) - len(part.lstrip())
            a, b = pos + lead, pos + len(part.rstrip())
            pos += len(part) + 1
            im = _ITEM_NAME.search(text, a, b)
            if im is None or im.start() != a:
                break
            items.append((a, a + len(im.group("name"))))
        else:
            labels = [label_in(ents, starts, a, b, overlap=True) for a, b in items]
            if "MODEL" in labels and "BENCHMARK" not in labels and "ORG" not in labels:
                # a model's shape: a version or size digit ("Revenue 12.3" is a line of accounts)
                out += [(a, b, "MODEL", text[a:b]) for (a, b), lab in zip(items, labels)
                        if lab is None and any(ch.isdigit() for ch in text[a:b])]
    return out


_MODEL_SHAPE = r"[A-Z][A-Za-z]*(?:[-.][A-Za-z0-9]+)+|[A-Z][a-z]+[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
# the verb (or score-card words) first, found in C; the name is then looked for right before it
_SCORING_VERB = re.compile(  # (the verbs as a trie: nlp.word_trie)
    r"\s(?:" + whole_words("tops|topped|leads|led|scores|scored|reaches|reached|hits|hit|posts|posted|gets|got|achieves|achieved")
    + r"(?=[^.;\n]{0,60}?\d)"
    # "Ling-9T benchmark card: B 70.4, …", "Tern-2 results: …": a model's own score card
    # (the \b that ends a trie holds before \s*[:—–] anyway)
    r"|" + whole_words("model card|benchmark card|score card|scorecard|results|scores|eval|evals") + r"\s*[:—–]\s*(?=[^\n]{0,80}?\d))")
_NAME_BEFORE_VERB = re.compile(rf"(?<![\w.\-])(?P<name>{_MODEL_SHAPE})\s*$")


def cue_names(text: str, ents) -> list[tuple]:
    """Entities (start, end, "MODEL", name) for model-shaped names right before a result verb
    with a number after it ("Verdin-Reason tops B with 74.0"), where no entity is; `ents`: all
    recognised (start, end, label, canonical)."""
    out = []
    starts = [x[0] for x in ents]
    for v in _SCORING_VERB.finditer(text):
        m = _NAME_BEFORE_VERB.search(text, max(0, v.start() - 60), v.start() + 1)
        if m is None:
            continue
        a, b = m.span("name")
        if label_in(ents, starts, a, b, overlap=True):
            continue
        out.append((a, b, "MODEL", text[a:b]))
    return out


_SUITE_AFTER = re.compile(
    r"\s+(?:(?:internal|new|own|private|public|held-out|in-house)\s+)?(?:suite|benchmark|test set|eval suite|exam)\b"
    r"(?!\s+(?:scores?|results?|numbers|figures|runs?|charts?|tables?|cards?|pages?|reports?|sheets?)\b)", re.I)


# "Results on Wetland-50", "accuracy on Kestrel-9", "called the set Wetland-50": what models are scored on
_SCORED_ON_BEFORE = re.compile(
    r"(?:\b(?:results|scores?|accuracy|performance|pass rates?)\s+on\s+(?:the\s+)?|"
    r"\b(?:the|a|my|our|this)\s+(?:new\s+)?(?:set|test set|question set|eval|suite|benchmark)\s+(?:called\s+|named\s+|,\s*)?|"
    r"\bcalled\s+the\s+(?:set|suite|test|eval|benchmark)\s+)$", re.I)


def bench_by_noun(text: str, ents: list[tuple], guessed: set) -> list[tuple]:
    """`ents` (start, end, label, canonical) with the guessed models (their (start, end) in
    `guessed`) that the next words call a suite or benchmark, or the words before call what models
    are scored on ("Results on X:"), relabelled BENCHMARK; the other mentions of a relabelled
    name follow it."""
    if not guessed:
        return ents
    suite = any(w in text for w in ("suite", "enchmark", "test set", "exam"))
    names = {c for s, e, lab, c in ents if lab == "MODEL" and (s, e) in guessed and (
        (suite and _SUITE_AFTER.match(text, e)) or _SCORED_ON_BEFORE.search(text, max(0, s - 40), s))}
    if not names:
        return ents
    return [(s, e, "BENCHMARK", c) if lab == "MODEL" and (s, e) in guessed and c in names else
            (s, e, lab, c) for s, e, lab, c in ents]
