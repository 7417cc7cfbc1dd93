"""A quantisation tag after a model's name ("Galago-14B-Instruct Q8_0", "kelp-7b Q4_K_M", "Marrowby-3 AWQ",
"X-8B GGUF", "X int4"): the same model run in another precision, so its claims keep the model's canonical
(README convention: one claim per number, the model's own name). `strip_quant_tags` rewrites the claims'
model names; a name that is only a tag is left alone."""
from __future__ import annotations

import re

_TAG = re.compile(r"(?:[ \t_-]|(?<=\d))[(\[]?(?:I?Q\d(?:_[A-Z0-9]{1,2}){0,2}|GGUF|AWQ|GPTQ|EXL2|MLX|NF4|"
                  r"(?:FP|INT|BF)\d{1,2}|\d{1,2}[- ]?bit)[)\]]?$", re.I)


def strip_quant(name: str) -> str:
    """`name` without a trailing quantisation tag (repeated: "X GGUF Q4_K_M")."""
    while True:
        m = _TAG.search(name)
        if m is None or m.start() < 2:
            return name
        name = name[:m.start()].rstrip(" \t_-")


def strip_quant_tags(claims: list[dict]) -> list[dict]:
    for c in claims:
        m = c.get("model")
        if m and m[-1:].isalnum() or (m and m[-1:] in ")]"):
            c["model"] = strip_quant(m)
    return claims
