package rules

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"
)

// Entry is one module of a rule set with its config.
type Entry struct {
	// Module is name@version.
	Module string `json:"module"`
	// Config is a JSON object validated against the module's schema;
	// absent is {}.
	Config json.RawMessage `json:"config,omitempty"`
}

// RuleSetInfo describes a version of a token's rule set.
type RuleSetInfo struct {
	Token   string  `json:"token"`
	Version int64   `json:"version"`
	Hash    string  `json:"hash"`
	Entries []Entry `json:"entries"`
	// CreatedAt is when this version was stored.
	CreatedAt time.Time `json:"created_at"`
}

// ruleSet is a rule-set version bound to loaded modules and config ids:
// what an evaluation runs. Immutable once built.
type ruleSet struct {
	info    RuleSetInfo
	entries []boundEntry
}

type boundEntry struct {
	ref   string
	lm    *loadedModule // nil: could not be loaded (every verdict 255)
	cfgID uint32
	err   error
}

// SetRuleSet stores a new version of token's rule set and activates it
// atomically: evaluations that start afterwards use it, those in flight
// finish on the version they started with. Every entry must name a stored
// module and carry a config its schema and the module itself accept.
func (s *Service) SetRuleSet(ctx context.Context, token string, entries []Entry) (*RuleSetInfo, error) {
	if token == "" {
		return nil, fmt.Errorf("%w: rule set: empty token", ErrInvalid)
	}
	if len(entries) > s.opts.MaxModulesPerSet {
		return nil, fmt.Errorf("%w: rule set of %d modules, limit %d", ErrTooLarge, len(entries), s.opts.MaxModulesPerSet)
	}
	canon := make([]Entry, len(entries))
	seen := map[string]bool{}
	for i, e := range entries {
		name, _, err := ParseRef(e.Module)
		if err != nil {
			return nil, err
		}
		if seen[name] {
			return nil, fmt.Errorf("%w: rule set: module %s appears twice", ErrInvalid, name)
		}
		seen[name] = true
		cfg := []byte(e.Config)
		if len(strings.TrimSpace(string(cfg))) == 0 {
			cfg = []byte("{}")
		}
		c, err := CanonicalJSON(cfg)
		if err != nil || len(c) == 0 || c[0] != '{' {
			return nil, fmt.Errorf("%w: rule set: %s: config must be a JSON object", ErrInvalid, e.Module)
		}
		canon[i] = Entry{Module: e.Module, Config: c}
	}
	rs, err := s.bind(ctx, RuleSetInfo{Token: token, Entries: canon}, true)
	if err != nil {
		return nil, err
	}
	tx, err := s.db.BeginTxx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("rules: rule set: %w", err)
	}
	defer tx.Rollback()
	// Write first, read after: a deferred transaction that reads then
	// writes can hit SQLITE_BUSY on a stale snapshot in WAL mode.
	rs.info.CreatedAt = s.opts.Now().UTC()
	body, _ := json.Marshal(rs.info.Entries)
	if _, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO rule_sets (token, version, hash, entries, created_at) SELECT ?, COALESCE(MAX(version), 0) + 1, ?, ?, ? FROM rule_sets WHERE token = ?`),
		token, rs.info.Hash, string(body), fmtTime(rs.info.CreatedAt), token); err != nil {
		return nil, fmt.Errorf("rules: rule set: %w", err)
	}
	if err := tx.GetContext(ctx, &rs.info.Version, tx.Rebind(`SELECT MAX(version) FROM rule_sets WHERE token = ?`), token); err != nil {
		return nil, fmt.Errorf("rules: rule set: %w", err)
	}
	if err := setActive(ctx, tx, token, rs.info.Version); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("rules: rule set: %w", err)
	}
	s.activate(rs)
	info := rs.info
	return &info, nil
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	Rebind(string) string
}

func setActive(ctx context.Context, tx execer, token string, version int64) error {
	if _, err := tx.ExecContext(ctx, tx.Rebind(`DELETE FROM rule_set_active WHERE token = ?`), token); err != nil {
		return fmt.Errorf("rules: rule set: %w", err)
	}
	if _, err := tx.ExecContext(ctx, tx.Rebind(`INSERT INTO rule_set_active (token, version) VALUES (?, ?)`), token, version); err != nil {
		return fmt.Errorf("rules: rule set: %w", err)
	}
	return nil
}

// ActivateRuleSet makes a stored version of token's rule set the active one
// again (a rollback), atomically as SetRuleSet.
func (s *Service) ActivateRuleSet(ctx context.Context, token string, version int64) (*RuleSetInfo, error) {
	info, err := s.RuleSetVersion(ctx, token, version)
	if err != nil {
		return nil, err
	}
	rs, err := s.bind(ctx, *info, true)
	if err != nil {
		return nil, err
	}
	if err := setActive(ctx, s.db, token, version); err != nil {
		return nil, err
	}
	s.activate(rs)
	return info, nil
}

func (s *Service) activate(rs *ruleSet) {
	p, _ := s.sets.LoadOrStore(rs.info.Token, new(atomic.Pointer[ruleSet]))
	p.(*atomic.Pointer[ruleSet]).Store(rs)
}

func (s *Service) active(token string) *ruleSet {
	p, ok := s.sets.Load(token)
	if !ok {
		return nil
	}
	return p.(*atomic.Pointer[ruleSet]).Load()
}

// RuleSet returns token's active rule set, or ErrNotFound.
func (s *Service) RuleSet(token string) (*RuleSetInfo, error) {
	rs := s.active(token)
	if rs == nil {
		return nil, fmt.Errorf("rules: rule set of %s: %w", token, ErrNotFound)
	}
	info := rs.info
	return &info, nil
}

// RuleSetVersion returns a stored version of token's rule set.
func (s *Service) RuleSetVersion(ctx context.Context, token string, version int64) (*RuleSetInfo, error) {
	var r struct {
		Hash      string `db:"hash"`
		Entries   string `db:"entries"`
		CreatedAt string `db:"created_at"`
	}
	err := s.db.GetContext(ctx, &r, s.db.Rebind(`SELECT hash, entries, created_at FROM rule_sets WHERE token = ? AND version = ?`), token, version)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("rules: rule set %s v%d: %w", token, version, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("rules: rule set %s v%d: %w", token, version, err)
	}
	info := &RuleSetInfo{Token: token, Version: version, Hash: r.Hash, CreatedAt: parseTime(r.CreatedAt)}
	if err := json.Unmarshal([]byte(r.Entries), &info.Entries); err != nil {
		return nil, fmt.Errorf("rules: rule set %s v%d: %w", token, version, err)
	}
	return info, nil
}

// bind loads the modules of a rule set and registers its configs. Strict
// (for a new set) fails on the first problem; lenient (at startup, for
// replay) keeps a failing entry as unavailable so it denies with 255.
func (s *Service) bind(ctx context.Context, info RuleSetInfo, strict bool) (*ruleSet, error) {
	rs := &ruleSet{info: info, entries: make([]boundEntry, len(info.Entries))}
	h := sha256.New()
	h.Write([]byte("regula-ruleset-v1\n"))
	for i, e := range info.Entries {
		be := boundEntry{ref: e.Module}
		lm, err := s.loaded(ctx, e.Module)
		if err == nil {
			if err = lm.sch.Validate(e.Config); err != nil {
				err = fmt.Errorf("%s: config: %w", e.Module, err)
			}
		}
		if err == nil {
			be.lm = lm
			be.cfgID, err = lm.mod.ConfigID(ctx, e.Config)
			if err != nil {
				err = fmt.Errorf("%w: %s: %w", ErrInvalid, e.Module, err)
			}
		}
		if err != nil {
			if strict {
				if errors.Is(err, ErrNotFound) {
					err = fmt.Errorf("%w: %w", ErrInvalid, err)
				}
				return nil, fmt.Errorf("rules: rule set: %w", err)
			}
			be.lm, be.err = nil, err
		}
		rs.entries[i] = be
		sha := ""
		if lm != nil {
			sha = lm.info.SHA256
		}
		fmt.Fprintf(h, "%s\n%s\n%s\n", e.Module, sha, e.Config)
	}
	hash := hex.EncodeToString(h.Sum(nil))
	if rs.info.Hash != "" && rs.info.Hash != hash && strict {
		return nil, fmt.Errorf("rules: rule set %s v%d: stored hash %s, recomputed %s", info.Token, info.Version, rs.info.Hash, hash)
	}
	if rs.info.Hash == "" {
		rs.info.Hash = hash
	}
	return rs, nil
}

func (s *Service) loadActiveSets(ctx context.Context) error {
	var rows []struct {
		Token   string `db:"token"`
		Version int64  `db:"version"`
	}
	if err := s.db.SelectContext(ctx, &rows, `SELECT token, version FROM rule_set_active`); err != nil {
		return fmt.Errorf("rules: active rule sets: %w", err)
	}
	for _, r := range rows {
		info, err := s.RuleSetVersion(ctx, r.Token, r.Version)
		if err != nil {
			return err
		}
		rs, err := s.bind(ctx, *info, false)
		if err != nil {
			return err
		}
		s.activate(rs)
	}
	return nil
}
