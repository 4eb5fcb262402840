// Command regd is the runtime's own reg-d module (RULES.md semantics), used
// by the rules/wasm tests and benchmarks; its logic is in regdrule so the
// benchmarks can also run it natively.
package main

import (
	"github.com/regulavenue/regula/rules/wasm/testdata/regd/regdrule"
	"github.com/regulavenue/regula/sdk"
)

func main() { sdk.Main(regdrule.Rule) }
