package rules

import (
	"context"
	"encoding/json"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// benchService is a Service with the 4-module set the budget names (kyc,
// sanctions, reg-d, lockup) bound to ACME.
func benchService(b *testing.B) *Service {
	s, _ := openService(b, Options{Wasm: wasmBenchConfig})
	uploadAll(b, s)
	ctx := context.Background()
	if _, err := s.SetLists(ctx, map[string][]string{"sanctions": {"inv-666", "acc-13"}}); err != nil {
		b.Fatal(err)
	}
	if _, err := s.SetRuleSet(ctx, "ACME", []Entry{{Module: "kyc@1.0.0"}, {Module: "sanctions@1.0.0"},
		{Module: "reg-d@1.0.0", Config: json.RawMessage(`{"holding_period_days": 365}`)}, {Module: "lockup@1.0.0"}}); err != nil {
		b.Fatal(err)
	}
	return s
}

var wasmBenchConfig = wasmConfig()

// BenchmarkRuleSet4 is one evaluation of the 4-module set: the budget is
// p50 ≤ 20 µs. "rules" runs the set on an encoded context (what a check
// costs); "evaluate" is Service.Evaluate of a match, encoding, digest and
// decision-log queueing included.
func BenchmarkRuleSet4(b *testing.B) {
	s := benchService(b)
	ctx := context.Background()
	c := matchContext()
	b.Run("rules", func(b *testing.B) {
		rs := s.active("ACME")
		lists := s.lists.Load()
		in := encodeCtx(b, c)
		for i := 0; i < 500; i++ { // warm every module's instances
			s.run(ctx, rs, in, lists)
		}
		lat := make(latencies, 0, b.N)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			v, _ := s.run(ctx, rs, in, lists)
			lat = append(lat, time.Since(t0))
			if !v[3].Allow {
				b.Fatal(v)
			}
		}
		b.StopTimer()
		lat.report(b)
	})
	b.Run("evaluate", func(b *testing.B) {
		lat := make(latencies, 0, b.N)
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			t0 := time.Now()
			d := s.Evaluate(ctx, "ACME", c)
			lat = append(lat, time.Since(t0))
			if !d.Allow {
				b.Fatal(d)
			}
		}
		b.StopTimer()
		lat.report(b)
		if err := s.Flush(ctx); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkRuleSet4Parallel is the 4-module set's throughput from all cores
// (budget ≥ 40k checks/s): "rules" runs the set, "evaluate" is
// Service.Evaluate of matches, decisions logged.
func BenchmarkRuleSet4Parallel(b *testing.B) {
	s := benchService(b)
	ctx := context.Background()
	b.Run("rules", func(b *testing.B) {
		rs := s.active("ACME")
		lists := s.lists.Load()
		in := encodeCtx(b, matchContext())
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if v, _ := s.run(ctx, rs, in, lists); !v[2].Allow {
					b.Error(v)
					return
				}
			}
		})
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "checks/s")
	})
	b.Run("evaluate", func(b *testing.B) { benchEvaluateParallel(b, s) })
}

func benchEvaluateParallel(b *testing.B, s *Service) {
	ctx := context.Background()
	var denied atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		c := matchContext()
		for pb.Next() {
			if d := s.Evaluate(ctx, "ACME", c); !d.Allow {
				denied.Add(1)
			}
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "checks/s")
	if denied.Load() > 0 {
		b.Fatalf("%d denied", denied.Load())
	}
	if err := s.Flush(ctx); err != nil {
		b.Fatal(err)
	}
}

type latencies []time.Duration

func (l latencies) report(b *testing.B) {
	if len(l) == 0 {
		return
	}
	slices.Sort(l)
	b.ReportMetric(float64(l[len(l)/2].Nanoseconds())/1e3, "p50-µs")
	b.ReportMetric(float64(l[len(l)*99/100].Nanoseconds())/1e3, "p99-µs")
}
