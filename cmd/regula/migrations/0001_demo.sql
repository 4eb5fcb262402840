-- The demo seed's marker: one row once `regula serve --demo` has started
-- seeding this database, done_at set when it finished. A database with the
-- row is never seeded again.
CREATE TABLE demo_seed (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    started_at BIGINT NOT NULL,
    done_at    BIGINT NOT NULL DEFAULT 0
);
