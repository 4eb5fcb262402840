package docs_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/issuer"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/engine/store"
	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
)

// The function between the snippet markers is ISSUER.md's "Go API" code
// block, byte for byte (TestIssuerGoAPIMatchesDoc); TestIssuerGoAPI runs it.

// snippet:start
// listACME lists a Reg D token, binds its rules, onboards an investor with
// an account, mints, locks, halts and resumes, and reads the cap table, the
// holder statistics and the decision log.
func listACME(ctx context.Context, dbPath string) error {
	db, err := store.Open(ctx, dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	ops, err := issuer.Open(ctx, db, issuer.Options{}) // Options.Chain settles on a chain
	if err != nil {
		return err
	}
	defer ops.Close(ctx) // runs before db.Close: snapshot, journal flush

	closed := time.Date(2025, 1, 15, 0, 0, 0, 0, time.UTC)
	err = ops.CreateToken(ctx, "me", issuer.Token{
		TokenSpec: engine.TokenSpec{Symbol: "ACME", Currency: "USD", TickSize: 5, LotSize: 10, MarketBandBps: 1000},
		Offering:  abi.Offering{Exemption: "reg_d_506c", ClosedAt: closed},
	})
	if err != nil {
		return err
	}
	// The modules must be uploaded already (regula rule upload, POST /v1/modules).
	if _, err := ops.BindRuleSet(ctx, "issuer", "ACME", []rules.Entry{
		{Module: "kyc@1.0.0"},
		{Module: "reg-d@1.0.0", Config: json.RawMessage(`{"holding_period_days": 365}`)},
	}); err != nil {
		return err
	}
	err = ops.PutInvestor(ctx, "me", registry.Investor{ID: "inv-alice", Country: "US", USPerson: true,
		Class: registry.ClassProfessional, KYCStatus: registry.KYCApproved, Accredited: true,
		KYCExpiresAt: time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		return err
	}
	err = ops.AddAccount(ctx, "me", registry.Account{ID: "alice", InvestorID: "inv-alice",
		Wallet: common.HexToAddress("0x00000000000000000000000000000000000a11ce")})
	if err != nil {
		return err
	}
	if err := ops.Mint(ctx, "me", "ACME", "alice", 1000); err != nil {
		return err
	}
	err = ops.SetLock(ctx, "me", "ACME", "inv-alice", registry.Lock{Name: "founder", Quantity: 500,
		Until: time.Date(2027, 6, 1, 0, 0, 0, 0, time.UTC), Reason: "founder lock-up"})
	if err != nil {
		return err
	}
	if err := ops.Halt(ctx, "ACME"); err != nil {
		return err
	}
	if err := ops.Resume(ctx, "ACME"); err != nil {
		return err
	}
	holdings, err := ops.CapTable("ACME") // per investor: balance, accounts, lots, locks
	if err != nil {
		return err
	}
	stats, err := ops.Stats("ACME") // holders, us_holders, by country, supply, …
	if err != nil {
		return err
	}
	decisions, err := ops.Decisions(ctx, rules.DecisionFilter{Token: "ACME", Limit: 20})
	if err != nil {
		return err
	}
	fmt.Printf("%d holders, supply %d, %d lots, %d decisions\n",
		stats.Holders, stats.TotalSupply, len(holdings[0].Lots), len(decisions))
	return nil
}

// snippet:end

// TestIssuerGoAPI runs ISSUER.md's Go example on a fresh database with the
// kyc and reg-d example modules uploaded, then reopens the database and
// checks that what the example did is there.
func TestIssuerGoAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two example modules to Wasm")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "regula.db")
	withOps(t, path, func(ops *issuer.Ops) {
		for _, name := range []string{"kyc", "reg-d"} {
			if _, err := ops.Rules.Upload(ctx, *exampleModule(t, name)); err != nil {
				t.Fatalf("upload %s: %v", name, err)
			}
		}
	})

	if err := listACME(ctx, path); err != nil {
		t.Fatalf("the ISSUER.md example: %v", err)
	}

	withOps(t, path, func(ops *issuer.Ops) {
		set, err := ops.Rules.RuleSet("ACME")
		if err != nil || len(set.Entries) != 2 || set.Entries[1].Module != "reg-d@1.0.0" {
			t.Errorf("rule set of ACME = %+v, %v", set, err)
		}
		h, err := ops.CapTable("ACME")
		if err != nil || len(h) != 1 || h[0].Balance != 1000 || len(h[0].Lots) != 1 || len(h[0].Locks) != 1 {
			t.Fatalf("cap table = %+v, %v", h, err)
		}
		if _, tokens, _ := ops.Venue.Balances("alice"); tokens["ACME"].Total != 1000 {
			t.Errorf("alice's ACME on the venue = %+v, want 1000", tokens["ACME"])
		}
		if d, _ := ops.Venue.Depth(ctx, "ACME", 1); d.Mode != "continuous" {
			t.Errorf("ACME mode after halt and resume = %q", d.Mode)
		}
		// What ISSUER.md says the rules then do: alice's lot is minted now,
		// so reg-d's 365-day holding period refuses her sale.
		o, err := engine.DecodePlace([]byte(`{"account":"alice","token":"ACME","side":"sell","price":1250,"qty":100}`))
		if err != nil {
			t.Fatal(err)
		}
		_, err = ops.Venue.Place(ctx, o)
		var e *engine.Error
		if !errors.As(err, &e) || e.Rule == nil || e.Rule.Code != 30 || e.Rule.Rule != "reg-d@1.0.0" {
			t.Errorf("alice's sale of a young lot: %v, want rule_denied 30 by reg-d@1.0.0", err)
		}
	})
}

// exampleModule builds examples/rules/<name> into a temporary file (other
// test binaries may be building the same module in place) and returns it
// ready to upload.
func exampleModule(t *testing.T, name string) *rules.Upload {
	t.Helper()
	dir := filepath.Join("..", "examples", "rules", name)
	out := filepath.Join(t.TempDir(), name+".wasm")
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
	return u
}

// withOps opens the venue on path, runs f and closes it.
func withOps(t *testing.T, path string, f func(*issuer.Ops)) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ops, err := issuer.Open(ctx, db, issuer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ops.Close(ctx)
	f(ops)
}

// TestIssuerGoAPIMatchesDoc fails when ISSUER.md's Go example and listACME
// above differ, so the page shows code that compiles and runs.
func TestIssuerGoAPIMatchesDoc(t *testing.T) {
	src, err := os.ReadFile("issuer_test.go")
	if err != nil {
		t.Fatal(err)
	}
	_, code, _ := strings.Cut(string(src), "// snippet:start\n")
	code, _, _ = strings.Cut(code, "\n// snippet:end")
	doc, err := os.ReadFile("ISSUER.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(doc), "<!-- go: docs/issuer_test.go listACME -->\n```go\n")
	if !ok {
		t.Fatal("ISSUER.md has no Go block marked <!-- go: docs/issuer_test.go listACME -->")
	}
	block, _, _ = strings.Cut(block, "```")
	if strings.TrimSpace(block) != strings.TrimSpace(code) {
		t.Errorf("ISSUER.md's Go example differs from listACME in issuer_test.go; copy it over.\n--- doc:\n%s\n--- code:\n%s", block, code)
	}
}

// issuerCommands returns the commands `regula issuer` lists in its usage
// (issuerUsage in cmd/regula/issuer.go): the first word of each indented
// line, and the word after " | " ("halt TOKEN | resume TOKEN").
func issuerCommands(t *testing.T) []string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "../cmd/regula/issuer.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	usage := ""
	ast.Inspect(f, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || vs.Names[0].Name != "issuerUsage" || len(vs.Values) != 1 {
			return true
		}
		if lit, ok := vs.Values[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
			usage, _ = strconv.Unquote(lit.Value)
		}
		return false
	})
	var cmds []string
	for _, m := range regexp.MustCompile(`(?m)(?:^  |\| )([a-z]+) [A-Z]`).FindAllStringSubmatch(usage, -1) {
		cmds = append(cmds, m[1])
	}
	return cmds
}

// TestIssuerCLIDocumented fails when a `regula issuer` command is not shown
// in ISSUER.md (as `bin/regula issuer CMD …`), or the page shows one the
// CLI does not have.
func TestIssuerCLIDocumented(t *testing.T) {
	cmds := issuerCommands(t)
	for _, want := range []string{"token", "captable", "halt", "resume", "profile", "unlock", "reconcile"} {
		if !slices.Contains(cmds, want) {
			t.Fatalf("commands found in issuerUsage: %q; the parser misses %q", cmds, want)
		}
	}
	doc, err := os.ReadFile("ISSUER.md")
	if err != nil {
		t.Fatal(err)
	}
	var shown []string
	for _, m := range regexp.MustCompile(`regula issuer ([a-z]+)`).FindAllStringSubmatch(string(doc), -1) {
		shown = append(shown, m[1])
	}
	for _, c := range cmds {
		if !slices.Contains(shown, c) {
			t.Errorf("regula issuer %s is not shown in ISSUER.md", c)
		}
	}
	for _, c := range shown {
		if !slices.Contains(cmds, c) {
			t.Errorf("ISSUER.md shows regula issuer %s, which the CLI does not have", c)
		}
	}
}
