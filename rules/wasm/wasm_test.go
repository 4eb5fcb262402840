package wasm

import (
	"context"
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
