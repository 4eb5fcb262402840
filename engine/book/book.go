package book

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
)

// ErrBadSpec is wrapped by New and Restore when a Spec is invalid.
var ErrBadSpec = errors.New("book: invalid spec")

// ErrBadState is wrapped by Restore when a State is inconsistent.
var ErrBadState = errors.New("book: invalid state")

const nilIdx int32 = -1

// node is an order slot: orders live in one slab (b.nodes) and are chained
// into their price level by index (an intrusive doubly linked list), so the
// hot path allocates nothing once the slab has grown to the book's size.
type node struct {
	o       Order
	prev    int32
	next    int32 // also the free-list link
	lvl     int32 // level slot while linked into a level, else nilIdx
	hpos    int32 // position in the expiry heap, else -1
	indexed bool  // present in the ID index
}

// level is one price level: a FIFO of nodes in time priority.
type level struct {
	price int64
	qty   int64
	head  int32
	tail  int32 // also the free-list link
	count int32
}

// half is one side of the book: level slots sorted worst first, best last,
// so that consuming the best level is a pop from the end.
type half struct {
	lv    []int32
	total int64 // sum of resting quantity on this side
	sell  bool
}

// key orders a side's prices so that a larger key is a better price.
func (h *half) key(p int64) int64 {
	if h.sell {
		return -p
	}
	return p
}

type indState struct {
	price, volume, surplus int64
	ok                     bool
}

// Book is one instrument's order book. It is not safe for concurrent use: one
// goroutine owns a book (see DESIGN.md). Every method that takes now first
// expires the GTD/DAY orders whose ExpiresAt <= now, so the events of a call
// may begin with EvExpired events.
type Book struct {
	spec  Spec
	elig  Eligibility
	mode  Mode
	ref   int64
	seq   uint64
	match uint64

	nodes    []node
	freeNode int32
	levels   []level
	freeLvl  int32
	side     [3]half // indexed by Side; side[0] unused
	ids      idIndex
	heap     []int32

	// Scratch, reused so that the hot path allocates nothing.
	tk, mk   Order   // copies handed to the eligibility function
	fokCodes []uint8 // eligibility answers of a fill-or-kill dry run
	fokPos   int
	replay   bool
	scratch  []int32
	walkTmp  Order

	ind indState // the last published indicative uncross
}

// New returns an empty book in Continuous mode. eligible may be nil (every
// pair is allowed). It returns an error wrapping ErrBadSpec if the tick or lot
// size is not positive, a band is negative, or RefPrice is negative or off
// tick.
func New(spec Spec, eligible Eligibility) (*Book, error) {
	if err := checkSpec(spec); err != nil {
		return nil, err
	}
	b := &Book{
		spec:     spec,
		elig:     eligible,
		mode:     Continuous,
		ref:      spec.RefPrice,
		freeNode: nilIdx,
		freeLvl:  nilIdx,
		ids:      newIDIndex(10),
		nodes:    make([]node, 0, 256),
		levels:   make([]level, 0, 256),
		fokCodes: make([]uint8, 0, 16),
	}
	b.side[Sell].sell = true
	return b, nil
}

func checkSpec(s Spec) error {
	switch {
	case s.TickSize <= 0:
		return fmt.Errorf("%w: tick size %d must be > 0", ErrBadSpec, s.TickSize)
	case s.LotSize <= 0:
		return fmt.Errorf("%w: lot size %d must be > 0", ErrBadSpec, s.LotSize)
	case s.BandBps < 0:
		return fmt.Errorf("%w: band %d bps must be >= 0", ErrBadSpec, s.BandBps)
	case s.MarketBandBps < 0:
		return fmt.Errorf("%w: market band %d bps must be >= 0", ErrBadSpec, s.MarketBandBps)
	case s.RefPrice < 0 || s.RefPrice%s.TickSize != 0:
		return fmt.Errorf("%w: reference price %d must be >= 0 and a multiple of the tick %d", ErrBadSpec, s.RefPrice, s.TickSize)
	}
	return nil
}

// ---- slab, levels and linking ----

func (b *Book) allocNode(o *Order) int32 {
	var n int32
	if b.freeNode != nilIdx {
		n = b.freeNode
		b.freeNode = b.nodes[n].next
	} else {
		b.nodes = append(b.nodes, node{})
		n = int32(len(b.nodes) - 1)
	}
	b.nodes[n] = node{o: *o, prev: nilIdx, next: nilIdx, lvl: nilIdx, hpos: -1}
	return n
}

func (b *Book) freeNodeSlot(n int32) {
	nd := &b.nodes[n]
	nd.lvl, nd.prev, nd.hpos, nd.indexed = nilIdx, nilIdx, -1, false
	nd.next = b.freeNode
	b.freeNode = n
}

func (b *Book) allocLevel(price int64) int32 {
	var l int32
	if b.freeLvl != nilIdx {
		l = b.freeLvl
		b.freeLvl = b.levels[l].tail
	} else {
		b.levels = append(b.levels, level{})
		l = int32(len(b.levels) - 1)
	}
	b.levels[l] = level{price: price, head: nilIdx, tail: nilIdx}
	return l
}

// search finds where price p sits in h: the index of its level if found, or
// the index at which to insert it.
func (b *Book) search(h *half, p int64) (int, bool) {
	k := h.key(p)
	lo, hi := 0, len(h.lv)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if h.key(b.levels[h.lv[m]].price) < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(h.lv) && b.levels[h.lv[lo]].price == p
}

// link appends node n at the tail of the level of its price.
func (b *Book) link(n int32) {
	o := &b.nodes[n].o
	h := &b.side[o.Side]
	i, ok := b.search(h, o.Price)
	var l int32
	if ok {
		l = h.lv[i]
	} else {
		l = b.allocLevel(o.Price)
		h.lv = append(h.lv, 0)
		copy(h.lv[i+1:], h.lv[i:])
		h.lv[i] = l
	}
	lv := &b.levels[l]
	nd := &b.nodes[n]
	nd.lvl, nd.next, nd.prev = l, nilIdx, lv.tail
	if lv.tail != nilIdx {
		b.nodes[lv.tail].next = n
	} else {
		lv.head = n
	}
	lv.tail = n
	lv.count++
	lv.qty += o.Qty
	h.total += o.Qty
}

// unlink takes node n out of its level, removing the level if it empties.
func (b *Book) unlink(n int32) {
	nd := &b.nodes[n]
	l := nd.lvl
	lv := &b.levels[l]
	if nd.prev != nilIdx {
		b.nodes[nd.prev].next = nd.next
	} else {
		lv.head = nd.next
	}
	if nd.next != nilIdx {
		b.nodes[nd.next].prev = nd.prev
	} else {
		lv.tail = nd.prev
	}
	lv.count--
	lv.qty -= nd.o.Qty
	h := &b.side[nd.o.Side]
	h.total -= nd.o.Qty
	nd.lvl, nd.prev, nd.next = nilIdx, nilIdx, nilIdx
	if lv.count == 0 {
		i, _ := b.search(h, lv.price)
		copy(h.lv[i:], h.lv[i+1:])
		h.lv = h.lv[:len(h.lv)-1]
		lv.tail = b.freeLvl
		b.freeLvl = l
	}
}

// reduce takes q off node n's quantity (and its level's, if linked).
func (b *Book) reduce(n int32, q int64) {
	nd := &b.nodes[n]
	nd.o.Qty -= q
	if nd.lvl != nilIdx {
		b.levels[nd.lvl].qty -= q
		b.side[nd.o.Side].total -= q
	}
}

// rest puts node n in the book: its level, the ID index, the expiry heap.
func (b *Book) rest(n int32) {
	b.link(n)
	nd := &b.nodes[n]
	if !nd.indexed {
		nd.indexed = true
		b.ids.put(nd.o.ID, n)
	}
	if nd.hpos < 0 && (nd.o.TIF == GTD || nd.o.TIF == DAY) {
		b.heapPush(n)
	}
}

// drop removes node n from everything and frees its slot.
func (b *Book) drop(n int32) {
	nd := &b.nodes[n]
	if nd.lvl != nilIdx {
		b.unlink(n)
	}
	if nd.indexed {
		b.ids.del(nd.o.ID)
	}
	if nd.hpos >= 0 {
		b.heapRemove(n)
	}
	b.freeNodeSlot(n)
}

// ---- price arithmetic ----

// fits reports whether p*q fits in an int64 (p, q > 0).
func fits(p, q int64) bool {
	hi, lo := bits.Mul64(uint64(p), uint64(q))
	return hi == 0 && lo <= math.MaxInt64
}

// mulDiv returns floor(a*c/d) for a, c >= 0 and d > 0, saturating at MaxInt64.
func mulDiv(a, c, d int64) int64 {
	hi, lo := bits.Mul64(uint64(a), uint64(c))
	if hi >= uint64(d) {
		return math.MaxInt64
	}
	q, _ := bits.Div64(hi, lo, uint64(d))
	if q > math.MaxInt64 {
		return math.MaxInt64
	}
	return int64(q)
}

// inBand reports whether a limit price is within BandBps of the reference:
// |price-ref|*10000 <= BandBps*ref, computed in 128 bits.
func (b *Book) inBand(price int64) bool {
	if b.spec.BandBps == 0 || b.ref == 0 {
		return true
	}
	d := price - b.ref
	if d < 0 {
		d = -d
	}
	h1, l1 := bits.Mul64(uint64(d), 10000)
	h2, l2 := bits.Mul64(uint64(b.spec.BandBps), uint64(b.ref))
	return h1 < h2 || (h1 == h2 && l1 <= l2)
}

func (b *Book) bestPrice(s Side) (int64, bool) {
	h := &b.side[s]
	if len(h.lv) == 0 {
		return 0, false
	}
	return b.levels[h.lv[len(h.lv)-1]].price, true
}

// crosses reports whether a limit order of side s at price would meet the
// best opposite price.
func (b *Book) crosses(s Side, price int64) bool {
	p, ok := b.bestPrice(opposite(s))
	if !ok {
		return false
	}
	if s == Buy {
		return p <= price
	}
	return p >= price
}

func opposite(s Side) Side { return 3 - s }

// MarketLimit returns the worst price a market order of side may trade at
// now, so that the venue can reserve cash (a buy) before submitting it. It is
// the protection band around the reference price (RefPrice, the last trade
// price, or the best opposite price if there is none yet) rounded inwards to
// a tick, further capped at the worst resting opposite price. ok is false
// outside Continuous mode, for an unknown side, or when the opposite side is
// empty (a market order is then rejected with ReasonNoLiquidity).
func (b *Book) MarketLimit(side Side) (price int64, ok bool) {
	if b.mode != Continuous || (side != Buy && side != Sell) {
		return 0, false
	}
	opp := &b.side[opposite(side)]
	if len(opp.lv) == 0 {
		return 0, false
	}
	worst := b.levels[opp.lv[0]].price
	best := b.levels[opp.lv[len(opp.lv)-1]].price
	bps := b.spec.MarketBandBps
	if bps == 0 {
		return worst, true
	}
	ref := b.ref
	if ref == 0 {
		ref = best
	}
	d := mulDiv(ref, bps, 10000)
	tick := b.spec.TickSize
	if side == Buy {
		lim := int64(math.MaxInt64)
		if d <= math.MaxInt64-ref {
			lim = ref + d
		}
		lim -= lim % tick
		return min(lim, worst), true
	}
	lim := ref - d
	if lim < tick {
		lim = tick
	} else if r := lim % tick; r != 0 {
		lim += tick - r
	}
	return max(lim, worst), true
}

// ---- events ----

func orderEvent(k EventKind, o *Order, qty, remaining int64, code uint8) Event {
	return Event{Kind: k, OrderID: o.ID, Account: o.Account, Side: o.Side, Price: o.Price,
		Qty: qty, Remaining: remaining, Code: code}
}

// cancelNode cancels a node that is in the book (or a taker being matched)
// and frees it.
func (b *Book) cancelNode(n int32, code uint8, other *Order, out []Event) []Event {
	o := &b.nodes[n].o
	ev := orderEvent(EvCancelled, o, o.Qty, 0, code)
	if other != nil {
		ev.MakerID, ev.MakerAccount = other.ID, other.Account
	}
	out = append(out, ev)
	b.drop(n)
	return out
}

// expireDue expires every order with ExpiresAt <= now, earliest first (ties
// by ID).
func (b *Book) expireDue(now int64, out []Event) []Event {
	for len(b.heap) > 0 {
		n := b.heap[0]
		o := &b.nodes[n].o
		if o.ExpiresAt > now {
			break
		}
		out = append(out, orderEvent(EvExpired, o, o.Qty, 0, ReasonExpired))
		b.drop(n)
	}
	return out
}

// ---- public operations ----

// check validates an order for Submit. It returns the limit the order matches
// up to (a market order's protection limit) or a Reason.
func (b *Book) check(o *Order, now int64) (int64, uint8) {
	switch {
	case b.mode == Halted:
		return 0, ReasonHalted
	case o.Side != Buy && o.Side != Sell:
		return 0, ReasonBadSide
	case o.Kind != Limit && o.Kind != Market:
		return 0, ReasonBadKind
	case o.TIF < GTC || o.TIF > FOK:
		return 0, ReasonBadTIF
	case o.STP > STPDecrement:
		return 0, ReasonBadSTP
	case o.ID == 0:
		return 0, ReasonBadID
	case o.Qty <= 0:
		return 0, ReasonBadQty
	case o.Qty%b.spec.LotSize != 0:
		return 0, ReasonOffLot
	}
	if _, dup := b.ids.get(o.ID); dup {
		return 0, ReasonDuplicateID
	}
	if o.TIF == GTD || o.TIF == DAY {
		if o.ExpiresAt <= now {
			return 0, ReasonBadExpiry
		}
	} else if o.ExpiresAt != 0 {
		return 0, ReasonBadExpiry
	}
	if o.PostOnly && (o.Kind == Market || o.TIF == IOC || o.TIF == FOK) {
		return 0, ReasonBadPostOnly
	}
	var limit int64
	if o.Kind == Market {
		if o.TIF != IOC && o.TIF != FOK {
			return 0, ReasonBadTIF
		}
		if b.mode == Auction {
			return 0, ReasonMarketInAuction
		}
		lim, ok := b.MarketLimit(o.Side)
		if !ok {
			return 0, ReasonNoLiquidity
		}
		limit = lim
	} else {
		switch {
		case o.Price <= 0:
			return 0, ReasonBadPrice
		case o.Price%b.spec.TickSize != 0:
			return 0, ReasonOffTick
		case !b.inBand(o.Price):
			return 0, ReasonOutsideBand
		case b.mode == Auction && (o.TIF == IOC || o.TIF == FOK):
			return 0, ReasonIOCInAuction
		}
		limit = o.Price
	}
	if !fits(limit, o.Qty) || b.side[o.Side].total > math.MaxInt64-o.Qty {
		return 0, ReasonOverflow
	}
	if o.PostOnly && b.mode == Continuous && b.crosses(o.Side, o.Price) {
		return 0, ReasonPostOnlyWouldCross
	}
	return limit, 0
}

// Submit enters a new order. The book assigns o.Seq. A rejected order gets
// one EvRejected and changes nothing; an accepted one gets EvAccepted, then in
// Continuous mode its fills, skips and STP events, then (IOC, FOK, market)
// an EvCancelled for any remainder; a limit GTC/GTD/DAY remainder rests. In
// Auction mode it rests without matching (IOC, FOK and market orders are
// refused; a post-only order is accepted and takes part in the uncross like
// any other, since an auction has no taker). A market order must be IOC or
// FOK (any other TIF is ReasonBadTIF). A market order is seen (by the
// eligibility function and in events) with Price set to its protection
// limit (see MarketLimit). Events are appended to out, which is returned.
func (b *Book) Submit(o Order, now int64, out []Event) []Event {
	out = b.expireDue(now, out)
	limit, code := b.check(&o, now)
	if code != 0 {
		return append(out, orderEvent(EvRejected, &o, o.Qty, 0, code))
	}
	b.seq++
	o.Seq = b.seq
	if o.Kind == Market {
		o.Price = limit
	}
	n := b.allocNode(&o)
	out = append(out, orderEvent(EvAccepted, &o, o.Qty, o.Qty, 0))
	if b.mode == Auction {
		b.rest(n)
		return b.publishIndicative(out)
	}
	return b.take(n, limit, out)
}

// Cancel cancels a resting order of account. It works in every mode. An
// unknown ID (never seen, or already filled, cancelled or expired) gives
// EvCancelRejected with ReasonUnknownOrder, another account's order
// ReasonNotOwner.
func (b *Book) Cancel(id, account uint64, now int64, out []Event) []Event {
	out = b.expireDue(now, out)
	n, ok := b.ids.get(id)
	if !ok {
		return append(out, Event{Kind: EvCancelRejected, OrderID: id, Account: account, Code: ReasonUnknownOrder})
	}
	if b.nodes[n].o.Account != account {
		return append(out, Event{Kind: EvCancelRejected, OrderID: id, Account: account, Code: ReasonNotOwner})
	}
	out = b.cancelNode(n, ReasonUserCancel, nil, out)
	return b.publishIndicative(out)
}

// ForceCancel cancels a resting order whatever its account, with the given
// reason code (ReasonAdmin unless the venue has a better one): for frozen
// accounts, revoked investors, a delisting. An unknown ID gives
// EvCancelRejected with ReasonUnknownOrder.
func (b *Book) ForceCancel(id uint64, reason uint8, now int64, out []Event) []Event {
	out = b.expireDue(now, out)
	n, ok := b.ids.get(id)
	if !ok {
		return append(out, Event{Kind: EvCancelRejected, OrderID: id, Code: ReasonUnknownOrder})
	}
	out = b.cancelNode(n, reason, nil, out)
	return b.publishIndicative(out)
}

func amendReject(id, account uint64, price, qty int64, code uint8, out []Event) []Event {
	return append(out, Event{Kind: EvAmendRejected, OrderID: id, Account: account, Price: price, Qty: qty, Code: code})
}

// Amend changes a resting order's price and remaining quantity (qty is the
// new remaining quantity, not a delta; pass the current price to keep it).
// The same price with the same or a smaller quantity keeps time priority
// (EvAmended, Code AmendKeptPriority). A new price or a larger quantity loses
// it: the order is re-sequenced (Code AmendLostPriority) and, in Continuous
// mode, matched as a new taker at the new price, its remainder resting. A
// post-only order whose new price would cross is refused
// (ReasonPostOnlyWouldCross) and left as it was. Refusals (EvAmendRejected)
// change nothing: ReasonHalted, ReasonUnknownOrder, ReasonNotOwner, and the
// quantity and price checks of Submit.
func (b *Book) Amend(id, account uint64, price, qty int64, now int64, out []Event) []Event {
	out = b.expireDue(now, out)
	if b.mode == Halted {
		return amendReject(id, account, price, qty, ReasonHalted, out)
	}
	n, ok := b.ids.get(id)
	if !ok {
		return amendReject(id, account, price, qty, ReasonUnknownOrder, out)
	}
	o := &b.nodes[n].o
	var code uint8
	switch {
	case o.Account != account:
		code = ReasonNotOwner
	case qty <= 0:
		code = ReasonBadQty
	case qty%b.spec.LotSize != 0:
		code = ReasonOffLot
	case price <= 0:
		code = ReasonBadPrice
	case price%b.spec.TickSize != 0:
		code = ReasonOffTick
	case !b.inBand(price):
		code = ReasonOutsideBand
	case !fits(price, qty):
		code = ReasonOverflow
	}
	if code != 0 {
		return amendReject(id, account, price, qty, code, out)
	}
	if price == o.Price && qty <= o.Qty {
		b.reduce(n, o.Qty-qty)
		out = append(out, orderEvent(EvAmended, o, qty, qty, AmendKeptPriority))
		return b.publishIndicative(out)
	}
	if b.side[o.Side].total-o.Qty > math.MaxInt64-qty {
		return amendReject(id, account, price, qty, ReasonOverflow, out)
	}
	if o.PostOnly && b.mode == Continuous && b.crosses(o.Side, price) {
		return amendReject(id, account, price, qty, ReasonPostOnlyWouldCross, out)
	}
	b.unlink(n)
	o.Price, o.Qty = price, qty
	b.seq++
	o.Seq = b.seq
	out = append(out, orderEvent(EvAmended, o, qty, qty, AmendLostPriority))
	if b.mode == Auction {
		b.link(n)
		return b.publishIndicative(out)
	}
	return b.take(n, price, out)
}

// Expire expires every GTD/DAY order with ExpiresAt <= now (EvExpired,
// earliest expiry first, ties by ID). Every other method does this too before
// its own work.
func (b *Book) Expire(now int64, out []Event) []Event {
	out = b.expireDue(now, out)
	return b.publishIndicative(out)
}

// SetMode switches the trading mode (EvModeChanged, Code = the new mode;
// nothing if the mode is unchanged; EvModeRejected for an unknown mode).
// Entering Continuous from Auction uncrosses first (fills, then
// EvUncrossed); entering it from Halted uncrosses only if the book is crossed
// (a halt during a call). Either way, resting orders still crossed after the
// uncross (possible only when eligibility or self-trade prevention kept a
// pair apart) are then re-entered in time priority as takers at their own
// price, so that continuous trading starts from a book in which no eligible
// pair crosses. Resting orders are kept through every change.
func (b *Book) SetMode(m Mode, now int64, out []Event) []Event {
	out = b.expireDue(now, out)
	if m < Continuous || m > Halted {
		return append(out, Event{Kind: EvModeRejected, Code: ReasonBadMode})
	}
	if m == b.mode {
		return b.publishIndicative(out)
	}
	if m == Continuous {
		if b.mode == Auction || b.crossedPrice() {
			out = b.uncross(out)
		}
		b.mode = Continuous
		out = b.rematch(out)
	}
	b.mode = m
	b.ind = indState{}
	out = append(out, Event{Kind: EvModeChanged, Code: uint8(m)})
	return b.publishIndicative(out)
}

// Uncross runs the call auction now, in Auction mode: every pair that can
// trade at the indicative price (see Indicative) trades at that single price,
// bids and asks in price-time priority, the eligibility function asked per
// pair, and an EvUncrossed reports the price and the volume traded (price 0,
// volume 0 when nothing crosses). The book stays in Auction mode. In other
// modes it does nothing.
//
// # Notes
//
// Each bid is tried against every ask in turn until it is filled, so when
// eligibility refuses many pairs an uncross may ask it up to bids × asks
// times (it asks only pairs that can trade at the uncross price).
func (b *Book) Uncross(now int64, out []Event) []Event {
	out = b.expireDue(now, out)
	if b.mode != Auction {
		return out
	}
	out = b.uncross(out)
	return b.publishIndicative(out)
}

// Mode returns the current trading mode.
func (b *Book) Mode() Mode { return b.mode }

// Spec returns the book's spec (RefPrice as given to New or Restore).
func (b *Book) Spec() Spec { return b.spec }

// RefPrice returns the current reference price: the last trade price, else
// the spec's, 0 if none.
func (b *Book) RefPrice() int64 { return b.ref }

// Len returns the number of resting orders.
func (b *Book) Len() int { return b.ids.n }

// Get returns a copy of a resting order.
func (b *Book) Get(id uint64) (Order, bool) {
	n, ok := b.ids.get(id)
	if !ok {
		return Order{}, false
	}
	return b.nodes[n].o, true
}

// Best returns the best price of a side and its total quantity.
func (b *Book) Best(side Side) (price, qty int64, ok bool) {
	if side != Buy && side != Sell {
		return 0, 0, false
	}
	h := &b.side[side]
	if len(h.lv) == 0 {
		return 0, 0, false
	}
	l := &b.levels[h.lv[len(h.lv)-1]]
	return l.price, l.qty, true
}

// Depth calls fn for up to levels price levels of side, best first, with the
// level's total quantity and order count (L2). levels <= 0 means all.
func (b *Book) Depth(side Side, levels int, fn func(price, qty int64, orders int)) {
	if side != Buy && side != Sell {
		return
	}
	h := &b.side[side]
	for i, k := len(h.lv)-1, 0; i >= 0 && (levels <= 0 || k < levels); i, k = i-1, k+1 {
		l := &b.levels[h.lv[i]]
		fn(l.price, l.qty, int(l.count))
	}
}

// Walk calls fn for every resting order, bids then asks, best price first,
// time priority within a level, until fn returns false. fn gets a copy: it
// must not call the book.
func (b *Book) Walk(fn func(o *Order) bool) {
	for _, s := range [2]Side{Buy, Sell} {
		h := &b.side[s]
		for i := len(h.lv) - 1; i >= 0; i-- {
			for n := b.levels[h.lv[i]].head; n != nilIdx; n = b.nodes[n].next {
				b.walkTmp = b.nodes[n].o
				if !fn(&b.walkTmp) {
					return
				}
			}
		}
	}
}
