package rules

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
)

// Lists is an immutable snapshot of the operator-kept data sets (sanctions
// lists and the like) that rule modules read through list_contains. Its ID
// is the sha256 of its canonical JSON, so a decision names exactly what it
// read and replay can fetch it again.
type Lists struct {
	id   string
	sets map[string]map[string]struct{}
	raw  map[string][]string
}

var emptyLists = NewLists(nil)

// NewLists builds a snapshot; keys are deduplicated and sorted.
func NewLists(l map[string][]string) *Lists {
	raw := make(map[string][]string, len(l))
	sets := make(map[string]map[string]struct{}, len(l))
	for name, keys := range l {
		k := slices.Clone(keys)
		slices.Sort(k)
		k = slices.Compact(k)
		raw[name] = k
		set := make(map[string]struct{}, len(k))
		for _, key := range k {
			set[key] = struct{}{}
		}
		sets[name] = set
	}
	b, _ := json.Marshal(raw)
	sum := sha256.Sum256(b)
	return &Lists{id: hex.EncodeToString(sum[:]), sets: sets, raw: raw}
}

// ID is the snapshot's content hash.
func (l *Lists) ID() string { return l.id }

// Map returns a copy of the lists.
func (l *Lists) Map() map[string][]string {
	out := make(map[string][]string, len(l.raw))
	for k, v := range l.raw {
		out[k] = slices.Clone(v)
	}
	return out
}

// Contains implements wasm.Lists without allocating.
func (l *Lists) Contains(list, key []byte) bool {
	_, ok := l.sets[string(list)][string(key)]
	return ok
}

// SetLists stores a new snapshot and makes it current: evaluations that
// start afterwards read it; those in flight keep theirs.
func (s *Service) SetLists(ctx context.Context, l map[string][]string) (*Lists, error) {
	snap := NewLists(l)
	if err := s.saveLists(ctx, snap); err != nil {
		return nil, err
	}
	tx, err := s.db.BeginTxx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("rules: lists: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM rule_lists_current`); err != nil {
		return nil, fmt.Errorf("rules: lists: %w", err)
	}
	if _, err := tx.ExecContext(ctx, s.db.Rebind(`INSERT INTO rule_lists_current (singleton, id) VALUES (1, ?)`), snap.id); err != nil {
		return nil, fmt.Errorf("rules: lists: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("rules: lists: %w", err)
	}
	s.lists.Store(snap)
	return snap, nil
}

// CurrentLists is the snapshot evaluations read now.
func (s *Service) CurrentLists() *Lists { return s.lists.Load() }

func (s *Service) saveLists(ctx context.Context, snap *Lists) error {
	b, _ := json.Marshal(snap.raw)
	var n int
	if err := s.db.GetContext(ctx, &n, s.db.Rebind(`SELECT COUNT(*) FROM rule_lists WHERE id = ?`), snap.id); err != nil {
		return fmt.Errorf("rules: lists: %w", err)
	}
	if n > 0 {
		return nil
	}
	_, err := s.db.ExecContext(ctx, s.db.Rebind(`INSERT INTO rule_lists (id, content, created_at) VALUES (?, ?, ?)`), snap.id, string(b), fmtTime(s.opts.Now()))
	if err != nil {
		return fmt.Errorf("rules: lists: %w", err)
	}
	return nil
}

func (s *Service) listsByID(ctx context.Context, id string) (*Lists, error) {
	if id == emptyLists.id {
		return emptyLists, nil
	}
	var content string
	err := s.db.GetContext(ctx, &content, s.db.Rebind(`SELECT content FROM rule_lists WHERE id = ?`), id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("rules: lists %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("rules: lists %s: %w", id, err)
	}
	var raw map[string][]string
	if err := json.Unmarshal([]byte(content), &raw); err != nil {
		return nil, fmt.Errorf("rules: lists %s: %w", id, err)
	}
	snap := NewLists(raw)
	if snap.id != id {
		return nil, fmt.Errorf("rules: lists %s: content hashes to %s", id, snap.id)
	}
	return snap, nil
}

func (s *Service) loadCurrentLists(ctx context.Context) error {
	var id string
	err := s.db.GetContext(ctx, &id, `SELECT id FROM rule_lists_current WHERE singleton = 1`)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("rules: lists: %w", err)
	}
	snap, err := s.listsByID(ctx, id)
	if err != nil {
		return err
	}
	s.lists.Store(snap)
	return nil
}
