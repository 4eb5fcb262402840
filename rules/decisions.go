package rules

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/regulavenue/regula/rules/abi"
)

// decisionLog writes decisions in group commits off the evaluation path.
// Evaluate assigns ids from an in-process counter seeded from the table,
// so a decision's id is known before it is written.
type decisionLog struct {
	db       *sqlx.DB
	q        chan logItem
	last     atomic.Int64
	done     chan struct{}
	closed   atomic.Bool
	mu       sync.Mutex
	err      error // first write error, reported by Flush
	onCommit func(*Decision)
}

type logItem struct {
	d     *Decision
	flush chan error
	stop  bool
}

const logBatch = 256

func startDecisionLog(ctx context.Context, db *sqlx.DB, queue int, onCommit func(*Decision)) (*decisionLog, error) {
	l := &decisionLog{db: db, q: make(chan logItem, queue), done: make(chan struct{}), onCommit: onCommit}
	var max sql.NullInt64
	if err := db.GetContext(ctx, &max, `SELECT MAX(id) FROM rule_decisions`); err != nil {
		return nil, fmt.Errorf("rules: decision log: %w", err)
	}
	l.last.Store(max.Int64)
	go l.run()
	return l, nil
}

func (l *decisionLog) nextID() int64 { return l.last.Add(1) }

// enqueue hands a copy of d to the writer, waiting for room at most as long
// as ctx allows. It reports whether the decision was queued.
func (l *decisionLog) enqueue(ctx context.Context, d *Decision) bool {
	if l.closed.Load() {
		return false
	}
	c := *d
	select {
	case l.q <- logItem{d: &c}:
		return true
	default:
	}
	select {
	case l.q <- logItem{d: &c}:
		return true
	case <-ctx.Done():
		return false
	}
}

// flush waits until everything queued before it is committed.
func (l *decisionLog) flush(ctx context.Context) error {
	ch := make(chan error, 1)
	select {
	case l.q <- logItem{flush: ch}:
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-ch:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (l *decisionLog) close(ctx context.Context) error {
	if l.closed.Swap(true) {
		return nil
	}
	err := l.flush(ctx)
	select {
	case l.q <- logItem{stop: true}:
		<-l.done
	case <-ctx.Done():
	}
	return err
}

func (l *decisionLog) run() {
	defer close(l.done)
	batch := make([]*Decision, 0, logBatch)
	var flushes []chan error
	stop := false
	for !stop {
		item := <-l.q
		add := func(it logItem) {
			stop = stop || it.stop
			if it.d != nil {
				batch = append(batch, it.d)
			}
			if it.flush != nil {
				flushes = append(flushes, it.flush)
			}
		}
		add(item)
	drain:
		for len(batch) < logBatch {
			select {
			case it := <-l.q:
				add(it)
				if stop {
					break drain
				}
			default:
				break drain
			}
		}
		if len(batch) > 0 {
			if err := l.write(batch); err != nil {
				l.mu.Lock()
				if l.err == nil {
					l.err = err
				}
				l.mu.Unlock()
			} else if l.onCommit != nil {
				for _, d := range batch {
					l.onCommit(d)
				}
			}
			batch = batch[:0]
		}
		for _, f := range flushes {
			l.mu.Lock()
			f <- l.err
			l.mu.Unlock()
		}
		flushes = flushes[:0]
	}
}

func (l *decisionLog) write(batch []*Decision) error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tx, err := l.db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("rules: decision log: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PreparexContext(ctx, tx.Rebind(`INSERT INTO rule_decisions (id, token, phase, allow, code, reason, rule, ruleset_version, ruleset_hash, input_digest, lists_id, context_bin, verdicts, evaluated_at, duration_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`))
	if err != nil {
		return fmt.Errorf("rules: decision log: %w", err)
	}
	defer stmt.Close()
	for _, d := range batch {
		v, _ := json.Marshal(struct {
			Verdicts []abi.Verdict `json:"verdicts"`
			Nanos    []int64       `json:"module_ns"`
		}{d.Verdicts, d.ModuleNanos})
		allow := 0
		if d.Allow {
			allow = 1
		}
		if _, err := stmt.ExecContext(ctx, d.ID, d.Token, d.Phase, allow, int(d.Code), d.Reason, d.Rule, d.RuleSetVersion, d.RuleSetHash,
			d.InputDigest, d.ListsID, d.input, string(v), fmtTime(d.Time), d.Duration.Nanoseconds()); err != nil {
			return fmt.Errorf("rules: decision log: decision %d: %w", d.ID, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("rules: decision log: %w", err)
	}
	return nil
}

// Flush waits until every decision queued so far is committed and returns
// the first write error, if any.
func (s *Service) Flush(ctx context.Context) error { return s.log.flush(ctx) }

type decisionRow struct {
	ID             int64  `db:"id"`
	Token          string `db:"token"`
	Phase          string `db:"phase"`
	Allow          int    `db:"allow"`
	Code           int    `db:"code"`
	Reason         string `db:"reason"`
	Rule           string `db:"rule"`
	RuleSetVersion int64  `db:"ruleset_version"`
	RuleSetHash    string `db:"ruleset_hash"`
	InputDigest    string `db:"input_digest"`
	ListsID        string `db:"lists_id"`
	ContextBin     []byte `db:"context_bin"`
	Verdicts       string `db:"verdicts"`
	EvaluatedAt    string `db:"evaluated_at"`
	DurationNs     int64  `db:"duration_ns"`
}

func (r *decisionRow) decision() (*Decision, error) {
	d := &Decision{ID: r.ID, Token: r.Token, Phase: r.Phase, Allow: r.Allow == 1, Code: uint8(r.Code), Reason: r.Reason, Rule: r.Rule,
		RuleSetVersion: r.RuleSetVersion, RuleSetHash: r.RuleSetHash, InputDigest: r.InputDigest, ListsID: r.ListsID,
		Time: parseTime(r.EvaluatedAt), Duration: time.Duration(r.DurationNs), Logged: true, input: r.ContextBin}
	var v struct {
		Verdicts []abi.Verdict `json:"verdicts"`
		Nanos    []int64       `json:"module_ns"`
	}
	if err := json.Unmarshal([]byte(r.Verdicts), &v); err != nil {
		return nil, fmt.Errorf("rules: decision %d: verdicts: %w", r.ID, err)
	}
	d.Verdicts, d.ModuleNanos = v.Verdicts, v.Nanos
	return d, nil
}

// Context decodes the transfer context the decision was made on (nil when
// the decision carries none).
func (d *Decision) Context() (*abi.Context, error) {
	if len(d.input) == 0 {
		return nil, nil
	}
	var c abi.Context
	if err := abi.DecodeContext(d.input, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// Decision reads a logged decision.
func (s *Service) Decision(ctx context.Context, id int64) (*Decision, error) {
	var r decisionRow
	err := s.db.GetContext(ctx, &r, s.db.Rebind(`SELECT * FROM rule_decisions WHERE id = ?`), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("rules: decision %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("rules: decision %d: %w", id, err)
	}
	return r.decision()
}

// DecisionFilter selects logged decisions; zero fields do not filter.
type DecisionFilter struct {
	Token string
	// BeforeID pages backwards: decisions with a smaller id.
	BeforeID int64
	// Limit defaults to 100, at most 1000.
	Limit int
}

// Decisions lists logged decisions, newest first.
func (s *Service) Decisions(ctx context.Context, f DecisionFilter) ([]Decision, error) {
	if f.Limit <= 0 || f.Limit > 1000 {
		f.Limit = 100
	}
	q := `SELECT * FROM rule_decisions WHERE 1 = 1`
	var args []any
	if f.Token != "" {
		q += ` AND token = ?`
		args = append(args, f.Token)
	}
	if f.BeforeID > 0 {
		q += ` AND id < ?`
		args = append(args, f.BeforeID)
	}
	q += ` ORDER BY id DESC LIMIT ?`
	args = append(args, f.Limit)
	var rows []decisionRow
	if err := s.db.SelectContext(ctx, &rows, s.db.Rebind(q), args...); err != nil {
		return nil, fmt.Errorf("rules: decisions: %w", err)
	}
	out := make([]Decision, 0, len(rows))
	for i := range rows {
		d, err := rows[i].decision()
		if err != nil {
			return nil, err
		}
		out = append(out, *d)
	}
	return out, nil
}

// Replay is a logged decision re-run.
type Replay struct {
	Decision *Decision     `json:"decision"`
	Verdicts []abi.Verdict `json:"verdicts"`
	// Same reports whether every verdict (allow, code, reason, rule) and the
	// input digest came out as logged; Diffs says what did not.
	Same  bool     `json:"same"`
	Diffs []string `json:"diffs,omitempty"`
}

// Replay re-runs a logged decision on the rule-set version, modules,
// configs, lists snapshot and binary context it was made with, and compares
// the verdicts.
func (s *Service) Replay(ctx context.Context, id int64) (*Replay, error) {
	d, err := s.Decision(ctx, id)
	if err != nil {
		return nil, err
	}
	lists, err := s.listsByID(ctx, d.ListsID)
	if err != nil {
		return nil, err
	}
	r := &Replay{Decision: d}
	if d.RuleSetVersion > 0 {
		info, err := s.RuleSetVersion(ctx, d.Token, d.RuleSetVersion)
		if err != nil {
			return nil, err
		}
		rs, err := s.bind(ctx, *info, false)
		if err != nil {
			return nil, err
		}
		if rs.info.Hash != d.RuleSetHash {
			r.Diffs = append(r.Diffs, fmt.Sprintf("rule-set hash %s, logged %s", rs.info.Hash, d.RuleSetHash))
		}
		r.Verdicts, _ = s.run(ctx, rs, d.input, lists)
	}
	h := sha256Hex(d.input, lists.id)
	if h != d.InputDigest {
		r.Diffs = append(r.Diffs, fmt.Sprintf("input digest %s, logged %s", h, d.InputDigest))
	}
	if len(r.Verdicts) != len(d.Verdicts) {
		r.Diffs = append(r.Diffs, fmt.Sprintf("%d verdicts, logged %d", len(r.Verdicts), len(d.Verdicts)))
	} else {
		for i := range r.Verdicts {
			if r.Verdicts[i] != d.Verdicts[i] {
				r.Diffs = append(r.Diffs, fmt.Sprintf("%s: got %+v, logged %+v", d.Verdicts[i].Rule, r.Verdicts[i], d.Verdicts[i]))
			}
		}
	}
	r.Same = len(r.Diffs) == 0
	return r, nil
}
