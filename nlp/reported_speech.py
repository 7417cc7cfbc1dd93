"""The developer's word in indirect and translated speech (README convention 4, `self-reported`).

Press in translation and indirect speech say "the company said" in many other ways: "according to figures
communicated by the company", "in tests made by the own company", "based on the company's internal test", "the
company affirms / gives / indicates / mentions …", "still according to the startup", "the 18.3% in its own card", "Fieldstone … says it reaches 44.8%" (a model cannot speak: its makers do). Each is a
developer cue for the sentence it is in, whatever the model, lab or benchmark names (`nlp.claim_source` reads
them with its own cues: :func:`developer_said`).
"""
from __future__ import annotations

import re

# who the developer is called when not by name
# (not "team" or "group": an evaluation team, a research group is as often a third party)
_MAKER = (r"(?:company|startup|start-up|firm|developers?|makers?|manufacturer|vendor|creators?)")
# what figures are called
_FIGURES = (r"(?:figures|numbers|data|results|scores|values|tests?|testing|trials?|measurements?|measures|evaluations?|"
            r"benchmarks?|benchmarking|runs?|experiments?|calculations?)")
_GIVEN = (r"(?:communicated|released|provided|supplied|given|disclosed|shared|published|made|done|carried\s+out|"
          r"conducted|run|ran|performed|presented|realised|realized|executed|reported|announced|sent|obtained|"
          r"measured|computed|calculated)")
# a verb of saying or showing, of the company as subject ("the company affirms", "the startup gives results")
_SAYS = (r"(?:affirms?|affirmed|states?|stated|informs?|informed|indicates?|indicated|gives|gave|mentions?|mentioned|"
         r"communicates?|communicated|assures?|assured|declares?|declared|reveals?|revealed|points?\s+out|pointed\s+out|"
         r"highlights?|highlighted|cites?|cited|quotes?|quoted|presents?|presented|shows?|showed|advances?|advanced|"
         r"boasts?|boasted|puts?\s+forward|put\s+forward|guarantees?|guaranteed|explains?|explained|adds?|added|"
         r"specifies|specified|underlines?|underlined|insists?|insisted|counts?|counted|says|said|claims?|claimed|"
         r"reports?|reported|lists?|listed|publishes|published|announces?|announced|notes?|noted)")

_DEVELOPER_SAID = re.compile(
    # "figures communicated by the company", "tests made by the own company", "data provided by its developers"
    rf"\b{_FIGURES}\s+(?:(?:were|was|are|have\s+been|had\s+been)\s+)?(?:also\s+)?{_GIVEN}\s+by\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?:own\s+|same\s+|model['’]s\s+)?{_MAKER}\b|"
    # "the company's internal test", "the startup's own figures", "the maker's measurements"
    rf"\b(?:the|its|their)\s+(?:own\s+)?{_MAKER}['’]s?\s+(?:own\s+)?(?:internal\s+|in-house\s+|official\s+|published\s+)?"
    rf"{_FIGURES}\b|"
    # "an internal test", "internal measurements", "its own card", "in their own card"
    r"\binternal(?:ly)?\s+(?:tests?|measurements?|evaluations?|benchmarks?|benchmarking|figures|numbers|results|data|"
    r"simulated|conducted|run|measured|tested)\b|\b(?:in|from|per|by|on|according\s+to)\s+(?:its|their)\s+(?:own\s+)?(?:model\s+|system\s+)?card\b|"
    # "the company affirms", "the startup gives results", "the company also indicates"
    rf"\b(?:the|this|that)\s+(?:young\s+|same\s+|own\s+)?{_MAKER}\s+(?:also\s+|further\s+|itself\s+|then\s+)?{_SAYS}\b|"
    # "(still) according to the startup", "according to its makers", "according to the firm's figures"
    rf"\baccording\s+to\s+(?:the\s+|its\s+|their\s+)?(?:own\s+)?{_MAKER}\b",
    re.I)
# "Fieldstone, the tiny model from a studio in Leeds, says it reaches …": a model "says" what its makers say
_MODEL_SAYS = re.compile(r"(?:\s*,[^,;.]{1,100},)?\s+(?:(?:also|now)\s+)?(?:says|claims|reports|states|affirms)\s+"
                         r"(?:it|that)\b", re.I)
# what may stand before the model as the sentence's subject: a list marker, "And", "Meanwhile,"
_SUBJECT_START = re.compile(r"[\W\d_]*(?:(?:and|but|meanwhile|then|finally|also|now|separately|lastly)\W+)?", re.I)
# a quick reject: every match above has one of these words
_WORDS = ("compan", "startup", "start-up", "firm", "develop", "maker", "manufactur", "vendor", "creator", "internal", "card", "says",
          "claims", "reports", "states", "affirms")


def developer_said(sentence: str, ents=()) -> bool:
    """Whether `sentence` gives its figures as the developer's word in indirect speech (see the module's doc):
    `ents` as in `nlp.claim_source.source_kind` (start, end, label, canonical, org), offsets in `sentence`."""
    low = sentence.lower()
    if not any(w in low for w in _WORDS):
        return False
    if _DEVELOPER_SAID.search(sentence):
        return True
    for s, e, label, _, _ in ents:
        if label == "MODEL" and _MODEL_SAYS.match(sentence, e) and _SUBJECT_START.fullmatch(sentence, 0, s):
            return True  # the model is the sentence's subject: "Fieldstone says it reaches", "Then Orrin-4 claims that"
    return False

