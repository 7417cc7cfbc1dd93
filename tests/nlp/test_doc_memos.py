"""Per-text answers kept for a second reader (nlp.name_tiers.family_tiers, nlp.caps_names.caps_lines): the same
matches as a fresh scan, and a caller's changes never reach the kept answer."""
from nlp import caps_names, name_tiers

_TEXTS = [
    "Quorvale 4 Swift beats Tessik-3 Deep on the board; Quorvale 4 alone trails.",
    "Tessik 2.5 Brisk\nQUORVALE 4 SWIFT TOPS THE BRANDOLM BOARD\nlower line",
    "no digits here at all",
    "QUORVALE LABS SHIPS TESSIK 3 TODAY\nQuorvale 4 Swift",
    "",
]


def test_family_tiers_are_the_pattern_matches():
    for text in _TEXTS:
        want = [(m.span(), m.groupdict()) for m in name_tiers.FAMILY_TIER.finditer(text)]
        for _ in range(2):  # the second call is answered from the kept tuple
            assert [(m.span(), m.groupdict()) for m in name_tiers.family_tiers(text)] == want
    assert name_tiers.family_tiers(_TEXTS[0])  # the invented names do match: both outcomes tried


def test_caps_lines_kept_per_text_and_a_fresh_list_each_call():
    text = _TEXTS[1]
    first = caps_names.caps_lines(text)
    assert first == [(text.index("QUORVALE"), text.index("\nlower"))]
    first.append((0, 1))  # a caller's change
    assert caps_names.caps_lines(text) == [(text.index("QUORVALE"), text.index("\nlower"))]
    assert caps_names.caps_lines(_TEXTS[0]) == []
    assert caps_names.caps_lines(_TEXTS[3]) == [(0, _TEXTS[3].index("\n"))]


def test_kept_name_answers_equal_fresh_ones():
    """`doc_names._squash` and `name_roles._shaped` keep answers per name: the same as the unkept function's."""
    from nlp import doc_names, name_roles

    names = ["Vérrulk-2-32B", "Quorvale 4", "QUORVALE", "Tessik", "Brandolm-Eval", "ÉtoileNine", "x", "", "Ǆemo Board"]
    for _ in range(2):  # (the second round is answered from the kept values)
        for w in names:
            assert doc_names._squash(w) == doc_names._squash.__wrapped__(w)
            assert name_roles._shaped(w) == name_roles._shaped.__wrapped__(w)
    assert doc_names._squash("Vérrulk-2-32B") == "verrulk232b"
    assert name_roles._shaped("Tessik") is False and name_roles._shaped("Quorvale 4") is True


def test_kept_word_tests_equal_fresh_ones():
    """The per-name tests kept by lru_cache answer as the plain functions do, and a kept set is never a caller's."""
    from nlp import canonical, doc_names, native_heads, unknown, unknown_orgs

    words = ["Quorvale", "The", "Tessik\u20113  Deep", "Brandolmtilsynet", "Quorvale Labs", "Brandolm Flash\u2010Lite",
             "tessik-3-pro", "Which", "Vérrulk\u2019s", "  spaced  out  "]
    for _ in range(2):
        for w in words:
            assert unknown._ok_head(w) == unknown._ok_head.__wrapped__(w)
            assert unknown_orgs._name_ok(w) == unknown_orgs._name_ok.__wrapped__(w)
            assert canonical.clean(w) == canonical.clean.__wrapped__(w)
            assert native_heads._fused_langs(w) == native_heads._fused_langs.__wrapped__(w)
            assert doc_names._endings(w) == doc_names._endings.__wrapped__(w)
    assert canonical.clean("Tessik\u20113  Deep") == "Tessik-3 Deep"
    assert doc_names._endings("Brandolm Flash\u2010Lite") >= {"Lite"}
    assert isinstance(doc_names._endings("tessik-3-pro"), frozenset)  # (shared between calls: not to be changed)
