package engine_test

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"reflect"
	"testing"
	"time"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
	"github.com/regulavenue/regula/engine/store"
)

// randomLoad drives the venue with a seeded mix of every command (every order
// type, TIF and STP mode, cancels, amends, mode switches, expiries), checking
// the invariants along the way.
func randomLoad(t *testing.T, h *harness, seed int64, n int) {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	accts := []string{"a", "b", "c"}
	sides := []book.Side{book.Buy, book.Sell}
	tifs := []book.TIF{book.GTC, book.GTC, book.GTC, book.IOC, book.FOK, book.GTD, book.DAY}
	stps := []book.STP{book.STPNone, book.STPExpireTaker, book.STPExpireMaker, book.STPExpireBoth, book.STPDecrement}
	var open []struct {
		acct string
		id   uint64
	}
	for i := 0; i < n; i++ {
		acct := accts[rng.Intn(len(accts))]
		switch r := rng.Intn(100); {
		case r < 60 || len(open) == 0:
			o := engine.PlaceOrder{Account: acct, Token: "ACME", Side: sides[rng.Intn(2)], Type: engine.Limit,
				TIF: tifs[rng.Intn(len(tifs))], Price: 5 * int64(18+rng.Intn(5)), Qty: 10 * int64(1+rng.Intn(5)),
				STP: stps[rng.Intn(len(stps))]}
			if rng.Intn(20) == 0 {
				o.Type, o.TIF = engine.Market, book.IOC
			}
			if o.TIF == book.GTD {
				o.ExpiresAt = h.clock.Now().Add(time.Duration(rng.Intn(3)+1) * time.Millisecond).UnixNano()
			}
			if o.TIF == book.GTC && rng.Intn(5) == 0 {
				o.PostOnly = true
			}
			evs, err := h.v.Place(ctx, o)
			if err != nil {
				continue // insufficient funds, no reference price: fine
			}
			if evs[0].Kind == engine.EvAccepted {
				open = append(open, struct {
					acct string
					id   uint64
				}{acct, evs[0].OrderID})
			}
		case r < 80:
			k := rng.Intn(len(open))
			h.v.Cancel(ctx, engine.CancelOrder{Account: open[k].acct, OrderID: open[k].id})
			open = append(open[:k], open[k+1:]...)
		case r < 97:
			k := rng.Intn(len(open))
			h.v.Amend(ctx, engine.AmendOrder{Account: open[k].acct, OrderID: open[k].id,
				Price: 5 * int64(18+rng.Intn(5)), Qty: 10 * int64(1+rng.Intn(5))})
		case r < 98:
			h.v.SetMode(ctx, "ACME", book.Auction)
		case r < 99:
			h.v.SetMode(ctx, "ACME", book.Continuous)
		default:
			h.clock.Add(2 * time.Millisecond)
		}
		if i%50 == 0 {
			h.audit()
		}
	}
	h.v.SetMode(ctx, "ACME", book.Continuous)
	h.audit()
}

func TestRandomizedInvariantsAndReplayDeterminism(t *testing.T) {
	for _, seed := range []int64{1, 2, 3} {
		h := newHarness(t, engine.Config{SnapshotEvery: 97})
		h.setup()
		randomLoad(t, h, seed, 600)
		h.close()

		h.mu.Lock()
		live := encode(t, h.events)
		h.mu.Unlock()

		// Replaying the whole journal (no snapshot) gives the same stream.
		db, err := store.Open(ctx, h.path)
		if err != nil {
			t.Fatal(err)
		}
		var replayed []engine.Event
		err = engine.Replay(&noSnapshot{db.Journal(store.JournalConfig{})}, nil, func(evs []engine.Event) {
			replayed = append(replayed, evs...)
		})
		db.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got := encode(t, replayed); !bytes.Equal(got, live) {
			t.Fatalf("seed %d: replay differs from the live stream (%d vs %d bytes, %d vs %d events)",
				seed, len(got), len(live), len(replayed), len(h.events))
		}

		// Restart from the last snapshot plus replay: same books, invariants hold.
		h.open()
		h.audit()
		h.close()
	}
}

// noSnapshot hides the journal's snapshots so replay starts from record 1.
type noSnapshot struct{ *store.Journal }

func (noSnapshot) LoadSnapshot() (uint64, []byte, error) { return 0, nil, nil }

func encode(t *testing.T, evs []engine.Event) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, e := range evs {
		if err := enc.Encode(e); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

func FuzzRecord(f *testing.F) {
	for _, r := range []engine.Record{
		{Seq: 1, Time: 1, Kind: engine.KindCreateToken, Token: "ACME", Currency: "USD", TickSize: 5, LotSize: 10},
		{Seq: 9, Time: 12345, Kind: engine.KindPlace, Token: "ACME", Account: "a", ClientID: "c1", Side: 1, OType: 1, TIF: 1, Price: 100, Qty: 10, OrderID: 9, PostOnly: true},
		{Seq: 10, Kind: engine.KindAmend, OrderID: 9, Price: -1, Qty: 1 << 62, Amount: 7},
		{Seq: 11, Time: 99, Kind: engine.KindPlace, Token: "ACME", Account: "b", Side: 2, OType: 1, TIF: 1, Price: 95, Qty: 20, OrderID: 11,
			Skips: []engine.Skip{{Call: 0, Taker: 11, Maker: 9, Code: 31}, {Call: 2, Taker: 11, Maker: 4, Code: 255}}},
		{Seq: 12, Time: 100, Kind: engine.KindSetMode, Token: "ACME", Mode: 1, Skips: []engine.Skip{{Call: 1 << 40, Taker: 3, Maker: 2, Code: 11}}},
		{Seq: 13, Kind: engine.KindCancel, Token: "ACME", Account: "a", OrderID: 9, Legacy: true}, // format 1
	} {
		b, _ := r.MarshalBinary()
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r engine.Record
		if err := r.UnmarshalBinary(data); err != nil {
			return
		}
		// What decodes re-encodes to the same bytes.
		out, _ := r.MarshalBinary()
		if !bytes.Equal(out, data) {
			var r2 engine.Record
			if err := r2.UnmarshalBinary(out); err != nil || !reflect.DeepEqual(r2, r) {
				t.Fatalf("round trip: %+v -> %x -> %+v (%v)", r, out, r2, err)
			}
		}
	})
}

func FuzzDecodePlace(f *testing.F) {
	f.Add([]byte(`{"account":"a","token":"ACME","side":"buy","price":100,"qty":10}`))
	f.Add([]byte(`{"account":"a","token":"ACME","side":"sell","type":"market","tif":"fok","qty":10,"stp":"decrement"}`))
	f.Add([]byte(`{"account":"a","token":"ACME","side":"buy","tif":"gtd","expires_at":1,"price":9223372036854775807,"qty":2}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		o, err := engine.DecodePlace(data)
		if err != nil {
			if engine.ErrorCode(err) == engine.EInternal {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		if o.Qty <= 0 || (o.Type == engine.Limit && o.Price <= 0) {
			t.Fatalf("accepted a bad order %+v", o)
		}
		if o.Type == engine.Limit && o.Price > (1<<63-1)/o.Qty {
			t.Fatalf("accepted an overflowing order %+v", o)
		}
	})
}
