package settle

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/store"
)

// cashScale: the venue counts cents, the settlement token micro-dollars.
const cashScale = 10_000

var ruleSetHash = sha256.Sum256([]byte("ruleset ACME v1"))

// fixture is a simulated chain with ACME (security), RUSD (cash) and a DvP
// contract, investors with wallets, and a venue database.
type fixture struct {
	t          testing.TB
	ctx        context.Context
	sim        *contracts.Simulated
	chain      *flakyChain
	compliance *contracts.Key
	keys       map[string]*contracts.Key
	acme, usd  common.Address
	dvp        common.Address
	att        *contracts.Attester
	db         *store.DB
	checker    *denyChecker
	outcomes   *recorder
	clock      *clock
}

// investors of the fixture. Sellers hold ACME, buyers hold cash; "erin" is
// not on ACME's whitelist and "dave" has not approved any cash.
var (
	sellers = []string{"alice", "carol"}
	buyers  = []string{"bob", "dave", "erin"}
)

func newFixture(t testing.TB) *fixture {
	t.Helper()
	ctx := context.Background()
	f := &fixture{t: t, ctx: ctx, keys: map[string]*contracts.Key{}, checker: &denyChecker{deny: map[string]bool{}},
		outcomes: &recorder{}, clock: &clock{}}
	f.clock.set(time.Now())
	operator := mustKey(t)
	f.compliance = mustKey(t)
	var funded []common.Address
	for _, name := range append(append([]string{}, sellers...), buyers...) {
		k := mustKey(t)
		f.keys[name] = k
		funded = append(funded, k.Address())
	}
	sim, err := contracts.NewSimulated(operator, contracts.SimulatedOptions{Funded: funded})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	f.sim = sim
	f.chain = &flakyChain{Chain: sim, sim: sim}
	check := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	f.acme, err = sim.DeploySecurity(ctx, contracts.SecurityParams{Name: "Acme", Symbol: "ACME"})
	check(err)
	f.usd, err = sim.DeployCash(ctx, contracts.CashParams{Name: "Regula USD", Symbol: "RUSD"})
	check(err)
	f.dvp, err = sim.DeployDvP(ctx, f.compliance.Address())
	check(err)
	f.att = contracts.NewAttester(f.compliance, sim.ChainID(), f.dvp)
	for _, name := range sellers {
		k := f.keys[name]
		check(sim.RegisterInvestor(ctx, f.acme, k.Address(), contracts.Investor{Allowed: true, Country: "US"}))
		check(sim.MintSecurity(ctx, f.acme, k.Address(), 1_000_000))
		check(sim.Approve(ctx, k, f.acme, f.dvp, 1_000_000))
	}
	for _, name := range buyers {
		k := f.keys[name]
		if name != "erin" {
			check(sim.RegisterInvestor(ctx, f.acme, k.Address(), contracts.Investor{Allowed: true, Country: "DE"}))
		}
		check(sim.MintCash(ctx, f.usd, k.Address(), 1_000_000_000_000))
		if name != "dave" {
			check(sim.Approve(ctx, k, f.usd, f.dvp, 1_000_000_000_000))
		}
	}
	f.db, err = store.Open(ctx, filepath.Join(t.TempDir(), "venue.db"))
	check(err)
	t.Cleanup(func() { f.db.Close() })
	return f
}

func mustKey(t testing.TB) *contracts.Key {
	k, err := contracts.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// config is the pipeline's configuration over the fixture, with fast retries.
func (f *fixture) config() Config {
	return Config{
		DB: f.db, Chain: f.chain, DvP: f.dvp, Attester: f.att, Checker: f.checker,
		Wallets: WalletsFunc(func(_ context.Context, account string) (common.Address, error) {
			k, ok := f.keys[account]
			if !ok {
				return common.Address{}, fmt.Errorf("account %s: %w", account, ErrUnknown)
			}
			return k.Address(), nil
		}),
		Instruments: InstrumentsFunc(func(_ context.Context, symbol string) (Instrument, error) {
			if symbol != "ACME" {
				return Instrument{}, fmt.Errorf("token %s: %w", symbol, ErrUnknown)
			}
			return Instrument{Token: f.acme, Cash: f.usd, CashScale: cashScale}, nil
		}),
		Outcomes: f.outcomes,
		Now:      f.clock.now,
		RetryMin: 2 * time.Millisecond,
		RetryMax: 20 * time.Millisecond,
		Logf:     f.t.Logf,
	}
}

// open opens and starts a pipeline; it is closed at the end of the test.
func (f *fixture) open(cfg Config, h hooks) *Pipeline {
	f.t.Helper()
	p, err := Open(f.ctx, cfg)
	if err != nil {
		f.t.Fatal(err)
	}
	p.hooks = h
	if err := p.Start(f.ctx); err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(func() { p.Close() })
	return p
}

var tradeSeq atomic.Uint64

// trade is a venue trade of qty ACME at price cents from seller to buyer.
func trade(seller, buyer string, qty, price int64) engine.Trade {
	n := tradeSeq.Add(1)
	return engine.Trade{ID: "ACME-" + strconv.FormatUint(n, 10), Seq: n, Time: int64(n), Token: "ACME",
		BuyOrder: 2 * n, SellOrder: 2*n + 1, Buyer: buyer, Seller: seller, Price: price, Qty: qty,
		Amount: qty * price, Status: engine.TradePending}
}

func (f *fixture) balance(token common.Address, who string) int64 {
	f.t.Helper()
	b, err := f.sim.BalanceOf(f.ctx, token, f.keys[who].Address())
	if err != nil {
		f.t.Fatal(err)
	}
	return b
}

func (f *fixture) status(id string) contracts.TradeStatus {
	f.t.Helper()
	st, err := f.sim.TradeStatus(f.ctx, f.dvp, ChainTradeID("", id))
	if err != nil {
		f.t.Fatal(err)
	}
	return st
}

// waitFor polls cond until it holds, failing the test after 20 s.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) set(t time.Time) {
	c.mu.Lock()
	c.t = t
	c.mu.Unlock()
}

// denyChecker stands for the rule set at phase settlement: it denies any
// trade with a party on its deny list, as a sanctions module would, and a
// sale beyond what its seller may sell (holds, when set), counting the
// trades ahead as a lock-up module reading the context would.
type denyChecker struct {
	mu    sync.Mutex
	deny  map[string]bool
	holds map[string]int64 // seller -> quantity it may sell in all
	// sold, when set, is what a seller already sold (settled and reported).
	sold  func(seller string) int64
	fail  int // the next fail calls return an error (registry unavailable)
	calls int
}

func (c *denyChecker) CheckSettlement(_ context.Context, t engine.Trade, ahead []engine.Trade) (Verdict, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	if c.fail > 0 {
		c.fail--
		return Verdict{}, errors.New("registry unavailable")
	}
	if h, ok := c.holds[t.Seller]; ok {
		if c.sold != nil {
			h -= c.sold(t.Seller)
		}
		for _, a := range ahead {
			switch t.Seller {
			case a.Seller:
				h -= a.Qty
			case a.Buyer:
				h += a.Qty
			}
		}
		if t.Qty > h {
			return Verdict{Code: 31, Reason: fmt.Sprintf("seller %s may sell %d", t.Seller, h), Rule: "lockup@1.0.0", RuleSetHash: ruleSetHash}, nil
		}
	}
	switch {
	case c.deny[t.Seller]:
		return Verdict{Code: 12, Reason: "seller " + t.Seller + " is on the sanctions list", Rule: "sanctions@1.0.0", RuleSetHash: ruleSetHash}, nil
	case c.deny[t.Buyer]:
		return Verdict{Code: 13, Reason: "buyer " + t.Buyer + " is on the sanctions list", Rule: "sanctions@1.0.0", RuleSetHash: ruleSetHash}, nil
	}
	return Verdict{Allow: true, RuleSetHash: ruleSetHash}, nil
}

func (c *denyChecker) setDeny(account string) {
	c.mu.Lock()
	c.deny[account] = true
	c.mu.Unlock()
}

// outcome is one successful report to the venue.
type outcome struct {
	settled bool
	tx      common.Hash
	code    uint8
	reason  string
	rule    string
}

// recorder stands for the venue: it records every successful report, and can
// refuse the next few (venue unavailable).
type recorder struct {
	mu   sync.Mutex
	got  map[string][]outcome
	fail int
}

func (r *recorder) add(id string, o outcome) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.fail > 0 {
		r.fail--
		return errors.New("venue unavailable")
	}
	if r.got == nil {
		r.got = map[string][]outcome{}
	}
	r.got[id] = append(r.got[id], o)
	return nil
}

func (r *recorder) Settled(_ context.Context, id string, tx common.Hash) error {
	return r.add(id, outcome{settled: true, tx: tx})
}

func (r *recorder) Broken(_ context.Context, id string, code uint8, reason, rule string) error {
	return r.add(id, outcome{code: code, reason: reason, rule: rule})
}

// reports returns the reports of one trade.
func (r *recorder) reports(id string) []outcome {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]outcome(nil), r.got[id]...)
}

// count is the number of trades reported at least once.
func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.got)
}

// flakyChain wraps the simulated chain to fail calls on demand and to count
// what was sent.
type flakyChain struct {
	contracts.Chain
	sim *contracts.Simulated

	mu          sync.Mutex
	downSettle  int  // the next downSettle SettleBatch calls fail without sending
	lostSettle  int  // the next lostSettle SettleBatch calls send, then fail (answer lost)
	down        bool // SettleBatch always fails without sending
	downStatus  int  // the next downStatus TradeStatus calls fail
	sent        [][]contracts.TradeID
	lastResult  contracts.BatchResult
	settleCalls int
}

var errUnavailable = errors.New("chain unavailable")

func (c *flakyChain) SettleBatch(ctx context.Context, dvp common.Address, trades []contracts.SignedTrade) (contracts.BatchResult, error) {
	c.mu.Lock()
	c.settleCalls++
	if c.down || c.downSettle > 0 {
		if c.downSettle > 0 {
			c.downSettle--
		}
		c.mu.Unlock()
		return contracts.BatchResult{}, errUnavailable
	}
	lost := c.lostSettle > 0
	if lost {
		c.lostSettle--
	}
	ids := make([]contracts.TradeID, len(trades))
	for i, st := range trades {
		ids[i] = st.Trade.ID
	}
	c.sent = append(c.sent, ids)
	c.mu.Unlock()
	res, err := c.Chain.SettleBatch(ctx, dvp, trades)
	c.mu.Lock()
	c.lastResult = res
	c.mu.Unlock()
	if err == nil && lost {
		return contracts.BatchResult{}, fmt.Errorf("reading the receipt: %w", errUnavailable)
	}
	return res, err
}

func (c *flakyChain) TradeStatus(ctx context.Context, dvp common.Address, id contracts.TradeID) (contracts.TradeStatus, error) {
	c.mu.Lock()
	if c.downStatus > 0 {
		c.downStatus--
		c.mu.Unlock()
		return 0, errUnavailable
	}
	c.mu.Unlock()
	return c.Chain.TradeStatus(ctx, dvp, id)
}

// HeadTime exposes the simulated chain's clock, as the real adapters do.
func (c *flakyChain) HeadTime(ctx context.Context) (uint64, error) { return c.sim.HeadTime(ctx) }

// timesSent counts how many times a trade id went out in a SettleBatch.
func (c *flakyChain) timesSent(id string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	want, n := ChainTradeID("", id), 0
	for _, b := range c.sent {
		for _, x := range b {
			if x == want {
				n++
			}
		}
	}
	return n
}

func (c *flakyChain) set(fn func(c *flakyChain)) {
	c.mu.Lock()
	fn(c)
	c.mu.Unlock()
}
