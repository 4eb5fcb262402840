package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/web"
)

// TestAuthorizationMatrix sends every endpoint as every principal: no key, a
// revoked key, each role, another trader and another token's issuer. Each
// row names who may call it and the status they get (an authorized call
// that then fails on its own terms, such as a duplicate, still proves it
// passed authorization); everyone else must get 403 (401 without a valid
// key; 404 for another trader's order). It fails if a route of the server
// is missing from the matrix, so a new route cannot be left open.
func TestAuthorizationMatrix(t *testing.T) {
	e := newRESTEnv(t)
	sellA, _ := e.trade(100, 10) // a match decision in the log
	var rest struct {
		OrderID uint64 `json:"order_id"`
	}
	e.call(pTraderA, "POST", "/v1/orders", `{"token":"ACME","side":"sell","price":500,"qty":10}`, 201, &rest)
	toCancel := rest.OrderID
	e.call(pTraderA, "POST", "/v1/orders", `{"token":"ACME","side":"sell","price":600,"qty":10}`, 201, &rest)
	toAmend := rest.OrderID
	ds, err := e.ops.Rules.Decisions(context.Background(), rules.DecisionFilter{Token: "ACME"})
	if err != nil || len(ds) == 0 {
		t.Fatalf("no decision logged: %v", err)
	}
	decision := ds[0].ID

	all := func(status int) map[string]int {
		return map[string]int{pTraderA: status, pTraderB: status, pIssuer: status, pIssuer2: status, pCompliance: status, pOperator: status}
	}
	some := func(status int, who ...string) map[string]int {
		m := map[string]int{}
		for _, w := range who {
			m[w] = status
		}
		return m
	}
	type row struct {
		pattern      string // the route it covers
		method, path string
		body         func() (io.Reader, string)
		ok           map[string]int // who may, and the status they get
		denied       int            // the status of everyone else with a valid key (default 403)
	}
	js := func(s string) func() (io.Reader, string) {
		return func() (io.Reader, string) { return strings.NewReader(s), "application/json" }
	}
	none := func() (io.Reader, string) { return nil, "" }
	upload := func() (io.Reader, string) { return multipartUpload(e.kyc) }
	cases, _ := json.Marshal(json.RawMessage(e.kyc.Cases))
	rows := []row{
		{"GET /v1/me", "GET", "/v1/me", none, all(200), 0},
		{"GET /v1/tokens", "GET", "/v1/tokens", none, all(200), 0},
		{"POST /v1/tokens", "POST", "/v1/tokens", js(`{"symbol":"ACME","currency":"USD","tick_size":1,"lot_size":1}`), some(409, pOperator, pIssuer), 0},
		{"GET /v1/tokens/{symbol}", "GET", "/v1/tokens/ACME", none, all(200), 0},
		{"PUT /v1/tokens/{symbol}/mode", "PUT", "/v1/tokens/ACME/mode", js(`{"mode":"continuous"}`), some(200, pIssuer, pOperator), 0},
		{"PUT /v1/tokens/{symbol}/profile", "PUT", "/v1/tokens/ACME/profile", js(`{"offering":{"exemption":"reg_d_506c"},"mica":{"white_paper_published":false,"kind":""}}`), some(200, pIssuer), 0},
		{"POST /v1/tokens/{symbol}/halt", "POST", "/v1/tokens/ACME/halt", none, some(200, pIssuer, pOperator), 0},
		{"POST /v1/tokens/{symbol}/resume", "POST", "/v1/tokens/ACME/resume", none, some(200, pIssuer, pOperator), 0},
		{"POST /v1/tokens/{symbol}/mint", "POST", "/v1/tokens/ACME/mint", js(`{"account":"a","qty":10}`), some(201, pIssuer), 0},
		{"GET /v1/tokens/{symbol}/ruleset", "GET", "/v1/tokens/ACME/ruleset", none, all(200), 0},
		{"PUT /v1/tokens/{symbol}/ruleset", "PUT", "/v1/tokens/ACME/ruleset", js(`{"modules":[{"module":"kyc@1.0.0"}]}`), some(200, pIssuer), 0},
		{"GET /v1/tokens/{symbol}/captable", "GET", "/v1/tokens/ACME/captable", none, some(200, pIssuer, pCompliance, pOperator), 0},
		{"GET /v1/tokens/{symbol}/stats", "GET", "/v1/tokens/ACME/stats", none, some(200, pIssuer, pCompliance, pOperator), 0},
		{"POST /v1/tokens/{symbol}/locks", "POST", "/v1/tokens/ACME/locks", js(`{"investor_id":"inv-a","name":"l","quantity":1,"until":"2030-01-01T00:00:00Z","reason":"test"}`), some(201, pIssuer), 0},
		// Removes the lock the row above set: only the issuer gets that far.
		{"DELETE /v1/tokens/{symbol}/locks/{investor}/{name}", "DELETE", "/v1/tokens/ACME/locks/inv-a/l", none, some(200, pIssuer), 0},
		// This venue settles on no chain: past authorization, reconcile is invalid.
		{"GET /v1/tokens/{symbol}/reconcile", "GET", "/v1/tokens/ACME/reconcile", none, some(400, pIssuer, pCompliance, pOperator), 0},
		{"GET /v1/tokens/{symbol}/book", "GET", "/v1/tokens/ACME/book", none, all(200), 0},
		{"GET /v1/investors", "GET", "/v1/investors", none, some(200, pIssuer, pIssuer2, pCompliance, pOperator), 0},
		{"GET /v1/investors/{id}", "GET", "/v1/investors/inv-a", none, some(200, pIssuer, pIssuer2, pCompliance, pOperator), 0},
		// inv-a holds ACME: BETA's issuer may not change it; anyone issuing
		// may onboard an investor who holds nothing.
		{"POST /v1/investors", "POST", "/v1/investors", js(`{"id":"inv-a","country":"US","us_person":true,"investor_class":"professional","kyc_status":"approved","accredited":true}`), some(201, pIssuer, pOperator), 0},
		{"POST /v1/investors", "POST", "/v1/investors", js(`{"id":"inv-new","country":"DE","us_person":false,"investor_class":"retail","kyc_status":"pending"}`), some(201, pIssuer, pIssuer2, pOperator), 0},
		{"POST /v1/accounts", "POST", "/v1/accounts", js(`{"id":"a","investor_id":"inv-a","wallet":"0x00000000000000000000000000000000000000a0"}`), some(409, pIssuer, pOperator), 0},
		{"POST /v1/accounts", "POST", "/v1/accounts", js(`{"id":"a","investor_id":"inv-new","wallet":"0x00000000000000000000000000000000000000a0"}`), some(409, pIssuer, pIssuer2, pOperator), 0},
		{"GET /v1/audit", "GET", "/v1/audit?subject=inv-a", none, some(200, pCompliance, pOperator), 0},
		{"GET /v1/accounts/{id}/balances", "GET", "/v1/accounts/a/balances", none, some(200, pTraderA, pOperator), 0},
		{"POST /v1/accounts/{id}/deposits", "POST", "/v1/accounts/a/deposits", js(`{"currency":"USD","amount":1}`), some(201, pOperator), 0},
		{"POST /v1/orders", "POST", "/v1/orders", js(`{"token":"ACME","side":"buy","price":1,"qty":1}`), some(201, pTraderA, pTraderB), 0},
		{"POST /v1/orders", "POST", "/v1/orders", js(`{"account":"a","token":"ACME","side":"buy","price":1,"qty":1}`), some(201, pTraderA), 0},
		{"GET /v1/orders", "GET", "/v1/orders", none, some(200, pTraderA, pTraderB, pOperator), 0},
		{"GET /v1/orders", "GET", "/v1/orders?account=a", none, some(200, pTraderA, pOperator), 0},
		{"GET /v1/orders/{id}", "GET", fmt.Sprintf("/v1/orders/%d", sellA), none, some(200, pTraderA, pOperator), 0},
		{"PATCH /v1/orders/{id}", "PATCH", fmt.Sprintf("/v1/orders/%d", toAmend), js(`{"price":600,"qty":5}`), some(200, pTraderA), 0},
		{"DELETE /v1/orders/{id}", "DELETE", fmt.Sprintf("/v1/orders/%d", toCancel), none, some(200, pTraderA), 0},
		{"GET /v1/trades", "GET", "/v1/trades", none, all(200), 0},
		{"GET /v1/trades", "GET", "/v1/trades?account=a", none, some(200, pTraderA, pOperator), 0},
		{"GET /v1/modules", "GET", "/v1/modules", none, all(200), 0},
		{"POST /v1/modules", "POST", "/v1/modules", upload, some(201, pCompliance), 0},
		{"GET /v1/modules/{name}/{version}", "GET", "/v1/modules/kyc/1.0.0", none, all(200), 0},
		{"POST /v1/modules/{name}/{version}/test", "POST", "/v1/modules/kyc/1.0.0/test", js(string(cases)), some(200, pCompliance), 0},
		{"GET /v1/decisions", "GET", "/v1/decisions", none, some(200, pIssuer, pIssuer2, pCompliance, pOperator), 0},
		{"GET /v1/decisions", "GET", "/v1/decisions?token=ACME", none, some(200, pIssuer, pCompliance, pOperator), 0},
		{"POST /v1/decisions/{id}/replay", "POST", fmt.Sprintf("/v1/decisions/%d/replay", decision), none, some(200, pCompliance, pOperator), 0},
	}
	// Another trader's order is not forbidden but unknown: ids cannot be
	// probed. The matrix says so per row.
	for i := range rows {
		if strings.Contains(rows[i].pattern, "/v1/orders/{id}") {
			rows[i].ok[pTraderB] = 404
		}
		// inv-a holds ACME only: to BETA's issuer it is unknown.
		if rows[i].path == "/v1/investors/inv-a" {
			rows[i].ok[pIssuer2] = 404
		}
	}

	covered := map[string]bool{}
	for _, r := range rows {
		covered[r.pattern] = true
		for _, who := range principals {
			want, ok := r.ok[who]
			switch {
			case who == pNone || who == pRevoked:
				want = 401
			case !ok && r.denied != 0:
				want = r.denied
			case !ok:
				want = 403
			}
			body, ct := r.body()
			status, data := e.do(who, r.method, r.path, body, ct)
			if status != want {
				t.Errorf("%-14s %s %s: %d %.200s, want %d", who, r.method, r.path, status, data, want)
				continue
			}
			if status >= 400 {
				var ae struct{ Code, Message string }
				if err := json.Unmarshal(data, &ae); err != nil || ae.Code == "" || ae.Message == "" {
					t.Errorf("%s %s %s: error body %s", who, r.method, r.path, data)
				}
				if status == 401 && ae.Code != web.EUnauthorized || status == 403 && ae.Code != web.EForbidden {
					t.Errorf("%s %s %s: %d with code %q", who, r.method, r.path, status, ae.Code)
				}
			}
		}
	}
	s := web.NewServer(e.ops)
	for _, p := range s.Routes() {
		if !covered[p] {
			t.Errorf("route %s is not in the authorization matrix", p)
		}
	}
	// Anything else under /v1 needs a key too, then is a JSON 404.
	if status, _ := e.do(pNone, "GET", "/v1/nope", nil, ""); status != 401 {
		t.Errorf("unknown path without a key: %d", status)
	}
	if status, data := e.do(pTraderA, "GET", "/v1/nope", nil, ""); status != 404 || !bytes.Contains(data, []byte(`"not_found"`)) {
		t.Errorf("unknown path: %d %s", status, data)
	}
}

// TestNoKeyStoreFailsClosed: a server without a key store answers 401 on
// every route rather than serving unauthenticated.
func TestNoKeyStoreFailsClosed(t *testing.T) {
	e := newRESTEnv(t)
	srv := httptest.NewServer(web.NewServer(e.ops).Handler())
	defer srv.Close()
	for _, p := range web.NewServer(e.ops).Routes() {
		method, path, _ := strings.Cut(p, " ")
		path = strings.NewReplacer("{symbol}", "ACME", "{id}", "1", "{name}", "kyc", "{version}", "1.0.0", "{investor}", "inv-a").Replace(path)
		req, _ := http.NewRequest(method, srv.URL+path, strings.NewReader("{}"))
		req.Header.Set("Authorization", "Bearer "+e.key[pOperator])
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != 401 {
			t.Errorf("%s without a key store: %d", p, resp.StatusCode)
		}
	}
	if !slices.Contains(web.NewServer(e.ops).Routes(), "GET /v1/me") {
		t.Fatal("Routes lost GET /v1/me")
	}
}
