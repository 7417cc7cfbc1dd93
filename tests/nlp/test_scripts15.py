"""Round 15 (nlp-scripts15): names in other scripts and in CJK text.

* nlp.native_aliases: native-script names of knowledge-base entries (nlp/data/native_aliases.jsonl) and where such a name
  may stand (Korean particles, katakana runs, Hebrew and Arabic prefixes, Devanagari words);
* nlp.cjk_names: glosses "（英語名X）" / "(영문명: X)", quoted native models before a release verb, native stems glued to
  a lab word, native tiers after a model;
* nlp.script_heads: bodies named by a head word in Greek, Cyrillic, Korean, Japanese and Thai.

Every invented name here is in no dev or spent set (checked with grep); hard negatives beside each mechanism.
"""
from __future__ import annotations

import pytest

from nlp import cjk_names, kb as kbmod, native_aliases, script_heads
from tests.nlp.test_entities import ents, pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


# --- native-script aliases of the knowledge base ---------------------------------------------------------------
def test_every_native_alias_line_names_an_entry():
    kb = kbmod.load_kb()
    names = {(e.label, e.name) for e in kb.entries}
    rows = native_aliases.rows()
    assert len(rows) > 300
    for r in rows:
        assert (r.get("label", "ORG"), r["name"]) in names, r["name"]
        assert r["source"] and r["aliases"]
    by_name = {e.name: e for e in kb.entries if e.label == "ORG"}
    assert "ソフトバンク" in by_name["SoftBank"].aliases and "허깅페이스" in by_name["Hugging Face"].aliases


def test_excluded_entry_takes_its_native_names_with_it():
    kb = kbmod.load_kb(exclude=["Hugging Face"])
    assert not any("허깅페이스" in e.aliases for e in kb.entries)


@pytest.mark.parametrize("text, name, canon", [
    ("바다솔의 새 모델은 허깅페이스에 공개됐다.", "허깅페이스", "Hugging Face"),
    ("출자자에는 ソフトバンクや大手銀行が名を連ねる。", "ソフトバンク", "SoftBank"),
    ("한빛솔은 엔비디아의 GPU로 학습했다고 밝혔다.", "엔비디아", "Nvidia"),
    ("計算資源はさくらインターネットのGPUクラウドを利用した。", "さくらインターネット", "Sakura Internet"),
    ("הפיילוט נערך בשיתוף ורשות החדשנות תמכה בו.", "רשות החדשנות", "Israel Innovation Authority"),
    ("ร่วมทดสอบกับธนาคารไทยพาณิชย์ ในระบบตอบคำถาม", "ธนาคารไทยพาณิชย์", "Siam Commercial Bank"),
])
def test_native_alias_found_with_particles_and_prefixes(pipe, text, name, canon):  # noqa: F811
    assert (name, "ORG", canon) in ents(pipe, text)


@pytest.mark.parametrize("text, wrong", [
    ("새 애플리케이션을 출시했다.", "애플"),  # 애플 inside "application"
    ("삼성전자가 발표했다.", "삼성"),  # the longer name, not its first word
    ("メタデータとアップルパイのレシピ。", "アップル"),  # katakana words run on
])
def test_native_alias_inside_a_longer_word_is_not_taken(pipe, text, wrong):  # noqa: F811
    assert wrong not in [s for s, _ in spans(pipe, text)]


def test_native_family_with_version():
    assert native_aliases.fits("엑사원의", 0, 3) and not native_aliases.fits("애플리케이션", 0, 2)


def test_native_family_name_takes_a_version(pipe):  # noqa: F811
    found = ents(pipe, "하늘결은 엑사원 4.0보다 높았다. 엑사원 3개 버전을 비교했다.")
    assert ("엑사원 4.0", "MODEL", "EXAONE 4.0") in found
    assert not any(t.startswith("엑사원 3") for t, _, _ in found)  # "3개": a count


# --- glosses, quoted models, glued labs, native tiers ---------------------------------------------------------
@pytest.mark.parametrize("text, native, english, label", [
    ("翠嵐ラボは大規模言語モデル「桜霞3」（英語名Sakuragasumi-3）を発表した。", "桜霞3", "Sakuragasumi-3", "MODEL"),
    ("하늘결AI는 '미리내-2'(영문명: Mirinae-2)를 공개했다.", "미리내-2", "Mirinae-2", "MODEL"),
    ("風鈴テック（英文名 Furin Labs）は東京の新興企業だ。", "風鈴テック", "Furin Labs", "ORG"),
])
def test_gloss_pairs_both_forms(pipe, text, native, english, label):  # noqa: F811
    found = ents(pipe, text)
    assert (native, label, english) in found and (english, label, english) in found


def test_gloss_without_a_name_shape_is_left_alone():
    assert cjk_names.pairs("「空」（英語名sky）は季語だ。", []) == {}


@pytest.mark.parametrize("text, form", [
    ("銀河ラボは「星影3」を公開した。", "星影3"),
    ("하늘결AI가 '미리내-2' 모델을 출시했다.", "미리내-2"),
    ("ดาวเหนือแล็บ เปิดตัว \"ดาวเหนือ-2\" โมเดลภาษาไทย", "ดาวเหนือ-2"),
])
def test_quoted_native_model_before_a_release_verb(text, form):
    got = {text[a:b]: v for (a, b), v in cjk_names.pairs(text, []).items()}
    assert got.get(form, ("", ""))[0] == "MODEL"


@pytest.mark.parametrize("text", [
    "「第2」の会合で議論した。",  # no release verb, one-character stem
    "報告書「令和7」を読んだ。",  # no release verb
    "'미리내-2'에 대해 토론했다.",  # no release verb
])
def test_quoted_native_number_without_release_is_no_model(text):
    assert not [v for v in cjk_names.pairs(text, []).values() if v[0] == "MODEL"]


def test_glued_lab_and_its_bare_stem(pipe):  # noqa: F811
    text = "국내 AI 스타트업 바다솔AI가 자체 개발한 모델을 3일 공개했다. 정부는 바다솔을 후보로 본다. 바다솔AI는 2024년 창업했다."
    found = spans(pipe, text)
    assert found.count(("바다솔AI", "ORG")) == 2 and ("바다솔", "ORG") in found


@pytest.mark.parametrize("text", [
    "生成AIの活用が進む。生成AIは便利だ。国産AIを発表した。",
    "생성형AI가 확산되고 있다. 생성형AI는 편리하다. 국산AI를 공개했다.",
])
def test_generic_stems_before_ai_are_no_labs(pipe, text):  # noqa: F811
    assert not [s for s in spans(pipe, text) if s[1] == "ORG"]


def test_glued_lab_before_its_english_name_in_brackets(pipe):  # noqa: F811
    assert ("翠嵐AI", "ORG", "Suiran AI") in ents(pipe, "【求人】翠嵐AI（Suiran AI）評価エンジニア。Suiran AI is hiring.")


def test_native_tiers_after_a_model(pipe):  # noqa: F811
    text = "銀河ラボは「星影3」を公開した。推論重視の「星影3 改」と、速い「星影3 プラス」を用意する。星影3 発表会は10日。"
    found = ents(pipe, text)
    assert ("星影3 改", "MODEL", "星影3 改") in found
    assert ("星影3 プラス", "MODEL", "星影3 Plus") in found
    assert not any(t.startswith("星影3 発") for t, _, _ in found)  # a noun after the name, not a tier


def test_korean_tier_after_an_aliased_model(pipe):  # noqa: F811
    text = "하늘결AI가 언어모델 '미리내-2'(Mirinae-2)를 공개했다. '미리내-2 프로'와 '미리내-2 미니' 두 가지다."
    found = ents(pipe, text)
    assert ("미리내-2 프로", "MODEL", "Mirinae-2 Pro") in found and ("미리내-2 미니", "MODEL", "Mirinae-2 Mini") in found


def test_han_tier_needs_a_native_model():
    assert cjk_names.tier_after("Vetch-3 改", 0, 7) is None
    assert cjk_names.tier_after("星影3 改は", 0, 3)[1] == "改"
    assert cjk_names.tier_after("星影3 年", 0, 3) is None


# --- bodies by head word --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Η πρόταση κατατέθηκε στο Υπουργείο Ναυτιλίας Αιγαίου την Τρίτη.", "Υπουργείο Ναυτιλίας Αιγαίου"),
    ("Η Ηπειρωτική Αναπτυξιακή Τράπεζα συμμετείχε στη χρηματοδότηση.", "Ηπειρωτική Αναπτυξιακή Τράπεζα"),
    ("Ερευνητές του Ινστιτούτου Σμύρνη σημείωσαν ότι το μοντέλο είναι ανοιχτό.", "Ινστιτούτου Σμύρνη"),
    ("Міністерство аграрної політики розглядає модель Вербена-2.", "Міністерство аграрної політики"),
    ("Частину коштів додав Волинський фонд стартапів минулого тижня.", "Волинський фонд стартапів"),
    ("검증은 한국데이터진흥원이 맡는다.", "한국데이터진흥원"),
    ("해양수산부는 하늘결 모델을 검토 중이다.", "해양수산부"),
    ("情報処理推進機構が評価を担当した。", "情報処理推進機構"),
    ("พันธมิตรคือมหาวิทยาลัยสงขลานครินทร์ ในภาคใต้", "มหาวิทยาลัยสงขลานครินทร์"),
])
def test_bodies_by_head_word(text, name):
    assert name in [text[s:e] for s, e, _, _ in script_heads.find(text, [])]


@pytest.mark.parametrize("text", [
    "정부는 일부 사업부와 본부를 개편했다.",  # common words ending in 부
    "同省は、本大学の研究を支援する。",  # anaphors
    "Η Τράπεζα ανακοίνωσε αποτελέσματα.",  # a head alone
    "Фонд розглядає заявки.",  # a head alone
])
def test_head_words_hard_negatives(text):
    assert script_heads.find(text, []) == []


def test_other_version_of_a_paired_native_form(pipe):  # noqa: F811
    text = ("Київська компанія Vorona Labs оприлюднила мовну модель Вербена-4 (Verbena-4). Попередня версія, Вербена-3, "
            "вже працює. Вербена-2,5 тис. гривень — не модель.")
    found = ents(pipe, text)
    assert ("Вербена-3", "MODEL", "Verbena-3") in found
    assert not any(t.startswith("Вербена-2") for t, _, _ in found)  # "2,5": a number


def test_glued_lab_before_a_spaced_release_verb():
    text = 'ดาวเหนือแล็บ เปิดตัว "Polaris-2" โมเดลภาษาไทย'
    assert ("ORG", "ดาวเหนือแล็บ") in cjk_names.pairs(text, []).values()
    assert cjk_names.pairs("ดาวเหนือแล็บ ร้านกาแฟ", []) == {}  # once, no release verb


def test_hebrew_two_word_name_before_its_english_form(pipe):  # noqa: F811
    text = "חברת הבינה המלאכותית הישראלית ענבל דיינמיקס (Inbal Dynamics) השיקה השבוע את מודל השפה Tamar 2."
    found = ents(pipe, text)
    assert ("ענבל דיינמיקס", "ORG", "Inbal Dynamics") in found
    assert not any(t.startswith("המלאכותית") for t, _, _ in found)
