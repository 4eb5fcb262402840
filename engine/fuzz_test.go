package engine_test

import (
	"testing"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
)

// FuzzVenue decodes the input into a sequence of venue commands — orders of
// every type, cancels, amends of anyone's orders, mode switches — with
// arbitrary (often invalid) values, runs them on a venue over a real SQLite
// journal, and checks after every few commands that the invariants hold:
// reservations equal open orders plus unsettled trades, ledger and books
// agree, and no book is crossed.
func FuzzVenue(f *testing.F) {
	f.Add([]byte{0, 1, 20, 3, 0, 0, 2, 20, 3, 0, 1, 0, 0, 2, 1, 2, 3, 4})
	f.Add([]byte{0, 1, 19, 1, 1, 4, 0, 2, 21, 2, 1, 3, 3, 1, 0, 4, 5, 6, 7, 0, 1, 22, 5, 2, 2})
	f.Add([]byte("random bytes make a random workload"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 512 {
			return
		}
		h := newHarness(t, engine.Config{SnapshotEvery: 13})
		h.setup()
		accts := []string{"a", "b", "c", "zz"}
		var ids []uint64
		next := func() int64 {
			if len(data) == 0 {
				return 0
			}
			b := data[0]
			data = data[1:]
			return int64(b)
		}
		for n := 0; len(data) > 0; n++ {
			acct := accts[next()%4]
			switch next() % 5 {
			case 0, 1:
				o := engine.PlaceOrder{Account: acct, Token: "ACME", Side: book.Side(next() % 3),
					Type: engine.OrderType(1 + next()%2), TIF: book.TIF(next() % 6), Price: next() * 5,
					Qty: (next() - 10) * 10, STP: book.STP(next() % 5), PostOnly: next()%4 == 0}
				if o.TIF == book.GTD {
					o.ExpiresAt = h.clock.Now().UnixNano() + next()*1e6
				}
				if evs, err := h.v.Place(ctx, o); err == nil && len(evs) > 0 {
					ids = append(ids, evs[0].OrderID)
				}
			case 2:
				if len(ids) > 0 {
					h.v.Cancel(ctx, engine.CancelOrder{Account: acct, OrderID: ids[next()%int64(len(ids))]})
				}
			case 3:
				if len(ids) > 0 {
					h.v.Amend(ctx, engine.AmendOrder{Account: acct, OrderID: ids[next()%int64(len(ids))],
						Price: next() * 5, Qty: next() * 10})
				}
			case 4:
				h.v.SetMode(ctx, "ACME", book.Mode(next()%4))
			}
			if n%8 == 0 {
				h.audit()
			}
		}
		h.v.SetMode(ctx, "ACME", book.Continuous)
		h.audit()
		h.restart()
		h.audit()
	})
}
