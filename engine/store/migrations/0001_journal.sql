-- The venue's command journal and snapshots.
CREATE TABLE journal (
    seq  BIGINT PRIMARY KEY,
    time BIGINT NOT NULL,
    kind SMALLINT NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE snapshots (
    seq        BIGINT PRIMARY KEY,
    data       BLOB NOT NULL,
    created_at BIGINT NOT NULL
);
