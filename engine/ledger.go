package engine

import (
	"sort"

	"github.com/regulavenue/regula/engine/book"
)

// ledger holds what is shared between the sequencer and the book goroutines:
// accounts, balances, reservations, orders and trades. One mutex guards it
// all; every critical section is short and does no I/O. Lock order: a book
// goroutine never holds ledger.mu while it waits on anything else.
//
// Reservations follow one rule: an account's reserved amount of a token (or
// currency) is the sum of what its open orders hold plus what its unsettled
// trades owe. Orders hold exactly need(order) after every command; see
// settleOrder.
type ledger struct {
	accounts map[string]*account
	orders   map[uint64]*orderState
	trades   []Trade
	tradeIdx map[string]int    // trade id -> index in trades
	byIdx    []string          // account index (the book's integer id) -> account id; [0] unused
	decimals map[string]uint8  // token -> decimals
	currency map[string]string // token -> settlement currency
}

type account struct {
	ID      string              `json:"id"`
	Idx     uint64              `json:"idx"`     // the book's integer id of the account
	Cash    map[string]*Balance `json:"cash"`    // by currency
	Tokens  map[string]*Balance `json:"tokens"`  // by symbol
	Clients map[string]uint64   `json:"clients"` // client order id -> open order id
}

// orderState is an order as the ledger tracks it.
type orderState struct {
	Order
	side  book.Side
	price int64 // limit price, or the protection price of a market order
}

func newLedger() *ledger {
	return &ledger{accounts: map[string]*account{}, orders: map[uint64]*orderState{}, tradeIdx: map[string]int{}, byIdx: []string{""},
		decimals: map[string]uint8{}, currency: map[string]string{}}
}

func (l *ledger) balance(acct *account, asset string, cash bool) *Balance {
	m := acct.Tokens
	if cash {
		m = acct.Cash
	}
	b := m[asset]
	if b == nil {
		b = &Balance{}
		m[asset] = b
	}
	return b
}

// notional is the cash value of qty at price: qty × price / 10^decimals.
// Token creation guarantees lot × tick is a multiple of 10^decimals, so it is
// exact for every on-lot quantity and on-tick price.
func notional(qty, price int64, decimals uint8) int64 {
	v := qty * price
	for i := uint8(0); i < decimals; i++ {
		v /= 10
	}
	return v
}

// need is what an order must hold: its open quantity for a sell, the cash for
// it at its limit for a buy; nothing once it is closed.
func (l *ledger) need(o *orderState) int64 {
	if o.Status != StatusOpen {
		return 0
	}
	if o.side == book.Sell {
		return o.Remaining
	}
	return notional(o.Remaining, o.price, l.decimals[o.Token])
}

// holding returns the balance an order's reservation lives in.
func (l *ledger) holding(o *orderState) *Balance {
	acct := l.accounts[o.Account]
	if o.side == book.Sell {
		return l.balance(acct, o.Token, false)
	}
	return l.balance(acct, l.currency[o.Token], true)
}

// reserve moves amount of the order's asset into its reservation.
func (l *ledger) reserve(o *orderState, amount int64) {
	o.Reserved += amount
	l.holding(o).Reserved += amount
}

// settleOrder brings the order's reservation to exactly need(o), releasing
// the rest, and forgets a closed order's client id.
func (l *ledger) settleOrder(o *orderState) {
	n := l.need(o)
	l.holding(o).Reserved -= o.Reserved - n
	o.Reserved = n
	if o.Status != StatusOpen && o.ClientID != "" {
		acct := l.accounts[o.Account]
		if acct.Clients[o.ClientID] == o.ID {
			delete(acct.Clients, o.ClientID)
		}
	}
}

// addTrade records a trade and moves what it owes into the parties' unsettled
// obligations: the seller's tokens and the buyer's cash stay reserved until
// settlement.
func (l *ledger) addTrade(t Trade) {
	l.tradeIdx[t.ID] = len(l.trades)
	l.trades = append(l.trades, t)
	l.balance(l.accounts[t.Seller], t.Token, false).Reserved += t.Qty
	l.balance(l.accounts[t.Buyer], l.currency[t.Token], true).Reserved += t.Amount
}

// snapshotState is the serializable form of the ledger.
type snapshotState struct {
	Accounts []*account     `json:"accounts"`
	Orders   []snapOrder    `json:"orders"`
	Trades   []Trade        `json:"trades"`
	Tokens   []snapTokenRef `json:"tokens"`
}

type snapOrder struct {
	Order
	BookSide uint8 `json:"book_side"`
	Limit    int64 `json:"limit"`
}

type snapTokenRef struct {
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
	Currency string `json:"currency"`
}

func (l *ledger) snapshot() snapshotState {
	var s snapshotState
	ids := make([]string, 0, len(l.accounts))
	for id := range l.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := l.accounts[id]
		c := &account{ID: a.ID, Idx: a.Idx, Cash: map[string]*Balance{}, Tokens: map[string]*Balance{}, Clients: map[string]uint64{}}
		for k, v := range a.Cash {
			b := *v
			c.Cash[k] = &b
		}
		for k, v := range a.Tokens {
			b := *v
			c.Tokens[k] = &b
		}
		for k, v := range a.Clients {
			c.Clients[k] = v
		}
		s.Accounts = append(s.Accounts, c)
	}
	oids := make([]uint64, 0, len(l.orders))
	for id := range l.orders {
		oids = append(oids, id)
	}
	sort.Slice(oids, func(i, j int) bool { return oids[i] < oids[j] })
	for _, id := range oids {
		o := l.orders[id]
		s.Orders = append(s.Orders, snapOrder{Order: o.Order, BookSide: uint8(o.side), Limit: o.price})
	}
	s.Trades = append([]Trade(nil), l.trades...)
	for sym, d := range l.decimals {
		s.Tokens = append(s.Tokens, snapTokenRef{Symbol: sym, Decimals: d, Currency: l.currency[sym]})
	}
	sort.Slice(s.Tokens, func(i, j int) bool { return s.Tokens[i].Symbol < s.Tokens[j].Symbol })
	return s
}

func (l *ledger) restore(s snapshotState) {
	for _, a := range s.Accounts {
		if a.Clients == nil {
			a.Clients = map[string]uint64{}
		}
		if a.Cash == nil {
			a.Cash = map[string]*Balance{}
		}
		if a.Tokens == nil {
			a.Tokens = map[string]*Balance{}
		}
		l.accounts[a.ID] = a
		for uint64(len(l.byIdx)) <= a.Idx {
			l.byIdx = append(l.byIdx, "")
		}
		l.byIdx[a.Idx] = a.ID
	}
	for _, o := range s.Orders {
		l.orders[o.ID] = &orderState{Order: o.Order, side: book.Side(o.BookSide), price: o.Limit}
	}
	l.trades = s.Trades
	for i, t := range l.trades {
		l.tradeIdx[t.ID] = i
	}
	for _, t := range s.Tokens {
		l.decimals[t.Symbol] = t.Decimals
		l.currency[t.Symbol] = t.Currency
	}
}

// settleTrade moves a pending trade's tokens and cash between the parties and
// releases what they held for it.
func (l *ledger) settleTrade(t *Trade) {
	cur := l.currency[t.Token]
	seller, buyer := l.accounts[t.Seller], l.accounts[t.Buyer]
	st := l.balance(seller, t.Token, false)
	st.Total -= t.Qty
	st.Reserved -= t.Qty
	l.balance(buyer, t.Token, false).Total += t.Qty
	bc := l.balance(buyer, cur, true)
	bc.Total -= t.Amount
	bc.Reserved -= t.Amount
	l.balance(seller, cur, true).Total += t.Amount
	t.Status = TradeSettled
}

// breakTrade releases what a pending trade held; nothing moves.
func (l *ledger) breakTrade(t *Trade) {
	l.balance(l.accounts[t.Seller], t.Token, false).Reserved -= t.Qty
	l.balance(l.accounts[t.Buyer], l.currency[t.Token], true).Reserved -= t.Amount
	t.Status = TradeFailed
}
