-- What rules read about each token beyond the registry: decimals, offering
-- and MiCA attributes, as the JSON of registry.TokenInfo.
CREATE TABLE cmp_tokens (
    symbol     TEXT PRIMARY KEY,
    info       TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
