package engine_test

import (
	"bytes"
	"math/rand"
	"testing"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
)

// FuzzVenue decodes the input into a sequence of venue commands — orders of
// every type, cancels, amends of anyone's orders, mode switches — with
// arbitrary (often invalid) values, runs them on a venue over a real SQLite
// journal, and checks after every few commands that the invariants hold:
// reservations equal open orders plus unsettled trades, ledger and books
// agree, and no book is crossed among eligible pairs. A Compliance double
// denies some pairs (chosen by the first byte); its answers then change and
// the venue restarts as after a crash (the last periodic snapshot plus the
// journal tail): everything acknowledged must be exactly as it was.
func FuzzVenue(f *testing.F) {
	f.Add([]byte{0, 1, 20, 3, 0, 0, 2, 20, 3, 0, 1, 0, 0, 2, 1, 2, 3, 4})
	f.Add([]byte{0, 1, 19, 1, 1, 4, 0, 2, 21, 2, 1, 3, 3, 1, 0, 4, 5, 6, 7, 0, 1, 22, 5, 2, 2})
	f.Add([]byte("random bytes make a random workload"))
	// Crossing limit orders from a, b and c: with the first byte 3 one pair in
	// 3 is denied, with 6 one in 2.
	f.Add(crossingSeed(3, 1))
	f.Add(crossingSeed(6, 2))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 512 || len(data) == 0 {
			return
		}
		rules := &ruleDouble{}
		salt := uint64(data[0])
		rules.set(salt, salt%4, nil) // rate 0: no denies
		var cj *crashJournal
		h := newHarnessWrap(t, engine.Config{SnapshotEvery: 13, Compliance: rules}, func(j engine.Journal) engine.Journal {
			cj = newCrashJournal(j)
			return cj
		})
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
		want := venueState(t, h.v, accts[:3], []string{"ACME"})
		cj.crash()
		h.close()
		rules.set(salt+1, 2, map[[2]string]uint8{{"a", "b"}: 11})
		h.open()
		if got := venueState(t, h.v, accts[:3], []string{"ACME"}); !bytes.Equal(got, want) {
			t.Fatalf("restart changed acknowledged state: %s", firstDiff(got, want))
		}
		h.audit()
	})
}

// crossingSeed is a FuzzVenue input of 24 GTC limit orders, buys and sells
// alternating around 100 from accounts a, b and c, with a (rejected) mode
// switch every sixth; first is the first byte, which picks the deny rate.
func crossingSeed(first byte, seed int64) []byte {
	rng := rand.New(rand.NewSource(seed))
	var out []byte
	for i := 0; i < 24; i++ {
		side := byte(1 + i%2)
		// account, op (place), side, limit, GTC, price/5, qty/10+10, no STP, not post-only
		out = append(out, byte(rng.Intn(3)), 0, side, 0, 1, byte(19+rng.Intn(4)), byte(11+rng.Intn(4)), 0, 1)
		if i%6 == 5 {
			out = append(out, 0, 4, 0)
		}
	}
	out[0] = first
	return out
}
