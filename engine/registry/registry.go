package registry

import (
	"context"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"log"
	"maps"
	"math"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jmoiron/sqlx"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules/abi"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Options configures a Registry. The zero value is usable: no mirror, the
// system clock, log.Printf.
type Options struct {
	// Mirror receives whitelist entries; nil disables mirroring (entries are
	// still computed and kept pending, see PendingMirror).
	Mirror Mirror
	// Now is the clock of audit entries and of whitelist entries (KYC expiry,
	// running locks). Default time.Now.
	Now func() time.Time
	// Logf logs mirror failures. Default log.Printf.
	Logf func(format string, args ...any)
}

// Registry is the investor registry and the cap table of every token. It is
// kept in memory, written through to SQL, and safe for concurrent use.
//
// # Notes
//
// Lock order: dmu (mirror delivery) is never held while taking wmu; wmu
// (writers, held across the SQL transaction) before mu (the memory, held only
// to apply a committed change or to read) before mmu (the mirror rows). No SQL
// runs under mu or mmu, so a reader never waits for a disk flush.
type Registry struct {
	db     *store.DB
	mirror Mirror
	now    func() time.Time
	logf   func(string, ...any)

	wmu sync.Mutex // serializes writers
	// Ids, guarded by wmu.
	nextAudit, nextLot, nextTransfer, nextVersion int64

	mu          sync.RWMutex
	investors   map[string]Investor
	accounts    map[string]Account
	byWallet    map[common.Address]string
	invAccounts map[string][]string // investor -> account ids, sorted
	tokens      map[string]*tokenState
	// The refs of the last recentRefs transfers recorded (token, ref),
	// oldest first in recentQ: ContextAfter leaves out a trade ahead that
	// the cap table already counts.
	recent  map[tokAcc]struct{}
	recentQ []tokAcc

	mmu     sync.Mutex
	mirrors map[mirrorKey]*mirrorRow

	dmu sync.Mutex // serializes mirror deliveries
}

// tokenState is one token's cap table and its incremental holder statistics.
type tokenState struct {
	supply     int64
	holders    int64
	usHolders  int64
	nonAccFlag int64 // holders whose accredited flag is false
	// accExp holds, sorted, the accreditation expiries (unix ns) of holders
	// whose flag is true and who have an expiry: non-accredited holders at t
	// are nonAccFlag plus those expiring at or before t.
	accExp    []int64
	byCountry map[string]int64
	balances  map[string]int64     // account -> non-zero balance
	positions map[string]*position // investor -> position (balance, lots, locks)
	daily     map[int64]int64      // UTC day number -> transfers recorded
}

// position is an investor's holding in one token: lots (oldest first) sum to
// balance; locks by name.
type position struct {
	balance int64
	lots    []lot
	locks   map[string]Lock
}

type lot struct {
	id  int64
	qty int64
	at  time.Time
}

func newTokenState() *tokenState {
	return &tokenState{
		byCountry: map[string]int64{},
		balances:  map[string]int64{},
		positions: map[string]*position{},
		daily:     map[int64]int64{},
	}
}

// Open loads the registry kept in db, applying its migrations (component
// "registry", tables reg_*) first.
func Open(ctx context.Context, db *store.DB, opts Options) (*Registry, error) {
	sub, err := fs.Sub(migrations, "migrations")
	if err != nil {
		return nil, err
	}
	if err := db.Migrate(ctx, "registry", sub); err != nil {
		return nil, fmt.Errorf("registry: %w", err)
	}
	r := &Registry{
		db:          db,
		mirror:      opts.Mirror,
		now:         opts.Now,
		logf:        opts.Logf,
		investors:   map[string]Investor{},
		accounts:    map[string]Account{},
		byWallet:    map[common.Address]string{},
		invAccounts: map[string][]string{},
		tokens:      map[string]*tokenState{},
		mirrors:     map[mirrorKey]*mirrorRow{},
	}
	if r.now == nil {
		r.now = time.Now
	}
	if r.logf == nil {
		r.logf = log.Printf
	}
	if err := r.load(ctx); err != nil {
		return nil, fmt.Errorf("registry: load: %w", err)
	}
	return r, nil
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, err
	}
	return t.UTC(), nil
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func (r *Registry) load(ctx context.Context) error {
	db := r.db
	var toks []string
	if err := db.SelectContext(ctx, &toks, `SELECT symbol FROM reg_tokens`); err != nil {
		return err
	}
	for _, s := range toks {
		r.tokens[s] = newTokenState()
	}
	var invs []struct {
		ID      string `db:"id"`
		Country string `db:"country"`
		US      int64  `db:"us_person"`
		Class   string `db:"investor_class"`
		KYC     string `db:"kyc_status"`
		KYCExp  string `db:"kyc_expires_at"`
		Acc     int64  `db:"accredited"`
		AccExp  string `db:"accreditation_expires_at"`
	}
	if err := db.SelectContext(ctx, &invs, `SELECT id, country, us_person, investor_class, kyc_status, kyc_expires_at, accredited, accreditation_expires_at FROM reg_investors`); err != nil {
		return err
	}
	for _, row := range invs {
		inv := Investor{ID: row.ID, Country: row.Country, USPerson: row.US != 0, Class: row.Class,
			KYCStatus: row.KYC, Accredited: row.Acc != 0}
		var err error
		if inv.KYCExpiresAt, err = parseTime(row.KYCExp); err != nil {
			return fmt.Errorf("investor %s: %w", row.ID, err)
		}
		if inv.AccreditationExpiresAt, err = parseTime(row.AccExp); err != nil {
			return fmt.Errorf("investor %s: %w", row.ID, err)
		}
		r.investors[inv.ID] = inv
	}
	var accs []struct {
		ID     string `db:"id"`
		Inv    string `db:"investor_id"`
		Wallet string `db:"wallet"`
	}
	if err := db.SelectContext(ctx, &accs, `SELECT id, investor_id, wallet FROM reg_accounts`); err != nil {
		return err
	}
	for _, row := range accs {
		a := Account{ID: row.ID, InvestorID: row.Inv, Wallet: common.HexToAddress(row.Wallet)}
		r.accounts[a.ID] = a
		r.byWallet[a.Wallet] = a.ID
		r.invAccounts[a.InvestorID] = append(r.invAccounts[a.InvestorID], a.ID)
	}
	for _, ids := range r.invAccounts {
		sort.Strings(ids)
	}
	var locks []struct {
		Token  string `db:"token"`
		Inv    string `db:"investor_id"`
		Name   string `db:"name"`
		Qty    int64  `db:"quantity"`
		Until  string `db:"until_at"`
		Reason string `db:"reason"`
	}
	if err := db.SelectContext(ctx, &locks, `SELECT token, investor_id, name, quantity, until_at, reason FROM reg_locks`); err != nil {
		return err
	}
	for _, row := range locks {
		until, err := parseTime(row.Until)
		if err != nil {
			return fmt.Errorf("lock %s/%s/%s: %w", row.Token, row.Inv, row.Name, err)
		}
		ts := r.tokens[row.Token]
		if ts == nil {
			return fmt.Errorf("lock on unknown token %s", row.Token)
		}
		ts.position(row.Inv).locks[row.Name] = Lock{Name: row.Name, Quantity: row.Qty, Until: until, Reason: row.Reason}
	}
	var bals []struct {
		Token string `db:"token"`
		Acc   string `db:"account"`
		Qty   int64  `db:"quantity"`
	}
	if err := db.SelectContext(ctx, &bals, `SELECT token, account, quantity FROM reg_balances`); err != nil {
		return err
	}
	for _, row := range bals {
		ts := r.tokens[row.Token]
		if ts == nil {
			return fmt.Errorf("balance on unknown token %s", row.Token)
		}
		if row.Qty != 0 {
			ts.balances[row.Acc] = row.Qty
		}
	}
	var lots []struct {
		ID    int64  `db:"id"`
		Token string `db:"token"`
		Inv   string `db:"investor_id"`
		Qty   int64  `db:"quantity"`
		At    string `db:"acquired_at"`
	}
	if err := db.SelectContext(ctx, &lots, `SELECT id, token, investor_id, quantity, acquired_at FROM reg_lots ORDER BY id`); err != nil {
		return err
	}
	for _, row := range lots {
		at, err := parseTime(row.At)
		if err != nil {
			return fmt.Errorf("lot %d: %w", row.ID, err)
		}
		ts := r.tokens[row.Token]
		if ts == nil {
			return fmt.Errorf("lot on unknown token %s", row.Token)
		}
		p := ts.position(row.Inv)
		p.lots = append(p.lots, lot{id: row.ID, qty: row.Qty, at: at})
		p.balance += row.Qty
		r.nextLot = max(r.nextLot, row.ID)
	}
	// Lots are kept in acquisition order (ids only break ties).
	for sym, ts := range r.tokens {
		for invID, p := range ts.positions {
			slices.SortStableFunc(p.lots, func(a, b lot) int { return a.at.Compare(b.at) })
			var accSum int64
			for _, accID := range r.invAccounts[invID] {
				accSum += ts.balances[accID]
			}
			if accSum != p.balance {
				return fmt.Errorf("token %s investor %s: lots sum to %d, accounts to %d", sym, invID, p.balance, accSum)
			}
			ts.supply += p.balance
			if inv, ok := r.investors[invID]; ok {
				ts.apply(contribOf(inv, p.balance), 1)
			}
		}
	}
	var days []struct {
		Token string `db:"token"`
		Day   int64  `db:"day"`
		N     int64  `db:"n"`
	}
	if err := db.SelectContext(ctx, &days, `SELECT token, day, COUNT(*) AS n FROM reg_transfers GROUP BY token, day`); err != nil {
		return err
	}
	for _, row := range days {
		if ts := r.tokens[row.Token]; ts != nil {
			ts.daily[row.Day] = row.N
		}
	}
	var refs []struct {
		Token string `db:"token"`
		Ref   string `db:"ref"`
	}
	if err := db.SelectContext(ctx, &refs, db.Rebind(`SELECT token, ref FROM reg_transfers WHERE ref <> '' ORDER BY id DESC LIMIT ?`), recentRefs); err != nil {
		return err
	}
	for i := len(refs) - 1; i >= 0; i-- {
		r.remember(refs[i].Token, refs[i].Ref)
	}
	for _, q := range []struct {
		dst *int64
		sql string
	}{
		{&r.nextAudit, `SELECT COALESCE(MAX(id), 0) FROM reg_audit`},
		{&r.nextTransfer, `SELECT COALESCE(MAX(id), 0) FROM reg_transfers`},
		{&r.nextVersion, `SELECT COALESCE(MAX(version), 0) FROM reg_mirror`},
	} {
		if err := db.GetContext(ctx, q.dst, q.sql); err != nil {
			return err
		}
	}
	return r.loadMirror(ctx)
}

// recentRefs is how many recorded transfer refs the registry remembers in
// memory: far more than a settlement pipeline ever has in flight.
const recentRefs = 1 << 16

// remember notes a recorded transfer's ref, forgetting the oldest beyond
// recentRefs; call with mu write-locked (or before the registry is shared).
func (r *Registry) remember(token, ref string) {
	if ref == "" {
		return
	}
	if r.recent == nil {
		r.recent = map[tokAcc]struct{}{}
	}
	k := tokAcc{token, ref}
	if _, ok := r.recent[k]; ok {
		return
	}
	if len(r.recentQ) >= recentRefs {
		delete(r.recent, r.recentQ[0])
		r.recentQ = r.recentQ[1:]
	}
	r.recent[k] = struct{}{}
	r.recentQ = append(r.recentQ, k)
}

// position returns inv's position, creating it.
func (ts *tokenState) position(inv string) *position {
	p := ts.positions[inv]
	if p == nil {
		p = &position{locks: map[string]Lock{}}
		ts.positions[inv] = p
	}
	return p
}

// contrib is one investor's contribution to a token's holder statistics.
type contrib struct {
	holder  bool
	us      bool
	nonAcc  bool  // accredited flag false
	accExp  int64 // accreditation expiry (unix ns) when flag true; 0 none
	country string
}

func contribOf(inv Investor, balance int64) contrib {
	if balance <= 0 {
		return contrib{}
	}
	c := contrib{holder: true, us: inv.USPerson, nonAcc: !inv.Accredited, country: inv.Country}
	if inv.Accredited && !inv.AccreditationExpiresAt.IsZero() {
		c.accExp = nanos(inv.AccreditationExpiresAt)
	}
	return c
}

// apply adds (sign 1) or removes (sign -1) a contribution.
func (ts *tokenState) apply(c contrib, sign int64) {
	if !c.holder {
		return
	}
	ts.holders += sign
	if c.us {
		ts.usHolders += sign
	}
	if c.nonAcc {
		ts.nonAccFlag += sign
	}
	if n := ts.byCountry[c.country] + sign; n == 0 {
		delete(ts.byCountry, c.country)
	} else {
		ts.byCountry[c.country] = n
	}
	if c.accExp != 0 {
		i, found := slices.BinarySearch(ts.accExp, c.accExp)
		if sign > 0 {
			ts.accExp = slices.Insert(ts.accExp, i, c.accExp)
		} else if found {
			ts.accExp = slices.Delete(ts.accExp, i, i+1)
		}
	}
}

// nonAccredited is the number of holders not accredited at t (RULES.md: an
// accreditation expiring exactly at t is expired).
func (ts *tokenState) nonAccredited(t time.Time) int64 {
	at := nanos(t)
	n := sort.Search(len(ts.accExp), func(i int) bool { return ts.accExp[i] > at })
	return ts.nonAccFlag + int64(n)
}

var (
	minNanos = time.Unix(0, math.MinInt64)
	maxNanos = time.Unix(0, math.MaxInt64)
)

// nanos is t in unix nanoseconds, clamped to the int64 range (years 1678 to
// 2262), so that "never" entered as 9999-12-31 stays in the future.
func nanos(t time.Time) int64 {
	switch {
	case t.Before(minNanos):
		return math.MinInt64
	case t.After(maxNanos):
		return math.MaxInt64
	}
	return t.UnixNano()
}

// stats fills s with the token's statistics at t; the country map is a copy.
func (ts *tokenState) stats(t time.Time, s *abi.Stats) {
	s.Holders = ts.holders
	s.USHolders = ts.usHolders
	s.NonAccreditedHolders = ts.nonAccredited(t)
	s.TotalSupply = ts.supply
	s.DailyTransactions = ts.daily[utcDay(t)]
	if len(ts.byCountry) > 0 {
		s.HoldersByCountry = maps.Clone(ts.byCountry)
	}
}

// utcDay is the number of the UTC day of t since the unix epoch.
func utcDay(t time.Time) int64 {
	s := t.Unix()
	d := s / 86400
	if s%86400 < 0 {
		d--
	}
	return d
}

// write runs fn in one SQL transaction under the writer lock; fn returns the
// function that applies the change to memory, run under mu after the commit.
// Nothing is applied if fn or the commit fails.
func (r *Registry) write(ctx context.Context, fn func(tx *sqlx.Tx) (func(), error)) error {
	r.wmu.Lock()
	defer r.wmu.Unlock()
	tx, err := r.db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("registry: begin: %w", err)
	}
	apply, err := fn(tx)
	if err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("registry: commit: %w", err)
	}
	r.mu.Lock()
	apply()
	r.mu.Unlock()
	return nil
}

func exec(ctx context.Context, tx *sqlx.Tx, query string, args ...any) error {
	if _, err := tx.ExecContext(ctx, tx.Rebind(query), args...); err != nil {
		return fmt.Errorf("registry: %w", err)
	}
	return nil
}

// audit inserts an audit entry in tx; call with wmu held. An abandoned
// transaction leaves a gap in the ids, nothing else.
func (r *Registry) audit(ctx context.Context, tx *sqlx.Tx, actor, action, subject string, before, after any) error {
	b, err := json.Marshal(before)
	if err != nil {
		return fmt.Errorf("registry: audit: %w", err)
	}
	a, err := json.Marshal(after)
	if err != nil {
		return fmt.Errorf("registry: audit: %w", err)
	}
	id := r.nextAudit + 1
	if err := exec(ctx, tx, `INSERT INTO reg_audit (id, at, actor, action, subject, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		id, fmtTime(r.now()), actor, action, subject, string(b), string(a)); err != nil {
		return err
	}
	r.nextAudit = id
	return nil
}

// Record adds an audit entry for a change made outside the registry that
// belongs in the same trail (a token's rule set is bound in the rule host,
// by an issuer): who, what, on what subject, before and after (each
// marshalled to JSON).
func (r *Registry) Record(ctx context.Context, actor, action, subject string, before, after any) error {
	return r.write(ctx, func(tx *sqlx.Tx) (func(), error) {
		return func() {}, r.audit(ctx, tx, actor, action, subject, before, after)
	})
}

// Audit returns audit entries matching q, oldest first.
func (r *Registry) Audit(ctx context.Context, q AuditQuery) ([]AuditEntry, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 1000
	}
	query := `SELECT id, at, actor, action, subject, before_json, after_json FROM reg_audit WHERE id > ?`
	args := []any{q.AfterID}
	if q.Subject != "" {
		query += ` AND subject = ?`
		args = append(args, q.Subject)
	}
	if q.Action != "" {
		query += ` AND action = ?`
		args = append(args, q.Action)
	}
	query += ` ORDER BY id LIMIT ?`
	args = append(args, limit)
	var rows []struct {
		ID      int64  `db:"id"`
		At      string `db:"at"`
		Actor   string `db:"actor"`
		Action  string `db:"action"`
		Subject string `db:"subject"`
		Before  string `db:"before_json"`
		After   string `db:"after_json"`
	}
	if err := r.db.SelectContext(ctx, &rows, r.db.Rebind(query), args...); err != nil {
		return nil, fmt.Errorf("registry: audit: %w", err)
	}
	out := make([]AuditEntry, 0, len(rows))
	for _, row := range rows {
		at, err := parseTime(row.At)
		if err != nil {
			return nil, fmt.Errorf("registry: audit %d: %w", row.ID, err)
		}
		out = append(out, AuditEntry{ID: row.ID, At: at, Actor: row.Actor, Action: row.Action, Subject: row.Subject,
			Before: json.RawMessage(row.Before), After: json.RawMessage(row.After)})
	}
	return out, nil
}

func unknownToken(sym string) error {
	return engine.Errorf(engine.EUnknownToken, "unknown token %q", sym)
}

func unknownAccount(id string) error {
	return engine.Errorf(engine.EUnknownAcct, "unknown account %q", id)
}
