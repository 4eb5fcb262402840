package compliance_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/engine/compliance"
	"github.com/regulavenue/regula/engine/internal/examplemods"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
)

var ctx = context.Background()

// world is a compliance-aware venue: real SQLite, real registry, real Wasm
// rule host running the example modules.
type world struct {
	t     testing.TB
	db    *store.DB
	reg   *registry.Registry
	rules *rules.Service
	chk   *compliance.Checker
	v     *engine.Venue
	now   time.Time
	// Modules are uploaded when a test first binds them: each upload
	// compiles the module.
	uploaded map[string]bool
	mu       sync.Mutex
	n        int
}

func newWorld(t testing.TB) *world {
	t.Helper()
	var err error
	w := &world{t: t, now: time.Date(2027, 3, 1, 14, 30, 0, 0, time.UTC)}
	w.db, err = store.Open(ctx, filepath.Join(t.TempDir(), "venue.db"))
	w.must(err)
	w.reg, err = registry.Open(ctx, w.db, registry.Options{Now: w.clock})
	w.must(err)
	w.rules, err = rules.Open(ctx, rules.Options{DB: w.db.DB})
	w.must(err)
	w.uploaded = map[string]bool{}
	w.chk, err = compliance.Open(ctx, w.db, w.reg, w.rules)
	w.must(err)
	w.v, err = engine.New(engine.Config{Journal: w.db.Journal(store.JournalConfig{}), Now: w.clock, Compliance: w.chk})
	w.must(err)
	t.Cleanup(func() {
		w.v.Close()
		w.rules.Close(ctx)
		w.db.Close()
	})
	return w
}

func (w *world) clock() time.Time { w.mu.Lock(); defer w.mu.Unlock(); return w.now }
func (w *world) advance(d time.Duration) {
	w.mu.Lock()
	w.now = w.now.Add(d)
	w.mu.Unlock()
}

func (w *world) must(err error) {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
}

// token lists a token with a profile and binds modules (name → config JSON).
func (w *world) token(sym string, info registry.TokenInfo, set ...[2]string) {
	w.t.Helper()
	info.Symbol = sym
	w.must(w.v.CreateToken(ctx, engine.TokenSpec{Symbol: sym, Currency: "USD", TickSize: 1, LotSize: 1}))
	w.must(w.reg.AddToken(ctx, "issuer", sym))
	w.must(w.chk.SetToken(ctx, info))
	w.bind(sym, set...)
}

// bind uploads what is not uploaded yet and binds the modules to the token.
func (w *world) bind(sym string, set ...[2]string) {
	w.t.Helper()
	var entries []rules.Entry
	for _, m := range set {
		if !w.uploaded[m[0]] {
			u, err := examplemods.Upload(m[0])
			w.must(err)
			_, err = w.rules.Upload(ctx, *u)
			w.must(err)
			w.uploaded[m[0]] = true
		}
		entries = append(entries, rules.Entry{Module: m[0] + "@1.0.0", Config: json.RawMessage(m[1])})
	}
	_, err := w.rules.SetRuleSet(ctx, sym, entries)
	w.must(err)
}

// investor onboards an investor with one account of the same id, cash, and
// lots of tokens: each lot is qty acquired at the given time.
func (w *world) investor(id, country string, usPerson, accredited bool, lots map[string][][2]any) {
	w.t.Helper()
	w.must(w.reg.PutInvestor(ctx, "issuer", registry.Investor{ID: id, Country: country, USPerson: usPerson,
		Class: registry.ClassProfessional, KYCStatus: registry.KYCApproved, Accredited: accredited}))
	w.n++
	w.must(w.reg.AddAccount(ctx, "issuer", registry.Account{ID: id, InvestorID: id, Wallet: common.BigToAddress(bigInt(w.n))}))
	w.must(w.v.CreateAccount(ctx, id))
	w.must(w.v.Deposit(ctx, id, "USD", 1_000_000_000))
	for sym, ls := range lots {
		for _, l := range ls {
			qty, at := l[0].(int), l[1].(time.Time)
			w.must(w.reg.Mint(ctx, "issuer", sym, id, int64(qty), at))
			w.must(w.v.Credit(ctx, id, sym, int64(qty)))
		}
	}
}

func (w *world) place(acct, sym string, side book.Side, price, qty int64) ([]engine.Event, error) {
	return w.v.Place(ctx, engine.PlaceOrder{Account: acct, Token: sym, Side: side, Type: engine.Limit,
		TIF: book.GTC, Price: price, Qty: qty})
}

// denied asserts an order is refused at entry by the rule with code.
func (w *world) denied(code uint8, acct, sym string, side book.Side, price, qty int64) {
	w.t.Helper()
	_, err := w.place(acct, sym, side, price, qty)
	e, ok := err.(*engine.Error)
	if !ok || e.Code != engine.ERuleDenied || e.Rule == nil || e.Rule.Code != code {
		w.t.Fatalf("%s %v %d %s: got %v, want rule_denied with code %d", acct, side, qty, sym, err, code)
	}
	if e.Rule.Rule == "" || e.Rule.Reason == "" {
		w.t.Fatalf("denial without its rule or reason: %+v", e.Rule)
	}
}

func (w *world) accepted(acct, sym string, side book.Side, price, qty int64) []engine.Event {
	w.t.Helper()
	evs, err := w.place(acct, sym, side, price, qty)
	if err != nil {
		w.t.Fatalf("%s %v %d %s: %v", acct, side, qty, sym, err)
	}
	return evs
}

func TestRegD(t *testing.T) {
	w := newWorld(t)
	closed := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	w.token("ACME", registry.TokenInfo{Offering: abi.Offering{Exemption: "reg_d_506c", ClosedAt: closed}},
		[2]string{"kyc", `{}`}, [2]string{"reg-d", `{}`})
	old, young := w.now.AddDate(-2, 0, 0), w.now.AddDate(0, -1, 0)
	w.investor("seller-old", "US", true, true, map[string][][2]any{"ACME": {{1000, old}}})
	w.investor("seller-young", "US", true, true, map[string][][2]any{"ACME": {{1000, young}}})
	w.investor("buyer-accredited", "US", true, true, nil)
	w.investor("buyer-retail", "US", true, false, nil)

	// A non-accredited US buyer is rejected at entry (40).
	w.denied(abi.CodeBuyerNotAccredited, "buyer-retail", "ACME", book.Buy, 1250, 100)
	// A seller whose lots are too young is rejected (30).
	w.denied(abi.CodeHoldingPeriod, "seller-young", "ACME", book.Sell, 1250, 100)
	// A sale after the holding period trades.
	w.accepted("seller-old", "ACME", book.Sell, 1250, 100)
	evs := w.accepted("buyer-accredited", "ACME", book.Buy, 1250, 100)
	if !hasKind(evs, engine.EvTrade) {
		t.Fatalf("no trade: %+v", evs)
	}
}

func TestRegS(t *testing.T) {
	w := newWorld(t)
	// The offering closed 10 days ago: inside the 40-day distribution
	// compliance period.
	closed := w.now.AddDate(0, 0, -10)
	w.token("OFFS", registry.TokenInfo{Offering: abi.Offering{Exemption: "reg_s", ClosedAt: closed}},
		[2]string{"kyc", `{}`}, [2]string{"reg-s", `{}`})
	w.investor("de-seller", "DE", false, false, map[string][][2]any{"OFFS": {{1000, closed}}})
	w.investor("us-buyer", "US", true, true, nil)
	w.investor("fr-buyer", "FR", false, false, nil)
	w.denied(abi.CodeUSPersonDuringDCP, "us-buyer", "OFFS", book.Buy, 100, 10)
	w.accepted("fr-buyer", "OFFS", book.Buy, 100, 10)

	// After the DCP, flowback (non-US seller to US buyer) is blocked at match
	// (23): the US buyer's order is accepted but does not trade with the DE
	// seller, until the flowback period ends.
	w.advance(40 * 24 * time.Hour)
	w.accepted("de-seller", "OFFS", book.Sell, 100, 10) // trades with fr-buyer
	w.accepted("de-seller", "OFFS", book.Sell, 100, 10)
	evs := w.accepted("us-buyer", "OFFS", book.Buy, 100, 10)
	if hasKind(evs, engine.EvTrade) || !skippedWith(evs, abi.CodeFlowback) {
		t.Fatalf("want a flowback skip, no trade: %+v", evs)
	}
	w.advance(366 * 24 * time.Hour)
	evs = w.accepted("us-buyer", "OFFS", book.Buy, 100, 10)
	if !hasKind(evs, engine.EvTrade) {
		t.Fatalf("flowback period over: want a trade: %+v", evs)
	}
}

func TestMiCAWithoutWhitePaper(t *testing.T) {
	w := newWorld(t)
	w.token("EUT", registry.TokenInfo{MiCA: abi.MiCA{WhitePaperPublished: false, Kind: "other"}},
		[2]string{"kyc", `{}`}, [2]string{"mica", `{}`})
	w.investor("de-a", "DE", false, false, map[string][][2]any{"EUT": {{100, w.now}}})
	w.investor("de-b", "DE", false, false, nil)
	w.denied(abi.CodeNoWhitePaper, "de-a", "EUT", book.Sell, 100, 10)
	w.denied(abi.CodeNoWhitePaper, "de-b", "EUT", book.Buy, 100, 10)
}

func TestLockup(t *testing.T) {
	w := newWorld(t)
	until := w.now.Add(24 * time.Hour)
	w.token("LCK", registry.TokenInfo{}, [2]string{"kyc", `{}`},
		[2]string{"lockup", fmt.Sprintf(`{"lockup_until": %q}`, until.Format(time.RFC3339))})
	w.investor("founder", "US", true, true, map[string][][2]any{"LCK": {{100, w.now.AddDate(-1, 0, 0)}}})
	w.denied(abi.CodeLocked, "founder", "LCK", book.Sell, 100, 10)
	w.advance(24 * time.Hour)
	w.accepted("founder", "LCK", book.Sell, 100, 10)
}

func TestHolderCapSkipsAtMatchAndNextOrderFills(t *testing.T) {
	w := newWorld(t)
	w.token("CAP", registry.TokenInfo{}, [2]string{"kyc", `{}`}, [2]string{"caps", `{"max_holders": 2}`})
	long := w.now.AddDate(-1, 0, 0)
	w.investor("a", "US", true, true, map[string][][2]any{"CAP": {{100, long}}})
	w.investor("b", "US", true, true, map[string][][2]any{"CAP": {{10, long}}})
	w.investor("c", "US", true, true, nil)
	// Two holders, the cap. a sells part of its holding at the better price:
	// a stays a holder, c would be a third: over the cap. b sells everything:
	// b exits, c takes its place: allowed.
	aOffer := w.accepted("a", "CAP", book.Sell, 100, 10)
	bOffer := w.accepted("b", "CAP", book.Sell, 101, 10)
	evs := w.accepted("c", "CAP", book.Buy, 101, 10)
	if !skippedWith(evs, abi.CodeMaxHolders) {
		t.Fatalf("want a's offer skipped with 50: %+v", evs)
	}
	var traded bool
	for _, e := range evs {
		if e.Kind == engine.EvTrade {
			traded = e.Maker == bOffer[0].OrderID
		}
	}
	if !traded {
		t.Fatalf("want the fill against b's offer: %+v", evs)
	}
	if o, _ := w.v.Order("a", aOffer[0].OrderID); o.Status != engine.StatusOpen || o.Remaining != 10 {
		t.Fatalf("a's offer should keep its place: %+v", o)
	}
	if err := w.v.Audit(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestRuleSetSwappedWhileOrdersRest(t *testing.T) {
	w := newWorld(t)
	w.token("SWP", registry.TokenInfo{}, [2]string{"kyc", `{}`})
	w.investor("s", "US", true, true, map[string][][2]any{"SWP": {{100, w.now.AddDate(-1, 0, 0)}}})
	w.investor("retail", "US", true, false, nil)
	w.accepted("s", "SWP", book.Sell, 100, 10)
	// Bind reg-d while the offer rests: a non-accredited US buyer can no
	// longer enter, at once.
	w.bind("SWP", [2]string{"kyc", `{}`}, [2]string{"reg-d", `{}`})
	w.denied(abi.CodeBuyerNotAccredited, "retail", "SWP", book.Buy, 100, 10)
}

func TestUnknownTokenProfileAndPartyFailClosed(t *testing.T) {
	w := newWorld(t)
	w.must(w.v.CreateToken(ctx, engine.TokenSpec{Symbol: "RAW", Currency: "USD", TickSize: 1, LotSize: 1}))
	w.must(w.v.CreateAccount(ctx, "ghost"))
	w.must(w.v.Deposit(ctx, "ghost", "USD", 1000))
	w.denied(abi.CodeRuleUnavailable, "ghost", "RAW", book.Buy, 1, 1)
	w.token("KNOWN", registry.TokenInfo{}, [2]string{"kyc", `{}`})
	w.denied(abi.CodeBuyerNotVerified, "ghost", "KNOWN", book.Buy, 1, 1)
}

func hasKind(evs []engine.Event, k engine.EventKind) bool {
	for _, e := range evs {
		if e.Kind == k {
			return true
		}
	}
	return false
}

func skippedWith(evs []engine.Event, code uint8) bool {
	for _, e := range evs {
		if e.Kind == engine.EvSkipped && e.Code == fmt.Sprint(code) {
			return true
		}
	}
	return false
}

func bigInt(n int) *big.Int { return big.NewInt(int64(n)) }
