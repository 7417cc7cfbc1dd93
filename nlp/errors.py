"""Coded messages for modelwire.nlp (spaCy style: one module, stable codes).

Knowledge-base errors name the file, the line number and the entry so the fix is one edit away::

    [E010] nlp/data/models.jsonl:41: entry 'Qwen9' names unknown family 'Qwn'
"""

from __future__ import annotations


class Errors:
    E001 = "{where}: line is not valid JSON ({detail})"
    E002 = "{where}: line must be a JSON object, got {kind}"
    E003 = "{where}: entry {entry!r} is missing required field {field!r}"
    E004 = "{where}: entry {entry!r}: field {field!r} must be {expected}, got {got!r}"
    E005 = "{where}: entry {entry!r}: unknown value {value!r} for {field!r} (expected one of {choices})"
    E006 = "{where}: entry {entry!r}: invalid regular expression in {field!r}: {detail}"
    E007 = "{where}: entry {entry!r} duplicates {other!r} defined at {other_where}"
    E008 = "{where}: entry {entry!r}: alias {alias!r} is empty or has leading/trailing whitespace"
    E009 = "{where}: cannot tell which entity type this file holds; add \"label\": \"ORG\"|\"MODEL\"|\"BENCHMARK\" to the line or name the file orgs*/models*/benchmarks*/stop*.jsonl"
    E010 = "{where}: entry {entry!r} names unknown family {family!r}"
    E011 = "{where}: entry {entry!r} names unknown developer organisation {org!r}"
    E012 = "{path}: knowledge-base file not found"
    E013 = "{where}: no knowledge-base entry is named {name!r} (use an entry's \"name\", e.g. 'Claude' or 'SWE-bench')"
    E020 = ("spaCy pipeline {name!r} named in config key 'spacy_model' is not installed; install it "
            "(python -m spacy download {name}) or remove 'spacy_model' from the config")
    E021 = "unknown nlp config key(s) {keys}; known keys: {known}"
    E030 = "record has no 'text' string (got {kind})"
    E034 = ("record's {field!r} holds a lone surrogate {char!r} at character {pos} (not valid Unicode: "
            "a broken emoji or a bad \\u escape in the source)")
    E035 = "the NLP pipeline failed on this record: {kind}: {detail}"
    E031 = "{path}:{line}: gold line is not valid JSON ({detail})"
    E032 = "{path}:{line}: gold span [{start}, {end}) is out of range or does not match its text"
    E033 = "{path}: gold file not found (the eval set lives in tests/data/nlp/)"
    E036 = "{path}:{line}: gold claims line needs a 'text' string and 'claims' with model, benchmark and score"


class KBError(ValueError):
    """A knowledge-base file is malformed. The message starts with its code and location."""


def msg(code: str, **kwargs) -> str:
    return f"[{code}] " + getattr(Errors, code).format(**kwargs)
