package rules

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/rules/internal/gobuild"
	"github.com/regulavenue/regula/rules/wasm"
)

// The example modules, built once per test binary.
var (
	examples  = map[string]Upload{}
	testCache string
)

var exampleNames = []string{"kyc", "sanctions", "reg-d", "lockup"}

func TestMain(m *testing.M) { os.Exit(run(m)) }

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "regula-rules-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	testCache = filepath.Join(dir, "cache")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	for _, name := range exampleNames {
		src := filepath.Join("..", "examples", "rules", name)
		u, err := ReadModuleDir(src)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		out := filepath.Join(dir, name+".wasm")
		if err := gobuild.Build(ctx, src, out); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		if u.Wasm, err = os.ReadFile(out); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		examples[name] = *u
	}
	return m.Run()
}

// openService opens a Service on a fresh database in t.TempDir.
func openService(t testing.TB, opts Options) (*Service, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "regula.db")
	return openAt(t, path, opts), path
}

func openAt(t testing.TB, path string, opts Options) *Service {
	t.Helper()
	db, err := OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	opts.DB = db
	if opts.Wasm.CacheDir == "" {
		opts.Wasm.CacheDir = testCache
	}
	s, err := Open(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.Close(context.Background())
		db.Close()
	})
	return s
}

func uploadAll(t testing.TB, s *Service) {
	t.Helper()
	for _, name := range exampleNames {
		if _, err := s.Upload(context.Background(), examples[name]); err != nil {
			t.Fatalf("upload %s: %v", name, err)
		}
	}
}

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// matchContext is a match between a verified US seller with matured lots and
// a verified, accredited US buyer: every example module allows it.
func matchContext() *abi.Context {
	return &abi.Context{
		Phase: abi.PhaseMatch,
		Time:  ts("2027-03-01T14:30:00Z"),
		Token: abi.Token{Symbol: "ACME", Offering: abi.Offering{Exemption: "reg_d_506c", ClosedAt: ts("2026-01-15T00:00:00Z")},
			MiCA:  abi.MiCA{WhitePaperPublished: true, Kind: "other"},
			Stats: abi.Stats{Holders: 120, USHolders: 80, NonAccreditedHolders: 3, HoldersByCountry: map[string]int64{"US": 80, "DE": 40}, TotalSupply: 1000000}},
		Seller: &abi.Party{Account: "acc-7", InvestorID: "inv-7", Country: "US", USPerson: true, Accredited: true,
			InvestorClass: "retail", KYC: abi.KYC{Status: "approved", ExpiresAt: ts("2028-01-01T00:00:00Z")}, Balance: 5000,
			Lots: []abi.Lot{{Quantity: 3000, AcquiredAt: ts("2025-01-15T00:00:00Z")}, {Quantity: 2000, AcquiredAt: ts("2026-11-01T00:00:00Z")}}},
		Buyer: &abi.Party{Account: "acc-9", InvestorID: "inv-9", Country: "US", USPerson: true, Accredited: true,
			InvestorClass: "professional", KYC: abi.KYC{Status: "approved"}, Balance: 0},
		Quantity: 1500,
		Price:    1250,
	}
}

// wasmConfig is the runtime config of the benchmarks: defaults but the
// shared test cache.
func wasmConfig() wasm.Config { return wasm.Config{} }

func encodeCtx(t testing.TB, c *abi.Context) []byte {
	t.Helper()
	b, err := abi.EncodeContext(c)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
