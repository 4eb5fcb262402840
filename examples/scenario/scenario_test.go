package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestScenario plays the scenario and checks that every step still does what
// it says: the refusals, the skip and the break come from the rule and with
// the code the text explains, and the trades that should settle settle.
func TestScenario(t *testing.T) {
	if testing.Short() {
		t.Skip("builds rule modules and settles on the embedded chain; skipped in -short")
	}
	var out bytes.Buffer
	got, err := run(context.Background(), &out, t.TempDir())
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	want := []Outcome{
		{Step: 1, What: "refused", Code: 40, Rule: "reg-d@1.0.0"},
		{Step: 1, What: "settled"},
		{Step: 2, What: "skipped", Code: 23, Rule: "reg-s@1.0.0"},
		{Step: 2, What: "settled"},
		{Step: 3, What: "refused", Code: 31, Rule: "lockup@1.0.0"},
		{Step: 3, What: "settled"},
		{Step: 4, What: "broken", Code: 11, Rule: "kyc@1.0.0"},
		{Step: 5, What: "refused", Code: 40, Rule: "reg-d@1.0.0"},
		{Step: 5, What: "settled"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d outcomes, want %d: %+v\n%s", len(got), len(want), got, out.String())
	}
	for i, w := range want {
		g := got[i]
		if g.Step != w.Step || g.What != w.What || g.Code != w.Code || g.Rule != w.Rule {
			t.Errorf("outcome %d: step %d %s code %d by %q, want step %d %s code %d by %q",
				i, g.Step, g.What, g.Code, g.Rule, w.Step, w.What, w.Code, w.Rule)
		}
		if w.What != "settled" && g.Reason == "" {
			t.Errorf("outcome %d (%s): no reason", i, g.What)
		}
		if w.What != "settled" && !strings.Contains(out.String(), g.Reason) {
			t.Errorf("outcome %d: reason %q not printed", i, g.Reason)
		}
	}
	if t.Failed() || testing.Verbose() {
		t.Log(out.String())
	}
}
