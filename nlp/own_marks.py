"""A passage that marks a model as its own: the developer speaking, so its first-person runs are self-reports.

Two marks a paper, a card or a repository page gives without saying "model card" or "we release":
- a model row or name tagged as the authors' own: "Parula-4 (ours)", "Dense-3B (ours)", "X (this work)",
  "X [ours]" — a paper's or a report's table of its model against rivals (README convention 4: rivals
  re-run by a developer are `self-reported` too);
- a title line that calls the page a model's README ("# sunbird-4 · evaluation (README excerpt)",
  "Kelp-2 README"): a model repository's README is its developer's page. A benchmark's README (the title
  names a benchmark, not a model) is not.

`own_voice(text, rows)` is the cheap test :mod:`nlp.claims` adds beside `developer_voice` and
`release_voice` (nlp.claim_source, nlp.source_scope); `rows` are (start, end, label, canonical, org) in
text order."""
from __future__ import annotations

import re

# "(ours)", "(our model)", "(this work)", "[ours]", "(Ours)": right after a name
_OURS = re.compile(r"\s{0,2}[(\[]\s*(?:ours|our\s+(?:model|system|method)s?|this\s+work)\s*[)\]]", re.I)
_README = re.compile(r"\bread\s?me\b", re.I)
_TITLE_REACH = 200  # the title: the first line, at most this long


# … or after a name-shaped word in a table's first cell or a list line when no finder named it ("| Kelp-2 (ours) |")
_OURS_AFTER_NAME = re.compile(r"(?m)^[ \t|*_•-]*[A-Z][\w.+-]*\d[\w.+-]*(?:[ \t][\w.+-]+){0,3}" + _OURS.pattern, re.I)


def marked_own(text: str, rows) -> bool:
    """Whether a MODEL the passage names is tagged as the authors' own ("Parula-4 (ours)")."""
    low = text.lower()
    if "ours" not in low and "this work" not in low and "our " not in low:
        return False
    return any(label == "MODEL" and _OURS.match(text, e) for s, e, label, *_ in rows) or (
        _OURS_AFTER_NAME.search(text) is not None)


def readme_title(text: str, rows) -> bool:
    """Whether the passage's first line calls it a README and names a model (and no benchmark)."""
    first = text.lstrip()
    skip = len(text) - len(first)
    end = first.find("\n")
    end = len(first) if end < 0 else end
    if end > _TITLE_REACH or not _README.search(first, 0, end):
        return False
    labels = {label for s, e, label, *_ in rows if skip <= s and e <= skip + end}
    return "MODEL" in labels and "BENCHMARK" not in labels


def own_voice(text: str, rows) -> bool:
    """Whether the passage is a model's developer speaking by one of the marks above."""
    return marked_own(text, rows) or readme_title(text, rows)
