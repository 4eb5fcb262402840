// Package store persists the venue: the command journal, snapshots and, later,
// the registry and cap table. It is sqlx over modernc.org/sqlite (pure Go, no
// cgo) by default; the SQL stays portable through sqlx Rebind so that
// PostgreSQL can take over.
package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// uriEscaper escapes what would end the path part of a SQLite file: URI, so
// a path with '?' or '#' opens that file and not a truncated one.
var uriEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

//go:embed migrations/*.sql
var migrations embed.FS

// DB is an open venue database.
type DB struct {
	*sqlx.DB
	Path string
}

// Open opens (creating if needed) the SQLite database at path in WAL mode with
// full fsync, and applies the embedded migrations that it has not seen yet.
func Open(ctx context.Context, path string) (*DB, error) {
	dsn := "file:" + uriEscaper.Replace(path) + "?_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)" +
		"&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_txlock=immediate"
	x, err := sqlx.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	// One connection serializes writers and keeps the WAL's single-writer
	// rule out of the way; readers of the venue state read memory, not SQL.
	x.SetMaxOpenConns(1)
	db := &DB{DB: x, Path: path}
	if err := db.migrate(ctx); err != nil {
		x.Close()
		return nil, err
	}
	return db, nil
}

// Migrate applies the migrations of fsys (files NNNN_name.sql, applied in
// name order, each once) under the given component name. Other packages with
// tables of their own (rules, registry) call it with their own files.
func (db *DB) Migrate(ctx context.Context, component string, fsys fs.FS) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		component TEXT NOT NULL, name TEXT NOT NULL, applied_at BIGINT NOT NULL,
		PRIMARY KEY (component, name))`); err != nil {
		return fmt.Errorf("store: migrations table: %w", err)
	}
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		var n int
		if err := db.GetContext(ctx, &n, db.Rebind(`SELECT COUNT(*) FROM schema_migrations WHERE component = ? AND name = ?`), component, name); err != nil {
			return fmt.Errorf("store: migration %s/%s: %w", component, name, err)
		}
		if n > 0 {
			continue
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		tx, err := db.BeginTxx(ctx, nil)
		if err != nil {
			return err
		}
		for _, stmt := range strings.Split(string(body), ";") {
			if strings.TrimSpace(stripComments(stmt)) == "" {
				continue
			}
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				tx.Rollback()
				return fmt.Errorf("store: migration %s/%s: %w", component, name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO schema_migrations (component, name, applied_at) VALUES (?, ?, ?)`),
			component, name, time.Now().Unix()); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("store: migration %s/%s: %w", component, name, err)
		}
	}
	return nil
}

func stripComments(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if i := strings.Index(line, "--"); i >= 0 {
			line = line[:i]
		}
		b.WriteString(line)
	}
	return b.String()
}

func (db *DB) migrate(ctx context.Context) error {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return err
	}
	return db.Migrate(ctx, "store", sub)
}
