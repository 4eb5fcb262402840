package book

import (
	"slices"
	"testing"
	"time"
)

// mixed is the BenchmarkMixed workload: about 1,000 resting orders of 1,000
// accounts over about 750 price levels, and a seeded random mix of 9% GTC
// limit orders, 3% IOC, 6% cancels and 82% amends, prices a random walk
// around a moving mid.
type mixed struct {
	b      *Book
	r      *rng
	mid    int64
	nextID uint64
	live   []uint64 // resting order IDs
	pos    idIndex  // ID -> index in live
	out    []Event
}

const (
	mixedSpread = 800 // resting prices within mid ± this many ticks (1,000 orders then occupy ~750 levels)
	mixedTarget = 1000
)

func newMixed(elig Eligibility) *mixed {
	b, err := New(Spec{TickSize: 1, LotSize: 1, RefPrice: 100_000}, elig)
	if err != nil {
		panic(err)
	}
	m := &mixed{b: b, r: newRand(42), mid: 100_000, pos: newIDIndex(13), out: make([]Event, 0, 256),
		live: make([]uint64, 0, 4096)}
	for len(m.live) < mixedTarget {
		m.submit(GTC)
	}
	for i := 0; i < 200_000; i++ { // warm up: reach the steady state
		m.op()
	}
	return m
}

func (m *mixed) add(id uint64) {
	m.pos.put(id, int32(len(m.live)))
	m.live = append(m.live, id)
}

func (m *mixed) remove(id uint64) {
	i, ok := m.pos.get(id)
	if !ok {
		return
	}
	m.pos.del(id)
	last := m.live[len(m.live)-1]
	m.live[i] = last
	m.live = m.live[:len(m.live)-1]
	if last != id {
		m.pos.del(last)
		m.pos.put(last, i)
	}
}

// track updates the live set from the events of one call about order id.
func (m *mixed) track(id uint64, rests bool) {
	rem := int64(-1)
	for i := range m.out {
		e := &m.out[i]
		switch e.Kind {
		case EvFill, EvDecremented:
			if e.MakerRemaining == 0 {
				m.remove(e.MakerID)
			}
			if e.OrderID == id {
				rem = e.Remaining
			}
		case EvCancelled, EvExpired:
			m.remove(e.OrderID)
			if e.OrderID == id {
				rem = 0
			}
		case EvRejected, EvAmendRejected:
			if e.OrderID == id {
				rem = 0
			}
		}
	}
	if rests && rem != 0 {
		if _, ok := m.pos.get(id); !ok {
			m.add(id)
		}
	} else if rem == 0 {
		m.remove(id)
	}
}

// price draws a price for side: usually resting within the spread, crossing
// the mid more often when the book holds more orders than the target, so the
// population stays near it.
func (m *mixed) price(s Side) int64 {
	aggr := 20 + (len(m.live)-mixedTarget+100)*2 // per mille
	d := int64(1 + m.r.intn(mixedSpread))
	if m.r.intn(1000) < aggr {
		d = -int64(m.r.intn(3))
	}
	if s == Buy {
		return m.mid - d
	}
	return m.mid + d
}

func (m *mixed) submit(t TIF) {
	m.nextID++
	s := Side(1 + m.r.intn(2))
	o := Order{ID: m.nextID, Account: uint64(1 + m.r.intn(1000)), Side: s, Kind: Limit, TIF: t,
		Price: m.price(s), Qty: int64(1 + m.r.intn(10)), STP: STPExpireTaker}
	if t == IOC {
		o.Price = m.mid + 3
		if s == Sell {
			o.Price = m.mid - 3
		}
	}
	m.out = m.b.Submit(o, 0, m.out[:0])
	m.track(o.ID, t == GTC)
}

// op runs one operation of the mix.
func (m *mixed) op() {
	if m.r.intn(16) == 0 {
		m.mid += int64(m.r.intn(3)) - 1
	}
	x := m.r.intn(100)
	switch {
	case x < 9 || len(m.live) == 0:
		m.submit(GTC)
	case x < 12:
		m.submit(IOC)
	case x < 18:
		id := m.live[m.r.intn(len(m.live))]
		o, _ := m.b.Get(id)
		m.out = m.b.Cancel(id, o.Account, 0, m.out[:0])
		m.track(id, false)
	default:
		id := m.live[m.r.intn(len(m.live))]
		o, _ := m.b.Get(id)
		price, qty := o.Price, o.Qty
		if m.r.intn(2) == 0 && qty > 1 {
			qty -= int64(1 + m.r.intn(int(qty-1))) // size down: keeps priority
		} else {
			// Price walk, pulled back towards the spread, and a new size.
			step := int64(m.r.intn(5)) - 2
			if o.Side == Buy && price < m.mid-mixedSpread || o.Side == Sell && price > m.mid+mixedSpread {
				step = -step
				if o.Side == Buy {
					step = 1 + int64(m.r.intn(2))
				} else {
					step = -1 - int64(m.r.intn(2))
				}
			}
			price += step
			qty = int64(1 + m.r.intn(10))
		}
		m.out = m.b.Amend(id, o.Account, price, qty, 0, m.out[:0])
		m.track(id, true)
	}
}

// BenchmarkMixed measures the matching core alone (no rules, no I/O) on the
// mixed workload, with and without an eligibility callback. It reports
// orders/s (operations of any kind per second), per-operation latency
// percentiles, and the book's size at the end.
func BenchmarkMixed(b *testing.B) {
	allow := func(t, m *Order, q int64) uint8 { return 0 }
	for _, bc := range []struct {
		name string
		elig Eligibility
	}{{"eligibility=nil", nil}, {"eligibility=allow", allow}} {
		b.Run(bc.name, func(b *testing.B) {
			m := newMixed(bc.elig)
			lat := make([]int64, b.N)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				m.op()
				lat[i] = int64(time.Since(start))
			}
			b.StopTimer()
			slices.Sort(lat)
			pct := func(p float64) float64 { return float64(lat[int(p*float64(len(lat)-1))]) }
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "orders/s")
			b.ReportMetric(pct(0.50), "p50-ns")
			b.ReportMetric(pct(0.99), "p99-ns")
			b.ReportMetric(pct(0.999), "p99.9-ns")
			b.ReportMetric(float64(m.b.Len()), "resting")
			b.ReportMetric(float64(len(m.b.side[Buy].lv)+len(m.b.side[Sell].lv)), "levels")
		})
	}
}

// TestMixedWorkloadShape keeps the benchmark honest: the workload holds about
// 1,000 resting orders over about 750 levels, trades, and allocates nothing.
func TestMixedWorkloadShape(t *testing.T) {
	m := newMixed(nil)
	fills := 0
	allocs := testing.AllocsPerRun(20_000, func() {
		m.op()
		for _, e := range m.out {
			if e.Kind == EvFill {
				fills++
			}
		}
	})
	levels := len(m.b.side[Buy].lv) + len(m.b.side[Sell].lv)
	t.Logf("resting %d, levels %d, fills %d, allocs/op %v", m.b.Len(), levels, fills, allocs)
	if n := m.b.Len(); n < 800 || n > 1200 {
		t.Errorf("resting orders %d, want about 1000", n)
	}
	if levels < 550 || levels > 950 {
		t.Errorf("levels %d, want about 750", levels)
	}
	if fills == 0 {
		t.Error("no fills")
	}
	if allocs != 0 {
		t.Errorf("allocs/op %v, want 0", allocs)
	}
	if err := checkInvariants(m.b, nil); err != nil {
		t.Fatal(err)
	}
}
