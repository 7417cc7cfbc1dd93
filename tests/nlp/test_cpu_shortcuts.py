"""The CPU shortcuts in the claims and summary components give the results of the plain code.

Each test runs the shortcut and the plain version it replaces (kept here) on the test texts and on
random strings built to hit the cases where they could differ: odd whitespace, words glued to
punctuation, overlapping and boundary-crossing words, the characters that re.I folds differently
from str.lower() ("ſ", "ı", "İ", the Kelvin sign) and the context-dependent final sigma.

The tests that go over the test texts themselves take ``corpus_texts`` (tests/nlp/conftest.py): in
``make test`` a fixed sample of them (every fourth record of every set), in ``make bench`` (``slow``) all
of them; the random strings are built from all the texts in both.
"""
from __future__ import annotations

import random

import pytest

import nlp.claims as C
import nlp.numbers as N
import nlp.summary as S
from nlp_texts import data_texts
from test_claims_fast import _content_plain  # the plain definition, over the whole string
from test_numbers_fast import _strings, _words_of

TEXTS = data_texts()
_ODD = ["ſ", "ı", "İ", "\u212a", "Σ", "ΑΣ ", "\u00a0", "\u2003", "\x1c", "\x85", "\t", "\n", "\r\n", "  ", "-", "’s",
        "'", "GPT-5's", "o3-mini", "1,450.5", "1.2.3", "85.0%", "x", "A", "(", ")", "|", "\"", "“", "a.b", "--", "’"]


def _mutated(n: int, seed: int, extra: list[str]) -> list[str]:
    """Test texts and pieces of them with odd characters and `extra` words put in."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        t = rnd.choice(TEXTS)
        a = rnd.randint(0, len(t))
        s = t[a:a + rnd.randint(0, 400)]
        for _ in range(rnd.randint(0, 6)):
            i = rnd.randint(0, len(s))
            s = s[:i] + rnd.choice(_ODD + extra) + s[i:]
        if rnd.random() < 0.1:
            s = s.upper() if rnd.random() < 0.5 else s.lower()
        out.append(s)
    return out


# --------------------------------------------------------------------------- summary: content words

def test_content_set_by_pieces_is_the_content_set_of_the_whole_string(corpus_texts):
    # _content_set works per whitespace-separated piece, with a cache per piece: right only if no
    # _WORD match spans whitespace, for every character str.split() splits at
    cases = corpus_texts + _mutated(3000, seed=1, extra=["the", "models", "scored", "AI", "it's", "’tis", "e.g.", "3", "42"])
    S._STEMS.clear()
    S._PIECE_STEMS.clear()
    for _ in range(2):  # pieces not seen yet, then all seen
        for s in cases:
            assert S._content_set(s) == _content_plain(s), s
            assert S._content_set(s, s.split()) == _content_plain(s), s


def test_a_piece_with_several_words_gives_all_of_them():
    S._PIECE_STEMS.clear()
    for s in ["GPT-5's", "o3-mini/o4-mini", "85.0%/90.1%", "“benchmarks”—results", "a-b-c", "x.y,z"]:
        assert S._content_set(s) == _content_plain(s), s
        assert S._content_set(s) == _content_plain(s), s  # from the cache


# --------------------------------------------------------------------------- summary: boilerplate words

def _boiler_texts(texts: list[str]) -> list[str]:
    words = list(S._BOILERPLATE_WORDS) + ["share share ", "photography", "sign  up", "newsletters", "Photo"]
    return texts + _mutated(1500, seed=2, extra=words) + _strings(_words_of(S._BOILERPLATE), n=1500)


def test_word_spans_answer_the_substring_test_for_every_piece(corpus_texts):
    # select looks for the boilerplate words once per text; a sentence must get what has_any on its
    # own lower-cased text says, wherever it starts and ends (words cut at either end, overlaps,
    # characters whose lower case differs in length or with the context)
    rnd = random.Random(3)
    for text in _boiler_texts(corpus_texts):
        spans = S._word_spans(text, S._BOILERPLATE_WORDS)
        for _ in range(8):
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            want = N.has_any(N.lowered(text[a:b]), S._BOILERPLATE_WORDS)
            if spans is None:  # the text has a character that lower-casing keeps apart: per piece
                assert N.lowered(text) is None
                continue
            assert (bool(spans) and S._has_span_in(spans, a, b)) == want, (text[a:b],)


def test_eligible_with_the_known_word_test_is_eligible(corpus_texts):
    summ = S.Summarizer()
    for text in _boiler_texts(corpus_texts):
        s = text.strip()
        has_word = N.has_any(N.lowered(s), S._BOILERPLATE_WORDS)
        assert summ.eligible(s, None, has_word) == summ.eligible(s), s
        assert S._is_boilerplate(s, has_word) == bool(S._BOILERPLATE.search(s)), s


@pytest.fixture(scope="module")
def pipe(blank_pipe):
    return blank_pipe


def test_select_gives_the_sentences_of_the_per_sentence_check(pipe, corpus_texts, entity_docs, monkeypatch):
    # the whole component: with the per-text word spans and with the per-sentence test. The test
    # texts' entity docs are shared (tests/nlp/conftest.py): copies of them go on through the claims
    summ = pipe.get_pipe("modelwire_summary")
    assert pipe.pipe_names[-2:] == ["modelwire_claims", "modelwire_summary"]
    assert [N.doc_text(d) for d in entity_docs] == corpus_texts
    docs = []
    for t, shared in zip(corpus_texts, entity_docs):
        doc = shared.copy()
        doc.user_data["title"] = t[:60]
        docs.append(pipe.get_pipe("modelwire_claims")(doc))
    for t in _mutated(300, seed=4, extra=list(S._BOILERPLATE_WORDS)):
        doc = pipe.make_doc(t)
        doc.user_data["title"] = t[:60]
        for name, proc in pipe.pipeline:
            if name == "modelwire_summary":
                break
            doc = proc(doc)
        docs.append(doc)
    fast = [summ.select(d) for d in docs]
    monkeypatch.setattr(S, "_word_spans", lambda text, words: None)
    assert [summ.select(d) for d in docs] == fast


# The two tests below read the same shared entity docs as the test above: kept in this file so
# that one worker builds them (`--dist loadfile` may put two files on two workers).

@pytest.fixture(scope="module")
def docs(corpus_texts, entity_docs):
    """The test texts run through the components before the claims (built once: tests/nlp/conftest.py)."""
    assert [N.doc_text(d) for d in entity_docs] == corpus_texts
    return entity_docs


def test_sentences_settled_by_extract_claims_give_what_sentence_claims_gives(docs):
    # without a topic benchmark, extract_claims settles most sentences with _no_claim_subject
    # instead of building _Ent objects for _sentence_claims: both must agree
    settled = 0
    for doc in docs:
        text = N.doc_text(doc)
        ents = C._ent_tuples(doc, ("MODEL", "BENCHMARK"))
        for a, b in N.segments(doc):
            mine = [x for x in ents if a <= x[0] <= b]
            done, subject = C._no_claim_subject(text, a, b, mine)
            if not done:
                continue
            seg = [C._Ent(s - a, e - a, label, canon) for s, e, label, canon in mine if e <= b]
            assert C._sentence_claims(text[a:b], seg, "Some-Model", None) == ([], subject), text[a:b]
            settled += 1
    assert settled > 500


def test_ent_tuples_are_the_spans_of_doc_ents(docs):
    for doc in docs:
        want = [(e.start_char, e.end_char, e.label_, C._canonical(e)) for e in doc.ents
                if e.label_ in ("MODEL", "BENCHMARK")]
        assert C._ent_tuples(doc, ("MODEL", "BENCHMARK")) == want


# --------------------------------------------------------------------------- claims

@pytest.mark.parametrize("words", [C._OBJECT_WORDS, C._METRIC_WORDS, S._BOILERPLATE_WORDS, ("ab", "abc", "b", "ab c")])
def test_any_finder_is_has_any(words):
    find = N.any_finder(words)
    cases = [None, "", " "] + [s.lower() for s in _strings(list(words) + ["a", "b", "c", "x"], n=3000, seed=5)]
    cases += [w for w in words] + [w[:-1] for w in words] + [w[1:] for w in words]
    cases += [N.lowered(s) for s in _mutated(1500, seed=6, extra=list(words))]
    for low in cases:
        assert find(low) == N.has_any(low, words), low


def test_object_word_finder_never_hides_a_match():
    for s in _strings(_words_of(C._COMPARE, C._OBJECT_ONLY)):
        if C._COMPARE.search(s) or C._OBJECT_ONLY.search(s):
            assert C._has_object_word(N.lowered(s)), s


def test_non_model_subject_quick_reject_gives_the_regex_result():
    cases = _strings(_words_of(C._NOT_A_MODEL_SUBJECT)) + _mutated(1500, seed=7, extra=list(C._NOT_A_MODEL_WORDS))
    cases += ["the best model", "TOP SYSTEMS", "Humans", "previous  record", "ſtudents", "the top-models", "labs"]
    matched = 0
    for s in cases:
        # a match counts unless it names a reference group ("percentile of humans", "than most models")
        want = any(C._REFERENCE_GROUP_BEFORE.search(s, max(0, m.start() - 40), m.start()) is None
                   for m in C._NOT_A_MODEL_SUBJECT.finditer(s))
        assert C._about_non_model(s) == want, s
        matched += want
    assert matched > 300  # the cases reach the pattern, not only its quick reject


def _cells_plain(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The pieces between bars; the piece before the first bar and after the last one are cells too
    when they hold more than spaces (a row written without the outer bars)."""
    line = text[a:b]
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    if not bars:
        return []
    cells = [(a + i + 1, a + j) for i, j in zip(bars, bars[1:])]
    if line[:bars[0]].strip():
        cells.insert(0, (a, a + bars[0]))
    if line[bars[-1] + 1:].strip():
        cells.append((a + bars[-1] + 1, b))
    return cells


def test_cells_are_the_plain_cells():
    rnd = random.Random(8)
    lines = ["| a | b |", "|a|", "||", "|", "", "no bars", " | x | y | z ", "|| 85.0 ||", "| GPT-5 | 1,450 |\n|"]
    for _ in range(3000):
        lines.append("".join(rnd.choice(["|", "a", " ", "85.0", "||", "\t"]) for _ in range(rnd.randint(0, 12))))
    for line in lines:
        text = "x\n" + line + "\ny"
        a, b = 2, 2 + len(line)
        assert C._cells(text, a, b) == _cells_plain(text, a, b), line


# --------------------------------------------------------------------------- sentence bounds

def _bounds_plain(doc) -> tuple[list[tuple[int, int]], list[int] | None]:
    """Sentence bounds and start tokens from the SENT_START flags, token by token: token 0, then
    every token flagged 1; each sentence runs to the next start, trailing whitespace dropped."""
    text = doc.text
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return [(0, len(text))], None
    tokens = [t.i for t in doc if t.i == 0 or t.is_sent_start is True]
    chars = [doc[i].idx for i in tokens] + [len(text)]
    bounds = []
    for a, b in zip(chars, chars[1:]):
        while b > a and text[b - 1].isspace():
            b -= 1
        bounds.append((a, b))
    return bounds, tokens


def _fresh(doc):
    for key in ("modelwire.sentence_bounds", N.STARTS_KEY, N.TEXT_KEY):
        doc.user_data.pop(key, None)
    return doc


def _flagged_docs(pipe, texts: list[str]) -> list:
    """Sentencizer docs, and docs whose flags are set by hand to 1, -1 or unset (0) at random,
    token 0 included; some with a "sents" hook that doc.sents would use instead of the flags."""
    rnd = random.Random(9)
    sz = pipe.get_pipe("sentencizer")
    docs = [sz(pipe.make_doc(t)) for t in texts]
    for t in texts[:200] + ["One.", "x", "", "A b.\n\nC d. e", "  lead. Two"]:
        doc = pipe.make_doc(t)
        for tok in doc:
            tok.is_sent_start = rnd.choice([True, False, None, None])
        docs.append(doc)
        if rnd.random() < 0.3 and len(doc):
            doc.user_hooks["sents"] = lambda d: iter([d[:]])
    return docs


def test_sentence_bounds_read_the_flags(pipe, corpus_texts):
    hooked = 0
    for doc in _flagged_docs(pipe, corpus_texts):
        bounds, tokens = _bounds_plain(doc)
        assert N.sentence_bounds(_fresh(doc)) == bounds, doc.text
        if tokens is not None:
            assert doc.user_data[N.STARTS_KEY] == tokens, doc.text
            assert N.sentence_starts(doc) == tokens
            hooked += "sents" in doc.user_hooks
    assert hooked > 20  # the hook path ran too


# --------------------------------------------------------------------------- numbers: delta after

def test_delta_after_two_letter_reject_never_hides_a_match():
    # the words and units _DELTA_AFTER can start with, in any case, with the characters re.I folds
    # onto ASCII letters, after "%", "-" or spaces, and the common non-matches ("% on AIME")
    words = ["percentage points", "percentage-point", "pp", "jump", "gain", "improvement", "increase", "boost",
             "margin", "gap", "drop", "decline", "higher", "lower", "more", "fewer", "less", "better", "worse",
             "cheaper", "faster", "slower", "larger", "smaller", "bigger", "improve", "over its predecessor",
             "over the predecessor", "points ahead", "point lead", "pts behind", "pp clear", "percent higher",
             "on AIME", "of the", "for GPT-5", "with", "problems", "overall", "p", "o", "ımprove", "ſmaller",
             "\u212a", "İncrease", "ov", "pe"]
    cases = [str.lower, str.upper, str.capitalize, str.swapcase]
    rnd = random.Random(10)
    afters = []
    for _ in range(20000):
        s = rnd.choice(["", " ", "  ", "-", " - ", "\u00a0", "\n"]) + rnd.choice(["", "%", "percent", "points", "pts"])
        s += rnd.choice(["", " ", "-", " -", "  "]) + rnd.choice(cases)(rnd.choice(words)) + rnd.choice(["", " on X", "."])
        afters.append(s)
    matched = 0
    for s in afters:
        if N._DELTA_AFTER.match(s):
            matched += 1
            assert N._delta_after_may_match(s, s.lstrip()[:1]), s
    assert matched > 3000


def test_find_numbers_gives_text_order(corpus_texts):
    # _sentence_claims sorts its numbers only when it adds medals: find_numbers must give them in order
    for t in corpus_texts + _mutated(2000, seed=11, extra=["1,450", "85.0%", "2025", "3 out of 4", "$5", "#1"]):
        starts = [n.start for n in N.find_numbers(t)]
        assert starts == sorted(starts) and len(set(starts)) == len(starts), t
