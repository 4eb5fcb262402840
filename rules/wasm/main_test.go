package wasm

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/rules/internal/gobuild"
)

// Test modules are built from testdata once per test binary.
var (
	regdWasm      []byte
	hostileWasm   []byte
	mainprobeWasm []byte
	// testCache is one compilation cache for the package's tests, so each
	// module is compiled once.
	testCache string
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "regula-wasm-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	testCache = filepath.Join(dir, "cache")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	for name, dst := range map[string]*[]byte{"regd": &regdWasm, "hostile": &hostileWasm, "mainprobe": &mainprobeWasm} {
		out := filepath.Join(dir, name+".wasm")
		if err := gobuild.Build(ctx, filepath.Join("testdata", name), out); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		if *dst, err = os.ReadFile(out); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
	}
	return m.Run()
}

// newRuntime is a runtime with a per-test compilation cache.
func newRuntime(t testing.TB, cfg Config) *Runtime {
	t.Helper()
	if cfg.CacheDir == "" {
		cfg.CacheDir = testCache
	}
	r, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close(context.Background()) })
	return r
}

func load(t testing.TB, r *Runtime, name string, wasm []byte) *Module {
	t.Helper()
	m, err := r.Load(context.Background(), name, wasm)
	if err != nil {
		t.Fatalf("load %s: %v", name, err)
	}
	return m
}

func configID(t testing.TB, m *Module, cfg string) uint32 {
	t.Helper()
	id, err := m.ConfigID(context.Background(), []byte(cfg))
	if err != nil {
		t.Fatalf("config %s: %v", cfg, err)
	}
	return id
}

// sampleContext is the RULES.md example: a US seller with one matured lot
// and one young one, selling 1500 to an accredited US buyer.
func sampleContext() *abi.Context {
	ts := func(s string) time.Time {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	return &abi.Context{
		Phase: abi.PhaseMatch,
		Time:  ts("2027-03-01T14:30:00Z"),
		Token: abi.Token{Symbol: "ACME", Offering: abi.Offering{Exemption: "reg_d_506c", ClosedAt: ts("2026-01-15T00:00:00Z")},
			MiCA:  abi.MiCA{WhitePaperPublished: true, Kind: "other"},
			Stats: abi.Stats{Holders: 120, USHolders: 80, NonAccreditedHolders: 3, HoldersByCountry: map[string]int64{"US": 80, "DE": 40}, TotalSupply: 1000000}},
		Seller: &abi.Party{Account: "acc-7", InvestorID: "inv-7", Country: "US", USPerson: true, Accredited: true,
			AccreditationExpiresAt: ts("2027-12-31T00:00:00Z"), InvestorClass: "retail",
			KYC: abi.KYC{Status: "approved", ExpiresAt: ts("2028-01-01T00:00:00Z")}, Balance: 5000,
			Lots:  []abi.Lot{{Quantity: 3000, AcquiredAt: ts("2026-01-15T00:00:00Z")}, {Quantity: 2000, AcquiredAt: ts("2026-11-01T00:00:00Z")}},
			Locks: []abi.Lock{{Quantity: 1000, Until: ts("2027-06-01T00:00:00Z"), Reason: "founder"}}},
		Buyer: &abi.Party{Account: "acc-9", InvestorID: "inv-9", Country: "US", USPerson: true, Accredited: true,
			InvestorClass: "professional", KYC: abi.KYC{Status: "approved"}, Balance: 0},
		Quantity: 1500,
		Price:    1250,
	}
}

func encode(t testing.TB, c *abi.Context) []byte {
	t.Helper()
	b, err := abi.EncodeContext(c)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
