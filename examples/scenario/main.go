// Command scenario walks a compliance officer through five moments of a
// compliance-aware venue, on a venue of its own: a temporary SQLite database,
// the embedded chain, the real example rule modules built from
// examples/rules, and a clock the script moves forward.
//
//		go run ./examples/scenario
//
//	 1. A non-accredited buyer is refused at order entry (Reg D, code 40).
//	 2. A Reg S flowback: a US buyer cannot buy from a non-US seller; the pair
//	    is skipped at the match (code 23) and the next buyer trades.
//	 3. A lock-up expires: a sale refused while locked (code 31) passes after.
//	 4. A buyer's KYC expires between the match and settlement: the trade is
//	    broken at settlement (code 11) and nothing moves on chain.
//	 5. A rule set is swapped live, with orders resting: the refused buyer of
//	    step 1 trades under the new version.
//
// Every step prints what happened and why: the rule, its code and reason.
package main

import (
	"context"
	"fmt"
	"os"
)

func main() {
	if _, err := run(context.Background(), os.Stdout, ""); err != nil {
		fmt.Fprintln(os.Stderr, "scenario:", err)
		os.Exit(1)
	}
}
