package web

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/regulavenue/regula/engine"
)

// FuzzDecode: the WebSocket decoder never panics, refuses with a stable code
// and a message, and what it accepts round-trips.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"op":"subscribe","id":"1","channel":"book","token":"ACME"}`,
		`{"op":"unsubscribe","id":"2","channel":"orders"}`,
		`{"op":"place","id":"3","token":"ACME","client_id":"c1","side":"buy","type":"limit","tif":"gtd","price":100,"qty":10,"post_only":true,"stp":"decrement","expires_at":1}`,
		`{"op":"cancel","id":"4","order_id":7}`,
		`{"op":"amend","id":"5","client_id":"c1","price":101,"qty":5}`,
		`{"op":"cancel_on_disconnect","id":"6","enabled":true}`,
		`{"op":"ping"}`,
		`{"op":"place","qty":"x"}`,
		`{"op":"place","qty":1e99}`,
		`{"op":"x"}`,
		`{} {}`,
		`[`,
		``,
	} {
		f.Add([]byte(s))
	}
	ops := []string{opSubscribe, opUnsubscribe, opPlace, opCancel, opAmend, opCancelOnDisconnect, opPing}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := decodeRequest(data)
		if err != nil {
			var e *engine.Error
			if !errors.As(err, &e) || (e.Code != engine.EInvalid && e.Code != EUnknownOp) || e.Message == "" {
				t.Fatalf("error %#v", err)
			}
			return
		}
		if !slices.Contains(ops, r.Op) {
			t.Fatalf("accepted op %q", r.Op)
		}
		again, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		r2, err := decodeRequest(again)
		if err != nil || !reflect.DeepEqual(r, r2) {
			t.Fatalf("round trip %s: %+v %v", again, r2, err)
		}
	})
}

func TestDiffLevels(t *testing.T) {
	l := func(p, q int64, n int) engine.Level { return engine.Level{Price: p, Qty: q, Orders: n} }
	cases := []struct {
		name       string
		prev, next []engine.Level
		bids       bool
		want       []engine.Level
	}{
		{"same", []engine.Level{l(10, 5, 1)}, []engine.Level{l(10, 5, 1)}, true, nil},
		{"new level", nil, []engine.Level{l(10, 5, 1)}, true, []engine.Level{l(10, 5, 1)}},
		{"gone", []engine.Level{l(10, 5, 1), l(9, 1, 1)}, []engine.Level{l(9, 1, 1)}, true, []engine.Level{l(10, 0, 0)}},
		{"qty change", []engine.Level{l(10, 5, 1)}, []engine.Level{l(10, 3, 1)}, false, []engine.Level{l(10, 3, 1)}},
		{"orders change only", []engine.Level{l(10, 5, 1)}, []engine.Level{l(10, 5, 2)}, false, []engine.Level{l(10, 5, 2)}},
		{"bids best first", []engine.Level{l(8, 1, 1)}, []engine.Level{l(10, 1, 1), l(9, 1, 1)}, true,
			[]engine.Level{l(10, 1, 1), l(9, 1, 1), l(8, 0, 0)}},
		{"asks best first", []engine.Level{l(12, 1, 1)}, []engine.Level{l(10, 1, 1), l(11, 1, 1)}, false,
			[]engine.Level{l(10, 1, 1), l(11, 1, 1), l(12, 0, 0)}},
	}
	for _, c := range cases {
		if got := diffLevels(c.prev, c.next, c.bids); !slices.Equal(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

func TestBucket(t *testing.T) {
	t0 := time.Unix(1_800_000_000, 0)
	steps := []struct {
		at        time.Duration
		ok        bool
		remaining int64
		resetMs   int64
	}{
		{0, true, 1, 500},  // full (2): one left, 0.5 s to refill one at 2/s
		{0, true, 0, 1000}, // empty: 1 s to full
		{0, false, 0, 500}, // refused: next token in 0.5 s
		{250 * time.Millisecond, false, 0, 250},
		{500 * time.Millisecond, true, 0, 1000},
		{100 * time.Hour, true, 1, 500}, // long idle: full, no overflow
		{100000 * time.Hour, true, 1, 500},
	}
	var b bucket
	for i, s := range steps {
		ok, rem, reset := b.take(t0.Add(s.at), 2, 2)
		if ok != s.ok || rem != s.remaining || reset != s.resetMs {
			t.Fatalf("step %d: %v %d %d, want %v %d %d", i, ok, rem, reset, s.ok, s.remaining, s.resetMs)
		}
	}
}
