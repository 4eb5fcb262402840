package web

import (
	"sync"
	"time"
)

// bucket is a token bucket: capacity burst, refilled at rate tokens a second.
// Counts are kept in nanotokens (1e9 per request) so the refill stays integer.
type bucket struct {
	mu    sync.Mutex
	level int64 // nanotokens
	last  time.Time
}

const nano = int64(time.Second)

// take spends one token if it can. It returns whether it did, the whole
// tokens left, and the milliseconds until the bucket is full again (ok) or
// until the next token (refused).
func (b *bucket) take(now time.Time, rate, burst int64) (ok bool, remaining, resetMs int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	capacity := burst * nano
	if b.last.IsZero() {
		b.level = capacity
	} else if d := int64(now.Sub(b.last)); d > 0 {
		if d > capacity/rate+1 { // full anyway; also keeps d×rate from overflowing
			b.level = capacity
		} else {
			b.level = min(capacity, b.level+d*rate) // ns × tokens/s = nanotokens
		}
	}
	b.last = now
	if b.level < nano {
		wait := (nano - b.level + rate - 1) / rate // ns
		return false, 0, (wait + int64(time.Millisecond) - 1) / int64(time.Millisecond)
	}
	b.level -= nano
	full := (capacity - b.level + rate - 1) / rate
	return true, b.level / nano, (full + int64(time.Millisecond) - 1) / int64(time.Millisecond)
}

// limiter keeps one bucket per API key, shared by all its connections.
type limiter struct {
	rate, burst int64
	now         func() time.Time
	mu          sync.Mutex
	buckets     map[string]*bucket
}

func (l *limiter) take(key string) (bool, int64, int64) {
	l.mu.Lock()
	b := l.buckets[key]
	if b == nil {
		b = &bucket{}
		l.buckets[key] = b
	}
	l.mu.Unlock()
	return b.take(l.now(), l.rate, l.burst)
}
