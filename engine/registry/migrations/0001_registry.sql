-- Investor registry and cap table. Portable SQL (SQLite and PostgreSQL):
-- TEXT, BIGINT, booleans as 0/1 integers, times as RFC 3339 text in UTC
-- ('' when absent), ids assigned by the application.
CREATE TABLE IF NOT EXISTS reg_tokens (
    symbol     TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reg_investors (
    id                       TEXT PRIMARY KEY,
    country                  TEXT NOT NULL,
    us_person                BIGINT NOT NULL,
    investor_class           TEXT NOT NULL,
    kyc_status               TEXT NOT NULL,
    kyc_expires_at           TEXT NOT NULL,
    accredited               BIGINT NOT NULL,
    accreditation_expires_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reg_accounts (
    id          TEXT PRIMARY KEY,
    investor_id TEXT NOT NULL REFERENCES reg_investors(id),
    wallet      TEXT NOT NULL UNIQUE
);
CREATE TABLE IF NOT EXISTS reg_locks (
    token       TEXT NOT NULL REFERENCES reg_tokens(symbol),
    investor_id TEXT NOT NULL REFERENCES reg_investors(id),
    name        TEXT NOT NULL,
    quantity    BIGINT NOT NULL,
    until_at    TEXT NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (token, investor_id, name)
);
CREATE TABLE IF NOT EXISTS reg_balances (
    token    TEXT NOT NULL REFERENCES reg_tokens(symbol),
    account  TEXT NOT NULL REFERENCES reg_accounts(id),
    quantity BIGINT NOT NULL,
    PRIMARY KEY (token, account)
);
CREATE TABLE IF NOT EXISTS reg_lots (
    id          BIGINT PRIMARY KEY,
    token       TEXT NOT NULL REFERENCES reg_tokens(symbol),
    investor_id TEXT NOT NULL REFERENCES reg_investors(id),
    quantity    BIGINT NOT NULL,
    acquired_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reg_lots_holder ON reg_lots (token, investor_id, id);
CREATE TABLE IF NOT EXISTS reg_transfers (
    id       BIGINT PRIMARY KEY,
    token    TEXT NOT NULL REFERENCES reg_tokens(symbol),
    ref      TEXT NOT NULL,
    seller   TEXT NOT NULL,
    buyer    TEXT NOT NULL,
    quantity BIGINT NOT NULL,
    price    BIGINT NOT NULL,
    at       TEXT NOT NULL,
    day      BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS reg_transfers_day ON reg_transfers (token, day);
CREATE INDEX IF NOT EXISTS reg_transfers_ref ON reg_transfers (token, ref);
CREATE TABLE IF NOT EXISTS reg_audit (
    id          BIGINT PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    before_json TEXT NOT NULL,
    after_json  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reg_audit_subject ON reg_audit (subject, id);
CREATE TABLE IF NOT EXISTS reg_mirror (
    token        TEXT NOT NULL,
    wallet       TEXT NOT NULL,
    allowed      BIGINT NOT NULL,
    country      TEXT NOT NULL,
    lockup_until TEXT NOT NULL,
    version      BIGINT NOT NULL,
    pending      BIGINT NOT NULL,
    attempts     BIGINT NOT NULL,
    last_error   TEXT NOT NULL,
    PRIMARY KEY (token, wallet)
)
