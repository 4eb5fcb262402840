package settle

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/store"
)

// settledOnce checks that every trade was reported settled exactly once, with
// a transaction hash, and is settled on chain.
func (f *fixture) settledOnce(trades []engine.Trade) {
	f.t.Helper()
	for _, tr := range trades {
		got := f.outcomes.reports(tr.ID)
		if len(got) != 1 || !got[0].settled {
			f.t.Fatalf("trade %s: reports %+v, want one settled", tr.ID, got)
		}
		if got[0].tx == (common.Hash{}) {
			f.t.Errorf("trade %s: settled without a transaction hash", tr.ID)
		}
		if st := f.status(tr.ID); st != contracts.StatusSettled {
			f.t.Errorf("trade %s: chain status %d, want settled", tr.ID, st)
		}
	}
}

func TestBatchSettles(t *testing.T) {
	f := newFixture(t)
	p := f.open(f.config(), hooks{})
	var trades []engine.Trade
	var qty, cash int64
	for i := range 5 {
		tr := trade("alice", "bob", int64(10+i), 1250)
		trades = append(trades, tr)
		qty += tr.Qty
		cash += tr.Amount * cashScale
	}
	aliceACME, bobUSD := f.balance(f.acme, "alice"), f.balance(f.usd, "bob")
	if err := p.Submit(f.ctx, trades...); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "5 trades reported", func() bool { return p.Stats().Settled == 5 })
	f.settledOnce(trades)
	if got := f.balance(f.acme, "bob"); got != qty {
		t.Errorf("bob holds %d ACME, want %d", got, qty)
	}
	if got := f.balance(f.acme, "alice"); got != aliceACME-qty {
		t.Errorf("alice holds %d ACME, want %d", got, aliceACME-qty)
	}
	if got := f.balance(f.usd, "alice"); got != cash {
		t.Errorf("alice received %d micro-USD, want %d", got, cash)
	}
	if got := f.balance(f.usd, "bob"); got != bobUSD-cash {
		t.Errorf("bob has %d micro-USD, want %d", got, bobUSD-cash)
	}
	s := p.Stats()
	if s.Batches != 1 || s.InFlight() != 0 || s.Failed != 0 || s.Errors != 0 {
		t.Errorf("stats %+v, want one batch, nothing in flight, no failures", s)
	}
	// One transaction for the five.
	tx := f.outcomes.reports(trades[0].ID)[0].tx
	for _, tr := range trades[1:] {
		if got := f.outcomes.reports(tr.ID)[0].tx; got != tx {
			t.Errorf("trade %s settled in %s, want %s", tr.ID, got, tx)
		}
	}
}

func TestBatchesAreBounded(t *testing.T) {
	f := newFixture(t)
	cfg := f.config()
	cfg.BatchSize = 4
	p := f.open(cfg, hooks{})
	var trades []engine.Trade
	for range 10 {
		trades = append(trades, trade("carol", "bob", 1, 100))
	}
	if err := p.Submit(f.ctx, trades...); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "10 trades settled", func() bool { return p.Stats().Settled == 10 })
	f.settledOnce(trades)
	f.chain.mu.Lock()
	defer f.chain.mu.Unlock()
	for _, b := range f.chain.sent {
		if len(b) > 4 {
			t.Errorf("a batch of %d trades, want at most 4", len(b))
		}
	}
	if len(f.chain.sent) != 3 {
		t.Errorf("%d batches, want 3", len(f.chain.sent))
	}
}

func TestDenyAtSettlementBreaks(t *testing.T) {
	f := newFixture(t)
	f.checker.setDeny("dave")
	p := f.open(f.config(), hooks{})
	ok, denied := trade("alice", "bob", 7, 100), trade("alice", "dave", 5, 100)
	if err := p.Submit(f.ctx, ok, denied); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "both reported", func() bool { return f.outcomes.count() == 2 })
	got := f.outcomes.reports(denied.ID)
	if len(got) != 1 || got[0].settled || got[0].code != 13 || got[0].rule != "sanctions@1.0.0" ||
		!strings.Contains(got[0].reason, "dave") {
		t.Fatalf("denied trade reports %+v, want one break with code 13 by sanctions@1.0.0", got)
	}
	f.settledOnce([]engine.Trade{ok})
	if b := f.balance(f.acme, "dave"); b != 0 {
		t.Errorf("dave holds %d ACME after a deny", b)
	}
	// Nothing was signed for the denied trade, so nothing happened on chain.
	if st := f.status(denied.ID); st != contracts.StatusNone {
		t.Errorf("denied trade's chain status %d, want none", st)
	}
	if n := f.chain.timesSent(denied.ID); n != 0 {
		t.Errorf("denied trade sent %d times", n)
	}
	waitFor(t, "stats", func() bool { s := p.Stats(); return s.Failed == 1 && s.Settled == 1 })
}

// TestBatchIsCheckedInOrder: trades that settle together are each checked
// as if the ones approved before them had settled, so a seller cannot sell
// more than it may by splitting a sale across one batch, nor across batches
// in flight together.
func TestBatchIsCheckedInOrder(t *testing.T) {
	f := newFixture(t)
	// One batch: 4 + 4 pass, the third 4 would make 12. A second batch while
	// the first is still in flight (the chain is down): 2 more fit, 1 does not.
	first := []engine.Trade{trade("alice", "bob", 4, 100), trade("alice", "bob", 4, 100), trade("alice", "bob", 4, 100)}
	second := []engine.Trade{trade("alice", "bob", 2, 100), trade("alice", "bob", 1, 100)}
	all := append(slices.Clone(first), second...)
	f.checker.holds = map[string]int64{"alice": 10}
	f.checker.sold = func(seller string) int64 {
		var n int64
		for _, tr := range all {
			if r := f.outcomes.reports(tr.ID); tr.Seller == seller && len(r) > 0 && r[0].settled {
				n += tr.Qty
			}
		}
		return n
	}
	f.chain.mu.Lock()
	f.chain.down = true
	f.chain.mu.Unlock()
	p := f.open(f.config(), hooks{})
	if err := p.Submit(f.ctx, first...); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the first batch's break", func() bool { return f.outcomes.count() == 1 })
	if err := p.Submit(f.ctx, second...); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the second batch's break", func() bool { return f.outcomes.count() == 2 })
	f.chain.mu.Lock()
	f.chain.down = false
	f.chain.mu.Unlock()
	waitFor(t, "all reported", func() bool { return f.outcomes.count() == 5 })
	for _, tr := range []engine.Trade{first[2], second[1]} {
		got := f.outcomes.reports(tr.ID)
		if len(got) != 1 || got[0].settled || got[0].code != 31 {
			t.Errorf("trade %s (qty %d) reports %+v, want a break with 31", tr.ID, tr.Qty, got)
		}
	}
	f.settledOnce([]engine.Trade{first[0], first[1], second[0]})
}

// TestTradeAheadFailingOnChainSendsOthersBack: a trade approved because a
// trade ahead of it would settle first is checked again when that trade
// fails on chain.
func TestTradeAheadFailingOnChainSendsOthersBack(t *testing.T) {
	f := newFixture(t)
	// alice may sell 10; A (carol sells 5 to alice) would let her sell 15,
	// but alice holds no cash, so A fails on chain.
	a, b := trade("carol", "alice", 5, 100), trade("alice", "bob", 15, 100)
	f.checker.holds = map[string]int64{"alice": 10}
	f.chain.mu.Lock()
	f.chain.down = true
	f.chain.mu.Unlock()
	cfg := f.config()
	cfg.BatchSize = 1
	p := f.open(cfg, hooks{})
	if err := p.Submit(f.ctx, a); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "A attested", func() bool { s := p.Stats(); return s.Attested+s.Submitted == 1 })
	if err := p.Submit(f.ctx, b); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "B attested", func() bool { s := p.Stats(); return s.Attested+s.Submitted == 2 })
	f.chain.mu.Lock()
	f.chain.down = false
	f.chain.mu.Unlock()
	waitFor(t, "both reported", func() bool { return f.outcomes.count() == 2 })
	if got := f.outcomes.reports(a.ID); len(got) != 1 || got[0].settled {
		t.Fatalf("A reports %+v, want a break on chain", got)
	}
	if got := f.outcomes.reports(b.ID); len(got) != 1 || got[0].settled || got[0].code != 31 {
		t.Fatalf("B reports %+v, want a break with 31 once A failed", got)
	}
}

func TestChainFailureBreaksOnlyThatTrade(t *testing.T) {
	for _, tc := range []struct {
		name, buyer string
		code        uint8
		rule        string
	}{
		{"no cash allowance", "dave", CodeChainFailed, "dvp:CASH_LEG"},
		{"buyer not whitelisted on the token", "erin", contracts.RestrictionBuyerNotVerified, "dvp:SECURITY_LEG"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t)
			p := f.open(f.config(), hooks{})
			a, bad, b := trade("alice", "bob", 3, 100), trade("carol", tc.buyer, 4, 100), trade("carol", "bob", 5, 100)
			if err := p.Submit(f.ctx, a, bad, b); err != nil {
				t.Fatal(err)
			}
			waitFor(t, "three reported", func() bool { return f.outcomes.count() == 3 })
			f.settledOnce([]engine.Trade{a, b})
			got := f.outcomes.reports(bad.ID)
			if len(got) != 1 || got[0].settled || got[0].code != tc.code || got[0].rule != tc.rule {
				t.Fatalf("failing trade reports %+v, want one break code %d rule %s", got, tc.code, tc.rule)
			}
			if f.balance(f.acme, tc.buyer) != 0 {
				t.Errorf("%s received tokens", tc.buyer)
			}
			// The broken trade's id is closed on chain: its attestation is void.
			if st := f.status(bad.ID); st != contracts.StatusCancelled {
				t.Errorf("broken trade chain status %d, want cancelled", st)
			}
			f.chain.mu.Lock()
			batches := len(f.chain.sent)
			f.chain.mu.Unlock()
			if batches != 1 {
				t.Errorf("%d batches, want the three trades in one", batches)
			}
		})
	}
}

func TestUnresolvedAddressesBreak(t *testing.T) {
	f := newFixture(t)
	p := f.open(f.config(), hooks{})
	noWallet := trade("alice", "mallory", 1, 100)
	noToken := trade("alice", "bob", 1, 100)
	noToken.Token = "NOPE"
	if err := p.Submit(f.ctx, noWallet, noToken); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "both reported", func() bool { return f.outcomes.count() == 2 })
	for _, tr := range []engine.Trade{noWallet, noToken} {
		got := f.outcomes.reports(tr.ID)
		if len(got) != 1 || got[0].settled || got[0].code != CodeUnresolved {
			t.Errorf("trade %s reports %+v, want one break with code %d", tr.ID, got, CodeUnresolved)
		}
	}
}

// The worker stops right after the settlement transaction, before recording
// anything about it (as a crash would); a new pipeline on the same database
// and chain must report each trade settled exactly once and send nothing.
func TestRestartAfterSubmitDoesNotDoubleSettle(t *testing.T) {
	f := newFixture(t)
	crashed := make(chan struct{})
	p1 := f.open(f.config(), hooks{afterSend: func() bool { close(crashed); return true }})
	var trades []engine.Trade
	for range 6 {
		trades = append(trades, trade("alice", "bob", 2, 300))
	}
	if err := p1.Submit(f.ctx, trades...); err != nil {
		t.Fatal(err)
	}
	select {
	case <-crashed:
	case <-time.After(20 * time.Second):
		t.Fatal("no settlement was sent")
	}
	p1.Close()
	if n := f.outcomes.count(); n != 0 {
		t.Fatalf("%d trades reported before the crash's outcome was recorded", n)
	}
	f.chain.mu.Lock()
	firstTx := f.chain.lastResult.TxHash
	f.chain.mu.Unlock()
	bobACME := f.balance(f.acme, "bob")
	if bobACME != 12 {
		t.Fatalf("bob holds %d ACME after the first run, want 12", bobACME)
	}

	p2 := f.open(f.config(), hooks{})
	waitFor(t, "resumed trades reported", func() bool { return p2.Stats().Settled == 6 })
	f.settledOnce(trades)
	for _, tr := range trades {
		if n := f.chain.timesSent(tr.ID); n != 1 {
			t.Errorf("trade %s sent %d times, want once", tr.ID, n)
		}
		if got := f.outcomes.reports(tr.ID)[0].tx; got != firstTx {
			t.Errorf("trade %s reported with tx %s, want the first run's %s", tr.ID, got, firstTx)
		}
	}
	if got := f.balance(f.acme, "bob"); got != bobACME {
		t.Errorf("bob holds %d ACME after the restart, want %d", got, bobACME)
	}
	if s := p2.Stats(); s.FoundOnChain != 6 || s.Batches != 0 {
		t.Errorf("stats %+v: want 6 found on chain, no batch sent", s)
	}

	// A third run has nothing to do, and a resubmission is ignored.
	p2.Close()
	p3 := f.open(f.config(), hooks{})
	if err := p3.Submit(f.ctx, trades[0]); err != nil {
		t.Fatal(err)
	}
	time.Sleep(50 * time.Millisecond) // give a wrong pipeline the chance to act
	if s := p3.Stats(); s.InFlight() != 0 || s.Settled != 6 || s.Batches != 0 {
		t.Errorf("third run stats %+v", s)
	}
	f.settledOnce(trades)
}

// A pipeline that stopped with attestations signed but never sent (the chain
// was down) resumes after their deadline: they are re-checked, re-signed and
// settle.
func TestExpiredAttestationIsResigned(t *testing.T) {
	f := newFixture(t)
	f.chain.set(func(c *flakyChain) { c.down = true })
	p1 := f.open(f.config(), hooks{})
	trades := []engine.Trade{trade("alice", "bob", 1, 100), trade("carol", "bob", 2, 100)}
	if err := p1.Submit(f.ctx, trades...); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "a failed send", func() bool { return p1.Stats().Errors >= 2 })
	p1.Close()
	var oldDeadline int64
	if err := f.db.Get(&oldDeadline, `SELECT deadline FROM settle_trades WHERE id = ?`, trades[0].ID); err != nil {
		t.Fatal(err)
	}
	// TTL from the venue's clock, or from the chain's if that is ahead.
	if low := f.clock.now().Add(DefaultTTL).Unix(); oldDeadline < low || oldDeadline > low+120 {
		t.Fatalf("deadline %d, want about now + TTL = %d", oldDeadline, low)
	}

	f.clock.set(time.Unix(oldDeadline, 0).Add(time.Minute))
	f.chain.set(func(c *flakyChain) { c.down = false })
	checks := f.checker.calls
	p2 := f.open(f.config(), hooks{})
	waitFor(t, "settled", func() bool { return p2.Stats().Settled == 2 })
	f.settledOnce(trades)
	if s := p2.Stats(); s.Reattested != 2 {
		t.Errorf("reattested %d, want 2", s.Reattested)
	}
	if f.checker.calls < checks+2 {
		t.Errorf("rules not re-checked before re-signing (%d calls, had %d)", f.checker.calls, checks)
	}
	var newDeadline int64
	if err := f.db.Get(&newDeadline, `SELECT deadline FROM settle_trades WHERE id = ?`, trades[0].ID); err != nil {
		t.Fatal(err)
	}
	if newDeadline <= oldDeadline {
		t.Errorf("deadline %d not renewed (was %d)", newDeadline, oldDeadline)
	}
}

// The chain's clock moves past the deadline between signing and sending: the
// chain finds the attestation expired, and the pipeline re-checks and signs
// again against the chain's clock.
func TestChainExpiredAttestationIsResigned(t *testing.T) {
	f := newFixture(t)
	var once sync.Once
	p := f.open(f.config(), hooks{beforeSend: func() {
		once.Do(func() {
			if err := f.sim.AdjustTime(DefaultTTL + time.Minute); err != nil {
				t.Error(err)
			}
		})
	}})
	tr := trade("alice", "bob", 4, 100)
	if err := p.Submit(f.ctx, tr); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "settled", func() bool { return p.Stats().Settled == 1 })
	f.settledOnce([]engine.Trade{tr})
	if n := f.chain.timesSent(tr.ID); n != 2 {
		t.Errorf("sent %d times, want 2 (expired, then re-signed)", n)
	}
	if s := p.Stats(); s.Reattested != 1 {
		t.Errorf("reattested %d, want 1", s.Reattested)
	}
}

// The venue's clock is behind the chain's: deadlines count from the chain's
// clock, so the first attestation is good.
func TestVenueClockBehindChain(t *testing.T) {
	f := newFixture(t)
	f.clock.set(time.Now().Add(-30 * time.Minute))
	p := f.open(f.config(), hooks{})
	tr := trade("alice", "bob", 4, 100)
	if err := p.Submit(f.ctx, tr); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "settled", func() bool { return p.Stats().Settled == 1 })
	f.settledOnce([]engine.Trade{tr})
	if n := f.chain.timesSent(tr.ID); n != 1 {
		t.Errorf("sent %d times, want once", n)
	}
}

func TestChainErrorsAreRetried(t *testing.T) {
	f := newFixture(t)
	// Three sends fail outright, the fourth goes through but its answer is
	// lost, TradeStatus fails twice; the venue refuses the first report.
	f.chain.set(func(c *flakyChain) { c.downSettle, c.lostSettle, c.downStatus = 3, 1, 2 })
	f.outcomes.fail = 1
	p := f.open(f.config(), hooks{})
	trades := []engine.Trade{trade("alice", "bob", 1, 100), trade("alice", "bob", 2, 100), trade("carol", "bob", 3, 100)}
	if err := p.Submit(f.ctx, trades...); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "settled", func() bool { return p.Stats().Settled == 3 })
	f.settledOnce(trades)
	for _, tr := range trades {
		if n := f.chain.timesSent(tr.ID); n != 1 {
			t.Errorf("trade %s reached the chain %d times, want once", tr.ID, n)
		}
	}
	if got := f.balance(f.acme, "bob"); got != 6 {
		t.Errorf("bob holds %d ACME, want 6", got)
	}
	s := p.Stats()
	// The batch may split while TradeStatus is down; whatever went out in
	// the send whose answer was lost is found on chain.
	if s.Errors < 7 || s.FoundOnChain < 1 {
		t.Errorf("stats %+v: want ≥ 7 transient errors and trades found on chain", s)
	}
}

func TestCheckerErrorsAreRetried(t *testing.T) {
	f := newFixture(t)
	f.checker.fail = 3
	p := f.open(f.config(), hooks{})
	tr := trade("alice", "bob", 1, 100)
	if err := p.Submit(f.ctx, tr); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "settled", func() bool { return p.Stats().Settled == 1 })
	f.settledOnce([]engine.Trade{tr})
	if s := p.Stats(); s.Errors != 3 {
		t.Errorf("errors %d, want 3", s.Errors)
	}
}

func TestSubmitValidates(t *testing.T) {
	f := newFixture(t)
	p := f.open(f.config(), hooks{})
	good := trade("alice", "bob", 1, 100)
	for _, tc := range []struct {
		name string
		edit func(*engine.Trade)
		code string
	}{
		{"no id", func(t *engine.Trade) { t.ID = "" }, engine.EInvalid},
		{"no buyer", func(t *engine.Trade) { t.Buyer = "" }, engine.EInvalid},
		{"self trade", func(t *engine.Trade) { t.Buyer = t.Seller }, engine.EInvalid},
		{"zero quantity", func(t *engine.Trade) { t.Qty = 0 }, engine.EBadQuantity},
		{"negative amount", func(t *engine.Trade) { t.Amount = -1 }, engine.EInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := good
			tc.edit(&bad)
			err := p.Submit(f.ctx, good, bad)
			if engine.ErrorCode(err) != tc.code {
				t.Fatalf("Submit: %v, want code %s", err, tc.code)
			}
		})
	}
	// Nothing of a refused call was stored; the same trade twice settles once.
	if err := p.Submit(f.ctx, good, good); err != nil {
		t.Fatal(err)
	}
	if err := p.Submit(f.ctx, good); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "settled", func() bool { return p.Stats().Settled == 1 })
	f.settledOnce([]engine.Trade{good})
	p.Close()
	if err := p.Submit(f.ctx, trade("alice", "bob", 1, 1)); err != ErrClosed {
		t.Errorf("Submit after Close: %v, want ErrClosed", err)
	}
}

func TestConfigValidates(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		name string
		edit func(*Config)
	}{
		{"no db", func(c *Config) { c.DB = nil }},
		{"no chain", func(c *Config) { c.Chain = nil }},
		{"no dvp", func(c *Config) { c.DvP = common.Address{} }},
		{"no attester", func(c *Config) { c.Attester = nil }},
		{"no outcomes", func(c *Config) { c.Outcomes = nil }},
		{"batch too large", func(c *Config) { c.BatchSize = contracts.MaxBatchTrades + 1 }},
		{"negative ttl", func(c *Config) { c.TTL = -time.Second }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := f.config()
			tc.edit(&cfg)
			if _, err := Open(f.ctx, cfg); err == nil {
				t.Fatal("Open accepted a bad config")
			}
		})
	}
}

// Database writes fail: the one before sending (so nothing is sent) and the
// one after reporting. Nothing is lost, sent twice or reported twice.
func TestWriteFailuresAreRetried(t *testing.T) {
	f := newFixture(t)
	var calls, reportWrites int
	p := f.open(f.config(), hooks{save: func(rows []*row) error {
		calls++
		if calls == 1 {
			return errors.New("disk full")
		}
		for _, r := range rows {
			if r.reported {
				if reportWrites++; reportWrites == 1 {
					return errors.New("disk full")
				}
				break
			}
		}
		return nil
	}})
	trades := []engine.Trade{trade("alice", "bob", 1, 100), trade("carol", "bob", 2, 100)}
	if err := p.Submit(f.ctx, trades...); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "settled", func() bool { return p.Stats().Settled == 2 })
	f.settledOnce(trades)
	for _, tr := range trades {
		if n := f.chain.timesSent(tr.ID); n != 1 {
			t.Errorf("trade %s sent %d times, want once", tr.ID, n)
		}
	}
	var unreported int
	if err := f.db.Get(&unreported, `SELECT COUNT(*) FROM settle_trades WHERE reported = 0`); err != nil {
		t.Fatal(err)
	}
	if unreported != 0 || p.Stats().Errors < 2 || reportWrites < 2 {
		t.Errorf("%d rows unreported in the database, stats %+v", unreported, p.Stats())
	}
}

// P goroutines submit overlapping trades, some before Start: every trade
// settles exactly once.
func TestHammerSubmit(t *testing.T) {
	f := newFixture(t)
	p, err := Open(f.ctx, f.config())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	const goroutines, loops = 4, 10
	trades := make([]engine.Trade, goroutines*loops)
	for i := range trades {
		trades[i] = trade("alice", "bob", 1, 100)
	}
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range loops {
				// Own trade, plus the neighbour's: every trade twice.
				own := trades[g*loops+i]
				other := trades[((g+1)%goroutines)*loops+i]
				if err := p.Submit(f.ctx, own, other); err != nil {
					t.Error(err)
					return
				}
			}
		}()
		if g == goroutines/2 {
			if err := p.Start(f.ctx); err != nil {
				t.Fatal(err)
			}
		}
	}
	wg.Wait()
	waitFor(t, "all settled", func() bool { return p.Stats().Settled == int64(len(trades)) })
	f.settledOnce(trades)
	if got := f.balance(f.acme, "bob"); got != int64(len(trades)) {
		t.Errorf("bob holds %d ACME, want %d", got, len(trades))
	}
	if s := p.Stats(); s.InFlight() != 0 || s.Errors != 0 {
		t.Errorf("stats %+v", s)
	}
}

// A venue database is reset while the chain lives on: its trade ids start
// again, and a new trade with an old id must not be reported settled because
// the old one was. A namespace per database keeps the ids apart.
func TestReusedTradeIDAfterDatabaseReset(t *testing.T) {
	f := newFixture(t)
	p1 := f.open(f.config(), hooks{})
	old := trade("alice", "bob", 1, 100)
	if err := p1.Submit(f.ctx, old); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "first settled", func() bool { return p1.Stats().Settled == 1 })
	p1.Close()

	reopen := func(namespace string) (*Pipeline, *recorder) {
		db, err := store.Open(f.ctx, filepath.Join(t.TempDir(), "venue.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		cfg := f.config()
		cfg.DB, cfg.Namespace, cfg.Outcomes = db, namespace, &recorder{}
		return f.open(cfg, hooks{}), cfg.Outcomes.(*recorder)
	}
	again := old
	again.Qty, again.Amount = 2, 200
	bob := f.balance(f.acme, "bob")

	p2, rec2 := reopen("")
	if err := p2.Submit(f.ctx, again); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "reused id reported", func() bool { return rec2.count() == 1 })
	if got := rec2.reports(again.ID); len(got) != 1 || got[0].settled || got[0].code != CodeCancelled {
		t.Fatalf("reused id reports %+v, want one break with code %d", got, CodeCancelled)
	}
	if got := f.balance(f.acme, "bob"); got != bob {
		t.Errorf("bob holds %d ACME, want %d", got, bob)
	}

	p3, rec3 := reopen("venue-db-2")
	if err := p3.Submit(f.ctx, again); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "namespaced id reported", func() bool { return rec3.count() == 1 })
	if got := rec3.reports(again.ID); len(got) != 1 || !got[0].settled {
		t.Fatalf("namespaced trade reports %+v, want settled", got)
	}
	if got := f.balance(f.acme, "bob"); got != bob+2 {
		t.Errorf("bob holds %d ACME, want %d", got, bob+2)
	}
}
