"""Build ``nlp/data/name_tagger/``, the learned tagger of model/benchmark/lab names no list knows.

    python scripts/train_name_tagger.py                 # train on every spent entity set, write the artefact
    python scripts/train_name_tagger.py --check         # fail if the artefact is not built from today's inputs
    python scripts/train_name_tagger.py --check --rebuild   # retrain and compare the weights (minutes)
    python scripts/train_name_tagger.py --loso --fold 2 --json f2.json   # leave FOLDS[2] out, train on the
                                                        # rest, score its sets per label and threshold (--ablate 40)
    python scripts/train_name_tagger.py --report f5.json f6.json   # pool, choose THRESHOLD (round 18: the
                                                        # two new groups, FOLDS[5] and FOLDS[6], only)
    python scripts/train_name_tagger.py --silver        # rewrite SILVER (the claims sets' spans) from today's rules
                                                        # (the rules alone: the tagger explicitly off, as SILVER was made)

Training data: the spent entity sets (all of them were tuned on by the rules' rounds; round 18 added
heldout9-heldout17, two leave-out groups of their own era in FOLDS) and the spent claims set claims-test9, whose passages have claims but no entity gold (their spans are silver: :func:`silver_spans`,
kept in ``scripts/name_tagger_silver.jsonl`` so that a change of the rules does not change the weights), cut into the
sentences the tagger reads (:func:`nlp.name_tagger.sentences`), with **mention replacement**: in each
copy of a passage every gold MODEL/BENCHMARK name is swapped for an invented one — mostly of the same
shape (``train_unknown_scorer.replace_name``: each letter run becomes another of the same case, tier and
kind words stay, digits mostly redrawn, one mapping per passage so later mentions agree), now and then
of another shape drawn from :data:`MODEL_SHAPES` / :data:`BENCH_SHAPES` (one word, versioned, tiered, sized,
``*Bench``, ``-Eval``, ``Hard``/``Verified``/year variants, acronyms, plain words). Gold ORG names are
invented the same way and learned as ORG (so an unfamiliar word is not by itself a model; round 22 adds the
tagger's ORG spans at a high threshold, where the rules' labs found nothing). No real name is ever a positive: the tagger learns contexts and shapes.
Round 26 can add hard negatives written by rule (:func:`hard_passages`: surnames said twice, "the X family", "Part N:"
labels beside invented names); ``HARD_PASSAGES`` = 0 keeps them out (they did not pay on the left-out heldout25).
Deterministic on one machine (fixed seeds, CPU); ``--check`` compares a digest of the inputs (sets,
this script, the tagger module, the settings) with the one stored beside the weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_unknown_scorer as tus  # noqa: E402  (the invented-name generator)
from spacy.lang.en.stop_words import STOP_WORDS  # noqa: E402
from nlp import name_tagger as nt  # noqa: E402

DATA = ROOT / "tests" / "data" / "nlp"
SETS = ("dev", "dev2", "dev3", "unknown-dev", "unknown-test", "heldout", "heldout2", "heldout3", "heldout4",
        "heldout5", "heldout6", "heldout7", "heldout8", "claims-test9", "heldout9", "heldout10", "heldout11",
        "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19",
        "heldout20", "heldout21")
# round 27: retrained with heldout22-25 (and 600 hard passages of HARD_MIX, or none), no retrain kept the behaviour of
# test_name_tagger's invented benchmark ("Graders on Tessily-Agentic ..."): BENCHMARK p .00-.35 in every retrain (seeds 7
# and 8, 0/600/1000 hard passages; round 22's weights .60), so the round-22 weights stay. Pooled left-out heldout22-25
# (FOLDS[9] and FOLDS[10], THRESHOLD) micro F1: round 22's weights .9002, none .8996, 600 of HARD_MIX .9002 (seed 7) and
# .8982 (seed 8), 1000 in equal turn .8968, 600 with 8 epochs not 5 .9008 (its folds' benchmark p .07/.27): the
# differences are seed noise (seeds 7/8 differ by .0020 pooled, up to .0070 on one set). heldout26, round 27's left-out check, scored twice: round 22's .910, 600 of HARD_MIX with
# heldout22-25 .912 (seed 7) and .909 (seed 8) (tagger27, round 27)
# round 26: retrained with heldout22-24 and the hard negatives of HARD_KINDS, the weights passed the tagger tests (1000
# or 2000 hard passages; 400 failed a surname test) but scored the left-out heldout25 .894 (1000) and .890 (2000)
# against round 22's .895 (micro): the round-22 weights stay, trained on the sets up to heldout21 and no hard negatives
# (tagger26, round 26); heldout26 and claims-test27, the round's frozen pair, are never read
# round 25: retrained with heldout22-23 (FOLDS group of their own) the weights scored the left-out heldout24 .8990 ->
# .9039 micro but failed five hard-negative behaviour tests elsewhere in tests/nlp ("The Kennedy family ...", "Story 3:"
# read as models, a person's surname as a lab); with heldout24 too, three tagger tests (round 23's retrain with heldout22
# failed five): the round-22 weights stay (bench/RESULTS.md, round 25)
# claims sets have no entity gold: their passages are read with silver spans (:func:`silver`), kept in SILVER
SILVER_SETS = ("claims-test9",)
SILVER = ROOT / "scripts" / "name_tagger_silver.jsonl"
# leave-one-group-out: the sets in groups; each group is scored by weights trained on the other groups
# (never on itself), and the thresholds are chosen on those scores. The fifth group (round 3's new sets) left
# out is round 2's training exactly: round 2's artefact is its weights.
FOLDS = (("dev", "heldout3", "unknown-dev"), ("dev2", "heldout2"), ("heldout7", "heldout", "unknown-test"),
         ("heldout6", "heldout4", "heldout5", "dev3"), ("heldout8", "claims-test9"),
         # round 18: the sets of rounds 9-17, two groups by era (heldout17 is scored by weights that never saw it)
         ("heldout9", "heldout10", "heldout11", "heldout12"), ("heldout13", "heldout14", "heldout15", "heldout16", "heldout17"),
         # round 22: the sets of rounds 19-21, two groups (heldout20-21 left out: trained on everything up to heldout19)
         ("heldout18", "heldout19"), ("heldout20", "heldout21"),
         # round 26: the spent sets of rounds 22-24 (left out: round 22's training plus the hard negatives)
         ("heldout22", "heldout23", "heldout24"),
         # round 27: heldout25 alone (round 26's left-out check; heldout26 is round 27's and in no group)
         ("heldout25",))
SEED = 7
REPLICAS = 2  # round 18: 4 -> 2 (twice the sets; the training must fit the shared cores)
OTHER_SHAPE_P = 0.25
OTHER_KEEP_P = 0.5  # a capitalised word outside the gold names keeps its letters (else it is invented too)  # a name's family takes a name of another shape (else the same shape, letters invented)
EPOCHS = 5
BATCH = 32
DROPOUT = 0.2
# choose_thresholds on the pooled left-out scores of round 18's two new groups (FOLDS[5], FOLDS[6]: heldout9-17, each
# scored by weights that never saw it), on a shorter grid than GRID (MODEL 0.7-0.95, BENCHMARK 0.5-0.85, ORG 0.9-0.95)
# to fit the round (bench/RESULTS.md, round 18); round 2-3 chose {"MODEL": 0.85, "BENCHMARK": 0.5, "ORG": 0.95}
# choose_thresholds also gave ORG 0.9 (pooled ORG F1 +0.0003: 13 right and 11 wrong labs added); ORG was left out
# in round 18, as a coin-flip addition (on unknown-test it turned the stealth model "Quasar Alpha" into a lab: micro -0.008)
# round 22: pooled left-out counts of FOLDS[8] (heldout20-21, weights trained up to heldout19): MODEL 0.7 kept (the best
# MODEL F1, .909); BENCHMARK 0.5 kept (0.8 had the best BENCHMARK F1, .887 vs .880, but drops names of this test suite's
# own examples at p .60, and the claims guard, nlp.tagger_claims, handles the tagger's benchmarks); ORG added at 0.9
# (pooled ORG P .951 -> .943, R .788 -> .807, F1 .862 -> .870; ORG precision >= 0.93 down to 0.8): bench/RESULTS.md, round 22
THRESHOLD = {"MODEL": 0.7, "BENCHMARK": 0.5, "ORG": 0.9}
WIDTH, DEPTH = 32, 3  # 32: as accurate as 64 on the heldout7 fold, and a cheaper forward pass
ROWS = [3000, 1000, 1500, 500]  # hash-embedding rows of NORM, PREFIX, SUFFIX, SHAPE

MODEL_SHAPES = ("{W}", "{W} {v}", "{W}-{v}", "{W} {v} {T}", "{W}-{v}-{T}", "{W} {T} {v}", "{W}-{s}", "{W} {v} {s}",
                "{W}-{v}-{s}-{T}", "{W}{d}", "{W}{d}-{T}", "{A}-{d}", "{A}{d} {T}", "{Wc}", "{Wc} {v}", "{W} {T}",
                "{w}-{d}", "{W}-{A}")
BENCH_SHAPES = ("{W}Bench", "{W}-Bench", "{W}-bench", "{W} Bench", "{W}-Eval", "{W}Eval", "{A}", "{A}-{d}",
                "{A} {V}", "{W}Bench {V}", "{W}-bench {V}", "{W} {Y}", "{A} {Y}", "{W}QA", "{Wc}", "{W}",
                "{W} Arena", "{W}-{d}", "{A}-Bench", "{W} Exam")
TIERS = "Pro Flash Ultra Mini Max Lite Turbo Nano Plus Instruct Chat Thinking Heavy Air Preview Base Coder Vision Omni Fast".split()
VARIANTS = "Hard Verified Lite Pro Multilingual Live Extended Diamond Full Mini".split()


def _version(rnd: random.Random) -> str:
    return rnd.choice([str(rnd.randint(1, 9)), f"{rnd.randint(1, 5)}.{rnd.randint(0, 9)}", f"{rnd.randint(1, 4)}.{rnd.randint(0, 9)}{rnd.randint(0, 9)}",
                       f"V{rnd.randint(2, 6)}", f"R{rnd.randint(1, 3)}", f"{rnd.randint(2, 9)}"])


def invent_name(label: str, rnd: random.Random, taken_words: set[str]) -> str:
    """A new name of a shape drawn from :data:`MODEL_SHAPES` / :data:`BENCH_SHAPES`."""
    shape = rnd.choice(MODEL_SHAPES if label == "MODEL" else BENCH_SHAPES)
    word = tus._invent(rnd.choice(["Xxxxx", "Xxxxxxx", "Xxxx", "Xxxxxx"]), rnd, taken_words)
    camel = tus._invent("XxxxXxxx", rnd, taken_words)
    acro = "".join(rnd.choice("ABCDEFGHIKLMNPRSTVWXZ") for _ in range(rnd.randint(2, 5)))
    return shape.format(W=word, w=word.lower(), Wc=camel, A=acro, v=_version(rnd), T=rnd.choice(TIERS),
                        s=f"{rnd.choice([1, 3, 7, 8, 13, 14, 22, 32, 70, 120, 235])}B", d=rnd.randint(1, 9),
                        V=rnd.choice(VARIANTS), Y=rnd.randint(2023, 2027))


def replaced_passage(rec: dict, rnd: random.Random, taken_words: set[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """The passage with every gold model/benchmark name invented, and its (start, end, label) gold."""
    text, ents = rec["text"], sorted(rec.get("entities", []), key=lambda e: e["start"])
    mapping: dict = {}
    other: dict = {}  # a family's name of another shape: surface -> new surface, one per passage
    out, gold, last = [], [], 0
    for e in ents:
        s, t, lab = e["start"], e["end"], e["label"]
        if s < last:
            continue
        surface = text[s:t]
        out.append(_other_words(text[last:s], mapping, rnd, taken_words))
        pos = sum(len(x) for x in out)
        if lab == "ORG":  # labs are invented too: else "a name no one has seen" would mean MODEL
            surface = tus.replace_name(surface, mapping, rnd, taken_words)
        elif lab in nt.LABELS:
            stems = [p for p in tus.PIECES.findall(surface) if p[0].isalpha() and p.lower() not in tus.us.KIND_WORDS]
            stem = stems[0] if stems else surface
            if stem not in other:
                other[stem] = {} if rnd.random() < OTHER_SHAPE_P else None
            if other[stem] is None:
                surface = tus.replace_name(surface, mapping, rnd, taken_words)
            else:
                if surface not in other[stem]:
                    other[stem][surface] = invent_name(lab, rnd, taken_words)
                surface = other[stem][surface]
        out.append(surface)
        gold.append((pos, pos + len(surface), lab))
        last = t
    out.append(_other_words(text[last:], mapping, rnd, taken_words))
    return "".join(out), gold


# round 18: a replica after the first may be rendered in another layout (:func:`rendered`). Off: at 0.5, left out
# on heldout13-17 (fold 6, the tagger's shipped thresholds) it moved heldout17's plain half 0.945 -> 0.946 and its
# new-layout half 0.862 -> 0.849 (bench/RESULTS.md round 18), so the layouts are not in the training
LAYOUT_P = 0.0
LAYOUTS = ("atom", "tsv", "csv", "caps", "bullets", "alerts", "email", "list", "name_table")


def rendered(text: str, gold: list[tuple[int, int, str]], layout: str, rnd: random.Random) -> tuple[str, list[tuple[int, int, str]]]:
    """The passage ``text`` (with its gold spans) rendered in another layout by its structure alone — its
    sentences (:func:`nlp.name_tagger.sentences`) and its gold names, never its wording: an Atom entry (first
    sentence the ``<title>``, the rest the ``<summary>``), each sentence a TSV or quoted CSV row after a header,
    the first sentence in capitals, each sentence a bullet, an alert line (``[ALERT hh:mm]``) or a numbered
    item, the paragraphs wrapped at 72 columns (an e-mail), or the passage followed by a TSV table of its
    model names (and a lab of the passage) with invented ranks and scores. Marks are only inserted between
    sentences (never inside a gold name), and the wrap breaks only at spaces outside gold names."""
    spans = [(s, e) for s, e, _ in gold]
    inside = lambda p: any(s < p < e for s, e in spans)  # noqa: E731
    sents = [(lo, hi) for lo, hi in nt.sentences(text) if not inside(lo) and not inside(hi)]
    ins: list[tuple[int, str]] = []  # (position, inserted text); characters are otherwise kept or swapped 1:1
    chars = list(text)
    if layout == "caps" and sents:
        lo, hi = sents[0]
        up = text[lo:hi].upper()
        if len(up) == hi - lo:
            chars[lo:hi] = up
    elif layout == "atom" and sents:
        ins += [(0, f'<entry>\n  <id>tag:news.example,2026:{rnd.randint(100, 9999)}</id>\n  <title type="text">'),
                (sents[0][1], f'</title>\n  <category term="{rnd.choice(["ai", "models", "research", "evals"])}"/>\n  <summary>'),
                (len(text), "</summary>\n</entry>\n")]
    elif layout in ("tsv", "csv"):
        sep, q = ("\t", "") if layout == "tsv" else (",", '"')
        ins.append((0, sep.join(["date", "source", "text"]) + "\n"))
        for lo, hi in sents:
            ins += [(lo, f"2026-0{rnd.randint(1, 9)}-{rnd.randint(10, 28)}{sep}{rnd.choice(['wire', 'blog', 'forum', 'press'])}{sep}{q}"),
                    (hi, q + "\n")]
    elif layout in ("bullets", "alerts", "list"):
        for k, (lo, hi) in enumerate(sents):
            mark = {"bullets": rnd.choice(["- ", "* ", "\u2022 "]), "list": f"{k + 1}. ",
                    "alerts": f"[ALERT {rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}] "}[layout]
            ins.append((lo, ("\n" if lo else "") + mark))
    elif layout == "email":
        col = 0
        for i, c in enumerate(text):
            if c == "\n":
                col = 0
            elif c == " " and col >= 60 and not inside(i) and not any(s <= i < e for s, e in spans):
                nxt = text.find(" ", i + 1)
                if col + ((nxt if nxt > 0 else len(text)) - i) > 72:
                    chars[i], col = "\n", 0
                    continue
                col += 1
            else:
                col += 1
    elif layout == "name_table":
        models = list(dict.fromkeys(text[s:e] for s, e, lab in gold if lab == "MODEL"))[:8]
        orgs = [text[s:e] for s, e, lab in gold if lab == "ORG"]
        if models:
            rows = ["\n\nrank\tmodel\tdeveloper\tscore"]
            extra: list[tuple[int, int, str]] = []
            pos = len(text) + len(rows[0])
            for k, m in enumerate(models):
                org = rnd.choice(orgs) if orgs else "-"
                line = f"\n{k + 1}\t{m}\t{org}\t{rnd.randint(300, 990) / 10}"
                extra.append((pos + len(f"\n{k + 1}\t"), pos + len(f"\n{k + 1}\t") + len(m), "MODEL"))
                if orgs:
                    o = pos + len(f"\n{k + 1}\t{m}\t")
                    extra.append((o, o + len(org), "ORG"))
                rows.append(line)
                pos += len(line)
            return text + "".join(rows), list(gold) + extra
    if not ins:
        return "".join(chars), list(gold)
    ins.sort(key=lambda x: x[0])
    out, last = [], 0
    for p, s in ins:
        out.append("".join(chars[last:p]))
        out.append(s)
        last = p
    out.append("".join(chars[last:]))

    def shift(p: int, end: bool) -> int:
        return p + sum(len(s) for q, s in ins if (q < p if end else q <= p))

    return "".join(out), [(shift(s, False), shift(e, True), lab) for s, e, lab in gold]


OTHER_WORD = re.compile(r"(?<![\w.\-])[A-Z][\w\-]*[A-Za-z0-9](?![\w])")


def _other_words(gap: str, mapping: dict, rnd: random.Random, taken_words: set[str]) -> str:
    """Capitalised words outside the gold names (people, places, products, headings) are invented too, half
    of them: else an unfamiliar word would be a name by its strangeness alone, not by its context."""
    def swap(m):
        w = m.group()
        if w.lower() in STOP_WORDS or rnd.random() < OTHER_KEEP_P:
            return w
        return tus.replace_name(w, mapping, rnd, taken_words)

    return OTHER_WORD.sub(swap, gap)


def silver_spans(nlp, rec: dict) -> list[dict]:
    """Entity spans of a claims passage, which has claims but no entity gold: every mention of a claim's
    model or benchmark (its name, any case, spaces and hyphens interchangeable, on word edges) as that
    label, the longest first; then the rules' MODEL/BENCHMARK/ORG spans (whole KB) that overlap none of
    them. Silver, not gold: a name the rules miss and no claim names is learned as "no name"."""
    text, spans = rec["text"], []
    names = {(str(c[role]), lab) for c in rec.get("claims", []) for role, lab in (("model", "MODEL"), ("benchmark", "BENCHMARK"))}
    for name, lab in sorted(names, key=lambda x: -len(x[0])):
        pat = r"[\s\-\u2011]*".join(re.escape(p) for p in re.split(r"[\s\-\u2011]+", name.strip()) if p)
        for m in re.finditer(r"(?<![\w\-])" + pat + r"(?![\w\-]*\w)", text, re.I):
            if all(m.end() <= s or m.start() >= e for s, e, _ in spans):
                spans.append((m.start(), m.end(), lab))
    claimed = list(spans)
    for e in nlp(text).ents:
        if e.label_ in nt.TRAIN_LABELS and all(e.end_char <= s or e.start_char >= t for s, t, _ in claimed):
            spans.append((e.start_char, e.end_char, e.label_))
    return [{"start": s, "end": e, "label": lab} for s, e, lab in sorted(spans)]


def write_silver(names=SILVER_SETS) -> None:
    """SILVER: the silver spans of the claims sets' passages, from today's rules (``--silver``)."""
    import nlp as ournlp

    pipe = ournlp.load({"name_tagger": False})  # the rules' spans: the tagger off (it learns from them)
    with SILVER.open("w", encoding="utf-8") as f:
        for name in names:
            for rec in tus.read_set(name):
                f.write(json.dumps({"set": name, "id": rec["id"], "entities": silver_spans(pipe, rec)}) + "\n")


def records(name: str) -> list[dict]:
    """The passages of set ``name`` with their entity spans (a claims set's: the silver ones of SILVER)."""
    recs = tus.read_set(name)
    if name not in SILVER_SETS:
        return recs
    spans = {(r["set"], r["id"]): r["entities"] for r in map(json.loads, SILVER.read_text(encoding="utf-8").splitlines())}
    return [{"id": r["id"], "text": r["text"], "entities": spans[name, r["id"]]} for r in recs]


def kb_words() -> set[str]:
    import re

    words = set()
    for f in (ROOT / "nlp" / "data").glob("*.jsonl"):
        words.update(w for w in re.split(r"[^a-z]+", f.read_text(encoding="utf-8").lower()) if len(w) > 2)
    return words


# round 26: hard negatives, written by rule. Trained with heldout22-24 alone, the weights read a surname repeated later
# as a lab, "the X family" and a "Story N:" label as models: kinds of capitalised non-names the sets hold too few of.
# HARD_PASSAGES short passages of :data:`HARD_KINDS` (every name in them invented: the models, benchmarks and labs as
# gold, each beside the non-name it must be told from; the surnames invented or common ones) join the training.
# Left out heldout22-24 (FOLDS[9], weights trained up to heldout21; THRESHOLD), pooled micro F1 (tp/fp/fn): none (round
# 22's weights) .8934 (2683/124/516), 400 .8955 (2694/124/505), 2000 .8913 (2668/120/531). With heldout22-24 trained
# on, 400 failed a surname test (the later mention alone a lab at ORG >= .9) and 2000 passed every tagger test but
# scored the left-out heldout25 .890 against round 22's .895; 1000 passed them and scored .894: off (0), the weights
# round 22's (tagger26, round 26)
HARD_PASSAGES = 0
# round 27: the kinds weighted, not all in equal turn: round 26's 400 failed a surname test and no test of the "other"
# kind (days, places, languages) ever failed, so the surnames come three times, the families and labels twice, the
# others once in every eight passages (600: 225 surname passages, about 1000's 250, with 60% of its hard sentences).
# Trained with heldout22-25, 600 passed the surname, family and label tests (seed 7; seed 8 lost one surname test of
# test_name_syntax) and scored the pooled folds as no hard passages did (.9002 vs .8996; 1000 in equal turn .8968)
HARD_MIX = (("surname", 3), ("family", 2), ("label", 2), ("other", 1))
FIRST_NAMES = "Ana Ben Carla Dev Elena Farid Grace Hugo Ines Jonas Kemi Lars Maya Nils Omar Priya Rosa Sam Tara Yusuf".split()
SURNAMES = "Brennan Castillo Dufour Eriksen Fletcher Gallagher Haddad Iverson Jensen Kowalski Lindqvist Moreau Novak " \
           "Okafor Petrov Quinlan Reyes Schultz Tanaka Varga Whitfield Yilmaz".split()
LABEL_WORDS = "Story Part Chapter Section Episode Item Case Round Step Lesson Question Example Exhibit Update Scene Act " \
              "Day Week Note Slide Figure Table Appendix Task Level Stage Unit Module Track Panel Session Room Hall".split()
HONORIFICS = ("", "", "", "Mr ", "Ms ", "Dr ", "Professor ")
# {P} a surname, {F} a first name, {L} a label word, {N} a number, {x} a score: never gold; {M} {M2} models, {B} a
# benchmark, {O} a lab: gold (invented)
HARD_KINDS = {
    "surname": (
        "{F} {P}, who runs research at {O}, said {M} took four months to train. {H}{P} would not give its size.",
        "According to {F} {P}, the new AI model beats {M} on {B}. {H}{P} did not say how it was tested.",
        "{F} {P} left {O} in the spring to start an AI company. {H}{P} now advises regulators on language models.",
        "The chatbot was built by {F} {P} over a weekend. {H}{P} says {M} wrote most of the code.",
        "{H}{P} told reporters that {M} had been delayed again, and {P} blamed the chips.",
        "In an interview, {F} {P} argued that AI models like {M} need outside audits. {P} has said so before.",
        "{F} {P} testified about the AI model's errors. Lawyers for {P} said the {O} chatbot invented quotes.",
        "A spokesperson for {H}{P} said the AI assistant scored {x} on {B}, but {P} wants a second test.",
        "{P}, a researcher at {O}, trained {M} on public text; {P} and two colleagues wrote the paper.",
        "{F} {P} chairs the AI ethics board of a hospital; {P} had asked for an audit of {M}.",
        "Reporters reached {F} {P} by phone, and {P} confirmed that {O} had paused {M}.",
        "The review was led by {H}{F} {P}. Last year {P} had warned that AI models such as {M} leak data.",
        "{F} {P} joined {O} as chief scientist. Colleagues say {P}'s team built {B}.",
        "Thanks go to {F} {P}, who checked the AI model's answers; {P} found twelve errors in {M}.",
        "Asked about {M}, {F} {P} smiled: the AI model was, {P} said, only a start.",
    ),
    "family": (
        "The {P} family sued the AI company over a fake video made with {M}.",
        "The {P} family, which owns the newspaper, has put money into AI models this year.",
        "Members of the {P} family were at the launch of {M} in the capital.",
        "The {P} family's foundation funds AI safety research, including work on {B}.",
        "The {P} family sold its stake in {O}, the AI startup, last month.",
        "The {P} {kin} attended the AI summit; they asked about {M}.",
        "A chatbot answered questions about the {P} family tree, and the AI model got three names wrong.",
        "The {P} estate objected to an AI model trained on the poet's letters.",
        "A lawsuit filed by the {P} family says the AI chatbot {M} made up a quote.",
        "Investors in the AI startup {O} include the {P} family and two pension funds.",
        "Photos of the {P} family were used to train an AI model without consent, {O} admitted.",
        "Lawyers for the {P} {kin} asked {O} to take down the images its AI model made.",
        "The AI model {M} mapped a farm owned by the {P} family, and {O} apologised.",
    ),
    "label": (
        "{L} {N}: {M} and {M2} were put side by side.",
        "{L} {N}: {M} beats {M2} on {B}.",
        "{L} {N} - {M} scored {x} on {B}.",
        "{L} {N}. The {O} AI model was tried on {B} first.",
        "{L} {N}: how {O} trained {M}",
        "{L} {N}: the AI model that grades {B}",
        "In {L} {N}, {M} answers the harder questions of {B}.",
        "See {L} {N} for the scores of {M} and {M2}.",
        "{L} {N} of the AI course compares {M} with {M2}.",
        "{L} {N}: {M} against {M2} on {B}",
        "{L} {N}\n{M} scored {x} on {B}, ahead of {M2}.",
    ),
    "other": (
        "On {day}, {O} said its AI model {M} would ship in {month}.",
        "In {city}, engineers tested {M} on {B} and found it slower.",
        "{day}'s AI update: {M} scored {x} on {B}.",
        "The AI model was demoed in {city} on {day}, where {M2} ran beside it.",
        "Analysis: why {M} stumbles on {B}",
        "Update: {O} says {M} now handles {lang} and {lang2} text.",
        "The AI lab's score on {lang} is {x}, and {M} does better in {lang2}.",
    ),
}
_FILL = {"day": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
         "month": "January February March April May June July August September October November December".split(),
         "city": "Lisbon Nairobi Toronto Osaka Austin Krakow Lyon Seoul Denver Cardiff".split(),
         "lang": "English French German Spanish Hindi Swahili Japanese Polish Arabic Korean".split(),
         "kin": "brothers sisters twins cousins household".split()}
HARD_FIELD = re.compile(r"\{(\w+)\}")


def hard_passage(kind: str, rnd: random.Random, taken_words: set[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """A short passage of ``kind`` (:data:`HARD_KINDS`) with its slots filled: the gold names invented, the
    non-names (surnames, labels, days, places) left without a label; one filling per slot name."""
    fill: dict = {}

    def value(key: str) -> str:
        if key not in fill:
            if key in ("M", "M2"):
                fill[key] = _unknown_name("MODEL", rnd, taken_words)
            elif key == "B":
                fill[key] = _unknown_name("BENCHMARK", rnd, taken_words)
            elif key == "O":
                fill[key] = tus._invent(rnd.choice(["Xxxxxx", "Xxxxxxxx", "XxxxXxxx"]), rnd, taken_words)
            elif key == "P":
                fill[key] = rnd.choice(SURNAMES) if rnd.random() < 0.3 else tus._invent(rnd.choice(["Xxxxxx", "Xxxxxxxx", "Xxxxxxxxx"]), rnd, taken_words)
            elif key == "F":
                fill[key] = rnd.choice(FIRST_NAMES)
            elif key == "H":
                fill[key] = rnd.choice(HONORIFICS)
            elif key == "L":
                fill[key] = rnd.choice(LABEL_WORDS)
            elif key == "N":
                fill[key] = str(rnd.choice([rnd.randint(1, 12), rnd.randint(1, 40)]))
            elif key == "x":
                fill[key] = f"{rnd.randint(200, 950) / 10}"
            else:
                pool = _FILL[key.rstrip("2")]
                fill[key] = rnd.choice([w for w in pool if w not in fill.values()])
        return fill[key]

    template = rnd.choice(HARD_KINDS[kind])
    out, gold, last = [], [], 0
    for m in HARD_FIELD.finditer(template):
        out.append(template[last:m.start()])
        pos = sum(len(x) for x in out)
        v = value(m.group(1))
        if m.group(1) in ("M", "M2", "B", "O"):
            gold.append((pos, pos + len(v), {"M": "MODEL", "M2": "MODEL", "B": "BENCHMARK", "O": "ORG"}[m.group(1)]))
        out.append(v)
        last = m.end()
    out.append(template[last:])
    return "".join(out), gold


SHAPE_WORDS = {w.lower() for w in TIERS + VARIANTS} | {"bench", "eval", "arena", "exam"}


def _unknown_name(label: str, rnd: random.Random, taken_words: set[str]) -> str:
    """:func:`invent_name` again until no word of the name is a known name's (its shape's tier and kind words
    aside): its acronym is drawn letter by letter and spells one now and then ("HRM", "KIMI": 1.5% of 3-5 letter
    draws), and a hard passage's gold must be invented. (The replaced passages keep :func:`invent_name` as it is:
    changing it changes the shipped training; for the next retrain.)"""
    while True:
        name = invent_name(label, rnd, taken_words)
        if not any(w in taken_words and w not in SHAPE_WORDS for w in re.findall(r"[a-z]{3,}", name.lower())):
            return name


def hard_kind(i: int) -> str:
    """The kind of the ``i``-th hard passage: :data:`HARD_MIX`'s kinds in turn, each as many times as its weight."""
    turn = [kind for kind, weight in HARD_MIX for _ in range(weight)]
    return turn[i % len(turn)]


def hard_passages(n: int) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """``n`` passages of :func:`hard_passage`, of the kinds :func:`hard_kind` gives (the same ones at every run)."""
    taken_words = kb_words()
    return [hard_passage(hard_kind(i), random.Random(f"{SEED}:hard:{i}"), taken_words) for i in range(n)]


def examples(pipe, sets, layouts: bool = True, hard: int | None = None) -> list:
    """spaCy Examples: the gated sentences of REPLICAS replaced copies of each passage of ``sets``, then those of
    ``hard`` passages of :func:`hard_passages` (HARD_PASSAGES, as set when called: ``--hard`` sets it)."""
    taken_words = kb_words()
    hard = HARD_PASSAGES if hard is None else hard
    out, dropped = [], 0
    for name in sets:
        for rec in records(name):
            for r in range(REPLICAS):
                rnd = random.Random(f"{SEED}:{name}:{rec['id']}:{r}")
                text, gold = replaced_passage(rec, rnd, taken_words)
                if LAYOUT_P and r and layouts and rnd.random() < LAYOUT_P:
                    text, gold = rendered(text, gold, rnd.choice(LAYOUTS), rnd)
                dropped += _sentence_examples(pipe, text, gold, out)
    for text, gold in hard_passages(hard) if hard else []:
        dropped += _sentence_examples(pipe, text, gold, out)
    print(f"{len(out)} sentences ({dropped} dropped: a gold name not on token edges)", file=sys.stderr)
    return out


def _sentence_examples(pipe, text: str, gold: list[tuple[int, int, str]], out: list) -> int:
    """Append the Examples of the sentences of ``text`` the tagger reads to ``out``; how many were dropped."""
    from spacy.training import Example

    dropped = 0
    for lo, hi in nt.gated(text, [], lambda pos: True, strict=False):
        doc = pipe.make_doc(text[lo:hi])
        spans = []
        ok = True
        for s, e, lab in gold:
            if lab not in nt.TRAIN_LABELS or e <= lo or s >= hi:
                continue
            sp = doc.char_span(s - lo, e - lo, label=lab)
            if sp is None or s < lo or e > hi:
                ok = False
                break
            spans.append(sp)
        if not ok:
            dropped += 1
            continue
        ref = pipe.make_doc(text[lo:hi])
        ref.spans[nt.SPANS_KEY] = [ref.char_span(sp.start_char, sp.end_char, label=sp.label_) for sp in spans]
        out.append(Example(doc, ref))
    return dropped


def blank_pipe(width: int = WIDTH):
    import spacy

    pipe = spacy.blank("en")
    pipe.add_pipe("spancat_singlelabel", config={
        "spans_key": nt.SPANS_KEY, "suggester": {"@misc": "modelwire.name_runs.v1"}, "allow_overlap": False,
        "negative_weight": 1.0,
        "model": {"@architectures": "spacy.SpanCategorizer.v1", "scorer": {"@layers": "Softmax.v2"},
                  "reducer": {"@layers": "spacy.mean_max_reducer.v1", "hidden_size": 64},
                  "tok2vec": {"@architectures": "spacy.Tok2Vec.v2",
                              "embed": {"@architectures": "spacy.MultiHashEmbed.v1", "width": width, "rows": ROWS,
                                        "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "include_static_vectors": False},
                              "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width,
                                         "window_size": 1, "maxout_pieces": 3, "depth": DEPTH}}}})
    return pipe


def train(sets, epochs: int | None = None, quiet: bool = False, width: int = WIDTH):
    from spacy.util import fix_random_seed, minibatch

    epochs = EPOCHS if epochs is None else epochs
    fix_random_seed(SEED)
    pipe = blank_pipe(width)
    exs = examples(pipe, sets)
    for lab in nt.TRAIN_LABELS:
        pipe.get_pipe("spancat_singlelabel").add_label(lab)
    opt = pipe.initialize(lambda: exs[:200])
    rnd = random.Random(SEED)
    for ep in range(epochs):
        t0 = time.time()
        order = list(exs)
        rnd.shuffle(order)
        losses: dict = {}
        for batch in minibatch(order, size=BATCH):
            pipe.update(batch, sgd=opt, drop=DROPOUT, losses=losses)
        if not quiet:
            print(f"epoch {ep + 1}: loss {losses.get('spancat_singlelabel', 0):.2f} ({time.time() - t0:.0f} s)", file=sys.stderr)
    return pipe


def inputs_digest(sets=SETS) -> str:
    """What the weights are made from: the sets, the code that reads them and trains, the settings."""
    import inspect

    h = hashlib.sha256()
    for name in sets:
        h.update((DATA / f"{name}.jsonl").read_bytes())
    if set(sets) & set(SILVER_SETS):
        h.update(SILVER.read_bytes())
    for f in (ROOT / "nlp" / "name_tagger.py", ROOT / "scripts" / "train_unknown_scorer.py"):
        h.update(f.read_bytes())
    for fn in (invent_name, replaced_passage, rendered, _other_words, examples, _sentence_examples, hard_passage, _unknown_name, hard_kind, hard_passages,
               blank_pipe, train, kb_words, records):
        h.update(inspect.getsource(fn).encode())
    h.update(json.dumps([SEED, REPLICAS, LAYOUT_P, LAYOUTS, OTHER_SHAPE_P, OTHER_KEEP_P, OTHER_WORD.pattern, EPOCHS, BATCH, DROPOUT, WIDTH, DEPTH, ROWS, MODEL_SHAPES,
                         BENCH_SHAPES, TIERS, VARIANTS, HARD_PASSAGES, HARD_MIX, FIRST_NAMES, SURNAMES, LABEL_WORDS, HONORIFICS, HARD_KINDS,
                         _FILL, HARD_FIELD.pattern]).encode())
    return h.hexdigest()[:16]


def save(pipe, path: Path, threshold: float = THRESHOLD, sets=SETS) -> None:
    if path.exists():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)  # (--loso --cache DIR: DIR may not exist yet)
    pipe.to_disk(path, exclude=["vocab"])
    (path / "tagger.json").write_text(json.dumps({"threshold": threshold, "sets": list(sets),
                                                  "inputs": inputs_digest(sets)}, indent=1) + "\n", encoding="utf-8")


GRID = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98)


def fold_weights(group, width: int = WIDTH, cache: Path | None = None):
    """The weights trained without the sets of ``group`` (kept in ``cache``: the same inputs train the same
    weights)."""
    rest = [s for s in SETS if s not in group]
    cache = cache or Path(tempfile.gettempdir()) / f"name_tagger-fold-{'+'.join(group)}-w{width}-{inputs_digest()}"
    if not (cache / "tagger.json").is_file():
        t0 = time.time()
        save(train(rest, width=width), cache, sets=rest)
        print(f"trained without {'+'.join(group)} in {time.time() - t0:.0f} s", file=sys.stderr)
    return nt.load_pipe(cache)[0]


def _counts(full, ablated, removed, gold) -> dict:
    from nlp.ablation import evaluate_ablation
    from nlp.evaluate import evaluate_records

    whole = evaluate_records(full, gold)
    ab = evaluate_ablation(full, ablated, removed, gold)
    out = {lab: [m["tp"], m["fp"], m["fn"]] for lab, m in whole["labels"].items()}
    for lab, m in ab["labels"].items():
        out["removed " + lab] = [m["found"], m["removed_mentions"]]
        out["new " + lab] = [m["not_in_kb_found"], m["not_in_kb_mentions"]]
        out["guesses " + lab] = [m["guesses_right"], m["guesses"]]
    out["false"] = [f"{e[2][2]} {e[3]}" for e in ab["errors"] if e[0] == "FALSE"]
    return out


def loso(groups=FOLDS, width: int = WIDTH, grid=GRID, cache_root: Path | None = None, config=None) -> list[dict]:
    """Each group left out in turn: its sets scored (whole-KB counts and the --ablate 40 counts) by the
    rules alone and with the tagger trained on the other groups, one label added at a time at each
    threshold of ``grid`` (the labels hardly interact: each adds only where nothing was found); with
    ``config`` ({label: threshold}) the rules and that setting only."""
    import nlp
    from nlp.ablation import ablated_names
    from nlp.evaluate import read_gold

    memo: dict = {}
    predict = nt.predict

    def cached(pipe, texts):  # one forward pass per window, whatever the thresholds
        todo = [t for t in texts if (id(pipe), t) not in memo]
        for t, r in zip(todo, predict(pipe, todo) if todo else []):
            memo[id(pipe), t] = r
        return [memo[id(pipe), t] for t in texts]

    nt.predict = cached
    full = nlp.load({"name_tagger": True})
    removed = ablated_names(full.get_pipe("modelwire_entities").kb, 40)
    ablated = nlp.load({"name_tagger": True, "kb_exclude": removed})
    rows = []
    for group in groups:
        pipe = fold_weights(group, width, None if cache_root is None else cache_root / f"{'+'.join(group)}-w{width}")
        configs = [None] + ([config] if config else [{lab: th} for lab in nt.LABELS for th in grid])
        for held in group:
            gold = read_gold(DATA / f"{held}.jsonl")
            for th in configs:
                nt.set_pipe(None if th is None else pipe, th)
                rows.append({"set": held, "threshold": th, **_counts(full, ablated, removed, gold)})
            print(f"scored {held}", file=sys.stderr, flush=True)
    nt.set_pipe(None, None)
    nt.predict = predict
    return rows


MIN_PRECISION = 0.9  # the default-on bar's precision of not-in-KB guesses


def pooled(rows, config) -> dict:
    """The counts of ``rows`` with threshold ``config`` (None: the rules alone), summed over the sets."""
    out: dict = {}
    for r in rows:
        if r["threshold"] == config:
            for k, v in r.items():
                if isinstance(v, list) and v and isinstance(v[0], int):
                    out[k] = [a + b for a, b in zip(out.get(k, [0] * len(v)), v)]
    return out


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def choose_thresholds(rows, grid=GRID) -> dict[str, float]:
    """Per label, from the counts of the left-out sets pooled: for MODEL and BENCHMARK the lowest threshold
    of ``grid`` at which that label's not-in-KB guesses with 40% of the KB removed (the rules' and the
    tagger's) stay right :data:`MIN_PRECISION` of the time and its whole-KB F1 is not lower than the
    rules'; for ORG the threshold of the highest whole-KB ORG F1, if above the rules'. A label no
    threshold qualifies for is not added."""
    base = pooled(rows, None)
    out = {}
    for lab in nt.LABELS:
        best = _f1(*base[lab]) if base else 0.0
        for th in grid:
            got = pooled(rows, {lab: th})
            if not got:
                continue
            f1 = _f1(*got[lab])
            if lab == "ORG":
                if f1 > best:
                    out[lab], best = th, f1
            elif got["guesses " + lab][0] >= MIN_PRECISION * got["guesses " + lab][1] and f1 >= best:
                out[lab] = th
                break
    return out


def report(rows, grid=GRID) -> None:
    """The pooled left-out counts per label and threshold (what :func:`choose_thresholds` reads)."""
    base = pooled(rows, None)
    print(f"sets: {sorted({r['set'] for r in rows})}")
    print(f"rules: " + " ".join(f"{k}={v}" for k, v in sorted(base.items())))
    for lab in nt.LABELS:
        for th in grid:
            got = pooled(rows, {lab: th})
            if got:
                diff = {k: [a - b for a, b in zip(v, base[k])] for k, v in got.items() if v != base.get(k)}
                print(f"{lab:<9} {th:<5} " + " ".join(f"{k}={v}" for k, v in sorted(diff.items())))
    print("chosen:", choose_thresholds(rows, grid))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the artefact was not built from today's inputs")
    ap.add_argument("--rebuild", action="store_true", help="with --check: retrain and compare the weights too")
    ap.add_argument("--loso", action="store_true", help="leave each group of FOLDS out, train on the rest, score it")
    ap.add_argument("--fold", type=int, action="append", help="with --loso: only this group (0-based; repeatable)")
    ap.add_argument("--width", type=int, default=WIDTH, help="with --loso: the tok2vec width to try")
    ap.add_argument("--cache", metavar="DIR", help="with --loso: keep the fold weights here")
    ap.add_argument("--json", metavar="FILE", help="with --loso: write the rows as JSON")
    ap.add_argument("--thresholds", metavar="JSON", help='with --loso: score this setting only, e.g. {"MODEL": 0.85}')
    ap.add_argument("--silver", action="store_true", help="write the silver spans of the claims sets (SILVER) from today's rules")
    ap.add_argument("--report", metavar="FILE", nargs="+", help="pool --loso rows (JSON files), print and choose thresholds")
    ap.add_argument("--seed", type=int, help="train with this seed (the settings' SEED otherwise): is a difference seed noise?")
    ap.add_argument("--out", metavar="DIR", help="write the trained weights here, not to the shipped artefact")
    ap.add_argument("--hard", type=int, metavar="N", help="train with N hard passages (HARD_PASSAGES otherwise)")
    ap.add_argument("--mix", metavar="KIND=W,...", help="weigh the hard kinds so (HARD_MIX otherwise), e.g. surname=3,family=2,label=2,other=1")
    ap.add_argument("--epochs", type=int, help="train this many epochs (EPOCHS otherwise)")
    ap.add_argument("--replicas", type=int, help="this many replaced copies of each passage (REPLICAS otherwise)")
    args = ap.parse_args(argv)
    global SEED, HARD_PASSAGES, HARD_MIX, EPOCHS, REPLICAS  # the settings of an experiment: each lands in the inputs digest
    if args.epochs is not None:
        EPOCHS = args.epochs
    if args.replicas is not None:
        REPLICAS = args.replicas
    if args.seed is not None:
        SEED = args.seed
    if args.hard is not None:
        HARD_PASSAGES = args.hard
    if args.mix:
        HARD_MIX = tuple((k, int(w)) for k, w in (kw.split("=") for kw in args.mix.split(",")))
    if args.silver:
        write_silver()
        print(f"wrote {SILVER}")
        return 0
    if args.report:
        report([r for f in args.report for r in json.loads(Path(f).read_text())])
        return 0
    if args.loso:
        groups = [FOLDS[i] for i in args.fold] if args.fold else FOLDS
        rows = loso(groups, args.width, cache_root=Path(args.cache) if args.cache else None,
                    config=json.loads(args.thresholds) if args.thresholds else None)
        if args.json:
            Path(args.json).write_text(json.dumps(rows, indent=1))
        return 0
    if args.check:
        meta = nt.ARTEFACT / "tagger.json"
        stored = json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}
        if stored.get("inputs") != inputs_digest() or stored.get("threshold") != THRESHOLD:
            print(f"{nt.ARTEFACT} is stale: run python scripts/train_name_tagger.py")
            return 1
        if args.rebuild:
            with tempfile.TemporaryDirectory() as tmp:
                save(train(SETS, quiet=True), Path(tmp) / "t")
                a = (Path(tmp) / "t" / "spancat_singlelabel" / "model").read_bytes()
                if a != (nt.ARTEFACT / "spancat_singlelabel" / "model").read_bytes():
                    print("retrained weights differ from the committed ones")
                    return 1
        print("artefact up to date")
        return 0
    out = Path(args.out) if args.out else nt.ARTEFACT
    pipe = train(SETS)
    save(pipe, out)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"wrote {out} ({size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
