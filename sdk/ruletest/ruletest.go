// Package ruletest runs RULES.md case files against a rule natively, in
// plain `go test`, so a rule can be debugged with ordinary Go tools:
//
//	func TestCases(t *testing.T) { ruletest.Run(t, rule, "cases.json") }
//
// Each case is a subtest named after it. The file's lists are what
// sdk.ListContains reads, sdk.Log lines go to t.Log, and the context crosses
// the same binary encoding as in the Wasm build.
package ruletest

import (
	"testing"

	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/sdk"
	"github.com/regulavenue/regula/sdk/internal/hostsim"
	"github.com/regulavenue/regula/sdk/internal/runner"
)

// Run runs every case of every file against r, a subtest per case. A file
// that cannot be read or parsed, or that has no cases, fails the test.
func Run(t *testing.T, r sdk.Rule, caseFiles ...string) {
	t.Helper()
	if len(caseFiles) == 0 {
		t.Fatal("ruletest: no case files")
	}
	prepare := Prepare(r)
	for _, path := range caseFiles {
		f, err := runner.Load(path)
		if err != nil {
			t.Fatalf("ruletest: %v", err)
		}
		if len(f.Cases) == 0 {
			t.Fatalf("ruletest: %s has no cases", path)
		}
		if f.Module != "" && f.Module != r.Name() {
			t.Errorf("ruletest: %s is for module %q, rule is %q", path, f.Module, r.Name())
		}
		for i := range f.Cases {
			c := &f.Cases[i]
			t.Run(c.Name, func(t *testing.T) {
				hostsim.SetLog(func(s string) { t.Log("rule log:", s) })
				defer hostsim.SetLog(nil)
				res := runner.RunCase(prepare, f, c)
				if !res.OK() {
					t.Error(res.Line(path))
				}
			})
		}
	}
}

// Prepare adapts r to the abi types the host uses, for tests that compare a
// rule's native verdicts with its Wasm ones.
func Prepare(r sdk.Rule) func([]byte) (func(*abi.Context) abi.Verdict, error) {
	return func(cfg []byte) (func(*abi.Context) abi.Verdict, error) {
		chk, err := r.Prepare(cfg)
		if err != nil {
			return nil, err
		}
		return func(c *abi.Context) abi.Verdict {
			v := chk(c)
			return abi.Verdict{Allow: v.Allow, Code: v.Code, Reason: v.Reason}
		}, nil
	}
}
