package engine

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"

	"github.com/regulavenue/regula/engine/book"
)

// The JSON view names every enum with a lowercase word. Each table below is the
// one place that pairs a word with a value.
var (
	sideNames = map[string]book.Side{"buy": book.Buy, "sell": book.Sell}
	typeNames = map[string]OrderType{"limit": Limit, "market": Market}
	tifNames  = map[string]book.TIF{"gtc": book.GTC, "gtd": book.GTD, "day": book.DAY,
		"ioc": book.IOC, "fok": book.FOK}
	// A client that says nothing gets expire_taker: a self-trade cannot
	// settle (the cap table has no transfer to oneself), so it breaks.
	stpNames = map[string]book.STP{"": book.STPExpireTaker, "none": book.STPNone,
		"expire_taker": book.STPExpireTaker, "expire_maker": book.STPExpireMaker,
		"expire_both": book.STPExpireBoth, "decrement": book.STPDecrement}
	modeNames = map[string]book.Mode{"continuous": book.Continuous, "auction": book.Auction,
		"halted": book.Halted}
)

// invert builds a value-to-name table; "" aliases are skipped.
func invert[T comparable](m map[string]T) map[T]string {
	r := make(map[T]string, len(m))
	for k, v := range m {
		if k != "" {
			r[v] = k
		}
	}
	return r
}

var (
	sideWords = invert(sideNames)
	typeWords = invert(typeNames)
	tifWords  = invert(tifNames)
	modeWords = invert(modeNames)
)

func sideName(s book.Side) string { return sideWords[s] }
func typeName(t OrderType) string { return typeWords[t] }
func tifName(t book.TIF) string   { return tifWords[t] }
func modeName(m book.Mode) string { return modeWords[m] }

func lookup[T any](table map[string]T, what, s string) (T, error) {
	v, ok := table[s]
	if !ok {
		return v, Errorf(EInvalid, "unknown %s %q", what, s)
	}
	return v, nil
}

// ParseMode returns the trading mode named s: continuous, auction or halted.
func ParseMode(s string) (book.Mode, error) { return lookup(modeNames, "mode", s) }

// PlaceRequest is the JSON view of an order entry, as clients send it.
type PlaceRequest struct {
	Account   string `json:"account"`
	Token     string `json:"token"`
	ClientID  string `json:"client_id"`
	Side      string `json:"side"`      // buy | sell
	Type      string `json:"type"`      // limit (default) | market
	TIF       string `json:"tif"`       // gtc (default) | gtd | day | ioc | fok
	Price     int64  `json:"price"`     // limit price, minor currency units per whole token
	Qty       int64  `json:"qty"`       // token smallest units
	PostOnly  bool   `json:"post_only"` // reject rather than take liquidity
	STP       string `json:"stp"`       // expire_taker (default) | none | expire_maker | expire_both | decrement
	ExpiresAt int64  `json:"expires_at"`
}

// MaxRequestBytes bounds one JSON order request.
const MaxRequestBytes = 4 << 10

// DecodePlace decodes and checks one JSON order request from an untrusted
// client. Unknown fields, numbers that do not fit int64, trailing data and
// oversized input are errors with code EInvalid (or a more precise code).
func DecodePlace(data []byte) (PlaceOrder, error) {
	if len(data) > MaxRequestBytes {
		return PlaceOrder{}, Errorf(EInvalid, "request over %d bytes", MaxRequestBytes)
	}
	var r PlaceRequest
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) && (ute.Field == "qty" || ute.Field == "price") {
			return PlaceOrder{}, Errorf(EBadQuantity, "%s is not an integer that fits in int64", ute.Field)
		}
		return PlaceOrder{}, Errorf(EInvalid, "malformed order: %v", err)
	}
	if dec.More() {
		return PlaceOrder{}, Errorf(EInvalid, "trailing data after the order")
	}
	return r.Order()
}

// Order converts the JSON view into a PlaceOrder, checking its enums and
// plain ranges; the venue checks everything that depends on state.
func (r PlaceRequest) Order() (PlaceOrder, error) {
	o := PlaceOrder{Account: r.Account, Token: r.Token, ClientID: r.ClientID,
		Price: r.Price, Qty: r.Qty, PostOnly: r.PostOnly, ExpiresAt: r.ExpiresAt}
	var err error
	if o.Side, err = lookup(sideNames, "side", r.Side); err != nil {
		return PlaceOrder{}, err
	}
	if r.Type == "" {
		r.Type = "limit"
	}
	if o.Type, err = lookup(typeNames, "type", r.Type); err != nil {
		return PlaceOrder{}, err
	}
	if r.TIF == "" {
		r.TIF = "gtc"
		if o.Type == Market {
			r.TIF = "ioc"
		}
	}
	if o.TIF, err = lookup(tifNames, "tif", r.TIF); err != nil {
		return PlaceOrder{}, err
	}
	if o.STP, err = lookup(stpNames, "stp", r.STP); err != nil {
		return PlaceOrder{}, err
	}
	return o, checkPlain(o)
}

// checkPlain checks what needs no venue state.
func checkPlain(o PlaceOrder) error {
	switch {
	case !validID(o.Account):
		return Errorf(EInvalid, "account must be 1 to 64 characters of [A-Za-z0-9._-]")
	case !validID(o.Token):
		return Errorf(EInvalid, "token must be 1 to 64 characters of [A-Za-z0-9._-]")
	case len(o.ClientID) > 64:
		return Errorf(EInvalid, "client_id over 64 characters")
	case o.Qty <= 0:
		return Errorf(EBadQuantity, "qty must be positive, got %d", o.Qty)
	case o.Type == Limit && o.Price <= 0:
		return Errorf(EBadPrice, "price must be positive, got %d", o.Price)
	case o.Type == Market && o.TIF != book.IOC && o.TIF != book.FOK:
		return Errorf(EInvalid, "a market order is ioc or fok")
	case o.Type == Market && o.PostOnly:
		return Errorf(EInvalid, "a market order cannot be post-only")
	case o.TIF == book.GTD && o.ExpiresAt <= 0:
		return Errorf(EInvalid, "a gtd order needs expires_at")
	case o.TIF != book.GTD && o.ExpiresAt != 0:
		return Errorf(EInvalid, "expires_at is for gtd orders only")
	case o.Type == Limit && o.Price > math.MaxInt64/o.Qty:
		return Errorf(EBadQuantity, "price × qty overflows")
	}
	return nil
}

// validID reports whether s is a plain identifier: 1–64 of [A-Za-z0-9._-].
func validID(s string) bool {
	if len(s) == 0 || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
