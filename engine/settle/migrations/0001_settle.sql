-- Settlement pipeline state, one row per venue trade. Portable SQL (SQLite and
-- PostgreSQL): TEXT, BIGINT, flags as 0/1 integers, addresses and hashes as
-- 0x-prefixed hex text ('' when not known yet).
--
-- state: queued -> attested -> submitted -> settled | failed
--   queued     stored, rules not (re)checked, nothing signed for this round
--   attested   rules allowed, attestation signed (deadline), not sent
--   submitted  possibly sent to the chain: ask the chain before anything else
--   settled    the chain says settled (tx_hash)
--   failed     broken (code, reason, rule_name), the id cancelled on chain
--              first when an attestation was ever signed (signed = 1)
-- reported = 1 once the venue was told (Outcomes.Settled / Outcomes.Broken).
CREATE TABLE IF NOT EXISTS settle_trades (
    id            TEXT PRIMARY KEY,
    chain_id      TEXT NOT NULL,
    trade_seq     BIGINT NOT NULL,
    trade_time    BIGINT NOT NULL,
    token         TEXT NOT NULL,
    buy_order     BIGINT NOT NULL,
    sell_order    BIGINT NOT NULL,
    buyer         TEXT NOT NULL,
    seller        TEXT NOT NULL,
    price         BIGINT NOT NULL,
    qty           BIGINT NOT NULL,
    amount        BIGINT NOT NULL,
    state         TEXT NOT NULL,
    reported      BIGINT NOT NULL DEFAULT 0,
    seller_wallet TEXT NOT NULL DEFAULT '',
    buyer_wallet  TEXT NOT NULL DEFAULT '',
    token_addr    TEXT NOT NULL DEFAULT '',
    cash_addr     TEXT NOT NULL DEFAULT '',
    cash_amount   BIGINT NOT NULL DEFAULT 0,
    ruleset_hash  TEXT NOT NULL DEFAULT '',
    deadline      BIGINT NOT NULL DEFAULT 0,
    attestation   TEXT NOT NULL DEFAULT '',
    signed        BIGINT NOT NULL DEFAULT 0,
    cancelled     BIGINT NOT NULL DEFAULT 0,
    reattests     BIGINT NOT NULL DEFAULT 0,
    from_block    BIGINT NOT NULL DEFAULT 0,
    tx_hash       TEXT NOT NULL DEFAULT '',
    chain_block   BIGINT NOT NULL DEFAULT 0,
    code          BIGINT NOT NULL DEFAULT 0,
    reason        TEXT NOT NULL DEFAULT '',
    rule_name     TEXT NOT NULL DEFAULT '',
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS settle_trades_open ON settle_trades (reported, state);
