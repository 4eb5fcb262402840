package compliance_test

import (
	"fmt"
	"testing"

	"github.com/regulavenue/regula/engine/internal/loadtest"
	"github.com/regulavenue/regula/engine/registry"
	"github.com/regulavenue/regula/rules/abi"
)

// BenchmarkEndToEndWithRules is engine's BenchmarkEndToEnd with a 4-module
// rule set (kyc, sanctions, reg-d, lockup) run at order entry and before every
// candidate fill: the whole venue, the registry building each transfer
// context, the Wasm rule host, and the durable SQLite journal. Closed-loop
// clients; an op is one acknowledged order.
func BenchmarkEndToEndWithRules(b *testing.B) {
	for _, clients := range []int{64, 256} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) { benchRules(b, clients) })
	}
}

func benchRules(b *testing.B, clients int) {
	w := newWorld(b)
	w.token("ACME", registry.TokenInfo{Offering: abi.Offering{Exemption: "reg_d_506c", ClosedAt: w.now.AddDate(-2, 0, 0)}},
		[2]string{"kyc", `{}`}, [2]string{"sanctions", `{}`}, [2]string{"reg-d", `{}`}, [2]string{"lockup", `{}`})
	_, err := w.rules.SetLists(ctx, map[string][]string{"sanctions": {"inv-666"}})
	w.must(err)
	for i := 0; i < clients; i++ {
		w.investor(loadtest.Account(i), "US", true, true,
			map[string][][2]any{"ACME": {{1 << 30, w.now.AddDate(-2, 0, 0)}}})
	}
	loadtest.Run(b, w.v, "ACME", clients)
}
