"""Where a found name starts and ends: words the finders left out or took in by mistake (round 16).

Each reader looks one word before or after a found name, so the cost is linear in the names found.

Longer (entity guidelines §1 "full version/size/variant suffix", §0 spans of the whole name):

* **a size after a known model**: "MedGemma 27B", "Orlin-2 7B" (a known model's name, then a parameter count
  ``\\d+(\\.\\d+)?[BM]`` written apart; the canonical takes it);
* **a glued code after a known benchmark**: "FinSearchComp-T3", "Halyard-XL" (a hyphen and one or two
  capitals with at most two digits; quantisation tags never);
* **a word before a name that the knowledge base writes with it**: "Global MMLU" when the KB lists
  "Global-MMLU" (the key ignores spaces and hyphens, so the pair is that name written apart);
* **a lower-case connector inside a native body's name**: "Consiglio Nazionale" + "del Notariato",
  "Instituto Nacional" + "de Estadística" (del, della, dei, degli, delle, di, de, da, do, dos, das, du, des,
  ya, wa, van, von, der, für; then one to three capitalised words, the last no sentence opener);
* **"X of the Y" bodies**: "Institute of Computer Science" + "of the" + "Czech Academy of Sciences" are one
  name when the first is a unit word's body (Institute / Department / Faculty / School / Centre / Laboratory);
* **a business noun after a name no list knows**: "Cartwright" + "Logistics" (a closed list of sector nouns).

Shorter:

* **a task line's opening verb** (round 21): "• Ask Quorvex AI for ...", "# Pull Tollgrind Arena numbers" — the verb
  of a backlog, changelog or comment line is not the name's first word (:mod:`nlp.lead_verbs`);

* **a known acronym followed by another all-caps word** is not that acronym: "CMA CGM" is the shipping
  group, not the Competition and Markets Authority (only an acronym the KB expands to a longer name — "MITRE ATLAS"
  is MITRE's own framework; outside all-caps lines; not before AI, CEO, API …);
* **a generic company word at a span's start**, per language: Czech/Slovak "Společnost", "Spoločnosť",
  "Firma", Polish "Spółka", "Firma", Turkish "Şirket", Vietnamese "Công ty", "Tập đoàn", Arabic "شركة", Romanian
  "Compania", "Firma" (dictionary words for "company / firm / group", no set's names);
* **a place adjective at a span's start** when the rest of the span is written elsewhere in the passage on its
  own: Czech/Slovak/Polish adjectives of cities and regions (-ský/-ská/-ské/-cký, -ski/-ska/-cki/-cka/-skie):
  "Brněnský Mlýn AI" beside "Mlýn AI" (English demonyms are left: "European Research Council", "Welsh Government" are
  names beside their own short forms);
* **a function word at a span's end** (Vietnamese, Czech, Polish, Italian, Spanish, Romanian, Turkish closed
  classes: adverbs, auxiliaries, conjunctions that follow a subject): "Đại học Quốc gia TP.HCM cũng" → "… TP.HCM".

``edits(text, ents, kb_names)`` takes (start, end, label, canonical, known) rows and a map ``key(name) ->
entry`` of the KB's names (an object with ``label`` and ``name``) and returns (old start, old end, new start, new end, canonical or None,
known): canonical None keeps the old one; the caller drops what the new span covers.
"""
from __future__ import annotations

import re

from .lead_verbs import lead_verb_cut
from .canonical import HYPHENS, clean, key
from .unknown import _UP

_H = re.escape(HYPHENS)
SIZE_AFTER = re.compile(rf"(?:[ ]|[{_H}])(\d{{1,3}}(?:\.\d)?[BM])(?![\w%]|[{_H}]\w|\.\d)")
GLUED_AFTER = re.compile(rf"[{_H}]([A-Z]{{1,2}}\d{{0,2}})(?![\w]|[{_H}]\w|\.\d)")
_QUANT = frozenset("AWQ GPTQ GGUF MLX NF4 FP8 FP4 Q4 Q5 Q6 Q8 Q2 Q3 EN ZH".split())
WORD_BEFORE = re.compile(rf"(?<![\w{_H}])([{_UP}][\w]+)[ ]\Z")
CONNECTOR_AFTER = re.compile(rf"[ ](?:del|della|dello|dei|degli|delle|di|de|da|do|dos|das|du|des|ya|wa|van|von|der|f\u00fcr)"
                             rf"[ ]([{_UP}][\w\-]+(?:[ ](?:e|y|and|und|et|i)?[ ]?[{_UP}][\w\-]+){{0,2}})(?![\w\-])")
OF_THE = re.compile(r"[ ]of[ ]the[ ]\Z")
UNIT_HEAD = re.compile(r"(?:Institute|Department|Faculty|School|Centre|Center|Laboratory|Division|Unit)[ ]of[ ]")
BUSINESS_AFTER = re.compile(r"[ ](Logistics|Holdings|Airlines|Airways|Shipping|Freight|Energy|Motors|Telecom|Insurance|Pharma|"
                            r"Pharmaceuticals|Foods|Retail|Consulting|Solutions|Industries|Networks|Payments|Healthcare|Bancorp)"
                            r"(?![\w\-])")
CAPS_AFTER = re.compile(r"[ ]([A-Z]{2,5})(?![\w\-.&])")
_NOT_NAME_CAPS = frozenset("""AI ML LLM LLMS API APIS SDK CEO CTO CFO COO CIO CSO GPU GPUS CPU TPU NPU USA UK US EU UN HQ PR IPO
ESG IT HR R&D PDF CSV SQL URL FAQ GDPR Q1 Q2 Q3 Q4 FY AGI RAG MCP OCR TTS ASR NLP GEO SEO B2B B2C SAAS SA AG AB AS NV BV SE
PLC LLC LTD INC CORP GMBH SPA SRL OY OYJ ASA KK BHD TBK PJSC JSC""".split())
GENERIC_HEADS = frozenset("""Společnost Spoločnosť Firma Spółka Şirket Şirketi Compania Compañía Empresa Società""".split()) \
    | {"Công ty", "Tập đoàn", "شركة"}
_GENERIC_TWO = ("Công ty ", "Tập đoàn ")
PLACE_ADJ = re.compile(r"[^\W\d_]{3,}(?:ský|ská|ské|cký|cká|cké|ski|ska|skie|cki|cka|ckie|nský|nská)\Z")
FUNCTION_END = frozenset("""cũng đã sẽ là và của được có này đang cho với trong về để thì mà những các một vừa
je jsou byl byla bylo se si také již už a i ale že
jest są był była było się też już oraz i a że
è ha hanno anche già ed e che
es ha han también ya y que
este a au și că
da de ve ile bu""".split())


def _caps_line(text: str, s: int) -> bool:
    a = text.rfind("\n", 0, s) + 1
    b = text.find("\n", s)
    line = text[a:b if b >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.7 * len(letters)


# compiled once here, not at each name the loops below read
_SIZED_CANON = re.compile(r"\d[BM]\b")


def edits(text: str, ents: list[tuple], kb_names: dict) -> list[tuple]:
    out = []
    starts = {s for s, *_ in ents}
    ends = {e for _, e, *_ in ents}
    by_start = {s: (s, e, lab) for s, e, lab, *_ in ents}
    counted: dict[str, int] = {}
    guesses = {(s, e) for s, e, _, _, known in ents if not known}  # a guess over the word alone gives way ("Global")
    for s, e, label, canon, known in ents:
        surface = text[s:e]
        if label == "MODEL" and known and canon and _SIZED_CANON.search(canon) is None:
            m = SIZE_AFTER.match(text, e)
            if m and m.end() not in ends and not any(e < x < m.end() for x in starts):
                out.append((s, e, s, m.end(), f"{canon} {m.group(1)}", False))
                continue
        if label == "BENCHMARK" and known:
            m = GLUED_AFTER.match(text, e)
            if m and m.group(1) not in _QUANT and not any(e < x < m.end() for x in starts):
                out.append((s, e, s, m.end(), f"{canon}-{m.group(1)}", False))
                continue
        if label in ("BENCHMARK", "MODEL") and known and s > 1:
            w = WORD_BEFORE.search(text, max(0, s - 30), s)
            if w and w.start(1) not in ends and not any(w.start(1) < x < s for x in ends if (w.start(1), x) not in guesses):
                hit = kb_names.get(key(w.group(1) + surface))
                if hit is not None and hit.label == label:
                    out.append((s, e, w.start(1), e, hit.name, True))
                    continue
        cut = lead_verb_cut(text, s, e)
        if cut is not None:  # "• Ask Quorvex AI for ...": the line's verb is not the name (nlp.lead_verbs)
            hit = kb_names.get(key(text[cut:e]))
            if hit is not None and hit.label == label:
                out.append((s, e, cut, e, hit.name, True))
            else:
                out.append((s, e, cut, e, clean(text[cut:e]), False))
            continue
        if label != "ORG":
            continue
        if known and surface.isupper() and 2 <= len(surface) <= 5 and canon != surface and not _caps_line(text, s):
            m = CAPS_AFTER.match(text, e)
            if m and m.group(1) not in _NOT_NAME_CAPS and key(m.group(1)) not in kb_names and m.end() not in ends \
                    and e + 1 not in starts:
                out.append((s, e, s, m.end(), text[s:m.end()], False))
                continue
        if not known and " " in surface:
            m = CONNECTOR_AFTER.match(text, e)
            last = m.group(1).split()[-1] if m else ""
            if m and last not in ("The", "Il", "La", "El", "Le") and not any(e < x < m.end() for x in starts | ends):
                out.append((s, e, s, m.end(), clean(text[s:m.end()]), False))
                continue
        if UNIT_HEAD.match(surface) and e + 8 < len(text):
            nxt = by_start.get(e + 8)
            if nxt and nxt[2] == "ORG" and text[e:e + 8] == " of the ":
                out.append((s, e, s, nxt[1], clean(text[s:nxt[1]]), False))
                continue
        if not known and " " not in surface:
            m = BUSINESS_AFTER.match(text, e)
            if m and m.end() not in ends and not any(e < x < m.end() for x in starts):
                out.append((s, e, s, m.end(), clean(text[s:m.end()]), False))
                continue
        # shorter: generic company words and place adjectives at the start, function words at the end
        s1, e1 = s, e
        first = surface.split(" ", 1)[0]
        if " " in surface and (first in GENERIC_HEADS or surface.startswith(_GENERIC_TWO)):
            cut = len(first) + 1 if first in GENERIC_HEADS else len(surface.split(" ", 2)[0]) + len(surface.split(" ", 2)[1]) + 2
            if len(surface) > cut:
                s1 = s + cut
        elif " " in surface and PLACE_ADJ.match(first):
            rest = surface[len(first) + 1:]
            if rest not in counted:
                counted[rest] = len(re.findall(rf"(?<![\w]){re.escape(rest)}(?![\w])", text))
            if counted[rest] >= 2 and rest[:1].isupper():
                s1 = s + len(first) + 1
        words = text[s1:e1].split(" ")
        if len(words) > 1 and words[-1] in FUNCTION_END:
            e1 = s1 + len(" ".join(words[:-1]))
        if (s1, e1) != (s, e):
            out.append((s, e, s1, e1, None, known))
    return out
