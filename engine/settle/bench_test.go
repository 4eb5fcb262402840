package settle

import (
	"testing"
	"time"

	"github.com/regulavenue/regula/engine"
)

// BenchmarkPipeline measures trades settled per second through the whole
// pipeline on the simulated chain: durable submit, settlement re-check (an
// in-memory checker), EIP-712 signing, SettleBatch with mining and receipt,
// state writes to SQLite (WAL, full fsync) and the report to the venue. The
// trades are submitted in groups of 20, as the venue hands over one event
// batch. One iteration is one trade.
func BenchmarkPipeline(b *testing.B) {
	for _, bc := range []struct {
		name  string
		batch int
	}{{"batch=20", 20}, {"batch=50", 50}} {
		b.Run(bc.name, func(b *testing.B) {
			f := newFixture(b)
			cfg := f.config()
			cfg.BatchSize = bc.batch
			cfg.Logf = func(string, ...any) {}
			p := f.open(cfg, hooks{})
			trades := make([]engine.Trade, b.N)
			for i := range trades {
				trades[i] = trade("alice", "bob", 1, 100)
			}
			b.ResetTimer()
			start := time.Now()
			for i := 0; i < len(trades); i += 20 {
				if err := p.Submit(f.ctx, trades[i:min(i+20, len(trades))]...); err != nil {
					b.Fatal(err)
				}
			}
			waitFor(b, "all settled", func() bool { return p.Stats().Settled == int64(b.N) })
			elapsed := time.Since(start)
			b.StopTimer()
			s := p.Stats()
			if s.Failed != 0 || s.Errors != 0 {
				b.Fatalf("stats %+v", s)
			}
			b.ReportMetric(float64(b.N)/elapsed.Seconds(), "trades/s")
			b.ReportMetric(float64(b.N)/float64(s.Batches), "trades/batch")
		})
	}
}
