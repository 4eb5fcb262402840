package book

import (
	"slices"
	"sort"
	"testing"
)

// refBook is a deliberately naive reference for continuous trading: resting
// orders in one unsorted slice, makers found by sorting on every call. The
// book must give exactly the same events for accepted operations.
type refBook struct {
	elig   Eligibility
	ref    int64
	seq    uint64
	match  uint64
	orders []*Order
}

func (r *refBook) find(id uint64) int {
	for i, o := range r.orders {
		if o.ID == id {
			return i
		}
	}
	return -1
}

func (r *refBook) remove(id uint64) {
	if i := r.find(id); i >= 0 {
		r.orders = slices.Delete(r.orders, i, i+1)
	}
}

func (r *refBook) expire(now int64, out []Event) []Event {
	var due []*Order
	for _, o := range r.orders {
		if o.ExpiresAt != 0 && o.ExpiresAt <= now {
			due = append(due, o)
		}
	}
	sort.Slice(due, func(i, j int) bool {
		if due[i].ExpiresAt != due[j].ExpiresAt {
			return due[i].ExpiresAt < due[j].ExpiresAt
		}
		return due[i].ID < due[j].ID
	})
	for _, o := range due {
		out = append(out, orderEvent(EvExpired, o, o.Qty, 0, ReasonExpired))
		r.remove(o.ID)
	}
	return out
}

// makers returns the resting orders a taker of side s with limit may meet,
// in priority order.
func (r *refBook) makers(s Side, limit int64) []*Order {
	var ms []*Order
	for _, o := range r.orders {
		if o.Side != s && !beyond(s, o.Price, limit) {
			ms = append(ms, o)
		}
	}
	sort.Slice(ms, func(i, j int) bool {
		if ms[i].Price != ms[j].Price {
			return (ms[i].Price < ms[j].Price) == (s == Buy)
		}
		return ms[i].Seq < ms[j].Seq
	})
	return ms
}

// sweep: the taker t (not resting) against the makers, each visited once.
// It returns whether the taker ended by STP expiry.
func (r *refBook) sweep(t *Order, limit int64, dry bool, out []Event) ([]Event, int) {
	tq := t.Qty
	for _, m := range r.makers(t.Side, limit) {
		if tq == 0 {
			break
		}
		if m.Account == t.Account && t.STP != STPNone {
			switch t.STP {
			case STPExpireTaker, STPExpireBoth:
				if !dry {
					if t.STP == STPExpireBoth {
						e := orderEvent(EvCancelled, m, m.Qty, 0, ReasonSTP)
						e.MakerID, e.MakerAccount = t.ID, t.Account
						out = append(out, e)
						r.remove(m.ID)
					}
					e := orderEvent(EvCancelled, t, t.Qty, 0, ReasonSTP)
					e.MakerID, e.MakerAccount = m.ID, m.Account
					out = append(out, e)
					t.Qty = 0
				}
				return out, resSTP
			case STPExpireMaker:
				if !dry {
					e := orderEvent(EvCancelled, m, m.Qty, 0, ReasonSTP)
					e.MakerID, e.MakerAccount = t.ID, t.Account
					out = append(out, e)
					r.remove(m.ID)
				}
			case STPDecrement:
				d := min(tq, m.Qty)
				tq -= d
				if !dry {
					t.Qty = tq
					m.Qty -= d
					out = append(out, Event{Kind: EvDecremented, OrderID: t.ID, Account: t.Account, Side: t.Side,
						Price: m.Price, Qty: d, Remaining: tq, MakerID: m.ID, MakerAccount: m.Account, MakerRemaining: m.Qty})
					if m.Qty == 0 {
						r.remove(m.ID)
					}
				}
			}
			continue
		}
		q := min(tq, m.Qty)
		var code uint8
		if r.elig != nil {
			tk, mk := *t, *m
			tk.Qty = tq
			code = r.elig(&tk, &mk, q)
		}
		if code != 0 {
			out = append(out, Event{Kind: EvSkipped, OrderID: t.ID, Account: t.Account, Side: t.Side,
				Price: m.Price, Qty: q, Remaining: t.Qty, MakerID: m.ID, MakerAccount: m.Account, MakerRemaining: m.Qty, Code: code})
			continue
		}
		tq -= q
		if !dry {
			t.Qty = tq
			m.Qty -= q
			r.match++
			r.ref = m.Price
			out = append(out, Event{Kind: EvFill, OrderID: t.ID, Account: t.Account, Side: t.Side,
				Price: m.Price, Qty: q, Remaining: tq, MakerID: m.ID, MakerAccount: m.Account, MakerRemaining: m.Qty, MatchID: r.match})
			if m.Qty == 0 {
				r.remove(m.ID)
			}
		}
	}
	if tq == 0 {
		return out, resFilled
	}
	return out, resLeft
}

func (r *refBook) take(t *Order, limit int64, out []Event) []Event {
	if t.TIF == FOK {
		mark := len(out)
		var res int
		out, res = r.sweep(t, limit, true, out)
		if res != resFilled {
			code := ReasonFOKUnfillable
			if res == resSTP {
				code = ReasonSTP
			}
			r.remove(t.ID)
			return append(out, orderEvent(EvCancelled, t, t.Qty, 0, code))
		}
		out = out[:mark]
	}
	out, res := r.sweep(t, limit, false, out)
	switch {
	case res == resSTP || t.Qty == 0:
		r.remove(t.ID)
	case t.Kind == Market:
		code := ReasonNoLiquidity
		for _, o := range r.orders {
			if o.Side != t.Side && beyond(t.Side, o.Price, limit) {
				code = ReasonMarketBand
			}
		}
		r.remove(t.ID)
		out = append(out, orderEvent(EvCancelled, t, t.Qty, 0, code))
	case t.TIF == IOC:
		r.remove(t.ID)
		out = append(out, orderEvent(EvCancelled, t, t.Qty, 0, ReasonIOCRemainder))
	default:
		if r.find(t.ID) < 0 {
			r.orders = append(r.orders, t)
		}
	}
	return out
}

// TestDifferential runs seeded random continuous trading through the book and
// the naive reference and requires identical events for every accepted call.
func TestDifferential(t *testing.T) {
	// Refuses accounts 1 and 3, and account 2 taking more than 6 at once.
	elig := func(tk, mk *Order, q int64) uint8 {
		if (tk.Account == 1 && mk.Account == 3) || (tk.Account == 3 && mk.Account == 1) {
			return 7
		}
		if tk.Account == 2 && q > 6 {
			return 9
		}
		return 0
	}
	calls := 0
	var kinds [16]int
	for seed := uint64(1); seed <= 30; seed++ {
		rnd := newRand(seed + 1000)
		spec := Spec{TickSize: 1, LotSize: 1, RefPrice: 100, MarketBandBps: 300}
		var e Eligibility
		if seed%3 != 0 {
			e = elig
		}
		b, _ := New(spec, e)
		r := &refBook{elig: e, ref: spec.RefPrice}
		now := t0
		var out, want []Event
		nextID := uint64(0)
		for step := 0; step < 1500; step++ {
			now += int64(rnd.intn(3))
			want = r.expire(now, want[:0])
			var id uint64
			if len(r.orders) > 0 {
				id = r.orders[rnd.intn(len(r.orders))].ID
			}
			x := rnd.intn(100)
			switch {
			case x < 50 || id == 0:
				nextID++
				o := Order{ID: nextID, Account: uint64(1 + rnd.intn(4)), Side: Side(1 + rnd.intn(2)), Kind: Limit,
					TIF: TIF(1 + rnd.intn(5)), Price: int64(95 + rnd.intn(11)), Qty: int64(1 + rnd.intn(9)), STP: STP(rnd.intn(5))}
				if o.TIF == GTD || o.TIF == DAY {
					o.ExpiresAt = now + int64(1+rnd.intn(20))
				}
				if rnd.intn(10) == 0 {
					o.Kind, o.TIF = Market, IOC+TIF(rnd.intn(2))
				}
				if rnd.intn(8) == 0 && o.Kind == Limit && o.TIF <= DAY {
					o.PostOnly = true
				}
				out = b.Submit(o, now, out[:0])
				acc := len(want)
				if acc >= len(out) || out[acc].Kind != EvAccepted {
					continue // rejected: validation is tested by the tables
				}
				o.Seq = r.seq + 1
				r.seq++
				o.Price = out[acc].Price // a market order's limit
				want = append(want, orderEvent(EvAccepted, &o, o.Qty, o.Qty, 0))
				want = r.take(&o, o.Price, want)
			case x < 60:
				o := r.orders[r.find(id)]
				out = b.Cancel(id, o.Account, now, out[:0])
				want = append(want, orderEvent(EvCancelled, o, o.Qty, 0, ReasonUserCancel))
				r.remove(id)
			default:
				o := r.orders[r.find(id)]
				price, qty := o.Price+int64(rnd.intn(5))-2, int64(1+rnd.intn(9))
				if rnd.intn(2) == 0 {
					price = o.Price
				}
				out = b.Amend(id, o.Account, price, qty, now, out[:0])
				if len(out) > len(want) && out[len(want)].Kind == EvAmendRejected {
					continue
				}
				if price == o.Price && qty <= o.Qty {
					o.Qty = qty
					want = append(want, orderEvent(EvAmended, o, qty, qty, AmendKeptPriority))
					break
				}
				r.remove(id)
				o.Price, o.Qty = price, qty
				r.seq++
				o.Seq = r.seq
				want = append(want, orderEvent(EvAmended, o, qty, qty, AmendLostPriority))
				want = r.take(o, price, want)
			}
			calls++
			for _, e := range want {
				kinds[e.Kind]++
			}
			if !slices.Equal(out, want) {
				t.Fatalf("seed %d step %d:\nbook %q\nref  %q\n%s", seed, step, fmtEvs(out), fmtEvs(want), bookStr(b))
			}
			if b.Len() != len(r.orders) || b.RefPrice() != r.ref {
				t.Fatalf("seed %d step %d: book %d orders ref %d, reference %d ref %d", seed, step, b.Len(), b.RefPrice(), len(r.orders), r.ref)
			}
		}
	}
	t.Logf("%d calls compared; events by kind %v", calls, kinds)
	for _, k := range []EventKind{EvFill, EvSkipped, EvDecremented, EvCancelled, EvExpired, EvAmended} {
		if kinds[k] == 0 {
			t.Errorf("no %v events: the workload does not exercise them", k)
		}
	}
}
