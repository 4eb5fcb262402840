// Command mainprobe tells whether main.main ran in the Wasm reactor: its
// rule allows only when it did not (it never does: _initialize runs package
// initialisation, not main).
package main

import "github.com/regulavenue/regula/sdk"

var mainRan bool

var rule = sdk.NewRule("mainprobe", struct{}{}, func(c *sdk.Context, _ *struct{}) sdk.Verdict {
	if mainRan {
		return sdk.Deny(128, "main.main ran in the reactor")
	}
	return sdk.Allow()
})

func main() {
	mainRan = true
	sdk.Main(rule)
}
