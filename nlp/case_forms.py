"""Polish, Czech and Slovak bodies written in an oblique case: "z Politechniką Wrocławską", "s Masarykovou univerzitou",
"podpora Technologické agentury ČR" (round 16).

The knowledge base and :mod:`nlp.native_heads` know a body's name in the nominative ("Politechnika Wrocławska",
"univerzita", "agentura"); running text declines it. Here a run of two or three words (the first capitalised, in a text
holding a letter of these languages) is folded back to nominative candidates by the languages' regular endings, and:

* a candidate the knowledge base lists as an organisation gives the run that body (its canonical);
* otherwise a candidate holding a kind word of :data:`nlp.native_heads.KINDS` (pl, cs, sk: "univerzita", "agentura",
  "Politechnika", "Uniwersytet" …) beside a capitalised word gives an organisation named as written.

Endings (regular declension tables of the grammars; feminine and masculine, adjective and noun): Polish instrumental
-ą → -a, genitive -iej → -a, -i/-y → -a, -iego → -i, -ego → -y, -u/-em → (none), -im → -i; Czech/Slovak instrumental
-ou → -a/-á, genitive -é → -á, -y → -a, dative/locative -ě/-e → -a, accusative -u → -a, masculine -u/-em → (none),
-ého → -ý. Not read: a run whose words are all nominative already (the other readers see those), a run overlapping a
name found before, a run opening with a sentence-initial pronoun or a month. Cost: one regex over the passage's
capitalised words, a handful of set look-ups per run; only for texts with such letters.
"""
from __future__ import annotations

import re
from itertools import product

from .canonical import key
from .native_heads import KINDS
from .unknown import _UP

SLAVIC = re.compile(r"[ąęłśźżćńŁŚŻŹřěůčšžťďňŘĚŮČŠŽ]")
RUN = re.compile(rf"(?<![\w\-])([{_UP}][^\W\d_]{{2,}})[ ]([^\W\d_]{{3,}}|[{_UP}]{{2,4}})(?:[ ]([{_UP}][^\W\d_]{{1,}}|[{_UP}]{{2,4}}))?(?![\w\-])")
CAP_START = re.compile(rf"(?<![\w\-])[{_UP}]")
OPENER = re.compile(r"(?:[.!?:\u2014\u2013\-][ ]+|\n[ \t#*\-]*|\A)\Z")
ENDINGS = (("iej", ("a",)), ("ego", ("y", "i")), ("iego", ("i",)), ("ého", ("ý",)), ("ą", ("a",)), ("ou", ("a", "á")),
           ("é", ("á",)), ("y", ("a",)), ("i", ("a",)), ("ě", ("a",)), ("ře", ("ra",)), ("ce", ("ka",)), ("u", ("a", "")),
           ("em", ("",)), ("im", ("i",)), ("ym", ("y",)), ("ým", ("ý",)))
KIND_WORDS = frozenset(w.lower() for lang in ("pl", "cs", "sk") for part in ("first", "low") for w in KINDS.get(lang, {}).get(part, ())
                       if " " not in w and len(w) > 4)
_NOT_FIRST = frozenset("Ten Ta To Ti Ty Ve Na Za Po Od Do Pro Při Jak Když Ale Oraz Jest Jego Jej Ich Nasz Nasza".split())


def _forms(word: str) -> set[str]:
    out = {word}
    for end, reps in ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2:
            out.update(word[:-len(end)] + r for r in reps)
    return out


def find(text: str, taken: list[tuple[int, int]], kb_keys: dict) -> list[tuple[int, int, str, object]]:
    """(start, end, canonical, KB entry or None) of declined body names in ``text``, none overlapping ``taken``."""
    if not SLAVIC.search(text):
        return []
    spans = sorted(taken)
    out = []
    for c in CAP_START.finditer(text):
        m = RUN.match(text, c.start())
        if m is None:
            continue
        words = [w for w in m.groups() if w]
        if words[0] in _NOT_FIRST or len(_forms(words[0])) == 1 and OPENER.search(text, max(0, m.start() - 4), m.start()):
            continue  # "Podpora Technologické agentury": a sentence's first word in the nominative is no part of the name
        for n in (len(words), 2) if len(words) == 3 else (2,):
            ws = words[:n]
            s, e = m.start(1), m.end(n)
            if any(a < e and b > s for a, b in spans) or any(a < e and b > s for a, b, *_ in out):
                break
            cands = [_forms(w) for w in ws]
            if all(len(c) == 1 for c in cands):
                continue  # nominative already
            if sum(len(c) for c in cands) > 14:
                continue
            hit = None
            for combo in product(*cands):
                ent = kb_keys.get(key(" ".join(combo)))
                if ent is not None and ent.label == "ORG":
                    hit = ent
                    break
            if hit is not None:
                out.append((s, e, hit.name, hit))
                break
            kinds = [i for i, c in enumerate(cands) if ws[i] not in KIND_WORDS and any(f.lower() in KIND_WORDS for f in c)]
            if kinds and any(w[:1].isupper() for i, w in enumerate(ws) if i not in kinds):
                out.append((s, e, text[s:e], None))  # "Masarykovou univerzitou": a body named as written
                break
    return out
