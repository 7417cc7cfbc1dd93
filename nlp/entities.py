"""``modelwire_entities``: MODEL / ORG / BENCHMARK spans with canonical names.

How a passage is read (all compiled regexes and dict look-ups, no per-token Python rules):

1. **Gazetteer.** The text is cut into pieces (letter runs, number runs, ``+``); from each word start the
   longest run of pieces joined by harmless gaps (space, hyphen, apostrophe, line break) whose
   :func:`nlp.canonical.key` is a KB alias wins. Spelling variants (``Qwen 2.5-Max`` / ``qwen2.5max``,
   U+2011 hyphens, curly apostrophes, slugs) share one key. Stop phrases (Claude Code, DSA, H100)
   are aliases too and swallow their text.
2. **Version grammars.** Each model family with a ``grammar`` gets a regex (prefix + version +
   suffixes/sizes/dates), so unseen versions (``DeepSeek-V4``, ``Gemini 4 Flash``) are found and
   named in the family's style; ``known`` tells whether the KB lists that version.
3. **Form.** Unknown names shaped like models (``Orin-70B-Instruct``, ``Nimbus-13B-Chat``) are MODEL
   with ``known=False``.
4. **Clipped forms** (``R1``, ``V3.2-Exp``, ``K2``, ``4o``, ``Maverick``, ``Opus``) count only when the
   family or its developer is mentioned in the same document, and expand to the full name.
5. **New names from cues** (:mod:`nlp.unknown`, :mod:`nlp.unknown_orgs`): models, benchmarks and labs
   no list knows, read from their shape and the words around them, with ``known=False``; an unknown member
   of a list whose known members agree takes their label (:mod:`nlp.siblings`); a capitalised word before
   ``Arena``/``Board``/``Index``/``Leaderboard`` names its own board, not the KB's bare ``Arena`` (:mod:`nlp.board_names`).
6. **Context.** Ambiguous words (Apple, Meta, Gemini, Claude, Phi, Falcon, Arena, ...) must be
   capitalised, must not look like a person or a quoted word, and need AI vocabulary or an
   unambiguous KB entity in the sentence (or the family/developer elsewhere in the document).
7. **The document's own names** (:mod:`nlp.doc_names`): a new name found once is that name at its other
   mentions (a heading in capitals, a lower-case id, other separators) and its short forms (the family word,
   the version alone, a lab without "Capital", its acronym), a tier alone ("the new Pro model", "runs Flash")
   is the model the document names in full with it, and each new name gets one canonical.
8. **Plain words** (:mod:`nlp.word_uses`): a guess that names a river, a yacht, a word or a language ("the Skarv
   field", "'Tala' is the Tagalog word for star") is dropped; one-word labs and models from syntax ("X closed a $5M
   round", "Y, X's flagship") come from :mod:`nlp.name_syntax`.

Overlaps resolve leftmost-longest; the result goes to ``doc.ents`` and the ``Span._`` extensions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from .canonical import HYPHENS, clean, format_benchmark, key
from .doc_names import _squash, acronyms, api_ids, remembered, spread, tails, tiers_alone, unify
from .demonyms import COUNTRIES, DEMONYMS, PLACE_ADJECTIVES
from .kb import KB, Entry, load_kb
from .lab_form_words import LAB_FORM_ALT
from . import config_directives, maker_brackets
from . import markup
from .licence_words import licence_name, names_licence
from . import org_bounds
from .numbers import doc_text
from . import (business_lists, case_forms, changelog_names, heading_words, press_launch, score_frames, span_edges,
               cjk_names, native_aliases, script_heads, regional_units, bench_uses, board_names, chat_forms, defined_names, model_lists, name_forms, glossary_names, legal_forms, name_bases, native_bodies, native_names, name_edges, name_tiers,
               name_roles, name_tagger, name_typos,
               caps_names, line_breaks, market_codes, name_variants, org_shapes, owned_names, qualified_benches, script_aliases,
               short_forms, slug_names, tagger_gate, tagger_refusals, tier_binding, word_uses, written_forms, caps_shapes, outlet_cites, org_parts,
               variant_index)
from .name_memory import EVIDENCE_KEY, evidence
from .unknown import (BLOCKED_HEADS, CASED_CHARS, COMMON_CAPS, LOWER_CHARS, PERSONLIKE, TIER_WORDS, UPPER_CHARS, _AL, _LO, _UP, _ok_head,
                      _csv_column_cells, _table_column_cells, find_unknown)
from .unknown_orgs import ORG_COLUMN, find_unknown_orgs
from .name_syntax import find_syntax_names
from . import role_frames, typed_heads
from . import bench_keepers, bench_on, bench_sizes, bench_slugs
from .siblings import with_siblings
from .unknown_scorer import rescore

LABELS = ("MODEL", "ORG", "BENCHMARK")


# ---------------------------------------------------------------------------------------------
# Extensions: registered once, at import, in one place (the claims/summary components use them).
ENT_KEY = "modelwire.ent"  # doc.user_data[(ENT_KEY, start_char, end_char)] = [canonical, known, org, family]
ENT_FIELDS = ("canonical", "known", "org", "family")
ENT_DEFAULTS = (None, False, None, None)


def ent_info(doc: Doc, start_char: int, end_char: int) -> tuple:
    """(canonical, known, org, family) of the entity at these offsets: what ``span._.…`` returns,
    read without building an ``Underscore`` object per attribute (the pipeline reads thousands)."""
    info = doc.user_data.get((ENT_KEY, start_char, end_char))
    return ENT_DEFAULTS if info is None else tuple(info)


TAGGED_KEY = "modelwire.tagged"  # doc.user_data[TAGGED_KEY]: (start, end) of the names the learned tagger alone found
ROWS_KEY = "modelwire.ent_rows"  # doc.user_data[ROWS_KEY]: what ent_rows returns, left by the component


def ent_rows(doc: Doc) -> list[tuple]:
    """(start_char, end_char, label, token_start, canonical, known, org, family) of each span in
    ``doc.ents``, in text order.

    ``modelwire_entities`` leaves this list in ``doc.user_data`` as it sets ``doc.ents``, so the
    components after it and ``analyze`` read their entities without building a ``Span`` per entity
    each time; a component that changes ``doc.ents`` afterwards must delete ``ROWS_KEY``.
    """
    rows = doc.user_data.get(ROWS_KEY)
    if rows is None:
        rows = [(e.start_char, e.end_char, e.label_, e.start, *ent_info(doc, e.start_char, e.end_char)) for e in doc.ents]
    return rows


def _ext_getter(i: int):
    def get(span):
        info = span.doc.user_data.get((ENT_KEY, span.start_char, span.end_char))
        return ENT_DEFAULTS[i] if info is None else info[i]
    return get


def _ext_setter(i: int):
    def set_(span, value):
        key = (ENT_KEY, span.start_char, span.end_char)
        info = span.doc.user_data.get(key)
        if info is None:
            info = span.doc.user_data[key] = list(ENT_DEFAULTS)
        info[i] = value
    return set_


def register_extensions() -> None:
    # Like a ``default=`` extension, values are kept in doc.user_data under the span's character
    # offsets, but in one entry per span, which set_annotations writes in one step.
    for i, name in enumerate(ENT_FIELDS):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_ext_getter(i), setter=_ext_setter(i))
    if not Doc.has_extension("claims"):
        Doc.set_extension("claims", default=[])
    if not Doc.has_extension("summary"):
        Doc.set_extension("summary", default="")


register_extensions()

# ---------------------------------------------------------------------------------------------
_H = re.escape(HYPHENS)
# Chinese, Japanese and Korean letters: a run of them is a piece of its own, so that a Latin name glued between them
# ("問うJMMLUで", "米OpenAIの": no spaces in these scripts) is a word of its own (a change of script is a word boundary)
_CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\uf900-\ufaff"
_CJK_LETTER = re.compile(f"[{_CJK_LETTERS}]")
PIECE = re.compile(rf"[{_CJK_LETTERS}]+|[^\W\d_{_CJK_LETTERS}]+|\d+(?:\.\d+)*|\+")
PIECE_SPLIT = re.compile(f"({PIECE.pattern})")
# a comma and a space, a spaced ampersand and a slash join too: official names such as "Ministry of Economy, Trade
# and Industry", "Weights & Biases" or "ISO/IEC JTC 1"
# ``['\u2019][ \t]``: a plural possessive inside an official name ("St Thomas' NHS Foundation Trust")
JOIN_GAP = re.compile(rf"(?:|[ \t]|[{_H}_]|[ \t][{_H}][ \t]|[{_H}]?\n[ \t]*|['\u2019][ \t]?|\.[ \t]?|\u00b7|&|[ \t]&[ \t]|,[ \t]|/)\Z")
BROKEN_WORD = re.compile(rf"[{_H}]\n[ \t]*")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
AI_WORDS = re.compile(
    r"\b(?:AI|A\.I\.|AGI|artificial intelligence|LLMs?|language models?|models?|chatbots?|benchmarks?|"
    r"leaderboards?|open[- ]source|open[- ]weights?|weights|parameters|GPUs?|inference|fine-?tun\w*|"
    r"reasoning|tokens?|machine learning|neural|transformers?|datasets?|APIs?|agents?|agentic|"
    r"generative|prompts?|multimodal|startups?|coding|checkpoints?|context window|assistant|"
    r"open-sourced|released|launch(?:ed|es)?|scor(?:e|ed|es)|evals?|evaluation|lab)\b"
)
ORG_VERBS = (r"said|says|posted|announced|raised|wrote|noted|told|confirmed|stated|added|explained|"
             r"published|shared|responded|claimed|disclosed|updated|introduced|disputed|argued|"
             r"acknowledged|denied|changed|revised|removed|declined|rejected|defended|criticised|"
             r"criticized|apologi[sz]ed|maintains|runs|launched|hired|partnered|released|put\s+out|puts\s+out|"
             r"shipped|ships|open-sourced|unveiled|unveils|raises")
ACTS_AS_ORG = re.compile(rf"(?:['\u2019]s\s+(?:rules|policy|policies|team|founders|co-?founders|statement|"
                         rf"blog|methodology|staff|response|post|account|maintainers|leaderboard\s+policy)\b|"
                         rf"\s+(?:team|researchers|maintainers)\b|\s+(?:has\s+|had\s+|also\s+)?(?:{ORG_VERBS})\b)")
ORG_BEFORE = re.compile(r"(?:according to|with the|by the|from|founded by|team at|researchers at)\s+(?:the\s+)?\Z", re.I)
IMO_ORG_AFTER = re.compile(r"\s+(?:committee|board|president|coordinators?|officials?|organi[sz]ers?|rules|"
                           r"jury|secretariat|said|confirmed|announced|asked|stated|foundation)\b", re.I)
IMO_ORG_BEFORE = re.compile(r"(?:with|by|asked|told|from)\s+the\s+\Z|(?:collaborat\w+|partner\w*|work\w*)\s+with\s+(?:the\s+)?\Z", re.I)
HUMAN_LIST = re.compile(r"(?:\s*(?:,|and|or|&|/)\s*[A-Z][A-Za-z]{2,5}(?:\s+\d{4})?)+")
HUMAN_BEFORE = re.compile(r"(?:medall?ists?|medal[- ]?winners?|contestants|participants)\s+(?:at|from|of|in)\s+"
                          r"(?:the\s+)?(?:this\s+year['\u2019]s\s+|last\s+year['\u2019]s\s+|\d{4}\s+)?\Z", re.I)
HUMAN_MEDAL = re.compile(r"\s+(?:gold\s+|silver\s+|bronze\s+)?medall?ists?\b|\s+(?:gold\s+|silver\s+)?medal[- ]?winners?\b"
                         r"|\s+contestants\b|\s+alumni\b|\s+participants\b", re.I)
MODEL_SCORE_AFTER = re.compile(r"\s*(?:\|\s*\d|\s+(?:at|scored|scores|achieves|achieved|reaches|reached|hits|hit|posts|posted)\s+\d)")
PERSON_AFTER = re.compile(r"\s+(?:said|says|told|asked|replied|wrote)\b[^.\n]{0,40}\b(?:he|she|his|her|him)\b")
WORD_BEFORE = re.compile(r"(?:term|word|verb|name|named|called)\s*[\"\u201c\u2018']?\Z", re.I)
CAP_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
YEAR_AFTER = re.compile(rf"(?:[ \t]?['\u2019][ \t]?|[ \t]?[{_H}][ \t]?|[ \t])?((?:19|20)\d\d|\d\d)(?![\w%]|\.\d|[{_H}]\w)")
YEAR_BEFORE = re.compile(r"(?<![\w.])((?:19|20)\d\d)[ \t]+\Z")
V_AFTER = re.compile(rf"[ \t]*[{_H}]?[ \t]*([vV]\d+(?:\.\d+)?)(?![\w]|\.\d)")
NUM_AFTER = re.compile(rf"(?:[ \t]*[{_H}]?[ \t]*)(v?\d+(?:\.\d+)?)(?![\w%]|\.\d|[{_H}]\w)")
LICENSE_AFTER = re.compile(r"(?:[ \t][A-Z][a-z]+)?[ \t]+(?:[Ll]icen[cs]e|LICENSE)\b")
CLAUSE_END = re.compile(r"[ \t]*(?:[,;)]|\.(?!\w)|\Z)")
UNDER_BEFORE = re.compile(r"\bunder[ \t]+(?:an?[ \t]+|the[ \t]+)?\Z")
DATELINE_AFTER = re.compile(r",?[ \t]+(?!(?:Inc|Ltd|LLC|Corp|Co|GmbH|SA|AG)\b)(?:[A-Z]{2}|[A-Z][a-z]+\.?(?:[ \t][A-Z][a-z]+)?)[ \t]*"
                            r"(?:\([^()\n]{1,20}\)[ \t]*)?[\u2014\u2013]")  # "Stanford, CA —", "Paris, France (Reuters) —"
MAKER_OF = re.compile(r"\b(?:maker|makers|developer|developers|creator|creators|publisher)\s+of\s+(?:the\s+)?\Z")
O_SERIES = re.compile(r"(?<=[\u201c\"\u2018'])o(?=[\u201d\"\u2019']\s*[Ss]eries\b)")
OWNER_BEFORE = re.compile(r"['\u2019]s[ \t]\Z")
ELLIPSIS = re.compile(r"(?:,[ \t]*|[ \t]+(?:and|or|&)[ \t]+|[ \t]*/[ \t]*)([A-Za-z][a-z]*[A-Za-z](?:-[A-Z][a-z]+)?)\b(?![-\u2011\w])")
STOP_TIER_AFTER = re.compile(r"[ \t]+(?:users?|subscribers?|subscriptions?|plans?|tiers?|accounts?|members?|customers?)\b")
TEAM_AFTER = re.compile(r"[ \t]+(team|Team|organi[sz]ation|org)\b(?![-\u2010\u2011])")
PRODUCT_AFTER = re.compile(r"[ \t]+(?:CLI|IDE|app\s+extension|cloud\s+tasks|extension|plugin|SDK)\b")
QWEN_ORG_AFTER = re.compile(r"/|\s+(?:blog|researchers|team)\b")
HANDLE = re.compile(r"(?<![\w@])@([A-Za-z][A-Za-z0-9_]{1,30})\b")
CLAUDE_TIER = re.compile(r"(?i)opus|sonnet|haiku")
TIER_BEFORE_VERSION = re.compile(r"^(.+?) ([A-Z][a-z]+) (\d+(?:\.\d+)?)$")  # "Gemini Pro 1.5" is Gemini 1.5 Pro when that is known
CLAUDE_TIERS = frozenset({"Opus", "Sonnet", "Haiku"})  # bare tiers the guidelines expand (§1, §4: Opus -> Claude Opus)
SPACE = re.compile(r"\s")
TWO_DIGIT_YEAR = re.compile(r"[2-3]\d")
NAME_HEAD = re.compile(rf"[{_H}.]")  # a form name's first part ends at a hyphen or dot
CAPITALISED = re.compile(r"[A-Z][a-z]{2,}")
HANDLE_TAIL = re.compile(r"(?:ai|hq|labs|research|official)$")
SENT_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n\s*\n|\n(?=[#*\-|])|\|")

# Unknown models by form: a capitalised name with a parameter size, or a name with a model-type suffix.
_NAME = rf"[{_UP}][{_AL}0-9]*(?:[.{_H}][{_AL}0-9]+)*?"  # (any cased script: "Łódź-7B")
_TYPE = r"Instruct|Coder|Chat|VL|Base|Thinking|Reasoning|Reasoner|Distill|Vision|Math|Omni|Preview|Turbo|Pro|Mini|Flash|Lite|Max|it"
UNKNOWN_SIZE = re.compile(
    rf"(?<![\w.{_H}])(?P<name>{_NAME})[{_H}](?:\d+(?:\.\d+)?[BbMT](?:[{_H}]A\d+(?:\.\d+)?[Bb])?|\d+x\d+[Bb])"
    rf"(?:[{_H}](?:{_TYPE}|v\d+(?:\.\d+)?|\d{{4}}))*(?![\w+]|[{_H}]\w)"
)
UNKNOWN_TYPE = re.compile(
    rf"(?<![\w.{_H}])(?P<name>[{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*?)[{_H}](?:Instruct|Coder|Chat|VL)"
    rf"(?:[{_H}](?:{_TYPE}|\d+(?:\.\d+)?[Bb]))*(?:[ ]\d(?:\.\d)?(?![\w%]|[.,]\d|[ ]\d))?(?![\w+]|[{_H}]\w)"
)
# a name's particle joined by a hyphen: "Al-Manara Labs", "El-Sayed Research" (not "Self-Driving Labs")
NAME_PARTICLE = r"(?:Al|El|Ul|Ad|Ar|As|At|Az|Ash|Abu|Ibn|Bin|Ben|Bint|De|Di|Da|Du|La|Le|Van|Von|O)"
# "AI" in the language's own words ends a lab's name only before a legal form ("X KI GmbH", "X Yapay Zekâ A.Ş."): alone,
# "Die KI", "Üretken Yapay Zeka" are the common noun
_NATIVE_AI = r"(?:KI(?=,?[ ](?:GmbH|UG|AG|SE)\b)|Yapay[ ]Zek[aâ](?=[ ](?:A\.Ş\.|Ltd\.|Anonim|Limited)))"
NATIVE_AI_END = re.compile(r"[ ](?:KI|Yapay[ ]Zek[aâ])\Z")
ORG_FORM = re.compile(rf"(?<![\w@.\-])((?:{NAME_PARTICLE}-)?[{_UP}][{_LO}]{{2,}}(?: [{_UP}][{_LO}]{{2,}}| [{_UP}](?=[^\x00-\x7f])[{_LO}])?) (?:{LAB_FORM_ALT}|{_NATIVE_AI})\b(?![-\u2010\u2011]\w)"
                      r"(?P<inst> (?:Initiative|Institute|Alliance|Foundation|Consortium|Center|Centre|Council|Network)\b)?")

# Where those three can match, found with cheap searches (see _starts_before): a form name is a run of
# name characters ending right before a size (-7B, -8x7B) or a type (-Instruct), and a lab form is
# one or two capitalised words right before " Labs" (and the like).
SIZE_AFTER_NAME = re.compile(rf"[{_H}](?:\d+(?:\.\d+)?[BbMT]|\d+x\d+[Bb])")
TYPE_AFTER_NAME = re.compile(rf"[{_H}](?:Instruct|Coder|Chat|VL)")
# (a second word of two letters only with a letter outside ASCII: the Vietnamese syllable of "Hồng Hà AI", not "Go AI")
ORG_FORM_WORD = re.compile(rf"(?<= )(?:{LAB_FORM_ALT}|{_NATIVE_AI})\b")  # (IA: French, Spanish, Italian; KI: German; Yapay Zekâ: Turkish "artificial intelligence")
_ALNUM_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_SIZE_NAME_CHARS = _ALNUM_ASCII | CASED_CHARS | frozenset("." + HYPHENS)
_TYPE_NAME_CHARS = _ALNUM_ASCII | CASED_CHARS | frozenset(HYPHENS)
_LOWER_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz")
_UPPER_ASCII = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _run_start(text: str, end: int, chars: frozenset) -> int:
    """Where the run of ``chars`` that ends at ``end`` begins."""
    i = end
    while i > 0 and text[i - 1] in chars:
        i -= 1
    return i


def _name_starts(text: str, anchor: re.Pattern, chars: frozenset) -> set[int]:
    """Possible starts of UNKNOWN_SIZE / UNKNOWN_TYPE: such a name is made of ``chars`` only, is not
    preceded by one of them (its look-behind), and ends right before an ``anchor`` match; so it
    starts where the run of ``chars`` before an anchor starts."""
    out = set()
    for a in anchor.finditer(text):
        i = _run_start(text, a.start(), chars)
        if i < a.start() and text[i] in UPPER_CHARS:
            out.add(i)
    return out


def _org_form_starts(text: str) -> set[int]:
    """Possible starts of ORG_FORM: the last one or two capitalised words (any script with case) before its lab word."""
    out = set()
    for a in ORG_FORM_WORD.finditer(text):
        end = a.start() - 1  # the space before the lab word
        for _ in range(2):
            i = _run_start(text, end, LOWER_CHARS)
            if end - i < 2 and not (end - i == 1 and not text[i].isascii()) or i == 0 or text[i - 1] not in UPPER_CHARS:
                break  # (one lower letter only outside ASCII: "Hà" of "Hồng Hà AI")
            out.add(i - 1)
            if i >= 3 and text[i - 2] == "-":  # "Al-Manara Labs": a hyphenated first word
                j = _run_start(text, i - 2, LOWER_CHARS)
                if j > 0 and j < i - 2 and text[j - 1] in UPPER_CHARS:
                    out.add(j - 1)
            end = i - 2  # a space before this word, then the word before
            if end <= 0 or text[end] != " ":
                break
    return out


def _starting_with(ordered: list[str], prefix: str):
    """The strings of a sorted list that start with ``prefix``: one run, found by bisection."""
    k = bisect_left(ordered, prefix)
    while k < len(ordered) and ordered[k].startswith(prefix):
        yield ordered[k]
        k += 1


def _finditer_from(rx: re.Pattern, text: str, starts: set[int]):
    """What ``rx.finditer(text)`` yields, given a set holding every position where one of its
    (never empty) matches can start: leftmost first, each search going on from the last end."""
    end = 0
    for s in sorted(starts):
        if s < end:
            continue
        m = rx.match(text, s)
        if m is not None:
            end = m.end()
            yield m
ORG_FORM_BLOCK = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several", "Many", "Some",
                  "Both", "These", "Those", "Other", "Few", "Top", "Leading", "Major", "Rival", "The", "Open", "Generative", "Responsible", "Applied", "Enterprise", "Conversational", "Agentic", "Physical",
                  "General", "Artificial", "Frontier", "Safe", "Sovereign", "Edge", "Trustworthy", "Ethical", "Human", "Our",
                  "This", "That", "Their", "Its", "His", "Her", "New", "Early", "Recent", "Further", "Future", "Machine", "Market",
                  "Language", "Computer", "Data", "Security", "Safety", "Alignment", "Interpretability", "Policy", "User", "Product",
                  "Business", "Science", "Scientific", "Startup", "Chinese", "American", "French", "British", "European", "Paris", "Beijing", "Shanghai", "Lab", "Labs", "Stealth", "Rival", "Narrow", "Weak", "Strong", "Explainable", "Superhuman", "Multimodal", "Embodied", "Vertical", "Horizontal", "Consumer", "Industrial", "Medical", "Clinical", "Legal", "Financial", "Creative", "Predictive", "Analytical", "Autonomous", "Practical", "Modern", "Advanced", "Better", "Good", "Bad", "Small", "Large", "Big", "Global", "National", "International", "Western", "Eastern", "Asian", "Indian", "Japanese", "Korean", "Russian", "German", "Arabic", "Open-Source", "Source", "Cloud", "Mobile", "Local", "Private", "Public", "Shadow", "Hybrid", "Green", "Fair", "Ethics", "Trust", "Governance", "Regulating", "Regulate", "Why", "How", "What", "When", "Where", "Who", "Is", "Are", "Can", "Will", "With", "Without", "About", "And", "For", "From", "Into", "More", "Most", "Less", "Using", "Build", "Building", "Inside", "Beyond", "Toward", "Towards", "On", "In", "Of", "To", "By", "As", "At", "Next", "Real", "True", "Fake", "Smart", "Everyday", "Everything", "Enterprises", "Healthcare", "Education", "Voice", "Video", "Image", "Music", "Chat", "Search", "Coding", "Code", "Gen", "Conversation", "Generation", "Foundation", "Frontier", "Powerful", "Capable", "Cheap", "Fast", "Safer", "Secure", "Superintelligent", "Companion", "Personal", "Social", "Quantum", "Neural", "Symbolic", "Academic", "Independent", "Internal", "Deep", "Superintelligence", "Reasoning"}
# "company"/"start-up" in the languages of translated news: "Die Münchner Firma Orrery Research" (the lab is the rest)
ORG_FORM_BLOCK |= set("Firma Unternehmen Gesellschaft Société Entreprise Empresa Azienda Società Bedrijf Företag Spółka".split())
# words that make "X AI" a description, not a lab's name: periodicals ("Weekly AI") and nationalities ("Swiss AI")
ORG_FORM_BLOCK |= set("""Daily Weekly Monthly Quarterly Yearly Annual Nightly Swiss Dutch Danish Swedish Norwegian Finnish Irish
Scottish Welsh Polish Czech Austrian Belgian Italian Spanish Portuguese Greek Turkish Israeli Saudi Emirati Qatari Egyptian
African Nigerian Kenyan Brazilian Mexican Canadian Australian Indonesian Vietnamese Thai Malaysian Singaporean Taiwanese
Pakistani Ukrainian Hungarian Romanian Estonian Latvian Lithuanian Icelandic Argentine Chilean Colombian Peruvian
Filipino Bangladeshi Iranian Moroccan Tunisian Nordic Baltic Balkan Latin Arab Gulf Asia Africa Europe Silicon Valley
Wall Street Weekend Morning Evening Today Tomorrow Yesterday
Distributed Embedded Operating Complex Control Information Computing Expert Recommender Recommendation Dialogue Dialog
Intelligent Agent Agents Cyber Fluid Group Power Energy Biological Living Natural Computational Learning Software Hardware
Storage Network Networked Database Transport Transportation Weapon Weapons Defense Defence Emerging Critical""".split())
ORG_FORM_BLOCK |= org_shapes.PARTY_ROLES  # "Plaintiff Crofter Systems": the party's role, then its name
ORG_FORM_BLOCK |= COUNTRIES | DEMONYMS | PLACE_ADJECTIVES  # "China AI weekly", "Domestic AI startup X": where, not who
UNKNOWN_NAME_BLOCK = {"COVID", "Series", "Top", "Group", "Live", "Video", "Web", "Team", "Code", "Model", "Open", "Text"}


@dataclass(slots=True)
class Hit:
    entry: Entry
    alias: str
    ambiguous: bool
    case_sensitive: bool | str  # True, False or "exact" (separators too)
    clipped: bool


@dataclass(slots=True)
class Cand:
    start: int
    end: int
    label: str  # MODEL / ORG / BENCHMARK / STOP
    canonical: str | None
    known: bool
    org: str | None
    family: str | None
    prio: int
    ambiguous: bool = False
    clipped: bool = False
    entry: Entry | None = None
    source: str = "gaz"
    gram: tuple | None = None  # (family entry, version, prefix, suffixes) for grammar matches
    tagged: bool = False  # added by the learned name tagger alone (nlp.tagger_claims reads it)


def _alias_pieces(alias: str) -> list[tuple[str, str]]:
    """(gap-before, piece) pairs of an alias, as the scanner will see them."""
    out, last = [], 0
    for m in PIECE.finditer(alias):
        out.append((alias[last:m.start()], m.group().lower()))
        last = m.end()
    return out


def _gap_key(gap: str) -> str:
    return key(gap)


def _script_edge(prev: str, piece: str) -> bool:
    """Two pieces glued together, one of Chinese, Japanese or Korean letters and the other not."""
    return (_CJK_LETTER.match(prev[-1]) is None) != (_CJK_LETTER.match(piece[0]) is None) and not prev[-1].isdigit() and not piece[0].isdigit()


class Pieces:
    """A text cut into pieces (``PIECE`` matches) and the gaps between them, as flat lists.

    ``parts`` alternates gap, piece, gap, ..., gap (``PIECE_SPLIT.split``): piece ``i`` is
    ``parts[2 * i + 1]`` and the gap before it ``parts[2 * i]``. Built by C-level splitting and
    summing, with no Python object per piece but its lower-cased string: the scanners then visit
    only the pieces that can begin a name.
    """

    __slots__ = ("parts", "low", "start", "end")

    def __init__(self, parts: list[str], low: list[str], start: list[int], end: list[int]) -> None:
        self.parts, self.low, self.start, self.end = parts, low, start, end

    @classmethod
    def of(cls, text: str) -> "Pieces":
        parts = PIECE_SPLIT.split(text)
        offsets = list(accumulate(map(len, parts)))
        return cls(parts, list(map(str.lower, parts[1::2])), offsets[0:-1:2], offsets[1::2])

    def word_start(self, i: int) -> bool:
        """No letter or digit right before piece ``i`` (every letter and digit is inside a piece), or a change
        of script (a Latin word glued after Chinese, Japanese or Korean letters)."""
        return i == 0 or self.parts[2 * i] != "" or self.low[i - 1] == "+" or _script_edge(self.low[i - 1], self.low[i])

    def footnote(self, text: str, j: int) -> bool:
        """Piece ``j`` is a word with a footnote number glued on: ``MMLU1``."""
        if j + 1 >= len(self.low):
            return False
        e, p = self.end[j + 1], self.low[j + 1]
        return (self.parts[2 * j + 2] == "" and p.isdigit() and len(p) <= 2 and self.low[j].isalpha()
                and (e >= len(text) or not text[e].isalnum()))


# compiled once here, not at each name the loops below read
_NAME_GAP = re.compile(rf"[\s{_H}_]")


class EntityFinder:
    """Text-level matcher compiled from a :class:`nlp.kb.KB`. ``find(text)`` returns candidates.
    ``learned``: also run the learned scorer of unknown names (:mod:`nlp.unknown_scorer`); ``tagger``: also
    the learned name tagger (:mod:`nlp.name_tagger`)."""

    def __init__(self, kb: KB, learned: bool = False, tagger: bool = False) -> None:
        self.kb = kb
        self.learned = learned
        self.tagger = tagger
        self.memory = None  # names remembered from earlier documents (nlp.name_memory.NameMemory)
        self._probing = False  # reading a headline-cased copy of caps lines (nlp.caps_shapes): no second copy
        self.gaz: dict[str, list[Hit]] = {}
        self.prefixes: set[str] = set()
        self.first: set[str] = set()
        cjk: list[tuple[str, Hit]] = []
        for e in kb.entries:
            # a family is reachable through its aliases (bare names used as products) and grammar
            surfaces = [e.name, *e.aliases] if e.label != "MODEL" or e.kind == "model" else list(e.aliases)
            for s in surfaces:
                self._add(s, Hit(e, s, s in e.ambiguous, "exact" if s in e.exact else (e.case_sensitive or self._short_cs(s)), False), cjk)
            for s in e.short:
                self._add(s, Hit(e, s, False, True, True), cjk)
        self.cjk = [(s, re.compile(re.escape(s)), h) for s, h in cjk]
        self.grammars = [e for e in kb.families.values() if e.grammar is not None]
        # literal piece -> the families whose grammar needs it, so a text only tries its own families
        self.grammar_literals: dict[str, list[int]] = {}
        for i, fam in enumerate(self.grammars):
            for lit in fam.grammar.literals:
                self.grammar_literals.setdefault(lit, []).append(i)
        self.org_families: dict[str, set[str]] = {}
        self._gap_keys: dict[str, str] = {}  # gap text -> its key, for gaps that may join alias pieces
        self._case_hits: dict[tuple[str, str], tuple] = {}  # (key, surface) -> (hits whose case fits, their labels)
        self._grammar_names: dict[tuple, tuple] = {}  # (grammar, surface, groups) -> _grammar_name(...)
        self._short_names: dict[tuple[str, str], tuple] = {}  # (family, clipped form) -> _short_name(...)
        self.short_families = {f.name: f for f in self.grammars if f.grammar.short is not None}
        # a known model's name without its brand word ("Sonnet 4.5", "Large 3"), when only one model has it:
        # a name the unknown-name rules find in that form is that model (the brand is just not in the text)
        tails: dict[str, list[Entry]] = {}
        for name, e in kb.models.items():
            brand, _, tail = name.partition(" ")
            if tail and tail[:1].isupper() and len(tail.split()[0]) >= 4 and (
                    any(ch.isdigit() for ch in tail) or tail in CLAUDE_TIERS):
                tails.setdefault(tail, []).append(e)
        self.tails = {t: es[0] for t, es in tails.items() if len(es) == 1}
        self.tier_words = name_edges.kb_tiers(kb.entries)
        self.kb_keys = {key(n): e for e in kb.entries if e.label in LABELS for n in e.surfaces}  # (nlp.span_edges)
        self.owned = owned_names.owned_benchmarks(kb)
        for f in kb.families.values():
            if f.org:
                self.org_families.setdefault(f.org, set()).add(f.name)

    @staticmethod
    def _short_cs(alias: str) -> bool:
        letters = re.sub(r"[^A-Za-z]", "", alias)
        return len(alias) <= 3 or (len(letters) <= 4 and alias.isupper() and not any(c.isdigit() for c in alias) and len(alias) <= 4 and alias in {"FAIR", "DROP", "GAIA", "GLUE", "OPT", "BERT"})

    def _add(self, surface: str, hit: Hit, cjk: list) -> None:
        if native_aliases.SCRIPTS.search(surface):  # Han/kana, Hangul, Thai, Hebrew, Arabic: looked for inside words
            cjk.append((surface, hit))
            return
        pieces = _alias_pieces(surface)
        if not pieces:
            return
        k = ""
        for i, (gap, p) in enumerate(pieces):
            k += (_gap_key(gap) if i else "") + p
            self.prefixes.add(k)
        self.first.add(pieces[0][1])
        full = key(surface)
        if full != k:  # alias with leading/trailing punctuation the scanner cannot see; skip
            return
        self.gaz.setdefault(k, []).append(hit)

    # -----------------------------------------------------------------------------------------
    def find(self, text: str) -> list[Cand]:
        """The names in ``text``, read with its transport/source format decoded and HTML character references decoded
        (nlp.markup.reading_copy) and words broken at line ends joined (nlp.line_breaks); offsets index ``text``."""
        decoded, refs = markup.reading_copy(text)
        if refs is None:
            return self._find_unwrapped(text)
        out = self._find_unwrapped(decoded)
        for c in out:
            c.start, c.end = refs.start(c.start), refs.end(c.end)
        return out

    def _find_unwrapped(self, text: str) -> list[Cand]:
        flat, back = line_breaks.unwrap(text, lambda w: key(w) in self.gaz) if "\n" in text else (text, None)
        out = self._find(flat)
        if back is not None:
            for c in out:
                c.start, c.end = back.start(c.start), back.end(c.end)
        return out

    def _find(self, text: str) -> list[Cand]:
        for cache in (self._case_hits, self._grammar_names, self._short_names):
            if len(cache) > 100_000:  # surfaces repeat across documents; odd ones must not pile up
                cache.clear()
        cands: list[Cand] = []
        pieces = Pieces.of(text)
        low = pieces.low
        present = set(low)
        grammars = sorted({i for p in present & self.grammar_literals.keys() for i in self.grammar_literals[p]})
        firsts = present & self.first
        wanted = self._grammar_pieces(present, grammars)
        look = firsts | wanted if wanted else firsts
        seen = [i for i, p in enumerate(low) if p in look]  # the pieces worth a look, in one pass
        heads: dict[str, list[int]] = {}
        if wanted:
            for i in seen:
                if low[i] in wanted and pieces.word_start(i):
                    heads.setdefault(low[i], []).append(pieces.start[i])
        self._scan_gazetteer(text, pieces, [i for i in seen if low[i] in firsts] if wanted else seen, cands)
        if self.cjk and native_aliases.SCRIPTS.search(text):  # every such alias holds a letter of these scripts
            for s, rx, hit in self.cjk:
                if s in text:
                    for m in rx.finditer(text):
                        if native_aliases.fits(text, m.start(), m.end()):  # "네이버의" yes, "애플리케이션" no
                            cands.append(native_aliases.with_version(text, self._cand_from_hit(text, m.start(), m.end(), [hit]), self.kb))
        self._scan_grammars(text, cands, grammars, heads)
        self._scan_unknown(text, cands)
        self._scan_handles(text, cands)
        if "eries" in text:  # OpenAI's "o" series: the quoted letter is the family
            fam = self.kb.families.get("o-series")
            for m in O_SERIES.finditer(text):
                cands.append(Cand(m.start(), m.end(), "MODEL", fam.name if fam else "o-series", True,
                                  fam.org if fam else None, fam.name if fam else None, 3, entry=fam, source="o"))
        self._scan_org_forms(text, cands)
        cands = [c for c in cands if c is not None]
        ctx = _Context(text, cands)
        kept = [c for c in cands if not c.clipped and self._valid(c, text, ctx)]
        # families present (directly or through their developer) license clipped forms
        # family -> where it (or its developer) is named: the nearest before a clipped form wins a tie
        fams: dict[str, list[int]] = {}
        for c in kept:
            if c.label == "MODEL" and c.family:
                fams.setdefault(c.family, []).append(c.start)
        for c in cands:
            if c.label == "STOP":
                for h in self.gaz.get(PIECE.match(text, c.start).group().lower(), ()):
                    if h.entry.label == "MODEL" and h.entry.family:
                        fams.setdefault(h.entry.family, []).append(c.start)
        for c in kept:
            if c.label == "ORG":
                for f in self.org_families.get(c.canonical, ()):
                    fams.setdefault(f, []).append(c.start)
        clipped = [c for c in cands if c.clipped and c.family in fams]
        clipped += self._scan_short(text, fams)
        clipped = [c for c in (self._owner(text, c, kept) for c in clipped) if c is not None and not _version_of_word(text, c)]
        kept += [c for c in clipped if c.label == "MODEL"]
        out = _resolve(kept)
        out = _slug_tails(text, out)
        out = self._add_unknown(text, out, cands, ctx, self.learned, self.tagger)
        boards, replaced = board_names.find(text, [(c.start, c.end, c.label, c.known) for c in out], ctx.ai_sentence, ctx.ai_text())
        if boards:  # "the Quire Arena", "Keel Index v4": a board of its own, not the KB's bare "Arena"
            boards = score_frames.whole_boards(text, boards)  # "Spandrel-Bench Leaderboard" (a page title): Spandrel-Bench
            out = [c for c in out if (c.start, c.end) not in replaced]
            out = sorted(out + [Cand(s, e, lab, canon, False, None, None, 1, source="unknown") for s, e, lab, canon in boards],
                         key=lambda c: c.start)
        if "BENCHMARK" in {c.label for c in out}:  # "Turkish MMLU", "Raksha CTF 2026": one name (nlp.qualified_benches)
            for (s0, e0), (s1, e1, canon) in qualified_benches.extend(text, [(c.start, c.end, c.label, c.canonical, c.known) for c in out]):
                c = next(c for c in out if (c.start, c.end) == (s0, e0))
                c.start, c.end, c.canonical, c.known, c.entry, c.source = s1, e1, canon, False, None, "unknown"
                out = [x for x in out if x is c or x.end <= s1 or x.start >= e1]  # (a guess over the qualifier alone)
        for c in out:
            if c.source == "unknown" and c.label == "MODEL" and self.tails:
                surface = clean(text[c.start:c.end])
                e = self.tails.get(surface) or self.kb.models.get(TIER_BEFORE_VERSION.sub(r"\1 \3 \2", surface))
                if e is not None:  # "Sonnet 4.5" with no "Claude" around: Claude Sonnet 4.5; "Gemini Pro 1.5"
                    c.canonical, c.known, c.entry, c.family = e.name, True, e, e.family
                    c.org = self.kb.families[e.family].org if e.family in self.kb.families else c.org
            if c.source == "unknown" and c.label == "MODEL" and c.family is None:
                found = self.kb.family_before_version(c.canonical)
                if found is not None and found[1] is not None:  # "Quorl-3 Pro" of a family without a grammar
                    c.family, c.org = found[1].name, c.org or found[1].org
        name_edges.trim_heads(text, out)  # "Introducing Quill-4": Quill-4
        name_roles.apply(text, out)  # "Name-40": a model or a benchmark, as the document uses it
        _unify_names(text, out)  # before: a tier alone takes its owner's full name ("Speciale": DeepSeek-V3.2-Speciale)
        out = _doc_names(text, pieces, out, lambda w: key(w) in self.gaz, self.memory)
        _unify_names(text, out)  # after: the mentions it added
        out = _typos(text, out)  # "Tamarak's licence" beside Tamarack-2, "Harow 5" beside Harrow 5
        if "-" in text or "/" in text:  # a changelog's "tarnfell/quillon-3-harrier", a CI bot's slugs (nlp.slug_names)
            out = _slug_forms(text, out, cands, self.memory, ctx.ai_text())
        out = _short_forms(text, out, cands, lambda w: key(w) in self.gaz)  # "(NWO)" after its body, "Wikimedia" alone
        owners = {c.canonical for c in out if c.label == "ORG"} & self.owned.keys()
        for s, e, b in owned_names.find(text, owners, self.owned) if owners else ():  # "its Intelligence Index"
            out.append(Cand(s, e, "BENCHMARK", b.name, True, None, None, 1, entry=b, source="doc"))
        out = _resolve(out) if owners else out
        for s, e, sib in name_edges.siblings(text, out):  # "Quill-3" beside the new Quill-4
            out.append(Cand(s, e, "MODEL", text[s:e], False, sib.org, sib.family, 1, source="doc"))
        out.sort(key=lambda c: c.start)
        name_edges.extend(text, out, self.tier_words)  # "Marlow-4 Swift": a tier the KB or the document knows
        out = name_tiers.apply(text, out, ctx.ai_sentence, lambda s, e, canon: Cand(s, e, "MODEL", canon, False, None, None, 1,
                                                                                 source="tier"), ctx.ai_text())  # "Skua 4 Deep", then "Deep"
        out = tier_binding.apply(text, out, ctx.ai_sentence, lambda s, e, canon: Cand(s, e, "MODEL", canon, False, None, None, 1,
                                                                                   source="tier"), ctx.ai_text(), self.memory)  # "Corbel 5 Maxima with"
        bases = name_bases.find(text, [(c.start, c.end, c.label, c.known) for c in out], lambda w: key(w) in self.gaz)
        if bases:  # "Zumbador 3" in a passage naming the new "Zumbador 3 Ligero" (nlp.name_bases)
            out = sorted(out + [Cand(s, e, lab, canon, False, None, None, 1, source="doc") for s, e, lab, canon in bases],
                         key=lambda c: c.start)
        if not text.isascii():  # "은하-3 (Eunha-3)", "Kazane 4 (Japanese name 風音4)": one name (nlp.script_aliases)
            out = _script_aliases(text, out)
            for c in out:  # "노을-2 프로", "潮目2 改": a native tier after a model (nlp.cjk_names)
                t = cjk_names.tier_after(text, c.start, c.end) if c.label == "MODEL" else None
                if t and not any(c.end < x.start < t[0] for x in out):
                    c.end, c.canonical, c.known, c.entry = t[0], f"{c.canonical} {t[1]}", False, None
        out = _caps_names(text, out)  # "KEYSTONE TOPS BOARD" above "Mullion 3 Keystone" (nlp.caps_names)
        for s, e0, e in org_shapes.unit_bodies(text, [(c.start, c.end, c.label, c.canonical) for c in out]):
            c = next(c for c in out if (c.start, c.end) == (s, e0))  # "the Wellcome Collection": a body of its own
            c.end, c.canonical, c.known, c.entry = e, clean(text[s:e]), False, None
        for s, e0, e in org_parts.part_ends(text, [(c.start, c.end, c.label, c.canonical) for c in out]):
            c = next(c for c in out if (c.start, c.end) == (s, e0))  # "FNV Finance": a union's sector of its own
            c.end, c.canonical, c.known, c.entry = e, clean(text[s:e]), False, None
        for s, e0, e in regional_units.regional_ends(text, [(c.start, c.end, c.label, c.canonical) for c in out]):
            c = next(c for c in out if (c.start, c.end) == (s, e0))  # "Google Research Africa": the arm of its own
            c.end, c.canonical, c.known, c.entry = e, clean(text[s:e]), False, None
        if not text.isascii():  # "جامعة" + "الملك عبدالله ...": the university, not its namesake (nlp.native_bodies)
            starts = {c.start for c in out} | {c.end for c in out}
            for c in out:
                if c.label == "ORG" and not c.known:
                    s1, e1 = native_bodies.with_native_head(text, c.start, c.end)
                    if (s1, e1) != (c.start, c.end) and not any(s1 < x < c.start or c.end < x < e1 for x in starts):
                        c.start, c.end = s1, e1
        out = _span_edges(text, out, self.kb_keys)  # "MedGemma 27B", "Global MMLU", "Společnost X AI" (nlp.span_edges)
        if not text.isascii() and case_forms.SLAVIC.search(text):  # "Politechniką Wrocławską": a body in an oblique case
            for s, e, canon, entry in case_forms.find(text, [(c.start, c.end) for c in cands if c.label == "STOP"]
                                                      + [(c.start, c.end) for c in out], self.kb_keys):
                out.append(Cand(s, e, "ORG", canon, entry is not None, None, None, 1, entry=entry, source="unknown" if entry is None else "gaz"))
            out.sort(key=lambda c: c.start)
        if legal_forms.SPAN_TAKES_SUFFIX and ("公司" in text or "株式会社" in text):  # "华为" + "技术有限公司": Huawei's
            for c in out:
                m = legal_forms.CJK_TAIL.match(text, c.end) if c.label == "ORG" and c.known else None
                if m and not any(c.end < x.start < m.end() for x in out):
                    c.end = m.end()
        if legal_forms.SPAN_TAKES_SUFFIX and legal_forms.has_any(text):  # "Keker, Van Nest & Peters LLP", "Anthropic PBC": the suffix is the span's
            starts = {c.start for c in out}
            for c in out:
                m = legal_forms.suffix_at(text, c.end) if c.label == "ORG" else None
                name = text[c.start:c.end]
                if m and (m.group("form") not in legal_forms.SHORT_FORMS or " " in name and not name.isupper()) \
                        and not any(c.end < x < m.end() for x in starts):  # ("Korrindal Labs AB"; not "Team AB")
                    c.end = m.end()
            out = [c for c in out if not legal_forms.ticker_at(text, c.start, c.end)]  # "AKBANK T.A.Ş. (AKBNK)"
        if "(" in text:  # "Bundesamt für Sicherheit in der Informationstechnik (BSI)": BSI takes the full name
            full = org_shapes.expanded_acronyms(text, [(c.start, c.end, c.label, c.canonical) for c in out])
            for c in out:
                if (c.start, c.end) in full:
                    c.canonical = full[(c.start, c.end)]
        if "|" in text or "\t" in text or "," in text or ";" in text or ":" in text:
            _orgs_in_org_columns(text, out)
            _roles_by_keys(text, out)  # a new name under a "model" header or key is a model (nlp.delimited_exports)
        _models_in_lists(text, out, self.kb)
        if "icen" in text or "ICEN" in text:  # "the Tarn Community License": a licence named after the model
            out = [c for c in out if c.label != "MODEL" or not LICENSE_AFTER.match(text, c.end)]
        arenas = board_names.other_arena_nouns(text, [(c.start, c.end, c.label, c.known, c.canonical) for c in out]) \
            if "Arena" in text or "ARENA" in text else ()
        if arenas:  # "Crinoid Arena ... Arena code names": not LMArena's bare alias
            out = [c for c in out if (c.start, c.end) not in arenas]
        codes = market_codes.dropped(text, [(c.start, c.end, c.label, c.known) for c in out])
        if codes:  # "SAP (SAP GY)", "USD/KRW", "HBM4 orders", "climbed 4.5%", "#vendor-eval": codes, not names
            out = [c for c in out if (c.start, c.end) not in codes]
        heads = heading_words.dropped(text, [(c.start, c.end, c.label, c.known) for c in out])
        if heads:  # "Annex C — Example benchmarks", "**Index** — a weighted average", "**Tool-use benchmark**" (nlp.heading_words)
            out = [c for c in out if (c.start, c.end) not in heads]
        plain = word_uses.plain_uses(text, [(c.start, c.end, c.label, c.known, c.source) for c in out], ctx.ai_text())
        if plain:  # "the Skarv field", "'Tala' is the Tagalog word for star": not the new name
            out = [c for c in out if (c.start, c.end) not in plain]
        plain = typed_heads.not_names(text, [(c.start, c.end, c.label, c.known, c.canonical) for c in out]) \
            | org_bounds.not_names(text, [(c.start, c.end, c.label, c.canonical, c.known, c.entry) for c in out])
        if plain:  # "X means elephant in Swahili" (nlp.typed_heads); "Chief executive Ingrid X", "X AI of Osaka",
            # "BNDES, the Brazilian development bank" (nlp.org_bounds)
            out = [c for c in out if (c.start, c.end) not in plain]
        if not self._probing and ctx.ai_text():  # "NAKHLA AI'S SAHM-2 PASSES JAIS": caps names by shape (nlp.caps_shapes)
            lines = caps_names.caps_lines(text)
            if lines:
                out = self._caps_shapes(text, lines, out)
        out = _written_forms(text, out, cands, self.memory)  # "quenby", "#statusbench", "Statusbench", "(KO)"
        if ctx.ai_text():  # "suite:fenceqa", "bench.driftbench_verified": a benchmark's slug no name anchors (nlp.bench_slugs)
            out = _add_forms(out, bench_slugs.find(text, [(c.start, c.end) for c in out]), "slug")
        out = self._ellipsis(text, out)
        _best_forms(text, out, self.memory)  # "kite-8-mini", "KITE-8 Mini": one canonical (nlp.name_forms)
        out = _variants(text, out, self.memory)  # "Tarrow" alone, "org/tarrow-4.yaml", "Tarrow four" (nlp.variant_index)
        if text.count("\n") >= 3:  # "ProxyTimeout 120", "DTSTART:2027…": a config's keys, no names (nlp.config_directives)
            keys = config_directives.dropped(text, [(c.start, c.end, c.label, c.known) for c in out])
            if keys:
                out = [c for c in out if (c.start, c.end) not in keys]
        return out

    def _caps_shapes(self, text: str, lines: list[tuple[int, int]], out: list[Cand]) -> list[Cand]:
        """Names of ALL-CAPS lines by their shapes: the finder's reading of a headline-cased copy, model shapes; shouted
        one-word guesses no reading finds dropped (:mod:`nlp.caps_shapes`)."""
        found = [(c.start, c.end, c.label, c.known, c.source) for c in out if c.label in LABELS]
        read = {}
        if caps_shapes.worth(text, lines, found):  # a form word, a version or a shouted guess to check: read the copy
            self._probing = True
            try:
                read = {(c.start, c.end): c for c in self._find(caps_shapes.headline_copy(text, lines)) if c.label in LABELS}
            finally:
                self._probing = False
        new, drop = caps_shapes.merge(text, lines, found, [(s, e, c.label, c.canonical) for (s, e), c in read.items()],
                                      caps_shapes.model_shapes(text, lines))
        if not new and not drop:
            return out
        out = [c for c in out if (c.start, c.end) not in drop]
        for s, e, lab, canon in new:
            r = read.get((s, e))
            out.append(Cand(s, e, lab, canon, r.known if r else False, r.org if r else None, r.family if r else None, 1,
                            entry=r.entry if r else None, source="caps"))
        out.sort(key=lambda c: c.start)
        return out

    @staticmethod
    def _add_unknown(text: str, out: list[Cand], cands: list[Cand], ctx: "_Context", learned: bool,
                     tagger: bool = False) -> list[Cand]:
        """New model and benchmark names by form and cues (:mod:`nlp.unknown`), where the KB found nothing."""
        taken = [(c.start, c.end, c.label) for c in out] + [(c.start, c.end, "STOP") for c in cands if c.label == "STOP"]
        new_models = frozenset((c.start, c.end) for c in out if c.label == "MODEL" and not c.known)
        new = find_unknown(text, taken, ctx.ai_sentence, ctx.ai_text(), new_models)
        if learned:  # opt-in ([nlp] unknown_scorer): the learned scorer's vetoes and additions
            new = rescore(text, taken, new, ctx.ai_sentence, ctx.ai_text())
        extra = []
        if ctx.ai_text() and any(ch.isdigit() for ch in text):  # "tianlu 3 moe", "lovage 9b" in a forum post
            new = sorted(new + chat_forms.find(text, [(s, e) for s, e, _ in taken] + [(s, e) for s, e, _, _ in new], True))
        if ctx.ai_text():  # labs no list knows: the developers of the models just found, and other cues
            new = new + find_unknown_orgs(text, taken + [(s, e, lab) for s, e, lab, _ in new], ctx.ai_sentence)
            new = new + find_syntax_names(text, taken + [(s, e, lab) for s, e, lab, _ in new], ctx.ai_sentence)  # "X closed a $5M round"
            new = new + role_frames.find(text, taken + [(s, e, lab) for s, e, lab, _ in new], ctx.ai_sentence,
                                         {text[c.start:c.end] for c in cands})  # "the speech model X" (not a name the KB lists)
            new = new + typed_heads.find(text, taken + [(s, e, lab) for s, e, lab, _ in new], ctx.ai_sentence,
                                         {text[c.start:c.end] for c in cands})  # "X, a Jakarta company," (nlp.typed_heads)
        new = new + press_launch.find(text, taken + [(s, e, lab) for s, e, lab, _ in new], ctx.ai_sentence)  # "presenta X 2", "X 3 -kielimallin"
        if ctx.ai_text():  # "• Added X 3.5: 76 points", "- Retired X 3.5;" (nlp.changelog_names)
            new = new + changelog_names.find(text, taken + [(s, e, lab) for s, e, lab, _ in new], ctx.ai_sentence)
        new = with_siblings(text, taken, new, ctx.ai_sentence)  # "OpenAI, Anthropic and X": X is a lab
        if ctx.ai_text() and business_lists.CUE.search(text):  # "contracts with X and Y", "led by X, with Y" (nlp.business_lists)
            new = new + business_lists.find(text, taken + [(s, e, lab) for s, e, lab, _ in new])
        if ctx.ai_text() and any(ch.isdigit() for ch in text):  # "GPT-5, Vantor 2 and Sahm-2": Vantor 2 is a model
            new = new + model_lists.find(text, taken + [(s, e, lab) for s, e, lab, _ in new], ctx.ai_sentence)
        if ctx.ai_text():  # "X — a map-reading test", a glossary's or a run-in list's unknown heads
            new = new + glossary_names.find(text, taken + [(s, e, lab) for s, e, lab, _ in new])
            new = new + defined_names.find(text, taken + [(s, e, lab) for s, e, lab, _ in new])  # "Long Form (ACRO)", "X: A Benchmark for"
            new = new + bench_uses.find(text, taken + [(s, e, lab) for s, e, lab, _ in new], ctx.ai_sentence)  # "on X's hard split"
            new = new + bench_keepers.find(text, taken + [(s, e, lab) for s, e, lab, _ in new], ctx.ai_sentence)  # "the X maintainers"
            new = new + bench_sizes.find(text, taken + [(s, e, lab) for s, e, lab, _ in new], ctx.ai_sentence)  # "X, a 640-question exam"
            new = new + bench_on.find(text, taken + [(s, e, lab) for s, e, lab, _ in new], ctx.ai_sentence)  # "On X it scores 84%"
            new = bench_keepers.relabel(text, new, ctx.ai_sentence)  # "the X-12 maintainers": X-12 is no model
            new = score_frames.whole_boards(text, new + score_frames.find(text, taken + [(s, e, lab) for s, e, lab, _ in new], ctx.ai_sentence))  # "N scored P% on Y", "Sheaf Bench"
        if not text.isascii():  # "浙江大学 (Zhejiang University)", "<Arabic headline> — Al-Manara Labs launches ...": one lab
            orgs = [(c.start, c.end, c.canonical) for c in out if c.label == "ORG"] + [(s, e, cn) for s, e, lab, cn in new if lab == "ORG"]
            new = new + native_names.paired(text, orgs, [(s, e) for s, e, _ in taken] + [(s, e) for s, e, _, _ in new])
            new = new + script_heads.find(text, taken + [(s, e, lab) for s, e, lab, _ in new])  # "Υπουργείο …", "…진흥원" (nlp.script_heads)
        if tagger and ctx.ai_text():  # the learned tagger adds names where no rule found one (its labs too), and
            # each passes the rules' own refusals for their guesses (nlp.tagger_refusals) besides the gate's vetoes
            found = taken + [(s, e, lab) for s, e, lab, _ in new]
            veto = tagger_gate.veto_for(found, tagger_refusals.refusal_for(text, found, _org_form_ok))
            extra = [(s, e, lab, clean(text[s:e])) for s, e, lab, _ in
                     name_tagger.tag(text, [(s, e) for s, e, _ in found], ctx.ai_sentence, _tagger_ok, veto)]
            new = sorted(new + extra)
        if ctx.ai_text() and "(" in text:  # "Skarn 4 (Varnwick)": the maker bracketed after a model (nlp.maker_brackets)
            new = sorted(new + maker_brackets.find(text, taken + [(s, e, lab) for s, e, lab, _ in new]))
        if not new:
            return out
        absorbed = set()
        starting = {c.start: c for c in out}  # out does not overlap: one entity per start (and end)
        ending = {c.end: c for c in out}
        for s, e, lab, _ in new:  # a developer's name that begins a new model's name ("DeepSeek-V3"), a
            # known benchmark's name that begins a variant ("SciCode-Verified")
            c = starting.get(s)
            if c is not None and c.end < e and (c.label == "ORG" or lab == "BENCHMARK" and c.label in LABELS
                                                or lab == "MODEL" == c.label and (text[c.end:e].strip() == "Chat"
                                                                                  or _is_version(text[c.end:e]))):
                absorbed.add((c.start, c.end))
            if lab == "ORG" and e - s > 8:  # a known body inside a new body's name: "Leeds Teaching Hospitals NHS Trust"
                absorbed.update((c.start, c.end) for c in out if c.label == "ORG" and s < c.start and c.end < e
                                and not text.endswith((" and ", " & ", ", "), s, c.start))  # ("University of X and CINECA": two)
            c = ending.get(e)  # "Arena" known alone, ending a new "Glimmer Agent Arena"
            if c is not None and c.start > s and lab == "BENCHMARK" == c.label:
                absorbed.add((c.start, c.end))
        out = [c for c in out if (c.start, c.end) not in absorbed]
        org_of = {(c.start): c.canonical for c in cands if c.label == "ORG"}
        tagged = {(s, e) for s, e, _, _ in extra}
        out += [Cand(s, e, lab, canon, False, org_of.get(s) if lab == "MODEL" else None, None, 1, source="unknown",
                     tagged=(s, e) in tagged) for s, e, lab, canon in new]
        out.sort(key=lambda c: c.start)
        return out

    def _owner(self, text: str, c: Cand, kept: list[Cand]) -> Cand | None:
        """A clipped form owned by another lab ("MBZUAI’s K2") is not this family's when that lab has a family
        of that name: re-resolve it there (K2-Think)."""
        m = OWNER_BEFORE.search(text, max(0, c.start - 3), c.start)
        if m is None or c.org is None:
            return c
        owner = next((o for o in kept if o.label == "ORG" and o.end == m.start()), None)
        if owner is None or owner.canonical == c.org:
            return c
        surface = key(text[c.start:c.end])
        for fam_name in sorted(self.org_families.get(owner.canonical, ())):
            if key(fam_name).startswith(surface):
                fam = self.kb.families[fam_name]
                return Cand(c.start, c.end, "MODEL", fam.name, True, fam.org, fam.name, c.prio, clipped=True,
                            entry=fam, source="owner")
        return c

    def _ellipsis(self, text: str, out: list[Cand]) -> list[Cand]:
        """Coordinated tiers share the version: "Gemini 2.5 Flash and Pro", "Claude 3.5 Sonnet and Haiku"."""
        added: list[Cand] = []
        for c in out:
            if c.gram is None:
                continue
            fam, version, prefix, sufs = c.gram
            g = fam.grammar
            claude = g.formatter == "claude"
            if not (sufs.strip() or claude and CLAUDE_TIER.search(version)):
                continue
            pos = c.end
            while True:
                m = ELLIPSIS.match(text, pos)
                if not m or STOP_TIER_AFTER.match(text, m.end()):
                    break
                word = m.group(1)
                if claude and word in ("Opus", "Sonnet", "Haiku"):
                    v2 = CLAUDE_TIER.sub(word, version)
                    written, canonical = f"{prefix} {v2}", g.format(v2, "", prefix)
                elif (key(word) in g.suffixes and not claude
                      and (word[0].isupper() or g.suffixes[key(word)].lstrip(" -") == word)):
                    written, canonical = f"{prefix} {version} {word}", g.format(version, g.suffixes[key(word)], prefix)
                else:
                    break
                hits = self.gaz.get(key(written)) or self.gaz.get(key(canonical))
                known = next((h.entry for h in hits or () if h.entry.label == "MODEL" and h.entry.kind == "model"), None)
                added.append(Cand(m.start(1), m.end(1), "MODEL", known.name if known else canonical, known is not None,
                                  fam.org, fam.name, 2, entry=known or fam, source="ellipsis"))
                pos = m.end()
        if not added:
            return out
        spans = {(a.start, a.end) for a in added}
        out = [c for c in out if (c.start, c.end) not in spans]
        taken = [(c.start, c.end) for c in out]
        out += [a for a in added if not any(s < a.end and a.start < e for s, e in taken)]
        out.sort(key=lambda c: c.start)
        return out

    def _scan_gazetteer(self, text: str, pieces: "Pieces", todo: list[int], cands: list) -> None:
        """From each word-initial piece in ``todo`` (those that begin some alias), the longest alias."""
        gaz, prefixes = self.gaz, self.prefixes
        parts, low, starts, ends = pieces.parts, pieces.low, pieces.start, pieces.end
        n = len(low)
        done_to = -1
        gap_keys, case_hits = self._gap_keys, self._case_hits
        for i in todo:
            if i <= done_to or not (parts[2 * i] or i == 0 or low[i - 1] == "+" or _script_edge(low[i - 1], low[i])):  # Pieces.word_start
                continue
            s0 = starts[i]
            k = low[i]
            best = None
            j = i
            while True:
                if k in gaz:
                    end = ends[j]
                    if (end >= len(text) or not text[end].isalnum() or pieces.footnote(text, j)
                            or _CJK_LETTER.match(text, end) and not _CJK_LETTER.match(text, end - 1)
                            or (text[end].isdigit() and any(h.entry.versions for h in gaz[k]))):
                        surface = text[s0:end]
                        found = case_hits.get((k, surface))
                        if found is None:
                            hits = [h for h in gaz[k] if self._case_ok(surface, h)]
                            found = case_hits[(k, surface)] = (hits, {h.entry.label for h in hits})
                        if found[0]:
                            best = (j, found)
                j += 1
                if j >= n:
                    break
                gap = parts[2 * j]
                gk = gap_keys.get(gap)
                if gk is None:
                    if len(gap) > 4 or not JOIN_GAP.match(gap):
                        break
                    gk = gap_keys[gap] = _gap_key(gap)
                k2 = k + gk + low[j]
                if k2 not in prefixes:
                    # _rejoin needs a hyphen here or a line break after the next piece
                    if gap != "-" and (j + 1 >= n or "\n" not in parts[2 * j + 2]):
                        break
                    k2 = self._rejoin(text, pieces, j, k, gap, s0)
                    if k2 is None:
                        break
                    if k2[1]:
                        j += 1
                    k2 = k2[0]
                k = k2
            if best is None:
                continue
            j, (hits, labels) = best
            c = self._cand_from_hit(text, s0, ends[j], hits, labels)
            if c is not None:
                cands.append(c)
            done_to = j

    def _rejoin(self, text: str, pieces: "Pieces", j: int, k: str, gap: str, s0: int):
        """Second chance for a piece that does not continue any alias key.

        * slug versions: ``glm-4-6`` / ``llama-3-1-8b`` (all lower case, single-digit minor) read as 4.6 / 3.1;
        * words hyphenated at a line end (PDF text): ``Claude Son-\\nnet 4``, ``SWE-bench Multi-\\nlingual``.
        Returns (new key, whether the next piece was consumed) or None.
        """
        low, ends = pieces.low, pieces.end
        p, prev = low[j], low[j - 1]
        if (gap == "-" and len(p) == 1 and p.isdigit() and prev.isdigit() and len(prev) == 1
                and not any(ch.isupper() for ch in text[s0:ends[j]])):
            k3 = k + "." + p
            if k3 in self.prefixes and (ends[j] >= len(text) or text[ends[j]] != "."):
                return k3, False
        if j + 1 < len(low) and p.isalpha():
            gap2 = pieces.parts[2 * j + 2]
            nxt = low[j + 1]
            if BROKEN_WORD.fullmatch(gap2) and nxt.isalpha() and text[pieces.start[j + 1]].islower():
                k3 = k + _gap_key(gap) + p + nxt
                if k3 in self.prefixes:
                    return k3, True
        return None

    @staticmethod
    def _case_ok(surface: str, hit: Hit) -> bool:
        if " " not in hit.alias and (" " in surface or "\t" in surface):
            return False  # "OpenAI"/"openai" do not license "open AI"; spaced variants are listed as aliases
        if hit.case_sensitive == "exact":
            return clean(surface) == hit.alias
        if hit.case_sensitive:
            a, w = _NAME_GAP.sub("", hit.alias), _NAME_GAP.sub("", surface)
            # brand-cased names (an inner capital: QwQ, LLaMA) may be shouted: "QWQ"; plain words may not ("PHI")
            return w == a or (w.isupper() and w.upper() == a.upper() and a[:1].isupper() and any(ch.isupper() for ch in a[1:])
                              and any(ch.islower() for ch in a) and sum(ch.isalpha() for ch in a) >= 3)
        if hit.ambiguous:
            if not surface[:1].isupper():
                return False
            if hit.alias.isupper() and not surface.isupper():
                return False
        return True

    def _cand_from_hit(self, text: str, start: int, end: int, hits: list[Hit], labels: set[str] | None = None) -> Cand | None:
        if labels is None:
            labels = {h.entry.label for h in hits}
        if "STOP" in labels:
            return Cand(start, end, "STOP", None, True, None, None, 9, source="stop")
        hit = hits[0]
        if len(labels) > 1 and "ORG" in labels:
            as_org = bool(ACTS_AS_ORG.match(text, end)) or bool(ORG_BEFORE.search(text[max(0, start - 30):start]))
            hit = next(h for h in hits if (h.entry.label == "ORG") == as_org)
        e = hit.entry
        clipped = hit.clipped
        if e.label == "ORG":
            label = "ORG"
            if e.name in self.kb.families and MODEL_SCORE_AFTER.match(text, end):
                fam = self.kb.families[e.name]
                return Cand(start, end, "MODEL", e.name, True, fam.org, fam.name, 3, hit.ambiguous, entry=e)
            if e.name in {"DeepSeek", "MiniMax", "Baichuan"} and MODEL_SCORE_AFTER.match(text, end):
                return Cand(start, end, "MODEL", e.name, True, e.name, e.name, 3, hit.ambiguous, entry=e)
            return Cand(start, end, label, e.name, True, None, None, 3, hit.ambiguous, entry=e)
        if e.label == "BENCHMARK":
            canonical = e.name
            if e.versions == "year":
                m = YEAR_AFTER.match(text, end)
                mb = YEAR_BEFORE.search(text[max(0, start - 8):start])
                if m and len(m.group(1)) == 2 and not TWO_DIGIT_YEAR.fullmatch(m.group(1)):
                    m = None
                if m:
                    canonical = format_benchmark(e.name, m.group(1), "year")
                    end = m.end()
                elif mb:
                    canonical = format_benchmark(e.name, mb.group(1), "year")
                    start = start - len(mb.group(0))
            elif e.versions == "v":
                m = V_AFTER.match(text, end)
                if m:
                    canonical = format_benchmark(e.name, m.group(1), "v")
                    end = m.end()
            elif e.versions == "num":
                m = NUM_AFTER.match(text, end)
                if m:
                    canonical = format_benchmark(e.name, m.group(1), "num")
                    end = m.end()
            return Cand(start, end, "BENCHMARK", canonical, True, None, None, 3, hit.ambiguous, entry=e)
        # MODEL
        if e.kind == "model":
            fam = self.kb.families.get(e.family)
            org = e.org or (fam.org if fam else None)
            return Cand(start, end, "MODEL", e.name, True, org, e.family, 3, hit.ambiguous, clipped, entry=e)
        tm = TEAM_AFTER.match(text, end)
        if tm:  # "the MiMo team" -> the developer's unit; "under the internlm organisation" -> the developer
            if tm.group(1).lower() == "team":
                span_end = tm.end()
                org = next((h.entry.name for h in self.gaz.get(key(text[start:span_end]), ()) if h.entry.label == "ORG"), None)
                return Cand(start, span_end, "ORG", org or (f"{e.org} {e.name}" if e.org else f"{e.name} team"),
                            org is not None, None, None, 3, False, entry=e)
            if e.org:
                return Cand(start, end, "ORG", e.org, True, None, None, 3, False, entry=self.kb.orgs.get(e.org))
        if e.name == "Qwen" and (ACTS_AS_ORG.match(text, end) or QWEN_ORG_AFTER.match(text, end)
                                 or ORG_BEFORE.search(text[max(0, start - 30):start])):
            return Cand(start, end, "ORG", "Qwen team", True, None, None, 3, False, entry=e)
        return Cand(start, end, "MODEL", e.name, True, e.org, e.name, 3, hit.ambiguous, clipped, entry=e)

    def _grammar_pieces(self, present: set[str], grammars: list[int]) -> set[str]:
        """The pieces of this text that begin with a literal of one of these grammars: at a word
        start, the only places where those grammars' matches can start (see :meth:`_grammar_matches`)."""
        wanted: set[str] = set()
        if not grammars:
            return wanted
        ordered = sorted(present)
        for i in grammars:
            for lit in self.grammars[i].grammar.literals:
                wanted.update(_starting_with(ordered, lit))
        return wanted

    def _scan_grammars(self, text: str, cands: list, grammars: list[int], heads: dict[str, list[int]]) -> None:
        ordered = sorted(heads)
        named = self._grammar_names
        for i in grammars:  # in KB order, as when every grammar was tried
            fam = self.grammars[i]
            g = fam.grammar
            for m in self._grammar_matches(g, text, heads, ordered):
                prefix, version, suffixes = m.group("prefix", "version", "suffixes")
                gk = (i, m.group(), prefix, version, suffixes)
                got = named.get(gk)
                if got is None:  # the same name recurs across documents: work it out once
                    got = named[gk] = self._grammar_name(fam, m.group(), prefix, version, suffixes)
                canonical, known, entry, amb = got
                cands.append(Cand(m.start(), m.end(), "MODEL", canonical, known, fam.org, fam.name,
                                  4 if known else 3, amb, entry=entry, source="grammar",
                                  gram=(fam, version, prefix, suffixes)))

    def _grammar_name(self, fam: Entry, surface: str, prefix: str, version: str, suffixes: str) -> tuple:
        """(canonical, known, entry, ambiguous) of a name a family's grammar matched."""
        g = fam.grammar
        hits = self.gaz.get(key(surface))
        known = next((h.entry for h in hits or () if h.entry.label == "MODEL" and h.entry.kind == "model" and not h.clipped), None)
        if known is None:
            formatted = g.format(version, suffixes, prefix)
            items, dropped = g.suffix_items(suffixes)
            if (not dropped and any(gen for _, gen in items) and prefix in g.prefixes
                    and not SPACE.search(surface)):
                formatted = clean(surface)  # repo-style id with a generic suffix: "Falcon3-10B-Base"
            hits = self.gaz.get(key(formatted))
            known = next((h.entry for h in hits or () if h.entry.label == "MODEL" and h.entry.kind == "model" and not h.clipped), None)
            canonical = known.name if known else formatted
        else:
            canonical = known.name
        amb = bool(g.lower and surface[:1] == "O" and not suffixes)  # "O1" may be anything; needs OpenAI context
        return canonical, known is not None, self.kb.models.get(canonical, fam), amb

    @staticmethod
    def _grammar_matches(g, text: str, heads: dict[str, list[int]], ordered: list[str]):
        """What ``g.regex.finditer(text)`` finds, tried only at word-initial pieces that begin with
        one of the grammar's literals (the first letters or digits of a prefix): the only places
        where a match can start. ``heads``: word-initial piece -> its positions; ``ordered``: its
        keys sorted, so the pieces starting with a literal are one run found by bisection."""
        starts = {pos for lit in g.literals for piece in _starting_with(ordered, lit) for pos in heads[piece]}
        return _finditer_from(g.regex, text, starts)

    def _scan_short(self, text: str, fams: dict[str, list[int]]) -> list[Cand]:
        """Clipped forms of the families named in the text (``fams``: family -> where it is named).

        Two families may clip to the same form ("V7": DeepSeek-V7, Midjourney V7): the one named
        nearest before it comes first (else nearest after), then by name, so the choice never
        depends on a set's order."""
        out = []
        short, named = self.short_families, self._short_names
        for name in fams:
            fam = short.get(name)
            if fam is None:
                continue
            g = fam.grammar
            for m in g.short_matches(text):
                surface = m.group()
                got = named.get((name, surface))
                if got is None:
                    got = named[(name, surface)] = self._short_name(g, surface)
                canonical, known = got
                out.append(Cand(m.start(), m.end(), "MODEL", canonical, known, fam.org, fam.name, 2,
                                clipped=True, entry=fam, source="short"))
        if len(out) > 1:
            ordered: dict[str, list[int]] = {}  # fams' positions sorted: the nearest by bisection, not a scan

            def nearest(c: Cand) -> tuple:
                at = ordered.get(c.family)
                if at is None:
                    at = ordered[c.family] = sorted(fams[c.family])
                i = bisect_right(at, c.start)
                return (c.start, c.end, (0, c.start - at[i - 1]) if i else (1, at[0] - c.start), c.family)
            out.sort(key=nearest)
        return out

    def _short_name(self, g, surface: str) -> tuple[str, bool]:
        """(canonical, known) of a clipped form (``R1`` -> DeepSeek-R1)."""
        full = g.cprefix + g.sep + surface
        hits = self.gaz.get(key(full))
        known = next((h.entry for h in hits or () if h.entry.label == "MODEL" and h.entry.kind == "model"), None)
        if known is None:
            rm = g.regex.fullmatch(full)
            canonical = g.format(rm.group("version"), rm.group("suffixes"), rm.group("prefix")) if rm else clean(full)
            hits = self.gaz.get(key(canonical))
            known = next((h.entry for h in hits or () if h.entry.label == "MODEL" and h.entry.kind == "model"), None)
            if known:
                canonical = known.name
        else:
            canonical = known.name
        return canonical, known is not None

    def _scan_unknown(self, text: str, cands: list) -> None:
        heads: list[str] = []
        for rx, amb, starts in ((UNKNOWN_SIZE, False, _name_starts(text, SIZE_AFTER_NAME, _SIZE_NAME_CHARS)),
                                (UNKNOWN_TYPE, True, _name_starts(text, TYPE_AFTER_NAME, _TYPE_NAME_CHARS))):
            for m in _finditer_from(rx, text, starts):
                name = m.group("name")
                head = NAME_HEAD.split(name, maxsplit=1)[0]
                if head in UNKNOWN_NAME_BLOCK or key(name) in self.gaz and self.gaz[key(name)][0].entry.label == "ORG":
                    continue
                cands.append(Cand(m.start(), m.end(), "MODEL", clean(m.group()), False, None, None, 1, amb, source="form"))
                if not amb and CAPITALISED.fullmatch(head) and head not in heads and key(head) not in self.gaz:
                    heads.append(head)
        # a new name seen with a size ("Vela-2.5-32B-Reasoner") is a family for this document: "Vela-3"
        for head in heads:
            for m in re.finditer(rf"(?<![\w.{_H}]){re.escape(head)}[{_H}]\d+(?:\.\d+)?(?![\w+]|\.\d|[{_H}]\w)", text):
                cands.append(Cand(m.start(), m.end(), "MODEL", clean(m.group()), False, None, None, 1, source="form"))

    def _scan_handles(self, text: str, cands: list) -> None:
        """Social handles of known organisations: ``@AnthropicAI``, ``@deepseek_ai``."""
        if "@" not in text:
            return
        for m in HANDLE.finditer(text):
            h = key(m.group(1))
            for k in (h, HANDLE_TAIL.sub("", h)):
                org = next((x.entry for x in self.gaz.get(k, ()) if x.entry.label == "ORG"), None)
                if org is not None:
                    cands.append(Cand(m.start(), m.end(), "ORG", org.name, True, None, None, 5, entry=org, source="handle"))
                    break

    def _scan_org_forms(self, text: str, cands: list) -> None:
        """Unknown labs by form (``Orin Labs``, ``Helix Research``), then their short name and slug."""
        found = {}
        for m in _finditer_from(ORG_FORM, text, _org_form_starts(text)):
            head, start = m.group(1), m.start()
            words = head.split()
            block = ORG_FORM_BLOCK if not m.group("inst") else ()  # "Swiss AI" is no lab, the "Swiss AI Initiative" is
            if len(words) == 2 and (words[0] in block or words[0].lower() in STOP_WORDS):  # "Meanwhile Moonshot AI"
                head, start = words[1], m.start() + len(words[0]) + 1
                words = words[1:]
            if (words[0] in block or words[0].lower() in STOP_WORDS or key(head) in self.gaz or key(words[0]) in self.gaz
                    or words[0] in BLOCKED_HEADS and block):  # "Galaxy AI": a product line's features
                continue
            name = clean(text[start:m.end()])
            if head not in ORG_FORM_BLOCK:  # "Swiss" alone is no short name of the "Swiss AI Initiative"
                found[name] = head
            cands.append(Cand(start, m.end(), "ORG", name, False, None, None, 1, True, source="orgform"))
        for name, head in found.items():
            slug = re.escape(name.lower()).replace(r"\ ", "[-_]")
            full = rf"{re.escape(head)}[ ](?:KI|Yapay[ ]Zek[aâ])|" if NATIVE_AI_END.search(name) else ""  # ("Feldberg KI presents")
            pat = rf"(?<![\w@.\-])(?:{full}{re.escape(head)}|{slug})(?![\w\-])"
            for m in re.finditer(pat, text):
                cands.append(Cand(m.start(), m.end(), "ORG", name, False, None, None, 1, source="orgform"))

    # -----------------------------------------------------------------------------------------
    def _valid(self, c: Cand, text: str, ctx: "_Context") -> bool:
        if c.label == "STOP":
            return True
        e = c.entry
        if e is not None and e.label == "BENCHMARK" and e.name in ("IMO", "IOI", "ICPC", "USAMO"):
            before = text[max(0, c.start - 40):c.start]
            if c.canonical == e.name:
                lm = HUMAN_LIST.match(text, c.end)
                if HUMAN_MEDAL.match(text, lm.end() if lm else c.end) or HUMAN_BEFORE.search(before):
                    return False
            if IMO_ORG_AFTER.match(text, c.end) or IMO_ORG_BEFORE.search(before):
                if c.canonical == e.name:
                    c.label = "ORG"
        if e is not None and e.kind in ("broadcaster", "exchange") and c.label == "ORG" and (
                outlet_cites.index_named(text, c.start, c.end) if e.kind == "exchange" else outlet_cites.cited(text, c.start, c.end)
                or c.ambiguous and outlet_cites.other_meaning(text, c.start, c.end)):
            return False  # "according to NRK", "the Nasdaq closed up": a source or an index, no organisation (guidelines §2)
        if c.label == "ORG" and (c.start == 0 or text[c.start - 1] == "\n") and DATELINE_AFTER.match(text, c.end):
            return False  # "Stanford, CA — Researchers at ...": the dateline's place
        if c.label == "ORG" and MAKER_OF.search(text, max(0, c.start - 30), c.start):
            return False  # "Anysphere, maker of Cursor": the product, not the company
        if c.label == "ORG" and (LICENSE_AFTER.match(text, c.end) or names_licence(text, c.start, c.end) or CLAUSE_END.match(text, c.end)
                                  and UNDER_BEFORE.search(text, max(0, c.start - 12), c.start) and licence_name(text, c.start, c.end)):
            return False  # "under MIT", "the Mistral Research License": a licence, not the organisation
        if not c.ambiguous:
            return True
        if WORD_BEFORE.search(text[max(0, c.start - 12):c.start]) and c.source != "orgform":
            return False  # ("the word Claude"; a name with its lab word is no word cited: "She named Kestrel Labs")
        if c.label == "MODEL":
            m = CAP_WORD_AFTER.match(text, c.end) if text[c.start:c.end] in PERSONLIKE else None
            if m and not ctx.covered(c.end, m.end()) and not self._is_tier(m.group(1)):
                return False
            if PERSON_AFTER.match(text, c.end):
                return False
            if c.family == c.canonical and PRODUCT_AFTER.match(text, c.end):
                return False  # "its Codex products", "Codex cloud tasks": the product line, not a model
        return ctx.ai_near(c)

    @staticmethod
    def _is_tier(word: str) -> bool:
        return word in {"Pro", "Flash", "Ultra", "Advanced", "Nano", "Opus", "Sonnet", "Haiku", "Models", "Model", "App", "API",
                        "Chat", "Code", "Live", "Team", "Thinking", "Deep", "Is", "The", "And", "Or", "On", "In", "With", "For"}


class _Context:
    """Sentence-level AI context for ambiguous candidates, worked out on first use: half the
    documents have none."""

    def __init__(self, text: str, cands: list[Cand]) -> None:
        self.text = text
        self.cands = cands
        self.bounds: list[int] | None = None

    def _setup(self) -> None:
        # (_valid may turn a BENCHMARK into an ORG before this runs: both are in LABELS, neither is STOP)
        cands, text = self.cands, self.text
        self.bounds = [m.end() for m in SENT_BOUNDARY.finditer(text)]
        self.spans = sorted((c.start, c.end) for c in cands if c.label != "STOP")
        self.strong = [c for c in cands if c.label in LABELS and not c.ambiguous and not c.clipped]
        self.strong_sents = {self._sent(c.start) for c in self.strong}
        self.strong_related = {x for c in self.strong for x in (c.canonical, c.org, c.family) if x}
        self._sent_ai: dict[int, bool] = {}

    def _sent(self, pos: int) -> int:
        return bisect_right(self.bounds, pos)

    def covered(self, start: int, end: int) -> bool:
        if self.bounds is None:
            self._setup()
        i = bisect_right(self.spans, (start, 10**9))
        return any(s < end and e > start for s, e in self.spans[max(0, i - 3):i + 3] if (s, e) != (start, end))

    def ai_sentence(self, pos: int) -> bool:
        """The sentence at ``pos``, or one next to it, holds AI vocabulary or an unambiguous KB entity
        (a headline's topic is often in the next line)."""
        if self.bounds is None:
            self._setup()
        si = self._sent(pos)
        return any(self._ai(i) for i in (si, si - 1, si + 1) if 0 <= i <= len(self.bounds))

    def ai_text(self) -> bool:
        if self.bounds is None:
            self._setup()
        return bool(self.strong) or AI_WORDS.search(self.text) is not None

    def _ai(self, si: int) -> bool:
        if si in self.strong_sents:
            return True
        if si not in self._sent_ai:
            lo = self.bounds[si - 1] if si > 0 else 0
            hi = self.bounds[si] if si < len(self.bounds) else len(self.text)
            self._sent_ai[si] = AI_WORDS.search(self.text, lo, hi) is not None
        return self._sent_ai[si]

    def ai_near(self, c: Cand) -> bool:
        if self.bounds is None:
            self._setup()
        si = self._sent(c.start)
        if si in self.strong_sents:
            return True
        if c.label in ("ORG", "BENCHMARK") and self.strong:
            return True
        if c.entry is not None and ({c.canonical, c.org, c.family} & self.strong_related - {None}):
            return True
        return self._ai(si)


POSSESSIVE = re.compile(r"['\u2019]s\b")
LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*\Z")


NAME_WORD_BEFORE = re.compile(r"(?<![\w.])[A-Z][A-Za-z]+[ ]\Z")


def _is_version(tail: str) -> bool:
    """" 3", " 1.5": what a new name adds to a known one it goes on ("Solar Pro 3" after "Solar Pro"),
    so the new name replaces the known one instead of overlapping it."""
    return tail[:1] == " " and tail[1:].replace(".", "", 1).isdigit()


def _version_of_word(text: str, c: Cand) -> bool:
    """A clipped form made of digits ("4.1", "4o") right after a capitalised word is that word's
    version ("Grok 4.1 Fast", "Orin 4o"), not another family's model."""
    return text[c.start:c.start + 1].isdigit() and NAME_WORD_BEFORE.search(text, max(0, c.start - 30), c.start) is not None


SLUG_TAIL = re.compile(r"(?:-[a-z][a-z0-9]*)+(?![\w.\-]\w)")
SLUG_MODE_WORDS = frozenset("reasoning non thinking high low medium minimal latest preview".split())


def _slug_tails(text: str, out: list[Cand]) -> list[Cand]:
    """A known model's API id goes on with words the grammar does not know: ``grok-4-1-fast-reasoning``
    is one id (its tier words join the canonical name, its mode words do not: Grok 4.1 Fast)."""
    for i, c in enumerate(out):
        if c.label != "MODEL" or not text.startswith("-", c.end) or not text[c.start:c.end].islower():
            continue
        m = SLUG_TAIL.match(text, c.end)
        nxt = out[i + 1].start if i + 1 < len(out) else len(text)
        words = m.group()[1:].split("-") if m else []
        if m is None or m.end() > nxt or not all(w in SLUG_MODE_WORDS or w.capitalize() in TIER_WORDS for w in words):
            continue  # (an article's URL slug goes on with other words: "claude-sonnet-4-in-coding")
        tiers = [w.capitalize() for w in words if w.capitalize() in TIER_WORDS and w not in SLUG_MODE_WORDS]
        c.end = m.end()
        if tiers and c.canonical:
            c.canonical = " ".join([c.canonical, *tiers])
    return out


def _models_in_lists(text: str, cands: list[Cand], kb: KB) -> None:
    """A lab name listed among models denotes its model: "Llama, Gemma and DeepSeek" (MODEL); not one that
    goes on acting as a company ("MiniMax-M2 and DeepSeek put out V3.2": a new clause's subject)."""
    for i, c in enumerate(cands):
        if c.label != "ORG" or text.startswith("/", c.end) or POSSESSIVE.match(text, c.end) or ACTS_AS_ORG.match(text, c.end) or not (c.canonical in kb.families or c.canonical in {"DeepSeek", "MiniMax", "Baichuan"}):
            continue
        prev = cands[i - 1] if i else None
        if prev is not None and prev.label == "MODEL" and LIST_GAP.match(text[prev.end:c.start]):
            nxt = cands[i + 1] if i + 1 < len(cands) else None
            if nxt is not None and nxt.label == "ORG" and LIST_GAP.match(text[c.end:nxt.start]):
                continue
            fam = kb.families.get(c.canonical)
            c.label, c.family, c.org = "MODEL", c.canonical, fam.org if fam else c.canonical


def _orgs_in_org_columns(text: str, cands: list[Cand]) -> None:
    """A lab's name under a table's Org / Developer column is the lab, even with a score in the next
    cell ("| DeepSeek-V3.2 | DeepSeek | 55.8 |"), which alone would make it its model."""
    turned = [c for c in cands if c.label == "MODEL" and c.entry is not None and c.entry.label == "ORG"]
    if not turned:
        return
    cells = {(s, e) for s, e, _ in _table_column_cells(text, ORG_COLUMN)}
    for c in turned:
        if (c.start, c.end) in cells:
            c.label, c.org, c.family = "ORG", None, None


def _roles_by_keys(text: str, cands: list[Cand]) -> None:
    """A new name in an export's "model" / "benchmark" column or under a record's "model:" / "benchmark:" key takes
    the label its header or key names, whatever a list or a neighbour said (:mod:`nlp.delimited_exports`)."""
    unknown = [c for c in cands if not c.known and c.label in ("MODEL", "BENCHMARK")]
    if not unknown:
        return
    roles = {(s, e): lab for s, e, lab in _csv_column_cells(text, {"model": "MODEL", "benchmark": "BENCHMARK"})}
    for c in unknown:
        lab = roles.get((c.start, c.end))
        if lab and lab != c.label:
            c.label = lab


def _doc_names(text: str, pieces: Pieces, out: list[Cand], listed, stream=None) -> list[Cand]:
    """The other mentions of the names this document introduced, and tiers standing alone for a model it
    names in full (:mod:`nlp.doc_names`); ``listed(word)``: the knowledge base knows the word as a name;
    ``stream``: names remembered from earlier documents (:mod:`nlp.name_memory`), spread after the
    document's own, as source "memory"."""
    new = [c for c in out if not c.known and c.label in LABELS and c.canonical]
    out.sort(key=lambda c: c.start)
    starts = [c.start for c in out]  # (out does not overlap)
    for i, (end, canon) in tails(text, [(c.start, c.end, c.label, c.canonical) for c in new]).items():
        c = new[i]
        j = bisect_right(starts, c.start)  # the entity after it must begin at or after the new end
        if j >= len(out) or out[j].start >= end:
            c.end, c.canonical = end, canon  # "Perrin 2" in "the smaller Perrin 2 Mini"
    names = [(c.start, c.end, c.label, c.canonical) for c in new]
    found = [(c.start, c.end) for c in out]
    more: list[tuple[int, int, str, str]] = []

    def taken() -> list[tuple[int, int]]:
        return sorted(found + [(s, e) for s, e, _, _ in more])

    memory = remembered(text, names, [(c.start, c.end, c.label) for c in out if c.known], listed) if names else {}
    if memory:
        more += spread(text, pieces.parts, pieces.low, pieces.start, pieces.end, memory, found)
    recalled = stream.present(text, set(pieces.low), listed) if stream else {}
    if recalled:
        recalled = {k: v for k, v in recalled.items() if k not in memory}  # the document's own spelling wins
        got = spread(text, pieces.parts, pieces.low, pieces.start, pieces.end, recalled, taken())
        more += got
        memory = {**recalled, **memory}
        recalled = {(s, e) for s, e, _, _ in got}
    if memory:
        for c in new:  # "Halberd" found alone, "Halberd Capital" in full: the lab's full name ("Sextant" beside
            # "Sextant Board": the board's); "On V2," guessed a
            # benchmark where the text names Loam-V2: the model
            hit = memory.get(_squash(text[c.start:c.end]))
            if hit is not None and c.label in ("ORG", "BENCHMARK") and c.label == hit[0] and text[c.start:c.end] != hit[1]:
                c.canonical = hit[1]
            elif hit is not None and c.label == "BENCHMARK" and hit[0] == "MODEL" and text[c.start:c.end] == hit[2] != hit[1]:
                c.label, c.canonical = "MODEL", hit[1]
    more += api_ids(text, taken(), memory)
    if names:
        more += acronyms(text, names + [(c.start, c.end, c.label, c.canonical) for c in out if c.known and c.label == "ORG"],
                         taken(), listed)
    models = [(c.start, c.canonical) for c in out if c.label == "MODEL" and c.canonical]
    models += [(s, canon) for s, _, lab, canon in more if lab == "MODEL"]
    models += name_variants.remembered_models(models, stream) if stream else []  # "And Pro?" after "Corvid"
    more += tiers_alone(text, models, taken(), listed)
    if not more:
        return out
    # "Flash" for a known Gemini 2.5 Flash is known too
    return _add_owned(out, more, stream.names if stream else {}, lambda s, e, lab, canon: (s, e) in recalled)


def _slug_forms(text: str, out: list[Cand], cands: list[Cand], memory, ai_text: bool) -> list[Cand]:
    """Ids, slugs and lower-case forms of names in a slug-dense passage (:mod:`nlp.slug_names`); a form of a
    name found takes what is known of it."""
    found = [(c.start, c.end, c.label, c.canonical, text[c.start:c.end]) for c in out]
    found += [(c.start, c.end, "STOP", None, "") for c in cands if c.label == "STOP"]
    guessed = frozenset((c.start, c.end) for c in out if not c.known)
    more = slug_names.find(text, found, slug_names.remembered_slug_forms(memory), ai_text, guessed)  # (indexed)
    if not more:
        return out
    owner, at = _first_of_each(out), {(c.start, c.end): c for c in out}
    for s, e, lab, canon in more:
        if (s, e) in at:  # a guess its list relabels
            c = at[(s, e)]
            c.label, c.canonical, c.org, c.family = lab, canon, None, None
            continue
        o = owner.get((lab, canon))
        out.append(Cand(s, e, lab, canon, o.known if o else False, o.org if o else None, o.family if o else None, 1,
                        entry=o.entry if o else None, source="doc" if o else "slug"))
    out.sort(key=lambda c: c.start)
    return out


def _script_aliases(text: str, out: list[Cand]) -> list[Cand]:
    """Other-script forms of the names found, and found other-script spans re-named in English."""
    new, recanon = script_aliases.find(text, [(c.start, c.end, c.label, c.canonical) for c in out if c.label in LABELS])
    renamed = {c.canonical: recanon[(c.start, c.end)] for c in out if (c.start, c.end) in recanon}
    for c in out:  # (and the other mentions that had the other-script canonical: "Αλκυόνη" of "Αλκυόνη Research")
        if c.label in LABELS and c.canonical in renamed:
            c.canonical, c.known, c.entry = renamed[c.canonical], False, None
    return _add_forms(out, new, "alias")


def _first_of_each(out: list[Cand]) -> dict[tuple[str, str | None], Cand]:
    """(label, canonical) -> the first candidate with it: whose knowledge a new form of that name takes."""
    owner: dict[tuple[str, str | None], Cand] = {}
    for c in out:
        owner.setdefault((c.label, c.canonical), c)
    return owner


def _short_forms(text: str, out: list[Cand], cands: list[Cand], listed) -> list[Cand]:
    """A bracketed abbreviation and a body's first word standing for a name found (:mod:`nlp.short_forms`)."""
    found = [(c.start, c.end, c.label, c.canonical, c.known) for c in out]
    more = short_forms.find(text, found + [(c.start, c.end, "STOP", None, False) for c in cands if c.label == "STOP"], listed)
    if not more:
        return out
    owner = _first_of_each(out)
    for s, e, lab, canon in more:
        o = owner[(lab, canon)]
        out.append(Cand(s, e, lab, canon, o.known, o.org, o.family, 1, entry=o.entry, source="doc"))
    out.sort(key=lambda c: c.start)
    return out


def _written_forms(text: str, out: list[Cand], cands: list[Cand], memory) -> list[Cand]:
    """Lower-case, slug, hashtag and recased forms of the names found or remembered, a bracketed two-letter
    abbreviation (:mod:`nlp.written_forms`); a form takes what is known of its name."""
    found = [(c.start, c.end, c.label, c.canonical, c.known) for c in out if c.label in LABELS and c.canonical]
    remembered = written_forms.remembered_forms(memory)  # indexed: no visit of every remembered name per document
    more = written_forms.find(text, found, remembered, [(c.start, c.end) for c in cands if c.label == "STOP"])
    if not more:
        return out
    names = memory.names if memory else {}
    return _add_owned(out, more, names, lambda s, e, lab, canon: (lab, canon) in names)


def _variants(text: str, out: list[Cand], memory) -> list[Cand]:
    """Short forms named as the one name they clip; path pieces and spoken numbers of names found or remembered
    (:mod:`nlp.variant_index`)."""
    found = [(c.start, c.end, c.label, c.canonical, c.known) for c in out]
    for i, canon in variant_index.expanded(text, found, memory).items():
        out[i].canonical = canon
    branch = variant_index.branch_spans(text, found)
    if branch:  # "feat/tarrow-4": a git branch, no name
        out = [c for c in out if (c.start, c.end) not in branch]
        found = [(c.start, c.end, c.label, c.canonical, c.known) for c in out]
    more = (variant_index.path_pieces(text, found, memory) + variant_index.spoken(text, found, memory)
            + variant_index.bare_tiers(text, found, memory) + variant_index.inflected(text, found, memory)
            + variant_index.short_forms(text, found))
    if not more:
        return out
    out = [c for c in out if not any(s < c.end and c.start < e and (s, e) != (c.start, c.end) for s, e, *_ in more)]
    names = memory.names if memory else {}
    return _add_owned(out, more, names, lambda s, e, lab, canon: (lab, canon) in names)


def _caps_names(text: str, out: list[Cand]) -> list[Cand]:
    """Names in ALL-CAPS lines that the passage writes in mixed case."""
    new, recanon = caps_names.find(text, [(c.start, c.end, c.label, c.canonical, c.known) for c in out if c.label in LABELS],
                                   CAPS_PLAIN)
    for c in out:
        if (c.start, c.end) in recanon:
            c.label, c.canonical = recanon[(c.start, c.end)]
    return _add_forms(out, new, "caps")


def _add_owned(out: list[Cand], more, names, from_memory) -> list[Cand]:
    """`out` with the new spans (start, end, label, canonical) of forms of names found or remembered: a form of a name
    found takes what is known of it; one ``from_memory`` says the stream recalled takes the memory's developer."""
    owner = _first_of_each(out)
    for s, e, lab, canon in more:
        o = owner.get((lab, canon))
        if o is None and from_memory(s, e, lab, canon):
            named = names.get((lab, canon))
            out.append(Cand(s, e, lab, canon, False, named.org if named and lab == "MODEL" else None, None, 1,
                            source="memory"))
            continue
        out.append(Cand(s, e, lab, canon, o.known if o else False, o.org if o else None, o.family if o else None, 1,
                        entry=o.entry if o else None, source="doc"))
    out.sort(key=lambda c: c.start)
    return out


def _add_forms(out: list[Cand], new, source: str) -> list[Cand]:
    """`out` with the new spans (start, end, label, canonical) of other forms of names found (another script, capitals),
    each taking the developer and family of the name whose canonical it has."""
    if not new:
        return out
    by_canon = {c.canonical: c for c in out if c.label in LABELS}
    for s, e, label, canon in new:
        a = by_canon.get(canon)
        out.append(Cand(s, e, label, canon, False, a.org if a else None, a.family if a else None, 1, source=source))
    out.sort(key=lambda c: c.start)
    return out


CAPS_PLAIN = TIER_WORDS | COMMON_CAPS


def _typos(text: str, out: list[Cand]) -> list[Cand]:
    """A name misspelt by one letter where the passage names it right (:mod:`nlp.name_typos`)."""
    found, better = name_typos.find(text, [(c.start, c.end, c.label, c.canonical, c.known) for c in out])
    for i, canon in better.items():
        out[i].canonical = canon
    if not found:
        return out
    for s, e, i, canon in found:
        o = out[i]
        model = o.label == "MODEL"
        out.append(Cand(s, e, o.label, canon, o.known if canon == o.canonical else False, o.org if model else None,
                        o.family if model else None, 1, entry=o.entry if canon == o.canonical else None, source="doc"))
    out.sort(key=lambda c: c.start)
    return out


def _tagger_ok(surface: str) -> bool:
    """The rules' word lists hold for the tagger too: "GPU" or "Galaxy S25 Ultra" never start a name."""
    return surface not in COMMON_CAPS and _ok_head(surface)


def _org_form_ok(surface: str) -> bool:
    """The rules' lab form reads ``surface`` as a lab's name (:meth:`EntityFinder._scan_org_forms`' test): "Orin
    Labs", not "Generative AI" or "Self-Driving Labs" (the tagger's labs pass it: :mod:`nlp.tagger_refusals`)."""
    m = ORG_FORM.fullmatch(surface)
    if m is None:
        return False
    first = m.group(1).split()[0]
    block = ORG_FORM_BLOCK if not m.group("inst") else ()
    return not (first in block or first.lower() in STOP_WORDS or first in BLOCKED_HEADS and block)


def _best_forms(text: str, out: list[Cand], memory) -> None:
    """Each new name takes the canonical of its best-written form in the passage or the memory (:mod:`nlp.name_forms`);
    names a family's grammar formatted keep the knowledge base's formatting."""
    for i, canon in name_forms.settle(text, [(c.start, c.end, c.label, c.canonical, c.known or c.source in KB_FORMATTED)
                                             for c in out], memory).items():
        out[i].canonical = canon


KB_FORMATTED = frozenset({"grammar", "o", "ellipsis", "owner", "short", "gaz"})


def _unify_names(text: str, out: list[Cand]) -> None:
    """One canonical name per new name of the document (:func:`nlp.doc_names.unify`)."""
    for i, canon in unify(text, [(c.start, c.end, c.label, c.canonical, c.known) for c in out]).items():
        out[i].canonical = canon


def _span_edges(text: str, out: list[Cand], kb_keys: dict) -> list[Cand]:
    """Found names with the words they left out or took in by mistake (:mod:`nlp.span_edges`, then the
    organisations' own edges: :mod:`nlp.org_bounds`)."""
    out = _apply_moves(text, out, kb_keys, span_edges.edits(text, [(c.start, c.end, c.label, c.canonical, c.known) for c in out], kb_keys))
    if any(c.label == "ORG" for c in out):
        moves, drops = org_bounds.edits(text, [(c.start, c.end, c.label, c.canonical, c.known, c.entry) for c in out], kb_keys)
        if drops:
            out = [c for c in out if (c.start, c.end) not in drops]
        out = _apply_moves(text, out, kb_keys, moves)
    return out


def _apply_moves(text: str, out: list[Cand], kb_keys: dict, moves: list[tuple]) -> list[Cand]:
    if not moves:
        return out
    at = {(c.start, c.end): c for c in out}
    for s, e, s1, e1, canon, known in moves:
        c = at.get((s, e))
        if c is None:
            continue
        if canon is None and c.canonical == clean(text[s:e]) and not c.known:
            canon = clean(text[s1:e1])
        c.start, c.end = s1, e1
        if canon is not None:
            c.canonical = canon
        if not known:
            c.known, c.entry = False, None
        elif canon is not None and kb_keys.get(key(text[s1:e1])) is not None:  # "Global MMLU": the KB's Global-MMLU
            c.entry = kb_keys[key(text[s1:e1])]
        out = [x for x in out if x is c or x.end <= s1 or x.start >= e1]
    out.sort(key=lambda c: c.start)
    return out


def _resolve(cands: list[Cand]) -> list[Cand]:
    """Leftmost-longest, then priority; stop phrases swallow what they cover."""
    cands.sort(key=lambda c: (c.start, -(c.end - c.start), -c.prio))
    out: list[Cand] = []
    last_end = -1
    for c in cands:
        if c.start < last_end:
            continue
        out.append(c)
        last_end = c.end
    return [c for c in out if c.label != "STOP"]


# ---------------------------------------------------------------------------------------------
class EntityRecognizer:
    """The ``modelwire_entities`` component."""

    def __init__(self, nlp: Language, name: str, kb_files=(), use_ner_orgs: bool = False,
                 kb_exclude=(), kb_exclude_where: str = "kb_exclude", unknown_scorer: bool = False,
                 name_tagger: bool = True) -> None:
        self.name = name
        self.unknown_scorer = unknown_scorer
        self.name_tagger = name_tagger
        self.kb_files = list(kb_files or [])
        self.use_ner_orgs = use_ner_orgs
        self.kb_exclude = list(kb_exclude or [])
        self.kb_exclude_where = kb_exclude_where
        self.kb = load_kb(self.kb_files, self.kb_exclude, kb_exclude_where)
        self.finder = EntityFinder(self.kb, learned=unknown_scorer, tagger=name_tagger)
        self.label_ids = {label: nlp.vocab.strings.add(label) for label in LABELS}  # ENT_TYPE values

    def initialize(self, get_examples=None, *, nlp=None, kb_files=None) -> None:
        """Reload the knowledge base (optionally with other user files)."""
        if kb_files is not None:
            self.kb_files = list(kb_files)
        memory = self.finder.memory
        self.kb = load_kb(self.kb_files, self.kb_exclude, self.kb_exclude_where)
        self.finder = EntityFinder(self.kb, learned=self.unknown_scorer, tagger=self.name_tagger)
        self.finder.memory = memory

    def set_memory(self, memory) -> None:
        """Find the names of ``memory`` (:class:`nlp.name_memory.NameMemory`, or None) in the next documents."""
        self.finder.memory = memory if memory else None

    def __call__(self, doc: Doc) -> Doc:
        cands = self.finder.find(doc_text(doc))
        doc.user_data[EVIDENCE_KEY] = evidence(cands)
        if self.name_tagger:  # where the tagger alone found a name (nlp.tagger_claims)
            doc.user_data[TAGGED_KEY] = [(c.start, c.end) for c in cands if c.tagged]
        return self.set_annotations(doc, cands)

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)

    def _token_ranges(self, doc: Doc, cands: list[Cand]) -> list[tuple[int, int] | None]:
        """The token range of each candidate, as ``doc.char_span`` would align it ("strict": None
        where an offset is not a token boundary), found by bisection in the token columns."""
        starts, ends = _token_bounds(doc)
        n = len(starts)
        out: list[tuple[int, int] | None] = []
        for c in cands:
            s, e = bisect_left(starts, c.start), bisect_left(ends, c.end)
            out.append((s, e + 1) if s < n and e < n and starts[s] == c.start and ends[e] == c.end else None)
        return out

    def set_annotations(self, doc: Doc, cands: list[Cand]) -> Doc:
        ner_orgs = [e for e in doc.ents if e.label_ == "ORG"] if self.use_ner_orgs else []
        ranges = self._token_ranges(doc, cands)
        if None in ranges:  # a name ends inside a token ("MMLU1" footnotes): split it, retry
            _ensure_boundaries(doc, [(c.start, c.end) for c, r in zip(cands, ranges) if r is None])
            ranges = self._token_ranges(doc, cands)
        rows = []
        data = doc.user_data
        for c, r in zip(cands, ranges):
            if r is None:
                continue
            model = c.label == "MODEL"
            info = [c.canonical, c.known, c.org if model else None, c.family if model else None]
            data[(ENT_KEY, c.start, c.end)] = info
            rows.append((c.start, c.end, c.label, r[0], *info))
        data.pop(ROWS_KEY, None)
        if ner_orgs or doc.has_annotation("ENT_IOB"):
            # a statistical NER ran first: merge its ORG spans with ours, through Span objects
            spans = [Span(doc, r[0], r[1], label=c.label) for c, r in zip(cands, ranges) if r is not None]
            taken = [(s.start_char, s.end_char) for s in spans]
            for e in ner_orgs:
                if any(e.start_char < b and e.end_char > a for a, b in taken):
                    continue
                span = Span(doc, e.start, e.end, label="ORG")
                span._.canonical = clean(e.text)
                span._.known = False
                spans.append(span)
            spans.sort(key=lambda s: s.start)
            doc.ents = spans
            return doc
        # A fresh doc: what `doc.ents = spans` sets (B, I, O and the label of every token), written
        # as two token columns in one call instead of through a Span object per entity.
        ids = self.label_ids
        cols = np.zeros((len(doc), 2), dtype=np.uint64)
        cols[:, 0] = 2  # O
        for c, r in zip(cands, ranges):
            if r is None:
                continue
            s, e = r
            cols[s, 0] = 3  # B
            cols[s + 1:e, 0] = 1  # I
            cols[s:e, 1] = ids[c.label]
        doc.from_array(["ENT_IOB", "ENT_TYPE"], cols)
        data[ROWS_KEY] = rows
        return doc

    # serialization: the component's data is the KB; it is rebuilt from the listed files.
    def to_disk(self, path, *, exclude=tuple()) -> None:
        import srsly
        from pathlib import Path

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg", {"kb_files": [str(p) for p in self.kb_files], "kb_exclude": self.kb_exclude,
                                        "digest": self.kb.digest})

    def from_disk(self, path, *, exclude=tuple()):
        import srsly
        from pathlib import Path

        cfg = srsly.read_json(Path(path) / "cfg")
        self.kb_exclude = list(cfg.get("kb_exclude", []))
        self.initialize(kb_files=cfg.get("kb_files", []))
        return self


def _token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Character offsets where each token starts and ends, from the token columns."""
    cols = doc.to_array(["IDX", "LENGTH"])  # by name: see numbers.sentence_starts
    return cols[:, 0].tolist(), (cols[:, 0] + cols[:, 1]).tolist()


def _ensure_boundaries(doc: Doc, offsets: list[tuple[int, int]]) -> None:
    """Split tokens so every span offset falls on a token boundary (``MMLU1`` footnotes etc.)."""
    starts, ends = map(set, _token_bounds(doc))
    cuts: dict[int, set[int]] = {}
    for s, e in offsets:
        for pos, ok in ((s, s in starts), (e, e in ends)):
            if ok:
                continue
            tok = _token_at(doc, pos)
            if tok is not None and tok.idx < pos < tok.idx + len(tok):
                cuts.setdefault(tok.i, set()).add(pos - tok.idx)
    if not cuts:
        return
    with doc.retokenize() as retok:
        for i, rel in cuts.items():
            tok = doc[i]
            pts = [0, *sorted(rel), len(tok.text)]
            orths = [tok.text[a:b] for a, b in zip(pts, pts[1:])]
            retok.split(tok, orths, heads=[(tok, 0)] * len(orths))


def _token_at(doc: Doc, pos: int):
    lo, hi = 0, len(doc) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        t = doc[mid]
        if pos < t.idx:
            hi = mid - 1
        elif pos >= t.idx + len(t.text_with_ws):
            lo = mid + 1
        else:
            return t
    return None


@Language.factory(
    "modelwire_entities",
    assigns=["doc.ents", "span._.canonical", "span._.known", "span._.org", "span._.family"],
    requires=["token.is_sent_start"],
    default_config={"kb_files": [], "use_ner_orgs": False, "kb_exclude": [], "kb_exclude_where": "kb_exclude",
                    "unknown_scorer": False, "name_tagger": True},
)
def make_entities(nlp: Language, name: str, kb_files: list, use_ner_orgs: bool, kb_exclude: list,
                  kb_exclude_where: str, unknown_scorer: bool, name_tagger: bool) -> EntityRecognizer:
    return EntityRecognizer(nlp, name, kb_files=kb_files, use_ner_orgs=use_ner_orgs, kb_exclude=kb_exclude,
                            kb_exclude_where=kb_exclude_where, unknown_scorer=unknown_scorer, name_tagger=name_tagger)
