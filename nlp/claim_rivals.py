"""Which claims are a competitor's score cited for comparison (claims convention 3), from the passage's subject.

A passage about one model — a launch ("Mbegu Labs launches Mvule-2"), a model card or technical report
("Table 3 of the Garoa-1.5 technical report"), the authors' own model ("Our model, Prism-32B"), a follow-up
that re-tests it ("… group re-tests Dalbit-4") — cites every other model's score for comparison: rivals in
its tables, lists and prose, and the previous version ("Its predecessor, Mvule-1, scored 49.3"). Variants
of the subject released with it ("Föhn-2 Kompakt" beside "Föhn-2", "Rook-3 Swift" beside "Rook-3") are not
rivals. A newsletter of several items has no one subject. Two more cues need no subject: a sentence that
opens "For comparison," / "In comparison," / "For reference," cites its numbers for comparison, and in a
before/after written with an arrow ("69.8 → 78.4", "76.8 → 78.0" for a previous revision) the number before
the arrow is the before.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import islice

from .claim_source import _GAP, _ORG_THEN_MODEL
from .rival_blocks import block_groups, mark_layout_rivals, stated_siblings
from .sentence_rivals import mark_sentence_rivals
from .needed_words import literal_gated
from .string_memo import searcher

_PARA = re.compile(r"\n[ \t]*\n")
_BLOCK_START = re.compile(r"(?:^|\n[ \t]*\n)\s*\S")
_HEAD_MAX = 160  # characters: a headline, not a paragraph
_RIVAL_CUT = literal_gated(re.compile(  # (searched only where one of its words is: nlp.needed_words)
    r"\b(?:since|than|vs\.?|versus|over|against|from|beats?|compared|after|replaces?|and\s+rivals)\b", re.I))
_OUR_MODEL = re.compile(r"\b[Oo]ur\s+(?:new\s+|latest\s+|own\s+)?(?:[\w-]+\s+){0,2}?model,?\s+$")
# items of a digest: "1) …", "2. …", "**1. …", "Second: …", "Opening item: …"
_ITEM = re.compile(r"(?m)^[ \t*#>-]*(?:\d{1,2}[.)][ \t]+(?:\*\*)?[A-Z]|(?:First|Second|Third|Fourth|Fifth|Next|Finally|"
                   r"Opening item|Also|Elsewhere|Meanwhile)\b\s*[:,—–-])")
_LEAD = re.compile(r"[ \t]*(?:[-*•>][ \t]*)?🆚|\W*(?:(?:and|but|also|so)\s+)?(?:(?:in|for|by)\s+(?:\w+\s+)?comparison|"
                   r"for\s+reference|for\s+(?:context|scale|perspective)|compared\s+with\s+(?:that|this|these|those))\b", re.I)
# "On the same harness Y reaches N", "Z came in at 55.4 in the same run": the scores of another model measured
# beside the ones just given (a comparison with them, from the same source)
SAME_RUN = re.compile(r"\W*(?:(?:on|in|with|under|using|from|for)\s+the\s+same\s+(?:[\w-]+\s+)?(?:harness|run|runs|test|"
                      r"tests|setup|settings|conditions|evaluation|suite|slide|chart|table|board)\b|(?:the\s+)?same\s+"
                      r"(?:harness|run|setup|settings|conditions)\b)", re.I)
_SAME_ANYWHERE = literal_gated(re.compile(  # (searched only in a sentence holding "same": nlp.needed_words)
    r"\b(?:in|on|with|under|from)\s+the\s+same\s+(?:harness|run|runs|test|setup|settings|conditions|evaluation|suite|"
    r"slide|chart)\b", re.I))
# "for comparison" later in a sentence (not "for comparison with X", which names the other side)
_CMP_LATE = re.compile(r"\b(?:for|by\s+way\s+of|as\s+a)\s+(?:comparison|reference|baseline|context|scale)\b(?!\s*(?:with|to|against)\b)",
                       re.I)
_cmp_late = searcher(__name__, "_CMP_LATE")  # (a sentence, asked once per claim of it and again: nlp.string_memo)
_NUM = r"\d+(?:[.,]\d+)?"
_ARROW = re.compile(rf"(?<![\w.])(?P<n>{_NUM})\s*%?\s*(?:→|->|⟶|⇒|=>)\s*\$?{_NUM}")


def _first_sentence(line: str) -> str:
    m = re.search(r"[.!?](?:\s|$)", line)
    return line[:m.start()] if m else line


# a headline about one model's launch, card or report, or a re-test of it
_SUBJECT_HEAD = re.compile(r"\b(?:launch|releas|ship|present|unveil|introduc|announc|debut|open[- ]?sourc|roll)\w*|"
                           r"\b(?:model\s+card|technical\s+report|tech\s+report|system\s+card|release\s+notes|"
                           r"press\s+(?:release|information)|re-?tests?|outside\s+tests|independent\s+tests)\b|"
                           # "X is out", "X is here", "X is now live": a launch said plainly
                           r"\b(?:is|are)\s+(?:now\s+)?(?:out|here|live|available)\b|\bnow\s+available\b", re.I)


_MODEL_DOC = re.compile(r"([\w.-]+)(?:['’]s)?\s+(?:model\s+card|technical\s+report|tech\s+report|system\s+card|"
                        r"release\s+notes|launch\s+(?:post|table))\b", re.I)


def subjects(text: str, ents) -> set[str]:
    """The models the passage is about (canonical names), empty when it is a digest of several items or
    names none: the models of its headline (the first line of its first two blocks that names one, up to
    a word bringing in a rival), the model "our model, X" names, or the model a lab releases in its first
    paragraph. `ents`: (start, end, label, canonical) in text order."""
    if len(_ITEM.findall(text)) >= 2:
        return set()
    models = [x for x in ents if x[2] == "MODEL"]
    if not models:
        return set()
    out: set[str] = set()
    # a block that is only an edition's or a translation's note ("(English edition of a Seoul IT daily)") is no part
    # of the headline or the intro: the story's first paragraph is the one after it
    blocks = [m.start() for m in islice(_BLOCK_START.finditer(text), 5) if not _EDITION_NOTE.match(text, m.end() - 1)][:3]
    ends = blocks[1:] + [len(text)]
    for at in blocks[:2]:
        end = text.find("\n", at + 1)
        end = len(text) if end < 0 else end
        line = text[at:end]
        head = line.strip()
        if len(head) > _HEAD_MAX or head.endswith("."):  # a title, not the story's first sentence
            head = _first_sentence(head)
            doc = _MODEL_DOC.search(head)
            start = at + line.find(head[:10]) if head else at
            if doc is None or len(head) > _HEAD_MAX or not any(
                    x[1] == start + doc.start() + len(doc.group(1)) for x in models):
                continue  # "Table 3 of the Garoa-1.5 technical report. …" still names its subject
            head = head[:doc.end()]
        start = at + line.find(head[:10]) if head else at
        cut = _RIVAL_CUT.search(text, start, start + len(head))
        if cut is not None and cut.start() == start:  # "From the model card: X results": no rival brought in
            cut = _RIVAL_CUT.search(text, cut.end(), start + len(head))
        stop = cut.start() if cut else start + len(head)
        found = {x[3] for x in models if start <= x[0] and x[1] <= stop}
        if found:
            if _SUBJECT_HEAD.search(head) or _TOPS.search(head) or _only_model(text, head, start, models):
                out |= found
            elif len(found) == 1 and len(blocks) > 1 and at == blocks[0] and _leads_board(text, blocks[1], found, models):
                out |= found  # a headline in another language over "X … stands on the first place of the board"
            break
    intro_end = ends[1] if len(ends) > 1 else len(text)
    made = next((x[3] for x in models if x[0] < intro_end and (_WE_MAKE.search(text, max(0, x[0] - 30), x[0]) or
                                                                _WE_RELEASE_IT.search(text, max(0, x[0] - 70), x[0]))),
                None)
    if made:  # "We train Ostrya-2 Think, an 8B reasoning model, and compare it with …": a paper's own model
        out.add(made)
    ours = next((x[3] for x in models if _OUR_MODEL.search(text, max(0, x[0] - 40), x[0])), None)
    if ours:  # "Our model, Prism-32B (…), gets 47.5%": the authors' own model
        out.add(ours)
    if not out:  # "Feldberg KI presents today its new language model generation Föhn-2" (and its variants only)
        intro = [x for x in ents if x[0] < intro_end]
        released = {b[3] for a, b in zip(intro, intro[1:]) if a[2] == "ORG" and b[2] == "MODEL" and b[0] - a[1] <= _GAP
                    and not _POSSESSIVE.match(text, a[1]) and _ORG_THEN_MODEL.match(text[a[1]:b[0]])}
        if len(released) == 1 and all(any(variant(x[3], r) for r in released) for x in intro if x[2] == "MODEL"):
            out |= released
    return out


_EDITION_NOTE = re.compile(r"[ \t*_]*(?:\([^()\n]{0,120}\)|\[[^\[\]\n]{0,120}\])[ \t*_]*(?:\n[ \t]*\n|\s*$)|[ \t*_]*(?:english|"
                           r"translated|translation|machine[- ]translated)\b[^\n]{0,100}(?:\n[ \t]*\n|\s*$)", re.I)
# a headline or a lead sentence about one model topping a board ("X tops the board", "X takes first place")
_TOPS = re.compile(r"\b(?:tops|topped|leads|takes\s+(?:the\s+)?(?:top|first|lead|crown)|took\s+(?:the\s+)?(?:top|first|lead)|"
                   r"wins|(?:on|in|to|at|takes?|took|holds?|held|claims?|claimed|reaches|reached)\s+(?:the\s+)?(?:first\s+place|"
                   r"top\s+(?:spot|place|position)|number\s+one|No\.\s*1|#1|pole\s+position))\b", re.I)


def _leads_board(text: str, at: int, found: set, models) -> bool:
    """Whether the first sentence of the block at `at` says the one model a headline names is first on a board."""
    at = len(text) - len(text[at:].lstrip())
    end = text.find("\n\n", at)
    end = len(text) if end < 0 else end
    first = _first_sentence(text[at:end])
    named = {x[3] for x in models if at <= x[0] < at + len(first)}
    return bool(named) and named <= found and _TOPS.search(first) is not None


_POSSESSIVE = re.compile(r"['’]s\b")
_WE_MAKE = re.compile(r"\bwe\s+(?:(?:also|first|then|now)\s+)?(?:train|pre-?train|fine-?tune|build|develop|distil+)\s+$",
                      re.I)
# "Today we are releasing Khamsin-2 Pro, our strongest coding model": the lab's own release, first person
_WE_RELEASE_IT = re.compile(r"\bwe(?:['’]re|\s+are|\s+have|['’]ve)?\s+(?:(?:today|now|proudly|officially|finally|excited\s+to|"
                            r"happy\s+to|pleased\s+to|proud\s+to)\s+){0,3}(?:releas|launch|introduc|unveil|present|"
                            r"open[- ]?sourc|ship)\w*\s+(?:(?:the|our|a|an|new|newest|latest)\s+){0,2}$", re.I)
_TABLE_LINE = re.compile(r"\t|[ \t]\|[ \t]|[ \t]/[ \t]|\S {2,}\S|&")


def _table_block(text: str, at: int) -> bool:
    """Whether the block (run of non-blank lines) around `at` is a table of three or more lines, two of them
    split into cells (tabs, pipes, slashes, runs of spaces, LaTeX `&`)."""
    a = text.rfind("\n\n", 0, at)
    z = text.find("\n\n", at)
    lines = [x for x in text[0 if a < 0 else a:len(text) if z < 0 else z].split("\n") if x.strip()]
    return len(lines) >= 3 and sum(1 for x in lines if _TABLE_LINE.search(x)) >= 2



def _only_model(text: str, head: str, start: int, models) -> bool:
    """Whether a heading is one model's name and nothing else ("# petrel-mini-8b" over a model card's page)."""
    if not head.startswith("#"):
        return False
    core = head.strip(" \t#*_")
    if not core or not any(text[x[0]:x[1]] == core for x in models if start <= x[0] < start + len(head)):
        return False
    # the page's one model heading: not the first of several model-headed blocks (a digest)
    alone = 0
    for x in models:
        a = text.rfind("\n", 0, x[0]) + 1
        z = text.find("\n", x[1])
        if text[a:len(text) if z < 0 else z].strip(" \t#*_:") == text[x[0]:x[1]]:
            alone += 1
    return alone == 1


_TIER = re.compile(r"[\s-]+(?:pro|flash|mini|lite|light|max|nano|air|ultra|plus|turbo|small|medium|large|base|instruct|"
                   r"chat|it|thinking|reasoner|reasoning|preview|\d+(?:\.\d+)?[bmk](?:-a\d+(?:\.\d+)?b)?)\b", re.I)


def _stem(model: str) -> str:
    """A model's name without tier and size words: "Corvid 2 Flash", "EXAONE 4.0 1.2B" → "Corvid 2", "EXAONE 4.0"."""
    return _TIER.sub("", model).lower()


def variant(model: str, subject: str) -> bool:
    """`model` is `subject`, a variant of it ("Föhn-2 Kompakt", "Hinoki-2-32B" for "Hinoki-2") or a sibling
    of the same family and version ("Corvid 2 Flash" beside "Corvid 2 Pro")."""
    return model == subject or (len(model) > len(subject) + 1 and model.startswith(subject) and
                                model[len(subject)] in " -") or _stem(model) == _stem(subject)


def mark_comparisons(text: str, claims: list[dict], ents) -> None:
    """Set `is_comparison` on the claims a subject's passage cites for comparison, on those of a sentence
    opening "For comparison", and on the before of an arrow (see the module docstring). `claims` carry
    their sentence's `start`/`end` and text (`sentence`)."""
    if not claims:
        return
    subs = subjects(text, ents)
    paras = [m.start() for m in _PARA.finditer(text)]
    if subs:  # the rivals in a paragraph (a table, a list) that also gives a subject's own score
        # a run of model-headed blocks is one chart (nlp.rival_blocks)
        groups = block_groups(text, paras, [(x[0], x[1], x[3]) for x in ents if x[2] == "MODEL"])

        def para(c):
            k = bisect_right(paras, c["start"])
            return groups.get(k, k)

        own = {para(c) for c in claims if any(variant(c["model"], s) for s in subs)}
        models_of: dict = {}
        for c in claims:
            models_of.setdefault(para(c), set()).add(c["model"])
        for c in claims:
            if c.get("is_comparison") or any(variant(c["model"], s) for s in subs):
                continue
            k = para(c)
            if k in own or (len(models_of[k]) >= 2 and _table_block(text, c["start"])):
                # a table of the subject's passage whose subject column was not read ("青鸾3" over Qingluan-3's
                # figures): its other models are still the rivals the launch compares itself with
                c["is_comparison"] = True
    mark_layout_rivals(text, claims, ents, paras, subs, variant)  # reference blocks, the previous generation
    if subs or any(c.get("is_comparison") for c in claims):
        sibs = stated_siblings(text, [(x[0], x[1], x[3]) for x in ents if x[2] == "MODEL"])
        for c in claims:  # "X is the distilled sibling": the subject's own line-up (nlp.rival_blocks)
            if c["model"] in sibs and c.get("is_comparison") and not _LEAD.match(c.get("sentence", "")):
                c["is_comparison"] = False
    mark_sentence_rivals(claims, variant)  # "… 72.5%, against 69.0% for X and 70.2% for Y" (nlp.sentence_rivals)
    seen: dict[str, set] = {}  # benchmarks with a score stated before the sentence at hand: their models
    before: dict[str, set] = {}  # the same, from sentences before the one at hand
    # the models the passage scores outside its "for comparison" sentences, and the first model of each sentence
    scored = {x["model"] for x in claims if not _cmp_late(x.get("sentence", ""))}
    first_model: dict[int, str] = {}
    for x in claims:
        first_model.setdefault(x["start"], x["model"])
    at = None
    for i, c in enumerate(claims):
        said = c.get("sentence", "")
        if c["start"] != at:
            at = c["start"]
            before = {b: set(ms) for b, ms in seen.items()}
        if c.get("is_comparison") or c.get("unit") in ("rank", "medal"):
            pass
        elif _LEAD.match(said) and c["benchmark"] in seen and not any(variant(c["model"], s) for s in subs):
            c["is_comparison"] = True  # "For comparison the paper lists X at 84.7": against the scores above
        elif _cmp_late(said) and not _LEAD.match(said) and c["model"] not in scored and not any(
                variant(c["model"], s) for s in subs) and any(x["model"] != c["model"] for x in claims) and (
                first_model[c["start"]] != c["model"] or len(
                    {x["model"] for x in claims if x["start"] == c["start"]}) == 1):
            # "DeepSeek lists GPT-5 at 94.6% on AIME 2025 for comparison", "We also re-ran X for comparison; it gets N";
            # in a sentence of several models, not its first ("X gets 80, with Y at 70 for comparison")
            # "DeepSeek lists GPT-5 at 94.6% on AIME 2025 for comparison", "We also re-ran X for comparison; it gets N"
            c["is_comparison"] = True
        elif c["benchmark"] in before and (SAME_RUN.match(said) or (_SAME_ANYWHERE.search(said) and any(
                x["start"] == c["start"] and x["model"] != c["model"] for x in claims[:i]))) and not any(
                variant(c["model"], s) for s in subs) and not any(variant(c["model"], m) for m in before[c["benchmark"]]):
            # "On the same harness Y reaches N", "… and lists Y at N in the same chart": another model beside the
            # ones an earlier sentence scored on that benchmark
            c["is_comparison"] = True
        elif "→" in said or ">" in said:
            after = _after_arrow(said, c["score"])
            if after is not None:
                other = next((x for x in claims if x["start"] == c["start"] and x["benchmark"] == c["benchmark"] and
                              x["score"] == after), None)
                if other is not None and (other["model"] != c["model"] or _REVISION.search(
                        text, max(0, c["start"] - 300), c["end"])):
                    c["is_comparison"] = True
        if not _LEAD.match(said):
            models = seen.setdefault(c["benchmark"], set())
            if not c.get("is_comparison"):
                models.add(c["model"])


# a before/after of one model is a comparison in revision notes ("previous revision → new revision"), not a rerun
_REVISION = re.compile(r"\b(?:revision|version|checkpoint|release|previous|old|older)\b", re.I)


def _after_arrow(said: str, score: float) -> float | None:
    """The number an arrow in `said` leads to from `score` ("69.8 → 78.4" gives 78.4 for 69.8), None when
    `score` is no arrow's start or is also an arrow's end."""
    pairs, right = {}, set()
    for m in _ARROW.finditer(said):
        tail = re.match(rf"\s*%?\s*(?:→|->|⟶|⇒|=>)\s*\$?({_NUM})", said[m.end("n"):])
        if tail:
            r = float(tail.group(1).replace(",", ""))
            pairs.setdefault(float(m.group("n").replace(",", "")), r)
            right.add(r)
    return pairs.get(score) if score not in right else None
