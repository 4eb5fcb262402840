package engine

import (
	"strconv"

	"github.com/regulavenue/regula/engine/book"
)

// runner owns one token's book and applies that token's commands in journal
// order, on its own goroutine.
type runner struct {
	token      string
	book       *book.Book
	ts         *tokenState
	callPeriod int64 // ns
	callEnd    int64 // when the current call ends (auction mode)
	now        int64 // the time of the command being applied: eligibility reads it
	in         chan work
	done       chan struct{}
	out        []book.Event // reused buffer
	touched    []*orderState
	jrec       Record // the record being journaled (reused)

	// Match verdicts (verdicts.go).
	hook       book.Eligibility // Compliance.Match or Config.Eligibility; nil = allow all
	calls      uint64           // eligibility questions asked so far by the current command
	skips      []Skip           // live: the current command's denies (reused buffer)
	replaying  bool             // answering from recorded rather than from hook
	recorded   []Skip           // replay: the current command's journaled denies not yet used
	verdictErr error            // replay: the journal and the book disagreed
	denied     bool             // a pair of this book was refused (or it was restored crossed): it may be crossed
}

// work is a command for a book goroutine, or a function to run there.
type work struct {
	rec    Record
	req    *request
	events []Event // events of the sequencer stage, if any
	fn     func(*runner)
}

// startRunner starts a token's book goroutine. The runner's channels are
// made with the runner, before the token is visible: a query may send to a
// token's book as soon as it can see the token.
func (v *Venue) startRunner(ts *tokenState) {
	r := ts.run
	go func() {
		defer close(r.done)
		for w := range r.in {
			if w.fn != nil {
				w.fn(r)
				continue
			}
			evs := v.apply(r, &w.rec, w.events, false)
			// Journaled only now, with its verdicts. r.jrec, not w.rec: w
			// would escape to the heap through the Journal interface.
			r.jrec = w.rec
			if len(r.skips) > 0 {
				r.jrec.Skips = append([]Skip(nil), r.skips...)
			}
			v.app.put(&r.jrec)
			r.jrec.Skips = nil
			v.pubc <- pubItem{seq: w.rec.Seq, events: evs, req: w.req}
		}
	}()
}

// apply runs one command on the book and brings the ledger up to date. It is
// the same code live and on replay, so replay gives the same events; on
// replay the book's eligibility questions are answered from rec.Skips.
func (v *Venue) apply(r *runner, rec *Record, evs []Event, replay bool) []Event {
	now := rec.Time
	r.now = now
	r.beginVerdicts(rec, replay)
	out := r.out[:0]
	switch rec.Kind {
	case KindPlace:
		o := book.Order{ID: rec.OrderID, Account: v.accountIndex(rec.Account), Side: book.Side(rec.Side),
			Kind: book.Limit, TIF: book.TIF(rec.TIF), Price: rec.Price, Qty: rec.Qty,
			PostOnly: rec.PostOnly, STP: book.STP(rec.STP), ExpiresAt: rec.ExpiresAt}
		// A market order trades as an IOC/FOK limit at its protection price,
		// fixed and journaled by the sequencer, so it can never trade beyond
		// what it reserved.
		out = r.book.Submit(o, now, out)
	case KindCancel:
		out = r.book.Cancel(rec.OrderID, v.accountIndex(rec.Account), now, out)
	case KindAmend:
		out = r.book.Amend(rec.OrderID, v.accountIndex(rec.Account), rec.Price, rec.Qty, now, out)
	case KindSetMode:
		out = r.book.SetMode(book.Mode(rec.Mode), now, out)
		if book.Mode(rec.Mode) == book.Auction && r.callPeriod > 0 {
			r.callEnd = now + r.callPeriod
		}
	case KindTick:
		out = r.book.Expire(now, out)
		if r.book.Mode() == book.Auction && r.callEnd > 0 && now >= r.callEnd {
			out = r.book.Uncross(now, out)
			r.callEnd = now + r.callPeriod
		}
	}
	r.out = out
	evs = v.translate(r, rec, out, evs)
	if r.book.Mode() == book.Auction {
		if p, vol, surplus, ok := r.book.Indicative(); ok {
			evs = append(evs, Event{Seq: rec.Seq, Kind: EvIndicative, Time: now, Token: r.token,
				Price: p, Volume: vol, Surplus: surplus})
		}
	}
	return evs
}

// translate turns book events into venue events and applies fills, cancels
// and amends to the ledger. Orders touched are re-reserved to exactly what
// they need once the whole command is applied.
func (v *Venue) translate(r *runner, rec *Record, bevs []book.Event, evs []Event) []Event {
	v.mu.Lock()
	defer v.mu.Unlock()
	led := v.led
	r.touched = r.touched[:0]
	touch := func(id uint64) *orderState {
		o := led.orders[id]
		if o != nil {
			r.touched = append(r.touched, o)
		}
		return o
	}
	if rec.Kind == KindPlace || rec.Kind == KindAmend {
		touch(rec.OrderID) // its reservation may need releasing even if nothing happened
	}
	for i := range bevs {
		be := &bevs[i]
		e := Event{Seq: rec.Seq, Time: rec.Time, Token: r.token, OrderID: be.OrderID,
			Side: sideName(be.Side), Price: be.Price, Qty: be.Qty, Remaining: be.Remaining}
		switch be.Kind {
		case book.EvAccepted:
			o := touch(be.OrderID)
			e.Kind = EvAccepted
			if o != nil {
				e.Account, e.ClientID = o.Account, o.ClientID
			}
		case book.EvRejected, book.EvCancelled, book.EvExpired:
			o := touch(be.OrderID)
			e.Kind, e.Code = EvCancelled, book.ReasonName(be.Code)
			status := StatusCancelled
			switch be.Kind {
			case book.EvRejected:
				e.Kind, status = EvRejected, StatusRejected
			case book.EvExpired:
				e.Kind, status = EvExpired, StatusExpired
			}
			e.Reason, e.Remaining = reasonText(e.Code), 0
			if o != nil {
				e.Account, e.ClientID = o.Account, o.ClientID
				o.Remaining, o.Status = 0, status
			}
		case book.EvCancelRejected, book.EvAmendRejected:
			// The sequencer checked ownership and openness, but the order may
			// have filled or been cancelled since: report it, change nothing.
			o := touch(be.OrderID)
			e.Kind, e.Code = EvRejected, book.ReasonName(be.Code)
			e.Reason = reasonText(e.Code)
			if o != nil {
				e.Account, e.ClientID = o.Account, o.ClientID
				e.Remaining = o.Remaining
			}
		case book.EvDecremented:
			// Self-trade prevention by decrement: both orders shrink by Qty.
			for _, id := range [2]uint64{be.OrderID, be.MakerID} {
				o := touch(id)
				if o == nil {
					continue
				}
				rem := be.Remaining
				if id == be.MakerID {
					rem = be.MakerRemaining
				}
				o.Remaining = rem
				if rem == 0 {
					o.Status = StatusCancelled
				}
				evs = append(evs, Event{Seq: rec.Seq, Time: rec.Time, Token: r.token, OrderID: id,
					Kind: EvCancelled, Account: o.Account, ClientID: o.ClientID, Side: sideName(o.side),
					Qty: be.Qty, Remaining: rem, Code: book.ReasonName(book.ReasonSTP),
					Reason: reasonText(book.ReasonName(book.ReasonSTP))})
			}
			continue
		case book.EvAmended:
			o := touch(be.OrderID)
			e.Kind = EvAmended
			if o != nil {
				e.Account, e.ClientID = o.Account, o.ClientID
				o.price, o.Price = be.Price, be.Price
				o.Remaining = be.Remaining
				o.Qty = o.Filled + o.Remaining
			}
		case book.EvSkipped:
			e.Kind, e.Maker = EvSkipped, be.MakerID
			e.Code = strconv.Itoa(int(be.Code))
			e.Reason = skipReason(be.Code)
		case book.EvFill:
			evs = v.fill(r, rec, be, evs, touch)
			continue
		case book.EvModeChanged:
			e = Event{Seq: rec.Seq, Time: rec.Time, Token: r.token, Kind: EvModeChanged,
				Mode: modeName(book.Mode(be.Code))}
		default:
			continue // indicative prices are reported once per command, below
		}
		evs = append(evs, e)
	}
	for _, o := range r.touched {
		led.settleOrder(o)
	}
	return evs
}

// fill records one fill: a trade and a fill event for each side.
func (v *Venue) fill(r *runner, rec *Record, be *book.Event, evs []Event, touch func(uint64) *orderState) []Event {
	led := v.led
	taker, maker := touch(be.OrderID), touch(be.MakerID)
	if taker == nil || maker == nil {
		panic("engine: fill of an order the ledger does not know")
	}
	taker.Remaining, maker.Remaining = be.Remaining, be.MakerRemaining
	for _, o := range [2]*orderState{taker, maker} {
		o.Filled += be.Qty
		if o.Remaining == 0 {
			o.Status = StatusFilled
		}
	}
	buy, sell := taker, maker
	if taker.side == book.Sell {
		buy, sell = maker, taker
	}
	t := Trade{ID: r.token + "-" + strconv.FormatUint(be.MatchID, 10), Seq: rec.Seq, Time: rec.Time,
		Token: r.token, BuyOrder: buy.ID, SellOrder: sell.ID, Buyer: buy.Account, Seller: sell.Account,
		Price: be.Price, Qty: be.Qty, Amount: notional(be.Qty, be.Price, led.decimals[r.token]),
		Status: TradePending, Side: sideName(taker.side)}
	led.addTrade(t)
	r.ts.ref.Store(be.Price)
	evs = append(evs, Event{Seq: rec.Seq, Kind: EvTrade, Time: rec.Time, Token: r.token,
		OrderID: taker.ID, Maker: maker.ID, TradeID: t.ID, Price: t.Price, Qty: t.Qty,
		Buyer: t.Buyer, Seller: t.Seller, Side: sideName(taker.side)})
	for _, o := range [2]*orderState{taker, maker} {
		k := EvPartiallyFilled
		if o.Remaining == 0 {
			k = EvFilled
		}
		evs = append(evs, Event{Seq: rec.Seq, Kind: k, Time: rec.Time, Token: r.token, Account: o.Account,
			OrderID: o.ID, ClientID: o.ClientID, Side: sideName(o.side), Price: t.Price, Qty: t.Qty,
			Remaining: o.Remaining, TradeID: t.ID})
	}
	return evs
}

// accountIndex maps an account id to the book's integer account, for
// self-trade prevention and ownership checks.
func (v *Venue) accountIndex(id string) uint64 {
	v.mu.Lock()
	defer v.mu.Unlock()
	if a := v.led.accounts[id]; a != nil {
		return a.Idx
	}
	return 0
}

// reasonTexts says in plain words why an order left the book or was refused.
var reasonTexts = map[string]string{
	"duplicate_id":          "an order with this id already rests in the book",
	"off_lot":               "the quantity is not a multiple of the lot size",
	"off_tick":              "the price is not a multiple of the tick size",
	"outside_band":          "the price is outside the allowed band around the reference price",
	"overflow":              "price × quantity is too large",
	"bad_expiry":            "the expiry is missing or not in the future",
	"post_only_would_cross": "a post-only order would have taken liquidity",
	"bad_post_only":         "post-only is for resting limit orders only",
	"fok_unfillable":        "fill-or-kill: not enough eligible liquidity to fill it all",
	"ioc_remainder":         "immediate-or-cancel: the unfilled rest was cancelled",
	"no_liquidity":          "no eligible liquidity within the protection price",
	"market_band":           "the rest of the book is beyond the market order's protection band",
	"halted":                "the token is halted: cancel only",
	"unknown_order":         "the order is no longer open",
	"not_owner":             "the order belongs to another account",
	"self_trade_prevented":  "self-trade prevention: the account's own orders would have traded",
	"user_cancel":           "cancelled by its owner",
	"expired":               "its time in force ran out",
	"market_in_auction":     "market orders are not accepted during a call auction",
	"ioc_in_auction":        "immediate-or-cancel and fill-or-kill orders are not accepted during a call auction",
}

// reasonText gives a plain-words reason for a book reason code.
func reasonText(code string) string {
	if t, ok := reasonTexts[code]; ok {
		return t
	}
	return code
}
