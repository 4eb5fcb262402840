package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/web"
)

// wsEnv is a venue over SQLite in a temporary directory, the key store, a
// hub and an httptest server on loopback with the hub at /v1/ws.
type wsEnv struct {
	t    *testing.T
	db   *store.DB
	v    *engine.Venue
	keys *web.Keys
	hub  *web.Hub
	srv  *httptest.Server
	key  map[string]string // plaintext keys by name: a, b, c (traders), issuer, compliance, operator

	mu   sync.Mutex
	logs []string
}

type envOpt struct {
	hub        web.HubOptions
	compliance engine.Compliance
}

func newWSEnv(t testing.TB, o envOpt) *wsEnv {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "ws.db"))
	if err != nil {
		t.Fatal(err)
	}
	e := &wsEnv{db: db, key: map[string]string{}}
	if tt, ok := t.(*testing.T); ok {
		e.t = tt
	}
	ref := &web.HubRef{}
	v, err := engine.New(engine.Config{Journal: db.Journal(store.JournalConfig{}), OnEvents: ref.OnEvents,
		Compliance: o.compliance, Logf: func(string, ...any) {}})
	if err != nil {
		t.Fatal(err)
	}
	e.v = v
	keys, err := web.NewKeys(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.keys = keys
	if o.hub.Logf == nil {
		o.hub.Logf = func(f string, a ...any) {
			e.mu.Lock()
			e.logs = append(e.logs, fmt.Sprintf(f, a...))
			e.mu.Unlock()
		}
	}
	e.hub = web.NewHub(v, keys, o.hub)
	ref.Set(e.hub)
	mux := http.NewServeMux()
	mux.Handle("GET /v1/ws", e.hub)
	e.srv = httptest.NewServer(mux)
	t.Cleanup(func() { e.srv.Close(); e.hub.Close(); v.Close(); db.Close() })

	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(v.CreateToken(ctx, engine.TokenSpec{Symbol: "ACME", Currency: "USD", TickSize: 1, LotSize: 1}))
	must(v.CreateToken(ctx, engine.TokenSpec{Symbol: "BETA", Currency: "USD", TickSize: 1, LotSize: 1}))
	for _, a := range []string{"a", "b", "c"} {
		must(v.CreateAccount(ctx, a))
		must(v.Deposit(ctx, a, "USD", 1_000_000_000))
		must(v.Credit(ctx, a, "ACME", 1_000_000))
		must(v.Credit(ctx, a, "BETA", 1_000_000))
		k, _, err := keys.Create(ctx, web.RoleTrader, a)
		must(err)
		e.key[a] = k
	}
	for name, role := range map[string]web.Role{"compliance": web.RoleCompliance, "operator": web.RoleOperator} {
		k, _, err := keys.Create(ctx, role)
		must(err)
		e.key[name] = k
	}
	k, _, err := keys.Create(ctx, web.RoleIssuer, "ACME")
	must(err)
	e.key["issuer"] = k
	return e
}

func (e *wsEnv) logged(sub string) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, l := range e.logs {
		if strings.Contains(l, sub) {
			return true
		}
	}
	return false
}

func (e *wsEnv) wsURL(query string) string {
	u := "ws" + strings.TrimPrefix(e.srv.URL, "http") + "/v1/ws"
	if query != "" {
		u += "?" + query
	}
	return u
}

// wsMsg is any server message, decoded loosely for checks.
type wsMsg struct {
	Type    string `json:"type"`
	ID      string `json:"id"`
	Op      string `json:"op"`
	Code    string `json:"code"`
	Message string `json:"message"`
	Rule    *struct {
		Code         int
		Reason, Rule string
	} `json:"rule"`
	Seq       uint64           `json:"seq"`
	Token     string           `json:"token"`
	Snapshot  bool             `json:"snapshot"`
	Mode      string           `json:"mode"`
	Bids      []engine.Level   `json:"bids"`
	Asks      []engine.Level   `json:"asks"`
	Trades    []map[string]any `json:"trades"`
	Events    []engine.Event   `json:"events"`
	OrderID   uint64           `json:"order_id"`
	Remaining *int64           `json:"remaining"`
	ResetMs   *int64           `json:"reset_ms"`
	Enabled   *bool            `json:"enabled"`
	Decision  map[string]any   `json:"decision"`
	Time      int64            `json:"time"`
	recv      time.Time
}

// wsClient reads every message in the background into a log that the test
// polls.
type wsClient struct {
	t    testing.TB
	ws   *websocket.Conn
	mu   sync.Mutex
	msgs []wsMsg
	err  error
	next int // first message not yet consumed by waitReply
	n    int
	done chan struct{}
}

func (e *wsEnv) dial(t testing.TB, who, query string) *wsClient {
	t.Helper()
	h := http.Header{}
	h.Set("Authorization", "Bearer "+e.key[who])
	ws, resp, err := websocket.DefaultDialer.Dial(e.wsURL(query), h)
	if err != nil {
		t.Fatalf("dial as %s: %v (%v)", who, err, resp)
	}
	c := &wsClient{t: t, ws: ws, done: make(chan struct{})}
	go c.read()
	t.Cleanup(func() { ws.Close() })
	return c
}

func (c *wsClient) read() {
	defer close(c.done)
	for {
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			c.mu.Lock()
			c.err = err
			c.mu.Unlock()
			return
		}
		var m wsMsg
		if err := json.Unmarshal(data, &m); err != nil {
			c.mu.Lock()
			c.err = fmt.Errorf("undecodable server message %s: %w", data, err)
			c.mu.Unlock()
			return
		}
		m.recv = time.Now()
		c.mu.Lock()
		c.msgs = append(c.msgs, m)
		c.mu.Unlock()
	}
}

func (c *wsClient) send(v any) {
	c.t.Helper()
	var err error
	if s, ok := v.(string); ok {
		err = c.ws.WriteMessage(websocket.TextMessage, []byte(s))
	} else {
		err = c.ws.WriteJSON(v)
	}
	if err != nil {
		c.t.Fatal(err)
	}
}

// waitFor polls until some message from the start satisfies pred and returns
// it; it fails the test after the deadline.
func waitFor[T any](t testing.TB, what string, d time.Duration, f func() (T, bool)) T {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		if v, ok := f(); ok {
			return v
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// find returns the first message satisfying pred.
func (c *wsClient) find(what string, pred func(wsMsg) bool) wsMsg {
	c.t.Helper()
	return waitFor(c.t, what, 5*time.Second, func() (wsMsg, bool) {
		c.mu.Lock()
		defer c.mu.Unlock()
		for _, m := range c.msgs {
			if pred(m) {
				return m, true
			}
		}
		if c.err != nil {
			c.t.Fatalf("waiting for %s: connection ended: %v", what, c.err)
		}
		return wsMsg{}, false
	})
}

// req sends a request with a fresh id and returns its reply or error.
func (c *wsClient) req(m map[string]any) wsMsg {
	c.t.Helper()
	c.mu.Lock()
	c.n++
	id := fmt.Sprintf("r%d", c.n)
	c.mu.Unlock()
	m["id"] = id
	c.send(m)
	return c.find("reply to "+id, func(r wsMsg) bool { return (r.Type == "reply" || r.Type == "error") && r.ID == id })
}

// all returns the messages of a type (and token, if given) so far.
func (c *wsClient) all(typ, token string) []wsMsg {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []wsMsg
	for _, m := range c.msgs {
		if m.Type == typ && (token == "" || m.Token == token) {
			out = append(out, m)
		}
	}
	return out
}

// orderEvents returns every event of the orders channel so far.
func (c *wsClient) orderEvents() []engine.Event {
	var out []engine.Event
	for _, m := range c.all("orders", "") {
		out = append(out, m.Events...)
	}
	return out
}

func (c *wsClient) hasOrderEvent(pred func(engine.Event) bool) bool {
	for _, e := range c.orderEvents() {
		if pred(e) {
			return true
		}
	}
	return false
}

// closedErr returns the read error once the connection ended.
func (c *wsClient) closedErr(d time.Duration) error {
	c.t.Helper()
	select {
	case <-c.done:
		return c.err
	case <-time.After(d):
		c.t.Fatalf("connection still open after %v", d)
		return nil
	}
}

func place(token, side string, price, qty int64, clientID string) map[string]any {
	return map[string]any{"op": "place", "token": token, "side": side, "price": price, "qty": qty, "client_id": clientID}
}

// denyAccount is a Compliance that refuses every order of one account at
// entry, the way a rule module would.
type denyAccount struct{ account string }

func (d denyAccount) Entry(token, account string, side book.Side, qty, price int64, at int64) engine.Verdict {
	if account == d.account {
		return engine.Verdict{Code: 40, Reason: "buyer is not accredited", Rule: "reg-d@1.0.0"}
	}
	return engine.Verdict{Allow: true}
}

func (d denyAccount) Match(token, buyer, seller string, qty, price int64, at int64) engine.Verdict {
	return engine.Verdict{Allow: true}
}
