package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/web"
)

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "web.db"))
	if err != nil {
		t.Fatal(err)
	}
	ops, err := issuer.Open(context.Background(), db, issuer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(web.NewServer(ops).Handler())
	t.Cleanup(func() { srv.Close(); ops.Close(context.Background()); db.Close() })
	return srv
}

func call(t *testing.T, srv *httptest.Server, method, path, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
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
	srv := newServer(t)
	steps := []struct {
		method, path, body string
		status             int
		code               string
	}{
		{"POST", "/v1/tokens", `{"symbol":"ACME","currency":"USD","tick_size":5,"lot_size":10}`, 201, ""},
		{"POST", "/v1/tokens", `{"symbol":"ACME","currency":"USD","tick_size":5,"lot_size":10}`, 409, "duplicate"},
		{"POST", "/v1/tokens", `{"symbol":"BAD","currency":"USD","tick_size":0,"lot_size":10}`, 400, "invalid"},
		{"POST", "/v1/investors", `{"id":"inv-a","country":"US","us_person":true,"investor_class":"professional","kyc_status":"approved","accredited":true}`, 201, ""},
		{"POST", "/v1/investors", `{"id":"inv-b","country":"DE","investor_class":"retail","kyc_status":"approved"}`, 201, ""},
		{"POST", "/v1/investors", `{"id":"inv-x","country":"XX","investor_class":"retail","kyc_status":"approved"}`, 400, "invalid"},
		{"POST", "/v1/accounts", `{"id":"a","investor_id":"inv-a","wallet":"0x00000000000000000000000000000000000000a1"}`, 201, ""},
		{"POST", "/v1/accounts", `{"id":"b","investor_id":"inv-b","wallet":"0x00000000000000000000000000000000000000b1"}`, 201, ""},
		{"POST", "/v1/accounts", `{"id":"c","investor_id":"nobody","wallet":"0x00000000000000000000000000000000000000c1"}`, 404, "unknown_account"},
		{"POST", "/v1/tokens/ACME/mint", `{"account":"a","qty":100}`, 201, ""},
		{"POST", "/v1/tokens/ACME/mint", `{"account":"a","qty":-1}`, 400, "bad_quantity"},
		{"GET", "/v1/tokens/ACME/captable", ``, 200, ""},
		{"PUT", "/v1/tokens/ACME/ruleset", `{"modules":[{"module":"nope@1.0.0"}]}`, 400, "invalid"},
		{"POST", "/v1/accounts/b/deposits", `{"currency":"USD","amount":100000}`, 201, ""},
		{"POST", "/v1/accounts/zz/deposits", `{"currency":"USD","amount":1}`, 404, "unknown_account"},
		{"POST", "/v1/orders", `{"account":"a","token":"ACME","side":"sell","price":100,"qty":10}`, 201, ""},
		{"POST", "/v1/orders", `{"account":"b","token":"ACME","side":"buy","price":100,"qty":10}`, 201, ""},
		{"POST", "/v1/orders", `{"account":"b","token":"ACME","side":"buy","price":101,"qty":10}`, 400, "bad_price"},
		{"POST", "/v1/orders", `{"account":"b","token":"ACME","side":"buy","price":100,"qty":0}`, 400, "bad_quantity"},
		{"POST", "/v1/orders", `{"account":"b","token":"NOPE","side":"buy","price":100,"qty":10}`, 404, "unknown_token"},
		{"POST", "/v1/orders", `{"account":"b","token":"ACME","side":"buy","price":100,"qty":10000}`, 422, "insufficient"},
		{"POST", "/v1/orders", `{"account":"b","token":"ACME","side":"buy","price":100,"qty":10,"x":1}`, 400, "invalid"},
		{"POST", "/v1/orders", `{"account":"b","token":"ACME","side":"buy","price":100,"qty":10` + strings.Repeat(" ", 70<<10) + `}`, 400, "invalid"},
		{"GET", "/v1/tokens/ACME/book", ``, 200, ""},
		{"GET", "/v1/tokens/NOPE/book", ``, 404, "unknown_token"},
		{"GET", "/v1/orders/abc?account=a", ``, 400, "invalid"},
		{"DELETE", "/v1/orders/1?account=b", ``, 404, "unknown_order"},
		{"PUT", "/v1/tokens/ACME/mode", `{"mode":"halted"}`, 200, ""},
		{"POST", "/v1/orders", `{"account":"a","token":"ACME","side":"sell","price":100,"qty":10}`, 409, "halted"},
		{"PUT", "/v1/tokens/ACME/mode", `{"mode":"sideways"}`, 400, "invalid"},
	}
	for _, s := range steps {
		status, body := call(t, srv, s.method, s.path, s.body)
		if status != s.status || s.code != "" && body["code"] != s.code {
			t.Fatalf("%s %s %.80s: %d %v, want %d %q", s.method, s.path, s.body, status, body, s.status, s.code)
		}
		if status >= 400 && body["message"] == "" {
			t.Fatalf("%s %s: error without a message: %v", s.method, s.path, body)
		}
	}
	req, _ := http.NewRequest("GET", srv.URL+"/v1/trades?token=ACME", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var trades []engine.Trade
	json.NewDecoder(resp.Body).Decode(&trades)
	resp.Body.Close()
	if len(trades) != 1 || trades[0].Qty != 10 || trades[0].Price != 100 || trades[0].Status != engine.TradePending {
		t.Fatalf("trades %+v", trades)
	}
}
