package docs_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/websocket"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/web"
)

// TestTraderSession plays TRADER.md's session over a real WebSocket against
// the venue wired as `regula serve` wires it (kyc and reg-d bound to ACME),
// and checks the answers the page shows: replies with rate-limit fields, the
// book snapshot at seq 1, place/amend/cancel by client id, a rule_denied
// error naming the rule with a `rejected` event whose code is the rule's as
// a string, a fill on the orders and trades channels, the free ping, and
// cancel-on-disconnect.
func TestTraderSession(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two example modules to Wasm")
	}
	ctx := context.Background()
	ops, keys, ts := startVenue(t, false)
	seedTraders(t, ctx, ops)
	wsURL := "ws" + strings.TrimPrefix(ts.URL, "http") + "/v1/ws"
	key := func(account string) string {
		k, _, err := keys.Create(ctx, web.RoleTrader, account)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}

	alice := dial(t, wsURL+"?cancel_on_disconnect=true", key("alice"))
	r := alice.call(`{"op":"subscribe","id":"s1","channel":"orders"}`)
	if r["type"] != "reply" || r["remaining"] == nil || r["reset_ms"] == nil {
		t.Errorf("subscribe reply = %v; want a reply with remaining and reset_ms", r)
	}
	alice.call(`{"op":"subscribe","id":"s2","channel":"book","token":"ACME"}`)
	snap := alice.next("book")
	if snap["seq"] != 1.0 || snap["snapshot"] != true || snap["mode"] != "continuous" {
		t.Errorf("first book message = %v; want the snapshot at seq 1", snap)
	}
	alice.call(`{"op":"subscribe","id":"s3","channel":"trades","token":"ACME"}`)

	r = alice.call(`{"op":"place","id":"p1","token":"ACME","client_id":"alice-0001","side":"buy","price":1245,"qty":40}`)
	if r["type"] != "reply" || r["order_id"] == nil || kinds(r["events"]) != "accepted" {
		t.Fatalf("place reply = %v", r)
	}
	if m := alice.next("orders"); m["seq"] != 1.0 || kinds(m["events"]) != "accepted" {
		t.Errorf("orders channel after place = %v", m)
	}
	if m := alice.next("book"); m["seq"] != 2.0 {
		t.Errorf("book delta after place = %v; want seq 2", m)
	}
	r = alice.call(`{"op":"amend","id":"a1","client_id":"alice-0001","qty":20}`)
	if evs, _ := r["events"].([]any); len(evs) != 1 || evs[0].(map[string]any)["kind"] != "amended" || evs[0].(map[string]any)["remaining"] != 20.0 {
		t.Errorf("amend reply = %v", r)
	}
	r = alice.call(`{"op":"cancel","id":"c1","client_id":"alice-0001"}`)
	if kinds(r["events"]) != "cancelled" {
		t.Errorf("cancel reply = %v", r)
	}

	bob := dial(t, wsURL, key("bob"))
	bob.call(`{"op":"subscribe","id":"s1","channel":"orders"}`)
	r = bob.call(`{"op":"place","id":"p2","token":"ACME","client_id":"bob-1","side":"buy","price":1245,"qty":40}`)
	rule, _ := r["rule"].(map[string]any)
	if r["type"] != "error" || r["code"] != "rule_denied" || rule["code"] != 40.0 || rule["rule"] != "reg-d@1.0.0" || rule["reason"] == "" {
		t.Errorf("bob's place = %v; want rule_denied with rule {40, reason, reg-d@1.0.0}", r)
	}
	if m := bob.next("orders"); kinds(m["events"]) != "rejected" || event(m, 0)["code"] != "40" || event(m, 0)["rule"] != "reg-d@1.0.0" {
		t.Errorf("bob's orders channel = %v; want rejected with code \"40\" and the rule", m)
	}

	// A fill: alice bids, carol (lots old enough for reg-d) sells into it.
	alice.call(`{"op":"place","id":"p3","token":"ACME","client_id":"alice-0002","side":"buy","price":1245,"qty":40}`)
	carol := dial(t, wsURL, key("carol"))
	r = carol.call(`{"op":"place","id":"p4","token":"ACME","client_id":"carol-1","side":"sell","price":1245,"qty":40}`)
	if !strings.Contains(kinds(r["events"]), "trade") {
		t.Fatalf("carol's sell = %v; want a trade", r)
	}
	alice.until(func(m map[string]any) bool {
		return m["type"] == "orders" && strings.Contains(kinds(m["events"]), "filled")
	})
	alice.until(func(m map[string]any) bool { return m["type"] == "trades" })

	// ping is free: twenty of them leave the bucket where one request does.
	before := alice.call(`{"op":"subscribe","id":"s4","channel":"book","token":"OTHER"}`) // an error reply reports the bucket too
	for i := range 20 {
		if p := alice.call(fmt.Sprintf(`{"op":"ping","id":"g%d"}`, i)); p["type"] != "reply" {
			t.Fatalf("ping reply = %v", p)
		}
	}
	after := alice.call(`{"op":"subscribe","id":"s5","channel":"book","token":"OTHER"}`)
	b, okb := before["remaining"].(float64)
	a, oka := after["remaining"].(float64)
	if !okb || !oka || a < b-1 {
		t.Errorf("remaining %v before twenty pings and %v after: pings cost requests", before["remaining"], after["remaining"])
	}

	// Cancel-on-disconnect: alice's resting order goes with her connection.
	alice.call(`{"op":"place","id":"p5","token":"ACME","client_id":"alice-0003","side":"buy","price":1200,"qty":10}`)
	alice.ws.Close()
	deadline := time.Now().Add(5 * time.Second)
	for len(ops.Venue.Orders("alice", true)) > 0 {
		if time.Now().After(deadline) {
			t.Fatalf("alice's open orders after disconnect: %+v", ops.Venue.Orders("alice", true))
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// startVenue runs the venue as `regula serve` wires it (issuer
// operations, API keys, the WebSocket hub, the HTTP API) on a fresh database
// behind an httptest server; everything stops with the test.
//
// With chain, trades settle on an embedded simulated chain rebuilt from the
// database, as with `regula serve --chain sim` (the default).
func startVenue(t *testing.T, chain bool) (*issuer.Ops, *web.Keys, *httptest.Server) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "regula.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ref := &web.HubRef{}
	opts := issuer.Options{Venue: engine.Config{OnEvents: ref.OnEvents}}
	if chain {
		operator, err := contracts.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		signer, err := contracts.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		sim, err := contracts.NewSimulated(operator, contracts.SimulatedOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { sim.Close() })
		opts.Chain = &issuer.ChainOptions{Chain: sim, Compliance: signer, Ephemeral: true}
	}
	ops, err := issuer.Open(ctx, db, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ops.Close(ctx) })
	keys, err := web.NewKeys(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	hub := web.NewHub(ops.Venue, keys, web.HubOptions{})
	t.Cleanup(func() { hub.Close() })
	ref.Set(hub)
	srv := web.NewServer(ops)
	srv.Hub, srv.Keys = hub, keys
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ops, keys, ts
}

// seedTraders lists ACME with kyc and reg-d, and onboards alice (accredited
// buyer), bob (US, not accredited) and carol (a seller with a two-year-old lot).
func seedTraders(t *testing.T, ctx context.Context, ops *issuer.Ops) {
	t.Helper()
	for _, name := range []string{"kyc", "reg-d"} {
		if _, err := ops.Rules.Upload(ctx, *exampleModule(t, name)); err != nil {
			t.Fatal(err)
		}
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(ops.CreateToken(ctx, "test", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: "ACME", Currency: "USD", TickSize: 5, LotSize: 10}}))
	_, err := ops.BindRuleSet(ctx, "issuer", "ACME", []rules.Entry{{Module: "kyc@1.0.0"}, {Module: "reg-d@1.0.0"}})
	must(err)
	for i, inv := range []registry.Investor{
		{ID: "inv-alice", Country: "US", USPerson: true, Class: registry.ClassProfessional, KYCStatus: registry.KYCApproved, Accredited: true},
		{ID: "inv-bob", Country: "US", USPerson: true, Class: registry.ClassRetail, KYCStatus: registry.KYCApproved},
		{ID: "inv-carol", Country: "US", USPerson: true, Class: registry.ClassProfessional, KYCStatus: registry.KYCApproved, Accredited: true},
	} {
		account := strings.TrimPrefix(inv.ID, "inv-")
		must(ops.PutInvestor(ctx, "test", inv))
		must(ops.AddAccount(ctx, "test", registry.Account{ID: account, InvestorID: inv.ID,
			Wallet: common.HexToAddress(fmt.Sprintf("0x%040x", i+1))}))
		must(ops.Deposit(ctx, account, "USD", 10_000_000))
	}
	// ISSUER.md, "Mint": historic lots are minted with Ops.Now set to their date.
	now := ops.Now
	ops.Now = func() time.Time { return now().AddDate(-2, 0, 0) }
	must(ops.Mint(ctx, "test", "ACME", "carol", 1000))
	ops.Now = now
}

// wsClient is one test connection; msgs buffers what was read but not yet
// asked for.
type wsClient struct {
	t    *testing.T
	ws   *websocket.Conn
	msgs []map[string]any
}

func dial(t *testing.T, url, key string) *wsClient {
	t.Helper()
	ws, resp, err := websocket.DefaultDialer.Dial(url, http.Header{"Authorization": {"Bearer " + key}})
	if err != nil {
		t.Fatalf("dial %s: %v (%v)", url, err, resp)
	}
	t.Cleanup(func() { ws.Close() })
	return &wsClient{t: t, ws: ws}
}

// until returns the first message, buffered or new, that ok accepts; it
// fails the test after 5 s.
func (c *wsClient) until(ok func(map[string]any) bool) map[string]any {
	c.t.Helper()
	for i, m := range c.msgs {
		if ok(m) {
			c.msgs = append(c.msgs[:i:i], c.msgs[i+1:]...)
			return m
		}
	}
	c.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		var m map[string]any
		if err := c.ws.ReadJSON(&m); err != nil {
			c.t.Fatalf("waiting for a message: %v (unmatched so far: %v)", err, c.msgs)
		}
		if ok(m) {
			return m
		}
		c.msgs = append(c.msgs, m)
	}
}

// call sends a request and returns its reply or error (matched by id).
func (c *wsClient) call(req string) map[string]any {
	c.t.Helper()
	var r struct{ ID string }
	if err := json.Unmarshal([]byte(req), &r); err != nil {
		c.t.Fatal(err)
	}
	if err := c.ws.WriteMessage(websocket.TextMessage, []byte(req)); err != nil {
		c.t.Fatal(err)
	}
	return c.until(func(m map[string]any) bool {
		return (m["type"] == "reply" || m["type"] == "error") && m["id"] == r.ID
	})
}

// next returns the next message of a channel.
func (c *wsClient) next(channel string) map[string]any {
	c.t.Helper()
	return c.until(func(m map[string]any) bool { return m["type"] == channel })
}

// kinds lists the kinds of an events array, comma-separated.
func kinds(evs any) string {
	list, _ := evs.([]any)
	var ks []string
	for _, e := range list {
		if m, ok := e.(map[string]any); ok {
			ks = append(ks, fmt.Sprint(m["kind"]))
		}
	}
	return strings.Join(ks, ",")
}

// event returns the i-th event of a channel message.
func event(m map[string]any, i int) map[string]any {
	list, _ := m["events"].([]any)
	if i >= len(list) {
		return nil
	}
	e, _ := list[i].(map[string]any)
	return e
}
