package compliance_test

import (
	"fmt"
	"math/rand"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
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
		w.investor(fmt.Sprintf("acct-%d", i), "US", true, true,
			map[string][][2]any{"ACME": {{1 << 30, w.now.AddDate(-2, 0, 0)}}})
	}
	lat := make([]time.Duration, b.N)
	var next, denied atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			rng := rand.New(rand.NewSource(int64(c)))
			acct := fmt.Sprintf("acct-%d", c)
			var mine []uint64
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				if len(mine) > 20 && rng.Intn(4) == 0 {
					k := rng.Intn(len(mine))
					w.v.Cancel(ctx, engine.CancelOrder{Account: acct, OrderID: mine[k]})
					mine = slices.Delete(mine, k, k+1)
				} else {
					evs, err := w.v.Place(ctx, engine.PlaceOrder{Account: acct, Token: "ACME", Side: book.Side(1 + rng.Intn(2)),
						Type: engine.Limit, TIF: book.GTC, Price: int64(990 + rng.Intn(21)), Qty: int64(1 + rng.Intn(10))})
					if e, ok := err.(*engine.Error); ok && e.Code == engine.ERuleDenied {
						denied.Add(1) // fail closed (e.g. a module past its deadline): counted, reported
					} else if err != nil {
						b.Error(err)
						return
					}
					if len(evs) == 1 {
						mine = append(mine, evs[0].OrderID)
					}
				}
				lat[i] = time.Since(t0)
			}
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "orders/s")
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
	b.ReportMetric(float64(denied.Load()), "denied")
}
