"""Is this article about AI? A cheap keyword test run before anything is stored.

Precision matters less than recall here: the NLP stage looks closer later. The default
vocabulary covers the field's general terms and the names that make AI news; users add
their own words in ``[relevance] keywords``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_TERMS = (
    # the field
    "artificial intelligence", "AI", "A.I.", "machine learning", "deep learning", "neural network",
    "language model", "large language model", "LLM", "LLMs", "foundation model", "frontier model",
    "generative AI", "GenAI", "chatbot", "transformer", "fine-tuning", "fine-tuned", "open-weight",
    "open weights", "open-source model", "inference", "reasoning model", "multimodal", "benchmark",
    "leaderboard", "parameters", "tokens", "context window", "GPU", "GPUs", "AGI", "agentic",
    "AI agent", "AI agents", "diffusion model", "text-to-image", "embedding", "RLHF", "mixture-of-experts",
    "MoE", "distillation", "pretraining", "pre-training", "post-training", "alignment",
    # labs and companies
    "OpenAI", "Anthropic", "DeepMind", "Google DeepMind", "DeepSeek", "Alibaba Cloud", "Qwen",
    "Moonshot AI", "Zhipu", "Z.ai", "MiniMax", "Mistral AI", "xAI", "Hugging Face", "Nvidia",
    "Meta AI", "Cohere", "Baidu", "ByteDance", "Tencent", "StepFun", "01.AI", "Baichuan",
    # models and benchmarks
    "GPT", "ChatGPT", "Claude", "Gemini", "Gemma", "Llama", "Grok", "Kimi", "GLM", "ERNIE",
    "Mixtral", "Phi-4", "Copilot", "MMLU", "GPQA", "SWE-bench", "HumanEval", "AIME",
    "LiveCodeBench", "LMArena", "Chatbot Arena", "ARC-AGI", "Humanity's Last Exam",
)

# Terms that must match case-sensitively (they are ordinary words in lower case).
_CASE_SENSITIVE = {"AI", "A.I.", "GPT", "Claude", "Gemini", "Llama", "Grok", "Kimi", "GLM", "MoE",
                   "AGI", "GPU", "GPUs", "LLM", "LLMs", "Copilot", "ERNIE", "Qwen"}


@dataclass
class RelevanceFilter:
    """Counts AI terms in title and text; title hits count twice."""

    extra_terms: tuple[str, ...] = ()
    min_hits: int = 2

    def __post_init__(self) -> None:
        terms = set(DEFAULT_TERMS) | {t.strip() for t in self.extra_terms if t.strip()}
        sensitive = sorted((t for t in terms if t in _CASE_SENSITIVE), key=len, reverse=True)
        insensitive = sorted((t for t in terms if t not in _CASE_SENSITIVE), key=len, reverse=True)
        self._sensitive = _compile(sensitive, 0)
        self._insensitive = _compile(insensitive, re.IGNORECASE)

    def hits(self, title: str, text: str) -> int:
        title, text = title or "", (text or "")[:20000]
        return 2 * self._count(title) + self._count(text)

    def is_relevant(self, title: str, text: str) -> bool:
        """Stops counting as soon as ``min_hits`` is reached (most AI articles do in a line or two)."""
        need = self.min_hits - 2 * self._count(title or "")
        if need <= 0:
            return True
        body = (text or "")[:20000]
        for pattern in (self._sensitive, self._insensitive):
            for _ in pattern.finditer(body):
                need -= 1
                if need <= 0:
                    return True
        return False

    def _count(self, s: str) -> int:
        return len(self._sensitive.findall(s)) + len(self._insensitive.findall(s))


def _compile(terms: list[str], flags: int) -> re.Pattern[str]:
    if not terms:
        return re.compile(r"(?!x)x")
    body = "|".join(re.escape(t) for t in terms)
    return re.compile(rf"(?<![\w-])(?:{body})(?![^\W\d])", flags)


def vocabulary(extra_terms=()) -> tuple[list[str], list[str]]:
    """The filter's words as (matched in any case, matched only as written): for a backfill's
    prefilter, which must let through every page this filter could keep."""
    terms = list(dict.fromkeys([*DEFAULT_TERMS, *(t.strip() for t in extra_terms if t.strip())]))
    return [t for t in terms if t not in _CASE_SENSITIVE], [t for t in terms if t in _CASE_SENSITIVE]
