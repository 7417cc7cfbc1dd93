"""Reading gold JSONL files (entity and claim evaluation sets): one record a line, errors that name
the file and the line."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from .errors import msg


def read_jsonl(path, check: Callable[[dict, int], None]) -> list[dict]:
    """The records of ``path``; ``check(record, line)`` raises ValueError for a malformed one."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(msg("E033", path=path))
    out = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(msg("E031", path=path, line=lineno, detail=exc.msg)) from None
            check(rec, lineno)
            out.append(rec)
    return out
