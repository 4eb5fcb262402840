package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// buildRegula builds the regula binary once per test binary.
var buildRegula = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "regula-bin-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "regula")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

// server is a `regula serve` child process.
type server struct {
	t   *testing.T
	cmd *exec.Cmd
	url string
	// keys are API keys on the server's database by who holds them:
	// operator, issuer (of ACME), and a trader per account t0…t7.
	keys map[string]string
}

// testKeys makes the API keys of a test database once, with `regula key
// create` as an operator would, and returns them by holder.
var testKeys = func() func(t *testing.T, db string) map[string]string {
	var mu sync.Mutex
	made := map[string]map[string]string{}
	return func(t *testing.T, db string) map[string]string {
		t.Helper()
		mu.Lock()
		defer mu.Unlock()
		if k, ok := made[db]; ok {
			return k
		}
		bin, err := buildRegula()
		if err != nil {
			t.Fatal(err)
		}
		keys := map[string]string{}
		create := func(who string, args ...string) {
			out, err := exec.Command(bin, append(append([]string{"key", "create"}, args...), "--db", db)...).Output()
			if err != nil {
				t.Fatalf("regula key create %v: %v", args, err)
			}
			keys[who] = strings.TrimSpace(string(out))
		}
		create("operator", "operator")
		create("issuer", "issuer", "ACME")
		for i := 0; i < 8; i++ {
			id := fmt.Sprintf("t%d", i)
			create(id, "trader", id)
		}
		made[db] = keys
		return keys
	}
}()

func startServer(t *testing.T, db string) *server {
	t.Helper()
	bin, err := buildRegula()
	if err != nil {
		t.Fatal(err)
	}
	keys := testKeys(t, db)
	cmd := exec.Command(bin, "serve", "--db", db, "--addr", "127.0.0.1:0")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &server{t: t, cmd: cmd, keys: keys}
	t.Cleanup(func() { s.kill() })
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if os.Getenv("REGULA_TEST_LOG") != "" {
				t.Log(sc.Text())
			}
			if i := strings.Index(sc.Text(), "serving on "); i >= 0 {
				urls <- strings.TrimSpace(sc.Text()[i+len("serving on "):])
			}
		}
	}()
	select {
	case s.url = <-urls:
	case <-time.After(60 * time.Second):
		t.Fatal("regula serve did not start within 60s")
	}
	return s
}

func (s *server) kill() {
	if s.cmd.Process != nil && s.cmd.ProcessState == nil {
		s.cmd.Process.Signal(syscall.SIGKILL)
		s.cmd.Wait()
	}
}

// do sends a request with the key of who (see server.keys).
func (s *server) do(who, method, path string, body any, out any) (int, error) {
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, s.url+path, rd)
	req.Header.Set("Authorization", "Bearer "+s.keys[who])
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	if out != nil && resp.StatusCode < 300 {
		if err := json.Unmarshal(data, out); err != nil {
			return resp.StatusCode, fmt.Errorf("%s %s: %v: %s", method, path, err, data)
		}
	}
	if resp.StatusCode >= 300 && out != nil {
		return resp.StatusCode, fmt.Errorf("%s %s: %d %s", method, path, resp.StatusCode, data)
	}
	return resp.StatusCode, nil
}

func (s *server) must(who, method, path string, body any, out any) {
	s.t.Helper()
	if _, err := s.do(who, method, path, body, out); err != nil {
		s.t.Fatal(err)
	}
}

type event struct {
	Kind    string `json:"kind"`
	OrderID uint64 `json:"order_id"`
	TradeID string `json:"trade_id"`
	Price   int64  `json:"price"`
	Qty     int64  `json:"qty"`
}

type ack struct {
	account string
	orderID uint64
	trades  map[string]event
}

// load places random crossing orders from 4 goroutines until stop closes,
// and returns every acknowledged order with its fills.
func load(s *server, stop <-chan struct{}, seed int64) []ack {
	var mu sync.Mutex
	var acks []ack
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			rng := rand.New(rand.NewSource(seed + int64(g)))
			for {
				select {
				case <-stop:
					return
				default:
				}
				acct := fmt.Sprintf("t%d", rng.Intn(8))
				side := []string{"buy", "sell"}[rng.Intn(2)]
				var resp struct {
					OrderID uint64  `json:"order_id"`
					Events  []event `json:"events"`
				}
				code, err := s.do(acct, "POST", "/v1/orders", map[string]any{"account": acct, "token": "ACME", "side": side,
					"price": 100 + 5*rng.Intn(9) - 20, "qty": 10 * (1 + rng.Intn(5))}, &resp)
				if err != nil || code != http.StatusCreated {
					if err != nil && strings.Contains(err.Error(), "connection refused") || code == 0 {
						return // killed
					}
					continue
				}
				a := ack{account: acct, orderID: resp.OrderID, trades: map[string]event{}}
				for _, e := range resp.Events {
					if e.Kind == "trade" {
						a.trades[e.TradeID] = e
					}
				}
				mu.Lock()
				acks = append(acks, a)
				mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	return acks
}

func setupVenue(s *server) {
	s.must("operator", "POST", "/v1/tokens", map[string]any{"symbol": "ACME", "currency": "USD", "tick_size": 5, "lot_size": 10}, &struct{}{})
	for i := 0; i < 8; i++ {
		id := fmt.Sprintf("t%d", i)
		s.must("operator", "POST", "/v1/investors", map[string]any{"id": "inv-" + id, "country": "US", "us_person": true,
			"investor_class": "professional", "kyc_status": "approved", "accredited": true}, &struct{}{})
		// Custodial (no wallet): the venue holds the key, so trades settle
		// on the embedded chain.
		s.must("operator", "POST", "/v1/accounts", map[string]any{"id": id, "investor_id": "inv-" + id}, &struct{}{})
		s.must("operator", "POST", "/v1/accounts/"+id+"/deposits", map[string]any{"currency": "USD", "amount": 1_000_000_000}, &struct{}{})
		s.must("issuer", "POST", "/v1/tokens/ACME/mint", map[string]any{"account": id, "qty": 10_000_000}, &struct{}{})
	}
}

type venueView struct {
	Book   json.RawMessage
	Orders map[string]json.RawMessage
	Trades json.RawMessage
}

func view(s *server) venueView {
	v := venueView{Orders: map[string]json.RawMessage{}}
	s.must("operator", "GET", "/v1/tokens/ACME/book?levels=1000", nil, &v.Book)
	for i := 0; i < 8; i++ {
		var raw json.RawMessage
		s.must(fmt.Sprintf("t%d", i), "GET", fmt.Sprintf("/v1/orders?account=t%d", i), nil, &raw)
		v.Orders[fmt.Sprintf("t%d", i)] = raw
	}
	s.must("operator", "GET", "/v1/trades?token=ACME&limit=100000", nil, &v.Trades)
	return v
}

// TestCrashRecovery runs `regula serve` as a child process under load, kills
// it with SIGKILL, restarts it, and finds every acknowledged order and fill;
// then, with the load stopped, it checks that the book, the orders and the
// trades after a SIGKILL and restart equal those before.
func TestCrashRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	db := filepath.Join(t.TempDir(), "crash.db")
	s := startServer(t, db)
	setupVenue(s)

	// Phase 1: SIGKILL in the middle of the load.
	stop := make(chan struct{})
	var acks []ack
	done := make(chan struct{})
	go func() { acks = load(s, stop, 1); close(done) }()
	time.Sleep(1500 * time.Millisecond)
	s.kill()
	close(stop)
	<-done
	if len(acks) < 100 {
		t.Fatalf("only %d orders acknowledged before the kill", len(acks))
	}

	s = startServer(t, db)
	var all []struct {
		ID    string `json:"id"`
		Price int64  `json:"price"`
		Qty   int64  `json:"qty"`
	}
	s.must("operator", "GET", "/v1/trades?token=ACME&limit=100000", nil, &all)
	byID := map[string]int{}
	for i, tr := range all {
		byID[tr.ID] = i
	}
	var fills int
	for _, a := range acks {
		var o struct {
			ID uint64 `json:"id"`
		}
		s.must(a.account, "GET", fmt.Sprintf("/v1/orders/%d", a.orderID), nil, &o)
		for id, e := range a.trades {
			fills++
			i, ok := byID[id]
			if !ok || all[i].Qty != e.Qty || all[i].Price != e.Price {
				t.Fatalf("acknowledged fill %s (%d @ %d) lost after the crash", id, e.Qty, e.Price)
			}
		}
	}
	t.Logf("phase 1: %d acknowledged orders and %d fills all found after SIGKILL", len(acks), fills)
	n := settledOnce(t, s)
	t.Logf("phase 1: all %d trades settled (or, for self-trades, broke) after the restart; cap table, venue and chain agree", n)

	// Phase 2: quiesce, look, SIGKILL, restart, look again.
	stop = make(chan struct{})
	done = make(chan struct{})
	var more []ack
	go func() { more = load(s, stop, 2); close(done) }()
	time.Sleep(500 * time.Millisecond)
	close(stop)
	<-done
	settledOnce(t, s)
	before := view(s)
	s.kill()
	s = startServer(t, db)
	after := view(s)
	if !reflect.DeepEqual(canon(t, before), canon(t, after)) {
		t.Fatalf("venue differs after SIGKILL and restart:\nbook before %s\nbook after  %s", before.Book, after.Book)
	}
	t.Logf("phase 2: %d more orders; book, orders and trades equal after SIGKILL and restart", len(more))
}

// settledOnce waits until no trade of ACME is pending settlement, fails the
// test if any broke (every account is custodial and verified: none should),
// except self-trades, and checks that each account's cap-table balance is its venue balance and
// that the cap table and the chain agree. It returns the number of trades.
func settledOnce(t *testing.T, s *server) int {
	t.Helper()
	var trades []struct {
		ID     string `json:"id"`
		Status string `json:"status"`
		Buyer  string `json:"buyer"`
		Seller string `json:"seller"`
	}
	deadline := time.Now().Add(3 * time.Minute)
	for {
		s.must("operator", "GET", "/v1/trades?token=ACME&limit=100000", nil, &trades)
		pending := 0
		for _, tr := range trades {
			switch tr.Status {
			case "PENDING_SETTLEMENT":
				pending++
			case "SETTLED":
			case "FAILED":
				// The load places orders with stp "none": an account may
				// trade with itself, and such a trade cannot settle.
				if tr.Buyer != tr.Seller {
					t.Fatalf("trade %s (%s to %s) broke: nothing here should", tr.ID, tr.Seller, tr.Buyer)
				}
			default:
				t.Fatalf("trade %s is %s", tr.ID, tr.Status)
			}
		}
		if pending == 0 {
			break
		}
		if time.Now().After(deadline) {
			s.cmd.Process.Signal(syscall.SIGQUIT)
			time.Sleep(2 * time.Second)
			t.Fatalf("%d of %d trades still pending settlement", pending, len(trades))
		}
		time.Sleep(200 * time.Millisecond)
	}
	var ct struct {
		Holdings []struct {
			Accounts map[string]int64 `json:"accounts"`
		} `json:"holdings"`
	}
	s.must("issuer", "GET", "/v1/tokens/ACME/captable", nil, &ct)
	capTable := map[string]int64{}
	for _, h := range ct.Holdings {
		for a, q := range h.Accounts {
			capTable[a] = q
		}
	}
	for i := 0; i < 8; i++ {
		id := fmt.Sprintf("t%d", i)
		var b struct {
			Tokens map[string]struct {
				Total int64 `json:"total"`
			} `json:"tokens"`
		}
		s.must("operator", "GET", "/v1/accounts/"+id+"/balances", nil, &b)
		if got, want := capTable[id], b.Tokens["ACME"].Total; got != want {
			t.Fatalf("account %s: cap table %d, venue %d: a trade settled twice or not at all", id, got, want)
		}
	}
	var rec struct {
		Drift []json.RawMessage `json:"drift"`
	}
	s.must("issuer", "GET", "/v1/tokens/ACME/reconcile", nil, &rec)
	if len(rec.Drift) != 0 {
		t.Fatalf("cap table and chain drift: %s", rec.Drift)
	}
	return len(trades)
}

func canon(t *testing.T, v venueView) map[string]any {
	out := map[string]any{}
	for k, raw := range map[string]json.RawMessage{"book": v.Book, "trades": v.Trades} {
		var x any
		if err := json.Unmarshal(raw, &x); err != nil {
			t.Fatal(err)
		}
		out[k] = x
	}
	for k, raw := range v.Orders {
		var x any
		json.Unmarshal(raw, &x)
		out["orders/"+k] = x
	}
	return out
}

// TestServeShutsDownOnSignal checks that SIGINT and SIGTERM stop `regula
// serve` cleanly (exit 0) and that what it acknowledged is there after.
func TestServeShutsDownOnSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	db := filepath.Join(t.TempDir(), "signal.db")
	for i, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		s := startServer(t, db)
		if i == 0 {
			setupVenue(s)
		}
		var resp struct {
			OrderID uint64 `json:"order_id"`
		}
		s.must("t1", "POST", "/v1/orders", map[string]any{"account": "t1", "token": "ACME", "side": "buy", "price": 50 + 5*i, "qty": 10}, &resp)
		if err := s.cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		if err := s.cmd.Wait(); err != nil {
			t.Fatalf("regula serve after %v: %v", sig, err)
		}
		s = startServer(t, db)
		var o struct {
			Status string `json:"status"`
		}
		s.must("t1", "GET", fmt.Sprintf("/v1/orders/%d", resp.OrderID), nil, &o)
		if o.Status != "open" {
			t.Fatalf("order after restart: %+v", o)
		}
		s.kill()
	}
}

// TestServeWebSocket runs the real binary: a key made with `regula key
// create` while the server runs opens /v1/ws, subscribes to the book, places
// an order over the socket and sees it in its orders stream and the book.
func TestServeWebSocket(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	db := filepath.Join(t.TempDir(), "ws.db")
	s := startServer(t, db)
	setupVenue(s)
	bin, _ := buildRegula()
	out, err := exec.Command(bin, "key", "create", "trader", "t1", "--db", db).Output()
	if err != nil {
		t.Fatalf("regula key create: %v", err)
	}
	key := strings.TrimSpace(string(out))
	if _, _, err := websocket.DefaultDialer.Dial(strings.Replace(s.url, "http", "ws", 1)+"/v1/ws", nil); err == nil {
		t.Fatal("a connection without a key was accepted")
	}
	hdr := http.Header{"Authorization": {"Bearer " + key}}
	c, _, err := websocket.DefaultDialer.Dial(strings.Replace(s.url, "http", "ws", 1)+"/v1/ws", hdr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetReadDeadline(time.Now().Add(20 * time.Second))
	send := func(m map[string]any) {
		if err := c.WriteJSON(m); err != nil {
			t.Fatal(err)
		}
	}
	send(map[string]any{"op": "subscribe", "id": "s1", "channel": "book", "token": "ACME"})
	send(map[string]any{"op": "subscribe", "id": "s2", "channel": "orders"})
	send(map[string]any{"op": "place", "id": "p1", "token": "ACME", "client_id": "ws-1", "side": "buy", "price": 55, "qty": 10})
	var sawSnapshot, sawAck, sawLevel bool
	for !(sawSnapshot && sawAck && sawLevel) {
		var m map[string]any
		if err := c.ReadJSON(&m); err != nil {
			t.Fatalf("read: %v (snapshot %v ack %v level %v)", err, sawSnapshot, sawAck, sawLevel)
		}
		switch m["type"] {
		case "book":
			if m["snapshot"] == true {
				sawSnapshot = true
			}
			if bids, _ := m["bids"].([]any); len(bids) > 0 {
				for _, b := range bids {
					if lv, _ := b.(map[string]any); lv["price"] == float64(55) && lv["qty"] == float64(10) {
						sawLevel = true
					}
				}
			}
		case "orders":
			evs, _ := m["events"].([]any)
			for _, e := range evs {
				if ev, _ := e.(map[string]any); ev["kind"] == "accepted" && ev["client_id"] == "ws-1" {
					sawAck = true
				}
			}
		case "error":
			t.Fatalf("error reply: %v", m)
		}
	}
}

// TestIssuerCLI runs `regula issuer` against a real `regula serve`: list a
// token, onboard an investor, open an account, mint, halt, and read the cap
// table with an issuer key (from --key or REGULA_KEY), deposit with an
// operator key; a refused operation exits non-zero with the venue's code,
// and so does a call without a key or with another issuer's.
func TestIssuerCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dir := t.TempDir()
	s := startServer(t, filepath.Join(dir, "issuer.db"))
	bin, _ := buildRegula()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// env is the REGULA_KEY of the command ("" for none); args may add --key.
	run := func(env string, args ...string) (string, error) {
		cmd := exec.Command(bin, append(append([]string{"issuer"}, args...), "--url", s.url)...)
		cmd.Env = append(os.Environ(), "REGULA_KEY="+env)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	must := func(env string, args ...string) string {
		t.Helper()
		out, err := run(env, args...)
		if err != nil {
			t.Fatalf("regula issuer %v: %v\n%s", args, err, out)
		}
		return out
	}
	iss := s.keys["issuer"]
	must(iss, "token", write("t.json", `{"symbol":"ACME","currency":"USD","tick_size":1,"lot_size":1,"offering":{"exemption":"reg_d_506c"}}`))
	must(iss, "investor", write("i.json", `{"id":"inv-a","country":"US","us_person":true,"investor_class":"professional","kyc_status":"approved","accredited":true}`))
	must("", "account", "alice", "inv-a", "0x00000000000000000000000000000000000a11ce", "--key", iss)
	must(iss, "mint", "ACME", "alice", "500")
	must("", "deposit", "alice", "USD", "1000", "--key", s.keys["operator"])
	if out := must(iss, "halt", "ACME"); !strings.Contains(out, `"halted"`) {
		t.Fatalf("halt:\n%s", out)
	}
	if out := must(iss, "captable", "ACME"); !strings.Contains(out, `"holders": 1`) || !strings.Contains(out, "alice") {
		t.Fatalf("cap table:\n%s", out)
	}

	// The profile, a lock set and lifted (its name needs escaping), the
	// trading mode, and a reconciliation on the embedded chain.
	out := must(iss, "profile", "ACME", write("p.json", `{"offering":{"exemption":"reg_s","closed_at":"2026-01-02T00:00:00Z"},"mica":{"white_paper_published":true,"kind":"other"}}`))
	if !strings.Contains(out, `"exemption": "reg_s"`) || !strings.Contains(out, `"closed_at": "2026-01-02T00:00:00Z"`) || !strings.Contains(out, `"white_paper_published": true`) {
		t.Fatalf("profile:\n%s", out)
	}
	must(iss, "lock", "ACME", write("l.json", `{"investor_id":"inv-a","name":"founder 1/2","quantity":100,"until":"2099-01-01T00:00:00Z","reason":"founder lock-up"}`))
	if out := must(iss, "captable", "ACME"); !strings.Contains(out, `"founder 1/2"`) {
		t.Fatalf("cap table after lock:\n%s", out)
	}
	if out := must(iss, "unlock", "ACME", "inv-a", "founder 1/2"); !strings.Contains(out, `"removed": true`) {
		t.Fatalf("unlock:\n%s", out)
	}
	if out := must(iss, "captable", "ACME"); strings.Contains(out, "founder") {
		t.Fatalf("cap table after unlock:\n%s", out)
	}
	var tok struct{ Mode string }
	for _, mode := range []string{"auction", "continuous"} {
		if out := must(iss, "mode", "ACME", mode); !strings.Contains(out, `"mode_changed"`) {
			t.Fatalf("mode %s:\n%s", mode, out)
		}
		if _, err := s.do("issuer", "GET", "/v1/tokens/ACME", nil, &tok); err != nil || tok.Mode != mode {
			t.Fatalf("mode after `issuer mode ACME %s`: %q, %v", mode, tok.Mode, err)
		}
	}
	out = must(iss, "reconcile", "ACME")
	if !strings.Contains(out, `"token": "ACME"`) || !strings.Contains(out, `"drift": []`) || !strings.Contains(out, `"checked_at"`) {
		t.Fatalf("reconcile of a consistent venue:\n%s", out)
	}

	for _, c := range []struct {
		env  string
		args []string
		code string
	}{
		{iss, []string{"mint", "ACME", "nobody", "5"}, "unknown_account"},
		{iss, []string{"deposit", "alice", "USD", "1"}, "forbidden"},
		{s.keys["t1"], []string{"halt", "ACME"}, "forbidden"},
		{"rk_not-a-key", []string{"captable", "ACME"}, "unauthorized"},
		{"", []string{"captable", "ACME"}, "API key"},
		{iss, []string{"unlock", "ACME", "inv-a", "founder 1/2"}, "invalid"}, // lifted already
		{iss, []string{"profile", "ACME", write("half.json", `{"offering":{"exemption":"reg_s"}}`)}, "invalid"},
		{iss, []string{"mode", "ACME", "halted"}, "continuous or auction"},
		{s.keys["t1"], []string{"reconcile", "ACME"}, "forbidden"},
		{s.keys["operator"], []string{"unlock", "ACME", "inv-a", "x"}, "forbidden"},
	} {
		out, err := run(c.env, c.args...)
		if err == nil || !strings.Contains(out, c.code) {
			t.Fatalf("regula issuer %v: %v\n%s, want %s", c.args, err, out, c.code)
		}
	}
}

// TestIssuerReconcileExit: `regula issuer reconcile` prints the answer and
// exits 0 when the cap table and the chain agree, 1 with a message naming
// the drift when they do not (so cron reports it), and 1 when the venue
// refuses (no chain).
func TestIssuerReconcileExit(t *testing.T) {
	answers := map[string]string{
		"/v1/tokens/CLEAN/reconcile": `{"token":"CLEAN","drift":[],"checked_at":"2027-01-01T00:00:00Z"}`,
		"/v1/tokens/DRIFT/reconcile": `{"token":"DRIFT","drift":[{"token":"DRIFT","account":"a","investor_id":"inv-a",` +
			`"wallet":"0x00000000000000000000000000000000000a11ce","cap_table":10,"chain":15}],"checked_at":"2027-01-01T00:00:00Z"}`,
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != "GET" || r.Header.Get("Authorization") != "Bearer rk_test" {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		a, ok := answers[r.URL.Path]
		if !ok {
			w.WriteHeader(http.StatusBadRequest)
			io.WriteString(w, `{"code":"invalid","message":"the venue settles on no chain: nothing to reconcile with"}`)
			return
		}
		io.WriteString(w, a)
	}))
	defer srv.Close()
	for _, c := range []struct {
		token string
		code  int    // exit status
		msg   string // in the error
	}{
		{"CLEAN", 0, ""},
		{"DRIFT", 1, "DRIFT: 1 account(s) differ between the cap table and the chain"},
		{"NOCHAIN", 1, "invalid: the venue settles on no chain"},
	} {
		err := runIssuer(context.Background(), []string{"reconcile", c.token, "--url", srv.URL, "--key", "rk_test"})
		switch {
		case c.code == 0 && err != nil:
			t.Errorf("%s: %v, want success", c.token, err)
		case c.code != 0 && (err == nil || exitCode(err) != c.code || !strings.Contains(err.Error(), c.msg)):
			t.Errorf("%s: %v (exit %d), want exit %d with %q", c.token, err, exitCode(err), c.code, c.msg)
		}
	}
}
