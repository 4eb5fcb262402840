package bot_test

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/examples/marketmaker/bot"
	"github.com/regulavenue/regula/web"
)

// venue is a venue with one token, two funded trader accounts with keys,
// and the WebSocket hub on a loopback server.
type venue struct {
	v    *engine.Venue
	keys map[string]string
	ws   string
}

func newVenue(t *testing.T) *venue {
	t.Helper()
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "bot.db"))
	must(err)
	ref := &web.HubRef{}
	v, err := engine.New(engine.Config{Journal: db.Journal(store.JournalConfig{}), OnEvents: ref.OnEvents, Logf: func(string, ...any) {}})
	must(err)
	keys, err := web.NewKeys(ctx, db, nil)
	must(err)
	hub := web.NewHub(v, keys, web.HubOptions{Logf: func(string, ...any) {}})
	ref.Set(hub)
	mux := http.NewServeMux()
	mux.Handle("GET /v1/ws", hub)
	srv := httptest.NewServer(mux)
	t.Cleanup(func() { srv.Close(); hub.Close(); v.Close(); db.Close() })
	must(v.CreateToken(ctx, engine.TokenSpec{Symbol: "ACME", Currency: "USD", TickSize: 1, LotSize: 1}))
	vn := &venue{v: v, keys: map[string]string{}, ws: "ws" + strings.TrimPrefix(srv.URL, "http") + "/v1/ws"}
	for _, a := range []string{"a", "b"} {
		must(v.CreateAccount(ctx, a))
		must(v.Deposit(ctx, a, "USD", 100_000_000))
		must(v.Credit(ctx, a, "ACME", 100_000))
		k, _, err := keys.Create(ctx, web.RoleTrader, a)
		must(err)
		vn.keys[a] = k
	}
	return vn
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 20 s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestTwoBotsMakeATradingMarket runs two bots on one token: they quote both
// sides, trade with each other (and never with themselves), and when they
// stop their quotes go with them (cancel-on-disconnect).
func TestTwoBotsMakeATradingMarket(t *testing.T) {
	vn := newVenue(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var bots []*bot.Bot
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for i, a := range []string{"a", "b"} {
		b := bot.New(bot.Config{URL: vn.ws, Key: vn.keys[a], Token: "ACME", Mid: 1000, Interval: 20 * time.Millisecond,
			TakeEvery: 2 + i, Seed: uint64(i + 1)})
		bots = append(bots, b)
		wg.Add(1)
		go func() { defer wg.Done(); errs <- b.Run(ctx) }()
	}
	waitFor(t, "two-sided book", func() bool {
		d, err := vn.v.Depth(ctx, "ACME", 5)
		return err == nil && len(d.Bids) > 0 && len(d.Asks) > 0
	})
	waitFor(t, "ten trades", func() bool { return len(vn.v.Trades("ACME", 0)) >= 10 })
	for _, tr := range vn.v.Trades("ACME", 0) {
		if tr.Buyer == tr.Seller {
			t.Fatalf("self trade %+v", tr)
		}
	}
	// Between requotes a side may be empty for a moment; never crossed.
	if d, err := vn.v.Depth(ctx, "ACME", 50); err == nil && len(d.Bids) > 0 && len(d.Asks) > 0 && d.Bids[0].Price >= d.Asks[0].Price {
		t.Errorf("crossed book: bid %d, ask %d", d.Bids[0].Price, d.Asks[0].Price)
	}

	cancel()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("bots did not stop within 5 s of cancel")
	}
	for range bots {
		if err := <-errs; !errors.Is(err, context.Canceled) {
			t.Errorf("Run returned %v, want context.Canceled", err)
		}
	}
	waitFor(t, "quotes cancelled with the connections", func() bool {
		return len(vn.v.Orders("a", true)) == 0 && len(vn.v.Orders("b", true)) == 0
	})
	for i, b := range bots {
		s := b.Stats()
		if s.Placed == 0 || s.Fills == 0 || s.Connects != 1 || s.Rejected != 0 {
			t.Errorf("bot %d stats %+v: want orders placed, fills, one connection, no refusals", i, s)
		}
	}
}

// TestBadKeyStops: a refused key is not retried.
func TestBadKeyStops(t *testing.T) {
	vn := newVenue(t)
	b := bot.New(bot.Config{URL: vn.ws, Key: "rk_not-a-key", Token: "ACME", Mid: 1000})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := b.Run(ctx); !errors.Is(err, bot.ErrUnauthorized) {
		t.Fatalf("Run with a bad key: %v, want ErrUnauthorized", err)
	}
}

// proxy forwards TCP connections to target and can cut them all, as a
// network failure would.
type proxy struct {
	ln    net.Listener
	mu    sync.Mutex
	conns []net.Conn
}

func newProxy(t *testing.T, target string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln}
	t.Cleanup(func() { ln.Close(); p.cut() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			p.mu.Lock()
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go io.Copy(up, c)
			go io.Copy(c, up)
		}
	}()
	return p
}

func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// TestReconnectsAfterNetworkFailure: a cut connection is redialled, the
// quotes of the dead connection are cancelled by the venue, and the bot
// quotes again.
func TestReconnectsAfterNetworkFailure(t *testing.T) {
	vn := newVenue(t)
	u, err := url.Parse(vn.ws)
	if err != nil {
		t.Fatal(err)
	}
	p := newProxy(t, u.Host)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b := bot.New(bot.Config{URL: "ws://" + p.ln.Addr().String() + u.Path, Key: vn.keys["a"], Token: "ACME", Mid: 1000,
		Interval: 20 * time.Millisecond, Seed: 1})
	done := make(chan error, 1)
	go func() { done <- b.Run(ctx) }()
	waitFor(t, "quotes", func() bool { return len(vn.v.Orders("a", true)) == 4 })
	p.cut()
	waitFor(t, "a second connection", func() bool { return b.Stats().Connects == 2 })
	waitFor(t, "quotes again", func() bool { return b.Stats().Placed >= 8 && len(vn.v.Orders("a", true)) == 4 })
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Run: %v", err)
	}
}
