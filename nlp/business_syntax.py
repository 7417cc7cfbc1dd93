"""More business syntax that says one capitalised word is a company (round 14).

Read by :mod:`nlp.name_syntax`'s cue loop as :mod:`nlp.business_cues` is (same gates: an AI sentence or one next
to it, no stop, calendar, place or tier word, no surname, nothing found overlapped; the name keeps its label at its
other mentions). What a company has or is, in any genre (a status page, a pricing page, a thread, a letter, a
security advisory):

* **its products for developers**: "X API", "X's API", "X's new endpoint", "X SDK" — never an API's own kind
  ("Batch API", "Realtime API": words of :data:`API_KINDS`), nor a word the passage also writes in lower case (an
  ordinary word), nor after an article ("through the BigModel API", "the hosted X API": a platform may have a
  name of its own), nor a word the passage writes with a version ("X-2": a model family's API);
* **its people**: "(X staff)", "former X engineers", "two X employees" — not at a sentence start ("Hospital staff
  said"), not a word written in lower case elsewhere;
* **a relative clause on its models**: "X, whose model my son uses", "X, whose chatbot ..." (not a place:
  "Cambridge, Massachusetts, whose model ...");
* **a list of companies**: "the vendors X, Y and Z", "labs such as" is read elsewhere; here a plural noun of
  companies right before the list ("the vendors", "start-ups", "AI companies", "providers"): each one-word item.

:mod:`nlp.name_syntax` also takes a word that two *different* cues name as a company in the passage even where one
of the sentences holds no AI word ("Velkoro API — Deprecation notice ..." and "— The Velkoro team, Lisbon").
"""

from __future__ import annotations

import re

from .demonyms import COUNTRIES, SUBNATIONAL
from .unknown import _UP, CAP_WORD

# ---- its products for developers: "X API", "X's new endpoint", "X SDK", "X console"
PRODUCT = re.compile(r"(?:['\u2019]s)?[ ](?:(?:new|own|public|hosted|paid|free)[ ])?(?:API|APIs|endpoints?|console|SDK|SDKs|"
                     r"developer[ ]platform|status[ ]page)\b(?![\-\u2011])")
API_KINDS = frozenset("""Batch Batches Responses Response Assistants Assistant Realtime Chat Completions Completion Files File Search
Embeddings Embedding Vision Audio Admin Public Private REST Web Graph Streaming Messages Message Models Model Moderation Images Image
Speech Translation Translate Beta Enterprise Cloud Developer Developers Platform Partner Pricing Status Open New Your Our Their
The This That Its Agents Agent Tools Tool Realtime Live Voice Video Text Maps Payments Payment Admin Management Usage Billing
Compute Storage Inference Training Evaluation Evals Eval Data Dataset Datasets Fine Tuning Code Interpreter Computer Browser
Legacy Internal External Unified Standard Basic Pro Premium Free Paid Batch Async Sync Rest""".split())
# ---- its people: "(X staff)", "former X engineers", "two X employees"
STAFF = re.compile(r"[ ](?:staff|staffers|employees|engineers|researchers)\b")
STAFF_BEFORE = re.compile(r"(?:\(|\b(?:former|two|three|four|five|several|some|many|other|current|senior|of|by|from|with|and|"
                          r"told|among)[ ])\Z")
# ---- "X, whose model my son uses"
WHOSE = re.compile(r",[ ]whose[ ](?:(?:new|latest|own|flagship|open|first|main)[ ])*(?:model|models|chatbot|chatbots|assistant|LLM|"
                   r"LLMs|app|API)\b")
# ---- "the vendors X, Y and Z": a plural noun of companies right before a list
LIST_HEAD = re.compile(r"\b(?:the[ ])?(?:vendors|suppliers|providers|start-?ups|AI[ ](?:companies|firms|labs|vendors)|"
                       r"model[ ](?:makers|developers|providers))[ ](?=[" + _UP + "])")
LIST_ITEM = re.compile(rf"({CAP_WORD}(?:{CAP_WORD})*)(?=,[ ]|[ ](?:and|or|&)[ ]|[,;.)]|\Z)")
LIST_GLUE = re.compile(r",[ ](?:and[ ]|or[ ])?|[ ](?:and|or|&)[ ]")

ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?)[ ](?:[a-z][\w\-]*[ ])?\Z")  # "the X API", "the hosted X API"
VERSION_AFTER = re.compile(r"[ \-\u2010\u2011]?v?\d")
PLACE_BEFORE = re.compile(rf"[{_UP}][a-z]+,[ ]\Z")  # "Cambridge, Massachusetts, whose ..."
BACK = ((PRODUCT, "ORG", ("API", "endpoint", "console", "SDK", "platform", "status page")),
        (STAFF, "ORG", ("staff", "employees", "engineers", "researchers")),
        (WHOSE, "ORG", ("whose",)))
AHEAD: tuple = ()


def _versioned(text: str, w: str) -> bool:
    """The passage writes ``w`` with a version ("Tarn-2", "Tarn 3"): a model family, not its maker."""
    i = text.find(w)
    while i >= 0:
        j = i + len(w)
        if VERSION_AFTER.match(text, j):
            return True
        i = text.find(w, j)
    return False


def _lower_use(text: str, w: str) -> bool:
    """The passage writes ``w`` in lower case as a word of its own: an ordinary word ("the batch ...")."""
    lw = w.lower()
    i = text.find(lw)
    while i >= 0:
        j = i + len(lw)
        if (i == 0 or text[i - 1] in " \t\n(\"\u201c") and (j == len(text) or text[j] in " \t\n,.;!?)\"\u201d"):
            return True  # (not a slug's or a handle's part: "quenby/model-2", "provider:quenby")
        i = text.find(lw, j)
    return False


def accept(rx, text: str, m: re.Match, n: re.Match) -> bool:
    """The cue's own check beyond its pattern."""
    w = n.group(1)
    if rx is PRODUCT:  # ("through the BigModel API": a platform's own name may follow "the"; "X's API" may not)
        own = text.startswith(("'s", "\u2019s"), m.start())
        return (w not in API_KINDS and not _lower_use(text, w) and not _versioned(text, w)
                and (own or ARTICLE_BEFORE.search(text, max(0, n.start(1) - 24), n.start(1)) is None))
    if rx is WHOSE:  # ("Cambridge, Massachusetts, whose model ...": a place)
        return w not in SUBNATIONAL and w not in COUNTRIES and PLACE_BEFORE.search(text, max(0, n.start(1) - 30), n.start(1)) is None
    if rx is STAFF:
        return STAFF_BEFORE.search(text, max(0, n.start(1) - 12), n.start(1)) is not None and not _lower_use(text, w)
    return True


def list_items(text: str) -> list[tuple[int, int]]:
    """(start, end) of the one-word items of a list right after a plural noun of companies ("the vendors X,
    Y and Z", up to six items; the list ends at the first item that is not one capitalised word)."""
    if not any(k in text for k in ("vendors", "suppliers", "providers", "tart-ups", "tartups", "labs", "makers", "developers")):
        return []
    out = []
    for m in LIST_HEAD.finditer(text):
        pos, items = m.end(), []
        for _ in range(6):
            n = LIST_ITEM.match(text, pos)
            if n is None:
                break
            items.append((n.start(1), n.end(1)))
            g = LIST_GLUE.match(text, n.end(1))
            if g is None:
                break
            pos = g.end()
        if len(items) >= 2:  # a list: one word alone after "the labs" is often a place or a person
            out += items
    return out
