"""A config file's directive keys are no names (nlp.config_directives).

The configs, score lists and names here are written for these tests; the names are invented.
"""
from nlp.config_directives import directive_keys, dropped

SERVER = ("<Location /v1/pellamore>\n"
          "    ProxyPass \"https://pellamore.example.net/gateway/\"\n"
          "    ProxyTimeout 240\n"
          "    KeepAliveWindow Strict\n"
          "    RequestHeader set X-Route \"fast\"\n"
          "</Location>\n")
CALENDAR = "BEGIN:VEVENT\nDTSTART:20270311T090000Z\nDTEND:20270311T100000Z\nLOCATION:Room 4\nEND:VEVENT\n"


def keys(text):
    return [text[s:e] for s, e, _ in directive_keys(text)]


def test_a_server_config_and_a_calendar_give_their_keys():
    assert keys(SERVER) == ["Location", "ProxyPass", "ProxyTimeout", "KeepAliveWindow", "RequestHeader"]
    assert keys(CALENDAR) == ["BEGIN", "DTSTART", "DTEND", "LOCATION", "END"]


def test_a_score_list_is_no_config():
    text = "Scores:\nVarnwickQA: 61.2\nOSTELMARBENCH: 44\nQuintavelEval 12.5\nVorrowMath: 70.1%\n"
    assert keys(text) == []


def test_a_glossary_of_names_is_no_config():
    text = ("- VarnwickQA: questions about maps\n- OstelmarBench: a coding suite\n"
            "- QuintavelEval: long documents read aloud\n- VorrowMath: olympiad problems\n")
    assert keys(text) == []


def test_a_block_holding_a_known_name_is_no_config():
    known = SERVER.index("ProxyTimeout")
    assert directive_keys(SERVER, lambda s, e: s <= known < e) == []


def test_new_names_at_keys_are_dropped_known_ones_kept():
    s = SERVER.index("ProxyTimeout")
    v = SERVER.index("pellamore.example")
    found = [(s, s + len("ProxyTimeout 240"), "BENCHMARK", False), (v, v + len("pellamore"), "ORG", True)]
    assert dropped(SERVER, found) == {(s, s + len("ProxyTimeout 240"))}
    k = SERVER.index("KeepAliveWindow")  # a name a list knows at a key: the block is no config
    assert dropped(SERVER, found + [(k, k + len("KeepAliveWindow"), "MODEL", True)]) == set()


def test_the_pipeline_finds_no_benchmark_in_a_proxy_config(blank_pipe):
    text = ("# Proxy for the eval harness: routes model calls to the vendor APIs.\n" + SERVER
            + "# Timeouts raised after the March incident.\n")
    ents = [(e.text, e.label_) for e in blank_pipe(text).ents]
    assert ents == []
