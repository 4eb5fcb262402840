package wasm

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestEvaluateRegD(t *testing.T) {
	r := newRuntime(t, Config{})
	m := load(t, r, "reg-d@1.0.0", regdWasm)
	def := configID(t, m, `{}`)
	short := configID(t, m, `{"holding_period_days":90}`)
	if again := configID(t, m, `{}`); again != def {
		t.Fatalf("same config got id %d then %d", def, again)
	}
	c := sampleContext()
	tests := []struct {
		name  string
		id    uint32
		edit  func()
		allow bool
		code  uint8
	}{
		{"1500 of 3000 matured", def, func() {}, true, 0},
		{"3500 over the matured 3000", def, func() { c.Quantity = 3500 }, false, 30},
		{"90 days matures the second lot", short, func() { c.Quantity = 3500 }, true, 0},
		{"unaccredited US buyer", def, func() { c.Quantity = 100; c.Buyer.Accredited = false }, false, 40},
		{"order entry without buyer", def, func() { c.Buyer = nil; c.Quantity = 100 }, true, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c = sampleContext()
			tt.edit()
			res := m.Evaluate(context.Background(), tt.id, encode(t, c), nil)
			if res.Verdict.Allow != tt.allow || res.Verdict.Code != tt.code {
				t.Fatalf("got %+v, want allow=%t code=%d", res.Verdict, tt.allow, tt.code)
			}
			if !tt.allow && res.Verdict.Reason == "" {
				t.Fatal("deny without reason")
			}
		})
	}
}

// TestMainDoesNotRunInReactor records the fact the SDK is built on: in a
// wasip1 c-shared reactor, _initialize runs package initialisation but not
// main.main, so rules register from a package-level NewRule.
func TestMainDoesNotRunInReactor(t *testing.T) {
	r := newRuntime(t, Config{})
	m := load(t, r, "mainprobe", mainprobeWasm)
	res := m.Evaluate(context.Background(), configID(t, m, `{}`), encode(t, sampleContext()), nil)
	if !res.Verdict.Allow {
		t.Fatalf("got %+v", res.Verdict)
	}
}

// TestMeteredCache: the second load of a module takes its metered bytes
// from the cache, and a damaged cache file is metered again, not blamed on
// the module.
func TestMeteredCache(t *testing.T) {
	dir := t.TempDir()
	allows := func(r *Runtime) {
		t.Helper()
		m := load(t, r, "reg-d", regdWasm)
		if res := m.Evaluate(context.Background(), configID(t, m, `{}`), encode(t, sampleContext()), nil); !res.Verdict.Allow {
			t.Fatalf("got %+v", res.Verdict)
		}
	}
	allows(newRuntime(t, Config{CacheDir: dir}))
	files, _ := filepath.Glob(filepath.Join(dir, "regula-metered", "*.wasm"))
	if len(files) != 1 {
		t.Fatalf("metered cache holds %v, want one file", files)
	}
	want, err := meter(regdWasm, Config{}.Defaults().InitFuel)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(files[0]); !bytes.Equal(got, want) {
		t.Fatal("cached bytes are not meter's")
	}

	r := newRuntime(t, Config{CacheDir: dir})
	if got, cached, err := r.meterCached(regdWasm); err != nil || cached != files[0] || !bytes.Equal(got, want) {
		t.Fatalf("second meterCached: from %q, err %v", cached, err)
	}

	if err := os.WriteFile(files[0], []byte("\x00asm\x01\x00\x00\x00damaged"), 0o600); err != nil {
		t.Fatal(err)
	}
	allows(newRuntime(t, Config{CacheDir: dir}))
	if _, err := os.Stat(files[0]); !os.IsNotExist(err) {
		t.Fatalf("damaged cache file still there: %v", err)
	}
}
