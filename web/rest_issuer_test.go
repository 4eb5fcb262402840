package web_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/regulavenue/regula/contracts"
	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/web"
)

// apiErr is an error answer.
type apiErr struct {
	Code     string `json:"code"`
	Message  string `json:"message"`
	RuleCode *uint8 `json:"rule_code"`
	Rule     string `json:"rule"`
}

// sellACME places trader a's sell order of 10 ACME and returns the status
// and the answer.
func (e *restEnv) sellACME() (int, apiErr) {
	e.t.Helper()
	status, data := e.do(pTraderA, "POST", "/v1/orders", strings.NewReader(`{"token":"ACME","side":"sell","price":100,"qty":10}`), "application/json")
	var ae apiErr
	if status != 201 {
		if err := json.Unmarshal(data, &ae); err != nil {
			e.t.Fatalf("order answer %d %s: %v", status, data, err)
		}
	}
	return status, ae
}

// TestRESTUpdateProfile: an issuer publishes its token's MiCA white paper
// and closes its offering over HTTP; GET shows the new profile, the rules
// read it at once (the mica rule refuses orders with 60 before, accepts them
// after), and the change is audited with the key's id. A body that would
// reset half the profile, an unknown field or a malformed time is refused
// and changes nothing.
func TestRESTUpdateProfile(t *testing.T) {
	e := newRESTEnv(t)
	if _, err := e.ops.Rules.Upload(context.Background(), exampleModule(t, "mica")); err != nil {
		t.Fatal(err)
	}
	e.call(pIssuer, "PUT", "/v1/tokens/ACME/ruleset",
		`{"modules":[{"module":"kyc@1.0.0"},{"module":"mica@1.0.0","config":{"passported_countries":["US"]}}]}`, 200, nil)

	// A fresh token has no white paper: the mica rule refuses every order.
	status, ae := e.sellACME()
	if status != 422 || ae.Code != engine.ERuleDenied || ae.RuleCode == nil || *ae.RuleCode != 60 || ae.Rule != "mica@1.0.0" {
		t.Fatalf("order before the white paper: %d %+v, want 422 rule_denied 60 from mica", status, ae)
	}

	type profileView struct {
		Symbol   string `json:"symbol"`
		Mode     string `json:"mode"`
		Offering struct {
			Exemption       string    `json:"exemption"`
			ClosedAt        time.Time `json:"closed_at"`
			IssuerReporting bool      `json:"issuer_reporting"`
		} `json:"offering"`
		MiCA struct {
			WhitePaperPublished bool   `json:"white_paper_published"`
			Kind                string `json:"kind"`
		} `json:"mica"`
		RuleSet *struct {
			Version int `json:"version"`
		} `json:"ruleset"`
	}
	const body = `{"offering":{"exemption":"reg_s","closed_at":"2026-03-01T00:00:00Z","issuer_reporting":true},
		"mica":{"white_paper_published":true,"kind":"other"}}`
	var put, got profileView
	e.call(pIssuer, "PUT", "/v1/tokens/ACME/profile", body, 200, &put)
	e.call(pTraderB, "GET", "/v1/tokens/ACME", "", 200, &got)
	closed := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for name, v := range map[string]profileView{"PUT answer": put, "GET": got} {
		if v.Symbol != "ACME" || v.Mode != "continuous" || v.Offering.Exemption != "reg_s" || !v.Offering.ClosedAt.Equal(closed) ||
			!v.Offering.IssuerReporting || !v.MiCA.WhitePaperPublished || v.MiCA.Kind != "other" || v.RuleSet == nil || v.RuleSet.Version != 2 {
			t.Errorf("%s after the profile update: %+v", name, v)
		}
	}
	if status, ae := e.sellACME(); status != 201 {
		t.Fatalf("order after the white paper is published: %d %+v", status, ae)
	}
	var trail []registry.AuditEntry
	e.call(pCompliance, "GET", "/v1/audit?subject=ACME&action="+registry.ActionTokenProfile, "", 200, &trail)
	if len(trail) != 1 || trail[0].Actor != "key:"+e.ids[pIssuer] ||
		!strings.Contains(string(trail[0].Before), `"white_paper_published":false`) || !strings.Contains(string(trail[0].After), `"white_paper_published":true`) {
		t.Fatalf("audit trail of the profile change: %+v", trail)
	}

	// Refused bodies change nothing.
	for _, c := range []struct {
		name, body, code string
		status           int
	}{
		{"no mica", `{"offering":{"exemption":"reg_s"}}`, engine.EInvalid, 400},
		{"no offering", `{"mica":{"white_paper_published":false,"kind":""}}`, engine.EInvalid, 400},
		{"null mica", `{"offering":{"exemption":"reg_s"},"mica":null}`, engine.EInvalid, 400},
		{"unknown field", `{"offering":{"exemption":"reg_s","closes":"2027-01-01"},"mica":{}}`, engine.EInvalid, 400},
		{"unknown top-level field", `{"offering":{},"mica":{},"symbol":"BETA"}`, engine.EInvalid, 400},
		{"malformed time", `{"offering":{"closed_at":"March 1st"},"mica":{}}`, engine.EInvalid, 400},
		{"wrong type", `{"offering":{},"mica":{"white_paper_published":"yes"}}`, engine.EInvalid, 400},
		{"empty body", ``, engine.EInvalid, 400},
		{"unknown mica kind", `{"offering":{},"mica":{"kind":"ART"}}`, engine.EInvalid, 400},
	} {
		var ae apiErr
		e.call(pIssuer, "PUT", "/v1/tokens/ACME/profile", c.body, c.status, &ae)
		if ae.Code != c.code || ae.Message == "" {
			t.Errorf("%s: %+v, want %s", c.name, ae, c.code)
		}
	}
	// Another issuer, and the operator, may not change it (only the token's
	// issuer speaks for its offering).
	e.call(pIssuer2, "PUT", "/v1/tokens/ACME/profile", `{"offering":{},"mica":{}}`, 403, nil)
	e.call(pOperator, "PUT", "/v1/tokens/ACME/profile", `{"offering":{},"mica":{}}`, 403, nil)
	// An issuer whose key lists a symbol not listed yet: unknown_token.
	k, _, err := e.keys.Create(context.Background(), web.RoleIssuer, "SOON")
	if err != nil {
		t.Fatal(err)
	}
	e.key["soon"] = k
	e.call("soon", "PUT", "/v1/tokens/SOON/profile", `{"offering":{},"mica":{}}`, 404, nil)

	e.call(pTraderB, "GET", "/v1/tokens/ACME", "", 200, &got)
	if got.Offering.Exemption != "reg_s" || !got.MiCA.WhitePaperPublished {
		t.Fatalf("a refused update changed the profile: %+v", got)
	}
	if status, ae := e.sellACME(); status != 201 {
		t.Fatalf("order after the refused updates: %d %+v", status, ae)
	}
}

// TestRESTRemoveLock: a seller whose whole position is locked is refused
// with 31 by the lockup rule; once its issuer lifts the lock over HTTP the
// same order is accepted. Lifting it again is invalid, another issuer's
// holder is unknown, and the removal is audited.
func TestRESTRemoveLock(t *testing.T) {
	e := newRESTEnv(t)
	if _, err := e.ops.Rules.Upload(context.Background(), exampleModule(t, "lockup")); err != nil {
		t.Fatal(err)
	}
	e.call(pIssuer, "PUT", "/v1/tokens/ACME/ruleset", `{"modules":[{"module":"kyc@1.0.0"},{"module":"lockup@1.0.0"}]}`, 200, nil)
	e.call(pIssuer, "POST", "/v1/tokens/ACME/locks",
		`{"investor_id":"inv-a","name":"founder","quantity":1000000,"until":"2099-01-01T00:00:00Z","reason":"founder lock-up"}`, 201, nil)

	status, ae := e.sellACME()
	if status != 422 || ae.Code != engine.ERuleDenied || ae.RuleCode == nil || *ae.RuleCode != 31 {
		t.Fatalf("locked seller's order: %d %+v, want 422 rule_denied 31", status, ae)
	}

	// Not the token's issuer: forbidden; another issuer's holder: unknown.
	e.call(pIssuer2, "DELETE", "/v1/tokens/ACME/locks/inv-a/founder", "", 403, nil)
	e.call(pOperator, "DELETE", "/v1/tokens/ACME/locks/inv-a/founder", "", 403, nil)
	e.call(pIssuer2, "DELETE", "/v1/tokens/BETA/locks/inv-a/founder", "", 404, &ae)
	if ae.Code != web.EUnknownInvestor {
		t.Fatalf("another issuer's holder: %+v", ae)
	}
	e.call(pIssuer, "DELETE", "/v1/tokens/ACME/locks/inv-zz/founder", "", 404, &ae)
	if ae.Code != web.EUnknownInvestor {
		t.Fatalf("unknown investor: %+v", ae)
	}
	if status, _ := e.sellACME(); status != 422 {
		t.Fatalf("the refused removals lifted the lock: %d", status)
	}

	var removed struct {
		Token      string `json:"token"`
		InvestorID string `json:"investor_id"`
		Name       string `json:"name"`
		Removed    bool   `json:"removed"`
	}
	e.call(pIssuer, "DELETE", "/v1/tokens/ACME/locks/inv-a/founder", "", 200, &removed)
	if removed.Token != "ACME" || removed.InvestorID != "inv-a" || removed.Name != "founder" || !removed.Removed {
		t.Fatalf("removal answer %+v", removed)
	}
	if status, ae := e.sellACME(); status != 201 {
		t.Fatalf("order after the lock is lifted: %d %+v", status, ae)
	}
	e.call(pIssuer, "DELETE", "/v1/tokens/ACME/locks/inv-a/founder", "", 400, &ae)
	if ae.Code != engine.EInvalid {
		t.Fatalf("removing a missing lock: %+v", ae)
	}
	var ct struct {
		Holdings []struct {
			InvestorID string          `json:"investor_id"`
			Locks      []registry.Lock `json:"locks"`
		} `json:"holdings"`
	}
	e.call(pIssuer, "GET", "/v1/tokens/ACME/captable", "", 200, &ct)
	for _, h := range ct.Holdings {
		if len(h.Locks) != 0 {
			t.Fatalf("cap table still has locks: %+v", ct)
		}
	}
	var trail []registry.AuditEntry
	e.call(pCompliance, "GET", "/v1/audit?action="+registry.ActionLockRemove, "", 200, &trail)
	if len(trail) != 1 || trail[0].Actor != "key:"+e.ids[pIssuer] {
		t.Fatalf("audit trail of the removal: %+v", trail)
	}
}

// TestRESTReconcileWithoutChain: a venue that settles on no chain has
// nothing to reconcile with; the answer is the usual error JSON.
func TestRESTReconcileWithoutChain(t *testing.T) {
	e := newRESTEnv(t)
	var ae apiErr
	e.call(pCompliance, "GET", "/v1/tokens/ACME/reconcile", "", 400, &ae)
	if ae.Code != engine.EInvalid || !strings.Contains(ae.Message, "chain") {
		t.Fatalf("reconcile without a chain: %+v", ae)
	}
	e.call(pTraderA, "GET", "/v1/tokens/ACME/reconcile", "", 403, nil)
	e.call(pIssuer2, "GET", "/v1/tokens/ACME/reconcile", "", 403, nil)
}

// TestRESTReconcile runs on the embedded chain: a consistent venue answers
// an empty drift list (never null) with the time of the check; tokens
// minted on chain behind the venue's back are drift, with both balances;
// an unknown token is unknown_token.
func TestRESTReconcile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the simulated chain")
	}
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "chain.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
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
	checked := time.Date(2027, 5, 4, 3, 2, 1, 0, time.UTC)
	ops, err := issuer.Open(ctx, db, issuer.Options{Venue: engine.Config{Logf: func(string, ...any) {}},
		Chain: &issuer.ChainOptions{Chain: sim, Compliance: signer, Ephemeral: true, Logf: func(string, ...any) {}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ops.Close(ctx) })
	keys, err := web.NewKeys(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := web.NewServer(ops)
	s.Keys = keys
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	e := &restEnv{t: t, ops: ops, keys: keys, srv: srv, key: map[string]string{}, ids: map[string]string{}}
	for name, role := range map[string]web.Role{pIssuer: web.RoleIssuer, pIssuer2: web.RoleIssuer, pCompliance: web.RoleCompliance, pOperator: web.RoleOperator} {
		subjects := map[string][]string{pIssuer: {"ACME"}, pIssuer2: {"BETA"}}[name]
		k, info, err := keys.Create(ctx, role, subjects...)
		if err != nil {
			t.Fatal(err)
		}
		e.key[name], e.ids[name] = k, info.ID
	}

	e.call(pIssuer, "POST", "/v1/tokens", `{"symbol":"ACME","currency":"USD","tick_size":1,"lot_size":1}`, 201, nil)
	e.call(pIssuer, "POST", "/v1/investors", `{"id":"inv-a","country":"US","us_person":true,"investor_class":"professional","kyc_status":"approved","accredited":true}`, 201, nil)
	e.call(pIssuer, "POST", "/v1/accounts", `{"id":"a","investor_id":"inv-a"}`, 201, nil) // custodial
	e.call(pIssuer, "POST", "/v1/tokens/ACME/mint", `{"account":"a","qty":1000}`, 201, nil)
	ops.Now = func() time.Time { return checked }

	type reconcileView struct {
		Token     string            `json:"token"`
		Drift     []json.RawMessage `json:"drift"`
		CheckedAt string            `json:"checked_at"`
	}
	for _, who := range []string{pIssuer, pCompliance, pOperator} {
		var rv reconcileView
		data := e.call(who, "GET", "/v1/tokens/ACME/reconcile", "", 200, &rv)
		if rv.Token != "ACME" || rv.Drift == nil || len(rv.Drift) != 0 || rv.CheckedAt != "2027-05-04T03:02:01Z" || !strings.Contains(string(data), `"drift":[]`) {
			t.Fatalf("%s: reconcile of a consistent venue: %s", who, data)
		}
	}
	e.call(pIssuer2, "GET", "/v1/tokens/ACME/reconcile", "", 403, nil)
	var ae apiErr
	e.call(pOperator, "GET", "/v1/tokens/NOPE/reconcile", "", 404, &ae)
	if ae.Code != engine.EUnknownToken {
		t.Fatalf("unknown token: %+v", ae)
	}

	// Mint on chain only: the chain now holds more than the cap table says.
	tokenAddr, ok := ops.TokenContract("ACME")
	if !ok {
		t.Fatal("ACME has no contract")
	}
	accts := ops.Registry.Accounts("inv-a")
	if len(accts) != 1 {
		t.Fatalf("accounts of inv-a: %+v", accts)
	}
	if err := sim.MintSecurity(ctx, tokenAddr, accts[0].Wallet, 5); err != nil {
		t.Fatal(err)
	}
	var drifted struct {
		Token string           `json:"token"`
		Drift []registry.Drift `json:"drift"`
	}
	data := e.call(pCompliance, "GET", "/v1/tokens/ACME/reconcile", "", 200, &drifted)
	if len(drifted.Drift) != 1 {
		t.Fatalf("reconcile after an on-chain mint: %s", data)
	}
	d := drifted.Drift[0]
	if d.Token != "ACME" || d.Account != "a" || d.InvestorID != "inv-a" || d.Wallet != accts[0].Wallet || d.CapTable != 1000 || d.Chain != 1005 {
		t.Fatalf("drift %+v, want account a: cap table 1000, chain 1005", d)
	}
	for _, field := range []string{`"account":"a"`, `"investor_id":"inv-a"`, `"cap_table":1000`, `"chain":1005`, `"wallet":"0x`} {
		if !strings.Contains(string(data), field) {
			t.Errorf("drift JSON %s lacks %s", data, field)
		}
	}
}
