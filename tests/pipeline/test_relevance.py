from pipeline.crawl.relevance import RelevanceFilter


def test_relevance_ai_article_passes():
    f = RelevanceFilter()
    assert f.is_relevant("DeepSeek-V3.2 beats GPT-5 on reasoning",
                         "The open-weight model scored 93.1% on AIME 2025, according to DeepSeek.")


def test_relevance_unrelated_article_is_dropped_even_with_a_stray_name():
    f = RelevanceFilter()
    assert not f.is_relevant("City council approves new bike lanes",
                             "Claude Martin, who chairs the transport committee, said paint dries by Monday.")


def test_relevance_case_sensitive_short_terms():
    f = RelevanceFilter()
    assert f.hits("", "I said ai and gpt in lower case") == 0
    assert f.hits("", "Qwen3 and GPT-5") == 2


def test_relevance_extra_terms_from_config():
    f = RelevanceFilter(extra_terms=("robot lawnmower",), min_hits=1)
    assert f.is_relevant("", "A review of the best robot lawnmower of the year")


from hypothesis import given, settings, strategies as st

WORDS = st.sampled_from(["AI", "ai", "GPT", "model", "language model", "OpenAI", "bread", "Claude", "LLM", "the"])


@settings(max_examples=200)
@given(st.lists(WORDS, max_size=8).map(" ".join), st.lists(WORDS, max_size=30).map(" ".join), st.integers(0, 6))
def test_relevance_early_stop_agrees_with_the_full_count(title, text, min_hits):
    f = RelevanceFilter(min_hits=min_hits)
    assert f.is_relevant(title, text) == (f.hits(title, text) >= min_hits)
