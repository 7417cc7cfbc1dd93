"""Who is speaking: a claim's ``source_kind`` decided by the speaker of its clause first (README convention 4).

The sentence-cue reader (`nlp.claim_source`) reads cue words first: "measured", "tests", "harness", "re-ran" give
`independent` whoever says them. But a lab's newswire quote ("Ormidan AI, a Porto start-up, said on Monday its new
Pelliston 4 model answered 74.6%"), "In Ormidan's tests it answers 74.6%", "Ormidan measured Gemini 3 Pro at 90.7%" (a rival run
by the developer) are the developer's own word, and "Vantbrook Labs, an independent firm, re-ran it and measured 70.9%"
is a third party's. So this module finds the SPEAKER of the clause that holds the number first:

* a named organisation that speaks: "X said / says / reports / announced / measured / lists", with an apposition
  between ("X, a 120-person company spun out of …, said"), ", X said." after the figures, "according to X", "per X",
  "X's own figure / tests / run / blog / deck / slide / card", "In X's tests", "X's founder / CEO / chief scientist said";
  but not "X's Pelliston 4" (a possessive before a model names its maker, it does not speak);
* the developer called by a common noun: "the company said", "according to the statement of the company", "the
  company's figure", "the developer of X says", "X's makers sent over new figures", "their blog / release deck says".

Then whether that speaker made the model: the maker of any model of the passage (the knowledge base's developer, the
passage's "X's model", "by X", "X launched Y" read by `nlp.claim_source.passage_makers`, and "X said its new Y" read
here). The maker speaking gives `self-reported` (its rivals' figures too: README convention 4, "a competitor's figure
quoted in a developer's own announcement takes that announcement's cue"); a named organisation that made none of the
passage's models gives `independent`. No speaker: None, and the cue words decide as before (`nlp.claim_source`).
When the clause holding the number has no speaker, the sentence's speakers decide if they agree.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .claim_source import _INDEPENDENT, _SELF, cue_independent, cue_self  # the cue words a clause may carry of its own
from .numbers import any_finder, lowered
from .run_cues import same_maker
from .needed_words import literal_gated
from .quick_rejects import from_starts

# verbs an organisation speaks or reports with (not "scored", "got": those are the model's)
_SAY = (r"(?:said|says|say|reported|reports|report|claims?|claimed|announced|announces|stated|states|wrote|writes|noted|"
        r"notes|added|adds|told\s+[\w.]+|published|publishes|lists?|listed|puts?|measured|measures|ran|runs|re-?ran|"
        r"re-?runs|tested|tests|found|finds|recorded|records|gives|gave|shows?|showed|estimates?|estimated|counted|"
        r"sent\s+over|shared|disclosed|quotes?|quoted)")
# after an organisation: optional "(…)", an apposition between commas, a few adverbs, then the verb
_ORG_SAYS = re.compile(
    r"(?:\s*\([^()\n]{1,40}\))?(?:\s*,[^,;:.!?\n]{1,120},)?\s+(?:(?:also|later|itself|has|have|had|then|now|further|"
    r"separately|first|again|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+){0,3}" + _SAY + r"\b|"
    # "xAI rolled out Grok 4.1 to all users and says …": the same subject's second verb
    r"\s+(?:[^,;:.!?\n]|\.(?=\d)){1,60}?\s+and\s+(?:also\s+|now\s+)?(?:said|says|claims?|claimed|reports?|reported|announced|states?|"
    r"stated)\b",
    re.I)
# "Gemini 3 Pro, released a week earlier, reports 76.2%": a model reports what its makers say
_MODEL_REPORTS = re.compile(r"(?:\s*,[^,;:.!?\n]{1,60},)?\s+(?:also\s+)?(?:reports|claims|lists|says|states)\b", re.I)
# "X's own figure", "In X's tests", "X's release deck": what an organisation publishes or runs
_OWN_THINGS = (r"(?:figures?|numbers?|scores?|results?|tests?|testing|runs?|re-?runs?|measurements?|evaluations?|"
               r"harness|blog(?:\s+post)?|posts?|release(?:\s+(?:notes|deck|post|table|blog))?|deck|slides?|"
               r"(?:model\s+|system\s+)?cards?|announcement|press\s+(?:kit|release)|launch(?:\s+(?:post|table|deck|"
               r"event|chart))?|reports?|tables?|charts?|statement|data|benchmarks?|leaderboard|board|count)")
_ORG_OWN = re.compile(r"['’]s?\s+(?:own\s+|official\s+|internal\s+|published\s+|latest\s+|new\s+|latest\s+)?"
                      r"(?:[\w-]+\s+)?" + _OWN_THINGS + r"\b", re.I)
# what only a model's maker publishes: "X's card lists", "Larchwood's launch post claims", "X's release notes"
_PUBLISHED = re.compile(r"['’]s?\s+(?:own\s+|official\s+|new\s+|latest\s+)?(?:(?:model|system)\s+card|card|launch\s+"
                        r"(?:post|blog|deck|table|chart|materials?|event)|release\s+(?:notes|deck|post|blog|table)|"
                        r"press\s+(?:kit|release)|technical\s+report|tech\s+report)\b", re.I)
# "as published by each lab", "as reported by the vendors": the figures quoted from their makers
_QUOTING = re.compile(r"\b(?:as\s+)?(?:published|reported|stated|given|claimed|provided|supplied)\s+by\s+(?:each|the|its|"
                      r"their)\s+(?:own\s+)?(?:labs?|vendors?|developers?|makers?|compan(?:y|ies)|creators?)\b", re.I)
# first person: the page's own voice (the passage decides whose it is: nlp.claim_source)
_FIRST = re.compile(r"\b(?:we|our|us)\b|\b(?-i:I)\b|\bfor\s+me\b", re.I)
# "X's founder, …, said", "X's chief scientist says": a person on X's side
_ORG_PERSON = re.compile(r"['’]s?\s+(?:(?:co-?)?founder|ceo|cto|chief\s+[\w-]+(?:\s+officer)?|spokes(?:wo)?(?:man|person)|"
                         r"head\s+of\s+[\w-]+|president|director|vice\s+president|researchers?|engineers?|staff|"
                         r"(?:research\s+)?team|lead|product\s+manager)\b", re.I)
# before an organisation: "according to (the) X", "per X", "run by X", "in the tests of X"
_BEFORE_ORG = re.compile(r"\b(?:according\s+to|per|(?:re-?run|run|ran|measured|tested|evaluated|graded|verified|"
                         r"confirmed|reported|published|obtained)\s+by|in\s+the\s+(?:tests?|measurements?|"
                         r"evaluation|runs?)\s+of)\s+(?:the\s+)?$", re.I)
# the developer by a common noun, speaking or publishing
_MAKER_NOUN = r"(?:company|start-?up|firm|lab|developers?|makers?|vendor|manufacturer|creators?)"
_GENERIC_MAKER = literal_gated(re.compile(
    r"\b(?:the|this|its|their)\s+(?:(?:same|young|own)\s+)?" + _MAKER_NOUN + r"(?:['’]s?\s+(?:own\s+|official\s+|"
    r"internal\s+)?(?:[\w-]+\s+)?" + _OWN_THINGS + r"|\s+(?:(?:also|itself|then|later)\s+)?" + _SAY + r")\b|"
    r"\b(?:the\s+)?(?:statement|figures|numbers|tests?|measurements?|announcement|words)\s+of\s+the\s+" + _MAKER_NOUN +
    r"\b|\baccording\s+to\s+(?:the|its|their)\s+(?:own\s+)?" + _MAKER_NOUN + r"\b|"
    # "the developer of Velliscar 2 says", "Quillmere 2's makers posted fresh numbers"
    r"\b(?:developers?|makers?|creators?)\s+of\s+[^,;.]{1,40}?\s+" + _SAY + r"\b|['’]s?\s+(?:makers|developers|creators)\s+"
    r"(?:(?:also|then|later|have|had|has)\s+)?" + _SAY + r"\b|"
    # "their blog says", "its release deck puts", "their launch chart"
    r"\b(?:its|their)\s+(?:own\s+)?(?:official\s+)?(?:blog(?:\s+post)?|release\s+(?:deck|notes|post|table|blog)|"
    r"launch\s+(?:post|deck|table|chart|blog)|press\s+(?:kit|release)|(?:model\s+|system\s+)?card|deck|slides?|"
    r"announcement)\b|"
    # "(company figures: 92.5% …)", "the vendor numbers"
    r"\b(?:company|vendor|developer|official|maker)\s+(?:figures|numbers|scores|results|claims)\b",
    re.I))
# a third party by a common noun: a board, its maintainers, a benchmark's makers, examiners, a standards institute
_THIRD_NOUN = (r"(?:board|leaderboard|scoreboard|arena|maintainers|organi[sz]ers|benchmark['’]s\s+(?:makers|authors|"
               r"maintainers|creators)|benchmark\s+makers|examiners|graders|evaluators|(?:standards|testing|evaluation)\s+"
               r"(?:institute|body|centre|center|lab|agency))")
_GENERIC_THIRD = re.compile(
    r"\b(?:per|according\s+to|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?" + _THIRD_NOUN + r"\b|"
    r"\bthe\s+(?:(?:independent|public|official|same)\s+)?" + _THIRD_NOUN + r"(?:['’]s?\s+(?:own\s+|latest\s+)?"
    r"(?:table|figures?|numbers?|runs?|tests?|listing|page|results?)|\s+(?:(?:also|now|then)\s+)?(?:lists?|listed|"
    r"ranks?|ranked|shows?|showed|puts?|says|said|reports?|reported|measured|measures|gives|gave|places?|placed|"
    r"scored|graded|confirmed|verified))\b|"
    # "in the evaluation of Brno team", "in the tests of the Tartu researchers": a named group's own run
    r"\bthe\s+(?:evaluation|tests?|testing|measurements?|runs?|re-?runs?)\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w-]*\s+"
    r"(?:team|researchers|group|scientists)\b",
    re.I)
# an attribution after the figure: "…, per the board.", "…, Ormidan said.", "…, according to the company"
_POSTPOSED = re.compile(r",\s*(?:(?:per|according\s+to|as\s+(?:reported|published|stated|listed)\s+by)\s+(?:the\s+)?)?$",
                        re.I)
# what a sentence with a speaker holds (a quick reject): one of these words, lower-cased (one scan of the lower-cased
# sentence for them all, nlp.numbers.any_finder), or a match of _QUICK_REST
_QUICK_WORDS = ("board", "arena", "team", "researchers", "group", "scientists", "maintain", "organi", "examin", "grader",
                "evaluator", "institute", "said", "says", "report", "claim", "announc", "according", "stat", "wrote",
                "writes", "note", "add", "told", "publish", "list", "put", "measur", "ran", "runs", "test", "found",
                "finds", "record", "give", "gave", "show", "estimat", "count", "sent", "shar", "disclos", "quot")
_HAS_QUICK_WORD = any_finder(_QUICK_WORDS)
_QUICK_REST = re.compile(r"['’]s|per\b|by\b|of\s+the", re.I)
_QUICK = re.compile("|".join(_QUICK_WORDS) + "|" + _QUICK_REST.pattern, re.I)  # the two as one pattern


def _may_have_speaker(sentence: str) -> bool:
    """``_QUICK.search(sentence)``: a word of _QUICK_WORDS is in the lower-cased sentence exactly when re.I finds it
    there, unless the sentence has a letter re.I folds otherwise than str.lower() (nlp.numbers.lowered)."""
    low = lowered(sentence)
    if low is None:
        return _QUICK.search(sentence) is not None
    return _HAS_QUICK_WORD(low) or _QUICK_REST.search(sentence) is not None
# "X said on Monday its new Pelliston 4 model": the speaker made the model it calls "its"
_ITS_MODEL = re.compile(r"[^.;!?\n]{0,50}?\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "OpenAI said its reasoning system …": an organisation speaking of its own model is a maker
_ITS_OWN_MODEL = re.compile(r"\s+(?:that\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:model|system|ai|assistant|chatbot|llm|"
                            r"agent)s?\b", re.I)
_NUM = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?![\d.]?\d)")
_CUT = re.compile(r";|\s[—–]\s|,\s+(?:but|while|whereas|although|though)\s|\.\s|\s(?:but|while|whereas)\s")


def speakers_of(sentence: str, ents) -> list[tuple[int, str, str]]:
    """(offset, who, how) of the speakers of a sentence: `how` is "org" (a named organisation speaking: `who` is its
    canonical name), "maker" (the developer by a common noun, or what only a maker publishes: "X's model card"),
    "quote" ("as published by each lab") or "first" (we / our / I: the page's own voice)."""
    if not _may_have_speaker(sentence):
        return []
    out = []
    model_starts = {s for s, _, label, _, _ in ents if label == "MODEL"}
    for s, e, label, canon, _ in ents:
        if label != "ORG":
            continue
        if _PUBLISHED.match(sentence, e):
            out.append((s, canon, "maker"))
        elif _ORG_OWN.match(sentence, e):
            if not any(e < ms <= e + 4 for ms in model_starts):  # "X's Pelliston 4": X made it, X does not speak
                out.append((s, canon, "org"))
        elif (m := _ORG_SAYS.match(sentence, e)) is not None:
            out.append((s, canon, "maker" if _ITS_OWN_MODEL.match(sentence, m.end()) else "org"))
        elif _ORG_PERSON.match(sentence, e) or _BEFORE_ORG.search(sentence, max(0, s - 40), s):
            out.append((s, canon, "org"))
    for s, e, label, canon, _ in ents:
        if label == "MODEL" and _MODEL_REPORTS.match(sentence, e):
            out.append((s, "", "maker"))
    for m in _GENERIC_MAKER.finditer(sentence):
        out.append((m.start(), "", "maker"))
    for m in _GENERIC_THIRD.finditer(sentence):
        out.append((m.start(), "", "third"))
    for m in _QUOTING.finditer(sentence):
        out.append((m.start(), "", "quote"))
    if out:
        for m in _FIRST.finditer(sentence):
            out.append((m.start(), "", "first"))
    return sorted(out)


def said_makers(sentence: str, ents) -> dict[str, str]:
    """{model: organisation} from "X (, …,) said (on Monday) its new Y": the speaker made the model it calls its own."""
    out: dict[str, str] = {}
    models = [(s, canon) for s, _, label, canon, _ in ents if label == "MODEL"]
    if not models or ("its" not in sentence and "their" not in sentence):
        return out
    for s, e, label, canon, _ in ents:
        if label != "ORG":
            continue
        m = _ORG_SAYS.match(sentence, e)
        if not m:
            continue
        for ms, mc in models:
            if m.end() <= ms <= m.end() + 60 and _ITS_MODEL.fullmatch(sentence, m.end(), ms):
                out.setdefault(mc, canon)
                break
    return out


_STEM = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=1024)  # (the same model names, asked again per sentence)
def _stem(name: str) -> str | None:
    """The lower-cased letters that open `name` (three or more), or None."""
    st = _STEM.match(name)
    return st.group().lower() if st else None


def family_makers(made: dict[str, str], models) -> dict[str, str]:
    """`made` ({model: maker}) with the models of the same family ("Pelliston 3.5", "Pelliston 2" beside Ormidan's "Pelliston 4"):
    a model whose first word's letters are a made model's, when that family has one maker."""
    fam: dict[str, set] = {}
    for m, org in made.items():
        st = _stem(m)
        if st:
            fam.setdefault(st, set()).add(org)
    out = dict(made)
    for m in models:
        if m not in out and (st := _stem(m)) and len(fam.get(st, ())) == 1:
            out[m] = next(iter(fam[st]))
    return out


def _number_at(sentence: str, score: float) -> tuple[int, int] | None:
    for m in _NUM.finditer(sentence):
        try:
            if abs(float(m.group().replace(",", "")) - score) < 1e-9:
                return m.span()
        except ValueError:
            continue
    return None


def _named_after(who: str, models) -> bool:
    """A lab whose name starts a model's: "Mosswood" and "Mosswood-Legal 2", "Qwen team" and "Qwen3-Coder"."""
    stem = who.split()[0].lower() if who.split() else ""
    return len(stem) >= 3 and any(m.lower().startswith(stem) for m in models)


def _kind(who: str, how: str, makers: set, models, model_maker: str | None) -> str:
    """What a speaker makes of a claim: "self-reported", "independent" or "?" (cannot tell)."""
    if how in ("maker", "quote"):
        return "self-reported"
    if how == "third":
        return "independent"
    if how == "first":
        return "?"
    if any(same_maker(who, mk) for mk in makers) or _named_after(who, models):
        return "self-reported"
    return "independent" if model_maker else "?"  # a lab whose models nobody names may be the model's own


def speaker_kind(sentence: str, ents, score: float, makers: set, models=(), model_maker: str | None = None,
                 speakers=None) -> str | None:
    """source_kind from who speaks in the clause holding `score`: `ents` (start, end, label, canonical, org) with
    offsets in `sentence`; `makers`: the organisations that made a model of the passage; `models`: the passage's
    model names; `model_maker`: the claim's model's maker when known. When the number's clause has no speaker and
    no cue words of its own (`nlp.claim_source`), the sentence's speakers decide if they agree. None when nobody
    speaks or the speakers disagree."""
    sp = speakers_of(sentence, ents) if speakers is None else speakers  # `speakers`: the sentence's, when known
    if not sp:
        return None
    span = _number_at(sentence, score)
    if span is not None:
        at, to = span
        lo = max((m.end() for m in _CUT.finditer(sentence, 0, at)), default=0)
        nxt = _CUT.search(sentence, at)
        hi = nxt.start() if nxt else len(sentence)
        mine = [(s, _kind(who, how, makers, models, model_maker), how) for s, who, how in sp if lo <= s < hi]
        if any(how == "quote" for _, _, how in mine):
            return "self-reported"
        kinds = {k for _, k, _ in mine}
        if len(kinds) == 1:
            k = kinds.pop()
            return None if k == "?" else k
        if mine:  # they disagree: an attribution right after the figure ("…, per the board"), else the nearest before it
            after = [k for s, k, _ in mine if s > at and not _NUM.search(sentence, to, s) and
                     _POSTPOSED.search(sentence, max(0, s - 30), s)]
            if after and after[0] != "?":
                return after[0]
            before = [k for s, k, _ in mine if s < at]
            return before[-1] if before and before[-1] != "?" else None
        if _INDEPENDENT.search(sentence, lo, hi) or _SELF.search(sentence, lo, hi) or _FIRST.search(sentence, lo, hi):
            return None  # the clause's own cue words decide (nlp.claim_source)
    kinds = {_kind(who, how, makers, models, model_maker) for _, who, how in sp}
    k = kinds.pop() if len(kinds) == 1 else None
    if k == "self-reported" and cue_independent(sentence) or k == "independent" and cue_self(sentence):
        return None  # another clause's speaker against the sentence's cue words: they decide (nlp.claim_source)
    return None if k == "?" else k


# --------------------------------------------------------------------------- the page's own voice
# Who wrote the page, from its title and first paragraph: a third party that tests others' models ("Researchers at a
# Brno university today released Frettle-Eval … with the first results on it", "Prepared by the Working Group on AI
# Measurement, national standards institute", "What the paper does: introduces Frettle-Eval") speaks for every claim
# of the page that has no speaker or cue of its own: `independent` (README convention 4: researchers, an eval org, the
# benchmark's organisers). Not when the page releases a model (a paper's own model, a lab's launch: self-reported).
_THIRD = (r"(?:researchers|scientists|academics|working\s+group|(?:standards|research|evaluation|measurement|testing)\s+"
          r"(?:institute|body|centre|center|agency|group|unit|lab|laboratory)|national\s+(?:standards\s+)?institute|"
          r"universit(?:y|ies)|faculty|examination\s+board|exam\s+board|the\s+(?:paper|authors|study)|paper\s+digest)")
_THIRD_ACT = from_starts(re.compile(
    r"\b" + _THIRD + r"\b(?P<act>[^.\n]{0,120}?\b(?:released|releases|tested|tests|evaluated|evaluates|measured|measures|"
    r"compared|compares|introduces|introduced|published|publishes|ran|benchmarked|graded|scored)\b)|"
    r"\b(?:prepared|published|issued|compiled)\s+by\s+(?:the\s+)?[^.\n]{0,80}?" + _THIRD + r"\b",
    re.I))
# a model released on the page: "unveiled Dalbit-4", "today introduce Lunmore-3", "launches its new X"
_RELEASES = re.compile(r"\b(?:unveil|launch|introduc|announc|releas|present|debut|open-?sourc|ship)\w*\s+(?:[\w-]+\s+){0,4}$",
                       re.I)
# what a page releasing a model says of it: "we release", "our model", "we train", "the model we"
_OWN_MODEL = re.compile(r"\b(?:we|our)\s+(?:(?:also|today|now|first)\s+)?(?:release|releasing|train|trained|build|built|"
                        r"introduce|introducing|present|propose|new\s+model|model)\b|\bour\s+(?:[\w-]+\s+){0,2}model\b",
                        re.I)
_INTRO_REACH = 900
_THIRD_WORDS = ("research", "scientist", "academ", "group", "institute", "universit", "facult", "board", "paper", "authors",
                "study", "centre", "center", "agency", "lab")


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _intro_end(text: str) -> int:
    """The end of the title and the first paragraph of body text (bounded)."""
    paras = [m.end() for m in _PARAGRAPH_BREAK.finditer(text[:_INTRO_REACH * 2])]
    end = paras[2] if len(paras) > 2 else len(text)
    return min(end, _INTRO_REACH)


def page_voice(text: str, rows) -> str | None:
    """"independent" when the page's title and first paragraph say a third party tested, released a benchmark or
    prepared the report (see above) and no model is released by the page; else None. `rows`: (start, end, label,
    canonical, org) in text order."""
    end = _intro_end(text)
    low = text[:end].lower()
    if not any(w in low for w in _THIRD_WORDS):
        return None
    m = _THIRD_ACT.search(text, 0, end)
    if m is None or _OWN_MODEL.search(text, 0, end):
        return None
    if any(r[2] == "MODEL" and r[0] < end and _RELEASES.search(text, max(0, r[0] - 50), r[0]) for r in rows):
        return None  # the page releases a model: its maker speaks (nlp.claim_source reads that voice)
    if m.group("act") is not None:  # "researchers … released Frettle-Eval": what they act on is not a model of their own
        a = m.start("act")
        after = [r for r in rows if a <= r[0] < m.end() + 40]
        if after and after[0][2] == "MODEL" and not re.search(r"\b(?:tested|evaluated|compared|measured|ran|graded|"
                                                             r"scored|benchmarked)\b", m.group("act"), re.I):
            return None  # "researchers released Tamarisk-8B": a model of their own
    return "independent"


# --------------------------------------------------------------------------- a company's people in a transcript
# "CHIEF SCIENTIST: Yes, our harness …", "CEO: We measured it at 53.1%": a turn labelled with an executive's role is the
# company speaking (a press conference, an earnings call), as `nlp.run_cues.speaker_turns` reads a named speaker tied to
# a developer. An interviewer's, a reporter's or an analyst's turn is not.
_ROLE_TURN = re.compile(
    r"(?m)^[ \t*_>]*(?:[A-Z][\w.'’-]*\s+){0,3}?(?:CEO|CTO|COO|CFO|CSO|(?i:chief\s+[\w-]+(?:\s+officer)?|(?:co-?)?founder|"
    r"president|spokes(?:wo)?(?:man|person)|head\s+of\s+[\w-]+|vice\s+president(?:\s+of\s+[\w-]+)?|vp(?:\s+of)?\s+[\w-]+|"
    r"product\s+lead|research\s+lead|chief))[ \t]*(?:\([^()\n]{1,80}\))?[*_]*[ \t]*:(?=[ \t]+\S)")
_ANY_TURN = re.compile(r"(?m)^[ \t*_>]*[A-Z][A-Za-z .'’-]{0,40}?[ \t]*(?:\([^()\n]{1,100}\))?[*_]*[ \t]*:(?=[ \t]+\S)")


def role_turns(text: str) -> list[tuple[int, int]]:
    """(start, end) of the turns of a transcript whose label is a company executive's role (see above)."""
    if ":" not in text:
        return []
    roles = list(_ROLE_TURN.finditer(text))
    if not roles:
        return []
    starts = [m.start() for m in _ANY_TURN.finditer(text)]
    if len(starts) < 2:
        return []
    out = []
    for m in roles:
        nxt = next((s for s in starts if s > m.start()), len(text))
        out.append((m.start(), nxt))
    return out


# --------------------------------------------------------------------------- a release by "the company"
# "PRAGUE (press release, translated) — The company from Prague today introduce Lunmore-3": a translated or plain
# release naming its maker by a common noun is the developer's own voice (its "we tested", "our measurement"), as a
# lab named before the release verb is for `nlp.source_scope.release_voice`.
_COMPANY_RELEASES = re.compile(
    r"\b(?:the|our)\s+(?:company|start-?up|lab|firm|developer|team)\b[^.\n]{0,40}?\b(?:today\s+|now\s+|officially\s+)?"
    r"(?:introduc|launch|releas|unveil|present|announc|debut)\w*\s+(?:(?:its|their|the|a|an|new|our)\s+){0,2}"
    r"(?:[\w-]+\s+){0,2}$", re.I)
# "Benchmarks as published by each model's developer." at the top of a page: every figure is the makers' own
_PAGE_QUOTING = re.compile(r"\b(?:as\s+)?(?:published|reported|stated|given|claimed|provided|supplied)\s+by\s+(?:each|the|"
                           r"every)\s+(?:model['’]s\s+|vendor['’]s\s+)?(?:own\s+)?(?:labs?|vendors?|developers?|makers?|"
                           r"compan(?:y|ies)|creators?|providers?)\b", re.I)


def company_release(text: str, rows) -> bool:
    """Whether the page's intro releases a model whose maker it names by a common noun (see above)."""
    end = _intro_end(text)
    return any(r[2] == "MODEL" and r[0] < end and _COMPANY_RELEASES.search(text, max(0, r[0] - 90), r[0]) for r in rows)


def page_quotes_makers(text: str) -> bool:
    """Whether the page's intro says its figures are as each developer published them (see above)."""
    end = _intro_end(text)
    return " by " in text[:end] and _PAGE_QUOTING.search(text, 0, end) is not None
