package engine

import (
	"github.com/regulavenue/regula/engine/book"
)

// OrderType is limit or market. A market order trades as an immediate-or-cancel
// order limited by its protection price (the reference price ± the token's
// market band), fixed when the order is sequenced.
type OrderType uint8

// Order types. Values are journaled: never renumber.
const (
	Limit  OrderType = 1
	Market OrderType = 2
)

// TokenSpec describes a token and how it trades.
type TokenSpec struct {
	Symbol        string `json:"symbol"`
	Decimals      uint8  `json:"decimals"`
	Currency      string `json:"currency"`        // settlement currency, e.g. "USD"
	TickSize      int64  `json:"tick_size"`       // price increment, minor currency units per whole token
	LotSize       int64  `json:"lot_size"`        // quantity increment, token smallest units
	BandBps       int64  `json:"band_bps"`        // limit price band around the reference price; 0 = none
	MarketBandBps int64  `json:"market_band_bps"` // protection band of market orders; 0 = DefaultMarketBandBps
	RefPrice      int64  `json:"ref_price"`       // initial reference price; 0 = none yet
	CallPeriodMs  int64  `json:"call_period_ms"`  // length of one call in auction mode
}

// DefaultMarketBandBps is the market-order protection band of a token
// created without one: 10%.
const DefaultMarketBandBps = 1000

// PlaceOrder asks the venue to enter an order.
type PlaceOrder struct {
	Account   string    `json:"account"`
	Token     string    `json:"token"`
	ClientID  string    `json:"client_id"` // unique among the account's open orders
	Side      book.Side `json:"-"`
	Type      OrderType `json:"-"`
	TIF       book.TIF  `json:"-"`
	Price     int64     `json:"price"` // limit price; ignored for market orders
	Qty       int64     `json:"qty"`
	PostOnly  bool      `json:"post_only"`
	STP       book.STP  `json:"-"`
	ExpiresAt int64     `json:"expires_at"` // unix ns, GTD only
}

// CancelOrder asks the venue to cancel an open order of the account.
type CancelOrder struct {
	Account string
	OrderID uint64
}

// AmendOrder changes an open order's price and/or remaining quantity. A size
// reduction at the same price keeps time priority; anything else loses it.
type AmendOrder struct {
	Account string
	OrderID uint64
	Price   int64
	Qty     int64 // the new remaining quantity
}

// EventKind says what happened.
type EventKind string

// Event kinds, as they appear in the event stream.
const (
	EvAccepted        EventKind = "accepted"
	EvRejected        EventKind = "rejected"
	EvPartiallyFilled EventKind = "partially_filled"
	EvFilled          EventKind = "filled"
	EvCancelled       EventKind = "cancelled"
	EvExpired         EventKind = "expired"
	EvAmended         EventKind = "amended"
	EvTrade           EventKind = "trade"
	EvSkipped         EventKind = "skipped" // a candidate fill refused by eligibility
	EvModeChanged     EventKind = "mode_changed"
	EvIndicative      EventKind = "indicative" // auction: indicative price, volume, surplus
	EvTokenCreated    EventKind = "token_created"
	EvAccountCreated  EventKind = "account_created"
	EvDeposited       EventKind = "deposited"
	EvCredited        EventKind = "credited"
	EvSettled         EventKind = "settled" // a trade settled on chain
	EvBroken          EventKind = "broken"  // a trade failed at settlement
)

// Event is one entry of the venue's event stream. Events are published in
// journal order once their command is durable; replaying the journal gives the
// same events, byte for byte.
type Event struct {
	Seq       uint64    `json:"seq"` // journal sequence of the command that caused it
	Kind      EventKind `json:"kind"`
	Time      int64     `json:"time"`
	Token     string    `json:"token,omitempty"`
	Account   string    `json:"account,omitempty"`
	OrderID   uint64    `json:"order_id,omitempty"`
	ClientID  string    `json:"client_id,omitempty"`
	Side      string    `json:"side,omitempty"`
	Price     int64     `json:"price,omitempty"`
	Qty       int64     `json:"qty,omitempty"`
	Remaining int64     `json:"remaining,omitempty"`
	Code      string    `json:"code,omitempty"`   // reject/cancel reason code
	Reason    string    `json:"reason,omitempty"` // human-readable
	TradeID   string    `json:"trade_id,omitempty"`
	Maker     uint64    `json:"maker_order_id,omitempty"` // trades and skips
	Buyer     string    `json:"buyer,omitempty"`          // trades
	Seller    string    `json:"seller,omitempty"`         // trades
	Volume    int64     `json:"volume,omitempty"`         // indicative
	Surplus   int64     `json:"surplus,omitempty"`        // indicative
	Mode      string    `json:"mode,omitempty"`
	Rule      string    `json:"rule,omitempty"` // the rule that denied (rejections, breaks)
}

// TradeStatus is where a trade is in its life.
type TradeStatus string

// Trade statuses.
const (
	TradePending TradeStatus = "PENDING_SETTLEMENT"
	TradeSettled TradeStatus = "SETTLED"
	TradeFailed  TradeStatus = "FAILED"
)

// Trade is one fill between a buy and a sell order.
type Trade struct {
	ID        string      `json:"id"`
	Seq       uint64      `json:"seq"`
	Time      int64       `json:"time"`
	Token     string      `json:"token"`
	BuyOrder  uint64      `json:"buy_order_id"`
	SellOrder uint64      `json:"sell_order_id"`
	Buyer     string      `json:"buyer"`
	Seller    string      `json:"seller"`
	Price     int64       `json:"price"`
	Qty       int64       `json:"qty"`
	Amount    int64       `json:"amount"` // cash, minor currency units
	Status    TradeStatus `json:"status"`
	// Side is the taker's side, buy or sell: which of the two orders
	// crossed the spread. Empty for trades restored from a snapshot taken
	// before the field existed.
	Side string `json:"side,omitempty"`
}

// Balance is an account's holding of one token or currency.
type Balance struct {
	Total    int64 `json:"total"`
	Reserved int64 `json:"reserved"` // held by open orders and unsettled trades
}

// Available is what new orders may still use.
func (b Balance) Available() int64 { return b.Total - b.Reserved }

// OrderStatus is where an order is in its life.
type OrderStatus string

// Order statuses.
const (
	StatusOpen      OrderStatus = "open"
	StatusFilled    OrderStatus = "filled"
	StatusCancelled OrderStatus = "cancelled"
	StatusExpired   OrderStatus = "expired"
	StatusRejected  OrderStatus = "rejected"
)

// Order is the venue's view of an order.
type Order struct {
	ID        uint64      `json:"id"`
	Account   string      `json:"account"`
	Token     string      `json:"token"`
	ClientID  string      `json:"client_id"`
	Side      string      `json:"side"`
	Type      string      `json:"type"`
	TIF       string      `json:"tif"`
	Price     int64       `json:"price"`
	Qty       int64       `json:"qty"`       // original quantity
	Remaining int64       `json:"remaining"` // open quantity
	Filled    int64       `json:"filled"`
	Status    OrderStatus `json:"status"`
	Reserved  int64       `json:"reserved"` // tokens (sell) or cash (buy) held for the open quantity
}

// Level is one price level of an L2 book.
type Level struct {
	Price  int64 `json:"price"`
	Qty    int64 `json:"qty"`
	Orders int   `json:"orders"`
}

// Depth is an L2 view of a book.
type Depth struct {
	Token string  `json:"token"`
	Mode  string  `json:"mode"`
	Bids  []Level `json:"bids"`
	Asks  []Level `json:"asks"`
}
