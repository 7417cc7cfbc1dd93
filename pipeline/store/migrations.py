"""Versioned schema migrations (sqlite-utils ``Migrations``): append, never edit an applied one.

The schema is modelwire's public interface; docs/schema.md describes every table and column.
"""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from pipeline.store import dedup
from spiders.dates import normalize_instant

migrations = Migrations("modelwire")


@migrations()
def create_crawl_tables(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            urls TEXT NOT NULL,              -- JSON list of start URLs
            group_name TEXT NOT NULL DEFAULT 'default',
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL
        );

        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,        -- normalized URL: the article's key
            canonical_url TEXT,
            source TEXT NOT NULL,            -- source name that first found it
            title TEXT,
            authors TEXT NOT NULL DEFAULT '[]',   -- JSON list
            published TEXT,                  -- UTC ISO 8601
            published_source TEXT,           -- json-ld | meta | feed | sitemap | url | text | time-tag
            modified TEXT,
            modified_source TEXT,
            language TEXT,
            site_name TEXT,
            description TEXT,
            text TEXT NOT NULL DEFAULT '',
            word_count INTEGER NOT NULL DEFAULT 0,
            image TEXT,
            tags TEXT NOT NULL DEFAULT '[]', -- JSON list
            paywalled INTEGER NOT NULL DEFAULT 0,
            page_type TEXT NOT NULL DEFAULT 'article',
            text_source TEXT,
            content_hash TEXT NOT NULL,
            simhash TEXT NOT NULL,           -- 64-bit SimHash, hex
            simhash_b0 INTEGER, simhash_b1 INTEGER, simhash_b2 INTEGER, simhash_b3 INTEGER,
            revision INTEGER NOT NULL DEFAULT 1,  -- bumped when the text changes
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            updated_at TEXT,                 -- when a changed version was stored
            extractor_version TEXT
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_source ON articles(source);
        CREATE INDEX articles_content_hash ON articles(content_hash);
        CREATE INDEX articles_simhash_b0 ON articles(simhash_b0);
        CREATE INDEX articles_simhash_b1 ON articles(simhash_b1);
        CREATE INDEX articles_simhash_b2 ON articles(simhash_b2);
        CREATE INDEX articles_simhash_b3 ON articles(simhash_b3);

        CREATE TABLE article_html (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            url TEXT NOT NULL,               -- final URL the HTML came from
            fetched_at TEXT NOT NULL,
            status INTEGER,
            content_type TEXT,
            encoding TEXT,
            hints TEXT NOT NULL DEFAULT '{}', -- JSON: what the feed/sitemap said
            html BLOB NOT NULL               -- zlib-compressed raw bytes
        );

        CREATE TABLE article_urls (
            url TEXT PRIMARY KEY,            -- normalized
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            relation TEXT NOT NULL,          -- primary | requested | redirect | canonical | duplicate
            duplicate_kind TEXT,             -- exact | near (relation = duplicate)
            raw_url TEXT,                    -- as first seen, before normalization
            source TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL
        );
        CREATE INDEX article_urls_article ON article_urls(article_id);

        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,            -- running | ok | failed | interrupted
            command TEXT,
            pid INTEGER,
            fetched INTEGER NOT NULL DEFAULT 0,
            new INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            duplicate INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            error TEXT
        );

        CREATE TABLE crawl_run_sources (
            run_id INTEGER NOT NULL REFERENCES crawl_runs(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            started_at TEXT,
            finished_at TEXT,
            finish_reason TEXT,              -- Scrapy's close reason
            requests INTEGER NOT NULL DEFAULT 0,
            fetched INTEGER NOT NULL DEFAULT 0,
            new INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            duplicate INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            blocked INTEGER NOT NULL DEFAULT 0,
            http_403 INTEGER NOT NULL DEFAULT 0,
            http_429 INTEGER NOT NULL DEFAULT 0,
            reasons TEXT NOT NULL DEFAULT '{}',   -- JSON {"skipped:off_topic": 3, "failed:http_404": 1}
            PRIMARY KEY (run_id, source)
        );

        CREATE TABLE http_state (
            url TEXT PRIMARY KEY,            -- feed or sitemap URL as requested
            source TEXT,
            etag TEXT,
            last_modified TEXT,
            last_status INTEGER,
            checked_at TEXT NOT NULL
        );
        """
    )


@migrations()
def add_articles_fts(db: Database) -> None:
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")


@migrations()
def add_source_health_view(db: Database) -> None:
    db.executescript(
        """
        CREATE VIEW source_health AS
        SELECT
            s.name AS source,
            s.kind AS kind,
            (SELECT max(r.finished_at) FROM crawl_run_sources r
              WHERE r.source = s.name AND r.fetched > 0) AS last_success,
            (SELECT max(r.finished_at) FROM crawl_run_sources r
              WHERE r.source = s.name AND r.failed + r.blocked > 0) AS last_failure,
            (SELECT r.reasons FROM crawl_run_sources r
              WHERE r.source = s.name AND r.failed + r.blocked > 0
              ORDER BY r.finished_at DESC LIMIT 1) AS last_failure_reasons,
            (SELECT count(*) FROM articles a WHERE a.source = s.name) AS articles,
            (SELECT count(*) FROM articles a WHERE a.source = s.name
              AND a.first_seen >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-7 days')) AS articles_7d,
            (SELECT round(avg(a.published IS NOT NULL), 3) FROM articles a
              WHERE a.source = s.name) AS share_with_date,
            (SELECT round(avg(a.authors != '[]'), 3) FROM articles a
              WHERE a.source = s.name) AS share_with_authors,
            (SELECT coalesce(sum(r.http_403), 0) FROM crawl_run_sources r WHERE r.source = s.name) AS http_403,
            (SELECT coalesce(sum(r.http_429), 0) FROM crawl_run_sources r WHERE r.source = s.name) AS http_429
        FROM sources s;
        """
    )


@migrations()
def create_nlp_tables(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL,             -- MODEL | ORG | BENCHMARK
            canonical TEXT NOT NULL,
            known INTEGER NOT NULL,          -- 1 when in the knowledge base
            org TEXT,                        -- MODEL: developer's canonical name
            family TEXT,                     -- MODEL: family's canonical name
            first_seen TEXT NOT NULL,        -- first article date (published, else first_seen)
            UNIQUE (label, canonical)
        );

        CREATE TABLE article_nlp (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            nlp_version TEXT NOT NULL,
            text_hash TEXT NOT NULL,         -- articles.content_hash the annotation was made from
            annotated_at TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            entity_count INTEGER NOT NULL DEFAULT 0,
            claim_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX article_nlp_version ON article_nlp(nlp_version);

        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            start INTEGER NOT NULL,          -- character offsets into articles.text
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            sentence INTEGER                 -- sentence index in the article
        );
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_entity ON mentions(entity_id);

        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            model TEXT NOT NULL,             -- canonical MODEL name
            benchmark TEXT NOT NULL,         -- canonical BENCHMARK name
            score REAL,
            unit TEXT,
            metric TEXT,
            comparison TEXT,                 -- JSON or NULL
            sentence TEXT NOT NULL,
            start INTEGER,
            "end" INTEGER
        );
        CREATE INDEX claims_article ON claims(article_id);
        CREATE INDEX claims_model_benchmark ON claims(model, benchmark);
        """
    )


# -- query migrations (views for common questions) --

# An article's date is published, else when it was first crawled (UTC ISO 8601). SQLite before 3.46
# has no %G/%V, so the ISO week is computed from the Thursday of the date's Monday-to-Sunday week.
_ARTICLE_DATE = "coalesce(a.published, a.first_seen)"
_ISO_WEEK = ("strftime('%Y', {d}, 'weekday 0', '-3 days') || '-W' || "
            "printf('%02d', (CAST(strftime('%j', {d}, 'weekday 0', '-3 days') AS INTEGER) - 1) / 7 + 1)")


@migrations()
def add_query_indexes(db: Database) -> None:
    db.executescript(
        """
        -- articles_date ON articles(coalesce(published, first_seen)), which the date filters use,
        -- is created by add_digests_tables below.
        CREATE INDEX mentions_entity_article ON mentions(entity_id, article_id);
        CREATE INDEX mentions_article_entity ON mentions(article_id, entity_id);
        CREATE INDEX entities_canonical_nocase ON entities(canonical COLLATE NOCASE);
        CREATE INDEX claims_benchmark_score ON claims(benchmark, score);
        """
    )


@migrations()
def add_query_views(db: Database) -> None:
    week = _ISO_WEEK.format(d=_ARTICLE_DATE)
    db.executescript(
        f"""
        CREATE VIEW article_entities AS
        SELECT m.article_id, m.entity_id, e.label, e.canonical, e.known,
               count(*) AS mentions, min(m.start) AS first_offset,
               {_ARTICLE_DATE} AS date, a.title, a.url, a.source
        FROM mentions m
        JOIN entities e ON e.id = m.entity_id
        JOIN articles a ON a.id = m.article_id
        GROUP BY m.article_id, m.entity_id, e.label, e.canonical;

        CREATE VIEW weekly_mentions AS
        SELECT {week} AS week, date({_ARTICLE_DATE}, 'weekday 0', '-6 days') AS week_start,
               e.label, e.canonical, m.entity_id,
               count(DISTINCT m.article_id) AS articles, count(*) AS mentions
        FROM mentions m
        JOIN entities e ON e.id = m.entity_id
        JOIN articles a ON a.id = m.article_id
        GROUP BY week, week_start, e.label, e.canonical, m.entity_id;

        CREATE VIEW benchmark_scores AS
        SELECT c.id AS claim_id, c.model, c.benchmark, c.score, c.unit, c.metric, c.comparison,
               c.sentence, c.article_id, {_ARTICLE_DATE} AS date, a.title, a.url, a.source
        FROM claims c
        JOIN articles a ON a.id = c.article_id;

        CREATE VIEW first_seen AS
        SELECT e.id AS entity_id, e.label, e.canonical, e.known, e.org, e.family,
               coalesce(f.date, e.first_seen) AS first_seen, f.article_id, a.title, a.url, a.source,
               coalesce(f.articles, 0) AS articles
        FROM entities e
        LEFT JOIN (
            SELECT m.entity_id, min({_ARTICLE_DATE}) AS date, a.id AS article_id,
                   count(DISTINCT m.article_id) AS articles
            FROM mentions m JOIN articles a ON a.id = m.article_id
            GROUP BY m.entity_id
        ) f ON f.entity_id = e.id
        LEFT JOIN articles a ON a.id = f.article_id;
        """
    )


# -- digest migrations --


@migrations()
def add_digests_tables(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE digests (
            week TEXT PRIMARY KEY,           -- ISO week '2025-W50', or 'YYYY-MM-DD..YYYY-MM-DD'
            since TEXT NOT NULL,             -- period start, UTC ISO 8601 (inclusive)
            until TEXT NOT NULL,             -- period end, UTC ISO 8601 (exclusive)
            timezone TEXT NOT NULL,
            generated_at TEXT NOT NULL,
            subject TEXT NOT NULL,
            html TEXT NOT NULL,              -- e-mail HTML; the chart is referenced as cid:
            text TEXT NOT NULL,              -- plain-text alternative
            chart_png BLOB,                  -- the inline chart
            stats TEXT NOT NULL DEFAULT '{}',    -- JSON: articles, sources, new_models, stories, claims, empty
            data TEXT NOT NULL DEFAULT '{}',     -- JSON: the whole digest (stories, trends, scoreboard)
            sent_at TEXT,                    -- last successful send
            recipients TEXT NOT NULL DEFAULT '[]',  -- JSON list: everyone it was sent to
            message_id TEXT,                 -- Message-ID of the last successful send
            send_error TEXT                  -- last SMTP failure, NULL after a success
        );

        CREATE TABLE digest_sends (
            week TEXT NOT NULL,              -- digests.week (survives a rebuild of the digest)
            recipient TEXT NOT NULL,         -- lower-cased address
            sent_at TEXT NOT NULL,
            message_id TEXT NOT NULL,
            PRIMARY KEY (week, recipient)
        );

        -- weekly bucketing reads coalesce(published, first_seen): index that expression
        CREATE INDEX articles_date ON articles(coalesce(published, first_seen));
        CREATE INDEX entities_label_first_seen ON entities(label, first_seen);
        """
    )


# -- schedule migrations --


@migrations()
def add_source_schedule(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE source_schedule (
            source TEXT PRIMARY KEY,         -- sources.name
            interval_s REAL NOT NULL,        -- current polling interval, seconds
            next_due TEXT NOT NULL,          -- UTC ISO 8601: crawl again at or after this
            failures INTEGER NOT NULL DEFAULT 0,  -- consecutive failed crawls (back-off exponent)
            last_run_at TEXT,
            last_outcome TEXT                -- ok | failed | empty
        );
        """
    )


# -- performance migrations --


@migrations()
def drop_redundant_mention_indexes(db: Database) -> None:
    # mentions_article_entity and mentions_entity_article (added by add_query_indexes) serve every
    # lookup by article_id or entity_id alone; the single-column pair only cost each insert two
    # more B-tree writes (a quarter of annotate's write time). No data is dropped.
    db.executescript(
        """
        DROP INDEX IF EXISTS mentions_article;
        DROP INDEX IF EXISTS mentions_entity;
        """
    )


# -- one time format --

# Every column that holds an instant (normalize_stored_times rewrote those of its time; tables
# added later were written in the stored form from the start). Not in the list:
# http_state.last_modified (the server's Last-Modified header, sent back verbatim as
# If-Modified-Since), article_html.hints (the spider's hints as JSON, offsets kept) and
# _sqlite_migrations.applied_at (written by sqlite-utils in its own format).
INSTANT_COLUMNS = {
    "sources": ("first_seen", "last_seen"),
    "articles": ("published", "modified", "first_seen", "last_seen", "updated_at"),
    "article_html": ("fetched_at",),
    "article_urls": ("first_seen", "last_seen"),
    "crawl_runs": ("started_at", "finished_at"),
    "crawl_run_sources": ("started_at", "finished_at"),
    "http_state": ("checked_at",),
    "entities": ("first_seen",),
    "article_nlp": ("annotated_at",),
    "digests": ("since", "until", "generated_at", "sent_at"),
    "digest_sends": ("sent_at",),
    "source_schedule": ("next_due", "last_run_at"),
    "nlp_failures": ("failed_at",),
    "watches": ("created_at", "evaluated_at"),
    "alerts": ("created_at",),
    "alert_deliveries": ("last_attempt_at", "sent_at"),
    "backfill_files": ("started_at", "updated_at"),
}
_STORED_FORM = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z"


@migrations()
def normalize_stored_times(db: Database) -> None:
    # Crawls stored first_seen / last_seen / fetched_at as 2025-11-06T08:00:00+00:00 while everything
    # else wrote 2025-11-06T08:00:00Z, so text comparisons at period boundaries went wrong. Rewrite
    # every instant to YYYY-MM-DDTHH:MM:SSZ (other offsets converted to UTC). Bare days
    # (YYYY-MM-DD) and values that are not ISO 8601 are left exactly as they are.
    db.conn.create_function("modelwire_instant", 1, normalize_instant, deterministic=True)
    existing = set(db.table_names())  # tables made by later migrations start in the stored form
    for table, columns in INSTANT_COLUMNS.items():
        if table not in existing:
            continue
        for col in columns:
            db.execute(
                f"""UPDATE [{table}] SET [{col}] = modelwire_instant([{col}])
                    WHERE [{col}] IS NOT NULL AND [{col}] NOT GLOB '{_STORED_FORM}'
                      AND modelwire_instant([{col}]) IS NOT [{col}]""")


# -- annotate: one bad article never blocks a run --


@migrations()
def add_nlp_failures(db: Database) -> None:
    # An article the NLP pipeline failed on (E034 broken text, E035 an exception) used to stay due
    # and fail again on every run. Its failure is kept here; annotate skips it until the NLP
    # version or the article's text changes. Its older annotations, if any, are kept as they were.
    db.executescript(
        """
        CREATE TABLE nlp_failures (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            nlp_version TEXT NOT NULL,
            text_hash TEXT NOT NULL,         -- articles.content_hash of the text that failed
            failed_at TEXT NOT NULL,
            error TEXT NOT NULL
        );
        """
    )


@migrations()
def add_claim_source_fields(db: Database) -> None:
    # Claims tell a competitor's score cited for comparison from the subject's own (is_comparison),
    # and who stands behind the number (source_kind: self-reported / independent / unknown), so the
    # digest's scoreboard can leave second-hand numbers out. Rows stored before stay 0 / NULL
    # (unknown) until the next NLP version re-annotates them.
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN is_comparison INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE claims ADD COLUMN source_kind TEXT;
        """
    )


@migrations()
def add_article_minhash(db: Database) -> None:
    # MinHash bands of each article's text (pipeline/store/dedup.py), so that a syndicated copy
    # with another intro and boilerplate is found as the same article. Filled here for the
    # articles stored before; texts under dedup.COPY_MIN_WORDS words have no bands.
    db.executescript(
        """
        CREATE TABLE article_minhash (
            band INTEGER NOT NULL,           -- 0..15
            value INTEGER NOT NULL,          -- hash of the band's rows
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (band, value, article_id)
        ) WITHOUT ROWID;
        CREATE INDEX article_minhash_article ON article_minhash(article_id);
        """
    )
    rows = db.conn.execute("SELECT id, text FROM articles")
    db.conn.executemany(
        "INSERT OR IGNORE INTO article_minhash (band, value, article_id) VALUES (?, ?, ?)",
        ((band, value, aid) for aid, text in rows
         for band, value in enumerate(dedup.minhash_bands(dedup.words(text or "")))))


# -- alerts: watches in the config, each (watch, event) once --


@migrations()
def add_alerts_tables(db: Database) -> None:
    # A watch's cursor (last_article_id) starts at the newest article when the watch is first seen,
    # so it never alerts on what was stored before it existed. An alert is recorded (with one
    # pending delivery per channel) in the same transaction that moves the cursor, before anything
    # is sent; a delivery is marked sent after its channel accepted it, or left pending to retry.
    db.executescript(
        """
        CREATE TABLE watches (
            name TEXT PRIMARY KEY,           -- [[watch]] name
            definition TEXT NOT NULL,        -- JSON: the rule as configured (channels excluded)
            created_at TEXT NOT NULL,        -- when this definition was first seen
            last_article_id INTEGER NOT NULL DEFAULT 0,  -- articles up to this id are evaluated or predate it
            evaluated_at TEXT
        );

        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            watch TEXT NOT NULL,             -- watches.name
            event_key TEXT NOT NULL,         -- what fired: article:ID, model:NAME, claim:ARTICLE:MODEL:SCORE:UNIT
            kind TEXT NOT NULL,              -- entity | new_model | benchmark | query
            article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
            url TEXT NOT NULL,
            title TEXT NOT NULL,
            headline TEXT NOT NULL,          -- one line: what happened
            evidence TEXT NOT NULL,          -- the sentence with the entity, claim or query match
            detail TEXT NOT NULL DEFAULT '{}',   -- JSON: the rule's particulars (score, previous best, …)
            backfill INTEGER NOT NULL DEFAULT 0, -- 1: sent on request (alerts --backfill), not as news
            created_at TEXT NOT NULL,
            UNIQUE (watch, event_key)
        );
        CREATE INDEX alerts_created ON alerts(created_at);
        CREATE INDEX alerts_article ON alerts(article_id);

        CREATE TABLE alert_deliveries (
            alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
            channel TEXT NOT NULL,           -- the notify entry as written in the config (no secrets)
            status TEXT NOT NULL,            -- pending | sending | sent | dropped
            attempts INTEGER NOT NULL DEFAULT 0,
            last_attempt_at TEXT,
            sent_at TEXT,
            error TEXT,                      -- the channel's last failure, NULL once sent
            sender_pid INTEGER,              -- the process that marked it sending
            PRIMARY KEY (alert_id, channel)
        );
        CREATE INDEX alert_deliveries_status ON alert_deliveries(status, channel);
        """
    )


# -- backfill: how far each WARC file was read --


@migrations()
def add_backfill_files(db: Database) -> None:
    # `modelwire backfill` reads WARC files (local, http(s), CC-NEWS) in segments of records; each
    # segment's articles and the file's new position are written in one transaction, so a killed
    # backfill restarted with the same arguments starts at the first record not yet stored.
    db.executescript(
        """
        CREATE TABLE backfill_files (
            file TEXT NOT NULL,              -- path or URL as read
            filters TEXT NOT NULL DEFAULT '', -- what the run kept: since/until/all_topics, as JSON
            records_done INTEGER NOT NULL DEFAULT 0,
            next_offset INTEGER NOT NULL DEFAULT 0,
            done INTEGER NOT NULL DEFAULT 0,
            kept INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            size INTEGER,
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (file, filters)
        );
        """
    )


# -- claim confidence --


@migrations()
def add_claim_confidence(db: Database) -> None:
    # How far to trust each claim (nlp.claim_confidence: 0..1, from how the claim was found); the
    # digest's scoreboard and `modelwire scores` show only claims at or above the calibrated
    # threshold. Rows stored before stay NULL (not scored; shown as before) until the next NLP
    # version re-annotates them.
    db.executescript(
        """
        ALTER TABLE claims ADD COLUMN confidence REAL;
        """
    )


# -- name memory --


@migrations()
def add_mention_evidence(db: Database) -> None:
    # How an unknown name's mention was found (nlp.name_memory): 'strong' (a cue or form rule with
    # strong evidence: it teaches annotate's memory of names across articles), 'memory' (found through
    # that memory), NULL otherwise and for rows stored before (until the next NLP version re-annotates).
    db.executescript(
        """
        ALTER TABLE mentions ADD COLUMN evidence TEXT;
        """
    )
