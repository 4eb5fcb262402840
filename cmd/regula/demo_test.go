package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/gorilla/websocket"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/web"
)

// syncBuffer is a bytes.Buffer safe for the demo's concurrent writers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startDemoMain runs Main on db with the demo, as `regula serve --demo`
// does; stop cancels the demo, waits for its market makers, and closes Main.
func startDemoMain(t *testing.T, db string) (m *Main, out *syncBuffer, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	m = &Main{DBPath: db, Addr: "127.0.0.1:0"}
	if err := m.Run(ctx); err != nil {
		cancel()
		t.Fatal(err)
	}
	out = &syncBuffer{}
	d, err := startDemo(ctx, m, out)
	if err != nil {
		cancel()
		m.Close()
		t.Fatalf("demo: %v\n%s", err, out)
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			d.Wait()
			if err := m.Close(); err != nil {
				t.Errorf("close: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return m, out, stop
}

// TestDemoSeedsOnceAndTrades seeds a fresh database, checks what the seed
// made (tokens, investors, rule sets, positions, keys), waits for every demo
// book to trade, then starts again on the same database and checks that
// nothing is seeded twice and the same keys still work.
func TestDemoSeedsOnceAndTrades(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example rule modules and runs market makers; skipped in -short")
	}
	db := filepath.Join(t.TempDir(), "demo.db")
	start := time.Now()
	m, out, stop := startDemoMain(t, db)
	ctx := context.Background()

	tokens, investors := demoData(time.Now())
	if got := len(m.Venue.Tokens()); got != len(tokens) {
		t.Errorf("%d tokens on the venue, want %d", got, len(tokens))
	}
	for _, tk := range tokens {
		rs, err := m.Ops.Rules.RuleSet(tk.symbol)
		if err != nil {
			t.Fatalf("%s has no rule set: %v", tk.symbol, err)
		}
		want, err := readPreset(filepath.Join(demoExamplesDir(), "presets", tk.preset+".json"))
		if err != nil {
			t.Fatal(err)
		}
		if moduleList(rs.Entries) != moduleList(want) {
			t.Errorf("%s rule set %s, want preset %s: %s", tk.symbol, moduleList(rs.Entries), tk.preset, moduleList(want))
		}
	}
	if got := len(m.Ops.Registry.Investors()); got != len(investors) {
		t.Errorf("%d investors, want %d", got, len(investors))
	}
	countries := map[string]bool{}
	for _, d := range investors {
		countries[region(d.inv.Country)] = true
	}
	if len(countries) != 3 {
		t.Errorf("investors from %v, want US, EU and APAC", countries)
	}
	// Alice holds an old Reg D lot and a young one: the holding period has
	// something to say about her.
	lots := m.Ops.Registry.Lots("REGD", "inv-alice")
	if len(lots) != 2 || time.Since(lots[0].AcquiredAt) < 365*24*time.Hour || time.Since(lots[1].AcquiredAt) > 365*24*time.Hour {
		t.Errorf("alice's REGD lots %+v: want one older than a year and one younger", lots)
	}
	if locks := m.Ops.Registry.Locks("REGS", "inv-yuki"); len(locks) != 1 {
		t.Errorf("yuki's REGS locks %+v, want one", locks)
	}

	// What the printed notes promise a visitor trying the trader keys.
	for _, tc := range []struct {
		account, token string
		side           book.Side
		qty            int64
		code           uint8 // 0: accepted
	}{
		{"alice", "REGD", book.Sell, 2_000, 0},
		{"alice", "REGD", book.Sell, 3_000, 30},
		{"alice", "REGD", book.Buy, 10, 0},
		{"bob", "REGD", book.Buy, 10, 40},
		{"carol", "REGD", book.Buy, 10, 11},
		{"dieter", "MICA", book.Sell, 1_000, 0},
		{"dieter", "REGS", book.Sell, 1_000, 0},
		{"dieter", "REGS", book.Sell, 2_000, 31},
		{"aoife", "MICA", book.Buy, 10, 11},
		{"yuki", "REGS", book.Sell, 10, 31},
		{"chen", "REGS", book.Buy, 10, 0},
	} {
		price := int64(1) // far from the market makers' quotes: nothing trades
		if tc.side == book.Sell {
			price = 1_000_000
		}
		evs, err := m.Venue.Place(ctx, engine.PlaceOrder{Account: tc.account, Token: tc.token, Side: tc.side,
			Type: engine.Limit, TIF: book.GTC, Price: price, Qty: tc.qty})
		var e *engine.Error
		switch {
		case tc.code == 0 && err != nil:
			t.Errorf("%s %v %d %s: %v, want accepted", tc.account, tc.side, tc.qty, tc.token, err)
		case tc.code != 0 && (!errors.As(err, &e) || e.Rule == nil || e.Rule.Code != tc.code):
			t.Errorf("%s %v %d %s: %v, want refused with code %d", tc.account, tc.side, tc.qty, tc.token, err, tc.code)
		}
		for _, ev := range evs {
			if ev.Kind == engine.EvAccepted {
				if _, err := m.Venue.Cancel(ctx, engine.CancelOrder{Account: tc.account, OrderID: ev.OrderID}); err != nil {
					t.Fatal(err)
				}
			}
		}
	}

	// Keys: one per role at least, in a private file, each authenticating
	// with its role.
	keysPath := db + ".demo-keys"
	st, err := os.Stat(keysPath)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("keys file mode %v, want 0600", st.Mode().Perm())
	}
	keys, err := readDemoKeys(keysPath)
	if err != nil {
		t.Fatal(err)
	}
	store, err := web.NewKeys(ctx, m.DB, nil)
	if err != nil {
		t.Fatal(err)
	}
	roles := map[web.Role]int{}
	for _, k := range keys {
		p, err := store.Authenticate(ctx, k.key)
		if err != nil || p.Role != k.role {
			t.Errorf("key for %s %s: principal %+v, %v", k.role, k.subject, p, err)
		}
		roles[k.role]++
		if !strings.Contains(out.String(), k.key) && !strings.HasPrefix(k.note, "market maker") {
			t.Errorf("key for %s %s not printed", k.role, k.subject)
		}
	}
	for _, r := range []web.Role{web.RoleOperator, web.RoleCompliance, web.RoleIssuer, web.RoleTrader} {
		if roles[r] == 0 {
			t.Errorf("no %s key", r)
		}
	}
	if !strings.Contains(out.String(), "open "+m.URL()+"/") {
		t.Errorf("the URL is not printed:\n%s", out)
	}

	// Every book trades within 60 s of the start.
	for _, tk := range tokens {
		deadline := start.Add(60 * time.Second)
		for len(m.Venue.Trades(tk.symbol, 0)) == 0 {
			if time.Now().After(deadline) {
				t.Fatalf("no %s trade within 60 s; output:\n%s", tk.symbol, out)
			}
			time.Sleep(50 * time.Millisecond)
		}
		// Quotes are replaced one at a time: a side can be empty for a
		// moment, not for long.
		for {
			d, err := m.Venue.Depth(ctx, tk.symbol, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Bids) > 0 && len(d.Asks) > 0 {
				break
			}
			if time.Now().After(deadline.Add(10 * time.Second)) {
				t.Fatalf("%s book not two-sided: %+v", tk.symbol, d)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	t.Logf("every book traded %v after the start", time.Since(start).Round(time.Millisecond))
	if testing.Verbose() {
		t.Logf("first start's output:\n%s", out)
	}
	nInvestors, nKeys := len(m.Ops.Registry.Investors()), mustKeyCount(t, store)
	stop()

	// Second start on the same database: no seed, the same keys.
	m2, out2, _ := startDemoMain(t, db)
	if !strings.Contains(out2.String(), "already seeded") {
		t.Errorf("second start does not say it skipped the seed:\n%s", out2)
	}
	if strings.Contains(out2.String(), "building") {
		t.Errorf("second start built modules again:\n%s", out2)
	}
	store2, err := web.NewKeys(ctx, m2.DB, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(m2.Ops.Registry.Investors()); got != nInvestors {
		t.Errorf("%d investors after the second start, want %d", got, nInvestors)
	}
	if got := mustKeyCount(t, store2); got != nKeys {
		t.Errorf("%d keys after the second start, want %d", got, nKeys)
	}
	for _, k := range keys[:3] {
		if !strings.Contains(out2.String(), k.key) {
			t.Errorf("second start does not print the %s key", k.role)
		}
	}
}

func mustKeyCount(t *testing.T, k *web.Keys) int {
	t.Helper()
	l, err := k.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return len(l)
}

// TestDemoSeedSettlesOnChain seeds a venue that settles on the embedded
// chain (as `regula serve` will): accounts are custodial, positions and cash
// are minted on chain too, and a Reg D trade between the two market makers
// settles by DvP with the chain and the cap table in agreement.
func TestDemoSeedSettlesOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example rule modules and deploys contracts; skipped in -short")
	}
	ctx := context.Background()
	op, err := contracts.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	comp, err := contracts.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	chain, err := contracts.NewSimulated(op, contracts.SimulatedOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	path := filepath.Join(t.TempDir(), "chain.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ops, err := issuer.Open(ctx, db, issuer.Options{Chain: &issuer.ChainOptions{Chain: chain, Compliance: comp}})
	if err != nil {
		t.Fatal(err)
	}
	defer ops.Close(ctx)
	m := &Main{DBPath: path, DB: db, Ops: ops, Venue: ops.Venue}
	if err := migrateDemo(ctx, m); err != nil {
		t.Fatal(err)
	}
	var out syncBuffer
	if _, err := seedDemo(ctx, m, func(f string, a ...any) { fmt.Fprintf(&out, f+"\n", a...) }); err != nil {
		t.Fatalf("seed: %v\n%s", err, out.String())
	}
	addr, ok := ops.TokenContract("REGD")
	if !ok {
		t.Fatal("REGD has no contract")
	}
	w, err := ops.Registry.Wallet(ctx, "northbeam")
	if err != nil {
		t.Fatal(err)
	}
	if bal, err := chain.BalanceOf(ctx, addr, w); err != nil || bal != 5_000_000 {
		t.Fatalf("northbeam holds %d REGD on chain (%v), want 5000000", bal, err)
	}

	if _, err := ops.Venue.Place(ctx, engine.PlaceOrder{Account: "northbeam", Token: "REGD", Side: book.Sell,
		Type: engine.Limit, TIF: book.GTC, Price: 1250, Qty: 100}); err != nil {
		t.Fatal(err)
	}
	evs, err := ops.Venue.Place(ctx, engine.PlaceOrder{Account: "hudson", Token: "REGD", Side: book.Buy,
		Type: engine.Limit, TIF: book.GTC, Price: 1250, Qty: 100})
	if err != nil {
		t.Fatal(err)
	}
	var id string
	for _, e := range evs {
		if e.Kind == engine.EvTrade {
			id = e.TradeID
		}
	}
	if id == "" {
		t.Fatalf("no trade: %+v", evs)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		tr, err := ops.Venue.Trade(id)
		if err == nil && tr.Status == engine.TradeSettled {
			break
		}
		if err == nil && tr.Status == engine.TradeFailed || time.Now().After(deadline) {
			t.Fatalf("trade %s: %+v, %v; want SETTLED within 30 s", id, tr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	drift, err := ops.Registry.Reconcile(ctx, "REGD", func(c context.Context, w common.Address) (int64, error) {
		return chain.BalanceOf(c, addr, w)
	})
	if err != nil || len(drift) != 0 {
		t.Fatalf("cap table and chain drift: %+v, %v", drift, err)
	}
}

// FuzzReadDemoKeys reads arbitrary keys files: no panic, and what it reads
// writes back to a file that reads the same.
func FuzzReadDemoKeys(f *testing.F) {
	f.Add([]byte("# Regula demo API keys\noperator - rk_abc runs the venue\ntrader alice rk_x2 US, accredited: buys REGD\n"))
	f.Add([]byte("issuer REGD,REGS,MICA rk_y issues REGD, REGS, MICA\n\n"))
	f.Add([]byte("trader a  rk_z\r\n"))
	f.Add([]byte("not a keys file"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		in := filepath.Join(dir, "in")
		if err := os.WriteFile(in, data, 0o600); err != nil {
			t.Fatal(err)
		}
		keys, err := readDemoKeys(in)
		if err != nil {
			return
		}
		out := filepath.Join(dir, "out")
		if err := writeDemoKeys(out, keys); err != nil {
			t.Fatal(err)
		}
		again, err := readDemoKeys(out)
		if err != nil {
			t.Fatalf("rewritten file unreadable: %v", err)
		}
		if !reflect.DeepEqual(keys, again) {
			t.Fatalf("round trip:\n%+v\n%+v", keys, again)
		}
	})
}

// TestDemoInterruptedSeedIsNotResumed: a database whose seed started and did
// not finish is refused with what to do, not seeded on top of.
func TestDemoInterruptedSeedIsNotResumed(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	db := filepath.Join(t.TempDir(), "demo.db")
	m := &Main{DBPath: db, Addr: "127.0.0.1:0", Chain: "none"}
	if err := m.Run(ctx); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if err := migrateDemo(ctx, m); err != nil {
		t.Fatal(err)
	}
	if _, err := m.DB.ExecContext(ctx, `INSERT INTO demo_seed (id, started_at) VALUES (1, 1)`); err != nil {
		t.Fatal(err)
	}
	var out syncBuffer
	_, err := startDemo(ctx, m, &out)
	if err == nil || !strings.Contains(err.Error(), "interrupted") || !strings.Contains(err.Error(), "rm "+db) {
		t.Fatalf("startDemo on an interrupted seed: %v, want an error saying so and what to remove", err)
	}
	if len(m.Venue.Tokens()) != 0 {
		t.Fatalf("tokens created on an interrupted seed: %v", m.Venue.Tokens())
	}
}

// TestDemoLeavesAnotherVenueAlone: a database with tokens the demo did not
// create is not seeded.
func TestDemoLeavesAnotherVenueAlone(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	m := &Main{DBPath: filepath.Join(t.TempDir(), "own.db"), Addr: "127.0.0.1:0", Chain: "none"}
	if err := m.Run(ctx); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if err := m.Ops.CreateToken(ctx, "issuer", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "OWN", Currency: "USD", TickSize: 1, LotSize: 1}}); err != nil {
		t.Fatal(err)
	}
	var out syncBuffer
	d, err := startDemo(ctx, m, &out)
	if err != nil {
		t.Fatal(err)
	}
	d.Wait()
	if len(m.Venue.Tokens()) != 1 || len(m.Ops.Registry.Investors()) != 0 || !strings.Contains(out.String(), "no demo data") {
		t.Fatalf("demo seeded another venue: tokens %v, %d investors; output:\n%s", m.Venue.Tokens(), len(m.Ops.Registry.Investors()), out.String())
	}
}

// TestServeStreamsDecisions: a compliance key subscribed to the decisions
// channel of a running `regula serve` receives the decisions the rule host
// logs as the demo trades.
func TestServeStreamsDecisions(t *testing.T) {
	db := filepath.Join(t.TempDir(), "regula.db")
	m, _, _ := startDemoMain(t, db)
	keys, err := readDemoKeys(db + ".demo-keys")
	if err != nil {
		t.Fatal(err)
	}
	var key string
	for _, k := range keys {
		if k.role == web.RoleCompliance {
			key = k.key
		}
	}
	h := http.Header{}
	h.Set("Authorization", "Bearer "+key)
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(m.URL(), "http")+"/v1/ws", h)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	if err := ws.WriteJSON(map[string]any{"op": "subscribe", "channel": "decisions", "id": "d"}); err != nil {
		t.Fatal(err)
	}
	ws.SetReadDeadline(time.Now().Add(60 * time.Second))
	for {
		var msg struct {
			Type     string `json:"type"`
			Decision struct {
				ID    int64  `json:"id"`
				Token string `json:"token"`
				Phase string `json:"phase"`
			} `json:"decision"`
		}
		if err := ws.ReadJSON(&msg); err != nil {
			t.Fatalf("no decision within 60 s: %v", err)
		}
		if msg.Type == "decisions" {
			if msg.Decision.ID == 0 || msg.Decision.Token == "" || msg.Decision.Phase == "" {
				t.Fatalf("decision message %+v", msg)
			}
			return
		}
	}
}

// TestSecondServeOnOneDatabaseFails: a second `regula serve` on a database
// a venue is serving fails at once, before it recovers or writes anything.
func TestSecondServeOnOneDatabaseFails(t *testing.T) {
	db := filepath.Join(t.TempDir(), "regula.db")
	first := &Main{DBPath: db, Addr: "127.0.0.1:0", Chain: "none"}
	if err := first.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	second := &Main{DBPath: db, Addr: "127.0.0.1:0", Chain: "none"}
	err := second.Run(context.Background())
	if err == nil {
		second.Close()
		t.Fatal("a second venue started on the same database")
	}
	if !strings.Contains(err.Error(), "in use by another regula serve") {
		t.Fatalf("error %v", err)
	}
	// Once the first stops, the database is free again.
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	third := &Main{DBPath: db, Addr: "127.0.0.1:0", Chain: "none"}
	if err := third.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	third.Close()
}

// TestRuleCommandsRefuseAServedDatabase: `regula rule bind` and `eval` on
// a database a venue serves would bind what the venue does not see and log
// decisions under ids the venue also uses: they refuse.
func TestRuleCommandsRefuseAServedDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "regula.db")
	m := &Main{DBPath: db, Addr: "127.0.0.1:0", Chain: "none"}
	if err := m.Run(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	for _, args := range [][]string{{"bind", "ACME", "kyc@1.0.0"}, {"eval", "ACME", "../../examples/rules/max-trade/trade.json"}} {
		err := runRule(context.Background(), append(args, "--db", db))
		if err == nil || !strings.Contains(err.Error(), "served by a running regula serve") {
			t.Errorf("rule %s: %v", args[0], err)
		}
	}
}
