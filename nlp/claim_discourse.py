"""The discourse state a document's claims are read in, carried sentence by sentence.

`nlp.claims` reads each sentence with what the sentences before it established: the subject model
(the fallback owner of a number with no model), the passage's first subject, the benchmark a
heading puts in force, the paragraph's topic benchmark, the document's topic benchmark and the last
benchmark named. `Discourse` holds all of it in one place, with one rule for when each part is
reset:

* a heading (Markdown `#` or an all-bold line) ends the heading's benchmark; the benchmark it names
  is in force until the next heading;
* a blank line (a new paragraph) or a new reference-list item ends the paragraph's topic; what
  stays in force is the heading's benchmark, else the document's topic benchmark: the only one
  named so far, or the one named most often (at least twice, more than any other) — a Q&A
  interview about one benchmark keeps it over its answers, while a paragraph naming another
  benchmark takes that one (the paragraph's counts win as soon as it names one);
* a sentence naming a model as its subject makes it the subject (a quoted rival or a compared
  model is an object, not a subject: `nlp.claims` decides which).

Beside the state, references that only the document resolves:

* `short_benches`: a one-word benchmark mention that is a word of a longer benchmark named earlier
  in the passage is that benchmark ("Kaggle Game Arena … the arena's Elo"), not the knowledge base's
  guess for the word alone;
* `org_refs`: "its model" / "the company's model" after a lab names the passage's model of that lab
  ("MiniMax, for its part, said its model resolves 69.4%" → MiniMax-M2);
* `owned_benches`: "its Intelligence Index" after a lab is the knowledge base's "<lab> Intelligence Index";
* `list_ranks`: a numbered leaderboard list ("1. X — 1462 / 2. Y — 1438") gives each item its rank
  when the numbers run 1, 2, 3 … and the scores fall (or rise, for a lower-is-better board) with it;
* `lead_places`: "X leads at 57.3%", "tops B with 74.0", "ended with the highest …, followed by" are
  first place (claims convention 2), not "leads Y by 9 points", "tops open models", "of the three, X led";
* `comparison_aside`: "For comparison, the model we shipped last spring, X, was at 19.0", "The previous
  version, X, had …": a sentence that names a model only to compare with the subject leaves the subject
  in force, so the next unattributed score ("on B we're at 22.4", "The developers also report …") is
  still the subject's;
* `retracted_values` (now in `nlp.withdrawn_figures`): in a correction notice, "… said N; the report gives
  M" and "should read M, not N" withdraw N.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .numbers import find_numbers
from .line_scope import figures_after, indent_of, led_line
from .withdrawn_figures import is_correction, retracted_values  # noqa: F401  (moved there; imported from here before)
from .literal_starts import LiteralStarts
from .quick_rejects import from_starts
from .string_memo import passage_lower

_PARA_BREAK = re.compile(r"\n\s*\n")
_DIGIT = re.compile(r"\d")
# a chat or thread turn: "[10:05] cy: …", "10:05 cy: …", "u/ana: …" at a line's start
_CHAT_TURN = re.compile(r"[ \t]*(?:\[\s*\d{1,2}:\d{2}(?::\d{2})?\s*\][ \t]*|\d{1,2}:\d{2}[ \t]+)?<?[\w./@-]{1,24}>?:[ \t]")
_REFERENCE_ITEM = re.compile(r"(?:^|\n)[ \t]*\[\d{1,3}\][ \t]")
_SCORED_ON_BEFORE = re.compile(r"\d\s*(?:%|points?)?\s*(?:on|in)\s+(?:the\s+)?$")
_RUN_ON_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?$", re.I)


# a sentence that opens on a comparison: "for comparison", "by comparison", "compared with", "as a reference",
# "the previous version/model", "its predecessor", "the model we shipped last spring", "last year's model", "the
# older X", "under the same harness", "the paper compares with", "in the lab's comparison", "the post set those beside";
# after a caption's time stamp or a speaker's name, and an "and"/"but"/"so"
_ASIDE_LEAD = re.compile(
    r"[ \t]*(?:\[\s*\d{1,2}:\d{2}(?::\d{2})?\s*\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?(?:[\w.-]{1,24}:[ \t]+)?"
    r"(?:(?:and|but|so|now|oh|also)\s*,?\s+)*(?:"
    r"(?:for|by|in|as\s+a)\s+(?:comparison|contrast|reference)\b|compared\s+(?:with|to)\b|"
    r"(?:the|its|our|their)\s+(?:previous|prior|earlier|older|last|former|first)\s+(?:version|model|generation|release|one)\b|"
    r"(?:its|our|their|the)\s+predecessor\b|"
    r"(?:the|a)\s+model\s+(?:we|they|it)\s+(?:shipped|released|launched|put\s+out)\s+(?:last|in|a\s+year)\b|"
    r"last\s+(?:year|spring|summer|autumn|fall|winter|month)['’]s\s+(?:model|version|release)\b|"
    # "Under the same harness, X gets …", "With the same prompts X manages …": a rival run beside the subject's figures
    r"(?:on|under|with|in|using)\s+the\s+same\s+(?:settings?|harness|setup|set-up|conditions|protocol|budget|"
    r"configuration|prompts?|scaffold(?:ing)?)\b|"
    # "The paper compares with X and Y": the models a report, paper or team compares its own with
    r"(?:the|our|this|their)\s+(?:report|paper|authors?|company|team|lab|post|card|blog(?:\s+post)?)\s+(?:also\s+)?"
    r"compares?\s+(?:it\s+|itself\s+|its\s+model\s+|the\s+model\s+)?(?:against|with|to)\b|"
    # "In the company's comparison, X gets …": the models of someone's comparison
    r"(?:in|by)\s+(?:(?:the|its|their|our)\s+)?(?:[\w-]+['’]s?\s+)?(?:own\s+)?comparison\b|"
    # "The lab's post set those beside X", "The company's page put its predecessor, X, at …": the figures just given,
    # placed beside another model's
    r"(?:the|our|this|their)\s+(?:(?:company|lab|team|authors?|firm|start-?up|developers?)['’]s?\s+)?(?:own\s+)?"
    r"(?:post|page|report|paper|card|table|chart|announcement|blog(?:\s+post)?)\s+(?:also\s+)?(?:set|sets|put|puts|placed|places)\s+"
    r"(?:those|these|them|the\s+(?:figures|numbers|scores|results)|(?:its|the)\s+(?:predecessor|previous|prior|earlier|older))\b)", re.I)


def comparison_aside(text: str, a: int, b: int) -> bool:
    """Whether the sentence text[a:b] opens on a comparison (see `_ASIDE_LEAD`): the model it names is
    compared with the subject in force and does not take its place."""
    return _ASIDE_LEAD.match(text, a, b) is not None


class Discourse:
    """What the sentences read so far established (see the module docstring). `nlp.claims` calls
    `enter` before a sentence, reads the fields, then `named_benchmarks` with the sentence's
    benchmark entities (objects with .label, .canonical and .start relative to the sentence)."""

    def __init__(self, text: str):
        self.text = text
        self.prev_end = 0
        self.heading = False  # whether the current sentence is a heading
        self.section_bench = None  # the benchmark the heading in force names
        self.para_benches: dict[str, list] = {}  # canonical -> [weight, first start, entity] of the paragraph
        self.context_bench = None  # the benchmark a sentence naming none is about
        self.last_bench: str | None = None  # canonical of the last benchmark named
        self.doc_counts: dict[str, list] = {}  # canonical -> [mentions, entity] over the document so far
        # the model side: the subject, the passage's first subject, whether the last sentence naming
        # models listed variants of it, the (old, new) pair of a "between X and Y" sentence
        self.subject = None
        self.first_subject: str | None = None
        self.variants = False
        self.change_pair: tuple[str, str] | None = None
        self.para_subject: str | None = None  # the subject a sentence of this paragraph named
        # (line start, indent, topic before, paragraph counts before) of the led line whose board is in force
        self.line_scope: tuple | None = None

    def set_subject(self, model: str) -> None:
        """A sentence named `model` as its subject."""
        self.subject = self.para_subject = model
        self.first_subject = self.first_subject or model

    def doc_bench(self):
        """The document's topic benchmark: the only one named so far, else the one named most often
        (twice or more, more than any other); None otherwise."""
        if not self.doc_counts:
            return None
        if len(self.doc_counts) == 1:
            return next(iter(self.doc_counts.values()))[1]
        ranked = sorted(self.doc_counts.values(), key=lambda v: -v[0])
        return ranked[0][1] if ranked[0][0] >= 2 and ranked[0][0] > ranked[1][0] else None

    def enter(self, a: int, b: int, heading: bool) -> None:
        """Before the sentence text[a:b]: the resets a heading, a new paragraph or a new reference
        item call for."""
        text = self.text
        self.heading = heading
        if heading:
            self.section_bench = None
        reference_item = "[" in text[self.prev_end:a + 1] and _REFERENCE_ITEM.search(text, self.prev_end, min(b, a + 8))
        if self.para_subject and (heading or _PARA_BREAK.search(text, self.prev_end, a)):
            self.para_subject = None
        if self.line_scope is not None and "\n" in text[self.prev_end:a]:
            # a led line's board governed that line (nlp.line_scope): at the next line of the same or a shallower
            # indent the topic before it comes back; a line indented under it stays under it
            if _PARA_BREAK.search(text, self.prev_end, a) or indent_of(text, a) <= self.line_scope[1]:
                _, _, self.context_bench, self.para_benches = self.line_scope
                self.line_scope = None
        if (self.para_benches or self.section_bench or self.doc_counts) and (
                _PARA_BREAK.search(text, self.prev_end, a) or reference_item):
            self.para_benches = {}
            self.context_bench = self.section_bench or (None if reference_item else self.doc_bench())
        self.prev_end = b

    def named_benchmarks(self, a: int, seg_ents, b: int | None = None) -> None:
        """After the sentence text[a:b] (b: its end, when known): count the benchmarks it names (a benchmark scores
        were given on counts more: "85% on ARC-AGI-2") and recompute the topic benchmark."""
        text = self.text
        counted = False
        scoped = None
        if b is not None and not self.heading:
            named = [e for e in seg_ents if e.label == "BENCHMARK"]
            led = led_line(text, a + named[0].start) if named else None
            if led is not None and figures_after(text, a + named[-1].end, led[1]):
                scoped = named[-1]  # "09:50  Oral 2: "EskerQA: …". Gemini 3 Pro 68.3%": that line's board
                if self.line_scope is None or self.line_scope[0] != led[0]:
                    before = self.line_scope[2:] if self.line_scope is not None else (
                        self.context_bench, {k: list(v) for k, v in self.para_benches.items()})
                    self.line_scope = (led[0], led[3], *before)
        for e in seg_ents:
            if e.label != "BENCHMARK":
                continue
            self.last_bench = e.canonical
            self.doc_counts.setdefault(e.canonical, [0, e])[0] += 1
            entry = self.para_benches.setdefault(e.canonical, [0, a + e.start, e])
            entry[0] += 1
            if _SCORED_ON_BEFORE.search(text, max(0, a + e.start - 25), a + e.start):
                entry[0] += 1
            elif _RUN_ON_BEFORE.search(text, max(0, a + e.start - 12), a + e.start):
                entry[0] += 0.5  # "ran X on B": where a model was tested, before "B ran X"
            counted = True
        if counted:
            self.context_bench = max(self.para_benches.values(), key=lambda v: (v[0], -v[1]))[2]
            named = [e for e in seg_ents if e.label == "BENCHMARK"]
            if b is not None and len({e.canonical for e in named}) == 1 and not any(
                    not any(a + e.start <= m.start() < a + e.end for e in seg_ents) for m in _DIGIT.finditer(text, a, b)):
                # "The article also said X beat Y on B. It did not: … 41.7% …": a sentence naming one benchmark
                # and no number sets the topic of the numbers after it
                self.context_bench = named[0]
            line = text.rfind("\n", 0, a) + 1
            turn = _CHAT_TURN.match(text, line) if a - line < 200 else None
            if turn and turn.end() <= a + max(e.start for e in seg_ents if e.label == "BENCHMARK"):
                # a chat turn naming a benchmark ("[10:05] cy: new topic, B is out") makes it the topic
                # of the turns after it, until another turn names another
                self.context_bench = next(e for e in reversed(seg_ents) if e.label == "BENCHMARK")
            if self.heading:
                self.section_bench = next((e for e in seg_ents if e.label == "BENCHMARK"), None)
            if scoped is not None:
                self.context_bench = scoped

    def topic_benches(self):
        """The paragraph's benchmarks when a topic is in force (for "on the same two"), else None."""
        return self.para_benches if self.context_bench is not None else None


# --------------------------------------------------------------------------- references

_THE_NOUN = re.compile(r"\b(?i:on|in|at|of|to|from)\s+the\s+(?P<w>[a-z]{4,})\b(?![-'’])")
_NOT_A_NAME_WORD = frozenset(("benchmark", "test", "suite", "same", "model", "models", "other", "first", "last",
                              "bench", "board", "eval", "evals", "task", "tasks"))


_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")
_SET_AGAINST = re.compile(r"\b(?:and|or|vs|versus|than|while|whereas|against)\b|,|/")


def _contrasted(text: str, benches: list[tuple]) -> set[tuple[str, str]]:
    """(short surface, longer canonical) pairs that one sentence names side by side ("52.6 for LatchBench and 31.0 for
    LatchBench Hard", "Brisk-QA and Brisk-QA Pro"): there the short form is a benchmark of its own, in the whole passage,
    not a short form of the longer one. One pass over the sentence ends and the passage's benchmarks."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    by_sentence: dict[int, list[tuple]] = {}
    for x in benches:
        by_sentence.setdefault(bisect_left(ends, x[0] + 1), []).append(x)
    out = set()
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        for s, e, _, _ in group:
            low = text[s:e].lower()
            for s2, e2, _, c2 in group:
                if (s2, e2) != (s, e) and len(c2) > len(low) and text[s2:e2].lower() != low and _holds_words(c2.lower(), low) \
                        and _SET_AGAINST.search(text, min(e, e2), max(s, s2)):  # "… A and 31.0 for A Hard", not a gloss
                    out.add((low, c2))
    return out


def _longer(text: str, benches: list[tuple], at: int, surface: str, canon: str | None) -> str | None:
    """The one benchmark named before `at` whose name holds `surface` as whole words (a word, or its
    first words: "Vending-Bench" of "Vending-Bench Arena"), other than `canon`; else None."""
    low = surface.lower()
    longer = {c for _, be, _, c in benches if be <= at and c != canon and len(c) > len(surface) and _holds_words(c.lower(), low)}
    return longer.pop() if len(longer) == 1 else None


def _holds_words(name: str, words: str) -> bool:
    """Whether `words` stands in `name` between white space or the ends (both lower case): a plain search, as this
    runs for every benchmark mention and a regex compiled per call cost more than the rest of the step."""
    i = name.find(words)
    while i >= 0:
        j = i + len(words)
        if (i == 0 or name[i - 1].isspace()) and (j == len(name) or name[j].isspace()):
            return True
        i = name.find(words, i + 1)
    return False


def short_benches(text: str, ents: list[tuple]) -> list[tuple]:
    """`ents` (start, end, label, canonical) with the short forms of a benchmark named before in the
    passage given its canonical: a BENCHMARK mention whose surface is a word or the first words of
    that benchmark's name ("Kaggle Game Arena … the arena's Elo", "Vending-Bench Arena … its
    Vending-Bench simulation"), unless the mention's own canonical is also named in full; and "on the
    exam" (a word of exactly one benchmark named before: "Humanity's Last Exam") as a new mention."""
    benches = [x for x in ents if x[2] == "BENCHMARK"]
    if not benches:
        return ents
    full = {text[s:e].lower() for s, e, _, _ in benches}
    out = []
    contrasted = None  # (round 15) short forms a sentence sets against their longer name
    for x in ents:
        s, e, label, canon = x
        surface = text[s:e]
        if label == "BENCHMARK" and len(benches) >= 2 and canon.lower() not in full - {surface.lower()}:
            other = _longer(text, benches, s, surface, canon)
            if other is not None:
                if contrasted is None:
                    contrasted = _contrasted(text, benches)
                if (surface.lower(), other) not in contrasted:
                    x = (s, e, label, other)
        out.append(x)
    added = []
    starts = [x[0] for x in out]
    for m in _THE_NOUN.finditer(text):
        w = m.group("w")
        if w in _NOT_A_NAME_WORD:
            continue
        s, e = m.span("w")
        i = bisect_left(starts, s)
        if (i < len(out) and out[i][0] < e) or (i > 0 and out[i - 1][1] > s):
            continue  # already part of a name
        other = _longer(text, benches, s, w, None)
        if other is not None and " " in other:  # a word of a longer name, not the name itself
            added.append((m.start("w") - len("the "), e, "BENCHMARK", other))
    return sorted(out + added) if added else out


_ORG_MODEL_REF = re.compile(
    r"\b(?:its|their|the (?:company|firm|lab|startup)['’]s)\s+(?:(?:own|new|latest|newest)\s+)?model\b"
    r"(?!\s+(?:card|family|families|line|lineup|series|page|weights))", re.I)
_ORG_REACH = 80  # characters back from "its model" to the lab it belongs to


def org_refs(text: str, ents: list[tuple], rows: list[tuple]) -> list[tuple]:
    """MODEL tuples (start, end, "MODEL", canonical) for "its model" right after a lab is named
    ("MiniMax, for its part, said its model …"): the model the passage names whose developer is that
    lab, when exactly one is; `ents`: the entities (start, end, label, canonical) in text order,
    `rows`: (start, end, label, canonical, developer) of the recognised names."""
    if "model" not in text:
        return []
    low = passage_lower(text)
    if not any(w in low for w in ("its ", "their ", "'s model", "’s model")):
        return []
    starts = [x[0] for x in ents]
    orgs = [x for x in ents if x[2] == "ORG"]
    if not orgs:
        return []
    out = []
    for m in _ORG_MODEL_REF.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _, _ in ents):
            continue
        before = ents[bisect_left(starts, m.start() - _ORG_REACH):bisect_left(starts, m.start())]
        if not before or before[-1][2] != "ORG" or re.search(r"[.;!?\n]", text[before[-1][1]:m.start()]):
            continue  # the lab must be the last name, in the same clause run
        org = before[-1][3]
        models = {c for _, _, label, c, dev in rows if label == "MODEL" and dev == org}
        if len(models) == 1:
            out.append((m.start(), m.end(), "MODEL", models.pop()))
    return out


_LIST_NUMBER = re.compile(r"[ \t]*(?:(?:#|No\.[ \t]?)(\d{1,3})[.):]?|(\d{1,3})[.)])[ \t]")  # "1.", "#2", "No. 3"


def list_ranks(text: str, items: list[tuple]) -> list[float] | None:
    """The rank of each item of a numbered leaderboard list, or None: the items (line start, line
    end, model, Number) must be numbered 1, 2, 3 … in order, and their scores must run one way
    (falling, or rising for a lower-is-better board)."""
    if len(items) < 2:
        return None
    ranks = []
    for i, (la, _, _, _) in enumerate(items, start=1):
        m = _LIST_NUMBER.match(text, la)
        if m is None or int(m.group(1) or m.group(2)) != i:
            return None
        ranks.append(float(i))
    values = [n.value for _, _, _, n in items]
    falling = all(x >= y for x, y in zip(values, values[1:]))
    rising = all(x <= y for x, y in zip(values, values[1:]))
    return ranks if falling or rising else None


# "X leads at 57.3%", "X is top at 46.8%", "tops B with 74.0", "leads the public set at 23.3%", "was at
# the top of the board": first place overall (claims convention 2); not "leads Y by 9 points" (a model
# after the verb: a comparison), not "tops open models on B" (a subset: no board word follows)
_NAME = r"(?-i:[A-Z0-9τ][\w.+'’-]*(?:\s+[A-Z0-9v][\w.+-]*){0,3}?)"  # a benchmark's name
_BOARD = r"(?:leader\s?board|board|table|standings|rankings?|chart|list|field|ladder|set|index|arena)"
_LEADS = re.compile(
    rf"\b(?P<w>leads|led|tops|topped|is\s+top|was\s+top|(?:is|was|sits|sat|stays|stayed|remains|remained)\s+"
    rf"(?:at\s+the\s+top|on\s+top)(?:\s+of\s+(?:it|the\s+(?:[\w'’-]+\s+){{0,2}}?{_BOARD}|{_NAME}))?)"
    rf"(?:\s+(?:{_NAME}|the\s+(?:[\w'’-]+\s+){{0,2}}?{_BOARD}))?"
    rf"(?=\s*(?:,\s*)?(?:at|with)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:of\s+)?\d|\s*[.;](?=\s|$)|\s+(?:outright|overall)\b"
    # "X still leads, finishing with $5,478.16": a participle giving the leader's score
    rf"|\s*,\s*(?:finishing|ending|scoring|sitting|standing|posting)\s+(?:with|at|on)\s+(?:an?\s+)?(?:\$\s?)?\d)", re.I)
# "X ended with the highest balance, $5,478, followed by Y": first place on a board read out in order
_HIGHEST = re.compile(r"\b(?P<w>(?:ended|ends|finished|finishes|came\s+out|comes\s+out)\s+(?:with|on)\s+the\s+"
                      r"(?:highest|best|top|largest))\b(?=[^.;]*\bfollowed\s+by\b)", re.I)
# "Of the three, X led at 88.9%": first among the models the text compares, not on the board
_SUBSET_BEFORE = re.compile(r"\b(?:of|among|between)\s+(?:the|these|those|all)\s+(?:two|three|four|five|six|seven|eight|"
                            r"nine|ten|\d{1,2})\b(?!\s*(?:%|percent|points))", re.I)
_SUBSET_AFTER = re.compile(r"\s*(?:,\s*)?(?:among|of\s+the\s+(?:open|closed|small))\b", re.I)


def lead_places(text: str, models) -> list[tuple[int, int]]:
    """(start, end) of each first place that a lead verb right after a model gives, in the sentence
    `text`; `models`: its MODEL entities (.start, .end) in order. The verb must follow the model
    within three words, and what follows it must be the board, the benchmark or the score."""
    if not models:
        return []
    out = []
    matches = list(_LEADS.finditer(text))
    if "followed by" in text:
        matches += list(_HIGHEST.finditer(text))
    for m in matches:
        before = [x for x in models if x.end <= m.start()]
        if not before or len(text[before[-1].end:m.start()].split()) > 3 or "," in text[before[-1].end:m.start()]:
            continue
        if _SUBSET_AFTER.match(text, m.end()) or _SUBSET_BEFORE.search(text, 0, m.start()):
            continue
        out.append(m.span("w"))
    return out


# "Its Intelligence Index", "the firm's Intelligence Index" after "Artificial Analysis": the lab's own
# benchmark, named in full as "<lab> <name>" in the knowledge base
_OWNED_NAME = LiteralStarts(re.compile(r"\b(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:firm|company|lab|group|startup)['’]s)\s+"
                         r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"))


@lru_cache(maxsize=4)
def _lowered(names: frozenset) -> dict[str, str]:
    return {b.lower(): b for b in names}


def owned_benches(text: str, known: list[tuple], bench_names) -> list[tuple]:
    """BENCHMARK tuples (start, end, "BENCHMARK", canonical) for "its <Name>" when the lab named
    last before it (in `known`: (start, end, label, canonical) in text order) and <Name> make a
    benchmark of `bench_names` (the knowledge base's): "Artificial Analysis … Its Intelligence Index"."""
    if not bench_names or not any(w in text for w in ("its ", "Its ", "their ", "Their ", "'s ", "’s ")):
        return []
    lowered_names = _lowered(frozenset(bench_names))
    starts = [x[0] for x in known]
    out = []
    for m in _OWNED_NAME.finditer(text):
        s, e = m.span("name")
        i = bisect_left(starts, m.start())
        if (i < len(known) and known[i][0] < e) or (i > 0 and known[i - 1][1] > m.start()):
            continue  # a recognised name already
        orgs = [x for x in known[:i] if x[2] == "ORG"]
        if not orgs:
            continue
        name = lowered_names.get(f"{orgs[-1][3]} {m.group('name')}".lower())
        if name is not None:
            out.append((s, e, "BENCHMARK", name))
    return out


# "the Gemini app", "the ChatGPT website": a product named like the model family, never a claim's model
_PRODUCT_AFTER = re.compile(r"[ \t]+(?:mobile\s+|desktop\s+|web\s+|iOS\s+|Android\s+)?(?:app|apps|application|website|"
                            r"web\s+app|browser\s+extension|extension|plug-?in|store|subscription)\b(?![-'’])", re.I)


def product_mentions(text: str, ents: list[tuple]) -> list[tuple]:
    """`ents` (start, end, label, canonical) without the MODEL mentions that name a product (an
    app, a website, a subscription) named after the family: "made Gemini 3 Pro available in the
    Gemini app … the model climbed to first place" is about Gemini 3 Pro; nor a product said to
    run a model ("ChatGPT, running GPT-5, picked …": GPT-5's result)."""
    if not any(w in text for w in (" app", " App", "website", "xtension", "lug", "store", "ubscription", ", running ",
                                   ", using ", ", on ")):
        return ents
    out = []
    for i, x in enumerate(ents):
        if x[2] == "MODEL":
            if _PRODUCT_AFTER.match(text, x[1]):
                continue
            # "ChatGPT, running GPT-5, picked …": a product and the model it runs
            m = _RUNS_MODEL.match(text, x[1])
            if m and i + 1 < len(ents) and ents[i + 1][0] == m.end() and ents[i + 1][2] == "MODEL":
                continue
        out.append(x)
    return out


_RUNS_MODEL = re.compile(r",[ \t]+(?:running|using|on|powered[ \t]+by)[ \t]+")


# "its predecessor", "the previous version", "the older model": the earlier version of a family
_PREDECESSOR_REF = from_starts(re.compile(  # (tried only after "its", "their", "the": nlp.quick_rejects)
    r"\b(?:its|their|the)\s+(?:(?:immediate|direct)\s+)?(?:predecessor|forerunner|previous\s+(?:model|version|generation|release)|"
    r"older\s+(?:model|version)|earlier\s+(?:model|version)|prior\s+(?:model|version)|original\s+model)\b(?!\s*,)", re.I))
_VERSIONED = re.compile(r"^(?P<stem>.*?)(?:[\s-]+v?|(?<=[A-Za-z])(?=\d))(?P<v>\d+(?:\.\d+)*)(?P<tail>(?:[\s-].*)?)$")
_PREDECESSOR_REACH = 300  # characters back to the model whose predecessor is meant


def _version(name: str) -> tuple[str, tuple, str]:
    """(family stem, version numbers, tail) of a model name: "Quokka 2 Mini" -> ("quokka", (2,), " mini");
    a name with no version is version () of itself ("Lantern" -> ("lantern", (), ""))."""
    m = _VERSIONED.match(name)
    if not m or not m.group("stem").strip():
        return name.lower(), (), ""
    return m.group("stem").lower(), tuple(int(x) for x in m.group("v").split(".")), m.group("tail").lower()


def predecessor_refs(text: str, ents: list[tuple]) -> list[tuple]:
    """MODEL tuples (start, end, "MODEL", canonical) for "its predecessor" / "the previous version" /
    "the older model": the latest earlier version of the family of the model named last before it
    (within _PREDECESSOR_REACH characters), among the models the passage names ("Lantern 2 … 72.9
    for its predecessor" with "Lantern" named -> Lantern); none when no earlier version is named.
    `ents`: (start, end, label, canonical) in text order."""
    low = passage_lower(text)
    if not any(w in low for w in ("predecessor", "forerunner", "previous", "older", "earlier", "prior", "original")):
        return []
    models = [x for x in ents if x[2] == "MODEL"]
    if len(models) < 2:
        return []
    by_family: dict[tuple, list] = {}  # (stem, tail) -> [(version, name)] of the names the passage gives
    for c in {x[3] for x in models}:
        stem, version, tail = _version(c)
        by_family.setdefault((stem, tail), []).append((version, c))
    starts = [x[0] for x in ents]
    out = []
    for m in _PREDECESSOR_REF.finditer(text):
        i = bisect_left(starts, m.start())
        if (i < len(ents) and ents[i][0] < m.end()) or (i > 0 and ents[i - 1][1] > m.start()):
            continue  # part of a name already
        before = [x for x in ents[bisect_left(starts, m.start() - _PREDECESSOR_REACH):i]
                  if x[2] == "MODEL" and x[1] <= m.start()]
        if not before:
            continue
        stem, version, tail = _version(before[-1][3])
        if not version:
            continue
        earlier: dict[tuple, set] = {}
        for v2, c in by_family.get((stem, tail), ()):
            if v2 < version:
                earlier.setdefault(v2, set()).add(c)
        if earlier:
            latest = earlier[max(earlier)]
            if len(latest) == 1:
                out.append((m.start(), m.end(), "MODEL", latest.pop()))
    return out


# "Tiamat reports 83.7%", "the lab says 91.2%": a lab as the subject of a figure it gives
_LAB_REPORTS = re.compile(r"[ \t]+(?:also\s+)?(?:reports|reported|says|said|claims|claimed|gives|gave|lists|listed|"
                          r"quotes|quoted|measured|measures|cites|cited|puts\s+it\s+at|put\s+it\s+at)\s+"
                          r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:of|at)\s+|a\s+|an\s+|about\s+|around\s+|roughly\s+)?(?=\d)")


def released_model(text: str, ents: list[tuple]) -> str | None:
    """The model the passage releases or reviews: the first model its headline (first line) names,
    else the first model its first paragraph names. `ents`: (start, end, label, canonical)."""
    first_line = text.find("\n")
    first_line = len(text) if first_line < 0 else first_line
    first_para = _PARA_BREAK.search(text, first_line)
    second_end = len(text) if first_para is None else (_PARA_BREAK.search(text, first_para.end()) or
                                                       re.compile(r"$").search(text)).start()
    for limit in (first_line, second_end):
        model = next((x[3] for x in ents if x[2] == "MODEL" and x[1] <= limit), None)
        if model is not None:
            return _longest(model, ents)
    return None


def _longest(model: str, ents: list[tuple]) -> str:
    """The one longer name of `model` the passage names ("Rook-3 Max" for a headline's "Rook-3"), the one
    named most often when there are several and one leads; else `model`."""
    counts: dict[str, int] = {}
    for x in ents:
        c = x[3]
        if x[2] == "MODEL" and len(c) > len(model) + 1 and c.startswith(model) and c[len(model)] in " -":
            counts[c] = counts.get(c, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return model


def lab_refs(text: str, known: list[tuple], rows: list[tuple], models: list[tuple]) -> list[tuple]:
    """MODEL tuples over a lab named as the subject of the figure it gives ("On BLUEX, Tiamat
    reports 83.7%, against 80.1% for Sabiá-3"): the lab's model — the one model of that developer the
    passage names, else the passage's released model (`released_model`) when the lab is the
    developer of no other model named; `known`: (start, end, label, canonical) of the recognised
    names, `rows`: (start, end, label, canonical, developer), `models`: the MODEL tuples claims read."""
    orgs = [x for x in known if x[2] == "ORG" and _LAB_REPORTS.match(text, x[1])]
    if not orgs:
        return []
    made: dict[str, set] = {}  # developer -> the models of it the passage names
    for _, _, label, c, dev in rows:
        if label == "MODEL" and dev:
            made.setdefault(dev, set()).add(c)
    released = released_model(text, models)
    makers = {dev for dev, cs in made.items() if released in cs}
    out = []
    for org in orgs:
        own = made.get(org[3], set())
        if len(own) > 1:
            continue
        model = next(iter(own)) if own else None
        if model is None:
            if released is None or (makers and org[3] not in makers):
                continue
            model = released
        out.append((org[0], org[1], "MODEL", model))
    return out


_FAMILY_WORD = re.compile(r"[^\s-]+(?=[\s-])")  # a model name's first word ("Gemini" of "Gemini 2.5")


def family_refs(ents: list[tuple]) -> list[tuple]:
    """`ents` (start, end, label, canonical) with a bare family name ("Devstral", "the same Gemini
    model") given the one longer model of that family named before it in the passage ("Devstral Small
    1.1", "Gemini 2.5 Deep Think"): later mentions shorten the name the passage introduced. Not when
    two or more such models are named, nor when the passage names the bare name and the longer one
    side by side anywhere ("61.0 for Lantern to 68.3 for Lantern 2": two models, an old and a new)."""
    at: dict[str, list[int]] = {}
    for x in ents:
        if x[2] == "MODEL":
            at.setdefault(x[3], []).append(x[0])
    out, family = [], {}  # family word -> the longer models named so far with that first word
    for x in ents:
        if x[2] == "MODEL":
            c = x[3]
            if " " not in c and "-" not in c and not any(ch.isdigit() for ch in c):
                longer = family.get(c, ())
                if len(longer) == 1:
                    name = next(iter(longer))
                    if not _side_by_side(at[c], at[name]):
                        x = (x[0], x[1], x[2], name)
            first = _FAMILY_WORD.match(x[3])
            if first:
                family.setdefault(first.group(0), set()).add(x[3])
        out.append(x)
    return out


def _side_by_side(these: list[int], those: list[int]) -> bool:
    """Whether a start of `these` lies within _SIDE_BY_SIDE characters of a start of `those` (both sorted)."""
    for i in these:
        k = bisect_left(those, i - _SIDE_BY_SIDE)
        if k < len(those) and those[k] <= i + _SIDE_BY_SIDE:
            return True
    return False


_SIDE_BY_SIDE = 150  # characters between two mentions named together (one sentence, about)


def bracketed(text: str, m) -> bool:
    """Whether the model `m` (.start, .end) of the sentence `text` is named inside brackets that also hold a
    figure — a rival's score given as an aside ("it gets 66.0% (X 78.0%, Y 73.3%)"): such a model is not what
    the sentence is about, so it is neither the sentence's subject nor the owner of a later bare number."""
    open_at = text.rfind("(", 0, m.start)
    if open_at < 0 or text.rfind(")", 0, m.start) > open_at:
        return False
    close_at = text.find(")", m.end)
    if close_at < 0:
        return False
    inside = text[open_at + 1:close_at]
    return any(ch.isdigit() for ch in inside.replace(text[m.start:m.end], ""))
