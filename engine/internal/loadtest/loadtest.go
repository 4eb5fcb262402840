// Package loadtest drives a venue with closed-loop clients for the
// end-to-end benchmarks: each client places orders around a mid and cancels
// some of its resting ones, waiting for every acknowledgement before sending
// the next, and the run reports orders/s and ack latency.
package loadtest

import (
	"context"
	"fmt"
	"math/rand"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
)

// Account names client c's account.
func Account(c int) string { return fmt.Sprintf("acct-%d", c) }

// Run sends b.N orders to token from clients goroutines (accounts
// Account(0…clients-1), funded by the caller) and reports orders/s, p50-µs,
// p99-µs and denied (orders refused by a rule set: counted, not failed).
func Run(b *testing.B, v *engine.Venue, token string, clients int) {
	ctx := context.Background()
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
			acct := Account(c)
			var mine []uint64
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				t0 := time.Now()
				if len(mine) > 20 && rng.Intn(4) == 0 {
					k := rng.Intn(len(mine))
					v.Cancel(ctx, engine.CancelOrder{Account: acct, OrderID: mine[k]})
					mine = slices.Delete(mine, k, k+1)
				} else {
					evs, err := v.Place(ctx, engine.PlaceOrder{Account: acct, Token: token, Side: book.Side(1 + rng.Intn(2)),
						Type: engine.Limit, TIF: book.GTC, Price: int64(990 + rng.Intn(21)), Qty: int64(1 + rng.Intn(10))})
					switch {
					case engine.ErrorCode(err) == engine.ERuleDenied:
						denied.Add(1) // fail closed (e.g. a module past its deadline)
					case err != nil:
						b.Error(err)
						return
					case len(evs) == 1:
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
