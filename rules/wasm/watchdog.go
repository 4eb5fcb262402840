package wasm

import (
	"context"
	"sync"
	"sync/atomic"
	"time"
)

// evalCtx is an instance's evaluation context, made once per instance: its
// Done channel is closed by the runtime's watchdog when an evaluation runs
// past EvalTimeout, which makes wazero close the instance (the instance is
// then discarded, so the context is never reused after it fired). Compared
// with context.WithTimeout and WithValue per call, it saves a timer and
// three allocations on every evaluation.
type evalCtx struct {
	inst  *instance
	done  chan struct{}
	fired atomic.Bool
	// started is the UnixNano the running evaluation began, 0 when idle.
	started atomic.Int64
}

func (c *evalCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *evalCtx) Done() <-chan struct{}       { return c.done }

func (c *evalCtx) Err() error {
	if c.fired.Load() {
		return context.DeadlineExceeded
	}
	return nil
}

func (c *evalCtx) Value(key any) any {
	if key == (stateKey{}) {
		return &c.inst.state
	}
	return nil
}

// watchdog fires the evaluation contexts of instances that run past their
// deadline. It scans the live instances every tick (a fifth of EvalTimeout,
// at most 10 ms), so a deadline fires between EvalTimeout and
// EvalTimeout + tick.
type watchdog struct {
	timeout time.Duration
	mu      sync.Mutex
	live    map[*evalCtx]struct{}
	stop    chan struct{}
	stopped chan struct{}
	once    sync.Once
}

func startWatchdog(timeout time.Duration) *watchdog {
	w := &watchdog{timeout: timeout, live: map[*evalCtx]struct{}{}, stop: make(chan struct{}), stopped: make(chan struct{})}
	tick := min(timeout/5, 10*time.Millisecond)
	tick = max(tick, time.Millisecond)
	go w.run(tick)
	return w
}

func (w *watchdog) run(tick time.Duration) {
	defer close(w.stopped)
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		select {
		case <-w.stop:
			return
		case now := <-t.C:
			limit := now.Add(-w.timeout).UnixNano()
			w.mu.Lock()
			for c := range w.live {
				if s := c.started.Load(); s != 0 && s < limit && !c.fired.Swap(true) {
					close(c.done)
				}
			}
			w.mu.Unlock()
		}
	}
}

func (w *watchdog) add(c *evalCtx) {
	w.mu.Lock()
	w.live[c] = struct{}{}
	w.mu.Unlock()
}

func (w *watchdog) remove(c *evalCtx) {
	w.mu.Lock()
	delete(w.live, c)
	w.mu.Unlock()
}

func (w *watchdog) close() {
	w.once.Do(func() {
		close(w.stop)
		<-w.stopped
	})
}
