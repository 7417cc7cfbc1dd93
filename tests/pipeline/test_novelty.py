"""What an article is about, what is really new, and which claims the scoreboard may show (issue 18).

Real SQLite files built with the store's own migrations; the articles are short made-up reports.
"""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest

from nlp.errors import KBError
from nlp.kb import load_kb
from nlp.releases import RELEASES_FILE, load_releases, release_span
from pipeline.digest import build as D
from pipeline.digest import scores as S
from pipeline.digest import stories
from pipeline.store import novelty
from pipeline.store.db import open_db

_spec = importlib.util.spec_from_file_location("digest_seed", Path(__file__).resolve().parents[1] / "data" / "digest"
                                               / "seed.py")
seed = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(seed)

NOW = "2025-12-08T06:00:00Z"
W49 = ("2025-12-01T00:00:00Z", "2025-12-08T00:00:00Z")
FILLER = ("Engineers said the rollout would reach every region within days, and early testers described the "
          "changes as a steady improvement rather than a leap. ")

# canonical -> (label, known, org)
ENTITIES = {
    "DeepSeek-V3.2": ("MODEL", 1, "DeepSeek"),
    "Claude 3.7 Sonnet": ("MODEL", 1, "Anthropic"),
    "Harbor-7": ("MODEL", 0, "Harbor Labs"),
    "Mistral Large 3": ("MODEL", 1, "Mistral AI"),
    "Large 3": ("MODEL", 0, None),
    "Gemini 3 Pro": ("MODEL", 1, "Google"),
    "DeepSeek": ("ORG", 1, None),
    "AIME 2025": ("BENCHMARK", 1, None),
}


def _eid(conn, name: str, date: str) -> int:
    label, known, org = ENTITIES[name]
    row = conn.execute("SELECT id FROM entities WHERE label = ? AND canonical = ?", (label, name)).fetchone()
    if row:
        conn.execute("UPDATE entities SET first_seen = min(first_seen, ?) WHERE id = ?", (date, row[0]))
        return row[0]
    return int(conn.execute("INSERT INTO entities (label, canonical, known, org, first_seen) VALUES (?, ?, ?, ?, ?)",
                            (label, name, known, org, date)).lastrowid)


def add(store, date: str, title: str, mentions: dict[str, list[int]], source: str = "wire", claims=()) -> int:
    """One article; ``mentions``: name -> the sentence index of each mention (0 and 1 are the lead)."""
    conn = store.conn
    rnd = random.Random(f"{title}{date}")   # a text of its own: no two test articles are near copies
    text = f"{title}. " + FILLER + " ".join(f"w{rnd.randrange(10**6)}" for _ in range(60)) + "."
    with conn:
        aid = seed.insert_article(conn, f"{date}-{title}", date, source, source.title(), title, text)
        for name, sentences in mentions.items():
            eid = _eid(conn, name, date)
            for i, sent in enumerate(sentences):
                conn.execute('INSERT INTO mentions (article_id, entity_id, start, "end", text, sentence) '
                             'VALUES (?, ?, ?, ?, ?, ?)', (aid, eid, 400 * sent + i, 400 * sent + i + 5, name, sent))
        for model, bench, score, unit, kind, sentence in claims:
            conn.execute("INSERT INTO claims (article_id, model, benchmark, score, unit, sentence, source_kind) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)", (aid, model, bench, score, unit, sentence, kind))
    return aid


@pytest.fixture
def store(tmp_path):
    s = open_db(tmp_path / "novelty.db")
    yield s
    s.close()


def week49(store):
    """The week's articles: a knowledge-base-dated release, an old model, an undated new name."""
    add(store, "2025-12-01T15:00:00Z", "DeepSeek releases DeepSeek-V3.2",
        {"DeepSeek-V3.2": [0, 1, 3, 5], "DeepSeek": [0, 2], "Gemini 3 Pro": [6]})
    add(store, "2025-12-02T09:00:00Z", "Claude 3.7 Sonnet, revisited", {"Claude 3.7 Sonnet": [0, 2, 4]}, "review")
    add(store, "2025-12-03T09:00:00Z", "Harbor Labs launches Harbor-7", {"Harbor-7": [0, 1, 2]}, "labnews")


# -- subjects ----------------------------------------------------------------------------------

def test_subjects_are_title_lead_and_repetition_not_a_passing_citation():
    ents = {1: {"label": "MODEL", "canonical": "DeepSeek-V3.2"}, 2: {"label": "MODEL", "canonical": "Gemini 3 Pro"},
            3: {"label": "MODEL", "canonical": "Kimi K2"}}
    rows = [{"article_id": 9, "entity_id": 1, "n": 4, "forms": "V3.2", "first_sentence": 3, "first_start": 900},
            {"article_id": 9, "entity_id": 2, "n": 3, "forms": "", "first_sentence": 1, "first_start": 120},
            {"article_id": 9, "entity_id": 3, "n": 1, "forms": "", "first_sentence": 7, "first_start": 2000}]
    subj = novelty.article_subjects(rows, {9: "DeepSeek ships V3.2"}, ents)
    assert subj.of(9) == {1}                       # the headline's model; not a lead comparison or a citation
    assert subj.weight[9][1] == novelty.subject_weight(True, False, 4) == 4.5
    assert subj.weight[9][2] == 2.0                # lead + repeated: a subject on its own, not beside a headline
    assert novelty.article_subjects(rows[1:], {9: "A week of releases"}, ents).of(9) == {2}


def test_clipped_name_beside_the_known_model_is_an_alias():
    ents = {1: {"id": 1, "label": "MODEL", "canonical": "Mistral Large 3", "known": 1},
            2: {"id": 2, "label": "MODEL", "canonical": "Large 3", "known": 0},
            3: {"id": 3, "label": "MODEL", "canonical": "Orbit 3", "known": 0}}
    rows = [{"article_id": 1, "entity_id": i} for i in (1, 2, 3)] + [{"article_id": 2, "entity_id": 2}]
    assert novelty.clipped_aliases(rows, ents) == {2: 1}


# -- new models ---------------------------------------------------------------------------------

def test_fresh_database_says_first_week_of_tracking_instead_of_calling_everything_new(store):
    week49(store)
    nov = novelty.new_models(store.conn, *W49)
    assert nov.first_week_of_tracking and nov.history_days == 0
    # the knowledge base dates DeepSeek-V3.2 to 1 Dec 2025: new even in week one
    assert [(m.name, m.reason, m.subject_articles) for m in nov.models] == [("DeepSeek-V3.2", "released", 1)]
    assert nov.models[0].evidence == "released 2025-12-01 (knowledge base)"
    assert nov.not_new["Claude 3.7 Sonnet"] == "released 2025-02-24 (knowledge base)"   # old, first seen here
    assert nov.not_new["Harbor-7"].startswith("first week of tracking")
    assert "Gemini 3 Pro" not in nov.not_new   # cited once in passing: never a candidate
    [row] = novelty.new_model_rows(store, *W49)      # the same answer as rows, for the alerts
    assert (row["canonical"], row["org"], row["reason"], row["first_seen"]) == (
        "DeepSeek-V3.2", "DeepSeek", "released", "2025-12-01T15:00:00Z")
    d = D.build_digest(store, D.parse_week("2025-W49"), now=NOW)
    assert [m.name for m in d.new_models] == ["DeepSeek-V3.2"] and d.stats["first_week_of_tracking"]
    text = D.render_text(d)
    assert "First week of tracking" in text and "First week of tracking" in D.render_html(d)
    assert max(len(line) for line in text.splitlines() if "://" not in line) <= 78


def test_with_history_a_model_is_new_until_an_article_was_about_it(store):
    week49(store)
    add(store, "2025-10-20T10:00:00Z", "A quiet month in AI", {"DeepSeek": [0]}, "early")
    # a pre-release aside ("the upcoming Harbor-7") is not a first report
    add(store, "2025-11-03T10:00:00Z", "Compute prices keep falling", {"Harbor-7": [6]}, "early")
    nov = novelty.new_models(store.conn, *W49)
    assert not nov.first_week_of_tracking and nov.history_days == 42
    assert [(m.name, m.reason) for m in nov.models] == [("DeepSeek-V3.2", "released"), ("Harbor-7", "first-reported")]
    assert "first reported by Labnews on 2025-12-03" in nov.models[1].evidence
    # once an earlier article was about it, it is old news this week
    add(store, "2025-11-20T10:00:00Z", "Harbor-7 leaks ahead of launch", {"Harbor-7": [0, 1]}, "early")
    nov = novelty.new_models(store.conn, *W49)
    assert [m.name for m in nov.models] == ["DeepSeek-V3.2"]
    assert nov.not_new["Harbor-7"].startswith("reported before: Early, 2025-11-20")
    # the change column: 'new' only for a first appearance, the delta otherwise
    d = D.build_digest(store, D.parse_week("2025-W49"), now=NOW)
    change = {t.name: (t.change, t.delta, t.previous) for t in d.models + d.companies}
    assert change["DeepSeek-V3.2"] == ("new", 1, 0)
    assert change["Harbor-7"] == ("up", 1, 0)          # nothing the week before, but seen in W47
    assert change["DeepSeek"][0] == "up"               # seen in October: not 'new' after a quiet week


def test_reading_back_stops_at_the_newest_subject_or_the_cap(store):
    for day in range(3, 9):    # six asides, then one article about it, then two more asides
        add(store, f"2025-11-0{day}T10:00:00Z", f"Market notes {day}", {"Harbor-7": [5]}, "early")
    about = add(store, "2025-11-10T10:00:00Z", "Harbor-7 in depth", {"Harbor-7": [0, 1, 2]}, "early")
    for day in (11, 12):
        add(store, f"2025-11-{day}T10:00:00Z", f"Market notes {day}", {"Harbor-7": [5]}, "early")
    eid = store.conn.execute("SELECT id FROM entities WHERE canonical = 'Harbor-7'").fetchone()[0]
    found, seen = novelty.earlier_subject(store.conn, eid, "2025-12-01T00:00:00Z", page=2)
    assert found["id"] == about and seen == 4                 # two pages read, newest first
    found, seen = novelty.earlier_subject(store.conn, eid, "2025-11-10T00:00:00Z", page=2, cap=3)
    assert found is None and seen == 3                        # the cap: a long-known name is not read to the end


def test_release_after_or_around_the_week_falls_back_on_the_database(store):
    add(store, "2025-11-24T10:00:00Z", "DeepSeek-V3.2 is coming", {"DeepSeek-V3.2": [0, 1]})
    add(store, "2025-10-01T10:00:00Z", "Old news", {"DeepSeek": [0]})
    week = ("2025-11-24T00:00:00Z", "2025-12-01T00:00:00Z")   # before the dated release
    nov = novelty.new_models(store.conn, *week)
    assert [(m.name, m.reason) for m in nov.models] == [("DeepSeek-V3.2", "first-reported")]


def test_release_dates_file_names_known_models_and_bad_lines_say_where(tmp_path):
    kb = load_kb()
    names = set(load_releases())
    assert names <= {e.name for e in kb.entries if e.label == "MODEL"}, names - {e.name for e in kb.entries}
    assert release_span("DeepSeek-V3.2-Speciale")[0].isoformat() == "2025-12-01"
    bad = tmp_path / "releases.jsonl"
    bad.write_text('{"model": "X-1", "released": "2025-13-01"}\n', encoding="utf-8")
    with pytest.raises(KBError, match=r"releases.jsonl:1: 'released' must be YYYY-MM-DD"):
        load_releases(bad)
    bad.write_text('{"model": "X-1", "released": "2025-02"}\n{"model": "X-1", "released": "2025-03"}\n')
    with pytest.raises(KBError, match="listed twice"):
        load_releases(bad)
    assert Path(RELEASES_FILE).exists()


# -- stories --------------------------------------------------------------------------------------

def test_two_headlines_worded_apart_about_one_model_are_one_story():
    arts = [stories.StoryArticle(1, "2025-12-03T09:30:00Z", "Harbor unveils Harbor-7 and Harbor Mini",
                                 title_entities={7: "MODEL", 8: "MODEL"}, subject_models={7, 8}),
            stories.StoryArticle(2, "2025-12-04T14:35:00Z", "Harbor 7: the flagship returns as open weights",
                                 title_entities={9: "MODEL"}, subject_models={7, 9}),
            stories.StoryArticle(3, "2025-12-04T15:00:00Z", "Chip prices climb", title_entities={},
                                 subject_models=set())]
    assert stories.group_stories(arts) == [[1, 2], [3]]


def test_a_roundup_about_two_launches_does_not_chain_them_into_one_story(store):
    a = add(store, "2025-12-01T15:00:00Z", "DeepSeek releases DeepSeek-V3.2", {"DeepSeek-V3.2": [0, 1, 3]}, "one")
    b = add(store, "2025-12-02T09:00:00Z", "Mistral ships Mistral Large 3", {"Mistral Large 3": [0, 1, 2]}, "two")
    r = add(store, "2025-12-02T18:00:00Z", "The week: DeepSeek-V3.2 and Mistral Large 3",
            {"DeepSeek-V3.2": [0, 1, 2, 4], "Mistral Large 3": [3]}, "three")
    d = D.build_digest(store, D.parse_week("2025-W49"), now=NOW)
    assert sorted(sorted(s.article_ids) for s in d.stories) == [sorted([a, r]), [b]]


def test_leads_that_say_the_same_join_titles_and_entities_that_do_not():
    def art(i, day, title, lead):
        return stories.StoryArticle(i, f"2025-12-0{day}T10:00:00Z", title, lead=lead)
    arts = [art(1, 1, "A deal in the cloud", "Orbit Labs agreed to buy Nimbus Compute for 2 billion dollars on "
                                            "Tuesday, the companies said."),
            art(2, 2, "Why this acquisition matters", "Orbit Labs is buying Nimbus Compute in a 2 billion dollar "
                                                       "deal, the companies said Tuesday."),
            art(3, 2, "Brussels asks about licences", "Regulators in Brussels opened a consultation on open model "
                                                       "licences on Tuesday."),
            art(4, 8, "Orbit closes the Nimbus deal", "Orbit Labs closed its 2 billion dollar purchase of Nimbus "
                                                       "Compute, a week after agreeing to buy it.")]
    assert stories.group_stories(arts, window=3 * 86400) == [[1, 2], [3], [4]]   # the 4th: outside the window


def test_what_happened_is_one_or_two_sentences():
    text = "Harbor released Harbor-7 on Tuesday. It is open. Prices fell too. And more."
    assert D.what_happened(text) == "Harbor released Harbor-7 on Tuesday. It is open."
    long = "A" * 200 + " ends here. " + "B" * 200 + " too."
    assert D.what_happened(long) == "A" * 200 + " ends here."
    assert D.what_happened("") == ""


# -- the scoreboard ---------------------------------------------------------------------------------

def test_scores_units_are_normalised_and_counts_or_costs_are_not_scores():
    assert S.format_score(1.0, "medal") == "gold medal" and S.format_score(1501, "Elo") == "1,501 Elo"
    assert S.format_score(93.1, "%") == "93.1%" and S.format_score(1, "rank") == "#1"
    assert S.is_score(93.1, "%") and S.is_score(1.0, "medal") and S.is_score(1501, "elo")
    assert not S.is_score(130, "%") and not S.is_score(0.28, "USD") and not S.is_score(300, "tool calls")
    assert not S.is_score(4.0, "medal") and not S.is_score(None, "%") and not S.is_score(12, None)


def _claim(article, score, kind=None, sentence="", bench="AIME 2025", model="Harbor-7", unit="%"):
    return {"article_id": article, "model": model, "benchmark": bench, "score": score, "unit": unit,
            "source_kind": kind, "sentence": sentence, "is_comparison": 0, "metric": None}


def test_scoreboard_keeps_new_own_scores_merges_editions_and_reads_settings():
    rows = [_claim(1, 93.1, "self-reported", "Harbor said Harbor-7 scored 93.1% in thinking mode."),
            _claim(2, 1.0, None, "It won gold at the IMO.", bench="IMO", unit="medal"),
            _claim(2, 1.0, None, "Gold at IMO 2025 too.", bench="IMO 2025", unit="medal"),
            _claim(3, 88.0, None, "Last month Harbor-6 scored 88%.", model="Harbor-6"),
            _claim(4, 74.5, None, "ahead of Orbit's 74.5", model="Orbit-2") | {"is_comparison": 1},
            _claim(5, 0.28, None, "It costs $0.28 per million tokens.", unit="USD"),
            _claim(6, 70.0, None, "Orbit-2 scored 70%.", model="Orbit-2")]
    earlier = {S.claim_key("Harbor-6", "AIME", 88.0, "%")}          # reported before, without the edition
    kept, dropped = S.select_claims(rows, earlier, lambda aid, model: aid != 6)
    assert [(c["model"], c["benchmark"], c["score"]) for c in kept] == [
        ("Harbor-7", "AIME 2025", 93.1), ("Harbor-7", "IMO 2025", 1.0), ("Harbor-7", "IMO 2025", 1.0)]
    assert dropped == {"reported before": 1, "comparison": 1, "not a score": 1, "model cited in passing": 1}
    assert kept[0]["setting"] == "thinking"


def test_conflicting_only_for_different_articles_same_origin_and_setting():
    a = _claim(1, 93.1, "self-reported")
    assert S.conflicting([a, _claim(2, 92.0, None)])                       # two reports disagree
    assert not S.conflicting([a, _claim(1, 92.0, None)])                   # one article: two settings
    assert not S.conflicting([a, _claim(2, 92.2, "independent")])          # a rerun checks, not conflicts
    assert not S.conflicting([a | {"setting": "thinking"}, _claim(2, 90.0) | {"setting": "no tools"}])
    assert not S.conflicting([a, _claim(2, 93.1, None)])
    assert not S.conflicting([a, _claim(2, 1, None, unit="rank")])


def test_digest_scoreboard_drops_claims_already_reported(store):
    week49(store)
    add(store, "2025-11-03T10:00:00Z", "DeepSeek-V3.2 preview",
        {"DeepSeek-V3.2": [0, 1]}, "early",
        claims=[("DeepSeek-V3.2", "AIME 2025", 88.0, "%", "self-reported", "The preview scored 88.0% on AIME 2025.")])
    add(store, "2025-12-02T10:00:00Z", "DeepSeek-V3.2 numbers", {"DeepSeek-V3.2": [0, 1, 2]}, "numbers",
        claims=[("DeepSeek-V3.2", "AIME 2025", 88.0, "%", None, "It repeats the preview's 88.0% on AIME 2025."),
                ("DeepSeek-V3.2", "AIME 2025", 93.1, "%", "self-reported", "DeepSeek reported 93.1% on AIME 2025."),
                ("DeepSeek-V3.2", "AIME 2025", 1200.0, "%", None, "It used 1200 tokens.")])
    d = D.build_digest(store, D.parse_week("2025-W49"), now=NOW)
    [row] = d.scoreboard
    assert [(c.display, c.source_kind, c.sentence) for c in row.claims] == [
        ("93.1%", "self-reported", "DeepSeek reported 93.1% on AIME 2025.")]
    html, text = D.render_html(d), D.render_text(d)
    assert "DeepSeek reported 93.1% on AIME 2025." in html and "self-reported" in html
    assert "DeepSeek reported 93.1% on AIME 2025." in text


def test_date_only_articles_show_no_made_up_time_and_the_footer_has_a_year():
    assert D._day("2025-11-03T00:00:00Z", "America/New_York") == "Mon 3 Nov"   # not Sun 2 Nov, 19:00
    assert D._day("2025-11-03T14:05:00Z", "UTC") == "Mon 3 Nov, 14:05"
    assert D._day_year("2025-12-15T06:00:00Z") == "Mon 15 Dec 2025, 06:00"


def test_one_number_from_several_outlets_is_one_line_unless_kind_or_setting_differ():
    def c(outlet, kind="", setting="", display="93.1%", date="2025-12-02"):
        return D.Claim(93.1, "%", display, f"https://{outlet}.example/x", outlet, "t", date, f"{outlet} says so.",
                       kind, setting)
    lines = D._results([c("b", "", "thinking", date="2025-12-03"), c("a", "self-reported"),
                        c("lab", "independent", "thinking"), c("a", "self-reported", date="2025-12-04"),
                        c("z", display="92%")])
    assert [(r["display"], [o["name"] for o in r["outlets"]], r["source_kind"], r["setting"], r["sentence"])
            for r in lines] == [
        ("93.1%", ["a", "b"], "self-reported", "thinking", "a says so."),   # first reporter first
        ("93.1%", ["lab"], "independent", "thinking", "lab says so."),      # an independent rerun stays apart
        ("92%", ["z"], "", "", "z says so.")]
