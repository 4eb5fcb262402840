package issuer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/engine/internal/examplemods"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
)

var ctx = context.Background()

// venue is a compliance-aware venue settling on the embedded chain, with
// real modules, SQLite and the settlement pipeline.
type venue struct {
	t     *testing.T
	db    *store.DB
	comp  *contracts.Key
	rec   func([]engine.Event)
	ops   *issuer.Ops
	chain *contracts.Simulated
	keys  map[string]*contracts.Key
	mu    sync.Mutex
	now   time.Time
	evs   []engine.Event
	// ephemeral opens with ChainOptions.Ephemeral (the chain may be new).
	ephemeral bool
	// mirrorRefresh is ChainOptions.MirrorRefresh (0: the default).
	mirrorRefresh time.Duration
}

func (v *venue) events() []engine.Event {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]engine.Event(nil), v.evs...)
}

func (v *venue) clock() time.Time { v.mu.Lock(); defer v.mu.Unlock(); return v.now }

func (v *venue) must(err error) {
	v.t.Helper()
	if err != nil {
		v.t.Fatal(err)
	}
}

func newVenue(t *testing.T, onEvents func([]engine.Event)) *venue {
	t.Helper()
	v := &venue{t: t, keys: map[string]*contracts.Key{}, now: time.Now().UTC().Truncate(time.Second)}
	op, err := contracts.GenerateKey()
	v.must(err)
	comp, err := contracts.GenerateKey()
	v.must(err)
	v.chain, err = contracts.NewSimulated(op, contracts.SimulatedOptions{})
	v.must(err)
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "venue.db"))
	v.must(err)
	record := func(evs []engine.Event) {
		if onEvents != nil {
			onEvents(evs)
		}
		v.mu.Lock()
		v.evs = append(v.evs, evs...)
		v.mu.Unlock()
	}
	v.db, v.comp, v.rec = db, comp, record
	v.open()
	t.Cleanup(func() {
		v.ops.Close(ctx)
		db.Close()
		v.chain.Close()
	})
	for _, name := range []string{"kyc", "reg-d"} {
		u, err := examplemods.Upload(name)
		v.must(err)
		_, err = v.ops.Rules.Upload(ctx, *u)
		v.must(err)
	}
	return v
}

func (v *venue) open() {
	v.t.Helper()
	var err error
	v.ops, err = issuer.Open(ctx, v.db, issuer.Options{Now: v.clock, Venue: engine.Config{OnEvents: v.rec},
		Chain: &issuer.ChainOptions{Chain: v.chain, Compliance: v.comp, Ephemeral: v.ephemeral, MirrorRefresh: v.mirrorRefresh}})
	v.must(err)
}

// reopen closes the venue and opens it again on the same database and chain.
func (v *venue) reopen() {
	v.t.Helper()
	v.must(v.ops.Close(ctx))
	v.open()
}

func (v *venue) investor(id string, accredited bool, kycUntil time.Time) {
	v.t.Helper()
	v.must(v.ops.PutInvestor(ctx, "issuer", registry.Investor{ID: id, Country: "US", USPerson: true,
		Class: registry.ClassProfessional, KYCStatus: registry.KYCApproved, KYCExpiresAt: kycUntil, Accredited: accredited}))
	k, err := v.ops.AddCustodialAccount(ctx, "issuer", id, id)
	v.must(err)
	v.keys[id] = k
	v.must(v.ops.Deposit(ctx, id, "USD", 10_000_000))
}

// cross rests a sell of qty at price and crosses it with a buy; it returns
// the ids of the trades the buy made.
func (v *venue) cross(token, seller, buyer string, qty, price int64) []string {
	v.t.Helper()
	_, err := v.ops.Venue.Place(ctx, engine.PlaceOrder{Account: seller, Token: token, Side: book.Sell, Type: engine.Limit, TIF: book.GTC, Price: price, Qty: qty})
	v.must(err)
	evs, err := v.ops.Venue.Place(ctx, engine.PlaceOrder{Account: buyer, Token: token, Side: book.Buy, Type: engine.Limit, TIF: book.GTC, Price: price, Qty: qty})
	v.must(err)
	var ids []string
	for _, e := range evs {
		if e.Kind == engine.EvTrade {
			ids = append(ids, e.TradeID)
		}
	}
	return ids
}

// openWithoutChain reopens the venue on its database with no chain: trades
// match and stay pending settlement.
func (v *venue) openWithoutChain() {
	v.t.Helper()
	v.must(v.ops.Close(ctx))
	var err error
	v.ops, err = issuer.Open(ctx, v.db, issuer.Options{Now: v.clock, Venue: engine.Config{OnEvents: v.rec}})
	v.must(err)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 20s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func tradeStatus(v *venue, id string) engine.TradeStatus {
	tr, err := v.ops.Venue.Trade(id)
	if err != nil {
		return ""
	}
	return tr.Status
}

func TestRegDSaleSettlesOnChainAndCapTableAgrees(t *testing.T) {
	v := newVenue(t, nil)
	v.must(v.ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "ACME", Currency: "USD", TickSize: 1, LotSize: 1},
		Offering: abi.Offering{Exemption: "reg_d_506c", ClosedAt: v.now.AddDate(-2, 0, 0)}}))
	_, err := v.ops.BindRuleSet(ctx, "issuer", "ACME", []rules.Entry{{Module: "kyc@1.0.0"}, {Module: "reg-d@1.0.0"}})
	v.must(err)
	v.investor("seller", true, time.Time{})
	v.investor("buyer", true, time.Time{})
	// Lots minted two years ago are past Rule 144's holding period.
	v.mu.Lock()
	v.now = v.now.AddDate(-2, 0, 0)
	v.mu.Unlock()
	v.must(v.ops.Mint(ctx, "issuer", "ACME", "seller", 1000))
	v.mu.Lock()
	v.now = v.now.AddDate(2, 0, 0)
	v.mu.Unlock()

	_, err = v.ops.Venue.Place(ctx, engine.PlaceOrder{Account: "seller", Token: "ACME", Side: book.Sell, Type: engine.Limit, TIF: book.GTC, Price: 1250, Qty: 300})
	v.must(err)
	evs, err := v.ops.Venue.Place(ctx, engine.PlaceOrder{Account: "buyer", Token: "ACME", Side: book.Buy, Type: engine.Limit, TIF: book.GTC, Price: 1250, Qty: 300})
	v.must(err)
	var id string
	for _, e := range evs {
		if e.Kind == engine.EvTrade {
			id = e.TradeID
		}
	}
	if id == "" {
		t.Fatalf("no trade: %+v", evs)
	}
	waitFor(t, "settlement", func() bool { return tradeStatus(v, id) == engine.TradeSettled })

	// Chain, cap table and venue agree: reconciliation finds no drift.
	drift, err := v.ops.Registry.Reconcile(ctx, "ACME", func(c context.Context, w common.Address) (int64, error) {
		addr, _ := v.ops.TokenContract("ACME")
		return v.chain.BalanceOf(c, addr, w)
	})
	v.must(err)
	if len(drift) != 0 {
		t.Fatalf("cap table and chain drift: %+v", drift)
	}
	if got := v.ops.Registry.Balance("ACME", "buyer"); got != 300 {
		t.Fatalf("buyer's cap-table balance %d, want 300", got)
	}
	_, tokens, err := v.ops.Venue.Balances("buyer")
	v.must(err)
	if tokens["ACME"].Total != 300 {
		t.Fatalf("buyer's venue balance %+v, want 300", tokens["ACME"])
	}
}

func TestKYCExpiringBeforeSettlementBreaksTheTrade(t *testing.T) {
	// The buyer's KYC is valid when the orders match and has expired when
	// the pipeline re-checks at settlement: the venue clock jumps past the
	// expiry the moment the trade is published, before settlement sees it.
	var v *venue
	expiry := time.Now().UTC().Add(time.Hour)
	v = newVenue(t, func(evs []engine.Event) {
		for _, e := range evs {
			if e.Kind == engine.EvTrade {
				v.mu.Lock()
				v.now = expiry.Add(time.Minute)
				v.mu.Unlock()
			}
		}
	})
	v.must(v.ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "KYC", Currency: "USD", TickSize: 1, LotSize: 1}}))
	_, err := v.ops.BindRuleSet(ctx, "issuer", "KYC", []rules.Entry{{Module: "kyc@1.0.0"}})
	v.must(err)
	v.investor("seller", true, time.Time{})
	v.investor("buyer", true, expiry)
	v.must(v.ops.Mint(ctx, "issuer", "KYC", "seller", 1000))
	addr, ok := v.ops.TokenContract("KYC")
	if !ok {
		t.Fatal("no token contract")
	}
	before, err := v.chain.BalanceOf(ctx, addr, v.keys["seller"].Address())
	v.must(err)

	_, err = v.ops.Venue.Place(ctx, engine.PlaceOrder{Account: "seller", Token: "KYC", Side: book.Sell, Type: engine.Limit, TIF: book.GTC, Price: 100, Qty: 10})
	v.must(err)
	evs, err := v.ops.Venue.Place(ctx, engine.PlaceOrder{Account: "buyer", Token: "KYC", Side: book.Buy, Type: engine.Limit, TIF: book.GTC, Price: 100, Qty: 10})
	v.must(err)
	var id string
	for _, e := range evs {
		if e.Kind == engine.EvTrade {
			id = e.TradeID
		}
	}
	if id == "" {
		t.Fatalf("no trade: %+v", evs)
	}
	// Both parties are told the code and the rule (the event is published
	// after the status changes: wait for it); nothing moved on chain.
	var broken *engine.Event
	waitFor(t, "the break event", func() bool {
		for _, e := range v.events() {
			if e.Kind == engine.EvBroken && e.TradeID == id {
				broken = &e
			}
		}
		return broken != nil
	})
	if st := tradeStatus(v, id); st != engine.TradeFailed {
		t.Fatalf("trade %s is %s after its break event, want FAILED", id, st)
	}
	if broken == nil || broken.Code != "11" || broken.Rule != "kyc@1.0.0" {
		t.Fatalf("break event %+v, want code 11 by kyc@1.0.0", broken)
	}
	after, err := v.chain.BalanceOf(ctx, addr, v.keys["seller"].Address())
	v.must(err)
	if after != before {
		t.Fatalf("seller's chain balance %d -> %d: an asset moved", before, after)
	}
	if got := v.ops.Registry.Balance("KYC", "buyer"); got != 0 {
		t.Fatalf("buyer's cap-table balance %d, want 0", got)
	}
	_, tokens, err := v.ops.Venue.Balances("seller")
	v.must(err)
	if tokens["KYC"].Reserved != 0 || tokens["KYC"].Total != 1000 {
		t.Fatalf("seller's venue balance %+v: want 1000, nothing reserved", tokens["KYC"])
	}
}

// TestRestartMidSettlement closes the venue while trades are on their way
// to the chain and opens it again on the same database and chain: every trade
// settles exactly once, and chain, cap table and venue agree.
func TestRestartMidSettlement(t *testing.T) {
	v := newVenue(t, nil)
	v.must(v.ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "RST", Currency: "USD", TickSize: 1, LotSize: 1}}))
	_, err := v.ops.BindRuleSet(ctx, "issuer", "RST", []rules.Entry{{Module: "kyc@1.0.0"}})
	v.must(err)
	v.investor("seller", true, time.Time{})
	v.investor("buyer", true, time.Time{})
	v.must(v.ops.Mint(ctx, "issuer", "RST", "seller", 1000))
	const n = 30
	var ids []string
	for i := 0; i < n; i++ {
		ids = append(ids, v.cross("RST", "seller", "buyer", 10, 100)...)
	}
	v.reopen() // trades in every state: queued, attested, submitted, settled
	for _, id := range ids {
		waitFor(t, "settlement of "+id, func() bool { return tradeStatus(v, id) == engine.TradeSettled })
	}
	addr, _ := v.ops.TokenContract("RST")
	for acct, want := range map[string]int64{"seller": 1000 - 10*n, "buyer": 10 * n} {
		got, err := v.chain.BalanceOf(ctx, addr, v.keys[acct].Address())
		v.must(err)
		if got != want {
			t.Fatalf("%s holds %d on chain, want %d: a trade settled twice or not at all", acct, got, want)
		}
		if cap := v.ops.Registry.Balance("RST", acct); cap != want {
			t.Fatalf("%s holds %d in the cap table, want %d", acct, cap, want)
		}
	}
}

// TestRestartOnAFreshChainRebuildsIt is `regula serve` on the embedded
// chain: the venue closes with trades in flight, and opens again on a new,
// empty chain. The chain is rebuilt from the database (contracts, whitelist,
// approvals, balances), every trade settles exactly once on the new chain,
// and chain, cap table and venue agree.
func TestRestartOnAFreshChainRebuildsIt(t *testing.T) {
	v := newVenue(t, nil)
	v.must(v.ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "NEW", Currency: "USD", TickSize: 1, LotSize: 1}}))
	_, err := v.ops.BindRuleSet(ctx, "issuer", "NEW", []rules.Entry{{Module: "kyc@1.0.0"}})
	v.must(err)
	v.investor("seller", true, time.Time{})
	v.investor("buyer", true, time.Time{})
	v.must(v.ops.Mint(ctx, "issuer", "NEW", "seller", 1000))
	const n = 20
	var ids []string
	trade := func() {
		_, err := v.ops.Venue.Place(ctx, engine.PlaceOrder{Account: "seller", Token: "NEW", Side: book.Sell, Type: engine.Limit, TIF: book.GTC, Price: 100, Qty: 10})
		v.must(err)
		evs, err := v.ops.Venue.Place(ctx, engine.PlaceOrder{Account: "buyer", Token: "NEW", Side: book.Buy, Type: engine.Limit, TIF: book.GTC, Price: 100, Qty: 10})
		v.must(err)
		for _, e := range evs {
			if e.Kind == engine.EvTrade {
				ids = append(ids, e.TradeID)
			}
		}
	}
	for i := 0; i < n; i++ {
		trade()
	}
	// A holder whose KYC lapsed after it got its tokens: not whitelisted
	// any more, and still holding.
	v.investor("lapsed", true, time.Time{})
	v.must(v.ops.Mint(ctx, "issuer", "NEW", "lapsed", 70))
	inv, _ := v.ops.Registry.Investor("lapsed")
	inv.KYCStatus = registry.KYCRejected
	v.must(v.ops.PutInvestor(ctx, "issuer", inv))
	oldAddr, _ := v.ops.TokenContract("NEW")
	v.must(v.ops.Close(ctx))
	old := v.chain
	op, err := contracts.GenerateKey()
	v.must(err)
	v.chain, err = contracts.NewSimulated(op, contracts.SimulatedOptions{})
	v.must(err)
	t.Cleanup(func() { old.Close() })
	v.ephemeral = true
	v.open()
	trade() // a trade on the new chain only
	for _, id := range ids {
		waitFor(t, "settlement of "+id, func() bool { return tradeStatus(v, id) == engine.TradeSettled })
	}
	addr, ok := v.ops.TokenContract("NEW")
	if !ok || addr == oldAddr {
		t.Fatalf("token contract %s (ok %v): want a new one on the new chain (old %s)", addr, ok, oldAddr)
	}
	for acct, want := range map[string]int64{"seller": 1000 - 10*(n+1), "buyer": 10 * (n + 1), "lapsed": 70} {
		got, err := v.chain.BalanceOf(ctx, addr, v.keys[acct].Address())
		v.must(err)
		if got != want {
			t.Fatalf("%s holds %d on the new chain, want %d", acct, got, want)
		}
		if cap := v.ops.Registry.Balance("NEW", acct); cap != want {
			t.Fatalf("%s holds %d in the cap table, want %d", acct, cap, want)
		}
	}
	drift, err := v.ops.Registry.Reconcile(ctx, "NEW", func(c context.Context, w common.Address) (int64, error) {
		return v.chain.BalanceOf(c, addr, w)
	})
	v.must(err)
	if len(drift) != 0 {
		t.Fatalf("cap table and the rebuilt chain drift: %+v", drift)
	}
}

// TestWhitelistFollowsExpiries: a KYC that expires changes nothing in the
// registry, yet the chain's whitelist must drop the holder; the venue's
// periodic refresh does it.
func TestWhitelistFollowsExpiries(t *testing.T) {
	v := newVenue(t, nil)
	v.mirrorRefresh = 20 * time.Millisecond
	v.reopen()
	v.must(v.ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "EXP", Currency: "USD", TickSize: 1, LotSize: 1}}))
	v.investor("holder", true, v.clock().Add(time.Hour))
	v.must(v.ops.Mint(ctx, "issuer", "EXP", "holder", 100))
	addr, ok := v.ops.TokenContract("EXP")
	if !ok {
		t.Fatal("EXP has no contract")
	}
	allowed := func() bool {
		inv, err := v.chain.InvestorOf(ctx, addr, v.keys["holder"].Address())
		v.must(err)
		return inv.Allowed
	}
	if !allowed() {
		t.Fatal("holder not whitelisted while its KYC is valid")
	}
	v.mu.Lock()
	v.now = v.now.Add(2 * time.Hour)
	v.mu.Unlock()
	waitFor(t, "the lapsed holder off the whitelist", func() bool { return !allowed() })
}

// TestRuleSetBindingIsAudited: who bound which rule set, and what it
// replaced, is in the registry's audit trail.
func TestRuleSetBindingIsAudited(t *testing.T) {
	v := newVenue(t, nil)
	v.must(v.ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "AUD", Currency: "USD", TickSize: 1, LotSize: 1}}))
	_, err := v.ops.BindRuleSet(ctx, "key:first", "AUD", []rules.Entry{{Module: "kyc@1.0.0"}})
	v.must(err)
	second, err := v.ops.BindRuleSet(ctx, "key:second", "AUD", []rules.Entry{{Module: "kyc@1.0.0"}, {Module: "reg-d@1.0.0"}})
	v.must(err)
	got, err := v.ops.Registry.Audit(ctx, registry.AuditQuery{Subject: "AUD", Action: registry.ActionRuleSetBind})
	v.must(err)
	if len(got) != 2 || got[0].Actor != "key:first" || string(got[0].Before) != "null" || got[1].Actor != "key:second" {
		t.Fatalf("audit %+v", got)
	}
	var before, after rules.RuleSetInfo
	v.must(json.Unmarshal(got[1].Before, &before))
	v.must(json.Unmarshal(got[1].After, &after))
	if before.Version != 1 || len(before.Entries) != 1 || after.Version != 2 || after.Hash != second.Hash {
		t.Fatalf("second binding: before %+v after %+v", before, after)
	}
	// An unknown module binds nothing and records nothing.
	if _, err := v.ops.BindRuleSet(ctx, "key:third", "AUD", []rules.Entry{{Module: "nope@1.0.0"}}); err == nil {
		t.Fatal("bound an unknown module")
	}
	if got, _ := v.ops.Registry.Audit(ctx, registry.AuditQuery{Subject: "AUD", Action: registry.ActionRuleSetBind}); len(got) != 2 {
		t.Fatalf("after a refused binding: %+v", got)
	}
}

// TestMintRefusedOnChainWritesNothing: a mint the chain refuses (the holder
// is not whitelisted: KYC pending) leaves the cap table, the venue and the
// chain as they were, and says why.
func TestMintRefusedOnChainWritesNothing(t *testing.T) {
	v := newVenue(t, nil)
	v.must(v.ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "MNT", Currency: "USD", TickSize: 1, LotSize: 1}}))
	v.investor("pending", true, time.Time{})
	inv, _ := v.ops.Registry.Investor("pending")
	inv.KYCStatus = registry.KYCPending
	v.must(v.ops.PutInvestor(ctx, "issuer", inv))
	err := v.ops.Mint(ctx, "issuer", "MNT", "pending", 50)
	if err == nil || engine.ErrorCode(err) != engine.EInvalid {
		t.Fatalf("mint to a KYC-pending holder: %v", err)
	}
	if got := v.ops.Registry.Balance("MNT", "pending"); got != 0 {
		t.Fatalf("cap table holds %d", got)
	}
	if _, toks, _ := v.ops.Venue.Balances("pending"); toks["MNT"].Total != 0 {
		t.Fatalf("venue holds %d", toks["MNT"].Total)
	}
	if st, _ := v.ops.Stats("MNT"); st.TotalSupply != 0 || st.Holders != 0 {
		t.Fatalf("stats %+v", st)
	}
}

// TestCrashBetweenCapTableAndVenue: a settlement report is two writes, the
// cap table's transfer and then the venue's SETTLED, and a crash can fall
// between them. On restart the trade must read settled, not be checked
// again against a cap table that already counts it (reg-d would then find
// the seller's lots gone and break it) nor moved twice; the chain rebuilt
// from the venue's balances must agree with the cap table.
func TestCrashBetweenCapTableAndVenue(t *testing.T) {
	v := newVenue(t, nil)
	v.must(v.ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "CUT", Currency: "USD", TickSize: 1, LotSize: 1},
		Offering: abi.Offering{Exemption: "reg_d_506c", ClosedAt: v.now.AddDate(-2, 0, 0)}}))
	_, err := v.ops.BindRuleSet(ctx, "issuer", "CUT", []rules.Entry{{Module: "kyc@1.0.0"}, {Module: "reg-d@1.0.0"}})
	v.must(err)
	v.investor("seller", true, time.Time{})
	v.investor("buyer", true, time.Time{})
	v.mu.Lock()
	v.now = v.now.AddDate(-2, 0, 0)
	v.mu.Unlock()
	v.must(v.ops.Mint(ctx, "issuer", "CUT", "seller", 1000))
	v.mu.Lock()
	v.now = v.now.AddDate(2, 0, 0)
	v.mu.Unlock()

	// Trade with no chain attached, so nothing settles: both trades pend.
	v.openWithoutChain()
	var ids []string
	for _, q := range []int64{600, 400} {
		ids = append(ids, v.cross("CUT", "seller", "buyer", q, 100)...)
	}
	if len(ids) != 2 {
		t.Fatalf("trades %v, want 2", ids)
	}
	// The first trade's report got as far as the cap table, as
	// outcomes.Settled does, when the process died.
	first, err := v.ops.Venue.Trade(ids[0])
	v.must(err)
	v.must(v.ops.Registry.Transfer(ctx, registry.Transfer{Token: "CUT", Ref: first.ID, Seller: first.Seller, Buyer: first.Buyer,
		Quantity: first.Qty, Price: first.Price, At: v.clock()}))
	v.must(v.ops.Close(ctx))

	// Restart on a new embedded chain, rebuilt from the database.
	old := v.chain
	op, err := contracts.GenerateKey()
	v.must(err)
	v.chain, err = contracts.NewSimulated(op, contracts.SimulatedOptions{})
	v.must(err)
	t.Cleanup(func() { old.Close() })
	v.ephemeral = true
	v.open()
	for _, id := range ids {
		waitFor(t, "the end of "+id, func() bool { s := tradeStatus(v, id); return s == engine.TradeSettled || s == engine.TradeFailed })
		if tr, _ := v.ops.Venue.Trade(id); tr.Status != engine.TradeSettled {
			t.Fatalf("trade %s: %s, want settled (events %+v)", id, tr.Status, v.events())
		}
	}
	addr, _ := v.ops.TokenContract("CUT")
	for acct, want := range map[string]int64{"seller": 0, "buyer": 1000} {
		got, err := v.chain.BalanceOf(ctx, addr, v.keys[acct].Address())
		v.must(err)
		if got != want {
			t.Errorf("%s holds %d on chain, want %d", acct, got, want)
		}
		if cap := v.ops.Registry.Balance("CUT", acct); cap != want {
			t.Errorf("%s holds %d in the cap table, want %d", acct, cap, want)
		}
	}
	drift, err := v.ops.Reconcile(ctx, "CUT")
	v.must(err)
	if len(drift) != 0 {
		t.Fatalf("drift after the restart: %+v", drift)
	}
}

// TestCapsHoldAcrossTradesSettlingTogether: trades matched before any of
// them settled each pass the match check against the same cap table; the
// settlement re-check counts the ones ahead, so the holder cap and the lock
// hold, and the trade that would break them breaks.
func TestCapsHoldAcrossTradesSettlingTogether(t *testing.T) {
	v := newVenue(t, nil)
	for _, name := range []string{"caps", "lockup"} {
		u, err := examplemods.Upload(name)
		v.must(err)
		_, err = v.ops.Rules.Upload(ctx, *u)
		v.must(err)
	}
	v.must(v.ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "CAP", Currency: "USD", TickSize: 1, LotSize: 1}}))
	_, err := v.ops.BindRuleSet(ctx, "issuer", "CAP", []rules.Entry{{Module: "kyc@1.0.0"}, {Module: "caps@1.0.0", Config: json.RawMessage(`{"max_holders": 2}`)}, {Module: "lockup@1.0.0"}})
	v.must(err)
	for _, id := range []string{"seller", "b", "c"} {
		v.investor(id, true, time.Time{})
	}
	v.must(v.ops.Mint(ctx, "issuer", "CAP", "seller", 100))
	// 70 of the seller's 100 are locked: 30 may be sold.
	v.must(v.ops.SetLock(ctx, "issuer", "CAP", "seller", registry.Lock{Name: "founder", Quantity: 70, Until: v.now.AddDate(1, 0, 0), Reason: "founder"}))
	var ids []string
	for _, buyer := range []string{"b", "c", "b"} {
		// Two of 20 (40 > 30 unlocked) to two new holders (3 > 2 holders).
		ids = append(ids, v.cross("CAP", "seller", buyer, 20, 100)...)
	}
	settled := 0
	for _, id := range ids {
		waitFor(t, "the end of "+id, func() bool { s := tradeStatus(v, id); return s == engine.TradeSettled || s == engine.TradeFailed })
		if tradeStatus(v, id) == engine.TradeSettled {
			settled++
		}
	}
	if settled != 1 || len(ids) < 2 {
		t.Fatalf("%d of %d trades settled, want exactly 1 (30 unlocked, 2 holders at most)", settled, len(ids))
	}
	st, err := v.ops.Stats("CAP")
	v.must(err)
	if st.Holders > 2 || v.ops.Registry.Balance("CAP", "seller") < 70 {
		t.Fatalf("holders %d, seller holds %d: a cap or the lock was exceeded", st.Holders, v.ops.Registry.Balance("CAP", "seller"))
	}
	drift, err := v.ops.Reconcile(ctx, "CAP")
	v.must(err)
	if len(drift) != 0 {
		t.Fatalf("drift: %+v", drift)
	}
}

// TestSelfTradeBreaksWithoutHoldingUpOthers: an account that trades with
// itself (stp "none") makes a trade no chain can settle. It must break, and
// the trades handed over with it must still settle; the pipeline used to
// refuse the whole hand-over, and the venue retried it forever.
func TestSelfTradeBreaksWithoutHoldingUpOthers(t *testing.T) {
	v := newVenue(t, nil)
	v.must(v.ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "SLF", Currency: "USD", TickSize: 1, LotSize: 1}}))
	v.investor("a", true, time.Time{})
	v.investor("b", true, time.Time{})
	v.must(v.ops.Mint(ctx, "issuer", "SLF", "a", 100))
	_, err := v.ops.Venue.Place(ctx, engine.PlaceOrder{Account: "a", Token: "SLF", Side: book.Sell, Type: engine.Limit, TIF: book.GTC, Price: 100, Qty: 20})
	v.must(err)
	// a buys 10 from its own sell, then b buys the other 10.
	var ids []string
	for _, buyer := range []string{"a", "b"} {
		evs, err := v.ops.Venue.Place(ctx, engine.PlaceOrder{Account: buyer, Token: "SLF", Side: book.Buy, Type: engine.Limit, TIF: book.GTC, Price: 100, Qty: 10})
		v.must(err)
		for _, e := range evs {
			if e.Kind == engine.EvTrade {
				ids = append(ids, e.TradeID)
			}
		}
	}
	if len(ids) != 2 {
		t.Fatalf("trades %v, want 2", ids)
	}
	for i, want := range []engine.TradeStatus{engine.TradeFailed, engine.TradeSettled} {
		id := ids[i]
		waitFor(t, "the end of "+id, func() bool { return tradeStatus(v, id) == want })
	}
	cash, tokens, err := v.ops.Venue.Balances("a")
	v.must(err)
	if tokens["SLF"].Total != 90 || tokens["SLF"].Reserved != 0 || cash["USD"].Reserved != 0 {
		t.Fatalf("a's balances %+v %+v: the broken self-trade must release what it held", tokens, cash)
	}
}

// TestRuleSetSwapReachesPendingTrades: a rule set bound while trades are
// pending settlement is the one they meet at settlement. Trades matched
// under kyc alone, then caps with max_holders 1 bound: at settlement the
// new holder is over the cap and the trade breaks with 50 from caps@1.0.0.
func TestRuleSetSwapReachesPendingTrades(t *testing.T) {
	v := newVenue(t, nil)
	u, err := examplemods.Upload("caps")
	v.must(err)
	_, err = v.ops.Rules.Upload(ctx, *u)
	v.must(err)
	v.must(v.ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "SWP", Currency: "USD", TickSize: 1, LotSize: 1}}))
	_, err = v.ops.BindRuleSet(ctx, "issuer", "SWP", []rules.Entry{{Module: "kyc@1.0.0"}})
	v.must(err)
	v.investor("seller", true, time.Time{})
	v.investor("buyer", true, time.Time{})
	v.must(v.ops.Mint(ctx, "issuer", "SWP", "seller", 100))

	// Match with no chain attached, so the trade stays pending.
	v.openWithoutChain()
	traded := v.cross("SWP", "seller", "buyer", 10, 100)
	if len(traded) != 1 {
		t.Fatalf("trades %v under kyc alone, want 1", traded)
	}
	id := traded[0]
	_, err = v.ops.BindRuleSet(ctx, "issuer", "SWP", []rules.Entry{{Module: "kyc@1.0.0"}, {Module: "caps@1.0.0", Config: json.RawMessage(`{"max_holders": 1}`)}})
	v.must(err)
	v.must(v.ops.Close(ctx))
	v.open() // the chain again: the pending trade goes to settlement

	// The break's event is published once its command is durable, a little
	// after the trade reads FAILED: wait for the event.
	var broke *engine.Event
	waitFor(t, "the end of "+id, func() bool {
		for _, e := range v.events() {
			if e.Kind == engine.EvBroken && e.TradeID == id {
				broke = &e
			}
		}
		return broke != nil || tradeStatus(v, id) == engine.TradeSettled
	})
	if broke == nil || broke.Code != fmt.Sprint(abi.CodeMaxHolders) || broke.Rule != "caps@1.0.0" {
		t.Fatalf("trade %s: %s, break %+v; want a break with %d from caps@1.0.0", id, tradeStatus(v, id), broke, abi.CodeMaxHolders)
	}
	addr, _ := v.ops.TokenContract("SWP")
	if b, err := v.chain.BalanceOf(ctx, addr, v.keys["buyer"].Address()); err != nil || b != 0 {
		t.Fatalf("buyer holds %d on chain (%v): nothing may move", b, err)
	}
}

// TestCloseWhileTrading: closing the venue while trades are still being
// published must not panic (the settlement hand-over used to be closed
// before the venue's publisher stopped sending to it).
func TestCloseWhileTrading(t *testing.T) {
	v := newVenue(t, nil)
	v.must(v.ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "CLS", Currency: "USD", TickSize: 1, LotSize: 1}}))
	v.investor("a", true, time.Time{})
	v.investor("b", true, time.Time{})
	v.must(v.ops.Mint(ctx, "issuer", "CLS", "a", 1_000_000))
	for round := 0; round < 3; round++ {
		stop := make(chan struct{})
		done := make(chan struct{})
		ops := v.ops
		go func() {
			defer close(done)
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := ops.Venue.Place(ctx, engine.PlaceOrder{Account: "a", Token: "CLS", Side: book.Sell, Type: engine.Limit, TIF: book.GTC, Price: 1, Qty: 1}); err != nil {
					return // closed
				}
				if _, err := ops.Venue.Place(ctx, engine.PlaceOrder{Account: "b", Token: "CLS", Side: book.Buy, Type: engine.Limit, TIF: book.GTC, Price: 1, Qty: 1}); err != nil {
					return
				}
			}
		}()
		time.Sleep(200 * time.Millisecond)
		v.must(ops.Close(ctx))
		close(stop)
		<-done
		v.open()
	}
}
