"""A crawl of several sources that share hosts, with the hostile inputs of issue 16: one real crawl
(the CLI, in a subprocess) against ``faultserver.FaultServer`` instances, then a second crawl.

- a site with a feed and a paginated listing: the first crawl also takes the older articles that
  only the listing's pages 2-4 link (each page linked another way), later crawls read the feed;
- two sources on one host whose robots.txt asks for ``Crawl-delay: 0.3``: the gaps the server
  sees between any two requests, whichever source made them;
- a feed and a sitemap with ``0000-00-00`` and year-9999 dates; a page with JSON-LD nested
  100,000 deep; a robots.txt larger than the 500 KiB read;
- an allowance naming ``127.0.0.1:PORT``: another port of the same address stays refused,
  also through ``localhost``, ``127.1`` and a redirect.
"""
from __future__ import annotations

import json

import pytest

from reliability_helpers import assert_article_text, query, run_cli, slug_of, source, write_config
from faultserver import BLOG_ARCHIVE, BLOG_FEED, FaultServer

CRAWL_DELAY = 0.3
PACED = {"paced-a": [f"/a/paced-a-story-{i}" for i in range(4)],
         "paced-b": [f"/a/paced-b-story-{i}" for i in range(4)]}
FILLER = "".join(f"Disallow: /filler/{i:07d}/\n" for i in range(25_000))   # ~700 KB of rules


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("polite")
    with FaultServer() as s, FaultServer() as outside, \
            FaultServer(robots=f"User-agent: *\nCrawl-delay: {CRAWL_DELAY}\n") as paced, \
            FaultServer(robots="User-agent: *\nDisallow: /a/early-\n" + FILLER + "Disallow: /a/late-\n") as big:
        q = outside.port
        paced.feeds.update(PACED)
        big.feeds["rules"] = ["/a/early-story-1", "/a/late-story-1"]
        s.feeds["reach"] = [f"{outside.url}/a/leak-1", f"http://localhost:{q}/a/leak-2",
                            f"http://127.1:{q}/a/leak-3", f"/redirect-to?url={outside.url}/a/leak-4",
                            "/a/reach-ok-story"]
        sources = "".join([
            source("blog", [f"{s.url}/blog/"], kind="auto"),
            *(source(name, [f"{paced.url}/feeds/{name}.xml"]) for name in PACED),
            source("baddates", [f"{s.url}/baddates-feed.xml"]),
            source("baddates-map", [f"{s.url}/baddates-sitemap.xml"], kind="sitemap"),
            source("ldbomb", [f"{s.url}/ldbomb/ld-bomb-story"], kind="auto"),
            source("reach", [f"{s.url}/feeds/reach.xml"]),
            source("bigrobots", [f"{big.url}/feeds/rules.xml"]),
        ])
        allow = [f"127.0.0.1:{server.port}" for server in (s, paced, big)]
        config = write_config(tmp, sources, allow=allow)
        first = run_cli(config, "crawl", timeout=120, check=False)
        assert first.returncode == 0, f"exit {first.returncode}\n{first.stderr[-4000:]}"
        hits_first = {"s": list(s.log), "paced": list(paced.log), "big": list(big.log)}
        second = run_cli(config, "crawl", timeout=120, check=False)
        # nothing new anywhere; two sources whose only new URLs are refused still had their feeds
        # answer, so no source failed as a whole (README, exit status 4): exit 0, the refusals counted
        assert second.returncode == 0, f"exit {second.returncode}\n{second.stderr[-4000:]}"
        yield {"db": tmp / "mw.db", "s": s, "outside": outside, "paced": paced, "big": big,
               "hits_first": hits_first, "first": first}


def stored(env) -> dict[str, dict]:
    return {slug_of(a["url"]): a for a in query(env["db"], "SELECT * FROM articles")}


def reasons(env, name: str, run_id: int = 1) -> dict:
    [row] = query(env["db"], "SELECT * FROM crawl_run_sources WHERE run_id = ? AND source = ?", (run_id, name))
    return json.loads(row["reasons"] or "{}")


def test_first_crawl_takes_the_listing_archive_then_the_feed_only(env):
    got = stored(env)
    for slug in BLOG_FEED + BLOG_ARCHIVE:
        assert slug in got, f"{slug} not stored; stored: {sorted(got)}"
        assert_article_text(got[slug]["text"], slug)
    paths = [p for p, _ in env["hits_first"]["s"]]
    for page in ("/blog/page/2/", "/blog/page/3/", "/blog/"):
        assert page in paths
    # the feed's entries keep the feed's dates (the listing waited for the feed)
    assert all(got[slug]["published"] for slug in BLOG_FEED)
    # the second crawl is not a first one: the feed again, no listing page
    later = [p for p, _ in env["s"].log[len(env["hits_first"]["s"]):]]
    assert "/blog/feed.xml" in later
    assert not [p for p in later if p.startswith("/blog/page/")]


def test_crawl_delay_holds_across_sources_on_one_host(env):
    log = env["hits_first"]["paced"]
    paths = [p for p, _ in log]
    assert paths.count("/robots.txt") == 1            # one robots.txt for both sources
    assert sorted(p for p in paths if p.startswith("/a/")) == sorted(sum(PACED.values(), []))
    gaps = [b - a for (_, a), (_, b) in zip(log, log[1:])]
    assert len(gaps) == 10 and min(gaps) >= CRAWL_DELAY - 0.02, [round(g, 3) for g in gaps]
    got = stored(env)
    assert all(slug_of(u) in got for u in sum(PACED.values(), []))


def test_bad_dates_cost_the_field_only(env):
    got = stored(env)
    assert {f"bd-{i}" for i in range(1, 5)} <= set(got)
    assert {f"bdm-{i}" for i in range(1, 4)} <= set(got)
    # the feed's validators were saved after it was read to the end
    [state] = query(env["db"], "SELECT * FROM http_state WHERE url LIKE '%/baddates-feed.xml'")
    assert state["etag"] == '"bad-dates-1"' and state["last_modified"]
    # counted: two bad entries, each with a bad published and modified; two bad lastmods
    assert reasons(env, "baddates")["noted:bad_date"] == 4
    assert reasons(env, "baddates-map")["noted:bad_date"] == 2


def test_deeply_nested_json_ld_page_is_stored(env):
    got = stored(env)
    assert "ld-bomb-story" in got
    assert_article_text(got["ld-bomb-story"]["text"], "ld-bomb-story")
    assert not [r for r in reasons(env, "ldbomb") if r.startswith("failed")]


def test_robots_txt_is_read_up_to_500_kib(env):
    paths = [p for p, _ in env["hits_first"]["big"]]
    assert "/a/early-story-1" not in paths                 # its rule is in the first 500 KiB
    assert "/a/late-story-1" in paths                      # its rule is past them: ignored
    assert reasons(env, "bigrobots")["noted:robots_truncated"] == 1
    assert "late-story-1" in stored(env)


def test_allowance_names_one_port(env):
    assert env["outside"].log == []                       # nothing reached the other port
    rows = query(env["db"], "SELECT * FROM crawl_run_sources WHERE run_id = 1 AND source = 'reach'")
    assert rows[0]["blocked"] == 4 and json.loads(rows[0]["reasons"])["blocked:private_address"] == 4
    assert "reach-ok-story" in stored(env)
