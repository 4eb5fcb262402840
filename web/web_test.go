package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/web"
)

// newServer is an empty venue behind the REST API, with a key per role:
// operator, issuer (of ACME), and traders a and b.
func newServer(t *testing.T) (*httptest.Server, map[string]string) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	ops, err := issuer.Open(ctx, db, issuer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	keys, err := web.NewKeys(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := web.NewServer(ops)
	s.Keys = keys
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(func() { srv.Close(); ops.Close(context.Background()); db.Close() })
	key := map[string]string{}
	for name, k := range map[string]struct {
		role web.Role
		sub  []string
	}{"op": {web.RoleOperator, nil}, "iss": {web.RoleIssuer, []string{"ACME"}}, "a": {web.RoleTrader, []string{"a"}}, "b": {web.RoleTrader, []string{"b"}}} {
		plain, _, err := keys.Create(ctx, k.role, k.sub...)
		if err != nil {
			t.Fatal(err)
		}
		key[name] = plain
	}
	return srv, key
}

func call(t *testing.T, srv *httptest.Server, key, method, path, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out any
	json.NewDecoder(resp.Body).Decode(&out)
	m, _ := out.(map[string]any)
	return resp.StatusCode, m
}

func TestAPI(t *testing.T) {
	srv, key := newServer(t)
	steps := []struct {
		who, method, path, body string
		status                  int
		code                    string
	}{
		{"op", "POST", "/v1/tokens", `{"symbol":"ACME","currency":"USD","tick_size":5,"lot_size":10}`, 201, ""},
		{"op", "POST", "/v1/tokens", `{"symbol":"ACME","currency":"USD","tick_size":5,"lot_size":10}`, 409, "duplicate"},
		{"op", "POST", "/v1/tokens", `{"symbol":"BAD","currency":"USD","tick_size":0,"lot_size":10}`, 400, "invalid"},
		{"iss", "POST", "/v1/tokens", `{"symbol":"OTHER","currency":"USD","tick_size":5,"lot_size":10}`, 403, "forbidden"},
		{"op", "POST", "/v1/investors", `{"id":"inv-a","country":"US","us_person":true,"investor_class":"professional","kyc_status":"approved","accredited":true}`, 201, ""},
		{"iss", "POST", "/v1/investors", `{"id":"inv-b","country":"DE","investor_class":"retail","kyc_status":"approved"}`, 201, ""},
		{"op", "POST", "/v1/investors", `{"id":"inv-x","country":"XX","investor_class":"retail","kyc_status":"approved"}`, 400, "invalid"},
		{"op", "POST", "/v1/accounts", `{"id":"a","investor_id":"inv-a","wallet":"0x00000000000000000000000000000000000000a1"}`, 201, ""},
		{"iss", "POST", "/v1/accounts", `{"id":"b","investor_id":"inv-b","wallet":"0x00000000000000000000000000000000000000b1"}`, 201, ""},
		{"op", "POST", "/v1/accounts", `{"id":"c","investor_id":"nobody","wallet":"0x00000000000000000000000000000000000000c1"}`, 404, "unknown_account"},
		{"iss", "POST", "/v1/tokens/ACME/mint", `{"account":"a","qty":100}`, 201, ""},
		{"iss", "POST", "/v1/tokens/ACME/mint", `{"account":"a","qty":-1}`, 400, "bad_quantity"},
		{"op", "POST", "/v1/tokens/ACME/mint", `{"account":"a","qty":100}`, 403, "forbidden"},
		{"iss", "GET", "/v1/tokens/ACME/captable", ``, 200, ""},
		{"iss", "PUT", "/v1/tokens/ACME/ruleset", `{"modules":[{"module":"nope@1.0.0"}]}`, 400, "invalid"},
		{"op", "POST", "/v1/accounts/b/deposits", `{"currency":"USD","amount":100000}`, 201, ""},
		{"op", "POST", "/v1/accounts/zz/deposits", `{"currency":"USD","amount":1}`, 404, "unknown_account"},
		{"a", "POST", "/v1/orders", `{"account":"a","token":"ACME","side":"sell","price":100,"qty":10}`, 201, ""},
		{"b", "POST", "/v1/orders", `{"token":"ACME","side":"buy","price":100,"qty":10}`, 201, ""},
		{"b", "POST", "/v1/orders", `{"account":"a","token":"ACME","side":"buy","price":100,"qty":10}`, 403, "forbidden"},
		{"b", "POST", "/v1/orders", `{"token":"ACME","side":"buy","price":101,"qty":10}`, 400, "bad_price"},
		{"b", "POST", "/v1/orders", `{"token":"ACME","side":"buy","price":100,"qty":0}`, 400, "bad_quantity"},
		{"b", "POST", "/v1/orders", `{"token":"NOPE","side":"buy","price":100,"qty":10}`, 404, "unknown_token"},
		{"b", "POST", "/v1/orders", `{"token":"ACME","side":"buy","price":100,"qty":10000}`, 422, "insufficient"},
		{"b", "POST", "/v1/orders", `{"token":"ACME","side":"buy","price":100,"qty":10,"x":1}`, 400, "invalid"},
		{"b", "POST", "/v1/orders", `{"token":"ACME","side":"buy","price":100,"qty":10` + strings.Repeat(" ", 70<<10) + `}`, 413, "too_large"},
		{"a", "GET", "/v1/tokens/ACME/book", ``, 200, ""},
		{"a", "GET", "/v1/tokens/NOPE/book", ``, 404, "unknown_token"},
		{"a", "GET", "/v1/orders/abc", ``, 400, "invalid"},
		{"b", "DELETE", "/v1/orders/1", ``, 404, "unknown_order"}, // a's order
		{"op", "PUT", "/v1/tokens/ACME/mode", `{"mode":"halted"}`, 200, ""},
		{"a", "POST", "/v1/orders", `{"token":"ACME","side":"sell","price":100,"qty":10}`, 409, "halted"},
		{"op", "PUT", "/v1/tokens/ACME/mode", `{"mode":"sideways"}`, 400, "invalid"},
		{"", "GET", "/v1/tokens", ``, 401, "unauthorized"},
	}
	for _, s := range steps {
		status, body := call(t, srv, key[s.who], s.method, s.path, s.body)
		if status != s.status || s.code != "" && body["code"] != s.code {
			t.Fatalf("%s %s %s %.80s: %d %v, want %d %q", s.who, s.method, s.path, s.body, status, body, s.status, s.code)
		}
		if status >= 400 && body["message"] == "" {
			t.Fatalf("%s %s: error without a message: %v", s.method, s.path, body)
		}
	}
	for who, wantAccounts := range map[string]bool{"op": true, "a": false} {
		req, _ := http.NewRequest("GET", srv.URL+"/v1/trades?token=ACME", nil)
		req.Header.Set("Authorization", "Bearer "+key[who])
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		var trades []engine.Trade
		json.NewDecoder(resp.Body).Decode(&trades)
		resp.Body.Close()
		if len(trades) != 1 || trades[0].Qty != 10 || trades[0].Price != 100 || trades[0].Status != engine.TradePending {
			t.Fatalf("%s: trades %+v", who, trades)
		}
		if got := trades[0].Buyer == "b" && trades[0].Seller == "a"; got != wantAccounts {
			t.Fatalf("%s: trade shows accounts %v, want %v: %+v", who, got, wantAccounts, trades[0])
		}
	}
}

// ExampleServer serves the REST API over a venue: every /v1 call carries
// an API key, and what the key may do depends on its role.
func ExampleServer() {
	ctx := context.Background()
	dir, _ := os.MkdirTemp("", "server")
	defer os.RemoveAll(dir)
	db, _ := store.Open(ctx, filepath.Join(dir, "venue.db"))
	defer db.Close()
	ops, _ := issuer.Open(ctx, db, issuer.Options{})
	defer ops.Close(ctx)
	s := web.NewServer(ops)
	s.Keys, _ = web.NewKeys(ctx, db, nil)
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()

	trader, _, _ := s.Keys.Create(ctx, web.RoleTrader, "bob")
	get := func(key, path string) {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		if key != "" {
			req.Header.Set("Authorization", "Bearer "+key)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			return
		}
		defer resp.Body.Close()
		var body struct {
			Role, Account, Code string
		}
		json.NewDecoder(resp.Body).Decode(&body)
		fmt.Println(resp.StatusCode, strings.Join(strings.Fields(body.Role+" "+body.Account+" "+body.Code), " "))
	}
	get("", "/v1/me")
	get(trader, "/v1/me")
	get(trader, "/v1/investors")
	// Output:
	// 401 unauthorized
	// 200 trader bob
	// 403 forbidden
}
