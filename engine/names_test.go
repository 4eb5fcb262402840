package engine_test

import (
	"testing"

	"github.com/regulavenue/regula/engine"
	"github.com/regulavenue/regula/engine/book"
)

// TestPlaceRequestSTPDefault: a client that names no self-trade prevention
// gets expire_taker, because a trade with oneself cannot settle; "none" is
// still there for whoever asks for it.
func TestPlaceRequestSTPDefault(t *testing.T) {
	for stp, want := range map[string]book.STP{"": book.STPExpireTaker, "none": book.STPNone, "expire_maker": book.STPExpireMaker, "decrement": book.STPDecrement} {
		o, err := engine.PlaceRequest{Account: "a", Token: "ACME", Side: "buy", Price: 100, Qty: 1, STP: stp}.Order()
		if err != nil {
			t.Fatal(err)
		}
		if o.STP != want {
			t.Errorf("stp %q: got %v, want %v", stp, o.STP, want)
		}
	}
	if _, err := (engine.PlaceRequest{Account: "a", Token: "ACME", Side: "buy", Price: 100, Qty: 1, STP: "never"}).Order(); engine.ErrorCode(err) != engine.EInvalid {
		t.Errorf("unknown stp: %v", err)
	}
}
