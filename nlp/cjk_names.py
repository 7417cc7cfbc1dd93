"""Name shapes of Japanese, Korean and Chinese text (and other scripts without spaces or capitals) around names.

Press releases in these languages write a new model or lab in its own script, give the English form once in a gloss,
and add tiers and particles with no space or capital to mark where a name ends. Anchored on literal cues:

* **glosses**: ``「潮目2」（英語名Shiome-2）``, ``'노을-2'(영문명: Noeul-2)``, ``“天狼3”（英文名 Tianlang-3）``: a bracket opened by
  a word meaning "English name" holds the English form of the native name just before it: both are one name, with
  the English canonical. The label is the English form's (found elsewhere), or its shape: a version digit makes a
  MODEL, a lab word (AI, Labs, Inc., Technologies, Research) an ORG;
* **a quoted native name with a version before a release verb**: ``「潮目2」を公開``, ``'노을-2' 공개``, ``“天狼3”发布``,
  ``"โคมไฟ-2" เปิดตัว``: a quoted form of another script ending in a version, in a sentence whose verb releases
  something, is a MODEL;
* **a native name glued to a lab word**: ``黒潮AI``, ``새마루AI``, ``奏ラボ``, ``ดอกไม้แล็บ``, ``노을랩``: a run of
  another script + ``AI`` / ``Labs`` / ``ラボ`` / ``랩(스)`` / ``แล็บ``, written at least twice or as the subject of a
  release verb, is an ORG (generic stems such as 生成AI, 생성형AI, 国産AI are refused);
* **native tiers**: after a model found (in any script), one space and a tier word of the model's market
  (``프로``, ``미니``, ``プラス``, ``ライト`` ... from :data:`TIERS`, the knowledge base's English tiers written in
  hangul and katakana) or, after a native-script model, one or two Han characters ending the phrase (``潮目2 改``,
  ``潮目2 疾風``) belong to the name.

Every pattern runs only on text holding a letter of these scripts and is bounded.
"""

from __future__ import annotations

import re

from . import native_aliases

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005"
_KANA = r"\u30a1-\u30fa\u30fc"
_HIRA = r"\u3041-\u3096"
_HANGUL = r"\uac00-\ud7af"
_THAI = r"\u0e01-\u0e4e"
_HEBREW = r"\u05d0-\u05ea"
_ARABIC = r"\u0620-\u064a"
_GREEK_CYR = r"\u0370-\u03ff\u0400-\u04ff"
_NATIVE = rf"[{_HAN}{_KANA}{_HANGUL}{_THAI}{_HEBREW}{_ARABIC}{_GREEK_CYR}]"
_ANY = re.compile(rf"[{_HAN}{_KANA}{_HIRA}{_HANGUL}{_THAI}]")

# --- glosses -------------------------------------------------------------------------------------
_GLOSS_LEAD = (r"英語名|英名|英文名|英文名称|英語表記|英文表記|英語では|英語|英文|영문명|영문 명|영어명|영문 표기|영어 이름|영문|영어"
               r"|ชื่อภาษาอังกฤษ|English name|English|in English")
_OPEN_Q = "「『“\"'‘«《〈"
_CLOSE_Q = "」』”\"'’»》〉"
_EN_FORM = r"[A-Za-z][A-Za-z0-9]*(?:[-.\u2010 ][A-Za-z0-9]+){0,4}"
GLOSS = re.compile(rf"[{_CLOSE_Q}]?[ ]?[(（][ ]?(?:{_GLOSS_LEAD})[ ]?[:：]?[ ]?(?P<en>{_EN_FORM})[ ]?[)）]")
# the native form ending right before the gloss: letters of another script, an optional version, a glued lab word
_NATIVE_FORM = re.compile(rf"(?P<form>{_NATIVE}+(?:[-\u2010 ]?{_NATIVE}+)*(?:[-\u2010 ]?\d{{1,3}}(?:\.\d{{1,2}})?)?(?:AI|Labs?)?)[{_CLOSE_Q}]?[ ]?\Z")
_ORG_WORD = re.compile(r"(?:\bAI|\bLabs?|\bInc\.?|\bTechnologies|\bResearch|\bCorp\.?|\bGroup)\Z")

# --- quoted names before a release verb ---------------------------------------------------------
RELEASE = re.compile(r"発表|公開|リリース|提供開始|発売|投入|출시|공개|발표|선보|내놓|发布|推出|开源|開源|發布|上线|เปิดตัว|เปิด|הכריז|השיק|חשף|أطلق|تطلق|أعلن")
QUOTED = re.compile(rf"[{_OPEN_Q}](?P<form>{_NATIVE}{{2,10}}(?:[-\u2010 ]?{_NATIVE}{{1,6}})?[-\u2010 ]?\d{{1,2}}(?:\.\d{{1,2}})?)[{_CLOSE_Q}]")
_SENTENCE_END = re.compile(r"[。．.!?！？\n]")

# --- native stems glued to a lab word -----------------------------------------------------------
GLUED_LAB = re.compile(rf"(?<![{_HAN}{_KANA}{_HANGUL}{_THAI}A-Za-z0-9])(?P<stem>[{_HAN}{_KANA}]{{2,6}}|[{_HANGUL}]{{2,5}}|[{_THAI}]{{3,12}})"
                       r"(?P<lab>AI|ＡＩ|Labs?|ラボ|랩스|랩|แล็บ)(?![A-Za-z0-9])")
# generic words before "AI" (generative, conversational, domestic, in-house ...): not names
GENERIC_STEMS = frozenset("""生成 対話 対話型 会話型 国産 汎用 業務 医療 社内 独自 自社 次世代 最新 新型 日本語 日本 中国 米国 韓国 海外 国内 画像生成
生成型 産業 金融 教育 行政 自律 自律型 特化型 特化 専用 小型 大型 軽量 高性能 責任 信頼 安全 人工 物理 エッジ エージェント ソブリン オンデバイス フィジカル
マルチモーダル 研究 開発 公共 地域 企業 法人 行政向け 人工知能 生成式 通用 国产 具身 垂直 行业 大模型 端侧 多模态
생성 생성형 대화형 국산 국내 해외 자체 온디바이스 소버린 한국어 한국형 초거대 피지컬 에이전트 의료 금융 산업 공공 교육 행정 책임 신뢰 안전 경량
엣지 멀티모달 버티컬 특화 전용 차세대 최신 기업 연구 개발 지역 인공지능 미국 중국 일본 한국 글로벌 오픈 보안 국방 제조 물류 법률
ปัญญาประดิษฐ์ เอไอ""".split())
_BRACKETED = re.compile(r"[ ]?[(（][ ]?(?P<en>[A-Z][^()（）]{1,40}?)[ ]?[)）]")
_SUBJECT = re.compile(rf"[、,，]|[ ]?(?:は|が|も|と|の|은|는|이|가|도|와|과|의)(?![{_HANGUL}])")

# --- native tiers -----------------------------------------------------------------------------
# English tier words of the knowledge base's families, as the Korean and Japanese presses write them
TIERS = {
    "Pro": ("프로", "プロ"), "Mini": ("미니", "ミニ"), "Plus": ("플러스", "プラス"), "Ultra": ("울트라", "ウルトラ"),
    "Lite": ("라이트", "ライト"), "Max": ("맥스", "マックス"), "Turbo": ("터보", "ターボ"), "Nano": ("나노", "ナノ"),
    "Flash": ("플래시", "フラッシュ"), "Air": ("에어", "エア"), "Chat": ("챗", "チャット"), "Vision": ("비전", "ビジョン"),
    "Coder": ("코더", "コーダー"), "Large": ("라지", "ラージ"), "Small": ("스몰", "スモール"), "Medium": ("미디엄", "ミディアム"),
    "Edge": ("엣지", "エッジ"), "Think": ("씽크", "シンク"), "Deep": ("딥", "ディープ"), "Light": ("라이트", "ライト"),
}
_NATIVE_TIER = {n: en for en, forms in TIERS.items() for n in forms}
_TIER_RX = re.compile(r"[ ](?P<t>" + "|".join(sorted(_NATIVE_TIER, key=len, reverse=True)) + ")")
_HAN_TIER = re.compile(rf"[ ](?P<t>[{_HAN}]{{1,2}})(?![{_HAN}{_KANA}])(?=[{_CLOSE_Q}）)、。,，.|:：\n ]|[{_HIRA}]|\Z)")
# Han words that follow a model after a space and are not its tier (year, version, series, the company, "and" ...)
_NOT_TIER = frozenset("年 月 日 版 系 型 等 社 氏 及 与 和 与其 以 为 在 是 を 的 や 発表 公開 採用 利用 提供 搭載 導入 開発 比較 対応 向け 上 下 中 前 後 以上 以下".split())


def _label_of(en: str, found: list[tuple[int, int, str, str]], text: str) -> tuple[str, str] | None:
    for s, e, lab, canon in found:
        if text[s:e] == en:
            return lab, canon
    if _ORG_WORD.search(en):
        return "ORG", en
    if re.search(r"\d", en):
        return "MODEL", en
    return None


def pairs(text: str, found: list[tuple[int, int, str, str]]) -> dict[tuple[int, int], tuple[str, str]]:
    """{span: (label, canonical)} of the native names these cues give: glosses (both sides), quoted native models
    before a release verb, native stems glued to a lab word."""
    if text.isascii() or not _ANY.search(text) and not GLOSS.search(text):
        return {}
    out: dict[tuple[int, int], tuple[str, str]] = {}
    for m in GLOSS.finditer(text):  # "「潮目2」（英語名Shiome-2）"
        en = m.group("en").strip()
        named = _label_of(en, found, text)
        if named is None:
            continue
        out.setdefault((m.start("en"), m.start("en") + len(en)), named)
        nm = _NATIVE_FORM.search(text, max(0, m.start() - 40), m.start() + (1 if text[m.start()] in _CLOSE_Q else 0))
        if nm and not nm.group("form").isascii():
            out.setdefault((nm.start("form"), nm.end("form")), named)
    glossed = {text[a:b]: named for (a, b), named in out.items()}
    if RELEASE.search(text):
        for m in QUOTED.finditer(text):  # "「潮目2」を公開", "'노을-2' 공개"
            a = _SENTENCE_END.search(text, m.end())
            sent_end = a.end() if a else len(text)
            b = max(text.rfind(ch, 0, m.start()) for ch in "。．!?！？\n")
            if RELEASE.search(text, m.end(), sent_end) or RELEASE.search(text, b + 1, m.start()):
                form = m.group("form")
                named = glossed.get(form, ("MODEL", form))
                en = _BRACKETED.match(text, m.end())  # "'미리내-2'(Mirinae-2)": the English form, same version
                v = re.search(r"\d+(?:\.\d+)?\Z", form)
                if en and v and re.fullmatch(rf"{_EN_FORM}", en.group("en")) and re.search(rf"(?<![\d.]){re.escape(v.group())}\Z", en.group("en")):
                    named = (named[0], en.group("en"))
                    out.setdefault((en.start("en"), en.end("en")), named)
                out.setdefault((m.start("form"), m.end("form")), named)
    for m in GLUED_LAB.finditer(text):  # "黒潮AI、", "새마루AI가"
        stem, form = m.group("stem"), m.group(0)
        if stem in GENERIC_STEMS or any(stem.endswith(g) and len(g) >= 2 for g in GENERIC_STEMS):
            continue
        if not native_aliases.fits(text, m.start(), m.end()) and not _SUBJECT.match(text, m.end()):
            continue
        again = text.count(form) >= 2
        subject = (_SUBJECT.match(text, m.end()) and RELEASE.search(text, m.end(), m.end() + 80)
                   or RELEASE.match(text, m.end() + (text[m.end():m.end() + 1] == " ")))  # "ดาวเหนือแล็บ เปิดตัว
        b = _BRACKETED.match(text, m.end())  # "黒潮AI（Kuroshio AI）": the found English lab in brackets after it
        named = next(((lab, canon) for s, e, lab, canon in found if b and lab == "ORG" and (s, e) == (b.start("en"), b.end("en"))), None)
        if named or again or subject:
            named = named or ("ORG", form)
            out.setdefault((m.start(), m.end()), named)
            if re.match(rf"[{_HANGUL}{_KANA}]", stem):  # "새마루가" after "새마루AI": the lab's bare name (coined in these scripts)
                for a, e in mentions(text, stem):
                    if not text.startswith(m.group("lab"), e):
                        out.setdefault((a, e), named)
    return out


def any_cue(text: str) -> bool:
    """Does ``text`` hold a cue :func:`pairs` reads without a name found (a gloss, a glued lab word, a release verb)?"""
    return bool(_ANY.search(text)) and bool(GLOSS.search(text) or GLUED_LAB.search(text) or RELEASE.search(text) and QUOTED.search(text))


def mentions(text: str, form: str):
    """(start, end) of every mention of a Korean or katakana form where :func:`nlp.native_aliases.fits` accepts it
    (a particle after it: "새마루AI가", "노을-2는")."""
    i = text.find(form)
    while i >= 0:
        if native_aliases.fits(text, i, i + len(form)) or _SUBJECT.match(text, i + len(form)):
            yield i, i + len(form)
        i = text.find(form, i + 1)


def tier_after(text: str, start: int, end: int) -> tuple[int, str, bool] | None:
    """(new end, tier's English or native word, native-tier flag) when a native tier follows the model at
    ``text[start:end]``: "노을-2 프로" -> Pro, "潮目2 改" -> 改 (Han tiers only after a model written in another script)."""
    m = _TIER_RX.match(text, end)
    if m and native_aliases.fits(text, m.start("t"), m.end("t")):
        return m.end(), _NATIVE_TIER[m.group("t")], False
    if not text[start:end].isascii() and re.search(r"\d\Z", text[start:end]):
        m = _HAN_TIER.match(text, end)
        if m and m.group("t") not in _NOT_TIER:
            return m.end(), m.group("t"), True
    return None
