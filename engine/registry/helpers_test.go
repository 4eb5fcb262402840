package registry

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules/abi"
)

var t0 = time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// fakeMirror records the entries it is sent and fails while fail is set.
type fakeMirror struct {
	mu    sync.Mutex
	fail  error
	calls int
	state map[mirrorKey]WhitelistEntry
}

func (m *fakeMirror) RegisterInvestor(_ context.Context, token string, wallet common.Address, e WhitelistEntry) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls++
	if m.fail != nil {
		return m.fail
	}
	if m.state == nil {
		m.state = map[mirrorKey]WhitelistEntry{}
	}
	m.state[mirrorKey{token, wallet}] = e
	return nil
}

func (m *fakeMirror) get(token string, w common.Address) (WhitelistEntry, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.state[mirrorKey{token, w}]
	return e, ok
}

func (m *fakeMirror) setFail(err error) {
	m.mu.Lock()
	m.fail = err
	m.mu.Unlock()
}

// env is a registry over a SQLite file in a temp dir.
type env struct {
	t      testing.TB
	path   string
	db     *store.DB
	r      *Registry
	clock  *clock
	mirror *fakeMirror
}

func newEnv(t testing.TB) *env {
	t.Helper()
	e := &env{t: t, path: filepath.Join(t.TempDir(), "venue.db"), clock: &clock{t: t0}, mirror: &fakeMirror{}}
	e.open()
	t.Cleanup(func() {
		if e.db != nil {
			e.db.Close()
		}
	})
	return e
}

func (e *env) open() {
	e.t.Helper()
	db, err := store.Open(context.Background(), e.path)
	if err != nil {
		e.t.Fatal(err)
	}
	r, err := Open(context.Background(), db, Options{Mirror: e.mirror, Now: e.clock.Now, Logf: func(string, ...any) {}})
	if err != nil {
		db.Close()
		e.t.Fatal(err)
	}
	e.db, e.r = db, r
}

func (e *env) reopen() {
	e.t.Helper()
	if err := e.db.Close(); err != nil {
		e.t.Fatal(err)
	}
	e.db = nil
	e.open()
}

func (e *env) must(err error) {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
}

var ctx = context.Background()

func wallet(n int) common.Address {
	var a common.Address
	a[0] = 0xAA
	a[18] = byte(n >> 8)
	a[19] = byte(n)
	return a
}

// investor is an approved, accredited US retail investor with one account
// "acc-<id>" and wallet n.
func (e *env) investor(id string, n int, mod func(*Investor)) {
	e.t.Helper()
	inv := Investor{ID: id, Country: "US", USPerson: true, Class: ClassRetail, KYCStatus: KYCApproved, Accredited: true}
	if mod != nil {
		mod(&inv)
	}
	e.must(e.r.PutInvestor(ctx, "issuer", inv))
	e.must(e.r.AddAccount(ctx, "issuer", Account{ID: "acc-" + id, InvestorID: id, Wallet: wallet(n)}))
}

func codeOf(err error) string {
	if err == nil {
		return ""
	}
	return engine.ErrorCode(err)
}

// dump is everything observable of a registry, as JSON, for comparisons.
func dump(t testing.TB, r *Registry, at time.Time) string {
	t.Helper()
	type tok struct {
		Symbol   string
		Holdings []Holding
		Stats    abi.Stats
	}
	var d struct {
		Investors []Investor
		Accounts  []Account
		Tokens    []tok
		Mirror    []MirrorStatus
	}
	d.Investors = r.Investors()
	for _, inv := range d.Investors {
		d.Accounts = append(d.Accounts, r.Accounts(inv.ID)...)
	}
	for _, s := range r.Tokens() {
		h, err := r.Holdings(s)
		if err != nil {
			t.Fatal(err)
		}
		st, err := r.Stats(s, at)
		if err != nil {
			t.Fatal(err)
		}
		d.Tokens = append(d.Tokens, tok{s, h, st})
	}
	d.Mirror = r.Mirrored()
	b, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// recompute derives a token's holder statistics from scratch (Holdings and
// Investors), the reference the incremental ones must equal.
func recompute(t testing.TB, r *Registry, token string, at time.Time) abi.Stats {
	t.Helper()
	hs, err := r.Holdings(token)
	if err != nil {
		t.Fatal(err)
	}
	s := abi.Stats{HoldersByCountry: map[string]int64{}}
	for _, h := range hs {
		var sum int64
		for _, q := range h.Accounts {
			sum += q
		}
		var lots int64
		for _, l := range h.Lots {
			lots += l.Quantity
			if l.Quantity <= 0 {
				t.Fatalf("%s: non-positive lot %+v", h.InvestorID, l)
			}
		}
		if sum != h.Balance || lots != h.Balance {
			t.Fatalf("%s: balance %d, accounts sum %d, lots sum %d", h.InvestorID, h.Balance, sum, lots)
		}
		if !sort.SliceIsSorted(h.Lots, func(i, j int) bool { return h.Lots[i].AcquiredAt.Before(h.Lots[j].AcquiredAt) }) {
			t.Fatalf("%s: lots out of order %+v", h.InvestorID, h.Lots)
		}
		s.TotalSupply += h.Balance
		if h.Balance == 0 {
			continue
		}
		inv, _ := r.Investor(h.InvestorID)
		p := abi.Party{Accredited: inv.Accredited, AccreditationExpiresAt: inv.AccreditationExpiresAt}
		s.Holders++
		if inv.USPerson {
			s.USHolders++
		}
		if !p.IsAccredited(at) {
			s.NonAccreditedHolders++
		}
		s.HoldersByCountry[inv.Country]++
	}
	if len(s.HoldersByCountry) == 0 {
		s.HoldersByCountry = nil
	}
	return s
}

func checkStats(t testing.TB, r *Registry, token string, at time.Time) abi.Stats {
	t.Helper()
	got, err := r.Stats(token, at)
	if err != nil {
		t.Fatal(err)
	}
	want := recompute(t, r, token, at)
	want.DailyTransactions = got.DailyTransactions
	gb, _ := json.Marshal(got)
	wb, _ := json.Marshal(want)
	if string(gb) != string(wb) {
		t.Fatalf("stats of %s at %s:\n got %s\nwant %s", token, at, gb, wb)
	}
	return got
}

func isCode(err error, code string) bool {
	var e *engine.Error
	return errors.As(err, &e) && e.Code == code
}
