package wasm

import (
	"context"
	"slices"
	"testing"
	"time"
)

// latencies records per-call durations and reports p50/p99 in µs.
type latencies []time.Duration

func (l latencies) report(b *testing.B) {
	if len(l) == 0 {
		return
	}
	slices.Sort(l)
	b.ReportMetric(float64(l[len(l)/2].Nanoseconds())/1e3, "p50-µs")
	b.ReportMetric(float64(l[len(l)*99/100].Nanoseconds())/1e3, "p99-µs")
}

// BenchmarkEvaluate is one pooled reg-d evaluation of a prepared binary
// context: the per-module budget (p50 ≤ 5 µs, p99 ≤ 50 µs).
func BenchmarkEvaluate(b *testing.B) {
	r := newRuntime(b, Config{})
	m := load(b, r, "reg-d", regdWasm)
	id := configID(b, m, `{}`)
	in := encode(b, sampleContext())
	ctx := context.Background()
	lat := make(latencies, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		res := m.Evaluate(ctx, id, in, nil)
		lat = append(lat, time.Since(t0))
		if !res.Verdict.Allow {
			b.Fatal(res.Verdict)
		}
	}
	b.StopTimer()
	lat.report(b)
}
