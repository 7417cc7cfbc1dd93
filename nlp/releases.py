"""When known models were released: ``nlp/data/releases.jsonl``, one ``{"model", "released"}`` per line.

Why: a model first *seen* in the database this week is not necessarily *new*: an old release
(Claude 3.7 Sonnet) cited in a comparison is seen for the first time too. The digest and the
alerts call a model new only if this file gives no earlier release date (see
``pipeline.store.novelty``). ``model`` is the knowledge base's canonical name; ``released`` is
``YYYY-MM-DD`` or, when only the month is known, ``YYYY-MM``. The file is kept apart from
``models.jsonl`` on purpose: a release date changes no annotation, so editing it does not change
the NLP version and re-annotate every article.
"""
from __future__ import annotations

import calendar
import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from .errors import KBError

RELEASES_FILE = Path(__file__).parent / "data" / "releases.jsonl"
_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def _span(text: str, where: str) -> tuple[date, date]:
    m = _DATE.match(text if isinstance(text, str) else "")
    try:
        if not m:
            raise ValueError
        y, mo = int(m.group(1)), int(m.group(2))
        if m.group(3):
            d = date(y, mo, int(m.group(3)))
            return d, d
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    except ValueError:
        raise KBError(f"{where}: 'released' must be YYYY-MM-DD or YYYY-MM, got {text!r}") from None


def load_releases(path: Path | str = RELEASES_FILE) -> dict[str, tuple[date, date]]:
    """Canonical model name -> (first, last) day the release may fall on (equal for a full date)."""
    out: dict[str, tuple[date, date]] = {}
    p = Path(path)
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{p}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise KBError(f"{where}: line is not valid JSON ({e.msg})") from None
        name = obj.get("model") if isinstance(obj, dict) else None
        if not isinstance(name, str) or not name.strip():
            raise KBError(f"{where}: needs a 'model' name")
        if name in out:
            raise KBError(f"{where}: {name!r} is listed twice")
        out[name] = _span(obj.get("released"), where)
    return out


@lru_cache(maxsize=1)
def releases() -> dict[str, tuple[date, date]]:
    """The bundled release dates (read once per process)."""
    return load_releases()


def release_span(model: str) -> tuple[date, date] | None:
    """(first, last) possible release day of ``model`` (a canonical name), or None when unknown."""
    return releases().get(model)
