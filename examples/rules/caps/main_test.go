package main

import (
	"testing"

	"github.com/regulavenue/regula/sdk/ruletest"
)

// TestCases runs cases.json natively; examples/rules/test.sh runs the same
// file against the Wasm build.
func TestCases(t *testing.T) { ruletest.Run(t, rule, "cases.json") }
