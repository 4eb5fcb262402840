package book

import "slices"

// Results of a sweep.
const (
	resLeft   = iota // the taker has quantity left and nothing more it may trade with
	resFilled        // the taker's quantity reached 0 (fills and STP decrements)
	resSTP           // self-trade prevention expired the taker
)

// take matches node n (a taker not linked in the book) up to limit in
// Continuous mode, then disposes of its remainder by its kind and TIF: IOC
// and market remainders are cancelled, FOK is all-or-nothing, the rest rests.
func (b *Book) take(n int32, limit int64, out []Event) []Event {
	o := &b.nodes[n].o
	var res int
	if o.TIF == FOK {
		// Dry run: can it fill in full among eligible liquidity? Skips are
		// reported either way; the eligibility answers are kept and replayed
		// for the real sweep so that each pair is asked once.
		mark := len(out)
		b.fokCodes = b.fokCodes[:0]
		out, res = b.sweep(n, limit, true, out)
		if res != resFilled {
			code := ReasonFOKUnfillable
			if res == resSTP {
				code = ReasonSTP
			}
			return b.cancelNode(n, code, nil, out)
		}
		out = out[:mark]
		b.replay, b.fokPos = true, 0
		out, res = b.sweep(n, limit, false, out)
		b.replay = false
	} else {
		out, res = b.sweep(n, limit, false, out)
	}
	switch {
	case res == resSTP:
		return out // the sweep cancelled and freed the taker
	case res == resFilled || o.Qty == 0:
		b.drop(n)
		return out
	case o.Kind == Market:
		code := ReasonNoLiquidity
		if h := &b.side[opposite(o.Side)]; len(h.lv) > 0 && beyond(o.Side, b.levels[h.lv[0]].price, limit) {
			code = ReasonMarketBand
		}
		return b.cancelNode(n, code, nil, out)
	case o.TIF == IOC:
		return b.cancelNode(n, ReasonIOCRemainder, nil, out)
	}
	b.rest(n)
	return out
}

// beyond reports whether an opposite price p is out of reach of a taker of
// side s with limit.
func beyond(s Side, p, limit int64) bool {
	if s == Buy {
		return p > limit
	}
	return p < limit
}

// sweep matches taker n against the opposite side, best price first, time
// priority within a level, while prices are within limit. In a dry run
// nothing changes: it only reports whether the taker would be filled (skips
// are appended, and eligibility answers recorded in b.fokCodes).
func (b *Book) sweep(n int32, limit int64, dry bool, out []Event) ([]Event, int) {
	t := &b.nodes[n].o
	tq := t.Qty
	opp := &b.side[opposite(t.Side)]
	// Removing an emptied level at index i shifts only the better levels
	// (already visited) down, so i-1 is always the next level to visit.
	for i := len(opp.lv) - 1; i >= 0 && tq > 0; i-- {
		l := opp.lv[i]
		lp := b.levels[l].price
		if beyond(t.Side, lp, limit) {
			break
		}
		for m := b.levels[l].head; m != nilIdx && tq > 0; {
			next := b.nodes[m].next
			mk := &b.nodes[m].o
			if mk.Account == t.Account && t.STP != STPNone {
				switch t.STP {
				case STPExpireTaker:
					if !dry {
						out = b.cancelNode(n, ReasonSTP, mk, out)
					}
					return out, resSTP
				case STPExpireMaker:
					if !dry {
						out = b.cancelNode(m, ReasonSTP, t, out)
					}
				case STPExpireBoth:
					if !dry {
						out = b.cancelNode(m, ReasonSTP, t, out)
						mk = &b.nodes[m].o // freed slot; still holds the values
						out = b.cancelNode(n, ReasonSTP, mk, out)
					}
					return out, resSTP
				case STPDecrement:
					d := min(tq, mk.Qty)
					tq -= d
					if !dry {
						t.Qty = tq
						b.reduce(m, d)
						out = append(out, Event{Kind: EvDecremented, OrderID: t.ID, Account: t.Account, Side: t.Side,
							Price: lp, Qty: d, Remaining: tq, MakerID: mk.ID, MakerAccount: mk.Account, MakerRemaining: mk.Qty})
						if mk.Qty == 0 {
							b.drop(m)
						}
					}
				}
				m = next
				continue
			}
			q := min(tq, mk.Qty)
			var code uint8
			if b.elig == nil {
				// every pair is allowed
			} else if b.replay {
				code = b.fokCodes[b.fokPos]
				b.fokPos++
			} else {
				b.tk, b.mk = *t, *mk
				b.tk.Qty = tq
				code = b.elig(&b.tk, &b.mk, q)
				if dry {
					b.fokCodes = append(b.fokCodes, code)
				}
			}
			if code != 0 {
				out = append(out, Event{Kind: EvSkipped, OrderID: t.ID, Account: t.Account, Side: t.Side,
					Price: lp, Qty: q, Remaining: t.Qty, MakerID: mk.ID, MakerAccount: mk.Account, MakerRemaining: mk.Qty, Code: code})
				m = next
				continue
			}
			tq -= q
			if !dry {
				t.Qty = tq
				b.reduce(m, q)
				b.match++
				b.ref = lp
				out = append(out, Event{Kind: EvFill, OrderID: t.ID, Account: t.Account, Side: t.Side,
					Price: lp, Qty: q, Remaining: tq, MakerID: mk.ID, MakerAccount: mk.Account, MakerRemaining: mk.Qty, MatchID: b.match})
				if mk.Qty == 0 {
					b.drop(m)
				}
			}
			m = next
		}
	}
	if tq == 0 {
		return out, resFilled
	}
	return out, resLeft
}

// crossedPrice reports whether the best bid is at or above the best ask.
func (b *Book) crossedPrice() bool {
	bb, ok1 := b.bestPrice(Buy)
	ba, ok2 := b.bestPrice(Sell)
	return ok1 && ok2 && bb >= ba
}

// ---- call auction ----

// Indicative returns, during a call auction, the price at which Uncross would
// execute now: the price that maximizes executable volume (min of the bid
// quantity at or above it and the ask quantity at or below it), then
// minimizes the surplus |bid qty - ask qty| at that price, then is closest to
// the reference price; of two prices equally close, the lower. With no
// reference price, the middle of the lowest and highest remaining candidates
// (rounded down to a tick) stands in for it. Candidates are every tick price,
// not only the prices of orders. ok is false outside Auction mode or when no
// volume is executable. The volume assumes every pair eligible; Uncross may
// trade less.
func (b *Book) Indicative() (price, volume, surplus int64, ok bool) {
	if b.mode != Auction {
		return 0, 0, 0, false
	}
	return b.indicative()
}

// segments calls fn for each run of candidate prices [lo, hi] over which the
// bid quantity at or above and the ask quantity at or below are constant, in
// ascending price order: every distinct order price, and each gap of at least
// one tick between neighbouring order prices.
func (b *Book) segments(fn func(lo, hi, buy, sell int64)) {
	bids, asks := b.side[Buy].lv, b.side[Sell].lv // bids ascending, asks descending
	buyAbove, sellBelow := b.side[Buy].total, int64(0)
	tick := b.spec.TickSize
	i, j := 0, len(asks)-1
	for i < len(bids) || j >= 0 {
		var x int64
		if i < len(bids) && (j < 0 || b.levels[bids[i]].price <= b.levels[asks[j]].price) {
			x = b.levels[bids[i]].price
		} else {
			x = b.levels[asks[j]].price
		}
		var bq int64
		if i < len(bids) && b.levels[bids[i]].price == x {
			bq = b.levels[bids[i]].qty
			i++
		}
		if j >= 0 && b.levels[asks[j]].price == x {
			sellBelow += b.levels[asks[j]].qty
			j--
		}
		fn(x, x, buyAbove, sellBelow)
		buyAbove -= bq
		var nx int64
		switch {
		case i < len(bids) && j >= 0:
			nx = min(b.levels[bids[i]].price, b.levels[asks[j]].price)
		case i < len(bids):
			nx = b.levels[bids[i]].price
		case j >= 0:
			nx = b.levels[asks[j]].price
		default:
			return
		}
		if nx-x > tick {
			fn(x+tick, nx-tick, buyAbove, sellBelow)
		}
	}
}

func (b *Book) indicative() (price, volume, surplus int64, ok bool) {
	if !b.crossedPrice() {
		return 0, 0, 0, false
	}
	var lo, hi int64
	b.segments(func(l, h, buy, sell int64) {
		v, s := min(buy, sell), buy-sell
		if s < 0 {
			s = -s
		}
		switch {
		case v == 0 || v < volume || (v == volume && s > surplus):
			return
		case v > volume || s < surplus:
			volume, surplus, lo, hi = v, s, l, h
		default: // a tie: widen the range of candidates
			hi = h
		}
	})
	if volume == 0 {
		return 0, 0, 0, false
	}
	target := b.ref
	if target == 0 {
		tick := b.spec.TickSize
		target = lo + (hi-lo)/tick/2*tick
	}
	var bestDist int64 = -1
	b.segments(func(l, h, buy, sell int64) {
		s := buy - sell
		if s < 0 {
			s = -s
		}
		if min(buy, sell) != volume || s != surplus {
			return
		}
		c := min(max(target, l), h)
		d := c - target
		if d < 0 {
			d = -d
		}
		if bestDist < 0 || d < bestDist { // strict: of equals, the lower (earlier) price
			bestDist, price = d, c
		}
	})
	return price, volume, surplus, true
}

// publishIndicative appends an EvIndicative if the indicative uncross changed
// since the last one published (Auction mode only).
func (b *Book) publishIndicative(out []Event) []Event {
	if b.mode != Auction {
		return out
	}
	p, v, s, ok := b.indicative()
	cur := indState{price: p, volume: v, surplus: s, ok: ok}
	if cur == b.ind {
		return out
	}
	b.ind = cur
	return append(out, Event{Kind: EvIndicative, Price: p, Qty: v, Remaining: s})
}

// uncross executes the call at the indicative price.
func (b *Book) uncross(out []Event) []Event {
	p, _, _, ok := b.indicative()
	if !ok {
		return append(out, Event{Kind: EvUncrossed})
	}
	var traded int64
	bids := &b.side[Buy]
	// Emptied levels are removed from the end side of the index being
	// visited, so bi-1 is always the next level (see sweep).
	for bi := len(bids.lv) - 1; bi >= 0; bi-- {
		l := bids.lv[bi]
		if b.levels[l].price < p {
			break
		}
		for bn := b.levels[l].head; bn != nilIdx; {
			next := b.nodes[bn].next
			out, traded = b.uncrossBid(bn, p, out, traded)
			bn = next
		}
	}
	if traded > 0 {
		b.ref = p
	}
	return append(out, Event{Kind: EvUncrossed, Price: p, Qty: traded})
}

// uncrossBid matches one bid against the asks at or below p, in priority.
// The order with the later Seq of each pair is the taker: it is passed first
// to the eligibility function, named by the fill, and its STP mode applies.
func (b *Book) uncrossBid(bn int32, p int64, out []Event, traded int64) ([]Event, int64) {
	asks := &b.side[Sell]
	for ai := len(asks.lv) - 1; ai >= 0; ai-- {
		l := asks.lv[ai]
		if b.levels[l].price > p {
			break
		}
		for an := b.levels[l].head; an != nilIdx; {
			anext := b.nodes[an].next
			bid, ask := &b.nodes[bn].o, &b.nodes[an].o
			tn, mn := bn, an
			if ask.Seq > bid.Seq {
				tn, mn = an, bn
			}
			t, m := &b.nodes[tn].o, &b.nodes[mn].o
			bidGone := false
			if t.Account == m.Account && t.STP != STPNone {
				switch t.STP {
				case STPExpireTaker:
					out = b.cancelNode(tn, ReasonSTP, m, out)
					bidGone = tn == bn
				case STPExpireMaker:
					out = b.cancelNode(mn, ReasonSTP, t, out)
					bidGone = mn == bn
				case STPExpireBoth:
					out = b.cancelNode(mn, ReasonSTP, t, out)
					out = b.cancelNode(tn, ReasonSTP, m, out)
					bidGone = true
				case STPDecrement:
					d := min(t.Qty, m.Qty)
					b.reduce(tn, d)
					b.reduce(mn, d)
					out = append(out, Event{Kind: EvDecremented, OrderID: t.ID, Account: t.Account, Side: t.Side,
						Price: p, Qty: d, Remaining: t.Qty, MakerID: m.ID, MakerAccount: m.Account, MakerRemaining: m.Qty})
					bidGone = bid.Qty == 0
					if ask.Qty == 0 {
						b.drop(an)
					}
					if bidGone {
						b.drop(bn)
					}
				}
			} else {
				q := min(bid.Qty, ask.Qty)
				var code uint8
				if b.elig != nil {
					b.tk, b.mk = *t, *m
					code = b.elig(&b.tk, &b.mk, q)
				}
				if code != 0 {
					out = append(out, Event{Kind: EvSkipped, OrderID: t.ID, Account: t.Account, Side: t.Side,
						Price: p, Qty: q, Remaining: t.Qty, MakerID: m.ID, MakerAccount: m.Account, MakerRemaining: m.Qty, Code: code})
					an = anext
					continue
				}
				b.reduce(bn, q)
				b.reduce(an, q)
				b.match++
				traded += q
				out = append(out, Event{Kind: EvFill, OrderID: t.ID, Account: t.Account, Side: t.Side,
					Price: p, Qty: q, Remaining: t.Qty, MakerID: m.ID, MakerAccount: m.Account, MakerRemaining: m.Qty, MatchID: b.match})
				bidGone = bid.Qty == 0
				if ask.Qty == 0 {
					b.drop(an)
				}
				if bidGone {
					b.drop(bn)
				}
			}
			if bidGone {
				return out, traded
			}
			an = anext
		}
	}
	return out, traded
}

// rematch re-enters, in time priority, every resting order that still
// crosses the opposite side (after an uncross in which eligibility or STP
// kept pairs apart), each as a taker at its own price with its own Seq, so
// that continuous trading starts with no eligible crossed pair. A post-only
// order that would take is cancelled (ReasonPostOnlyWouldCross).
func (b *Book) rematch(out []Event) []Event {
	bb, ok1 := b.bestPrice(Buy)
	ba, ok2 := b.bestPrice(Sell)
	if !ok1 || !ok2 || bb < ba {
		return out
	}
	b.scratch = b.scratch[:0]
	for _, s := range [2]Side{Buy, Sell} {
		h := &b.side[s]
		for i := len(h.lv) - 1; i >= 0; i-- {
			l := &b.levels[h.lv[i]]
			if (s == Buy && l.price < ba) || (s == Sell && l.price > bb) {
				break
			}
			for n := l.head; n != nilIdx; n = b.nodes[n].next {
				b.scratch = append(b.scratch, n)
			}
		}
	}
	slices.SortFunc(b.scratch, func(x, y int32) int {
		sx, sy := b.nodes[x].o.Seq, b.nodes[y].o.Seq
		if sx < sy {
			return -1
		}
		if sx > sy {
			return 1
		}
		return 0
	})
	for _, n := range b.scratch {
		b.unlink(n)
	}
	for _, n := range b.scratch {
		o := &b.nodes[n].o
		if o.PostOnly && b.crosses(o.Side, o.Price) {
			out = b.cancelNode(n, ReasonPostOnlyWouldCross, nil, out)
			continue
		}
		out = b.take(n, o.Price, out)
	}
	return out
}
