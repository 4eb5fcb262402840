// Package runner runs RULES.md case files against a rule natively: the
// engine under sdk/ruletest and a module's native Main.
package runner

import (
	"fmt"
	"os"

	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/sdk/internal/hostsim"
)

// Prepare turns a config into a checker.
type Prepare func(config []byte) (func(*abi.Context) abi.Verdict, error)

// Result is one case's outcome.
type Result struct {
	Case *abi.Case
	Got  abi.Verdict
	// Err is set when the case could not run (bad config, panic, encoding).
	Err error
}

// OK reports whether the case ran and got what it wants.
func (r Result) OK() bool { return r.Err == nil && r.Case.Want.Matches(r.Got) }

// Line is the failure line of RULES.md: the case and what it got.
func (r Result) Line(file string) string {
	if r.Err != nil {
		return fmt.Sprintf("FAIL %s: %q: could not run: %v", file, r.Case.Name, r.Err)
	}
	return fmt.Sprintf("FAIL %s: %q: want %s, got allow=%t code=%d reason=%q",
		file, r.Case.Name, r.Case.Want, r.Got.Allow, r.Got.Code, r.Got.Reason)
}

// Load reads and parses a case file.
func Load(path string) (*abi.CaseFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("case file: %w", err)
	}
	f, err := abi.ParseCaseFile(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// RunFile loads a case file and runs every case.
func RunFile(prepare Prepare, path string) ([]Result, error) {
	f, err := Load(path)
	if err != nil {
		return nil, err
	}
	out := make([]Result, len(f.Cases))
	for i := range f.Cases {
		out[i] = RunCase(prepare, f, &f.Cases[i])
	}
	return out, nil
}

// RunCase runs one case: the file's lists become list_contains' data, the
// context goes through the binary encoding exactly as it would to a guest,
// and a panic is reported as the case's error.
func RunCase(prepare Prepare, f *abi.CaseFile, c *abi.Case) (res Result) {
	res.Case = c
	hostsim.SetLists(f.Lists)
	check, err := prepare(f.EffectiveConfig(c))
	if err != nil {
		res.Err = err
		return res
	}
	bin, err := abi.EncodeContext(&c.Context)
	if err != nil {
		res.Err = err
		return res
	}
	var ctx abi.Context
	if err := abi.DecodeContext(bin, &ctx); err != nil {
		res.Err = err
		return res
	}
	defer func() {
		if p := recover(); p != nil {
			res.Err = fmt.Errorf("rule panicked: %v", p)
		}
	}()
	res.Got = check(&ctx)
	if len(res.Got.Reason) > abi.MaxReason {
		res.Err = fmt.Errorf("reason of %d bytes over the %d-byte limit", len(res.Got.Reason), abi.MaxReason)
	}
	return res
}
