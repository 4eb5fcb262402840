package wasm

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/regulavenue/regula/rules/abi"
)

// TestHammer runs P goroutines × N evaluations across several modules and
// configs at once (small pools, so instances are contended and recycled)
// and checks every verdict. Run it under -race.
func TestHammer(t *testing.T) {
	const P, N = 8, 60
	r := newRuntime(t, Config{PoolSize: 2, MaxCalls: 25})
	regd := load(t, r, "reg-d", regdWasm)
	hostile := load(t, r, "hostile", hostileWasm)
	type job struct {
		m     *Module
		id    uint32
		in    []byte
		allow bool
		code  uint8
	}
	young := sampleContext()
	young.Quantity = 4000
	jobs := []job{
		{regd, configID(t, regd, `{}`), encode(t, sampleContext()), true, 0},
		{regd, configID(t, regd, `{}`), encode(t, young), false, abi.CodeHoldingPeriod},
		{regd, configID(t, regd, `{"holding_period_days":30}`), encode(t, young), true, 0},
		{hostile, configID(t, hostile, `{"mode":"allow"}`), encode(t, sampleContext()), true, 0},
		{hostile, configID(t, hostile, `{"mode":"trap"}`), encode(t, sampleContext()), false, abi.CodeRuleFault},
	}
	var wg sync.WaitGroup
	errs := make(chan error, P)
	for p := 0; p < P; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for n := 0; n < N; n++ {
				j := jobs[(p+n)%len(jobs)]
				res := j.m.Evaluate(context.Background(), j.id, j.in, nil)
				if res.Verdict.Allow != j.allow || res.Verdict.Code != j.code {
					errs <- fmt.Errorf("goroutine %d call %d: got %+v, want allow=%t code=%d", p, n, res.Verdict, j.allow, j.code)
					return
				}
			}
		}(p)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if regd.Stats().Recycled.Load() == 0 {
		t.Error("MaxCalls never recycled an instance")
	}
	waitFor(t, 2*time.Second, "pool slots to free", func() bool { return len(regd.sem) == 0 && len(hostile.sem) == 0 })
}
