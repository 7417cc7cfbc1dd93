"""Transport and source formats decoded before names and claims are read (round 18, branch nlp-markup18): nlp.formats,
nlp.markup.reading_copy, nlp.format_docs.

Invented names (in no set, no nlp/data file, no other test: checked with grep): Quillfern, Gorsebloom Labs, Tessellon-Bench,
Yarrowick, Sedgemoor-Eval, Thimbleby AI, Wickerlamp, Cobblewright. Each format: a name or a figure the format breaks is
read whole, its span indexes the raw text (``text[start:end]`` is the raw span, format marks included), and text without
the format's signature is passed through byte-identical (hard negatives: ``a=b``, ``n=10, k=20``, ``=$5``, a Markdown
``=====`` rule, a lone ``\\frac{a}{b}``, a prose arrow ``-->``, a lower-case line-end hyphen).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.formats import detect, normalise
from nlp.markup import reading_copy

DATA = Path(__file__).resolve().parents[1] / "data" / "nlp"


@pytest.fixture(scope="module")
def pipe():
    import nlp

    return nlp.load()


def ents(pipe, text):
    doc = pipe(text)
    return [(e.start_char, e.end_char, e.label_, e._.canonical) for e in doc.ents], doc._.claims


def found(pipe, text, raw_span, label, canonical):
    """the entity whose raw span is ``raw_span`` (the first occurrence), with its label and canonical"""
    es, _ = ents(pipe, text)
    a = text.index(raw_span)
    return (a, a + len(raw_span), label, canonical) in es


def claims(pipe, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in pipe(text)._.claims}


def copied_chars_map_back(raw: str) -> None:
    """every character of the copy that is a character of the input maps to it"""
    clean, omap = normalise(raw)
    assert omap is not None
    for i, ch in enumerate(clean):
        j = omap.start(i)
        assert 0 <= j <= len(raw)
        if j < len(raw) and raw[j] == ch:
            continue
        # a replacement (a decoded escape, a break): it stands for input at or after the previous character's
        assert j >= omap.start(i - 1) if i else True


PLAIN = "Gorsebloom Labs released Quillfern 4 today. Quillfern 4 scores 71.2% on Tessellon-Bench, ahead of GPT-5.1 at 64.0%."


def test_plain_sentence_is_read(pipe):  # the control every format below breaks
    assert found(pipe, PLAIN, "Quillfern 4", "MODEL", "Quillfern 4")
    assert claims(pipe, PLAIN) >= {("Quillfern 4", "Tessellon-Bench", 71.2)}


# -- quoted-printable -----------------------------------------------------------------------------------------------

QP = ("Content-Transfer-Encoding: quoted-printable\n\n"
      "Gorsebloom Labs released Quill=\nfern 4 today. Quillfern 4 scores 71.=\n2% on Tessellon-Bench, ahead =\n"
      "of GPT-5.1 at 64.0%. That=E2=80=99s the news from Thimbleby =E2=80=94 more soon.\n")


def test_qp_decoded_with_offsets():
    clean, omap = normalise(QP)
    assert "Quillfern 4 today" in clean and "71.2%" in clean and "That’s" in clean and "ahead of" in clean
    a = clean.index("Quillfern")
    assert QP[omap.start(a):omap.end(a + len("Quillfern 4"))] == "Quill=\nfern 4"
    copied_chars_map_back(QP)


def test_qp_name_and_figure_found_whole(pipe):
    assert found(pipe, QP, "Quill=\nfern 4", "MODEL", "Quillfern 4")
    assert ("Quillfern 4", "Tessellon-Bench", 71.2) in claims(pipe, QP)
    c = next(c for c in pipe(QP)._.claims if c["score"] == 71.2)
    assert "71.=\n2%" in QP[c["start"]:c["end"]]  # the claim's span indexes the raw text


def test_rfc2047_subject():
    raw = "Subject: =?UTF-8?Q?Wickerlamp=E2=80=99s_week=2C_in_brief?=\nFrom: x@y.example\n"
    clean, omap = normalise(raw)
    assert clean.startswith("Subject: Wickerlamp’s week, in brief\n")
    a = clean.index("Wickerlamp")
    assert raw[omap.start(a):omap.end(a + 10)] == "Wickerlamp"


@pytest.mark.parametrize("text", [
    "Set a=b and c=d, then x=\ny only once.",  # one soft break, no escape
    "With n=10, k=20 and m=30 the run takes 5 minutes.",  # digits after "=": no escape
    "Upgrade for =$5 a month; the Pro plan is =$20.",
    "Quillfern results\n=================\n\nTessellon-Bench\n===============\n\nScores follow.",  # setext rules
    "The file was saved as report=final=v2.txt",
])
def test_not_qp(text):
    assert "quoted-printable" not in detect(text)
    assert normalise(text) == (text, None)


# -- LaTeX --------------------------------------------------------------------------------------------------------------

TEX = (r"\section{Results}\label{sec:res}" "\n"
       r"Table~\ref{tab:m} compares \textsc{Quillfern}-4 with \emph{Yarrowick 2} \cite{yar2026}; scores in \%." "\n"
       r"\begin{tabular}{lcc}" "\n" r"\toprule" "\n"
       r"Model & Tessellon-Bench & Sedgemoor-Eval \\" "\n" r"\midrule" "\n"
       r"\textsc{Quillfern}-4 & \textbf{71.2} & 58.3 \\" "\n"
       r"Yarrowick 2 & 64.0 & 55.1 \\" "\n" r"\bottomrule" "\n" r"\end{tabular}" "\n")


def test_latex_commands_and_table():
    clean, omap = normalise(TEX)
    assert "compares Quillfern-4 with Yarrowick 2 ;" in clean
    assert "\\" not in clean and "cite" not in clean and "tab:m" not in clean and "in %." in clean
    # the pipe-row form: a bar opens each row, the header's rule is "|---|", lines of commands alone are gone
    assert "\n| Model | Tessellon-Bench | Sedgemoor-Eval  |\n|---|\n| Quillfern-4 | 71.2 | 58.3  |\n| Yarrowick 2 |" in clean
    assert "toprule" not in clean and "\n\n| Model" not in clean
    a = clean.index("Quillfern-4")
    assert TEX[omap.start(a):omap.end(a + len("Quillfern-4"))] == "Quillfern}-4"
    copied_chars_map_back(TEX)


def test_latex_name_found_whole(pipe):
    es, _ = ents(pipe, TEX)
    a = TEX.index("Quillfern}-4")
    assert (a, a + len("Quillfern}-4"), "MODEL", "Quillfern-4") in es


def test_latex_keeps_prices_and_prose():
    text = r"\textbf{Quillfern 4} costs $0.12 per million tokens \emph{and} scores 71.2\% on \textsc{Tessellon-Bench}."
    assert normalise(text)[0] == "Quillfern 4 costs $0.12 per million tokens and scores 71.2% on Tessellon-Bench."


@pytest.mark.parametrize("text", [
    r"- the scorer accepted `\frac{a}{b}` and `a/b` as different answers.",  # one command: a changelog, not LaTeX
    r"Copy it to C:\Users\quill\models and run it.",
    "Quillfern 4 costs $5 a month ~ cheap.",
])
def test_not_latex(text):
    assert "latex" not in detect(text)
    assert normalise(text) == (text, None)


# -- iCalendar / vCard --------------------------------------------------------------------------------------------------

ICS = ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Talk on Tessellon-Bench\n"
       "DESCRIPTION:Quillfern 4 scores 71.2% on Tessellon-\n Bench\\, ahead of GPT-5.1 at 6\n 4.0%.\\nCoffee at 3.\n"
       "END:VEVENT\nEND:VCALENDAR\n")


def test_ical_unfolded(pipe):
    clean, omap = normalise(ICS)
    assert "on Tessellon-Bench, ahead of GPT-5.1 at 64.0%.\nCoffee" in clean
    a = ICS.index("Tessellon-\n Bench")
    assert (a, a + len("Tessellon-\n Bench"), "BENCHMARK", "Tessellon-Bench") in ents(pipe, ICS)[0]
    assert ("GPT-5.1", "Tessellon-Bench", 64.0) in claims(pipe, ICS)


def test_not_ical():
    text = "Notes\n continued on an indented line, as prose does.\nBEGIN:VEVENT is how a calendar starts, they said."
    assert normalise(text) == (text, None)


# -- XML feeds ----------------------------------------------------------------------------------------------------------

ATOM = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
        "  <title>Cobblewright — News</title>\n  <entry>\n    <title>Cobblewright releases Quillfern 4</title>\n"
        '    <link href="https://cobblewright.example/news/quillfern-5-preview"/>\n    <category term="quillfern-4"/>\n'
        "    <summary><![CDATA[Quillfern 4 scores 71.2% on Tessellon-Bench.]]></summary>\n  </entry>\n</feed>\n")


def test_xml_tags_are_breaks():
    clean, omap = normalise(ATOM)
    assert "\nCobblewright — News\n" in clean and "\nCobblewright releases Quillfern 4\n" in clean
    assert "quillfern-4" in clean and "quillfern-5-preview" not in clean and "CDATA" not in clean
    assert "\nQuillfern 4 scores 71.2% on Tessellon-Bench.\n" in clean
    copied_chars_map_back(ATOM)


def test_xml_names_and_claims(pipe):
    es, cl = ents(pipe, ATOM)
    a = ATOM.index("Quillfern 4 scores")
    assert (a, a + len("Quillfern 4"), "MODEL", "Quillfern 4") in es
    assert not any(ATOM[s:e].startswith("quillfern-5") for s, e, _, _ in es)  # the link URL is not read
    assert ("Quillfern 4", "Tessellon-Bench", 71.2) in {(c["model"], c["benchmark"], c["score"]) for c in cl}


def test_not_xml():
    text = "Use <title> and <summary> tags, said Cobblewright; <b>Quillfern 4</b> is out."
    assert "xml" not in detect(text)
    assert normalise(text) == (text, None)


# -- Markdown links and images ------------------------------------------------------------------------------------------

MD = ("[Quillfern 4](https://gorsebloom.example/blog/quillfern-4 \"launch post\") scores 71.2% on "
      "[Tessellon-Bench](https://tessellon.example/). ![Sedgemoor-Eval accuracy by model](img/sedge.png)")


def test_markdown_links(pipe):
    clean, omap = normalise(MD)
    assert clean == "Quillfern 4 scores 71.2% on Tessellon-Bench. Sedgemoor-Eval accuracy by model"
    a = clean.index("Sedgemoor-Eval")
    assert MD[omap.start(a):omap.end(a + 14)] == "Sedgemoor-Eval"
    assert found(pipe, MD, "Quillfern 4", "MODEL", "Quillfern 4")
    assert ("Quillfern 4", "Tessellon-Bench", 71.2) in claims(pipe, MD)


def test_not_markdown_link():
    text = "Quillfern 4 [beta] (released today) scores 71.2% on Tessellon-Bench [1]."
    assert normalise(text) == (text, None)


# -- subtitle cues ------------------------------------------------------------------------------------------------------

SRT = ("1\n00:00:01,000 --> 00:00:03,500\nToday Gorsebloom Labs shows Quillfern 4.\n\n"
       "2\n00:00:03,500 --> 00:00:06,000\nQuillfern 4 scores\n\n3\n00:00:06,000 --> 00:00:08,200\n"
       "71.2% on Tessellon-Bench.\n")


def test_subtitle_cues_joined(pipe):
    clean, omap = normalise(SRT)
    assert "-->" not in clean and "Quillfern 4 scores 71.2% on Tessellon-Bench." in clean
    assert ("Quillfern 4", "Tessellon-Bench", 71.2) in claims(pipe, SRT)
    assert found(pipe, SRT, "Quillfern 4", "MODEL", "Quillfern 4")


def test_webvtt_without_hours():
    vtt = "WEBVTT\n\n01:02.345 --> 01:04.000\nYarrowick 2 leads\n\n01:04.000 --> 01:06.500\nSedgemoor-Eval.\n"
    clean, _ = normalise(vtt)
    assert "Yarrowick 2 leads Sedgemoor-Eval." in clean


def test_not_subtitles():
    text = "Pipeline: tokenise --> tag --> link. Quillfern 4 at 00:01:02 was fast."
    assert normalise(text) == (text, None)


# -- a name hyphenated at a line end ------------------------------------------------------------------------------------

def test_name_shaped_hyphen_keeps_the_hyphen():
    text = "In our runs the new TESSEL-\nbench suite and the QuillFern-\nlite model both did well."
    clean, omap = normalise(text)
    assert "TESSEL-bench suite" in clean and "QuillFern-lite model" in clean
    a = clean.index("TESSEL-bench")
    assert text[omap.start(a):omap.end(a + 12)] == "TESSEL-\nbench"


@pytest.mark.parametrize("text", [
    "a new bench-\nmark for agents",  # lower case: left to nlp.line_breaks (joined when written whole)
    "the Key-\nstone results",  # one capital, first: left to nlp.line_breaks
    "state-of-the-\nart models",
])
def test_not_name_hyphen(text):
    assert normalise(text) == (text, None)


# -- whole sets: no signature, no change ---------------------------------------------------------------------------------

def test_sets_without_a_signature_pass_through():
    n = 0
    for name in ("dev.jsonl", "heldout5.jsonl", "heldout17.jsonl", "claims-test18.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            if not detect(text):
                assert normalise(text) == (text, None)
                assert reading_copy(text)[1] is None or "&" in text
                n += 1
    assert n > 150


def test_reading_copy_chains_refs_after_formats():
    raw = "Subject: =?UTF-8?Q?Quillfern_4?=\n\nQuill=\nfern 4 &amp; Tessellon-Bench =E2=80=94 71.2%=\n"
    clean, omap = reading_copy(raw)
    assert clean == "Subject: Quillfern 4\n\nQuillfern 4 & Tessellon-Bench — 71.2%"
    a = clean.index("Quillfern 4 &")
    assert raw[omap.start(a):omap.end(a + 11)] == "Quill=\nfern 4"
    b = clean.index("Tessellon")
    assert raw[omap.start(b):omap.end(b + 15)] == "Tessellon-Bench"


def test_analyze_gives_raw_offsets(pipe):
    from nlp.analyze import analyze

    html_qp = "<p>" + QP.replace("Thimbleby", "Thimbleby &amp; Cobblewright") + "</p>"
    for text in (QP, html_qp, ATOM):
        out = next(analyze(pipe, [{"id": "x", "text": text}]))
        assert out["entities"] and all(text[e["start"]:e["end"]] == e["text"] for e in out["entities"])
        assert out["claims"] and all(c["start"] is None or 0 <= c["start"] < c["end"] <= len(text) for c in out["claims"])
    out = next(analyze(pipe, [{"id": "x", "text": html_qp}]))
    assert any(e["text"] == "Quill=\nfern 4" and e["canonical"] == "Quillfern 4" for e in out["entities"])
    assert ("Quillfern 4", "Tessellon-Bench", 71.2) in {(c["model"], c["benchmark"], c["score"]) for c in out["claims"]}
