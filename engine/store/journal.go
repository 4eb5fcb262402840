package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/regulavenue/regula/engine"
)

// JournalConfig tunes group commit. The zero value is the default.
type JournalConfig struct {
	MaxBatch  int // records per commit at most; default 4096
	QueueSize int // records waiting for the writer; Append blocks beyond it; default 65536
	// KeepSnapshots is how many snapshots to keep; default 2.
	KeepSnapshots int
}

// Journal is the venue's durable command log over SQL: engine.Journal.
//
// # Notes
//
// Records are encoded on Append (the caller may reuse its Record) and written
// by one goroutine in group commits: it takes whatever is queued, up to
// MaxBatch, writes it in one transaction and commits (fsync in WAL mode with
// synchronous=FULL), then reports the highest durable sequence. Throughput
// grows with load while each record still waits for at most one commit.
type Journal struct {
	db     *DB
	cfg    JournalConfig
	q      chan item
	commit func(uint64, error)
	done   chan struct{}
	once   sync.Once
	failed error
	// Writer-owned.
	inserts map[int]string
}

type item struct {
	seq      uint64
	time     int64
	kind     uint8
	data     []byte
	snapshot bool
}

// Journal returns the database's journal. Call Start (the venue does) before
// Append.
func (db *DB) Journal(cfg JournalConfig) *Journal {
	if cfg.MaxBatch <= 0 {
		cfg.MaxBatch = 4096
	}
	if cfg.QueueSize <= 0 {
		cfg.QueueSize = 65536
	}
	if cfg.KeepSnapshots <= 0 {
		cfg.KeepSnapshots = 2
	}
	return &Journal{db: db, cfg: cfg, q: make(chan item, cfg.QueueSize), done: make(chan struct{}),
		inserts: map[int]string{}}
}

// Start starts the writer; commit is called after every group commit.
func (j *Journal) Start(commit func(seq uint64, err error)) {
	j.commit = commit
	go j.write()
}

// Append queues a record for the next group commit.
func (j *Journal) Append(r *engine.Record) {
	j.q <- item{seq: r.Seq, time: r.Time, kind: uint8(r.Kind), data: r.AppendBinary(nil)}
}

// SaveSnapshot queues a snapshot behind the records appended before it.
func (j *Journal) SaveSnapshot(seq uint64, data []byte) {
	j.q <- item{seq: seq, data: data, snapshot: true}
}

// Close writes what is queued, reports its commit, and stops the writer.
func (j *Journal) Close() error {
	j.once.Do(func() { close(j.q) })
	<-j.done
	return j.failed
}

func (j *Journal) write() {
	defer close(j.done)
	batch := make([]item, 0, j.cfg.MaxBatch)
	for {
		it, ok := <-j.q
		if !ok {
			return
		}
		batch = append(batch[:0], it)
	fill:
		for len(batch) < j.cfg.MaxBatch {
			select {
			case it, ok := <-j.q:
				if !ok {
					break fill
				}
				batch = append(batch, it)
			default:
				break fill
			}
		}
		if j.failed != nil {
			continue // fail-stop: drop everything after a failed commit
		}
		last, err := j.writeBatch(batch)
		if err != nil {
			j.failed = fmt.Errorf("store: journal commit: %w", err)
			j.commit(0, j.failed)
			continue
		}
		if last > 0 {
			j.commit(last, nil)
		}
	}
}

// rowsPerInsert is how many journal rows one INSERT statement writes: far
// fewer statements per commit, well under SQLite's bound-parameter limit.
const rowsPerInsert = 128

func (j *Journal) writeBatch(batch []item) (uint64, error) {
	ctx := context.Background()
	tx, err := j.db.BeginTxx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	var last uint64
	rows := make([]item, 0, rowsPerInsert)
	flush := func() error {
		if len(rows) == 0 {
			return nil
		}
		args := make([]any, 0, 4*len(rows))
		for _, it := range rows {
			args = append(args, int64(it.seq), it.time, it.kind, it.data)
		}
		if _, err := tx.ExecContext(ctx, j.insertSQL(len(rows)), args...); err != nil {
			return fmt.Errorf("records %d..%d: %w", rows[0].seq, rows[len(rows)-1].seq, err)
		}
		last = rows[len(rows)-1].seq
		rows = rows[:0]
		return nil
	}
	for _, it := range batch {
		if it.snapshot {
			if err := flush(); err != nil {
				return 0, err
			}
			if err := j.saveSnapshot(ctx, tx, it); err != nil {
				return 0, err
			}
			continue
		}
		rows = append(rows, it)
		if len(rows) == rowsPerInsert {
			if err := flush(); err != nil {
				return 0, err
			}
		}
	}
	if err := flush(); err != nil {
		return 0, err
	}
	return last, tx.Commit()
}

// insertSQL returns the INSERT for n rows, built once per n.
func (j *Journal) insertSQL(n int) string {
	if q := j.inserts[n]; q != "" {
		return q
	}
	var b strings.Builder
	b.WriteString("INSERT INTO journal (seq, time, kind, data) VALUES ")
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("(?, ?, ?, ?)")
	}
	q := j.db.Rebind(b.String())
	j.inserts[n] = q
	return q
}

func (j *Journal) saveSnapshot(ctx context.Context, tx execer, it item) error {
	if _, err := tx.ExecContext(ctx, j.db.Rebind(`INSERT INTO snapshots (seq, data, created_at) VALUES (?, ?, ?)
		ON CONFLICT (seq) DO UPDATE SET data = excluded.data`), int64(it.seq), it.data, time.Now().UnixNano()); err != nil {
		return fmt.Errorf("snapshot %d: %w", it.seq, err)
	}
	_, err := tx.ExecContext(ctx, j.db.Rebind(`DELETE FROM snapshots WHERE seq NOT IN
		(SELECT seq FROM snapshots ORDER BY seq DESC LIMIT ?)`), j.cfg.KeepSnapshots)
	return err
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// LoadSnapshot returns the newest snapshot, or seq 0 and nil data.
func (j *Journal) LoadSnapshot() (uint64, []byte, error) {
	var row struct {
		Seq  int64  `db:"seq"`
		Data []byte `db:"data"`
	}
	err := j.db.Get(&row, `SELECT seq, data FROM snapshots ORDER BY seq DESC LIMIT 1`)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil, nil
	}
	if err != nil {
		return 0, nil, fmt.Errorf("store: load snapshot: %w", err)
	}
	return uint64(row.Seq), row.Data, nil
}

// Replay calls fn for every record with Seq > after, in order.
func (j *Journal) Replay(after uint64, fn func(*engine.Record) error) error {
	rows, err := j.db.Query(j.db.Rebind(`SELECT seq, data FROM journal WHERE seq > ? ORDER BY seq`), int64(after))
	if err != nil {
		return fmt.Errorf("store: replay: %w", err)
	}
	defer rows.Close()
	var r engine.Record
	for rows.Next() {
		var seq int64
		var data []byte
		if err := rows.Scan(&seq, &data); err != nil {
			return fmt.Errorf("store: replay: %w", err)
		}
		if err := r.UnmarshalBinary(data); err != nil {
			return fmt.Errorf("store: replay record %d: %w", seq, err)
		}
		if r.Seq != uint64(seq) {
			return fmt.Errorf("store: replay: record %d claims seq %d", seq, r.Seq)
		}
		if err := fn(&r); err != nil {
			return err
		}
	}
	return rows.Err()
}
