package moduletest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/regulavenue/regula/rules/abi"
	"github.com/regulavenue/regula/rules/wasm"
	"github.com/regulavenue/regula/sdk"
	"github.com/regulavenue/regula/sdk/ruletest"
)

// BuildWasm builds the module in the current directory as a wasip1 reactor,
// as `regula rule build` does, and returns its bytes.
func BuildWasm(tb testing.TB) []byte {
	tb.Helper()
	return BuildWasmDir(tb, ".")
}

// BuildWasmDir builds the module in dir as a wasip1 reactor into a temporary
// directory and returns its bytes.
func BuildWasmDir(tb testing.TB, dir string) []byte {
	tb.Helper()
	out := filepath.Join(tb.TempDir(), "module.wasm")
	cmd := exec.Command("go", "build", "-buildmode=c-shared", "-trimpath", "-o", out, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build for wasip1: %v\n%s", err, msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// loadWasm builds the module and loads it into a fresh runtime whose
// compilation cache lives in a temporary directory.
func loadWasm(tb testing.TB, name string) *wasm.Module {
	tb.Helper()
	bin := BuildWasm(tb)
	ctx := context.Background()
	rt, err := wasm.New(ctx, wasm.Config{CacheDir: filepath.Join(tb.TempDir(), "cache")})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { rt.Close(ctx) })
	m, err := rt.Load(ctx, name, bin)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// lists is a case file's lists as the wasm host's Lists.
type lists map[string]map[string]bool

func newLists(in map[string][]string) lists {
	out := lists{}
	for name, keys := range in {
		out[name] = map[string]bool{}
		for _, k := range keys {
			out[name][k] = true
		}
	}
	return out
}

func (l lists) Contains(list, key []byte) bool { return l[string(list)][string(key)] }

// CheckWasm builds the module for Wasm and runs its case file through the
// venue's rule host (rules/wasm): every case must get what it wants, and,
// when the file has no lists (which the native side reads from a global),
// exactly the native verdict, reason included.
func CheckWasm(t *testing.T, r sdk.Rule) {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the module for Wasm; skipped in -short")
	}
	man := readManifest(t)
	f := readCases(t, man)
	m := loadWasm(t, man.Name)
	ls := newLists(f.Lists)
	native := ruletest.Prepare(r)
	ctx := context.Background()
	for i := range f.Cases {
		c := &f.Cases[i]
		t.Run(c.Name, func(t *testing.T) {
			cfg := f.EffectiveConfig(c)
			id, err := m.ConfigID(ctx, cfg)
			if err != nil {
				t.Fatalf("config %s: %v", cfg, err)
			}
			in, err := abi.EncodeContext(&c.Context)
			if err != nil {
				t.Fatal(err)
			}
			got := m.Evaluate(ctx, id, in, ls).Verdict
			if !c.Want.Matches(got) {
				t.Errorf("want %s, got allow=%t code=%d reason=%q", c.Want, got.Allow, got.Code, got.Reason)
			}
			if len(f.Lists) > 0 {
				return
			}
			chk, err := native(cfg)
			if err != nil {
				t.Fatal(err)
			}
			if nat := chk(&c.Context); nat != got {
				t.Errorf("native %+v, wasm %+v", nat, got)
			}
		})
	}
}

// Bench measures one evaluation of the module, natively (the check function
// on a decoded context) and as Wasm (rules/wasm on a pooled, configured
// instance, the context already encoded, as the host does it once per rule
// set), cycling through every case of the case file. It reports µs/check
// (the mean) and p50-µs and p99-µs of the per-check times.
func Bench(b *testing.B, r sdk.Rule) {
	man := readManifest(b)
	f := readCases(b, man)
	type prepared struct {
		ctx   *abi.Context
		check func(*abi.Context) abi.Verdict
		cfg   []byte
		in    []byte
	}
	cases := make([]prepared, len(f.Cases))
	native := ruletest.Prepare(r)
	for i := range f.Cases {
		c := &f.Cases[i]
		chk, err := native(f.EffectiveConfig(c))
		if err != nil {
			b.Fatal(err)
		}
		in, err := abi.EncodeContext(&c.Context)
		if err != nil {
			b.Fatal(err)
		}
		cases[i] = prepared{ctx: &c.Context, check: chk, cfg: f.EffectiveConfig(c), in: in}
	}
	b.Run("native", func(b *testing.B) {
		run(b, len(cases), func(i int) abi.Verdict { return cases[i].check(cases[i].ctx) })
	})
	b.Run("wasm", func(b *testing.B) {
		m := loadWasm(b, man.Name)
		ls := newLists(f.Lists)
		ctx := context.Background()
		ids := make([]uint32, len(cases))
		for i, c := range cases {
			id, err := m.ConfigID(ctx, c.cfg)
			if err != nil {
				b.Fatal(err)
			}
			ids[i] = id
			m.Evaluate(ctx, id, c.in, ls) // configure the instance off the clock
		}
		run(b, len(cases), func(i int) abi.Verdict { return m.Evaluate(ctx, ids[i], cases[i].in, ls).Verdict })
	})
}

// run times b.N evaluations, cycling through n cases, and reports the
// figures docs/BENCHMARKS.md publishes.
func run(b *testing.B, n int, eval func(i int) abi.Verdict) {
	times := make([]time.Duration, 0, min(b.N, 1<<20))
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		eval(i % n)
		if len(times) < cap(times) {
			times = append(times, time.Since(t0))
		}
	}
	total := time.Since(start)
	b.StopTimer()
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	us := func(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }
	b.ReportMetric(us(total)/float64(b.N), "µs/check")
	b.ReportMetric(us(times[len(times)/2]), "p50-µs")
	b.ReportMetric(us(times[len(times)*99/100]), "p99-µs")
}
