"""Any text in, a result or a one-line error out: over-long texts, lone surrogates, a component that
raises, HTML left in the text, and run-on sentences that used to take minutes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import nlp as mwnlp
analyze_mod = sys.modules["nlp.analyze"]  # `nlp.analyze` the attribute is the function
from nlp import claims as claims_mod
from nlp.chunks import chunk_spans
from nlp.markup import clean_markup
from nlp.numbers import MAX_SEGMENT, segments

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pipe():
    return mwnlp.load(lexeme_attrs=False)


def _strip_ids(row):
    return {k: v for k, v in row.items() if k != "id"}


# ------------------------------------------------------------------ over-long texts (spaCy E088)

PARA = ("Alibaba said Qwen3-Max reached 69.6% on SWE-bench Verified, while GPT-5 scored "
        "74.9% on the same benchmark. OpenAI also reported 94.6% on AIME 2025 for GPT-5.")


def _para(i: int) -> str:
    """PARA with its own numbers: one passage states a (model, benchmark, number) once (nlp.claims.one_per_passage)."""
    return PARA.replace("69.6", f"{50 + i / 10:.1f}").replace("74.9", f"{60 + i / 10:.1f}").replace("94.6", f"{80 + i / 10:.1f}")


def test_text_over_max_length_is_read_in_chunks_with_offsets_into_the_whole_text(pipe):
    text = "\n\n".join(f"Part {i}. {_para(i)}" for i in range(40))
    whole = list(mwnlp.analyze(pipe, [{"id": 1, "text": text}]))[0]
    old = pipe.max_length
    pipe.max_length = 1500  # as a 1,000,000-character text meets the default limit
    try:
        chunked = list(mwnlp.analyze(pipe, [{"id": 1, "text": text}]))[0]
        # the same claim in every paragraph: once, read whole or in chunks
        same = "\n\n".join(f"Part {i}. {PARA}" for i in range(40))
        [again] = list(mwnlp.analyze(pipe, [{"id": 2, "text": same}]))
    finally:
        pipe.max_length = old
    [once] = list(mwnlp.analyze(pipe, [{"id": 2, "text": same}]))
    assert [(c["model"], c["benchmark"], c["score"], c["start"]) for c in again["claims"]] == \
        [(c["model"], c["benchmark"], c["score"], c["start"]) for c in once["claims"]] and len(once["claims"]) == 3
    assert "error" not in chunked
    assert len(chunk_spans(text, 1500)) > 3 and len(whole["claims"]) >= 80
    # cut at paragraph breaks: the same entities and claims, at the same places in the whole text
    # (each paragraph names its models: what a sentence borrows from earlier ones stops at a cut)
    assert chunked["entities"] == whole["entities"]
    assert [(c["model"], c["benchmark"], c["score"], c["start"], c["end"]) for c in chunked["claims"]] == \
        [(c["model"], c["benchmark"], c["score"], c["start"], c["end"]) for c in whole["claims"]]
    for e in chunked["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]


def test_a_million_character_text_gives_a_result_not_E088(pipe):
    text = ("Plain filler words about nothing in particular. " * 21000) + "\n\nGPT-5 scored 74.9% on SWE-bench Verified."
    assert len(text) > pipe.max_length
    [row] = list(mwnlp.analyze(pipe, [{"id": "big", "text": text}]))
    assert "error" not in row
    gpt = [e for e in row["entities"] if e["canonical"] == "GPT-5"]
    assert gpt and text[gpt[0]["start"]:gpt[0]["end"]] == "GPT-5"
    assert [(c["model"], c["benchmark"], c["score"]) for c in row["claims"]] == [("GPT-5", "SWE-bench Verified", 74.9)]


def test_chunk_spans_cover_the_text_and_respect_the_size():
    text = ("word " * 50 + "\n\n") * 200 + "x" * 5000  # the tail has no break: a hard cut
    spans = chunk_spans(text, max_length=1000, chunk_chars=1000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a < b and b - a <= 1000 for a, b in spans)
    assert all(p[1] == q[0] for p, q in zip(spans, spans[1:]))
    assert chunk_spans("short", max_length=1000) == [(0, 5)]


# ------------------------------------------------------------------ one bad record fails alone

def test_lone_surrogate_fails_its_record_only(pipe):
    rows = list(mwnlp.analyze(pipe, [{"id": 1, "text": "OpenAI shipped o3."},
                                     {"id": 2, "text": json.loads('"Broken emoji \\ud83d here"')},
                                     {"id": 3, "text": "xAI shipped Grok 4.", "title": json.loads('"\\udc00"')},
                                     {"id": 4, "text": "xAI shipped Grok 4."}]))
    assert [r["id"] for r in rows] == [1, 2, 3, 4]
    assert rows[1]["error"].startswith("[E034]") and "'text'" in rows[1]["error"] and "character 13" in rows[1]["error"]
    assert rows[2]["error"].startswith("[E034]") and "'title'" in rows[2]["error"]
    assert "\n" not in rows[1]["error"]
    assert rows[0]["entities"] and rows[3]["entities"]


def test_an_exception_inside_the_pipeline_fails_only_that_record(pipe, monkeypatch):
    real = analyze_mod._make_doc

    def poisoned(nlp, text, title):
        if "POISON" in text:
            raise RuntimeError("component blew up\nsecond line of detail")
        return real(nlp, text, title)

    monkeypatch.setattr(analyze_mod, "_make_doc", poisoned)
    recs = [{"id": i, "text": "POISON pill." if i == 2 else f"Story {i}: DeepSeek-V3 and GPT-4o were compared."}
            for i in range(5)]
    rows = list(mwnlp.analyze(pipe, recs, batch_size=5))
    assert [r["id"] for r in rows] == list(range(5))
    assert rows[2]["error"] == "[E035] the NLP pipeline failed on this record: RuntimeError: component blew up"
    assert all(len(r["entities"]) == 2 for i, r in enumerate(rows) if i != 2)


def test_modelwire_nlp_stream_goes_on_past_bad_lines():
    from click.testing import CliRunner

    from pipeline.cli.main import main

    lines = (b'{"id": 1, "text": "DeepSeek-V3.2 scored 93.1% on AIME 2025."}\n'
             b'{"id": 2, "text": "a \\ud83d b"}\n'
             b'{"id": 3, "text": "bad byte \xff here"}\n'
             b'{"id": "\\ud800", "text": "GPT-5 is out."}\n'
             b'{"id": 5, "text": "Qwen3 is out."}\n'
             + b"[" * 100_000 + b"\n")  # nested past Python's recursion limit
    res = CliRunner().invoke(main, ["nlp"], input=lines)
    assert res.exit_code == 0, res.output
    out = [json.loads(line) for line in res.output.splitlines()]
    assert [o["id"] for o in out] == [1, 2, 3, "\ud800", 5, None]
    assert out[5]["error"] == "line 6: JSON nested too deeply"
    assert "claims" in out[0] and out[0]["claims"]
    assert out[1]["error"].startswith("[E034]")  # a lone surrogate escaped in valid JSON
    # a byte that is not UTF-8 is an input line's error, named like line 6's (ux-sweep: no longer
    # described as a broken emoji)
    assert out[2]["error"].startswith("line 3: not UTF-8 text (byte 0xff at column ")
    assert out[3]["entities"][0]["canonical"] == "GPT-5" and out[4]["entities"]


# ------------------------------------------------------------------ HTML left in the text

@pytest.mark.parametrize("text", [
    "GPT-5 scored 74.9% on SWE-bench&nbsp;Verified.",
    "<p>GPT-5 scored <b>74.9%</b> on SWE-bench&#160;Verified.</p>",
    "<div class=\"x\">GPT-5 scored 74.9% on SWE-bench&#xA0;Verified.<br/></div>",
])
def test_html_entities_and_tags_are_read_as_text_with_offsets_into_the_input(pipe, text):
    [row] = list(mwnlp.analyze(pipe, [{"id": 1, "text": text}]))
    by = {e["canonical"]: e for e in row["entities"]}
    assert "SWE-bench Verified" in by, row["entities"]
    for e in row["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    assert by["SWE-bench Verified"]["text"].startswith("SWE-bench&") and by["SWE-bench Verified"]["text"].endswith("Verified")
    assert [(c["model"], c["benchmark"], c["score"]) for c in row["claims"]] == [("GPT-5", "SWE-bench Verified", 74.9)]
    c = row["claims"][0]
    assert text[c["start"]:c["end"]].startswith("GPT-5") and text[c["start"]:c["end"]].rstrip("</>divp").endswith(".")


def test_markup_cleaning_leaves_ordinary_text_alone_and_maps_offsets():
    for plain in ["AT&T and R&D teams; 3 < 4 and x > y", "Q&A: is a<b?", "&unknownentity; stays", ""]:
        assert clean_markup(plain) == (plain, None)
    text = "<h2>Results</h2>Fish &amp; Chips<script>var a = '<b>';</script> ok"
    clean, omap = clean_markup(text)
    assert clean == "\nResults\nFish & Chips ok"
    i = clean.index("Fish")
    assert text[omap.start(i):omap.end(i + len("Fish & Chips"))] == "Fish &amp; Chips"
    assert text[omap.start(clean.index("ok")):omap.end(len(clean))] == "ok"


# ------------------------------------------------------------------ run-on sentences stay linear

def _run_on(words: int) -> str:
    vocab = ["GPT-5", "Claude Opus 4.1", "scored", "93.1%", "on", "AIME 2025", "and", "SWE-bench Verified",
             "Qwen3-Max", "reached", "44.9", "GPQA Diamond", "vs", "DeepSeek-V3.2", "with", "1,450", "Elo",
             "LMArena", "the", "model", "MMLU-Pro", "86.1"]
    # every number its own (a passage states each (model, benchmark, number) once): 93.1% -> 93.1%, 10.2%, …
    words_ = [vocab[(i * 7 + i // 5) % len(vocab)] for i in range(words)]
    return " ".join(f"{10 + (i * 37) % 900 / 10:.1f}" + "%" * w.endswith("%") if w[0].isdigit() else w
                    for i, w in enumerate(words_)) + "."


def _word_counts(pipe, monkeypatch, text: str) -> int:
    """Characters the claims component reads in its word counting: the inner step of its
    number x benchmark x gap search, which grew with the cube of a sentence's length."""
    read = [0]
    real = claims_mod._words

    def counting(s):
        read[0] += len(s)
        return real(s)

    monkeypatch.setattr(claims_mod, "_words", counting)
    list(mwnlp.analyze(pipe, [{"id": 1, "text": text}]))
    monkeypatch.setattr(claims_mod, "_words", real)
    return read[0]


def test_claims_work_on_a_run_on_sentence_grows_linearly(pipe, monkeypatch):
    small = _word_counts(pipe, monkeypatch, _run_on(1000))
    large = _word_counts(pipe, monkeypatch, _run_on(4000))
    assert small > 0
    assert large < 6 * small, (small, large)  # 4x the words: about 4x the work (it was ~40x)


def test_run_on_sentence_is_read_in_bounded_windows(pipe):
    text = _run_on(3000)
    doc = pipe(text)
    segs = segments(doc)
    assert len(segs) > 10 and all(b - a <= MAX_SEGMENT for a, b in segs)
    ends = {e.start_char for e in doc.ents} | {e.end_char for e in doc.ents}
    inside = [(a, b) for a, b in segs for e in doc.ents if e.start_char < a < e.end_char or e.start_char < b < e.end_char]
    assert not inside and ends  # no window cuts an entity
    assert doc._.claims  # the windows are still read for claims


def test_ten_thousand_word_sentence_finishes(tmp_path):
    """A guard, not a timing: before the window this took over eleven minutes."""
    script = ("import sys, json; sys.path.insert(0, %r); import nlp\n"
              "from tests.nlp.test_robust_input import _run_on\n"
              "p = nlp.load(lexeme_attrs=False)\n"
              "r = list(nlp.analyze(p, [{'id': 1, 'text': _run_on(10000)}]))[0]\n"
              "print(json.dumps([len(r['entities']), len(r['claims'])]))\n") % str(ROOT)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    ents, claims = json.loads(out.stdout.strip().splitlines()[-1])
    assert ents > 2000 and claims > 100


class _CountingList(list):
    """A list that counts the items of each walk over it whole (a slice is a plain list)."""

    visits = 0

    def __iter__(self):
        _CountingList.visits += len(self)
        return super().__iter__()


@pytest.mark.parametrize("block", [  # {k}: each block's own numbers (a passage states a claim once)
    "| Model | MMLU-Pro | GPQA Diamond |\n|---|---|---|\n| GPT-5 | 87.{k} | 85.{k} |\n| Qwen3-Max | 84.{k} | 80.{k} |\n\n",
    "Leaderboard on LMArena:\n1. GPT-5 - 14{k} Elo\n2. Qwen3-Max - 13{k} Elo\n\n",
])
def test_entity_visits_of_tables_and_lists_grow_linearly(pipe, monkeypatch, block):
    """Every list used to scan all the document's entities, and every table row all the table's:
    quadratic in a long page. Counted: entities visited by whole-list walks and by `_ent_in`."""
    real_tuples, real_ent_in = claims_mod._ent_tuples, claims_mod._ent_in

    def ent_in(ents, a, b, label):
        _CountingList.visits += len(ents)
        return real_ent_in(ents, a, b, label)

    monkeypatch.setattr(claims_mod, "_ent_tuples", lambda doc, labels: _CountingList(real_tuples(doc, labels)))
    monkeypatch.setattr(claims_mod, "_ent_in", ent_in)
    visits, found = [], []
    for n in (20, 80):
        _CountingList.visits = 0
        [row] = list(mwnlp.analyze(pipe, [{"id": 1, "text": "".join(block.format(k=f"{k:02d}") for k in range(n))}]))
        visits.append(_CountingList.visits)
        found.append(len(row["claims"]))
    assert found[1] == 4 * found[0] and found[0] >= 20
    assert visits[1] <= 5 * visits[0], visits  # 4x the blocks: about 4x the visits (it was ~16x)


def test_modelwire_entities_names_a_broken_text_in_one_line():
    from click.testing import CliRunner

    from pipeline.cli.main import main

    res = CliRunner().invoke(main, ["entities", "GPT-5 \ud83d scored 74.9% on SWE-bench Verified."])
    assert res.exit_code == 1
    assert "[E034]" in res.output and "character 6" in res.output and "Traceback" not in res.output
    assert "No entities" not in res.output  # it used to say so, hiding the reason
