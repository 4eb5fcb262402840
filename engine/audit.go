package engine

import (
	"context"
	"errors"
	"fmt"

	"github.com/regulavenue/regula/engine/book"
)

// Audit checks the venue's invariants at a quiet instant: it waits until
// every command sequenced before the call is applied, then checks, while no
// new command starts, that
//   - every open order holds exactly what it needs (its open quantity for a
//     sell, its cash at its limit for a buy) and rests in its book with the
//     same open quantity, and every resting order is open in the ledger;
//   - every reserved balance equals what its open orders hold plus what its
//     unsettled trades owe, and no balance is reserved beyond its total;
//   - no book in continuous trading is crossed, unless eligibility kept a
//     pair apart in it (a deny, live or replayed, or a book restored
//     crossed).
//
// It returns every violation found, joined; nil means all hold.
func (v *Venue) Audit(ctx context.Context) error {
	_, err := v.submit(ctx, Record{Kind: kindAudit})
	var ae auditErr
	if errors.As(err, &ae) {
		return ae.err
	}
	return err
}

// kindAudit is never journaled: the sequencer runs the audit in place.
const kindAudit Kind = 255

type auditErr struct{ err error }

func (e auditErr) Error() string { return e.err.Error() }

// audit runs on the sequencer goroutine.
func (v *Venue) audit() error {
	resting := map[uint64]int64{}
	var errs []error
	for sym, ts := range v.tokens {
		done := make(chan []error, 1)
		ts.run.in <- work{fn: func(r *runner) {
			var errs []error
			var bestBid, bestAsk int64
			r.book.Walk(func(o *book.Order) bool {
				resting[o.ID] = o.Qty
				if o.Side == book.Buy && (bestBid == 0 || o.Price > bestBid) {
					bestBid = o.Price
				}
				if o.Side == book.Sell && (bestAsk == 0 || o.Price < bestAsk) {
					bestAsk = o.Price
				}
				return true
			})
			if !r.denied && bestBid > 0 && bestAsk > 0 && bestBid >= bestAsk && r.book.Mode() == book.Continuous {
				errs = append(errs, fmt.Errorf("%s: crossed book: bid %d >= ask %d", sym, bestBid, bestAsk))
			}
			done <- errs
		}}
		errs = append(errs, <-done...)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	l := v.led
	type key struct {
		acct, asset string
		cash        bool
	}
	want := map[key]int64{}
	for id, o := range l.orders {
		if o.Status != StatusOpen {
			if _, ok := resting[id]; ok {
				errs = append(errs, fmt.Errorf("order %d is %s but rests in the book", id, o.Status))
			}
			if o.Reserved != 0 {
				errs = append(errs, fmt.Errorf("closed order %d still holds %d", id, o.Reserved))
			}
			continue
		}
		if q, ok := resting[id]; !ok || q != o.Remaining {
			errs = append(errs, fmt.Errorf("open order %d: ledger remaining %d, book %d (resting %v)", id, o.Remaining, q, ok))
		}
		if n := l.need(o); o.Reserved != n {
			errs = append(errs, fmt.Errorf("open order %d holds %d, needs %d", id, o.Reserved, n))
		}
		k := key{o.Account, o.Token, false}
		if o.side == book.Buy {
			k = key{o.Account, l.currency[o.Token], true}
		}
		want[k] += o.Reserved
		delete(resting, id)
	}
	for id := range resting {
		errs = append(errs, fmt.Errorf("order %d rests in a book but is not open in the ledger", id))
	}
	for _, t := range l.trades {
		if t.Status == TradePending {
			want[key{t.Seller, t.Token, false}] += t.Qty
			want[key{t.Buyer, l.currency[t.Token], true}] += t.Amount
		}
	}
	for id, a := range l.accounts {
		for _, cash := range []bool{false, true} {
			m := a.Tokens
			if cash {
				m = a.Cash
			}
			for asset, b := range m {
				if w := want[key{id, asset, cash}]; b.Reserved != w {
					errs = append(errs, fmt.Errorf("%s %s: reserved %d, open orders and unsettled trades hold %d", id, asset, b.Reserved, w))
				}
				if b.Reserved > b.Total || b.Reserved < 0 {
					errs = append(errs, fmt.Errorf("%s %s: reserved %d of %d", id, asset, b.Reserved, b.Total))
				}
			}
		}
	}
	return errors.Join(errs...)
}
