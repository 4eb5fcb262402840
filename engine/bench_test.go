package engine_test

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/engine/store"
)

// BenchmarkEndToEnd measures order entry through the whole venue: sequencer,
// book goroutine, durable SQLite journal (WAL, synchronous=FULL, group
// commit) and the publisher, with 64 concurrent clients each waiting for its
// acknowledgement. One op is one acknowledged order (a mix of placements that
// rest or cross, and cancels). Clients wait for their ack before sending
// again, so throughput is bounded by clients / commit latency: the
// sub-benchmarks show how group commit scales with concurrency.
func BenchmarkEndToEnd(b *testing.B) {
	for _, clients := range []int{64, 256} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) { benchEndToEnd(b, clients) })
	}
}

func benchEndToEnd(b *testing.B, clients int) {
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	v, err := engine.New(engine.Config{Journal: db.Journal(store.JournalConfig{}), SnapshotEvery: 1 << 40})
	if err != nil {
		b.Fatal(err)
	}
	defer v.Close()
	must := func(err error) {
		if err != nil {
			b.Fatal(err)
		}
	}
	must(v.CreateToken(ctx, engine.TokenSpec{Symbol: "ACME", Currency: "USD", TickSize: 1, LotSize: 1}))
	for i := 0; i < clients; i++ {
		id := fmt.Sprintf("acct-%d", i)
		must(v.CreateAccount(ctx, id))
		must(v.Deposit(ctx, id, "USD", 1<<50))
		must(v.Credit(ctx, id, "ACME", 1<<40))
	}
	lat := make([]time.Duration, b.N)
	var next atomic.Int64
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
					v.Cancel(ctx, engine.CancelOrder{Account: acct, OrderID: mine[k]})
					mine = slices.Delete(mine, k, k+1)
				} else {
					side := book.Side(1 + rng.Intn(2))
					evs, err := v.Place(ctx, engine.PlaceOrder{Account: acct, Token: "ACME", Side: side,
						Type: engine.Limit, TIF: book.GTC, Price: int64(990 + rng.Intn(21)), Qty: int64(1 + rng.Intn(10))})
					if err != nil {
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
}

// BenchmarkRestart measures recovery: replaying a journal of n commands with
// no snapshot (the worst case; snapshots bound it in practice).
func BenchmarkRestart(b *testing.B) {
	for _, n := range []int{1_000_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			path := filepath.Join(b.TempDir(), "restart.db")
			db, err := store.Open(ctx, path)
			if err != nil {
				b.Fatal(err)
			}
			j := db.Journal(store.JournalConfig{})
			j.Start(func(uint64, error) {})
			seq := uint64(0)
			app := func(r engine.Record) { seq++; r.Seq = seq; r.Time = int64(seq); j.Append(&r) }
			app(engine.Record{Kind: engine.KindCreateToken, Token: "ACME", Currency: "USD", TickSize: 1, LotSize: 1})
			for i := 0; i < 16; i++ {
				a := fmt.Sprintf("a%d", i)
				app(engine.Record{Kind: engine.KindCreateAccount, Account: a})
				app(engine.Record{Kind: engine.KindDeposit, Account: a, Currency: "USD", Amount: 1 << 50})
				app(engine.Record{Kind: engine.KindCredit, Account: a, Token: "ACME", Amount: 1 << 40})
			}
			rng := rand.New(rand.NewSource(1))
			for int(seq) < n {
				app(engine.Record{Kind: engine.KindPlace, Token: "ACME", Account: fmt.Sprintf("a%d", rng.Intn(16)),
					Side: uint8(1 + rng.Intn(2)), OType: 1, TIF: uint8(book.GTC), Price: int64(990 + rng.Intn(21)),
					Qty: int64(1 + rng.Intn(10)), OrderID: seq + 1})
			}
			if err := j.Close(); err != nil {
				b.Fatal(err)
			}
			db.Close()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				db, err := store.Open(ctx, path)
				if err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				if err := engine.Replay(db.Journal(store.JournalConfig{}), nil, nil); err != nil {
					b.Fatal(err)
				}
				b.ReportMetric(float64(n)/time.Since(start).Seconds(), "commands/s")
				db.Close()
			}
		})
	}
}
