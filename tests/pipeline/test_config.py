import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.config import SETTINGS, ConfigError, load_config, parse_config, parse_duration, parse_size

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path, text):
    p = tmp_path / "modelwire.toml"
    p.write_text(text, encoding="utf-8")
    return p


def test_config_missing_default_file_gives_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    cfg = load_config()
    assert cfg.sources == []
    assert cfg.get("crawl", "timeout") == 30.0
    assert cfg.get("crawl", "max_size") == 10_000_000


def test_config_explicit_missing_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.toml")


def test_config_example_loads_and_documents_every_setting():
    text = (ROOT / "pipeline" / "modelwire.example.toml").read_text(encoding="utf-8")
    cfg = load_config(ROOT / "pipeline" / "modelwire.example.toml")
    assert len(cfg.sources) >= 15
    kinds = {s["kind"] for s in cfg.sources}
    assert {"feed", "listing", "auto"} <= kinds
    for s in SETTINGS:
        assert re.search(rf"^{s.name} = ", text, re.M), f"{s.section}.{s.name} missing from the example config"


@pytest.mark.parametrize(
    "text, message",
    [
        ("[crawl]\ntimeot = '3s'\n", r"\[crawl\] timeot: unknown key"),
        ("[crawl]\ntimeout = 'soon'\n", r"\[crawl\] timeout: 'soon' is not a duration"),
        ("[crawl]\nmax_size = 'big'\n", r"max_size: 'big' is not a size"),
        ("[modelwire]\ntimezone = 'Mars/Olympus'\n", r"timezone: 'Mars/Olympus' is not a time zone"),
        ("[modelwire]\nallow_private = ['not an address!']\n", r"allow_private"),
        ("[modelwire]\nallow_private = ['127.0.0.1:99999']\n", r"allow_private: '127.0.0.1:99999': port '99999' is not 1-65535"),
        ("[crawl]\nconcurrency = 9\n", r"\[crawl\] concurrency: 9 is outside 1-8"),
        ("[crawl]\nconcurrency = 4\ntotal_concurrency = 3\n", r"total_concurrency: 3 is outside 4-256 \(it must be at least concurrency"),
        ("[crawl]\nbackfill_pages = -1\n", r"\[crawl\] backfill_pages: -1 is outside 0-1000"),
        ("[nonsense]\nx = 1\n", r"unknown section \[nonsense\]"),
        ("[[sources]]\nname = 'a'\nkind = 'feed'\nurls = ['htp:/broken']\n", r"sources\[0\] \('a'\): urls\[0\]: 'htp:/broken' is not an http\(s\) URL"),
        ("[[sources]]\nname = 'a'\nkind = 'rss'\nurls = ['https://x.org/']\n", r"kind: 'rss' is not one of"),
        ("[[sources]]\nname = 'a'\nkind = 'feed'\nurls = ['https://x.org/']\ncolour = 'red'\n", r"\('a'\): colour: unknown key"),
        # 'language' was accepted but never used, and is no longer a key
        ("[[sources]]\nname = 'a'\nkind = 'feed'\nurls = ['https://x.org/']\nlanguage = 'en'\n", r"\('a'\): language: unknown key"),
        ("[[sources]]\nname = 'a'\nurls = ['https://x.org/']\n[[sources]]\nname = 'a'\nurls = ['https://y.org/']\n", r"used twice"),
        ("[[sources]]\nname = 'a'\nkind = 'feed'\n", r"at least one start URL"),
        ("[[sources]]\nname = 'a'\nurl = 'https://x.org/'\nfollow_pattern = '(['\n", r"follow_pattern: not a valid regular expression"),
        ("[crawl\n", r"not valid TOML"),
    ],
)
def test_config_error_names_file_entry_and_problem(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert str(path) in str(err.value)
    assert re.search(message, str(err.value)), str(err.value)


def test_crawl_concurrency_and_allowances_reach_the_crawl_options(tmp_path):
    path = write(tmp_path, "[modelwire]\nallow_private = ['127.0.0.1:8080', '10.0.0.0/8', '[::1]:81', 'intranet.example:8443']\n"
                           "[crawl]\nconcurrency = 3\ntotal_concurrency = 48\n")
    options = load_config(path).crawl_options(["192.168.0.0/16:8000"])
    assert options["concurrency"] == 3 and options["total_concurrency"] == 48
    assert options["allow_private"] == ["127.0.0.1:8080", "10.0.0.0/8", "[::1]:81", "intranet.example:8443",
                                        "192.168.0.0/16:8000"]


def test_config_durations_and_sizes():
    assert parse_duration("2m") == 120
    assert parse_duration("1.5h") == 5400
    assert parse_duration(7) == 7
    assert parse_size("10MB") == 10_000_000
    assert parse_size("1KiB") == 1024
    with pytest.raises(ValueError):
        parse_duration("-3s")


def test_config_durations_read_back_as_written():
    from pipeline.config import format_duration

    assert [format_duration(parse_duration(v)) for v in ("2m", "1.5h", "1d", "45s", "0.5s")] == \
        ["2m", "90m", "1d", "45s", "0.5s"]
    for seconds in (0.25, 59, 3600, 5400, 1_234_567, 86400 * 7):
        assert parse_duration(format_duration(seconds)) == seconds


def test_config_digest_day_and_time_are_normalised(tmp_path):
    path = write(tmp_path, '[schedule]\ndigest_day = " Wednesday"\ndigest_time = "6:30"\n')
    sched = load_config(path).values["schedule"]
    assert (sched["digest_day"], sched["digest_time"]) == ("wed", "06:30")


def test_config_relative_db_resolves_next_to_config(tmp_path):
    path = write(tmp_path, "[modelwire]\ndb = 'data/x.db'\n")
    assert load_config(path).db_path == tmp_path / "data" / "x.db"


def test_cli_bad_config_exits_nonzero_without_traceback(tmp_path):
    path = write(tmp_path, "[crawl]\ntimeout = 'whenever'\n")
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "--config", str(path), "crawl"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "timeout: 'whenever' is not a duration" in proc.stderr
    assert str(path) in proc.stderr


def test_add_kb_file_to_toml_keeps_the_users_text():
    import tomllib

    from pipeline.config import add_kb_file_to_toml

    bare = '# mine\n[modelwire]\ndb = "x.db"  # here\n'
    out = add_kb_file_to_toml(bare, "kb.jsonl")
    assert out.startswith(bare) and tomllib.loads(out)["nlp"]["kb_files"] == ["kb.jsonl"]
    listed = '[nlp]\n# my files\nkb_files = ["a.jsonl"]  # first\n'
    out = add_kb_file_to_toml(listed, "kb.jsonl")
    assert "# my files" in out and "# first" in out
    assert tomllib.loads(out)["nlp"]["kb_files"] == ["a.jsonl", "kb.jsonl"]
    assert add_kb_file_to_toml(out, "kb.jsonl") == out  # already there: unchanged
    example = (Path(__file__).resolve().parents[2] / "pipeline" / "modelwire.example.toml").read_text(encoding="utf-8")
    out = add_kb_file_to_toml(example, "kb.jsonl")  # the file 'modelwire init' writes: kb_files = []
    assert tomllib.loads(out)["nlp"]["kb_files"] == ["kb.jsonl"]
    assert out.replace('kb_files = ["kb.jsonl"]', "kb_files = []") == example


def test_only_auto_sources_backfill_on_their_first_crawl():
    from pipeline.crawl.run import backfill

    config = parse_config({"crawl": {"backfill_pages": 7, "backfill_days": 0}}, None)
    auto = {"name": "a", "kind": "auto", "urls": ["https://x.example/"]}
    assert backfill(auto, True, config) == {**auto, "first_crawl": True, "backfill_pages": 7, "backfill_days": None}
    assert backfill(auto, False, config) == auto
    listing = {**auto, "kind": "listing"}
    assert backfill(listing, True, config) == listing
