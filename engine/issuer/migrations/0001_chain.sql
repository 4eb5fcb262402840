-- Where the venue's contracts live on its chain, so a restart settles on the
-- same ones: "cash", "dvp" and "token:SYMBOL".
CREATE TABLE chain_contracts (
    name    TEXT PRIMARY KEY,
    address TEXT NOT NULL
);

-- Custodial wallet keys the venue holds for accounts it opened itself (the
-- embedded chain's demo and tests). Plain hex: never use custodial accounts
-- with real value.
CREATE TABLE chain_keys (
    account TEXT PRIMARY KEY,
    key     TEXT NOT NULL
);
