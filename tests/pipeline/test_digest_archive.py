"""``digest --out DIR`` as a website: DIR/index.html lists every week, DIR/feed.xml is an Atom
feed with one entry per week; both rebuilt from the stored digests, so re-runs never duplicate."""
import feedparser
from click.testing import CliRunner
from lxml import etree

from pipeline.cli.main import main
from pipeline.digest import archive

ATOM = "{http://www.w3.org/2005/Atom}"


def digest(db, *args, config=None):
    pre = ["--config", str(config)] if config else []
    r = CliRunner().invoke(main, [*pre, "--db", str(db), "digest", *args])
    assert r.exit_code == 0, r.output
    return r


def entries(out):
    feed = feedparser.parse(str(out / "feed.xml"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_archive_two_weeks_two_entries_and_reruns_do_not_duplicate(digest_db, tmp_path):
    out = tmp_path / "site"
    digest(digest_db, "--week", "2025-W49", "--out", str(out))
    assert [e.title for e in entries(out).entries] == ["Week 49, 2025 (1–7 Dec 2025)"]
    digest(digest_db, "--week", "2025-W40")          # stored, but no page in the folder: not listed
    r = digest(digest_db, "--week", "2025-W50", "--out", str(out))
    assert str(out / "feed.xml") in r.output and str(out / "index.html") in r.output
    feed = entries(out)
    assert [e.title for e in feed.entries] == ["Week 50, 2025 (8–14 Dec 2025)", "Week 49, 2025 (1–7 Dec 2025)"]
    assert [e.link for e in feed.entries] == ["digest-2025-W50.html", "digest-2025-W49.html"]
    assert len({e.id for e in feed.entries}) == 2
    w50 = feed.entries[0]
    assert "OpenAI releases GPT-5.2 with better reasoning" in w50.summary and "articles from" in w50.summary
    body = w50.content[0].value
    assert "OpenAI releases GPT-5.2 with better reasoning" in body
    assert 'src="digest-2025-W50.png"' in body and "cid:" not in body and "<body" not in body
    # the same week again: still one entry and one archive line each, the entry updated
    before = feed.entries[0].updated
    digest(digest_db, "--week", "2025-W50", "--out", str(out))
    feed = entries(out)
    assert [e.link for e in feed.entries] == ["digest-2025-W50.html", "digest-2025-W49.html"]
    assert feed.entries[0].updated >= before
    index = (out / "index.html").read_text(encoding="utf-8")
    assert index.count('href="digest-2025-W50.html"') == 1 and index.count('href="digest-2025-W49.html"') == 1
    assert index.index("digest-2025-W50.html") < index.index("digest-2025-W49.html")   # newest first
    assert "W40" not in index and "Week 40" not in index
    assert 'type="application/atom+xml"' in index and 'href="digest-2025-W50.txt"' in index
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []    # no temporary files left
    # what Atom requires of the feed and each entry, and what readers use
    root = etree.fromstring((out / "feed.xml").read_bytes())
    assert root.tag == f"{ATOM}feed"
    for el in [root, *root.findall(f"{ATOM}entry")]:
        for required in ("id", "title", "updated"):
            assert (el.findtext(f"{ATOM}{required}") or "").strip(), f"{el.tag} lacks {required}"
    assert root.find(f"{ATOM}author/{ATOM}name").text == "modelwire"
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == "feed.xml"


def test_archive_base_url_makes_links_absolute(digest_db, tmp_path):
    cfg = tmp_path / "modelwire.toml"
    cfg.write_text('[digest]\nbase_url = "https://news.example/digests/"\n', encoding="utf-8")
    out = tmp_path / "site"
    digest(digest_db, "--week", "2025-W50", "--out", str(out), config=cfg)
    feed = entries(out)
    assert feed.feed.id == "https://news.example/digests/feed.xml"
    assert [(e.id, e.link) for e in feed.entries] == [("https://news.example/digests/digest-2025-W50.html",) * 2]
    assert 'src="https://news.example/digests/digest-2025-W50.png"' in feed.entries[0].content[0].value
    cfg.write_text('[digest]\nbase_url = "news.example/digests"\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["--config", str(cfg), "--db", str(digest_db), "digest", "--week", "2025-W50"])
    assert r.exit_code == 2 and "[digest] base_url:" in r.output and "Traceback" not in r.output


def test_archive_summary_lines():
    row = {"stats": {"articles": 9, "sources": 8, "new_models": 2}, "headline": "A <b>big</b> week"}
    assert archive.summary(row) == "9 articles from 8 sources, 2 models seen first. Top story: A <b>big</b> week"
    assert archive.summary({"stats": {"articles": 0, "empty": True}, "headline": None}) == "A quiet week: no articles."
    page = archive.render_index([{"key": "2025-W50", "stem": "digest-2025-W50", "label": "Week <50>",
                                  "summary": archive.summary(row), "generated_at": "2025-12-15T06:00:00Z",
                                  "files": [".txt"]}])
    assert "A &lt;b&gt;big&lt;/b&gt; week" in page and "Week &lt;50&gt;" in page and "<b>big" not in page
    assert "1 week; last built 2025-12-15 at 06:00 UTC" in page
