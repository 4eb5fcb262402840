package book

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"
)

// modelOrder is what the test knows of an order from its events alone.
type modelOrder struct {
	side    Side
	price   int64 // limit (a market order's protection limit)
	account uint64
	rem     int64
}

// driver decodes bytes into book operations, applies them, and checks after
// every step that the events account for every unit of quantity, that the
// book holds exactly the orders the events say rest, and the book's
// invariants (checkInvariants). A twin restored from a snapshot (taken when
// the bytes say so) gets the same calls and must give the same events.
type driver struct {
	tb     testing.TB
	b      *Book
	twin   *Book
	elig   Eligibility
	now    int64
	nextID uint64
	tick   int64
	lot    int64
	out    []Event
	out2   []Event
	live   map[uint64]*modelOrder
	log    []Event
	data   []byte
	steps  int
}

// fuzzElig refuses pairs of accounts 1 and 3, whichever is the taker; it does
// not depend on quantity, so refused crossed pairs stay refused.
var fuzzElig = refuseAccounts(1, 3)

func newDriver(tb testing.TB, data []byte) *driver {
	d := &driver{tb: tb, data: data, live: map[uint64]*modelOrder{}, now: t0, elig: fuzzElig}
	c := d.byte()
	d.tick = int64(1 + c&1)
	d.lot = int64(1 + (c>>1)&1)
	spec := Spec{TickSize: d.tick, LotSize: d.lot, RefPrice: 100 * d.tick}
	if c&4 != 0 {
		spec.MarketBandBps = 500
	}
	if c&8 != 0 {
		spec.BandBps = 1500
	}
	if c&16 != 0 {
		d.elig = nil
	}
	b, err := New(spec, d.elig)
	if err != nil {
		tb.Fatal(err)
	}
	d.b = b
	return d
}

func (d *driver) byte() byte {
	if len(d.data) == 0 {
		return 0
	}
	c := d.data[0]
	d.data = d.data[1:]
	return c
}

func (d *driver) pickID() uint64 { return uint64(d.byte()) % (d.nextID + 2) }

// run applies operations until the bytes run out.
func (d *driver) run() {
	for len(d.data) > 0 {
		d.step()
	}
}

func (d *driver) step() {
	c := d.byte()
	d.now += int64(c >> 6) // time moves 0-3 ns a step
	var f func(b *Book, out []Event) []Event
	switch c % 16 {
	case 0, 1, 2, 3, 4, 5: // limit GTC, the common case
		o := d.order()
		f = func(b *Book, out []Event) []Event { return b.Submit(o, d.now, out) }
	case 6: // any order
		o := d.order()
		x := d.byte()
		o.TIF = TIF(1 + x%5)
		if o.TIF == GTD || o.TIF == DAY {
			o.ExpiresAt = d.now + int64(x>>3)%6
		}
		if x&0x80 != 0 {
			o.Kind = Market
		}
		o.PostOnly = x&0x40 != 0 && x&0x20 != 0
		if x == 255 { // the odd invalid field
			o.Side = 0
		}
		f = func(b *Book, out []Event) []Event { return b.Submit(o, d.now, out) }
	case 7, 8: // cancel
		id := d.pickID()
		acct := d.account(id, d.byte())
		f = func(b *Book, out []Event) []Event { return b.Cancel(id, acct, d.now, out) }
	case 9, 10, 11, 12: // amend: a price walk and a size change
		id := d.pickID()
		x, y := d.byte(), d.byte()
		acct := d.account(id, x)
		price := (90 + int64(y%20)) * d.tick
		if m := d.live[id]; m != nil && x&1 == 0 {
			price = m.price // size change only
		}
		qty := int64(1+(x>>1)%8) * d.lot
		if x>>4 == 15 {
			qty = 0
		}
		f = func(b *Book, out []Event) []Event { return b.Amend(id, acct, price, qty, d.now, out) }
	case 13: // mode change
		m := Mode(1 + d.byte()%3)
		f = func(b *Book, out []Event) []Event { return b.SetMode(m, d.now, out) }
	case 14:
		f = func(b *Book, out []Event) []Event { return b.Uncross(d.now, out) }
	case 15: // expire, or snapshot into the twin
		if c&0x10 != 0 {
			d.snapshot()
			return
		}
		d.now += int64(d.byte() % 4)
		f = func(b *Book, out []Event) []Event { return b.Expire(d.now, out) }
	}
	d.apply(f)
}

func (d *driver) account(id uint64, x byte) uint64 {
	if m := d.live[id]; m != nil && x&7 != 0 {
		return m.account
	}
	return 1 + uint64(x%4)
}

func (d *driver) order() Order {
	x, y, z := d.byte(), d.byte(), d.byte()
	id := d.nextID + 1
	if z == 255 {
		id = d.pickID() // perhaps a duplicate
	} else {
		d.nextID++
	}
	o := Order{ID: id, Account: 1 + uint64(x%4), Side: Side(1 + (x>>2)&1), Kind: Limit, TIF: GTC,
		Price: (90 + int64(y%20)) * d.tick, Qty: int64(1+z%8) * d.lot, STP: STP((x >> 3) % 5)}
	if x>>6 == 3 {
		o.PostOnly = true
	}
	return o
}

func (d *driver) snapshot() {
	st := d.b.Snapshot()
	raw, err := json.Marshal(st)
	if err != nil {
		d.tb.Fatal(err)
	}
	var st2 State
	if err := json.Unmarshal(raw, &st2); err != nil {
		d.tb.Fatal(err)
	}
	twin, err := Restore(st2, d.elig)
	if err != nil {
		d.tb.Fatalf("restore: %v", err)
	}
	if !reflect.DeepEqual(twin.Snapshot(), st) {
		d.tb.Fatalf("restored snapshot differs")
	}
	d.twin = twin
}

func (d *driver) apply(f func(b *Book, out []Event) []Event) {
	d.steps++
	d.out = f(d.b, d.out[:0])
	d.log = append(d.log, d.out...)
	if d.twin != nil {
		d.out2 = f(d.twin, d.out2[:0])
		if !slices.Equal(d.out, d.out2) {
			d.tb.Fatalf("step %d: twin diverged:\n%q\n%q", d.steps, fmtEvs(d.out), fmtEvs(d.out2))
		}
	}
	if err := d.account_(d.out); err != nil {
		d.tb.Fatalf("step %d: %v\nevents %q\nbook %s", d.steps, err, fmtEvs(d.out), bookStr(d.b))
	}
	if err := checkInvariants(d.b, d.elig); err != nil {
		d.tb.Fatalf("step %d: %v\nevents %q\nbook %s", d.steps, err, fmtEvs(d.out), bookStr(d.b))
	}
}

// account_ replays the events of one call on the model and checks them.
func (d *driver) account_(evs []Event) error {
	take := func(id uint64, q, wantRem int64) error {
		m := d.live[id]
		if m == nil {
			return fmt.Errorf("event for unknown order %d", id)
		}
		if q <= 0 {
			return fmt.Errorf("order %d: non-positive quantity %d", id, q)
		}
		m.rem -= q
		if m.rem != wantRem || m.rem < 0 {
			return fmt.Errorf("order %d: remaining %d, event says %d", id, m.rem, wantRem)
		}
		return nil
	}
	for _, e := range evs {
		switch e.Kind {
		case EvAccepted:
			if d.live[e.OrderID] != nil {
				return fmt.Errorf("order %d accepted twice", e.OrderID)
			}
			if e.Qty <= 0 || e.Qty%d.lot != 0 || e.Price <= 0 || e.Price%d.tick != 0 {
				return fmt.Errorf("accepted bad order %+v", e)
			}
			d.live[e.OrderID] = &modelOrder{side: e.Side, price: e.Price, account: e.Account, rem: e.Qty}
		case EvRejected, EvCancelRejected, EvAmendRejected, EvModeRejected, EvModeChanged, EvIndicative, EvUncrossed:
		case EvFill:
			t, m := d.live[e.OrderID], d.live[e.MakerID]
			if t == nil || m == nil || t.side == m.side {
				return fmt.Errorf("fill between %d and %d", e.OrderID, e.MakerID)
			}
			for _, o := range []*modelOrder{t, m} {
				if (o.side == Buy && e.Price > o.price) || (o.side == Sell && e.Price < o.price) {
					return fmt.Errorf("fill at %d outside a limit of %d", e.Price, o.price)
				}
			}
			if e.Price%d.tick != 0 || e.Account != t.account || e.MakerAccount != m.account {
				return fmt.Errorf("bad fill %+v", e)
			}
			if err := take(e.OrderID, e.Qty, e.Remaining); err != nil {
				return err
			}
			if err := take(e.MakerID, e.Qty, e.MakerRemaining); err != nil {
				return err
			}
		case EvDecremented:
			if d.live[e.OrderID] == nil || d.live[e.MakerID] == nil || d.live[e.OrderID].account != d.live[e.MakerID].account {
				return fmt.Errorf("decrement between %d and %d", e.OrderID, e.MakerID)
			}
			if err := take(e.OrderID, e.Qty, e.Remaining); err != nil {
				return err
			}
			if err := take(e.MakerID, e.Qty, e.MakerRemaining); err != nil {
				return err
			}
		case EvSkipped:
			t, m := d.live[e.OrderID], d.live[e.MakerID]
			if t == nil || m == nil || t.rem != e.Remaining || m.rem != e.MakerRemaining || e.Code == 0 {
				return fmt.Errorf("bad skip %+v", e)
			}
		case EvCancelled, EvExpired:
			if err := take(e.OrderID, e.Qty, 0); err != nil {
				return err
			}
		case EvAmended:
			m := d.live[e.OrderID]
			if m == nil || e.Qty <= 0 {
				return fmt.Errorf("amend of unknown order %d", e.OrderID)
			}
			if e.Code == AmendKeptPriority && (e.Price != m.price || e.Qty > m.rem) {
				return fmt.Errorf("kept priority on %+v (was %d@%d)", e, m.rem, m.price)
			}
			m.price, m.rem = e.Price, e.Qty
		default:
			return fmt.Errorf("unknown event %+v", e)
		}
	}
	// Orders with quantity left rest, with that quantity; the others are gone.
	for id, m := range d.live {
		o, ok := d.b.Get(id)
		if m.rem == 0 {
			if ok {
				return fmt.Errorf("order %d done but rests", id)
			}
			delete(d.live, id)
			continue
		}
		if !ok || o.Qty != m.rem || o.Price != m.price || o.Side != m.side {
			return fmt.Errorf("order %d: model %+v, book %+v %v", id, *m, o, ok)
		}
	}
	if d.b.Len() != len(d.live) {
		return fmt.Errorf("book holds %d orders, model %d", d.b.Len(), len(d.live))
	}
	return nil
}

func randomBytes(seed uint64, n int) []byte {
	r := newRand(seed)
	data := make([]byte, n)
	for i := range data {
		data[i] = byte(r.next())
	}
	return data
}

func TestRandomInvariants(t *testing.T) {
	steps := 0
	for seed := uint64(1); seed <= 20; seed++ {
		d := newDriver(t, randomBytes(seed, 6000))
		d.run()
		steps += d.steps
	}
	t.Logf("%d steps", steps)
}

func TestDeterminism(t *testing.T) {
	for seed := uint64(100); seed < 103; seed++ {
		data := randomBytes(seed, 8000)
		d1 := newDriver(t, append([]byte(nil), data...))
		d1.run()
		d2 := newDriver(t, append([]byte(nil), data...))
		d2.run()
		if len(d1.log) == 0 || !slices.Equal(d1.log, d2.log) {
			t.Fatalf("seed %d: event streams differ (%d vs %d events)", seed, len(d1.log), len(d2.log))
		}
		if !reflect.DeepEqual(d1.b.Snapshot(), d2.b.Snapshot()) {
			t.Fatalf("seed %d: final states differ", seed)
		}
	}
}

// TestSnapshotRestore restores a book mid-stream and checks that the copy
// gives the same events as the original for the same following calls.
func TestSnapshotRestore(t *testing.T) {
	for seed := uint64(200); seed < 210; seed++ {
		data := randomBytes(seed, 8000)
		d := newDriver(t, data[:4000])
		d.run()
		d.snapshot()
		d.data = data[4000:]
		d.run()
		if d.twin == nil || !reflect.DeepEqual(d.b.Snapshot(), d.twin.Snapshot()) {
			t.Fatalf("seed %d: twin differs at the end", seed)
		}
	}
}

func TestRestoreRejectsBadState(t *testing.T) {
	b, _ := New(spec1, nil)
	b.Submit(buy(1, 1, 100, 5), t0, nil)
	b.Submit(buy(2, 1, 100, 5), t0, nil)
	b.Submit(tif(sell(3, 2, 105, 5), GTD, t0+10), t0, nil)
	good := b.Snapshot()
	if _, err := Restore(good, nil); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		f    func(s *State)
	}{
		{"bad spec", func(s *State) { s.Spec.TickSize = 0 }},
		{"bad mode", func(s *State) { s.Mode = 9 }},
		{"bad ref", func(s *State) { s.RefPrice = -1 }},
		{"zero id", func(s *State) { s.Orders[0].ID = 0 }},
		{"duplicate id", func(s *State) { s.Orders[1].ID = 1 }},
		{"bad side", func(s *State) { s.Orders[0].Side = 0 }},
		{"market", func(s *State) { s.Orders[0].Kind = Market }},
		{"ioc", func(s *State) { s.Orders[0].TIF = IOC }},
		{"bad stp", func(s *State) { s.Orders[0].STP = 9 }},
		{"zero qty", func(s *State) { s.Orders[0].Qty = 0 }},
		{"bad price", func(s *State) { s.Orders[0].Price = -1 }},
		{"gtd without expiry", func(s *State) { s.Orders[2].ExpiresAt = 0 }},
		{"seq beyond", func(s *State) { s.Orders[0].Seq = 99 }},
		{"priority order", func(s *State) { s.Orders[0], s.Orders[1] = s.Orders[1], s.Orders[0] }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := good
			s.Orders = append([]Order(nil), good.Orders...)
			tc.f(&s)
			if _, err := Restore(s, nil); err == nil || !(errors.Is(err, ErrBadState) || errors.Is(err, ErrBadSpec)) {
				t.Fatalf("err = %v", err)
			}
		})
	}
}

// FuzzBook decodes the fuzz input into a sequence of book operations and
// checks every invariant after each one (see driver).
func FuzzBook(f *testing.F) {
	for seed := uint64(1); seed <= 8; seed++ {
		f.Add(randomBytes(seed, 300))
	}
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4000 {
			data = data[:4000]
		}
		newDriver(t, data).run()
	})
}

// FuzzRestore feeds arbitrary JSON states to Restore: it must refuse or
// accept without panicking, and an accepted book must be consistent and keep
// working.
func FuzzRestore(f *testing.F) {
	b, _ := New(Spec{TickSize: 5, LotSize: 1, RefPrice: 100}, nil)
	b.Submit(buy(1, 1, 100, 5), t0, nil)
	b.Submit(tif(sell(2, 2, 105, 5), GTD, t0+10), t0, nil)
	good, _ := json.Marshal(b.Snapshot())
	f.Add(good)
	b.SetMode(Auction, t0, nil)
	b.Submit(buy(3, 1, 110, 5), t0, nil)
	auction, _ := json.Marshal(b.Snapshot())
	f.Add(auction)
	f.Add([]byte(`{"Spec":{"TickSize":1,"LotSize":1},"Mode":1,"Seq":9,"Orders":[{"ID":1,"Side":1,"Kind":1,"TIF":1,"Price":10,"Qty":1,"Seq":3},{"ID":2,"Side":2,"Kind":1,"TIF":1,"Price":9,"Qty":1,"Seq":4}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var s State
		if json.Unmarshal(data, &s) != nil {
			return
		}
		b, err := Restore(s, fuzzElig)
		if err != nil {
			return
		}
		if err := checkStructure(b); err != nil {
			t.Fatalf("restored: %v", err)
		}
		var out []Event
		for i, f := range []func(){
			func() { out = b.Submit(buy(1_000_001, 1, s.Spec.TickSize, s.Spec.LotSize), t0, out[:0]) },
			func() { out = b.Submit(mkt(sell(1_000_002, 3, 0, s.Spec.LotSize), IOC), t0, out[:0]) },
			func() { out = b.Uncross(t0, out[:0]) },
			func() { out = b.SetMode(Continuous, t0, out[:0]) },
			func() { out = b.Expire(t0+1_000_000, out[:0]) },
		} {
			f()
			if err := checkStructure(b); err != nil {
				t.Fatalf("op %d after restore: %v", i, err)
			}
		}
		// A state restored in Continuous mode is taken as it is (eligibility
		// may have changed since it was saved); entering Continuous from
		// another mode must leave no eligible pair crossed.
		if s.Mode != Continuous {
			if err := checkUncrossed(b, fuzzElig); err != nil {
				t.Fatalf("continuous after restore: %v", err)
			}
		}
	})
}
