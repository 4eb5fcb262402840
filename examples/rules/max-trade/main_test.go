package main

import (
	"testing"

	"github.com/regulavenue/regula/examples/rules/internal/moduletest"
	"github.com/regulavenue/regula/sdk/ruletest"
)

// TestCases runs cases.json natively; examples/rules/test.sh runs the same
// file against the Wasm build.
func TestCases(t *testing.T) { ruletest.Run(t, rule, "cases.json") }

// TestModule checks manifest.json, schema.json, the case file's configs and
// the presets against the rule.
func TestModule(t *testing.T) { moduletest.Check(t, rule) }

// TestCasesWasm runs cases.json against the Wasm build in the venue's rule
// host, and checks it answers exactly as the native build.
func TestCasesWasm(t *testing.T) { moduletest.CheckWasm(t, rule) }

// BenchmarkCheck measures one check, native and Wasm (docs/BENCHMARKS.md).
func BenchmarkCheck(b *testing.B) { moduletest.Bench(b, rule) }

// FuzzCheck feeds the rule arbitrary configs and contexts, seeded from
// cases.json and testdata/fuzz.
func FuzzCheck(f *testing.F) { moduletest.Fuzz(f, rule) }
