-- Rules runtime tables. Portable SQL: TEXT, INTEGER, BLOB; times as RFC 3339 text.
CREATE TABLE IF NOT EXISTS rule_blobs (
    sha256 TEXT PRIMARY KEY,
    bytes  BLOB NOT NULL,
    size   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS rule_modules (
    name        TEXT NOT NULL,
    version     TEXT NOT NULL,
    sha256      TEXT NOT NULL REFERENCES rule_blobs(sha256),
    description TEXT NOT NULL,
    manifest    TEXT NOT NULL,
    schema_json TEXT NOT NULL,
    cases_json  TEXT NOT NULL,
    uploaded_at TEXT NOT NULL,
    PRIMARY KEY (name, version)
);
CREATE TABLE IF NOT EXISTS rule_sets (
    token      TEXT NOT NULL,
    version    INTEGER NOT NULL,
    hash       TEXT NOT NULL,
    entries    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (token, version)
);
CREATE TABLE IF NOT EXISTS rule_set_active (
    token   TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS rule_lists (
    id         TEXT PRIMARY KEY,
    content    TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rule_lists_current (
    singleton INTEGER PRIMARY KEY,
    id        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS rule_decisions (
    id              INTEGER PRIMARY KEY,
    token           TEXT NOT NULL,
    phase           TEXT NOT NULL,
    allow           INTEGER NOT NULL,
    code            INTEGER NOT NULL,
    reason          TEXT NOT NULL,
    rule            TEXT NOT NULL,
    ruleset_version INTEGER NOT NULL,
    ruleset_hash    TEXT NOT NULL,
    input_digest    TEXT NOT NULL,
    lists_id        TEXT NOT NULL,
    context_bin     BLOB NOT NULL,
    verdicts        TEXT NOT NULL,
    evaluated_at    TEXT NOT NULL,
    duration_ns     INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS rule_decisions_token ON rule_decisions (token, id);
