"""Claims on names only the learned name tagger found: the confidence model's features that need the doc.

The tagger (on by default since round 23) adds names no rule or list found. A claim on such a name is
right less often than one on a name the rules found with their evidence: a word of a data layout or of
code taken for a benchmark, the stem of a longer benchmark name taking its variant's numbers. The
confidence model (`nlp.claim_confidence`) learns how much less from two features, ``tagger_model`` and
``tagger_bench`` (`nlp.claim_confidence.TAGGER_FEATURES`), fitted and judged leave-one-set-out with the
others by scripts/build_claim_confidence.py. `nlp.claim_confidence.features` sees one claim and how it
was found, not the doc's names, so `nlp.claims` computes the confidences first and then calls
:func:`temper`, which adds these features' weights to each claim's log-odds.

Round 22's hand-written rules (a benchmark the passage never uses as one kept 0.4 of its confidence, the
stem of a longer name 0.9) went in round 23: as features they added nothing beyond noise in the
leave-one-set-out figures; as a rule on top they removed wrong claims only on the sets they were written
on (claims-test20-22) and cost more right claims than wrong ones on the others (bench/RESULTS.md).
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import claim_confidence
from .claim_confidence import TAGGER_SLICE, shifted
from .entities import TAGGED_KEY, ent_rows
from .numbers import doc_text


def tagger_names(doc: Doc) -> dict[str, str]:
    """{canonical: label} of the names no list knows that the tagger alone found in ``doc``, with the
    unknown names of the passage that are a shorter form of one ("Quillmark" of "Quillmark-2026")."""
    spans = doc.user_data.get(TAGGED_KEY)
    if not spans:
        return {}
    spans = set(spans)
    text = doc_text(doc)
    rows = [(canon or text[s:e], label, (s, e) in spans) for s, e, label, _, canon, known, _, _ in ent_rows(doc)
            if not known]
    found = {canon: label for canon, label, tagged in rows if tagged}
    for canon, label, tagged in rows:
        if not tagged and canon not in found and any(
                other.lower().startswith(canon.lower()) and len(other) > len(canon) and lab == label
                for other, lab in found.items()):
            found[canon] = label
    return found


def tagger_features(doc: Doc, claims: list[dict]) -> list[list[float]]:
    """The TAGGER_FEATURES of each claim of ``doc`` (all zero when the tagger found no name)."""
    names = tagger_names(doc)
    return [[1.0 if names.get(c["model"]) == "MODEL" else 0.0,
             1.0 if names.get(c["benchmark"]) == "BENCHMARK" else 0.0] for c in claims]


def temper(doc: Doc, claims: list[dict]) -> None:
    """Add, in place, the weights of the claims' TAGGER_FEATURES to their confidences' log-odds (a vetoed
    claim stays at 0)."""
    weights = claim_confidence.WEIGHTS[TAGGER_SLICE]
    if not any(weights):
        return
    for c, x in zip(claims, tagger_features(doc, claims)):
        c["confidence"] = shifted(c["confidence"], sum(w * v for w, v in zip(weights, x)))
