package book

import "strconv"

// Side is the side of an order.
type Side uint8

// Sides.
const (
	Buy  Side = 1 // a bid
	Sell Side = 2 // an ask
)

// String returns "buy", "sell" or the number.
func (s Side) String() string {
	switch s {
	case Buy:
		return "buy"
	case Sell:
		return "sell"
	}
	return "side(" + strconv.Itoa(int(s)) + ")"
}

// Kind is an order's type.
type Kind uint8

// Kinds.
const (
	Limit  Kind = 1 // trades at its price or better
	Market Kind = 2 // trades at any price inside the market protection band; never rests
)

// String returns "limit", "market" or the number.
func (k Kind) String() string {
	switch k {
	case Limit:
		return "limit"
	case Market:
		return "market"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// TIF is an order's time in force.
type TIF uint8

// Times in force.
const (
	GTC TIF = 1 // good till cancelled
	GTD TIF = 2 // good till Order.ExpiresAt
	DAY TIF = 3 // good till the session end, which the venue puts in Order.ExpiresAt
	IOC TIF = 4 // immediate or cancel: the remainder after matching is cancelled
	FOK TIF = 5 // fill or kill: all of it among eligible liquidity, or nothing
)

// String returns the usual abbreviation or the number.
func (t TIF) String() string {
	switch t {
	case GTC:
		return "GTC"
	case GTD:
		return "GTD"
	case DAY:
		return "DAY"
	case IOC:
		return "IOC"
	case FOK:
		return "FOK"
	}
	return "tif(" + strconv.Itoa(int(t)) + ")"
}

// STP is a self-trade prevention mode. When an incoming order (the taker)
// meets a resting order of the same account, the taker's mode decides; the
// resting order's mode is not consulted. See RATIONALE.md.
type STP uint8

// Self-trade prevention modes.
const (
	STPNone        STP = 0 // no prevention: the two orders trade with each other
	STPExpireTaker STP = 1 // the taker's remainder is cancelled; the maker stays
	STPExpireMaker STP = 2 // the maker is cancelled; the taker goes on matching
	STPExpireBoth  STP = 3 // both are cancelled
	STPDecrement   STP = 4 // both are reduced by the smaller quantity, without a trade
)

// String returns the mode's name or the number.
func (s STP) String() string {
	switch s {
	case STPNone:
		return "none"
	case STPExpireTaker:
		return "expire_taker"
	case STPExpireMaker:
		return "expire_maker"
	case STPExpireBoth:
		return "expire_both"
	case STPDecrement:
		return "decrement"
	}
	return "stp(" + strconv.Itoa(int(s)) + ")"
}

// Mode is an instrument's trading mode.
type Mode uint8

// Trading modes.
const (
	Continuous Mode = 1 // orders match on arrival
	Auction    Mode = 2 // orders rest without matching until Uncross
	Halted     Mode = 3 // cancel-only: submits and amends are rejected with ReasonHalted
)

// String returns the mode's name or the number.
func (m Mode) String() string {
	switch m {
	case Continuous:
		return "continuous"
	case Auction:
		return "auction"
	case Halted:
		return "halted"
	}
	return "mode(" + strconv.Itoa(int(m)) + ")"
}

// Spec is an instrument's static trading parameters.
type Spec struct {
	TickSize      int64 // price increment in price units (minor currency units per whole token); > 0
	LotSize       int64 // quantity increment in the token's smallest unit; > 0
	BandBps       int64 // limit prices more than this many bps from the reference price are rejected; 0 = no band
	MarketBandBps int64 // protection band of market orders around the reference price; market orders never trade beyond it; 0 = no band (a market order may sweep the whole opposite side)
	RefPrice      int64 // initial reference price (last trade price later); 0 = none yet; a multiple of TickSize
}

// Order is an order as the book keeps it.
type Order struct {
	ID        uint64 // unique per book, assigned by the venue; 0 is invalid
	Account   uint64 // owner, for STP and ownership checks
	Side      Side
	Kind      Kind
	TIF       TIF
	Price     int64 // limit price; ignored for Market
	Qty       int64 // remaining quantity
	PostOnly  bool
	STP       STP
	ExpiresAt int64  // unix ns, required for GTD and DAY (the venue computes DAY's session end), else 0
	Seq       uint64 // time priority, assigned by the book
}

// Eligibility is called before every fill (continuous and auction) with both
// orders and the quantity about to trade. It returns 0 to allow, or a non-zero
// refusal code. A refused pair does not trade: the resting order keeps its
// place, matching goes on to the next resting order, and an EvSkipped event
// reports it (with the code).
//
// # Notes
//
//   - The orders are copies: changing them changes nothing in the book.
//   - It must not call the Book, and it must be a pure function of its
//     arguments (and of state the venue journals), or replay is not exact.
//   - In an uncross, the order with the later Seq is passed as the taker.
//   - A fill-or-kill order's pairs are asked once, while the book checks that
//     the order can be filled; the answers are then reused for the fills.
type Eligibility func(taker, maker *Order, qty int64) uint8

// EventKind says what an Event reports.
type EventKind uint8

// Event kinds. The numbers are stable (they are journaled).
const (
	// EvAccepted: an order passed validation and got its Seq. Price is its
	// limit (a market order's: the protection limit it trades within), Qty
	// and Remaining its quantity. Fills and cancels may follow in the same
	// call; an order that gets neither rests.
	EvAccepted EventKind = 1
	// EvRejected: Submit refused the order; nothing changed. Code is a Reason.
	EvRejected EventKind = 2
	// EvFill: a trade. OrderID/Account/Side are the taker's (in an uncross:
	// the order with the later Seq), Price the trade price, Qty the traded
	// quantity, Remaining/MakerRemaining what is left of each, MatchID the
	// book's fill sequence number.
	EvFill EventKind = 3
	// EvCancelled: the order is gone; Qty is the cancelled quantity, Code the
	// Reason (ReasonUserCancel, ReasonIOCRemainder, ReasonSTP, …). For
	// ReasonSTP, MakerID/MakerAccount name the other order of the pair.
	EvCancelled EventKind = 4
	// EvExpired: a GTD/DAY order reached its ExpiresAt; Qty is the expired
	// quantity, Code ReasonExpired.
	EvExpired EventKind = 5
	// EvAmended: an amend was applied. Price and Qty are the new ones. Code is
	// AmendKeptPriority or AmendLostPriority. A priority-losing amend that
	// crosses in continuous trading is followed by its fills.
	EvAmended EventKind = 6
	// EvSkipped: eligibility refused a pair. OrderID is the taker, MakerID the
	// resting order (which keeps its place), Price the maker's price (in an
	// uncross: the uncross price), Qty the quantity that would have traded,
	// Remaining/MakerRemaining the two orders' actual remaining quantities,
	// Code the eligibility code. A killed fill-or-kill order reports the
	// skips found while checking it.
	EvSkipped EventKind = 7
	// EvModeChanged: the mode changed; Code is the new Mode.
	EvModeChanged EventKind = 8
	// EvIndicative: during a call auction, the indicative uncross changed.
	// Price is the price (0 if none), Qty the executable volume, Remaining the
	// surplus.
	EvIndicative EventKind = 9
	// EvUncrossed: a call auction was uncrossed; Price is the uncross price
	// (0 if nothing crossed) and Qty the volume traded. The uncross fills come
	// before it.
	EvUncrossed EventKind = 10
	// EvDecremented: self-trade prevention by decrement. OrderID is the taker,
	// MakerID the resting order, Qty the quantity taken off each without a
	// trade, Remaining/MakerRemaining what is left (0 = gone).
	EvDecremented EventKind = 11
	// EvCancelRejected: Cancel refused; Code is ReasonUnknownOrder or
	// ReasonNotOwner.
	EvCancelRejected EventKind = 12
	// EvAmendRejected: Amend refused; nothing changed. Code is a Reason.
	EvAmendRejected EventKind = 13
	// EvModeRejected: SetMode got an unknown mode; Code is ReasonBadMode.
	EvModeRejected EventKind = 14
)

var eventNames = [...]string{
	EvAccepted:       "accepted",
	EvRejected:       "rejected",
	EvFill:           "fill",
	EvCancelled:      "cancelled",
	EvExpired:        "expired",
	EvAmended:        "amended",
	EvSkipped:        "skipped",
	EvModeChanged:    "mode_changed",
	EvIndicative:     "indicative",
	EvUncrossed:      "uncrossed",
	EvDecremented:    "decremented",
	EvCancelRejected: "cancel_rejected",
	EvAmendRejected:  "amend_rejected",
	EvModeRejected:   "mode_rejected",
}

// String returns the kind's stable name.
func (k EventKind) String() string {
	if int(k) < len(eventNames) && eventNames[k] != "" {
		return eventNames[k]
	}
	return "event(" + strconv.Itoa(int(k)) + ")"
}

// Codes carried by EvAmended.
const (
	AmendKeptPriority uint8 = 0 // same price, same or smaller quantity
	AmendLostPriority uint8 = 1 // new price or larger quantity: re-sequenced
)

// Event is a flat value so that the hot path allocates nothing. Which fields
// are set depends on Kind (see the EventKind constants); the others are zero.
type Event struct {
	Kind           EventKind
	OrderID        uint64 // the order the event is about (taker for fills/skips)
	Account        uint64
	Side           Side
	Price          int64 // fill price, or order price
	Qty            int64 // fill qty, or cancelled/expired qty
	Remaining      int64 // the order's remaining qty after the event
	MakerID        uint64
	MakerAccount   uint64
	MakerRemaining int64
	Code           uint8  // Reason*, or the eligibility code for skips
	MatchID        uint64 // fills: per-book sequence of fills, from 1
}

// Reasons: why an order, a cancel or an amend was refused, or why an order
// left the book. The numbers are stable forever (they are journaled and sent
// to clients); new ones are only appended.
const (
	ReasonNone               uint8 = 0  // no reason: success
	ReasonBadSide            uint8 = 1  // Side is neither Buy nor Sell
	ReasonBadKind            uint8 = 2  // Kind is neither Limit nor Market
	ReasonBadTIF             uint8 = 3  // unknown TIF, or a market order not IOC/FOK
	ReasonBadSTP             uint8 = 4  // unknown STP mode
	ReasonBadID              uint8 = 5  // ID is 0
	ReasonDuplicateID        uint8 = 6  // an order with this ID rests in the book
	ReasonBadQty             uint8 = 7  // quantity <= 0
	ReasonOffLot             uint8 = 8  // quantity not a multiple of LotSize
	ReasonBadPrice           uint8 = 9  // limit price <= 0
	ReasonOffTick            uint8 = 10 // limit price not a multiple of TickSize
	ReasonOutsideBand        uint8 = 11 // limit price further than BandBps from the reference price
	ReasonOverflow           uint8 = 12 // price*qty, or the side's total quantity, does not fit in int64
	ReasonBadExpiry          uint8 = 13 // GTD/DAY without an expiry or with one not after now; an expiry on another TIF
	ReasonPostOnlyWouldCross uint8 = 14 // a post-only order (or amend) would take liquidity
	ReasonBadPostOnly        uint8 = 15 // post-only on a market, IOC or FOK order
	ReasonFOKUnfillable      uint8 = 16 // fill-or-kill could not be filled in full among eligible liquidity
	ReasonIOCRemainder       uint8 = 17 // the unfilled remainder of an IOC order
	ReasonNoLiquidity        uint8 = 18 // a market order found no (more) eligible liquidity, or no price to bound it
	ReasonMarketBand         uint8 = 19 // a market order's remainder: the rest of the book is beyond its protection band
	ReasonHalted             uint8 = 20 // the instrument is halted (cancel-only)
	ReasonUnknownOrder       uint8 = 21 // no resting order with this ID
	ReasonNotOwner           uint8 = 22 // the order belongs to another account
	ReasonSTP                uint8 = 23 // cancelled by self-trade prevention
	ReasonUserCancel         uint8 = 24 // cancelled by its owner
	ReasonExpired            uint8 = 25 // GTD/DAY expiry reached
	ReasonMarketInAuction    uint8 = 26 // market orders are refused during a call auction
	ReasonIOCInAuction       uint8 = 27 // IOC/FOK orders are refused during a call auction
	ReasonBadMode            uint8 = 28 // SetMode with an unknown mode
	ReasonAdmin              uint8 = 29 // cancelled by the venue (ForceCancel)
)

var reasonNames = [...]string{
	ReasonNone:               "none",
	ReasonBadSide:            "bad_side",
	ReasonBadKind:            "bad_kind",
	ReasonBadTIF:             "bad_tif",
	ReasonBadSTP:             "bad_stp",
	ReasonBadID:              "bad_id",
	ReasonDuplicateID:        "duplicate_id",
	ReasonBadQty:             "bad_qty",
	ReasonOffLot:             "off_lot",
	ReasonBadPrice:           "bad_price",
	ReasonOffTick:            "off_tick",
	ReasonOutsideBand:        "outside_band",
	ReasonOverflow:           "overflow",
	ReasonBadExpiry:          "bad_expiry",
	ReasonPostOnlyWouldCross: "post_only_would_cross",
	ReasonBadPostOnly:        "bad_post_only",
	ReasonFOKUnfillable:      "fok_unfillable",
	ReasonIOCRemainder:       "ioc_remainder",
	ReasonNoLiquidity:        "no_liquidity",
	ReasonMarketBand:         "market_band",
	ReasonHalted:             "halted",
	ReasonUnknownOrder:       "unknown_order",
	ReasonNotOwner:           "not_owner",
	ReasonSTP:                "self_trade_prevented",
	ReasonUserCancel:         "user_cancel",
	ReasonExpired:            "expired",
	ReasonMarketInAuction:    "market_in_auction",
	ReasonIOCInAuction:       "ioc_in_auction",
	ReasonBadMode:            "bad_mode",
	ReasonAdmin:              "admin_cancel",
}

// ReasonName returns the stable snake_case name of a Reason code, or
// "reason(N)" for a number that is not one.
func ReasonName(code uint8) string {
	if int(code) < len(reasonNames) && reasonNames[code] != "" {
		return reasonNames[code]
	}
	return "reason(" + strconv.Itoa(int(code)) + ")"
}
