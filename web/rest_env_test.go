package web_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/web"
)

// exampleModule builds examples/rules/<name> once per test binary into a
// temporary file (never into the examples tree, which other tests build
// into) and returns its upload.
var exampleModule = func() func(t testing.TB, name string) rules.Upload {
	var mu sync.Mutex
	built := map[string]rules.Upload{}
	return func(t testing.TB, name string) rules.Upload {
		t.Helper()
		mu.Lock()
		defer mu.Unlock()
		if u, ok := built[name]; ok {
			return u
		}
		_, file, _, _ := runtime.Caller(0)
		dir := filepath.Join(filepath.Dir(file), "..", "examples", "rules", name)
		tmp, err := os.MkdirTemp("", "web-mod-")
		if err != nil {
			t.Fatal(err)
		}
		defer os.RemoveAll(tmp)
		out := filepath.Join(tmp, name+".wasm")
		if err := rules.BuildTo(context.Background(), dir, out); err != nil {
			t.Fatalf("build %s: %v", name, err)
		}
		u, err := rules.ReadModuleDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if u.Wasm, err = os.ReadFile(out); err != nil {
			t.Fatal(err)
		}
		built[name] = *u
		return *u
	}
}()

// restEnv is a venue over SQLite in a temporary directory with its issuer
// operations, the key store and the REST server on loopback, seeded with
// two tokens (ACME, BETA), two traders (accounts a and b) with cash and
// ACME, the kyc module bound to ACME, and one key per principal.
type restEnv struct {
	t    testing.TB
	ops  *issuer.Ops
	keys *web.Keys
	srv  *httptest.Server
	key  map[string]string // plaintext keys by principal name
	ids  map[string]string // key ids by principal name
	kyc  rules.Upload
}

// The principals of the tests: every role, a second trader and a second
// issuer (another owner), and a revoked key.
const (
	pTraderA    = "trader a"
	pTraderB    = "trader b"
	pIssuer     = "issuer ACME"
	pIssuer2    = "issuer BETA"
	pCompliance = "compliance"
	pOperator   = "operator"
	pRevoked    = "revoked"
	pNone       = "no key"
)

var principals = []string{pNone, pRevoked, pTraderB, pIssuer2, pCompliance, pOperator, pIssuer, pTraderA}

func newRESTEnv(t testing.TB) *restEnv {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "rest.db"))
	if err != nil {
		t.Fatal(err)
	}
	ops, err := issuer.Open(ctx, db, issuer.Options{Venue: engine.Config{Logf: func(string, ...any) {}}})
	if err != nil {
		t.Fatal(err)
	}
	keys, err := web.NewKeys(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := web.NewServer(ops)
	s.Keys = keys
	e := &restEnv{t: t, ops: ops, keys: keys, srv: httptest.NewServer(s.Handler()), key: map[string]string{}, ids: map[string]string{}}
	t.Cleanup(func() { e.srv.Close(); ops.Close(context.Background()); db.Close() })

	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	mk := func(name string, role web.Role, subjects ...string) {
		k, info, err := keys.Create(ctx, role, subjects...)
		must(err)
		e.key[name], e.ids[name] = k, info.ID
	}
	mk(pTraderA, web.RoleTrader, "a")
	mk(pTraderB, web.RoleTrader, "b")
	mk(pIssuer, web.RoleIssuer, "ACME")
	mk(pIssuer2, web.RoleIssuer, "BETA")
	mk(pCompliance, web.RoleCompliance)
	mk(pOperator, web.RoleOperator)
	mk(pRevoked, web.RoleOperator)
	must(keys.Revoke(ctx, e.ids[pRevoked]))

	for _, sym := range []string{"ACME", "BETA"} {
		must(ops.CreateToken(ctx, "test", issuer.Token{TokenSpec: engine.TokenSpec{Symbol: sym, Currency: "USD", TickSize: 1, LotSize: 1}}))
	}
	for i, a := range []string{"a", "b"} {
		must(ops.PutInvestor(ctx, "test", registry.Investor{ID: "inv-" + a, Country: "US", USPerson: true,
			Class: registry.ClassProfessional, KYCStatus: registry.KYCApproved, Accredited: true}))
		must(ops.AddAccount(ctx, "test", registry.Account{ID: a, InvestorID: "inv-" + a,
			Wallet: [20]byte{19: byte(0xa0 + i)}}))
		must(ops.Deposit(ctx, a, "USD", 1_000_000_000))
		must(ops.Mint(ctx, "test", "ACME", a, 1_000_000))
	}
	e.kyc = exampleModule(t, "kyc")
	if _, err := ops.Rules.Upload(ctx, e.kyc); err != nil {
		t.Fatal(err)
	}
	if _, err := ops.BindRuleSet(ctx, "issuer", "ACME", []rules.Entry{{Module: "kyc@1.0.0"}}); err != nil {
		t.Fatal(err)
	}
	return e
}

// do sends a request as the named principal and returns the status and the
// raw answer.
func (e *restEnv) do(who, method, path string, body io.Reader, contentType string) (int, []byte) {
	e.t.Helper()
	req, err := http.NewRequest(method, e.srv.URL+path, body)
	if err != nil {
		e.t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if k := e.key[who]; k != "" {
		req.Header.Set("Authorization", "Bearer "+k)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	return resp.StatusCode, data
}

// call sends a JSON body (a string) and decodes the answer into out (when
// not nil), failing the test unless the status is want.
func (e *restEnv) call(who, method, path, body string, want int, out any) []byte {
	e.t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	status, data := e.do(who, method, path, rd, "application/json")
	if status != want {
		e.t.Fatalf("%s: %s %s %.100s: %d %s, want %d", who, method, path, body, status, data, want)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			e.t.Fatalf("%s %s: %v: %s", method, path, err, data)
		}
	}
	return data
}

// multipartUpload encodes a module upload as the web UI sends it.
func multipartUpload(u rules.Upload) (*bytes.Buffer, string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, p := range []struct {
		name string
		data []byte
	}{{"wasm", u.Wasm}, {"manifest", u.Manifest}, {"schema", u.Schema}, {"cases", u.Cases}} {
		if p.data == nil {
			continue
		}
		w, _ := mw.CreateFormFile(p.name, p.name)
		w.Write(p.data)
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

// trade makes a and b trade qty ACME at price, so a match decision is
// logged, and returns the ids of the two orders.
func (e *restEnv) trade(price, qty int64) (sell, buy uint64) {
	e.t.Helper()
	var resp struct {
		OrderID uint64 `json:"order_id"`
	}
	e.call(pTraderA, "POST", "/v1/orders", fmt.Sprintf(`{"token":"ACME","side":"sell","price":%d,"qty":%d}`, price, qty), 201, &resp)
	sell = resp.OrderID
	e.call(pTraderB, "POST", "/v1/orders", fmt.Sprintf(`{"token":"ACME","side":"buy","price":%d,"qty":%d}`, price, qty), 201, &resp)
	buy = resp.OrderID
	if err := e.ops.Rules.Flush(context.Background()); err != nil {
		e.t.Fatal(err)
	}
	return sell, buy
}

// eventually polls cond until it holds or 10 s pass.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
