"""Knowledge-base loading, validation errors (file, line, entry, problem) and the digest."""

import json

import pytest

import nlp as mwnlp
from nlp.errors import KBError
from nlp.kb import builtin_paths, digest_files, load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_kb_is_broad(kb):
    c = kb.counts()
    assert c["families"] + c["models"] >= 150
    assert c["orgs"] >= 80
    assert c["benchmarks"] >= 80


@pytest.mark.parametrize("family", ["DeepSeek", "Qwen", "Kimi", "GLM", "MiniMax-M", "Baichuan", "Yi", "ERNIE", "Hunyuan", "Doubao",
                                    "Seed", "Step", "InternLM", "Spark", "SenseNova", "GPT", "o-series", "gpt-oss", "Claude", "Gemini",
                                    "Gemma", "Llama", "Mistral", "Mixtral", "Codestral", "Magistral", "Devstral", "Grok", "Phi",
                                    "Command", "Nemotron", "Jamba", "OLMo", "Falcon", "DBRX", "Granite", "Nova"])
def test_kb_covers_family(kb, family):
    assert kb.families[family].grammar is not None


def test_kb_models_point_to_families_and_orgs(kb):
    for m in kb.models.values():
        assert m.family in kb.families
        assert m.org in kb.orgs


def _write(tmp_path, name, lines):
    p = tmp_path / name
    p.write_text("\n".join(json.dumps(x) if not isinstance(x, str) else x for x in lines) + "\n", encoding="utf-8")
    return p


@pytest.mark.parametrize("lines,code,fragment", [
    (['{"name": "Acme", '], "E001", ":1:"),
    (['["Acme"]'], "E002", ":1:"),
    ([{"name": "Acme"}, {"aliases": ["x"]}], "E003", ":2:"),
    ([{"name": "Acme", "aliases": "Acme Inc"}], "E004", "'Acme'"),
    ([{"name": "Acme", "kind": "spaceship"}], "E005", "'spaceship'"),
    ([{"name": "Acme", "aliases": [" Acme"]}], "E008", "' Acme'"),
    ([{"name": "OpenAI"}], "E007", "orgs.jsonl"),
])
def test_kb_org_errors_name_file_line_entry(tmp_path, lines, code, fragment):
    p = _write(tmp_path, "orgs_extra.jsonl", lines)
    with pytest.raises(KBError) as exc:
        load_kb([p])
    text = str(exc.value)
    assert text.startswith(f"[{code}] {p}:")
    assert fragment in text


def test_kb_model_unknown_family(tmp_path):
    p = _write(tmp_path, "models_extra.jsonl", [{"name": "Foo", "kind": "family", "org": "OpenAI"},
                                               {"name": "Qwen9", "kind": "model", "family": "Qwn"}])
    with pytest.raises(KBError, match=r"^\[E010\] .*models_extra\.jsonl:2: entry 'Qwen9' names unknown family 'Qwn'"):
        load_kb([p])


def test_kb_model_unknown_org(tmp_path):
    p = _write(tmp_path, "models_extra.jsonl", [{"name": "Foo", "kind": "family", "org": "Nobody Labs"}])
    with pytest.raises(KBError, match=r"^\[E011\] .*:1: entry 'Foo'.*'Nobody Labs'"):
        load_kb([p])


def test_kb_bad_grammar_regex(tmp_path):
    p = _write(tmp_path, "models_extra.jsonl", [{"name": "Foo", "org": "OpenAI", "grammar": {"version": "(\\d"}}])
    with pytest.raises(KBError, match=r"^\[E006\] .*:1: entry 'Foo'"):
        load_kb([p])


def test_kb_unknown_file_type(tmp_path):
    p = _write(tmp_path, "mystuff.jsonl", [{"name": "Foo"}])
    with pytest.raises(KBError, match=r"^\[E009\]"):
        load_kb([p])


def test_kb_missing_file(tmp_path):
    with pytest.raises(KBError, match=r"^\[E012\]"):
        load_kb([tmp_path / "nope.jsonl"])


def test_kb_label_field_overrides_file_name(tmp_path):
    p = _write(tmp_path, "mine.jsonl", [{"label": "BENCHMARK", "name": "FooBench"}, {"label": "ORG", "name": "Foo Labs"}])
    kb = load_kb([p])
    assert "FooBench" in kb.benchmarks and "Foo Labs" in kb.orgs


def test_kb_builtin_errors_use_repo_relative_path(tmp_path, monkeypatch):
    import nlp.kb as kbmod

    data = tmp_path / "nlp" / "data"
    data.mkdir(parents=True)
    for p in builtin_paths():
        (data / p.name).write_bytes(p.read_bytes())
    with open(data / "models.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"name": "Qwen9", "kind": "model", "family": "Qwn"}\n')
    monkeypatch.setattr(kbmod, "DATA_DIR", data)
    n = sum(1 for _ in open(data / "models.jsonl", encoding="utf-8"))
    with pytest.raises(KBError, match=rf"^\[E010\] nlp/data/models\.jsonl:{n}: entry 'Qwen9'"):
        kbmod.load_kb()


def test_kb_digest_changes_with_content(tmp_path):
    p = _write(tmp_path, "orgs_extra.jsonl", [{"name": "Foo Labs"}])
    d1 = digest_files([p])
    p.write_text(json.dumps({"name": "Foo Labs", "aliases": ["Foo"]}) + "\n", encoding="utf-8")
    assert digest_files([p]) != d1
    assert load_kb([p]).digest != load_kb().digest


def test_kb_nlp_version_contains_kb_digest():
    assert mwnlp.NLP_VERSION.endswith(digest_files(builtin_paths()))
    assert mwnlp.NLP_VERSION.startswith(mwnlp.CODE_VERSION)


def test_kb_grammar_keep_prefixes_drop_and_generic_suffixes(tmp_path):
    from nlp.canonical import key

    f = tmp_path / "models_extra.jsonl"
    f.write_text(
        '{"name": "Acme Labs", "label": "ORG", "kind": "lab"}\n'
        '{"name": "Zeta", "kind": "family", "org": "Acme Labs", "label": "MODEL", "grammar": {"prefixes": ["Zeta", "Eta"],'
        ' "keep_prefixes": ["Eta"], "sep": "-", "version": "\\\\d(?:\\\\.\\\\d)?", "suffixes": [], "ssep": "-", "drop": "it"}}\n',
        encoding="utf-8")
    g = next(e for e in load_kb([f]).entries if e.name == "Zeta").grammar
    m = g.regex.search("Eta-2.0-Instruct-it")
    assert m and m.group() == "Eta-2.0-Instruct-it"
    assert g.format(m.group("version"), m.group("suffixes"), m.group("prefix")) == "Eta-2.0-Instruct"
    m = g.regex.search("zeta-3-latest-20250101")
    assert g.format(m.group("version"), m.group("suffixes"), m.group("prefix")) == "Zeta-3"
    assert key("Zeta 3") == key("zeta-3")
