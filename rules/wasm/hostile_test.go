package wasm

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/regulavenue/regula/rules/abi"
)

type listSet map[string]map[string]bool

func (l listSet) Contains(list, key []byte) bool { return l[string(list)][string(key)] }

// TestHostileModules runs each misbehaviour and checks it is contained: the
// right host code, the instance recycled, and the module serving again.
func TestHostileModules(t *testing.T) {
	r := newRuntime(t, Config{MemoryLimitPages: 512, RecyclePages: 256, PoolSize: 2})
	m := load(t, r, "hostile", hostileWasm)
	allow := configID(t, m, `{"mode":"allow"}`)
	in := encode(t, sampleContext())
	tests := []struct {
		mode    string
		code    uint8
		recycle bool
		reason  string
	}{
		{"loop", abi.CodeRuleTimeout, true, "ran out of fuel"},
		{"membomb", abi.CodeRuleFault, true, "trapped"},
		{"trap", abi.CodeRuleFault, true, "trapped"},
		{"bigreason", abi.CodeRuleFault, true, "answer of"},
		{"outside", abi.CodeRuleFault, true, "outside memory"},
		{"badverdict", abi.CodeRuleFault, true, "garbage verdict"},
		{"hostcode", abi.CodeRuleFault, true, "host code"},
	}
	for _, tt := range tests {
		t.Run(tt.mode, func(t *testing.T) {
			id := configID(t, m, `{"mode":"`+tt.mode+`"}`)
			before := m.Stats().Recycled.Load()
			start := time.Now()
			res := m.Evaluate(context.Background(), id, in, nil)
			if res.Verdict.Allow || res.Verdict.Code != tt.code || !strings.Contains(res.Verdict.Reason, tt.reason) {
				t.Fatalf("got %+v, want code %d and a reason with %q", res.Verdict, tt.code, tt.reason)
			}
			if len(res.Verdict.Reason) > abi.MaxReason {
				t.Fatalf("reason of %d bytes", len(res.Verdict.Reason))
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Fatalf("containment took %v", d)
			}
			if got := m.Stats().Recycled.Load() - before; tt.recycle && got != 1 {
				t.Fatalf("recycled %d instances, want 1", got)
			}
			if res := m.Evaluate(context.Background(), allow, in, nil); !res.Verdict.Allow {
				t.Fatalf("module did not recover: %+v", res.Verdict)
			}
		})
	}
}

func TestSandboxDeniesFilesEnvClock(t *testing.T) {
	t.Setenv("REGULA_SECRET", "leak-me")
	r := newRuntime(t, Config{})
	m := load(t, r, "hostile", hostileWasm)
	id := configID(t, m, `{"mode":"escape"}`)
	res := m.Evaluate(context.Background(), id, encode(t, sampleContext()), nil)
	// 128 is the module's own "nothing leaked"; 129 lists what leaked.
	if res.Verdict.Code != 128 {
		t.Fatalf("sandbox leaked: %+v", res.Verdict)
	}
	again := m.Evaluate(context.Background(), id, encode(t, sampleContext()), nil)
	clock, err := time.Parse(time.RFC3339Nano, res.Verdict.Reason)
	if err != nil {
		t.Fatalf("module clock %q: %v", res.Verdict.Reason, err)
	}
	if d := time.Since(clock).Abs(); d < 24*time.Hour {
		t.Fatalf("module read the real clock: %v", clock)
	}
	if again.Verdict.Code != 128 {
		t.Fatalf("second run: %+v", again.Verdict)
	}
}

func TestListContainsReadsTheSnapshot(t *testing.T) {
	r := newRuntime(t, Config{})
	m := load(t, r, "hostile", hostileWasm)
	id := configID(t, m, `{"mode":"sanctions"}`)
	in := encode(t, sampleContext())
	listed := listSet{"sanctions": {"inv-666": true}}
	if res := m.Evaluate(context.Background(), id, in, listed); res.Verdict.Allow || res.Verdict.Code != 13 {
		t.Fatalf("listed key: %+v", res.Verdict)
	}
	if res := m.Evaluate(context.Background(), id, in, listSet{}); !res.Verdict.Allow {
		t.Fatalf("empty lists: %+v", res.Verdict)
	}
	if res := m.Evaluate(context.Background(), id, in, nil); !res.Verdict.Allow {
		t.Fatalf("nil lists: %+v", res.Verdict)
	}
}

func TestLogIsBounded(t *testing.T) {
	r := newRuntime(t, Config{MaxLogLines: 5, MaxLogBytes: 1000})
	m := load(t, r, "hostile", hostileWasm)
	id := configID(t, m, `{"mode":"log"}`)
	res := m.Evaluate(context.Background(), id, encode(t, sampleContext()), nil)
	if !res.Verdict.Allow || len(res.Logs) != 5 || res.LogsDropped != 995 {
		t.Fatalf("got %+v, %d lines, %d dropped; want allow, 5 lines, 995 dropped", res.Verdict, len(res.Logs), res.LogsDropped)
	}
}

func TestConfigRefused(t *testing.T) {
	r := newRuntime(t, Config{InitFuel: 500_000_000})
	m := load(t, r, "hostile", hostileWasm)
	if _, err := m.ConfigID(context.Background(), []byte(`{"mode":"refuse"}`)); !errors.Is(err, ErrInvalidConfig) {
		t.Fatalf("got %v, want ErrInvalidConfig", err)
	}
	// A module looping in configure is stopped when its InitFuel runs out.
	if _, err := m.ConfigID(context.Background(), []byte(`{"mode":"configloop"}`)); !errors.Is(err, errOutOfFuel) {
		t.Fatalf("configure loop: got %v", err)
	}
	if res := m.Evaluate(context.Background(), configID(t, m, `{"mode":"allow"}`), encode(t, sampleContext()), nil); !res.Verdict.Allow {
		t.Fatalf("after a configure loop: %+v", res.Verdict)
	}
	if res := m.Evaluate(context.Background(), 999, encode(t, sampleContext()), nil); res.Verdict.Code != abi.CodeRuleUnavailable {
		t.Fatalf("unknown config id: %+v", res.Verdict)
	}
}

func TestGarbageInputIsAFaultNotACrash(t *testing.T) {
	r := newRuntime(t, Config{})
	m := load(t, r, "reg-d", regdWasm)
	id := configID(t, m, `{}`)
	res := m.Evaluate(context.Background(), id, []byte{1, 0, 9, 9, 9}, nil)
	if res.Verdict.Code != abi.CodeRuleFault || !strings.Contains(res.Verdict.Reason, "malformed") {
		t.Fatalf("got %+v", res.Verdict)
	}
}

// TestLoadRejects covers uploads that are not modules of our ABI.
func TestLoadRejects(t *testing.T) {
	r := newRuntime(t, Config{})
	tests := []struct {
		name string
		wasm []byte
		want string
	}{
		{"not wasm", []byte("#!/bin/sh\nrm -rf /\n"), "not a Wasm"},
		{"100 MB of zeros", make([]byte, 100<<20), "not a Wasm"},
		{"empty", nil, "not a Wasm"},
		{"no exports", wasmModule(nil, nil), "missing export"},
		{"wrong ABI version", abiModule(2, nil), "ABI version 2"},
		{"unknown import", abiModule(1, &wimport{"env", "evil"}), "unknown import env.evil"},
		{"unknown regula import", abiModule(1, &wimport{"regula", "exec"}), "unknown import regula.exec"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := r.Load(context.Background(), tt.name, tt.wasm)
			if !errors.Is(err, ErrInvalidModule) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want ErrInvalidModule with %q", err, tt.want)
			}
		})
	}
	// The runtime still serves good modules afterwards.
	m := load(t, r, "reg-d", regdWasm)
	if res := m.Evaluate(context.Background(), configID(t, m, `{}`), encode(t, sampleContext()), nil); !res.Verdict.Allow {
		t.Fatalf("after rejects: %+v", res.Verdict)
	}
}

// TestHostileBesideGoodConcurrently runs looping and trapping evaluations
// while good ones go on, and checks the good ones all succeed.
func TestHostileBesideGoodConcurrently(t *testing.T) {
	r := newRuntime(t, Config{PoolSize: 2})
	bad := load(t, r, "hostile", hostileWasm)
	good := load(t, r, "reg-d", regdWasm)
	loop := configID(t, bad, `{"mode":"loop"}`)
	trap := configID(t, bad, `{"mode":"trap"}`)
	def := configID(t, good, `{}`)
	in := encode(t, sampleContext())
	var wg sync.WaitGroup
	errs := make(chan string, 100)
	for g := 0; g < 2; g++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				id := loop
				if i%2 == 1 {
					id = trap
				}
				if res := bad.Evaluate(context.Background(), id, in, nil); !abi.IsHostCode(res.Verdict.Code) {
					errs <- "hostile not contained: " + res.Verdict.Reason
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				if res := good.Evaluate(context.Background(), def, in, nil); !res.Verdict.Allow {
					errs <- "good module denied: " + res.Verdict.Reason
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	waitFor(t, 2*time.Second, "hostile pool slots to free", func() bool { return len(bad.sem) == 0 })
}

// A tiny Wasm assembler for modules the Go toolchain would not produce.

type wimport struct{ module, name string }

func section(id byte, content []byte) []byte {
	return append(uleb([]byte{id}, uint64(len(content))), content...)
}

func name(b []byte, s string) []byte { return append(uleb(b, uint64(len(s))), s...) }

type wfunc struct {
	export string
	typ    byte   // index into types
	body   []byte // instructions without the final end
}

// wasmModule builds a module with three types: 0 ()->i32, 1 (i32)->i32,
// 2 (i32,i32,i32)->i64 and 3 ()->(); imports are of type 3.
func wasmModule(imports []wimport, funcs []wfunc) []byte {
	out := []byte{0, 'a', 's', 'm', 1, 0, 0, 0}
	types := []byte{4,
		0x60, 0, 1, 0x7f,
		0x60, 1, 0x7f, 1, 0x7f,
		0x60, 3, 0x7f, 0x7f, 0x7f, 1, 0x7e,
		0x60, 0, 0}
	out = append(out, section(1, types)...)
	if len(imports) > 0 {
		imp := uleb(nil, uint64(len(imports)))
		for _, i := range imports {
			imp = name(imp, i.module)
			imp = name(imp, i.name)
			imp = append(imp, 0, 3)
		}
		out = append(out, section(2, imp)...)
	}
	fs := uleb(nil, uint64(len(funcs)))
	for _, f := range funcs {
		fs = append(fs, f.typ)
	}
	out = append(out, section(3, fs)...)
	out = append(out, section(5, []byte{1, 0, 1})...)
	exp := uleb(nil, uint64(len(funcs)+1))
	exp = append(name(exp, "memory"), 2, 0)
	for i, f := range funcs {
		exp = append(name(exp, f.export), 0)
		exp = uleb(exp, uint64(len(imports)+i))
	}
	out = append(out, section(7, exp)...)
	code := uleb(nil, uint64(len(funcs)))
	for _, f := range funcs {
		body := append(append([]byte{0}, f.body...), 0x0b)
		code = append(uleb(code, uint64(len(body))), body...)
	}
	return append(out, section(10, code)...)
}

// abiModule exports the four ABI functions, answering version v.
func abiModule(v byte, imp *wimport) []byte {
	var imps []wimport
	if imp != nil {
		imps = []wimport{*imp}
	}
	return wasmModule(imps, []wfunc{
		{ExportABIVersion, 0, []byte{0x41, v}},
		{ExportAlloc, 1, []byte{0x41, 0x80, 0x08}},
		{ExportConfigure, 2, []byte{0x42, 0}},
		{ExportEvaluate, 2, []byte{0x42, 0}},
	})
}

func TestAssemblerSanity(t *testing.T) {
	r := newRuntime(t, Config{})
	m := load(t, r, "v1", abiModule(1, nil))
	// configure answers (0,0): an empty answer is garbage, so the config
	// cannot be loaded.
	if _, err := m.ConfigID(context.Background(), []byte(`{}`)); err == nil || !errors.Is(err, abi.ErrMalformed) {
		t.Fatalf("got %v", err)
	}
	_ = bytes.Equal
	_ = binary.LittleEndian
}

// TestRandomIsDeterministic: two instances in two runtimes read the same
// "random" bytes, so a decision cannot depend on entropy.
func TestRandomIsDeterministic(t *testing.T) {
	var got []string
	for i := 0; i < 2; i++ {
		r := newRuntime(t, Config{})
		m := load(t, r, "hostile", hostileWasm)
		res := m.Evaluate(context.Background(), configID(t, m, `{"mode":"random"}`), encode(t, sampleContext()), nil)
		if res.Verdict.Code != 128 {
			t.Fatalf("got %+v", res.Verdict)
		}
		got = append(got, res.Verdict.Reason)
	}
	if got[0] != got[1] {
		t.Fatalf("random differs: %s vs %s", got[0], got[1])
	}
}

// TestRecyclePages: an instance whose memory is over RecyclePages is closed
// after its call instead of going back to the pool.
func TestRecyclePages(t *testing.T) {
	r := newRuntime(t, Config{RecyclePages: 1})
	m := load(t, r, "hostile", hostileWasm)
	id := configID(t, m, `{"mode":"allow"}`)
	before := m.Stats().Recycled.Load()
	for i := 0; i < 3; i++ {
		if res := m.Evaluate(context.Background(), id, encode(t, sampleContext()), nil); !res.Verdict.Allow {
			t.Fatalf("got %+v", res.Verdict)
		}
	}
	if got := m.Stats().Recycled.Load() - before; got != 3 {
		t.Fatalf("recycled %d, want 3", got)
	}
	if m.Idle() != 0 {
		t.Fatalf("%d idle instances kept", m.Idle())
	}
}
