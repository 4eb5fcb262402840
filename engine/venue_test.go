package engine_test

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/engine/store"
)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// harness is a venue on a real SQLite file.
type harness struct {
	t     *testing.T
	path  string
	db    *store.DB
	v     *engine.Venue
	clock *clock
	cfg   engine.Config
	// wrap, if set, wraps the SQLite journal on every open (crash tests).
	wrap func(engine.Journal) engine.Journal

	mu     sync.Mutex
	events []engine.Event
}

func newHarness(t *testing.T, cfg engine.Config) *harness {
	t.Helper()
	return newHarnessWrap(t, cfg, nil)
}

// newHarnessWrap is newHarness with the journal wrapped by wrap on every open.
func newHarnessWrap(t *testing.T, cfg engine.Config, wrap func(engine.Journal) engine.Journal) *harness {
	t.Helper()
	h := &harness{t: t, path: filepath.Join(t.TempDir(), "venue.db"),
		clock: &clock{t: time.Date(2027, 3, 1, 14, 30, 0, 0, time.UTC)}, cfg: cfg, wrap: wrap}
	h.open()
	t.Cleanup(func() { h.close() })
	return h
}

func (h *harness) open() {
	h.t.Helper()
	db, err := store.Open(context.Background(), h.path)
	if err != nil {
		h.t.Fatal(err)
	}
	cfg := h.cfg
	cfg.Journal = db.Journal(store.JournalConfig{})
	if h.wrap != nil {
		cfg.Journal = h.wrap(cfg.Journal)
	}
	cfg.Now = h.clock.Now
	cfg.OnEvents = func(evs []engine.Event) {
		h.mu.Lock()
		h.events = append(h.events, evs...)
		h.mu.Unlock()
	}
	v, err := engine.New(cfg)
	if err != nil {
		db.Close()
		h.t.Fatal(err)
	}
	h.db, h.v = db, v
}

func (h *harness) close() {
	if h.v == nil {
		return
	}
	if err := h.v.Close(); err != nil {
		h.t.Error(err)
	}
	h.db.Close()
	h.v, h.db = nil, nil
}

func (h *harness) restart() {
	h.close()
	h.open()
}

func (h *harness) must(err error) {
	h.t.Helper()
	if err != nil {
		h.t.Fatal(err)
	}
}

var ctx = context.Background()

// setup lists ACME (decimals 0, tick 5, lot 10) and funds accounts a, b, c
// with 1,000,000 USD cents and 10,000 ACME each.
func (h *harness) setup() {
	h.t.Helper()
	h.must(h.v.CreateToken(ctx, engine.TokenSpec{Symbol: "ACME", Currency: "USD", TickSize: 5, LotSize: 10,
		BandBps: 5000, MarketBandBps: 1000, CallPeriodMs: 1000}))
	for _, a := range []string{"a", "b", "c"} {
		h.must(h.v.CreateAccount(ctx, a))
		h.must(h.v.Deposit(ctx, a, "USD", 1_000_000))
		h.must(h.v.Credit(ctx, a, "ACME", 10_000))
	}
}

func (h *harness) place(acct string, side book.Side, price, qty int64) []engine.Event {
	h.t.Helper()
	evs, err := h.v.Place(ctx, engine.PlaceOrder{Account: acct, Token: "ACME", Side: side, Type: engine.Limit,
		TIF: book.GTC, Price: price, Qty: qty})
	if err != nil {
		h.t.Fatalf("place %s %v %d@%d: %v", acct, side, qty, price, err)
	}
	return evs
}

func (h *harness) audit() {
	h.t.Helper()
	if err := h.v.Audit(ctx); err != nil {
		h.t.Fatalf("audit: %v", err)
	}
}

func kinds(evs []engine.Event) []engine.EventKind {
	var out []engine.EventKind
	for _, e := range evs {
		out = append(out, e.Kind)
	}
	return out
}

func balance(t *testing.T, v *engine.Venue, acct, asset string, cash bool) engine.Balance {
	t.Helper()
	c, tok, err := v.Balances(acct)
	if err != nil {
		t.Fatal(err)
	}
	if cash {
		return c[asset]
	}
	return tok[asset]
}

func TestOrderLifecycleAndReservations(t *testing.T) {
	h := newHarness(t, engine.Config{})
	h.setup()

	sell := h.place("a", book.Sell, 100, 50)
	if got := kinds(sell); len(got) != 1 || got[0] != engine.EvAccepted {
		t.Fatalf("sell events %v", got)
	}
	if b := balance(t, h.v, "a", "ACME", false); b.Reserved != 50 {
		t.Fatalf("seller reserved %d, want 50", b.Reserved)
	}
	// A buy at 105 for 30 trades 30 at the resting price 100.
	buy := h.place("b", book.Buy, 105, 30)
	want := []engine.EventKind{engine.EvAccepted, engine.EvTrade, engine.EvFilled, engine.EvPartiallyFilled}
	if got := kinds(buy); len(got) != len(want) {
		t.Fatalf("buy events %v, want %v", got, want)
	} else {
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("buy events %v, want %v", got, want)
			}
		}
	}
	if tr := buy[1]; tr.Price != 100 || tr.Qty != 30 || tr.Buyer != "b" || tr.Seller != "a" {
		t.Fatalf("trade %+v", tr)
	}
	// The buyer reserved 30×105 and owes 30×100: 150 is released at once.
	if b := balance(t, h.v, "b", "USD", true); b.Reserved != 3000 {
		t.Fatalf("buyer reserved %d, want 3000 (the trade's cash)", b.Reserved)
	}
	// The seller still holds 20 on the book plus 30 owed to the trade.
	if b := balance(t, h.v, "a", "ACME", false); b.Reserved != 50 {
		t.Fatalf("seller reserved %d, want 50", b.Reserved)
	}
	o, err := h.v.Order("a", sell[0].OrderID)
	h.must(err)
	if o.Remaining != 20 || o.Filled != 30 || o.Status != engine.StatusOpen {
		t.Fatalf("resting sell %+v", o)
	}
	// Cancel releases what the order held; the trade's obligation stays.
	evs, err := h.v.Cancel(ctx, engine.CancelOrder{Account: "a", OrderID: o.ID})
	h.must(err)
	if len(evs) != 1 || evs[0].Kind != engine.EvCancelled || evs[0].Code != "user_cancel" {
		t.Fatalf("cancel events %+v", evs)
	}
	if b := balance(t, h.v, "a", "ACME", false); b.Reserved != 30 {
		t.Fatalf("seller reserved %d after cancel, want 30", b.Reserved)
	}
	if tr := h.v.Trades("ACME", 0); len(tr) != 1 || tr[0].Status != engine.TradePending || tr[0].Amount != 3000 {
		t.Fatalf("trades %+v", tr)
	}
	h.audit()
}

func TestBadInputIsRejectedWithoutTrace(t *testing.T) {
	h := newHarness(t, engine.Config{})
	h.setup()
	resting := h.place("a", book.Sell, 100, 10)
	h.must(func() error {
		_, err := h.v.Place(ctx, engine.PlaceOrder{Account: "a", Token: "ACME", ClientID: "c1", Side: book.Sell,
			Type: engine.Limit, TIF: book.GTC, Price: 200, Qty: 10})
		return err
	}())
	base := engine.PlaceOrder{Account: "b", Token: "ACME", Side: book.Buy, Type: engine.Limit, TIF: book.GTC, Price: 50, Qty: 10}
	with := func(f func(*engine.PlaceOrder)) engine.PlaceOrder { o := base; f(&o); return o }
	cases := []struct {
		name string
		o    engine.PlaceOrder
		code string
	}{
		{"zero qty", with(func(o *engine.PlaceOrder) { o.Qty = 0 }), engine.EBadQuantity},
		{"negative qty", with(func(o *engine.PlaceOrder) { o.Qty = -10 }), engine.EBadQuantity},
		{"off lot", with(func(o *engine.PlaceOrder) { o.Qty = 15 }), engine.EBadQuantity},
		{"off tick", with(func(o *engine.PlaceOrder) { o.Price = 52 }), engine.EBadPrice},
		{"zero price", with(func(o *engine.PlaceOrder) { o.Price = 0 }), engine.EBadPrice},
		{"unknown token", with(func(o *engine.PlaceOrder) { o.Token = "NOPE" }), engine.EUnknownToken},
		{"unknown account", with(func(o *engine.PlaceOrder) { o.Account = "zz" }), engine.EUnknownAcct},
		{"duplicate client id", with(func(o *engine.PlaceOrder) { o.Account, o.Side, o.ClientID, o.Price = "a", book.Sell, "c1", 300 }), engine.EDuplicate},
		{"overflow", with(func(o *engine.PlaceOrder) { o.Qty = 1 << 40; o.Price = 1 << 40 }), engine.EBadQuantity},
		{"insufficient cash", with(func(o *engine.PlaceOrder) { o.Qty = 1_000_000 }), engine.EInsufficient},
		{"insufficient tokens", with(func(o *engine.PlaceOrder) { o.Side, o.Qty = book.Sell, 20_000 }), engine.EInsufficient},
		{"gtd without expiry", with(func(o *engine.PlaceOrder) { o.TIF = book.GTD }), engine.EInvalid},
		{"gtd in the past", with(func(o *engine.PlaceOrder) { o.TIF, o.ExpiresAt = book.GTD, 1 }), engine.EInvalid},
		{"bad account id", with(func(o *engine.PlaceOrder) { o.Account = "a b" }), engine.EInvalid},
	}
	before := h.v.Orders("b", false)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := h.v.Place(ctx, c.o)
			if got := engine.ErrorCode(err); got != c.code {
				t.Fatalf("code %q (%v), want %q", got, err, c.code)
			}
		})
	}
	// Someone else's order.
	if _, err := h.v.Cancel(ctx, engine.CancelOrder{Account: "b", OrderID: resting[0].OrderID}); engine.ErrorCode(err) != engine.ENotOwner {
		t.Fatalf("cancel of another's order: %v", err)
	}
	if _, err := h.v.Amend(ctx, engine.AmendOrder{Account: "b", OrderID: resting[0].OrderID, Price: 100, Qty: 10}); engine.ErrorCode(err) != engine.ENotOwner {
		t.Fatalf("amend of another's order: %v", err)
	}
	if _, err := h.v.Cancel(ctx, engine.CancelOrder{Account: "a", OrderID: 999999}); engine.ErrorCode(err) != engine.EUnknownOrder {
		t.Fatalf("cancel of unknown order: %v", err)
	}
	if after := h.v.Orders("b", false); len(after) != len(before) {
		t.Fatalf("a rejected order left a trace: %+v", after)
	}
	if b := balance(t, h.v, "b", "USD", true); b.Reserved != 0 {
		t.Fatalf("a rejected order reserved cash: %+v", b)
	}
	h.audit()
}

func TestDecodePlace(t *testing.T) {
	cases := []struct {
		json, code string
	}{
		{`{"account":"a","token":"ACME","side":"buy","price":100,"qty":10}`, ""},
		{`{"account":"a","token":"ACME","side":"buy","type":"market","qty":10}`, ""},
		{`{"account":"a","token":"ACME","side":"hold","price":100,"qty":10}`, engine.EInvalid},
		{`{"account":"a","token":"ACME","side":"buy","price":100,"qty":0}`, engine.EBadQuantity},
		{`{"account":"a","token":"ACME","side":"buy","price":100,"qty":99999999999999999999}`, engine.EBadQuantity},
		{`{"account":"a","token":"ACME","side":"buy","price":100,"qty":1.5}`, engine.EBadQuantity},
		{`{"account":"a","token":"ACME","side":"buy","price":100,"qty":10,"extra":1}`, engine.EInvalid},
		{`{"account":"a","token":"ACME","side":"buy","price":100,"qty":10}{}`, engine.EInvalid},
		{`{"account":"a","token":"ACME","side":"buy","type":"market","post_only":true,"qty":10}`, engine.EInvalid},
		{`not json`, engine.EInvalid},
	}
	for _, c := range cases {
		_, err := engine.DecodePlace([]byte(c.json))
		if got := ""; err != nil {
			got = engine.ErrorCode(err)
			if got != c.code {
				t.Errorf("%s: code %q (%v), want %q", c.json, got, err, c.code)
			}
		} else if c.code != "" {
			t.Errorf("%s: accepted, want %q", c.json, c.code)
		}
	}
}

func TestEligibilitySkipsPairAndFillsNext(t *testing.T) {
	// Account "c" may not trade with "b": b's buy skips c's better offer and
	// fills against a's.
	var h *harness
	h = newHarness(t, engine.Config{Eligibility: func(string) book.Eligibility {
		return func(taker, maker *book.Order, qty int64) uint8 {
			if taker.Account == 2 && maker.Account == 3 || taker.Account == 3 && maker.Account == 2 {
				return 40
			}
			return 0
		}
	}})
	h.setup()
	cOffer := h.place("c", book.Sell, 100, 10)
	aOffer := h.place("a", book.Sell, 105, 10)
	evs := h.place("b", book.Buy, 110, 10)
	var skipped, traded bool
	for _, e := range evs {
		if e.Kind == engine.EvSkipped && e.Maker == cOffer[0].OrderID && e.Code == "40" {
			skipped = true
		}
		if e.Kind == engine.EvTrade && e.Maker == aOffer[0].OrderID && e.Price == 105 {
			traded = true
		}
	}
	if !skipped || !traded {
		t.Fatalf("want a skip of c's offer and a trade with a's: %+v", evs)
	}
	if o, _ := h.v.Order("c", cOffer[0].OrderID); o.Status != engine.StatusOpen || o.Remaining != 10 {
		t.Fatalf("c's offer should keep its place: %+v", o)
	}
	h.audit()
}

func TestMarketOrderProtectionAndHalt(t *testing.T) {
	h := newHarness(t, engine.Config{})
	h.setup()
	// No reference price yet.
	_, err := h.v.Place(ctx, engine.PlaceOrder{Account: "b", Token: "ACME", Side: book.Buy, Type: engine.Market, TIF: book.IOC, Qty: 10})
	if engine.ErrorCode(err) != engine.ENoReference {
		t.Fatalf("market order without a reference: %v", err)
	}
	h.place("a", book.Sell, 100, 10)
	h.place("b", book.Buy, 100, 10) // reference 100
	h.place("a", book.Sell, 105, 10)
	h.place("a", book.Sell, 140, 10) // beyond the 10% protection band, inside the 50% price band
	evs, err := h.v.Place(ctx, engine.PlaceOrder{Account: "b", Token: "ACME", Side: book.Buy, Type: engine.Market, TIF: book.IOC, Qty: 20})
	h.must(err)
	var filled, cancelled int64
	for _, e := range evs {
		if e.Kind == engine.EvTrade {
			filled += e.Qty
			if e.Price > 110 {
				t.Fatalf("market order traded beyond its protection price: %+v", e)
			}
		}
		if e.Kind == engine.EvCancelled && e.OrderID == evs[0].OrderID {
			cancelled += e.Qty
		}
	}
	if filled != 10 || cancelled != 10 {
		t.Fatalf("filled %d cancelled %d, want 10 and 10: %+v", filled, cancelled, evs)
	}
	h.audit()

	_, err = h.v.SetMode(ctx, "ACME", book.Halted)
	h.must(err)
	_, err = h.v.Place(ctx, engine.PlaceOrder{Account: "b", Token: "ACME", Side: book.Buy, Type: engine.Limit, TIF: book.GTC, Price: 100, Qty: 10})
	if engine.ErrorCode(err) != engine.EHalted {
		t.Fatalf("order while halted: %v", err)
	}
	open := h.v.Orders("a", true)
	if len(open) != 1 {
		t.Fatalf("open orders %+v", open)
	}
	if _, err := h.v.Cancel(ctx, engine.CancelOrder{Account: "a", OrderID: open[0].ID}); err != nil {
		t.Fatalf("cancel while halted: %v", err)
	}
	h.audit()
}

func TestGTDExpiresAndAuctionUncrosses(t *testing.T) {
	h := newHarness(t, engine.Config{})
	h.setup()
	exp := h.clock.Now().Add(50 * time.Millisecond).UnixNano()
	evs, err := h.v.Place(ctx, engine.PlaceOrder{Account: "a", Token: "ACME", Side: book.Sell, Type: engine.Limit,
		TIF: book.GTD, Price: 100, Qty: 10, ExpiresAt: exp})
	h.must(err)
	id := evs[0].OrderID
	h.clock.Add(time.Second)
	waitFor(t, func() bool { o, _ := h.v.Order("a", id); return o.Status == engine.StatusExpired })
	if b := balance(t, h.v, "a", "ACME", false); b.Reserved != 0 {
		t.Fatalf("expired order still reserves %d", b.Reserved)
	}

	_, err = h.v.SetMode(ctx, "ACME", book.Auction)
	h.must(err)
	h.place("a", book.Sell, 100, 20)
	h.place("b", book.Buy, 110, 10)
	h.place("c", book.Buy, 105, 10)
	if len(h.v.Trades("ACME", 0)) != 0 {
		t.Fatal("traded during the call")
	}
	h.clock.Add(2 * time.Second)
	waitFor(t, func() bool { return len(h.v.Trades("ACME", 0)) == 2 })
	for _, tr := range h.v.Trades("ACME", 0) {
		if tr.Price != h.v.Trades("ACME", 0)[0].Price {
			t.Fatalf("uncross at more than one price: %+v", h.v.Trades("ACME", 0))
		}
	}
	h.audit()
}

// waitFor polls cond until it holds or 5 s pass.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 5s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestAmendReservesAndReleases(t *testing.T) {
	h := newHarness(t, engine.Config{})
	h.setup()
	evs := h.place("b", book.Buy, 100, 100) // holds 10,000
	id := evs[0].OrderID
	_, err := h.v.Amend(ctx, engine.AmendOrder{Account: "b", OrderID: id, Price: 100, Qty: 50})
	h.must(err)
	if b := balance(t, h.v, "b", "USD", true); b.Reserved != 5000 {
		t.Fatalf("after size down: reserved %d, want 5000", b.Reserved)
	}
	_, err = h.v.Amend(ctx, engine.AmendOrder{Account: "b", OrderID: id, Price: 200, Qty: 50})
	h.must(err)
	if b := balance(t, h.v, "b", "USD", true); b.Reserved != 10000 {
		t.Fatalf("after price up: reserved %d, want 10000", b.Reserved)
	}
	_, err = h.v.Amend(ctx, engine.AmendOrder{Account: "b", OrderID: id, Price: 200, Qty: 100_000})
	if engine.ErrorCode(err) != engine.EInsufficient {
		t.Fatalf("amend beyond the cash: %v", err)
	}
	h.audit()
}

func TestRestartKeepsEverything(t *testing.T) {
	h := newHarness(t, engine.Config{SnapshotEvery: 7})
	h.setup()
	h.place("a", book.Sell, 100, 50)
	h.place("b", book.Buy, 100, 20)
	h.place("c", book.Buy, 95, 30)
	before, err := h.v.Depth(ctx, "ACME", 10)
	h.must(err)
	trades := h.v.Trades("", 0)
	h.restart()
	after, err := h.v.Depth(ctx, "ACME", 10)
	h.must(err)
	if !equalDepth(before, after) {
		t.Fatalf("book before %+v, after %+v", before, after)
	}
	if got := h.v.Trades("", 0); len(got) != len(trades) {
		t.Fatalf("trades before %d, after %d", len(trades), len(got))
	}
	h.audit()
	// The venue goes on after a restart: new ids do not collide.
	evs := h.place("a", book.Sell, 120, 10)
	if evs[0].Kind != engine.EvAccepted {
		t.Fatalf("after restart: %+v", evs)
	}
	h.audit()
}

func equalDepth(a, b engine.Depth) bool {
	if len(a.Bids) != len(b.Bids) || len(a.Asks) != len(b.Asks) || a.Mode != b.Mode {
		return false
	}
	for i := range a.Bids {
		if a.Bids[i] != b.Bids[i] {
			return false
		}
	}
	for i := range a.Asks {
		if a.Asks[i] != b.Asks[i] {
			return false
		}
	}
	return true
}

func TestClosedVenueRefuses(t *testing.T) {
	h := newHarness(t, engine.Config{})
	h.setup()
	h.close()
	db, err := store.Open(ctx, h.path)
	h.must(err)
	defer db.Close()
	v, err := engine.New(engine.Config{Journal: db.Journal(store.JournalConfig{})})
	h.must(err)
	h.must(v.Close())
	_, err = v.Place(ctx, engine.PlaceOrder{Account: "a", Token: "ACME", Side: book.Buy, Type: engine.Limit, TIF: book.GTC, Price: 100, Qty: 10})
	var e *engine.Error
	if !errors.As(err, &e) || e.Code != engine.EUnavailable {
		t.Fatalf("place on a closed venue: %v", err)
	}
}

func TestSettleAndBreakTrades(t *testing.T) {
	h := newHarness(t, engine.Config{})
	h.setup()
	h.place("a", book.Sell, 100, 20)
	h.place("b", book.Buy, 100, 10)
	h.place("c", book.Buy, 100, 10)
	trades := h.v.Trades("ACME", 0)
	if len(trades) != 2 {
		t.Fatalf("trades %+v", trades)
	}
	evs, err := h.v.SettleTrade(ctx, trades[0].ID)
	h.must(err)
	if len(evs) != 1 || evs[0].Kind != engine.EvSettled {
		t.Fatalf("settle events %+v", evs)
	}
	if b := balance(t, h.v, "b", "ACME", false); b.Total != 10_010 {
		t.Fatalf("buyer tokens %+v, want 10010", b)
	}
	if b := balance(t, h.v, "b", "USD", true); b.Total != 999_000 || b.Reserved != 0 {
		t.Fatalf("buyer cash %+v", b)
	}
	if b := balance(t, h.v, "a", "USD", true); b.Total != 1_001_000 {
		t.Fatalf("seller cash %+v", b)
	}
	evs, err = h.v.BreakTrade(ctx, trades[1].ID, 11, "buyer KYC expired", "kyc@1.0.0")
	h.must(err)
	if len(evs) != 1 || evs[0].Kind != engine.EvBroken || evs[0].Code != "11" || evs[0].Rule != "kyc@1.0.0" {
		t.Fatalf("break events %+v", evs)
	}
	if b := balance(t, h.v, "c", "USD", true); b.Total != 1_000_000 || b.Reserved != 0 {
		t.Fatalf("broken buyer's cash %+v", b)
	}
	if b := balance(t, h.v, "a", "ACME", false); b.Total != 9_990 || b.Reserved != 0 {
		t.Fatalf("seller tokens %+v, want 9990 and nothing reserved", b)
	}
	if _, err := h.v.SettleTrade(ctx, trades[1].ID); engine.ErrorCode(err) != engine.ETradeDone {
		t.Fatalf("settling a broken trade: %v", err)
	}
	if _, err := h.v.SettleTrade(ctx, "nope"); engine.ErrorCode(err) != engine.EUnknownTrade {
		t.Fatalf("settling an unknown trade: %v", err)
	}
	h.audit()
	h.restart()
	if got := h.v.Trades("ACME", 0); got[0].Status != engine.TradeSettled || got[1].Status != engine.TradeFailed {
		t.Fatalf("after restart: %+v", got)
	}
	h.audit()
}

// TestGTDOrdersExpireInTurn: after a tick expired the first GTD order, the
// venue forgot the later ones, which then outlived their time in force.
func TestGTDOrdersExpireInTurn(t *testing.T) {
	h := newHarness(t, engine.Config{})
	h.setup()
	now := h.clock.Now()
	place := func(d time.Duration) uint64 {
		t.Helper()
		evs, err := h.v.Place(ctx, engine.PlaceOrder{Account: "a", Token: "ACME", Side: book.Buy, Type: engine.Limit,
			TIF: book.GTD, Price: 100, Qty: 10, ExpiresAt: now.Add(d).UnixNano()})
		h.must(err)
		return evs[0].OrderID
	}
	expired := func(id uint64) func() bool {
		return func() bool { o, err := h.v.Order("a", id); return err == nil && o.Status == engine.StatusExpired }
	}
	first, second, third := place(time.Millisecond), place(3*time.Millisecond), place(5*time.Millisecond)
	h.clock.Add(2 * time.Millisecond)
	waitFor(t, expired(first))
	h.restart() // the venue must rebuild its expiry times from the snapshot
	h.clock.Add(2 * time.Millisecond)
	waitFor(t, expired(second))
	h.clock.Add(2 * time.Millisecond)
	waitFor(t, expired(third))
	h.audit()
}

// TestMarketBandDefault: a token listed without a market band gets
// DefaultMarketBandBps, so a market sell reaches a bid below the last price
// (with a band of 0 it could trade only at the last price itself).
func TestMarketBandDefault(t *testing.T) {
	h := newHarness(t, engine.Config{})
	h.must(h.v.CreateToken(ctx, engine.TokenSpec{Symbol: "NOB", Currency: "USD", TickSize: 1, LotSize: 1}))
	for _, a := range []string{"a", "b"} {
		h.must(h.v.CreateAccount(ctx, a))
		h.must(h.v.Deposit(ctx, a, "USD", 1_000_000))
		h.must(h.v.Credit(ctx, a, "NOB", 1_000))
	}
	if got := h.v.Tokens()[0].MarketBandBps; got != engine.DefaultMarketBandBps {
		t.Fatalf("market band %d, want %d", got, engine.DefaultMarketBandBps)
	}
	for _, o := range []engine.PlaceOrder{
		{Account: "a", Token: "NOB", Side: book.Sell, Type: engine.Limit, TIF: book.GTC, Price: 835, Qty: 1},
		{Account: "b", Token: "NOB", Side: book.Buy, Type: engine.Limit, TIF: book.GTC, Price: 835, Qty: 1}, // reference 835
		{Account: "b", Token: "NOB", Side: book.Buy, Type: engine.Limit, TIF: book.GTC, Price: 833, Qty: 5},
	} {
		_, err := h.v.Place(ctx, o)
		h.must(err)
	}
	evs, err := h.v.Place(ctx, engine.PlaceOrder{Account: "a", Token: "NOB", Side: book.Sell, Type: engine.Market, TIF: book.IOC, Qty: 5})
	h.must(err)
	var filled int64
	for _, e := range evs {
		if e.Kind == engine.EvTrade {
			filled += e.Qty
		}
	}
	if filled != 5 {
		t.Fatalf("market sell filled %d of 5 against a bid 2 below the last price: %+v", filled, evs)
	}
}
