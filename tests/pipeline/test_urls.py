from hypothesis import given, strategies as st

from spiders.urls import normalize_url


def test_normalize_url_strips_tracking_fragment_default_port_and_case():
    a = normalize_url("HTTPS://Example.COM:443/news/a-story/?utm_source=rss&utm_medium=feed&fbclid=x#comments")
    assert a == "https://example.com/news/a-story/"


def test_normalize_url_keeps_meaningful_query_sorted():
    assert normalize_url("https://x.org/p?b=2&a=1&gclid=9") == "https://x.org/p?a=1&b=2"


def test_normalize_url_resolves_dot_segments_and_double_slashes():
    assert normalize_url("http://x.org//a/./b/../c") == "http://x.org/a/c"


def test_normalize_url_keeps_non_default_port_and_scheme():
    assert normalize_url("http://127.0.0.1:8080/x") == "http://127.0.0.1:8080/x"
    assert normalize_url("http://x.org/") != normalize_url("https://x.org/")


def test_normalize_url_equal_percent_escapes():
    assert normalize_url("https://x.org/%7Euser/caf%C3%A9") == normalize_url("https://x.org/~user/café")


@given(st.text())
def test_normalize_url_never_raises_unexpectedly(s):
    try:
        out = normalize_url(s)
    except ValueError:
        return
    assert normalize_url(out) == out or out == ""
