package engine_test

import (
	"fmt"
	"math/rand"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/engine/internal/loadtest"
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

// BenchmarkEndToEndSlowMatch is BenchmarkEndToEnd with a Compliance whose
// match check costs what a 4-module Wasm rule set does (a busy wait of
// 50 µs a candidate pair) and denies one pair in 8, so that book goroutines
// are slow and commands carry verdicts. It isolates what journaling a
// command after its matching costs from the rule host's own cost (measured
// by engine/compliance's BenchmarkEndToEndWithRules).
func BenchmarkEndToEndSlowMatch(b *testing.B) {
	for _, clients := range []int{64, 256} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) {
			benchEndToEndWith(b, clients, &spinCompliance{cost: 50 * time.Microsecond, denyOneIn: 8})
		})
	}
}

// spinCompliance allows every entry and spends cost on every match check,
// denying one pair in denyOneIn.
type spinCompliance struct {
	cost      time.Duration
	denyOneIn int64
	n         atomic.Int64
}

func (s *spinCompliance) Entry(string, string, book.Side, int64, int64, int64) engine.Verdict {
	return engine.Verdict{Allow: true}
}

func (s *spinCompliance) Match(string, string, string, int64, int64, int64) engine.Verdict {
	for t0 := time.Now(); time.Since(t0) < s.cost; {
	}
	if s.n.Add(1)%s.denyOneIn == 0 {
		return engine.Verdict{Code: 31, Reason: "spin", Rule: "spin@1.0.0"}
	}
	return engine.Verdict{Allow: true}
}

func benchEndToEnd(b *testing.B, clients int) { benchEndToEndWith(b, clients, nil) }

func benchEndToEndWith(b *testing.B, clients int, c engine.Compliance) {
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	v, err := engine.New(engine.Config{Journal: db.Journal(store.JournalConfig{}), SnapshotEvery: 1 << 40, Compliance: c})
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
		id := loadtest.Account(i)
		must(v.CreateAccount(ctx, id))
		must(v.Deposit(ctx, id, "USD", 1<<50))
		must(v.Credit(ctx, id, "ACME", 1<<40))
	}
	loadtest.Run(b, v, "ACME", clients)
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
