package web_test

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/web"
)

func TestWSUpgradeNeedsKey(t *testing.T) {
	e := newWSEnv(t, envOpt{})
	revoked, info, err := e.keys.Create(context.Background(), web.RoleTrader, "a")
	if err != nil {
		t.Fatal(err)
	}
	if err := e.keys.Revoke(context.Background(), info.ID); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		header string
		query  string
		status int
	}{
		{"no key", "", "", 401},
		{"wrong key", "Bearer rk_nope", "", 401},
		{"not bearer", "Basic " + e.key["a"], "", 401},
		{"revoked", "Bearer " + revoked, "", 401},
		{"bad cancel_on_disconnect", "Bearer " + e.key["a"], "cancel_on_disconnect=maybe", 400},
		{"cancel_on_disconnect without a trader", "Bearer " + e.key["operator"], "cancel_on_disconnect=true", 403},
		{"header", "Bearer " + e.key["a"], "", 101},
		{"query", "", "key=" + e.key["b"], 101},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := http.Header{}
			if c.header != "" {
				h.Set("Authorization", c.header)
			}
			ws, resp, err := websocket.DefaultDialer.Dial(e.wsURL(c.query), h)
			if resp == nil {
				t.Fatalf("no response: %v", err)
			}
			if resp.StatusCode != c.status {
				t.Fatalf("status %d, want %d (%v)", resp.StatusCode, c.status, err)
			}
			if ws != nil {
				ws.Close()
			}
		})
	}

	t.Run("NoQueryKey", func(t *testing.T) {
		e := newWSEnv(t, envOpt{hub: web.HubOptions{NoQueryKey: true}})
		_, resp, err := websocket.DefaultDialer.Dial(e.wsURL("key="+e.key["a"]), nil)
		if err == nil || resp == nil || resp.StatusCode != 401 {
			t.Fatalf("query key accepted with NoQueryKey: %v %v", err, resp)
		}
	})
}

// localBook applies book messages the way a client would.
type localBook struct{ bids, asks map[int64]engine.Level }

func (b *localBook) apply(m wsMsg) {
	if m.Snapshot {
		b.bids, b.asks = map[int64]engine.Level{}, map[int64]engine.Level{}
	}
	for side, ls := range map[*map[int64]engine.Level][]engine.Level{&b.bids: m.Bids, &b.asks: m.Asks} {
		for _, l := range ls {
			if l.Qty == 0 {
				delete(*side, l.Price)
			} else {
				(*side)[l.Price] = l
			}
		}
	}
}

func (b *localBook) levels(bids bool) []engine.Level {
	m := b.asks
	if bids {
		m = b.bids
	}
	var out []engine.Level
	for _, l := range m {
		out = append(out, l)
	}
	sort.Slice(out, func(i, j int) bool {
		if bids {
			return out[i].Price > out[j].Price
		}
		return out[i].Price < out[j].Price
	})
	return out
}

func TestWSBookSnapshotThenDeltas(t *testing.T) {
	e := newWSEnv(t, envOpt{})
	ctx := context.Background()
	// Resting orders before the subscription: they must be in the snapshot.
	for i, p := range []int64{100, 101, 102} {
		if _, err := e.v.Place(ctx, engine.PlaceOrder{Account: "a", Token: "ACME", ClientID: "pre" + string(rune('0'+i)),
			Side: book.Sell, Type: engine.Limit, TIF: book.GTC, Price: p, Qty: 10}); err != nil {
			t.Fatal(err)
		}
	}
	watcher := e.dial(t, "c", "")
	if r := watcher.req(map[string]any{"op": "subscribe", "channel": "book", "token": "ACME"}); r.Type != "reply" {
		t.Fatalf("subscribe: %+v", r)
	}
	snap := watcher.find("snapshot", func(m wsMsg) bool { return m.Type == "book" })
	if !snap.Snapshot || snap.Seq != 1 || len(snap.Asks) != 3 || snap.Asks[0].Price != 100 || snap.Mode != "continuous" {
		t.Fatalf("snapshot %+v", snap)
	}

	trader := e.dial(t, "b", "")
	steps := []map[string]any{
		place("ACME", "buy", 95, 5, "b1"),
		place("ACME", "buy", 96, 7, "b2"),
		place("ACME", "buy", 100, 4, "b3"),  // takes 4 of the ask at 100
		place("ACME", "buy", 102, 20, "b4"), // sweeps 100 and 101, takes 4 at 102
		{"op": "cancel", "client_id": "b1"},
		{"op": "amend", "client_id": "b2", "qty": 3},
		place("ACME", "sell", 96, 3, "s1"),
	}
	for _, s := range steps {
		if r := trader.req(s); r.Type != "reply" {
			t.Fatalf("%v: %+v", s, r)
		}
	}
	// Another subscriber joining late gets its own snapshot at seq 1.
	late := e.dial(t, "a", "")
	late.req(map[string]any{"op": "subscribe", "channel": "book", "token": "ACME"})

	want, err := e.v.Depth(ctx, "ACME", 50)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []*wsClient{watcher, late} {
		waitFor(t, "book to converge", 5*time.Second, func() (bool, bool) {
			var b localBook
			msgs := c.all("book", "ACME")
			for i, m := range msgs {
				if m.Seq != uint64(i+1) {
					t.Fatalf("book seqs not contiguous: message %d has seq %d", i, m.Seq)
				}
				b.apply(m)
			}
			ok := slices.Equal(b.levels(true), want.Bids) && slices.Equal(b.levels(false), want.Asks)
			return ok, ok
		})
	}
	if n := len(watcher.all("book", "ACME")); n < 4 {
		t.Fatalf("only %d book messages for 7 changes", n)
	}
	// Unsubscribed: no more book messages.
	watcher.req(map[string]any{"op": "unsubscribe", "channel": "book", "token": "ACME"})
	n := len(watcher.all("book", "ACME"))
	trader.req(place("ACME", "buy", 90, 1, "b9"))
	late.find("the last change", func(m wsMsg) bool {
		return m.Type == "book" && len(m.Bids) > 0 && m.Bids[0].Price == 90
	})
	if m := len(watcher.all("book", "ACME")); m != n {
		t.Fatalf("book messages after unsubscribe: %d -> %d", n, m)
	}
	for _, ch := range []string{"book", "trades"} {
		if r := watcher.req(map[string]any{"op": "subscribe", "channel": ch, "token": "NOPE"}); r.Code != engine.EUnknownToken {
			t.Fatalf("%s of an unknown token: %+v", ch, r)
		}
	}
}

func TestWSOrdersRoundTrip(t *testing.T) {
	e := newWSEnv(t, envOpt{})
	a, b := e.dial(t, "a", ""), e.dial(t, "b", "")
	for _, c := range []*wsClient{a, b} {
		if r := c.req(map[string]any{"op": "subscribe", "channel": "orders"}); r.Type != "reply" || r.Remaining == nil || r.ResetMs == nil {
			t.Fatalf("subscribe orders: %+v", r)
		}
		c.req(map[string]any{"op": "subscribe", "channel": "trades", "token": "ACME"})
	}

	r := a.req(place("ACME", "sell", 100, 10, "s1"))
	if r.Type != "reply" || r.OrderID == 0 || len(r.Events) == 0 || r.Events[0].Kind != engine.EvAccepted || r.Events[0].Account != "a" {
		t.Fatalf("place: %+v", r)
	}
	sell := r.OrderID
	if r := a.req(map[string]any{"op": "amend", "order_id": sell, "price": 101, "qty": 8}); r.Type != "reply" || r.Events[0].Kind != engine.EvAmended {
		t.Fatalf("amend: %+v", r)
	}
	// B may not touch A's order, by id or by client id.
	for _, m := range []map[string]any{
		{"op": "cancel", "order_id": sell},
		{"op": "amend", "order_id": sell, "price": 99, "qty": 1},
		{"op": "cancel", "client_id": "s1"},
	} {
		// Exactly the answer for an order that does not exist: ids cannot be probed.
		r := b.req(m)
		if r.Type != "error" || r.Code != engine.EUnknownOrder {
			t.Fatalf("b %v on a's order: %+v", m, r)
		}
		if m["order_id"] != nil {
			none := map[string]any{"op": m["op"], "order_id": 999999, "price": m["price"], "qty": m["qty"]}
			if none["price"] == nil {
				delete(none, "price")
				delete(none, "qty")
			}
			n := b.req(none)
			if n.Code != r.Code || strings.ReplaceAll(n.Message, "999999", fmt.Sprint(sell)) != r.Message {
				t.Fatalf("b %v on a's order: %q; on no order: %q", m, r.Message, n.Message)
			}
		}
	}
	// A fill reaches both parties' orders channels, and the public trades.
	if r := b.req(place("ACME", "buy", 101, 3, "b1")); r.Type != "reply" {
		t.Fatalf("buy: %+v", r)
	}
	for who, c := range map[string]*wsClient{"a": a, "b": b} {
		waitFor(t, who+"'s fill", 5*time.Second, func() (bool, bool) {
			ok := c.hasOrderEvent(func(ev engine.Event) bool {
				return ev.Kind == engine.EvPartiallyFilled || ev.Kind == engine.EvFilled
			})
			return ok, ok
		})
		tr := c.find("public trade", func(m wsMsg) bool { return m.Type == "trades" })
		if tr.Trades[0]["price"].(float64) != 101 || tr.Trades[0]["buyer"] != nil {
			t.Fatalf("public trade %+v", tr.Trades)
		}
	}
	// Nobody sees the other's private events.
	for who, c := range map[string]*wsClient{"a": a, "b": b} {
		for _, ev := range c.orderEvents() {
			if ev.Account != who {
				t.Fatalf("%s got an event of %s: %+v", who, ev.Account, ev)
			}
		}
	}
	if r := a.req(map[string]any{"op": "cancel", "client_id": "s1"}); r.Type != "reply" || r.Events[0].Kind != engine.EvCancelled {
		t.Fatalf("cancel: %+v", r)
	}
	if r := a.req(map[string]any{"op": "cancel", "order_id": sell}); r.Code != engine.EUnknownOrder {
		t.Fatalf("second cancel: %+v", r)
	}

	// A trade broken at settlement: both parties hear of it with the rule.
	trades := e.v.Trades("ACME", 0)
	if len(trades) != 1 {
		t.Fatalf("trades %+v", trades)
	}
	if _, err := e.v.BreakTrade(context.Background(), trades[0].ID, 23, "flowback", "reg-s@1.0.0"); err != nil {
		t.Fatal(err)
	}
	for who, c := range map[string]*wsClient{"a": a, "b": b} {
		waitFor(t, who+"'s break", 5*time.Second, func() (bool, bool) {
			ok := c.hasOrderEvent(func(ev engine.Event) bool {
				return ev.Kind == engine.EvBroken && ev.Rule == "reg-s@1.0.0" && ev.Code == "23"
			})
			return ok, ok
		})
	}
	// The orders channel's seqs are contiguous.
	for _, c := range []*wsClient{a, b} {
		for i, m := range c.all("orders", "") {
			if m.Seq != uint64(i+1) {
				t.Fatalf("orders seq %d at %d", m.Seq, i)
			}
		}
	}
}

func TestWSRoles(t *testing.T) {
	e := newWSEnv(t, envOpt{})
	cases := []struct {
		who  string
		req  map[string]any
		code string // "" = allowed
	}{
		{"operator", map[string]any{"op": "subscribe", "channel": "orders"}, web.EForbidden},
		{"issuer", map[string]any{"op": "subscribe", "channel": "orders"}, web.EForbidden},
		{"compliance", map[string]any{"op": "subscribe", "channel": "orders"}, web.EForbidden},
		{"a", map[string]any{"op": "subscribe", "channel": "decisions"}, web.EForbidden},
		{"operator", map[string]any{"op": "subscribe", "channel": "decisions"}, web.EForbidden},
		{"compliance", map[string]any{"op": "subscribe", "channel": "decisions"}, ""},
		{"issuer", map[string]any{"op": "subscribe", "channel": "book", "token": "ACME"}, ""},
		{"operator", place("ACME", "buy", 1, 1, "x"), web.EForbidden},
		{"compliance", map[string]any{"op": "cancel", "order_id": 1}, web.EForbidden},
		{"issuer", map[string]any{"op": "cancel_on_disconnect", "enabled": true}, web.EForbidden},
		{"a", map[string]any{"op": "subscribe", "channel": "orders", "account": "b"}, engine.EInvalid},
		{"a", map[string]any{"op": "place", "account": "b", "token": "ACME", "side": "buy", "price": 1, "qty": 1}, engine.EInvalid},
	}
	conns := map[string]*wsClient{}
	for _, c := range cases {
		cl := conns[c.who]
		if cl == nil {
			cl = e.dial(t, c.who, "")
			conns[c.who] = cl
		}
		r := cl.req(c.req)
		if c.code == "" && r.Type != "reply" || c.code != "" && (r.Type != "error" || r.Code != c.code) {
			t.Errorf("%s %v: %+v, want code %q", c.who, c.req, r, c.code)
		}
	}
	// Only the compliance subscriber gets decisions.
	a := conns["a"]
	e.hub.OnDecision(map[string]any{"token": "ACME", "allow": false, "code": 40, "rule": "reg-d@1.0.0"})
	d := conns["compliance"].find("decision", func(m wsMsg) bool { return m.Type == "decisions" })
	if d.Seq != 1 || d.Decision["rule"] != "reg-d@1.0.0" {
		t.Fatalf("decision %+v", d)
	}
	if len(a.all("decisions", "")) != 0 || len(conns["operator"].all("decisions", "")) != 0 {
		t.Fatal("a non-compliance key got a decision")
	}
}

func TestWSRuleRejectReachesOrders(t *testing.T) {
	e := newWSEnv(t, envOpt{compliance: denyAccount{account: "c"}})
	c := e.dial(t, "c", "")
	c.req(map[string]any{"op": "subscribe", "channel": "orders"})
	r := c.req(place("ACME", "buy", 100, 5, "x1"))
	if r.Type != "error" || r.Code != engine.ERuleDenied || r.Rule == nil || r.Rule.Code != 40 || r.Rule.Rule != "reg-d@1.0.0" {
		t.Fatalf("place: %+v", r)
	}
	waitFor(t, "the reject on the orders channel", 5*time.Second, func() (bool, bool) {
		ok := c.hasOrderEvent(func(ev engine.Event) bool {
			return ev.Kind == engine.EvRejected && ev.ClientID == "x1" && ev.Rule == "reg-d@1.0.0" && ev.Code == "40" && ev.Reason != ""
		})
		return ok, ok
	})
	// A plain venue refusal is reported the same way, with its code.
	if r := c.req(place("ACME", "buy", 100, 1<<40, "x2")); r.Type != "error" || r.Code == "" {
		t.Fatalf("place: %+v", r)
	}
}

func TestWSRateLimit(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	e := newWSEnv(t, envOpt{hub: web.HubOptions{RatePerSecond: 2, RateBurst: 3, Now: func() time.Time { return now }}})
	a := e.dial(t, "a", "")
	for i, want := range []int64{2, 1, 0} {
		r := a.req(map[string]any{"op": "subscribe", "channel": "trades", "token": "ACME"})
		if r.Type != "reply" || *r.Remaining != want {
			t.Fatalf("request %d: %+v", i, r)
		}
	}
	r := a.req(place("ACME", "buy", 1, 1, "x"))
	if r.Type != "error" || r.Code != web.ERateLimited || *r.Remaining != 0 || *r.ResetMs != 500 {
		t.Fatalf("over the limit: %+v (reset %d)", r, *r.ResetMs)
	}
	// The bucket is per key: a second connection of the same key is limited too.
	a2 := e.dial(t, "a", "")
	if r := a2.req(map[string]any{"op": "subscribe", "channel": "orders"}); r.Code != web.ERateLimited {
		t.Fatalf("second connection: %+v", r)
	}
	// Another key is not; ping is free.
	if r := e.dial(t, "b", "").req(map[string]any{"op": "subscribe", "channel": "orders"}); r.Type != "reply" {
		t.Fatalf("other key: %+v", r)
	}
	if r := a.req(map[string]any{"op": "ping"}); r.Type != "reply" {
		t.Fatalf("ping: %+v", r)
	}
	// Half a second later, one token is back.
	now = now.Add(500 * time.Millisecond)
	if r := a.req(map[string]any{"op": "subscribe", "channel": "orders"}); r.Type != "reply" || *r.Remaining != 0 {
		t.Fatalf("after refill: %+v", r)
	}
}

func TestWSStrictDecoding(t *testing.T) {
	e := newWSEnv(t, envOpt{hub: web.HubOptions{MaxBadMessages: 4}})
	a := e.dial(t, "a", "")
	cases := []struct {
		msg  string
		code string
	}{
		{`{"op":"subscribe","id":"1","channel":"book","token":"ACME","extra":1}`, engine.EInvalid},
		{`{"op":"place","id":"2","token":"ACME","qty":"ten"}`, engine.EInvalid},
		{`{"op":"place","id":"3","token":"ACME","qty":1e30}`, engine.EInvalid},
		{`{"op":"launch","id":"4"}`, web.EUnknownOp},
		{`{"op":"subscribe","id":"5","channel":"book"}`, engine.EInvalid},
		{`{"op":"cancel","id":"6"}`, engine.EInvalid},
		{`{"op":"ping","id":"7"} {}`, engine.EInvalid},
		{`[1,2]`, engine.EInvalid},
		{`{"op":"place","id":"8","token":"ACME","side":"up","price":1,"qty":1}`, engine.EInvalid},
	}
	for _, c := range cases {
		n := len(a.all("error", ""))
		a.send(c.msg)
		got := waitFor(t, c.msg, 5*time.Second, func() (wsMsg, bool) {
			errs := a.all("error", "")
			if len(errs) > n {
				return errs[n], true
			}
			return wsMsg{}, false
		})
		if got.Code != c.code || got.Message == "" {
			t.Fatalf("%s: %+v, want %s", c.msg, got, c.code)
		}
		// The connection stays up: a good request between bad ones resets
		// the abuse counter.
		if r := a.req(map[string]any{"op": "ping"}); r.Type != "reply" {
			t.Fatalf("after %s: %+v", c.msg, r)
		}
	}
	// Four bad messages in a row close the connection.
	for range 4 {
		a.send(`{"op":"nope"}`)
	}
	var ce *websocket.CloseError
	if err := a.closedErr(5 * time.Second); !errors.As(err, &ce) || ce.Code != websocket.ClosePolicyViolation {
		t.Fatalf("abusive client: %v", err)
	}
	waitFor(t, "abusive counter", 5*time.Second, func() (bool, bool) { ok := e.hub.Stats().Abusive == 1; return ok, ok })

	// An oversized message closes at once with 1009.
	b := e.dial(t, "b", "")
	big := make([]byte, web.MaxWSMessageBytes+1)
	for i := range big {
		big[i] = ' '
	}
	b.send(string(big))
	if err := b.closedErr(5 * time.Second); !errors.As(err, &ce) || ce.Code != websocket.CloseMessageTooBig {
		t.Fatalf("oversized message: %v", err)
	}
}

func TestWSHeartbeatAndIdleTimeout(t *testing.T) {
	e := newWSEnv(t, envOpt{hub: web.HubOptions{HeartbeatInterval: 50 * time.Millisecond, IdleTimeout: time.Second}})
	a := e.dial(t, "a", "")
	a.find("heartbeat", func(m wsMsg) bool { return m.Type == "heartbeat" && m.Time > 0 })

	// A client that neither sends nor answers pings (it does not read, so
	// gorilla never pongs) is closed once idle.
	h := http.Header{}
	h.Set("Authorization", "Bearer "+e.key["b"])
	ws, _, err := websocket.DefaultDialer.Dial(e.wsURL(""), h)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	waitFor(t, "second connection", 5*time.Second, func() (bool, bool) {
		ok := e.hub.Stats().Connections == 2
		return ok, ok
	})
	waitFor(t, "idle connection closed", 5*time.Second, func() (bool, bool) {
		ok := e.hub.Stats().Connections == 1
		return ok, ok
	})
	// The one that reads (and so answers pings) is still there.
	if r := a.req(map[string]any{"op": "ping"}); r.Type != "reply" {
		t.Fatalf("ping: %+v", r)
	}
}

func TestWSCancelOnDisconnect(t *testing.T) {
	e := newWSEnv(t, envOpt{})
	cases := []struct {
		name   string
		query  string
		op     *bool
		cancel bool
	}{
		{"query", "cancel_on_disconnect=true", nil, true},
		{"op", "", ptrTo(true), true},
		{"op turns query off", "cancel_on_disconnect=true", ptrTo(false), false},
		{"off", "", nil, false},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			acct := []string{"a", "b", "c", "a"}[i]
			ctx := context.Background()
			for _, o := range e.v.Orders(acct, true) { // leftovers of an earlier case
				e.v.Cancel(ctx, engine.CancelOrder{Account: acct, OrderID: o.ID})
			}
			cl := e.dial(t, acct, c.query)
			if c.op != nil {
				if r := cl.req(map[string]any{"op": "cancel_on_disconnect", "enabled": *c.op}); r.Type != "reply" || *r.Enabled != *c.op {
					t.Fatalf("op: %+v", r)
				}
			}
			cl.req(place("BETA", "buy", 10, 1, "o1"))
			cl.req(place("BETA", "buy", 11, 1, "o2"))
			if n := len(e.v.Orders(acct, true)); n != 2 {
				t.Fatalf("%d open orders", n)
			}
			before := e.hub.Stats().Connections
			cl.ws.Close()
			waitFor(t, "disconnect seen", 5*time.Second, func() (bool, bool) {
				ok := e.hub.Stats().Connections == before-1
				return ok, ok
			})
			if c.cancel {
				waitFor(t, "orders cancelled", 5*time.Second, func() (bool, bool) {
					ok := len(e.v.Orders(acct, true)) == 0
					return ok, ok
				})
			} else if n := len(e.v.Orders(acct, true)); n != 2 {
				t.Fatalf("%d open orders left, want 2", n)
			}
		})
	}
}

func ptrTo[T any](v T) *T { return &v }

// TestWSSlowConsumer: a client that never reads is cut off with a close
// frame, a counter and a log line, while a client that reads gets every
// message, in order.
func TestWSSlowConsumer(t *testing.T) {
	e := newWSEnv(t, envOpt{hub: web.HubOptions{QueueSize: 16}})
	good := e.dial(t, "a", "")
	good.req(map[string]any{"op": "subscribe", "channel": "trades", "token": "ACME"})

	// The slow client: a tiny receive buffer and no reader at all.
	d := websocket.Dialer{NetDial: func(network, addr string) (net.Conn, error) {
		c, err := net.Dial(network, addr)
		if err == nil {
			c.(*net.TCPConn).SetReadBuffer(4096)
		}
		return c, err
	}}
	h := http.Header{}
	h.Set("Authorization", "Bearer "+e.key["b"])
	slow, _, err := d.Dial(e.wsURL(""), h)
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	if err := slow.WriteJSON(map[string]any{"op": "subscribe", "id": "s", "channel": "trades", "token": "ACME"}); err != nil {
		t.Fatal(err)
	}
	// It reads its subscription's reply, and nothing ever after.
	var rep struct{ Type, ID string }
	if err := slow.ReadJSON(&rep); err != nil || rep.Type != "reply" || rep.ID != "s" {
		t.Fatalf("slow client's reply: %+v %v", rep, err)
	}

	batch := make([]engine.Event, 400)
	for i := range batch {
		batch[i] = engine.Event{Kind: engine.EvTrade, Token: "ACME", TradeID: "ACME-synthetic-trade-id-padding", Price: 100 + int64(i), Qty: 1, Side: "buy", Time: 1}
	}
	sent := 0
	deadline := time.Now().Add(20 * time.Second)
	for e.hub.Stats().SlowConsumers == 0 || sent < 20 {
		if time.Now().After(deadline) || sent > 5000 {
			t.Fatalf("no slow consumer after %d batches (%v)", sent, e.hub.Stats())
		}
		e.hub.OnEvents(batch)
		sent++
		// Pace the feed to the good client, as a real venue's would be.
		waitFor(t, "good client", 5*time.Second, func() (bool, bool) {
			ok := len(good.all("trades", "ACME")) >= sent-8
			return ok, ok
		})
	}
	waitFor(t, "every batch at the good client", 5*time.Second, func() (bool, bool) {
		ok := len(good.all("trades", "ACME")) == sent
		return ok, ok
	})
	for i, m := range good.all("trades", "ACME") {
		if m.Seq != uint64(i+1) || len(m.Trades) != len(batch) {
			t.Fatalf("message %d: seq %d, %d trades", i, m.Seq, len(m.Trades))
		}
	}
	waitFor(t, "the slow consumer gone", 5*time.Second, func() (bool, bool) {
		ok := e.hub.Stats().Connections == 1
		return ok, ok
	})
	if s := e.hub.Stats(); s.SlowConsumers != 1 {
		t.Fatalf("stats %+v", s)
	}
	if !e.logged("slow consumer") {
		t.Fatal("no log line for the slow consumer")
	}
	if r := good.req(map[string]any{"op": "ping"}); r.Type != "reply" {
		t.Fatalf("good client after the cut: %+v", r)
	}
}

func TestWSHubClose(t *testing.T) {
	e := newWSEnv(t, envOpt{})
	a := e.dial(t, "a", "cancel_on_disconnect=true")
	if r := a.req(place("ACME", "buy", 50, 1, "k1")); r.Type != "reply" {
		t.Fatalf("place: %+v", r)
	}
	if err := e.hub.Close(); err != nil {
		t.Fatal(err)
	}
	var ce *websocket.CloseError
	if err := a.closedErr(5 * time.Second); !errors.As(err, &ce) || ce.Code != websocket.CloseGoingAway {
		t.Fatalf("close: %v", err)
	}
	// Close waits for cancel-on-disconnect.
	if n := len(e.v.Orders("a", true)); n != 0 {
		t.Fatalf("%d open orders after the hub closed", n)
	}
	h := http.Header{}
	h.Set("Authorization", "Bearer "+e.key["b"])
	_, resp, err := websocket.DefaultDialer.Dial(e.wsURL(""), h)
	if err == nil || resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Fatalf("upgrade after Close: %v %v", err, resp)
	}
	e.hub.OnEvents([]engine.Event{{Kind: engine.EvTrade, Token: "ACME"}}) // ignored, no panic
	e.hub.Close()                                                         // twice is fine
}

func TestHubRefBeforeSet(t *testing.T) {
	var ref web.HubRef
	ref.OnEvents([]engine.Event{{Kind: engine.EvTrade}}) // no hub yet: dropped, no panic
}

// TestWSRevokedKeyIsDisconnected: revoking a key, here or from another
// process on the same database, closes its open connections with 1008;
// the other keys' connections stay.
func TestWSRevokedKeyIsDisconnected(t *testing.T) {
	e := newWSEnv(t, envOpt{hub: web.HubOptions{KeyCheckInterval: 50 * time.Millisecond}})
	a, b := e.dial(t, "a", ""), e.dial(t, "b", "")
	a.req(map[string]any{"op": "subscribe", "channel": "orders"})
	keys, err := e.keys.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var aID string
	for _, k := range keys {
		if k.Role == web.RoleTrader && k.Account == "a" {
			aID = k.ID
		}
	}
	// Another process: a second key store on the same database.
	other, err := web.NewKeys(context.Background(), e.db, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Revoke(context.Background(), aID); err != nil {
		t.Fatal(err)
	}
	err = a.closedErr(5 * time.Second)
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != websocket.ClosePolicyViolation || ce.Text != "API key revoked" {
		t.Fatalf("a's connection ended with %v", err)
	}
	if r := b.req(map[string]any{"op": "ping"}); r.Type != "reply" {
		t.Fatalf("b's ping: %+v", r)
	}
	if !e.logged("revoked: connection closed") {
		t.Fatal("the disconnection is not logged")
	}
}
