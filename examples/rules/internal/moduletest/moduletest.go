// Package moduletest checks that an example rule module's files agree with
// each other and with its code: the manifest names the rule and its files,
// the schema stays inside the subset the host understands, every config in
// the case file and in the presets is valid for the schema and accepted by
// the rule, and the schema's defaults are the rule's defaults.
//
//	func TestModule(t *testing.T) { moduletest.Check(t, rule) }
//
// It runs from the module's directory (where go test runs a package's tests).
package moduletest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/regulavenue/regula/rules"
	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/sdk"
	"github.com/regulavenue/regula/sdk/ruletest"
)

// Manifest is a module's manifest.json.
type Manifest struct {
	Name        string `json:"name"`
	Version     string `json:"version"`
	Description string `json:"description"`
	Schema      string `json:"schema"`
	Cases       string `json:"cases"`
}

// PresetEntry is one rule of a rule-set preset (examples/rules/presets).
type PresetEntry struct {
	Module  string          `json:"module"`
	Version string          `json:"version"`
	Config  json.RawMessage `json:"config"`
}

var semver = regexp.MustCompile(`^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$`)

// Check runs every consistency check on the module in the current directory.
func Check(t *testing.T, r sdk.Rule) {
	t.Helper()
	m := readManifest(t)
	schema := readSchema(t, m)
	venue := venueSchema(t, m)
	t.Run("manifest", func(t *testing.T) {
		data, err := os.ReadFile("manifest.json")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := rules.ParseManifest(data); err != nil {
			t.Errorf("the venue refuses manifest.json: %v", err)
		}
		if m.Name != r.Name() {
			t.Errorf("manifest name %q, rule name %q", m.Name, r.Name())
		}
		if filepath.Base(mustGetwd(t)) != m.Name {
			t.Errorf("module directory %q is not named after the module %q", filepath.Base(mustGetwd(t)), m.Name)
		}
		if !semver.MatchString(m.Version) {
			t.Errorf("version %q is not MAJOR.MINOR.PATCH", m.Version)
		}
		if m.Description == "" {
			t.Error("empty description")
		}
	})
	t.Run("case configs", func(t *testing.T) {
		f := readCases(t, m)
		if len(f.Cases) < 15 {
			t.Errorf("%d cases, want at least 15", len(f.Cases))
		}
		seen := map[string]bool{}
		sellOrders, buyOrders := 0, 0
		for i := range f.Cases {
			c := &f.Cases[i]
			if seen[c.Name] {
				t.Errorf("case name %q used twice", c.Name)
			}
			seen[c.Name] = true
			checkConfig(t, r, schema, venue, "case "+c.Name, f.EffectiveConfig(c))
			ctx := &c.Context
			switch {
			case ctx.Phase == abi.PhaseOrderEntry && (ctx.Seller == nil) == (ctx.Buyer == nil):
				t.Errorf("case %q: order_entry carries exactly one party", c.Name)
			case ctx.Phase != abi.PhaseOrderEntry && (ctx.Seller == nil || ctx.Buyer == nil):
				t.Errorf("case %q: %s carries both parties", c.Name, ctx.Phase)
			case ctx.Phase == abi.PhaseOrderEntry && ctx.Seller != nil:
				sellOrders++
			case ctx.Phase == abi.PhaseOrderEntry:
				buyOrders++
			}
			if ctx.Time.IsZero() {
				t.Errorf("case %q: no evaluation time", c.Name)
			}
		}
		if sellOrders == 0 || buyOrders == 0 {
			t.Errorf("%d sell and %d buy orders at order_entry, want both", sellOrders, buyOrders)
		}
	})
	t.Run("schema defaults are the rule's defaults", func(t *testing.T) {
		// Every case that runs with the defaults ({}) must get the same
		// verdict when the schema's defaults are spelt out as its config.
		f := readCases(t, m)
		defaults, err := json.Marshal(schema.Defaults())
		if err != nil {
			t.Fatal(err)
		}
		checkConfig(t, r, schema, venue, "schema defaults", defaults)
		var kept []abi.Case
		for i := range f.Cases {
			c := f.Cases[i]
			if string(f.EffectiveConfig(&c)) == "{}" {
				c.Config = defaults
				kept = append(kept, c)
			}
		}
		if len(kept) == 0 {
			t.Fatal("no case runs with the defaults ({})")
		}
		f.Config, f.Cases = defaults, kept
		path := filepath.Join(t.TempDir(), "defaults.json")
		data, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		ruletest.Run(t, r, path)
	})
	t.Run("presets", func(t *testing.T) {
		paths, err := filepath.Glob("../presets/*.json")
		if err != nil || len(paths) == 0 {
			t.Fatalf("no presets found: %v", err)
		}
		for _, p := range paths {
			for _, e := range readPreset(t, p) {
				if e.Module != r.Name() {
					continue
				}
				if e.Version != m.Version {
					t.Errorf("%s: %s@%s, manifest is %s", p, e.Module, e.Version, m.Version)
				}
				checkConfig(t, r, schema, venue, p, e.Config)
			}
		}
	})
}

// checkConfig fails t when config is invalid for the schema (by this
// package's strict subset and by the venue's validator) or the rule.
func checkConfig(t *testing.T, r sdk.Rule, schema *Schema, venue *rules.Schema, where string, config []byte) {
	t.Helper()
	for _, e := range schema.Validate(config) {
		t.Errorf("%s: config %s: %s", where, config, e)
	}
	if err := venue.Validate(config); err != nil {
		t.Errorf("%s: config %s: the venue refuses it: %v", where, config, err)
	}
	if _, err := r.Prepare(config); err != nil {
		t.Errorf("%s: config %s: rule rejects it: %v", where, config, err)
	}
}

func mustGetwd(t *testing.T) string {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

func readJSON(t testing.TB, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func readManifest(t testing.TB) *Manifest {
	t.Helper()
	var m Manifest
	readJSON(t, "manifest.json", &m)
	return &m
}

func readSchema(t testing.TB, m *Manifest) *Schema {
	t.Helper()
	data, err := os.ReadFile(m.Schema)
	if err != nil {
		t.Fatal(err)
	}
	s, err := ParseSchema(data)
	if err != nil {
		t.Fatalf("%s: %v", m.Schema, err)
	}
	if s.Type != "object" {
		t.Fatalf("%s: a config schema must be of type object", m.Schema)
	}
	return s
}

// venueSchema compiles the module's schema with the venue's validator, the
// one that checks configs when a rule set is bound.
func venueSchema(t testing.TB, m *Manifest) *rules.Schema {
	t.Helper()
	data, err := os.ReadFile(m.Schema)
	if err != nil {
		t.Fatal(err)
	}
	s, err := rules.CompileSchema(data)
	if err != nil {
		t.Fatalf("the venue refuses %s: %v", m.Schema, err)
	}
	return s
}

func readCases(t testing.TB, m *Manifest) *abi.CaseFile {
	t.Helper()
	data, err := os.ReadFile(m.Cases)
	if err != nil {
		t.Fatal(err)
	}
	f, err := abi.ParseCaseFile(data)
	if err != nil {
		t.Fatalf("%s: %v", m.Cases, err)
	}
	return f
}

func readPreset(t testing.TB, path string) []PresetEntry {
	t.Helper()
	var entries []PresetEntry
	readJSON(t, path, &entries)
	if len(entries) == 0 {
		t.Errorf("%s: empty preset", path)
	}
	return entries
}
