package rules

import (
	"context"
	"fmt"

	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/rules/wasm"
)

// CaseResult is one case of a case file run against a Wasm module.
type CaseResult struct {
	Case *abi.Case
	Got  abi.Verdict
	// Err is set when the case could not run (its config was refused, its
	// context could not be encoded).
	Err error
}

// OK reports whether the case ran and got what it wants.
func (r CaseResult) OK() bool { return r.Err == nil && r.Case.Want.Matches(r.Got) }

// Line is the RULES.md failure line: the case and what it got.
func (r CaseResult) Line() string {
	if r.Err != nil {
		return fmt.Sprintf("FAIL %q: could not run: %v", r.Case.Name, r.Err)
	}
	return fmt.Sprintf("FAIL %q: want %s, got allow=%t code=%d reason=%q", r.Case.Name, r.Case.Want, r.Got.Allow, r.Got.Code, r.Got.Reason)
}

// RunCases runs every case of f against m: each case's config (or the
// file's) is registered with the module, the file's lists are the snapshot
// list_contains reads. When sch is not nil configs are validated first. A
// case that times out unexpectedly is run once more.
func RunCases(ctx context.Context, m *wasm.Module, sch *Schema, f *abi.CaseFile) []CaseResult {
	lists := NewLists(f.Lists)
	out := make([]CaseResult, len(f.Cases))
	for i := range f.Cases {
		c := &f.Cases[i]
		out[i].Case = c
		cfg, err := CanonicalJSON(f.EffectiveConfig(c))
		if err == nil && sch != nil {
			err = sch.Validate(cfg)
		}
		var id uint32
		if err == nil {
			id, err = m.ConfigID(ctx, cfg)
		}
		var in []byte
		if err == nil {
			in, err = abi.EncodeContext(&c.Context)
		}
		if err != nil {
			out[i].Err = err
			continue
		}
		out[i].Got = m.Evaluate(ctx, id, in, lists).Verdict
		if out[i].Got.Code == abi.CodeRuleTimeout && (c.Want.Code == nil || *c.Want.Code != abi.CodeRuleTimeout) {
			// A deadline missed on a busy machine says nothing about the
			// rule: give the case one more try before failing it.
			out[i].Got = m.Evaluate(ctx, id, in, lists).Verdict
		}
	}
	return out
}
