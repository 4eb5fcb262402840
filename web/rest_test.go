package web_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/web"
)

func TestRESTMe(t *testing.T) {
	e := newRESTEnv(t)
	for who, want := range map[string]web.Principal{
		pTraderA:    {Role: web.RoleTrader, Account: "a"},
		pIssuer:     {Role: web.RoleIssuer, Tokens: []string{"ACME"}},
		pCompliance: {Role: web.RoleCompliance},
		pOperator:   {Role: web.RoleOperator},
	} {
		var p web.Principal
		e.call(who, "GET", "/v1/me", "", 200, &p)
		want.KeyID = e.ids[who]
		if p.KeyID != want.KeyID || p.Role != want.Role || p.Account != want.Account || strings.Join(p.Tokens, ",") != strings.Join(want.Tokens, ",") {
			t.Errorf("%s: me %+v, want %+v", who, p, want)
		}
	}
}

type tokenView struct {
	Symbol   string `json:"symbol"`
	TickSize int64  `json:"tick_size"`
	Mode     string `json:"mode"`
	Offering struct {
		Exemption string `json:"exemption"`
	} `json:"offering"`
	RuleSet *rules.RuleSetInfo `json:"ruleset"`
}

// TestRESTTokenLifecycle walks an issuer through its token: list it, read
// it, halt and resume it, bind a rule set, mint, lock, read the cap table
// and statistics; every registry change is audited with the key's id.
func TestRESTTokenLifecycle(t *testing.T) {
	e := newRESTEnv(t)
	ctx := context.Background()
	k, info, err := e.keys.Create(ctx, web.RoleIssuer, "NEWT")
	if err != nil {
		t.Fatal(err)
	}
	e.key["newt"], e.ids["newt"] = k, info.ID

	var tv tokenView
	e.call("newt", "POST", "/v1/tokens", `{"symbol":"NEWT","currency":"USD","tick_size":5,"lot_size":10,"offering":{"exemption":"reg_s"}}`, 201, &tv)
	if tv.Symbol != "NEWT" || tv.TickSize != 5 || tv.Mode != "continuous" || tv.Offering.Exemption != "reg_s" || tv.RuleSet != nil {
		t.Fatalf("created %+v", tv)
	}
	var list []tokenView
	e.call(pTraderA, "GET", "/v1/tokens", "", 200, &list)
	if len(list) != 3 || list[0].Symbol != "ACME" || list[0].RuleSet == nil || list[0].RuleSet.Entries[0].Module != "kyc@1.0.0" || list[2].Symbol != "NEWT" {
		t.Fatalf("tokens %+v", list)
	}
	e.call(pTraderA, "GET", "/v1/tokens/NOPE", "", 404, nil)

	var mode struct{ Token, Mode string }
	e.call("newt", "POST", "/v1/tokens/NEWT/halt", "", 200, &mode)
	if mode.Mode != "halted" {
		t.Fatalf("halt: %+v", mode)
	}
	e.call(pTraderA, "GET", "/v1/tokens/NEWT", "", 200, &tv)
	if tv.Mode != "halted" {
		t.Fatalf("after halt: %+v", tv)
	}
	e.call(pTraderA, "POST", "/v1/orders", `{"token":"NEWT","side":"buy","price":5,"qty":10}`, 409, nil)
	e.call(pOperator, "POST", "/v1/tokens/NEWT/resume", "", 200, &mode)
	if mode.Mode != "continuous" {
		t.Fatalf("resume: %+v", mode)
	}
	e.call("newt", "POST", "/v1/tokens/NOPE/halt", "", 403, nil) // not its token, whether or not it exists

	e.call(pTraderA, "GET", "/v1/tokens/NEWT/ruleset", "", 404, nil)
	var rs rules.RuleSetInfo
	e.call("newt", "PUT", "/v1/tokens/NEWT/ruleset", `{"modules":[{"module":"kyc@1.0.0"}]}`, 200, &rs)
	if rs.Version != 1 || rs.Hash == "" || rs.Token != "NEWT" {
		t.Fatalf("bound %+v", rs)
	}
	var got rules.RuleSetInfo
	e.call(pTraderB, "GET", "/v1/tokens/NEWT/ruleset", "", 200, &got)
	if got.Hash != rs.Hash || got.Version != 1 {
		t.Fatalf("ruleset %+v, bound %+v", got, rs)
	}
	e.call("newt", "PUT", "/v1/tokens/NEWT/ruleset", `{"modules":[{"module":"kyc@1.0.0","config":{"x":1}}]}`, 400, nil)
	e.call("newt", "PUT", "/v1/tokens/NEWT/ruleset", `{"modules":[`+strings.Repeat(`{"module":"kyc@1.0.0"},`, 16)+`{"module":"kyc@1.0.0"}]}`, 413, nil)
	// Who bound it is in the audit trail; the refused bindings are not.
	var trail []registry.AuditEntry
	e.call(pCompliance, "GET", "/v1/audit?subject=NEWT&action=ruleset.bind", "", 200, &trail)
	if len(trail) != 1 || !strings.HasPrefix(trail[0].Actor, "key:") || !bytes.Contains(trail[0].After, []byte(rs.Hash)) {
		t.Fatalf("audit trail of NEWT's rule set %+v", trail)
	}
	e.call(pOperator, "GET", "/v1/audit?subject=NEWT", "", 200, &trail)
	if len(trail) != 2 || trail[0].Action != registry.ActionTokenAdd || trail[1].ID <= trail[0].ID {
		t.Fatalf("NEWT's trail %+v", trail)
	}
	e.call(pOperator, "GET", fmt.Sprintf("/v1/audit?subject=NEWT&after=%d", trail[0].ID), "", 200, &trail)
	if len(trail) != 1 || trail[0].Action != registry.ActionRuleSetBind {
		t.Fatalf("NEWT's trail after the first entry %+v", trail)
	}
	for _, q := range []string{"?limit=0", "?limit=1001", "?after=-1", "?after=x"} {
		e.call(pCompliance, "GET", "/v1/audit"+q, "", 400, nil)
	}

	e.call("newt", "POST", "/v1/tokens/NEWT/mint", `{"account":"a","qty":1000}`, 201, nil)
	e.call("newt", "POST", "/v1/tokens/NEWT/locks", `{"investor_id":"inv-a","name":"founder","quantity":400,"until":"2030-01-01T00:00:00Z","reason":"founder lock-up"}`, 201, nil)
	e.call("newt", "POST", "/v1/tokens/NEWT/locks", `{"investor_id":"inv-zz","name":"x","quantity":1,"until":"2030-01-01T00:00:00Z","reason":"x"}`, 404, nil)
	var ct struct {
		Token    string `json:"token"`
		Holdings []struct {
			InvestorID string           `json:"investor_id"`
			Balance    int64            `json:"balance"`
			Accounts   map[string]int64 `json:"accounts"`
			Lots       []struct {
				Quantity int64 `json:"quantity"`
			} `json:"lots"`
			Locks []registry.Lock `json:"locks"`
		} `json:"holdings"`
		Stats struct {
			Holders     int64 `json:"holders"`
			TotalSupply int64 `json:"total_supply"`
		} `json:"stats"`
	}
	e.call(pCompliance, "GET", "/v1/tokens/NEWT/captable", "", 200, &ct)
	if len(ct.Holdings) != 1 {
		t.Fatalf("cap table %+v", ct)
	}
	h := ct.Holdings[0]
	if h.InvestorID != "inv-a" || h.Balance != 1000 || h.Accounts["a"] != 1000 || len(h.Lots) != 1 || h.Lots[0].Quantity != 1000 ||
		len(h.Locks) != 1 || h.Locks[0].Name != "founder" || h.Locks[0].Quantity != 400 || ct.Stats.Holders != 1 || ct.Stats.TotalSupply != 1000 {
		t.Fatalf("cap table %+v", ct)
	}
	var st struct {
		Holders     int64 `json:"holders"`
		USHolders   int64 `json:"us_holders"`
		TotalSupply int64 `json:"total_supply"`
	}
	e.call("newt", "GET", "/v1/tokens/NEWT/stats", "", 200, &st)
	if st.Holders != 1 || st.USHolders != 1 || st.TotalSupply != 1000 {
		t.Fatalf("stats %+v", st)
	}

	entries, err := e.ops.Registry.Audit(ctx, registry.AuditQuery{})
	if err != nil {
		t.Fatal(err)
	}
	byKey := 0
	for _, a := range entries {
		if a.Actor == "key:"+e.ids["newt"] {
			byKey++
		}
	}
	if byKey < 3 { // the token, the mint, the lock
		t.Fatalf("%d audit entries by key:%s in %+v", byKey, e.ids["newt"], entries)
	}
}

func TestRESTInvestors(t *testing.T) {
	e := newRESTEnv(t)
	var list []registry.Investor
	e.call(pIssuer, "GET", "/v1/investors", "", 200, &list)
	if len(list) != 2 || list[0].ID != "inv-a" || list[1].ID != "inv-b" {
		t.Fatalf("investors %+v", list)
	}
	var inv struct {
		registry.Investor
		Accounts []registry.Account `json:"accounts"`
	}
	e.call(pCompliance, "GET", "/v1/investors/inv-a", "", 200, &inv)
	if inv.ID != "inv-a" || inv.Country != "US" || len(inv.Accounts) != 1 || inv.Accounts[0].ID != "a" {
		t.Fatalf("investor %+v", inv)
	}
	if data := e.call(pOperator, "GET", "/v1/investors/inv-zz", "", 404, nil); !bytes.Contains(data, []byte(web.EUnknownInvestor)) {
		t.Fatalf("unknown investor: %s", data)
	}
	e.call(pIssuer, "POST", "/v1/investors", `{"id":"inv-c","country":"DE","investor_class":"retail","kyc_status":"pending"}`, 201, nil)
	e.call(pIssuer, "POST", "/v1/accounts", `{"id":"c","investor_id":"inv-c","wallet":"0x00000000000000000000000000000000000000c0"}`, 201, nil)
	e.call(pIssuer, "GET", "/v1/investors/inv-c", "", 200, &inv)
	if inv.KYCStatus != "pending" || len(inv.Accounts) != 1 || inv.Accounts[0].ID != "c" {
		t.Fatalf("investor %+v", inv)
	}

	// BETA's issuer sees investors who hold nothing (inv-c), not ACME's
	// holders; it may onboard inv-c but not change ACME's.
	holders := func() []string {
		var ids []string
		for _, inv := range e.ops.Registry.Investors() {
			if len(e.ops.Registry.HeldTokens(inv.ID)) > 0 {
				ids = append(ids, inv.ID)
			}
		}
		return ids
	}()
	if len(holders) == 0 {
		t.Fatal("the fixture has no ACME holders")
	}
	e.call(pIssuer2, "GET", "/v1/investors", "", 200, &list)
	for _, inv := range list {
		if slices.Contains(holders, inv.ID) {
			t.Fatalf("BETA's issuer sees ACME's holder %s", inv.ID)
		}
	}
	if !slices.ContainsFunc(list, func(i registry.Investor) bool { return i.ID == "inv-c" }) {
		t.Fatalf("BETA's issuer does not see inv-c: %+v", list)
	}
	e.call(pIssuer2, "GET", "/v1/investors/"+holders[0], "", 404, nil)
	e.call(pIssuer2, "POST", "/v1/tokens/BETA/locks", `{"investor_id":"`+holders[0]+`","name":"x","quantity":1,"until":"2030-01-01T00:00:00Z","reason":"x"}`, 404, nil)
	e.call(pIssuer2, "POST", "/v1/investors", `{"id":"inv-c","country":"FR","investor_class":"retail","kyc_status":"approved"}`, 201, nil)
	if data := e.call(pIssuer2, "POST", "/v1/investors", `{"id":"`+holders[0]+`","country":"FR","investor_class":"retail","kyc_status":"rejected"}`, 403, nil); !bytes.Contains(data, []byte("ACME")) {
		t.Fatalf("BETA's issuer changing an ACME holder: %s", data)
	}
}

// TestRESTOrdersPrivacy: a trader sees and touches only its own orders and
// fills; another's order is unknown to it; the operator reads all.
func TestRESTOrdersPrivacy(t *testing.T) {
	e := newRESTEnv(t)
	sell, buy := e.trade(100, 10)
	var rest struct {
		OrderID uint64 `json:"order_id"`
	}
	e.call(pTraderA, "POST", "/v1/orders", `{"token":"ACME","client_id":"a-rest","side":"sell","price":300,"qty":50}`, 201, &rest)

	ids := func(os []engine.Order) (out []uint64) {
		for _, o := range os {
			out = append(out, o.ID)
		}
		return out
	}
	var os []engine.Order
	e.call(pTraderA, "GET", "/v1/orders", "", 200, &os)
	if fmt.Sprint(ids(os)) != fmt.Sprint([]uint64{sell, rest.OrderID}) {
		t.Fatalf("a's orders %v", ids(os))
	}
	e.call(pTraderA, "GET", "/v1/orders?open=true", "", 200, &os)
	if fmt.Sprint(ids(os)) != fmt.Sprint([]uint64{rest.OrderID}) {
		t.Fatalf("a's open orders %v", ids(os))
	}
	e.call(pTraderB, "GET", "/v1/orders", "", 200, &os)
	if fmt.Sprint(ids(os)) != fmt.Sprint([]uint64{buy}) {
		t.Fatalf("b's orders %v", ids(os))
	}
	e.call(pTraderB, "GET", "/v1/orders?account=a", "", 403, nil)
	e.call(pOperator, "GET", "/v1/orders", "", 200, &os)
	if fmt.Sprint(ids(os)) != fmt.Sprint([]uint64{sell, buy, rest.OrderID}) {
		t.Fatalf("all orders %v", ids(os))
	}
	e.call(pOperator, "GET", "/v1/orders?account=b&token=ACME", "", 200, &os)
	if fmt.Sprint(ids(os)) != fmt.Sprint([]uint64{buy}) {
		t.Fatalf("b's orders for the operator %v", ids(os))
	}

	path := fmt.Sprintf("/v1/orders/%d", rest.OrderID)
	var o engine.Order
	e.call(pOperator, "GET", path, "", 200, &o)
	if o.Account != "a" || o.ClientID != "a-rest" {
		t.Fatalf("order %+v", o)
	}
	for _, m := range []struct{ method, body string }{{"GET", ""}, {"PATCH", `{"price":300,"qty":20}`}, {"DELETE", ""}} {
		if data := e.call(pTraderB, m.method, path, m.body, 404, nil); !bytes.Contains(data, []byte(`"unknown_order"`)) ||
			m.method != "GET" && !bytes.Contains(data, fmt.Appendf(nil, `"no open order %d"`, rest.OrderID)) {
			t.Fatalf("b %s a's order: %s", m.method, data)
		}
	}
	e.call(pTraderA, "GET", path, "", 200, &o)
	if o.Status != engine.StatusOpen || o.Remaining != 50 {
		t.Fatalf("a's order after b's tries: %+v", o)
	}
	e.call(pTraderA, "PATCH", path, `{"price":300,"qty":20}`, 200, nil)
	e.call(pTraderB, "PATCH", path, `{"account":"a","price":300,"qty":10}`, 403, nil)
	e.call(pTraderA, "GET", path, "", 200, &o)
	if o.Remaining != 20 {
		t.Fatalf("amended order %+v", o)
	}
	e.call(pTraderA, "DELETE", path, "", 200, nil)
	e.call(pTraderA, "GET", path, "", 200, &o)
	if o.Status != engine.StatusCancelled {
		t.Fatalf("cancelled order %+v", o)
	}

	var tape []map[string]any
	e.call(pTraderB, "GET", "/v1/trades?token=ACME", "", 200, &tape)
	if len(tape) != 1 || tape[0]["qty"] != float64(10) || tape[0]["side"] != "buy" || tape[0]["buyer"] != nil || tape[0]["seller"] != nil || tape[0]["buy_order_id"] != nil {
		t.Fatalf("public tape %v", tape)
	}
	var mine []engine.Trade
	e.call(pTraderB, "GET", "/v1/trades?account=b", "", 200, &mine)
	if len(mine) != 1 || mine[0].Buyer != "b" || mine[0].Seller != "a" || mine[0].BuyOrder != buy {
		t.Fatalf("b's fills %+v", mine)
	}
	e.call(pOperator, "GET", "/v1/trades?account=a&limit=5", "", 200, &mine)
	if len(mine) != 1 || mine[0].SellOrder != sell {
		t.Fatalf("a's fills for the operator %+v", mine)
	}
	e.call(pTraderA, "GET", "/v1/trades?limit=0", "", 400, nil)

	var bal struct {
		Cash   map[string]engine.Balance `json:"cash"`
		Tokens map[string]engine.Balance `json:"tokens"`
	}
	e.call(pTraderA, "GET", "/v1/accounts/a/balances", "", 200, &bal)
	if bal.Tokens["ACME"].Total != 1_000_000 || bal.Tokens["ACME"].Reserved != 10 { // the pending trade
		t.Fatalf("a's balances %+v", bal)
	}
	e.call(pOperator, "POST", "/v1/accounts/a/deposits", `{"currency":"USD","amount":5}`, 201, nil)
	e.call(pOperator, "GET", "/v1/accounts/a/balances", "", 200, &bal)
	if bal.Cash["USD"].Total != 1_000_000_005 {
		t.Fatalf("a's cash after a deposit %+v", bal)
	}
}

func withVersion(u rules.Upload, version string) rules.Upload {
	u.Manifest = []byte(strings.Replace(string(u.Manifest), `"1.0.0"`, `"`+version+`"`, 1))
	return u
}

// TestRESTModules: a compliance engineer uploads modules (multipart and
// JSON), sees each validated, lists and reads them, runs case files
// against them; bad, conflicting and oversized uploads are refused with
// their codes.
func TestRESTModules(t *testing.T) {
	e := newRESTEnv(t)
	upload := func(u rules.Upload, want int) map[string]any {
		t.Helper()
		body, ct := multipartUpload(u)
		status, data := e.do(pCompliance, "POST", "/v1/modules", body, ct)
		if status != want {
			t.Fatalf("upload: %d %.300s, want %d", status, data, want)
		}
		var out map[string]any
		json.Unmarshal(data, &out)
		return out
	}
	res := upload(withVersion(e.kyc, "1.0.1"), 201)
	mod, _ := res["module"].(map[string]any)
	val, _ := res["validation"].(map[string]any)
	if mod["name"] != "kyc" || mod["version"] != "1.0.1" || val["compiled"] != true || val["cases_passed"] != float64(20) || val["cases_failed"] != float64(0) {
		t.Fatalf("upload result %v", res)
	}
	upload(withVersion(e.kyc, "1.0.1"), 201) // the same bytes again: idempotent

	j, _ := json.Marshal(map[string]any{"wasm": base64.StdEncoding.EncodeToString(e.kyc.Wasm),
		"manifest": json.RawMessage(withVersion(e.kyc, "1.0.2").Manifest), "schema": json.RawMessage(e.kyc.Schema)})
	e.call(pCompliance, "POST", "/v1/modules", string(j), 201, nil)

	other := e.kyc
	other.Wasm = append(bytes.Clone(e.kyc.Wasm), 0)
	if out := upload(other, 409); out["code"] != "duplicate" {
		t.Fatalf("other bytes for kyc@1.0.0: %v", out)
	}
	bad := withVersion(e.kyc, "1.0.3")
	bad.Cases = []byte(strings.Replace(string(e.kyc.Cases), `"allow": true`, `"allow": false`, 1))
	out := upload(bad, 400)
	if details, _ := out["details"].([]any); out["code"] != "invalid" || len(details) != 1 || !strings.HasPrefix(details[0].(string), "FAIL ") {
		t.Fatalf("failing cases: %v", out)
	}
	badManifest := e.kyc
	badManifest.Manifest = []byte(`{"name":"Bad Name","version":"1"}`)
	upload(badManifest, 400)
	noWasm := e.kyc
	noWasm.Wasm = nil
	upload(noWasm, 400)
	huge := withVersion(e.kyc, "9.0.0")
	huge.Wasm = make([]byte, 17<<20) // over the rule host's 16 MiB
	if out := upload(huge, 413); out["code"] != "too_large" {
		t.Fatalf("huge module: %v", out)
	}
	huge.Wasm = make([]byte, 33<<20) // over the request limit
	upload(huge, 413)
	if status, _ := e.do(pCompliance, "POST", "/v1/modules", strings.NewReader("x"), "text/plain"); status != 400 {
		t.Fatalf("text/plain upload: %d", status)
	}

	var mods []rules.ModuleInfo
	e.call(pTraderA, "GET", "/v1/modules", "", 200, &mods)
	var refs []string
	for _, m := range mods {
		refs = append(refs, m.Ref())
	}
	if strings.Join(refs, " ") != "kyc@1.0.0 kyc@1.0.1 kyc@1.0.2" {
		t.Fatalf("modules %v", refs)
	}
	var show struct {
		rules.ModuleInfo
		CaseFile json.RawMessage `json:"case_file"`
	}
	e.call(pIssuer, "GET", "/v1/modules/kyc/1.0.1", "", 200, &show)
	if show.Description == "" || len(show.Schema) == 0 || show.Cases != 20 || !bytes.Contains(show.CaseFile, []byte(`"cases"`)) {
		t.Fatalf("module %+v", show.ModuleInfo)
	}
	show.CaseFile = nil
	e.call(pIssuer, "GET", "/v1/modules/kyc/1.0.2", "", 200, &show)
	if show.CaseFile != nil || show.Cases != 0 {
		t.Fatalf("a module without cases: %s, %d cases", show.CaseFile, show.Cases)
	}
	e.call(pIssuer, "GET", "/v1/modules/kyc/7.0.0", "", 404, nil)

	type run struct {
		Module, Summary string
		Passed, Failed  int
		Results         []struct {
			Name, Error, Line string
			OK                bool
		}
	}
	var r run
	e.call(pCompliance, "POST", "/v1/modules/kyc/1.0.0/test", string(e.kyc.Cases), 200, &r)
	if r.Module != "kyc@1.0.0" || r.Passed != 20 || r.Failed != 0 || r.Summary != "20 passed, 0 failed" || len(r.Results) != 20 {
		t.Fatalf("run %+v", r)
	}
	e.call(pCompliance, "POST", "/v1/modules/kyc/1.0.0/test", string(bad.Cases), 200, &r)
	if r.Passed != 19 || r.Failed != 1 || r.Summary != "19 passed, 1 failed" {
		t.Fatalf("run with a wrong want %+v", r)
	}
	for _, c := range r.Results {
		if !c.OK && !strings.HasPrefix(c.Line, "FAIL ") {
			t.Fatalf("failing case without its line: %+v", c)
		}
	}
	badConfig := `{"module":"kyc","config":{"nope":1},"cases":[{"name":"c","context":{"phase":"order_entry","time":"2027-01-01T00:00:00Z","token":{"symbol":"X"}},"want":{"allow":true}}]}`
	e.call(pCompliance, "POST", "/v1/modules/kyc/1.0.0/test", badConfig, 200, &r)
	if r.Failed != 1 || r.Results[0].Error == "" {
		t.Fatalf("a case that cannot run %+v", r)
	}
	e.call(pCompliance, "POST", "/v1/modules/kyc/1.0.0/test", `{"cases":`, 400, nil)
	e.call(pCompliance, "POST", "/v1/modules/kyc/7.0.0/test", string(e.kyc.Cases), 404, nil)
	e.call(pCompliance, "POST", "/v1/modules/kyc/1.0.0/test", `{"cases":[`+strings.Repeat(" ", 1<<20)+`]}`, 413, nil)
}

// TestRESTDecisions reads the decision log with each filter, as compliance
// and as issuers, and replays a decision.
func TestRESTDecisions(t *testing.T) {
	e := newRESTEnv(t)
	ctx := context.Background()
	e.trade(100, 10) // an allowed match
	// b's buy rests, then b's KYC lapses: a's crossing sell is refused at
	// match by kyc, a denied decision.
	e.call(pTraderB, "POST", "/v1/orders", `{"token":"ACME","side":"buy","price":200,"qty":5}`, 201, nil)
	if err := e.ops.PutInvestor(ctx, "test", registry.Investor{ID: "inv-b", Country: "US", USPerson: true,
		Class: registry.ClassProfessional, KYCStatus: registry.KYCPending, Accredited: true}); err != nil {
		t.Fatal(err)
	}
	var placed struct {
		Events []engine.Event `json:"events"`
	}
	e.call(pTraderA, "POST", "/v1/orders", `{"token":"ACME","side":"sell","price":200,"qty":5}`, 201, &placed)
	skipped := false
	for _, ev := range placed.Events {
		skipped = skipped || ev.Kind == engine.EvSkipped
	}
	if !skipped {
		t.Fatalf("no skip: %+v", placed.Events)
	}
	if err := e.ops.Rules.Flush(ctx); err != nil {
		t.Fatal(err)
	}

	type dv struct {
		ID            int64  `json:"id"`
		Token         string `json:"token"`
		Phase         string `json:"phase"`
		Allow         bool   `json:"allow"`
		Code          uint8  `json:"code"`
		Rule          string `json:"rule"`
		Seller, Buyer string
	}
	get := func(who, query string, want int) []dv {
		t.Helper()
		var out []dv
		if want != 200 {
			e.call(who, "GET", "/v1/decisions"+query, "", want, nil)
			return nil
		}
		e.call(who, "GET", "/v1/decisions"+query, "", want, &out)
		return out
	}
	all := get(pCompliance, "", 200)
	if len(all) != 2 || all[0].ID <= all[1].ID {
		t.Fatalf("decisions %+v", all)
	}
	denied := get(pCompliance, "?allowed=false", 200)
	if len(denied) != 1 || denied[0].Allow || denied[0].Code != 11 || denied[0].Rule != "kyc@1.0.0" || denied[0].Seller != "a" || denied[0].Buyer != "b" || denied[0].Phase != "match" {
		t.Fatalf("denied %+v", denied)
	}
	if got := get(pOperator, "?allowed=true&stage=match&token=ACME", 200); len(got) != 1 || !got[0].Allow {
		t.Fatalf("allowed %+v", got)
	}
	if got := get(pCompliance, "?stage=settlement", 200); len(got) != 0 {
		t.Fatalf("settlement %+v", got)
	}
	if got := get(pCompliance, "?account=a", 200); len(got) != 2 {
		t.Fatalf("a's %+v", got)
	}
	if got := get(pCompliance, "?account=zz", 200); len(got) != 0 {
		t.Fatalf("zz's %+v", got)
	}
	if got := get(pCompliance, "?limit=1", 200); len(got) != 1 || got[0].ID != all[0].ID {
		t.Fatalf("limit 1 %+v", got)
	}
	if got := get(pCompliance, fmt.Sprintf("?before=%d", all[0].ID), 200); len(got) != 1 || got[0].ID != all[1].ID {
		t.Fatalf("before %+v", got)
	}
	// A page that may not be the last names the cursor that continues it.
	for query, want := range map[string]string{"?limit=1": fmt.Sprint(all[0].ID), "?limit=2&account=b": fmt.Sprint(all[1].ID), "": "", "?account=a": ""} {
		req, _ := http.NewRequest("GET", e.srv.URL+"/v1/decisions"+query, nil)
		req.Header.Set("Authorization", "Bearer "+e.key[pCompliance])
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if got := resp.Header.Get("X-Next-Before"); got != want {
			t.Fatalf("%s: X-Next-Before %q, want %q", query, got, want)
		}
	}
	if got := get(pIssuer, "", 200); len(got) != 2 {
		t.Fatalf("ACME's issuer %+v", got)
	}
	if got := get(pIssuer2, "", 200); len(got) != 0 {
		t.Fatalf("BETA's issuer sees %+v", got)
	}
	get(pIssuer2, "?token=ACME", 403)
	for _, q := range []string{"?stage=later", "?allowed=maybe", "?limit=0", "?limit=1001", "?before=x"} {
		get(pCompliance, q, 400)
	}

	var rep struct {
		Decision struct {
			ID int64 `json:"id"`
		} `json:"decision"`
		Verdicts []struct {
			Allow bool  `json:"allow"`
			Code  uint8 `json:"code"`
		} `json:"verdicts"`
		Same bool `json:"same"`
	}
	e.call(pCompliance, "POST", fmt.Sprintf("/v1/decisions/%d/replay", denied[0].ID), "", 200, &rep)
	if !rep.Same || rep.Decision.ID != denied[0].ID || len(rep.Verdicts) != 1 || rep.Verdicts[0].Code != 11 {
		t.Fatalf("replay %+v", rep)
	}
	e.call(pOperator, "POST", "/v1/decisions/999999/replay", "", 404, nil)

	// A refusal at order entry is in the log too, and replays.
	if data := e.call(pTraderB, "POST", "/v1/orders", `{"token":"ACME","side":"buy","price":200,"qty":5}`, 422, nil); !bytes.Contains(data, []byte(`"rule_denied"`)) {
		t.Fatalf("b's order with KYC pending: %s", data)
	}
	if err := e.ops.Rules.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	entry := get(pCompliance, "?stage=order_entry", 200)
	if len(entry) != 1 || entry[0].Allow || entry[0].Code != 11 || entry[0].Buyer != "b" || entry[0].Seller != "" {
		t.Fatalf("order entry decisions %+v", entry)
	}
	e.call(pCompliance, "POST", fmt.Sprintf("/v1/decisions/%d/replay", entry[0].ID), "", 200, &rep)
	if !rep.Same || rep.Decision.ID != entry[0].ID {
		t.Fatalf("replay of the entry refusal %+v", rep)
	}
	e.call(pOperator, "POST", "/v1/decisions/x/replay", "", 400, nil)
}

// TestRESTTakerSeesNoMakerOrder: the taker's answer shows its own order and
// the trade, not the maker's order events (its client id, what it has left).
func TestRESTTakerSeesNoMakerOrder(t *testing.T) {
	e := newRESTEnv(t)
	e.call(pTraderA, "POST", "/v1/orders", `{"token":"ACME","side":"sell","price":90,"qty":30,"client_id":"a-secret"}`, 201, nil)
	var taken struct {
		Events []engine.Event `json:"events"`
	}
	e.call(pTraderB, "POST", "/v1/orders", `{"token":"ACME","side":"buy","price":90,"qty":10}`, 201, &taken)
	sawTrade := false
	for _, ev := range taken.Events {
		if ev.Account == "a" || ev.ClientID == "a-secret" {
			t.Fatalf("b's answer shows a's order: %+v", ev)
		}
		sawTrade = sawTrade || ev.Kind == engine.EvTrade
	}
	if !sawTrade {
		t.Fatalf("b's answer has no trade: %+v", taken.Events)
	}
}
