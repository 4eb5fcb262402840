-- API keys. Only the sha256 of a key is kept: the plaintext is shown once, at
-- creation. subject is the trader's account, or the issuer's token symbols
-- separated by commas, and empty for compliance and operator keys.
-- (No semicolons in comments: the migrator splits statements on them.)
CREATE TABLE web_keys (
	id         TEXT PRIMARY KEY,
	hash       TEXT NOT NULL UNIQUE,
	role       TEXT NOT NULL,
	subject    TEXT NOT NULL,
	created_at BIGINT NOT NULL,
	revoked_at BIGINT NOT NULL DEFAULT 0
);
