"""Canonical names: lookup keys, per-family version grammars and name formatting.

Pure functions, no spaCy import. Used by :mod:`nlp.kb` (to compile the data files) and by
:mod:`nlp.entities` (to name what it finds). See /work/shared/spec/entity-guidelines.md §4.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

HYPHENS = "-\u2010\u2011\u2012\u2013\u2212"  # not the em dash: "Gemini 3 Pro — 1501"
APOSTROPHES = "'\u2019\u2018`\u00b4\u02bc"
_H = re.escape(HYPHENS)

# separators that do not change identity: "Qwen 2.5-Max" == "Qwen2.5-Max" == "qwen2.5max"
_KEY_DROP = re.compile(rf"[\s{_H}_\u00b7\u2014]+")
_KEY_APOS = re.compile(f"[{re.escape(APOSTROPHES)}]")
_HYPHEN_RE = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")
_WS = re.compile(r"\s+")


def key(text: str) -> str:
    """Lookup key: case-folded, apostrophes unified, spaces/hyphens/underscores dropped."""
    return _KEY_DROP.sub("", _KEY_APOS.sub("'", text.lower()))


def fold(text: str) -> str:
    """``text`` without accents, for matching a name's other spellings ("kori-2" of ``Kōri-2``, "Seve" of
    ``Sève``); ASCII text is returned as it is (no work)."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


@lru_cache(maxsize=4096)  # (a pure function of a surface; names recur within a page and across pages)
def clean(text: str) -> str:
    """Surface form tidied for output: ASCII hyphen and apostrophe, single spaces."""
    text = _HYPHEN_RE.sub("-", text)
    text = _KEY_APOS.sub("'", text)
    return _WS.sub(" ", text).strip()


# Regex pieces shared by grammars ------------------------------------------------------------
# Any hyphen (HY), or a hyphen or an underscore (HY_): the characters of ``[{_H}]`` and ``[{_H}_]``.
# A class that mixes ASCII and other characters in more than two runs makes ``re`` build a bitmap
# of 65,536 entries each time it compiles one (~0.2 ms; a family's grammar holds a dozen), so each
# is written as two small classes; ``{1}`` keeps the parser from merging them back into one.
_HY_OTHER = "[\u2010-\u2013\u2212]{1}"
HY = rf"(?:-|{_HY_OTHER})"
HY_ = rf"(?:[\-_]|{_HY_OTHER})"
SEP_OPT = rf"(?:{HY_}|[ \t]|{HY}?\n)?"
SEP_REQ = rf"(?:{HY_}|[ \t]|{HY}?\n)"
SIZE = r"\d+(?:\.\d+)?[BbMmTtKk](?:[\-\u2010\u2011]A\d+(?:\.\d+)?[Bb])?|\d+x\d+(?:\.\d+)?[Bb]"
DATE = r"20\d{2}[\-\u2011]\d{2}[\-\u2011]\d{2}|20\d{6}|[01]\d[\-\u2011][0-3]\d|(?:0\d|1[0-2])[0-3]\d|2[3-9](?:0[1-9]|1[0-2])"
# Suffixes every family accepts besides its own list (``Intern-S1-mini``, ``Spark 4.0 Turbo``,
# ``claude-opus-4-5-20251101-thinking-32k``, ``chatgpt-4o-latest``). After a space only the capitalised
# product words (so "Qwen3 large language model" stays "Qwen3"); after a hyphen/underscore (repo ids,
# slugs) any casing, plus API decorations: ``latest``, thinking budgets, context sizes, ``-it``, ``v1``.
GEN_SPACE = (r"(?-i:Instruct|Chat|Base|Thinking|Reasoning|Reasoner|Turbo|Preview|Experimental|Exp|Mini|Pro|Plus|"
             r"Max|Ultra|Lite|Flash|Nano|Air|Omni|VL|Coder|Instant|Heavy)")
GEN_HYPHEN = (r"(?i:instruct|chat|base|thinking|reasoning|reasoner|turbo|preview|experimental|exp|mini|pro|plus|max|"
              r"ultra|lite|flash|nano|air|omni|vl|vision|coder|instant|heavy|latest|it|small|medium|large|"
              r"beta|alpha|pt|fp8|fp16|bf16|int4|int8|awq|gptq|gguf|mlx|"
              r"v\d+(?:\.\d+)?|\d+k|20\d{2}[\-\u2011]\d{2}[\-\u2011]\d{2}|20\d{6}|"
              r"2[3-9](?:0[1-9]|1[0-2])(?!\d)|(?:0[1-9]|1[0-2])[0-3]\d(?!\d))")
GEN_WORDS = {w.lower(): w for w in ("Instruct", "Chat", "Base", "Thinking", "Reasoning", "Reasoner", "Turbo", "Preview",
                                     "Experimental", "Exp", "Mini", "Pro", "Plus", "Max", "Ultra", "Lite", "Flash", "Nano",
                                     "Air", "Omni", "VL", "Vision", "Coder", "Instant", "Heavy", "Small", "Medium", "Large")}
# "the 4.5-hour limit", "R1 points": a clipped form followed by a unit is a quantity, not a model
UNIT_AFTER = (rf"(?:[\- ]|{_HY_OTHER})?(?:hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|points?|pts|"
              rf"percent|fold|times|GB|TB|mm|cm|km|kg)\b")
_SIZE_RE = re.compile(rf"^(?:{SIZE})$", re.IGNORECASE)
_DATE_RE = re.compile(rf"^(?:{DATE})$")
# compiled once at import, not looked up in re's cache on every call
_ZERO_MINOR = re.compile(r"^(\d+)\.0$")
_WORDS = re.compile(r"[A-Za-z][A-Za-z]+")
_LOWER_BY_DIGIT = re.compile(r"(?<![A-Za-z])[a-z](?=\d)|(?<=\d)[a-z](?![A-Za-z])")
_UPPER_BY_DIGIT = re.compile(r"(?<![A-Za-z])[A-Z](?=\d)|(?<=\d)[A-Z](?![A-Za-z])")
_SPACES = re.compile(r"\s+")
_BUDGET = re.compile(r"\d+k")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z]+")


def flex(literal: str) -> str:
    """Regex for a literal whose spaces/hyphens may be written as any separator (or none)."""
    parts = re.split(rf"[\s{_H}_]+", literal.strip())
    return SEP_OPT.join(re.escape(p) for p in parts if p)


_COMPILED: dict[tuple[str, int], re.Pattern] = {}


def _compiled(pattern: str, flags: int) -> re.Pattern:
    """One compiled pattern per (pattern, flags) in the process: many families share their suffix pattern
    (74 distinct of 168), and a pattern is compiled when a text first needs it, in each worker."""
    rx = _COMPILED.get((pattern, flags))
    if rx is None:
        rx = _COMPILED[(pattern, flags)] = re.compile(pattern, flags)
    return rx


@dataclass
class Grammar:
    """A family's version grammar, compiled from the ``grammar`` object of a models.jsonl line."""

    family: str
    org: str | None
    cprefix: str
    sep: str
    pattern: str  # the family's full-name regex, compiled on first use (see ``regex``)
    short: re.Pattern | None
    short_scan: re.Pattern | None
    suffix_pattern: str
    flags: int
    suffixes: dict[str, str]  # key -> canonical suffix including its leading separator
    ssep: str
    vcase: str | None
    scase: str
    drop_zero: bool
    formatter: str
    lower: bool
    words: dict[str, str] = field(default_factory=dict)  # casing table
    literals: tuple[str, ...] = ()  # lower-case substrings that must occur for the regex to match
    prefixes: tuple[str, ...] = ()  # as written in the data (exact case)
    pmap: dict[str, str] = field(default_factory=dict)  # key(prefix) -> canonical prefix (``Ring`` stays ``Ring``)
    drop: re.Pattern | None = None  # family-specific suffixes left out of the canonical name (``-it``)
    _compiled: dict = field(default_factory=dict, repr=False, compare=False)

    # Compiling every family's two big alternations took most of the pipeline's load time, and a
    # text mentions few families: each is compiled when a text first contains one of its literals.
    def short_matches(self, text: str):
        """What ``self.short.finditer(text)`` finds: candidates come from ``short_scan`` (a match
        of ``short`` at a position implies one there), each confirmed by ``short`` itself."""
        pos, n = 0, len(text)
        while pos <= n:
            c = self.short_scan.search(text, pos)
            if c is None:
                return
            m = self.short.match(text, c.start())
            if m is None:
                pos = c.start() + 1
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1

    def _compile_once(self, pattern: str) -> re.Pattern:
        rx = self._compiled.get(pattern)
        if rx is None:
            rx = self._compiled[pattern] = _compiled(pattern, self.flags)
        return rx

    @property
    def regex(self) -> re.Pattern:
        return self._compile_once(self.pattern)

    @property
    def suffix_re(self) -> re.Pattern:
        return self._compile_once(self.suffix_pattern)

    def suffix_items(self, suffix_text: str) -> tuple[list[tuple[str, bool]], bool]:
        """Written suffixes kept in the canonical name as (text, generic?), and whether any was dropped
        (API decorations: ``latest`` and what follows it, thinking budgets, the family's ``drop``)."""
        found = [(m.group(1) or m.group(2) or m.group(3), m.group(1) is None)
                 if m.re.groups >= 3 else (m.group(1), False) for m in self.suffix_re.finditer(suffix_text)]
        out: list[tuple[str, bool]] = []
        dropped = False
        i = 0
        while i < len(found):
            s, gen = found[i]
            k = key(clean(s))
            nxt = key(clean(found[i + 1][0])) if i + 1 < len(found) else ""
            if k == "latest":  # moving alias: "chatgpt-4o-latest-20250326", "gpt-5-chat-latest" -> the model
                if out and key(out[-1][0]) == "chat":
                    out.pop()
                i += 1
                while i < len(found) and _DATE_RE.match(clean(found[i][0])):
                    i += 1
                dropped = True
                continue
            if k == "thinking" and _BUDGET.fullmatch(nxt):  # thinking budget ("-thinking-32k"): a setting
                i += 2
                dropped = True
                continue
            if self.drop is not None and self.drop.fullmatch(clean(s)):
                i += 1
                dropped = True
                continue
            out.append((s, gen))
            i += 1
        return out, dropped

    def suffix_list(self, suffix_text: str) -> list[str]:
        return [s for s, _ in self.suffix_items(suffix_text)[0]]

    def format(self, version: str, suffix_text: str, prefix: str | None = None) -> str:
        sufs = self.suffix_list(suffix_text)
        if self.formatter == "claude":
            return _format_claude(version, sufs, self)
        cprefix = self.pmap.get(key(prefix), self.cprefix) if prefix else self.cprefix
        out = cprefix + self.sep + self._version(version)
        for s in sufs:
            out += self._suffix(s)
        return out

    def _word(self, w: str) -> str:
        return self.words.get(w.lower(), w)

    def _version(self, v: str) -> str:
        v = clean(v)
        if self.drop_zero:
            v = _ZERO_MINOR.sub(r"\1", v)
        if _SIZE_RE.match(v):
            return v.upper() if self.scase == "upper" else v.lower()
        v = _WORDS.sub(lambda m: self._word(m.group()), v)
        if self.vcase == "upper":
            v = _LOWER_BY_DIGIT.sub(lambda m: m.group().upper(), v)
        elif self.vcase == "lower":
            v = _UPPER_BY_DIGIT.sub(lambda m: m.group().lower(), v)
        v = _SPACES.sub(" ", v)
        return v

    def _suffix(self, s: str) -> str:
        s = clean(s)
        k = key(s)
        if k in self.suffixes:
            return self.suffixes[k]
        if _SIZE_RE.match(s):
            return self.ssep + (s.upper() if self.scase == "upper" else s.lower())
        if _DATE_RE.match(s):
            return "-" + s
        w = self.words.get(s.lower())
        if w is None and self.ssep == "-" and s.lower() in GEN_WORDS and s[:1].islower():
            return self.ssep + s  # repo-style names keep the written case: "Intern-S1-mini"
        return self.ssep + (w or GEN_WORDS.get(s.lower(), s))


_TIERS = ("Opus", "Sonnet", "Haiku", "Instant")
_CLAUDE_NUMBER = re.compile(r"\d(?:[.\-]\d)?")


def _format_claude(version: str, sufs: list[str], g: Grammar) -> str:
    v = clean(version)
    tier = next((t for t in _TIERS if t.lower() in v.lower()), None)
    num = _CLAUDE_NUMBER.search(v)
    n = num.group().replace("-", ".") if num else None
    extra = "".join(" " + GEN_WORDS[k] for k in (key(clean(s)) for s in sufs) if k == "thinking")
    if tier and n:
        major = float(n.split(".")[0])
        return (f"Claude {tier} {n}" if major >= 4 else f"Claude {n} {tier}") + extra
    if tier:
        return f"Claude {tier}" + extra
    return f"Claude {n}" + extra


def compile_grammar(family: str, org: str | None, g: dict) -> Grammar:
    """Build the regexes for one family (raises re.error on a bad pattern)."""
    prefixes = sorted(g.get("prefixes") or [family], key=len, reverse=True)
    cprefix = g.get("cprefix", family)
    sep = g.get("sep", " ")
    ssep = g.get("ssep", " ")
    version = g.get("version", r"\d+(?:\.\d+)?")
    # the data's own regex pieces are checked here; the assembled regexes compile on first use
    taken = set(re.compile(version).groupindex) & {"prefix", "version", "suffixes"}
    if taken:
        raise re.error(f"the version pattern may not define the group name(s) {sorted(taken)}")
    suffix_list = g.get("suffixes") or []
    suffixes: dict[str, str] = {}
    for s in suffix_list:
        canon = s if s[:1] in (" ", "-") else ssep + s
        suffixes.setdefault(key(s), canon)
    alts = [flex(s) for s in sorted(suffix_list, key=len, reverse=True)]
    if g.get("sizes", True):  # parameter sizes ("70B", "8x22B", "235B-A22B") unless a family opts out
        alts.append(SIZE)
    if g.get("dates"):
        alts.append(DATE)
    suffix_alt = "|".join(alts) if alts else r"(?!x)x"
    prefix_alt = "|".join(flex(p) for p in prefixes)
    psep = "" if g.get("lower") else g.get("psep", SEP_OPT)
    re.compile(psep)
    generic = g.get("generic", True)
    gen = rf"|[ \t]{GEN_SPACE}|{HY_}{GEN_HYPHEN}" if generic else ""
    pattern = (
        rf"(?<![\w.])(?P<prefix>{prefix_alt}){psep}(?P<version>{version})"
        rf"(?P<suffixes>(?:{SEP_REQ}(?:{suffix_alt}){gen})*)(?![\w+]|\.\d|{HY}\d)"
    )
    flags = 0 if g.get("case_sensitive") else re.IGNORECASE
    short = short_scan = None
    if g.get("short"):
        body = rf"(?:{g['short']})(?![\w+]|\.\d|{HY}\d|{UNIT_AFTER})"
        short = re.compile(rf"(?:(?<![\w.]|{HY})|(?<=\bnear{HY})|(?<=\bnon{HY})){body}")
        # the same without the look-behinds it opens with: a regex that starts with the name itself,
        # which the regex engine finds by its first characters instead of trying every position
        short_scan = re.compile(body)
    gen_re = rf"|[ \t]({GEN_SPACE})|{HY_}({GEN_HYPHEN})" if generic else ""
    # each suffix ends at a separator or the end ("-2411" is one date, not "2" + "411")
    suffix_pattern = rf"(?:{SEP_REQ}({suffix_alt}){gen_re})(?=\s|{HY_}|\Z)"
    pmap = {key(p): p for p in g.get("keep_prefixes", [])}
    drop = re.compile(g["drop"], re.IGNORECASE) if g.get("drop") else None
    words: dict[str, str] = {}
    for src in [version, *suffix_list, *prefixes]:
        for w in _WORD_RE.findall(src):
            if w.lower() not in words or (w[0].isupper() and not words[w.lower()][0].isupper()):
                words.setdefault(w.lower(), w)
    # first piece of each prefix ("qwen", "gpt", "o"): the grammar runs only on texts containing one
    literals = {m.group().lower() for p in prefixes for m in [re.match(r"[^\W\d_]+|\d+", p)] if m}
    # a multi-word prefix may be written solid ("Chat GPT" as "chatgpt-4o-latest"): that is one piece too
    literals |= {m.group() for p in prefixes for m in [re.match(r"[^\W\d_]+", key(p))] if m}
    literals = tuple(literals)
    return Grammar(
        family=family, org=org, cprefix=cprefix, sep=sep, pattern=pattern, short=short, short_scan=short_scan,
        suffix_pattern=suffix_pattern, flags=flags, suffixes=suffixes, ssep=ssep, vcase=g.get("vcase"),
        scase=g.get("scase", "upper"), drop_zero=bool(g.get("drop_zero")),
        formatter=g.get("formatter", "default"), lower=bool(g.get("lower")), words=words,
        literals=literals, pmap=pmap, drop=drop, prefixes=tuple(prefixes),
    )


# Benchmarks with attached years / versions ---------------------------------------------------
def format_benchmark(name: str, extra: str | None, kind: str | None) -> str:
    """`AIME` + `25` -> `AIME 2025`; `LiveCodeBench` + `V6` -> `LiveCodeBench v6`."""
    if not extra:
        return name
    e = clean(extra).strip(" -'")
    if kind == "year":
        if len(e) == 2:
            e = "20" + e
        return f"{name} {e}"
    if kind == "v":
        return f"{name} v{e.lstrip('vV')}"
    return f"{name} {e}"
