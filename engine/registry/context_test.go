package registry

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/regulavenue/regula/rules/abi"
)

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// rulesExample builds the registry behind RULES.md's example context: seller
// acc-7 with two lots and a founder lock, a DE professional buyer with nothing
// yet, and two more DE holders, one of whom traded on the example's day.
func rulesExample(t *testing.T) (*env, TokenInfo) {
	e := newEnv(t)
	e.must(e.r.AddToken(ctx, "issuer", "ACME"))
	e.investor("7", 7, func(i *Investor) {
		i.AccreditationExpiresAt = ts("2027-12-31T00:00:00Z")
		i.KYCExpiresAt = ts("2028-01-01T00:00:00Z")
	})
	e.investor("8", 8, func(i *Investor) {
		i.Country, i.USPerson, i.Accredited, i.Class = "DE", false, false, ClassProfessional
	})
	e.investor("9", 9, func(i *Investor) { i.Country, i.USPerson, i.Accredited = "DE", false, false })
	e.investor("10", 10, func(i *Investor) { i.Country, i.USPerson, i.Accredited = "DE", false, false })
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-7", 3000, ts("2026-01-15T00:00:00Z")))
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-7", 2000, ts("2026-11-01T00:00:00Z")))
	e.must(e.r.SetLock(ctx, "issuer", "ACME", "7", Lock{Name: "founder", Quantity: 1000, Until: ts("2027-06-01T00:00:00Z"), Reason: "founder"}))
	e.must(e.r.Mint(ctx, "issuer", "ACME", "acc-9", 600, ts("2026-02-01T00:00:00Z")))
	e.must(e.r.Transfer(ctx, Transfer{Token: "ACME", Ref: "t1", Seller: "acc-9", Buyer: "acc-10", Quantity: 100, Price: 1200, At: ts("2027-03-01T09:00:00Z")}))
	return e, TokenInfo{
		Symbol:   "ACME",
		Offering: abi.Offering{Exemption: "reg_d_506c", ClosedAt: ts("2026-01-15T00:00:00Z")},
		MiCA:     abi.MiCA{WhitePaperPublished: true, Kind: "other"},
	}
}

const exampleJSON = `{
  "phase": "match",
  "time": "2027-03-01T14:30:00Z",
  "token": {
    "symbol": "ACME",
    "decimals": 0,
    "offering": {"exemption": "reg_d_506c", "closed_at": "2026-01-15T00:00:00Z", "issuer_reporting": false},
    "mica": {"white_paper_published": true, "kind": "other"},
    "stats": {"holders": 3, "us_holders": 1, "non_accredited_holders": 2,
              "holders_by_country": {"US": 1, "DE": 2}, "total_supply": 5600,
              "daily_transactions": 1}
  },
  "seller": {
    "account": "acc-7", "investor_id": "7", "country": "US", "us_person": true,
    "accredited": true, "accreditation_expires_at": "2027-12-31T00:00:00Z",
    "investor_class": "retail",
    "kyc": {"status": "approved", "expires_at": "2028-01-01T00:00:00Z"},
    "balance": 5000,
    "lots": [{"quantity": 3000, "acquired_at": "2026-01-15T00:00:00Z"},
             {"quantity": 2000, "acquired_at": "2026-11-01T00:00:00Z"}],
    "locks": [{"quantity": 1000, "until": "2027-06-01T00:00:00Z", "reason": "founder"}]
  },
  "buyer": {
    "account": "acc-8", "investor_id": "8", "country": "DE", "us_person": false,
    "accredited": false, "investor_class": "professional",
    "kyc": {"status": "approved"}, "balance": 0
  },
  "quantity": 1500,
  "price": 1250
}`

func canonical(t *testing.T, c *abi.Context) string {
	t.Helper()
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestContextMatchesRulesJSON(t *testing.T) {
	e, tok := rulesExample(t)
	want, err := abi.ParseContextJSON([]byte(exampleJSON))
	if err != nil {
		t.Fatal(err)
	}
	for pass := range 2 {
		got, err := e.r.Context(abi.PhaseMatch, ts("2027-03-01T14:30:00Z"), tok, "acc-7", "acc-8", 1500, 1250)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := canonical(t, got), canonical(t, want); g != w {
			t.Fatalf("pass %d:\n got %s\nwant %s", pass, g, w)
		}
		// The binary encoding (what a guest decodes) is the same too.
		gb, err := abi.EncodeContext(got)
		if err != nil {
			t.Fatal(err)
		}
		wb, _ := abi.EncodeContext(want)
		if string(gb) != string(wb) {
			t.Fatal("binary encodings differ")
		}
		// RULES.md helpers read it as documented.
		if got.NewHolder() != true || got.SellerExits() || got.HoldersAfter() != 4 {
			t.Fatalf("new holder %v, exits %v, holders after %d", got.NewHolder(), got.SellerExits(), got.HoldersAfter())
		}
		if u := got.Seller.UnlockedBalance(got.Time, 0); u != 4000 {
			t.Fatalf("unlocked %d, want 4000", u)
		}
		e.reopen()
	}
}

func TestContextIsACopy(t *testing.T) {
	e, tok := rulesExample(t)
	at := ts("2027-03-01T14:30:00Z")
	c, err := e.r.Context(abi.PhaseSettlement, at, tok, "acc-7", "acc-8", 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	before := canonical(t, c)
	c.Token.Stats.HoldersByCountry["US"] = 99
	c.Seller.Lots[0].Quantity = -1
	c.Seller.Locks[0].Reason = "x"
	c2, _ := e.r.Context(abi.PhaseSettlement, at, tok, "acc-7", "acc-8", 1, 1)
	if canonical(t, c2) != before {
		t.Fatal("mutating a context changed the registry")
	}
}

func TestContextPhasesAndErrors(t *testing.T) {
	e, tok := rulesExample(t)
	at := ts("2027-03-01T14:30:00Z")
	tests := []struct {
		name          string
		phase         string
		token         string
		seller, buyer string
		qty, price    int64
		code          string
		msg           string
	}{
		{"sell order entry", abi.PhaseOrderEntry, "ACME", "acc-7", "", 10, 1, "", ""},
		{"buy order entry", abi.PhaseOrderEntry, "ACME", "", "acc-8", 10, 0, "", ""},
		{"order entry with both", abi.PhaseOrderEntry, "ACME", "acc-7", "acc-8", 10, 1, "invalid", "exactly one"},
		{"order entry with none", abi.PhaseOrderEntry, "ACME", "", "", 10, 1, "invalid", "exactly one"},
		{"match without buyer", abi.PhaseMatch, "ACME", "acc-7", "", 10, 1, "invalid", "both"},
		{"unknown phase", "trade", "ACME", "acc-7", "acc-8", 10, 1, "invalid", "phase"},
		{"unknown seller", abi.PhaseMatch, "ACME", "acc-404", "acc-8", 10, 1, "unknown_account", `"acc-404"`},
		{"unknown buyer", abi.PhaseSettlement, "ACME", "acc-7", "acc-405", 10, 1, "unknown_account", `"acc-405"`},
		{"unknown token", abi.PhaseMatch, "NOPE", "acc-7", "acc-8", 10, 1, "unknown_token", `"NOPE"`},
		{"zero quantity", abi.PhaseMatch, "ACME", "acc-7", "acc-8", 0, 1, "bad_quantity", ""},
		{"negative price", abi.PhaseMatch, "ACME", "acc-7", "acc-8", 1, -1, "invalid", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ti := tok
			ti.Symbol = tt.token
			c, err := e.r.Context(tt.phase, at, ti, tt.seller, tt.buyer, tt.qty, tt.price)
			if codeOf(err) != tt.code {
				t.Fatalf("error %v, want code %q", err, tt.code)
			}
			if err != nil {
				if !strings.Contains(err.Error(), tt.msg) {
					t.Fatalf("error %q does not say %q", err, tt.msg)
				}
				return
			}
			if (c.Seller != nil) != (tt.seller != "") || (c.Buyer != nil) != (tt.buyer != "") {
				t.Fatalf("parties %v/%v", c.Seller, c.Buyer)
			}
			if err := c.Validate(); err != nil {
				t.Fatal(err)
			}
			if _, err := abi.EncodeContext(c); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// daily_transactions counts the transfers of the UTC day of the context's
// time, not of a rolling 24 hours.
func TestDailyTransactionsPerUTCDay(t *testing.T) {
	e, tok := rulesExample(t)
	for _, at := range []string{"2027-03-01T23:59:59Z", "2027-03-02T00:00:00Z", "2027-03-02T00:00:01Z"} {
		e.must(e.r.Transfer(ctx, Transfer{Token: "ACME", Seller: "acc-10", Buyer: "acc-9", Quantity: 1, At: ts(at)}))
	}
	for _, tt := range []struct {
		at   string
		want int64
	}{
		{"2027-02-28T23:59:59Z", 0},
		{"2027-03-01T00:00:00Z", 2},
		{"2027-03-01T12:00:00+13:00", 0}, // 2027-02-28T23:00Z
		{"2027-03-02T12:00:00Z", 2},
		{"1969-12-31T23:00:00Z", 0},
	} {
		at := ts(tt.at)
		c, err := e.r.Context(abi.PhaseOrderEntry, at, tok, "", "acc-8", 1, 1)
		if err != nil {
			t.Fatal(err)
		}
		if c.Token.Stats.DailyTransactions != tt.want {
			t.Errorf("at %s: %d, want %d", tt.at, c.Token.Stats.DailyTransactions, tt.want)
		}
	}
}

func TestWallet(t *testing.T) {
	e, _ := rulesExample(t)
	if w, err := e.r.Wallet(ctx, "acc-8"); err != nil || w != wallet(8) {
		t.Fatalf("wallet %s, %v", w.Hex(), err)
	}
	if _, err := e.r.Wallet(ctx, "acc-x"); codeOf(err) != "unknown_account" {
		t.Fatalf("unknown account: %v", err)
	}
	if a, ok := e.r.AccountByWallet(wallet(7)); !ok || a.ID != "acc-7" || a.InvestorID != "7" {
		t.Fatalf("by wallet: %+v %v", a, ok)
	}
}

// TestContextAfterIsTheRecordedCapTable checks ContextAfter against the real
// thing: the context after transfers ahead must be the context once those
// transfers are recorded.
func TestContextAfterIsTheRecordedCapTable(t *testing.T) {
	e, info := rulesExample(t)
	at := ts("2027-03-01T14:30:00Z")
	ahead := []Transfer{
		// acc-9 sells out entirely to acc-8 (a new DE holder, an old one leaves).
		{Token: "ACME", Ref: "p1", Seller: "acc-9", Buyer: "acc-8", Quantity: 500, Price: 1200, At: ts("2027-03-01T10:00:00Z")},
		// acc-7 sells across its two lots to acc-10.
		{Token: "ACME", Ref: "p2", Seller: "acc-7", Buyer: "acc-10", Quantity: 3500, Price: 1200, At: ts("2027-03-01T11:00:00Z")},
		// Another token: ignored.
		{Token: "OTHER", Ref: "p3", Seller: "acc-7", Buyer: "acc-8", Quantity: 1, At: at},
	}
	for _, tc := range []struct{ seller, buyer string }{{"acc-7", "acc-8"}, {"acc-10", "acc-9"}, {"acc-9", ""}, {"", "acc-9"}} {
		phase := abi.PhaseMatch
		if tc.seller == "" || tc.buyer == "" {
			phase = abi.PhaseOrderEntry
		}
		got, err := e.r.ContextAfter(phase, at, info, tc.seller, tc.buyer, 10, 1250, ahead)
		if err != nil {
			t.Fatal(err)
		}
		before, err := e.r.Context(phase, at, info, tc.seller, tc.buyer, 10, 1250)
		if err != nil {
			t.Fatal(err)
		}
		if canonical(t, got) == canonical(t, before) {
			t.Fatalf("%v: the transfers ahead changed nothing", tc)
		}
		e2, _ := rulesExample(t)
		e2.must(e2.r.RecordTransfers(ctx, ahead[:2]))
		want, err := e2.r.Context(phase, at, info, tc.seller, tc.buyer, 10, 1250)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := canonical(t, got), canonical(t, want); g != w {
			t.Errorf("%v: context after the transfers ahead\n got %s\nwant %s", tc, g, w)
		}
	}
	// Nothing changed in the registry.
	if s, _ := e.r.Stats("ACME", at); s.Holders != 3 || s.DailyTransactions != 1 {
		t.Errorf("ContextAfter changed the registry: %+v", s)
	}
	// A trade ahead that the cap table has recorded since (reported to the
	// cap table, not yet to the venue) counts once, also after a restart.
	e2, _ := rulesExample(t)
	e2.must(e2.r.RecordTransfers(ctx, ahead[:2]))
	want, err := e2.r.Context(abi.PhaseMatch, at, info, "acc-7", "acc-8", 10, 1250)
	if err != nil {
		t.Fatal(err)
	}
	e.must(e.r.Transfer(ctx, ahead[0]))
	for _, restarted := range []bool{false, true} {
		if restarted {
			e.reopen()
		}
		got, err := e.r.ContextAfter(abi.PhaseMatch, at, info, "acc-7", "acc-8", 10, 1250, ahead)
		if err != nil {
			t.Fatal(err)
		}
		if g, w := canonical(t, got), canonical(t, want); g != w {
			t.Errorf("restarted %v: a recorded trade ahead counted twice\n got %s\nwant %s", restarted, g, w)
		}
	}
	if _, err := e.r.ContextAfter(abi.PhaseMatch, at, info, "acc-7", "acc-8", 1, 1, []Transfer{{Token: "ACME", Seller: "ghost", Buyer: "acc-8", Quantity: 1}}); !isCode(err, "unknown_account") {
		t.Errorf("unknown account ahead: %v", err)
	}
}

// TestTokenInfoReadsOldProfiles: profiles stored with Go field names (before
// the JSON tags) still read.
func TestTokenInfoReadsOldProfiles(t *testing.T) {
	var ti TokenInfo
	if err := json.Unmarshal([]byte(`{"Symbol":"ACME","Decimals":2,"Offering":{"exemption":"reg_s"},"MiCA":{"white_paper_published":true}}`), &ti); err != nil {
		t.Fatal(err)
	}
	if ti.Symbol != "ACME" || ti.Decimals != 2 || ti.Offering.Exemption != "reg_s" || !ti.MiCA.WhitePaperPublished {
		t.Fatalf("old profile read as %+v", ti)
	}
	b, _ := json.Marshal(ti)
	if !strings.Contains(string(b), `"symbol":"ACME"`) || !strings.Contains(string(b), `"mica":`) {
		t.Fatalf("profile marshals as %s", b)
	}
}
