"""Comparison from the layout of a passage (claims convention 3), beside `nlp.claim_rivals`' subject rule.

- **Model-headed blocks.** "Tolvik-3" on a line of its own over "- GPQA Diamond: 80.9%", then "Kestrine-4" over its own
  bullets, each block a paragraph: the blocks are one chart, so the subject's block makes the other blocks' models its
  rivals (`block_groups` numbers the paragraphs so that a run of such blocks shares one number).
- **A reference or baseline block.** A paragraph headed "Reference model (same harness …)", "Baseline", "Comparison
  models", or a `"baseline": {…}` key in a results file: its scores are cited for comparison with the others'
  (`reference_spans`).
- **The previous generation.** A model named as the one before ("Tolvik-2 Max (last year's flagship)", "The previous
  version, Tolvik-2", "its predecessor, X", "the original X"): its scores in that line or sentence are a before
  (`previous_models`).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .needed_words import literal_gated

_MARKUP = " \t*_#>`:|-"
_REFERENCE_HEAD = re.compile(r"[ \t*_#>]*(?:reference|baseline|comparison|comparator|control)\s*(?:models?|systems?|runs?|"
                             r"points?)?\b(?![ \t]*[:|][ \t]*\S)", re.I)
_KEY = literal_gated(re.compile(  # (scanned only in a text holding one of its words: nlp.needed_words)
    r'(?m)^([ \t]*)"?(?:baselines?|reference|comparison|comparators?)"?[ \t]*[:=][ \t]*[\[{][ \t]*$', re.I))
_BEFORE = re.compile(r"(?:\b(?:the|its|their|our|(?:the\s+)?[\w.-]+['’]s)\s+(?:previous|prior|older|earlier|last)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:version|generation|model|flagship|release|iteration|system)|"
                     # "Opus 4.5 comes nine weeks after X": the one before (not "replaces X", said of a board's entries too)
                     r"\b(?:comes|came|arrives|arrived|lands|landed)\s+(?:[\w-]+\s+){0,3}?after|\b(?:its|their|the)\s+predecessor|\bthe\s+original|\blast\s+year['’]s|"
                     r"\b(?:the|its|their)\s+(?:previous|prior|older|earlier)(?:-generation)?|"
                     # "the previous season's X", "last spring's X", "the model we shipped last spring, X"
                     r"\b(?:the\s+)?(?:previous|prior|last)\s+(?:season|spring|summer|autumn|fall|winter|quarter|month)['’]s|"
                     r"\bthe\s+(?:model|version)\s+(?:we|they|it)\s+(?:shipped|released|launched|put\s+out)\s+(?:last\s+\w+|in\s+\w+|"
                     r"\w+\s+(?:months?|years?|weeks?)\s+ago))\s*,?\s*(?:the\s+)?$", re.I)
_AFTER = re.compile(r"\s*(?:\(\s*(?:last\s+year['’]s|the\s+previous|the\s+prior|its\s+predecessor|previous|prior|the\s+old|"
                    r"older|earlier)\b[^)\n]{0,40}\)|,\s*(?:its|their|the)\s+predecessor\b)", re.I)


def _model_heading(text: str, a: int, models) -> str | None:
    """The model a paragraph starting at `a` is headed by: its first line is one model's name (markup and a
    "Model:" label aside) and more lines follow; `models` are (start, end, canonical) MODEL mentions."""
    end = text.find("\n", a)
    if end < 0:
        return None
    line = text[a:end]
    core = line.strip(_MARKUP)
    if not core or len(core) > 60:
        return None
    if core.lower().startswith("model:"):
        core = core[6:].strip(_MARKUP)
    for s, e, canon in models:
        if a <= s and e <= end and text[s:e] == core:
            return canon
    return None


def block_groups(text: str, paras: list[int], models) -> dict[int, int]:
    """{paragraph number (as `bisect_right(paras, pos)` numbers them): group number} where a run of two or more
    consecutive model-headed paragraphs (`_model_heading`) shares the number of its first paragraph; other
    paragraphs are left out (their group is their own number)."""
    starts = [0] + [p for p in paras]
    out: dict[int, int] = {}
    run: list[int] = []

    def close():
        if len(run) >= 2:
            for k in run:
                out[k] = run[0]

    for k, p in enumerate(starts):
        at = p
        while at < len(text) and text[at] in " \t\n":
            at += 1
        if _model_heading(text, at, models) is not None:
            run.append(k)
        else:
            close()
            run = []
    close()
    return out


def reference_spans(text: str, paras: list[int]) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs headed "Reference model …" / "Baseline …" and of `"baseline": {…}` keys."""
    out = []
    bounds = [0] + paras + [len(text)]
    for a, b in zip(bounds, bounds[1:]):
        at = a
        while at < b and text[at] in " \t\n":
            at += 1
        end = text.find("\n", at, b)
        if end < 0:
            continue  # a one-line paragraph heads nothing
        line = text[at:end]
        if len(line) <= 80 and _REFERENCE_HEAD.match(line):
            out.append((end, b))
    out += _keyed_reference_spans(text)
    for m in _KEY.finditer(text):
        indent = m.group(1)
        close = re.compile(rf"(?m)^{re.escape(indent)}[}}\]]")
        c = close.search(text, m.end())
        if c is not None:
            out.append((m.end(), c.start()))
    return out


# results files: a YAML key opening an indented block ("baseline:" over "  model: X" / "  bench: 0.57"), a TOML table
# whose header names one ("[scores.reference."X"]", "[baseline]"), a list item opening with the word ("- Reference,
# X through its API: …", "* Baseline — X: …")
_REF_WORD = r"(?:baselines?|references?|reference[_ -]models?|comparisons?|comparators?|previous|previous[_ -](?:model|version)|compare[_ -]to|prior)"
_YAML_KEY = re.compile(r'(?m)^([ \t]*)["\']?' + _REF_WORD + r'["\']?[ \t]*:[ \t]*$', re.I)
_TOML_HEAD = re.compile(r'(?m)^[ \t]*\[\[?[^\]\n]*?(?:^|[.\["\'_ -])' + _REF_WORD + r'(?:[.\]"\'_ -])[^\n]*$', re.I)
_BLOCK_END = re.compile(r"(?m)^[ \t]*(?:\[|```|$)")  # the next table, fence or blank line
_REF_ITEM = literal_gated(re.compile(  # (scanned only in a text holding one of its words: nlp.needed_words)
    r"(?m)^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(?:\*\*)?(?:reference|baseline|for\s+comparison|comparison)"
    r"(?:\s+model)?(?:\*\*)?[ \t]*[,:—–(-][^\n]*$", re.I))


def _keyed_reference_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the reference blocks of a results file or a list (see the comment above)."""
    out = []
    if ":" in text:
        for m in _YAML_KEY.finditer(text):
            indent = len(m.group(1).expandtabs())
            at = end = m.end()
            for line in text[m.end() + 1:].split("\n"):
                if line.strip() and (len(line) - len(line.lstrip(" \t"))) <= indent:
                    break
                at += len(line) + 1
                if line.strip():
                    end = at
            if end > m.end():
                out.append((m.end(), end))
    if "[" in text:
        for m in _TOML_HEAD.finditer(text):
            nxt = _BLOCK_END.search(text, m.end() + 1)
            out.append((m.end(), len(text) if nxt is None else nxt.start()))
    for m in _REF_ITEM.finditer(text):
        out.append((m.start(), m.end()))
    return out


def previous_models(text: str, models) -> list[tuple[int, str]]:
    """(start, canonical) of the model mentions named as the previous generation; `models` as in `block_groups`."""
    out = []
    for s, e, canon in models:
        if _BEFORE.search(text, max(0, s - 60), s) or _AFTER.match(text, e):
            out.append((s, canon))
    return out


def mark_layout_rivals(text: str, claims: list[dict], ents, paras: list[int], subjects_of, variant) -> None:
    """Set `is_comparison` on the claims in a reference/baseline block (when some claim outside it gives another
    model's own score) and on a previous generation's scores anywhere in the passage (when the passage scores
    another model too); `subjects_of`: the passage's subjects; `variant` as
    `nlp.claim_rivals.variant`. Run-of-blocks grouping is read by the caller (`block_groups`)."""
    refs = reference_spans(text, paras)
    if refs:
        inside = [c for c in claims if any(a <= c["start"] < b for a, b in refs)]
        outside = {c["model"] for c in claims if not any(a <= c["start"] < b for a, b in refs)}
        for c in inside:
            if c["model"] not in outside and not any(variant(c["model"], s) for s in subjects_of):
                c["is_comparison"] = True
    models = [(s, e, canon) for s, e, label, canon, *_ in ents if label == "MODEL"]
    prev = previous_models(text, models) if models else []
    if prev:
        for at, canon in prev:
            if any(variant(canon, s) and canon == s for s in subjects_of):
                continue
            if not any(c["model"] != canon for c in claims):
                continue
            for c in claims:  # its scores anywhere in the passage: the same model ("… Galloway 4 77.0" later)
                if c["model"] == canon and c.get("unit") not in ("rank", "medal"):
                    c["is_comparison"] = True


# "Castor-2.5 is the distilled 24B sibling meant for local use", "Tolvik-3 Nano, a smaller variant of the same model":
# the subject's released sibling, in its own card, is no rival
_SIBLING_AFTER = re.compile(r"\s*(?:,\s*|\s+is\s+|\s+—\s+|\s+\()(?:the|a|an|its|our|their)\s+(?:[\w-]+\s+){0,4}?"
                            r"(?:sibling|variant|distillation|distilled\s+version|smaller\s+version|little\s+brother|"
                            r"companion\s+model)\b", re.I)


def stated_siblings(text: str, models) -> set:
    """Canonical names of the models the passage calls a sibling or variant ("X is the distilled 24B sibling");
    `models` as in `block_groups`."""
    return {canon for s, e, canon in models if _SIBLING_AFTER.match(text, e)}
