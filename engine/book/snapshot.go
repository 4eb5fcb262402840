package book

import (
	"fmt"
	"math"
)

// State is a book's complete state as plain exported fields, so that it can
// be gob- or JSON-encoded. Restore(Snapshot()) gives a book that produces the
// same events as the original for the same following calls.
type State struct {
	Spec       Spec
	Mode       Mode
	RefPrice   int64   // current reference price (last trade price)
	Seq        uint64  // the last Seq assigned
	MatchSeq   uint64  // the last MatchID assigned
	Orders     []Order // resting orders: bids then asks, best price first, time priority within a level
	IndPrice   int64   // the last published indicative uncross (Auction mode)
	IndVolume  int64
	IndSurplus int64
	IndOK      bool
}

// Snapshot returns the book's state. It allocates (it is not for the hot
// path).
func (b *Book) Snapshot() State {
	s := State{
		Spec:       b.spec,
		Mode:       b.mode,
		RefPrice:   b.ref,
		Seq:        b.seq,
		MatchSeq:   b.match,
		Orders:     make([]Order, 0, b.ids.n),
		IndPrice:   b.ind.price,
		IndVolume:  b.ind.volume,
		IndSurplus: b.ind.surplus,
		IndOK:      b.ind.ok,
	}
	b.Walk(func(o *Order) bool {
		s.Orders = append(s.Orders, *o)
		return true
	})
	return s
}

// Restore builds a book from a State. It returns an error wrapping ErrBadSpec
// or ErrBadState if the state could not have come from Snapshot: an invalid
// spec or mode, an order that could not rest (bad side, kind, TIF, STP,
// price, quantity or expiry), a duplicate ID, a Seq of 0 or above State.Seq,
// time priority out of order within a level, or a side total overflowing.
func Restore(s State, eligible Eligibility) (*Book, error) {
	b, err := New(s.Spec, eligible)
	if err != nil {
		return nil, err
	}
	if s.Mode < Continuous || s.Mode > Halted {
		return nil, fmt.Errorf("%w: mode %d", ErrBadState, s.Mode)
	}
	if s.RefPrice < 0 || s.RefPrice%s.Spec.TickSize != 0 {
		return nil, fmt.Errorf("%w: reference price %d", ErrBadState, s.RefPrice)
	}
	b.mode, b.ref, b.seq, b.match = s.Mode, s.RefPrice, s.Seq, s.MatchSeq
	b.ind = indState{price: s.IndPrice, volume: s.IndVolume, surplus: s.IndSurplus, ok: s.IndOK}
	for i := range s.Orders {
		o := s.Orders[i]
		if err := b.checkRestored(&o); err != nil {
			return nil, fmt.Errorf("%w: order %d (#%d): %s", ErrBadState, o.ID, i, err.Error())
		}
		n := b.allocNode(&o)
		b.rest(n)
	}
	return b, nil
}

type stateError string

func (e stateError) Error() string { return string(e) }

func (b *Book) checkRestored(o *Order) error {
	switch {
	case o.ID == 0:
		return stateError("zero id")
	case o.Side != Buy && o.Side != Sell:
		return stateError("bad side")
	case o.Kind != Limit:
		return stateError("only limit orders rest")
	case o.TIF != GTC && o.TIF != GTD && o.TIF != DAY:
		return stateError("only GTC, GTD and DAY orders rest")
	case o.STP > STPDecrement:
		return stateError("bad stp")
	case o.Qty <= 0 || o.Qty%b.spec.LotSize != 0:
		return stateError("bad quantity")
	case o.Price <= 0 || o.Price%b.spec.TickSize != 0 || !fits(o.Price, o.Qty):
		return stateError("bad price")
	case (o.TIF == GTC) != (o.ExpiresAt == 0):
		return stateError("bad expiry")
	case o.Seq == 0 || o.Seq > b.seq:
		return stateError("bad seq")
	case b.side[o.Side].total > math.MaxInt64-o.Qty:
		return stateError("side total overflows")
	}
	if _, dup := b.ids.get(o.ID); dup {
		return stateError("duplicate id")
	}
	h := &b.side[o.Side]
	if i, ok := b.search(h, o.Price); ok {
		if tail := b.levels[h.lv[i]].tail; b.nodes[tail].o.Seq >= o.Seq {
			return stateError("time priority out of order")
		}
	}
	return nil
}
