"""Hand-made digest databases with known counts (imported by tests/pipeline/test_digest.py and test_mail.py).

The ``basic`` case, ISO week 2025-W50 (Mon 8 – Sun 14 Dec 2025, UTC):

* 9 articles from 8 sources in the week, 4 the week before (W49), 1 in W45, 1 just after
  the week (15 Dec 00:30 UTC, which is still 14 Dec in America/New_York).
* Stories: GPT-5.2 launch (3 outlets, same model in every title), Mistral Large 3 (two
  near-duplicate texts with unrelated titles, plus a syndicated copy URL), Nvidia earnings
  (similar titles), Kimi K3 (alone), a roundup that names GPT-5.2 only in its text (alone).
* Trends: GPT-5.2 4 articles vs 1 (up 3); OpenAI 4 vs 2; Nvidia 2 vs 3 (down 1); Mistral AI
  2 vs 0 (new); SWE-bench Verified 3 vs 1; HLE 1 (new). GPT-5.2 is the subject of 3 (its
  title or lead and repeated), Kimi K3 of 1, Mistral Large 3 of none (never in a title).
* New models: Kimi K3 (not in the knowledge base, first reported in W50, with 33 days of
  history before). Not Mistral Large 3: nlp/data/releases.jsonl dates it to 2 Dec (W49).
* Scoreboard: GPT-5.2 on SWE-bench Verified claimed 80% twice and 78.5% once (conflict);
  Kimi K3 on HLE 51%.
"""
from __future__ import annotations

from pipeline.store import dedup

FILLER = ("The release notes describe longer context, cheaper tokens and a new tool use mode that "
          "developers can try today through the public API and the chat app across several regions. ")

MISTRAL_TEXT = ("Mistral AI released Mistral Large 3, an open-weight mixture of experts model with a long "
                "context window, strong multilingual results and an Apache licence for commercial use. ") * 3 + FILLER

ENTITIES = {
    # key: (label, canonical, known, org)
    "gpt52": ("MODEL", "GPT-5.2", 1, "OpenAI"),
    "ml3": ("MODEL", "Mistral Large 3", 1, "Mistral AI"),
    "kimi": ("MODEL", "Kimi K3", 0, "Moonshot AI"),
    "openai": ("ORG", "OpenAI", 1, None),
    "mistral": ("ORG", "Mistral AI", 1, None),
    "nvidia": ("ORG", "Nvidia", 1, None),
    "swe": ("BENCHMARK", "SWE-bench Verified", 1, None),
    "hle": ("BENCHMARK", "HLE", 1, None),
}

# key, date, source, site_name, title, text, {entity: mentions}, [(model, benchmark, score, unit)]
ARTICLES = [
    ("o1", "2025-11-05T12:00:00Z", "verge", "The Verge", "OpenAI's quiet month", FILLER, {"openai": 1}, []),
    ("p1", "2025-12-02T09:00:00Z", "verge", "The Verge", "OpenAI teases GPT-5.2", FILLER,
     {"gpt52": 1, "openai": 1, "swe": 1}, [("GPT-5.2", "SWE-bench Verified", 75.0, "%")]),
    ("p2", "2025-12-04T09:00:00Z", "reuters", "Reuters", "OpenAI and Nvidia sign a chip deal", FILLER,
     {"openai": 1, "nvidia": 1}, []),
    ("p3", "2025-12-05T09:00:00Z", "reuters", "Reuters", "Nvidia stock rallies", FILLER, {"nvidia": 2}, []),
    ("p4", "2025-12-06T09:00:00Z", "bloomberg", "Bloomberg", "Nvidia opens a research lab in Tokyo", FILLER,
     {"nvidia": 1}, []),
    # -- week 2025-W50 --
    ("c1", "2025-12-08T09:00:00Z", "reuters", "Reuters", "Nvidia earnings beat expectations on AI chip demand",
     FILLER + "Quarterly revenue rose again.", {"nvidia": 2}, []),
    ("c2", "2025-12-08T11:00:00Z", "bloomberg", "Bloomberg", "Nvidia earnings beat expectations as AI chip demand soars",
     FILLER + "Data centre sales led the quarter.", {"nvidia": 1}, []),
    ("a1", "2025-12-09T10:00:00Z", "verge", "The Verge", "OpenAI releases GPT-5.2 with better reasoning",
     "OpenAI released GPT-5.2 on Tuesday. " + FILLER, {"gpt52": 3, "openai": 2, "swe": 1},
     [("GPT-5.2", "SWE-bench Verified", 80.0, "%")]),
    ("a2", "2025-12-09T14:00:00Z", "techcrunch", "TechCrunch", "GPT-5.2 is here: what's new",
     "GPT-5.2 arrives with new modes. " + FILLER * 2, {"gpt52": 2, "openai": 1, "swe": 1},
     [("GPT-5.2", "SWE-bench Verified", 80.0, "%")]),
    ("a3", "2025-12-10T08:00:00Z", "decoder", "The Decoder", "OpenAI's GPT-5.2 tops coding benchmarks",
     "On coding, GPT-5.2 leads. " + FILLER * 3, {"gpt52": 1, "openai": 1, "swe": 2},
     [("GPT-5.2", "SWE-bench Verified", 78.5, "%")]),
    ("b1", "2025-12-11T07:00:00Z", "mistral-watch", "Mistral Watch", "A new flagship from Paris", MISTRAL_TEXT,
     {"ml3": 2, "mistral": 1}, []),
    ("b2", "2025-12-11T16:00:00Z", "eu-tech", "EU Tech", "Europe's answer arrives",
     MISTRAL_TEXT + "Analysts expect quick adoption.", {"ml3": 1, "mistral": 1}, []),
    ("r1", "2025-12-12T12:00:00Z", "techcrunch", "TechCrunch", "Weekly roundup: AI policy news",
     "Lawmakers met. Separately, GPT-5.2 shipped. " + FILLER, {"gpt52": 1, "openai": 1}, []),
    ("d1", "2025-12-13T18:00:00Z", "kimi-fans", None, "Kimi K3 spotted in the wild",
     "Kimi K3 appeared in an app update. " + FILLER, {"kimi": 2, "hle": 1}, [("Kimi K3", "HLE", 51.0, "%")]),
    # -- after the week in UTC; still 14 Dec in New York --
    ("n1", "2025-12-15T00:30:00Z", "verge", "The Verge", "Late night OpenAI news", "OpenAI posted late. " + FILLER,
     {"openai": 1}, []),
]

SUMMARIES = {
    "a1": "OpenAI released GPT-5.2, which it says reasons better and scores 80% on SWE-bench Verified.",
    "b1": "Mistral AI released Mistral Large 3 under an Apache licence.",
}


def insert_article(conn, key: str, date: str, source: str, site: str | None, title: str, text: str,
                   url: str | None = None) -> int:
    sh = dedup.simhash(text)
    cur = conn.execute(
        """INSERT INTO articles (url, source, title, published, site_name, text, word_count, content_hash, simhash,
               simhash_b0, simhash_b1, simhash_b2, simhash_b3, first_seen, last_seen)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (url or f"https://{source}.example/{key}", source, title, date, site, text, len(dedup.words(text)),
         dedup.content_hash(text), dedup.to_hex(sh), *dedup.bands(sh), date, date))
    return int(cur.lastrowid)


def entity_id(conn, key: str) -> int:
    label, canonical, known, org = ENTITIES[key]
    row = conn.execute("SELECT id FROM entities WHERE label = ? AND canonical = ?", (label, canonical)).fetchone()
    if row:
        return row[0]
    return int(conn.execute(
        "INSERT INTO entities (label, canonical, known, org, first_seen) VALUES (?, ?, ?, ?, '9999')",
        (label, canonical, known, org)).lastrowid)


def add_annotations(conn, aid: int, mentions: dict[str, int], claims=(), summary: str = "") -> None:
    for ekey, n in mentions.items():
        eid = entity_id(conn, ekey)
        for i in range(n):
            conn.execute('INSERT INTO mentions (article_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                         (aid, eid, i * 10, i * 10 + 5, ENTITIES[ekey][1]))
    for model, bench, score, unit in claims:
        conn.execute("INSERT INTO claims (article_id, model, benchmark, score, unit, sentence) VALUES (?, ?, ?, ?, ?, ?)",
                     (aid, model, bench, score, unit, f"{model} scored {score}{unit} on {bench}."))
    conn.execute("""INSERT OR REPLACE INTO article_nlp (article_id, nlp_version, text_hash, annotated_at, summary,
                        entity_count, claim_count) VALUES (?, 'test', '', '2025-12-15T00:00:00Z', ?, ?, ?)""",
                 (aid, summary, sum(mentions.values()), len(claims)))


def fix_first_seen(conn) -> None:
    """entities.first_seen = the date of the first article that mentions it (as annotate keeps it)."""
    conn.execute("""UPDATE entities SET first_seen = (
                        SELECT min(coalesce(a.published, a.first_seen)) FROM mentions m
                        JOIN articles a ON a.id = m.article_id WHERE m.entity_id = entities.id)""")


def seed_basic(store) -> dict[str, int]:
    """Fill ``store`` with the basic case; returns article key -> id."""
    conn = store.conn
    ids = {}
    with conn:
        for key, date, source, site, title, text, mentions, claims in ARTICLES:
            aid = insert_article(conn, key, date, source, site, title, text)
            ids[key] = aid
            add_annotations(conn, aid, mentions, claims, SUMMARIES.get(key, ""))
        conn.execute("""INSERT INTO article_urls (url, article_id, relation, duplicate_kind, source, first_seen, last_seen)
                        VALUES ('https://syndicator.example/mistral', ?, 'duplicate', 'near', 'syndicator',
                                '2025-12-11T09:00:00Z', '2025-12-11T09:00:00Z')""", (ids["b1"],))
        fix_first_seen(conn)
    return ids
