"""Companies named with a legal-form suffix, public bodies named in their own language, labs introduced by a
handle (round 13, second step: nlp.legal_forms, nlp.native_bodies).

Every organisation below is invented (none is in any set or in the knowledge base); the sentences are written
for these tests. Each positive case has a hard negative beside it.
"""

import pytest

import nlp
from nlp import legal_forms, native_bodies
from nlp.org_shapes import legal_names


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def orgs(pipe, text):
    return {(e.text, e._.canonical if hasattr(e._, "canonical") else None) for e in pipe(text).ents if e.label_ == "ORG"}


def org_texts(pipe, text):
    return {e.text for e in pipe(text).ents if e.label_ == "ORG"}


# --- legal-form suffixes -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, span, canon", [
    ("The contract was signed by Brindlemoor Analytics sp. z o.o. in Łódź.", "Brindlemoor Analytics sp. z o.o.", "Brindlemoor Analytics"),
    ("Vellmark Robotics s.r.o. filed the complaint on Monday.", "Vellmark Robotics s.r.o.", "Vellmark Robotics"),
    ("Quarnholt Yazılım A.Ş. disclosed the agreement to the exchange.", "Quarnholt Yazılım A.Ş.", "Quarnholt Yazılım"),
    ("The licensor is Tessarine Labs Pvt. Ltd., Bengaluru.", "Tessarine Labs Pvt. Ltd.", "Tessarine Labs"),
    ("Fenwald Systems Oy will supply the software.", "Fenwald Systems Oy", "Fenwald Systems"),
    ("Plaintiff Draxmoor Software, Inc. seeks damages.", "Draxmoor Software, Inc.", "Draxmoor Software"),
    ("DRAXMOOR SOFTWARE, INC. — FORM 10-K", "DRAXMOOR SOFTWARE, INC.", "Draxmoor Software"),
])
def test_name_before_a_legal_suffix(text, span, canon):
    got = {(text[s:e], c) for s, e, c in legal_names(text)}
    name = legal_forms.SUFFIX.sub("", span)  # the span follows the convention switch (legal_forms.SPAN_TAKES_SUFFIX)
    assert ((span if legal_forms.SPAN_TAKES_SUFFIX else name), canon) in got


def test_short_form_needs_a_second_mention_or_two_words():
    # "AB" after one word: a company only when the text names it again alone
    assert {c for _, _, c in legal_names("Respondent Lindqvarn AB, Umeå. Lindqvarn advertised the tool.")} == {"Lindqvarn"}
    assert legal_names("The blood type was AB and the vitamin SE was low.") == []
    assert legal_names("PRICES FALL AGAIN AS DEMAND SLOWS") == []  # a shouted headline's "AS"


def test_no_role_or_sentence_word_in_the_name():
    got = [c for _, _, c in legal_names("Defendant Pelsora Health LLC denies the claims.")]
    assert got == ["Pelsora Health"]


def test_ticker_after_a_legal_name_is_not_a_name():
    text = "HALVIK BANKASI T.A.Ş. (HLVKB) announced a partnership."
    i = text.index("HLVKB")
    assert legal_forms.ticker_at(text, i, i + 5)
    j = text.index("(") + 1
    assert not legal_forms.ticker_at("the Halvik Data Agency (HDA) said", 24, 27)
    assert j > 0


def test_pipeline_spreads_the_company_to_its_bare_mentions(pipe):
    text = ("Korrindal Labs AB released Korrindal-Chat 2, an open model. Korrindal said the model was trained in Lund, "
            "and Korrindal expects a larger model next year.")
    got = org_texts(pipe, text)
    assert ("Korrindal Labs AB" if legal_forms.SPAN_TAKES_SUFFIX else "Korrindal Labs") in got
    assert sum(1 for e in pipe(text).ents if e.label_ == "ORG" and e.text == "Korrindal") == 2


# --- native-language bodies --------------------------------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Proiectul este finanțat de Universitatea Tehnică din Brindlemoor și de parteneri.", "Universitatea Tehnică din Brindlemoor"),
    ("Autoritatea pentru Calculul Vellmarkului a anunțat rezultatele.", "Autoritatea pentru Calculul Vellmarkului"),
    ("Đại học Khoa học Vellmark cho biết mô hình đã sẵn sàng.", "Đại học Khoa học Vellmark"),
    ("Dự án do Bộ Thông tin và Truyền thông tài trợ.", "Bộ Thông tin và Truyền thông"),
    ("Proje, Ulaştırma ve Altyapı Bakanlığı tarafından desteklendi.", "Ulaştırma ve Altyapı Bakanlığı"),
    ("Päätöksen teki Halvikin kaupunki torstaina.", "Halvikin kaupunki"),
    ("Avtalet tecknades av Korrindal kommun i mars.", "Korrindal kommun"),
    ("Modelle testet Politechnika Fenwaldzka w tym roku.", "Politechnika Fenwaldzka"),
    ("Försäkringsverket och Konsumentverket granskade tjänsten.", "Konsumentverket"),
    ("Målet avgjordes av Patent- och marknadsdomstolen i Stockholm.", "Patent- och marknadsdomstolen"),
    ("Projekt financuje Technologická agentura Vellmarské republiky.", "Technologická agentura Vellmarské republiky"),
    ("Grant przyznało Krajowe Biuro Obliczeń i Modeli (KBOM) w Warszawie.", "Krajowe Biuro Obliczeń i Modeli"),
])
def test_native_body(text, span):
    assert span in {text[s:e] for s, e in native_bodies.find(text)}


@pytest.mark.parametrize("text", [
    "Universitatea a anunțat că nu va comenta.",          # the kind alone, then a verb
    "Ministerstvo uvedlo, že model neschválí.",            # the kind alone
    "Nová agentura bude mít sídlo v Brně.",                # an adjective at the sentence's start
    "The Retrieval Augmented Generation (RAG) step failed.",  # an acronym of a technique: no institution word
    "Ngân hàng cho biết lãi suất tăng.",                   # "the bank said": no name after the kind
])
def test_native_body_hard_negatives(text):
    assert native_bodies.find(text) == []


def test_acronym_of_a_native_body_recurs():
    text = "Krajowe Biuro Obliczeń i Modeli (KBOM) ogłosiło konkurs. KBOM przyzna granty w maju."
    found = {text[s:e] for s, e in native_bodies.find(text)}
    assert {"Krajowe Biuro Obliczeń i Modeli", "KBOM"} <= found
    assert sum(1 for s, e in native_bodies.find(text) if text[s:e] == "KBOM") == 2


# --- a lab's handle ----------------------------------------------------------------------------------------
def test_handle_with_a_lab_suffix_names_the_lab(pipe):
    # (a lab whose model family carries its own name, "Tessarine-Coder 3", leaves the bare "Tessarine" to the
    # family: a known limit)
    text = ("Thread from @tessarine_ai: we are releasing Quillmark-3 today, our new coding model. "
            "Tessarine trained it on 2T tokens.")
    ents = {(e.text, e.label_) for e in pipe(text).ents}
    assert ("@tessarine_ai", "ORG") in ents and ("Tessarine", "ORG") in ents


def test_personal_handle_is_not_a_lab(pipe):
    text = "Reply from @fenwaldj: I tried the new coding model and Fenwald liked it."
    assert "@fenwaldj" not in org_texts(pipe, text)


# --- Chinese and Japanese company forms ---------------------------------------------------------------------
def test_cjk_company_names_run_from_a_boundary():
    text = "申请人: 青岚算力科技（苏州）有限公司\n代理机构: 上海青岚专利代理有限公司. 另见 株式会社ミズナラ研究所。"
    got = {text[s:e] for s, e in legal_forms.cjk_companies(text)}
    assert "青岚算力科技（苏州）有限公司" in got and "上海青岚专利代理有限公司" in got
    assert "株式会社ミズナラ研究所" in got
    assert legal_forms.cjk_companies("该公司表示模型已发布。") == []  # "the company said": no form, no name


def test_czech_head_with_a_genitive():
    text = "Smlouvu podepsal Magistrát města Korrindalu. Ministerstvo uvedlo, že souhlasí."
    assert {text[s:e] for s, e in native_bodies.find(text)} == {"Magistrát města Korrindalu"}


def test_cjk_company_before_a_latin_acronym_does_not_break(pipe):
    text = "The applicant, 杭州青岚算力科技有限公司 (QL), trained the Qinglan-2 model for AI search."
    assert any(e.label_ == "ORG" for e in pipe(text).ents)


def test_arabic_and_hindi_institution_nouns_widen_a_name():
    text = "أعلنت جامعة الوادي الأخضر عن نموذج جديد"
    s = text.index("الوادي")
    assert text[slice(*native_bodies.with_native_head(text, s, s + len("الوادي الأخضر")))] == "جامعة الوادي الأخضر"
    hi = "यह घोषणा हरित घाटी संस्थान ने की"
    s = hi.index("हरित")
    assert hi[slice(*native_bodies.with_native_head(hi, s, s + len("हरित घाटी")))] == "हरित घाटी संस्थान"
    plain = "قال الوادي الأخضر إن النموذج جاهز"  # no institution noun: unchanged
    s = plain.index("الوادي")
    assert native_bodies.with_native_head(plain, s, s + len("الوادي الأخضر")) == (s, s + len("الوادي الأخضر"))
