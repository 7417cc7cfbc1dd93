"""Build the claims gold sets (tests/data/nlp/claims-*.jsonl) from their hand-written sources.

    python scripts/build_claims_set.py            # every tests/data/nlp/claims-*.src.md

Source blocks are separated by ``---``; a block is ``id: …``, the passage's lines, then one
``claim: model | benchmark | score | unit | comparison (yes/no) | source_kind`` line per claim.
Lines starting with ``# `` before the first ``id:`` are comments. The JSONL is what
``python -m nlp.evaluate --claims`` reads; the source is what people edit.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "nlp"
UNITS = {"%", "points", "elo", "rating", "medal", "rank", "percentile", "USD"}
SOURCE_KINDS = {"self-reported", "independent", "unknown"}


def parse(src: str, where: str) -> list[dict]:
    out = []
    for block in src.split("\n---\n"):
        lines = [ln for ln in block.strip("\n").split("\n")]
        while lines and (lines[0].startswith("# ") or not lines[0].strip()):
            lines.pop(0)
        if not lines:
            continue
        if not lines[0].startswith("id: "):
            raise SystemExit(f"{where}: block without 'id:' line: {lines[0][:60]!r}")
        pid = lines[0][4:].strip()
        text_lines, claims = [], []
        for ln in lines[1:]:
            if ln.startswith("claim: "):
                parts = [p.strip() for p in ln[7:].split("|")]
                if len(parts) != 6:
                    raise SystemExit(f"{where} {pid}: a claim needs 6 fields: {ln!r}")
                model, bench, score, unit, comp, kind = parts
                if unit not in UNITS or kind not in SOURCE_KINDS or comp not in ("yes", "no"):
                    raise SystemExit(f"{where} {pid}: bad unit/comparison/source_kind in {ln!r}")
                claims.append({"model": model, "benchmark": bench, "score": float(score), "unit": unit,
                               "comparison": comp == "yes", "source_kind": kind})
            else:
                if claims:
                    raise SystemExit(f"{where} {pid}: text after a claim line: {ln!r}")
                text_lines.append(ln)
        text = "\n".join(text_lines).strip("\n")
        for c in claims:
            plain = text.replace(",", "")  # "1,412" -> 1412; a decimal comma "71,3 %" -> 71.3 below
            if f"{c['score']:g}" not in plain and f"{c['score']:g}".replace(".", ",") not in text \
                    and c["unit"] not in ("medal", "rank"):
                raise SystemExit(f"{where} {pid}: score {c['score']} not in the text")
        out.append({"id": pid, "text": text, "claims": claims})
    return out


def main() -> int:
    for src in sorted(DATA.glob("claims-*.src.md")):
        recs = parse(src.read_text(encoding="utf-8"), src.name)
        dst = src.with_name(src.name.replace(".src.md", ".jsonl"))
        dst.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        print(f"{dst.name}: {len(recs)} passages, {sum(len(r['claims']) for r in recs)} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
