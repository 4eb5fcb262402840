package rules

import (
	"context"
	"fmt"

	"github.com/regulavenue/regula/rules/abi"
)

// TestModule runs a case file against a stored module, pooled and compiled
// once as evaluations use it, with configs checked against the module's
// schema, as `regula rule test` runs one against a Wasm file. It returns
// ErrNotFound for an unknown module and ErrInvalid for a bad reference;
// the cases' own failures are in the results.
func (s *Service) TestModule(ctx context.Context, name, version string, f *abi.CaseFile) ([]CaseResult, error) {
	lm, err := s.loaded(ctx, name+"@"+version)
	if err != nil {
		return nil, fmt.Errorf("rules: test %s@%s: %w", name, version, err)
	}
	return RunCases(ctx, lm.mod, lm.sch, f), nil
}
