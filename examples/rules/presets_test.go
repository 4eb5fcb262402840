// Package rules_test runs the rule-set presets of examples/rules/presets in
// the venue's rule host: every example module built for Wasm and uploaded,
// each preset bound to a token, transfers evaluated end to end.
package rules_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/regulavenue/regula/examples/rules/internal/moduletest"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/rules/wasm"
)

// preset is one file of examples/rules/presets.
type preset []struct {
	Module  string          `json:"module"`
	Version string          `json:"version"`
	Config  json.RawMessage `json:"config"`
}

// venue uploads every module a preset uses and binds each preset to the
// token named after it.
func venue(tb testing.TB, presets ...string) *rules.Service {
	tb.Helper()
	ctx := context.Background()
	db, err := rules.OpenSQLite(filepath.Join(tb.TempDir(), "regula.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	// A generous deadline: on a loaded CI machine the default 50 ms can pass
	// while the test waits for a core, and a timeout is a deny.
	s, err := rules.Open(ctx, rules.Options{DB: db, Wasm: wasm.Config{
		CacheDir: filepath.Join(tb.TempDir(), "cache")}})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close(context.Background()) })
	if _, err := s.SetLists(ctx, map[string][]string{"sanctions": {"inv-666"}}); err != nil {
		tb.Fatal(err)
	}
	uploaded := map[string]bool{}
	for _, name := range presets {
		var p preset
		data, err := os.ReadFile(filepath.Join("presets", name+".json"))
		if err != nil {
			tb.Fatal(err)
		}
		if err := json.Unmarshal(data, &p); err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		var entries []rules.Entry
		for _, e := range p {
			if !uploaded[e.Module] {
				u, err := rules.ReadModuleDir(e.Module)
				if err != nil {
					tb.Fatal(err)
				}
				u.Wasm = moduletest.BuildWasmDir(tb, e.Module)
				if _, err := s.Upload(ctx, *u); err != nil {
					tb.Fatalf("upload %s: %v", e.Module, err)
				}
				uploaded[e.Module] = true
			}
			entries = append(entries, rules.Entry{Module: e.Module + "@" + e.Version, Config: e.Config})
		}
		if _, err := s.SetRuleSet(ctx, name, entries); err != nil {
			tb.Fatalf("bind %s: %v", name, err)
		}
	}
	return s
}

var now = time.Date(2027, 3, 1, 12, 0, 0, 0, time.UTC)

func days(n int) time.Time { return now.AddDate(0, 0, -n) }

// party is a verified, accredited investor from country holding balance
// tokens acquired two years ago.
func party(id, country string, usPerson bool, balance int64) *abi.Party {
	p := &abi.Party{
		Account: "acc-" + id, InvestorID: id, Country: country, USPerson: usPerson,
		Accredited: true, InvestorClass: "professional",
		KYC: abi.KYC{Status: "approved"}, Balance: balance,
	}
	if balance > 0 {
		p.Lots = []abi.Lot{{Quantity: balance, AcquiredAt: days(730)}}
	}
	return p
}

// transfer is a clean match of 100 between seller and buyer of a token
// closed a year and a half ago with 100 holders of 1,000,000.
func transfer(seller, buyer *abi.Party) *abi.Context {
	return &abi.Context{
		Phase: abi.PhaseMatch, Time: now,
		Token: abi.Token{
			Symbol:   "T",
			Offering: abi.Offering{ClosedAt: days(540)},
			MiCA:     abi.MiCA{WhitePaperPublished: true, Kind: "other"},
			Stats: abi.Stats{Holders: 100, USHolders: 50, NonAccreditedHolders: 0,
				HoldersByCountry: map[string]int64{"US": 50, "DE": 50}, TotalSupply: 1_000_000},
		},
		Seller: seller, Buyer: buyer, Quantity: 100, Price: 1250,
	}
}

// TestPresets evaluates transfers against each preset bound to a token: a
// clean trade passes every module, and each deny comes from the module, and
// with the code, the preset's order and configs say.
func TestPresets(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and uploads every example module; skipped in -short")
	}
	s := venue(t, "us-reg-d-506c", "offshore-reg-s", "eu-mica")
	us := func(id string) *abi.Party { return party(id, "US", true, 5000) }
	de := func(id string) *abi.Party { return party(id, "DE", false, 5000) }
	newHolder := func(p *abi.Party) *abi.Party { p.Balance, p.Lots = 0, nil; return p }
	with := func(c *abi.Context, f func(c *abi.Context)) *abi.Context { f(c); return c }

	for _, tc := range []struct {
		preset, name string
		ctx          *abi.Context
		rule         string // empty: allowed
		code         uint8
	}{
		{"us-reg-d-506c", "clean trade between accredited US investors", transfer(us("s"), us("b")), "", 0},
		{"us-reg-d-506c", "pending buyer KYC", transfer(us("s"), withParty(us("b"), func(p *abi.Party) { p.KYC.Status = "pending" })), "kyc", 11},
		{"us-reg-d-506c", "KYC reported before sanctions", transfer(us("s"), withParty(us("inv-666"), func(p *abi.Party) { p.KYC.Status = "pending" })), "kyc", 11},
		{"us-reg-d-506c", "sanctioned buyer", transfer(us("s"), us("inv-666")), "sanctions", 13},
		{"us-reg-d-506c", "seller's lot too young", transfer(withParty(us("s"), func(p *abi.Party) { p.Lots[0].AcquiredAt = days(100) }), us("b")), "reg-d", 30},
		{"us-reg-d-506c", "non-accredited US buyer", transfer(us("s"), withParty(us("b"), func(p *abi.Party) { p.Accredited = false })), "reg-d", 40},
		{"us-reg-d-506c", "the 2,000th holder is one too many", with(transfer(us("s"), newHolder(us("b"))), func(c *abi.Context) { c.Token.Stats.Holders = 1999 }), "reg-d", 50},
		{"us-reg-d-506c", "founder lock", transfer(withParty(us("s"), func(p *abi.Party) {
			p.Locks = []abi.Lock{{Quantity: 4950, Until: now.AddDate(0, 6, 0), Reason: "founder"}}
		}), us("b")), "lockup", 31},
		{"offshore-reg-s", "clean offshore trade", transfer(de("s"), de("b")), "", 0},
		{"offshore-reg-s", "US buyer during the compliance period", with(transfer(de("s"), us("b")), func(c *abi.Context) { c.Token.Offering.ClosedAt = days(10) }), "reg-s", 22},
		{"offshore-reg-s", "flowback to a US buyer", with(transfer(de("s"), us("b")), func(c *abi.Context) { c.Token.Offering.ClosedAt = days(100) }), "reg-s", 23},
		{"offshore-reg-s", "seller in an embargoed country", transfer(withParty(de("s"), func(p *abi.Party) { p.Country = "IR" }), de("b")), "sanctions", 21},
		{"eu-mica", "clean EEA trade", transfer(de("s"), de("b")), "", 0},
		{"eu-mica", "white paper not published", with(transfer(de("s"), de("b")), func(c *abi.Context) { c.Token.MiCA.WhitePaperPublished = false }), "mica", 60},
		{"eu-mica", "US buyer outside the passport", transfer(de("s"), us("b")), "mica", 61},
		{"eu-mica", "buyer above 10% of supply", with(transfer(party("s", "FR", false, 200_000), de("b")), func(c *abi.Context) { c.Quantity = 100_001 }), "caps", 52},
	} {
		t.Run(tc.preset+"/"+tc.name, func(t *testing.T) {
			d := s.Evaluate(context.Background(), tc.preset, tc.ctx)
			if d.RuleSetVersion == 0 {
				t.Fatal("no rule set bound")
			}
			if len(d.Verdicts) != 4 {
				t.Errorf("%d verdicts, want one per module (4)", len(d.Verdicts))
			}
			wantRule := ""
			if tc.rule != "" {
				wantRule = tc.rule + "@1.0.0"
			}
			if d.Allow != (tc.rule == "") || d.Code != tc.code || d.Rule != wantRule {
				t.Errorf("got allow=%t code=%d rule=%q reason=%q, want code %d from %q", d.Allow, d.Code, d.Rule, d.Reason, tc.code, wantRule)
			}
		})
	}
}

// withParty returns p changed by f.
func withParty(p *abi.Party, f func(p *abi.Party)) *abi.Party { f(p); return p }

// BenchmarkPresets measures a whole rule set (four Wasm modules, pooled) on
// a clean trade every module allows, the venue's common case, through
// rules.Service.Evaluate: encoding, every module, the decision. order_entry
// is a sell order (one party, not logged); match has both parties and its
// decision goes to the decision log's queue, as in the venue.
func BenchmarkPresets(b *testing.B) {
	names := []string{"us-reg-d-506c", "offshore-reg-s", "eu-mica"}
	s := venue(b, names...)
	parties := map[string][2]string{"us-reg-d-506c": {"US", "US"}, "offshore-reg-s": {"DE", "FR"}, "eu-mica": {"DE", "FR"}}
	for _, name := range names {
		for _, phase := range []string{abi.PhaseOrderEntry, abi.PhaseMatch} {
			c := parties[name]
			tc := transfer(party("s", c[0], c[0] == "US", 5000), party("b", c[1], c[1] == "US", 5000))
			tc.Phase = phase
			if phase == abi.PhaseOrderEntry {
				tc.Buyer = nil
			}
			b.Run(name+"/"+phase, func(b *testing.B) {
				ctx := context.Background()
				if d := s.Evaluate(ctx, name, tc); !d.Allow {
					b.Fatalf("clean trade denied: %+v", d)
				}
				lat := make([]time.Duration, 0, min(b.N, 1<<20))
				b.ResetTimer()
				start := time.Now()
				for i := 0; i < b.N; i++ {
					t0 := time.Now()
					s.Evaluate(ctx, name, tc)
					if len(lat) < cap(lat) {
						lat = append(lat, time.Since(t0))
					}
				}
				total := time.Since(start)
				b.StopTimer()
				sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
				us := func(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }
				b.ReportMetric(us(total)/float64(b.N), "µs/check")
				b.ReportMetric(us(lat[len(lat)/2]), "p50-µs")
				b.ReportMetric(us(lat[len(lat)*99/100]), "p99-µs")
				b.ReportMetric(float64(b.N)/total.Seconds(), "checks/s")
			})
		}
	}
}
