package wasm

import (
	"context"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/rules/wasm/testdata/regd/regdrule"
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
// context, the host path included (pool, deadline, answer checks): the
// per-module budget (p50 ≤ 5 µs, p99 ≤ 50 µs).
func BenchmarkEvaluate(b *testing.B) {
	r := newRuntime(b, Config{})
	m := load(b, r, "reg-d", regdWasm)
	id := configID(b, m, `{}`)
	in := encode(b, sampleContext())
	ctx := context.Background()
	for i := 0; i < 1000; i++ { // warm the instance
		m.Evaluate(ctx, id, in, nil)
	}
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

// BenchmarkNativeVsWasm runs the same reg-d source natively (decode with
// the guest's decoder, check, encode the verdict) and as Wasm through the
// host, and reports the ratio of their means (budget: Wasm ≤ 5× native).
func BenchmarkNativeVsWasm(b *testing.B) {
	in := encode(b, sampleContext())
	check, err := regdrule.Rule.Prepare([]byte(`{}`))
	if err != nil {
		b.Fatal(err)
	}
	var native, wasmNs float64
	b.Run("native", func(b *testing.B) {
		d := abi.Decoder{AliasStrings: true}
		out := make([]byte, 0, 64)
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			c, err := d.Decode(in)
			if err != nil {
				b.Fatal(err)
			}
			v := check(c)
			out = abi.AppendVerdict(out[:0], abi.Verdict{Allow: v.Allow, Code: v.Code, Reason: v.Reason})
		}
		native = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	b.Run("wasm", func(b *testing.B) {
		r := newRuntime(b, Config{})
		m := load(b, r, "reg-d", regdWasm)
		id := configID(b, m, `{}`)
		ctx := context.Background()
		b.ReportAllocs()
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if res := m.Evaluate(ctx, id, in, nil); !res.Verdict.Allow {
				b.Fatal(res.Verdict)
			}
		}
		wasmNs = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	})
	if native > 0 && wasmNs > 0 {
		b.ReportMetric(wasmNs/native, "wasm/native")
	}
}

// BenchmarkColdLoad is loading a module whose compilation is already in the
// on-disk cache, in a fresh runtime (a venue restart): compile from cache,
// instantiate the first instance, check the ABI (budget ≤ 100 ms).
func BenchmarkColdLoad(b *testing.B) {
	dir := b.TempDir()
	warm := newRuntime(b, Config{CacheDir: dir})
	load(b, warm, "reg-d", regdWasm) // fills the cache
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := New(ctx, Config{CacheDir: dir})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.Load(ctx, "reg-d", regdWasm); err != nil {
			b.Fatal(err)
		}
		r.Close(ctx)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/load")
	if entries, _ := os.ReadDir(dir); len(entries) == 0 {
		b.Fatal("compilation cache is empty")
	}
}

// BenchmarkInterruptCost calls reg-d's regula_evaluate directly (no pool,
// no answer checks) three ways: unbounded (no way to stop a looping guest),
// with wazero's WithCloseOnContextDone, and metered (meter, what the host
// runs): the figures behind RATIONALE.md "Why meter modules…?".
func BenchmarkInterruptCost(b *testing.B) {
	for _, tc := range []struct {
		name        string
		closeOnDone bool
		metered     bool
	}{{"unbounded", false, false}, {"close_on_context_done", true, false}, {"metered", false, true}} {
		ctx := context.Background()
		rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfig().WithCloseOnContextDone(tc.closeOnDone))
		wasi_snapshot_preview1.MustInstantiate(ctx, rt)
		r := &Runtime{rt: rt, cfg: Config{}.Defaults()}
		if err := r.instantiateHost(ctx); err != nil {
			b.Fatal(err)
		}
		bin := regdWasm
		if tc.metered {
			var err error
			if bin, err = meter(regdWasm, r.cfg.InitFuel); err != nil {
				b.Fatal(err)
			}
		}
		cm, err := rt.CompileModule(ctx, bin)
		if err != nil {
			b.Fatal(err)
		}
		mod, err := rt.InstantiateModule(ctx, cm, wazero.NewModuleConfig().WithName("").WithStartFunctions("_initialize"))
		if err != nil {
			b.Fatal(err)
		}
		in := encode(b, sampleContext())
		stack := []uint64{uint64(len(in)), 0, 0}
		if err := mod.ExportedFunction(ExportAlloc).CallWithStack(ctx, stack); err != nil {
			b.Fatal(err)
		}
		ptr := uint32(stack[0])
		conf := []byte(`{}`)
		mod.Memory().Write(ptr, conf)
		stack[0], stack[1], stack[2] = 0, uint64(ptr), uint64(len(conf))
		if err := mod.ExportedFunction(ExportConfigure).CallWithStack(ctx, stack); err != nil {
			b.Fatal(err)
		}
		fuel, _ := mod.ExportedGlobal(FuelExport).(api.MutableGlobal)
		evaluate := mod.ExportedFunction(ExportEvaluate)
		b.Run(tc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if fuel != nil {
					fuel.Set(uint64(r.cfg.Fuel))
				}
				mod.Memory().Write(ptr, in)
				stack[0], stack[1], stack[2] = 0, uint64(ptr), uint64(len(in))
				if err := evaluate.CallWithStack(ctx, stack); err != nil {
					b.Fatal(err)
				}
			}
			if fuel != nil {
				b.ReportMetric(float64(r.cfg.Fuel)-float64(fuel.Get()), "fuel/op")
			}
		})
		rt.Close(ctx)
	}
}
