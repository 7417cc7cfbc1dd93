"""Round-14 bilingual lines and other-script table headers (nlp/bilingual.py, through nlp/script_aliases.py).

A headline written twice, in another script and in English ("native / English", "native — English", "English |
native", the native title and "English: ..." on the next line), names the same things in both halves: the halves are
aligned by the version they share, then by the order and count of the names left; a table's header cell in another
script takes the one model of the passage with its version, and its siblings take the English stem.

Every model and organisation below is invented (grep finds none of them in tests/data/nlp); the sentences are written
for these tests, in nine scripts, with several separators and orders. Hard negatives: halves that share no name, other-
script ordinary words beside an English name, dates and prices, two models with one version, a reordered headline,
a table header that is a common word with a digit.
"""
from __future__ import annotations

import pytest

import nlp
from nlp import bilingual


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def ents(pipe, text):
    return [(e.text, e.label_, e._.canonical) for e in pipe(text).ents]


def native(pipe, text):
    return [x for x in ents(pipe, text) if not x[0].isascii()]


# --- the two halves of a bilingual headline, in nine scripts ----------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("雪鸮智能发布雪鸮-5系列 / Xuexiao AI releases the Xuexiao-5 series (translated from Chinese)\n\n杭州 — The start-up "
     "said Xuexiao-5 scores 81.2 on C-Eval and beats Qwen3-Max on CMMLU. 雪鸮 charges one yuan per million tokens.",
     {("雪鸮智能", "ORG", "Xuexiao AI"), ("雪鸮-5", "MODEL", "Xuexiao-5"), ("雪鸮", "ORG", "Xuexiao AI")}),
    ("ヒバリ技研がミズチ-2を発表 — Hibari Labs announces Mizuchi-2\n\nTOKYO — Hibari Labs said Mizuchi-2 scores 77.0 on "
     "JMMLU, ahead of GPT-4o.", {("ヒバリ技研", "ORG", "Hibari Labs"), ("ミズチ-2", "MODEL", "Mizuchi-2")}),
    ("바람랩스가 솔바람-4를 공개 / Baram Labs unveils Solbaram-4 (translated from Korean)\n\nSEOUL — Baram Labs said "
     "Solbaram-4 beats GPT-4o on KMMLU with 70.2.", {("바람랩스", "ORG", "Baram Labs"), ("솔바람-4", "MODEL", "Solbaram-4")}),
    ("«واحة» تطلق «نسيم-3» / Waha AI launches Naseem-3 (translated from Arabic)\n\nDUBAI — Waha AI said Naseem-3 scored "
     "68.1 on ArabicMMLU, ahead of Jais.", {("واحة", "ORG", "Waha AI"), ("نسيم-3", "MODEL", "Naseem-3")}),
    ("मीनार लैब्स ने पवन-5 उतारा / Minar Labs rolls out Pavan-5 (translated from Hindi)\n\nPUNE — Minar Labs said Pavan-5 "
     "scores 70.4 on MILU, ahead of Sarvam-M.", {("मीनार लैब्स", "ORG", "Minar Labs"), ("पवन-5", "MODEL", "Pavan-5")}),
    ("Лесная Лаборатория представила Ясень-2 / Lesnaya Lab presents Yasen-2\n\nMOSCOW — Lesnaya Lab said Yasen-2 scores "
     "64.0 on MMLU, ahead of GigaChat.", {("Лесная Лаборатория", "ORG", "Lesnaya Lab"), ("Ясень-2", "MODEL", "Yasen-2")}),
    ("Η Αστέρι AI παρουσιάζει το Κύμα-4 — Asteri AI presents Kyma-4\n\nATHENS — Asteri AI said Kyma-4 beats GPT-4o on "
     "Global-MMLU with 71.3.", {("Αστέρι AI", "ORG", "Asteri AI"), ("Κύμα-4", "MODEL", "Kyma-4")}),
    ("מעבדות ארז משיקה את דקל-2 / Erez Labs launches Dekel-2\n\nTEL AVIV — Erez Labs said Dekel-2 scored 66.5 on HeQ, "
     "ahead of GPT-4o.", {("מעבדות ארז", "ORG", "Erez Labs"), ("דקל-2", "MODEL", "Dekel-2")}),
    ("ทะเลใส เปิดตัว ดาวเหนือ-2 / Talesai launches Daonuea-2\n\nBANGKOK — Talesai said Daonuea-2 scores 59.9 on ThaiExam, "
     "ahead of Typhoon 2.", {("ทะเลใส", "ORG", "Talesai"), ("ดาวเหนือ-2", "MODEL", "Daonuea-2")}),
])
def test_bilingual_headline_halves_align(pipe, text, expected):
    assert expected <= set(native(pipe, text))


def test_english_half_first_and_a_version_without_hyphen(pipe):
    text = ("Chenxing Labs launches Canglu-6 | 晨星实验室推出苍鹭6\n\nChenxing Labs said Canglu-6 scores 80.1 on C-Eval; "
            "苍鹭6 is free for researchers.")
    found = native(pipe, text)
    assert ("晨星实验室", "ORG", "Chenxing Labs") in found
    assert found.count(("苍鹭6", "MODEL", "Canglu-6")) == 2  # the headline's and the body's


def test_native_title_and_its_translation_on_the_next_line(pipe):
    text = "原文：云杉智能推出云杉-7\nEnglish: Yunshan AI launches Yunshan-7\n\nYunshan AI said Yunshan-7 scores 80.1 on C-Eval."
    assert {("云杉智能", "ORG", "Yunshan AI"), ("云杉-7", "MODEL", "Yunshan-7")} <= set(native(pipe, text))


# --- table headers and siblings ---------------------------------------------------------------------------------

def test_other_script_table_header_takes_the_model_named_elsewhere(pipe):
    text = ("Pellow AI released Qiaomu-3 on Monday. The report's main table keeps its original Chinese headers:\n\n"
            "| 评测 | 乔木3 | 乔木2 | GPT-4o |\n|---|---|---|---|\n| C-Eval | 80.1 | 71.0 | 76.0 |\n| CMMLU | 78.4 | 69.9 | 74.2 |\n")
    doc = pipe(text)
    found = {(e.text, e.label_, e._.canonical) for e in doc.ents}
    assert {("乔木3", "MODEL", "Qiaomu-3"), ("乔木2", "MODEL", "Qiaomu-2")} <= found
    claims = {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims}
    assert {("Qiaomu-3", "C-Eval", 80.1), ("Qiaomu-2", "C-Eval", 71.0), ("Qiaomu-3", "CMMLU", 78.4)} <= claims


def test_headline_sibling_in_a_table():
    text = ("苍鹭智能发布苍鹭3 — Canglu Intelligence publishes Canglu-3\n\n| Benchmark | 苍鹭3 | 苍鹭2 |\n|---|---|---|\n"
            "| MMLU | 80.1 | 71.0 |\n")
    s = text.index("Canglu Intelligence")
    m = text.index("Canglu-3")
    found = [(s, s + len("Canglu Intelligence"), "ORG", "Canglu Intelligence"), (m, m + 8, "MODEL", "Canglu-3")]
    got = {text[a:b]: named for (a, b), named in bilingual.pairs(text, found).items()}
    assert got["苍鹭智能"] == ("ORG", "Canglu Intelligence")
    assert got["苍鹭3"] == ("MODEL", "Canglu-3")
    assert got["苍鹭2"] == ("MODEL", "Canglu-2")


# --- hard negatives ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # halves that share no name: no anchor, nothing aligned
    "今日要闻 / Morning briefing: Brindle AI ships Pellow-7\n\nBrindle AI said Pellow-7 scores 80.0 on MMLU.",
    "发布会 — Pellow Labs unveils Qiaomu-3 in Beijing\n\nPellow Labs said Qiaomu-3 scores 80.1 on C-Eval.",
    # ordinary words in another script beside an English name
    "新版本今天上线 — Vandrel-3 is live today\n\nVandrel Labs said Vandrel-3 scores 80.0 on MMLU.",
    "Новая модель Vandrel-3 / Vandrel Labs ships Vandrel-3\n\nVandrel Labs said Vandrel-3 scores 80.0 on MMLU.",
    # digits that are a year and a price
    "晨星2026年上市，售价99元 / Chenxing Labs ships Canglu-99 in 2026 for 99 yuan\n\nChenxing Labs said Canglu-99 scores 80.0 on MMLU.",
    # two models with one version: which is which is not said
    "云杉-3与苍鹭-3对比 / Yunshan-3 versus Canglu-3\n\nThe review compares Yunshan-3 and Canglu-3 on MMLU: 71.0 and 69.5.",
    # a header cell that is a common word and a digit
    "Pellow AI released Qiaomu-2 on Monday.\n\n| 指标 | 版本2 | 基线 |\n|---|---|---|\n| MMLU | 80.1 | 71.0 |\n",
])
def test_no_native_name_without_a_shared_name(pipe, text):
    assert native(pipe, text) == []


def test_reordered_headline_keeps_its_versions_and_aligns_nothing_else():
    text = "Chenxing Labs pits Chenxing-8 against Canglu-5 / 晨星实验室让苍鹭5对决晨星8"
    o, a, b = 0, text.index("Chenxing-8"), text.index("Canglu-5")
    found = [(o, o + 13, "ORG", "Chenxing Labs"), (a, a + 10, "MODEL", "Chenxing-8"), (b, b + 8, "MODEL", "Canglu-5")]
    got = {text[x:y]: named for (x, y), named in bilingual.pairs(text, found).items()}
    assert got == {"晨星8": ("MODEL", "Chenxing-8"), "苍鹭5": ("MODEL", "Canglu-5")}  # the lab: order unknown


def test_a_date_is_no_version():
    text = "灵鹊3月发布 / Qiaomu-3 launches in March"
    a = text.index("Qiaomu-3")
    assert bilingual.pairs(text, [(a, a + 8, "MODEL", "Qiaomu-3")]) == {}


def test_all_ascii_text_is_skipped_at_once():
    assert bilingual.pairs("Pellow AI / Qiaomu-3 launches", [(12, 20, "MODEL", "Qiaomu-3")]) == {}


def test_header_of_a_table_split_by_wide_spaces_and_a_native_model_with_no_english_form(pipe):
    text = ("晨星实验室发布苍鹭2 — Chenxing Labs releases Canglu-2\n\nThe comparison (unit: %):\n\n"
            "Evaluation set      苍鹭2     云杉4     GPT-4o\nC-Eval              90.1      85.5      76.0\n"
            "CMMLU               88.0      83.2      74.2\n")
    found = {(e.text, e.label_, e._.canonical) for e in pipe(text).ents}
    assert ("苍鹭2", "MODEL", "Canglu-2") in found
    assert ("云杉4", "MODEL", "云杉4") in found  # no English form: a model among the table's models, by its own name


def test_native_cell_beside_no_model_is_no_name():
    text = "Pellow AI released Qiaomu-2.\n\n| 城市 | 北京3 | 上海1 |\n|---|---|---|\n| share | 40 | 20 |\n"
    a = text.index("Qiaomu-2")
    got = {text[x:y] for (x, y) in bilingual.pairs(text, [(a, a + 8, "MODEL", "Qiaomu-2")])}
    assert got == set()  # no version shared, and no model in the header row


@pytest.mark.parametrize("text, name", [
    ("Модель вышла 3 декабря / Yasen-3 launched on 3 December", "Yasen-3"),
    ("النموذج متاح في 3 دول / Naseem-3 is available in 3 countries", "Naseem-3"),
    ("मॉडल की कीमत 5 रुपये / Pavan-5 costs 5 rupees", "Pavan-5"),
])
def test_a_translated_date_count_or_price_is_no_version(text, name):
    a = text.index(name)
    assert bilingual.pairs(text, [(a, a + len(name), "MODEL", name)]) == {}


def test_bracketed_form_after_a_quoted_name_and_the_headline_before_it(pipe):
    text = ('云杉智能发布苍鹭8 — translated release\n\nYunshan Intelligence (云杉智能) today released its flagship model '
            '"Canglu-8" (苍鹭8). Canglu-8 scores 80.1 on C-Eval.')
    found = native(pipe, text)
    assert found.count(("云杉智能", "ORG", "Yunshan Intelligence")) == 2  # the bracket's, and the headline's
    assert found.count(("苍鹭8", "MODEL", "Canglu-8")) == 2


def test_a_han_form_inside_a_longer_word_is_no_mention():
    text = "苍鹭科技园 and 苍鹭发布苍鹭8"
    assert list(bilingual.mentions(text, "苍鹭")) == [(10, 12)]  # "苍鹭" before "发布"; not inside "苍鹭科技园" or "苍鹭8"


def test_a_quoted_word_glossed_in_brackets_is_no_lab(pipe):
    text = ('Yunshan Intelligence released Canglu-8, which scores 80.1 on C-Eval.\n\nEditor\'s note: "Yunshan" (云杉) is '
            'the Chinese word for spruce.')
    assert not any(t == "云杉" for t, _, _ in native(pipe, text))
