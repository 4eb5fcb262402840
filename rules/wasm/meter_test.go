package wasm

import (
	"context"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/regulavenue/regula/rules/abi"
)

// fillBomb's evaluate fills its 64 KiB memory over and over, forever: one
// loop iteration is cheap in steps but expensive in bytes, which only the
// per-byte charge of bulk memory stops in time. configure answers "ok" (a
// status byte 0 at address 0).
func fillBomb() []byte {
	return wasmModule(nil, []wfunc{
		{ExportABIVersion, 0, []byte{0x41, 1}},
		{ExportAlloc, 1, []byte{0x41, 0x80, 0x08}},
		{ExportConfigure, 2, []byte{0x42, 1}},
		{ExportEvaluate, 2, []byte{
			0x03, 0x40, // loop
			0x41, 0x00, 0x41, 0x00, 0x41, 0x80, 0x80, 0x04, // dst 0, value 0, 65536 bytes
			0xfc, 0x0b, 0x00, // memory.fill
			0x0c, 0x00, // br 0
			0x0b, // end
			0x42, 0x00,
		}},
	})
}

func TestMeterStopsABulkMemoryBomb(t *testing.T) {
	r := newRuntime(t, Config{})
	m := load(t, r, "fill", fillBomb())
	id := configID(t, m, `{}`)
	start := time.Now()
	res := m.Evaluate(context.Background(), id, encode(t, sampleContext()), nil)
	if res.Verdict.Code != abi.CodeRuleTimeout {
		t.Fatalf("got %+v, want a 253", res.Verdict)
	}
	// 500M fuel at one unit per 16 bytes is ~7,600 fills of 64 KiB: well under a second.
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("stopping the bomb took %v", d)
	}
}

// TestMeterCountsSteps runs a loop of n iterations on a metered module and
// checks the fuel it used: the loop's 7 instructions per iteration and the
// function's 9 at its entry, and that a budget one short stops it.
func TestMeterCountsSteps(t *testing.T) {
	ctx := context.Background()
	// evaluate(n, _, _): loop { n = n - 1; br_if 0 (n != 0) }
	bin := wasmModule(nil, []wfunc{{"count", 2, []byte{
		0x03, 0x40,
		0x20, 0x00, 0x41, 0x01, 0x6b, 0x22, 0x00, // local.tee 0 (n-1)
		0x0d, 0x00, // br_if 0
		0x0b,
		0x42, 0x00,
	}}})
	mod, fuel := instantiateMetered(t, bin, 1000)
	if got := fuel.Get(); got != 1000 {
		t.Fatalf("initial fuel %d, want the init value 1000", got)
	}
	const n = 500
	fuel.Set(10_000)
	if _, err := mod.ExportedFunction("count").Call(ctx, n, 0, 0); err != nil {
		t.Fatal(err)
	}
	if used := 10_000 - fuel.Get(); used != 7*n+9 {
		t.Fatalf("used %d, want %d (7 a loop iteration, 9 at the entry)", used, 7*n+9)
	}
	fuel.Set(7*n + 8)
	if _, err := mod.ExportedFunction("count").Call(ctx, n, 0, 0); err == nil || fuel.Get() != 0 {
		t.Fatalf("a budget one short: err %v, fuel left %d; want a trap at 0", err, fuel.Get())
	}
}

func TestMeterRefuses(t *testing.T) {
	simd := wasmModule(nil, []wfunc{{"f", 3, []byte{0xfd, 0x0c}}})
	for name, bin := range map[string][]byte{
		"not wasm":  []byte("hello"),
		"truncated": abiModule(1, nil)[:40],
		"simd":      simd,
		// global.set of the index the fuel global will take: invalid as it
		// stands, valid (and unbounded) once metered.
		"writes fuel": wasmModule(nil, []wfunc{{"w", 0, []byte{0x42, 0x7f, 0x24, 0x00, 0x41, 0x00}}}),
	} {
		if _, err := meter(bin, 1); err == nil {
			t.Errorf("%s: metered", name)
		}
	}
}

// FuzzMeter checks that metering never panics, and that a module wazero
// accepts is still accepted once metered.
func FuzzMeter(f *testing.F) {
	f.Add(abiModule(1, nil))
	f.Add(fillBomb())
	f.Add([]byte("\x00asm\x01\x00\x00\x00"))
	ctx := context.Background()
	rt := wazero.NewRuntime(ctx)
	defer rt.Close(ctx)
	f.Fuzz(func(t *testing.T, bin []byte) {
		metered, err := meter(bin, 1<<20)
		if err != nil {
			return
		}
		cm, err := rt.CompileModule(ctx, bin)
		if err != nil {
			return
		}
		cm.Close(ctx)
		cm, err = rt.CompileModule(ctx, metered)
		if err != nil {
			t.Fatalf("wazero accepts the module but not its metered form: %v", err)
		}
		cm.Close(ctx)
	})
}

// TestMeterChargesLoopBodies: fuel bounds instructions, not iterations. A
// loop whose body is 60,000 instructions of memory traffic would run for
// hours on a budget counted in iterations; counted in instructions, the
// default budget stops it within seconds.
func TestMeterChargesLoopBodies(t *testing.T) {
	ctx := context.Background()
	body := []byte{0x03, 0x40} // loop
	for i := 0; i < 10000; i++ {
		// mem[a] = mem[a] + 1, at addresses the compiler cannot fold away.
		a := sleb(int64(i*4) % 65532)
		body = append(append(append(append(body, 0x41), a...), 0x41), a...)
		body = append(body, 0x28, 0x02, 0x00, 0x41, 0x01, 0x6a, 0x36, 0x02, 0x00)
	}
	body = append(body, 0x0c, 0x00, 0x0b, 0x41, 0x00) // br 0; end; i32.const 0
	mod, fuel := instantiateMetered(t, wasmModule(nil, []wfunc{{"spin", 0, body}}), 1000)
	fuel.Set(uint64(Config{}.Defaults().Fuel))
	start := time.Now()
	if _, err := mod.ExportedFunction("spin").Call(ctx); err == nil || fuel.Get() != 0 {
		t.Fatalf("err %v, fuel left %d; want a trap at 0", err, fuel.Get())
	}
	d := time.Since(start)
	if d > 10*time.Second {
		t.Fatalf("the default budget ran %v", d)
	}
	t.Logf("the default budget ran out after %v", d)
}

// instantiateMetered meters bin with initFuel and instantiates it in a
// plain wazero runtime, returning the module and its fuel global.
func instantiateMetered(t *testing.T, bin []byte, initFuel int64) (api.Module, api.MutableGlobal) {
	t.Helper()
	ctx := context.Background()
	metered, err := meter(bin, initFuel)
	if err != nil {
		t.Fatal(err)
	}
	rt := wazero.NewRuntime(ctx)
	t.Cleanup(func() { rt.Close(ctx) })
	mod, err := rt.Instantiate(ctx, metered)
	if err != nil {
		t.Fatal(err)
	}
	return mod, mod.ExportedGlobal(FuelExport).(api.MutableGlobal)
}
