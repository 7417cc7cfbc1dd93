"""The grammar regexes write their hyphen classes in a form that compiles fast (see
``nlp.canonical.HY``); they must match exactly what the one-class form matches."""
from __future__ import annotations

import re

import pytest

from nlp.canonical import _H, HY, HY_, HYPHENS
from nlp_texts import data_texts


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_hyphen_fragments_match_the_hyphen_classes(flags):
    for fragment, chars in ((HY, HYPHENS), (HY_, HYPHENS + "_")):
        rx = re.compile(fragment, flags)
        got = {chr(c) for c in range(0x10000) if rx.fullmatch(chr(c))}
        assert got == set(chars)


def _one_class_form(pattern: str) -> str:
    """The pattern as written before: ``[<hyphens>_]`` / ``[<hyphens>]`` classes."""
    pattern = pattern.replace(rf"(?=\s|{HY_}|\Z)", rf"(?![^\s{_H}_])")
    return pattern.replace(HY_, f"[{_H}_]").replace(HY, f"[{_H}]")


def _texts() -> list[str]:
    base = data_texts()[:80] + [
        "Qwen3-235B-A22B-Instruct-2507, gpt-5-mini, Llama 3.1 8B Instruct, DeepSeek-V3.2-Exp_fp8",
        "Gemini 2.5 Pro-\nPreview, o3-\npro, Claude Sonnet 4.5 - the best, GLM-4.6-Air (near-R1 level)",
    ]
    out = list(base)
    for dash in HYPHENS[1:] + "_":  # every hyphen the grammars accept, where writers put "-"
        out += [t.replace("-", dash) for t in base if "-" in t][:60]
    return out


def test_grammars_match_as_with_one_class_hyphens(blank_pipe):
    finder = blank_pipe.get_pipe("modelwire_entities").finder
    texts = _texts()
    total = 0
    for fam in finder.grammars:
        g = fam.grammar
        assert HY in g.pattern  # the test compares something
        old_suffix = _one_class_form(g.suffix_pattern)
        assert old_suffix.endswith(rf"(?![^\s{_H}_])")  # each suffix ends at a separator or the end
        pairs = [(g.regex, re.compile(_one_class_form(g.pattern), g.flags)), (g.suffix_re, re.compile(old_suffix, g.flags))]
        if g.short is not None:
            pairs.append((g.short, re.compile(_one_class_form(g.short.pattern), g.short.flags)))
        for new, old in pairs:
            assert new.pattern != old.pattern
            for text in texts:
                want = [(m.span(), m.groups()) for m in old.finditer(text)]
                assert [(m.span(), m.groups()) for m in new.finditer(text)] == want, (fam.name, text[:60])
                total += len(want)
    assert total > 1000
