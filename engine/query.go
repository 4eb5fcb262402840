package engine

import (
	"context"
	"sort"

	"github.com/regulavenue/regula/engine/book"
)

// Tokens returns the specs of all listed tokens, by symbol.
func (v *Venue) Tokens() []TokenSpec {
	v.tokMu.RLock()
	defer v.tokMu.RUnlock()
	out := make([]TokenSpec, 0, len(v.tokens))
	for _, ts := range v.tokens {
		out = append(out, ts.spec)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Symbol < out[j].Symbol })
	return out
}

// Depth returns up to levels price levels a side of the token's book, as the
// book goroutine sees it after every command sequenced before the call.
func (v *Venue) Depth(ctx context.Context, token string, levels int) (Depth, error) {
	ts := v.token(token)
	if ts == nil {
		return Depth{}, Errorf(EUnknownToken, "no token %q", token)
	}
	done := make(chan Depth, 1)
	fn := func(r *runner) {
		d := Depth{Token: token, Mode: modeName(r.book.Mode()), Bids: []Level{}, Asks: []Level{}}
		r.book.Depth(book.Buy, levels, func(p, q int64, n int) { d.Bids = append(d.Bids, Level{p, q, n}) })
		r.book.Depth(book.Sell, levels, func(p, q int64, n int) { d.Asks = append(d.Asks, Level{p, q, n}) })
		done <- d
	}
	if v.closed.Load() {
		return Depth{}, Errorf(EUnavailable, "the venue is shutting down")
	}
	select {
	case ts.run.in <- work{fn: fn}:
	case <-ctx.Done():
		return Depth{}, ctx.Err()
	}
	select {
	case d := <-done:
		return d, nil
	case <-ctx.Done():
		return Depth{}, ctx.Err()
	}
}

// Order returns an order of the account. An order of another account is
// reported as unknown, so ids cannot be probed.
func (v *Venue) Order(account string, id uint64) (Order, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	o := v.led.orders[id]
	if o == nil || o.Account != account {
		return Order{}, Errorf(EUnknownOrder, "no order %d", id)
	}
	return o.Order, nil
}

// Orders returns the account's orders, open ones only if openOnly, by id.
func (v *Venue) Orders(account string, openOnly bool) []Order {
	v.mu.Lock()
	defer v.mu.Unlock()
	var out []Order
	for _, o := range v.led.orders {
		if o.Account == account && (!openOnly || o.Status == StatusOpen) {
			out = append(out, o.Order)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Trades returns the trades of a token ("" for all), oldest first, at most
// limit of the most recent (0 for all).
func (v *Venue) Trades(token string, limit int) []Trade {
	v.mu.Lock()
	defer v.mu.Unlock()
	var out []Trade
	for i := len(v.led.trades) - 1; i >= 0 && (limit <= 0 || len(out) < limit); i-- {
		if t := v.led.trades[i]; token == "" || t.Token == token {
			out = append(out, t)
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// Balances returns an account's cash (by currency) and token (by symbol)
// balances.
func (v *Venue) Balances(account string) (cash, tokens map[string]Balance, err error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	a := v.led.accounts[account]
	if a == nil {
		return nil, nil, Errorf(EUnknownAcct, "no account %q", account)
	}
	cash, tokens = map[string]Balance{}, map[string]Balance{}
	for k, b := range a.Cash {
		cash[k] = *b
	}
	for k, b := range a.Tokens {
		tokens[k] = *b
	}
	return cash, tokens, nil
}

// Trade returns a trade by id.
func (v *Venue) Trade(id string) (Trade, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	i, ok := v.led.tradeIdx[id]
	if !ok {
		return Trade{}, Errorf(EUnknownTrade, "no trade %q", id)
	}
	return v.led.trades[i], nil
}
