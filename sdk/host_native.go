//go:build !wasip1

package sdk

import (
	"fmt"
	"os"

	"github.com/regulavenue/regula/sdk/internal/hostsim"
	"github.com/regulavenue/regula/sdk/internal/runner"
)

// ListContains reports whether key is in the operator-kept data set named
// list (host function list_contains). Natively it reads the case file's lists.
func ListContains(list, key string) bool { return hostsim.ListContains(list, key) }

// Log emits a debug line (host function log). Lines are truncated to
// MaxLogLine bytes and the host keeps a bounded number per evaluation.
// Natively they go to the test log.
func Log(format string, args ...any) { hostsim.Log(truncate(fmt.Sprintf(format, args...), MaxLogLine)) }

// Main is the one-line main of a module: func main() { sdk.Main(rule) }.
//
// In the Wasm build it only marks r as the rule served (main.main does not
// run in a reactor; NewRule already registered it). Natively it runs the case
// files named on the command line against r, printing a line per failing case
// and "N passed, M failed", and exits non-zero on any failure.
func Main(r Rule) {
	setMain(r)
	if len(os.Args) < 2 {
		fmt.Fprintf(os.Stderr, "usage: %s CASES.json...\n(rule %s; build for Wasm with `regula rule build`)\n", os.Args[0], r.Name())
		os.Exit(2)
	}
	hostsim.SetLog(func(s string) { fmt.Fprintln(os.Stderr, "log:", s) })
	passed, failed := 0, 0
	for _, path := range os.Args[1:] {
		res, err := runner.RunFile(conv(r.Prepare), path)
		if err != nil {
			fmt.Println(err)
			failed++
			continue
		}
		for _, c := range res {
			if c.OK() {
				passed++
				continue
			}
			failed++
			fmt.Println(c.Line(path))
		}
	}
	fmt.Printf("%d passed, %d failed\n", passed, failed)
	if failed > 0 {
		os.Exit(1)
	}
}
